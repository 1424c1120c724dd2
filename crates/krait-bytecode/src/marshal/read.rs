//! Deserializing a [`CodeObject`] from untrusted bytes, in the format described in [`super`].
//!
//! Every read is bounds-checked; every count is checked against the bytes left before anything is
//! allocated for it (each item takes at least one byte, so a lying count fails instead of
//! reserving memory); nesting of tuples and code objects is bounded by [`MAX_NESTING`] so crafted
//! input cannot overflow the Rust stack. Each code object is validated with
//! [`crate::verify::verify`] once its constants are read.

use super::{pos_bit, tag};
use crate::code::{CodeObject, Constant, ExceptionTableEntry, Position};
use crate::opcode::Instr;
use crate::pyc::PycError;
use krait_parser::wtf8::Wtf8Buf;
use num_bigint::{BigInt, Sign};

/// The deepest nesting of constant tuples/frozensets and code objects the reader accepts. CPython's
/// parser caps parenthesis nesting at 200 and indentation at 100 levels, so compiled source stays
/// well below this.
pub const MAX_NESTING: u32 = 512;

/// Reads a serialized code object (no `.pyc` header) that must span all of `bytes`, and validates
/// it and every nested code object. Errors are [`PycError::Corrupt`] with the reason.
pub fn deserialize_code(bytes: &[u8]) -> Result<CodeObject> {
    let mut r = Reader {
        data: bytes,
        pos: 0,
    };
    let code = r.code(0)?;
    if r.pos != bytes.len() {
        return Err(r.err(format!("{} trailing bytes", bytes.len() - r.pos)));
    }
    Ok(code)
}

/// Reads one serialized constant at the start of `bytes` (trailing bytes are allowed) and returns
/// it with the number of bytes it took; nested code objects are validated. This is what the
/// VM's `marshal` module reads for values that are not containers.
pub fn deserialize_constant_prefix(bytes: &[u8], nesting: u32) -> Result<(Constant, usize)> {
    let mut r = Reader {
        data: bytes,
        pos: 0,
    };
    let c = r.constant(nesting)?;
    Ok((c, r.pos))
}

struct Reader<'a> {
    data: &'a [u8],
    pos: usize,
}

type Result<T> = std::result::Result<T, PycError>;

impl<'a> Reader<'a> {
    #[cold]
    fn err(&self, msg: impl Into<String>) -> PycError {
        PycError::Corrupt(format!("{} at byte {}", msg.into(), self.pos))
    }

    fn remaining(&self) -> usize {
        self.data.len() - self.pos
    }

