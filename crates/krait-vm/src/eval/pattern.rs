//! The `match` statement's instructions (CPython 3.11's `MATCH_MAPPING`, `MATCH_SEQUENCE`,
//! `MATCH_KEYS`, `MATCH_CLASS` and `GET_LEN`, Python/ceval.c `match_keys`, `match_class`).

use crate::error::PyResult;
use crate::objects::str::StrData;
use crate::protocols::payload;
use crate::types::flags;
use crate::value::Value;
use crate::vm::{type_data, Vm};

/// Whether the type of `v` (or a class in its MRO) carries `flag` (`SEQUENCE`/`MAPPING`).
fn type_has_flag(vm: &Vm, v: &Value, flag: u32) -> bool {
    let ty = vm.type_of(v);
    let Some(t) = type_data(&ty) else {
        return false;
    };
    let mro = t.mro.borrow();
    mro.iter()
        .any(|c| type_data(c).is_some_and(|ct| ct.has_flag(flag)))
}

/// `MATCH_SEQUENCE`: whether `v` matches a sequence pattern.
pub fn is_sequence(vm: &Vm, v: &Value) -> bool {
    type_has_flag(vm, v, flags::SEQUENCE)
}

/// `MATCH_MAPPING`: whether `v` matches a mapping pattern.
pub fn is_mapping(vm: &Vm, v: &Value) -> bool {
    type_has_flag(vm, v, flags::MAPPING)
}

/// `GET_LEN`: `len(v)`, through the `len` built-in.
pub fn get_len(vm: &Vm, v: &Value) -> PyResult<Value> {
    let len = vm.dict_get_item(&vm.builtins, &vm.intern("len"))?;
    match len {
        Some(f) => vm.call(&f, std::slice::from_ref(v), &[]),
        None => Err(vm.new_error(&vm.types.system_error, "len is missing from builtins")),
    }
}

/// `MATCH_KEYS`: the values of `keys` in the mapping `subject` (looked up with its `get`), or
/// None when one is missing.
pub fn match_keys(vm: &Vm, subject: &Value, keys: &Value) -> PyResult<Value> {
    let keys = vm.tuple_items(keys).unwrap_or_default();
    if keys.is_empty() {
        return Ok(vm.new_tuple(Vec::new()));
    }
    let get = vm.get_attr(subject, &vm.intern("get"))?;
    let dummy = crate::heap::alloc(vm.types.object.to_obj(), crate::objects::object::ObjectData)
        .into_value();
    let mut seen: Vec<Value> = Vec::with_capacity(keys.len());
    let mut values = Vec::with_capacity(keys.len());
    for key in keys {
        for s in &seen {
            if vm.eq(s, &key)? {
                return Err(vm.value_error(&format!(
                    "mapping pattern checks duplicate key ({})",
                    vm.repr_string(&key)?
                )));
            }
        }
        let v = vm.call(&get, &[key.clone(), dummy.clone()], &[])?;
        if v.is(&dummy) {
            return Ok(Value::NONE);
        }
        seen.push(key);
        values.push(v);
    }
    Ok(vm.new_tuple(values))
}

/// Built-in types that match their one positional sub-pattern against the subject itself
/// (CPython's `_Py_TPFLAGS_MATCH_SELF`).
fn matches_self(vm: &Vm, cls: &Value) -> bool {
    let t = &vm.types;
    [
        &t.bool_,
        &t.bytes,
        &t.dict,
        &t.float,
        &t.int,
        &t.list,
        &t.str,
        &t.tuple,
        &t.set,
        &t.frozenset,
    ]
    .iter()
    .any(|c| c.is(cls))
        || type_data(cls).is_some_and(|td| {
            // bytearray, when it exists, by name among the built-in (non-heap) types.
            *td.name.borrow() == "bytearray" && !td.has_flag(flags::HEAPTYPE)
        })
}

/// `MATCH_CLASS count`: the attributes for a class pattern `cls(p1, ..., pcount, k=...)` on
/// `subject` as a tuple, or None when it does not match.
pub fn match_class(
    vm: &Vm,
    subject: &Value,
    cls: &Value,
    count: usize,
    kwnames: &Value,
) -> PyResult<Value> {
    let Some(td) = type_data(cls) else {
        return Err(vm.type_error("called match pattern must be a type"));
    };
    if !vm.is_instance_of(subject, cls) {
        return Ok(Value::NONE);
    }
    let type_name = td.name.borrow().clone();
    let mut seen: Vec<String> = Vec::new();
    let mut attrs = Vec::new();
    if count > 0 {
        let match_args = vm.get_attr_opt(cls, "__match_args__")?;
        let (names, match_self) = match match_args {
            Some(m) => match vm.tuple_items(&m) {
                Some(items) if vm.type_of(&m).is(&vm.types.tuple) => (items, false),
                _ => {
                    return Err(vm.type_error(&format!(
                        "{type_name}.__match_args__ must be a tuple (got {})",
                        vm.type_name(&m)
                    )))
                }
            },
            None => (Vec::new(), matches_self(vm, cls)),
        };
        let allowed = if match_self { 1 } else { names.len() };
        if allowed < count {
            let plural = if allowed == 1 { "" } else { "s" };
            return Err(vm.type_error(&format!(
                "{type_name}() accepts {allowed} positional sub-pattern{plural} ({count} given)"
            )));
        }
        if match_self {
            attrs.push(subject.clone());
        } else {
            for name in names.iter().take(count) {
                if !vm.type_of(name).is(&vm.types.str) {
                    return Err(vm.type_error(&format!(
                        "__match_args__ elements must be strings (got {})",
                        vm.type_name(name)
                    )));
                }
                match class_attr(vm, subject, &type_name, name, &mut seen)? {
                    Some(v) => attrs.push(v),
                    None => return Ok(Value::NONE),
                }
            }
        }
    }
    for name in vm.tuple_items(kwnames).unwrap_or_default() {
        match class_attr(vm, subject, &type_name, &name, &mut seen)? {
            Some(v) => attrs.push(v),
            None => return Ok(Value::NONE),
        }
    }
    Ok(vm.new_tuple(attrs))
}

/// One attribute of a class pattern: `None` when the subject lacks it (no match).
fn class_attr(
    vm: &Vm,
    subject: &Value,
    type_name: &str,
    name: &Value,
    seen: &mut Vec<String>,
) -> PyResult<Option<Value>> {
    let n = payload::<StrData>(name)
        .map(StrData::to_string_lossy)
        .unwrap_or_default();
    if seen.contains(&n) {
        return Err(vm.type_error(&format!(
            "{type_name}() got multiple sub-patterns for attribute {}",
            vm.repr_string(name)?
        )));
    }
    seen.push(n.clone());
    vm.get_attr_opt(subject, &n)
}
