//! Serializing a [`CodeObject`] in the format described in [`super`].

use super::{pos_bit, tag};
use crate::code::{CodeObject, Constant, Position};
use num_bigint::Sign;

/// The serialized bytes of `code` (no `.pyc` header).
pub fn serialize_code(code: &CodeObject) -> Vec<u8> {
    let mut out = Vec::new();
    write_code_into(&mut out, code);
    out
}

/// Appends the serialized bytes of `code` to `out`.
///
/// Lengths are written as `u32`; a code object with more than `u32::MAX` items of one kind cannot
/// be built by the compiler (its limits are far lower), and such a count is truncated.
pub fn write_code_into(out: &mut Vec<u8>, code: &CodeObject) {
    let mut w = Writer { out };
    w.code(code);
}

/// Appends the serialized bytes of one constant to `out` (the VM's `marshal` module writes
/// the values that are not containers this way).
pub fn write_constant_into(out: &mut Vec<u8>, constant: &Constant) {
    let mut w = Writer { out };
    w.constant(constant);
}

struct Writer<'a> {
    out: &'a mut Vec<u8>,
}

impl Writer<'_> {
    fn u8(&mut self, v: u8) {
        self.out.push(v);
    }

    fn u32(&mut self, v: u32) {
        self.out.extend_from_slice(&v.to_le_bytes());
    }

    fn u64(&mut self, v: u64) {
        self.out.extend_from_slice(&v.to_le_bytes());
    }

    fn len(&mut self, n: usize) {
        self.u32(u32::try_from(n).unwrap_or(u32::MAX));
    }

    fn bytes(&mut self, b: &[u8]) {
        self.len(b.len());
        self.out.extend_from_slice(b);
    }

    fn code(&mut self, c: &CodeObject) {
        self.bytes(c.name.as_bytes());
        self.bytes(c.qualname.as_bytes());
        self.bytes(c.filename.as_bytes());
        for v in [
            c.firstlineno,
            c.argcount,
            c.posonlyargcount,
            c.kwonlyargcount,
            c.flags,
            c.stacksize,
        ] {
            self.u32(v);
        }
        self.len(c.instructions.len());
        for i in &c.instructions {
            self.u32(i.0);
        }
        self.len(c.consts.len());
        for k in &c.consts {
            self.constant(k);
        }
        self.len(c.names.len());
        for n in &c.names {
            self.bytes(n.as_bytes());
        }
        self.len(c.localsplus_names.len().min(c.localsplus_kinds.len()));
        for (n, k) in c.localsplus_names.iter().zip(&c.localsplus_kinds) {
            self.bytes(n.as_bytes());
            self.u8(*k);
        }
        self.len(c.positions.len());
        let mut prev_line = c.firstlineno;
        for p in &c.positions {
            self.position(p, &mut prev_line);
        }
        self.len(c.exception_table.len());
        for e in &c.exception_table {
            for v in [e.start, e.end, e.target, e.depth] {
                self.u32(v);
            }
            self.u8(u8::from(e.push_lasti));
        }
    }

    /// LEB128: seven bits per byte, low group first, high bit set on all but the last byte.
    fn varint(&mut self, mut v: u64) {
        while v >= 0x80 {
            self.u8(v as u8 | 0x80);
            v >>= 7;
        }
        self.u8(v as u8);
    }

    /// A signed difference, zigzag-mapped (0, -1, 1, -2, … → 0, 1, 2, 3, …) then LEB128.
    fn delta(&mut self, from: u32, to: u32) {
        let d = i64::from(to) - i64::from(from);
        self.varint(((d << 1) ^ (d >> 63)) as u64);
    }

    /// See the format in `super`: `lineno` relative to the previous known line (initially
    /// `co_firstlineno`), `end_lineno` relative to this instruction's line, columns as they are.
    fn position(&mut self, p: &Position, prev_line: &mut u32) {
        let fields = [
            (pos_bit::LINENO, p.lineno),
            (pos_bit::END_LINENO, p.end_lineno),
            (pos_bit::COL_OFFSET, p.col_offset),
            (pos_bit::END_COL_OFFSET, p.end_col_offset),
        ];
        let mask = fields
            .iter()
            .filter(|f| f.1.is_some())
            .fold(0, |m, f| m | f.0);
        self.u8(mask);
        if let Some(line) = p.lineno {
            self.delta(*prev_line, line);
            *prev_line = line;
        }
        if let Some(end) = p.end_lineno {
            self.delta(*prev_line, end);
        }
        for col in [p.col_offset, p.end_col_offset].into_iter().flatten() {
            self.varint(u64::from(col));
        }
    }

    fn constant(&mut self, k: &Constant) {
        match k {
            Constant::None => self.u8(tag::NONE),
            Constant::Bool(true) => self.u8(tag::TRUE),
            Constant::Bool(false) => self.u8(tag::FALSE),
            Constant::Ellipsis => self.u8(tag::ELLIPSIS),
            Constant::Int(i) => {
                self.u8(tag::INT);
                let (sign, mut magnitude) = i.to_bytes_le();
                while magnitude.last() == Some(&0) {
                    magnitude.pop();
                }
                self.u8(u8::from(sign == Sign::Minus));
                self.bytes(&magnitude);
            }
            Constant::Float(x) => {
                self.u8(tag::FLOAT);
                self.u64(x.to_bits());
            }
            Constant::Complex { real, imag } => {
                self.u8(tag::COMPLEX);
                self.u64(real.to_bits());
                self.u64(imag.to_bits());
            }
            Constant::Str(s) => {
                self.u8(tag::STR);
                self.bytes(s.as_bytes());
            }
            Constant::Bytes(b) => {
                self.u8(tag::BYTES);
                self.bytes(b);
            }
            Constant::Tuple(items) | Constant::FrozenSet(items) => {
                self.u8(if matches!(k, Constant::Tuple(_)) {
                    tag::TUPLE
                } else {
                    tag::FROZENSET
                });
                self.len(items.len());
                for item in items {
                    self.constant(item);
                }
            }
            Constant::Code(c) => {
                self.u8(tag::CODE);
                self.code(c);
            }
        }
    }
}
