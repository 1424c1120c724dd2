//! The serialized form of a [`CodeObject`](crate::code::CodeObject): krait's own `marshal`,
//! used by `.pyc` files ([`crate::pyc`]), the VM's `marshal` module and `compile()`.
//!
//! Every field has a fixed width and byte order, so the bytes depend only on the code object:
//!
//! ```text
//! code      := str name, str qualname, str filename,
//!              u32 firstlineno, argcount, posonlyargcount, kwonlyargcount, flags, stacksize,
//!              u32 n, n × u32 instruction word,
//!              u32 n, n × constant,
//!              u32 n, n × str name,
//!              u32 n, n × (str name, u8 kind)                 -- localsplus
//!              u32 n, n × position,
//!              u32 n, n × (u32 start, end, target, depth, u8 push_lasti)
//! position  := u8 mask (bit 0 lineno, 1 end_lineno, 2 col_offset, 3 end_col_offset), then
//!              for each set bit, in that order, a varint:
//!              lineno      zigzag(lineno − previous known lineno), the first relative to firstlineno
//!              end_lineno  zigzag(end_lineno − the current known lineno)
//!              columns     the value
//! varint    := minimal LEB128 (7 bits per byte, low group first), at most 64 bits;
//!              zigzag maps 0, −1, 1, −2, … to 0, 1, 2, 3, …
//! str       := u32 length, UTF-8 bytes
//! constant  := 'N' | 'T' | 'F' | '.'                          -- None, True, False, Ellipsis
//!            | 'i' u8 sign (0 ≥ 0, 1 < 0), u32 n, n magnitude bytes, little-endian, no high zero byte
//!            | 'g' u64 IEEE-754 bits                          -- float (-0.0 and NaN payloads survive)
//!            | 'y' u64 real bits, u64 imag bits               -- complex
//!            | 's' u32 n, n bytes of generalized UTF-8 (WTF-8: lone surrogates allowed)
//!            | 'b' u32 n, n bytes
//!            | '(' u32 n, n × constant                        -- tuple
//!            | '<' u32 n, n × constant                        -- frozenset, in stored order
//!            | 'c' code
//! ```
//!
//! All integers are little-endian. Each value has exactly one encoding (the reader rejects
//! non-canonical ints, overlong varints, unknown mask bits, `push_lasti` other than 0/1), so serialize ∘ deserialize is
//! the identity on bytes as well as on values.

mod read;
mod write;

pub use read::{deserialize_code, deserialize_constant_prefix, MAX_NESTING};
pub use write::{serialize_code, write_code_into, write_constant_into};

/// Constant tags.
pub mod tag {
    pub const NONE: u8 = b'N';
    pub const TRUE: u8 = b'T';
    pub const FALSE: u8 = b'F';
    pub const ELLIPSIS: u8 = b'.';
    pub const INT: u8 = b'i';
    pub const FLOAT: u8 = b'g';
    pub const COMPLEX: u8 = b'y';
    pub const STR: u8 = b's';
    pub const BYTES: u8 = b'b';
    pub const TUPLE: u8 = b'(';
    pub const FROZENSET: u8 = b'<';
    pub const CODE: u8 = b'c';
}

/// Position mask bits.
pub(crate) mod pos_bit {
    pub const LINENO: u8 = 1;
    pub const END_LINENO: u8 = 2;
    pub const COL_OFFSET: u8 = 4;
    pub const END_COL_OFFSET: u8 = 8;
}
