//! binascii's line codecs: uuencode, base64 (with `strict_mode`) and quoted-printable, byte for
//! byte as CPython's binascii.c encodes and decodes them, with its error messages.

use super::{ascii, binary, error, int_flag};
use crate::convert::parse_keywords;
use krait_vm::native::Args;
use krait_vm::{PyResult, Value, Vm};

/// The 64 characters of base64.
const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// The value of a base64 character, or `None`.
fn b64_value(c: u8) -> Option<u8> {
    match c {
        b'A'..=b'Z' => Some(c - b'A'),
        b'a'..=b'z' => Some(c - b'a' + 26),
        b'0'..=b'9' => Some(c - b'0' + 52),
        b'+' => Some(62),
        b'/' => Some(63),
        _ => None,
    }
}

/// The one positional argument and the keyword-only flag `flag` of `fname`.
fn data_and_flag(
    vm: &Vm,
    args: &Args<'_>,
    fname: &str,
    flag: &str,
    default: bool,
) -> PyResult<(Value, bool)> {
    let a = parse_keywords(vm, args, fname, &["data", flag], 1, 1, 1)?;
    let data = a[0].clone().unwrap_or(Value::NONE);
    Ok((data, int_flag(vm, a[1].as_ref(), default)?))
}

pub(super) fn a2b_uu(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = crate::convert::positional(vm, &args, "binascii.a2b_uu", "a2b_uu", 1, 1)?;
    let data = ascii(vm, &a[0])?;
    // CPython reads the length byte even of empty input (its terminating NUL: 32 bytes).
    let first = data.first().copied().unwrap_or(0);
    let mut bin_len = (first.wrapping_sub(b' ') & 0o77) as usize;
    let rest = data.get(1..).unwrap_or(&[]);
    let mut out = Vec::with_capacity(bin_len);
    let (mut leftchar, mut leftbits) = (0u32, 0u32);
    let mut i = 0;
    while bin_len > 0 {
        let ch = match rest.get(i) {
            None | Some(b'\n') | Some(b'\r') => 0,
            Some(&c) => {
                if !(b' '..=b' ' + 64).contains(&c) {
                    return Err(error(vm, "Illegal char"));
                }
                (c - b' ') & 0o77
            }
        };
        leftchar = (leftchar << 6) | ch as u32;
        leftbits += 6;
        if leftbits >= 8 {
            leftbits -= 8;
            out.push((leftchar >> leftbits) as u8);
            leftchar &= (1 << leftbits) - 1;
            bin_len -= 1;
        }
        i += 1;
    }
    // Whatever is left on the line must be whitespace (or '`' padding).
    for &c in rest.get(i..).unwrap_or(&[]) {
        if !matches!(c, b' ' | b'`' | b'\n' | b'\r') {
            return Err(error(vm, "Trailing garbage"));
        }
    }
    Ok(vm.new_bytes(out))
}

pub(super) fn b2a_uu(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (data, backtick) = data_and_flag(vm, &args, "b2a_uu", "backtick", false)?;
    let data = binary(vm, &data)?;
    if data.len() > 45 {
        return Err(error(vm, "At most 45 bytes at once"));
    }
    let enc = |v: u32| -> u8 {
        if backtick && v == 0 {
            b'`'
        } else {
            b' ' + v as u8
        }
    };
    let mut out = Vec::with_capacity(2 + data.len().div_ceil(3) * 4);
    out.push(enc(data.len() as u32));
    for chunk in data.chunks(3) {
        let mut word = 0u32;
        for k in 0..3 {
            word = (word << 8) | chunk.get(k).copied().unwrap_or(0) as u32;
        }
        for k in (0..4).rev() {
            out.push(enc((word >> (6 * k)) & 0x3f));
        }
    }
    out.push(b'\n');
    Ok(vm.new_bytes(out))
}

pub(super) fn a2b_base64(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (data, strict) = data_and_flag(vm, &args, "a2b_base64", "strict_mode", false)?;
    let data = ascii(vm, &data)?;
    if strict && data.first() == Some(&b'=') {
        return Err(error(vm, "Leading padding not allowed"));
    }
    let mut out = Vec::with_capacity(data.len() / 4 * 3 + 3);
    let (mut quad_pos, mut leftchar, mut pads) = (0u32, 0u8, 0u32);
    let mut padding_started = false;
    for (i, &c) in data.iter().enumerate() {
        if c == b'=' {
            padding_started = true;
            if quad_pos >= 2 {
                pads += 1;
                if quad_pos + pads >= 4 {
                    // A complete pad sequence ends the data.
                    if strict && i + 1 < data.len() {
                        return Err(error(vm, "Excess data after padding"));
                    }
                    return Ok(vm.new_bytes(out));
                }
            }
            continue;
        }
        let Some(v) = b64_value(c) else {
            if strict {
                return Err(error(vm, "Only base64 data is allowed"));
            }
            continue;
        };
        if strict && padding_started {
            return Err(error(vm, "Discontinuous padding not allowed"));
        }
        pads = 0;
        match quad_pos {
            0 => {
                quad_pos = 1;
                leftchar = v;
            }
            1 => {
                quad_pos = 2;
                out.push((leftchar << 2) | (v >> 4));
                leftchar = v & 0x0f;
            }
            2 => {
                quad_pos = 3;
                out.push((leftchar << 4) | (v >> 2));
                leftchar = v & 0x03;
            }
            _ => {
                quad_pos = 0;
                out.push((leftchar << 6) | v);
                leftchar = 0;
            }
        }
    }
    match quad_pos {
        0 => Ok(vm.new_bytes(out)),
        1 => Err(error(
            vm,
            &format!(
                "Invalid base64-encoded string: number of data characters ({}) cannot be 1 more than a multiple of 4",
                out.len() / 3 * 4 + 1
            ),
        )),
        _ => Err(error(vm, "Incorrect padding")),
    }
}

