//! `memoryview` objects (CPython's Objects/memoryobject.c), the basic one-dimensional kind: a
//! view with format `'B'` over a `bytes` or `bytearray`, possibly sliced with a step, or a
//! contiguous one re-read in another native format by `cast`.

use crate::heap::Trace;
use crate::objects::bytearray::ByteArrayData;
use crate::objects::bytes::BytesData;
use crate::protocols::payload;
use crate::slot::Slot;
use crate::value::Value;
use std::cell::Cell;

/// The payload of a `memoryview`.
pub struct MemoryViewData {
    /// The exporting object (`obj`).
    pub obj: Slot,
    /// The index of the first byte viewed.
    pub start: usize,
    /// How many bytes are viewed.
    pub len: usize,
    /// The distance between viewed bytes (negative for a reversed view).
    pub step: i64,
    /// Whether the view is read-only (views of `bytes`).
    pub readonly: bool,
    /// Whether `release()` was called.
    pub released: Cell<bool>,
    /// The item format (`b'B'` unless made by `cast`; a view of another format is contiguous
    /// and `len` still counts bytes).
    pub format: u8,
}

impl Trace for MemoryViewData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        self.obj.visit(visit);
    }

    fn clear(&self) {
        self.obj.set(Value::NULL);
    }
}

/// The size of one item of the native single-character struct format `f`, if krait knows it.
pub fn format_size(f: u8) -> Option<usize> {
    Some(match f {
        b'b' | b'B' | b'c' | b'?' => 1,
        b'h' | b'H' | b'e' => 2,
        b'i' | b'I' | b'f' => 4,
        b'l' | b'L' | b'q' | b'Q' | b'n' | b'N' | b'P' | b'd' => 8,
        _ => return None,
    })
}

impl MemoryViewData {
    /// The size of one item.
    pub fn itemsize(&self) -> usize {
        format_size(self.format).unwrap_or(1)
    }

    /// The number of items (`len()`).
    pub fn items(&self) -> usize {
        self.len / self.itemsize()
    }

    /// The index in the exporter of the `k`-th viewed byte.
    pub fn index(&self, k: usize) -> usize {
        (self.start as i64 + k as i64 * self.step) as usize
    }

    /// A copy of the viewed bytes (empty if the exporter is gone).
    pub fn to_vec(&self) -> Vec<u8> {
        let obj = self.obj.get();
        let pick = |b: &[u8]| -> Vec<u8> {
            (0..self.len)
                .filter_map(|k| b.get(self.index(k)).copied())
                .collect()
        };
        if let Some(b) = payload::<BytesData>(&obj) {
            return pick(&b.bytes);
        }
        if let Some(b) = payload::<ByteArrayData>(&obj) {
            return pick(&b.bytes.borrow());
        }
        Vec::new()
    }
}
