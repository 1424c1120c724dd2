//! The `builtins` namespace (CPython's Python/bltinmodule.c): the built-in types under their
//! names, the constants, and the built-in functions krait has so far.

use crate::error::PyResult;
use crate::heap;
use crate::native::{Args, MethodDef, MethodKind, NativeFunctionData};
use crate::objects::dict::DictData;
use crate::objects::list::ListData;
use crate::objects::range::RangeData;
use crate::objects::str::StrData;
use crate::objects::tuple::TupleData;
use crate::protocols::payload;
use crate::slot::Slot;
use crate::value::Value;
use crate::vm::Vm;
use std::cell::Cell;
use std::io::Write;

pub mod exec;
pub mod introspect;
pub mod iteration;
pub mod iterators;
pub mod namespace;
pub mod numeric;
pub mod rounding;

/// The built-in functions, declared once.
static FUNCTIONS: &[MethodDef] = &[
    MethodDef {
        name: "print",
        func: builtin_print,
        kind: MethodKind::Static,
        signature: "(*args, sep=' ', end='\\n', file=None, flush=False)",
        doc: "Prints the values to a stream, or to sys.stdout by default.",
    },
    MethodDef {
        name: "len",
        func: builtin_len,
        kind: MethodKind::Static,
        signature: "(obj, /)",
        doc: "Return the number of items in a container.",
    },
    MethodDef {
        name: "repr",
        func: builtin_repr,
        kind: MethodKind::Static,
        signature: "(obj, /)",
        doc: "Return the canonical string representation of the object.",
    },
    MethodDef {
        name: "__import__",
        func: builtin_import,
        kind: MethodKind::Static,
        signature: "(name, globals=None, locals=None, fromlist=(), level=0)",
        doc: "Import a module.",
    },
    MethodDef {
        name: "abs",
        func: builtin_abs,
        kind: MethodKind::Static,
        signature: "(x, /)",
        doc: "Return the absolute value of the argument.",
    },
];

/// Builds the `builtins` namespace dict.
pub fn make_builtins(vm: &Vm) -> Value {
    let d = vm.new_dict();
    let set = |name: &str, v: Value| {
        // Start-up: keys are fresh interned strs.
        let _ = vm.dict_set_item(&d, vm.intern(name), v);
    };
    for (name, ty) in vm.types.all() {
        // The public types and every exception class; not the internal ones.
        let public = matches!(
            name,
            "object"
                | "type"
                | "int"
                | "bool"
                | "float"
                | "complex"
                | "str"
                | "bytes"
                | "bytearray"
                | "memoryview"
                | "tuple"
                | "list"
                | "dict"
                | "set"
                | "frozenset"
                | "super"
                | "range"
                | "property"
                | "classmethod"
                | "staticmethod"
                | "slice"
                | "enumerate"
                | "zip"
                | "map"
                | "filter"
                | "reversed"
        );
        let exception = name.starts_with(|c: char| c.is_ascii_uppercase())
            && !matches!(name, "NoneType" | "NotImplementedType");
        if public || exception {
            set(name, ty.clone());
        }
    }
    // CPython's aliases of OSError.
    set("EnvironmentError", vm.types.os_error.clone());
    set("IOError", vm.types.os_error.clone());
    set("None", Value::NONE);
    set("True", Value::TRUE);
    set("False", Value::FALSE);
    set("Ellipsis", Value::ELLIPSIS);
    set("NotImplemented", Value::NOT_IMPLEMENTED);
    set("__debug__", Value::TRUE);
    let tables = [
        FUNCTIONS,
        exec::FUNCTIONS,
        introspect::FUNCTIONS,
        iteration::FUNCTIONS,
        numeric::FUNCTIONS,
        rounding::FUNCTIONS,
        namespace::FUNCTIONS,
        crate::protocols::format::FUNCTIONS,
    ];
    for def in tables
        .into_iter()
        .flatten()
        .chain([&crate::types::class::BUILD_CLASS])
    {
        let f = heap::alloc(
            vm.types.builtin_function.to_obj(),
            NativeFunctionData {
                def,
                self_: Slot::default(),
            },
        );
        set(def.name, f.into_value());
    }
    d
}

