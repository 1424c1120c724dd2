//! The `with` and `async with` statements' instructions (CPython 3.11's `BEFORE_WITH`,
//! `BEFORE_ASYNC_WITH` and `WITH_EXCEPT_START`,
//! Python/ceval.c): entering a context manager and calling its `__exit__` with the exception.

use crate::error::PyResult;
use crate::objects::exception::ExceptionData;
use crate::protocols::payload;
use crate::value::Value;
use crate::vm::Vm;

/// `BEFORE_WITH`: looks up `__enter__` and `__exit__` on the manager's type, as CPython's
/// special-method lookup, and calls `__enter__`. Returns the bound `__exit__` and the entered
/// value.
pub fn before_with(vm: &Vm, mgr: &Value) -> PyResult<(Value, Value)> {
    enter_context(vm, mgr, "__enter__", "__exit__", "context manager")
}

/// `BEFORE_ASYNC_WITH`: the same with `__aenter__`/`__aexit__` (the entered value is then
/// awaited by the following instructions).
pub fn before_async_with(vm: &Vm, mgr: &Value) -> PyResult<(Value, Value)> {
    enter_context(
        vm,
        mgr,
        "__aenter__",
        "__aexit__",
        "asynchronous context manager",
    )
}

/// Looks up `enter` and `exit` on the type of `mgr`, binds them, and calls `enter`, with
/// CPython's messages naming the `protocol`.
fn enter_context(
    vm: &Vm,
    mgr: &Value,
    enter: &str,
    exit: &str,
    protocol: &str,
) -> PyResult<(Value, Value)> {
    let ty = vm.type_of(mgr);
    let Some(enter_f) = vm.lookup_special(mgr, enter)? else {
        return Err(vm.type_error(&format!(
            "'{}' object does not support the {protocol} protocol",
            vm.type_name(mgr)
        )));
    };
    let Some(exit_f) = vm.lookup_special(mgr, exit)? else {
        return Err(vm.type_error(&format!(
            "'{}' object does not support the {protocol} protocol (missed {exit} method)",
            vm.type_name(mgr)
        )));
    };
    let exit_f = vm.descr_get(&exit_f, mgr, &ty)?;
    let enter_f = vm.descr_get(&enter_f, mgr, &ty)?;
    let entered = vm.call(&enter_f, &[], &[])?;
    Ok((exit_f, entered))
}

/// `WITH_EXCEPT_START`: `exit(type(exc), exc, exc.__traceback__)`.
pub fn with_except_start(vm: &Vm, exit: &Value, exc: &Value) -> PyResult<Value> {
    let tb = payload::<ExceptionData>(exc)
        .map(|e| e.traceback.get())
        .filter(|t| !t.is_null())
        .unwrap_or(Value::NONE);
    vm.call(exit, &[vm.type_of(exc), exc.clone(), tb], &[])
}
