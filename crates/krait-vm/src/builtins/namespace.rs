//! `vars` and `dir` (CPython's Python/bltinmodule.c, `object.__dir__`, `type.__dir__` and
//! `module.__dir__`): an object's namespace, or without an argument the caller's.

use crate::error::PyResult;
use crate::native::{method_table, Args};
use crate::objects::dict::DictData;
use crate::objects::module::ModuleData;
use crate::protocols::payload;
use crate::types::TypeData;
use crate::value::Value;
use crate::vm::{type_data, Vm};

method_table!(
    /// This module's built-in functions.
    FUNCTIONS,
    Static,
    {
    "vars" => vars, "([object])", "Show vars.";
    "dir" => dir, "([object])", "Show attributes of an object.";
    }
);

/// The caller's local namespace (`locals()`).
fn caller_locals(vm: &Vm, what: &str) -> PyResult<Value> {
    vm.with_caller_frame(|f| match f {
        Some(f) => crate::builtins::exec::frame_locals(vm, f),
        None => Err(vm.new_error(&vm.types.system_error, &format!("{what}: no current frame"))),
    })
}

fn vars(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_range(vm, "vars", 0, 1)?;
    let Some(obj) = a.first() else {
        return caller_locals(vm, "vars()");
    };
    match vm.get_attr(obj, &vm.intern("__dict__")) {
        Ok(d) => Ok(d),
        Err(e) if vm.is_instance_of(&e.exception_value(), &vm.types.attribute_error) => {
            Err(vm.type_error("vars() argument must have __dict__ attribute"))
        }
        Err(e) => Err(e),
    }
}

fn dir(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_range(vm, "dir", 0, 1)?;
    let Some(obj) = a.first() else {
        let d = caller_locals(vm, "dir()")?;
        return sorted_keys(vm, &d);
    };
    if let Some(f) = vm.lookup_special(obj, "__dir__")? {
        let r = vm.call(&f, std::slice::from_ref(obj), &[])?;
        let mut items = vm.collect_iterable(&r)?;
        sort_values(vm, &mut items)?;
        return Ok(vm.new_list(items));
    }
    let names = vm.new_dict();
    if let Some(m) = payload::<ModuleData>(obj) {
        merge_keys(vm, &names, &m.dict.get())?;
    } else if payload::<TypeData>(obj).is_some() {
        merge_class(vm, &names, obj)?;
    } else {
        if let Ok(d) = vm.get_attr(obj, &vm.intern("__dict__")) {
            if payload::<DictData>(&d).is_some() {
                merge_keys(vm, &names, &d)?;
            }
        }
        let cls = vm
            .get_attr(obj, &vm.intern("__class__"))
            .unwrap_or_else(|_| vm.type_of(obj));
        merge_class(vm, &names, &cls)?;
    }
    sorted_keys(vm, &names)
}

/// Adds the keys of the dict `d` to `names`.
fn merge_keys(vm: &Vm, names: &Value, d: &Value) -> PyResult<()> {
    if let Some(dd) = payload::<DictData>(d) {
        for (k, _) in dd.items() {
            vm.dict_set_item(names, k, Value::NONE)?;
        }
    }
    Ok(())
}

/// Adds the attribute names of `cls` and its bases, recursively (CPython's `merge_class_dict`).
fn merge_class(vm: &Vm, names: &Value, cls: &Value) -> PyResult<()> {
    let Some(t) = type_data(cls) else {
        return Ok(());
    };
    merge_keys(vm, names, &t.dict())?;
    let bases = t.bases.borrow().clone();
    for b in bases {
        merge_class(vm, names, &b)?;
    }
    Ok(())
}

/// The keys of a dict as a sorted list.
fn sorted_keys(vm: &Vm, d: &Value) -> PyResult<Value> {
    let mut keys: Vec<Value> = payload::<DictData>(d)
        .map(|dd| dd.items().into_iter().map(|(k, _)| k).collect())
        .unwrap_or_default();
    sort_values(vm, &mut keys)?;
    Ok(vm.new_list(keys))
}

/// Sorts values with `<` (a stable insertion of each into place; namespaces are small).
fn sort_values(vm: &Vm, items: &mut Vec<Value>) -> PyResult<()> {
    let mut out: Vec<Value> = Vec::with_capacity(items.len());
    for v in items.drain(..) {
        let mut lo = 0;
        let mut hi = out.len();
        while lo < hi {
            let mid = (lo + hi) / 2;
            let lt = vm.rich_compare(&v, &out[mid], krait_bytecode::opcode::Comparison::Lt)?;
            if vm.is_true(&lt)? {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        out.insert(lo, v);
    }
    *items = out;
    Ok(())
}