/// A native writer for text streams defined outside krait-vm (krait-stdlib's
/// `_io.TextIOWrapper`): writes the `str` to the file and returns `Some`, or returns `None` for
/// a file it does not handle (then `print` calls the file's `write`).
pub type TextWriteHook = fn(&Vm, &Value, &Value) -> Option<PyResult<()>>;

thread_local! {
    static TEXT_WRITE_HOOK: Cell<Option<TextWriteHook>> = const { Cell::new(None) };
}

/// Installs the native writer `print` uses for text streams.
pub fn set_text_write_hook(hook: TextWriteHook) {
    TEXT_WRITE_HOOK.with(|h| h.set(Some(hook)));
}

/// `print(*objects, sep=' ', end='\n', file=None, flush=False)` to standard output.
fn builtin_print(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (mut sep, mut end) = (" ".to_owned(), "\n".to_owned());
    let mut file = Value::NONE;
    let mut flush = false;
    for (name, value) in args.kwargs() {
        let text = || -> PyResult<Option<String>> {
            if value.is_none() {
                return Ok(None);
            }
            match payload::<StrData>(value) {
                Some(s) => Ok(Some(s.to_string_lossy())),
                None => Err(vm.type_error(&format!(
                    "{} must be None or a string, not {}",
                    vm.str_of(name),
                    vm.type_name(value)
                ))),
            }
        };
        match vm.str_of(name).as_str() {
            "sep" => sep = text()?.unwrap_or_else(|| " ".into()),
            "end" => end = text()?.unwrap_or_else(|| "\n".into()),
            "flush" => flush = vm.is_true(value)?,
            "file" => file = value.clone(),
            other => {
                return Err(vm.type_error(&format!(
                    "'{other}' is an invalid keyword argument for print()"
                )));
            }
        }
    }
    if file.is_none() {
        let sys = vm.import_absolute("sys")?;
        file = vm.get_attr(&sys, &vm.intern("stdout"))?;
        if file.is_none() {
            return Ok(Value::NONE);
        }
    }
    if let Some(s) = payload::<crate::objects::stdio::StdStreamData>(&file) {
        let mut out = String::new();
        for (i, v) in args.pos().iter().enumerate() {
            if i > 0 {
                out.push_str(&sep);
            }
            out.push_str(&vm.str_string(v)?);
        }
        out.push_str(&end);
        match s.fd {
            1 => vm.write_stdout(&out),
            2 => {
                let _ = std::io::stderr().write_all(out.as_bytes());
            }
            _ => return Err(vm.new_error(&vm.types.os_error, "not writable")),
        }
        if flush && s.fd == 1 {
            let _ = std::io::stdout().flush();
        }
        return Ok(Value::NONE);
    }
    // Any other file: one write() per piece, as CPython's print (through the native writer of
    // `_io.TextIOWrapper` when krait-stdlib installed one).
    let hook = TEXT_WRITE_HOOK.with(Cell::get);
    let write = |text: Value| -> PyResult<()> {
        if let Some(r) = hook.and_then(|h| h(vm, &file, &text)) {
            return r;
        }
        let w = vm.get_attr(&file, &vm.intern("write"))?;
        vm.call(&w, &[text], &[]).map(|_| ())
    };
    for (i, v) in args.pos().iter().enumerate() {
        if i > 0 {
            write(vm.new_str(&sep))?;
        }
        let text = match payload::<StrData>(v) {
            Some(_) if vm.type_of(v).is(&vm.types.str) => v.clone(),
            _ => vm.new_str(&vm.str_string(v)?),
        };
        write(text)?;
    }
    write(vm.new_str(&end))?;
    if flush {
        vm.call_method(&file, "flush", &[])?;
    }
    Ok(Value::NONE)
}

/// `len(obj)`.
fn builtin_len(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let [obj] = args.positional_range(vm, "len", 1, 1)? else {
        unreachable!("checked: one argument")
    };
    let n = if vm.is_sub_instance(obj) {
        return len_special(vm, obj);
    } else if let Some(s) = payload::<StrData>(obj) {
        s.len()
    } else if let Some(l) = payload::<ListData>(obj) {
        l.len()
    } else if let Some(t) = payload::<TupleData>(obj) {
        t.items().len()
    } else if let Some(d) = payload::<DictData>(obj) {
        d.len()
    } else if let Some(v) = payload::<crate::objects::dict::DictViewData>(obj) {
        v.dict
            .get()
            .as_header()
            .and_then(|h| h.downcast_ref::<DictData>())
            .map_or(0, DictData::len)
    } else if let Some(s) =
        payload::<crate::objects::set::SetData>(obj).filter(|_| vm.is_exact_set(obj))
    {
        s.len()
    } else if let Some(r) = payload::<RangeData>(obj) {
        r.len() as usize
    } else {
        return len_special(vm, obj);
    };
    Ok(vm.new_int(n as i64))
}

