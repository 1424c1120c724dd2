//! `str` objects, stored as CPython stores them (PEP 393, Objects/unicodeobject.c): one, two or
//! four bytes per code point, the narrowest that holds the widest code point. This gives O(1)
//! indexing, room for lone surrogates, and the exact bytes CPython hashes, so `hash()` of a
//! `str` equals CPython's under the same `PYTHONHASHSEED`.

use crate::hash::HashSecret;
use crate::heap::Trace;
use std::cell::Cell;
use std::cmp::Ordering;

/// The code points, in the narrowest width that holds them all.
#[derive(Clone, PartialEq, Eq)]
enum Storage {
    /// Every code point below 128: the bytes are also valid UTF-8.
    Ascii(Box<[u8]>),
    /// Every code point below 256, at least one of them 128 or more.
    Latin1(Box<[u8]>),
    /// Every code point below 65536, at least one 256 or more.
    Ucs2(Box<[u16]>),
    /// At least one code point of 65536 or more.
    Ucs4(Box<[u32]>),
}

/// A borrowed view of a string's code units in their stored width ([`StrData::units`]).
#[derive(Clone, Copy, Debug)]
pub enum StrUnits<'a> {
    /// One byte per code point (all below 256).
    Latin1(&'a [u8]),
    /// Two bytes per code point (all below 65536).
    Ucs2(&'a [u16]),
    /// Four bytes per code point.
    Ucs4(&'a [u32]),
}

/// The payload of a `str`. Immutable; the hash is computed on first use.
pub struct StrData {
    storage: Storage,
    /// The cached hash, or -1 before it is computed (a real hash is never -1).
    hash: Cell<i64>,
}

impl Trace for StrData {}

impl StrData {
    /// A string of the code points of `s`.
    #[allow(clippy::should_implement_trait)]
    pub fn from_str(s: &str) -> StrData {
        if s.is_ascii() {
            return StrData::with(Storage::Ascii(s.as_bytes().into()));
        }
        StrData::from_code_points(s.chars().map(u32::from))
    }

    /// A string of arbitrary code points (`0..=0x10FFFF`, lone surrogates included).
    pub fn from_code_points(cps: impl IntoIterator<Item = u32>) -> StrData {
        let cps: Vec<u32> = cps.into_iter().collect();
        let max = cps.iter().copied().max().unwrap_or(0);
        let storage = if max < 0x80 {
            Storage::Ascii(cps.iter().map(|&c| c as u8).collect())
        } else if max < 0x100 {
            Storage::Latin1(cps.iter().map(|&c| c as u8).collect())
        } else if max < 0x10000 {
            Storage::Ucs2(cps.iter().map(|&c| c as u16).collect())
        } else {
            Storage::Ucs4(cps.into_boxed_slice())
        };
        StrData::with(storage)
    }

    /// A string from WTF-8 (generalized UTF-8 that may encode lone surrogates), as the parser's
    /// string constants are.
    pub fn from_wtf8(bytes: &[u8]) -> StrData {
        match std::str::from_utf8(bytes) {
            Ok(s) => StrData::from_str(s),
            Err(_) => StrData::from_code_points(krait_parser::wtf8::code_points_of(bytes)),
        }
    }

    fn with(storage: Storage) -> StrData {
        StrData {
            storage,
            hash: Cell::new(-1),
        }
    }

    /// The number of code points (`len()`).
    #[inline]
    pub fn len(&self) -> usize {
        match &self.storage {
            Storage::Ascii(b) | Storage::Latin1(b) => b.len(),
            Storage::Ucs2(w) => w.len(),
            Storage::Ucs4(w) => w.len(),
        }
    }

    /// Whether the string is empty.
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The code point at index `i` (`0 <= i < len()`), in O(1).
    #[inline]
    pub fn code_point(&self, i: usize) -> u32 {
        match &self.storage {
            Storage::Ascii(b) | Storage::Latin1(b) => b[i] as u32,
            Storage::Ucs2(w) => w[i] as u32,
            Storage::Ucs4(w) => w[i],
        }
    }

    /// The string as `&str` when it is pure ASCII (the common case; free).
    #[inline]
    pub fn as_ascii(&self) -> Option<&str> {
        match &self.storage {
            // SAFETY: ASCII bytes are valid UTF-8.
            Storage::Ascii(b) => Some(unsafe { std::str::from_utf8_unchecked(b) }),
            _ => None,
        }
    }

    /// The code units as stored (PEP 393), for scanners that work on the raw arrays: bytes
    /// (code points below 256, `ascii` when all are below 128), UCS-2 or UCS-4 units.
    #[inline]
    pub fn units(&self) -> StrUnits<'_> {
        match &self.storage {
            Storage::Ascii(b) => StrUnits::Latin1(b),
            Storage::Latin1(b) => StrUnits::Latin1(b),
            Storage::Ucs2(w) => StrUnits::Ucs2(w),
            Storage::Ucs4(w) => StrUnits::Ucs4(w),
        }
    }

    /// The code points, in order.
    pub fn code_points(&self) -> impl Iterator<Item = u32> + '_ {
        (0..self.len()).map(|i| self.code_point(i))
    }

    /// The string as UTF-8, with each lone surrogate replaced by U+FFFD (for output paths that
    /// CPython would encode with an error handler; callers that must fail on surrogates check
    /// [`StrData::has_surrogates`] first).
    pub fn to_string_lossy(&self) -> String {
        if let Some(s) = self.as_ascii() {
            return s.to_owned();
        }
        self.code_points()
            .map(|c| char::from_u32(c).unwrap_or('\u{FFFD}'))
            .collect()
    }

    /// The string as UTF-8 if it has no lone surrogates.
    pub fn to_utf8(&self) -> Option<std::borrow::Cow<'_, str>> {
        if let Some(s) = self.as_ascii() {
            return Some(std::borrow::Cow::Borrowed(s));
        }
        self.code_points()
            .map(char::from_u32)
            .collect::<Option<String>>()
            .map(std::borrow::Cow::Owned)
    }

    /// Whether any code point is a lone surrogate (U+D800..U+DFFF).
    pub fn has_surrogates(&self) -> bool {
        match &self.storage {
            Storage::Ascii(_) | Storage::Latin1(_) => false,
            Storage::Ucs2(w) => w.iter().any(|&c| (0xD800..0xE000).contains(&c)),
            Storage::Ucs4(w) => w.iter().any(|&c| (0xD800..0xE000).contains(&c)),
        }
    }

    /// The largest code point, or 0 for the empty string (decides the storage of results).
    pub fn max_code_point(&self) -> u32 {
        match &self.storage {
            Storage::Ascii(b) | Storage::Latin1(b) => b.iter().copied().max().unwrap_or(0) as u32,
            Storage::Ucs2(w) => w.iter().copied().max().unwrap_or(0) as u32,
            Storage::Ucs4(w) => w.iter().copied().max().unwrap_or(0),
        }
    }

    /// `hash()`, computed once with `secret` and cached.
    #[inline]
    pub fn hash(&self, secret: &HashSecret) -> i64 {
        let h = self.hash.get();
        if h != -1 {
            return h;
        }
        let h = match &self.storage {
            Storage::Ascii(b) | Storage::Latin1(b) => secret.hash_bytes(b),
            Storage::Ucs2(w) => {
                secret.hash_bytes(&w.iter().flat_map(|c| c.to_le_bytes()).collect::<Vec<u8>>())
            }
            Storage::Ucs4(w) => {
                secret.hash_bytes(&w.iter().flat_map(|c| c.to_le_bytes()).collect::<Vec<u8>>())
            }
        };
        self.hash.set(h);
        h
    }

    /// The concatenation `self + other`.
    pub fn concat(&self, other: &StrData) -> StrData {
        if let (Storage::Ascii(a), Storage::Ascii(b)) = (&self.storage, &other.storage) {
            let mut v = Vec::with_capacity(a.len() + b.len());
            v.extend_from_slice(a);
            v.extend_from_slice(b);
            return StrData::with(Storage::Ascii(v.into_boxed_slice()));
        }
        StrData::from_code_points(self.code_points().chain(other.code_points()))
    }

    /// The substring of code points `start..end` (clamped by the caller to `0..=len()`).
    pub fn substring(&self, start: usize, end: usize) -> StrData {
        match &self.storage {
            Storage::Ascii(b) => StrData::with(Storage::Ascii(b[start..end].into())),
            _ => StrData::from_code_points((start..end).map(|i| self.code_point(i))),
        }
    }
}

