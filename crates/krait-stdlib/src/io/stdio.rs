//! The standard streams as CPython's `create_stdio` makes them: `sys.stdin`, `sys.stdout` and
//! `sys.stderr` are `TextIOWrapper`s over buffered `FileIO`s on descriptors 0–2 (line-buffered
//! on a terminal, and always for stderr; unbuffered and write-through under `-u`), plus
//! `builtins.open`, the fast path `print()` writes through, and the flush at exit.

use super::rawops;
use super::textio::{write_text, TextIo};
use super::util::io_type;
use crate::native_type::state;
use krait_vm::objects::str::StrData;
use krait_vm::protocols::payload;
use krait_vm::{PyResult, Value, Vm};

/// Installs `builtins.open` and the standard streams (`unbuffered`: `-u` or
/// `PYTHONUNBUFFERED`). Call once, after [`crate::register`].
pub fn install_stdio(vm: &Vm, unbuffered: bool) -> PyResult<()> {
    let io = vm.import_absolute("_io")?;
    let open = vm.get_attr(&io, &vm.intern("open"))?;
    vm.dict_set_item(&vm.builtins, vm.intern("open"), open)?;
    let sys = vm.import_absolute("sys")?;
    for (fd, name) in [(0, "stdin"), (1, "stdout"), (2, "stderr")] {
        let stream = make_stream(vm, fd, unbuffered)?;
        vm.set_attr(&sys, &vm.intern(name), stream.clone())?;
        vm.set_attr(&sys, &vm.intern(&format!("__{name}__")), stream)?;
    }
    krait_vm::builtins::set_text_write_hook(print_write);
    Ok(())
}

/// One standard stream, or None if the descriptor is not open.
fn make_stream(vm: &Vm, fd: i32, unbuffered: bool) -> PyResult<Value> {
    // SAFETY: an all-zero `stat` is a valid value to be overwritten by fstat.
    let mut st: libc::stat = unsafe { std::mem::zeroed() };
    // SAFETY: `st` is a valid out-pointer.
    if unsafe { libc::fstat(fd, &mut st) } != 0 {
        return Ok(Value::NONE);
    }
    let write = fd != 0;
    let raw = vm.call(
        &io_type(vm, "FileIO")?,
        &[
            vm.new_int(i64::from(fd)),
            vm.new_str(if write { "wb" } else { "rb" }),
            Value::FALSE,
        ],
        &[],
    )?;
    let shown = ["<stdin>", "<stdout>", "<stderr>"][fd as usize];
    vm.set_attr(&raw, &vm.intern("name"), vm.new_str(shown))?;
    let buffer = if write && unbuffered {
        raw.clone()
    } else {
        let class = if write {
            "BufferedWriter"
        } else {
            "BufferedReader"
        };
        vm.call(&io_type(vm, class)?, std::slice::from_ref(&raw), &[])?
    };
    // SAFETY: isatty takes a plain integer.
    let tty = unsafe { libc::isatty(fd) } == 1;
    let line_buffering = !unbuffered && (tty || fd == 2);
    let errors = if fd == 2 {
        "backslashreplace"
    } else {
        stdio_errors()
    };
    let stream = vm.call(
        &io_type(vm, "TextIOWrapper")?,
        &[
            buffer,
            vm.new_str("utf-8"),
            vm.new_str(errors),
            vm.new_str("\n"),
            Value::bool(line_buffering),
            Value::bool(unbuffered),
        ],
        &[],
    )?;
    vm.set_attr(
        &stream,
        &vm.intern("mode"),
        vm.new_str(if write { "w" } else { "r" }),
    )?;
    Ok(stream)
}

/// `print()`'s writer: writes `text` to `file` natively when it is exactly a
/// `TextIOWrapper` (a subclass may override `write`).
fn print_write(vm: &Vm, file: &Value, text: &Value) -> Option<PyResult<()>> {
    let t = state::<TextIo>(file)?;
    let native = krait_vm::vm::type_data(&vm.type_of(file))
        .is_some_and(|td| !td.has_flag(krait_vm::types::flags::HEAPTYPE));
    if !native || !t.st.borrow().ok {
        return None;
    }
    let s = payload::<StrData>(text)?;
    Some(write_text(vm, t, s).map(|_| ()))
}

/// Flushes `sys.stdout` and `sys.stderr`, then every native write buffer still pending (the
/// files a program left open), as CPython's finalization does. Errors are ignored.
pub fn finalize(vm: &Vm) {
    if let Ok(sys) = vm.import_absolute("sys") {
        for name in ["stdout", "stderr"] {
            if let Ok(Some(s)) = vm.get_attr_opt(&sys, name) {
                if !s.is_none() {
                    let _ = vm.call_method(&s, "flush", &[]);
                }
            }
        }
    }
    rawops::flush_all_at_exit();
}

/// The `LC_CTYPE` locale the environment selects (`LC_ALL`, `LC_CTYPE`, `LANG`; "C" if none).
fn ctype_locale() -> String {
    ["LC_ALL", "LC_CTYPE", "LANG"]
        .iter()
        .filter_map(|k| std::env::var(k).ok())
        .find(|v| !v.is_empty())
        .unwrap_or_else(|| "C".to_owned())
}

/// Whether Python's UTF-8 mode is on (PEP 540): `PYTHONUTF8=1`, or the C/POSIX locale.
pub(crate) fn utf8_mode() -> bool {
    thread_local! {
        static MODE: std::cell::OnceCell<bool> = const { std::cell::OnceCell::new() };
    }
    MODE.with(|m| {
        *m.get_or_init(|| match std::env::var("PYTHONUTF8").ok().as_deref() {
            Some("1") => true,
            Some("0") => false,
            _ => matches!(ctype_locale().as_str(), "C" | "POSIX"),
        })
    })
}

/// The error handler of stdin and stdout: `surrogateescape` in UTF-8 mode and in the C, POSIX
/// and C.UTF-8 locales (CPython's `config_get_stdio_errors`), else `strict`.
fn stdio_errors() -> &'static str {
    let loc = ctype_locale();
    if utf8_mode() || matches!(loc.as_str(), "C" | "POSIX" | "C.UTF-8" | "C.utf8" | "UTF-8") {
        "surrogateescape"
    } else {
        "strict"
    }
}
