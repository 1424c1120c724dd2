//! The Unicode codecs of `_codecs` (CPython's Objects/unicodeobject.c): UTF-8, Latin-1, ASCII,
//! UTF-16 and UTF-32 (with their byte-order variants), as the `(result, consumed)` functions
//! Lib/encodings/* call, with incremental (`final=False`) decoding.

use super::errors::{encode_with, on_decode_error};
use super::{arg_bytes, arg_errors, arg_str, call_args};
use krait_vm::native::Args;
use krait_vm::{PyResult, Value, Vm};

/// One UTF-8 sequence at `b[i..]`: the code point and its length, or the error (length of the
/// bad prefix, reason, whether it is a valid but truncated sequence at the end).
fn utf8_step(b: &[u8], i: usize) -> Result<(u32, usize), (usize, &'static str, bool)> {
    let c = b[i];
    if c < 0x80 {
        return Ok((u32::from(c), 1));
    }
    let (need, lo, hi, init) = match c {
        0xC2..=0xDF => (1, 0x80, 0xBF, u32::from(c & 0x1F)),
        0xE0 => (2, 0xA0, 0xBF, 0),
        0xE1..=0xEC | 0xEE..=0xEF => (2, 0x80, 0xBF, u32::from(c & 0x0F)),
        0xED => (2, 0x80, 0x9F, 0x0D),
        0xF0 => (3, 0x90, 0xBF, 0),
        0xF1..=0xF3 => (3, 0x80, 0xBF, u32::from(c & 0x07)),
        0xF4 => (3, 0x80, 0x8F, 4),
        _ => return Err((1, "invalid start byte", false)),
    };
    let mut cp = init;
    for k in 1..=need {
        let Some(&c2) = b.get(i + k) else {
            return Err((k, "unexpected end of data", true));
        };
        let (l, h) = if k == 1 { (lo, hi) } else { (0x80, 0xBF) };
        if !(l..=h).contains(&c2) {
            return Err((k, "invalid continuation byte", false));
        }
        cp = (cp << 6) | u32::from(c2 & 0x3F);
    }
    Ok((cp, need + 1))
}

/// Decodes UTF-8; returns the text and how many bytes were consumed.
pub(crate) fn utf8_decode(
    vm: &Vm,
    data: &[u8],
    errors: &str,
    final_: bool,
) -> PyResult<(Vec<u32>, usize)> {
    let mut out = Vec::with_capacity(data.len());
    let mut i = 0;
    while i < data.len() {
        match utf8_step(data, i) {
            Ok((c, n)) => {
                out.push(c);
                i += n;
            }
            Err((_, _, true)) if !final_ => break,
            Err((n, reason, _)) => {
                let (rep, pos) = on_decode_error(vm, errors, "utf-8", data, i, i + n, reason)?;
                out.extend(rep);
                i = pos;
            }
        }
    }
    Ok((out, i))
}

/// Encodes UTF-8.
pub(crate) fn utf8_encode(vm: &Vm, text: &[u32], errors: &str) -> PyResult<Vec<u8>> {
    encode_with(
        vm,
        "utf-8",
        text,
        errors,
        "surrogates not allowed",
        &|c, out| match char::from_u32(c) {
            Some(ch) => {
                let mut b = [0; 4];
                out.extend_from_slice(ch.encode_utf8(&mut b).as_bytes());
                true
            }
            None => false,
        },
    )
}

/// Encodes with a one-byte charset whose code points are below `limit`.
pub(crate) fn narrow_encode(
    vm: &Vm,
    name: &str,
    text: &[u32],
    errors: &str,
    limit: u32,
) -> PyResult<Vec<u8>> {
    let reason = if limit == 0x80 {
        "ordinal not in range(128)"
    } else {
        "ordinal not in range(256)"
    };
    encode_with(vm, name, text, errors, reason, &|c, out| {
        if c < limit {
            out.push(c as u8);
            true
        } else {
            false
        }
    })
}

/// Decodes ASCII.
pub(crate) fn ascii_decode(vm: &Vm, data: &[u8], errors: &str) -> PyResult<Vec<u32>> {
    let mut out = Vec::with_capacity(data.len());
    let mut i = 0;
    while i < data.len() {
        if data[i] < 0x80 {
            out.push(u32::from(data[i]));
            i += 1;
        } else {
            let (rep, pos) = on_decode_error(
                vm,
                errors,
                "ascii",
                data,
                i,
                i + 1,
                "ordinal not in range(128)",
            )?;
            out.extend(rep);
            i = pos;
        }
    }
    Ok(out)
}

