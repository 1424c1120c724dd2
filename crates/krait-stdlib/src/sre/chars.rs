//! Character tests of the SRE engine (CPython's Modules/_sre/sre.c helpers): case mapping in
//! the ASCII, locale and Unicode modes, the categories of `\d`, `\s`, `\w` and line breaks, and
//! membership in a compiled character set (`IN` bodies: literals, ranges, bitmaps, categories).

use super::constants::{cat, op};
use krait_vm::methods::unicode::{self as ucd, ALPHA, DECIMAL, DIGIT, NUMERIC, SPACE};
use krait_vm::methods::unicode_tables::{LOWER_MAP, UPPER_MAP};
use std::sync::OnceLock;

/// `sre_lower_ascii`: ASCII letters lowered, everything else unchanged.
#[inline]
pub fn lower_ascii(c: u32) -> u32 {
    if (0x41..=0x5A).contains(&c) {
        c + 32
    } else {
        c
    }
}

/// The ASCII uppercase of `c`.
#[inline]
fn upper_ascii(c: u32) -> u32 {
    if (0x61..=0x7A).contains(&c) {
        c - 32
    } else {
        c
    }
}

/// `sre_lower_locale`: krait runs with the C library's ASCII notion of letters (as CPython in
/// a UTF-8 or C locale, where bytes 128–255 are not letters).
#[inline]
pub fn lower_locale(c: u32) -> u32 {
    lower_ascii(c)
}

/// `sre_upper_locale`.
#[inline]
pub fn upper_locale(c: u32) -> u32 {
    upper_ascii(c)
}

