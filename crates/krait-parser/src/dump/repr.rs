//! Python's `repr()` of the constant values an AST holds: `str`, `bytes`, `int`, `float`,
//! `complex`, `None`/`True`/`False`/`Ellipsis`, and the folded `tuple`/`frozenset`.
//!
//! The rules are CPython 3.11's: `unicode_repr` (Objects/unicodeobject.c) for quote choice and
//! escapes with `Py_UNICODE_ISPRINTABLE`, `bytes_repr` (Objects/bytesobject.c), and float/complex
//! repr through `PyOS_double_to_string(x, 'r', …)` (Python/pystrtod.c).

use super::printable::PRINTABLE;
use crate::ast::Constant;
use crate::wtf8::Wtf8Buf;
use std::fmt::Write as _;

/// Whether `cp` is printable by CPython 3.11's `str.isprintable()` (Unicode 14.0.0 data).
pub fn is_printable(cp: u32) -> bool {
    PRINTABLE
        .binary_search_by(|&(lo, hi)| {
            if hi < cp {
                std::cmp::Ordering::Less
            } else if lo > cp {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

/// Appends `repr(value)` to `out`, as CPython's `repr()` of the constant.
pub fn repr_constant(out: &mut String, value: &Constant) {
    match value {
        Constant::None => out.push_str("None"),
        Constant::Bool(true) => out.push_str("True"),
        Constant::Bool(false) => out.push_str("False"),
        Constant::Ellipsis => out.push_str("Ellipsis"),
        Constant::Int(i) => {
            let _ = write!(out, "{i}");
        }
        Constant::Float(x) => out.push_str(&repr_float(*x)),
        Constant::Complex { real, imag } => out.push_str(&repr_complex(*real, *imag)),
        Constant::Str(s) => repr_str(out, s),
        Constant::Bytes(b) => repr_bytes(out, b),
        Constant::Tuple(items) => {
            out.push('(');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                repr_constant(out, item);
            }
            if items.len() == 1 {
                out.push(',');
            }
            out.push(')');
        }
        Constant::FrozenSet(items) => {
            if items.is_empty() {
                out.push_str("frozenset()");
                return;
            }
            out.push_str("frozenset({");
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                repr_constant(out, item);
            }
            out.push_str("})");
        }
    }
}

/// Appends `repr()` of a Python `str` (possibly holding lone surrogates), as CPython's
/// `unicode_repr`: single quotes unless the text holds `'` and no `"`; `\\`, the quote, `\t`,
/// `\n`, `\r` escaped; other non-printable code points as `\xNN`, `\uNNNN` or `\UNNNNNNNN`.
pub fn repr_str(out: &mut String, s: &Wtf8Buf) {
    let (mut single, mut double) = (false, false);
    for cp in s.code_points() {
        single |= cp == u32::from(b'\'');
        double |= cp == u32::from(b'"');
    }
    let quote = if single && !double { '"' } else { '\'' };
    out.push(quote);
    for cp in s.code_points() {
        match char::from_u32(cp) {
            Some(c) if c == quote || c == '\\' => {
                out.push('\\');
                out.push(c);
            }
            Some('\t') => out.push_str("\\t"),
            Some('\n') => out.push_str("\\n"),
            Some('\r') => out.push_str("\\r"),
            Some(c) if cp < 0x20 || cp == 0x7F => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            Some(c) if cp < 0x7F || is_printable(cp) => out.push(c),
            _ if cp < 0x100 => {
                let _ = write!(out, "\\x{cp:02x}");
            }
            _ if cp < 0x10000 => {
                let _ = write!(out, "\\u{cp:04x}");
            }
            _ => {
                let _ = write!(out, "\\U{cp:08x}");
            }
        }
    }
    out.push(quote);
}

/// Appends `repr()` of a Python `bytes`, as CPython's `bytes_repr`: `b'…'` (or `b"…"` when the
/// value holds `'` and no `"`), with `\\`, the quote, `\t`, `\n`, `\r` escaped and every other
/// byte outside `0x20..0x7F` as `\xNN`.
pub fn repr_bytes(out: &mut String, b: &[u8]) {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    out.push('b');
    out.push(quote as char);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            _ if c == quote => {
                out.push('\\');
                out.push(c as char);
            }
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            0x20..=0x7E => out.push(c as char),
            _ => {
                let _ = write!(out, "\\x{c:02x}");
            }
        }
    }
    out.push(quote as char);
}

