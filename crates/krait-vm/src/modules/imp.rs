//! `_imp` (CPython's Python/import.c module functions), the `_warnings` bridge, and krait's
//! "frozen" importlib: what CPython 3.11's Lib/importlib needs from the interpreter.
//!
//! CPython freezes Lib/importlib/_bootstrap.py and _bootstrap_external.py into its binary as
//! `_frozen_importlib` and `_frozen_importlib_external`. krait does the same at first use: the
//! two native modules of those names run the installed Lib's source (never a copy in the
//! repository), call `_setup`, and give importlib krait's `.pyc` magic number, so
//! `importlib.util.MAGIC_NUMBER`, `py_compile` and `compileall` write files krait's own import
//! system reads. krait's import statement does not go through them (modules/import.rs); they
//! serve the programs that use importlib's API.

use crate::error::PyResult;
use crate::native::{method_table, Args};
use crate::objects::str::StrData;
use crate::protocols::payload;
use crate::value::Value;
use crate::vm::Vm;
use std::cell::Cell;

method_table!(
    /// The functions of `_imp`.
    IMP_FUNCTIONS,
    Static,
    {
    "lock_held" => lock_held, "($module, /)", "Return True if the import lock is currently held, else False.";
    "acquire_lock" => acquire_lock, "($module, /)", "Acquires the interpreter's import lock for the current thread.";
    "release_lock" => release_lock, "($module, /)", "Release the interpreter's import lock.";
    "is_builtin" => is_builtin, "($module, name, /)", "Returns True if the module name corresponds to a built-in module.";
    "create_builtin" => create_builtin, "($module, spec, /)", "Create an extension module.";
    "exec_builtin" => exec_zero, "($module, mod, /)", "Initialize a built-in module.";
    "is_frozen" => returns_false, "($module, name, /)", "Returns True if the module name corresponds to a frozen module.";
    "is_frozen_package" => not_frozen, "($module, name, /)", "Returns True if the module name is of a frozen package.";
    "find_frozen" => returns_none, "($module, name, /, *, withdata=False)", "Return info about the corresponding frozen module (if there is one) or None.";
    "get_frozen_object" => not_frozen, "($module, name, data=None, /)", "Create a code object for a frozen module.";
    "init_frozen" => returns_none, "($module, name, /)", "Initializes a frozen module.";
    "_frozen_module_names" => frozen_module_names, "($module, /)", "Returns the list of available frozen modules.";
    "extension_suffixes" => extension_suffixes, "($module, /)", "Returns the list of file suffixes used to identify extension modules.";
    "create_dynamic" => create_dynamic, "($module, spec, file=<unrepresentable>, /)", "Create an extension module.";
    "exec_dynamic" => exec_zero, "($module, mod, /)", "Initialize an extension module.";
    "_fix_co_filename" => returns_none, "($module, code, path, /)", "Changes code.co_filename to specify the passed-in file path.";
    "source_hash" => source_hash, "($module, /, key, source)", "The hash of source, as krait's hash-based .pyc files record it.";
    "_override_frozen_modules_for_tests" => returns_none, "($module, override, /)", "(internal-only) Override PyConfig.use_frozen_modules.";
    }
);

method_table!(
    /// The functions of `_warnings`.
    WARNINGS_FUNCTIONS,
    Static,
    {
    "warn" => warn, "($module, /, message, category=None, stacklevel=1, source=None)", "Issue a warning, or maybe ignore it or raise an exception.";
    "warn_explicit" => warn_explicit, "($module, /, message, category, filename, lineno, module=None, registry=None, module_globals=None, source=None)", "Low-level interface to warnings functionality.";
    }
);

thread_local! {
    /// How many times the import lock is held (krait runs one thread per interpreter).
    static IMPORT_LOCK: Cell<u32> = const { Cell::new(0) };
}

/// Creates the `_imp` module.
pub fn init_imp(vm: &Vm) -> PyResult<Value> {
    let m = vm.new_module("_imp");
    crate::native::install_module_functions(vm, &m, IMP_FUNCTIONS)?;
    let check = vm.new_str(&vm.imports.config.check_hash_based_pycs);
    vm.module_set(&m, "check_hash_based_pycs", check)?;
    Ok(m)
}

