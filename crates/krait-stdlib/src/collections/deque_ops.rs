//! The read-side and operator methods of `collections.deque`: length, indexing and item
//! assignment, searching (`in`, `index`, `count`, which report a deque mutated by a comparison),
//! copying, `repr` (recursion-safe, as `Py_ReprEnter`), rich comparison, `+`, `*`, `+=`, `*=`,
//! iteration, pickling through `__reduce__`, and `maxlen`.

use super::deque::{extend_right, me, me_and_one, no_args, rest, Deque};
use super::deque_iter::new_iter;
use crate::native_type::{alloc, state};
use krait_bytecode::opcode::Comparison;
use krait_vm::native::Args;
use krait_vm::protocols::convert::int_value;
use krait_vm::{method_table, PyErr, PyResult, Value, Vm};
use num_traits::ToPrimitive;
use std::cell::RefCell;

method_table!(
    /// The non-mutating methods and operators of `deque`.
    METHODS,
    Method,
    {
    "__len__" => deque_len, "($self, /)", "Return len(self).";
    "__getitem__" => getitem, "($self, key, /)", "Return self[key].";
    "__setitem__" => setitem, "($self, key, value, /)", "Set self[key] to value.";
    "__delitem__" => delitem, "($self, key, /)", "Delete self[key].";
    "__contains__" => contains, "($self, key, /)", "Return key in self.";
    "index" => index, "($self, value, [start, [stop]])", "D.index(value, [start, [stop]]) -- return first index of value.\nRaises ValueError if the value is not present.";
    "count" => count, "($self, value, /)", "D.count(value) -- return number of occurrences of value";
    "copy" => copy, "($self, /)", "Return a shallow copy of a deque.";
    "__copy__" => copy, "($self, /)", "Return a shallow copy of a deque.";
    "__repr__" => repr, "($self, /)", "Return repr(self).";
    "__lt__" => lt, "($self, value, /)", "Return self<value.";
    "__le__" => le, "($self, value, /)", "Return self<=value.";
    "__eq__" => eq, "($self, value, /)", "Return self==value.";
    "__ne__" => ne, "($self, value, /)", "Return self!=value.";
    "__gt__" => gt, "($self, value, /)", "Return self>value.";
    "__ge__" => ge, "($self, value, /)", "Return self>=value.";
    "__add__" => add, "($self, value, /)", "Return self+value.";
    "__mul__" => mul, "($self, value, /)", "Return self*value.";
    "__rmul__" => mul, "($self, value, /)", "Return value*self.";
    "__iadd__" => iadd, "($self, value, /)", "Implement self+=value.";
    "__imul__" => imul, "($self, value, /)", "Implement self*=value.";
    "__iter__" => iter, "($self, /)", "Implement iter(self).";
    "__reversed__" => reversed, "($self, /)", "D.__reversed__() -- return a reverse iterator over the deque";
    "__reduce__" => reduce, "($self, /)", "Return state information for pickling.";
    }
);

method_table!(
    /// `deque.__class_getitem__`.
    CLASS_METHODS,
    Class,
    {
    "__class_getitem__" => class_getitem, "($cls, item, /)", "See PEP 585";
    }
);

method_table!(
    /// The attributes of `deque`.
    GETTERS,
    Static,
    {
    "maxlen" => maxlen, "($self, /)", "maximum size of a deque or None if unbounded";
    }
);

fn deque_len(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(vm.new_int(me(vm, &args)?.1.len() as i64))
}

/// The two arguments of a binary slot method (`self`, other).
fn binary<'a>(vm: &Vm, args: &Args<'a>) -> PyResult<(&'a Value, &'a Deque, &'a Value)> {
    let (v, d) = me(vm, args)?;
    let a = args.positional_range(vm, "", 2, 2)?;
    Ok((v, d, &a[1]))
}

