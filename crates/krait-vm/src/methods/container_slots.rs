//! The special methods of the built-in containers, iterators and callables as slot wrappers
//! (`list.__len__`, `dict.__setitem__`, `tuple.__add__`, `range.__eq__`, `type.__call__`,
//! `function.__get__`, `list_iterator.__next__`, …). Each implements the built-in behaviour on
//! the object's own payload, never through the protocols' special-method fallbacks (which would
//! find the wrapper again).

use crate::error::PyResult;
use crate::native::{install_methods, method_table, Args};
use crate::objects::dict::DictData;
use crate::objects::list::ListData;
use crate::objects::range::RangeData;
use crate::objects::tuple::TupleData;
use crate::protocols::convert::{index_value, int_value};
use crate::protocols::payload;
use crate::value::Value;
use crate::vm::Vm;
use krait_bytecode::opcode::Comparison;
use num_traits::ToPrimitive;

/// Declares one slot function per `(name => body)` row, each a `fn(&Vm, Args)`.
macro_rules! slot_fns {
    ($( $f:ident => |$vm:ident, $a:ident| $body:expr; )*) => {
        $( fn $f($vm: &Vm, $a: Args<'_>) -> PyResult<Value> { let $a = $a.values; $body } )*
    };
}

/// The six comparison slots of a sequence type: `NotImplemented` unless both are instances of
/// `$ty`, else the built-in lexicographic comparison.
macro_rules! seq_compare {
    ($ty:ident: $( $f:ident => $op:ident; )*) => {
        slot_fns! { $( $f => |vm, a| same_type_compare(vm, a, &vm.types.$ty, Comparison::$op); )* }
    };
}

fn same_type_compare(vm: &Vm, a: &[Value], ty: &Value, op: Comparison) -> PyResult<Value> {
    if !vm.is_instance_of(&a[1], ty) {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    vm.rich_compare_base(&a[0], &a[1], op)
}

seq_compare! { list:
    list_lt => Lt; list_le => Le; list_eq => Eq; list_ne => Ne; list_gt => Gt; list_ge => Ge;
}
seq_compare! { tuple:
    tuple_lt => Lt; tuple_le => Le; tuple_eq => Eq; tuple_ne => Ne; tuple_gt => Gt; tuple_ge => Ge;
}
seq_compare! { str:
    str_lt => Lt; str_le => Le; str_eq => Eq; str_ne => Ne; str_gt => Gt; str_ge => Ge;
}

/// The number of repetitions for `seq * n`, or `None` when `n` is not an integer (the operator
/// then tries the other operand and reports CPython's "can't multiply sequence by non-int").
fn repeat_count(vm: &Vm, n: &Value) -> PyResult<Option<usize>> {
    if n.is_float()
        || crate::protocols::convert::float_value(n).is_some()
        || (int_value(n).is_none() && vm.lookup_special(n, "__index__")?.is_none())
    {
        return Ok(None);
    }
    let k = index_value(vm, n)?;
    Ok(Some(k.to_usize().unwrap_or(
        if k.sign() == num_bigint::Sign::Minus {
            0
        } else {
            usize::MAX
        },
    )))
}

/// `items * n`, or `None` when `n` is not an integer.
fn repeat(vm: &Vm, items: &[Value], n: &Value) -> PyResult<Option<Vec<Value>>> {
    let Some(k) = repeat_count(vm, n)? else {
        return Ok(None);
    };
    if k > 0 && items.len().saturating_mul(k) > isize::MAX as usize / 16 {
        return Err(vm.new_error(&vm.types.memory_error, ""));
    }
    let mut out = Vec::with_capacity(items.len() * k);
    for _ in 0..k {
        out.extend_from_slice(items);
    }
    Ok(Some(out))
}

fn list_items(v: &Value) -> Vec<Value> {
    payload::<ListData>(v)
        .map(ListData::to_vec)
        .unwrap_or_default()
}

fn tuple_items(v: &Value) -> Vec<Value> {
    payload::<TupleData>(v)
        .map(|t| t.items().to_vec())
        .unwrap_or_default()
}

slot_fns! {
    list_len => |vm, a| Ok(vm.new_int(payload::<ListData>(&a[0]).map_or(0, ListData::len) as i64));
    list_getitem => |vm, a| vm.get_item_base(&a[0], &a[1]);
    list_setitem => |vm, a| { vm.set_item_base(&a[0], a[1].clone(), a[2].clone())?; Ok(Value::NONE) };
    list_delitem => |vm, a| {
        if let Some(l) = payload::<ListData>(&a[0]) { vm.list_del_item(l, &a[1])?; }
        Ok(Value::NONE)
    };
    seq_contains => |vm, a| Ok(Value::bool(vm.contains_base(&a[0], &a[1])?));
    seq_iter => |vm, a| vm.get_iter_base(&a[0]);
    seq_repr => |vm, a| Ok(vm.new_str(&vm.repr_base(&a[0])?));
    seq_hash => |vm, a| Ok(vm.new_int(vm.hash_base(&a[0])?));
    list_add => |vm, a| {
        if payload::<ListData>(&a[1]).is_none() {
            return Ok(Value::NOT_IMPLEMENTED);
        }
        let mut items = list_items(&a[0]);
        items.extend(list_items(&a[1]));
        Ok(vm.new_list(items))
    };
    list_mul => |vm, a| Ok(match repeat(vm, &list_items(&a[0]), &a[1])? {
        Some(items) => vm.new_list(items),
        None => Value::NOT_IMPLEMENTED,
    });
    list_iadd => |vm, a| {
        crate::methods::list::extend(vm, Args::positional(a))?;
        Ok(a[0].clone())
    };
    list_imul => |vm, a| {
        let Some(items) = repeat(vm, &list_items(&a[0]), &a[1])? else {
            return Ok(Value::NOT_IMPLEMENTED);
        };
        if let Some(l) = payload::<ListData>(&a[0]) {
            let old = std::mem::replace(&mut *l.items.borrow_mut(), items);
            drop(old);
        }
        Ok(a[0].clone())
    };
    tuple_len => |vm, a| Ok(vm.new_int(tuple_items(&a[0]).len() as i64));
    tuple_getitem => |vm, a| vm.get_item_base(&a[0], &a[1]);
    tuple_add => |vm, a| {
        if payload::<TupleData>(&a[1]).is_none() {
            return Ok(Value::NOT_IMPLEMENTED);
        }
        let mut items = tuple_items(&a[0]);
        items.extend(tuple_items(&a[1]));
        Ok(vm.new_tuple(items))
    };
    tuple_mul => |vm, a| {
        if repeat_count(vm, &a[1])? == Some(1) && vm.type_of(&a[0]).is(&vm.types.tuple) {
            return Ok(a[0].clone());
        }
        Ok(match repeat(vm, &tuple_items(&a[0]), &a[1])? {
            Some(items) => vm.new_tuple(items),
            None => Value::NOT_IMPLEMENTED,
        })
    };
    str_hash => |vm, a| Ok(vm.new_int(vm.hash_base(&a[0])?));
    dict_len => |vm, a| Ok(vm.new_int(payload::<DictData>(&a[0]).map_or(0, DictData::len) as i64));
    dict_getitem => |vm, a| {
        if let Some(v) = vm.dict_get_item(&a[0], &a[1])? {
            return Ok(v);
        }
        if !vm.type_of(&a[0]).is(&vm.types.dict) {
            if let Some(m) = vm.lookup_special(&a[0], "__missing__")? {
                return vm.call(&m, &[a[0].clone(), a[1].clone()], &[]);
            }
        }
        Err(vm.new_exception(&vm.types.key_error, vec![a[1].clone()]))
    };
    dict_setitem => |vm, a| { vm.dict_set_item(&a[0], a[1].clone(), a[2].clone())?; Ok(Value::NONE) };
    dict_delitem => |vm, a| {
        if !vm.dict_del_item(&a[0], &a[1])? {
            return Err(vm.new_exception(&vm.types.key_error, vec![a[1].clone()]));
        }
        Ok(Value::NONE)
    };
    dict_contains => |vm, a| Ok(Value::bool(vm.dict_get_item(&a[0], &a[1])?.is_some()));
    dict_eq => |vm, a| dict_equal(vm, a, false);
    dict_ne => |vm, a| dict_equal(vm, a, true);
    dict_or => |vm, a| dict_merge(vm, &a[0], &a[1]);
    dict_ror => |vm, a| dict_merge(vm, &a[1], &a[0]);
    dict_ior => |vm, a| {
        crate::methods::dict::update(vm, Args::positional(a))?;
        Ok(a[0].clone())
    };
    not_implemented => |_vm, _a| Ok(Value::NOT_IMPLEMENTED);
    range_len => |vm, a| {
        let r = payload::<RangeData>(&a[0]).map_or(0, RangeData::len);
        Ok(vm.new_int(r as i64))
    };
    range_bool => |_vm, a| Ok(Value::bool(payload::<RangeData>(&a[0]).map_or(0, RangeData::len) != 0));
    range_contains => |vm, a| {
        if let (Some(r), Some(i)) = (payload::<RangeData>(&a[0]), a[1].as_small_int()) {
            let inside = if r.step > 0 { r.start <= i && i < r.stop } else { r.stop < i && i <= r.start };
            return Ok(Value::bool(inside && (i - r.start) % r.step == 0));
        }
        let it = vm.get_iter(&a[0])?;
        while let Some(x) = vm.next(&it)? {
            if vm.eq(&x, &a[1])? {
                return Ok(Value::TRUE);
            }
        }
        Ok(Value::FALSE)
    };
    range_eq => |vm, a| range_equal(vm, a, false);
    range_ne => |vm, a| range_equal(vm, a, true);
    range_hash => |vm, a| {
        let Some(r) = payload::<RangeData>(&a[0]) else { return Ok(vm.new_int(0)) };
        let n = r.len() as i64;
        let key = match n {
            0 => vec![vm.new_int(0), Value::NONE, Value::NONE],
            1 => vec![vm.new_int(1), vm.new_int(r.start), Value::NONE],
            _ => vec![vm.new_int(n), vm.new_int(r.start), vm.new_int(r.step)],
        };
        Ok(vm.new_int(vm.hash(&vm.new_tuple(key))?))
    };
    iter_self => |_vm, a| Ok(a[0].clone());
    iter_next => |vm, a| match vm.next(&a[0])? {
        Some(v) => Ok(v),
        None => Err(vm.new_exception(&vm.types.stop_iteration, vec![])),
    };
    descr_get => |vm, a| {
        let owner = a.get(2).cloned().unwrap_or(Value::NONE);
        if a[1].is_none() {
            if owner.is_none() {
                return Err(vm.type_error("__get__(None, None) is invalid"));
            }
            return vm.descr_get_on_class(&a[0], &owner);
        }
        let owner = if owner.is_none() { vm.type_of(&a[1]) } else { owner };
        check_descriptor_applies(vm, &a[0], &a[1])?;
        vm.descr_get(&a[0], &a[1], &owner)
    };
}

/// A method or slot wrapper of a built-in type binds only to instances of that type.
fn check_descriptor_applies(vm: &Vm, d: &Value, obj: &Value) -> PyResult<()> {
    use crate::native::{MethodDescriptorData, MethodKind};
    use crate::objects::slot_wrapper::SlotWrapperData;
    let (name, owner) = if let Some(w) = payload::<SlotWrapperData>(d) {
        (w.def.name, w.owner.get())
    } else if let Some(m) = payload::<MethodDescriptorData>(d) {
        if m.def.kind == MethodKind::Class {
            return Ok(());
        }
        (m.def.name, m.owner.get())
    } else {
        return Ok(());
    };
    if vm.is_instance_of(obj, &owner) {
        return Ok(());
    }
    let owner_name = crate::vm::type_data(&owner)
        .map(|t| t.name.borrow().clone())
        .unwrap_or_default();
    Err(vm.type_error(&format!(
        "descriptor '{name}' for '{owner_name}' objects doesn't apply to a '{}' object",
        vm.type_name(obj)
    )))
}

/// `__call__` with keyword arguments: the slot's arguments after `self`, passed on unchanged.
fn call_with_keywords(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    vm.call(&args.values[0], &args.values[1..], args.kwnames)
}

/// `list.__init__(self, iterable=(), /)`: empties the list, then extends it.
fn list_init(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    args.no_kwargs(vm, "list")?;
    let a = args.pos();
    if a.len() > 2 {
        return Err(vm.type_error(&format!(
            "list expected at most 1 argument, got {}",
            a.len() - 1
        )));
    }
    if let Some(l) = payload::<ListData>(&a[0]) {
        let old = std::mem::take(&mut *l.items.borrow_mut());
        drop(old);
    }
    if a.len() == 2 {
        crate::methods::list::extend(vm, Args::positional(a))?;
    }
    Ok(Value::NONE)
}

/// `dict.__init__(self, other=(), /, **kwargs)`: `update`.
fn dict_init_full(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    if args.pos().len() > 2 {
        return Err(vm.type_error(&format!(
            "dict expected at most 1 argument, got {}",
            args.pos().len() - 1
        )));
    }
    crate::methods::dict::update(vm, args)
}

fn dict_equal(vm: &Vm, a: &[Value], negate: bool) -> PyResult<Value> {
    if payload::<DictData>(&a[1]).is_none() {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    let (Some(x), Some(y)) = (payload::<DictData>(&a[0]), payload::<DictData>(&a[1])) else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    let mut equal = x.len() == y.len();
    if equal {
        for (k, v) in x.items() {
            match vm.dict_get_item(&a[1], &k)? {
                Some(w) if vm.eq(&v, &w)? => {}
                _ => {
                    equal = false;
                    break;
                }
            }
        }
    }
    Ok(Value::bool(equal != negate))
}

fn dict_merge(vm: &Vm, first: &Value, second: &Value) -> PyResult<Value> {
    let (Some(x), Some(y)) = (payload::<DictData>(first), payload::<DictData>(second)) else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    let out = vm.new_dict();
    for (k, v) in x.items().into_iter().chain(y.items()) {
        vm.dict_set_item(&out, k, v)?;
    }
    Ok(out)
}

/// `range == range`: equal as sequences (same length, and same first item and step where they
/// matter).
fn range_equal(vm: &Vm, a: &[Value], negate: bool) -> PyResult<Value> {
    let _ = vm;
    let (Some(x), Some(y)) = (payload::<RangeData>(&a[0]), payload::<RangeData>(&a[1])) else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    let n = x.len();
    let equal = n == y.len() && (n == 0 || (x.start == y.start && (n == 1 || x.step == y.step)));
    Ok(Value::bool(equal != negate))
}

method_table!(LIST_SLOTS, Method, {
    "__len__" => list_len, "", ""; "__getitem__" => list_getitem, "($self, index, /)", "Return self[index].";
    "__setitem__" => list_setitem, "", ""; "__delitem__" => list_delitem, "", "";
    "__contains__" => seq_contains, "", ""; "__iter__" => seq_iter, "", "";
    "__repr__" => seq_repr, "", ""; "__add__" => list_add, "", "";
    "__mul__" => list_mul, "", ""; "__rmul__" => list_mul, "", "";
    "__iadd__" => list_iadd, "", ""; "__imul__" => list_imul, "", "";
    "__init__" => list_init, "", "";
    "__lt__" => list_lt, "", ""; "__le__" => list_le, "", ""; "__eq__" => list_eq, "", "";
    "__ne__" => list_ne, "", ""; "__gt__" => list_gt, "", ""; "__ge__" => list_ge, "", "";
});

method_table!(TUPLE_SLOTS, Method, {
    "__len__" => tuple_len, "", ""; "__getitem__" => tuple_getitem, "", "";
    "__contains__" => seq_contains, "", ""; "__iter__" => seq_iter, "", "";
    "__repr__" => seq_repr, "", ""; "__hash__" => seq_hash, "", "";
    "__add__" => tuple_add, "", ""; "__mul__" => tuple_mul, "", ""; "__rmul__" => tuple_mul, "", "";
    "__lt__" => tuple_lt, "", ""; "__le__" => tuple_le, "", ""; "__eq__" => tuple_eq, "", "";
    "__ne__" => tuple_ne, "", ""; "__gt__" => tuple_gt, "", ""; "__ge__" => tuple_ge, "", "";
});

method_table!(STR_SLOTS, Method, {
    "__hash__" => str_hash, "", ""; "__repr__" => seq_repr, "", "";
    "__lt__" => str_lt, "", ""; "__le__" => str_le, "", ""; "__eq__" => str_eq, "", "";
    "__ne__" => str_ne, "", ""; "__gt__" => str_gt, "", ""; "__ge__" => str_ge, "", "";
});

method_table!(DICT_SLOTS, Method, {
    "__len__" => dict_len, "", "";
    "__getitem__" => dict_getitem, "($self, key, /)", "Return self[key].";
    "__contains__" => dict_contains, "($self, key, /)", "True if the dictionary has the specified key, else False.";
    "__setitem__" => dict_setitem, "", ""; "__delitem__" => dict_delitem, "", "";
    "__iter__" => seq_iter, "", ""; "__repr__" => seq_repr, "", "";
    "__eq__" => dict_eq, "", ""; "__ne__" => dict_ne, "", "";
    "__lt__" => not_implemented, "", ""; "__le__" => not_implemented, "", "";
    "__gt__" => not_implemented, "", ""; "__ge__" => not_implemented, "", "";
    "__or__" => dict_or, "", ""; "__ror__" => dict_ror, "", ""; "__ior__" => dict_ior, "", "";
    "__init__" => dict_init_full, "", "";
});

method_table!(RANGE_SLOTS, Method, {
    "__len__" => range_len, "", ""; "__bool__" => range_bool, "", "";
    "__getitem__" => tuple_getitem, "", ""; "__contains__" => range_contains, "", "";
    "__iter__" => seq_iter, "", ""; "__repr__" => seq_repr, "", "";
    "__hash__" => range_hash, "", "";
    "__eq__" => range_eq, "", ""; "__ne__" => range_ne, "", "";
    "__lt__" => not_implemented, "", ""; "__le__" => not_implemented, "", "";
    "__gt__" => not_implemented, "", ""; "__ge__" => not_implemented, "", "";
});

method_table!(ITERATOR_SLOTS, Method, {
    "__iter__" => iter_self, "", ""; "__next__" => iter_next, "", "";
});

method_table!(CALLABLE_SLOTS, Method, {
    "__call__" => call_with_keywords, "", "";
});

/// `staticmethod.__call__`: calls the wrapped function.
fn staticmethod_call(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let func = payload::<crate::objects::method::WrapperData>(&args.values[0])
        .map(|w| w.func.get())
        .unwrap_or(Value::NONE);
    vm.call(&func, &args.values[1..], args.kwnames)
}

/// `type.__init__(cls, name, bases, dict)`: checks the number of arguments only.
fn type_init(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let n = args.pos().len() - 1;
    if !args.kwnames.is_empty() && n == 1 {
        return Err(vm.type_error("type.__init__() takes no keyword arguments"));
    }
    if n != 1 && n != 3 {
        return Err(vm.type_error("type.__init__() takes 1 or 3 arguments"));
    }
    Ok(Value::NONE)
}

/// `type.__call__(cls, *args, **kwargs)`: `__new__` then `__init__` (never a metaclass's
/// override, which is what calls this).
fn type_call(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    vm.call_type(&args.values[0], &args.values[1..], args.kwnames)
}

method_table!(TYPE_SLOTS, Method, {
    "__init__" => type_init, "", ""; "__call__" => type_call, "", "";
});

method_table!(STATICMETHOD_SLOTS, Method, {
    "__call__" => staticmethod_call, "", "";
});

method_table!(DESCRIPTOR_SLOTS, Method, {
    "__get__" => descr_get, "", "";
});

method_table!(REPR_SLOTS, Method, {
    "__repr__" => seq_repr, "", "";
});

/// Installs the tables.
pub fn install(vm: &Vm) {
    let t = &vm.types;
    install_methods(vm, &t.list, LIST_SLOTS);
    install_methods(vm, &t.tuple, TUPLE_SLOTS);
    install_methods(vm, &t.str, STR_SLOTS);
    install_methods(vm, &t.dict, DICT_SLOTS);
    install_methods(vm, &t.range, RANGE_SLOTS);
    for ty in [
        &t.list_iterator,
        &t.tuple_iterator,
        &t.str_iterator,
        &t.range_iterator,
        &t.enumerate,
        &t.zip,
        &t.map,
        &t.filter,
        &t.reversed,
    ] {
        install_methods(vm, ty, ITERATOR_SLOTS);
    }
    for ty in [&t.type_, &t.function, &t.method, &t.builtin_function] {
        install_methods(vm, ty, CALLABLE_SLOTS);
        install_methods(vm, ty, REPR_SLOTS);
    }
    install_methods(vm, &t.type_, TYPE_SLOTS);
    install_methods(vm, &t.staticmethod, STATICMETHOD_SLOTS);
    for ty in [
        &t.function,
        &t.method_descriptor,
        &t.wrapper_descriptor,
        &t.classmethod,
        &t.staticmethod,
        &t.property,
    ] {
        install_methods(vm, ty, DESCRIPTOR_SLOTS);
    }
    for ty in [&t.list, &t.dict, &t.bytearray, &t.slice] {
        let _ = vm.dict_set_item(
            &crate::vm::type_data(ty)
                .map(|d| d.dict())
                .unwrap_or(Value::NONE),
            vm.intern("__hash__"),
            Value::NONE,
        );
    }
}
