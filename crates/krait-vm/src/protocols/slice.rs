//! `slice` objects seen from Python (CPython's Objects/sliceobject.c): the constructor, the
//! `start`/`stop`/`step` attributes, `indices()`, comparison (as tuples; slices are unhashable
//! in 3.11), and the conversion of slice bounds through `__index__` (`_PyEval_SliceIndex`).

use super::payload;
use crate::error::PyResult;
use crate::native::{install_methods, method_table, new_def, Args};
use crate::objects::int::IntData;
use crate::objects::slice::{adjust_indices, SliceData};
use crate::value::Value;
use crate::vm::Vm;
use krait_bytecode::opcode::Comparison;
use num_bigint::BigInt;
use num_traits::ToPrimitive;

/// Bounds are clamped into this range (CPython clamps to `PY_SSIZE_T_MAX`); it keeps every sum
/// of a bound and a length inside `i64`.
const BOUND: i64 = 1 << 62;

new_def!(
    SLICE_NEW,
    slice_new,
    "(type, *args)",
    "Create and return a new slice object."
);

method_table!(
    /// The methods of `slice`.
    METHODS,
    Method,
    {
    "indices" => slice_indices_method, "($self, length, /)", "S.indices(len) -> (start, stop, stride)\n\nAssuming a sequence of length len, calculate the start and stop\nindices, and the stride length of the extended slice described by\nS. Out of bounds indices are clipped in a manner consistent with the\nhandling of normal slices.";
    "__eq__" => slice_eq, "($self, value, /)", "Return self==value.";
    "__ne__" => slice_ne, "($self, value, /)", "Return self!=value.";
    "__lt__" => slice_lt, "($self, value, /)", "Return self<value.";
    "__le__" => slice_le, "($self, value, /)", "Return self<=value.";
    "__gt__" => slice_gt, "($self, value, /)", "Return self>value.";
    "__ge__" => slice_ge, "($self, value, /)", "Return self>=value.";
    }
);

/// Installs `slice.__new__`, its methods and `__hash__ = None`.
pub fn install(vm: &Vm) {
    install_methods(vm, &vm.types.slice, &SLICE_NEW);
    install_methods(vm, &vm.types.slice, METHODS);
    if let Some(td) = crate::vm::type_data(&vm.types.slice) {
        // Start-up: the key is a fresh interned str.
        let _ = vm.dict_set_item(&td.dict(), vm.intern("__hash__"), Value::NONE);
        td.modified();
    }
}

/// The attributes of a slice (`start`, `stop`, `step`).
pub fn field(obj: &Value, name: &str) -> Option<Value> {
    let s = payload::<SliceData>(obj)?;
    match name {
        "start" => Some(s.start.clone()),
        "stop" => Some(s.stop.clone()),
        "step" => Some(s.step.clone()),
        _ => None,
    }
}

impl Vm {
    /// A new slice object.
    pub fn new_slice(&self, start: Value, stop: Value, step: Value) -> Value {
        let s = SliceData { start, stop, step };
        crate::heap::alloc(self.types.slice.to_obj(), s).into_value()
    }

    /// The integer value of `v` through `__index__` (CPython's `PyNumber_Index`); `None` when
    /// `v` has no `__index__`.
    pub(crate) fn index_value(&self, v: &Value) -> PyResult<Option<BigInt>> {
        if let Some(i) = v.as_small_int() {
            return Ok(Some(BigInt::from(i)));
        }
        match v.as_immediate() {
            Some(crate::value::Immediate::True) => return Ok(Some(BigInt::from(1))),
            Some(crate::value::Immediate::False) => return Ok(Some(BigInt::from(0))),
            _ => {}
        }
        if let Some(n) = payload::<IntData>(v) {
            return Ok(Some(n.value.clone()));
        }
        if v.as_float().is_some() {
            return Ok(None);
        }
        let Some(f) = self.lookup_special(v, "__index__")? else {
            return Ok(None);
        };
        let r = self.call(&f, std::slice::from_ref(v), &[])?;
        if let Some(i) = r.as_small_int() {
            return Ok(Some(BigInt::from(i)));
        }
        if let Some(n) = payload::<IntData>(&r) {
            return Ok(Some(n.value.clone()));
        }
        Err(self.type_error(&format!(
            "__index__ returned non-int (type {})",
            self.type_name(&r)
        )))
    }

