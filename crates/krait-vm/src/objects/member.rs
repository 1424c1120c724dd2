//! `member_descriptor` (CPython's Objects/descrobject.c `PyMemberDescrObject`): the class
//! attribute that reads, writes and deletes one `__slots__` member of an instance (made by
//! types/slots.rs; the values live in the instance's `MemberSlots`), and the read-only members
//! of built-in types (`function.__globals__`, made by objects/field_descriptor.rs, read through
//! protocols/fields.rs).
//!
//! The attribute protocol (protocols/attr.rs) recognises the payload and reads or writes the
//! member directly; `__get__`/`__set__`/`__delete__` do the same for code that calls them.

use crate::error::PyResult;
use crate::heap::{self, MemberSlots, Trace};
use crate::layouts::Kind;
use crate::native::{install_methods, method_table, Args};
use crate::protocols::payload;
use crate::slot::Slot;
use crate::value::Value;
use crate::vm::{type_data, Vm};

/// The payload of a `member_descriptor`.
pub struct MemberDescrData {
    /// The member's name (a `str`; mangled for private `__slots__` names).
    pub name: Value,
    /// The class that declares it (`__objclass__`).
    pub owner: Slot,
    /// The index of a `__slots__` member in its instances' `MemberSlots`; `None` for a read-only
    /// field of a built-in type.
    pub index: Option<usize>,
}

impl Trace for MemberDescrData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.name);
        self.owner.visit(visit);
    }

    fn clear(&self) {
        self.owner.set(Value::NULL);
    }
}

method_table!(
    /// The methods of `member_descriptor`.
    METHODS,
    Method,
    {
    "__get__" => get, "($self, instance, owner=None, /)", "Return an attribute of instance, which is of type owner.";
    "__set__" => set, "($self, instance, value, /)", "Set an attribute of instance to value.";
    "__delete__" => delete, "($self, instance, /)", "Delete an attribute of instance.";
    "__repr__" => repr, "($self, /)", "Return repr(self).";
    }
);

/// The `member_descriptor` type, made on first use.
pub fn member_descriptor_type(vm: &Vm) -> Value {
    let key = vm.intern("member_descriptor");
    if let Ok(Some(t)) = vm.dict_get_item(&vm.internal_types(), &key) {
        return t;
    }
    let ty = crate::objects::field_descriptor::new_descriptor_type(
        vm,
        "member_descriptor",
        Kind::MemberDescr,
    );
    install_methods(vm, &ty, METHODS);
    let _ = vm.dict_set_item(&vm.internal_types(), key, ty.clone());
    ty
}

/// A new `member_descriptor` named `name`, declared by `owner`.
pub fn new_member(vm: &Vm, owner: &Value, name: Value, index: Option<usize>) -> Value {
    let ty = member_descriptor_type(vm);
    let data = MemberDescrData {
        name,
        owner: Slot::new(owner.clone()),
        index,
    };
    heap::alloc(ty.to_obj(), data).into_value()
}

fn owner_name(d: &MemberDescrData) -> String {
    type_data(&d.owner.get())
        .map(|t| t.name.borrow().clone())
        .unwrap_or_default()
}

/// `AttributeError: 'P' object has no attribute 'x'` (an unset member).
fn unset(vm: &Vm, d: &MemberDescrData, obj: &Value) -> crate::error::PyErr {
    vm.new_error(
        &vm.types.attribute_error,
        &format!(
            "'{}' object has no attribute '{}'",
            vm.type_name(obj),
            vm.str_of(&d.name)
        ),
    )
}

/// Where `obj` keeps its `__slots__` members: instances of Python classes and exceptions.
#[inline]
fn member_slots(obj: &Value) -> Option<&MemberSlots> {
    let h = obj.as_header()?;
    if let Some(a) = h.instance_attrs() {
        return Some(&a.members);
    }
    h.downcast_ref::<crate::objects::exception::ExceptionData>()
        .map(|e| &e.members)
}

