//! Methods of `list` (CPython's Objects/listobject.c), with its error messages.

use crate::error::{PyErr, PyResult};
use crate::native::method_table;
use crate::native::Args;
use crate::objects::list::ListData;
use crate::protocols::payload;
use crate::value::Value;
use crate::vm::Vm;
use krait_bytecode::opcode::Comparison;

method_table!(
    /// The methods of `list`.
    METHODS,
    Method,
    {
    "append" => append, "($self, object, /)", "Append object to the end of the list.";
    "pop" => pop, "($self, index=-1, /)", "Remove and return item at index (default last).";
    "extend" => extend, "($self, iterable, /)", "Extend list by appending elements from the iterable.";
    "insert" => insert, "($self, index, object, /)", "Insert object before index.";
    "remove" => remove, "($self, value, /)", "Remove first occurrence of value.";
    "index" => index, "($self, value, start=0, stop=sys.maxsize, /)", "Return first index of value.";
    "count" => count, "($self, value, /)", "Return number of occurrences of value.";
    "reverse" => reverse, "($self, /)", "Reverse *IN PLACE*.";
    "sort" => sort, "($self, /, *, key=None, reverse=False)", "Sort the list in ascending order and return None.";
    "copy" => copy, "($self, /)", "Return a shallow copy of the list.";
    "clear" => clear, "($self, /)", "Remove all items from list.";
    }
);

fn this<'a>(vm: &Vm, args: &Args<'a>) -> PyResult<&'a ListData> {
    args.values
        .first()
        .and_then(payload::<ListData>)
        .ok_or_else(|| vm.type_error("descriptor requires a 'list' object"))
}

fn int_arg(vm: &Vm, v: &Value) -> PyResult<i64> {
    v.as_small_int().ok_or_else(|| {
        vm.type_error(&format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(v)
        ))
    })
}

fn append(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let [_, x] = args
        .positional_range(vm, "list.append", 2, 2)
        .map_err(|_| {
            vm.type_error(&format!(
                "list.append() takes exactly one argument ({} given)",
                args.values.len().saturating_sub(1)
            ))
        })?
    else {
        unreachable!("checked")
    };
    this(vm, &args)?.push(x.clone());
    Ok(Value::NONE)
}

fn pop(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_range(vm, "pop", 1, 2)?;
    let l = this(vm, &args)?;
    let len = l.len() as i64;
    if len == 0 {
        return Err(vm.new_error(&vm.types.index_error, "pop from empty list"));
    }
    let i = match a.get(1) {
        Some(v) => int_arg(vm, v)?,
        None => -1,
    };
    let j = if i < 0 { i + len } else { i };
    if !(0..len).contains(&j) {
        return Err(vm.new_error(&vm.types.index_error, "pop index out of range"));
    }
    Ok(l.items.borrow_mut().remove(j as usize))
}

pub(crate) fn extend(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let [_, it] = args.positional_range(vm, "list.extend", 2, 2)? else {
        unreachable!("checked")
    };
    let items = vm.collect_iterable(it)?;
    this(vm, &args)?.items.borrow_mut().extend(items);
    Ok(Value::NONE)
}

fn insert(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let [_, i, x] = args.positional_range(vm, "insert", 3, 3)? else {
        unreachable!("checked")
    };
    let l = this(vm, &args)?;
    let len = l.len() as i64;
    let i = int_arg(vm, i)?;
    let j = if i < 0 { (i + len).max(0) } else { i.min(len) };
    l.items.borrow_mut().insert(j as usize, x.clone());
    Ok(Value::NONE)
}

/// The index of the first item equal to `x` in `lo..hi`, comparing outside any borrow.
fn find(vm: &Vm, l: &ListData, x: &Value, lo: usize, hi: usize) -> PyResult<Option<usize>> {
    let mut i = lo;
    while i < hi.min(l.len()) {
        let Some(item) = l.get(i) else { break };
        if vm.eq(&item, x)? {
            return Ok(Some(i));
        }
        i += 1;
    }
    Ok(None)
}

fn remove(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let [_, x] = args.positional_range(vm, "list.remove", 2, 2)? else {
        unreachable!("checked")
    };
    let l = this(vm, &args)?;
    match find(vm, l, x, 0, usize::MAX)? {
        Some(i) => {
            let old = l.items.borrow_mut().remove(i);
            drop(old);
            Ok(Value::NONE)
        }
        None => Err(vm.value_error("list.remove(x): x not in list")),
    }
}

fn index(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_range(vm, "index", 2, 4)?;
    let l = this(vm, &args)?;
    let len = l.len() as i64;
    let norm = |v: Option<&Value>, default: i64| -> PyResult<usize> {
        let i = match v {
            Some(v) => int_arg(vm, v)?,
            None => default,
        };
        Ok(if i < 0 { (i + len).max(0) } else { i.min(len) } as usize)
    };
    let (lo, hi) = (norm(a.get(2), 0)?, norm(a.get(3), len)?);
    match find(vm, l, &a[1], lo, hi)? {
        Some(i) => Ok(vm.new_int(i as i64)),
        None => Err(vm.value_error(&format!("{} is not in list", vm.repr_string(&a[1])?))),
    }
}