    /// One bound of a slice (CPython's `_PyEval_SliceIndex`): `None` stays `None`, an index is
    /// clamped into `±2**62`.
    pub(crate) fn slice_bound(&self, v: &Value) -> PyResult<Option<i64>> {
        if v.is_none() {
            return Ok(None);
        }
        if let Some(i) = v.as_small_int() {
            return Ok(Some(i));
        }
        match self.index_value(v)? {
            Some(n) => Ok(Some(clamp(&n))),
            None => Err(self
                .type_error("slice indices must be integers or None or have an __index__ method")),
        }
    }

    /// `(start, stop, step, count)` of slice `s` over `len` items, as `PySlice_GetIndicesEx`.
    pub(crate) fn slice_adjust(
        &self,
        s: &SliceData,
        len: usize,
    ) -> PyResult<(i64, i64, i64, usize)> {
        let step = self.slice_bound(&s.step)?.unwrap_or(1);
        if step == 0 {
            return Err(self.value_error("slice step cannot be zero"));
        }
        let start = self.slice_bound(&s.start)?;
        let stop = self.slice_bound(&s.stop)?;
        Ok(adjust_indices(start, stop, step, len as i64))
    }

    /// `range(...)[slice]`: a new range, as CPython's `compute_slice`.
    pub(crate) fn range_slice(
        &self,
        r: &crate::objects::range::RangeData,
        s: &SliceData,
    ) -> PyResult<Value> {
        let (start, stop, step, _) = self.slice_adjust(s, r.len() as usize)?;
        let data = crate::objects::range::RangeData {
            start: r.start + start * r.step,
            stop: r.start + stop * r.step,
            step: r.step * step,
        };
        Ok(crate::heap::alloc(self.types.range.to_obj(), data).into_value())
    }

    /// `range(...)[i]`.
    pub(crate) fn range_index(
        &self,
        r: &crate::objects::range::RangeData,
        key: &Value,
    ) -> PyResult<Value> {
        let len = r.len() as usize;
        let i = self.seq_index(key, len, "range").map_err(|e| {
            if self.is_instance_of(&e.exception_value(), &self.types.index_error) {
                self.new_error(&self.types.index_error, "range object index out of range")
            } else {
                e
            }
        })?;
        Ok(self.new_int(r.start + i as i64 * r.step))
    }

    /// `l[slice] = value` for a list (CPython's `list_ass_subscript`): a contiguous slice takes
    /// any iterable and may change the length; an extended slice needs exactly as many items.
    pub(crate) fn list_set_slice(
        &self,
        list: &Value,
        l: &crate::objects::list::ListData,
        s: &SliceData,
        value: &Value,
    ) -> PyResult<()> {
        let (start, stop, step, count) = self.slice_adjust(s, l.len())?;
        let items = if value.is(list) {
            l.to_vec()
        } else if step == 1 {
            match self.collect_iterable(value) {
                Ok(v) => v,
                Err(e)
                    if self.is_instance_of(&e.exception_value(), &self.types.type_error)
                        && self.get_iter(value).is_err() =>
                {
                    return Err(self.type_error("can only assign an iterable"))
                }
                Err(e) => return Err(e),
            }
        } else {
            match self.collect_iterable(value) {
                Ok(v) => v,
                Err(e)
                    if self.is_instance_of(&e.exception_value(), &self.types.type_error)
                        && self.get_iter(value).is_err() =>
                {
                    return Err(self.type_error("must assign iterable to extended slice"))
                }
                Err(e) => return Err(e),
            }
        };
        if step == 1 {
            let stop = stop.max(start) as usize;
            let start = start as usize;
            let removed: Vec<Value> = {
                let mut v = l.items.borrow_mut();
                let stop = stop.min(v.len());
                let start = start.min(stop);
                v.splice(start..stop, items).collect()
            };
            drop(removed);
            return Ok(());
        }
        if items.len() != count {
            return Err(self.value_error(&format!(
                "attempt to assign sequence of size {} to extended slice of size {count}",
                items.len()
            )));
        }
        let mut old = Vec::with_capacity(count);
        {
            let mut v = l.items.borrow_mut();
            for (k, item) in items.into_iter().enumerate() {
                let i = (start + k as i64 * step) as usize;
                if let Some(slot) = v.get_mut(i) {
                    old.push(std::mem::replace(slot, item));
                }
            }
        }
        drop(old);
        Ok(())
    }
}

