//! Argument conversions shared by the native modules, as CPython's C API does them:
//! `PyFloat_AsDouble` (float, then `__float__`, then `__index__`), `PyNumber_Index`, and the
//! argument-count checks of `METH_O` and positional-only functions.

use krait_vm::native::Args;
pub use krait_vm::protocols::convert::{float_value, index_value as index, int_value};
use krait_vm::{PyErr, PyResult, Value, Vm};
use num_bigint::BigInt;
use num_traits::ToPrimitive;

/// `int → float` with CPython's overflow error.
pub fn int_to_f64(vm: &Vm, n: &BigInt) -> PyResult<f64> {
    match n.to_f64() {
        Some(x) if x.is_finite() => Ok(x),
        _ => Err(overflow(vm, "int too large to convert to float")),
    }
}

/// An `OverflowError` with `msg`.
pub fn overflow(vm: &Vm, msg: &str) -> PyErr {
    vm.new_error(&vm.types.overflow_error, msg)
}

/// CPython's `PyFloat_AsDouble`: a float, an int, or an object with `__float__` (or, failing
/// that, `__index__`).
pub fn to_f64(vm: &Vm, v: &Value) -> PyResult<f64> {
    if let Some(x) = float_value(v) {
        return Ok(x);
    }
    if let Some(n) = int_value(v) {
        return int_to_f64(vm, &n);
    }
    if let Some(f) = vm.lookup_special(v, "__float__")? {
        let r = vm.call(&f, std::slice::from_ref(v), &[])?;
        return float_value(&r).ok_or_else(|| {
            vm.type_error(&format!(
                "{}.__float__ returned non-float (type {})",
                vm.type_name(v),
                vm.type_name(&r)
            ))
        });
    }
    if vm.lookup_special(v, "__index__")?.is_some() {
        let n = index(vm, v)?;
        return int_to_f64(vm, &n);
    }
    Err(vm.type_error(&format!("must be real number, not {}", vm.type_name(v))))
}

/// The single argument of a `METH_O` function `qualname` ("math.sqrt"), with CPython's
/// messages for keywords or a wrong count.
pub fn one_arg<'a>(vm: &Vm, args: &Args<'a>, qualname: &str) -> PyResult<&'a Value> {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error(&format!("{qualname}() takes no keyword arguments")));
    }
    match args.pos() {
        [x] => Ok(x),
        a => Err(vm.type_error(&format!(
            "{qualname}() takes exactly one argument ({} given)",
            a.len()
        ))),
    }
}

/// The positional arguments of a positional-only function (`METH_FASTCALL`): `min..=max` of
/// them, no keywords ("math.pow() takes no keyword arguments", "pow expected 2 arguments,
/// got 1").
pub fn positional<'a>(
    vm: &Vm,
    args: &Args<'a>,
    qualname: &str,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error(&format!("{qualname}() takes no keyword arguments")));
    }
    args.positional_range(vm, name, min, max)
}

/// Binds the arguments of an Argument Clinic function with keywords (CPython's
/// `_PyArg_UnpackKeywords`): `names` are the parameters in order, the first `posonly` of them
/// positional-only, the first `maxpos` of them positional, the first `required` required.
/// Returns one slot per parameter.
pub fn parse_keywords(
    vm: &Vm,
    args: &Args<'_>,
    fname: &str,
    names: &[&str],
    posonly: usize,
    maxpos: usize,
    required: usize,
) -> PyResult<Vec<Option<Value>>> {
    let pos = args.pos();
    let nargs = pos.len();
    let nkw = args.kwnames.len();
    let maxargs = names.len();
    if nargs + nkw > maxargs {
        return Err(vm.type_error(&format!(
            "{fname}() takes at most {maxargs} {}argument{} ({} given)",
            if nargs == 0 { "keyword " } else { "" },
            if maxargs == 1 { "" } else { "s" },
            nargs + nkw
        )));
    }
    if nargs > maxpos {
        return Err(vm.type_error(&if maxpos == 0 {
            format!("{fname}() takes no positional arguments")
        } else {
            format!(
                "{fname}() takes {} {maxpos} positional argument{} ({nargs} given)",
                if required < maxpos {
                    "at most"
                } else {
                    "exactly"
                },
                if maxpos == 1 { "" } else { "s" }
            )
        }));
    }
    let minposonly = posonly.min(required);
    if nargs < minposonly {
        return Err(vm.type_error(&format!(
            "{fname}() takes {} {minposonly} positional argument{} ({nargs} given)",
            if minposonly < maxpos {
                "at least"
            } else {
                "exactly"
            },
            if minposonly == 1 { "" } else { "s" }
        )));
    }
    let mut out: Vec<Option<Value>> = vec![None; maxargs];
    for (slot, v) in out.iter_mut().zip(pos) {
        *slot = Some(v.clone());
    }
    let mut unexpected = None;
    for (k, v) in args.kwargs() {
        let key = vm.str_of(k);
        match names.iter().position(|n| *n == key) {
            Some(i) if i >= posonly => {
                if out[i].is_some() {
                    return Err(vm.type_error(&format!(
                        "argument for {fname}() given by name ('{key}') and position ({})",
                        i + 1
                    )));
                }
                out[i] = Some(v.clone());
            }
            _ => {
                unexpected.get_or_insert(key);
            }
        }
    }
    // As CPython, a missing required argument is reported before an unknown keyword.
    if let Some(i) = (0..required).find(|&i| out[i].is_none()) {
        return Err(vm.type_error(&format!(
            "{fname}() missing required argument '{}' (pos {})",
            names[i],
            i + 1
        )));
    }
    if let Some(key) = unexpected {
        return Err(vm.type_error(&format!(
            "'{key}' is an invalid keyword argument for {fname}()"
        )));
    }
    Ok(out)
}
