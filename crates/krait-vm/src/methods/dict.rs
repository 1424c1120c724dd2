//! Methods of `dict` (CPython's Objects/dictobject.c) and its views.

use crate::error::PyResult;
use crate::heap;
use crate::native::method_table;
use crate::native::Args;
use crate::objects::dict::{DictData, DictViewData, ViewKind};
use crate::protocols::payload;
use crate::slot::Slot;
use crate::value::Value;
use crate::vm::Vm;

method_table!(
    /// The methods of `dict`.
    METHODS,
    Method,
    {
    "get" => get, "($self, key, default=None, /)", "Return the value for key if key is in the dictionary, else default.";
    "setdefault" => setdefault, "($self, key, default=None, /)", "Insert key with a value of default if key is not in the dictionary.";
    "pop" => pop, "($self, key, default=<unrepresentable>, /)", "D.pop(k[,d]) -> v, remove specified key and return the corresponding value.";
    "update" => update, "($self, other=(), /, **kwargs)", "D.update([E, ]**F) -> None.  Update D from dict/iterable E and F.";
    "copy" => copy, "($self, /)", "D.copy() -> a shallow copy of D";
    "clear" => clear, "($self, /)", "D.clear() -> None.  Remove all items from D.";
    "keys" => keys, "($self, /)", "D.keys() -> a set-like object providing a view on D's keys";
    "values" => values, "($self, /)", "D.values() -> an object providing a view on D's values";
    "items" => items, "($self, /)", "D.items() -> a set-like object providing a view on D's items";
    }
);

fn get(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_range(vm, "get", 2, 3)?;
    Ok(vm
        .dict_get_item(&a[0], &a[1])?
        .unwrap_or_else(|| a.get(2).cloned().unwrap_or(Value::NONE)))
}

fn setdefault(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_range(vm, "setdefault", 2, 3)?;
    if let Some(v) = vm.dict_get_item(&a[0], &a[1])? {
        return Ok(v);
    }
    let d = a.get(2).cloned().unwrap_or(Value::NONE);
    vm.dict_set_item(&a[0], a[1].clone(), d.clone())?;
    Ok(d)
}

fn pop(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_range(vm, "pop", 2, 3)?;
    let Some(dict) = payload::<DictData>(&a[0]) else {
        return Err(vm.type_error("descriptor requires a 'dict'"));
    };
    let h = vm.hash(&a[1])?;
    match (dict.remove(&a[1], h, &mut |x, y| vm.eq(x, y))?, a.get(2)) {
        (Some(v), _) => Ok(v),
        (None, Some(d)) => Ok(d.clone()),
        (None, None) => Err(vm.new_exception(&vm.types.key_error, vec![a[1].clone()])),
    }
}

pub(crate) fn update(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() > 2 {
        return Err(vm.type_error(&format!(
            "update expected at most 1 argument, got {}",
            pos.len() - 1
        )));
    }
    let target = &pos[0];
    if let Some(src) = pos.get(1) {
        if let Some(other) = payload::<DictData>(src) {
            for (k, v) in other.items() {
                vm.dict_set_item(target, k, v)?;
            }
        } else {
            for pair in vm.collect_iterable(src)? {
                let kv = vm.collect_iterable(&pair)?;
                let [k, v] = <[Value; 2]>::try_from(kv).map_err(|kv| {
                    vm.value_error(&format!(
                        "dictionary update sequence element #0 has length {}; 2 is required",
                        kv.len()
                    ))
                })?;
                vm.dict_set_item(target, k, v)?;
            }
        }
    }
    for (k, v) in args.kwargs() {
        vm.dict_set_item(target, k.clone(), v.clone())?;
    }
    Ok(Value::NONE)
}

fn copy(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let [d] = args.positional_range(vm, "copy", 1, 1)? else {
        unreachable!("checked")
    };
    let out = vm.new_dict();
    if let Some(src) = payload::<DictData>(d) {
        for (k, v) in src.items() {
            vm.dict_set_item(&out, k, v)?;
        }
    }
    Ok(out)
}

fn clear(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let [d] = args.positional_range(vm, "clear", 1, 1)? else {
        unreachable!("checked")
    };
    if let Some(src) = payload::<DictData>(d) {
        src.clear();
    }
    Ok(Value::NONE)
}

fn view(vm: &Vm, args: Args<'_>, name: &str, kind: ViewKind) -> PyResult<Value> {
    let [d] = args.positional_range(vm, name, 1, 1)? else {
        unreachable!("checked")
    };
    let ty = match kind {
        ViewKind::Keys => &vm.types.dict_keys,
        ViewKind::Values => &vm.types.dict_values,
        ViewKind::Items => &vm.types.dict_items,
    };
    Ok(heap::alloc(
        ty.to_obj(),
        DictViewData {
            dict: Slot::new(d.clone()),
            kind,
        },
    )
    .into_value())
}

fn keys(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    view(vm, args, "keys", ViewKind::Keys)
}

fn values(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    view(vm, args, "values", ViewKind::Values)
}

fn items(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    view(vm, args, "items", ViewKind::Items)
}

impl Vm {
    /// The elements a dict view stands for, as a snapshot list of values.
    pub fn dict_view_items(&self, v: &DictViewData) -> Vec<Value> {
        let d = v.dict.get();
        let Some(dict) = payload::<DictData>(&d) else {
            return Vec::new();
        };
        dict.items()
            .into_iter()
            .map(|(k, val)| match v.kind {
                ViewKind::Keys => k,
                ViewKind::Values => val,
                ViewKind::Items => self.new_tuple(vec![k, val]),
            })
            .collect()
    }
}

method_table!(
    /// The class methods of `dict`.
    CLASS_METHODS,
    Class,
    {
    "fromkeys" => fromkeys, "($type, iterable, value=None, /)", "Create a new dictionary with keys from iterable and values set to value.";
    }
);

/// `dict.fromkeys(iterable, value=None)`: a new instance of the class (a plain dict, or the
/// subclass called with no arguments) mapping each item to `value`, as CPython's
/// `_PyDict_FromKeys`.
fn fromkeys(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    args.no_kwargs(vm, "fromkeys")?;
    let a = args.positional_range(vm, "fromkeys", 2, 3)?;
    let value = a.get(2).cloned().unwrap_or(Value::NONE);
    let cls = &a[0];
    let d = if cls.is(&vm.types.dict) {
        vm.new_dict()
    } else {
        vm.call(cls, &[], &[])?
    };
    let exact = vm.type_of(&d).is(&vm.types.dict);
    for k in vm.collect_iterable(&a[1])? {
        if exact {
            vm.dict_set_item(&d, k, value.clone())?;
        } else {
            vm.set_item(&d, k, value.clone())?;
        }
    }
    Ok(d)
}
