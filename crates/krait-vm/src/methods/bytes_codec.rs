//! The codecs `bytes.decode` and `bytes(str, encoding)` use: UTF-8, ASCII and Latin-1 with the
//! `strict`, `ignore`, `replace`, `backslashreplace` and `surrogateescape` error handlers, and
//! CPython's `UnicodeDecodeError`/`UnicodeEncodeError` messages.

use crate::error::PyResult;
use crate::value::Value;
use crate::vm::Vm;
use std::cell::Cell;

/// The codec registry of a crate above krait-vm (krait-stdlib's `_codecs`), for the encodings
/// krait-vm does not know: `(obj, encoding, errors, encode?)` → the encoded `bytes` or decoded
/// `str` (the hook checks the result's type).
pub type CodecHook = fn(&Vm, &Value, &str, &str, bool) -> PyResult<Value>;

thread_local! {
    static CODEC_HOOK: Cell<Option<CodecHook>> = const { Cell::new(None) };
}

/// Installs the codec registry `str.encode`/`bytes.decode` fall back to.
pub fn set_codec_hook(hook: CodecHook) {
    CODEC_HOOK.with(|h| h.set(Some(hook)));
}

/// Runs the registry's codec on `obj`, if a registry is installed.
pub fn registry_codec(
    vm: &Vm,
    obj: &Value,
    encoding: &str,
    errors: &str,
    encode: bool,
) -> Option<PyResult<Value>> {
    CODEC_HOOK
        .with(Cell::get)
        .map(|h| h(vm, obj, encoding, errors, encode))
}

/// The codecs krait knows, by CPython's normalized names.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Codec {
    Utf8,
    Ascii,
    Latin1,
}

impl Codec {
    fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
        }
    }
}

fn lookup(vm: &Vm, encoding: &str) -> PyResult<Codec> {
    let norm: String = encoding
        .to_ascii_lowercase()
        .chars()
        .map(|c| if c == '-' || c == ' ' { '_' } else { c })
        .collect();
    match norm.as_str() {
        "utf_8" | "utf8" | "u8" | "utf" | "cp65001" => Ok(Codec::Utf8),
        "ascii" | "us_ascii" | "646" => Ok(Codec::Ascii),
        "latin_1" | "latin1" | "latin" | "l1" | "iso_8859_1" | "iso8859_1" | "8859" | "cp819"
        | "iso_ir_100" => Ok(Codec::Latin1),
        _ => Err(vm.new_error(
            &vm.types.lookup_error,
            &format!("unknown encoding: {encoding}"),
        )),
    }
}

fn unknown_handler(vm: &Vm, errors: &str) -> crate::error::PyErr {
    vm.new_error(
        &vm.types.lookup_error,
        &format!("unknown error handler name '{errors}'"),
    )
}

/// The length of the valid UTF-8 sequence at `b[i..]`, or the error: the number of bytes that
/// form the invalid (maximal) prefix and CPython's reason.
fn utf8_seq(b: &[u8], i: usize) -> Result<(u32, usize), (usize, &'static str)> {
    let c = b[i];
    let (need, lo, hi, init) = match c {
        0x00..=0x7F => return Ok((c as u32, 1)),
        0xC2..=0xDF => (1, 0x80, 0xBF, (c & 0x1F) as u32),
        0xE0 => (2, 0xA0, 0xBF, 0),
        0xE1..=0xEC | 0xEE..=0xEF => (2, 0x80, 0xBF, (c & 0x0F) as u32),
        0xED => (2, 0x80, 0x9F, 0x0D),
        0xF0 => (3, 0x90, 0xBF, 0),
        0xF1..=0xF3 => (3, 0x80, 0xBF, (c & 0x07) as u32),
        0xF4 => (3, 0x80, 0x8F, 4),
        _ => return Err((1, "invalid start byte")),
    };
    let mut cp = init;
    for k in 1..=need {
        let Some(&x) = b.get(i + k) else {
            return Err((k, "unexpected end of data"));
        };
        let (l, h) = if k == 1 { (lo, hi) } else { (0x80, 0xBF) };
        if !(l..=h).contains(&x) {
            return Err((k, "invalid continuation byte"));
        }
        cp = (cp << 6) | (x & 0x3F) as u32;
    }
    Ok((cp, need + 1))
}

