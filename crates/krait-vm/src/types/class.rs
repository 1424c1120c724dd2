//! Creating classes and their instances (CPython's Python/bltinmodule.c `__build_class__` and
//! Objects/typeobject.c `type_new`, `object_new`, `object_init`).

use super::{flags, mro, TypeData};
use crate::error::PyResult;
use crate::eval::{run_frame, Frame};
use crate::heap::{self, InstanceAttrs, Sub};
use crate::layouts::Kind;
use crate::native::{install_methods, Args, MethodDef, MethodKind};
use crate::objects::cell::CellData;
use crate::objects::dict::DictData;
use crate::objects::function::FunctionData;
use crate::objects::object::ObjectData;
use crate::protocols::payload;
use crate::value::Value;
use crate::vm::{type_data, Vm};

static OBJECT_METHODS: [MethodDef; 2] = [
    MethodDef {
        name: "__new__",
        func: object_new,
        kind: MethodKind::Static,
        signature: "(type, *args, **kwargs)",
        doc: "Create and return a new object.",
    },
    MethodDef {
        name: "__init__",
        func: object_init,
        kind: MethodKind::Method,
        signature: "($self, /, *args, **kwargs)",
        doc: "Initialize self.",
    },
];

static TYPE_METHODS: [MethodDef; 1] = [MethodDef {
    name: "__new__",
    func: type_new,
    kind: MethodKind::Static,
    signature: "(type, *args, **kwargs)",
    doc: "Create and return a new type object.",
}];

/// The `__build_class__` built-in.
pub static BUILD_CLASS: MethodDef = MethodDef {
    name: "__build_class__",
    func: build_class,
    kind: MethodKind::Static,
    signature: "(func, name, /, *bases, metaclass=None, **kwds)",
    doc: "Internal helper function used by the class statement.",
};

static OBJECT_CLASS_METHODS: [MethodDef; 1] = [MethodDef {
    name: "__init_subclass__",
    func: object_init_subclass,
    kind: MethodKind::Class,
    signature: "($type, /)",
    doc: "This method is called when a class is subclassed.\n\nThe default implementation does nothing. It may be\noverridden to extend subclasses.\n",
}];

/// `object.__init_subclass__(cls)`: accepts no arguments.
fn object_init_subclass(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let qual = args
        .pos()
        .first()
        .and_then(type_data)
        .map(|t| t.qualname.borrow().clone())
        .unwrap_or_else(|| "object".to_owned());
    if !args.kwnames.is_empty() {
        return Err(vm.type_error(&format!(
            "{qual}.__init_subclass__() takes no keyword arguments"
        )));
    }
    if args.pos().len() > 1 {
        return Err(vm.type_error(&format!(
            "{qual}.__init_subclass__() takes no arguments ({} given)",
            args.pos().len() - 1
        )));
    }
    Ok(Value::NONE)
}

crate::native::method_table!(
    /// The methods of `type` (for classes).
    TYPE_INSTANCE_METHODS,
    Method,
    {
    "mro" => type_mro, "($self, /)", "Return a type's method resolution order.";
    }
);

/// `type.mro(cls)`: the linearization, as a list.
fn type_mro(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_range(vm, "mro", 1, 1)?;
    let mro = type_data(&a[0])
        .map(|t| t.mro.borrow().clone())
        .unwrap_or_default();
    Ok(vm.new_list(mro))
}

/// Installs `object.__new__`, `object.__init__`, `object.__init_subclass__` and `type.__new__`.
pub fn install(vm: &Vm) {
    install_methods(vm, &vm.types.type_, TYPE_INSTANCE_METHODS);
    install_methods(vm, &vm.types.object, &OBJECT_METHODS);
    install_methods(vm, &vm.types.object, &OBJECT_CLASS_METHODS);
    install_methods(vm, &vm.types.type_, &TYPE_METHODS);
}

