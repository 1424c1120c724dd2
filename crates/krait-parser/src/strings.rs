//! String and bytes literal decoding (CPython's `_PyPegen_parsestr` and
//! `decode_unicode_with_escapes`/`_PyBytes_DecodeEscape`, Parser/string_parser.c): prefixes,
//! quote forms, and every escape sequence including `\N{...}`. Invalid escapes are kept
//! verbatim (CPython only warns).

use crate::wtf8::Wtf8Buf;

/// Whether `cp` is printable as `str.isprintable()` says (CPython's `Py_UNICODE_ISPRINTABLE`).
pub fn is_printable(cp: u32) -> bool {
    crate::dump::repr::is_printable(cp)
}

/// The parts of a STRING token.
#[derive(Clone, Copy, Debug)]
pub struct StrToken<'a> {
    pub bytes: bool,
    pub raw: bool,
    pub fstring: bool,
    pub u: bool,
    /// The text between the quotes.
    pub body: &'a str,
    /// Byte offset of `body` within the token text.
    pub body_offset: usize,
}

/// Splits a STRING token's text into prefix flags and body.
pub fn split_token(text: &str) -> StrToken<'_> {
    let b = text.as_bytes();
    let mut i = 0;
    let (mut bytes, mut raw, mut fstring, mut u) = (false, false, false, false);
    while i < b.len() && b[i] != b'"' && b[i] != b'\'' {
        match b[i] {
            b'b' | b'B' => bytes = true,
            b'r' | b'R' => raw = true,
            b'f' | b'F' => fstring = true,
            b'u' | b'U' => u = true,
            _ => {}
        }
        i += 1;
    }
    let q = b.get(i).copied().unwrap_or(b'"');
    let qlen = if b.len() >= i + 6 && b[i + 1] == q && b[i + 2] == q {
        3
    } else {
        1
    };
    let start = (i + qlen).min(b.len());
    let end = b.len().saturating_sub(qlen).max(start);
    StrToken {
        bytes,
        raw,
        fstring,
        u,
        body: &text[start..end],
        body_offset: start,
    }
}

/// An error decoding escapes: CPython's message.
pub type EscapeError = String;

/// Decodes the escapes of a (non-raw) `str` literal body, appending to `out`.
///
/// # Errors
/// CPython's "(unicode error) 'unicodeescape' codec can't decode bytes …" messages.
pub fn decode_str_escapes(body: &str, out: &mut Wtf8Buf) -> Result<(), EscapeError> {
    let b = body.as_bytes();
    let mut i = 0;
    let mut lit_start = 0;
    while i < b.len() {
        if b[i] != b'\\' {
            i += 1;
            continue;
        }
        out.push_str(&body[lit_start..i]);
        let esc_pos = i;
        i += 1;
        let Some(&c) = b.get(i) else {
            return Err(unicode_err(esc_pos, b.len() - 1, "\\ at end of string"));
        };
        i += 1;
        match c {
            b'\n' => {}
            b'\\' => out.push_char('\\'),
            b'\'' => out.push_char('\''),
            b'"' => out.push_char('"'),
            b'a' => out.push_char('\x07'),
            b'b' => out.push_char('\x08'),
            b'f' => out.push_char('\x0c'),
            b'n' => out.push_char('\n'),
            b'r' => out.push_char('\r'),
            b't' => out.push_char('\t'),
            b'v' => out.push_char('\x0b'),
            b'0'..=b'7' => {
                let mut v = (c - b'0') as u32;
                let mut n = 1;
                while n < 3 && i < b.len() && (b'0'..=b'7').contains(&b[i]) {
                    v = v * 8 + (b[i] - b'0') as u32;
                    i += 1;
                    n += 1;
                }
                out.push_code_point(v);
            }
            b'x' | b'u' | b'U' => {
                let (n, what) = match c {
                    b'x' => (2, "truncated \\xXX escape"),
                    b'u' => (4, "truncated \\uXXXX escape"),
                    _ => (8, "truncated \\UXXXXXXXX escape"),
                };
                let mut v: u32 = 0;
                for k in 0..n {
                    match b.get(i + k).and_then(|&d| (d as char).to_digit(16)) {
                        Some(d) => v = v.wrapping_mul(16).wrapping_add(d),
                        None => return Err(unicode_err(esc_pos, i + k - 1, what)),
                    }
                }
                i += n;
                if v > 0x10FFFF {
                    return Err(unicode_err(esc_pos, i - 1, "illegal Unicode character"));
                }
                out.push_code_point(v);
            }
            b'N' => {
                let close = if b.get(i) == Some(&b'{') {
                    body[i + 1..].find('}')
                } else {
                    None
                };
                let Some(close) = close else {
                    return Err(unicode_err(
                        esc_pos,
                        b.len() - 1,
                        "malformed \\N character escape",
                    ));
                };
                let name = &body[i + 1..i + 1 + close];
                let end = i + 1 + close;
                if name.is_empty() {
                    return Err(unicode_err(esc_pos, i, "malformed \\N character escape"));
                }
                match lookup_name(name) {
                    Some(ch) => out.push_char(ch),
                    None => {
                        return Err(unicode_err(esc_pos, end, "unknown Unicode character name"))
                    }
                }
                i = end + 1;
            }
            _ => {
                // Invalid escape: kept verbatim (backslash and the character).
                out.push_char('\\');
                i -= 1;
            }
        }
        lit_start = i;
    }
    out.push_str(&body[lit_start..]);
    Ok(())
}

