//! The `bytes` type's constructor, protocol methods (`__len__`, `__getitem__`, `__add__`,
//! comparisons, …) and its searching/splitting methods (CPython's Objects/bytesobject.c and
//! Objects/bytes_methods.c), working on `&[u8]`.

use super::bytes_text::bytes_of;
use crate::error::PyResult;
use crate::native::{install_methods, method_table, new_def, Args};
use crate::objects::bytes::BytesData;
use crate::objects::slice::SliceData;
use crate::protocols::payload;
use crate::value::Value;
use crate::vm::Vm;
use krait_bytecode::opcode::Comparison;

new_def!(
    BYTES_NEW,
    bytes_new,
    "(type, source=b'', encoding=None, errors=None)",
    "Create and return a new bytes object."
);

method_table!(
    /// The protocol methods of `bytes`.
    PROTOCOL,
    Method,
    {
    "__len__" => b_len, "($self, /)", "Return len(self).";
    "__getitem__" => b_getitem, "($self, key, /)", "Return self[key].";
    "__iter__" => b_iter, "($self, /)", "Implement iter(self).";
    "__reversed__" => b_reversed, "($self, /)", "Return a reverse iterator.";
    "__contains__" => b_contains, "($self, key, /)", "Return key in self.";
    "__add__" => b_add, "($self, value, /)", "Return self+value.";
    "__mul__" => b_mul, "($self, value, /)", "Return self*value.";
    "__rmul__" => b_mul, "($self, value, /)", "Return value*self.";
    "__mod__" => b_mod, "($self, value, /)", "Return self%value.";
    "__rmod__" => b_rmod, "($self, value, /)", "Return value%self.";
    "__eq__" => b_eq, "($self, value, /)", "Return self==value.";
    "__ne__" => b_ne, "($self, value, /)", "Return self!=value.";
    "__lt__" => b_lt, "($self, value, /)", "Return self<value.";
    "__le__" => b_le, "($self, value, /)", "Return self<=value.";
    "__gt__" => b_gt, "($self, value, /)", "Return self>value.";
    "__ge__" => b_ge, "($self, value, /)", "Return self>=value.";
    "decode" => decode, "($self, /, encoding='utf-8', errors='strict')", "Decode the bytes using the codec registered for encoding.";
    "hex" => hex, "($self, sep=<unrepresentable>, bytes_per_sep=1, /)", "Create a string of hexadecimal numbers from a bytes object.";
    }
);

method_table!(
    /// Class methods of `bytes`.
    CLASS_METHODS,
    Class,
    {
    "fromhex" => fromhex, "($type, string, /)", "Create a bytes object from a string of hexadecimal numbers.";
    }
);

method_table!(
    /// Static methods of `bytes`.
    STATIC_METHODS,
    Static,
    {
    "maketrans" => maketrans, "(frm, to, /)", "Return a translation table usable for the bytes or bytearray translate method.";
    }
);

/// Installs `bytes.__new__` and the methods of `bytes`.
pub fn install(vm: &Vm) {
    let t = &vm.types.bytes;
    install_methods(vm, t, &BYTES_NEW);
    install_methods(vm, t, PROTOCOL);
    install_methods(vm, t, CLASS_METHODS);
    install_methods(vm, t, STATIC_METHODS);
    install_methods(vm, t, super::bytes_text::METHODS);
}

/// The contents of a bytes-like object (`bytes`), or `None`.
pub fn buffer(v: &Value) -> Option<&[u8]> {
    payload::<BytesData>(v).map(|b| &b.bytes[..])
}

/// The contents of a bytes-like argument, or CPython's "a bytes-like object is required".
pub fn buffer_arg(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    bytes_of(v).ok_or_else(|| {
        vm.type_error(&format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(v)
        ))
    })
}

/// `self` of a bytes or bytearray method (a copy).
pub fn this(vm: &Vm, args: &Args<'_>) -> PyResult<Vec<u8>> {
    match args.pos().first().and_then(bytes_of) {
        Some(b) => Ok(b),
        None => Err(vm.type_error("descriptor requires a 'bytes' object")),
    }
}

/// A new object of the kind of `args`' self (bytes or bytearray).
fn like(vm: &Vm, args: &Args<'_>, data: Vec<u8>) -> Value {
    match args.pos().first() {
        Some(v) if crate::objects::bytearray::is_bytearray(v) => {
            crate::objects::bytearray::new_bytearray(vm, data)
        }
        _ => vm.new_bytes(data),
    }
}

