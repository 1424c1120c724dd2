//! `types.GenericAlias` (PEP 585; CPython's Objects/genericaliasobject.c): what `list[int]`,
//! `dict[str, int]` and `tuple[int, ...]` make, through the `__class_getitem__` of the built-in
//! containers. Attributes the alias does not have are read from its origin, and calling it
//! makes an instance of the origin, as CPython's.
//!
//! Not yet: `*tuple[int, ...]` unpacking (`__unpacked__` is always False), substituting
//! parameters inside nested aliases (only top-level type variables are replaced), and `|`
//! between aliases (types.UnionType).

use crate::error::PyResult;
use crate::heap::{self, InstanceAttrs, Sub};
use crate::layouts::Kind;
use crate::native::{install_methods, method_table, new_def, Args, MethodDef, MethodKind};
use crate::objects::object::ObjectData;
use crate::types::{flags, TypeData};
use crate::value::Value;
use crate::vm::{type_data, Vm};
use krait_bytecode::opcode::Comparison;

method_table!(
    /// The methods of `types.GenericAlias`.
    METHODS,
    Method,
    {
    "__repr__" => repr, "($self, /)", "Return repr(self).";
    "__eq__" => eq, "($self, value, /)", "Return self==value.";
    "__hash__" => hash, "($self, /)", "Return hash(self).";
    "__call__" => call, "($self, /, *args, **kwargs)", "Call self as a function.";
    "__getitem__" => getitem, "($self, key, /)", "Return self[key].";
    "__getattr__" => getattr, "($self, name, /)", "Look the attribute up on __origin__.";
    "__mro_entries__" => mro_entries, "($self, bases, /)", "Return (__origin__,).";
    "__instancecheck__" => instancecheck, "($self, obj, /)", "isinstance() is not allowed.";
    "__subclasscheck__" => subclasscheck, "($self, cls, /)", "issubclass() is not allowed.";
    "__reduce__" => reduce, "($self, /)", "Return state information for pickling.";
    }
);

new_def!(
    NEW,
    new,
    "(type, origin, args, /)",
    "Represent a PEP 585 generic type\n\nE.g. for t = list[int], t.__origin__ is list and t.__args__ is (int,)."
);

/// `__class_getitem__` for the built-in generic containers.
pub static CLASS_GETITEM: [MethodDef; 1] = [MethodDef {
    name: "__class_getitem__",
    func: class_getitem,
    kind: MethodKind::Class,
    signature: "($cls, item, /)",
    doc: "See PEP 585",
}];

