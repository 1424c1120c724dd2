//! The process and its environment: ids, `uname`, `cpu_count`, `urandom`, `strerror`,
//! `times`, `kill`, `_exit`, `waitpid` and the `W*` status functions, `system`, `environ`
//! (bytes keys and values, as CPython's `posix.environ`), `putenv`/`unsetenv`, and
//! `register_at_fork`. `fork` and the `exec*` family are not available yet.

use super::kw;
use super::path::{fd_value, fspath};
use crate::convert::index;
use krait_vm::native::Args;
use krait_vm::objects::bytes::BytesData;
use krait_vm::objects::structseq;
use krait_vm::protocols::payload;
use krait_vm::{method_table, PyResult, Value, Vm};
use num_traits::ToPrimitive;
use std::ffi::CStr;

method_table!(
    /// The process functions of `posix`.
    FUNCTIONS,
    Static,
    {
    "getpid" => getpid, "($module, /)", "Return the current process id.";
    "getppid" => getppid, "($module, /)", "Return the parent's process id.";
    "getuid" => getuid, "($module, /)", "Return the current process's user id.";
    "geteuid" => geteuid, "($module, /)", "Return the current process's effective user id.";
    "getgid" => getgid, "($module, /)", "Return the current process's group id.";
    "getegid" => getegid, "($module, /)", "Return the current process's effective group id.";
    "getpgrp" => getpgrp, "($module, /)", "Return the current process group id.";
    "getlogin" => getlogin, "($module, /)", "Return the actual login name.";
    "uname" => uname, "($module, /)", "Return an object identifying the current operating system.";
    "cpu_count" => cpu_count, "($module, /)", "Return the number of CPUs in the system; return None if indeterminable.";
    "urandom" => urandom, "($module, size, /)", "Return a bytes object containing random bytes suitable for cryptographic use.";
    "strerror" => strerror, "($module, code, /)", "Translate an error code to a message string.";
    "times" => times, "($module, /)", "Return a collection containing process timing information.";
    "kill" => kill, "($module, pid, signal, /)", "Kill a process with a signal.";
    "_exit" => exit, "($module, /, status)", "Exit to the system with specified status, without normal exit processing.";
    "abort" => abort, "($module, /)", "Abort the interpreter immediately.";
    "system" => system, "($module, /, command)", "Execute the command in a subshell.";
    "waitpid" => waitpid, "($module, pid, options, /)", "Wait for completion of a given child process.";
    "waitstatus_to_exitcode" => waitstatus_to_exitcode, "($module, /, status)", "Convert a wait status to an exit code.";
    "WIFEXITED" => wifexited, "($module, /, status)", "Return True if the process returning status exited via the exit() system call.";
    "WEXITSTATUS" => wexitstatus, "($module, /, status)", "Return the process return code from status.";
    "WIFSIGNALED" => wifsignaled, "($module, /, status)", "Return True if the process returning status was terminated by a signal.";
    "WTERMSIG" => wtermsig, "($module, /, status)", "Return the signal that terminated the process that provided the status value.";
    "WIFSTOPPED" => wifstopped, "($module, /, status)", "Return True if the process returning status was stopped.";
    "WSTOPSIG" => wstopsig, "($module, /, status)", "Return the signal that stopped the process that provided the status value.";
    "WIFCONTINUED" => wifcontinued, "($module, /, status)", "Return True if a particular process was continued from a job control stop.";
    "WCOREDUMP" => wcoredump, "($module, status, /)", "Return True if the process returning status was dumped to a core file.";
    "putenv" => putenv, "($module, name, value, /)", "Change or add an environment variable.";
    "unsetenv" => unsetenv, "($module, name, /)", "Delete an environment variable.";
    "register_at_fork" => register_at_fork, "($module, /, *, before=<unrepresentable>, after_in_child=<unrepresentable>, after_in_parent=<unrepresentable>)", "Register callables to be called when forking a new process.";
    "fork" => fork, "($module, /)", "Fork a child process.";
    "execv" => execv, "($module, path, argv, /)", "Execute an executable path with arguments, replacing current process.";
    "execve" => execve, "($module, /, path, argv, env)", "Execute an executable path with arguments, replacing current process.";
    }
);

/// The wait and exit-status constants.
pub(super) const CONSTANTS: &[(&str, i32)] = &[
    ("WNOHANG", libc::WNOHANG),
    ("WUNTRACED", libc::WUNTRACED),
    ("WCONTINUED", libc::WCONTINUED),
    ("EX_OK", 0),
    ("EX_USAGE", 64),
    ("EX_DATAERR", 65),
    ("EX_NOINPUT", 66),
    ("EX_NOUSER", 67),
    ("EX_NOHOST", 68),
    ("EX_UNAVAILABLE", 69),
    ("EX_SOFTWARE", 70),
    ("EX_OSERR", 71),
    ("EX_OSFILE", 72),
    ("EX_CANTCREAT", 73),
    ("EX_IOERR", 74),
    ("EX_TEMPFAIL", 75),
    ("EX_PROTOCOL", 76),
    ("EX_NOPERM", 77),
    ("EX_CONFIG", 78),
];

