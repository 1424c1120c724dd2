//! The `_thread` module (CPython's Modules/_threadmodule.c) for krait's single thread: locks
//! and re-entrant locks, `get_ident`, `_local`, `stack_size`, `_set_sentinel` and the thread
//! exception hook — what `threading`, `functools`, `reprlib` and `queue` import.
//!
//! krait runs Python code on one thread, so `start_new_thread` raises `NotImplementedError`,
//! and acquiring a lock that is already held without a timeout — which would wait forever in
//! CPython, as no other thread can release it — raises `RuntimeError` instead
//! (docs/compatibility.md). With a timeout, such an acquire waits the timeout and fails, as in
//! CPython.

use crate::convert::{float_value, int_value};
use crate::native_type::{alloc, module_type, new_type_with, state};
use krait_vm::native::Args;
use krait_vm::objects::native_object::NativeObject;
use krait_vm::objects::structseq;
use krait_vm::{method_table, PyResult, Value, Vm};
use std::any::Any;
use std::cell::Cell;

/// `TIMEOUT_MAX` on 64-bit POSIX (CPython's `PY_TIMEOUT_MAX` in seconds).
const TIMEOUT_MAX: f64 = 9223372036.0;

method_table!(
    /// The functions of `_thread`.
    FUNCTIONS,
    Static,
    {
    "allocate_lock" => allocate_lock, "($module, /)", "Create a new lock object.";
    "allocate" => allocate_lock, "($module, /)", "An obsolete synonym of allocate_lock().";
    "get_ident" => get_ident, "($module, /)", "Return a non-zero integer that uniquely identifies the current thread.";
    "get_native_id" => get_native_id, "($module, /)", "Return a non-negative integer identifying the thread as reported by the OS.";
    "_count" => count, "($module, /)", "Return the number of currently running Python threads, excluding the main thread.";
    "stack_size" => stack_size, "($module, size=0, /)", "Return the thread stack size used when creating new threads.";
    "_set_sentinel" => set_sentinel, "($module, /)", "Set a sentinel lock that will be released when the current thread state is finalized.";
    "_excepthook" => excepthook, "($module, exc_info, /)", "Handle uncaught Thread.run() exception.";
    "start_new_thread" => start_new_thread, "($module, function, args, kwargs=None, /)", "Start a new thread and return its identifier.";
    "start_new" => start_new_thread, "($module, function, args, kwargs=None, /)", "An obsolete synonym of start_new_thread().";
    "interrupt_main" => interrupt_main, "($module, /, signum=2)", "Simulate the arrival of the given signal in the main thread.";
    "exit" => exit_thread, "($module, /)", "Raise SystemExit, ending the current thread.";
    "exit_thread" => exit_thread, "($module, /)", "An obsolete synonym of exit().";
    }
);

method_table!(
    /// The methods of `_thread.lock`.
    LOCK_METHODS,
    Method,
    {
    "acquire" => lock_acquire, "($self, /, blocking=True, timeout=-1)", "Lock the lock.";
    "acquire_lock" => lock_acquire, "($self, /, blocking=True, timeout=-1)", "An obsolete synonym of acquire().";
    "__enter__" => lock_acquire, "($self, /, blocking=True, timeout=-1)", "Lock the lock.";
    "release" => lock_release, "($self, /)", "Release the lock.";
    "release_lock" => lock_release, "($self, /)", "An obsolete synonym of release().";
    "__exit__" => lock_exit, "($self, *args)", "Release the lock.";
    "locked" => lock_locked, "($self, /)", "Test whether the lock is currently locked.";
    "locked_lock" => lock_locked, "($self, /)", "An obsolete synonym of locked().";
    "_at_fork_reinit" => lock_reinit, "($self, /)", "Reinitialize the lock.";
    "__repr__" => lock_repr, "($self, /)", "Return repr(self).";
    }
);