    fn take(&mut self, n: usize) -> Result<&'a [u8]> {
        if n > self.remaining() {
            return Err(self.err(format!(
                "truncated: need {n} bytes, {} left",
                self.remaining()
            )));
        }
        let s = &self.data[self.pos..self.pos + n];
        self.pos += n;
        Ok(s)
    }

    fn u8(&mut self) -> Result<u8> {
        Ok(self.take(1)?[0])
    }

    fn u32(&mut self) -> Result<u32> {
        let b = self.take(4)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }

    fn u64(&mut self) -> Result<u64> {
        let b = self.take(8)?;
        let mut w = [0u8; 8];
        w.copy_from_slice(b);
        Ok(u64::from_le_bytes(w))
    }

    /// A count of items each at least `min_size` bytes long, checked against the input left.
    fn count(&mut self, min_size: usize, what: &str) -> Result<usize> {
        let n = self.u32()? as usize;
        if n.saturating_mul(min_size) > self.remaining() {
            return Err(self.err(format!("{what} count {n} exceeds the input left")));
        }
        Ok(n)
    }

    fn blob(&mut self, what: &str) -> Result<&'a [u8]> {
        let n = self.count(1, what)?;
        self.take(n)
    }

    fn string(&mut self, what: &str) -> Result<String> {
        let b = self.blob(what)?;
        match std::str::from_utf8(b) {
            Ok(s) => Ok(s.to_owned()),
            Err(_) => Err(self.err(format!("{what} is not UTF-8"))),
        }
    }

    fn code(&mut self, nesting: u32) -> Result<CodeObject> {
        if nesting > MAX_NESTING {
            return Err(self.err(format!("constants nested deeper than {MAX_NESTING}")));
        }
        let name = self.string("co_name")?;
        let qualname = self.string("co_qualname")?;
        let filename = self.string("co_filename")?;
        let mut fields = [0u32; 6];
        for f in &mut fields {
            *f = self.u32()?;
        }
        let [firstlineno, argcount, posonlyargcount, kwonlyargcount, flags, stacksize] = fields;
        let n = self.count(4, "instruction")?;
        let mut instructions = Vec::with_capacity(n);
        for _ in 0..n {
            instructions.push(Instr(self.u32()?));
        }
        let n = self.count(1, "constant")?;
        let mut consts = Vec::with_capacity(n);
        for _ in 0..n {
            consts.push(self.constant(nesting + 1)?);
        }
        let n = self.count(4, "name")?;
        let mut names = Vec::with_capacity(n);
        for _ in 0..n {
            names.push(self.string("name")?);
        }
        let n = self.count(5, "localsplus")?;
        let mut localsplus_names = Vec::with_capacity(n);
        let mut localsplus_kinds = Vec::with_capacity(n);
        for _ in 0..n {
            localsplus_names.push(self.string("local name")?);
            localsplus_kinds.push(self.u8()?);
        }
        let n = self.count(1, "position")?;
        let mut positions = Vec::with_capacity(n);
        let mut prev_line = firstlineno;
        for _ in 0..n {
            positions.push(self.position(&mut prev_line)?);
        }
        let n = self.count(17, "exception table entry")?;
        let mut exception_table = Vec::with_capacity(n);
        for _ in 0..n {
            let (start, end, target, depth) = (self.u32()?, self.u32()?, self.u32()?, self.u32()?);
            let push_lasti = match self.u8()? {
                0 => false,
                1 => true,
                b => return Err(self.err(format!("push_lasti byte {b}"))),
            };
            exception_table.push(ExceptionTableEntry {
                start,
                end,
                target,
                depth,
                push_lasti,
            });
        }
        let code = CodeObject {
            name,
            qualname,
            filename,
            firstlineno,
            argcount,
            posonlyargcount,
            kwonlyargcount,
            flags,
            stacksize,
            instructions,
            consts,
            names,
            localsplus_names,
            localsplus_kinds,
            positions,
            exception_table,
        };
        if let Err(e) = crate::verify::verify(&code) {
            return Err(self.err(format!("code object {:?}: {e}", code.qualname)));
        }
        Ok(code)
    }

    /// A minimal LEB128 number of at most 64 bits (overlong or overflowing encodings are errors,
    /// so every value has one encoding).
    fn varint(&mut self) -> Result<u64> {
        let mut v: u64 = 0;
        for shift in (0..64).step_by(7) {
            let b = self.u8()?;
            let group = u64::from(b & 0x7F);
            if shift == 63 && group > 1 {
                return Err(self.err("varint overflows 64 bits"));
            }
            v |= group << shift;
            if b & 0x80 == 0 {
                if b == 0 && shift > 0 {
                    return Err(self.err("overlong varint"));
                }
                return Ok(v);
            }
        }
        Err(self.err("varint longer than 10 bytes"))
    }

    /// A zigzag delta from `from`, which must land in `u32`.
    fn delta(&mut self, from: u32) -> Result<u32> {
        let z = self.varint()?;
        let d = (z >> 1) as i64 ^ -((z & 1) as i64);
        u32::try_from(i64::from(from).wrapping_add(d))
            .map_err(|_| self.err("line number out of range"))
    }

    fn column(&mut self) -> Result<u32> {
        let v = self.varint()?;
        u32::try_from(v).map_err(|_| self.err("column out of range"))
    }

    fn position(&mut self, prev_line: &mut u32) -> Result<Position> {
        let mask = self.u8()?;
        if mask & !0x0F != 0 {
            return Err(self.err(format!("position mask {mask:#x}")));
        }
        let mut p = Position::default();
        if mask & pos_bit::LINENO != 0 {
            let line = self.delta(*prev_line)?;
            p.lineno = Some(line);
            *prev_line = line;
        }
        if mask & pos_bit::END_LINENO != 0 {
            p.end_lineno = Some(self.delta(*prev_line)?);
        }
        if mask & pos_bit::COL_OFFSET != 0 {
            p.col_offset = Some(self.column()?);
        }
        if mask & pos_bit::END_COL_OFFSET != 0 {
            p.end_col_offset = Some(self.column()?);
        }
        Ok(p)
    }

    fn constant(&mut self, nesting: u32) -> Result<Constant> {
        if nesting > MAX_NESTING {
            return Err(self.err(format!("constants nested deeper than {MAX_NESTING}")));
        }
        let t = self.u8()?;
        Ok(match t {
            tag::NONE => Constant::None,
            tag::TRUE => Constant::Bool(true),
            tag::FALSE => Constant::Bool(false),
            tag::ELLIPSIS => Constant::Ellipsis,
            tag::INT => {
                let negative = match self.u8()? {
                    0 => false,
                    1 => true,
                    b => return Err(self.err(format!("int sign byte {b}"))),
                };
                let magnitude = self.blob("int")?;
                if magnitude.last() == Some(&0) || (negative && magnitude.is_empty()) {
                    return Err(self.err("non-canonical int"));
                }
                let sign = if negative { Sign::Minus } else { Sign::Plus };
                Constant::Int(BigInt::from_bytes_le(sign, magnitude))
            }
            tag::FLOAT => Constant::Float(f64::from_bits(self.u64()?)),
            tag::COMPLEX => {
                let real = f64::from_bits(self.u64()?);
                let imag = f64::from_bits(self.u64()?);
                Constant::Complex { real, imag }
            }
            tag::STR => {
                let b = self.blob("str")?;
                match wtf8_from_bytes(b) {
                    Some(s) => Constant::Str(s),
                    None => return Err(self.err("str constant is not generalized UTF-8")),
                }
            }
            tag::BYTES => Constant::Bytes(self.blob("bytes")?.to_vec()),
            tag::TUPLE | tag::FROZENSET => {
                let n = self.count(1, "tuple item")?;
                let mut items = Vec::with_capacity(n);
                for _ in 0..n {
                    items.push(self.constant(nesting + 1)?);
                }
                if t == tag::TUPLE {
                    Constant::Tuple(items)
                } else {
                    Constant::FrozenSet(items)
                }
            }
            tag::CODE => Constant::Code(Box::new(self.code(nesting + 1)?)),
            _ => return Err(self.err(format!("unknown constant tag {t:#04x}"))),
        })
    }
}

