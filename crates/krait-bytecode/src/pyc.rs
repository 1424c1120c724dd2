//! The `.pyc` file: a 16-byte header in the layout of PEP 552 followed by a serialized code object
//! ([`crate::marshal`]).
//!
//! ```text
//! offset  size  field
//!      0     2  MAGIC_NUMBER, little-endian
//!      2     2  b"\r\n"
//!      4     4  flags, little-endian: bit 0 hash-based, bit 1 check_source (PEP 552)
//!      8     8  timestamp mode: source mtime (u32 LE), source size (u32 LE)
//!               hash mode: source_hash(source), 8 bytes
//!     16     …  the code object (marshal.rs)
//! ```
//!
//! krait's bytecode differs from CPython's, so the magic is krait's own: the range
//! 11300..=11999 ("krait 3.11"), outside CPython's (20121, 5xxxx, 6xxxx for 1.x/2.x, 3000–3999 for
//! 3.x) and PyPy's (CPython's number plus a small offset). Any change to the opcode table or to the
//! serialized form must bump [`MAGIC_NUMBER`]; a test pins [`OPCODE_TABLE_DIGEST`] so a table change
//! cannot go unnoticed. A file with another magic is "wrong version" and the importer recompiles.

use crate::code::CodeObject;
use crate::marshal;
use crate::siphash::{siphash13, siphash24};
use std::fmt;

/// krait's bytecode magic number (first two bytes of every `.pyc`, little-endian).
pub const MAGIC_NUMBER: u16 = 11_302;

/// The four magic bytes: [`MAGIC_NUMBER`] little-endian, then `\r\n`, as CPython's `MAGIC_NUMBER`.
pub const MAGIC: [u8; 4] = [
    MAGIC_NUMBER.to_le_bytes()[0],
    MAGIC_NUMBER.to_le_bytes()[1],
    b'\r',
    b'\n',
];

/// Digest of the opcode table this [`MAGIC_NUMBER`] belongs to ([`opcode_table_digest`]).
/// Change both together.
pub const OPCODE_TABLE_DIGEST: u64 = 0xc2d6_a284_fb6d_aadd;

/// Length of the header in bytes.
pub const HEADER_LEN: usize = 16;

/// Flag bit: the header holds a source hash instead of mtime and size.
pub const FLAG_HASH_BASED: u32 = 0b01;
/// Flag bit (hash-based files only): the importer checks the hash against the source.
pub const FLAG_CHECK_SOURCE: u32 = 0b10;

/// The header's validation data (PEP 552).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PycHeader {
    /// Flags 0: valid while the source's mtime (seconds, truncated to 32 bits) and size (bytes,
    /// truncated to 32 bits) match.
    Timestamp { mtime: u32, source_size: u32 },
    /// Flags 1 or 3: valid while [`source_hash`] of the source matches, checked only when
    /// `check_source` (else the file is trusted, as CPython's unchecked hash-based pycs).
    Hash {
        check_source: bool,
        source_hash: [u8; 8],
    },
}

/// Why a `.pyc` (or a serialized code object) was rejected. The importer treats every variant as
/// "recompile from source".
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PycError {
    /// Fewer than 16 bytes.
    TruncatedHeader,
    /// The first four bytes are not [`MAGIC`] (another krait version, CPython's pyc, or garbage).
    BadMagic([u8; 4]),
    /// Flags other than 0, 1 or 3.
    BadFlags(u32),
    /// The code object's bytes are malformed, truncated, or fail validation; the message says where.
    Corrupt(String),
}

impl fmt::Display for PycError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PycError::TruncatedHeader => write!(f, "bad pyc: truncated header"),
            PycError::BadMagic(m) => write!(f, "bad magic number {m:?}"),
            PycError::BadFlags(flags) => write!(f, "invalid flags {flags:#x}"),
            PycError::Corrupt(msg) => write!(f, "bad pyc: {msg}"),
        }
    }
}

impl std::error::Error for PycError {}

