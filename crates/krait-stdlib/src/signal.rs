//! The `_signal` module (CPython's Modules/signalmodule.c), minimal: the signal numbers,
//! `SIG_DFL`/`SIG_IGN`, `signal` and `getsignal` for those two dispositions and for
//! `default_int_handler` on `SIGINT`, `default_int_handler`, `raise_signal`, `strsignal`,
//! `valid_signals`, `alarm` and `NSIG`.
//!
//! krait has no path from a C signal handler back into Python code yet, so installing a Python
//! function as a handler raises `NotImplementedError` (docs/compatibility.md). `SIGINT` keeps
//! the operating system's default action, which ends the process as CPython's
//! `KeyboardInterrupt` does at the top level (exit status 130), so it is reported as
//! `default_int_handler`, CPython's initial handler.

use crate::convert::index;
use krait_vm::native::Args;
use krait_vm::{method_table, PyResult, Value, Vm};
use num_traits::ToPrimitive;
use std::cell::Cell;

method_table!(
    /// The functions of `_signal`.
    FUNCTIONS,
    Static,
    {
    "signal" => signal, "($module, signalnum, handler, /)", "Set the action for the given signal.";
    "getsignal" => getsignal, "($module, signalnum, /)", "Return the current action for the given signal.";
    "default_int_handler" => default_int_handler, "($module, signalnum, frame, /)", "The default handler for SIGINT installed by Python.";
    "raise_signal" => raise_signal, "($module, signalnum, /)", "Send a signal to the executing process.";
    "strsignal" => strsignal, "($module, signalnum, /)", "Return the system description of the given signal.";
    "valid_signals" => valid_signals, "($module, /)", "Return a set of valid signal numbers on this platform.";
    "alarm" => alarm, "($module, seconds, /)", "Arrange for SIGALRM to arrive after the given number of seconds.";
    }
);

/// The signal names, as CPython's module lists them on this platform.
const SIGNALS: &[(&str, i32)] = &[
    ("SIGHUP", libc::SIGHUP),
    ("SIGINT", libc::SIGINT),
    ("SIGQUIT", libc::SIGQUIT),
    ("SIGILL", libc::SIGILL),
    ("SIGTRAP", libc::SIGTRAP),
    ("SIGIOT", libc::SIGIOT),
    ("SIGABRT", libc::SIGABRT),
    ("SIGFPE", libc::SIGFPE),
    ("SIGKILL", libc::SIGKILL),
    ("SIGBUS", libc::SIGBUS),
    ("SIGSEGV", libc::SIGSEGV),
    ("SIGSYS", libc::SIGSYS),
    ("SIGPIPE", libc::SIGPIPE),
    ("SIGALRM", libc::SIGALRM),
    ("SIGTERM", libc::SIGTERM),
    ("SIGUSR1", libc::SIGUSR1),
    ("SIGUSR2", libc::SIGUSR2),
    ("SIGCHLD", libc::SIGCHLD),
    ("SIGTSTP", libc::SIGTSTP),
    ("SIGURG", libc::SIGURG),
    ("SIGSTOP", libc::SIGSTOP),
    ("SIGCONT", libc::SIGCONT),
    ("SIGTTIN", libc::SIGTTIN),
    ("SIGTTOU", libc::SIGTTOU),
    ("SIGVTALRM", libc::SIGVTALRM),
    ("SIGPROF", libc::SIGPROF),
    ("SIGXCPU", libc::SIGXCPU),
    ("SIGXFSZ", libc::SIGXFSZ),
    ("SIGWINCH", libc::SIGWINCH),
    ("SIGIO", libc::SIGIO),
    #[cfg(target_os = "linux")]
    ("SIGCLD", libc::SIGCHLD),
    #[cfg(target_os = "linux")]
    ("SIGPOLL", libc::SIGPOLL),
    #[cfg(target_os = "linux")]
    ("SIGPWR", libc::SIGPWR),
    #[cfg(target_os = "linux")]
    ("SIGSTKFLT", libc::SIGSTKFLT),
];

/// `NSIG` (one more than the largest signal number).
#[cfg(target_os = "linux")]
const NSIG: i32 = 65;
#[cfg(not(target_os = "linux"))]
const NSIG: i32 = 33;

thread_local! {
    /// Whether the program set `SIGINT` to `SIG_DFL` itself (so it is no longer reported as
    /// `default_int_handler`).
    static SIGINT_DFL: Cell<bool> = const { Cell::new(false) };
}

/// Creates the `_signal` module.
pub fn init(vm: &Vm) -> PyResult<Value> {
    let m = crate::new_module(vm, "_signal", FUNCTIONS)?;
    for &(name, n) in SIGNALS {
        vm.module_set(&m, name, vm.new_int(i64::from(n)))?;
    }
    #[cfg(target_os = "linux")]
    {
        let (min, max) = (libc::SIGRTMIN(), libc::SIGRTMAX());
        vm.module_set(&m, "SIGRTMIN", vm.new_int(i64::from(min)))?;
        vm.module_set(&m, "SIGRTMAX", vm.new_int(i64::from(max)))?;
    }
    vm.module_set(&m, "NSIG", vm.new_int(i64::from(NSIG)))?;
    vm.module_set(&m, "SIG_DFL", vm.new_int(0))?;
    vm.module_set(&m, "SIG_IGN", vm.new_int(1))?;
    vm.module_set(&m, "SIG_BLOCK", vm.new_int(i64::from(libc::SIG_BLOCK)))?;
    vm.module_set(&m, "SIG_UNBLOCK", vm.new_int(i64::from(libc::SIG_UNBLOCK)))?;
    vm.module_set(&m, "SIG_SETMASK", vm.new_int(i64::from(libc::SIG_SETMASK)))?;
    Ok(m)
}