method_table!(
    /// The methods of `_thread.RLock`.
    RLOCK_METHODS,
    Method,
    {
    "acquire" => rlock_acquire, "($self, /, blocking=True, timeout=-1)", "Lock the lock.";
    "__enter__" => rlock_acquire, "($self, /, blocking=True, timeout=-1)", "Lock the lock.";
    "release" => rlock_release, "($self, /)", "Release the lock.";
    "__exit__" => rlock_exit, "($self, *args)", "Release the lock.";
    "_is_owned" => rlock_is_owned, "($self, /)", "For internal use by `threading.Condition`.";
    "_recursion_count" => rlock_count, "($self, /)", "For internal use by reentrancy checks.";
    "_release_save" => rlock_release_save, "($self, /)", "For internal use by `threading.Condition`.";
    "_acquire_restore" => rlock_acquire_restore, "($self, state, /)", "For internal use by `threading.Condition`.";
    "_at_fork_reinit" => rlock_reinit, "($self, /)", "Reinitialize the lock.";
    "__repr__" => rlock_repr, "($self, /)", "Return repr(self).";
    }
);

method_table!(
    /// `_thread.RLock.__new__`.
    RLOCK_NEW,
    Static,
    {
    "__new__" => rlock_new, "(type, *args, **kwargs)", "Create and return a new object.";
    }
);

/// The state of a `_thread.lock`.
#[derive(Default)]
struct Lock {
    locked: Cell<bool>,
}

/// The state of a `_thread.RLock`: the owning thread's ident (0: none) and the depth.
#[derive(Default)]
struct RLock {
    owner: Cell<u64>,
    count: Cell<u64>,
}

macro_rules! plain_state {
    ($($t:ty),*) => {$(
        impl NativeObject for $t {
            fn traverse(&self, _visit: &mut dyn FnMut(&Value)) {}
            fn clear(&self) {}
            fn as_any(&self) -> &dyn Any {
                self
            }
        }
    )*};
}

plain_state!(Lock, RLock);

/// Creates the `_thread` module.
pub fn init(vm: &Vm) -> PyResult<Value> {
    let m = crate::new_module(vm, "_thread", FUNCTIONS)?;
    let lock = new_type_with(vm, "_thread", "lock", &[LOCK_METHODS], &[], false)?;
    vm.module_set(&m, "LockType", lock)?;
    let rlock = new_type_with(
        vm,
        "_thread",
        "RLock",
        &[RLOCK_METHODS, RLOCK_NEW],
        &[],
        true,
    )?;
    vm.module_set(&m, "RLock", rlock)?;
    vm.module_set(&m, "_local", local_type(vm)?)?;
    vm.module_set(&m, "error", vm.types.runtime_error.clone())?;
    vm.module_set(&m, "TIMEOUT_MAX", Value::float(TIMEOUT_MAX))?;
    let fields = ["exc_type", "exc_value", "exc_traceback", "thread"];
    let args = structseq::new_type(vm, "_thread", "_ExceptHookArgs", &fields);
    vm.module_set(&m, "_ExceptHookArgs", args)?;
    Ok(m)
}

/// `_thread._local`: with one thread, a class whose instances keep their attributes in a
/// `__dict__` (made by calling `type`, so it is a heap type).
fn local_type(vm: &Vm) -> PyResult<Value> {
    let dict = vm.new_dict();
    vm.dict_set_item(&dict, vm.intern("__module__"), vm.new_str("_thread"))?;
    vm.dict_set_item(&dict, vm.intern("__doc__"), vm.new_str("Thread-local data"))?;
    let bases = vm.new_tuple(vec![vm.types.object.clone()]);
    vm.call(&vm.types.type_, &[vm.new_str("_local"), bases, dict], &[])
}

/// The calling thread's identifier (`pthread_self`, as CPython's).
fn ident() -> u64 {
    // SAFETY: `pthread_self` has no preconditions.
    unsafe { libc::pthread_self() as u64 }
}

fn ident_value(vm: &Vm, n: u64) -> Value {
    match i64::try_from(n) {
        Ok(i) => vm.new_int(i),
        Err(_) => vm.new_bigint(n.into()),
    }
}