fn decode_error(
    vm: &Vm,
    codec: Codec,
    b: &[u8],
    start: usize,
    end: usize,
    reason: &str,
) -> crate::error::PyErr {
    let msg = if end - start == 1 {
        format!(
            "'{}' codec can't decode byte {:#04x} in position {start}: {reason}",
            codec.name(),
            b[start]
        )
    } else {
        format!(
            "'{}' codec can't decode bytes in position {start}-{}: {reason}",
            codec.name(),
            end - 1
        )
    };
    let err = vm.new_error(&vm.types.unicode_decode_error, &msg);
    // The attributes CPython's UnicodeDecodeError carries.
    let exc = err.exception_value();
    let attrs = [
        ("encoding", vm.new_str(codec.name())),
        ("object", vm.new_bytes(b.to_vec())),
        ("start", vm.new_int(start as i64)),
        ("end", vm.new_int(end as i64)),
        ("reason", vm.new_str(reason)),
    ];
    for (k, v) in attrs {
        if let Err(e) = vm.set_attr(&exc, &vm.intern(k), v) {
            return e;
        }
    }
    err
}

/// UTF-16 or UTF-32 decoding (`width` 2 or 4; `big` byte order unless a BOM says otherwise
/// when `bom` is set), strict except for `ignore`/`replace` of a truncated tail.
fn decode_wide(
    vm: &Vm,
    b: &[u8],
    name: &str,
    width: usize,
    big: Option<bool>,
    errors: &str,
) -> PyResult<Vec<u32>> {
    let (mut data, mut big_endian) = (b, big.unwrap_or(false));
    let name = if big.is_none() {
        let (le, be): (&[u8], &[u8]) = if width == 2 {
            (&[0xFF, 0xFE], &[0xFE, 0xFF])
        } else {
            (&[0xFF, 0xFE, 0, 0], &[0, 0, 0xFE, 0xFF])
        };
        if data.starts_with(le) {
            data = &data[width..];
        } else if data.starts_with(be) {
            data = &data[width..];
            big_endian = true;
        }
        if width == 2 {
            if big_endian {
                "utf-16-be"
            } else {
                "utf-16-le"
            }
        } else if big_endian {
            "utf-32-be"
        } else {
            "utf-32-le"
        }
    } else {
        name
    };
    let offset = b.len() - data.len();
    let unit = |i: usize| -> u32 {
        let chunk = &data[i..i + width];
        let mut v = 0u32;
        for k in 0..width {
            let byte = if big_endian {
                chunk[k]
            } else {
                chunk[width - 1 - k]
            };
            v = (v << 8) | byte as u32;
        }
        v
    };
    let fail = |start: usize, end: usize, reason: &str| -> crate::error::PyErr {
        let msg = if end - start == 1 {
            format!(
                "'{name}' codec can't decode byte {:#04x} in position {start}: {reason}",
                b[start]
            )
        } else {
            format!(
                "'{name}' codec can't decode bytes in position {start}-{}: {reason}",
                end - 1
            )
        };
        vm.new_error(&vm.types.unicode_decode_error, &msg)
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i + width <= data.len() {
        let u = unit(i);
        if width == 2 && (0xD800..0xDC00).contains(&u) {
            if i + 4 <= data.len() && (0xDC00..0xE000).contains(&unit(i + 2)) {
                out.push(0x10000 + ((u - 0xD800) << 10) + (unit(i + 2) - 0xDC00));
                i += 4;
                continue;
            }
            if errors == "strict" {
                let end = (i + 4).min(data.len());
                let reason = if i + 4 > data.len() {
                    "unexpected end of data"
                } else {
                    "illegal UTF-16 surrogate"
                };
                return Err(fail(offset + i, offset + end, reason));
            }
        } else if width == 2 && (0xDC00..0xE000).contains(&u) || u > 0x10FFFF {
            if errors == "strict" {
                let reason = if width == 2 {
                    "illegal encoding"
                } else {
                    "code point not in range(0x110000)"
                };
                return Err(fail(offset + i, offset + i + width, reason));
            }
        } else {
            out.push(u);
            i += width;
            continue;
        }
        if errors == "replace" {
            out.push(0xFFFD);
        }
        i += width;
    }
    if i < data.len() {
        match errors {
            "strict" => return Err(fail(offset + i, b.len(), "truncated data")),
            "replace" => out.push(0xFFFD),
            _ => {}
        }
    }
    Ok(out)
}

/// `b.decode(encoding, errors)` as code points.
pub fn decode(vm: &Vm, b: &[u8], encoding: &str, errors: &str) -> PyResult<Vec<u32>> {
    let norm: String = encoding
        .to_ascii_lowercase()
        .chars()
        .map(|c| if c == '-' || c == ' ' { '_' } else { c })
        .collect();
    let wide = match norm.as_str() {
        "utf_16" | "utf16" => Some(("utf-16", 2, None)),
        "utf_16_le" | "utf_16le" => Some(("utf-16-le", 2, Some(false))),
        "utf_16_be" | "utf_16be" => Some(("utf-16-be", 2, Some(true))),
        "utf_32" | "utf32" => Some(("utf-32", 4, None)),
        "utf_32_le" | "utf_32le" => Some(("utf-32-le", 4, Some(false))),
        "utf_32_be" | "utf_32be" => Some(("utf-32-be", 4, Some(true))),
        _ => None,
    };
    if let Some((name, width, big)) = wide {
        return decode_wide(vm, b, name, width, big, errors);
    }
    let native_errors = matches!(
        errors,
        "strict" | "ignore" | "replace" | "backslashreplace" | "surrogateescape"
    );
    let codec = match lookup(vm, encoding) {
        Ok(c) if native_errors || CODEC_HOOK.with(Cell::get).is_none() => c,
        Ok(_) => {
            let obj = vm.new_bytes(b.to_vec());
            let r = registry_codec(vm, &obj, encoding, errors, false);
            return r.map_or_else(|| Ok(Vec::new()), |r| r.map(|s| payload_cps(&s)));
        }
        Err(e) => {
            let obj = vm.new_bytes(b.to_vec());
            return match registry_codec(vm, &obj, encoding, errors, false) {
                Some(r) => {
                    let s = r?;
                    Ok(payload_cps(&s))
                }
                None => Err(e),
            };
        }
    };
    if !matches!(
        errors,
        "strict" | "ignore" | "replace" | "backslashreplace" | "surrogateescape"
    ) {
        if codec == Codec::Latin1 {
            return Ok(b.iter().map(|&c| c as u32).collect());
        }
        return Err(unknown_handler(vm, errors));
    }
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let step = match codec {
            Codec::Latin1 => Ok((b[i] as u32, 1)),
            Codec::Ascii if b[i] < 0x80 => Ok((b[i] as u32, 1)),
            Codec::Ascii => Err((1, "ordinal not in range(128)")),
            Codec::Utf8 => utf8_seq(b, i),
        };
        match step {
            Ok((cp, n)) => {
                out.push(cp);
                i += n;
            }
            Err((n, reason)) => {
                match errors {
                    "strict" => return Err(decode_error(vm, codec, b, i, i + n, reason)),
                    "ignore" => {}
                    "replace" => out.push(0xFFFD),
                    "surrogateescape" => out.extend(b[i..i + n].iter().map(|&c| {
                        if c >= 0x80 {
                            0xDC00 + c as u32
                        } else {
                            c as u32
                        }
                    })),
                    _ => {
                        for &c in &b[i..i + n] {
                            out.extend(format!("\\x{c:02x}").chars().map(|c| c as u32));
                        }
                    }
                }
                i += n;
            }
        }
    }
    Ok(out)
}

