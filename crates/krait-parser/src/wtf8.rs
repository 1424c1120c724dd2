//! WTF-8 strings: UTF-8 that may also hold lone surrogates (U+D800..U+DFFF), each encoded as the
//! three bytes generalized UTF-8 gives it. Python `str` literals may contain lone surrogates
//! (`"\ud800"`), which Rust's `String` cannot hold; a surrogate *pair* written as two escapes stays
//! two code points, as in CPython.

use std::fmt;

/// An owned WTF-8 string. Invariant: the bytes are generalized UTF-8 (surrogates allowed).
#[derive(Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Wtf8Buf {
    bytes: Vec<u8>,
}

impl Wtf8Buf {
    /// An empty string.
    pub fn new() -> Self {
        Self::default()
    }

    /// A copy of a valid UTF-8 string (infallible, unlike `FromStr`).
    #[allow(clippy::should_implement_trait)]
    pub fn from_str(s: &str) -> Self {
        Wtf8Buf {
            bytes: s.as_bytes().to_vec(),
        }
    }

    /// Appends a Unicode scalar value.
    pub fn push_char(&mut self, c: char) {
        let mut buf = [0u8; 4];
        self.bytes
            .extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
    }

    /// Appends a valid UTF-8 string.
    pub fn push_str(&mut self, s: &str) {
        self.bytes.extend_from_slice(s.as_bytes());
    }

    /// Appends another WTF-8 string.
    pub fn push_wtf8(&mut self, s: &Wtf8Buf) {
        self.bytes.extend_from_slice(&s.bytes);
    }

    /// Appends any code point `0..=0x10FFFF`, surrogates included.
    ///
    /// # Panics
    /// Never for `cp <= 0x10FFFF`; larger values are a caller bug and are replaced by U+FFFD.
    pub fn push_code_point(&mut self, cp: u32) {
        match char::from_u32(cp) {
            Some(c) => self.push_char(c),
            None if (0xD800..=0xDFFF).contains(&cp) => {
                self.bytes.push(0xE0 | (cp >> 12) as u8);
                self.bytes.push(0x80 | ((cp >> 6) & 0x3F) as u8);
                self.bytes.push(0x80 | (cp & 0x3F) as u8);
            }
            None => self.push_char('\u{FFFD}'),
        }
    }

    /// The string as `&str` when it holds no surrogate.
    pub fn as_str(&self) -> Option<&str> {
        std::str::from_utf8(&self.bytes).ok()
    }

    /// The raw generalized-UTF-8 bytes.
    pub fn as_bytes(&self) -> &[u8] {
        &self.bytes
    }

    /// Whether the string is empty.
    pub fn is_empty(&self) -> bool {
        self.bytes.is_empty()
    }

    /// The code points, surrogates included.
    pub fn code_points(&self) -> CodePoints<'_> {
        CodePoints { bytes: &self.bytes }
    }

    /// The number of code points (what Python's `len` gives).
    pub fn len_code_points(&self) -> usize {
        self.bytes.iter().filter(|&&b| b & 0xC0 != 0x80).count()
    }
}

impl From<&str> for Wtf8Buf {
    fn from(s: &str) -> Self {
        Wtf8Buf::from_str(s)
    }
}

impl From<String> for Wtf8Buf {
    fn from(s: String) -> Self {
        Wtf8Buf {
            bytes: s.into_bytes(),
        }
    }
}

/// The code points of generalized UTF-8 `bytes` (surrogates allowed), as [`Wtf8Buf::code_points`].
pub fn code_points_of(bytes: &[u8]) -> CodePoints<'_> {
    CodePoints { bytes }
}

/// Iterator over the code points of a [`Wtf8Buf`].
pub struct CodePoints<'a> {
    bytes: &'a [u8],
}

impl Iterator for CodePoints<'_> {
    type Item = u32;

    fn next(&mut self) -> Option<u32> {
        let (&b0, rest) = self.bytes.split_first()?;
        let (len, init) = match b0 {
            0x00..=0x7F => (1, b0 as u32),
            0xC0..=0xDF => (2, (b0 & 0x1F) as u32),
            0xE0..=0xEF => (3, (b0 & 0x0F) as u32),
            _ => (4, (b0 & 0x07) as u32),
        };
        let len = len.min(1 + rest.len());
        let cp = rest[..len - 1]
            .iter()
            .fold(init, |acc, &b| (acc << 6) | (b & 0x3F) as u32);
        self.bytes = &self.bytes[len..];
        Some(cp)
    }
}

impl fmt::Debug for Wtf8Buf {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "\"")?;
        for cp in self.code_points() {
            match char::from_u32(cp) {
                Some(c) => write!(f, "{}", c.escape_debug())?,
                None => write!(f, "\\u{{{cp:x}}}")?,
            }
        }
        write!(f, "\"")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn surrogates_round_trip() {
        let mut s = Wtf8Buf::from_str("a\u{e9}");
        s.push_code_point(0xD800);
        s.push_code_point(0x1F600);
        assert_eq!(s.as_str(), None);
        assert_eq!(
            s.code_points().collect::<Vec<_>>(),
            vec![0x61, 0xE9, 0xD800, 0x1F600]
        );
        assert_eq!(s.len_code_points(), 4);
    }
}
