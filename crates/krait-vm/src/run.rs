//! Running a program as `__main__` and turning its end into an exit status, as CPython's
//! Python/pythonrun.c (`PyRun_SimpleFileExFlags`, `handle_system_exit`).

use crate::eval::{exception_data, run_frame, Frame};
use crate::objects::code::load_code;
use crate::value::Value;
use crate::vm::Vm;
use krait_bytecode::CodeObject;
use std::io::Write;

/// Runs `code` as the `__main__` module and returns the process exit status: 0 on success, the
/// `SystemExit` code, or 1 after printing an uncaught exception's traceback to stderr.
pub fn run_main(vm: &Vm, code: &CodeObject) -> i32 {
    run_main_in(vm, code, None)
}

/// [`run_main`] with `__package__` set to `package` (for `-m`).
fn run_main_in(vm: &Vm, code: &CodeObject, package: Option<&str>) -> i32 {
    let main = vm.new_module("__main__");
    let globals = vm.module_dict(&main).unwrap_or_else(|| vm.new_dict());
    let set = |k: &str, v: Value| vm.dict_set_item(&globals, vm.intern(k), v);
    let file_attrs = if code.filename.starts_with('<') && code.filename != "<stdin>" {
        Ok(())
    } else {
        set("__file__", vm.new_str(&code.filename)).and_then(|()| set("__cached__", Value::NONE))
    };
    let package_attr = match package {
        Some(p) => set("__package__", vm.new_str(p)),
        None => Ok(()),
    };
    let setup = file_attrs
        .and(package_attr)
        .and_then(|()| set("__builtins__", vm.builtins.clone()))
        .and_then(|()| vm.dict_set_item(&vm.sys_modules(), vm.new_str("__main__"), main));
    let result = setup.and_then(|()| {
        let code_obj = load_code(vm, code)?;
        let frame = Frame::new(
            code_obj,
            Value::NULL,
            globals.clone(),
            vm.builtins.clone(),
            globals.clone(),
        );
        run_frame(vm, frame)
    });
    let status = match result {
        Ok(_) => 0,
        Err(err) => report_uncaught(vm, err.into_value()),
    };
    run_atexit(vm);
    crate::finalize::clear_main_globals(vm, &globals);
    let _ = std::io::stdout().flush();
    status
}

/// Runs the `atexit` callbacks, if the module was imported (CPython runs them at the start of
/// finalization, before modules are torn down); the module reports their errors itself.
fn run_atexit(vm: &Vm) {
    let Ok(Some(m)) = vm.dict_get_item(&vm.sys_modules(), &vm.intern("atexit")) else {
        return;
    };
    if let Ok(f) = vm.get_attr(&m, &vm.intern("_run_exitfuncs")) {
        let _ = vm.call(&f, &[], &[]);
    }
}

/// Runs module `name` as `__main__` (`-m name`, CPython's `runpy._run_module_as_main`): its
/// parent packages are imported, a package runs its `__main__` submodule, and the module's code
/// comes through the bytecode cache. `program` prefixes the "No module named" message.
pub fn run_module_main(vm: &Vm, name: &str, program: &str) -> i32 {
    match crate::modules::import::main_module_code(vm, name) {
        Ok((code, file, package)) => {
            let mut code = code;
            code.filename = file;
            run_main_in(vm, &code, Some(&package))
        }
        Err(MainModuleError::NotFound(msg)) => {
            let _ = std::io::stdout().flush();
            let _ = writeln!(std::io::stderr(), "{program}: {msg}");
            1
        }
        Err(MainModuleError::Raised(err)) => report_uncaught(vm, err.into_value()),
    }
}

/// Why `-m` could not get a module's code.
pub enum MainModuleError {
    /// CPython's "No module named …" line (printed after the program name).
    NotFound(String),
    /// An exception while importing its parents or compiling it.
    Raised(crate::error::PyErr),
}

/// Prints an uncaught exception (or handles `SystemExit`) and gives the exit status.
fn report_uncaught(vm: &Vm, exc: Value) -> i32 {
    if vm.is_instance_of(&exc, &vm.types.system_exit) {
        system_exit_status(vm, &exc)
    } else {
        flush_stdout(vm);
        let text = crate::traceback::format_exception(vm, &exc);
        let _ = std::io::stderr().write_all(text.as_bytes());
        1
    }
}

/// The exit status for an uncaught `SystemExit`: its code if an int, 0 for None, else the code
/// printed to stderr and status 1.
fn system_exit_status(vm: &Vm, exc: &Value) -> i32 {
    let args = exception_data(exc)
        .and_then(|e| vm.tuple_items(&e.args.get()))
        .unwrap_or_default();
    let code = match args.len() {
        0 => Value::NONE,
        1 => args[0].clone(),
        _ => vm.new_tuple(args),
    };
    if code.is_none() {
        return 0;
    }
    if let Some(i) = code.as_small_int() {
        return i as i32;
    }
    flush_stdout(vm);
    let text = vm.str_string(&code).unwrap_or_default();
    let _ = writeln!(std::io::stderr(), "{text}");
    1
}

/// Flushes `sys.stdout` (ignoring errors) before something is written to stderr directly, as
/// CPython flushes it before printing a traceback.
fn flush_stdout(vm: &Vm) {
    if let Ok(Some(out)) = vm
        .import_absolute("sys")
        .and_then(|sys| vm.get_attr_opt(&sys, "stdout"))
    {
        if !out.is_none() {
            let _ = vm.call_method(&out, "flush", &[]);
        }
    }
    let _ = std::io::stdout().flush();
}
