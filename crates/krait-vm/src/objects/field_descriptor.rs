//! `getset_descriptor` and `member_descriptor` (CPython's Objects/descrobject.c): the class
//! attributes that describe the fields of built-in objects, so that `types.FunctionType.__code__`
//! is a descriptor as in CPython (Lib/types.py takes `GetSetDescriptorType` and
//! `MemberDescriptorType` from them). `member_descriptor` itself is objects/member.rs.
//!
//! Reading the field of an instance does not go through these descriptors: the attribute
//! protocol reads built-in fields directly (protocols/fields.rs). `__get__` answers the same
//! way for code that calls it explicitly; the descriptors are non-data descriptors, so
//! assignment keeps going to the field setters.

use crate::error::PyResult;
use crate::heap::{self, InstanceAttrs, Sub};
use crate::layouts::Kind;
use crate::native::{install_methods, method_table, Args};
use crate::objects::object::ObjectData;
use crate::types::{flags, TypeData};
use crate::value::Value;
use crate::vm::{type_data, Vm};

method_table!(
    /// The methods of both descriptor types.
    METHODS,
    Method,
    {
    "__get__" => get, "($self, instance, owner=None, /)", "Return an attribute of instance, which is of type owner.";
    "__repr__" => repr, "($self, /)", "Return repr(self).";
    }
);

/// A new descriptor type `name` whose instances have layout `kind` (not registered).
pub(crate) fn new_descriptor_type(vm: &Vm, name: &str, kind: Kind) -> Value {
    let dict = vm.new_dict();
    let _ = vm.dict_set_item(&dict, vm.intern("__module__"), vm.new_str("builtins"));
    let td = TypeData::new(name, name, dict, flags::IMMUTABLETYPE, kind);
    *td.bases.borrow_mut() = vec![vm.types.object.clone()];
    let ty = heap::alloc(vm.types.type_.to_obj(), td).into_value();
    if let Some(t) = type_data(&ty) {
        *t.mro.borrow_mut() = vec![ty.clone(), vm.types.object.clone()];
    }
    ty
}

/// The `getset_descriptor` type, made on first use.
fn getset_type(vm: &Vm) -> Value {
    let key = vm.intern("getset_descriptor");
    if let Ok(Some(t)) = vm.dict_get_item(&vm.internal_types(), &key) {
        return t;
    }
    let ty = new_descriptor_type(vm, "getset_descriptor", Kind::ObjectSub);
    install_methods(vm, &ty, METHODS);
    let _ = vm.dict_set_item(&vm.internal_types(), key, ty.clone());
    ty
}

/// Puts a descriptor for each field into the dict of the built-in type `owner`:
/// `getsets` as `getset_descriptor`s, `members` as `member_descriptor`s.
pub fn install_fields(vm: &Vm, owner: &Value, getsets: &[&str], members: &[&str]) -> PyResult<()> {
    let Some(td) = type_data(owner) else {
        return Ok(());
    };
    let dict = td.dict();
    let ty = getset_type(vm);
    for name in getsets {
        let data = Sub {
            base: ObjectData,
            attrs: InstanceAttrs::default(),
        };
        let d = heap::alloc(ty.to_obj(), data).into_value();
        vm.set_attr(&d, &vm.intern("__name__"), vm.new_str(name))?;
        vm.set_attr(
            &d,
            &vm.intern("__qualname__"),
            vm.new_str(&format!("{}.{name}", td.name.borrow())),
        )?;
        vm.set_attr(&d, &vm.intern("__objclass__"), owner.clone())?;
        vm.dict_set_item(&dict, vm.intern(name), d)?;
    }
    for name in members {
        let d = crate::objects::member::new_member(vm, owner, vm.intern(name), None);
        vm.dict_set_item(&dict, vm.intern(name), d)?;
    }
    td.modified();
    Ok(())
}

fn get(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_range(vm, "__get__", 2, 3)?;
    if a[1].is_none() {
        return Ok(a[0].clone());
    }
    let name = vm.get_attr(&a[0], &vm.intern("__name__"))?;
    vm.builtin_field(&a[1], &name).ok_or_else(|| {
        vm.new_error(
            &vm.types.attribute_error,
            &format!(
                "'{}' object has no attribute '{}'",
                vm.type_name(&a[1]),
                vm.str_of(&name)
            ),
        )
    })
}

fn repr(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_range(vm, "__repr__", 1, 1)?;
    let name = vm.str_of(&vm.get_attr(&a[0], &vm.intern("__name__"))?);
    let owner = vm.get_attr(&a[0], &vm.intern("__objclass__"))?;
    let owner = type_data(&owner)
        .map(|t| t.name.borrow().clone())
        .unwrap_or_default();
    Ok(vm.new_str(&format!("<attribute '{name}' of '{owner}' objects>")))
}