impl PartialEq for StrData {
    /// Code-point equality (storage is canonical: equal strings have equal storage).
    fn eq(&self, other: &StrData) -> bool {
        let (h1, h2) = (self.hash.get(), other.hash.get());
        if h1 != -1 && h2 != -1 && h1 != h2 {
            return false;
        }
        self.storage == other.storage
    }
}

impl Eq for StrData {}

impl PartialOrd for StrData {
    fn partial_cmp(&self, other: &StrData) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for StrData {
    /// Lexicographic order of code points, as CPython's `unicode_compare`.
    fn cmp(&self, other: &StrData) -> Ordering {
        match (&self.storage, &other.storage) {
            (Storage::Ascii(a) | Storage::Latin1(a), Storage::Ascii(b) | Storage::Latin1(b)) => {
                a.cmp(b)
            }
            _ => self.code_points().cmp(other.code_points()),
        }
    }
}

impl std::fmt::Debug for StrData {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:?}", self.to_string_lossy())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn storage_is_the_narrowest_that_fits() {
        assert!(StrData::from_str("abc").as_ascii().is_some());
        assert!(matches!(
            StrData::from_str("café").storage,
            Storage::Latin1(_)
        ));
        assert!(matches!(StrData::from_str("€").storage, Storage::Ucs2(_)));
        assert!(matches!(StrData::from_str("a😀").storage, Storage::Ucs4(_)));
        let s = StrData::from_code_points([0x61, 0xD800]);
        assert!(s.has_surrogates() && s.to_utf8().is_none());
        assert_eq!(s.len(), 2);
    }

    #[test]
    fn equality_ordering_and_slicing_are_by_code_point() {
        let a = StrData::from_str("abc😀");
        assert_eq!(a.code_point(3), 0x1F600);
        assert_eq!(a.substring(1, 3), StrData::from_str("bc"));
        assert_eq!(
            a.substring(1, 3).as_ascii(),
            Some("bc"),
            "a narrower slice is stored narrower"
        );
        assert!(StrData::from_str("é") > StrData::from_str("z"));
        assert_eq!(
            StrData::from_str("ab").concat(&StrData::from_str("€")),
            StrData::from_str("ab€")
        );
        let w = StrData::from_wtf8(&[0x61, 0xED, 0xA0, 0x80]);
        assert_eq!(w.code_points().collect::<Vec<_>>(), vec![0x61, 0xD800]);
    }
}
