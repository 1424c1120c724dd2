//! The `_codecs` module (CPython's Modules/_codecsmodule.c and Python/codecs.c): the codec
//! registry (`register`, `lookup` — which imports `encodings` on first use, as CPython —
//! `encode`, `decode`), the error-handler registry, and the codec functions Lib/encodings/*
//! call. `str.encode`/`bytes.decode` come here for the encodings krait-vm does not know.

mod errors;
mod escape;
mod handlers;
mod unicode;

use crate::io_util::{bytes_like, str_cps};
use escape::*;
use krait_vm::native::{Args, MethodDef};
use krait_vm::objects::str::StrData;
use krait_vm::protocols::payload;
use krait_vm::{method_table, PyResult, Value, Vm};
use std::cell::RefCell;
use unicode::*;

method_table!(
    /// The functions of `_codecs`.
    FUNCTIONS,
    Static,
    {
    "register" => register, "($module, search_function, /)", "Register a codec search function.";
    "unregister" => unregister, "($module, search_function, /)", "Unregister a codec search function and clear the registry's cache.";
    "lookup" => lookup, "($module, encoding, /)", "Looks up a codec tuple in the Python codec registry and returns a CodecInfo object.";
    "encode" => encode, "($module, /, obj, encoding='utf-8', errors='strict')", "Encodes obj using the codec registered for encoding.";
    "decode" => decode, "($module, /, obj, encoding='utf-8', errors='strict')", "Decodes obj using the codec registered for encoding.";
    "_forget_codec" => forget_codec, "($module, encoding, /)", "Purge the named codec from the internal codec lookup cache";
    "register_error" => register_error, "($module, errors, handler, /)", "Register the specified error handler under the name errors.";
    "lookup_error" => lookup_error, "($module, name, /)", "lookup_error(errors) -> handler";
    "utf_8_encode" => utf_8_encode, "($module, str, errors=None, /)", "";
    "utf_8_decode" => utf_8_decode, "($module, data, errors=None, final=False, /)", "";
    "latin_1_encode" => latin_1_encode, "($module, str, errors=None, /)", "";
    "latin_1_decode" => latin_1_decode, "($module, data, errors=None, /)", "";
    "ascii_encode" => ascii_encode, "($module, str, errors=None, /)", "";
    "ascii_decode" => ascii_decode_fn, "($module, data, errors=None, /)", "";
    "utf_16_encode" => utf_16_encode, "($module, str, errors=None, byteorder=0, /)", "";
    "utf_16_le_encode" => utf_16_le_encode, "($module, str, errors=None, /)", "";
    "utf_16_be_encode" => utf_16_be_encode, "($module, str, errors=None, /)", "";
    "utf_16_decode" => utf_16_decode, "($module, data, errors=None, final=False, /)", "";
    "utf_16_le_decode" => utf_16_le_decode, "($module, data, errors=None, final=False, /)", "";
    "utf_16_be_decode" => utf_16_be_decode, "($module, data, errors=None, final=False, /)", "";
    "utf_16_ex_decode" => utf_16_ex_decode, "($module, data, errors=None, byteorder=0, final=False, /)", "";
    "utf_32_encode" => utf_32_encode, "($module, str, errors=None, byteorder=0, /)", "";
    "utf_32_le_encode" => utf_32_le_encode, "($module, str, errors=None, /)", "";
    "utf_32_be_encode" => utf_32_be_encode, "($module, str, errors=None, /)", "";
    "utf_32_decode" => utf_32_decode, "($module, data, errors=None, final=False, /)", "";
    "utf_32_le_decode" => utf_32_le_decode, "($module, data, errors=None, final=False, /)", "";
    "utf_32_be_decode" => utf_32_be_decode, "($module, data, errors=None, final=False, /)", "";
    "utf_32_ex_decode" => utf_32_ex_decode, "($module, data, errors=None, byteorder=0, final=False, /)", "";
    "unicode_escape_encode" => unicode_escape_encode, "($module, str, errors=None, /)", "";
    "unicode_escape_decode" => unicode_escape_decode, "($module, data, errors=None, final=True, /)", "";
    "raw_unicode_escape_encode" => raw_unicode_escape_encode, "($module, str, errors=None, /)", "";
    "raw_unicode_escape_decode" => raw_unicode_escape_decode, "($module, data, errors=None, final=True, /)", "";
    "escape_encode" => escape_encode, "($module, data, errors=None, /)", "";
    "escape_decode" => escape_decode, "($module, data, errors=None, /)", "";
    "charmap_encode" => charmap_encode, "($module, str, errors=None, mapping=None, /)", "";
    "charmap_decode" => charmap_decode, "($module, data, errors=None, mapping=None, /)", "";
    "charmap_build" => charmap_build, "($module, map, /)", "";
    "readbuffer_encode" => readbuffer_encode, "($module, data, errors=None, /)", "";
    "utf_7_encode" => utf_7, "($module, str, errors=None, /)", "";
    "utf_7_decode" => utf_7, "($module, data, errors=None, final=False, /)", "";
    }
);

