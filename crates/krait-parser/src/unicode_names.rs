//! Character names as CPython 3.11's Unicode database (14.0.0) knows them: `\N{...}` escapes,
//! `unicodedata.name`/`lookup` and the `namereplace` error handler. The names come from the
//! unicode_names2 crate (a later Unicode version), limited to the code points CPython names
//! (`unicode_names_tables.rs`, generated from CPython); aliases and named sequences are CPython's.

use crate::unicode_names_tables as t;

const HANGUL_PREFIX: &str = "HANGUL SYLLABLE ";
const CJK_PREFIX: &str = "CJK UNIFIED IDEOGRAPH-";
const HANGUL_BASE: u32 = 0xAC00;
const HANGUL_COUNT: u32 = 11172;
const JAMO_L: [&str; 19] = [
    "G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P",
    "H",
];
const JAMO_V: [&str; 21] = [
    "A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE",
    "WI", "YU", "EU", "YI", "I",
];
const JAMO_T: [&str; 28] = [
    "", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M",
    "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H",
];

/// Which database: CPython's current one (14.0.0) or `unicodedata.ucd_3_2_0`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Version {
    /// Unicode 14.0.0.
    Current,
    /// Unicode 3.2.0 (no aliases, no named sequences).
    V3_2,
}

fn in_ranges(ranges: &[(u32, u32)], c: u32) -> bool {
    let i = ranges.partition_point(|&(start, _)| start <= c);
    i > 0 && ranges[i - 1].1 >= c
}

/// Whether `c` is a CJK unified ideograph (named algorithmically) in Unicode 14.0.0.
pub fn is_unified_ideograph(c: u32) -> bool {
    matches!(c, 0x3400..=0x4DBF
        | 0x4E00..=0x9FFF
        | 0x20000..=0x2A6DF
        | 0x2A700..=0x2B738
        | 0x2B740..=0x2B81D
        | 0x2B820..=0x2CEA1
        | 0x2CEB0..=0x2EBE0
        | 0x30000..=0x3134A)
}

/// The name of code point `c` (`unicodedata.name`), if it has one in `version`.
pub fn name(c: u32, version: Version) -> Option<String> {
    let named = match version {
        Version::Current => t::NAMED,
        Version::V3_2 => t::NAMED_3_2,
    };
    if !in_ranges(named, c) {
        return None;
    }
    if (HANGUL_BASE..HANGUL_BASE + HANGUL_COUNT).contains(&c) {
        let s = c - HANGUL_BASE;
        let (l, v, tt) = (s / (21 * 28), (s / 28) % 21, s % 28);
        return Some(format!(
            "{HANGUL_PREFIX}{}{}{}",
            JAMO_L[l as usize], JAMO_V[v as usize], JAMO_T[tt as usize]
        ));
    }
    if is_unified_ideograph(c) {
        return Some(format!("{CJK_PREFIX}{c:X}"));
    }
    unicode_names2::name(char::from_u32(c)?).map(|n| n.to_string())
}

/// The longest of `names` that `s` starts with, as (index, length).
fn longest_jamo(s: &str, names: &[&str]) -> Option<(usize, usize)> {
    names
        .iter()
        .enumerate()
        .filter(|(_, n)| s.starts_with(*n))
        .max_by_key(|(_, n)| n.len())
        .map(|(i, n)| (i, n.len()))
}

fn hangul(rest: &str) -> Option<u32> {
    let (l, n) = longest_jamo(rest, &JAMO_L)?;
    let rest = &rest[n..];
    let (v, n) = longest_jamo(rest, &JAMO_V)?;
    let rest = &rest[n..];
    let (tt, n) = longest_jamo(rest, &JAMO_T)?;
    if n != rest.len() {
        return None;
    }
    Some(HANGUL_BASE + ((l * 21 + v) * 28 + tt) as u32)
}

fn cjk(rest: &str) -> Option<u32> {
    if !(4..=5).contains(&rest.len())
        || !rest.bytes().all(|b| matches!(b, b'0'..=b'9' | b'A'..=b'F'))
    {
        return None;
    }
    let c = u32::from_str_radix(rest, 16).ok()?;
    is_unified_ideograph(c).then_some(c)
}

/// The code points `name` stands for (`unicodedata.lookup`): a character name (ASCII case
/// ignored, except in the algorithmic Hangul and CJK names), an alias, or (with
/// `named_sequences`) a named sequence; `None` if `version` knows no such name.
pub fn lookup(name: &str, version: Version, named_sequences: bool) -> Option<Vec<u32>> {
    if let Some(rest) = name.strip_prefix(HANGUL_PREFIX) {
        return hangul(rest).map(|c| vec![c]);
    }
    if let Some(rest) = name.strip_prefix(CJK_PREFIX) {
        return cjk(rest).map(|c| vec![c]);
    }
    if !name.is_ascii() {
        return None;
    }
    let upper = name.to_ascii_uppercase();
    if upper.starts_with(HANGUL_PREFIX) || upper.starts_with(CJK_PREFIX) {
        return None;
    }
    if let Some(c) = unicode_names2::character(&upper) {
        let c = u32::from(c);
        if name_is(c, version, &upper) {
            return Some(vec![c]);
        }
    }
    if version == Version::V3_2 {
        return None;
    }
    if let Ok(i) = t::ALIASES.binary_search_by(|&(a, _)| a.cmp(upper.as_str())) {
        return Some(vec![t::ALIASES[i].1]);
    }
    if named_sequences {
        if let Ok(i) = t::NAMED_SEQUENCES.binary_search_by(|&(a, _)| a.cmp(upper.as_str())) {
            return Some(t::NAMED_SEQUENCES[i].1.to_vec());
        }
    }
    None
}

fn name_is(c: u32, version: Version, upper: &str) -> bool {
    name(c, version).is_some_and(|n| n == upper)
}

/// The character of a `\N{name}` escape: a name or an alias of Unicode 14.0.0 (no named
/// sequences), as CPython's compiler and `unicode-escape` codec accept.
pub fn escape_char(name: &str) -> Option<char> {
    match lookup(name, Version::Current, false)?.as_slice() {
        [c] => char::from_u32(*c),
        _ => None,
    }
}
