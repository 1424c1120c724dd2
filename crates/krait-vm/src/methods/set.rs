//! Methods of `set` and `frozenset` and their iterator (CPython's Objects/setobject.c), with
//! CPython's argument rules and messages. The operators are also installed as `__or__`,
//! `__ior__`, `__eq__`, … so subclasses and explicit calls reach them.

use crate::error::PyResult;
use crate::heap;
use crate::native::{method_table, new_def, Args};
use crate::objects::set::{SetData, SetIterData};
use crate::protocols::payload;
use crate::slot::Slot;
use crate::value::Value;
use crate::vm::Vm;
use krait_bytecode::opcode::{Comparison, NbOp};
use std::cell::Cell;

method_table!(
    /// The methods `set` and `frozenset` share.
    COMMON,
    Method,
    {
    "copy" => copy, "($self, /)", "Return a shallow copy of a set.";
    "difference" => difference, "($self, /, *others)", "Return the difference of two or more sets as a new set.";
    "intersection" => intersection, "($self, /, *others)", "Return the intersection of two sets as a new set.";
    "isdisjoint" => isdisjoint, "($self, other, /)", "Return True if two sets have a null intersection.";
    "issubset" => issubset, "($self, other, /)", "Report whether another set contains this set.";
    "issuperset" => issuperset, "($self, other, /)", "Report whether this set contains another set.";
    "symmetric_difference" => symmetric_difference, "($self, other, /)", "Return the symmetric difference of two sets as a new set.";
    "union" => union, "($self, /, *others)", "Return the union of sets as a new set.";
    "__contains__" => dunder_contains, "($self, key, /)", "x.__contains__(y) <==> y in x.";
    "__len__" => dunder_len, "($self, /)", "Return len(self).";
    "__iter__" => dunder_iter, "($self, /)", "Implement iter(self).";
    "__repr__" => dunder_repr, "($self, /)", "Return repr(self).";
    "__eq__" => dunder_eq, "($self, value, /)", "Return self==value.";
    "__ne__" => dunder_ne, "($self, value, /)", "Return self!=value.";
    "__lt__" => dunder_lt, "($self, value, /)", "Return self<value.";
    "__le__" => dunder_le, "($self, value, /)", "Return self<=value.";
    "__gt__" => dunder_gt, "($self, value, /)", "Return self>value.";
    "__ge__" => dunder_ge, "($self, value, /)", "Return self>=value.";
    "__or__" => dunder_or, "($self, value, /)", "Return self|value.";
    "__ror__" => dunder_ror, "($self, value, /)", "Return value|self.";
    "__and__" => dunder_and, "($self, value, /)", "Return self&value.";
    "__rand__" => dunder_rand, "($self, value, /)", "Return value&self.";
    "__sub__" => dunder_sub, "($self, value, /)", "Return self-value.";
    "__rsub__" => dunder_rsub, "($self, value, /)", "Return value-self.";
    "__xor__" => dunder_xor, "($self, value, /)", "Return self^value.";
    "__rxor__" => dunder_rxor, "($self, value, /)", "Return value^self.";
    }
);

method_table!(
    /// The methods only `set` has.
    SET_ONLY,
    Method,
    {
    "add" => add, "($self, object, /)", "Add an element to a set.";
    "clear" => clear, "($self, /)", "Remove all elements from this set.";
    "discard" => discard, "($self, object, /)", "Remove an element from a set if it is a member.";
    "pop" => pop, "($self, /)", "Remove and return an arbitrary set element.";
    "remove" => remove, "($self, object, /)", "Remove an element from a set; it must be a member.";
    "update" => update, "($self, /, *others)", "Update a set with the union of itself and others.";
    "difference_update" => difference_update, "($self, /, *others)", "Remove all elements of another set from this set.";
    "intersection_update" => intersection_update, "($self, /, *others)", "Update a set with the intersection of itself and another.";
    "symmetric_difference_update" => symmetric_difference_update, "($self, other, /)", "Update a set with the symmetric difference of itself and another.";
    "__init__" => set_init, "($self, /, *args, **kwargs)", "Initialize self.";
    "__ior__" => dunder_ior, "($self, value, /)", "Return self|=value.";
    "__iand__" => dunder_iand, "($self, value, /)", "Return self&=value.";
    "__isub__" => dunder_isub, "($self, value, /)", "Return self-=value.";
    "__ixor__" => dunder_ixor, "($self, value, /)", "Return self^=value.";
    }
);