/// The source hash of a hash-based `.pyc`: SipHash-1-3 of the source bytes with
/// `k0` = the four [`MAGIC`] bytes read as a little-endian integer, `k1 = 0`, stored little-endian.
/// This is CPython's `importlib.util.source_hash` algorithm (`_imp.source_hash(_RAW_MAGIC_NUMBER,
/// source)`, Python/pyhash.c `_Py_KeyedHash`) keyed with krait's magic instead of CPython's.
pub fn source_hash(source: &[u8]) -> [u8; 8] {
    siphash13(u64::from(u32::from_le_bytes(MAGIC)), 0, source).to_le_bytes()
}

/// The 16 header bytes for `header`.
pub fn write_header(header: &PycHeader) -> [u8; HEADER_LEN] {
    let mut out = [0u8; HEADER_LEN];
    out[..4].copy_from_slice(&MAGIC);
    match *header {
        PycHeader::Timestamp { mtime, source_size } => {
            out[8..12].copy_from_slice(&mtime.to_le_bytes());
            out[12..16].copy_from_slice(&source_size.to_le_bytes());
        }
        PycHeader::Hash {
            check_source,
            source_hash,
        } => {
            let flags = FLAG_HASH_BASED | if check_source { FLAG_CHECK_SOURCE } else { 0 };
            out[4..8].copy_from_slice(&flags.to_le_bytes());
            out[8..16].copy_from_slice(&source_hash);
        }
    }
    out
}

/// Parses and validates the 16-byte header at the start of `bytes` (magic, flags).
///
/// Errors: [`PycError::TruncatedHeader`], [`PycError::BadMagic`], [`PycError::BadFlags`]
/// (as CPython's `_classify_pyc`, except that flags 2 — check_source without hash — is rejected so
/// every header has one encoding).
pub fn read_header(bytes: &[u8]) -> Result<PycHeader, PycError> {
    let header: &[u8; HEADER_LEN] = bytes
        .get(..HEADER_LEN)
        .and_then(|h| h.try_into().ok())
        .ok_or(PycError::TruncatedHeader)?;
    let word = |at: usize| {
        u32::from_le_bytes([header[at], header[at + 1], header[at + 2], header[at + 3]])
    };
    let magic = [header[0], header[1], header[2], header[3]];
    if magic != MAGIC {
        return Err(PycError::BadMagic(magic));
    }
    let flags = word(4);
    match flags {
        0 => Ok(PycHeader::Timestamp {
            mtime: word(8),
            source_size: word(12),
        }),
        1 | 3 => {
            let mut source_hash = [0u8; 8];
            source_hash.copy_from_slice(&header[8..16]);
            Ok(PycHeader::Hash {
                check_source: flags & FLAG_CHECK_SOURCE != 0,
                source_hash,
            })
        }
        _ => Err(PycError::BadFlags(flags)),
    }
}

/// The bytes of a `.pyc` holding `code`: the header, then [`marshal::serialize_code`]. The result
/// depends only on its arguments (fixed-width little-endian fields, no host-dependent layout).
pub fn write_pyc(code: &CodeObject, header: &PycHeader) -> Vec<u8> {
    let mut out = write_header(header).to_vec();
    marshal::write_code_into(&mut out, code);
    out
}

/// Reads a `.pyc`: validates the header, deserializes the code object and validates it and every
/// nested code object (structure, every instruction argument, the exception table, and the stack
/// depth via [`crate::verify::verify`]). Never panics; any defect is a [`PycError`].
pub fn read_pyc(bytes: &[u8]) -> Result<(PycHeader, CodeObject), PycError> {
    let header = read_header(bytes)?;
    let code = marshal::deserialize_code(&bytes[HEADER_LEN..])?;
    Ok((header, code))
}

