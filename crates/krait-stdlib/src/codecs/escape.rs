//! The escape and charmap codecs of `_codecs`: `unicode_escape`, `raw_unicode_escape`,
//! `escape_encode`/`escape_decode` (bytes literals' escapes), and `charmap_encode`,
//! `charmap_decode` and `charmap_build` (the single-byte tables of Lib/encodings/cp*.py).

use super::errors::{backslash, encode_with, on_decode_error};
use super::{arg_bytes, arg_errors, arg_str, call_args};
use crate::io_util::{new_str_cps, str_cps};
use krait_vm::native::Args;
use krait_vm::{PyResult, Value, Vm};

fn pair(vm: &Vm, a: Value, n: usize) -> Value {
    vm.new_tuple(vec![a, vm.new_int(n as i64)])
}

/// `unicode_escape` encoding of one code point.
fn uescape(c: u32, out: &mut Vec<u8>) {
    match c {
        0x5C => out.extend_from_slice(b"\\\\"),
        0x09 => out.extend_from_slice(b"\\t"),
        0x0A => out.extend_from_slice(b"\\n"),
        0x0D => out.extend_from_slice(b"\\r"),
        0x20..=0x7E => out.push(c as u8),
        _ => out.extend_from_slice(backslash(c).as_bytes()),
    }
}

pub(super) fn unicode_escape_encode(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = call_args(vm, &args, "unicode_escape_encode", &["str", "errors"], 1)?;
    let text = arg_str(vm, &a[0], "unicode_escape_encode", 1)?;
    let mut out = Vec::new();
    for &c in &text {
        uescape(c, &mut out);
    }
    Ok(pair(vm, vm.new_bytes(out), text.len()))
}

pub(super) fn raw_unicode_escape_encode(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = call_args(
        vm,
        &args,
        "raw_unicode_escape_encode",
        &["str", "errors"],
        1,
    )?;
    let text = arg_str(vm, &a[0], "raw_unicode_escape_encode", 1)?;
    let mut out = Vec::new();
    for &c in &text {
        if c < 0x100 {
            out.push(c as u8);
        } else if c < 0x10000 {
            out.extend_from_slice(format!("\\u{c:04x}").as_bytes());
        } else {
            out.extend_from_slice(format!("\\U{c:08x}").as_bytes());
        }
    }
    Ok(pair(vm, vm.new_bytes(out), text.len()))
}

/// The bytes of a decode argument that may also be a str (encoded as UTF-8, as CPython's `s*`).
fn bytes_or_str(vm: &Vm, v: &Option<Value>, fname: &str) -> PyResult<Vec<u8>> {
    if let Some(t) = v.as_ref().and_then(str_cps) {
        return Ok(t
            .iter()
            .filter_map(|&c| char::from_u32(c))
            .collect::<String>()
            .into_bytes());
    }
    arg_bytes(vm, v, fname)
}

