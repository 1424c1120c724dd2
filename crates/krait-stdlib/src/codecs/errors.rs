//! Codec error handling (CPython's Python/codecs.c): the `UnicodeEncodeError` and
//! `UnicodeDecodeError` objects, the built-in handlers (`strict`, `ignore`, `replace`,
//! `backslashreplace`, `xmlcharrefreplace`, `namereplace`, `surrogateescape`, `surrogatepass`)
//! applied natively, and handlers registered with `codecs.register_error` called through
//! Python with CPython's protocol (`(replacement, new_position)`).

use crate::io_util::{bytes_like, new_str_cps, str_cps};
use krait_vm::{PyErr, PyResult, Value, Vm};

/// A new `UnicodeEncodeError` (or `UnicodeTranslateError`-free subset) with its attributes.
pub(crate) fn encode_error(
    vm: &Vm,
    encoding: &str,
    text: &[u32],
    start: usize,
    end: usize,
    reason: &str,
) -> PyErr {
    let vals = [
        ("encoding", vm.new_str(encoding)),
        ("object", new_str_cps(vm, text)),
        ("start", vm.new_int(start as i64)),
        ("end", vm.new_int(end as i64)),
        ("reason", vm.new_str(reason)),
    ];
    let err = vm.new_exception(
        &vm.types.unicode_encode_error,
        vals.iter().map(|(_, v)| v.clone()).collect(),
    );
    set_attrs(vm, err, &vals)
}

/// A new `UnicodeDecodeError` with its attributes and CPython's message.
pub(crate) fn decode_error(
    vm: &Vm,
    encoding: &str,
    data: &[u8],
    start: usize,
    end: usize,
    reason: &str,
) -> PyErr {
    let msg = if end == start + 1 {
        format!(
            "'{encoding}' codec can't decode byte 0x{:02x} in position {start}: {reason}",
            data.get(start).copied().unwrap_or(0)
        )
    } else {
        format!(
            "'{encoding}' codec can't decode bytes in position {start}-{}: {reason}",
            end.saturating_sub(1)
        )
    };
    let vals = [
        ("encoding", vm.new_str(encoding)),
        ("object", vm.new_bytes(data.to_vec())),
        ("start", vm.new_int(start as i64)),
        ("end", vm.new_int(end as i64)),
        ("reason", vm.new_str(reason)),
    ];
    let err = vm.new_error(&vm.types.unicode_decode_error, &msg);
    set_attrs(vm, err, &vals)
}

fn set_attrs(vm: &Vm, err: PyErr, vals: &[(&str, Value)]) -> PyErr {
    let exc = err.exception_value();
    for (k, v) in vals {
        if let Err(e) = vm.set_attr(&exc, &vm.intern(k), v.clone()) {
            return e;
        }
    }
    err
}

/// What to put in place of unencodable characters `text[start..end]`: text to encode again or
/// raw bytes, and where to continue.
pub(crate) enum Replacement {
    Text(Vec<u32>, usize),
    Bytes(Vec<u8>, usize),
}

/// `\xNN`, `\uNNNN` or `\UNNNNNNNN` for `c`.
pub(crate) fn backslash(c: u32) -> String {
    if c < 0x100 {
        format!("\\x{c:02x}")
    } else if c < 0x10000 {
        format!("\\u{c:04x}")
    } else {
        format!("\\U{c:08x}")
    }
}

fn cps(s: &str) -> Vec<u32> {
    s.chars().map(u32::from).collect()
}

/// Applies the error handler `errors` to unencodable `text[start..end]`.
pub(crate) fn on_encode_error(
    vm: &Vm,
    errors: &str,
    encoding: &str,
    text: &[u32],
    start: usize,
    end: usize,
    reason: &str,
) -> PyResult<Replacement> {
    let bad = &text[start..end];
    match errors {
        "strict" => Err(encode_error(vm, encoding, text, start, end, reason)),
        "ignore" => Ok(Replacement::Text(Vec::new(), end)),
        "replace" => Ok(Replacement::Text(vec![u32::from(b'?'); bad.len()], end)),
        "backslashreplace" => Ok(Replacement::Text(
            cps(&bad.iter().map(|&c| backslash(c)).collect::<String>()),
            end,
        )),
        "xmlcharrefreplace" => Ok(Replacement::Text(
            cps(&bad.iter().map(|&c| format!("&#{c};")).collect::<String>()),
            end,
        )),
        "namereplace" => {
            let mut out = String::new();
            for &c in bad {
                match krait_parser::unicode_names::name(
                    c,
                    krait_parser::unicode_names::Version::Current,
                ) {
                    Some(n) => out.push_str(&format!("\\N{{{n}}}")),
                    None => out.push_str(&backslash(c)),
                }
            }
            Ok(Replacement::Text(cps(&out), end))
        }
        "surrogateescape" => {
            let mut out = Vec::new();
            for (k, &c) in bad.iter().enumerate() {
                if !(0xDC80..=0xDCFF).contains(&c) {
                    let at = start + k;
                    return Err(encode_error(vm, encoding, text, at, at + 1, reason));
                }
                out.push((c - 0xDC00) as u8);
            }
            Ok(Replacement::Bytes(out, end))
        }
        "surrogatepass" => {
            let mut out = Vec::new();
            for (k, &c) in bad.iter().enumerate() {
                if !(0xD800..=0xDFFF).contains(&c) {
                    let at = start + k;
                    return Err(encode_error(vm, encoding, text, at, at + 1, reason));
                }
                match encoding {
                    "utf-8" => out.extend_from_slice(&[
                        0xE0 | (c >> 12) as u8,
                        0x80 | ((c >> 6) & 0x3F) as u8,
                        0x80 | (c & 0x3F) as u8,
                    ]),
                    "utf-16-le" => out.extend_from_slice(&(c as u16).to_le_bytes()),
                    "utf-16-be" => out.extend_from_slice(&(c as u16).to_be_bytes()),
                    "utf-32-le" => out.extend_from_slice(&c.to_le_bytes()),
                    "utf-32-be" => out.extend_from_slice(&c.to_be_bytes()),
                    _ => return Err(encode_error(vm, encoding, text, start, end, reason)),
                }
            }
            Ok(Replacement::Bytes(out, end))
        }
        name => {
            let handler = super::lookup_error_handler(vm, name)?;
            let exc = encode_error(vm, encoding, text, start, end, reason).exception_value();
            let r = vm.call(&handler, &[exc], &[])?;
            let (rep, pos) = handler_result(vm, &r, text.len(), "encoding")?;
            if let Some(t) = str_cps(&rep) {
                return Ok(Replacement::Text(t, pos));
            }
            match bytes_like(&rep) {
                Some(b) => Ok(Replacement::Bytes(b, pos)),
                None => {
                    Err(vm.type_error("encoding error handler must return (str/bytes, int) tuple"))
                }
            }
        }
    }
}