fn allocate_lock(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    args.positional_range(vm, "allocate_lock", 0, 0)?;
    new_lock(vm)
}

fn new_lock(vm: &Vm) -> PyResult<Value> {
    let ty = module_type(vm, "_thread", "LockType")?;
    Ok(alloc(&ty, Lock::default()))
}

fn get_ident(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    args.positional_range(vm, "get_ident", 0, 0)?;
    Ok(ident_value(vm, ident()))
}

fn get_native_id(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    args.positional_range(vm, "get_native_id", 0, 0)?;
    // SAFETY: `gettid` has no preconditions.
    Ok(vm.new_int(i64::from(unsafe { libc::gettid() })))
}

fn count(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    args.positional_range(vm, "_count", 0, 0)?;
    Ok(vm.new_int(0))
}

thread_local! {
    /// The size `stack_size` was last given (0: the platform's default).
    static STACK_SIZE: Cell<i64> = const { Cell::new(0) };
}

fn stack_size(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let pos = args.positional_range(vm, "stack_size", 0, 1)?;
    let old = STACK_SIZE.with(Cell::get);
    // As CPython, no argument means 0: the platform's default.
    let n = match pos.first() {
        Some(v) => {
            let n = crate::convert::index(vm, v)?;
            num_traits::ToPrimitive::to_i64(&n).unwrap_or(-1)
        }
        None => 0,
    };
    if n != 0 && n < 32768 {
        return Err(vm.value_error(&format!("size not valid: {n} bytes")));
    }
    STACK_SIZE.with(|s| s.set(n));
    Ok(vm.new_int(old))
}

fn set_sentinel(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    args.positional_range(vm, "_set_sentinel", 0, 0)?;
    new_lock(vm)
}

/// `_thread._excepthook(args)`: prints "Exception in thread NAME:" and the traceback to
/// `sys.stderr`; a `SystemExit` is ignored.
fn excepthook(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let [info] = args.positional_range(vm, "_excepthook", 1, 1)? else {
        unreachable!("checked")
    };
    let items = vm.tuple_items(info).unwrap_or_default();
    if items.len() != 4 {
        return Err(vm.type_error("_thread._excepthook argument type must be ExceptHookArgs"));
    }
    if items[0].is(&vm.types.system_exit) {
        return Ok(Value::NONE);
    }
    let name = if items[3].is_none() {
        ident().to_string()
    } else {
        match vm.get_attr(&items[3], &vm.intern("name")) {
            Ok(n) => vm.str_string(&n)?,
            Err(_) => ident().to_string(),
        }
    };
    let mut text = format!("Exception in thread {name}:\n");
    if !items[1].is_none() {
        text.push_str(&krait_vm::traceback::format_exception(vm, &items[1]));
    }
    let sys = vm.import_absolute("sys")?;
    if let Some(err) = vm.get_attr_opt(&sys, "stderr")? {
        if !err.is_none() {
            let write = vm.get_attr(&err, &vm.intern("write"))?;
            vm.call(&write, &[vm.new_str(&text)], &[])?;
            let _ = vm.call_method(&err, "flush", &[]);
        }
    }
    Ok(Value::NONE)
}

fn start_new_thread(vm: &Vm, _args: Args<'_>) -> PyResult<Value> {
    Err(vm.new_error(
        &vm.types.not_implemented_error,
        "krait: threads are not supported yet (_thread.start_new_thread)",
    ))
}

fn interrupt_main(vm: &Vm, _args: Args<'_>) -> PyResult<Value> {
    Err(vm.new_error(
        &vm.types.not_implemented_error,
        "krait: _thread.interrupt_main is not supported yet",
    ))
}

fn exit_thread(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    args.positional_range(vm, "exit", 0, 0)?;
    Err(vm.new_exception(&vm.types.system_exit, Vec::new()))
}

