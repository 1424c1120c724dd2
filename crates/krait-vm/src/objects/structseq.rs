//! Struct sequences (CPython's Objects/structseq.c): tuples whose items are also named
//! attributes, such as `sys.float_info` and `sys.version_info`.

use crate::heap;
use crate::layouts::Kind;
use crate::objects::tuple::TupleData;
use crate::protocols::payload;
use crate::types::{flags, TypeData};
use crate::value::Value;
use crate::vm::Vm;

/// A new struct sequence type `module.name` with the given field names (all of them visible
/// as tuple items). Its dict holds `n_fields`, `n_sequence_fields`, `n_unnamed_fields` and
/// `__match_args__`, as CPython's.
pub fn new_type(vm: &Vm, module: &str, name: &str, fields: &[&str]) -> Value {
    let all: Vec<Option<&str>> = fields.iter().map(|f| Some(*f)).collect();
    new_type_with(vm, module, name, &all, fields.len())
}

/// A new struct sequence type whose first `visible` fields are tuple items (`None` names an
/// unnamed one, as the integer times of `os.stat_result`; unnamed fields must follow the named
/// visible ones) and whose other fields are attributes only (`st_atime`). Instances of such
/// types keep the attribute-only fields in their instance dict. The type can be called with a
/// sequence (and a dict of the attribute-only fields), as CPython's `structseq_new`.
pub fn new_type_with(
    vm: &Vm,
    module: &str,
    name: &str,
    fields: &[Option<&str>],
    visible: usize,
) -> Value {
    let dict = vm.new_dict();
    let set = |k: &str, v: Value| {
        let _ = vm.dict_set_item(&dict, vm.intern(k), v);
    };
    let unnamed = fields.iter().filter(|f| f.is_none()).count();
    set("__module__", vm.new_str(module));
    set("__doc__", Value::NONE);
    set("n_fields", vm.new_int(fields.len() as i64));
    set("n_sequence_fields", vm.new_int(visible as i64));
    set("n_unnamed_fields", vm.new_int(unnamed as i64));
    let named_visible = fields[..visible].iter().flatten();
    set(
        "__match_args__",
        vm.new_tuple(named_visible.map(|f| vm.new_str(f)).collect()),
    );
    let hidden: Vec<Value> = fields[visible..]
        .iter()
        .flatten()
        .map(|f| vm.new_str(f))
        .collect();
    let kind = if hidden.is_empty() {
        Kind::Tuple
    } else {
        set(HIDDEN, vm.new_tuple(hidden));
        Kind::TupleSub
    };
    let tname = format!("{module}.{name}");
    set(TYPE_NAME, vm.new_str(&tname));
    let td = TypeData::new(
        name,
        name,
        dict.clone(),
        flags::IMMUTABLETYPE | flags::STRUCTSEQ,
        kind,
    );
    *td.bases.borrow_mut() = vec![vm.types.tuple.clone()];
    let ty = heap::alloc(vm.types.type_.to_obj(), td).into_value();
    crate::native::install_methods(vm, &ty, NEW);
    if let Some(t) = crate::vm::type_data(&ty) {
        *t.mro.borrow_mut() = vec![ty.clone(), vm.types.tuple.clone(), vm.types.object.clone()];
    }
    ty
}

/// The type-dict key of the names of the attribute-only fields.
const HIDDEN: &str = "__krait_hidden_fields__";

/// The type-dict key of the type's full name (`os.stat_result`), used in messages.
const TYPE_NAME: &str = "__krait_structseq_name__";

crate::native::method_table!(
    /// A struct sequence type's `__new__`.
    NEW,
    Static,
    {
    "__new__" => structseq_new, "(type, sequence, dict={})", "Create and return a new object.";
    }
);

/// A value of the type dict of `ty`.
fn type_attr(vm: &Vm, ty: &Value, key: &str) -> Option<Value> {
    crate::vm::type_data(ty)
        .and_then(|t| vm.dict_get_item(&t.dict(), &vm.intern(key)).ok().flatten())
}

/// The names of the attribute-only fields of the struct sequence type `ty`.
fn hidden_names(vm: &Vm, ty: &Value) -> Vec<Value> {
    type_attr(vm, ty, HIDDEN)
        .and_then(|h| vm.tuple_items(&h))
        .unwrap_or_default()
}