/// A digest of the opcode table: every row's name, number, argument kind, flags, and stack
/// effects on both paths for a few arguments. [`OPCODE_TABLE_DIGEST`] records the value the current
/// [`MAGIC_NUMBER`] was assigned for.
pub fn opcode_table_digest() -> u64 {
    use crate::opcode::OPCODES;
    let mut text = String::new();
    for (number, info) in OPCODES.iter().enumerate() {
        text.push_str(&format!(
            "{number} {} {:?} {}",
            info.name, info.arg, info.flags
        ));
        for arg in [0u32, 1, 2, 3, 4, 5, 7, 0x101, 0x0203] {
            let (p, q) = (info.effect)(arg);
            let (r, s) = (info.jump_effect)(arg);
            text.push_str(&format!(" {p},{q}/{r},{s}"));
        }
        text.push('\n');
    }
    siphash24(0, 0, text.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn magic_matches_opcode_table() {
        let digest = opcode_table_digest();
        assert_eq!(
            digest, OPCODE_TABLE_DIGEST,
            "the opcode table changed (digest {digest:#018x}): bump MAGIC_NUMBER in pyc.rs and set \
             OPCODE_TABLE_DIGEST to {digest:#018x} in the same commit, so old .pyc files are rejected"
        );
    }

    #[test]
    fn header_round_trip() {
        for h in [
            PycHeader::Timestamp {
                mtime: 0x1234_5678,
                source_size: 99,
            },
            PycHeader::Hash {
                check_source: true,
                source_hash: source_hash(b"x = 1\n"),
            },
            PycHeader::Hash {
                check_source: false,
                source_hash: [1, 2, 3, 4, 5, 6, 7, 8],
            },
        ] {
            let bytes = write_header(&h);
            assert_eq!(&bytes[..4], &MAGIC);
            assert_eq!(read_header(&bytes), Ok(h));
        }
    }

    #[test]
    fn header_layout_is_little_endian() {
        let bytes = write_header(&PycHeader::Timestamp {
            mtime: 0x0403_0201,
            source_size: 0x0807_0605,
        });
        assert_eq!(bytes[..2], MAGIC_NUMBER.to_le_bytes());
        assert_eq!(&bytes[2..4], b"\r\n");
        assert_eq!(bytes[4..], [0, 0, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8]);
        let hashed = write_header(&PycHeader::Hash {
            check_source: true,
            source_hash: [9; 8],
        });
        assert_eq!(hashed[4..8], [3, 0, 0, 0]);
    }

    #[test]
    fn bad_headers() {
        let good = write_header(&PycHeader::Timestamp {
            mtime: 1,
            source_size: 2,
        });
        for len in 0..HEADER_LEN {
            assert_eq!(read_header(&good[..len]), Err(PycError::TruncatedHeader));
        }
        let mut wrong = good;
        wrong[0] ^= 1;
        assert!(matches!(read_header(&wrong), Err(PycError::BadMagic(_))));
        // CPython 3.11's own magic (3495) is another version.
        let mut cpython = good;
        cpython[..2].copy_from_slice(&3495u16.to_le_bytes());
        assert!(matches!(read_header(&cpython), Err(PycError::BadMagic(_))));
        for flags in [2u32, 4, 0x100, u32::MAX] {
            let mut bad = good;
            bad[4..8].copy_from_slice(&flags.to_le_bytes());
            assert_eq!(read_header(&bad), Err(PycError::BadFlags(flags)));
        }
    }

    /// `source_hash` is CPython's `_imp.source_hash` keyed with krait's magic.
    #[test]
    fn source_hash_matches_cpython_algorithm() {
        let key = u32::from_le_bytes(MAGIC);
        let sources: [&[u8]; 4] = [
            b"",
            b"x = 1\n",
            b"01234567",
            b"def f():\n    return '\xc3\xa9'\n",
        ];
        let mut program = String::from("import _imp, sys\n");
        for s in sources {
            let hex: String = s.iter().map(|b| format!("{b:02x}")).collect();
            program.push_str(&format!(
                "print(_imp.source_hash({key}, bytes.fromhex('{hex}'))[::1 if sys.byteorder == 'little' else -1].hex())\n"
            ));
        }
        let expected = crate::testutil::run_python(&program);
        for (s, want) in sources.iter().zip(expected.lines()) {
            let got: String = source_hash(s).iter().map(|b| format!("{b:02x}")).collect();
            assert_eq!(got, want, "source {s:?}");
        }
    }

    #[test]
    fn magic_is_outside_cpython_and_pypy_ranges() {
        assert!((11_300..=11_999).contains(&MAGIC_NUMBER));
    }
}
