//! Running what the command line names: loading the source (a file, `-c`, or stdin), parsing it,
//! and either dumping the AST (`-X dump-ast`) or compiling it and running it as `__main__` in the
//! PVM. What cannot run yet (the interactive prompt, `-m`) says so honestly.

use crate::cli::{Options, Target};
use krait_parser::report::format_syntax_error;
use krait_parser::{dump::dump, parse_file, Mode};
use std::io::{IsTerminal, Read, Write};

/// What `krait` prints for the interactive prompt, which does not exist yet.
pub const NO_PROMPT: &str = "NotImplementedError: krait has no interactive prompt yet (issue 4)\n";

/// Runs `o` and returns the process exit status. `program` is the program name as invoked
/// (`argv[0]`), which CPython puts in front of its own start-up errors.
pub fn run(program: &str, o: &Options) -> i32 {
    let (filename, mut source) = match &o.target {
        Target::Command(cmd) => ("<string>".to_string(), cmd.clone().into_bytes()),
        Target::File(path) => {
            let shown = absolute(path);
            if std::path::Path::new(path).is_dir() {
                eprintln!(
                    "{program}: can't find '__main__' module in {}",
                    py_repr(&shown)
                );
                return 1;
            }
            match std::fs::read(path) {
                Ok(bytes) => (shown, bytes),
                Err(e) => {
                    eprintln!(
                        "{program}: can't open file {}: [Errno {}] {}",
                        py_repr(&shown),
                        e.raw_os_error().unwrap_or(0),
                        strerror(&e)
                    );
                    return 2;
                }
            }
        }
        Target::Stdin => {
            if std::io::stdin().is_terminal() && o.xoption("dump-ast").is_none() {
                eprint!("{NO_PROMPT}");
                return 1;
            }
            let mut bytes = Vec::new();
            if let Err(e) = std::io::stdin().read_to_end(&mut bytes) {
                eprintln!("{program}: cannot read stdin: {e}");
                return 1;
            }
            ("<stdin>".to_string(), bytes)
        }
        Target::Module(m) if m == "dis" => return run_dis(o),
        Target::Module(m) => {
            let vm = new_vm(o);
            let status = krait_vm::run::run_module_main(&vm, m, program);
            return finish(&vm, status);
        }
    };
    if let Target::File(path) = &o.target {
        if path.ends_with(".pyc") || source.starts_with(&krait_bytecode::pyc::MAGIC) {
            return run_pyc(o, &source);
        }
    }
    if o.skip_first_line && matches!(o.target, Target::File(_)) {
        // As CPython's `pymain_run_file_obj` (only a script file, not `-c` or stdin): the first
        // line's newline stays, so line numbers are those of the file.
        let cut = source
            .iter()
            .position(|&b| b == b'\n')
            .unwrap_or(source.len());
        source.drain(..cut);
    }
    let module = match parse_file(&source, &filename, Mode::Exec) {
        Ok(m) => m,
        Err(e) => {
            let _ = std::io::stdout().flush();
            eprint!("{}", format_syntax_error(&e));
            return 1;
        }
    };
    if let Some(value) = o.xoption("dump-ast") {
        let attributes = value == Some("attributes");
        let mut text = dump(&module, attributes);
        text.push('\n');
        let mut stdout = std::io::stdout().lock();
        // A closed pipe (e.g. `| head`) is not an error worth a message.
        let _ = stdout
            .write_all(text.as_bytes())
            .and_then(|()| stdout.flush());
        return 0;
    }
    let opts = krait_compiler::CompileOptions {
        optimize: o.optimization_level.min(2) as u8,
        mode: Mode::Exec,
    };
    let code = match krait_compiler::compile(&module, &filename, &opts) {
        Ok(code) => code,
        Err(mut e) => {
            // As CPython, take the offending line from the source.
            e.fill_text(&source);
            let _ = std::io::stdout().flush();
            eprint!("{}", format_syntax_error(&e));
            return 1;
        }
    };
    let vm = new_vm(o);
    let status = krait_vm::run::run_main(&vm, &code);
    finish(&vm, status)
}

