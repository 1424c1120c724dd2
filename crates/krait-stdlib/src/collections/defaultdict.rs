//! `collections.defaultdict`: a subclass of `dict` whose `__missing__` calls `default_factory`
//! (krait-vm's `dict[key]` calls `__missing__` on subclasses, as CPython's `dict_subscript`).
//!
//! Instances have the layout of Python subclasses of `dict` (the dict, then attribute storage);
//! `default_factory` lives in that storage, read and written through a data descriptor.

use crate::native_type::short_type_name;
use krait_vm::heap::{self, InstanceAttrs, Sub};
use krait_vm::layouts::Kind;
use krait_vm::native::{Args, NativeFunctionData};
use krait_vm::objects::dict::DictData;
use krait_vm::protocols::payload;
use krait_vm::slot::Slot;
use krait_vm::types::{flags, TypeData};
use krait_vm::{method_table, PyResult, Value, Vm};
use std::cell::RefCell;

/// The docstring of `defaultdict`.
const DOC: &str = "defaultdict(default_factory=None, /, [...]) --> dict with default factory\n\nThe default factory is called without arguments to produce\na new value when a key is not present, in __getitem__ only.\nA defaultdict compares equal to a dict with the same items.\nAll remaining arguments are treated the same as if they were\npassed to the dict constructor, including keyword arguments.\n";

method_table!(
    /// The methods of `defaultdict`.
    METHODS,
    Method,
    {
    "__init__" => init, "($self, /, *args, **kwargs)", "Initialize self.  See help(type(self)) for accurate signature.";
    "__missing__" => missing, "($self, key, /)", "__missing__(key) # Called by __getitem__ for missing key; pseudo-code:\n  if self.default_factory is None: raise KeyError((key,))\n  self[key] = value = self.default_factory()\n  return value\n";
    "copy" => copy, "($self, /)", "D.copy() -> a shallow copy of D.";
    "__copy__" => copy, "($self, /)", "D.copy() -> a shallow copy of D.";
    "__reduce__" => reduce, "($self, /)", "Return state information for pickling.";
    "__repr__" => repr, "($self, /)", "Return repr(self).";
    "__or__" => or, "($self, value, /)", "Return self|value.";
    "__ror__" => ror, "($self, value, /)", "Return value|self.";
    }
);

method_table!(
    /// `defaultdict.__new__`.
    NEW,
    Static,
    {
    "__new__" => new, "(type, *args, **kwargs)", "Create and return a new object.";
    }
);

method_table!(
    /// The accessors of `default_factory`.
    FACTORY_ACCESSORS,
    Static,
    {
    "default_factory" => factory_get, "($self, /)", "Factory for default value called by __missing__().";
    "default_factory" => factory_set, "($self, value, /)", "";
    }
);

/// Creates the type `collections.defaultdict`.
pub(super) fn defaultdict_type(vm: &Vm) -> PyResult<Value> {
    let dict = vm.new_dict();
    vm.dict_set_item(&dict, vm.intern("__module__"), vm.new_str("collections"))?;
    vm.dict_set_item(&dict, vm.intern("__doc__"), vm.new_str(DOC))?;
    let td = TypeData::new(
        "collections.defaultdict",
        "defaultdict",
        dict.clone(),
        flags::IMMUTABLETYPE | flags::BASETYPE | flags::MAPPING,
        Kind::DictSub,
    );
    *td.bases.borrow_mut() = vec![vm.types.dict.clone()];
    let ty = heap::alloc(vm.types.type_.to_obj(), td).into_value();
    if let Some(t) = krait_vm::vm::type_data(&ty) {
        *t.mro.borrow_mut() = vec![ty.clone(), vm.types.dict.clone(), vm.types.object.clone()];
    }
    krait_vm::native::install_methods(vm, &ty, METHODS);
    krait_vm::native::install_methods(vm, &ty, NEW);
    let accessor = |def| {
        heap::alloc(
            vm.types.builtin_function.to_obj(),
            NativeFunctionData {
                def,
                self_: Slot::new(Value::NULL),
            },
        )
        .into_value()
    };
    let prop = vm.call(
        &vm.types.property,
        &[
            accessor(&FACTORY_ACCESSORS[0]),
            accessor(&FACTORY_ACCESSORS[1]),
        ],
        &[],
    )?;
    vm.dict_set_item(&dict, vm.intern("default_factory"), prop)?;
    if let Some(t) = krait_vm::vm::type_data(&ty) {
        t.modified();
    }
    Ok(ty)
}