/// `len(obj)` through `__len__`.
fn len_special(vm: &Vm, obj: &Value) -> PyResult<Value> {
    let Some(f) = vm.lookup_special(obj, "__len__")? else {
        return Err(vm.type_error(&format!(
            "object of type '{}' has no len()",
            vm.type_name(obj)
        )));
    };
    let r = vm.call(&f, std::slice::from_ref(obj), &[])?;
    match r.as_small_int() {
        Some(n) if n >= 0 => Ok(r),
        Some(_) => Err(vm.value_error("__len__() should return >= 0")),
        None => Err(vm.type_error(&format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(&r)
        ))),
    }
}

/// `repr(obj)`.
fn builtin_repr(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let [obj] = args.positional_range(vm, "repr", 1, 1)? else {
        unreachable!("checked: one argument")
    };
    Ok(vm.new_str(&vm.repr_string(obj)?))
}

/// `__import__(name, globals=None, locals=None, fromlist=(), level=0)`.
fn builtin_import(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let names = ["name", "globals", "locals", "fromlist", "level"];
    let mut vals: [Option<Value>; 5] = Default::default();
    for (i, v) in args.pos().iter().enumerate() {
        if i >= 5 {
            return Err(vm.type_error(&format!(
                "__import__() takes at most 5 arguments ({} given)",
                args.pos().len()
            )));
        }
        vals[i] = Some(v.clone());
    }
    for (k, v) in args.kwargs() {
        let key = vm.str_of(k);
        let Some(i) = names.iter().position(|n| *n == key) else {
            return Err(vm.type_error(&format!(
                "__import__() got an unexpected keyword argument '{key}'"
            )));
        };
        vals[i] = Some(v.clone());
    }
    let Some(name) = vals[0].clone() else {
        return Err(vm.type_error("__import__() missing required argument 'name' (pos 1)"));
    };
    if payload::<StrData>(&name).is_none() {
        return Err(vm.type_error(&format!(
            "__import__() argument 1 must be str, not {}",
            vm.type_name(&name)
        )));
    }
    let globals = vals[1]
        .clone()
        .filter(|g| !g.is_none())
        .unwrap_or(Value::NULL);
    let fromlist = vals[3].clone().unwrap_or(Value::NONE);
    let fromlist = if fromlist.is_none() {
        fromlist
    } else {
        vm.new_tuple(vm.collect_iterable(&fromlist)?)
    };
    let level = match &vals[4] {
        Some(l) => l
            .as_small_int()
            .ok_or_else(|| vm.type_error("level must be an int"))?,
        None => 0,
    };
    vm.import_name(&name, &fromlist, level, &globals)
}

/// `abs(x)`.
fn builtin_abs(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let [x] = args.positional_range(vm, "abs", 1, 1)? else {
        unreachable!("checked: one argument")
    };
    if let Some(i) = x.as_small_int() {
        return Ok(vm.new_int(i.abs()));
    }
    if let Some(f) = x.as_float() {
        return Ok(Value::float(f.abs()));
    }
    if let Some(n) = payload::<crate::objects::int::IntData>(x) {
        return Ok(vm.new_bigint(num_traits::Signed::abs(&n.value)));
    }
    match vm.lookup_special(x, "__abs__")? {
        Some(f) => vm.call(&f, std::slice::from_ref(x), &[]),
        None => Err(vm.type_error(&format!(
            "bad operand type for abs(): '{}'",
            vm.type_name(x)
        ))),
    }
}

impl Vm {
    /// Writes text to standard output (block-buffered by Rust's stdout when not a terminal).
    pub fn write_stdout(&self, s: &str) {
        let mut out = std::io::stdout().lock();
        let _ = out.write_all(s.as_bytes());
    }
}
