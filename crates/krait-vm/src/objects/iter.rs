//! Iterators over built-in sequences (CPython's Objects/iterobject.c `seqiterobject` and the
//! list/tuple/str iterators): an index into a sequence, which is dropped when exhausted.

use crate::heap::Trace;
use crate::slot::Slot;
use crate::value::Value;
use std::cell::Cell;

/// The payload of a `list_iterator`, `tuple_iterator` or `str_ascii_iterator`.
pub struct SeqIterData {
    /// The sequence, or NULL once exhausted.
    pub seq: Slot,
    /// The index of the next item.
    pub index: Cell<usize>,
}

impl Trace for SeqIterData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        self.seq.visit(visit);
    }

    fn clear(&self) {
        self.seq.set(Value::NULL);
    }
}