/// Decodes UTF-16 (`big`: big-endian); the text and the bytes consumed.
fn utf16_decode(
    vm: &Vm,
    data: &[u8],
    errors: &str,
    big: bool,
    final_: bool,
    name: &str,
) -> PyResult<(Vec<u32>, usize)> {
    let unit = |i: usize| -> u32 {
        let (a, b) = (data[i], data[i + 1]);
        u32::from(if big {
            u16::from_be_bytes([a, b])
        } else {
            u16::from_le_bytes([a, b])
        })
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < data.len() {
        if i + 1 >= data.len() {
            if !final_ {
                break;
            }
            let (rep, pos) =
                on_decode_error(vm, errors, name, data, i, data.len(), "truncated data")?;
            out.extend(rep);
            i = pos;
            continue;
        }
        let u = unit(i);
        if !(0xD800..0xE000).contains(&u) {
            out.push(u);
            i += 2;
            continue;
        }
        if u >= 0xDC00 {
            let (rep, pos) = on_decode_error(vm, errors, name, data, i, i + 2, "illegal encoding")?;
            out.extend(rep);
            i = pos;
            continue;
        }
        if i + 3 >= data.len() {
            if !final_ {
                break;
            }
            let (rep, pos) = on_decode_error(
                vm,
                errors,
                name,
                data,
                i,
                data.len(),
                "unexpected end of data",
            )?;
            out.extend(rep);
            i = pos;
            continue;
        }
        let lo = unit(i + 2);
        if (0xDC00..0xE000).contains(&lo) {
            out.push(0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00));
            i += 4;
        } else {
            let (rep, pos) =
                on_decode_error(vm, errors, name, data, i, i + 2, "illegal UTF-16 surrogate")?;
            out.extend(rep);
            i = pos;
        }
    }
    Ok((out, i))
}

/// Encodes UTF-16 without a BOM.
fn utf16_encode(vm: &Vm, text: &[u32], errors: &str, big: bool, name: &str) -> PyResult<Vec<u8>> {
    encode_with(
        vm,
        name,
        text,
        errors,
        "surrogates not allowed",
        &|c, out| {
            if (0xD800..0xE000).contains(&c) {
                return false;
            }
            let mut units = [0u16; 2];
            let n = char::from_u32(c).map_or(0, |ch| ch.encode_utf16(&mut units).len());
            for u in &units[..n] {
                out.extend_from_slice(&if big {
                    u.to_be_bytes()
                } else {
                    u.to_le_bytes()
                });
            }
            true
        },
    )
}

/// Decodes UTF-32.
fn utf32_decode(
    vm: &Vm,
    data: &[u8],
    errors: &str,
    big: bool,
    final_: bool,
    name: &str,
) -> PyResult<(Vec<u32>, usize)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < data.len() {
        if i + 3 >= data.len() {
            if !final_ {
                break;
            }
            let (rep, pos) =
                on_decode_error(vm, errors, name, data, i, data.len(), "truncated data")?;
            out.extend(rep);
            i = pos;
            continue;
        }
        let w = [data[i], data[i + 1], data[i + 2], data[i + 3]];
        let c = if big {
            u32::from_be_bytes(w)
        } else {
            u32::from_le_bytes(w)
        };
        let reason = if c > 0x10FFFF {
            "code point not in range(0x110000)"
        } else if (0xD800..0xE000).contains(&c) {
            "code point in surrogate code point range(0xd800, 0xe000)"
        } else {
            out.push(c);
            i += 4;
            continue;
        };
        let (rep, pos) = on_decode_error(vm, errors, name, data, i, i + 4, reason)?;
        out.extend(rep);
        i = pos;
    }
    Ok((out, i))
}

/// Encodes UTF-32 without a BOM.
fn utf32_encode(vm: &Vm, text: &[u32], errors: &str, big: bool, name: &str) -> PyResult<Vec<u8>> {
    encode_with(
        vm,
        name,
        text,
        errors,
        "surrogates not allowed",
        &|c, out| {
            if (0xD800..0xE000).contains(&c) {
                return false;
            }
            out.extend_from_slice(&if big {
                c.to_be_bytes()
            } else {
                c.to_le_bytes()
            });
            true
        },
    )
}

/// `(str, consumed)`.
fn text_result(vm: &Vm, text: &[u32], consumed: usize) -> Value {
    vm.new_tuple(vec![
        crate::io_util::new_str_cps(vm, text),
        vm.new_int(consumed as i64),
    ])
}