/// A sequence index (`PySequence_GetItem`'s rules): an int or `__index__`, negative counting
/// from the end; `IndexError("deque index out of range")` outside.
fn seq_index(vm: &Vm, key: &Value, len: usize) -> PyResult<usize> {
    if int_value(key).is_none() && vm.lookup_special(key, "__index__")?.is_none() {
        return Err(vm.type_error(&format!(
            "sequence index must be integer, not '{}'",
            vm.type_name(key)
        )));
    }
    let n = crate::convert::index(vm, key)?;
    let Some(mut i) = n.to_i64() else {
        return Err(vm.new_error(
            &vm.types.index_error,
            &format!(
                "cannot fit '{}' into an index-sized integer",
                vm.type_name(key)
            ),
        ));
    };
    if i < 0 {
        i += len as i64;
    }
    if i < 0 || i >= len as i64 {
        return Err(vm.new_error(&vm.types.index_error, "deque index out of range"));
    }
    Ok(i as usize)
}

fn getitem(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, d, key) = binary(vm, &args)?;
    let i = seq_index(vm, key, d.len())?;
    d.get(i)
        .ok_or_else(|| vm.new_error(&vm.types.index_error, "deque index out of range"))
}

fn setitem(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, d) = me(vm, &args)?;
    let a = args.positional_range(vm, "", 3, 3)?;
    let i = seq_index(vm, &a[1], d.len())?;
    let old = d
        .items
        .borrow_mut()
        .get_mut(i)
        .map(|slot| std::mem::replace(slot, a[2].clone()));
    drop(old);
    Ok(Value::NONE)
}

fn delitem(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, d, key) = binary(vm, &args)?;
    let i = seq_index(vm, key, d.len())?;
    let old = d.items.borrow_mut().remove(i);
    d.bump();
    drop(old);
    Ok(Value::NONE)
}

fn mutated(vm: &Vm) -> PyErr {
    vm.new_error(&vm.types.runtime_error, "deque mutated during iteration")
}