fn clamp(n: &BigInt) -> i64 {
    n.to_i64()
        .unwrap_or(if n.sign() == num_bigint::Sign::Minus {
            -BOUND
        } else {
            BOUND
        })
        .clamp(-BOUND, BOUND)
}

fn slice_new(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error("slice() takes no keyword arguments"));
    }
    let a = &args.pos()[1..];
    let n = a.len();
    let (start, stop, step) = match a {
        [stop] => (Value::NONE, stop.clone(), Value::NONE),
        [start, stop] => (start.clone(), stop.clone(), Value::NONE),
        [start, stop, step] => (start.clone(), stop.clone(), step.clone()),
        [] => return Err(vm.type_error(&format!("slice expected at least 1 argument, got {n}"))),
        _ => return Err(vm.type_error(&format!("slice expected at most 3 arguments, got {n}"))),
    };
    Ok(vm.new_slice(start, stop, step))
}

fn self_slice<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<(&'a SliceData, &'a [Value])> {
    let pos = args.pos();
    match pos.first().and_then(payload::<SliceData>) {
        Some(s) => Ok((s, &pos[1..])),
        None => Err(vm.type_error(&format!(
            "descriptor '{name}' for 'slice' objects doesn't apply to a '{}' object",
            pos.first().map(|v| vm.type_name(v)).unwrap_or_default()
        ))),
    }
}

fn slice_indices_method(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    args.no_kwargs(vm, "slice.indices")?;
    let (s, rest) = self_slice(vm, &args, "indices")?;
    let [len] = rest else {
        return Err(vm.type_error(&format!(
            "slice.indices() takes exactly one argument ({} given)",
            rest.len()
        )));
    };
    let Some(len) = vm.index_value(len)? else {
        return Err(vm.type_error(&format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(len)
        )));
    };
    if len.sign() == num_bigint::Sign::Minus {
        return Err(vm.value_error("length should not be negative"));
    }
    let len = clamp(&len);
    let step = vm.slice_bound(&s.step)?.unwrap_or(1);
    if step == 0 {
        return Err(vm.value_error("slice step cannot be zero"));
    }
    let start = vm.slice_bound(&s.start)?;
    let stop = vm.slice_bound(&s.stop)?;
    let (start, stop, _, _) = adjust_indices(start, stop, step, len);
    // The step comes back exactly as given (bounds are clamped only where they meet the length).
    let step = if s.step.is_none() {
        vm.new_int(1)
    } else {
        match vm.index_value(&s.step)? {
            Some(n) => vm.new_bigint(n),
            None => vm.new_int(step),
        }
    };
    Ok(vm.new_tuple(vec![vm.new_int(start), vm.new_int(stop), step]))
}

fn compare(vm: &Vm, args: Args<'_>, op: Comparison, name: &str) -> PyResult<Value> {
    let (s, rest) = self_slice(vm, &args, name)?;
    let Some(other) = rest.first().and_then(payload::<SliceData>) else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    let a = vm.new_tuple(vec![s.start.clone(), s.stop.clone(), s.step.clone()]);
    let b = vm.new_tuple(vec![
        other.start.clone(),
        other.stop.clone(),
        other.step.clone(),
    ]);
    vm.rich_compare(&a, &b, op)
}

fn slice_eq(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    compare(vm, args, Comparison::Eq, "__eq__")
}
fn slice_ne(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    compare(vm, args, Comparison::Ne, "__ne__")
}
fn slice_lt(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    compare(vm, args, Comparison::Lt, "__lt__")
}
fn slice_le(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    compare(vm, args, Comparison::Le, "__le__")
}
fn slice_gt(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    compare(vm, args, Comparison::Gt, "__gt__")
}
fn slice_ge(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    compare(vm, args, Comparison::Ge, "__ge__")
}
