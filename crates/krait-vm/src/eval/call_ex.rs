//! The instructions that spread arguments and unpack with a star (CPython's ceval.c
//! `CALL_FUNCTION_EX`, `DICT_MERGE`, `DICT_UPDATE`, `LIST_EXTEND`, `UNPACK_EX`,
//! `UNPACK_SEQUENCE`), with CPython's messages, which name the callee as
//! `_PyObject_FunctionStr` does (`__main__.f()`, `print()`).

use crate::error::{PyErr, PyResult};
use crate::native::{MethodDescriptorData, NativeFunctionData};
use crate::objects::dict::DictData;
use crate::objects::list::ListData;
use crate::objects::str::StrData;
use crate::objects::tuple::TupleData;
use crate::protocols::payload;
use crate::value::Value;
use crate::vm::Vm;

/// How a callable is named in call errors: `module.qualname()` (the module omitted when it is
/// `builtins` or missing), or `str(func)` when it has no `__qualname__`.
pub(crate) fn function_str(vm: &Vm, func: &Value) -> String {
    if let Some(n) = payload::<NativeFunctionData>(func) {
        let bound = n.self_.get();
        if bound.is_null() || payload::<crate::objects::module::ModuleData>(&bound).is_some() {
            return format!("{}()", n.def.name);
        }
        let owner = if payload::<crate::types::TypeData>(&bound).is_some() {
            vm.str_of(
                &vm.get_attr(&bound, &vm.intern("__name__"))
                    .unwrap_or(Value::NONE),
            )
        } else {
            vm.type_name(&bound)
        };
        return format!("{owner}.{}()", n.def.name);
    }
    if let Some(m) = payload::<MethodDescriptorData>(func) {
        let owner = m.owner.get();
        let owner = vm.str_of(
            &vm.get_attr(&owner, &vm.intern("__name__"))
                .unwrap_or(Value::NONE),
        );
        return format!("{owner}.{}()", m.def.name);
    }
    let Ok(qualname) = vm.get_attr(func, &vm.intern("__qualname__")) else {
        return vm.str_string(func).unwrap_or_default();
    };
    let qualname = vm.str_string(&qualname).unwrap_or_default();
    match vm.get_attr(func, &vm.intern("__module__")) {
        Ok(m) if !m.is_none() => {
            let m = vm.str_string(&m).unwrap_or_default();
            if m == "builtins" {
                format!("{qualname}()")
            } else {
                format!("{m}.{qualname}()")
            }
        }
        _ => format!("{qualname}()"),
    }
}

/// The items of `v` for a star, with `msg(type name)` as the TypeError when `v` is not iterable
/// at all (an error raised while iterating passes through unchanged).
fn star_items(vm: &Vm, v: &Value, msg: impl FnOnce(&str) -> String) -> PyResult<Vec<Value>> {
    if let Some(t) = payload::<TupleData>(v) {
        return Ok(t.items().to_vec());
    }
    if let Some(l) = payload::<ListData>(v) {
        return Ok(l.to_vec());
    }
    let it = match vm.get_iter(v) {
        Ok(it) => it,
        Err(e)
            if vm.is_instance_of(&e.exception_value(), &vm.types.type_error)
                && vm.lookup_special(v, "__iter__")?.is_none() =>
        {
            return Err(vm.type_error(&msg(&vm.type_name(v))));
        }
        Err(e) => return Err(e),
    };
    let mut out = Vec::new();
    while let Some(x) = vm.next(&it)? {
        out.push(x);
    }
    Ok(out)
}

/// Merges the mapping `src` into the dict `dst` (CPython's `_PyDict_MergeEx`): a dict directly,
/// anything else through `keys()` and `[]`. With `no_dups`, a key already present is an error
/// reported by `dup(key)`; a source without `keys` is reported by `not_mapping()`.
fn merge_mapping(
    vm: &Vm,
    dst: &Value,
    src: &Value,
    no_dups: bool,
    not_mapping: impl FnOnce() -> PyErr,
    dup: impl Fn(&Value) -> PyErr,
) -> PyResult<()> {
    let pairs: Vec<(Value, Value)> = if let Some(d) = payload::<DictData>(src) {
        d.items()
    } else {
        let keys_fn = match vm.get_attr(src, &vm.intern("keys")) {
            Ok(f) => f,
            Err(e) if vm.is_instance_of(&e.exception_value(), &vm.types.attribute_error) => {
                return Err(not_mapping())
            }
            Err(e) => return Err(e),
        };
        let keys = vm.call(&keys_fn, &[], &[])?;
        let mut pairs = Vec::new();
        for k in vm.collect_iterable(&keys)? {
            let v = vm.get_item(src, &k)?;
            pairs.push((k, v));
        }
        pairs
    };
    for (k, v) in pairs {
        if no_dups && vm.dict_get_item(dst, &k)?.is_some() {
            return Err(dup(&k));
        }
        vm.dict_set_item(dst, k, v)?;
    }
    Ok(())
}

/// `DICT_MERGE`: `**mapping` into the keyword dict of a call to `func`.
pub(crate) fn dict_merge(vm: &Vm, func: &Value, dst: &Value, src: &Value) -> PyResult<()> {
    merge_mapping(
        vm,
        dst,
        src,
        true,
        || {
            vm.type_error(&format!(
                "{} argument after ** must be a mapping, not {}",
                function_str(vm, func),
                vm.type_name(src)
            ))
        },
        |k| {
            vm.type_error(&format!(
                "{} got multiple values for keyword argument '{}'",
                function_str(vm, func),
                vm.str_string(k).unwrap_or_default()
            ))
        },
    )
}