/// Decodes `unicode_escape` (`raw`: only `\u`/`\U` escapes) up to the end or, when not
/// `final_`, up to an incomplete escape at the end.
fn escape_decode_text(
    vm: &Vm,
    data: &[u8],
    errors: &str,
    raw: bool,
    final_: bool,
) -> PyResult<(Vec<u32>, usize)> {
    let name = if raw {
        "rawunicodeescape"
    } else {
        "unicodeescape"
    };
    let mut out = Vec::with_capacity(data.len());
    let mut i = 0;
    while i < data.len() {
        let c = data[i];
        if c != b'\\' {
            out.push(u32::from(c));
            i += 1;
            continue;
        }
        let start = i;
        let Some(&e) = data.get(i + 1) else {
            if !final_ {
                break;
            }
            if raw {
                out.push(u32::from(b'\\'));
                i += 1;
                continue;
            }
            let (rep, pos) = on_decode_error(
                vm,
                errors,
                name,
                data,
                start,
                data.len(),
                "\\ at end of string",
            )?;
            out.extend(rep);
            i = pos;
            continue;
        };
        let hex = |n: usize, what: &'static str| -> Result<(u32, usize), (usize, &'static str)> {
            let mut v = 0u32;
            for k in 0..n {
                match data.get(i + 2 + k).and_then(|&d| (d as char).to_digit(16)) {
                    Some(d) => v = v * 16 + d,
                    None => return Err((i + 2 + k, what)),
                }
            }
            Ok((v, i + 2 + n))
        };
        let step: Result<(u32, usize), (usize, &'static str)> = match e {
            b'u' => hex(4, "truncated \\uXXXX escape"),
            b'U' => hex(8, "truncated \\UXXXXXXXX escape").and_then(|(v, n)| {
                if v > 0x10FFFF {
                    Err((n, "illegal Unicode character"))
                } else {
                    Ok((v, n))
                }
            }),
            _ if raw => {
                out.push(u32::from(b'\\'));
                i += 1;
                continue;
            }
            b'x' => hex(2, "truncated \\xXX escape"),
            b'\n' => {
                i += 2;
                continue;
            }
            b'\\' | b'\'' | b'"' => Ok((u32::from(e), i + 2)),
            b'a' => Ok((7, i + 2)),
            b'b' => Ok((8, i + 2)),
            b'f' => Ok((12, i + 2)),
            b'n' => Ok((10, i + 2)),
            b'r' => Ok((13, i + 2)),
            b't' => Ok((9, i + 2)),
            b'v' => Ok((11, i + 2)),
            b'0'..=b'7' => {
                let mut v = 0u32;
                let mut j = i + 1;
                while j < data.len() && j < i + 4 && (b'0'..=b'7').contains(&data[j]) {
                    v = v * 8 + u32::from(data[j] - b'0');
                    j += 1;
                }
                Ok((v, j))
            }
            b'N' => {
                let close = data[i..].iter().position(|&b| b == b'}').map(|p| i + p);
                match (data.get(i + 2), close) {
                    (Some(b'{'), Some(end)) if end > i + 3 => {
                        let nm = String::from_utf8_lossy(&data[i + 3..end]).into_owned();
                        match krait_parser::unicode_names::escape_char(&nm) {
                            Some(ch) => Ok((u32::from(ch), end + 1)),
                            None => Err((end + 1, "unknown Unicode character name")),
                        }
                    }
                    _ => Err((data.len().min(i + 2), "malformed \\N character escape")),
                }
            }
            other => {
                out.push(u32::from(b'\\'));
                out.push(u32::from(other));
                i += 2;
                continue;
            }
        };
        match step {
            Ok((v, next)) => {
                out.push(v);
                i = next;
            }
            Err((end, _)) if end >= data.len() && !final_ => break,
            Err((end, reason)) => {
                let end = end.min(data.len()).max(start + 1);
                let (rep, pos) = on_decode_error(vm, errors, name, data, start, end, reason)?;
                out.extend(rep);
                i = pos;
            }
        }
    }
    Ok((out, i))
}

fn escape_decode_fn(vm: &Vm, args: &Args<'_>, fname: &str, raw: bool) -> PyResult<Value> {
    let a = call_args(vm, args, fname, &["data", "errors", "final"], 1)?;
    let data = bytes_or_str(vm, &a[0], fname)?;
    let errors = arg_errors(vm, a[1].as_ref())?;
    let final_ = a[2].as_ref().map_or(Ok(true), |v| vm.is_true(v))?;
    let (t, n) = escape_decode_text(vm, &data, &errors, raw, final_)?;
    Ok(pair(vm, new_str_cps(vm, &t), n))
}

pub(super) fn unicode_escape_decode(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    escape_decode_fn(vm, &args, "unicode_escape_decode", false)
}

pub(super) fn raw_unicode_escape_decode(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    escape_decode_fn(vm, &args, "raw_unicode_escape_decode", true)
}

pub(super) fn escape_encode(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = call_args(vm, &args, "escape_encode", &["data", "errors"], 1)?;
    let Some(data) = a[0].as_ref().and_then(|v| {
        krait_vm::protocols::payload::<krait_vm::objects::bytes::BytesData>(v)
            .map(|b| b.bytes.to_vec())
    }) else {
        return Err(vm.type_error("escape_encode() argument 1 must be bytes"));
    };
    let mut out = Vec::new();
    for &c in &data {
        match c {
            b'\\' => out.extend_from_slice(b"\\\\"),
            b'\'' => out.extend_from_slice(b"\\'"),
            b'\t' => out.extend_from_slice(b"\\t"),
            b'\n' => out.extend_from_slice(b"\\n"),
            b'\r' => out.extend_from_slice(b"\\r"),
            0x20..=0x7E => out.push(c),
            _ => out.extend_from_slice(format!("\\x{c:02x}").as_bytes()),
        }
    }
    Ok(pair(vm, vm.new_bytes(out), data.len()))
}

pub(super) fn escape_decode(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = call_args(vm, &args, "escape_decode", &["data", "errors"], 1)?;
    let data = bytes_or_str(vm, &a[0], "escape_decode")?;
    let mut out = Vec::new();
    if let Err(e) = krait_parser::strings::decode_bytes_escapes(&data, &mut out) {
        let msg = e.strip_prefix("(value error) ").unwrap_or(&e);
        return Err(vm.value_error(msg));
    }
    Ok(pair(vm, vm.new_bytes(out), data.len()))
}

