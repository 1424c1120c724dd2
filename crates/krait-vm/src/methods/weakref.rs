//! `weakref.ref` (`ReferenceType`) and the `_weakref` module (CPython's Objects/weakrefobject.c
//! and Modules/_weakref.c): creating weak references (reusing the basic one when there is no
//! callback), calling, hashing, comparing and showing them.

use crate::error::PyResult;
use crate::heap::{self, Header, InstanceAttrs, Sub};
use crate::layouts::Kind;
use crate::native::{method_table, new_def, Args, NativeFunctionData};
use crate::objects::weakref::{self, WeakrefData};
use crate::protocols::payload;
use crate::slot::Slot;
use crate::types::flags;
use crate::value::Value;
use crate::vm::{type_data, Vm};

new_def!(
    REF_NEW,
    ref_new,
    "(type, ob, callback=None, /)",
    "Create and return a new object.  See help(type) for accurate signature."
);

method_table!(
    /// The methods of `weakref.ReferenceType`.
    REF_METHODS,
    Method,
    {
    "__init__" => ref_init, "($self, /, *args, **kwargs)", "Initialize self.  See help(type(self)) for accurate signature.";
    "__call__" => ref_call, "($self, /, *args, **kwargs)", "Call self as a function.";
    "__hash__" => ref_hash, "($self, /)", "Return hash(self).";
    "__eq__" => ref_eq, "($self, value, /)", "Return self==value.";
    "__ne__" => ref_ne, "($self, value, /)", "Return self!=value.";
    "__lt__" => not_implemented, "($self, value, /)", "Return self<value.";
    "__le__" => not_implemented, "($self, value, /)", "Return self<=value.";
    "__gt__" => not_implemented, "($self, value, /)", "Return self>value.";
    "__ge__" => not_implemented, "($self, value, /)", "Return self>=value.";
    "__repr__" => ref_repr, "($self, /)", "Return repr(self).";
    }
);

method_table!(
    /// The getters of `weakref.ReferenceType`.
    REF_GETTERS,
    Static,
    {
    "__callback__" => ref_callback, "", "";
    }
);

method_table!(
    /// The functions of the `_weakref` module.
    MODULE_FUNCTIONS,
    Static,
    {
    "getweakrefcount" => getweakrefcount, "($module, object, /)", "Return the number of weak references to 'object'.";
    "getweakrefs" => getweakrefs, "($module, object, /)", "Return a list of all weak reference objects pointing to 'object'.";
    "_remove_dead_weakref" => remove_dead_weakref, "($module, dct, key, /)", "Atomically remove key from dict if it points to a dead weakref.";
    "proxy" => proxy, "($module, object, callback=None, /)", "Create a proxy object that weakly references 'object'.\n\n'callback', if given, is called with a reference to the\nproxy when 'object' is about to be finalized.";
    }
);

/// Installs the methods of the weak reference types.
pub fn install(vm: &Vm) {
    let t = &vm.types;
    crate::native::install_methods(vm, &t.weakref_ref, REF_METHODS);
    crate::native::install_methods(vm, &t.weakref_ref, &REF_NEW);
    crate::methods::number::install_getters(vm, &t.weakref_ref, REF_GETTERS);
    super::weakproxy::install(vm);
    for ty in [&t.weakref_ref, &t.weakref_proxy, &t.weakref_callable_proxy] {
        if let Some(td) = type_data(ty) {
            let _ = vm.dict_set_item(&td.dict(), vm.intern("__module__"), vm.new_str("weakref"));
            td.modified();
        }
    }
}

/// The `_weakref` module.
pub fn init_module(vm: &Vm) -> PyResult<Value> {
    let m = vm.new_module("_weakref");
    for def in MODULE_FUNCTIONS {
        let f = heap::alloc(
            vm.types.builtin_function.to_obj(),
            NativeFunctionData {
                def,
                self_: Slot::new(m.clone()),
            },
        );
        vm.module_set(&m, def.name, f.into_value())?;
    }
    let t = &vm.types;
    vm.module_set(&m, "ref", t.weakref_ref.clone())?;
    vm.module_set(&m, "ReferenceType", t.weakref_ref.clone())?;
    vm.module_set(&m, "ProxyType", t.weakref_proxy.clone())?;
    vm.module_set(&m, "CallableProxyType", t.weakref_callable_proxy.clone())?;
    Ok(m)
}

