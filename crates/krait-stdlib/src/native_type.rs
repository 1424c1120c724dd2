//! Building the types of native objects: a type whose instances use krait-vm's `NativeObject`
//! layout, with its methods, `__module__`, and read-only attributes given as getter functions.

use krait_vm::heap::{self, InstanceAttrs, Sub};
use krait_vm::layouts::Kind;
use krait_vm::native::{MethodDef, NativeFunctionData};
use krait_vm::objects::native_object::{NativeObject, NativeObjectData};
use krait_vm::protocols::payload;
use krait_vm::slot::Slot;
use krait_vm::types::{flags, TypeData};
use krait_vm::{PyResult, Value, Vm};

/// A new type `module.name` (instances: `NativeObject`), its dict holding `methods` and a
/// read-only property per getter (each a `Static` function of the instance); Python classes may
/// derive from it if `subclassable`.
pub(crate) fn new_type(
    vm: &Vm,
    module: &str,
    name: &str,
    methods: &[&'static [MethodDef]],
    getters: &'static [MethodDef],
) -> PyResult<Value> {
    new_type_with(vm, module, name, methods, getters, false)
}

/// [`new_type`], choosing whether Python classes may derive from the type.
pub(crate) fn new_type_with(
    vm: &Vm,
    module: &str,
    name: &str,
    methods: &[&'static [MethodDef]],
    getters: &'static [MethodDef],
    subclassable: bool,
) -> PyResult<Value> {
    let dict = vm.new_dict();
    vm.dict_set_item(&dict, vm.intern("__module__"), vm.new_str(module))?;
    vm.dict_set_item(&dict, vm.intern("__doc__"), Value::NONE)?;
    let type_flags = if subclassable {
        flags::IMMUTABLETYPE | flags::BASETYPE
    } else {
        flags::IMMUTABLETYPE
    };
    // As CPython's `tp_name`: "module.name" (what `repr` and error messages show).
    let tp_name = if module == "builtins" {
        name.to_owned()
    } else {
        format!("{module}.{name}")
    };
    let td = TypeData::new(&tp_name, name, dict.clone(), type_flags, Kind::NativeObject);
    *td.bases.borrow_mut() = vec![vm.types.object.clone()];
    let ty = heap::alloc(vm.types.type_.to_obj(), td).into_value();
    if let Some(t) = krait_vm::vm::type_data(&ty) {
        *t.mro.borrow_mut() = vec![ty.clone(), vm.types.object.clone()];
    }
    for defs in methods {
        krait_vm::native::install_methods(vm, &ty, defs);
    }
    add_getters(vm, &ty, getters)?;
    Ok(ty)
}

/// Adds a read-only property per getter (a `Static` function of the instance) to the type `ty`.
pub(crate) fn add_getters(vm: &Vm, ty: &Value, getters: &'static [MethodDef]) -> PyResult<()> {
    let Some(t) = krait_vm::vm::type_data(ty) else {
        return Ok(());
    };
    for def in getters {
        let f = heap::alloc(
            vm.types.builtin_function.to_obj(),
            NativeFunctionData {
                def,
                self_: Slot::new(Value::NULL),
            },
        )
        .into_value();
        let prop = vm.call(&vm.types.property, &[f], &[])?;
        vm.dict_set_item(&t.dict(), vm.intern(def.name), prop)?;
    }
    t.modified();
    Ok(())
}

/// A new instance of `ty` holding `state` (with attribute storage if `ty` is a Python subclass
/// of a native type).
pub(crate) fn alloc(ty: &Value, state: impl NativeObject) -> Value {
    let data = NativeObjectData {
        inner: Box::new(state),
    };
    let sub =
        krait_vm::vm::type_data(ty).is_some_and(|t| t.instance_kind.get() == Kind::NativeObjectSub);
    if sub {
        let data = Sub {
            base: data,
            attrs: InstanceAttrs::default(),
        };
        return heap::alloc(ty.to_obj(), data).into_value();
    }
    heap::alloc(ty.to_obj(), data).into_value()
}

/// The state of `v` if it is a `T`.
pub(crate) fn state<T: NativeObject>(v: &Value) -> Option<&T> {
    payload::<NativeObjectData>(v).and_then(|d| d.downcast::<T>())
}

/// The type `name` of the imported module `module`.
pub(crate) fn module_type(vm: &Vm, module: &str, name: &str) -> PyResult<Value> {
    vm.dict_get_item(&vm.sys_modules(), &vm.intern(module))?
        .and_then(|m| vm.module_dict(&m))
        .and_then(|d| vm.dict_get_item(&d, &vm.intern(name)).ok().flatten())
        .ok_or_else(|| {
            vm.new_error(
                &vm.types.runtime_error,
                &format!("{module} is not imported"),
            )
        })
}

/// The `__name__` of `type(v)` (CPython's `_PyType_Name`: the part of `tp_name` after the last
/// dot).
pub(crate) fn short_type_name(vm: &Vm, v: &Value) -> String {
    let name = vm.type_name(v);
    match name.rsplit_once('.') {
        Some((_, short)) => short.to_owned(),
        None => name,
    }
}