/// Creates the `_warnings` module. It has only `warn` and `warn_explicit`, which hand the
/// warning to Lib/warnings.py; without `filters` and `_defaultaction` there, warnings.py keeps
/// its own Python implementation (its documented fallback).
pub fn init_warnings(vm: &Vm) -> PyResult<Value> {
    let m = vm.new_module("_warnings");
    crate::native::install_module_functions(vm, &m, WARNINGS_FUNCTIONS)?;
    Ok(m)
}

fn returns_none(_vm: &Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::NONE)
}

fn returns_false(_vm: &Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::FALSE)
}

fn exec_zero(vm: &Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(vm.new_int(0))
}

fn lock_held(_vm: &Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::bool(IMPORT_LOCK.with(|l| l.get() > 0)))
}

fn acquire_lock(_vm: &Vm, _args: Args<'_>) -> PyResult<Value> {
    IMPORT_LOCK.with(|l| l.set(l.get().saturating_add(1)));
    Ok(Value::NONE)
}

fn release_lock(vm: &Vm, _args: Args<'_>) -> PyResult<Value> {
    let held = IMPORT_LOCK.with(|l| {
        let n = l.get();
        l.set(n.saturating_sub(1));
        n > 0
    });
    if held {
        Ok(Value::NONE)
    } else {
        Err(vm.new_error(&vm.types.runtime_error, "not holding the import lock"))
    }
}

/// The `name` argument as text (`TypeError` for a non-str).
fn str_arg(vm: &Vm, v: &Value, func: &str) -> PyResult<String> {
    if payload::<StrData>(v).is_none() {
        return Err(vm.type_error(&format!(
            "{func}() argument must be str, not {}",
            vm.type_name(v)
        )));
    }
    Ok(vm.str_of(v))
}

fn is_builtin(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_range(vm, "is_builtin", 1, 1)?;
    let name = str_arg(vm, &a[0], "is_builtin")?;
    // CPython answers -1 for the modules that cannot be initialised twice.
    Ok(vm.new_int(match name.as_str() {
        "sys" | "builtins" => -1,
        n if vm.is_native_module(n) => 1,
        _ => 0,
    }))
}

fn create_builtin(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_range(vm, "create_builtin", 1, 1)?;
    let name = vm.get_attr(&a[0], &vm.intern("name"))?;
    let name = str_arg(vm, &name, "create_builtin")?;
    if let Some(m) = vm.dict_get_item(&vm.sys_modules(), &vm.new_str(&name))? {
        if matches!(name.as_str(), "sys" | "builtins") {
            return Ok(m);
        }
    }
    vm.create_native_module(&name)
}

fn not_frozen(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let name = args.pos().first().cloned().unwrap_or(Value::NONE);
    let err = vm.new_error(
        &vm.types.import_error,
        &format!("No such frozen object named {}", vm.repr_string(&name)?),
    );
    let _ = vm.set_attr(&err.exception_value(), &vm.intern("name"), name);
    Err(err)
}

fn frozen_module_names(vm: &Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(vm.new_tuple(Vec::new()))
}

fn extension_suffixes(vm: &Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(vm.new_list(Vec::new()))
}

fn create_dynamic(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_range(vm, "create_dynamic", 1, 2)?;
    let name = vm.get_attr(&a[0], &vm.intern("name"))?;
    Err(vm.new_error(
        &vm.types.import_error,
        &format!(
            "krait cannot load C extension modules ({})",
            vm.str_of(&name)
        ),
    ))
}

fn source_hash(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let source = args
        .kwargs()
        .find(|(k, _)| vm.str_of(k) == "source")
        .map(|(_, v)| v.clone())
        .or_else(|| args.pos().get(1).cloned());
    let Some(bytes) = source
        .as_ref()
        .and_then(crate::methods::bytes_text::bytes_of)
    else {
        return Err(vm.type_error("source_hash() argument 'source' must be a bytes-like object"));
    };
    Ok(vm.new_bytes(krait_bytecode::pyc::source_hash(&bytes).to_vec()))
}

/// Calls `warnings.<name>` with the same arguments.
fn forward_to_warnings(vm: &Vm, name: &str, args: Args<'_>) -> PyResult<Value> {
    let warnings = vm.import_absolute("warnings")?;
    let f = vm.get_attr(&warnings, &vm.intern(name))?;
    vm.call(&f, args.values, args.kwnames)
}

fn warn(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    forward_to_warnings(vm, "warn", args)
}