/// `str.encode(encoding, errors)` for code points.
pub fn encode(vm: &Vm, text: &[u32], encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    let codec = lookup(vm, encoding)?;
    let limit = match codec {
        Codec::Utf8 => 0x110000,
        Codec::Ascii => 0x80,
        Codec::Latin1 => 0x100,
    };
    let mut out = Vec::with_capacity(text.len());
    for (i, &c) in text.iter().enumerate() {
        let surrogate = (0xD800..0xE000).contains(&c);
        if c < limit && !(codec == Codec::Utf8 && surrogate) {
            match codec {
                Codec::Utf8 => {
                    let ch = char::from_u32(c).unwrap_or('\u{FFFD}');
                    let mut buf = [0; 4];
                    out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
                }
                _ => out.push(c as u8),
            }
            continue;
        }
        match errors {
            "strict" => {
                let reason = match codec {
                    Codec::Utf8 => "surrogates not allowed",
                    Codec::Ascii => "ordinal not in range(128)",
                    Codec::Latin1 => "ordinal not in range(256)",
                };
                let repr = if c <= 0xFF {
                    format!("\\x{c:02x}")
                } else if c <= 0xFFFF {
                    format!("\\u{c:04x}")
                } else {
                    format!("\\U{c:08x}")
                };
                return Err(vm.new_error(
                    &vm.types.unicode_encode_error,
                    &format!(
                        "'{}' codec can't encode character '{repr}' in position {i}: {reason}",
                        codec.name()
                    ),
                ));
            }
            "ignore" => {}
            "replace" => out.push(b'?'),
            "surrogateescape" if (0xDC80..0xDD00).contains(&c) => out.push((c - 0xDC00) as u8),
            "backslashreplace" => {
                let s = if c <= 0xFF {
                    format!("\\x{c:02x}")
                } else if c <= 0xFFFF {
                    format!("\\u{c:04x}")
                } else {
                    format!("\\U{c:08x}")
                };
                out.extend_from_slice(s.as_bytes());
            }
            "xmlcharrefreplace" => out.extend_from_slice(format!("&#{c};").as_bytes()),
            _ => return Err(unknown_handler(vm, errors)),
        }
    }
    Ok(out)
}

/// The code points of a `str` result.
fn payload_cps(v: &Value) -> Vec<u32> {
    crate::protocols::payload::<crate::objects::str::StrData>(v)
        .map(|s| s.code_points().collect())
        .unwrap_or_default()
}