/// A signal number argument, checked to be in `1..NSIG`.
fn signum(vm: &Vm, v: &Value) -> PyResult<i32> {
    let n = index(vm, v)?;
    match n.to_i32() {
        Some(s) if (1..NSIG).contains(&s) => Ok(s),
        Some(_) => Err(vm.value_error("signal number out of range")),
        None => Err(crate::convert::overflow(
            vm,
            "Python int too large to convert to C int",
        )),
    }
}

/// The module's `default_int_handler` function.
fn int_handler(vm: &Vm) -> PyResult<Value> {
    let m = vm.import_absolute("_signal")?;
    vm.get_attr(&m, &vm.intern("default_int_handler"))
}

/// The current disposition of `sig` as `getsignal` reports it.
fn current(vm: &Vm, sig: i32) -> PyResult<Value> {
    // SAFETY: `libc::sigaction` is plain data; all-zero bytes are a valid value.
    let mut old: libc::sigaction = unsafe { std::mem::zeroed() };
    // SAFETY: a null new action only queries; `old` is writable.
    if unsafe { libc::sigaction(sig, std::ptr::null(), &mut old) } != 0 {
        return Err(vm.last_os_error(None, None));
    }
    Ok(match old.sa_sigaction {
        libc::SIG_DFL if sig == libc::SIGINT && !SIGINT_DFL.with(Cell::get) => int_handler(vm)?,
        libc::SIG_DFL => vm.new_int(0),
        libc::SIG_IGN => vm.new_int(1),
        _ => Value::NONE,
    })
}

fn getsignal(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let [s] = args.positional_range(vm, "getsignal", 1, 1)? else {
        unreachable!("checked")
    };
    current(vm, signum(vm, s)?)
}

fn signal(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let [s, handler] = args.positional_range(vm, "signal", 2, 2)? else {
        unreachable!("checked")
    };
    let sig = signum(vm, s)?;
    let old = current(vm, sig)?;
    let disposition = match handler.as_small_int() {
        Some(0) if crate::convert::int_value(handler).is_some() => libc::SIG_DFL,
        Some(1) if crate::convert::int_value(handler).is_some() => libc::SIG_IGN,
        _ if sig == libc::SIGINT && handler.is(&int_handler(vm)?) => libc::SIG_DFL,
        _ => {
            if !krait_vm::builtins::introspect::is_callable(vm, handler)? {
                return Err(vm.type_error(
                    "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object",
                ));
            }
            return Err(vm.not_implemented("signal.signal with a Python handler"));
        }
    };
    // SAFETY: installing SIG_DFL or SIG_IGN runs no code in a signal context.
    if unsafe { libc::signal(sig, disposition) } == libc::SIG_ERR {
        return Err(vm.last_os_error(None, None));
    }
    if sig == libc::SIGINT {
        let explicit_dfl = disposition == libc::SIG_DFL && !handler.is(&int_handler(vm)?);
        SIGINT_DFL.with(|c| c.set(explicit_dfl));
    }
    Ok(old)
}

fn default_int_handler(vm: &Vm, _args: Args<'_>) -> PyResult<Value> {
    Err(vm.new_exception(&vm.types.keyboard_interrupt, Vec::new()))
}

fn raise_signal(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let [s] = args.positional_range(vm, "raise_signal", 1, 1)? else {
        unreachable!("checked")
    };
    let sig = signum(vm, s)?;
    let _ = std::io::Write::flush(&mut std::io::stdout());
    // SAFETY: `raise` takes any signal number.
    if unsafe { libc::raise(sig) } != 0 {
        return Err(vm.last_os_error(None, None));
    }
    Ok(Value::NONE)
}

fn strsignal(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let [s] = args.positional_range(vm, "strsignal", 1, 1)? else {
        unreachable!("checked")
    };
    let sig = signum(vm, s)?;
    // SAFETY: `strsignal` returns null or a NUL-terminated string valid until the next call,
    // copied out at once.
    let p = unsafe { libc::strsignal(sig) };
    if p.is_null() {
        return Ok(Value::NONE);
    }
    // SAFETY: checked non-null above.
    let text = unsafe { std::ffi::CStr::from_ptr(p) }
        .to_string_lossy()
        .into_owned();
    if text.starts_with("Unknown signal") || text.starts_with("Real-time signal") {
        return Ok(Value::NONE);
    }
    Ok(vm.new_str(&text))
}

fn valid_signals(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    args.positional_range(vm, "valid_signals", 0, 0)?;
    // SAFETY: `libc::sigset_t` is plain data; `sigfillset` initializes it.
    let mut set: libc::sigset_t = unsafe { std::mem::zeroed() };
    // SAFETY: `set` is a valid, writable signal set.
    unsafe { libc::sigfillset(&mut set) };
    let items: Vec<Value> = (1..NSIG)
        // SAFETY: `set` was initialized above.
        .filter(|&s| unsafe { libc::sigismember(&set, s) } == 1)
        .map(|s| vm.new_int(i64::from(s)))
        .collect();
    let set_type = vm.types.set.clone();
    vm.call(&set_type, &[vm.new_list(items)], &[])
}

fn alarm(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let [s] = args.positional_range(vm, "alarm", 1, 1)? else {
        unreachable!("checked")
    };
    let n = index(vm, s)?;
    let secs = n.to_u32().ok_or_else(|| {
        crate::convert::overflow(vm, "Python int too large to convert to C unsigned int")
    })?;
    // SAFETY: `alarm` takes any count.
    let old = unsafe { libc::alarm(secs) };
    Ok(vm.new_int(i64::from(old)))
}