/// CPython's `tp_name` of `v`'s type for messages (`weakref.ReferenceType` for the weak
/// reference types, which CPython names with their module).
pub(crate) fn tp_name(vm: &Vm, v: &Value) -> String {
    let ty = vm.type_of(v);
    let t = &vm.types;
    if ty.is(&t.weakref_ref) || ty.is(&t.weakref_proxy) || ty.is(&t.weakref_callable_proxy) {
        return format!("weakref.{}", vm.type_name(v));
    }
    vm.type_name(v)
}

/// Whether `v` can be weakly referenced, as CPython's `tp_weaklistoffset` decides: instances
/// of Python classes (unless `__slots__` leave out `__weakref__`, or the base is `int`,
/// `bytes` or `tuple`), and functions, types, modules, sets, generators, code objects, bound
/// methods, built-in functions and memoryviews.
pub fn can_weakref(vm: &Vm, v: &Value) -> bool {
    let Some(h) = v.as_header() else {
        return false;
    };
    match h.kind() {
        Kind::Type
        | Kind::Function
        | Kind::Module
        | Kind::NativeFunction
        | Kind::Method
        | Kind::Code
        | Kind::Generator
        | Kind::Set
        | Kind::MemoryView => true,
        Kind::IntSub | Kind::BytesSub | Kind::TupleSub => false,
        k if h.layout().attrs_offset.is_some() || k == Kind::Exception => {
            let ty = vm.type_of(v);
            type_data(&ty).is_some_and(|t| t.has_flag(flags::HEAPTYPE))
                && slots_allow_weakref(vm, &ty)
        }
        _ => false,
    }
}

/// Whether some Python class in the MRO of `ty` gives its instances a `__weakref__`: it has no
/// `__slots__`, or they name `__weakref__`.
fn slots_allow_weakref(vm: &Vm, ty: &Value) -> bool {
    let Some(td) = type_data(ty) else {
        return false;
    };
    let mro = td.mro.borrow().clone();
    let slots_name = vm.intern("__slots__");
    for t in &mro {
        let Some(d) = type_data(t) else { continue };
        if !d.has_flag(flags::HEAPTYPE) {
            continue;
        }
        match vm.dict_get_item(&d.dict(), &slots_name) {
            Ok(Some(slots)) => {
                let names = if payload::<crate::objects::str::StrData>(&slots).is_some() {
                    vec![slots]
                } else {
                    vm.collect_iterable(&slots).unwrap_or_default()
                };
                if names.iter().any(|n| vm.str_of(n) == "__weakref__") {
                    return true;
                }
            }
            _ => return true,
        }
    }
    false
}

/// The weak reference payload of `v` (a ref, ref subclass instance or proxy).
pub(crate) fn data(v: &Value) -> Option<&WeakrefData> {
    payload::<WeakrefData>(v)
}

/// The basic weak references at the head of `referent`'s list: the plain `ref` without a
/// callback and the proxy without a callback, if they exist (CPython's `get_basic_refs`).
fn basic_refs(vm: &Vm, referent: &Header) -> (Option<Value>, Option<Value>) {
    let refs = weakref::refs_to(referent);
    let mut it = refs.into_iter().peekable();
    let is_basic = |w: &Value, tys: &[&Value]| {
        let ty = vm.type_of(w);
        tys.iter().any(|t| ty.is(t)) && data(w).is_some_and(|d| d.callback.get().is_null())
    };
    let t = &vm.types;
    let r = it.next_if(|w| is_basic(w, &[&t.weakref_ref]));
    let p = it.next_if(|w| is_basic(w, &[&t.weakref_proxy, &t.weakref_callable_proxy]));
    (r, p)
}