/// Adds `uname_result`, `times_result` and `terminal_size` to the module.
pub(super) fn add_types(vm: &Vm, m: &Value) -> PyResult<()> {
    let uname = ["sysname", "nodename", "release", "version", "machine"];
    vm.module_set(
        m,
        "uname_result",
        structseq::new_type(vm, "posix", "uname_result", &uname),
    )?;
    let times = [
        "user",
        "system",
        "children_user",
        "children_system",
        "elapsed",
    ];
    vm.module_set(
        m,
        "times_result",
        structseq::new_type(vm, "posix", "times_result", &times),
    )?;
    vm.module_set(m, "terminal_size", super::fd::terminal_size_type(vm))
}

macro_rules! id_functions {
    ($($name:ident => $call:ident;)*) => {
        $(
            fn $name(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
                args.positional_range(vm, stringify!($name), 0, 0)?;
                // SAFETY: these calls take no arguments and cannot fail.
                Ok(vm.new_int(i64::from(unsafe { libc::$call() })))
            }
        )*
    };
}

id_functions! {
    getpid => getpid;
    getppid => getppid;
    getuid => getuid;
    geteuid => geteuid;
    getgid => getgid;
    getegid => getegid;
    getpgrp => getpgrp;
}

fn getlogin(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    args.positional_range(vm, "getlogin", 0, 0)?;
    // SAFETY: `getlogin` returns null or a NUL-terminated static string.
    let p = unsafe { libc::getlogin() };
    if p.is_null() {
        let errno = std::io::Error::last_os_error().raw_os_error().unwrap_or(0);
        if errno == 0 {
            return Err(vm.new_error(&vm.types.os_error, "unable to determine login name"));
        }
        return Err(vm.os_error(errno, None, None));
    }
    // SAFETY: checked non-null above; the string is NUL-terminated.
    let name = unsafe { CStr::from_ptr(p) }.to_bytes();
    Ok(super::fs_decode(vm, name))
}

fn uname(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    args.positional_range(vm, "uname", 0, 0)?;
    // SAFETY: `libc::utsname` is plain data; all-zero bytes are a valid value.
    let mut u: libc::utsname = unsafe { std::mem::zeroed() };
    // SAFETY: `u` is a valid, writable `struct utsname`.
    if unsafe { libc::uname(&mut u) } != 0 {
        return Err(super::error_for(vm, None));
    }
    let field = |f: &[libc::c_char]| {
        let bytes: Vec<u8> = f
            .iter()
            .take_while(|&&c| c != 0)
            .map(|&c| c as u8)
            .collect();
        super::fs_decode(vm, &bytes)
    };
    let items = vec![
        field(&u.sysname),
        field(&u.nodename),
        field(&u.release),
        field(&u.version),
        field(&u.machine),
    ];
    let ty = super::module_attr(vm, "uname_result")?;
    Ok(structseq::new(&ty, items))
}

fn cpu_count(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    args.positional_range(vm, "cpu_count", 0, 0)?;
    // SAFETY: `sysconf` takes any name.
    let n = unsafe { libc::sysconf(libc::_SC_NPROCESSORS_ONLN) };
    Ok(if n >= 1 { vm.new_int(n) } else { Value::NONE })
}

fn urandom(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let [size] = args.positional_range(vm, "urandom", 1, 1)? else {
        unreachable!("checked")
    };
    let n = index(vm, size)?;
    let n = n.to_i64().ok_or_else(|| {
        crate::convert::overflow(vm, "Python int too large to convert to C ssize_t")
    })?;
    if n < 0 {
        return Err(vm.value_error("negative argument not allowed"));
    }
    let mut buf = vec![0u8; n as usize];
    let mut filled = 0;
    while filled < buf.len() {
        let rest = &mut buf[filled..];
        // SAFETY: `rest` has `rest.len()` writable bytes.
        let r = unsafe { libc::getrandom(rest.as_mut_ptr().cast(), rest.len(), 0) };
        if r < 0 {
            if std::io::Error::last_os_error().raw_os_error() == Some(libc::EINTR) {
                continue;
            }
            return Err(super::error_for(vm, None));
        }
        filled += r as usize;
    }
    Ok(vm.new_bytes(buf))
}