/// The one argument after `self`.
fn one<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<&'a Value> {
    let a = args.positional_range(vm, name, 2, 2)?;
    Ok(&a[1])
}

/// A byte value from an int argument (`__index__`), checked to be in `range(0, 256)`.
pub fn byte_value(vm: &Vm, v: &Value, msg: &str) -> PyResult<u8> {
    let n = vm.index_value(v)?.ok_or_else(|| {
        vm.type_error(&format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(v)
        ))
    })?;
    u8::try_from(n).map_err(|_| vm.value_error(msg))
}

/// The bytes of `bytes(x)`/`bytearray(x)` for a non-str source: a count, a buffer or an
/// iterable of ints.
pub fn from_source(vm: &Vm, x: &Value, what: &str) -> PyResult<Vec<u8>> {
    if let Some(b) = bytes_of(x) {
        return Ok(b);
    }
    if payload::<crate::objects::str::StrData>(x).is_some() {
        return Err(vm.type_error("string argument without an encoding"));
    }
    if x.as_float().is_none() {
        if let Some(n) = vm.index_value(x)? {
            let Ok(n) = usize::try_from(n) else {
                return Err(vm.value_error("negative count"));
            };
            return Ok(vec![0; n]);
        }
    }
    let it = vm.get_iter(x).map_err(|_| {
        vm.type_error(&format!(
            "cannot convert '{}' object to {what}",
            vm.type_name(x)
        ))
    })?;
    let mut out = Vec::new();
    while let Some(v) = vm.next(&it)? {
        out.push(byte_value(vm, &v, "bytes must be in range(0, 256)")?);
    }
    Ok(out)
}

/// Text encoded for `bytes(s, encoding, errors)` (`str.encode`).
pub fn encode_str(vm: &Vm, s: &Value, encoding: &Value, errors: &Value) -> PyResult<Vec<u8>> {
    let enc = vm.str_of(encoding);
    let errors = if errors.is_null() || errors.is_none() {
        "strict".to_owned()
    } else {
        vm.str_of(errors)
    };
    let text: Vec<u32> = payload::<crate::objects::str::StrData>(s)
        .map(|t| t.code_points().collect())
        .unwrap_or_default();
    super::bytes_codec::encode(vm, &text, &enc, &errors)
}

fn bytes_new(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let pos = args.pos();
    let (mut source, mut encoding, mut errors) = (Value::NULL, Value::NULL, Value::NULL);
    if pos.len() > 4 {
        return Err(vm.type_error(&format!(
            "bytes() takes at most 3 arguments ({} given)",
            pos.len() - 1
        )));
    }
    for (i, v) in pos.iter().enumerate().skip(1) {
        match i {
            1 => source = v.clone(),
            2 => encoding = v.clone(),
            _ => errors = v.clone(),
        }
    }
    for (k, v) in args.kwargs() {
        match vm.str_of(k).as_str() {
            "source" => source = v.clone(),
            "encoding" => encoding = v.clone(),
            "errors" => errors = v.clone(),
            other => {
                return Err(vm.type_error(&format!(
                    "'{other}' is an invalid keyword argument for bytes()"
                )))
            }
        }
    }
    let data = if !encoding.is_null() || !errors.is_null() {
        if source.is_null() || payload::<crate::objects::str::StrData>(&source).is_none() {
            let msg = if encoding.is_null() {
                "errors without a string argument"
            } else {
                "encoding without a string argument"
            };
            return Err(vm.type_error(msg));
        }
        let enc = if encoding.is_null() {
            vm.new_str("utf-8")
        } else {
            if payload::<crate::objects::str::StrData>(&encoding).is_none() {
                return Err(vm.type_error(&format!(
                    "bytes() argument 'encoding' must be str, not {}",
                    vm.type_name(&encoding)
                )));
            }
            encoding
        };
        encode_str(vm, &source, &enc, &errors)?
    } else if source.is_null() {
        Vec::new()
    } else {
        if vm.type_of(&source).is(&vm.types.bytes) && vm.type_of(&pos[0]).is(&vm.types.bytes) {
            return Ok(source);
        }
        if let Some(f) = vm
            .lookup_special(&source, "__bytes__")?
            .filter(|_| buffer(&source).is_none())
        {
            let r = vm.call(&f, std::slice::from_ref(&source), &[])?;
            if buffer(&r).is_none() {
                return Err(vm.type_error(&format!(
                    "__bytes__ returned non-bytes (type {})",
                    vm.type_name(&r)
                )));
            }
            r.as_header()
                .and_then(|h| h.downcast_ref::<BytesData>())
                .map(|b| b.bytes.to_vec())
                .unwrap_or_default()
        } else {
            from_source(vm, &source, "bytes")?
        }
    };
    let cls = &pos[0];
    if cls.is(&vm.types.bytes) {
        return Ok(vm.new_bytes(data));
    }
    let sub = crate::heap::Sub {
        base: BytesData::new(data),
        attrs: crate::heap::InstanceAttrs::default(),
    };
    Ok(crate::heap::alloc(cls.to_obj(), sub).into_value())
}

