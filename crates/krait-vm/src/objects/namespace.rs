//! `types.SimpleNamespace` (CPython's Objects/namespaceobject.c): an object whose attributes
//! are given as keyword arguments, with a `namespace(a=1, b=2)` repr and equality by `__dict__`.

use crate::error::PyResult;
use crate::heap::{self, InstanceAttrs, Sub};
use crate::layouts::Kind;
use crate::native::{install_methods, method_table, Args};
use crate::objects::object::ObjectData;
use crate::types::{flags, TypeData};
use crate::value::Value;
use crate::vm::{type_data, Vm};

method_table!(
    /// The methods of `SimpleNamespace`.
    METHODS,
    Method,
    {
    "__init__" => init, "($self, /, **kwargs)", "Initialize self.";
    "__repr__" => repr, "($self, /)", "Return repr(self).";
    "__eq__" => eq, "($self, value, /)", "Return self==value.";
    }
);

/// The `SimpleNamespace` type of this interpreter (made on first use).
pub fn namespace_type(vm: &Vm) -> Value {
    let key = vm.intern("SimpleNamespace");
    if let Ok(Some(t)) = vm.dict_get_item(&vm.internal_types(), &key) {
        return t;
    }
    let dict = vm.new_dict();
    let _ = vm.dict_set_item(&dict, vm.intern("__module__"), vm.new_str("types"));
    let _ = vm.dict_set_item(
        &dict,
        vm.intern("__doc__"),
        vm.new_str("A simple attribute-based namespace."),
    );
    let td = TypeData::new(
        "SimpleNamespace",
        "SimpleNamespace",
        dict,
        flags::BASETYPE | flags::HEAPTYPE,
        Kind::ObjectSub,
    );
    *td.bases.borrow_mut() = vec![vm.types.object.clone()];
    let ty = heap::alloc(vm.types.type_.to_obj(), td).into_value();
    if let Some(t) = type_data(&ty) {
        *t.mro.borrow_mut() = vec![ty.clone(), vm.types.object.clone()];
    }
    install_methods(vm, &ty, METHODS);
    let _ = vm.dict_set_item(&vm.internal_types(), key, ty.clone());
    ty
}

/// A new empty `SimpleNamespace`.
pub fn new_namespace(vm: &Vm) -> PyResult<Value> {
    let ty = namespace_type(vm);
    let data = Sub {
        base: ObjectData,
        attrs: InstanceAttrs::default(),
    };
    Ok(heap::alloc(ty.to_obj(), data).into_value())
}

fn init(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() > 1 {
        return Err(vm.type_error("no positional arguments expected"));
    }
    for (k, v) in args.kwargs() {
        vm.set_attr(&pos[0], k, v.clone())?;
    }
    Ok(Value::NONE)
}

fn repr(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_range(vm, "__repr__", 1, 1)?;
    let d = vm.get_attr(&a[0], &vm.intern("__dict__"))?;
    let mut parts = Vec::new();
    if let Some(dd) = crate::protocols::payload::<crate::objects::dict::DictData>(&d) {
        for (k, v) in dd.items() {
            parts.push(format!("{}={}", vm.str_of(&k), vm.repr_string(&v)?));
        }
    }
    let name = if vm.type_of(&a[0]).is(&namespace_type(vm)) {
        "namespace".to_owned()
    } else {
        vm.type_name(&a[0])
    };
    Ok(vm.new_str(&format!("{name}({})", parts.join(", "))))
}

fn eq(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_range(vm, "__eq__", 2, 2)?;
    let ty = namespace_type(vm);
    if !vm.is_instance_of(&a[1], &ty) {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    let d1 = vm.get_attr(&a[0], &vm.intern("__dict__"))?;
    let d2 = vm.get_attr(&a[1], &vm.intern("__dict__"))?;
    vm.rich_compare(&d1, &d2, krait_bytecode::opcode::Comparison::Eq)
}