fn strerror(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let [code] = args.positional_range(vm, "strerror", 1, 1)? else {
        unreachable!("checked")
    };
    let code = fd_value(vm, code)?;
    Ok(vm.new_str(&krait_vm::types::os_error::strerror(code)))
}

fn times(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    args.positional_range(vm, "times", 0, 0)?;
    // SAFETY: `libc::tms` is plain data; all-zero bytes are a valid value.
    let mut t: libc::tms = unsafe { std::mem::zeroed() };
    // SAFETY: `t` is a valid, writable `struct tms`.
    let c = unsafe { libc::times(&mut t) };
    if c == (-1i64) as libc::clock_t {
        return Err(super::error_for(vm, None));
    }
    // SAFETY: `sysconf` takes any name.
    let ticks = unsafe { libc::sysconf(libc::_SC_CLK_TCK) } as f64;
    let items = [t.tms_utime, t.tms_stime, t.tms_cutime, t.tms_cstime, c]
        .iter()
        .map(|&x| Value::float(x as f64 / ticks))
        .collect();
    let ty = super::module_attr(vm, "times_result")?;
    Ok(structseq::new(&ty, items))
}

fn kill(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let [pid, sig] = args.positional_range(vm, "kill", 2, 2)? else {
        unreachable!("checked")
    };
    let pid = fd_value(vm, pid)?;
    let sig = fd_value(vm, sig)?;
    // SAFETY: `kill` takes any integers.
    if unsafe { libc::kill(pid, sig) } != 0 {
        return Err(super::error_for(vm, None));
    }
    Ok(Value::NONE)
}

fn exit(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = kw(vm, &args, "_exit", &["status"], 1, 1)?;
    let status = fd_value(vm, a[0].as_ref().unwrap_or(&Value::NONE))?;
    // SAFETY: `_exit` ends the process without running any Rust or C cleanup; nothing is
    // borrowed across it.
    unsafe { libc::_exit(status) }
}

fn abort(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    args.positional_range(vm, "abort", 0, 0)?;
    std::process::abort()
}

fn system(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = kw(vm, &args, "system", &["command"], 1, 1)?;
    let cmd = a[0].clone().unwrap_or(Value::NONE);
    let bytes = super::path::path_arg(
        vm,
        &cmd,
        super::path::PathSpec::new("system").named("command"),
    )?;
    let _ = std::io::Write::flush(&mut std::io::stdout());
    // SAFETY: the command is NUL-terminated.
    let r = unsafe { libc::system(bytes.c.as_ptr()) };
    Ok(vm.new_int(i64::from(r)))
}

fn waitpid(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let [pid, options] = args.positional_range(vm, "waitpid", 2, 2)? else {
        unreachable!("checked")
    };
    let pid = fd_value(vm, pid)?;
    let options = fd_value(vm, options)?;
    let mut status = 0;
    loop {
        // SAFETY: `status` is a valid, writable int.
        let r = unsafe { libc::waitpid(pid, &mut status, options) };
        if r >= 0 {
            return Ok(vm.new_tuple(vec![
                vm.new_int(i64::from(r)),
                vm.new_int(i64::from(status)),
            ]));
        }
        if std::io::Error::last_os_error().raw_os_error() != Some(libc::EINTR) {
            return Err(super::error_for(vm, None));
        }
    }
}

/// The `status` argument of the `W*` functions.
fn status_arg(vm: &Vm, args: &Args<'_>, name: &str) -> PyResult<i32> {
    let a = kw(vm, args, name, &["status"], 1, 1)?;
    fd_value(vm, a[0].as_ref().unwrap_or(&Value::NONE))
}

macro_rules! status_functions {
    ($($name:ident => $py:literal, $f:ident, $conv:ident;)*) => {
        $(
            fn $name(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
                let s = status_arg(vm, &args, $py)?;
                Ok($conv(vm, libc::$f(s)))
            }
        )*
    };
}

fn as_bool(_vm: &Vm, b: bool) -> Value {
    Value::bool(b)
}

fn as_int(vm: &Vm, n: i32) -> Value {
    vm.new_int(i64::from(n))
}

status_functions! {
    wifexited => "WIFEXITED", WIFEXITED, as_bool;
    wexitstatus => "WEXITSTATUS", WEXITSTATUS, as_int;
    wifsignaled => "WIFSIGNALED", WIFSIGNALED, as_bool;
    wtermsig => "WTERMSIG", WTERMSIG, as_int;
    wifstopped => "WIFSTOPPED", WIFSTOPPED, as_bool;
    wstopsig => "WSTOPSIG", WSTOPSIG, as_int;
    wifcontinued => "WIFCONTINUED", WIFCONTINUED, as_bool;
}

