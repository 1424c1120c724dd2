//! `property`, `classmethod` and `staticmethod` (CPython's Objects/descrobject.c and
//! funcobject.c): their constructors and `property`'s `getter`/`setter`/`deleter`.

use crate::error::PyResult;
use crate::heap;
use crate::native::{install_methods, Args, MethodDef, MethodKind};
use crate::objects::method::{WrapperData, WrapperKind};
use crate::protocols::payload;
use crate::slot::Slot;
use crate::value::Value;
use crate::vm::Vm;

static PROPERTY_METHODS: [MethodDef; 4] = [
    MethodDef {
        name: "__new__",
        func: property_new,
        kind: MethodKind::Static,
        signature: "(type, fget=None, fset=None, fdel=None, doc=None)",
        doc: "Property attribute.",
    },
    MethodDef {
        name: "getter",
        func: property_getter,
        kind: MethodKind::Method,
        signature: "($self, fget, /)",
        doc: "Descriptor to obtain a copy of the property with a different getter.",
    },
    MethodDef {
        name: "setter",
        func: property_setter,
        kind: MethodKind::Method,
        signature: "($self, fset, /)",
        doc: "Descriptor to obtain a copy of the property with a different setter.",
    },
    MethodDef {
        name: "deleter",
        func: property_deleter,
        kind: MethodKind::Method,
        signature: "($self, fdel, /)",
        doc: "Descriptor to obtain a copy of the property with a different deleter.",
    },
];

static CLASSMETHOD_NEW: [MethodDef; 1] = [MethodDef {
    name: "__new__",
    func: classmethod_new,
    kind: MethodKind::Static,
    signature: "(type, function, /)",
    doc: "Convert a function to be a class method.",
}];

static STATICMETHOD_NEW: [MethodDef; 1] = [MethodDef {
    name: "__new__",
    func: staticmethod_new,
    kind: MethodKind::Static,
    signature: "(type, function, /)",
    doc: "Convert a function to be a static method.",
}];

/// Installs the three types' methods.
pub fn install(vm: &Vm) {
    install_methods(vm, &vm.types.property, &PROPERTY_METHODS);
    install_methods(vm, &vm.types.classmethod, &CLASSMETHOD_NEW);
    install_methods(vm, &vm.types.staticmethod, &STATICMETHOD_NEW);
}

fn wrapper(ty: &Value, kind: WrapperKind, parts: [Value; 4]) -> Value {
    let [func, fset, fdel, doc] = parts;
    let data = WrapperData {
        kind,
        func: Slot::new(func),
        fset: Slot::new(fset),
        fdel: Slot::new(fdel),
        doc: Slot::new(doc),
    };
    heap::alloc(ty.to_obj(), data).into_value()
}

fn property_new(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let pos = args.pos();
    let mut parts = [Value::NONE, Value::NONE, Value::NONE, Value::NONE];
    if pos.len() > 5 {
        return Err(vm.type_error(&format!(
            "property() takes at most 4 arguments ({} given)",
            pos.len() - 1
        )));
    }
    for (i, v) in pos.iter().skip(1).enumerate() {
        parts[i] = v.clone();
    }
    for (k, v) in args.kwargs() {
        let i = match vm.str_of(k).as_str() {
            "fget" => 0,
            "fset" => 1,
            "fdel" => 2,
            "doc" => 3,
            other => {
                return Err(vm.type_error(&format!(
                    "property() got an unexpected keyword argument '{other}'"
                )))
            }
        };
        parts[i] = v.clone();
    }
    Ok(wrapper(&pos[0], WrapperKind::Property, parts))
}

fn property_with(vm: &Vm, args: Args<'_>, name: &str, which: usize) -> PyResult<Value> {
    let [this, f] = args.positional_range(vm, name, 2, 2)? else {
        unreachable!("checked")
    };
    let Some(w) = payload::<WrapperData>(this) else {
        return Err(vm.type_error("descriptor requires a 'property' object"));
    };
    let mut parts = [w.func.get(), w.fset.get(), w.fdel.get(), w.doc.get()];
    parts[which] = f.clone();
    Ok(wrapper(&vm.type_of(this), WrapperKind::Property, parts))
}

fn property_getter(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    property_with(vm, args, "getter", 0)
}

fn property_setter(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    property_with(vm, args, "setter", 1)
}

fn property_deleter(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    property_with(vm, args, "deleter", 2)
}

fn classmethod_new(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let [cls, f] = args.positional_range(vm, "classmethod", 2, 2)? else {
        unreachable!("checked")
    };
    Ok(wrapper(
        cls,
        WrapperKind::ClassMethod,
        [f.clone(), Value::NONE, Value::NONE, Value::NONE],
    ))
}

fn staticmethod_new(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let [cls, f] = args.positional_range(vm, "staticmethod", 2, 2)? else {
        unreachable!("checked")
    };
    Ok(wrapper(
        cls,
        WrapperKind::StaticMethod,
        [f.clone(), Value::NONE, Value::NONE, Value::NONE],
    ))
}