fn count(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let [_, x] = args.positional_range(vm, "list.count", 2, 2)? else {
        unreachable!("checked")
    };
    let mut n = 0;
    for item in this(vm, &args)?.to_vec() {
        if vm.eq(&item, x)? {
            n += 1;
        }
    }
    Ok(vm.new_int(n))
}

fn reverse(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    args.positional_range(vm, "reverse", 1, 1)?;
    this(vm, &args)?.items.borrow_mut().reverse();
    Ok(Value::NONE)
}

fn copy(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    args.positional_range(vm, "copy", 1, 1)?;
    Ok(vm.new_list(this(vm, &args)?.to_vec()))
}

fn clear(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    args.positional_range(vm, "clear", 1, 1)?;
    let old = std::mem::take(&mut *this(vm, &args)?.items.borrow_mut());
    crate::heap::drop_in_reverse(old);
    Ok(Value::NONE)
}

/// `list.sort(*, key=None, reverse=False)`: a stable merge sort (results equal to CPython's
/// Timsort for any consistent order). Comparison errors stop the sort and leave the list
/// holding its items in some order, as CPython; mutation during the sort raises ValueError.
pub fn sort(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let l = this(vm, &args)?;
    if args.pos().len() > 1 {
        return Err(vm.type_error("sort() takes no positional arguments"));
    }
    let (mut key, mut reverse) = (None, false);
    for (k, v) in args.kwargs() {
        match vm.str_of(k).as_str() {
            "key" if !v.is_none() => key = Some(v.clone()),
            "key" => {}
            "reverse" => reverse = vm.is_true(v)?,
            other => {
                return Err(vm.type_error(&format!(
                    "'{other}' is an invalid keyword argument for sort()"
                )))
            }
        }
    }
    // Take the items out, as CPython empties the list while sorting.
    let items = std::mem::take(&mut *l.items.borrow_mut());
    let keys = match &key {
        Some(f) => {
            let mut ks = Vec::with_capacity(items.len());
            for it in &items {
                match vm.call(f, std::slice::from_ref(it), &[]) {
                    Ok(k) => ks.push(k),
                    Err(e) => {
                        *l.items.borrow_mut() = items;
                        return Err(e);
                    }
                }
            }
            ks
        }
        None => items.clone(),
    };
    // As CPython: reverse, sort stably, reverse again, so equal items keep their order.
    let mut order: Vec<usize> = (0..items.len()).collect();
    if reverse {
        order.reverse();
    }
    let mut error: Option<PyErr> = None;
    let mut lt = |a: usize, b: usize| -> bool {
        if error.is_some() {
            return false;
        }
        match vm
            .rich_compare(&keys[a], &keys[b], Comparison::Lt)
            .and_then(|r| vm.is_true(&r))
        {
            Ok(r) => r,
            Err(e) => {
                error = Some(e);
                false
            }
        }
    };
    merge_sort(&mut order, &mut lt);
    if reverse {
        order.reverse();
    }
    let modified = !l.items.borrow().is_empty();
    let sorted: Vec<Value> = order.iter().map(|&i| items[i].clone()).collect();
    *l.items.borrow_mut() = if error.is_some() { items } else { sorted };
    if let Some(e) = error {
        return Err(e);
    }
    if modified {
        return Err(vm.value_error("list modified during sort"));
    }
    Ok(Value::NONE)
}

/// A stable merge sort that only asks "is `a` less than `b`?" (as CPython's sort only uses `<`).
fn merge_sort(v: &mut [usize], lt: &mut dyn FnMut(usize, usize) -> bool) {
    if v.len() <= 1 {
        return;
    }
    if v.len() <= 16 {
        // Binary insertion sort for short runs: stable, few comparisons.
        for i in 1..v.len() {
            let x = v[i];
            let (mut lo, mut hi) = (0, i);
            while lo < hi {
                let mid = (lo + hi) / 2;
                if lt(x, v[mid]) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            v.copy_within(lo..i, lo + 1);
            v[lo] = x;
        }
        return;
    }
    let mid = v.len() / 2;
    merge_sort(&mut v[..mid], lt);
    merge_sort(&mut v[mid..], lt);
    let (left, right) = (v[..mid].to_vec(), v[mid..].to_vec());
    let (mut i, mut j) = (0, 0);
    for slot in v.iter_mut() {
        let take_right = j < right.len() && (i >= left.len() || lt(right[j], left[i]));
        *slot = if take_right {
            j += 1;
            right[j - 1]
        } else {
            i += 1;
            left[i - 1]
        };
    }
}