/// `obj.member`, for `obj` whose type has `d` in its MRO.
#[inline]
pub fn member_get(vm: &Vm, d: &MemberDescrData, obj: &Value) -> PyResult<Value> {
    let Some(i) = d.index else {
        return vm
            .builtin_field(obj, &d.name)
            .ok_or_else(|| unset(vm, d, obj));
    };
    let v = member_slots(obj).map_or(Value::NULL, |m| m.get(i));
    if v.is_null() {
        return Err(unset(vm, d, obj));
    }
    Ok(v)
}

/// `obj.member = value` (`del obj.member` when `value` is NULL), for `obj` whose type has `d`
/// in its MRO.
pub fn member_set(vm: &Vm, d: &MemberDescrData, obj: &Value, value: Value) -> PyResult<()> {
    let Some(i) = d.index else {
        return Err(vm.new_error(&vm.types.attribute_error, "readonly attribute"));
    };
    let n = type_data(&vm.type_of(obj)).map_or(0, |t| t.nslots.get());
    let deleting = value.is_null();
    let old = member_slots(obj).and_then(|m| m.replace(i, n, value));
    match old {
        None => Err(vm.type_error(&format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            vm.str_of(&d.name),
            owner_name(d),
            vm.type_name(obj)
        ))),
        // CPython 3.11 names only the member when an unset one is deleted.
        Some(old) if deleting && old.is_null() => {
            Err(vm.new_error(&vm.types.attribute_error, &vm.str_of(&d.name)))
        }
        Some(old) => {
            drop(old);
            Ok(())
        }
    }
}

/// The descriptor's own attributes (`__name__`, `__qualname__`, `__objclass__`, `__doc__`).
pub fn field(vm: &Vm, d: &MemberDescrData, n: &str) -> Option<Value> {
    Some(match n {
        "__name__" => d.name.clone(),
        "__qualname__" => vm.new_str(&format!("{}.{}", owner_name(d), vm.str_of(&d.name))),
        "__objclass__" => d.owner.get(),
        "__doc__" => Value::NONE,
        _ => return None,
    })
}

fn this<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a MemberDescrData> {
    payload::<MemberDescrData>(v).ok_or_else(|| {
        vm.type_error(&format!(
            "descriptor requires a 'member_descriptor' object but received a '{}'",
            vm.type_name(v)
        ))
    })
}

/// CPython's `descr_check`: `obj` must be an instance of the declaring class.
fn check(vm: &Vm, d: &MemberDescrData, obj: &Value) -> PyResult<()> {
    let ok = type_data(&vm.type_of(obj)).is_some_and(|t| t.is_subtype_of(&d.owner.get()));
    if ok {
        return Ok(());
    }
    Err(vm.type_error(&format!(
        "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
        vm.str_of(&d.name),
        owner_name(d),
        vm.type_name(obj)
    )))
}

fn get(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_range(vm, "__get__", 2, 3)?;
    let d = this(vm, &a[0])?;
    if a[1].is_none() {
        return Ok(a[0].clone());
    }
    check(vm, d, &a[1])?;
    member_get(vm, d, &a[1])
}

fn set(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_range(vm, "__set__", 3, 3)?;
    let d = this(vm, &a[0])?;
    check(vm, d, &a[1])?;
    member_set(vm, d, &a[1], a[2].clone())?;
    Ok(Value::NONE)
}

fn delete(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_range(vm, "__delete__", 2, 2)?;
    let d = this(vm, &a[0])?;
    check(vm, d, &a[1])?;
    member_set(vm, d, &a[1], Value::NULL)?;
    Ok(Value::NONE)
}

fn repr(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_range(vm, "__repr__", 1, 1)?;
    let d = this(vm, &a[0])?;
    Ok(vm.new_str(&format!(
        "<member '{}' of '{}' objects>",
        vm.str_of(&d.name),
        owner_name(d)
    )))
}