/// A store whose values are never released at thread exit (the heap may be gone by then).
struct Store(RefCell<Vec<(String, Value)>>);

impl Drop for Store {
    fn drop(&mut self) {
        for v in self.0.take() {
            std::mem::forget(v);
        }
    }
}

thread_local! {
    /// The search functions (names empty), in registration order.
    static SEARCH: Store = const { Store(RefCell::new(Vec::new())) };
    /// Looked-up codecs by normalised name.
    static CACHE: Store = const { Store(RefCell::new(Vec::new())) };
    /// Error handlers registered from Python, by name.
    static HANDLER_REG: Store = const { Store(RefCell::new(Vec::new())) };
}

/// Creates the `_codecs` module.
pub fn init(vm: &Vm) -> PyResult<Value> {
    crate::new_module(vm, "_codecs", FUNCTIONS)
}

/// Binds the arguments of a positional-only codec function (`required` of `names`).
pub(super) fn call_args(
    vm: &Vm,
    args: &Args<'_>,
    fname: &str,
    names: &[&str],
    required: usize,
) -> PyResult<Vec<Option<Value>>> {
    let a = crate::convert::positional(vm, args, fname, fname, required, names.len())?;
    let mut out: Vec<Option<Value>> = a.iter().cloned().map(Some).collect();
    out.resize(names.len(), None);
    Ok(out)
}

/// A str argument.
pub(super) fn arg_str(vm: &Vm, v: &Option<Value>, fname: &str, pos: usize) -> PyResult<Vec<u32>> {
    let v = v.clone().unwrap_or(Value::NONE);
    str_cps(&v).ok_or_else(|| {
        vm.type_error(&format!(
            "{fname}() argument {pos} must be str, not {}",
            vm.type_name(&v)
        ))
    })
}

/// A bytes-like argument.
pub(super) fn arg_bytes(vm: &Vm, v: &Option<Value>, _fname: &str) -> PyResult<Vec<u8>> {
    let v = v.clone().unwrap_or(Value::NONE);
    bytes_like(&v).ok_or_else(|| {
        vm.type_error(&format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(&v)
        ))
    })
}

/// The `errors` argument (None: "strict").
pub(super) fn arg_errors(vm: &Vm, v: Option<&Value>) -> PyResult<String> {
    match v {
        None => Ok("strict".to_owned()),
        Some(v) if v.is_none() => Ok("strict".to_owned()),
        Some(v) => payload::<StrData>(v)
            .map(StrData::to_string_lossy)
            .ok_or_else(|| {
                vm.type_error(&format!(
                    "argument 'errors' must be str or None, not {}",
                    vm.type_name(v)
                ))
            }),
    }
}

fn register(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = crate::convert::positional(vm, &args, "register", "register", 1, 1)?;
    if !is_callable(vm, &a[0])? {
        return Err(vm.type_error("argument must be callable"));
    }
    SEARCH.with(|s| s.0.borrow_mut().push((String::new(), a[0].clone())));
    Ok(Value::NONE)
}

fn unregister(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = crate::convert::positional(vm, &args, "unregister", "unregister", 1, 1)?;
    SEARCH.with(|s| s.0.borrow_mut().retain(|(_, f)| !f.is(&a[0])));
    CACHE.with(|c| c.0.borrow_mut().clear());
    Ok(Value::NONE)
}