/// `__build_class__(func, name, *bases, metaclass=None, **kwds)`: runs the class body `func`
/// in a fresh namespace and calls the metaclass with the result.
fn build_class(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let pos = args.pos();
    let (Some(func), Some(name)) = (pos.first(), pos.get(1)) else {
        return Err(vm.type_error("__build_class__: not enough arguments"));
    };
    let Some(fd) = payload::<FunctionData>(func) else {
        return Err(vm.type_error("__build_class__: func must be a function"));
    };
    let bases = pos[2..].to_vec();
    let mut metaclass = None;
    let mut kwnames = Vec::new();
    let mut kwvalues = Vec::new();
    for (k, v) in args.kwargs() {
        if vm.str_of(k) == "metaclass" {
            metaclass = Some(v.clone());
        } else {
            kwnames.push(k.clone());
            kwvalues.push(v.clone());
        }
    }
    let meta = match metaclass {
        Some(m) => m,
        None => bases
            .first()
            .map_or_else(|| vm.types.type_.clone(), |b| vm.type_of(b)),
    };
    let meta = if payload::<TypeData>(&meta).is_some() {
        most_derived_metaclass(vm, &meta, &bases)?
    } else {
        meta
    };
    let ns = match vm.lookup_type(&meta, &vm.intern("__prepare__"))? {
        Some(prepare) => {
            let prepare = vm.descr_get_on_class(&prepare, &meta)?;
            let mut a = vec![name.clone(), vm.new_tuple(bases.clone())];
            a.extend(kwvalues.iter().cloned());
            vm.call(&prepare, &a, &kwnames)?
        }
        None => vm.new_dict(),
    };
    let frame = Frame::new(
        fd.code.get(),
        func.clone(),
        fd.globals.get(),
        fd.builtins.get(),
        ns.clone(),
    );
    let cell = run_frame(vm, frame)?;
    let mut a = vec![name.clone(), vm.new_tuple(bases), ns];
    a.extend(kwvalues);
    let cls = vm.call(&meta, &a, &kwnames)?;
    if let Some(c) = payload::<CellData>(&cell) {
        if payload::<TypeData>(&cls).is_some() && c.contents.get().is_null() {
            c.contents.set(cls.clone());
        }
    }
    Ok(cls)
}

/// The metaclass of a new class: the most derived of `meta` and the bases' metaclasses.
fn most_derived_metaclass(vm: &Vm, meta: &Value, bases: &[Value]) -> PyResult<Value> {
    let mut winner = meta.clone();
    for b in bases {
        let bt = vm.type_of(b);
        if vm.is_subclass(&winner, &bt) {
            continue;
        }
        if vm.is_subclass(&bt, &winner) {
            winner = bt;
            continue;
        }
        return Err(vm.type_error(
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
        ));
    }
    Ok(winner)
}

