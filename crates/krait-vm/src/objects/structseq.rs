//! Struct sequences (CPython's Objects/structseq.c): tuples whose items are also named
//! attributes, such as `sys.float_info` and `sys.version_info`.

use crate::heap;
use crate::layouts::Kind;
use crate::objects::tuple::TupleData;
use crate::types::{flags, TypeData};
use crate::value::Value;
use crate::vm::Vm;

/// A new struct sequence type `module.name` with the given field names (all of them visible
/// as tuple items). Its dict holds `n_fields`, `n_sequence_fields`, `n_unnamed_fields` and
/// `__match_args__`, as CPython's.
pub fn new_type(vm: &Vm, module: &str, name: &str, fields: &[&str]) -> Value {
    let dict = vm.new_dict();
    let set = |k: &str, v: Value| {
        let _ = vm.dict_set_item(&dict, vm.intern(k), v);
    };
    set("__module__", vm.new_str(module));
    set("__doc__", Value::NONE);
    set("n_fields", vm.new_int(fields.len() as i64));
    set("n_sequence_fields", vm.new_int(fields.len() as i64));
    set("n_unnamed_fields", vm.new_int(0));
    set(
        "__match_args__",
        vm.new_tuple(fields.iter().map(|f| vm.new_str(f)).collect()),
    );
    let td = TypeData::new(
        name,
        name,
        dict,
        flags::IMMUTABLETYPE | flags::STRUCTSEQ,
        Kind::Tuple,
    );
    *td.bases.borrow_mut() = vec![vm.types.tuple.clone()];
    let ty = heap::alloc(vm.types.type_.to_obj(), td).into_value();
    if let Some(t) = crate::vm::type_data(&ty) {
        *t.mro.borrow_mut() = vec![ty.clone(), vm.types.tuple.clone(), vm.types.object.clone()];
    }
    ty
}

/// An instance of the struct sequence type `ty` with `items`, one per field.
pub fn new(ty: &Value, items: Vec<Value>) -> Value {
    heap::alloc(ty.to_obj(), TupleData::new(items)).into_value()
}

/// Whether `ty` is a struct sequence type.
pub fn is_structseq_type(ty: &Value) -> bool {
    crate::vm::type_data(ty).is_some_and(|t| t.has_flag(flags::STRUCTSEQ))
}

/// The field names of the struct sequence type `ty`.
pub fn field_names(vm: &Vm, ty: &Value) -> Vec<Value> {
    crate::vm::type_data(ty)
        .and_then(|t| {
            vm.dict_get_item(&t.dict(), &vm.intern("__match_args__"))
                .ok()
                .flatten()
        })
        .and_then(|m| vm.tuple_items(&m))
        .unwrap_or_default()
}

/// The value of field `name` of the struct sequence `obj`, if it has that field.
pub fn field(vm: &Vm, obj: &Value, name: &str) -> Option<Value> {
    let ty = vm.type_of(obj);
    if !is_structseq_type(&ty) {
        return None;
    }
    let i = field_names(vm, &ty)
        .iter()
        .position(|f| vm.str_of(f) == name)?;
    vm.tuple_items(obj)?.get(i).cloned()
}

/// `repr()` of a struct sequence: `module.name(field=repr, ...)`, as CPython's
/// `structseq_repr`.
pub fn repr(vm: &Vm, obj: &Value) -> crate::error::PyResult<Option<String>> {
    let ty = vm.type_of(obj);
    if !is_structseq_type(&ty) {
        return Ok(None);
    }
    let names = field_names(vm, &ty);
    let items = vm.tuple_items(obj).unwrap_or_default();
    let mut parts = Vec::with_capacity(items.len());
    for (n, v) in names.iter().zip(&items) {
        parts.push(format!("{}={}", vm.str_of(n), vm.repr_string(v)?));
    }
    let module = crate::vm::type_data(&ty)
        .and_then(|t| {
            vm.dict_get_item(&t.dict(), &vm.intern("__module__"))
                .ok()
                .flatten()
        })
        .map(|m| vm.str_of(&m))
        .unwrap_or_default();
    Ok(Some(format!(
        "{module}.{}({})",
        vm.type_name(obj),
        parts.join(", ")
    )))
}
