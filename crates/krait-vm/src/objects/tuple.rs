//! `tuple` objects (CPython's Objects/tupleobject.c): an immutable sequence of values.

use crate::heap::{self, Ref, Trace};
use crate::value::Value;
use std::cell::UnsafeCell;

/// The payload of a `tuple`. The items never change after construction, except that the
/// collector's `clear` may empty the tuple to break a cycle (as CPython's `tupleclear`).
pub struct TupleData {
    items: UnsafeCell<Box<[Value]>>,
}

impl TupleData {
    /// A tuple payload holding `items`.
    pub fn new(items: Vec<Value>) -> TupleData {
        TupleData {
            items: UnsafeCell::new(items.into_boxed_slice()),
        }
    }

    /// The items.
    pub fn items(&self) -> &[Value] {
        // SAFETY: the items are only replaced by `clear`, which the collector calls on
        // unreachable tuples that no running code can be reading.
        unsafe { &*self.items.get() }
    }
}

impl Trace for TupleData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        // Last first, as CPython's `tupletraverse`.
        self.items().iter().rev().for_each(visit);
    }

    fn clear(&self) {
        // SAFETY: see `items`; the old items are dropped after the tuple no longer refers to them.
        let old = std::mem::take(unsafe { &mut *self.items.get() });
        crate::heap::drop_in_reverse(old.into_vec());
    }
}

impl Drop for TupleData {
    fn drop(&mut self) {
        crate::heap::drop_in_reverse(std::mem::take(self.items.get_mut()).into_vec());
    }
}

/// A new tuple of `items`.
pub fn new_tuple(items: Vec<Value>) -> Ref<TupleData> {
    heap::alloc(
        None,
        TupleData {
            items: UnsafeCell::new(items.into_boxed_slice()),
        },
    )
}