/// The first code point of a full case mapping (CPython's `_PyUnicode_ToLowercase` and
/// `_PyUnicode_ToUppercase` return it for characters with extended casing).
fn simple(table: &[(u32, &'static [u32])], c: u32) -> u32 {
    match table.binary_search_by_key(&c, |&(k, _)| k) {
        Ok(i) => table[i].1.first().copied().unwrap_or(c),
        Err(_) => c,
    }
}

/// The Latin-1 rows of the Unicode lower and upper mappings, computed once.
fn latin1_tables() -> &'static ([u32; 256], [u32; 256]) {
    static TABLES: OnceLock<([u32; 256], [u32; 256])> = OnceLock::new();
    TABLES.get_or_init(|| {
        let mut lo = [0u32; 256];
        let mut up = [0u32; 256];
        for c in 0..256u32 {
            lo[c as usize] = simple(LOWER_MAP, c);
            up[c as usize] = simple(UPPER_MAP, c);
        }
        (lo, up)
    })
}

/// `sre_lower_unicode` (`Py_UNICODE_TOLOWER`).
#[inline]
pub fn lower_unicode(c: u32) -> u32 {
    if c < 0x80 {
        lower_ascii(c)
    } else if c < 0x100 {
        latin1_tables().0[c as usize]
    } else {
        simple(LOWER_MAP, c)
    }
}

/// `sre_upper_unicode` (`Py_UNICODE_TOUPPER`).
#[inline]
pub fn upper_unicode(c: u32) -> u32 {
    if c < 0x80 {
        upper_ascii(c)
    } else if c < 0x100 {
        latin1_tables().1[c as usize]
    } else {
        simple(UPPER_MAP, c)
    }
}

/// `char_loc_ignore`: `c` equals `pattern` ignoring case in the locale.
#[inline]
pub fn char_loc_ignore(pattern: u32, c: u32) -> bool {
    c == pattern || lower_locale(c) == pattern || upper_locale(c) == pattern
}

/// `SRE_IS_LINEBREAK`.
#[inline]
pub fn is_linebreak(c: u32) -> bool {
    c == u32::from(b'\n')
}

/// ASCII word characters (`SRE_IS_WORD`).
#[inline]
pub fn is_word(c: u32) -> bool {
    c < 128 && ((c as u8).is_ascii_alphanumeric() || c == u32::from(b'_'))
}

/// Locale word characters (`SRE_LOC_IS_WORD`; see [`lower_locale`]).
#[inline]
pub fn is_loc_word(c: u32) -> bool {
    is_word(c)
}

/// Unicode word characters (`SRE_UNI_IS_WORD`: `str.isalnum()` or `_`).
#[inline]
pub fn is_uni_word(c: u32) -> bool {
    if c < 128 {
        return is_word(c);
    }
    ucd::has(c, ALPHA | DECIMAL | DIGIT | NUMERIC)
}

/// `Py_UNICODE_ISSPACE`.
#[inline]
fn is_uni_space(c: u32) -> bool {
    if c < 128 {
        return matches!(c, 0x09..=0x0D | 0x1C..=0x20);
    }
    ucd::has(c, SPACE)
}

/// `Py_UNICODE_ISLINEBREAK`.
#[inline]
fn is_uni_linebreak(c: u32) -> bool {
    matches!(
        c,
        0x0A | 0x0B | 0x0C | 0x0D | 0x1C | 0x1D | 0x1E | 0x85 | 0x2028 | 0x2029
    )
}

/// `sre_category`: whether `c` is in category `code`.
pub fn category(code: u32, c: u32) -> bool {
    match code {
        cat::DIGIT => c < 128 && (c as u8).is_ascii_digit(),
        cat::NOT_DIGIT => !(c < 128 && (c as u8).is_ascii_digit()),
        cat::SPACE => matches!(c, 0x09..=0x0D | 0x20),
        cat::NOT_SPACE => !matches!(c, 0x09..=0x0D | 0x20),
        cat::WORD => is_word(c),
        cat::NOT_WORD => !is_word(c),
        cat::LINEBREAK => is_linebreak(c),
        cat::NOT_LINEBREAK => !is_linebreak(c),
        cat::LOC_WORD => is_loc_word(c),
        cat::LOC_NOT_WORD => !is_loc_word(c),
        cat::UNI_DIGIT => {
            if c < 128 {
                (c as u8).is_ascii_digit()
            } else {
                ucd::has(c, DECIMAL)
            }
        }
        cat::UNI_NOT_DIGIT => !category(cat::UNI_DIGIT, c),
        cat::UNI_SPACE => is_uni_space(c),
        cat::UNI_NOT_SPACE => !is_uni_space(c),
        cat::UNI_WORD => is_uni_word(c),
        cat::UNI_NOT_WORD => !is_uni_word(c),
        cat::UNI_LINEBREAK => is_uni_linebreak(c),
        cat::UNI_NOT_LINEBREAK => !is_uni_linebreak(c),
        _ => false,
    }
}

/// Whether bit `c` is set in the 256-bit map at `code[at..at + 8]`.
#[inline]
fn bit(code: &[u32], at: usize, c: u32) -> bool {
    code[at + (c / 32) as usize] & (1u32 << (c & 31)) != 0
}

/// `SRE(charset)`: whether `c` is in the set whose body starts at `code[at]` (a validated
/// sequence of set items ending with `FAILURE`).
pub fn in_charset(code: &[u32], mut at: usize, c: u32) -> bool {
    let mut ok = true;
    loop {
        let o = code[at];
        at += 1;
        match o {
            op::FAILURE => return !ok,
            op::LITERAL => {
                if c == code[at] {
                    return ok;
                }
                at += 1;
            }
            op::CATEGORY => {
                if category(code[at], c) {
                    return ok;
                }
                at += 1;
            }
            op::CHARSET => {
                if c < 256 && bit(code, at, c) {
                    return ok;
                }
                at += 8;
            }
            op::RANGE => {
                if code[at] <= c && c <= code[at + 1] {
                    return ok;
                }
                at += 2;
            }
            op::RANGE_UNI_IGNORE => {
                if code[at] <= c && c <= code[at + 1] {
                    return ok;
                }
                let u = upper_unicode(c);
                if code[at] <= u && u <= code[at + 1] {
                    return ok;
                }
                at += 2;
            }
            op::NEGATE => ok = !ok,
            op::BIGCHARSET => {
                let count = code[at] as usize;
                at += 1;
                if c < 0x10000 {
                    let hi = (c >> 8) as usize;
                    let block = code[at + hi / 4].to_ne_bytes()[hi % 4] as usize;
                    let base = at + 64 + block * 8;
                    if bit(code, base, c & 255) {
                        return ok;
                    }
                }
                at += 64 + count * 8;
            }
            _ => return false,
        }
    }
}

/// `SRE(charset_loc_ignore)`.
pub fn in_charset_loc_ignore(code: &[u32], at: usize, c: u32) -> bool {
    let lo = lower_locale(c);
    if in_charset(code, at, lo) {
        return true;
    }
    let up = upper_locale(c);
    up != lo && in_charset(code, at, up)
}