fn warn_explicit(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    forward_to_warnings(vm, "warn_explicit", args)
}

/// Runs the installed Lib's `importlib/<file>` as the module `name`.
fn run_lib_module(vm: &Vm, name: &str, file: &str) -> PyResult<Value> {
    let sys = vm.import_absolute("sys")?;
    let path = vm.get_attr(&sys, &vm.intern("path"))?;
    let found = vm
        .path_entries(&path)?
        .into_iter()
        .map(|d| std::path::Path::new(&d).join("importlib").join(file))
        .find(|p| p.is_file());
    let Some(path) = found else {
        return Err(vm.new_error(
            &vm.types.import_error,
            &format!(
                "krait needs CPython 3.11's standard library for {name} (importlib/{file} not found on sys.path); install it (apt-get install libpython3.11-stdlib) or set KRAIT_STDLIB"
            ),
        ));
    };
    let m = vm.new_module(name);
    vm.dict_set_item(&vm.sys_modules(), vm.new_str(name), m.clone())?;
    let run = (|| {
        let (dont_write, prefix) = vm.cache_settings()?;
        let cache = super::source::CacheConfig {
            dont_write,
            prefix: prefix.as_deref(),
            check_hash_based: &vm.imports.config.check_hash_based_pycs,
        };
        let code = super::source::source_code(vm, &path, &cache)?;
        let globals = vm.module_dict(&m).unwrap_or_else(|| vm.new_dict());
        vm.dict_set_item(&globals, vm.intern("__builtins__"), vm.builtins.clone())?;
        super::source::exec_module(vm, &code, &globals)
    })();
    if let Err(e) = run {
        let _ = vm.dict_del_item(&vm.sys_modules(), &vm.new_str(name));
        return Err(e);
    }
    Ok(m)
}

/// `_frozen_importlib`: Lib/importlib/_bootstrap.py, set up as CPython's start-up does
/// (`_setup(sys, _imp)`; krait keeps its own finders in `sys.meta_path`).
pub fn init_frozen_importlib(vm: &Vm) -> PyResult<Value> {
    let m = run_lib_module(vm, "_frozen_importlib", "_bootstrap.py")?;
    let sys = vm.import_absolute("sys")?;
    let imp = vm.import_absolute("_imp")?;
    let setup = vm.get_attr(&m, &vm.intern("_setup"))?;
    vm.call(&setup, &[sys, imp], &[])?;
    Ok(m)
}

/// `_frozen_importlib_external`: Lib/importlib/_bootstrap_external.py, linked to
/// `_frozen_importlib`, with krait's magic number.
pub fn init_frozen_importlib_external(vm: &Vm) -> PyResult<Value> {
    let bootstrap = vm.import_absolute("_frozen_importlib")?;
    let m = run_lib_module(vm, "_frozen_importlib_external", "_bootstrap_external.py")?;
    let set_bootstrap = vm.get_attr(&m, &vm.intern("_set_bootstrap_module"))?;
    vm.call(&set_bootstrap, std::slice::from_ref(&bootstrap), &[])?;
    vm.set_attr(&bootstrap, &vm.intern("_bootstrap_external"), m.clone())?;
    let magic = krait_bytecode::pyc::MAGIC;
    vm.module_set(&m, "MAGIC_NUMBER", vm.new_bytes(magic.to_vec()))?;
    vm.module_set(
        &m,
        "_RAW_MAGIC_NUMBER",
        vm.new_int(i64::from(u32::from_le_bytes(magic))),
    )?;
    // Path hooks for the code that asks sys.path_hooks (pkgutil); krait's import statement
    // finds modules itself.
    let sys = vm.import_absolute("sys")?;
    let hooks = vm.get_attr(&sys, &vm.intern("path_hooks"))?;
    if vm.collect_iterable(&hooks)?.is_empty() {
        let loaders = vm.call(
            &vm.get_attr(&m, &vm.intern("_get_supported_file_loaders"))?,
            &[],
            &[],
        )?;
        let file_finder = vm.get_attr(&m, &vm.intern("FileFinder"))?;
        let path_hook = vm.get_attr(&file_finder, &vm.intern("path_hook"))?;
        let hook = vm.call(&path_hook, &vm.collect_iterable(&loaders)?, &[])?;
        vm.call_method(&hooks, "append", &[hook])?;
    }
    Ok(m)
}