pub(crate) fn b_len(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(vm.new_int(this(vm, &args)?.len() as i64))
}

/// `b[key]` for any byte string `b` (an int, or a new bytes for a slice).
pub fn subscript(vm: &Vm, b: &[u8], key: &Value) -> PyResult<Value> {
    if let Some(s) = payload::<SliceData>(key) {
        let (start, step, count) = vm.slice_indices(s, b.len())?;
        let out: Vec<u8> = (0..count as i64)
            .map(|k| b[(start + k * step) as usize])
            .collect();
        return Ok(vm.new_bytes(out));
    }
    subscript_index(vm, b, key, "index out of range")
}

/// `b[i]` for an index key (`msg` is the IndexError's message).
pub fn subscript_index(vm: &Vm, b: &[u8], key: &Value, msg: &str) -> PyResult<Value> {
    if key.as_float().is_some() || payload::<crate::objects::str::StrData>(key).is_some() {
        return Err(vm.type_error(&format!(
            "byte indices must be integers or slices, not {}",
            vm.type_name(key)
        )));
    }
    let Some(n) = vm.index_value(key)? else {
        return Err(vm.type_error(&format!(
            "byte indices must be integers or slices, not {}",
            vm.type_name(key)
        )));
    };
    let i = i64::try_from(n).unwrap_or(i64::MAX);
    let j = if i < 0 { i + b.len() as i64 } else { i };
    match usize::try_from(j).ok().and_then(|j| b.get(j)) {
        Some(&x) => Ok(vm.new_int(x as i64)),
        None => Err(vm.new_error(&vm.types.index_error, msg)),
    }
}

pub(crate) fn b_getitem(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let b = this(vm, &args)?;
    let key = one(vm, &args, "__getitem__")?;
    if crate::objects::bytearray::is_bytearray(&args.pos()[0]) {
        if payload::<SliceData>(key).is_none() {
            return subscript_index(vm, &b, key, "bytearray index out of range");
        }
        let r = subscript(vm, &b, key)?;
        return Ok(like(vm, &args, bytes_of(&r).unwrap_or_default()));
    }
    subscript(vm, &b, key)
}

pub(crate) fn b_iter(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let b = this(vm, &args)?;
    let items = b.iter().map(|&x| vm.new_int(x as i64)).collect();
    vm.get_iter(&vm.new_list(items))
}

pub(crate) fn b_reversed(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let b = this(vm, &args)?;
    let items = b.iter().rev().map(|&x| vm.new_int(x as i64)).collect();
    vm.get_iter(&vm.new_list(items))
}

/// `x in b` for a byte string: an int byte or a bytes-like substring.
pub fn contains(vm: &Vm, b: &[u8], x: &Value) -> PyResult<bool> {
    if let Some(pat) = bytes_of(x) {
        return Ok(find(b, &pat, 0, b.len()).is_some());
    }
    if x.as_float().is_none() {
        if let Some(n) = vm.index_value(x)? {
            let Ok(c) = u8::try_from(n) else {
                return Err(vm.value_error("byte must be in range(0, 256)"));
            };
            return Ok(b.contains(&c));
        }
    }
    Err(vm.type_error(&format!(
        "a bytes-like object is required, not '{}'",
        vm.type_name(x)
    )))
}

pub(crate) fn b_contains(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let b = this(vm, &args)?;
    Ok(Value::bool(contains(
        vm,
        &b,
        one(vm, &args, "__contains__")?,
    )?))
}