/// `krait -m dis [FILE]`: compiles FILE (or stdin) and prints its disassembly in the layout of
/// CPython's `python -m dis`. krait's own disassembler stands in for Lib/dis.py until the import
/// system can run it (docs/compatibility.md).
fn run_dis(o: &Options) -> i32 {
    let (name, source) = match o.argv.get(1) {
        Some(path) => match std::fs::read(path) {
            Ok(bytes) => (path.clone(), bytes),
            Err(e) => {
                eprintln!(
                    "dis.py: error: argument infile: can't open '{path}': [Errno {}] {}",
                    e.raw_os_error().unwrap_or(0),
                    strerror(&e)
                );
                return 2;
            }
        },
        None => {
            let mut bytes = Vec::new();
            if std::io::stdin().read_to_end(&mut bytes).is_err() {
                return 1;
            }
            ("<stdin>".to_string(), bytes)
        }
    };
    let opts = krait_compiler::CompileOptions {
        optimize: o.optimization_level.min(2) as u8,
        mode: Mode::Exec,
    };
    match krait_compiler::compile_source(&source, &name, Mode::Exec, &opts) {
        Ok(code) => {
            let mut stdout = std::io::stdout().lock();
            let _ = stdout
                .write_all(krait_bytecode::dis::disassemble(&code).as_bytes())
                .and_then(|()| stdout.flush());
            0
        }
        Err(e) => {
            eprint!("{}", format_syntax_error(&e));
            1
        }
    }
}

/// `PYTHONHASHSEED` (ignored under `-E`/`-I`): `None` for "random" or unset, else the seed.
/// `krait FILE.pyc`: runs a compiled file directly, as CPython's `run_pyc_file`.
fn run_pyc(o: &Options, bytes: &[u8]) -> i32 {
    match krait_bytecode::pyc::read_pyc(bytes) {
        Ok((_, code)) => {
            let vm = new_vm(o);
            let status = krait_vm::run::run_main(&vm, &code);
            finish(&vm, status)
        }
        Err(
            krait_bytecode::pyc::PycError::BadMagic(_)
            | krait_bytecode::pyc::PycError::TruncatedHeader,
        ) => {
            let _ = std::io::stdout().flush();
            eprintln!("RuntimeError: Bad magic number in .pyc file");
            1
        }
        Err(e) => {
            let _ = std::io::stdout().flush();
            eprintln!("ValueError: {e}");
            1
        }
    }
}

/// A new interpreter with the command line's settings and the standard library's native
/// modules registered.
fn new_vm(o: &Options) -> krait_vm::Vm {
    let vm = krait_vm::Vm::new(&vm_config(o));
    krait_stdlib::register(&vm);
    let unbuffered = o.unbuffered
        || (!o.ignore_environment
            && !o.isolated
            && std::env::var_os("PYTHONUNBUFFERED").is_some_and(|v| !v.is_empty()));
    if let Err(e) = krait_stdlib::io::install_stdio(&vm, unbuffered) {
        let text = krait_vm::traceback::format_exception(&vm, &e.into_value());
        eprint!(
            "Fatal Python error: init_sys_streams: can't initialize sys standard streams\n{text}"
        );
    }
    vm
}

/// The end of a run: the standard streams and the files left open are flushed (CPython's
/// finalization); gives back `status`.
fn finish(vm: &krait_vm::Vm, status: i32) -> i32 {
    krait_stdlib::io::finalize(vm);
    status
}

/// The interpreter's settings from the command line and environment.
fn vm_config(o: &Options) -> krait_vm::VmConfig {
    krait_vm::VmConfig {
        hash_seed: hash_seed(o),
        argv: o.argv.clone(),
        path: crate::paths::sys_path(o),
        dont_write_bytecode: crate::paths::dont_write_bytecode(o),
        pycache_prefix: crate::paths::pycache_prefix(o),
        warnoptions: o.warnoptions.clone(),
        xoptions: o.xoptions.clone(),
        check_hash_based_pycs: o
            .check_hash_based_pycs
            .clone()
            .unwrap_or_else(|| "default".to_owned()),
    }
}

fn hash_seed(o: &Options) -> Option<u32> {
    if o.ignore_environment {
        return None;
    }
    match std::env::var("PYTHONHASHSEED").ok()?.as_str() {
        "random" => None,
        n => n.parse().ok(),
    }
}

/// The path CPython shows for a script: relative paths are joined to the current directory
/// without normalizing (`./a/../x.py` stays as written).
fn absolute(path: &str) -> String {
    if path.starts_with('/') {
        return path.to_string();
    }
    match std::env::current_dir() {
        Ok(cwd) => format!("{}/{}", cwd.display(), path),
        Err(_) => path.to_string(),
    }
}

/// Python's `repr()` of a `str`.
fn py_repr(s: &str) -> String {
    let mut out = String::new();
    krait_parser::dump::repr::repr_str(&mut out, &s.into());
    out
}

/// The C library's message for an I/O error (`No such file or directory`), without Rust's
/// ` (os error N)` suffix.
fn strerror(e: &std::io::Error) -> String {
    let text = e.to_string();
    match text.rfind(" (os error ") {
        Some(i) => text[..i].to_string(),
        None => text,
    }
}