fn count(vm: &Vm, ty: &Value, key: &str) -> usize {
    type_attr(vm, ty, key)
        .and_then(|v| v.as_small_int())
        .map_or(0, |n| n as usize)
}

/// An instance of the struct sequence type `ty` with `items` (the visible fields, then the
/// attribute-only ones, as many as the type has).
pub fn new_full(vm: &Vm, ty: &Value, mut items: Vec<Value>) -> Value {
    let visible = count(vm, ty, "n_sequence_fields").min(items.len());
    let extra = items.split_off(visible);
    let hidden = hidden_names(vm, ty);
    if hidden.is_empty() {
        return new(ty, items);
    }
    let dict = vm.new_dict();
    let mut extra = extra.into_iter();
    for name in hidden {
        let v = extra.next().unwrap_or(Value::NONE);
        let _ = vm.dict_set_item(&dict, name, v);
    }
    let data = heap::Sub {
        base: TupleData::new(items),
        attrs: heap::InstanceAttrs {
            dict: crate::slot::Slot::new(dict),
            members: heap::MemberSlots::default(),
        },
    };
    heap::alloc(ty.to_obj(), data).into_value()
}

/// A struct sequence type's `__new__` (CPython's `structseq_new`), for types that extend it.
pub fn structseq_new(vm: &Vm, args: crate::native::Args<'_>) -> crate::error::PyResult<Value> {
    let pos = args.pos();
    let Some(ty) = pos.first() else {
        return Err(vm.type_error("structseq.__new__(): not enough arguments"));
    };
    let mut seq = pos.get(1).cloned();
    let mut dict = pos.get(2).cloned();
    if pos.len() > 3 {
        return Err(vm.type_error(&format!(
            "structseq() takes at most 2 arguments ({} given)",
            pos.len() - 1
        )));
    }
    for (k, v) in args.kwargs() {
        match vm.str_of(k).as_str() {
            "sequence" if seq.is_none() => seq = Some(v.clone()),
            "dict" if dict.is_none() => dict = Some(v.clone()),
            other => {
                return Err(vm.type_error(&format!(
                    "'{other}' is an invalid keyword argument for structseq()"
                )))
            }
        }
    }
    let Some(seq) = seq else {
        return Err(vm.type_error("structseq() missing required argument 'sequence' (pos 1)"));
    };
    let tname = type_attr(vm, ty, TYPE_NAME).map_or_else(|| vm.type_name(ty), |n| vm.str_of(&n));
    // As `PySequence_Fast`: any iterable, with this message for anything else.
    let items = match vm.collect_iterable(&seq) {
        Ok(items) => items,
        Err(e) if vm.is_instance_of(&e.exception_value(), &vm.types.type_error) => {
            return Err(vm.type_error("constructor requires a sequence"))
        }
        Err(e) => return Err(e),
    };
    let dict = dict.filter(|d| !d.is_none());
    if let Some(d) = &dict {
        if payload::<crate::objects::dict::DictData>(d).is_none() {
            return Err(vm.type_error(&format!("{tname}() takes a dict as second arg, if any")));
        }
    }
    let min = count(vm, ty, "n_sequence_fields");
    let max = count(vm, ty, "n_fields");
    let len = items.len();
    let article = |bound: &str| {
        if min == max {
            "a".to_owned()
        } else {
            format!("an {bound}")
        }
    };
    if len < min {
        return Err(vm.type_error(&format!(
            "{tname}() takes {} {min}-sequence ({len}-sequence given)",
            article("at least")
        )));
    }
    if len > max {
        return Err(vm.type_error(&format!(
            "{tname}() takes {} {max}-sequence ({len}-sequence given)",
            article("at most")
        )));
    }
    let mut all = items;
    let hidden = hidden_names(vm, ty);
    for name in hidden.iter().skip(len - min) {
        let v = match &dict {
            Some(d) => vm.dict_get_item(d, name)?.unwrap_or(Value::NONE),
            None => Value::NONE,
        };
        all.push(v);
    }
    Ok(new_full(vm, ty, all))
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
    // As CPython's `structseq_repr`, the i-th item is shown with the i-th *named* field, so
    // unnamed items take the names of the attribute-only fields that follow.
    let mut names = field_names(vm, &ty);
    names.extend(hidden_names(vm, &ty));
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
