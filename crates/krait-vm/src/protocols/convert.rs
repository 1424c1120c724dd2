//! Reading numbers out of values, as CPython's C API does: the exact value of a built-in
//! `int`/`bool`/`float` (or an instance of a subclass), and `PyNumber_Index`.

use crate::error::PyResult;
use crate::objects::float::FloatData;
use crate::objects::int::IntData;
use crate::protocols::payload;
use crate::value::{Immediate, Value};
use crate::vm::Vm;
use num_bigint::BigInt;

/// The value of an int (or bool, or int-subclass instance).
pub fn int_value(v: &Value) -> Option<BigInt> {
    if let Some(i) = v.as_small_int() {
        return Some(BigInt::from(i));
    }
    match v.as_immediate() {
        Some(Immediate::True) => return Some(BigInt::from(1)),
        Some(Immediate::False) => return Some(BigInt::from(0)),
        _ => {}
    }
    payload::<IntData>(v).map(|n| n.value.clone())
}

/// The value of a float (or float-subclass instance).
pub fn float_value(v: &Value) -> Option<f64> {
    v.as_float()
        .or_else(|| payload::<FloatData>(v).map(|f| f.value))
}

/// CPython's `PyNumber_Index` (`operator.index(v)`): an int, or the result of `__index__`.
pub fn index_value(vm: &Vm, v: &Value) -> PyResult<BigInt> {
    if let Some(n) = int_value(v) {
        return Ok(n);
    }
    if let Some(f) = vm.lookup_special(v, "__index__")? {
        let r = vm.call(&f, std::slice::from_ref(v), &[])?;
        return int_value(&r).ok_or_else(|| {
            vm.type_error(&format!(
                "__index__ returned non-int (type {})",
                vm.type_name(&r)
            ))
        });
    }
    Err(vm.type_error(&format!(
        "'{}' object cannot be interpreted as an integer",
        vm.type_name(v)
    )))
}