/// `charmap_build(map)`: the inverse of a decoding table.
pub(super) fn charmap_build(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = crate::convert::positional(vm, &args, "charmap_build", "charmap_build", 1, 1)?;
    let table = arg_str(vm, &Some(a[0].clone()), "charmap_build", 1)?;
    let d = vm.new_dict();
    for (i, &c) in table.iter().enumerate() {
        vm.dict_set_item(&d, vm.new_int(i64::from(c)), vm.new_int(i as i64))?;
    }
    Ok(d)
}

pub(super) fn charmap_decode(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = call_args(
        vm,
        &args,
        "charmap_decode",
        &["data", "errors", "mapping"],
        1,
    )?;
    let data = arg_bytes(vm, &a[0], "charmap_decode")?;
    let errors = arg_errors(vm, a[1].as_ref())?;
    let mapping = a[2].clone().filter(|m| !m.is_none());
    let Some(mapping) = mapping else {
        let t: Vec<u32> = data.iter().map(|&c| u32::from(c)).collect();
        return Ok(pair(vm, new_str_cps(vm, &t), data.len()));
    };
    let table = str_cps(&mapping);
    let mut out = Vec::with_capacity(data.len());
    let mut i = 0;
    while i < data.len() {
        let b = data[i];
        let mapped: Option<Vec<u32>> = match &table {
            Some(t) => t
                .get(usize::from(b))
                .filter(|&&c| c != 0xFFFE)
                .map(|&c| vec![c]),
            None => match vm.get_item(&mapping, &vm.new_int(i64::from(b))) {
                Ok(v) if v.is_none() => None,
                Ok(v) => match str_cps(&v) {
                    Some(s) if s == [0xFFFE] => None,
                    Some(s) => Some(s),
                    None => {
                        let n = crate::io_util::index_i64(vm, &v).map_err(|_| {
                            vm.type_error("character mapping must return integer, None or str")
                        })?;
                        if !(0..=0x10FFFF).contains(&n) {
                            return Err(
                                vm.type_error("character mapping must be in range(0x110000)")
                            );
                        }
                        Some(vec![n as u32])
                    }
                },
                Err(e) if vm.is_instance_of(&e.exception_value(), &vm.types.lookup_error) => None,
                Err(e) => return Err(e),
            },
        };
        match mapped {
            Some(s) => {
                out.extend(s);
                i += 1;
            }
            None => {
                let (rep, pos) = on_decode_error(
                    vm,
                    &errors,
                    "charmap",
                    &data,
                    i,
                    i + 1,
                    "character maps to <undefined>",
                )?;
                out.extend(rep);
                i = pos;
            }
        }
    }
    Ok(pair(vm, new_str_cps(vm, &out), data.len()))
}

pub(super) fn charmap_encode(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = call_args(
        vm,
        &args,
        "charmap_encode",
        &["str", "errors", "mapping"],
        1,
    )?;
    let text = arg_str(vm, &a[0], "charmap_encode", 1)?;
    let errors = arg_errors(vm, a[1].as_ref())?;
    let mapping = a[2].clone().filter(|m| !m.is_none());
    let Some(mapping) = mapping else {
        let out = super::unicode::narrow_encode(vm, "latin-1", &text, &errors, 0x100)?;
        return Ok(pair(vm, vm.new_bytes(out), text.len()));
    };
    let failure: std::cell::RefCell<Option<krait_vm::PyErr>> = std::cell::RefCell::new(None);
    let enc = |c: u32, out: &mut Vec<u8>| -> bool {
        if failure.borrow().is_some() {
            return true;
        }
        match vm.get_item(&mapping, &vm.new_int(i64::from(c))) {
            Ok(v) if v.is_none() => false,
            Ok(v) => {
                if let Some(b) = crate::io_util::bytes_like(&v) {
                    out.extend_from_slice(&b);
                    return true;
                }
                match crate::io_util::index_i64(vm, &v) {
                    Ok(n) if (0..256).contains(&n) => {
                        out.push(n as u8);
                        true
                    }
                    Ok(_) => {
                        *failure.borrow_mut() =
                            Some(vm.type_error("character mapping must be in range(256)"));
                        true
                    }
                    Err(_) => {
                        *failure.borrow_mut() = Some(vm.type_error(
                            "character mapping must return integer, bytes or None, not str",
                        ));
                        true
                    }
                }
            }
            Err(e) if vm.is_instance_of(&e.exception_value(), &vm.types.lookup_error) => false,
            Err(e) => {
                *failure.borrow_mut() = Some(e);
                true
            }
        }
    };
    let out = encode_with(
        vm,
        "charmap",
        &text,
        &errors,
        "character maps to <undefined>",
        &enc,
    )?;
    if let Some(e) = failure.into_inner() {
        return Err(e);
    }
    Ok(pair(vm, vm.new_bytes(out), text.len()))
}