/// `type.__new__(meta, name, bases, namespace)` (and `type(obj)` with one argument).
fn type_new(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() == 2 {
        return Ok(vm.type_of(&pos[1]));
    }
    let [meta, name, bases, ns] = pos else {
        return Err(vm.type_error("type() takes 1 or 3 arguments"));
    };
    let Some(ns_dict) = payload::<DictData>(ns) else {
        return Err(vm.type_error(&format!(
            "type.__new__() argument 3 must be dict, not {}",
            vm.type_name(ns)
        )));
    };
    let mut bases = vm
        .tuple_items(bases)
        .ok_or_else(|| vm.type_error("type.__new__() argument 2 must be tuple"))?;
    if bases.is_empty() {
        bases.push(vm.types.object.clone());
    }
    let mut instance_kind = Kind::ObjectSub;
    for (i, b) in bases.iter().enumerate() {
        if bases[..i].iter().any(|e| e.is(b)) {
            let n = type_data(b)
                .map(|t| t.name.borrow().clone())
                .unwrap_or_default();
            return Err(vm.type_error(&format!("duplicate base class {n}")));
        }
        let Some(bt) = type_data(b) else {
            return Err(vm.type_error("bases must be types"));
        };
        if !bt.has_flag(flags::BASETYPE) {
            return Err(vm.type_error(&format!(
                "type '{}' is not an acceptable base type",
                bt.name.borrow()
            )));
        }
        let k = instance_layout(bt.instance_kind.get());
        if k != Kind::ObjectSub {
            if instance_kind != Kind::ObjectSub && instance_kind != k {
                return Err(vm.type_error("multiple bases have instance lay-out conflict"));
            }
            instance_kind = k;
        }
    }
    let name_text = vm.str_of(name);
    let mro_tail = mro::linearize(&bases, &|b| {
        type_data(b)
            .map(|t| t.mro.borrow().clone())
            .unwrap_or_default()
    })
    .map_err(|heads| {
        let names: Vec<String> = heads
            .iter()
            .filter_map(|h| type_data(h).map(|t| t.name.borrow().clone()))
            .collect();
        vm.type_error(&format!(
            "Cannot create a consistent method resolution\norder (MRO) for bases {}",
            names.join(", ")
        ))
    })?;
    // The class namespace becomes the type's dict (a copy), minus what type_new consumes.
    let dict = vm.new_dict();
    let mut qualname = name_text.clone();
    let mut classcell = None;
    for (k, v) in ns_dict.items() {
        match vm.str_of(&k).as_str() {
            "__qualname__" => qualname = vm.str_of(&v),
            "__classcell__" => classcell = Some(v),
            _ => vm.dict_set_item(&dict, k, v)?,
        }
    }
    let slots = super::slots::plan(vm, &name_text, &bases, instance_kind, &dict)?;
    let td = TypeData::new(
        &name_text,
        &qualname,
        dict.clone(),
        flags::HEAPTYPE | flags::BASETYPE | slots.flags,
        instance_kind,
    );
    *td.bases.borrow_mut() = bases.clone();
    let cls = heap::alloc(meta.to_obj(), td).into_value();
    if let Some(t) = type_data(&cls) {
        let mut m = vec![cls.clone()];
        m.extend(mro_tail);
        *t.mro.borrow_mut() = m;
    }
    super::slots::install(vm, &cls, &slots)?;
    let doc_key = vm.intern("__doc__");
    if vm.dict_get_item(&dict, &doc_key)?.is_none() {
        vm.dict_set_item(&dict, doc_key, Value::NONE)?;
    }
    // A class that defines __eq__ but not __hash__ is unhashable (CPython's inherit_slots).
    let hash_key = vm.intern("__hash__");
    if vm.dict_get_item(&dict, &vm.intern("__eq__"))?.is_some()
        && vm.dict_get_item(&dict, &hash_key)?.is_none()
    {
        vm.dict_set_item(&dict, hash_key, Value::NONE)?;
    }
    if let Some(cell) = classcell.as_ref().and_then(payload::<CellData>) {
        cell.contents.set(cls.clone());
    }
    // __set_name__ on the attributes that define it, then the parent's __init_subclass__.
    if let Some(d) = payload::<DictData>(&dict) {
        for (k, v) in d.items() {
            if let Some(f) = vm.lookup_special(&v, "__set_name__")? {
                vm.call(&f, &[v.clone(), cls.clone(), k], &[])?;
            }
        }
    }
    init_subclass(vm, &cls, args.kwnames, &args.values[pos.len()..])?;
    Ok(cls)
}

