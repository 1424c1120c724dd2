//! The `_bisect` module (CPython's Modules/_bisectmodule.c): binary search and insertion in
//! sorted sequences, with `key` functions (Lib/bisect.py re-exports these).

use crate::convert::{index, parse_keywords};
use krait_bytecode::opcode::Comparison;
use krait_vm::native::Args;
use krait_vm::objects::list::ListData;
use krait_vm::protocols::payload;
use krait_vm::{method_table, PyResult, Value, Vm};

method_table!(
    /// The functions of `_bisect`.
    FUNCTIONS,
    Static,
    {
    "bisect_right" => bisect_right, "($module, /, a, x, lo=0, hi=None, *, key=None)", "Return the index where to insert item x in list a, assuming a is sorted.";
    "insort_right" => insort_right, "($module, /, a, x, lo=0, hi=None, *, key=None)", "Insert item x in list a, and keep it sorted assuming a is sorted.";
    "bisect_left" => bisect_left, "($module, /, a, x, lo=0, hi=None, *, key=None)", "Return the index where to insert item x in list a, assuming a is sorted.";
    "insort_left" => insort_left, "($module, /, a, x, lo=0, hi=None, *, key=None)", "Insert item x in list a, and keep it sorted assuming a is sorted.";
    }
);

/// Creates the `_bisect` module.
pub fn init(vm: &Vm) -> PyResult<Value> {
    let m = crate::new_module(vm, "_bisect", FUNCTIONS)?;
    vm.module_set(
        &m,
        "__doc__",
        vm.new_str("Bisection algorithms.\n\nThis module provides support for maintaining a list in sorted order without\nhaving to sort the list after each insertion. For long lists of items with\nexpensive comparison operations, this can be an improvement over the more\ncommon approach.\n"),
    )?;
    Ok(m)
}

/// `len(v)` through the builtin.
pub(crate) fn py_len(vm: &Vm, v: &Value) -> PyResult<i64> {
    let len = vm
        .dict_get_item(&vm.builtins, &vm.intern("len"))?
        .ok_or_else(|| vm.type_error("len is missing"))?;
    let n = vm.call(&len, std::slice::from_ref(v), &[])?;
    Ok(n.as_small_int().unwrap_or(i64::MAX))
}

/// `a < b` as a bool.
pub(crate) fn less(vm: &Vm, a: &Value, b: &Value) -> PyResult<bool> {
    let r = vm.rich_compare(a, b, Comparison::Lt)?;
    vm.is_true(&r)
}

/// The parsed arguments: sequence, item, bounds, key.
struct Search {
    a: Value,
    x: Value,
    lo: i64,
    hi: i64,
    key: Value,
}

fn parse(vm: &Vm, args: &Args<'_>, name: &str) -> PyResult<Search> {
    let v = parse_keywords(vm, args, name, &["a", "x", "lo", "hi", "key"], 0, 4, 2)?;
    let a = v[0].clone().unwrap_or(Value::NONE);
    let x = v[1].clone().unwrap_or(Value::NONE);
    let ssize = |v: &Value| -> PyResult<i64> {
        let n = index(vm, v)?;
        i64::try_from(&n).map_err(|_| {
            crate::convert::overflow(vm, "Python int too large to convert to C ssize_t")
        })
    };
    let lo = match &v[2] {
        Some(l) => ssize(l)?,
        None => 0,
    };
    if lo < 0 {
        return Err(vm.value_error("lo must be non-negative"));
    }
    let hi = match &v[3] {
        Some(h) if !h.is_none() => ssize(h)?,
        _ => -1,
    };
    let hi = if hi == -1 { py_len(vm, &a)? } else { hi };
    Ok(Search {
        a,
        x,
        lo,
        hi,
        key: v[4].clone().unwrap_or(Value::NONE),
    })
}

/// The insertion point of `x` (already keyed) in `s.a[lo:hi]`: after equal items if `right`.
fn search(vm: &Vm, s: &Search, x: &Value, right: bool) -> PyResult<i64> {
    let (mut lo, mut hi) = (s.lo, s.hi);
    while lo < hi {
        let mid = ((lo as u64 + hi as u64) / 2) as i64;
        let mut item = vm.get_item(&s.a, &vm.new_int(mid))?;
        if !s.key.is_none() {
            item = vm.call(&s.key, std::slice::from_ref(&item), &[])?;
        }
        let go_left = if right {
            less(vm, x, &item)?
        } else {
            !less(vm, &item, x)?
        };
        if go_left {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    Ok(lo)
}

fn bisect(vm: &Vm, args: Args<'_>, name: &str, right: bool) -> PyResult<Value> {
    let s = parse(vm, &args, name)?;
    let i = search(vm, &s, &s.x, right)?;
    Ok(vm.new_int(i))
}

fn insort(vm: &Vm, args: Args<'_>, name: &str, right: bool) -> PyResult<Value> {
    let s = parse(vm, &args, name)?;
    let keyed = if s.key.is_none() {
        s.x.clone()
    } else {
        vm.call(&s.key, std::slice::from_ref(&s.x), &[])?
    };
    let i = search(vm, &s, &keyed, right)?;
    if vm.type_of(&s.a).is(&vm.types.list) {
        if let Some(l) = payload::<ListData>(&s.a) {
            let mut items = l.items.borrow_mut();
            let at = (i.max(0) as usize).min(items.len());
            items.insert(at, s.x.clone());
            return Ok(Value::NONE);
        }
    }
    vm.call_method(&s.a, "insert", &[vm.new_int(i), s.x.clone()])?;
    Ok(Value::NONE)
}

fn bisect_right(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    bisect(vm, args, "bisect_right", true)
}

fn bisect_left(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    bisect(vm, args, "bisect_left", false)
}

fn insort_right(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    insort(vm, args, "insort_right", true)
}

fn insort_left(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    insort(vm, args, "insort_left", false)
}