method_table!(
    /// The methods only `frozenset` has.
    FROZEN_ONLY,
    Method,
    {
    "__hash__" => dunder_hash, "($self, /)", "Return hash(self).";
    }
);

method_table!(
    /// The methods of `set_iterator`.
    ITER_METHODS,
    Method,
    {
    "__next__" => iter_next, "($self, /)", "Implement next(self).";
    "__iter__" => iter_iter, "($self, /)", "Implement iter(self).";
    "__length_hint__" => iter_length_hint, "($self, /)", "Private method returning an estimate of len(list(it)).";
    }
);

new_def!(
    SET_NEW,
    set_new,
    "(type, *args, **kwargs)",
    "Create and return a new object.  See help(type) for accurate signature."
);
new_def!(
    FROZENSET_NEW,
    frozenset_new,
    "(type, *args, **kwargs)",
    "Create and return a new object.  See help(type) for accurate signature."
);

/// Installs the tables into `set`, `frozenset` and `set_iterator`; `set.__hash__` is None.
pub fn install(vm: &Vm) {
    let t = &vm.types;
    crate::native::install_methods(vm, &t.set, COMMON);
    crate::native::install_methods(vm, &t.set, SET_ONLY);
    crate::native::install_methods(vm, &t.set, &SET_NEW);
    crate::native::install_methods(vm, &t.frozenset, COMMON);
    crate::native::install_methods(vm, &t.frozenset, FROZEN_ONLY);
    crate::native::install_methods(vm, &t.frozenset, &FROZENSET_NEW);
    crate::native::install_methods(vm, &t.set_iterator, ITER_METHODS);
    if let Some(td) = crate::vm::type_data(&t.set) {
        let _ = vm.dict_set_item(&td.dict(), vm.intern("__hash__"), Value::NONE);
        td.modified();
    }
}

/// "set" or "frozenset", for messages about a method of `s`'s type.
fn kind_name(vm: &Vm, s: &Value) -> &'static str {
    if vm.is_instance_of(s, &vm.types.set) {
        "set"
    } else {
        "frozenset"
    }
}

/// The receiver's payload (method descriptors have checked its type).
fn data<'a>(vm: &Vm, s: &'a Value) -> PyResult<&'a SetData> {
    payload::<SetData>(s).ok_or_else(|| vm.type_error("a set is required"))
}

/// `(self, arg)` of a one-argument method, with CPython's `METH_O` messages.
fn one<'a>(vm: &Vm, args: Args<'a>, name: &str) -> PyResult<(&'a Value, &'a Value)> {
    let pos = args.pos();
    let recv = pos
        .first()
        .ok_or_else(|| vm.type_error(&format!("{name}() needs an argument")))?;
    let full = format!("{}.{name}", kind_name(vm, recv));
    args.no_kwargs(vm, &full)?;
    if pos.len() != 2 {
        return Err(vm.type_error(&format!(
            "{full}() takes exactly one argument ({} given)",
            pos.len() - 1
        )));
    }
    Ok((&pos[0], &pos[1]))
}

/// `self` of a method without arguments, with CPython's `METH_NOARGS` message.
fn none<'a>(vm: &Vm, args: Args<'a>, name: &str) -> PyResult<&'a Value> {
    let pos = args.pos();
    let recv = pos
        .first()
        .ok_or_else(|| vm.type_error(&format!("{name}() needs an argument")))?;
    let full = format!("{}.{name}", kind_name(vm, recv));
    args.no_kwargs(vm, &full)?;
    if pos.len() != 1 {
        return Err(vm.type_error(&format!(
            "{full}() takes no arguments ({} given)",
            pos.len() - 1
        )));
    }
    Ok(recv)
}