/// The first index of `pat` in `hay[start..end]`.
pub fn find(hay: &[u8], pat: &[u8], start: usize, end: usize) -> Option<usize> {
    let end = end.min(hay.len());
    if start > end {
        return None;
    }
    if pat.is_empty() {
        return Some(start);
    }
    if pat.len() > end - start {
        return None;
    }
    (start..=end - pat.len()).find(|&i| &hay[i..i + pat.len()] == pat)
}

pub(crate) fn b_add(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let b = this(vm, &args)?;
    let other = one(vm, &args, "__add__")?;
    let what = if crate::objects::bytearray::is_bytearray(&args.pos()[0]) {
        "bytearray"
    } else {
        "bytes"
    };
    match bytes_of(other) {
        Some(o) => {
            let mut out = b;
            out.extend_from_slice(&o);
            Ok(like(vm, &args, out))
        }
        None if vm.lookup_special(other, "__radd__")?.is_some() => Ok(Value::NOT_IMPLEMENTED),
        None => Err(vm.type_error(&format!("can't concat {} to {what}", vm.type_name(other)))),
    }
}

/// The repeat count of `seq * n`, or `None` when `n` is not an index.
pub fn repeat_count(vm: &Vm, n: &Value) -> PyResult<Option<usize>> {
    if n.as_float().is_some() {
        return Ok(None);
    }
    Ok(vm.index_value(n)?.map(|n| usize::try_from(n).unwrap_or(0)))
}

pub(crate) fn b_mul(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let b = this(vm, &args)?;
    let n = one(vm, &args, "__mul__")?;
    let Some(n) = repeat_count(vm, n)? else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    match b.len().checked_mul(n) {
        Some(t) if t <= isize::MAX as usize => {}
        _ => return Err(vm.new_error(&vm.types.memory_error, "")),
    }
    Ok(like(vm, &args, b.repeat(n)))
}

pub(crate) fn b_mod(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let b = this(vm, &args)?;
    let a = args.positional_range(vm, "__mod__", 2, 2)?;
    let out = vm.percent_format_bytes(&b, &a[1])?;
    Ok(like(vm, &args, out))
}

pub(crate) fn b_rmod(_vm: &Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::NOT_IMPLEMENTED)
}

fn compare(vm: &Vm, args: Args<'_>, op: Comparison) -> PyResult<Value> {
    let b = this(vm, &args)?;
    let a = args.positional_range(vm, "comparison", 2, 2)?;
    let Some(o) = bytes_of(&a[1]) else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    let ord = b.cmp(&o);
    use std::cmp::Ordering::*;
    Ok(Value::bool(match op {
        Comparison::Lt => ord == Less,
        Comparison::Le => ord != Greater,
        Comparison::Eq => ord == Equal,
        Comparison::Ne => ord != Equal,
        Comparison::Gt => ord == Greater,
        Comparison::Ge => ord != Less,
    }))
}

pub(crate) fn b_eq(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    compare(vm, args, Comparison::Eq)
}
pub(crate) fn b_ne(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    compare(vm, args, Comparison::Ne)
}
pub(crate) fn b_lt(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    compare(vm, args, Comparison::Lt)
}
pub(crate) fn b_le(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    compare(vm, args, Comparison::Le)
}
pub(crate) fn b_gt(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    compare(vm, args, Comparison::Gt)
}
pub(crate) fn b_ge(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    compare(vm, args, Comparison::Ge)
}

pub(crate) fn decode(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let b = this(vm, &args)?;
    let pos = args.pos();
    if pos.len() > 3 {
        return Err(vm.type_error(&format!(
            "decode() takes at most 2 arguments ({} given)",
            pos.len() - 1
        )));
    }
    let mut encoding = pos.get(1).cloned();
    let mut errors = pos.get(2).cloned();
    for (k, v) in args.kwargs() {
        match vm.str_of(k).as_str() {
            "encoding" => encoding = Some(v.clone()),
            "errors" => errors = Some(v.clone()),
            other => {
                return Err(vm.type_error(&format!(
                    "decode() got an unexpected keyword argument '{other}'"
                )))
            }
        }
    }
    for (name, v) in [("encoding", &encoding), ("errors", &errors)] {
        if let Some(v) = v {
            if payload::<crate::objects::str::StrData>(v).is_none() {
                return Err(vm.type_error(&format!(
                    "decode() argument '{name}' must be str, not {}",
                    vm.type_name(v)
                )));
            }
        }
    }
    let enc = encoding.map_or_else(|| "utf-8".to_owned(), |e| vm.str_of(&e));
    let errors = errors.map_or_else(|| "strict".to_owned(), |e| vm.str_of(&e));
    let cps = super::bytes_codec::decode(vm, &b, &enc, &errors)?;
    Ok(vm.str_value(crate::objects::str::StrData::from_code_points(cps)))
}

