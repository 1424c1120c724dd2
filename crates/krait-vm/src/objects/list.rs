//! `list` objects (CPython's Objects/listobject.c): a mutable sequence.
//!
//! The items are borrowed only for short, non-reentrant operations; any operation that runs
//! Python code (comparisons in `sort`, `__eq__` in `index`) clones what it needs first, so a list
//! mutated from Python during the operation is a Python-level error, never a Rust panic.

use crate::heap::Trace;
use crate::value::Value;
use std::cell::RefCell;

/// The payload of a `list`.
#[derive(Default)]
pub struct ListData {
    /// The items.
    pub items: RefCell<Vec<Value>>,
}

impl ListData {
    /// A payload holding `items`.
    pub fn new(items: Vec<Value>) -> ListData {
        ListData {
            items: RefCell::new(items),
        }
    }

    /// `len()`.
    pub fn len(&self) -> usize {
        self.items.borrow().len()
    }

    /// Whether the list is empty.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The item at `i` (already bounds-checked and normalized by the caller), if present.
    pub fn get(&self, i: usize) -> Option<Value> {
        self.items.borrow().get(i).cloned()
    }

    /// `append(v)`.
    pub fn push(&self, v: Value) {
        self.items.borrow_mut().push(v);
    }

    /// A snapshot of the items.
    pub fn to_vec(&self) -> Vec<Value> {
        self.items.borrow().clone()
    }
}

impl Trace for ListData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Ok(items) = self.items.try_borrow() {
            // Last first, as CPython's `list_traverse` (`gc.get_referents` shows this order).
            items.iter().rev().for_each(visit);
        }
    }

    fn clear(&self) {
        let old = std::mem::take(&mut *self.items.borrow_mut());
        crate::heap::drop_in_reverse(old);
    }
}

impl Drop for ListData {
    fn drop(&mut self) {
        crate::heap::drop_in_reverse(std::mem::take(self.items.get_mut()));
    }
}