/// The first index in `start..stop` whose item equals `x`, checking after each comparison that
/// the deque did not change.
fn find(vm: &Vm, d: &Deque, x: &Value, start: usize, stop: usize) -> PyResult<Option<usize>> {
    let state = d.state.get();
    for i in start..stop {
        let Some(item) = d.get(i) else { break };
        let equal = vm.eq(&item, x)?;
        if d.state.get() != state {
            return Err(mutated(vm));
        }
        if equal {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

fn contains(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, d, x) = binary(vm, &args)?;
    Ok(Value::bool(find(vm, d, x, 0, d.len())?.is_some()))
}

/// `_PyEval_SliceIndexNotNone` of an `index` bound, adjusted to `0..=len`.
fn slice_bound(vm: &Vm, v: &Value, len: usize) -> PyResult<usize> {
    if int_value(v).is_none() && vm.lookup_special(v, "__index__")?.is_none() {
        return Err(vm.type_error("slice indices must be integers or have an __index__ method"));
    }
    let n = crate::convert::index(vm, v)?;
    let i = n
        .to_i64()
        .unwrap_or(if n.sign() == num_bigint::Sign::Minus {
            i64::MIN
        } else {
            i64::MAX
        });
    let len = len as i64;
    Ok(if i < 0 { (i + len).max(0) } else { i.min(len) } as usize)
}

fn index(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, d) = me(vm, &args)?;
    args.no_kwargs(vm, "deque.index")?;
    let a = &args.pos()[1..];
    if a.is_empty() || a.len() > 3 {
        return Err(vm.type_error(&format!(
            "index() takes at {} ({} given)",
            if a.is_empty() {
                "least 1 argument"
            } else {
                "most 3 arguments"
            },
            a.len()
        )));
    }
    let len = d.len();
    let start = match a.get(1) {
        Some(v) => slice_bound(vm, v, len)?,
        None => 0,
    };
    let stop = match a.get(2) {
        Some(v) => slice_bound(vm, v, len)?,
        None => len,
    };
    match find(vm, d, &a[0], start, stop.max(start))? {
        Some(i) => Ok(vm.new_int(i as i64)),
        None => Err(vm.value_error(&format!("{} is not in deque", vm.repr_string(&a[0])?))),
    }
}

fn count(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (d, x) = me_and_one(vm, &args, "count")?;
    let state = d.state.get();
    let mut n = 0;
    for i in 0..d.len() {
        let Some(item) = d.get(i) else { break };
        let equal = vm.eq(&item, x)?;
        if d.state.get() != state {
            return Err(mutated(vm));
        }
        n += usize::from(equal);
    }
    Ok(vm.new_int(n as i64))
}

/// A copy of the deque `v` (CPython's `deque_copy`: for a subclass, `type(v)(v, maxlen)`).
pub(crate) fn copy_of(vm: &Vm, v: &Value, d: &Deque) -> PyResult<Value> {
    let ty = vm.type_of(v);
    let exact = crate::native_type::module_type(vm, "_collections", "deque")?;
    if ty.is(&exact) {
        let new = Deque::new();
        new.maxlen.set(d.maxlen.get());
        *new.items.borrow_mut() = d.items.borrow().clone();
        return Ok(alloc(&ty, new));
    }
    match d.maxlen.get() {
        None => vm.call(&ty, std::slice::from_ref(v), &[]),
        Some(m) => vm.call(&ty, &[v.clone(), vm.new_int(m as i64)], &[]),
    }
}

fn copy(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    no_args(vm, &args, "copy")?;
    let (v, d) = me(vm, &args)?;
    copy_of(vm, v, d)
}

thread_local! {
    /// The deques whose `repr` is being built (CPython's `Py_ReprEnter` list).
    static REPR_STACK: RefCell<Vec<u64>> = const { RefCell::new(Vec::new()) };
}

fn repr(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    no_args(vm, &args, "__repr__")?;
    let (v, d) = me(vm, &args)?;
    let id = vm.id_of(v);
    if REPR_STACK.with(|s| s.borrow().contains(&id)) {
        return Ok(vm.new_str("[...]"));
    }
    REPR_STACK.with(|s| s.borrow_mut().push(id));
    let list = vm.new_list(d.snapshot());
    let inner = vm.repr_string(&list);
    REPR_STACK.with(|s| {
        let mut s = s.borrow_mut();
        if let Some(p) = s.iter().rposition(|&x| x == id) {
            s.remove(p);
        }
    });
    let name = crate::native_type::short_type_name(vm, v);
    Ok(vm.new_str(&match d.maxlen.get() {
        Some(m) => format!("{name}({}, maxlen={m})", inner?),
        None => format!("{name}({})", inner?),
    }))
}

/// CPython's `deque_richcompare`.
fn compare(vm: &Vm, args: Args<'_>, op: Comparison) -> PyResult<Value> {
    let (_, d, other) = binary(vm, &args)?;
    let Some(o) = state::<Deque>(other) else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    let (n1, n2) = (d.len(), o.len());
    if n1 != n2 && matches!(op, Comparison::Eq | Comparison::Ne) {
        return Ok(Value::bool(op == Comparison::Ne));
    }
    let (s1, s2) = (d.state.get(), o.state.get());
    let mut i = 0;
    let (more1, more2) = loop {
        let (x, y) = (d.get(i), o.get(i));
        let (Some(x), Some(y)) = (x.as_ref(), y.as_ref()) else {
            break (x.is_some(), y.is_some());
        };
        let equal = vm.eq(x, y)?;
        if d.state.get() != s1 || o.state.get() != s2 {
            return Err(mutated(vm));
        }
        if !equal {
            return match op {
                Comparison::Eq => Ok(Value::FALSE),
                Comparison::Ne => Ok(Value::TRUE),
                _ => vm.rich_compare(x, y, op),
            };
        }
        i += 1;
    };
    let ord = more1.cmp(&more2);
    Ok(Value::bool(match op {
        Comparison::Lt => ord.is_lt(),
        Comparison::Le => ord.is_le(),
        Comparison::Eq => ord.is_eq(),
        Comparison::Ne => ord.is_ne(),
        Comparison::Gt => ord.is_gt(),
        Comparison::Ge => ord.is_ge(),
    }))
}

fn lt(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    compare(vm, args, Comparison::Lt)
}

fn le(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    compare(vm, args, Comparison::Le)
}

fn eq(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    compare(vm, args, Comparison::Eq)
}

fn ne(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    compare(vm, args, Comparison::Ne)
}

fn gt(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    compare(vm, args, Comparison::Gt)
}

fn ge(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    compare(vm, args, Comparison::Ge)
}

fn add(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (v, d, other) = binary(vm, &args)?;
    if state::<Deque>(other).is_none() {
        // A reflected operand gets its chance first, as with CPython's nb_add before sq_concat.
        if vm.lookup_special(other, "__radd__")?.is_some() {
            return Ok(Value::NOT_IMPLEMENTED);
        }
        return Err(vm.type_error(&format!(
            "can only concatenate deque (not \"{}\") to deque",
            vm.type_name(other)
        )));
    }
    let new = copy_of(vm, v, d)?;
    if let Some(nd) = state::<Deque>(&new) {
        extend_right(vm, &new, nd, other)?;
    }
    Ok(new)
}

/// The repeat count of `*`: an int (or `__index__`), else CPython's "can't multiply" message.
fn repeat_count(vm: &Vm, n: &Value) -> PyResult<i64> {
    if int_value(n).is_none() && vm.lookup_special(n, "__index__")?.is_none() {
        return Err(vm.type_error(&format!(
            "can't multiply sequence by non-int of type '{}'",
            vm.type_name(n)
        )));
    }
    let big = crate::convert::index(vm, n)?;
    big.to_i64().ok_or_else(|| {
        crate::convert::overflow(
            vm,
            &format!(
                "cannot fit '{}' into an index-sized integer",
                vm.type_name(n)
            ),
        )
    })
}

/// Repeats the deque in place `n` times (CPython's `deque_inplace_repeat`).
fn repeat_in_place(vm: &Vm, d: &Deque, n: i64) -> PyResult<()> {
    let size = d.len();
    if n <= 0 || size == 0 {
        if size > 0 {
            d.clear_items();
        }
        return Ok(());
    }
    let mut n = n as u64;
    if let Some(m) = d.maxlen.get() {
        if n.saturating_mul(size as u64) > m as u64 {
            n = (m as u64).div_ceil(size as u64);
        }
    }
    if n <= 1 {
        return Ok(());
    }
    if d.maxlen.get().is_none()
        && (size as u64)
            .checked_mul(n)
            .is_none_or(|t| t > isize::MAX as u64 / 8)
    {
        return Err(vm.new_exception(&vm.types.memory_error, Vec::new()));
    }
    let items = d.snapshot();
    for _ in 1..n {
        for x in &items {
            d.push_back(x.clone());
        }
    }
    Ok(())
}

fn mul(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (v, d, n) = binary(vm, &args)?;
    let n = repeat_count(vm, n)?;
    let new = copy_of(vm, v, d)?;
    if let Some(nd) = state::<Deque>(&new) {
        repeat_in_place(vm, nd, n)?;
    }
    Ok(new)
}

fn iadd(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (v, d, other) = binary(vm, &args)?;
    extend_right(vm, v, d, other)?;
    Ok(v.clone())
}

fn imul(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (v, d, n) = binary(vm, &args)?;
    let n = repeat_count(vm, n)?;
    repeat_in_place(vm, d, n)?;
    Ok(v.clone())
}

fn iter(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (v, _) = me(vm, &args)?;
    new_iter(vm, v, false, 0)
}

fn reversed(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    no_args(vm, &args, "__reversed__")?;
    let (v, _) = me(vm, &args)?;
    new_iter(vm, v, true, 0)
}

fn reduce(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    no_args(vm, &args, "__reduce__")?;
    let (v, d) = me(vm, &args)?;
    let state = match vm.get_attr_opt(v, "__dict__")? {
        Some(dict) if vm.is_true(&dict)? => dict,
        _ => Value::NONE,
    };
    let it = new_iter(vm, v, false, 0)?;
    let ctor_args = match d.maxlen.get() {
        None => vm.new_tuple(Vec::new()),
        Some(m) => vm.new_tuple(vec![vm.new_tuple(Vec::new()), vm.new_int(m as i64)]),
    };
    Ok(vm.new_tuple(vec![vm.type_of(v), ctor_args, state, it]))
}

fn class_getitem(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    crate::convert::one_arg(vm, &rest(&args), "deque.__class_getitem__")?;
    Err(vm.not_implemented("types.GenericAlias (deque[...])"))
}

fn maxlen(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, d) = me(vm, &args)?;
    Ok(match d.maxlen.get() {
        Some(m) => vm.new_int(m as i64),
        None => Value::NONE,
    })
}
