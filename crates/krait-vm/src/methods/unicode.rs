//! Lookups in the generated Unicode tables (`unicode_tables.rs`, from CPython 3.11's database):
//! character properties and full case mappings, with ASCII fast paths.

use super::unicode_tables as t;
pub use t::{
    ALPHA, CASED, CASE_IGNORABLE, DECIMAL, DIGIT, LOWER, NUMERIC, PRINTABLE, SPACE, TITLE, UPPER,
    XID_CONTINUE, XID_START,
};

/// The property bits of code point `c`.
pub fn props(c: u32) -> u16 {
    let runs = t::PROPERTY_RUNS;
    let i = runs.partition_point(|&(start, _)| start <= c);
    runs[i.saturating_sub(1)].1
}

/// Whether `c` has any of the property bits `mask`.
#[inline]
pub fn has(c: u32, mask: u16) -> bool {
    props(c) & mask != 0
}

fn mapped(table: &[(u32, &'static [u32])], c: u32, out: &mut Vec<u32>) {
    match table.binary_search_by_key(&c, |&(k, _)| k) {
        Ok(i) => out.extend_from_slice(table[i].1),
        Err(_) => out.push(c),
    }
}

/// Appends the full lowercase mapping of `c`.
pub fn push_lower(c: u32, out: &mut Vec<u32>) {
    if c < 0x80 {
        out.push(if (0x41..=0x5A).contains(&c) {
            c + 32
        } else {
            c
        });
    } else {
        mapped(t::LOWER_MAP, c, out);
    }
}

/// Appends the full uppercase mapping of `c`.
pub fn push_upper(c: u32, out: &mut Vec<u32>) {
    if c < 0x80 {
        out.push(if (0x61..=0x7A).contains(&c) {
            c - 32
        } else {
            c
        });
    } else {
        mapped(t::UPPER_MAP, c, out);
    }
}

/// Appends the full titlecase mapping of `c`.
pub fn push_title(c: u32, out: &mut Vec<u32>) {
    if c < 0x80 {
        push_upper(c, out);
    } else {
        mapped(t::TITLE_MAP, c, out);
    }
}

/// Appends the full case folding of `c`.
pub fn push_fold(c: u32, out: &mut Vec<u32>) {
    if c < 0x80 {
        push_lower(c, out);
    } else {
        mapped(t::FOLD_MAP, c, out);
    }
}

/// Appends the lowercase of `s[i]`, giving a capital sigma its final form where Unicode's
/// Final_Sigma condition holds (a cased letter before it, none after, skipping case-ignorables).
pub fn push_lower_at(s: &[u32], i: usize, out: &mut Vec<u32>) {
    if s[i] != 0x3A3 {
        push_lower(s[i], out);
        return;
    }
    let cased_before = s[..i]
        .iter()
        .rev()
        .find(|&&c| !has(c, CASE_IGNORABLE))
        .is_some_and(|&c| has(c, CASED));
    let cased_after = s[i + 1..]
        .iter()
        .find(|&&c| !has(c, CASE_IGNORABLE))
        .is_some_and(|&c| has(c, CASED));
    out.push(if cased_before && !cased_after {
        0x3C2
    } else {
        0x3C3
    });
}