/// Checks a handler's `(replacement, position)` result; a negative position counts from the
/// end of the input of length `len`.
fn handler_result(vm: &Vm, r: &Value, len: usize, what: &str) -> PyResult<(Value, usize)> {
    let items = vm.tuple_items(r).filter(|t| t.len() == 2).ok_or_else(|| {
        vm.type_error(&format!(
            "{what} error handler must return (str{}, int) tuple",
            if what == "encoding" { "/bytes" } else { "" }
        ))
    })?;
    let pos = crate::io_util::index_i64(vm, &items[1])?;
    let pos = if pos < 0 { len as i64 + pos } else { pos };
    if pos < 0 || pos as usize > len {
        return Err(vm.new_error(
            &vm.types.index_error,
            &format!("position {pos} from error handler out of bounds"),
        ));
    }
    Ok((items[0].clone(), pos as usize))
}

/// Applies the error handler `errors` to undecodable `data[start..end]`: the text to insert and
/// where to continue.
pub(crate) fn on_decode_error(
    vm: &Vm,
    errors: &str,
    encoding: &str,
    data: &[u8],
    start: usize,
    end: usize,
    reason: &str,
) -> PyResult<(Vec<u32>, usize)> {
    let bad = &data[start..end];
    match errors {
        "strict" => Err(decode_error(vm, encoding, data, start, end, reason)),
        "ignore" => Ok((Vec::new(), end)),
        "replace" => Ok((vec![0xFFFD], end)),
        "backslashreplace" => Ok((
            cps(&bad
                .iter()
                .map(|&c| format!("\\x{c:02x}"))
                .collect::<String>()),
            end,
        )),
        "surrogateescape" => {
            let mut out = Vec::new();
            for (k, &c) in bad.iter().enumerate() {
                if c < 0x80 {
                    let at = start + k;
                    return Err(decode_error(vm, encoding, data, at, at + 1, reason));
                }
                out.push(0xDC00 + u32::from(c));
            }
            Ok((out, end))
        }
        "surrogatepass" if encoding == "utf-8" => {
            if data.len() >= start + 3
                && data[start] == 0xED
                && (0xA0..=0xBF).contains(&data[start + 1])
                && data[start + 2] & 0xC0 == 0x80
            {
                let c = (u32::from(data[start] & 0x0F) << 12)
                    | (u32::from(data[start + 1] & 0x3F) << 6)
                    | u32::from(data[start + 2] & 0x3F);
                return Ok((vec![c], start + 3));
            }
            Err(decode_error(vm, encoding, data, start, end, reason))
        }
        "xmlcharrefreplace" | "namereplace" | "surrogatepass" => {
            let handler = super::lookup_error_handler(vm, errors)?;
            let exc = decode_error(vm, encoding, data, start, end, reason).exception_value();
            vm.call(&handler, &[exc], &[])?;
            Err(decode_error(vm, encoding, data, start, end, reason))
        }
        name => {
            let handler = super::lookup_error_handler(vm, name)?;
            let exc = decode_error(vm, encoding, data, start, end, reason).exception_value();
            let r = vm.call(&handler, &[exc], &[])?;
            let (rep, pos) = handler_result(vm, &r, data.len(), "decoding")?;
            let t = str_cps(&rep).ok_or_else(|| {
                vm.type_error("decoding error handler must return (str, int) tuple")
            })?;
            Ok((t, pos))
        }
    }
}

/// Encodes `text` one character at a time with `enc` (false: unencodable), applying `errors`.
pub(crate) fn encode_with(
    vm: &Vm,
    encoding: &str,
    text: &[u32],
    errors: &str,
    reason: &str,
    enc: &dyn Fn(u32, &mut Vec<u8>) -> bool,
) -> PyResult<Vec<u8>> {
    let mut out = Vec::with_capacity(text.len());
    let mut i = 0;
    while i < text.len() {
        if enc(text[i], &mut out) {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        let mut scratch = Vec::new();
        while j < text.len() && !enc(text[j], &mut scratch) {
            j += 1;
        }
        match on_encode_error(vm, errors, encoding, text, i, j, reason)? {
            Replacement::Bytes(b, pos) => {
                out.extend_from_slice(&b);
                i = pos;
            }
            Replacement::Text(t, pos) => {
                for (k, &c) in t.iter().enumerate() {
                    if !enc(c, &mut out) {
                        return Err(encode_error(
                            vm,
                            encoding,
                            text,
                            i + k.min(j - i - 1),
                            j,
                            reason,
                        ));
                    }
                }
                i = pos;
            }
        }
    }
    Ok(out)
}