/// `(bytes, length)`.
fn bytes_result(vm: &Vm, data: Vec<u8>, len: usize) -> Value {
    vm.new_tuple(vec![vm.new_bytes(data), vm.new_int(len as i64)])
}

pub(super) fn utf_8_encode(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = call_args(vm, &args, "utf_8_encode", &["str", "errors"], 1)?;
    let text = arg_str(vm, &a[0], "utf_8_encode", 1)?;
    let errors = arg_errors(vm, a[1].as_ref())?;
    Ok(bytes_result(
        vm,
        utf8_encode(vm, &text, &errors)?,
        text.len(),
    ))
}

pub(super) fn utf_8_decode(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = call_args(vm, &args, "utf_8_decode", &["data", "errors", "final"], 1)?;
    let data = arg_bytes(vm, &a[0], "utf_8_decode")?;
    let errors = arg_errors(vm, a[1].as_ref())?;
    let final_ = a[2].as_ref().map_or(Ok(false), |v| vm.is_true(v))?;
    let (t, n) = utf8_decode(vm, &data, &errors, final_)?;
    Ok(text_result(vm, &t, n))
}

pub(super) fn latin_1_encode(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = call_args(vm, &args, "latin_1_encode", &["str", "errors"], 1)?;
    let text = arg_str(vm, &a[0], "latin_1_encode", 1)?;
    let errors = arg_errors(vm, a[1].as_ref())?;
    let out = narrow_encode(vm, "latin-1", &text, &errors, 0x100)?;
    Ok(bytes_result(vm, out, text.len()))
}

pub(super) fn latin_1_decode(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = call_args(vm, &args, "latin_1_decode", &["data", "errors"], 1)?;
    let data = arg_bytes(vm, &a[0], "latin_1_decode")?;
    let t: Vec<u32> = data.iter().map(|&c| u32::from(c)).collect();
    Ok(text_result(vm, &t, data.len()))
}

pub(super) fn ascii_encode(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = call_args(vm, &args, "ascii_encode", &["str", "errors"], 1)?;
    let text = arg_str(vm, &a[0], "ascii_encode", 1)?;
    let errors = arg_errors(vm, a[1].as_ref())?;
    let out = narrow_encode(vm, "ascii", &text, &errors, 0x80)?;
    Ok(bytes_result(vm, out, text.len()))
}

pub(super) fn ascii_decode_fn(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = call_args(vm, &args, "ascii_decode", &["data", "errors"], 1)?;
    let data = arg_bytes(vm, &a[0], "ascii_decode")?;
    let errors = arg_errors(vm, a[1].as_ref())?;
    let t = ascii_decode(vm, &data, &errors)?;
    Ok(text_result(vm, &t, data.len()))
}

/// The byte order of a BOM at the start of `data` (`Some(big)`), for UTF-16 (`width` 2) or
/// UTF-32 (4).
fn bom(data: &[u8], width: usize) -> Option<bool> {
    match width {
        2 if data.starts_with(&[0xFF, 0xFE]) => Some(false),
        2 if data.starts_with(&[0xFE, 0xFF]) => Some(true),
        4 if data.starts_with(&[0xFF, 0xFE, 0, 0]) => Some(false),
        4 if data.starts_with(&[0, 0, 0xFE, 0xFF]) => Some(true),
        _ => None,
    }
}

/// The `utf_16_*`/`utf_32_*` functions: `width` 2 or 4; `order` -1 LE, 1 BE, 0 BOM/native.
fn wide_encode(vm: &Vm, args: &Args<'_>, fname: &str, width: usize, order: i64) -> PyResult<Value> {
    let names: &[&str] = if order == 0 {
        &["str", "errors", "byteorder"]
    } else {
        &["str", "errors"]
    };
    let a = call_args(vm, args, fname, names, 1)?;
    let text = arg_str(vm, &a[0], fname, 1)?;
    let errors = arg_errors(vm, a[1].as_ref())?;
    let order = match a.get(2).and_then(Clone::clone) {
        Some(v) => crate::io_util::index_i64(vm, &v)?,
        None => order,
    };
    let big = order > 0;
    let name = match (width, big) {
        (2, false) => "utf-16-le",
        (2, true) => "utf-16-be",
        (_, false) => "utf-32-le",
        (_, true) => "utf-32-be",
    };
    let mut out = Vec::new();
    if order == 0 {
        let b: u32 = 0xFEFF;
        if width == 2 {
            out.extend_from_slice(&(b as u16).to_le_bytes());
        } else {
            out.extend_from_slice(&b.to_le_bytes());
        }
    }
    let shown = if order == 0 { &name[..6] } else { name };
    let body = if width == 2 {
        utf16_encode(vm, &text, &errors, big, shown)?
    } else {
        utf32_encode(vm, &text, &errors, big, shown)?
    };
    out.extend(body);
    Ok(bytes_result(vm, out, text.len()))
}