/// The `blocking` and `timeout` arguments of `acquire`, checked as CPython's
/// `lock_acquire_parse_args`: `None` for "wait forever", else the timeout in seconds.
fn acquire_args(vm: &Vm, args: &Args<'_>) -> PyResult<(bool, Option<f64>)> {
    let rest = Args {
        values: &args.values[1..],
        kwnames: args.kwnames,
    };
    let a =
        crate::convert::parse_keywords(vm, &rest, "acquire", &["blocking", "timeout"], 0, 2, 0)?;
    let blocking = match &a[0] {
        Some(b) => vm.is_true(b)?,
        None => true,
    };
    let timeout = match &a[1] {
        None => -1.0,
        Some(t) => {
            let x = match float_value(t) {
                Some(x) => x,
                None => match int_value(t) {
                    Some(n) => num_traits::ToPrimitive::to_f64(&n).unwrap_or(f64::INFINITY),
                    None => {
                        let n = crate::convert::index(vm, t)?;
                        num_traits::ToPrimitive::to_f64(&n).unwrap_or(f64::INFINITY)
                    }
                },
            };
            if x.is_nan() {
                return Err(vm.value_error("Invalid value NaN (not a number)"));
            }
            if x.abs() >= 9.2e18 {
                return Err(crate::convert::overflow(
                    vm,
                    "timestamp out of range for platform time_t",
                ));
            }
            x
        }
    };
    if !blocking && timeout != -1.0 {
        return Err(vm.value_error("can't specify a timeout for a non-blocking call"));
    }
    if timeout < 0.0 && timeout != -1.0 {
        return Err(vm.value_error("timeout value must be positive"));
    }
    if timeout > TIMEOUT_MAX {
        return Err(crate::convert::overflow(vm, "timeout value is too large"));
    }
    Ok(match (blocking, timeout) {
        (false, _) => (false, Some(0.0)),
        (true, t) if t < 0.0 => (true, None),
        (true, t) => (true, Some(t)),
    })
}

/// What an acquire of a lock that stays held does: fail after the timeout, or raise for a
/// wait that could never end.
fn wait_held(vm: &Vm, timeout: Option<f64>, what: &str) -> PyResult<Value> {
    match timeout {
        Some(t) => {
            if t > 0.0 {
                std::thread::sleep(std::time::Duration::from_secs_f64(t));
            }
            Ok(Value::FALSE)
        }
        None => Err(vm.new_error(
            &vm.types.runtime_error,
            &format!(
                "krait: acquiring this {what} would block forever (it is held and krait runs \
                 only one thread, so nothing can release it; CPython would deadlock)"
            ),
        )),
    }
}

fn lock<'a>(vm: &Vm, args: &Args<'a>) -> PyResult<(&'a Value, &'a Lock)> {
    let v = args
        .pos()
        .first()
        .ok_or_else(|| vm.type_error("descriptor requires a '_thread.lock' object"))?;
    let l = state::<Lock>(v)
        .ok_or_else(|| vm.type_error("descriptor requires a '_thread.lock' object"))?;
    Ok((v, l))
}

fn lock_acquire(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, l) = lock(vm, &args)?;
    let (_, timeout) = acquire_args(vm, &args)?;
    if !l.locked.get() {
        l.locked.set(true);
        return Ok(Value::TRUE);
    }
    wait_held(vm, timeout, "lock")
}

fn lock_release(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, l) = lock(vm, &args)?;
    args.positional_range(vm, "release", 1, 1)?;
    if !l.locked.replace(false) {
        return Err(vm.new_error(&vm.types.runtime_error, "release unlocked lock"));
    }
    Ok(Value::NONE)
}

fn lock_exit(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, l) = lock(vm, &args)?;
    if !l.locked.replace(false) {
        return Err(vm.new_error(&vm.types.runtime_error, "release unlocked lock"));
    }
    Ok(Value::NONE)
}

fn lock_locked(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::bool(lock(vm, &args)?.1.locked.get()))
}

fn lock_reinit(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    lock(vm, &args)?.1.locked.set(false);
    Ok(Value::NONE)
}