/// The `types.GenericAlias` type (made on first use).
pub fn generic_alias_type(vm: &Vm) -> Value {
    let key = vm.intern("GenericAlias");
    if let Ok(Some(t)) = vm.dict_get_item(&vm.internal_types(), &key) {
        return t;
    }
    let dict = vm.new_dict();
    let _ = vm.dict_set_item(&dict, vm.intern("__module__"), vm.new_str("types"));
    let _ = vm.dict_set_item(&dict, vm.intern("__doc__"), vm.new_str(NEW[0].doc));
    let td = TypeData::new(
        "GenericAlias",
        "GenericAlias",
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
    install_methods(vm, &ty, &NEW);
    let _ = vm.dict_set_item(&vm.internal_types(), key, ty.clone());
    ty
}

/// Installs `__class_getitem__` on the built-in generic types (`type[int]` is special-cased by
/// subscription itself, as CPython's `PyObject_GetItem`: `type` has no `__class_getitem__`).
pub fn install(vm: &Vm) {
    let t = &vm.types;
    for ty in [&t.list, &t.dict, &t.tuple, &t.set, &t.frozenset] {
        install_methods(vm, ty, &CLASS_GETITEM);
    }
}

/// `origin[args]`: a new alias (`args` a tuple, or one item).
pub fn new_generic_alias(vm: &Vm, origin: &Value, args: &Value) -> PyResult<Value> {
    new_of(vm, &generic_alias_type(vm), origin, args)
}

fn new_of(vm: &Vm, cls: &Value, origin: &Value, args: &Value) -> PyResult<Value> {
    let args = if vm.type_of(args).is(&vm.types.tuple) {
        args.clone()
    } else {
        vm.new_tuple(vec![args.clone()])
    };
    let data = Sub {
        base: ObjectData,
        attrs: InstanceAttrs::default(),
    };
    let ga = heap::alloc(cls.to_obj(), data).into_value();
    let params = parameters(vm, &args)?;
    vm.set_attr(&ga, &vm.intern("__origin__"), origin.clone())?;
    vm.set_attr(&ga, &vm.intern("__args__"), args)?;
    vm.set_attr(&ga, &vm.intern("__parameters__"), params)?;
    vm.set_attr(&ga, &vm.intern("__unpacked__"), Value::FALSE)?;
    Ok(ga)
}

/// The type variables among `args` (those with `__typing_subst__`) and the parameters of
/// the aliases among them, first occurrence first (CPython's `_Py_make_parameters`).
fn parameters(vm: &Vm, args: &Value) -> PyResult<Value> {
    let mut out: Vec<Value> = Vec::new();
    let mut add = |v: Value| {
        if !out.iter().any(|p| p.is(&v)) {
            out.push(v);
        }
    };
    for a in vm.tuple_items(args).unwrap_or_default() {
        if payload_is_type(&a) {
            continue;
        }
        if vm.lookup_special(&a, "__typing_subst__")?.is_some() {
            add(a);
        } else if let Some(ps) = vm.get_attr_opt(&a, "__parameters__")? {
            for p in vm.tuple_items(&ps).unwrap_or_default() {
                add(p);
            }
        }
    }
    Ok(vm.new_tuple(out))
}

fn payload_is_type(v: &Value) -> bool {
    crate::protocols::payload::<TypeData>(v).is_some()
}

fn attr(vm: &Vm, ga: &Value, name: &str) -> PyResult<Value> {
    vm.get_attr(ga, &vm.intern(name))
}

fn new(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_range(vm, "GenericAlias", 3, 3)?;
    new_of(vm, &a[0], &a[1], &a[2])
}

fn class_getitem(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_range(vm, "__class_getitem__", 2, 2)?;
    new_generic_alias(vm, &a[0], &a[1])
}

/// One argument as CPython's `ga_repr_item` shows it.
fn repr_item(vm: &Vm, v: &Value) -> PyResult<String> {
    if v.is(&Value::ELLIPSIS) {
        return Ok("...".to_owned());
    }
    let has = |n: &str| vm.get_attr_opt(v, n);
    if let (Some(_), Some(_)) = (has("__origin__")?, has("__args__")?) {
        return vm.repr_string(v);
    }
    if let (Some(q), Some(m)) = (has("__qualname__")?, has("__module__")?) {
        let (q, m) = (vm.str_of(&q), vm.str_of(&m));
        return Ok(if m == "builtins" {
            q
        } else {
            format!("{m}.{q}")
        });
    }
    vm.repr_string(v)
}

fn repr(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_range(vm, "__repr__", 1, 1)?;
    let origin = repr_item(vm, &attr(vm, &a[0], "__origin__")?)?;
    let items = vm
        .tuple_items(&attr(vm, &a[0], "__args__")?)
        .unwrap_or_default();
    let inner = if items.is_empty() {
        "()".to_owned()
    } else {
        items
            .iter()
            .map(|i| repr_item(vm, i))
            .collect::<PyResult<Vec<_>>>()?
            .join(", ")
    };
    Ok(vm.new_str(&format!("{origin}[{inner}]")))
}

fn eq(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_range(vm, "__eq__", 2, 2)?;
    if !vm.is_instance_of(&a[1], &generic_alias_type(vm)) {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    for name in ["__origin__", "__args__"] {
        let r = vm.rich_compare(
            &attr(vm, &a[0], name)?,
            &attr(vm, &a[1], name)?,
            Comparison::Eq,
        )?;
        if !vm.is_true(&r)? {
            return Ok(Value::FALSE);
        }
    }
    Ok(Value::TRUE)
}

fn hash(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_range(vm, "__hash__", 1, 1)?;
    let h = vm.hash(&attr(vm, &a[0], "__origin__")?)? ^ vm.hash(&attr(vm, &a[0], "__args__")?)?;
    Ok(vm.new_int(if h == -1 { -2 } else { h }))
}

fn call(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let pos = args.pos();
    let Some(this) = pos.first() else {
        return Err(vm.type_error("descriptor '__call__' needs an argument"));
    };
    let origin = attr(vm, this, "__origin__")?;
    let obj = vm.call(&origin, &args.values[1..], args.kwnames)?;
    // CPython ignores failures to set __orig_class__ (instances without a __dict__).
    match vm.set_attr(&obj, &vm.intern("__orig_class__"), this.clone()) {
        Err(e)
            if vm.is_instance_of(&e.exception_value(), &vm.types.attribute_error)
                || vm.is_instance_of(&e.exception_value(), &vm.types.type_error) => {}
        r => r?,
    }
    Ok(obj)
}

fn getitem(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_range(vm, "__getitem__", 2, 2)?;
    let params = vm
        .tuple_items(&attr(vm, &a[0], "__parameters__")?)
        .unwrap_or_default();
    if params.is_empty() {
        return Err(vm.type_error(&format!(
            "{} is not a generic class",
            vm.repr_string(&a[0])?
        )));
    }
    let given = vm.tuple_items(&a[1]).unwrap_or_else(|| vec![a[1].clone()]);
    if given.len() != params.len() {
        let many = if given.len() > params.len() {
            "many"
        } else {
            "few"
        };
        return Err(vm.type_error(&format!(
            "Too {many} arguments for {}; actual {}, expected {}",
            vm.repr_string(&a[0])?,
            given.len(),
            params.len()
        )));
    }
    let old = vm
        .tuple_items(&attr(vm, &a[0], "__args__")?)
        .unwrap_or_default();
    let new_args = old
        .into_iter()
        .map(|arg| match params.iter().position(|p| p.is(&arg)) {
            Some(i) => given[i].clone(),
            None => arg,
        })
        .collect();
    let cls = vm.type_of(&a[0]);
    new_of(
        vm,
        &cls,
        &attr(vm, &a[0], "__origin__")?,
        &vm.new_tuple(new_args),
    )
}

fn getattr(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_range(vm, "__getattr__", 2, 2)?;
    let name = vm.str_of(&a[1]);
    // The names CPython's ga_getattro keeps on the alias itself.
    const OWN: &[&str] = &[
        "__class__",
        "__origin__",
        "__args__",
        "__unpacked__",
        "__parameters__",
        "__typing_unpacked_tuple_args__",
        "__mro_entries__",
        "__reduce_ex__",
        "__reduce__",
        "__copy__",
        "__deepcopy__",
    ];
    if OWN.contains(&name.as_str()) {
        return Err(vm.new_error(
            &vm.types.attribute_error,
            &format!("'types.GenericAlias' object has no attribute '{name}'"),
        ));
    }
    vm.get_attr(&attr(vm, &a[0], "__origin__")?, &a[1])
}

fn mro_entries(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_range(vm, "__mro_entries__", 2, 2)?;
    Ok(vm.new_tuple(vec![attr(vm, &a[0], "__origin__")?]))
}

fn instancecheck(vm: &Vm, _args: Args<'_>) -> PyResult<Value> {
    Err(vm.type_error("isinstance() argument 2 cannot be a parameterized generic"))
}

fn subclasscheck(vm: &Vm, _args: Args<'_>) -> PyResult<Value> {
    Err(vm.type_error("issubclass() argument 2 cannot be a parameterized generic"))
}

fn reduce(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_range(vm, "__reduce__", 1, 1)?;
    let pair = vm.new_tuple(vec![
        attr(vm, &a[0], "__origin__")?,
        attr(vm, &a[0], "__args__")?,
    ]);
    Ok(vm.new_tuple(vec![vm.type_of(&a[0]), pair]))
}