/// Validates generalized UTF-8 (UTF-8 in which the three-byte encodings of U+D800..U+DFFF are also
/// allowed, each surrogate on its own, as [`Wtf8Buf`] holds them) and copies it into a [`Wtf8Buf`].
fn wtf8_from_bytes(b: &[u8]) -> Option<Wtf8Buf> {
    if let Ok(s) = std::str::from_utf8(b) {
        return Some(Wtf8Buf::from_str(s));
    }
    let mut out = Wtf8Buf::new();
    let mut i = 0;
    while i < b.len() {
        let b0 = b[i];
        let (len, lo, hi) = match b0 {
            0x00..=0x7F => (1, 0x80, 0xBF),
            0xC2..=0xDF => (2, 0x80, 0xBF),
            0xE0 => (3, 0xA0, 0xBF),
            0xE1..=0xEF => (3, 0x80, 0xBF),
            0xF0 => (4, 0x90, 0xBF),
            0xF1..=0xF3 => (4, 0x80, 0xBF),
            0xF4 => (4, 0x80, 0x8F),
            _ => return None,
        };
        let seq = b.get(i..i + len)?;
        let mut cp = match len {
            1 => u32::from(b0),
            2 => u32::from(b0 & 0x1F),
            3 => u32::from(b0 & 0x0F),
            _ => u32::from(b0 & 0x07),
        };
        for (k, &c) in seq.iter().enumerate().skip(1) {
            let (l, h) = if k == 1 { (lo, hi) } else { (0x80, 0xBF) };
            if !(l..=h).contains(&c) {
                return None;
            }
            cp = (cp << 6) | u32::from(c & 0x3F);
        }
        out.push_code_point(cp);
        i += len;
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::wtf8_from_bytes;

    #[test]
    fn generalized_utf8() {
        assert_eq!(
            wtf8_from_bytes(b"\xed\xa0\x80x").map(|s| s.code_points().collect::<Vec<_>>()),
            Some(vec![0xD800, u32::from(b'x')])
        );
        for bad in [
            &b"\xc0\x80"[..],
            b"\xe0\x80\x80",
            b"\xf4\x90\x80\x80",
            b"\xed\xa0",
            b"\x80",
            b"\xff",
        ] {
            assert!(wtf8_from_bytes(bad).is_none(), "{bad:?}");
        }
    }
}