/// The attribute storage of a defaultdict (NULL dict until first written).
fn storage(v: &Value) -> Option<&InstanceAttrs> {
    v.as_header().and_then(|h| h.instance_attrs())
}

/// `self.default_factory` (None when unset).
fn factory_of(vm: &Vm, v: &Value) -> PyResult<Value> {
    let Some(d) = storage(v).map(|s| s.dict.get()).filter(|d| !d.is_null()) else {
        return Ok(Value::NONE);
    };
    Ok(vm
        .dict_get_item(&d, &vm.intern("default_factory"))?
        .unwrap_or(Value::NONE))
}

fn set_factory(vm: &Vm, v: &Value, factory: Value) -> PyResult<()> {
    let Some(attrs) = storage(v) else {
        return Err(vm.type_error("expected a collections.defaultdict"));
    };
    let mut d = attrs.dict.get();
    if d.is_null() {
        d = vm.new_dict();
        attrs.dict.set(d.clone());
    }
    vm.dict_set_item(&d, vm.intern("default_factory"), factory)
}

fn me<'a>(vm: &Vm, args: &Args<'a>) -> PyResult<&'a Value> {
    args.pos()
        .first()
        .filter(|v| payload::<DictData>(v).is_some() && storage(v).is_some())
        .ok_or_else(|| vm.type_error("descriptor needs a 'collections.defaultdict' object"))
}

fn factory_get(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    factory_of(vm, me(vm, &args)?)
}

fn factory_set(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let v = me(vm, &args)?;
    set_factory(vm, v, args.pos().get(1).cloned().unwrap_or(Value::NONE))?;
    Ok(Value::NONE)
}

fn new(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let cls = args
        .pos()
        .first()
        .ok_or_else(|| vm.type_error("defaultdict.__new__(): not enough arguments"))?;
    let data = Sub {
        base: DictData::new(),
        attrs: InstanceAttrs::default(),
    };
    Ok(heap::alloc(cls.to_obj(), data).into_value())
}

fn is_callable(vm: &Vm, v: &Value) -> PyResult<bool> {
    let callable = vm
        .dict_get_item(&vm.builtins, &vm.intern("callable"))?
        .ok_or_else(|| vm.type_error("callable is missing"))?;
    let r = vm.call(&callable, std::slice::from_ref(v), &[])?;
    vm.is_true(&r)
}

fn init(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let v = me(vm, &args)?;
    let pos = args.pos();
    let factory = pos.get(1).cloned().unwrap_or(Value::NONE);
    if !factory.is_none() && !is_callable(vm, &factory)? {
        return Err(vm.type_error("first argument must be callable or None"));
    }
    set_factory(vm, v, factory)?;
    let rest = pos.get(2..).unwrap_or(&[]);
    if rest.len() > 1 {
        return Err(vm.type_error(&format!(
            "dict expected at most 1 argument, got {}",
            rest.len()
        )));
    }
    if rest.is_empty() && args.kwnames.is_empty() {
        return Ok(Value::NONE);
    }
    let update = vm
        .lookup_type(&vm.types.dict, &vm.intern("update"))?
        .ok_or_else(|| vm.type_error("dict.update is missing"))?;
    let mut call_args = vec![v.clone()];
    call_args.extend(rest.iter().cloned());
    call_args.extend(args.values[pos.len()..].iter().cloned());
    vm.call(&update, &call_args, args.kwnames)?;
    Ok(Value::NONE)
}