/// `DICT_UPDATE`: `{**mapping}` in a dict display.
pub(crate) fn dict_update(vm: &Vm, dst: &Value, src: &Value) -> PyResult<()> {
    merge_mapping(
        vm,
        dst,
        src,
        false,
        || vm.type_error(&format!("'{}' object is not a mapping", vm.type_name(src))),
        |_| vm.type_error("duplicate key"),
    )
}

/// `LIST_EXTEND`: `*iterable` in a list display or a call's positional arguments.
pub(crate) fn list_extend(vm: &Vm, list: &Value, iterable: &Value) -> PyResult<()> {
    let items = star_items(vm, iterable, |t| {
        format!("Value after * must be an iterable, not {t}")
    })?;
    if let Some(l) = payload::<ListData>(list) {
        l.items.borrow_mut().extend(items);
    }
    Ok(())
}

/// The positional values and keyword names of `CALL_FUNCTION_EX`: `func(*callargs, **kwargs)`.
pub(crate) fn spread_args(
    vm: &Vm,
    func: &Value,
    callargs: &Value,
    kwargs: Option<&Value>,
) -> PyResult<(Vec<Value>, Vec<Value>)> {
    let mut values = if vm.type_of(callargs).is(&vm.types.tuple) {
        vm.tuple_items(callargs).unwrap_or_default()
    } else {
        star_items(vm, callargs, |t| {
            format!(
                "{} argument after * must be an iterable, not {t}",
                function_str(vm, func)
            )
        })?
    };
    let mut names = Vec::new();
    if let Some(kw) = kwargs {
        let pairs = if vm.type_of(kw).is(&vm.types.dict) {
            payload::<DictData>(kw)
                .map(DictData::items)
                .unwrap_or_default()
        } else {
            let d = vm.new_dict();
            dict_merge(vm, func, &d, kw)?;
            payload::<DictData>(&d)
                .map(DictData::items)
                .unwrap_or_default()
        };
        for (k, v) in pairs {
            if payload::<StrData>(&k).is_none() {
                return Err(vm.type_error("keywords must be strings"));
            }
            names.push(k);
            values.push(v);
        }
    }
    Ok((values, names))
}

/// The items of `seq` for an unpacking assignment: "cannot unpack non-iterable int object".
fn unpack_items(vm: &Vm, seq: &Value) -> PyResult<Vec<Value>> {
    star_items(vm, seq, |t| {
        format!("cannot unpack non-iterable {t} object")
    })
}

/// The items of a list or tuple `seq`, or (`Err`) an iterator over anything else, for the
/// unpacking instructions, which read iterators only as far as they need (CPython's
/// `unpack_iterable`).
fn unpack_source(vm: &Vm, seq: &Value) -> PyResult<Result<Vec<Value>, Value>> {
    if payload::<TupleData>(seq).is_some() || payload::<ListData>(seq).is_some() {
        return unpack_items(vm, seq).map(Ok);
    }
    match vm.get_iter(seq) {
        Ok(it) => Ok(Err(it)),
        Err(e)
            if vm.is_instance_of(&e.exception_value(), &vm.types.type_error)
                && vm.lookup_special(seq, "__iter__")?.is_none() =>
        {
            Err(vm.type_error(&format!(
                "cannot unpack non-iterable {} object",
                vm.type_name(seq)
            )))
        }
        Err(e) => Err(e),
    }
}

/// Up to `n` items of the iterator `it`.
fn take(vm: &Vm, it: &Value, n: usize) -> PyResult<Vec<Value>> {
    let mut out = Vec::new();
    while out.len() < n {
        match vm.next(it)? {
            Some(x) => out.push(x),
            None => break,
        }
    }
    Ok(out)
}

/// `UNPACK_SEQUENCE n`: exactly `n` items, in stack order (the last item deepest).
pub(crate) fn unpack_sequence(vm: &Vm, seq: &Value, n: usize) -> PyResult<Vec<Value>> {
    let items = match unpack_source(vm, seq)? {
        Ok(items) => items,
        Err(it) => take(vm, &it, n + 1)?,
    };
    if items.len() != n {
        let msg = if items.len() < n {
            format!(
                "not enough values to unpack (expected {n}, got {})",
                items.len()
            )
        } else {
            format!("too many values to unpack (expected {n})")
        };
        return Err(vm.value_error(&msg));
    }
    Ok(items.into_iter().rev().collect())
}

/// `UNPACK_EX`: `before` items, a list of the middle, `after` items, in stack order.
pub(crate) fn unpack_ex(vm: &Vm, seq: &Value, arg: u32) -> PyResult<Vec<Value>> {
    let (before, after) = ((arg & 0xFF) as usize, (arg >> 8) as usize);
    let mut items = match unpack_source(vm, seq)? {
        Ok(items) => items,
        Err(it) => {
            // The first items one by one, then the rest as `list(it)` (which calls `iter(it)`).
            let mut items = take(vm, &it, before)?;
            if items.len() == before {
                items.extend(vm.collect_iterable(&it)?);
            }
            items
        }
    };
    if items.len() < before + after {
        return Err(vm.value_error(&format!(
            "not enough values to unpack (expected at least {}, got {})",
            before + after,
            items.len()
        )));
    }
    let tail = items.split_off(items.len() - after);
    let middle = items.split_off(before);
    let mut out: Vec<Value> = items;
    out.push(vm.new_list(middle));
    out.extend(tail);
    Ok(out.into_iter().rev().collect())
}