/// A new weak reference of type `cls` to `ob` (CPython's `weakref___new__` and
/// `PyWeakref_NewProxy`), or the existing basic one when there is no callback.
pub(crate) fn new_weakref(vm: &Vm, cls: &Value, ob: &Value, callback: &Value) -> PyResult<Value> {
    if !can_weakref(vm, ob) {
        return Err(vm.type_error(&format!(
            "cannot create weak reference to '{}' object",
            tp_name(vm, ob)
        )));
    }
    let Some(h) = ob.as_header() else {
        unreachable!("weakly referenceable objects are on the heap");
    };
    let callback = if callback.is_none() {
        Value::NULL
    } else {
        callback.clone()
    };
    let t = &vm.types;
    let is_proxy = cls.is(&t.weakref_proxy) || cls.is(&t.weakref_callable_proxy);
    let (basic_ref, basic_proxy) = basic_refs(vm, h);
    if callback.is_null() {
        if cls.is(&t.weakref_ref) {
            if let Some(r) = basic_ref {
                return Ok(r);
            }
        } else if is_proxy {
            if let Some(p) = basic_proxy {
                return Ok(p);
            }
        }
    }
    let data = WeakrefData::new(h, callback.clone());
    let sub = type_data(cls).is_some_and(|t| t.instance_kind.get() == Kind::WeakrefSub);
    let wr = if sub {
        let obj = heap::alloc(
            cls.to_obj(),
            Sub {
                base: data,
                attrs: InstanceAttrs::default(),
            },
        );
        obj.into_value()
    } else {
        heap::alloc(cls.to_obj(), data).into_value()
    };
    let Some(whdr) = wr.as_header() else {
        unreachable!("just allocated");
    };
    let Some(d) = self::data(&wr) else {
        unreachable!("just allocated as a weak reference");
    };
    let basic = callback.is_null() && (cls.is(&t.weakref_ref) || is_proxy);
    let after = if basic && cls.is(&t.weakref_ref) {
        0
    } else {
        usize::from(basic_ref.is_some()) + usize::from(basic_proxy.is_some() && !basic)
    };
    weakref::link(h, whdr, d, after);
    Ok(wr)
}

fn ref_new(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    args.no_kwargs(vm, "ref")?;
    let a = args.pos();
    let Some(cls) = a.first() else {
        return Err(vm.type_error("ReferenceType.__new__(): not enough arguments"));
    };
    let rest = &a[1..];
    if rest.is_empty() {
        return Err(vm.type_error("__new__ expected at least 1 argument, got 0"));
    }
    if rest.len() > 2 {
        return Err(vm.type_error(&format!(
            "__new__ expected at most 2 arguments, got {}",
            rest.len()
        )));
    }
    let none = Value::NONE;
    new_weakref(vm, cls, &rest[0], rest.get(1).unwrap_or(&none))
}

fn ref_init(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let n = args.pos().len().saturating_sub(1);
    if n == 0 {
        return Err(vm.type_error("__init__ expected at least 1 argument, got 0"));
    }
    if n > 2 {
        return Err(vm.type_error(&format!("__init__ expected at most 2 arguments, got {n}")));
    }
    Ok(Value::NONE)
}

/// The weak reference `self`, with a descriptor error otherwise.
fn this<'a>(vm: &Vm, v: &'a Value, name: &str) -> PyResult<&'a WeakrefData> {
    data(v).ok_or_else(|| {
        vm.type_error(&format!(
            "descriptor '{name}' requires a 'weakref.ReferenceType' object but received a '{}'",
            vm.type_name(v)
        ))
    })
}

fn ref_call(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    args.no_kwargs(vm, "weakref")?;
    let a = args.pos();
    let w = this(vm, &a[0], "__call__")?;
    if a.len() > 1 {
        return Err(vm.type_error(&format!(
            "weakref expected 0 arguments, got {}",
            a.len() - 1
        )));
    }
    Ok(w.get().unwrap_or(Value::NONE))
}

fn ref_hash(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_range(vm, "__hash__", 1, 1)?;
    let w = this(vm, &a[0], "__hash__")?;
    if let Some(h) = w.hash.get() {
        return Ok(vm.new_int(h));
    }
    let Some(obj) = w.get() else {
        return Err(vm.type_error("weak object has gone away"));
    };
    let h = vm.hash(&obj)?;
    w.hash.set(Some(h));
    Ok(vm.new_int(h))
}