fn wcoredump(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let [s] = args.positional_range(vm, "WCOREDUMP", 1, 1)? else {
        unreachable!("checked")
    };
    Ok(Value::bool(libc::WCOREDUMP(fd_value(vm, s)?)))
}

fn waitstatus_to_exitcode(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let s = status_arg(vm, &args, "waitstatus_to_exitcode")?;
    if libc::WIFEXITED(s) {
        return Ok(vm.new_int(i64::from(libc::WEXITSTATUS(s))));
    }
    if libc::WIFSIGNALED(s) {
        return Ok(vm.new_int(-i64::from(libc::WTERMSIG(s))));
    }
    if libc::WIFSTOPPED(s) {
        return Err(vm.value_error(&format!(
            "process stopped by delivery of signal {}",
            libc::WSTOPSIG(s)
        )));
    }
    Err(vm.value_error(&format!("invalid wait status: {s}")))
}

/// `os.environ` as `posix` gives it: a dict of bytes to bytes, in the C library's order.
pub(super) fn environ(vm: &Vm) -> PyResult<Value> {
    use std::os::unix::ffi::OsStrExt;
    let d = vm.new_dict();
    for (k, v) in std::env::vars_os() {
        let key = vm.new_bytes(k.as_bytes().to_vec());
        // As CPython, the first definition of a name wins.
        if vm.dict_get_item(&d, &key)?.is_none() {
            vm.dict_set_item(&d, key, vm.new_bytes(v.as_bytes().to_vec()))?;
        }
    }
    Ok(d)
}

/// An environment name or value (`PyUnicode_FSConverter`): str, bytes or os.PathLike.
fn env_bytes(vm: &Vm, v: &Value) -> PyResult<std::ffi::CString> {
    let p = fspath(vm, v)?;
    let raw = match payload::<BytesData>(&p) {
        Some(b) => b.bytes.to_vec(),
        None => super::fs_encode(vm, &p)?,
    };
    std::ffi::CString::new(raw).map_err(|_| vm.value_error("embedded null byte"))
}

fn putenv(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let [name, value] = args.positional_range(vm, "putenv", 2, 2)? else {
        unreachable!("checked")
    };
    let name = env_bytes(vm, name)?;
    let value = env_bytes(vm, value)?;
    if name.as_bytes().contains(&b'=') {
        return Err(vm.value_error("illegal environment variable name"));
    }
    // SAFETY: both strings are NUL-terminated; krait runs Python code on one thread, so no
    // other thread reads the environment meanwhile.
    if unsafe { libc::setenv(name.as_ptr(), value.as_ptr(), 1) } != 0 {
        return Err(super::error_for(vm, None));
    }
    Ok(Value::NONE)
}

fn unsetenv(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let [name] = args.positional_range(vm, "unsetenv", 1, 1)? else {
        unreachable!("checked")
    };
    let name = env_bytes(vm, name)?;
    // SAFETY: as in `putenv`.
    if unsafe { libc::unsetenv(name.as_ptr()) } != 0 {
        return Err(super::error_for(vm, None));
    }
    Ok(Value::NONE)
}

/// `os.register_at_fork(*, before, after_in_child, after_in_parent)`: checks the callables.
/// krait cannot fork (`os.fork` raises), so the callables are never called — exactly what a
/// program that does not fork observes in CPython.
fn register_at_fork(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    if !args.pos().is_empty() {
        return Err(vm.type_error("register_at_fork() takes no positional arguments"));
    }
    let names = ["before", "after_in_child", "after_in_parent"];
    let a = kw(vm, &args, "register_at_fork", &names, 0, 0)?;
    if a.iter().all(Option::is_none) {
        return Err(vm.type_error("At least one argument is required."));
    }
    let callable = vm
        .dict_get_item(&vm.builtins, &vm.intern("callable"))?
        .ok_or_else(|| vm.type_error("callable is missing"))?;
    for (name, v) in names.iter().zip(&a) {
        if let Some(v) = v {
            let ok = vm.call(&callable, std::slice::from_ref(v), &[])?;
            if !vm.is_true(&ok)? {
                return Err(vm.type_error(&format!(
                    "'{name}' must be callable, not {}",
                    vm.type_name(v)
                )));
            }
        }
    }
    Ok(Value::NONE)
}

fn fork(vm: &Vm, _args: Args<'_>) -> PyResult<Value> {
    Err(vm.not_implemented("os.fork"))
}

fn execv(vm: &Vm, _args: Args<'_>) -> PyResult<Value> {
    Err(vm.not_implemented("os.execv"))
}

fn execve(vm: &Vm, _args: Args<'_>) -> PyResult<Value> {
    Err(vm.not_implemented("os.execve"))
}