/// The character named `name` (`\N{...}`), as `unicodedata.lookup` for escapes.
fn lookup_name(name: &str) -> Option<char> {
    crate::unicode_names::escape_char(name)
}

fn unicode_err(start: usize, end: usize, what: &str) -> String {
    // Positions count characters of the escape-encoded body; for ASCII bodies these are the
    // byte positions.
    format!("(unicode error) 'unicodeescape' codec can't decode bytes in position {start}-{end}: {what}")
}

/// Decodes a (non-raw) bytes literal body.
///
/// # Errors
/// CPython's "(value error) invalid \x escape at position N".
pub fn decode_bytes_escapes(body: &[u8], out: &mut Vec<u8>) -> Result<(), EscapeError> {
    let mut i = 0;
    while i < body.len() {
        let c = body[i];
        if c != b'\\' {
            out.push(c);
            i += 1;
            continue;
        }
        let esc_pos = i;
        i += 1;
        let Some(&c) = body.get(i) else {
            return Err("(value error) Trailing \\ in string".into());
        };
        i += 1;
        match c {
            b'\n' => {}
            b'\\' => out.push(b'\\'),
            b'\'' => out.push(b'\''),
            b'"' => out.push(b'"'),
            b'a' => out.push(7),
            b'b' => out.push(8),
            b'f' => out.push(12),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b't' => out.push(b'\t'),
            b'v' => out.push(11),
            b'0'..=b'7' => {
                let mut v = (c - b'0') as u32;
                let mut n = 1;
                while n < 3 && i < body.len() && (b'0'..=b'7').contains(&body[i]) {
                    v = v * 8 + (body[i] - b'0') as u32;
                    i += 1;
                    n += 1;
                }
                out.push(v as u8);
            }
            b'x' => {
                let h = body.get(i).and_then(|&d| (d as char).to_digit(16));
                let l = body.get(i + 1).and_then(|&d| (d as char).to_digit(16));
                match (h, l) {
                    (Some(h), Some(l)) => {
                        out.push((h * 16 + l) as u8);
                        i += 2;
                    }
                    _ => {
                        return Err(format!(
                            "(value error) invalid \\x escape at position {esc_pos}"
                        ))
                    }
                }
            }
            _ => {
                out.push(b'\\');
                i -= 1;
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes() {
        let mut s = Wtf8Buf::new();
        decode_str_escapes(r"a\n\x41\u00e9\N{BULLET}\q\101", &mut s).unwrap();
        assert_eq!(s.as_str(), Some("a\nA\u{e9}\u{2022}\\qA"));
        let mut b = Vec::new();
        decode_bytes_escapes(br"\x00\777\z", &mut b).unwrap();
        assert_eq!(b, vec![0, 0xff, b'\\', b'z']);
    }

    #[test]
    fn prefixes() {
        let t = split_token("Rb'''x'''");
        assert!(t.raw && t.bytes && !t.fstring);
        assert_eq!(t.body, "x");
        assert_eq!(split_token("''").body, "");
        assert_eq!(split_token("''''''").body, "");
    }
}