/// Decoding for the `utf_16_*`/`utf_32_*` functions; `ex`: the `_ex_decode` variant (returns the
/// byte order too).
fn wide_decode(
    vm: &Vm,
    args: &Args<'_>,
    fname: &str,
    width: usize,
    order: i64,
    ex: bool,
) -> PyResult<Value> {
    let names: &[&str] = if ex {
        &["data", "errors", "byteorder", "final"]
    } else {
        &["data", "errors", "final"]
    };
    let a = call_args(vm, args, fname, names, 1)?;
    let data = arg_bytes(vm, &a[0], fname)?;
    let errors = arg_errors(vm, a[1].as_ref())?;
    let mut order = order;
    let final_idx = if ex {
        if let Some(v) = a[2].clone() {
            order = crate::io_util::index_i64(vm, &v)?;
        }
        3
    } else {
        2
    };
    let final_ = a[final_idx].as_ref().map_or(Ok(false), |v| vm.is_true(v))?;
    let mut start = 0;
    if order == 0 {
        if let Some(big) = bom(&data, width) {
            order = if big { 1 } else { -1 };
            start = width;
        } else if data.len() < width && !final_ {
            // Not enough bytes to tell whether a BOM starts here.
            let r = vec![crate::io_util::new_str_cps(vm, &[]), vm.new_int(0)];
            let mut r = r;
            if ex {
                r.push(vm.new_int(0));
            }
            return Ok(vm.new_tuple(r));
        }
    }
    let big = order > 0;
    let name = if width == 2 { "utf-16" } else { "utf-32" };
    let name = match (order, width) {
        (0, _) => name,
        (o, 2) if o > 0 => "utf-16-be",
        (_, 2) => "utf-16-le",
        (o, _) if o > 0 => "utf-32-be",
        _ => "utf-32-le",
    };
    let body = &data[start..];
    let (t, n) = if width == 2 {
        utf16_decode(vm, body, &errors, big, final_, name)?
    } else {
        utf32_decode(vm, body, &errors, big, final_, name)?
    };
    let mut r = vec![
        crate::io_util::new_str_cps(vm, &t),
        vm.new_int((n + start) as i64),
    ];
    if ex {
        r.push(vm.new_int(order));
    }
    Ok(vm.new_tuple(r))
}

pub(super) fn utf_16_encode(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    wide_encode(vm, &args, "utf_16_encode", 2, 0)
}
pub(super) fn utf_16_le_encode(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    wide_encode(vm, &args, "utf_16_le_encode", 2, -1)
}
pub(super) fn utf_16_be_encode(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    wide_encode(vm, &args, "utf_16_be_encode", 2, 1)
}
pub(super) fn utf_32_encode(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    wide_encode(vm, &args, "utf_32_encode", 4, 0)
}
pub(super) fn utf_32_le_encode(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    wide_encode(vm, &args, "utf_32_le_encode", 4, -1)
}
pub(super) fn utf_32_be_encode(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    wide_encode(vm, &args, "utf_32_be_encode", 4, 1)
}
pub(super) fn utf_16_decode(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    wide_decode(vm, &args, "utf_16_decode", 2, 0, false)
}
pub(super) fn utf_16_le_decode(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    wide_decode(vm, &args, "utf_16_le_decode", 2, -1, false)
}
pub(super) fn utf_16_be_decode(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    wide_decode(vm, &args, "utf_16_be_decode", 2, 1, false)
}
pub(super) fn utf_16_ex_decode(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    wide_decode(vm, &args, "utf_16_ex_decode", 2, 0, true)
}
pub(super) fn utf_32_decode(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    wide_decode(vm, &args, "utf_32_decode", 4, 0, false)
}
pub(super) fn utf_32_le_decode(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    wide_decode(vm, &args, "utf_32_le_decode", 4, -1, false)
}
pub(super) fn utf_32_be_decode(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    wide_decode(vm, &args, "utf_32_be_decode", 4, 1, false)
}
pub(super) fn utf_32_ex_decode(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    wide_decode(vm, &args, "utf_32_ex_decode", 4, 0, true)
}
