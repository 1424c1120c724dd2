//! Built-in functions about objects and types: `isinstance`, `issubclass`, `getattr`,
//! `setattr`, `hasattr`, `delattr`, `id`, `hash`, `callable` (CPython's Python/bltinmodule.c).

use crate::error::PyResult;
use crate::native::method_table;
use crate::native::Args;
use crate::protocols::payload;
use crate::types::TypeData;
use crate::value::Value;
use crate::vm::Vm;

method_table!(
    /// This module's built-in functions.
    FUNCTIONS,
    Static,
    {
    "isinstance" => isinstance, "(obj, class_or_tuple, /)", "Return whether an object is an instance of a class or of a subclass thereof.";
    "issubclass" => issubclass, "(cls, class_or_tuple, /)", "Return whether 'cls' is derived from another class or is the same class.";
    "getattr" => getattr, "(object, name, default=<unrepresentable>, /)", "Get a named attribute from an object.";
    "setattr" => setattr, "(obj, name, value, /)", "Sets the named attribute on the given object to the specified value.";
    "hasattr" => hasattr, "(obj, name, /)", "Return whether the object has an attribute with the given name.";
    "delattr" => delattr, "(obj, name, /)", "Deletes the named attribute from the given object.";
    "id" => id, "(obj, /)", "Return the identity of an object.";
    "hash" => hash, "(obj, /)", "Return the hash value for the given object.";
    "callable" => callable, "(obj, /)", "Return whether the object is callable.";
    }
);

/// The classes of a `class_or_tuple` argument, checked as CPython's `isinstance` checks them.
fn classes(vm: &Vm, spec: &Value, func: &str) -> PyResult<Vec<Value>> {
    let items = vm.tuple_items(spec).unwrap_or_else(|| vec![spec.clone()]);
    let hook = if func == "isinstance" {
        "__instancecheck__"
    } else {
        "__subclasscheck__"
    };
    for c in &items {
        if payload::<TypeData>(c).is_none()
            && vm.tuple_items(c).is_none()
            && vm.lookup_special(c, hook)?.is_none()
        {
            return Err(vm.type_error(&format!(
                "{func}() arg 2 must be a type, a tuple of types, or a union"
            )));
        }
    }
    Ok(items)
}

fn isinstance(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let [obj, spec] = args.positional_range(vm, "isinstance", 2, 2)? else {
        unreachable!("checked")
    };
    for c in classes(vm, spec, "isinstance")? {
        if vm.tuple_items(&c).is_some() {
            if isinstance(vm, Args::positional(&[obj.clone(), c]))?.is(&Value::TRUE) {
                return Ok(Value::TRUE);
            }
            continue;
        }
        if payload::<TypeData>(&c).is_none() {
            // A union, a generic alias, or another object with `__instancecheck__`.
            if let Some(f) = vm.lookup_special(&c, "__instancecheck__")? {
                if vm.is_true(&vm.call(&f, &[c.clone(), obj.clone()], &[])?)? {
                    return Ok(Value::TRUE);
                }
            }
            continue;
        }
        if vm.is_instance_of(obj, &c) {
            return Ok(Value::TRUE);
        }
        if let Some(f) = vm.lookup_special(&c, "__instancecheck__")? {
            if payload::<crate::objects::function::FunctionData>(&f).is_some() {
                let r = vm.call(&f, &[c.clone(), obj.clone()], &[])?;
                if vm.is_true(&r)? {
                    return Ok(Value::TRUE);
                }
            }
        }
    }
    Ok(Value::FALSE)
}

fn issubclass(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let [cls, spec] = args.positional_range(vm, "issubclass", 2, 2)? else {
        unreachable!("checked")
    };
    if payload::<TypeData>(cls).is_none() {
        return Err(vm.type_error("issubclass() arg 1 must be a class"));
    }
    for c in classes(vm, spec, "issubclass")? {
        if vm.tuple_items(&c).is_some() {
            if issubclass(vm, Args::positional(&[cls.clone(), c]))?.is(&Value::TRUE) {
                return Ok(Value::TRUE);
            }
            continue;
        }
        let hook = vm.lookup_special(&c, "__subclasscheck__")?;
        let custom = payload::<TypeData>(&c).is_none()
            || hook
                .as_ref()
                .is_some_and(|f| payload::<crate::objects::function::FunctionData>(f).is_some());
        if custom {
            if let Some(f) = hook {
                if vm.is_true(&vm.call(&f, &[c.clone(), cls.clone()], &[])?)? {
                    return Ok(Value::TRUE);
                }
            }
            continue;
        }
        if vm.is_subclass(cls, &c) {
            return Ok(Value::TRUE);
        }
    }
    Ok(Value::FALSE)
}

/// The attribute name argument, which must be a str.
fn attr_name(vm: &Vm, name: &Value) -> PyResult<Value> {
    if payload::<crate::objects::str::StrData>(name).is_none() {
        return Err(vm.type_error(&format!(
            "attribute name must be string, not '{}'",
            vm.type_name(name)
        )));
    }
    Ok(vm.intern(&vm.str_of(name)))
}

fn getattr(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_range(vm, "getattr", 2, 3)?;
    let name = attr_name(vm, &a[1])?;
    match (vm.get_attr(&a[0], &name), a.get(2)) {
        (Err(e), Some(default))
            if vm.is_instance_of(&e.exception_value(), &vm.types.attribute_error) =>
        {
            Ok(default.clone())
        }
        (r, _) => r,
    }
}

fn setattr(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let [obj, name, value] = args.positional_range(vm, "setattr", 3, 3)? else {
        unreachable!("checked")
    };
    vm.set_attr(obj, &attr_name(vm, name)?, value.clone())?;
    Ok(Value::NONE)
}

fn delattr(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let [obj, name] = args.positional_range(vm, "delattr", 2, 2)? else {
        unreachable!("checked")
    };
    vm.set_attr(obj, &attr_name(vm, name)?, Value::NULL)?;
    Ok(Value::NONE)
}

fn hasattr(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let [obj, name] = args.positional_range(vm, "hasattr", 2, 2)? else {
        unreachable!("checked")
    };
    match vm.get_attr(obj, &attr_name(vm, name)?) {
        Ok(_) => Ok(Value::TRUE),
        Err(e) if vm.is_instance_of(&e.exception_value(), &vm.types.attribute_error) => {
            Ok(Value::FALSE)
        }
        Err(e) => Err(e),
    }
}

fn id(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let [obj] = args.positional_range(vm, "id", 1, 1)? else {
        unreachable!("checked")
    };
    Ok(vm.new_bigint(num_bigint::BigInt::from(vm.id_of(obj))))
}

fn hash(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let [obj] = args.positional_range(vm, "hash", 1, 1)? else {
        unreachable!("checked")
    };
    Ok(vm.new_int(vm.hash(obj)?))
}

fn callable(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let [obj] = args.positional_range(vm, "callable", 1, 1)? else {
        unreachable!("checked")
    };
    Ok(Value::bool(is_callable(vm, obj)?))
}

/// `callable(obj)` (CPython's `PyCallable_Check`).
pub fn is_callable(vm: &Vm, obj: &Value) -> PyResult<bool> {
    let builtin = payload::<crate::objects::function::FunctionData>(obj).is_some()
        || payload::<crate::native::NativeFunctionData>(obj).is_some()
        || payload::<crate::native::MethodDescriptorData>(obj).is_some()
        || payload::<crate::objects::method::MethodData>(obj).is_some()
        || payload::<TypeData>(obj).is_some();
    Ok(builtin || vm.lookup_special(obj, "__call__")?.is_some())
}
