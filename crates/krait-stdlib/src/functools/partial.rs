//! `functools.partial` (a callable with some arguments fixed) and the key wrappers of
//! `functools.cmp_to_key`.

use crate::native_type::{alloc, module_type, new_type, state};
use krait_bytecode::opcode::Comparison;
use krait_vm::native::Args;
use krait_vm::objects::dict::DictData;
use krait_vm::objects::native_object::NativeObject;
use krait_vm::protocols::payload;
use krait_vm::slot::Slot;
use krait_vm::{method_table, PyResult, Value, Vm};
use std::any::Any;

/// The state of a `partial`.
struct Partial {
    func: Slot,
    /// A tuple.
    args: Slot,
    /// A dict.
    keywords: Slot,
}

impl NativeObject for Partial {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        self.func.visit(visit);
        self.args.visit(visit);
        self.keywords.visit(visit);
    }

    fn clear(&self) {
        self.func.set(Value::NULL);
        self.args.set(Value::NULL);
        self.keywords.set(Value::NULL);
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

method_table!(
    /// The methods of `partial`.
    PARTIAL_METHODS,
    Method,
    {
    "__call__" => partial_call, "($self, /, *args, **kwargs)", "Call self as a function.";
    "__repr__" => partial_repr, "($self, /)", "Return repr(self).";
    }
);

method_table!(
    /// `partial.__new__`.
    PARTIAL_NEW,
    Static,
    {
    "__new__" => partial_new, "(func, /, *args, **keywords)", "Create and return a new object.";
    }
);

method_table!(
    /// The attributes of `partial`.
    PARTIAL_GETTERS,
    Static,
    {
    "func" => get_func, "($self, /)", "function object to use in future partial calls";
    "args" => get_args, "($self, /)", "tuple of arguments to future partial calls";
    "keywords" => get_keywords, "($self, /)", "dictionary of keyword arguments to future partial calls";
    }
);

/// Creates the type `functools.partial`.
pub(super) fn partial_type(vm: &Vm) -> PyResult<Value> {
    new_type(
        vm,
        "functools",
        "partial",
        &[PARTIAL_METHODS, PARTIAL_NEW],
        PARTIAL_GETTERS,
    )
}

fn me<'a>(vm: &Vm, args: &Args<'a>) -> PyResult<(&'a Value, &'a Partial)> {
    let v = args
        .pos()
        .first()
        .ok_or_else(|| vm.type_error("descriptor needs a 'functools.partial' object"))?;
    let p = state::<Partial>(v)
        .ok_or_else(|| vm.type_error("descriptor needs a 'functools.partial' object"))?;
    Ok((v, p))
}

fn get_func(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(me(vm, &args)?.1.func.get())
}

fn get_args(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(me(vm, &args)?.1.args.get())
}

fn get_keywords(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(me(vm, &args)?.1.keywords.get())
}

/// The items of a dict.
fn dict_items(d: &Value) -> Vec<(Value, Value)> {
    payload::<DictData>(d)
        .map(DictData::items)
        .unwrap_or_default()
}

fn is_callable(vm: &Vm, v: &Value) -> PyResult<bool> {
    let callable = vm
        .dict_get_item(&vm.builtins, &vm.intern("callable"))?
        .ok_or_else(|| vm.type_error("callable is missing"))?;
    let r = vm.call(&callable, std::slice::from_ref(v), &[])?;
    vm.is_true(&r)
}

fn partial_new(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let pos = args.pos();
    let Some(cls) = pos.first() else {
        return Err(vm.type_error("partial.__new__(): not enough arguments"));
    };
    let Some(func) = pos.get(1) else {
        return Err(vm.type_error("type 'partial' takes at least one argument"));
    };
    if !is_callable(vm, func)? {
        return Err(vm.type_error("the first argument must be callable"));
    }
    let mut func = func.clone();
    let mut fixed: Vec<Value> = Vec::new();
    let keywords = vm.new_dict();
    // A partial of a partial is flattened.
    if vm.type_of(&func).is(cls) {
        if let Some(inner) = state::<Partial>(&func) {
            fixed = vm.tuple_items(&inner.args.get()).unwrap_or_default();
            for (k, v) in dict_items(&inner.keywords.get()) {
                vm.dict_set_item(&keywords, k, v)?;
            }
            func = inner.func.get();
        }
    }
    fixed.extend_from_slice(&pos[2..]);
    for (k, v) in args.kwargs() {
        vm.dict_set_item(&keywords, k.clone(), v.clone())?;
    }
    Ok(alloc(
        cls,
        Partial {
            func: Slot::new(func),
            args: Slot::new(vm.new_tuple(fixed)),
            keywords: Slot::new(keywords),
        },
    ))
}