/// `(self, others)` of a `*others` method.
fn varargs<'a>(vm: &Vm, args: Args<'a>, name: &str) -> PyResult<(&'a Value, &'a [Value])> {
    let pos = args.pos();
    let recv = pos
        .first()
        .ok_or_else(|| vm.type_error(&format!("{name}() needs an argument")))?;
    args.no_kwargs(vm, &format!("{}.{name}", kind_name(vm, recv)))?;
    Ok((recv, &pos[1..]))
}

fn set_new(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let cls = args.pos().first().cloned().unwrap_or(Value::NULL);
    if cls.is(&vm.types.set) {
        args.no_kwargs(vm, "set")?;
    }
    Ok(vm.new_set_of(&cls))
}

fn set_init(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let pos = args.pos();
    args.no_kwargs(vm, "set")?;
    let s = &pos[0];
    if pos.len() > 2 {
        return Err(vm.type_error(&format!(
            "{} expected at most 1 argument, got {}",
            vm.type_name(s),
            pos.len() - 1
        )));
    }
    let d = data(vm, s)?;
    if !d.is_empty() {
        d.clear();
    }
    if let Some(it) = pos.get(1) {
        vm.set_update(s, it)?;
    }
    Ok(Value::NONE)
}

fn frozenset_new(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let pos = args.pos();
    let cls = pos.first().cloned().unwrap_or(Value::NULL);
    args.no_kwargs(vm, "frozenset")?;
    if pos.len() > 2 {
        let name = crate::vm::type_data(&cls)
            .map(|t| t.name.borrow().clone())
            .unwrap_or_default();
        return Err(vm.type_error(&format!(
            "{name} expected at most 1 argument, got {}",
            pos.len() - 1
        )));
    }
    let exact = cls.is(&vm.types.frozenset);
    if let Some(it) = pos.get(1) {
        if exact && vm.type_of(it).is(&vm.types.frozenset) {
            return Ok(it.clone());
        }
    }
    let s = vm.new_set_of(&cls);
    if let Some(it) = pos.get(1) {
        vm.set_update(&s, it)?;
    }
    Ok(s)
}

fn copy(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let s = none(vm, args, "copy")?;
    if vm.type_of(s).is(&vm.types.frozenset) {
        return Ok(s.clone());
    }
    vm.set_copy(s)
}

fn difference(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, others) = varargs(vm, args, "difference")?;
    let Some((first, rest)) = others.split_first() else {
        return vm.set_copy(s);
    };
    let r = vm.set_difference(s, first)?;
    for o in rest {
        vm.set_difference_update(&r, o)?;
    }
    Ok(r)
}

fn intersection(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, others) = varargs(vm, args, "intersection")?;
    intersection_multi(vm, s, others)
}

fn intersection_multi(vm: &Vm, s: &Value, others: &[Value]) -> PyResult<Value> {
    if others.is_empty() {
        return vm.set_copy(s);
    }
    let mut r = s.clone();
    for o in others {
        r = vm.set_intersection(&r, o)?;
    }
    Ok(r)
}

/// `other` as a set payload, converting a non-set iterable into a temporary `set`.
fn as_set(vm: &Vm, other: &Value) -> PyResult<Value> {
    if payload::<SetData>(other).is_some() {
        return Ok(other.clone());
    }
    vm.new_set_from(other)
}

fn isdisjoint(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, o) = one(vm, args, "isdisjoint")?;
    Ok(Value::bool(vm.set_isdisjoint(s, o)?))
}

fn issubset(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, o) = one(vm, args, "issubset")?;
    let o = as_set(vm, o)?;
    Ok(Value::bool(vm.set_issubset(data(vm, s)?, data(vm, &o)?)?))
}

fn issuperset(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, o) = one(vm, args, "issuperset")?;
    let o = as_set(vm, o)?;
    Ok(Value::bool(vm.set_issubset(data(vm, &o)?, data(vm, s)?)?))
}

fn symmetric_difference(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, o) = one(vm, args, "symmetric_difference")?;
    vm.set_symmetric_difference(s, o)
}