/// `==` of weak references: their referents compared while both live, else identity.
fn ref_compare(vm: &Vm, args: Args<'_>, name: &str, ne: bool) -> PyResult<Value> {
    let a = args.positional_range(vm, name, 2, 2)?;
    let w = this(vm, &a[0], name)?;
    let ref_ty = &vm.types.weakref_ref;
    let Some(o) = data(&a[1]).filter(|_| vm.is_instance_of(&a[1], ref_ty)) else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    match (w.get(), o.get()) {
        (Some(x), Some(y)) => {
            let op = if ne {
                krait_bytecode::opcode::Comparison::Ne
            } else {
                krait_bytecode::opcode::Comparison::Eq
            };
            vm.rich_compare(&x, &y, op)
        }
        _ => Ok(Value::bool(a[0].is(&a[1]) != ne)),
    }
}

fn ref_eq(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    ref_compare(vm, args, "__eq__", false)
}

fn ref_ne(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    ref_compare(vm, args, "__ne__", true)
}

fn not_implemented(_vm: &Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::NOT_IMPLEMENTED)
}

fn ref_repr(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_range(vm, "__repr__", 1, 1)?;
    let w = this(vm, &a[0], "__repr__")?;
    let id = vm.id_of(&a[0]);
    let Some(obj) = w.get() else {
        return Ok(vm.new_str(&format!("<weakref at {id:#x}; dead>")));
    };
    let name = match vm.get_attr_opt(&obj, "__name__") {
        Ok(Some(n)) if payload::<crate::objects::str::StrData>(&n).is_some() => {
            format!(" ({})", vm.str_of(&n))
        }
        Ok(_) => String::new(),
        Err(e) => return Err(e),
    };
    Ok(vm.new_str(&format!(
        "<weakref at {id:#x}; to '{}' at {:#x}{name}>",
        tp_name(vm, &obj),
        vm.id_of(&obj)
    )))
}

fn ref_callback(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_range(vm, "__callback__", 1, 1)?;
    let w = this(vm, &a[0], "__callback__")?;
    let cb = w.callback.get();
    Ok(if cb.is_null() { Value::NONE } else { cb })
}

fn getweakrefcount(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_range(vm, "getweakrefcount", 1, 1)?;
    let n = a[0].as_header().map_or(0, weakref::count);
    Ok(vm.new_int(n as i64))
}

fn getweakrefs(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_range(vm, "getweakrefs", 1, 1)?;
    let refs = a[0].as_header().map(weakref::refs_to).unwrap_or_default();
    Ok(vm.new_list(refs))
}

fn remove_dead_weakref(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_range(vm, "_remove_dead_weakref", 2, 2)?;
    if payload::<crate::objects::dict::DictData>(&a[0]).is_none() {
        return Err(vm.type_error(&format!(
            "_remove_dead_weakref() argument 1 must be dict, not {}",
            vm.type_name(&a[0])
        )));
    }
    if let Some(v) = vm.dict_get_item(&a[0], &a[1])? {
        let Some(w) = data(&v) else {
            return Err(vm.type_error("not a weakref"));
        };
        if w.is_dead() {
            vm.dict_del_item(&a[0], &a[1])?;
        }
    }
    Ok(Value::NONE)
}

fn proxy(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_range(vm, "proxy", 1, 2)?;
    let none = Value::NONE;
    let callable = payload::<crate::objects::function::FunctionData>(&a[0]).is_some()
        || payload::<NativeFunctionData>(&a[0]).is_some()
        || payload::<crate::objects::method::MethodData>(&a[0]).is_some()
        || payload::<crate::types::TypeData>(&a[0]).is_some()
        || vm.lookup_special(&a[0], "__call__")?.is_some();
    let cls = if callable {
        &vm.types.weakref_callable_proxy
    } else {
        &vm.types.weakref_proxy
    };
    new_weakref(vm, cls, &a[0], a.get(1).unwrap_or(&none))
}