fn lock_repr(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (v, l) = lock(vm, &args)?;
    let what = if l.locked.get() { "locked" } else { "unlocked" };
    Ok(vm.new_str(&format!(
        "<{what} {} object at {:#x}>",
        vm.type_name(v),
        vm.id_of(v)
    )))
}

fn rlock<'a>(vm: &Vm, args: &Args<'a>) -> PyResult<(&'a Value, &'a RLock)> {
    let v = args
        .pos()
        .first()
        .ok_or_else(|| vm.type_error("descriptor requires a '_thread.RLock' object"))?;
    let l = state::<RLock>(v)
        .ok_or_else(|| vm.type_error("descriptor requires a '_thread.RLock' object"))?;
    Ok((v, l))
}

fn rlock_new(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let Some(cls) = args.pos().first() else {
        return Err(vm.type_error("RLock.__new__(): not enough arguments"));
    };
    Ok(alloc(cls, RLock::default()))
}

fn rlock_acquire(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, l) = rlock(vm, &args)?;
    let (_, timeout) = acquire_args(vm, &args)?;
    let me = ident();
    if l.count.get() == 0 || l.owner.get() == me {
        l.owner.set(me);
        l.count.set(l.count.get() + 1);
        return Ok(Value::TRUE);
    }
    wait_held(vm, timeout, "RLock")
}

fn rlock_release(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, l) = rlock(vm, &args)?;
    if l.count.get() == 0 || l.owner.get() != ident() {
        return Err(vm.new_error(&vm.types.runtime_error, "cannot release un-acquired lock"));
    }
    l.count.set(l.count.get() - 1);
    if l.count.get() == 0 {
        l.owner.set(0);
    }
    Ok(Value::NONE)
}

fn rlock_exit(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (v, _) = rlock(vm, &args)?;
    rlock_release(vm, Args::positional(std::slice::from_ref(v)))
}

fn rlock_is_owned(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, l) = rlock(vm, &args)?;
    Ok(Value::bool(l.count.get() > 0 && l.owner.get() == ident()))
}

fn rlock_count(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, l) = rlock(vm, &args)?;
    let n = if l.owner.get() == ident() {
        l.count.get()
    } else {
        0
    };
    Ok(vm.new_int(n as i64))
}

fn rlock_release_save(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, l) = rlock(vm, &args)?;
    if l.count.get() == 0 {
        return Err(vm.new_error(&vm.types.runtime_error, "cannot release un-acquired lock"));
    }
    let state = vm.new_tuple(vec![
        vm.new_int(l.count.get() as i64),
        ident_value(vm, l.owner.get()),
    ]);
    l.count.set(0);
    l.owner.set(0);
    Ok(state)
}

fn rlock_acquire_restore(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, l) = rlock(vm, &args)?;
    let [_, st] = args.positional_range(vm, "_acquire_restore", 2, 2)? else {
        unreachable!("checked")
    };
    let items = vm.tuple_items(st).unwrap_or_default();
    let [count, owner] = items.as_slice() else {
        return Err(vm.type_error("_acquire_restore() argument must be a (count, owner) tuple"));
    };
    if l.count.get() > 0 && l.owner.get() != ident() {
        return wait_held(vm, None, "RLock");
    }
    let count = crate::convert::index(vm, count)?;
    let owner = crate::convert::index(vm, owner)?;
    l.count
        .set(num_traits::ToPrimitive::to_u64(&count).unwrap_or(0));
    l.owner
        .set(num_traits::ToPrimitive::to_u64(&owner).unwrap_or(0));
    Ok(Value::NONE)
}

fn rlock_reinit(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, l) = rlock(vm, &args)?;
    l.count.set(0);
    l.owner.set(0);
    Ok(Value::NONE)
}

fn rlock_repr(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (v, l) = rlock(vm, &args)?;
    let what = if l.count.get() > 0 {
        "locked"
    } else {
        "unlocked"
    };
    Ok(vm.new_str(&format!(
        "<{what} {} object owner={} count={} at {:#x}>",
        vm.type_name(v),
        l.owner.get(),
        l.count.get(),
        vm.id_of(v)
    )))
}