fn union(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, others) = varargs(vm, args, "union")?;
    let r = vm.set_copy(s)?;
    for o in others {
        if !o.is(s) {
            vm.set_update(&r, o)?;
        }
    }
    Ok(r)
}

fn add(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, k) = one(vm, args, "add")?;
    vm.set_add(s, k.clone())?;
    Ok(Value::NONE)
}

fn clear(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let s = none(vm, args, "clear")?;
    data(vm, s)?.clear();
    Ok(Value::NONE)
}

fn discard(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, k) = one(vm, args, "discard")?;
    vm.set_discard(data(vm, s)?, k)?;
    Ok(Value::NONE)
}

fn pop(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let s = none(vm, args, "pop")?;
    data(vm, s)?
        .pop()
        .ok_or_else(|| vm.new_error(&vm.types.key_error, "pop from an empty set"))
}

fn remove(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, k) = one(vm, args, "remove")?;
    if !vm.set_discard(data(vm, s)?, k)? {
        return Err(vm.new_exception(&vm.types.key_error, vec![k.clone()]));
    }
    Ok(Value::NONE)
}

fn update(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, others) = varargs(vm, args, "update")?;
    for o in others {
        vm.set_update(s, o)?;
    }
    Ok(Value::NONE)
}

fn difference_update(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, others) = varargs(vm, args, "difference_update")?;
    for o in others {
        vm.set_difference_update(s, o)?;
    }
    Ok(Value::NONE)
}

fn intersection_update(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, others) = varargs(vm, args, "intersection_update")?;
    let r = intersection_multi(vm, s, others)?;
    data(vm, s)?.swap_bodies(data(vm, &r)?);
    Ok(Value::NONE)
}

fn symmetric_difference_update(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, o) = one(vm, args, "symmetric_difference_update")?;
    vm.set_symmetric_difference_update(s, o)?;
    Ok(Value::NONE)
}

fn dunder_contains(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, k) = one(vm, args, "__contains__")?;
    Ok(Value::bool(vm.set_contains(data(vm, s)?, k)?))
}

fn dunder_len(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let s = none(vm, args, "__len__")?;
    Ok(vm.new_int(data(vm, s)?.len() as i64))
}

fn dunder_iter(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let s = none(vm, args, "__iter__")?;
    Ok(vm.set_iter(s))
}

fn dunder_repr(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let s = none(vm, args, "__repr__")?;
    Ok(vm.new_str(&vm.set_repr(s, data(vm, s)?)?))
}

fn dunder_hash(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let s = none(vm, args, "__hash__")?;
    Ok(vm.new_int(vm.frozenset_hash(data(vm, s)?)))
}

macro_rules! compare_dunders {
    ($($name:ident => $op:ident,)*) => {$(
        fn $name(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
            let (s, o) = one(vm, args, stringify!($name))?;
            vm.set_richcompare(s, o, Comparison::$op)
        }
    )*};
}

compare_dunders! {
    dunder_eq => Eq,
    dunder_ne => Ne,
    dunder_lt => Lt,
    dunder_le => Le,
    dunder_gt => Gt,
    dunder_ge => Ge,
}

macro_rules! binary_dunders {
    ($($name:ident, $rname:ident => $op:ident,)*) => {$(
        fn $name(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
            let (s, o) = one(vm, args, stringify!($name))?;
            Ok(vm.set_binary_op(s, o, NbOp::$op)?.unwrap_or(Value::NOT_IMPLEMENTED))
        }
        fn $rname(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
            let (s, o) = one(vm, args, stringify!($rname))?;
            Ok(vm.set_binary_op(o, s, NbOp::$op)?.unwrap_or(Value::NOT_IMPLEMENTED))
        }
    )*};
}

binary_dunders! {
    dunder_or, dunder_ror => Or,
    dunder_and, dunder_rand => And,
    dunder_sub, dunder_rsub => Subtract,
    dunder_xor, dunder_rxor => Xor,
}

macro_rules! inplace_dunders {
    ($($name:ident => $op:ident,)*) => {$(
        fn $name(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
            let (s, o) = one(vm, args, stringify!($name))?;
            Ok(vm.set_binary_op(s, o, NbOp::$op)?.unwrap_or(Value::NOT_IMPLEMENTED))
        }
    )*};
}