/// Standard base64 of `data` with `=` padding.
pub(crate) fn base64_encode(data: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len().div_ceil(3) * 4 + 1);
    for chunk in data.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let word = (b[0] as u32) << 16 | (b[1] as u32) << 8 | b[2] as u32;
        for k in 0..4 {
            if k <= chunk.len() {
                out.push(B64[((word >> (18 - 6 * k)) & 0x3f) as usize]);
            } else {
                out.push(b'=');
            }
        }
    }
    out
}

pub(super) fn b2a_base64(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (data, newline) = data_and_flag(vm, &args, "b2a_base64", "newline", true)?;
    let data = binary(vm, &data)?;
    let mut out = base64_encode(&data);
    if newline {
        out.push(b'\n');
    }
    Ok(vm.new_bytes(out))
}

pub(super) fn a2b_qp(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = parse_keywords(vm, &args, "a2b_qp", &["data", "header"], 0, 2, 1)?;
    let data = ascii(vm, a[0].as_ref().unwrap_or(&Value::NONE))?;
    let header = int_flag(vm, a[1].as_ref(), false)?;
    let n = data.len();
    let mut out = Vec::with_capacity(n);
    let mut i = 0;
    let hex = |c: u8| (c as char).to_digit(16);
    while i < n {
        let c = data[i];
        if c == b'=' {
            i += 1;
            if i >= n {
                break;
            }
            if data[i] == b'\n' || data[i] == b'\r' {
                // A soft line break.
                if data[i] != b'\n' {
                    while i < n && data[i] != b'\n' {
                        i += 1;
                    }
                }
                if i < n {
                    i += 1;
                }
            } else if data[i] == b'=' {
                // The broken "==" of old encoders.
                out.push(b'=');
                i += 1;
            } else if let (true, Some(h), Some(l)) = (
                i + 1 < n,
                hex(data[i]),
                data.get(i + 1).and_then(|&d| hex(d)),
            ) {
                out.push((h * 16 + l) as u8);
                i += 2;
            } else {
                out.push(b'=');
            }
        } else if header && c == b'_' {
            out.push(b' ');
            i += 1;
        } else {
            out.push(c);
            i += 1;
        }
    }
    Ok(vm.new_bytes(out))
}

/// The longest line quoted-printable writes.
const MAXLINESIZE: usize = 76;

/// Appends `=XX` (uppercase hex) for `c`.
fn push_quoted(out: &mut Vec<u8>, c: u8) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    out.extend_from_slice(&[b'=', HEX[(c >> 4) as usize], HEX[(c & 15) as usize]]);
}

pub(super) fn b2a_qp(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = parse_keywords(
        vm,
        &args,
        "b2a_qp",
        &["data", "quotetabs", "istext", "header"],
        0,
        4,
        1,
    )?;
    let data = binary(vm, a[0].as_ref().unwrap_or(&Value::NONE))?;
    let quotetabs = int_flag(vm, a[1].as_ref(), false)?;
    let istext = int_flag(vm, a[2].as_ref(), true)?;
    let header = int_flag(vm, a[3].as_ref(), false)?;
    Ok(vm.new_bytes(qp_encode(&data, quotetabs, istext, header)))
}

/// Quoted-printable encoding as CPython's `binascii_b2a_qp_impl`: the line ends follow the
/// first line end of the input (CRLF if it is one).
fn qp_encode(d: &[u8], quotetabs: bool, istext: bool, header: bool) -> Vec<u8> {
    let n = d.len();
    let crlf = d
        .iter()
        .position(|&c| c == b'\n')
        .is_some_and(|p| p > 0 && d[p - 1] == b'\r');
    let soft_break = |out: &mut Vec<u8>| {
        out.push(b'=');
        if crlf {
            out.push(b'\r');
        }
        out.push(b'\n');
    };
    let mut out = Vec::with_capacity(n * 2);
    let (mut i, mut linelen) = (0usize, 0usize);
    while i < n {
        let c = d[i];
        let next = d.get(i + 1).copied();
        let quote = c > 126
            || c == b'='
            || (header && c == b'_')
            || (c == b'.'
                && linelen == 0
                && matches!(next, None | Some(b'\n') | Some(b'\r') | Some(0)))
            || (!istext && (c == b'\r' || c == b'\n'))
            || ((c == b'\t' || c == b' ') && next.is_none())
            || (c < 33 && c != b'\r' && c != b'\n' && (quotetabs || (c != b'\t' && c != b' ')));
        if quote {
            if linelen + 3 >= MAXLINESIZE {
                soft_break(&mut out);
                linelen = 0;
            }
            push_quoted(&mut out, c);
            i += 1;
            linelen += 3;
        } else if istext && (c == b'\n' || (c == b'\r' && next == Some(b'\n'))) {
            linelen = 0;
            // Protect whitespace at the end of a line.
            if let Some(&last) = out.last().filter(|&&l| l == b' ' || l == b'\t') {
                out.pop();
                push_quoted(&mut out, last);
            }
            if crlf {
                out.push(b'\r');
            }
            out.push(b'\n');
            i += if c == b'\r' { 2 } else { 1 };
        } else {
            if next.is_some_and(|x| x != b'\n') && linelen + 1 >= MAXLINESIZE {
                soft_break(&mut out);
                linelen = 0;
            }
            linelen += 1;
            out.push(if header && c == b' ' { b'_' } else { c });
            i += 1;
        }
    }
    out
}
