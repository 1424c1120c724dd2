//! The `with` statement's instructions (CPython 3.11's `BEFORE_WITH` and `WITH_EXCEPT_START`,
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
    let ty = vm.type_of(mgr);
    let Some(enter) = vm.lookup_special(mgr, "__enter__")? else {
        return Err(vm.type_error(&format!(
            "'{}' object does not support the context manager protocol",
            vm.type_name(mgr)
        )));
    };
    let Some(exit) = vm.lookup_special(mgr, "__exit__")? else {
        return Err(vm.type_error(&format!(
            "'{}' object does not support the context manager protocol (missed __exit__ method)",
            vm.type_name(mgr)
        )));
    };
    let exit = vm.descr_get(&exit, mgr, &ty)?;
    let enter = vm.descr_get(&enter, mgr, &ty)?;
    let entered = vm.call(&enter, &[], &[])?;
    Ok((exit, entered))
}

/// `WITH_EXCEPT_START`: `exit(type(exc), exc, exc.__traceback__)`.
pub fn with_except_start(vm: &Vm, exit: &Value, exc: &Value) -> PyResult<Value> {
    let tb = payload::<ExceptionData>(exc)
        .map(|e| e.traceback.get())
        .filter(|t| !t.is_null())
        .unwrap_or(Value::NONE);
    vm.call(exit, &[vm.type_of(exc), exc.clone(), tb], &[])
}
