//! The `atexit` module (CPython's Modules/atexitmodule.c): functions registered to run when
//! the interpreter ends, last registered first, before the standard streams are flushed. An
//! exception in one is printed as CPython's unraisable hook prints it ("Exception ignored in
//! atexit callback: …") and the others still run. krait-vm's `run` calls `_run_exitfuncs`
//! at the end of a run, before `__main__` is torn down.
//!
//! The module's functions are bound to one registry object (the module's state), which they
//! receive as their first argument.

use crate::native_type::{alloc, new_type, state};
use krait_vm::native::{Args, MethodDef, NativeFunctionData};
use krait_vm::objects::native_object::NativeObject;
use krait_vm::{heap, method_table, PyResult, Value, Vm};
use std::any::Any;
use std::cell::RefCell;
use std::io::Write;

/// One registered call: the function, its positional arguments (a tuple) and keyword
/// arguments (a dict, or NULL).
type Callback = (Value, Value, Value);

/// The module state: the callbacks in registration order; an unregistered one leaves a hole,
/// as in CPython (so `_ncallbacks` still counts it).
#[derive(Default)]
struct Registry {
    callbacks: RefCell<Vec<Option<Callback>>>,
}

impl NativeObject for Registry {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Ok(cbs) = self.callbacks.try_borrow() {
            for (f, a, k) in cbs.iter().flatten() {
                visit(f);
                visit(a);
                visit(k);
            }
        }
    }

    fn clear(&self) {
        let old = std::mem::take(&mut *self.callbacks.borrow_mut());
        drop(old);
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

method_table!(
    /// The functions of `atexit` (bound to the registry).
    FUNCTIONS,
    Method,
    {
    "register" => register, "($module, func, /, *args, **kwargs)", "Register a function to be executed upon normal program termination";
    "unregister" => unregister, "($module, func, /)", "Unregister an exit function which was previously registered using atexit.register";
    "_run_exitfuncs" => run_exitfuncs, "($module, /)", "Run all registered exit functions.";
    "_clear" => clear, "($module, /)", "Clear the list of previously registered exit functions.";
    "_ncallbacks" => ncallbacks, "($module, /)", "Return the number of registered exit functions.";
    }
);

/// Creates the `atexit` module.
pub fn init(vm: &Vm) -> PyResult<Value> {
    let m = vm.new_module("atexit");
    let ty = new_type(vm, "atexit", "_Registry", &[], &[])?;
    let registry = alloc(&ty, Registry::default());
    for def in FUNCTIONS {
        add(vm, &m, def, &registry)?;
    }
    Ok(m)
}

fn add(vm: &Vm, m: &Value, def: &'static MethodDef, registry: &Value) -> PyResult<()> {
    let f = heap::alloc(
        vm.types.builtin_function.to_obj(),
        NativeFunctionData {
            def,
            self_: krait_vm::slot::Slot::new(registry.clone()),
        },
    );
    vm.module_set(m, def.name, f.into_value())
}

fn registry<'a>(vm: &Vm, args: &Args<'a>) -> PyResult<&'a Registry> {
    args.pos()
        .first()
        .and_then(|v| state::<Registry>(v))
        .ok_or_else(|| vm.type_error("atexit state is missing"))
}

fn register(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let reg = registry(vm, &args)?;
    let pos = &args.pos()[1..];
    let Some(func) = pos.first() else {
        return Err(vm.type_error("register() takes at least 1 argument (0 given)"));
    };
    if !krait_vm::builtins::introspect::is_callable(vm, func)? {
        return Err(vm.type_error("the first argument must be callable"));
    }
    let rest = vm.new_tuple(pos[1..].to_vec());
    let kwargs = if args.kwnames.is_empty() {
        Value::NULL
    } else {
        let d = vm.new_dict();
        for (k, v) in args.kwargs() {
            vm.dict_set_item(&d, k.clone(), v.clone())?;
        }
        d
    };
    reg.callbacks
        .borrow_mut()
        .push(Some((func.clone(), rest, kwargs)));
    Ok(func.clone())
}

fn unregister(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let reg = registry(vm, &args)?;
    let [_, func] = args.positional_range(vm, "unregister", 2, 2)? else {
        unreachable!("checked")
    };
    let n = reg.callbacks.borrow().len();
    for i in 0..n {
        // No borrow is held while `==` runs Python code.
        let cb = reg.callbacks.borrow().get(i).cloned().flatten();
        if let Some((f, _, _)) = cb {
            if vm.eq(&f, func)? {
                if let Some(slot) = reg.callbacks.borrow_mut().get_mut(i) {
                    *slot = None;
                }
            }
        }
    }
    Ok(Value::NONE)
}

fn run_exitfuncs(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let reg = registry(vm, &args)?;
    // As CPython: the callbacks present now, last first; ones registered meanwhile do not run.
    let n = reg.callbacks.borrow().len();
    for i in (0..n).rev() {
        let cb = reg.callbacks.borrow().get(i).cloned().flatten();
        let Some((f, a, k)) = cb else {
            continue;
        };
        let pos = vm.tuple_items(&a).unwrap_or_default();
        let mut values = pos;
        let mut names = Vec::new();
        if !k.is_null() {
            for (key, v) in krait_vm::protocols::payload::<krait_vm::objects::dict::DictData>(&k)
                .map(krait_vm::objects::dict::DictData::items)
                .unwrap_or_default()
            {
                names.push(key);
                values.push(v);
            }
        }
        if let Err(e) = vm.call(&f, &values, &names) {
            write_unraisable(vm, e.into_value(), &f);
        }
    }
    reg.callbacks.borrow_mut().clear();
    Ok(Value::NONE)
}

/// Prints an exception from a callback as CPython's default unraisable hook does.
fn write_unraisable(vm: &Vm, exc: Value, func: &Value) {
    let r = vm
        .repr_string(func)
        .unwrap_or_else(|_| "<object repr() failed>".to_owned());
    let mut text = format!("Exception ignored in atexit callback: {r}\n");
    text.push_str(&krait_vm::traceback::format_exception(vm, &exc));
    if let Ok(Some(out)) = vm
        .import_absolute("sys")
        .and_then(|sys| vm.get_attr_opt(&sys, "stdout"))
    {
        if !out.is_none() {
            let _ = vm.call_method(&out, "flush", &[]);
        }
    }
    let _ = std::io::stdout().flush();
    let _ = std::io::stderr().write_all(text.as_bytes());
}

fn clear(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    registry(vm, &args)?.callbacks.borrow_mut().clear();
    Ok(Value::NONE)
}

fn ncallbacks(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let n = registry(vm, &args)?.callbacks.borrow().len();
    Ok(vm.new_int(n as i64))
}