/// `hex(sep, bytes_per_sep)` for any byte string.
pub fn hex_of(vm: &Vm, b: &[u8], args: &[Value]) -> PyResult<Value> {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let sep = match args.first() {
        None => None,
        Some(s) => {
            let sep: Vec<u32> = if let Some(t) = payload::<crate::objects::str::StrData>(s) {
                t.code_points().collect()
            } else if let Some(b) = bytes_of(s) {
                b.iter().map(|&c| c as u32).collect()
            } else {
                return Err(vm.type_error(&format!(
                    "sep must be str or bytes, not {}",
                    vm.type_name(s)
                )));
            };
            if sep.len() != 1 {
                return Err(vm.value_error("sep must be length 1."));
            }
            if sep[0] > 127 {
                return Err(vm.value_error("sep must be ASCII."));
            }
            Some(sep[0] as u8)
        }
    };
    let per = match args.get(1) {
        None => 1,
        Some(v) => vm
            .index_value(v)?
            .map_or(1, |n| i64::try_from(n).unwrap_or(1)),
    };
    let mut out = Vec::with_capacity(b.len() * 3);
    let group = per.unsigned_abs() as usize;
    for (i, &c) in b.iter().enumerate() {
        if let Some(s) = sep.filter(|_| group > 0 && i > 0) {
            // Groups count from the right for a positive bytes_per_sep, from the left otherwise.
            let boundary = if per > 0 {
                (b.len() - i).is_multiple_of(group)
            } else {
                i.is_multiple_of(group)
            };
            if boundary {
                out.push(s as u32);
            }
        }
        out.push(DIGITS[(c >> 4) as usize] as u32);
        out.push(DIGITS[(c & 15) as usize] as u32);
    }
    Ok(vm.str_value(crate::objects::str::StrData::from_code_points(out)))
}

pub(crate) fn hex(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let b = this(vm, &args)?;
    let a = args.positional_range(vm, "hex", 1, 3)?;
    hex_of(vm, &b, &a[1..])
}

/// `bytes.fromhex(s)`'s bytes.
pub fn parse_hex(vm: &Vm, s: &Value) -> PyResult<Vec<u8>> {
    let Some(t) = payload::<crate::objects::str::StrData>(s) else {
        return Err(vm.type_error(&format!(
            "fromhex() argument must be str, not {}",
            vm.type_name(s)
        )));
    };
    let cps: Vec<u32> = t.code_points().collect();
    let digit = |c: u32| char::from_u32(c).and_then(|c| c.to_digit(16));
    let mut out = Vec::new();
    let mut i = 0;
    while i < cps.len() {
        if cps[i] == b' ' as u32 {
            i += 1;
            continue;
        }
        let bad = |pos: usize| {
            vm.value_error(&format!(
                "non-hexadecimal number found in fromhex() arg at position {pos}"
            ))
        };
        let hi = digit(cps[i]).ok_or_else(|| bad(i))?;
        let lo = cps
            .get(i + 1)
            .and_then(|&c| digit(c))
            .ok_or_else(|| bad(i + 1))?;
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    Ok(out)
}

fn fromhex(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_range(vm, "fromhex", 2, 2)?;
    let data = parse_hex(vm, &a[1])?;
    let b = vm.new_bytes(data);
    if a[0].is(&vm.types.bytes) {
        Ok(b)
    } else {
        vm.call(&a[0], &[b], &[])
    }
}

pub(crate) fn maketrans(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_range(vm, "maketrans", 2, 2)?;
    let frm = buffer_arg(vm, &a[0])?;
    let to = buffer_arg(vm, &a[1])?;
    let (frm, to) = (&frm[..], &to[..]);
    if frm.len() != to.len() {
        return Err(vm.value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255).collect();
    for (&f, &t) in frm.iter().zip(to) {
        table[f as usize] = t;
    }
    Ok(vm.new_bytes(table))
}
