//! `types.FunctionType(code, globals, name=None, argdefs=None, closure=None)`: making a
//! function from a code object, with CPython 3.11's checks and messages
//! (Objects/funcobject.c `func_new_impl`).

use crate::error::PyResult;
use crate::heap;
use crate::native::{install_methods, new_def, Args};
use crate::objects::cell::CellData;
use crate::objects::code::CodeData;
use crate::objects::dict::DictData;
use crate::objects::function::FunctionData;
use crate::objects::module::ModuleData;
use crate::objects::str::StrData;
use crate::objects::tuple::TupleData;
use crate::protocols::payload;
use crate::slot::Slot;
use crate::value::Value;
use crate::vm::Vm;

new_def!(
    FUNCTION_NEW,
    function_new,
    "(type, code, globals, name=None, argdefs=None, closure=None)",
    "Create a function object."
);

/// Installs `function.__new__` and the descriptors of the function fields.
pub fn install(vm: &Vm) {
    install_methods(vm, &vm.types.function, &FUNCTION_NEW);
    let _ = crate::objects::field_descriptor::install_fields(
        vm,
        &vm.types.function,
        &[
            "__code__",
            "__defaults__",
            "__kwdefaults__",
            "__annotations__",
            "__qualname__",
        ],
        &["__closure__", "__globals__", "__builtins__"],
    );
}

/// The arguments by position or keyword, after `type`.
fn bind<'a>(vm: &Vm, args: &Args<'a>) -> PyResult<[Option<Value>; 5]> {
    const NAMES: [&str; 5] = ["code", "globals", "name", "argdefs", "closure"];
    let pos = args.pos();
    if pos.len() > 6 {
        return Err(vm.type_error(&format!(
            "function() takes at most 5 arguments ({} given)",
            pos.len() - 1 + args.kwnames.len()
        )));
    }
    let mut out: [Option<Value>; 5] = Default::default();
    for (i, v) in pos.iter().skip(1).enumerate() {
        out[i] = Some(v.clone());
    }
    for (k, v) in args.kwargs() {
        let k = vm.str_of(k);
        let Some(i) = NAMES.iter().position(|n| *n == k) else {
            return Err(vm.type_error(&format!(
                "function() got an unexpected keyword argument '{k}'"
            )));
        };
        if out[i].is_some() {
            return Err(vm.type_error(&format!(
                "argument for function() given by name ('{k}') and position ({})",
                i + 1
            )));
        }
        out[i] = Some(v.clone());
    }
    for (i, name) in NAMES.iter().enumerate().take(2) {
        if out[i].is_none() {
            return Err(vm.type_error(&format!(
                "function() missing required argument '{name}' (pos {})",
                i + 1
            )));
        }
    }
    Ok(out)
}

fn function_new(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let [code, globals, name, argdefs, closure] = bind(vm, &args)?;
    let (code, globals) = (code.unwrap_or_default(), globals.unwrap_or_default());
    let Some(c) = payload::<CodeData>(&code) else {
        return Err(vm.type_error(&format!(
            "function() argument 'code' must be code, not {}",
            vm.type_name(&code)
        )));
    };
    if payload::<DictData>(&globals).is_none() {
        return Err(vm.type_error(&format!(
            "function() argument 'globals' must be dict, not {}",
            vm.type_name(&globals)
        )));
    }
    let present = |v: &Option<Value>| v.clone().filter(|v| !v.is_none());
    let name = match present(&name) {
        Some(n) if payload::<StrData>(&n).is_some() => n,
        Some(_) => return Err(vm.type_error("arg 3 (name) must be None or string")),
        None => c.name.clone(),
    };
    let defaults = match present(&argdefs) {
        Some(d) if payload::<TupleData>(&d).is_some() => d,
        Some(_) => return Err(vm.type_error("arg 4 (defaults) must be None or tuple")),
        None => Value::NULL,
    };
    let nfree = c.nfree();
    let closure = match present(&closure) {
        Some(t) => {
            let Some(cells) = vm.tuple_items(&t) else {
                return Err(vm.type_error("arg 5 (closure) must be None or tuple"));
            };
            if cells.len() != nfree {
                return Err(vm.value_error(&format!(
                    "{} requires closure of length {nfree}, not {}",
                    vm.str_of(&c.name),
                    cells.len()
                )));
            }
            if let Some(bad) = cells.iter().find(|v| payload::<CellData>(v).is_none()) {
                return Err(vm.type_error(&format!(
                    "arg 5 (closure) expected cell, found {}",
                    vm.type_name(bad)
                )));
            }
            t
        }
        None if nfree > 0 => return Err(vm.type_error("arg 5 (closure) must be tuple")),
        None => Value::NULL,
    };
    let get = |k: &str| vm.dict_get_item(&globals, &vm.intern(k)).ok().flatten();
    let builtins = match get("__builtins__") {
        Some(b) if payload::<DictData>(&b).is_some() => b,
        Some(m) => payload::<ModuleData>(&m).map_or(vm.builtins.clone(), |d| d.dict.get()),
        None => vm.builtins.clone(),
    };
    let doc = c
        .consts
        .first()
        .filter(|k| payload::<StrData>(k).is_some())
        .cloned()
        .unwrap_or(Value::NONE);
    let data = FunctionData {
        code: Slot::new(code.clone()),
        globals: Slot::new(globals.clone()),
        builtins: Slot::new(builtins),
        name: Slot::new(name),
        qualname: Slot::new(c.qualname.clone()),
        defaults: Slot::new(defaults),
        kwdefaults: Slot::new(Value::NULL),
        closure: Slot::new(closure),
        annotations: Slot::new(Value::NULL),
        doc: Slot::new(doc),
        module: Slot::new(get("__name__").unwrap_or(Value::NULL)),
        dict: Slot::default(),
    };
    Ok(heap::alloc(vm.types.function.to_obj(), data).into_value())
}