fn missing(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let v = me(vm, &args)?;
    let key = crate::convert::one_arg(vm, &super::deque::rest(&args), "defaultdict.__missing__")?;
    let factory = factory_of(vm, v)?;
    if factory.is_none() {
        return Err(vm.new_exception(&vm.types.key_error, vec![key.clone()]));
    }
    let value = vm.call(&factory, &[], &[])?;
    vm.set_item(v, key.clone(), value.clone())?;
    Ok(value)
}

/// `type(dd)(dd.default_factory, arg)` (CPython's `new_defdict`).
fn new_like(vm: &Vm, dd: &Value, arg: &Value) -> PyResult<Value> {
    vm.call(&vm.type_of(dd), &[factory_of(vm, dd)?, arg.clone()], &[])
}

fn copy(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let v = me(vm, &args)?;
    super::deque::no_args(vm, &args, "copy")?;
    new_like(vm, v, v)
}

fn reduce(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let v = me(vm, &args)?;
    let factory = factory_of(vm, v)?;
    let ctor_args = if factory.is_none() {
        vm.new_tuple(Vec::new())
    } else {
        vm.new_tuple(vec![factory])
    };
    let items = vm.call_method(v, "items", &[])?;
    let it = vm.get_iter(&items)?;
    Ok(vm.new_tuple(vec![vm.type_of(v), ctor_args, Value::NONE, Value::NONE, it]))
}

/// `left | right` where one of them is a defaultdict (CPython's `defdict_or`).
fn union(vm: &Vm, left: &Value, right: &Value, dd_is_left: bool) -> PyResult<Value> {
    let (dd, other) = if dd_is_left {
        (left, right)
    } else {
        (right, left)
    };
    if payload::<DictData>(other).is_none() {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    let new = new_like(vm, dd, left)?;
    vm.call_method(&new, "update", std::slice::from_ref(right))?;
    Ok(new)
}

fn or(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_range(vm, "__or__", 2, 2)?;
    union(vm, &a[0], &a[1], true)
}

fn ror(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_range(vm, "__ror__", 2, 2)?;
    union(vm, &a[1], &a[0], false)
}

thread_local! {
    /// The objects whose `repr` is being built by this module (CPython's `Py_ReprEnter`).
    static REPR_STACK: RefCell<Vec<u64>> = const { RefCell::new(Vec::new()) };
}

/// `f()` with `v` marked as being printed, or `None` if it already is.
fn guarded<T>(vm: &Vm, v: &Value, f: impl FnOnce() -> PyResult<T>) -> PyResult<Option<T>> {
    let id = vm.id_of(v);
    if REPR_STACK.with(|s| s.borrow().contains(&id)) {
        return Ok(None);
    }
    REPR_STACK.with(|s| s.borrow_mut().push(id));
    let r = f();
    REPR_STACK.with(|s| {
        let mut s = s.borrow_mut();
        if let Some(p) = s.iter().rposition(|&x| x == id) {
            s.remove(p);
        }
    });
    r.map(Some)
}

fn repr(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let v = me(vm, &args)?;
    let factory = factory_of(vm, v)?;
    let factory_repr = if factory.is_none() {
        "None".to_owned()
    } else {
        guarded(vm, &factory, || vm.repr_string(&factory))?.unwrap_or_else(|| "...".to_owned())
    };
    let dict_repr = guarded(vm, v, || {
        let _depth = vm.enter_recursion(" while getting the repr of an object")?;
        let items = payload::<DictData>(v)
            .map(DictData::items)
            .unwrap_or_default();
        let mut parts = Vec::with_capacity(items.len());
        for (k, x) in items {
            parts.push(format!("{}: {}", vm.repr_string(&k)?, vm.repr_string(&x)?));
        }
        Ok(format!("{{{}}}", parts.join(", ")))
    })?
    .unwrap_or_else(|| "{...}".to_owned());
    Ok(vm.new_str(&format!(
        "{}({factory_repr}, {dict_repr})",
        short_type_name(vm, v)
    )))
}