inplace_dunders! {
    dunder_ior => InplaceOr,
    dunder_iand => InplaceAnd,
    dunder_isub => InplaceSubtract,
    dunder_ixor => InplaceXor,
}

impl Vm {
    /// `a OP b` when both are sets (`None` otherwise, for `NotImplemented`): `| & - ^` and their
    /// in-place forms, which update a mutable `a` and return it.
    pub fn set_binary_op(&self, a: &Value, b: &Value, op: NbOp) -> PyResult<Option<Value>> {
        if payload::<SetData>(a).is_none() || payload::<SetData>(b).is_none() {
            return Ok(None);
        }
        use NbOp::*;
        let inplace = matches!(op, InplaceOr | InplaceAnd | InplaceSubtract | InplaceXor)
            && self.is_mutable_set(a);
        if inplace {
            match op {
                InplaceOr => self.set_update(a, b)?,
                InplaceAnd => {
                    let r = self.set_intersection(a, b)?;
                    if let (Some(x), Some(y)) = (payload::<SetData>(a), payload::<SetData>(&r)) {
                        x.swap_bodies(y);
                    }
                }
                InplaceSubtract => self.set_difference_update(a, b)?,
                _ => self.set_symmetric_difference_update(a, b)?,
            }
            return Ok(Some(a.clone()));
        }
        Ok(Some(match op {
            Or | InplaceOr => self.set_union(a, b)?,
            And | InplaceAnd => self.set_intersection(a, b)?,
            Subtract | InplaceSubtract => self.set_difference(a, b)?,
            Xor | InplaceXor => self.set_symmetric_difference(a, b)?,
            _ => return Ok(None),
        }))
    }

    /// A `set_iterator` over `s`.
    pub fn set_iter(&self, s: &Value) -> Value {
        let used = payload::<SetData>(s).map_or(0, SetData::len);
        let it = SetIterData {
            set: Slot::new(s.clone()),
            pos: Cell::new(0),
            used: Cell::new(used as isize),
            left: Cell::new(used),
        };
        heap::alloc(self.types.set_iterator.to_obj(), it).into_value()
    }

    /// The next element of a set iterator, `None` at the end; "Set changed size during
    /// iteration" if the set's size changed since the iterator was made.
    pub fn set_iter_next(&self, it: &SetIterData) -> PyResult<Option<Value>> {
        let s = it.set.get();
        let Some(d) = payload::<SetData>(&s) else {
            return Ok(None);
        };
        if it.used.get() != d.len() as isize {
            it.used.set(-1);
            return Err(self.new_error(
                &self.types.runtime_error,
                "Set changed size during iteration",
            ));
        }
        match d.next_key(it.pos.get()) {
            Some((pos, k)) => {
                it.pos.set(pos);
                it.left.set(it.left.get().saturating_sub(1));
                Ok(Some(k))
            }
            None => {
                it.set.set(Value::NULL);
                it.left.set(0);
                Ok(None)
            }
        }
    }
}

fn iter_next(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let [it] = args.positional_range(vm, "__next__", 1, 1)? else {
        unreachable!("checked")
    };
    let d = payload::<SetIterData>(it).ok_or_else(|| vm.type_error("not a set_iterator"))?;
    match vm.set_iter_next(d)? {
        Some(v) => Ok(v),
        None => Err(vm.new_exception(&vm.types.stop_iteration, vec![])),
    }
}

fn iter_iter(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let [it] = args.positional_range(vm, "__iter__", 1, 1)? else {
        unreachable!("checked")
    };
    Ok(it.clone())
}

fn iter_length_hint(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let [it] = args.positional_range(vm, "__length_hint__", 1, 1)? else {
        unreachable!("checked")
    };
    let d = payload::<SetIterData>(it).ok_or_else(|| vm.type_error("not a set_iterator"))?;
    let alive = payload::<SetData>(&d.set.get()).is_some_and(|s| d.used.get() == s.len() as isize);
    Ok(vm.new_int(if alive { d.left.get() as i64 } else { 0 }))
}