/// Calls `super(cls, cls).__init_subclass__(**kwargs)`; the default rejects keywords.
fn init_subclass(vm: &Vm, cls: &Value, kwnames: &[Value], kwvalues: &[Value]) -> PyResult<()> {
    let mro = type_data(cls)
        .map(|t| t.mro.borrow().clone())
        .unwrap_or_default();
    let name = vm.intern("__init_subclass__");
    for t in mro.iter().skip(1) {
        let Some(d) = type_data(t).map(TypeData::dict) else {
            continue;
        };
        if let Some(f) = vm.dict_get_item(&d, &name)? {
            let f = match payload::<crate::objects::method::WrapperData>(&f) {
                Some(w) => w.func.get(),
                None => f,
            };
            let mut a = vec![cls.clone()];
            a.extend(kwvalues.iter().cloned());
            vm.call(&f, &a, kwnames)?;
            return Ok(());
        }
    }
    if !kwnames.is_empty() {
        let qual = type_data(cls)
            .map(|t| t.qualname.borrow().clone())
            .unwrap_or_default();
        return Err(vm.type_error(&format!(
            "{qual}.__init_subclass__() takes no keyword arguments"
        )));
    }
    Ok(())
}

/// The instance layout of a Python subclass of a type whose instances have layout `k`.
pub(super) fn instance_layout(k: Kind) -> Kind {
    match k {
        Kind::Object | Kind::ObjectSub => Kind::ObjectSub,
        Kind::Exception => Kind::Exception,
        other => crate::layouts::sub_kind_of(other).unwrap_or(other),
    }
}

/// Whether `f` (found on a type) is `object`'s own `__init__`/`__new__`.
fn is_object_method(vm: &Vm, f: &Value) -> bool {
    vm.is_object_slot(f)
        || payload::<crate::native::NativeFunctionData>(f)
            .is_some_and(|n| std::ptr::eq(n.def, &OBJECT_METHODS[0]))
}

/// `object.__new__(cls, *args)`.
fn object_new(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let pos = args.pos();
    let Some(cls) = pos.first() else {
        return Err(vm.type_error("object.__new__(): not enough arguments"));
    };
    let Some(td) = type_data(cls) else {
        return Err(vm.type_error(&format!(
            "object.__new__(X): X is not a type object ({})",
            vm.type_name(cls)
        )));
    };
    if pos.len() > 1 || !args.kwnames.is_empty() {
        let new = vm.lookup_type(cls, &vm.intern("__new__"))?;
        let init = vm.lookup_type(cls, &vm.intern("__init__"))?;
        let new_overridden = new.as_ref().is_some_and(|f| !is_object_method(vm, f));
        let init_overridden = init.as_ref().is_some_and(|f| !is_object_method(vm, f));
        if new_overridden {
            return Err(vm.type_error(
                "object.__new__() takes exactly one argument (the type to instantiate)",
            ));
        }
        if !init_overridden {
            return Err(vm.type_error(&format!("{}() takes no arguments", td.name.borrow())));
        }
    }
    match td.instance_kind.get() {
        Kind::ObjectSub => {
            let data = Sub {
                base: ObjectData,
                attrs: InstanceAttrs::default(),
            };
            Ok(heap::alloc(cls.to_obj(), data).into_value())
        }
        Kind::Object => Ok(heap::alloc(cls.to_obj(), ObjectData).into_value()),
        _ => Err(vm.not_implemented(&format!(
            "object.__new__ for instances of '{}'",
            td.name.borrow()
        ))),
    }
}

/// `object.__init__(self, *args)`.
fn object_init(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() > 1 || !args.kwnames.is_empty() {
        let ty = vm.type_of(&pos[0]);
        let new = vm.lookup_type(&ty, &vm.intern("__new__"))?;
        let init = vm.lookup_type(&ty, &vm.intern("__init__"))?;
        let new_overridden = new.as_ref().is_some_and(|f| !is_object_method(vm, f));
        let init_overridden = init.as_ref().is_some_and(|f| !is_object_method(vm, f));
        if init_overridden {
            return Err(vm.type_error(
                "object.__init__() takes exactly one argument (the instance to initialize)",
            ));
        }
        if !new_overridden {
            return Err(vm.type_error(&format!("{}() takes no arguments", vm.type_name(&pos[0]))));
        }
    }
    Ok(Value::NONE)
}