fn partial_call(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, p) = me(vm, &args)?;
    let mut values = vm.tuple_items(&p.args.get()).unwrap_or_default();
    values.extend_from_slice(&args.pos()[1..]);
    let mut kw: Vec<(Value, Value)> = dict_items(&p.keywords.get());
    for (k, v) in args.kwargs() {
        match kw.iter_mut().find(|(name, _)| vm.str_eq(name, k)) {
            Some(slot) => slot.1 = v.clone(),
            None => kw.push((k.clone(), v.clone())),
        }
    }
    let kwnames: Vec<Value> = kw.iter().map(|(k, _)| k.clone()).collect();
    values.extend(kw.into_iter().map(|(_, v)| v));
    vm.call(&p.func.get(), &values, &kwnames)
}

fn partial_repr(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, p) = me(vm, &args)?;
    let mut text = format!("functools.partial({}", vm.repr_string(&p.func.get())?);
    for a in vm.tuple_items(&p.args.get()).unwrap_or_default() {
        text.push_str(", ");
        text.push_str(&vm.repr_string(&a)?);
    }
    for (k, v) in dict_items(&p.keywords.get()) {
        text.push_str(&format!(", {}={}", vm.str_string(&k)?, vm.repr_string(&v)?));
    }
    text.push(')');
    Ok(vm.new_str(&text))
}

// ---- cmp_to_key ----

/// A key of `cmp_to_key(mycmp)`: the comparison function and, once called, the object.
struct Key {
    cmp: Slot,
    obj: Slot,
}

impl NativeObject for Key {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        self.cmp.visit(visit);
        self.obj.visit(visit);
    }

    fn clear(&self) {
        self.cmp.set(Value::NULL);
        self.obj.set(Value::NULL);
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

method_table!(
    /// The methods of the key wrappers.
    KEY_METHODS,
    Method,
    {
    "__call__" => key_call, "($self, /, obj)", "Call self as a function.";
    "__lt__" => key_lt, "($self, value, /)", "Return self<value.";
    "__le__" => key_le, "($self, value, /)", "Return self<=value.";
    "__eq__" => key_eq, "($self, value, /)", "Return self==value.";
    "__ne__" => key_ne, "($self, value, /)", "Return self!=value.";
    "__gt__" => key_gt, "($self, value, /)", "Return self>value.";
    "__ge__" => key_ge, "($self, value, /)", "Return self>=value.";
    }
);

method_table!(
    /// The attributes of the key wrappers.
    KEY_GETTERS,
    Static,
    {
    "obj" => key_obj, "($self, /)", "Value wrapped by a key function.";
    }
);

/// Creates the type `functools.KeyWrapper`.
pub(super) fn key_type(vm: &Vm) -> PyResult<Value> {
    let ty = new_type(vm, "functools", "KeyWrapper", &[KEY_METHODS], KEY_GETTERS)?;
    if let Some(t) = krait_vm::vm::type_data(&ty) {
        vm.dict_set_item(&t.dict(), vm.intern("__hash__"), Value::NONE)?;
        t.modified();
    }
    Ok(ty)
}

pub(super) fn cmp_to_key(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = crate::convert::parse_keywords(vm, &args, "cmp_to_key", &["mycmp"], 0, 1, 1)?;
    Ok(alloc(
        &module_type(vm, "_functools", "KeyWrapper")?,
        Key {
            cmp: Slot::new(a[0].clone().unwrap_or(Value::NONE)),
            obj: Slot::default(),
        },
    ))
}

fn key_of<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a Key> {
    state::<Key>(v).ok_or_else(|| vm.type_error("other argument must be K instance"))
}

fn key_obj(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let none = Value::NONE;
    let k = key_of(vm, args.pos().first().unwrap_or(&none))?;
    let o = k.obj.get();
    if o.is_null() {
        return Err(vm.new_error(&vm.types.attribute_error, "obj"));
    }
    Ok(o)
}

fn key_call(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let pos = args.pos();
    let none = Value::NONE;
    let k = key_of(vm, pos.first().unwrap_or(&none))?;
    let rest = Args {
        values: &args.values[1..],
        kwnames: args.kwnames,
    };
    let a = crate::convert::parse_keywords(vm, &rest, "K", &["obj"], 0, 1, 1)?;
    let ty = vm.type_of(&pos[0]);
    Ok(alloc(
        &ty,
        Key {
            cmp: Slot::new(k.cmp.get()),
            obj: Slot::new(a[0].clone().unwrap_or(Value::NONE)),
        },
    ))
}

fn key_compare(vm: &Vm, args: Args<'_>, op: Comparison) -> PyResult<Value> {
    let a = args.positional_range(vm, "comparison", 2, 2)?;
    let me = key_of(vm, &a[0])?;
    let other = key_of(vm, &a[1])?;
    let r = vm.call(&me.cmp.get(), &[me.obj.get(), other.obj.get()], &[])?;
    vm.rich_compare(&r, &vm.new_int(0), op)
}

fn key_lt(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    key_compare(vm, args, Comparison::Lt)
}

fn key_le(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    key_compare(vm, args, Comparison::Le)
}

fn key_eq(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    key_compare(vm, args, Comparison::Eq)
}

fn key_ne(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    key_compare(vm, args, Comparison::Ne)
}

fn key_gt(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    key_compare(vm, args, Comparison::Gt)
}

fn key_ge(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    key_compare(vm, args, Comparison::Ge)
}