/// CPython's `normalizestring`: lower case, spaces to underscores.
fn normalize(name: &str) -> String {
    name.chars()
        .map(|c| {
            if c == ' ' {
                '_'
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect()
}

/// `codecs.lookup(encoding)`: the CodecInfo (imports `encodings` on first use).
pub fn lookup_codec(vm: &Vm, encoding: &str) -> PyResult<Value> {
    let key = normalize(encoding);
    if let Some(v) = CACHE.with(|c| {
        c.0.borrow()
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, v)| v.clone())
    }) {
        return Ok(v);
    }
    if SEARCH.with(|s| s.0.borrow().is_empty()) {
        vm.import_absolute("encodings")?;
    }
    let funcs: Vec<Value> = SEARCH.with(|s| s.0.borrow().iter().map(|(_, f)| f.clone()).collect());
    for f in funcs {
        let r = vm.call(&f, &[vm.new_str(&key)], &[])?;
        if r.is_none() {
            continue;
        }
        if vm.tuple_items(&r).is_none_or(|t| t.len() != 4) {
            return Err(vm.type_error("codec search functions must return 4-tuples"));
        }
        CACHE.with(|c| c.0.borrow_mut().push((key.clone(), r.clone())));
        return Ok(r);
    }
    Err(vm.new_error(
        &vm.types.lookup_error,
        &format!("unknown encoding: {encoding}"),
    ))
}

fn lookup(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = crate::convert::positional(vm, &args, "lookup", "lookup", 1, 1)?;
    let Some(name) = payload::<StrData>(&a[0]).map(StrData::to_string_lossy) else {
        return Err(vm.type_error(&format!(
            "lookup() argument must be str, not {}",
            vm.type_name(&a[0])
        )));
    };
    lookup_codec(vm, &name)
}

fn forget_codec(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = crate::convert::positional(vm, &args, "_forget_codec", "_forget_codec", 1, 1)?;
    let key = normalize(&vm.str_of(&a[0]));
    CACHE.with(|c| c.0.borrow_mut().retain(|(k, _)| *k != key));
    Ok(Value::NONE)
}

/// Runs the codec's encoder (`index` 0) or decoder (1) on `obj`.
pub fn run_codec(
    vm: &Vm,
    obj: &Value,
    encoding: &str,
    errors: &str,
    index: usize,
) -> PyResult<Value> {
    let info = lookup_codec(vm, encoding)?;
    let items = vm.tuple_items(&info).unwrap_or_default();
    let f = items
        .get(index)
        .cloned()
        .ok_or_else(|| vm.type_error("codec search functions must return 4-tuples"))?;
    let r = vm.call(&f, &[obj.clone(), vm.new_str(errors)], &[])?;
    let what = if index == 0 { "encoder" } else { "decoder" };
    match vm.tuple_items(&r) {
        Some(t) if t.len() == 2 => Ok(t[0].clone()),
        _ => Err(vm.type_error(&format!("{what} must return a tuple (object, integer)"))),
    }
}

fn codec_call(vm: &Vm, args: &Args<'_>, fname: &str, index: usize) -> PyResult<Value> {
    let a =
        crate::convert::parse_keywords(vm, args, fname, &["obj", "encoding", "errors"], 0, 3, 1)?;
    let obj = a[0].clone().unwrap_or(Value::NONE);
    let encoding = match &a[1] {
        Some(v) => vm.str_of(v),
        None => "utf-8".to_owned(),
    };
    let errors = arg_errors(vm, a[2].as_ref())?;
    run_codec(vm, &obj, &encoding, &errors, index)
}

fn encode(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    codec_call(vm, &args, "encode", 0)
}

fn decode(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    codec_call(vm, &args, "decode", 1)
}

fn register_error(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = crate::convert::positional(vm, &args, "register_error", "register_error", 2, 2)?;
    if !is_callable(vm, &a[1])? {
        return Err(vm.type_error("handler must be callable"));
    }
    let name = vm.str_of(&a[0]);
    HANDLER_REG.with(|h| {
        let mut h = h.0.borrow_mut();
        h.retain(|(k, _)| *k != name);
        h.push((name, a[1].clone()));
    });
    Ok(Value::NONE)
}

/// The handler registered (or built in) under `name`.
pub(crate) fn lookup_error_handler(vm: &Vm, name: &str) -> PyResult<Value> {
    if let Some(h) = HANDLER_REG.with(|h| {
        h.0.borrow()
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
    }) {
        return Ok(h);
    }
    let builtin = match name {
        "strict" => Some(0),
        "ignore" => Some(1),
        "replace" => Some(2),
        "backslashreplace" => Some(3),
        "xmlcharrefreplace" => Some(4),
        "namereplace" => Some(5),
        "surrogateescape" => Some(6),
        "surrogatepass" => Some(7),
        _ => None,
    };
    match builtin {
        Some(i) => Ok(builtin_handler(vm, &handlers::HANDLERS[i])),
        None => Err(vm.new_error(
            &vm.types.lookup_error,
            &format!("unknown error handler name '{name}'"),
        )),
    }
}

fn builtin_handler(vm: &Vm, def: &'static MethodDef) -> Value {
    krait_vm::heap::alloc(
        vm.types.builtin_function.to_obj(),
        krait_vm::native::NativeFunctionData {
            def,
            self_: krait_vm::slot::Slot::new(Value::NULL),
        },
    )
    .into_value()
}

fn lookup_error(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = crate::convert::positional(vm, &args, "lookup_error", "lookup_error", 1, 1)?;
    lookup_error_handler(vm, &vm.str_of(&a[0]))
}

fn readbuffer_encode(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = call_args(vm, &args, "readbuffer_encode", &["data", "errors"], 1)?;
    let v = a[0].clone().unwrap_or(Value::NONE);
    let data = match str_cps(&v) {
        Some(t) => t
            .iter()
            .filter_map(|&c| char::from_u32(c))
            .collect::<String>()
            .into_bytes(),
        None => arg_bytes(vm, &a[0], "readbuffer_encode")?,
    };
    let n = data.len();
    Ok(vm.new_tuple(vec![vm.new_bytes(data), vm.new_int(n as i64)]))
}

fn utf_7(vm: &Vm, _args: Args<'_>) -> PyResult<Value> {
    Err(vm.not_implemented("the utf-7 codec"))
}

/// `str.encode`/`bytes.decode` for encodings krait-vm does not know (installed by
/// [`crate::register`]): the registry's codec, with CPython's checks of the result.
pub(crate) fn vm_hook(
    vm: &Vm,
    obj: &Value,
    encoding: &str,
    errors: &str,
    encode: bool,
) -> PyResult<Value> {
    let info = lookup_codec(vm, encoding)?;
    if let Some(flag) = vm.get_attr_opt(&info, "_is_text_encoding")? {
        if !vm.is_true(&flag)? {
            let how = if encode { "encode" } else { "decode" };
            return Err(vm.new_error(
                &vm.types.lookup_error,
                &format!(
                    "'{encoding}' is not a text encoding; use codecs.{how}() to handle arbitrary codecs"
                ),
            ));
        }
    }
    let r = run_codec(vm, obj, encoding, errors, usize::from(!encode))?;
    let ok = if encode {
        payload::<krait_vm::objects::bytes::BytesData>(&r).is_some()
    } else {
        payload::<StrData>(&r).is_some()
    };
    if !ok {
        let (what, want, how) = if encode {
            ("encoder", "bytes", "encode() to encode")
        } else {
            ("decoder", "str", "decode() to decode")
        };
        return Err(vm.type_error(&format!(
            "'{encoding}' {what} returned '{}' instead of '{want}'; use codecs.{how} to arbitrary types",
            vm.type_name(&r)
        )));
    }
    Ok(r)
}

/// `callable(v)`.
fn is_callable(vm: &Vm, v: &Value) -> PyResult<bool> {
    let callable = vm
        .dict_get_item(&vm.builtins, &vm.intern("callable"))?
        .ok_or_else(|| vm.type_error("callable is missing"))?;
    let r = vm.call(&callable, std::slice::from_ref(v), &[])?;
    vm.is_true(&r)
}
