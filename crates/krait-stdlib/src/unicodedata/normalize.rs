//! Unicode normalization (NFC, NFD, NFKC, NFKD) over the generated tables: full decomposition
//! (Hangul syllables algorithmically), canonical ordering by combining class, and canonical
//! composition; in the 3.2.0 database, code points unassigned in 3.2.0 are left alone and the
//! five normalization corrections are undone, as CPython's `ucd_3_2_0.normalize` does.

use super::{decomposition_str, record, tables, CN};
use krait_parser::unicode_names::Version;

/// A normal form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Form {
    Nfc,
    Nfd,
    Nfkc,
    Nfkd,
}

const S_BASE: u32 = 0xAC00;
const L_BASE: u32 = 0x1100;
const V_BASE: u32 = 0x1161;
const T_BASE: u32 = 0x11A7;
const L_COUNT: u32 = 19;
const V_COUNT: u32 = 21;
const T_COUNT: u32 = 28;
const N_COUNT: u32 = V_COUNT * T_COUNT;
const S_COUNT: u32 = L_COUNT * N_COUNT;

/// `s` in normal form `form` of database `version`.
pub(crate) fn normalize(s: &[u32], form: Form, version: Version) -> Vec<u32> {
    let compat = matches!(form, Form::Nfkc | Form::Nfkd);
    let mut out = Vec::with_capacity(s.len());
    for &c in s {
        decompose(c, compat, version, &mut out);
    }
    reorder(&mut out, version);
    if matches!(form, Form::Nfc | Form::Nfkc) {
        compose(&out, version)
    } else {
        out
    }
}

fn ccc(c: u32, version: Version) -> u8 {
    record(c, version).combining
}

/// Appends the full (canonical, or with `compat` also compatibility) decomposition of `c`.
fn decompose(c: u32, compat: bool, version: Version, out: &mut Vec<u32>) {
    if (S_BASE..S_BASE + S_COUNT).contains(&c) {
        let s = c - S_BASE;
        out.push(L_BASE + s / N_COUNT);
        out.push(V_BASE + (s % N_COUNT) / T_COUNT);
        if !s.is_multiple_of(T_COUNT) {
            out.push(T_BASE + s % T_COUNT);
        }
        return;
    }
    if version == Version::V3_2 {
        if record(c, version).category == CN {
            out.push(c);
            return;
        }
        let t = tables::NORMALIZATION_3_2;
        if let Ok(i) = t.binary_search_by_key(&c, |e| e.0) {
            out.push(t[i].1);
            return;
        }
    }
    let d = decomposition_str(c, version);
    if d.is_empty() || (!compat && d.starts_with('<')) {
        out.push(c);
        return;
    }
    let parts = match d.split_once("> ") {
        Some((_, rest)) if d.starts_with('<') => rest,
        _ => d,
    };
    for part in parts.split(' ') {
        match u32::from_str_radix(part, 16) {
            Ok(p) => decompose(p, compat, version, out),
            Err(_) => out.push(c),
        }
    }
}

/// The canonical ordering: runs of non-starters stably sorted by combining class.
fn reorder(s: &mut [u32], version: Version) {
    let mut i = 0;
    while i < s.len() {
        if ccc(s[i], version) == 0 {
            i += 1;
            continue;
        }
        let start = i;
        while i < s.len() && ccc(s[i], version) != 0 {
            i += 1;
        }
        s[start..i].sort_by_key(|&c| ccc(c, version));
    }
}

/// The primary composite of `a` and `b`, if any.
fn pair(a: u32, b: u32, version: Version) -> Option<u32> {
    if (L_BASE..L_BASE + L_COUNT).contains(&a) && (V_BASE..V_BASE + V_COUNT).contains(&b) {
        return Some(S_BASE + ((a - L_BASE) * V_COUNT + (b - V_BASE)) * T_COUNT);
    }
    if (S_BASE..S_BASE + S_COUNT).contains(&a)
        && (a - S_BASE).is_multiple_of(T_COUNT)
        && (T_BASE + 1..T_BASE + T_COUNT).contains(&b)
    {
        return Some(a + (b - T_BASE));
    }
    let t = tables::COMPOSITIONS;
    let i = t.binary_search_by(|e| (e.0, e.1).cmp(&(a, b))).ok()?;
    let (_, _, c, now, old) = t[i];
    let ok = match version {
        Version::Current => now,
        Version::V3_2 => old,
    };
    ok.then_some(c)
}

/// Canonical composition of a decomposed, reordered string.
fn compose(s: &[u32], version: Version) -> Vec<u32> {
    let mut out: Vec<u32> = Vec::with_capacity(s.len());
    let mut starter: Option<usize> = None;
    // The combining class of the last character kept after the starter (None: none yet).
    let mut last: Option<u8> = None;
    for &c in s {
        let cc = ccc(c, version);
        if let Some(st) = starter {
            let blocked = last.is_some_and(|l| l == 0 || l >= cc);
            if !blocked {
                if let Some(comp) = pair(out[st], c, version) {
                    out[st] = comp;
                    continue;
                }
            }
        }
        if cc == 0 {
            starter = Some(out.len());
            last = None;
        } else {
            last = Some(cc);
        }
        out.push(c);
    }
    out
}