/// `repr(x)` of a Python `float`: the shortest string that round-trips, in fixed notation when the
/// decimal point position is in `-4 < decpt <= 16`, else exponent notation with a signed exponent of
/// at least two digits (`1e+16`, `1e-05`); fixed notation always shows a `.0`. As CPython's
/// `float_repr`, i.e. `PyOS_double_to_string(x, 'r', 0, Py_DTSF_ADD_DOT_0, NULL)`.
pub fn repr_float(x: f64) -> String {
    format_r(x, true, false)
}

/// `repr(complex(real, imag))`: `{imag}j` when the real part is `+0.0`, else `({real}{±imag}j)`,
/// the parts formatted as `repr(float)` without the forced `.0`; as CPython's `complex_repr`.
pub fn repr_complex(real: f64, imag: f64) -> String {
    if real == 0.0 && real.is_sign_positive() {
        format!("{}j", format_r(imag, false, false))
    } else {
        format!(
            "({}{}j)",
            format_r(real, false, false),
            format_r(imag, false, true)
        )
    }
}

/// `PyOS_double_to_string(x, 'r', 0, flags)` with `Py_DTSF_ADD_DOT_0` as `add_dot_0` and
/// `Py_DTSF_SIGN` as `force_sign`.
fn format_r(x: f64, add_dot_0: bool, force_sign: bool) -> String {
    let mut out = String::new();
    if x.is_sign_negative() && !x.is_nan() {
        out.push('-');
    } else if force_sign {
        out.push('+');
    }
    if x.is_nan() {
        out.push_str("nan");
        return out;
    }
    if x.is_infinite() {
        out.push_str("inf");
        return out;
    }
    // Rust's `{:e}` yields the shortest number of digits that round-trips, as David Gay's `dtoa`
    // mode 0 does; when two such strings exist, Gay's picks the one nearer to `x`, which is the
    // correctly rounded one Rust's exact `{:.N$e}` gives.
    let shortest = format!("{:e}", x.abs());
    let ndigits = shortest
        .split('e')
        .next()
        .map_or(1, |m| m.chars().filter(char::is_ascii_digit).count());
    let nearest = format!("{:.*e}", ndigits.saturating_sub(1), x.abs());
    let sci = if nearest.parse::<f64>() == Ok(x.abs()) {
        nearest
    } else {
        shortest
    };
    let (mantissa, exp) = sci.split_once('e').unwrap_or((sci.as_str(), "0"));
    let digits: String = mantissa.chars().filter(|c| c.is_ascii_digit()).collect();
    let exp: i32 = exp.parse().unwrap_or(0);
    let decpt = exp + 1;
    if decpt <= -4 || decpt > 16 {
        out.push_str(&digits[..1]);
        if digits.len() > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        let _ = write!(
            out,
            "e{}{:02}",
            if exp < 0 { '-' } else { '+' },
            exp.unsigned_abs()
        );
    } else if decpt <= 0 {
        out.push_str("0.");
        out.extend(std::iter::repeat_n('0', decpt.unsigned_abs() as usize));
        out.push_str(&digits);
    } else {
        let decpt = decpt as usize;
        if decpt >= digits.len() {
            out.push_str(&digits);
            out.extend(std::iter::repeat_n('0', decpt - digits.len()));
            if add_dot_0 {
                out.push_str(".0");
            }
        } else {
            out.push_str(&digits[..decpt]);
            out.push('.');
            out.push_str(&digits[decpt..]);
        }
    }
    out
}
