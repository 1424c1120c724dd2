//! `Slot`: one mutable `Value` inside an object, safe to update while Python code runs.

use crate::value::Value;
use std::cell::UnsafeCell;

/// A mutable cell holding one `Value`. Writes store the new value *before* dropping the old one,
/// so code run by the old value's deallocation (`__del__`, weakref callbacks) sees a consistent
/// slot.
pub struct Slot(UnsafeCell<Value>);

impl Slot {
    /// A slot holding `v`.
    pub fn new(v: Value) -> Slot {
        Slot(UnsafeCell::new(v))
    }

    /// A new reference to the value.
    #[inline]
    pub fn get(&self) -> Value {
        // SAFETY: the reference is used only to clone; no `&mut` to the slot exists meanwhile
        // (writes go through `replace`, which never lends the slot out).
        unsafe { (*self.0.get()).clone() }
    }

    /// Stores `v`, dropping the old value afterwards.
    #[inline]
    pub fn set(&self, v: Value) {
        drop(self.replace(v));
    }

    /// Stores `v` and returns the old value.
    #[inline]
    pub fn replace(&self, v: Value) -> Value {
        // SAFETY: single-threaded interior mutability; the swap completes before any other code
        // (such as a destructor) can run.
        unsafe { std::ptr::replace(self.0.get(), v) }
    }

    /// Calls `visit` on the value (for the collector's traversal, which runs no Python code).
    pub fn visit(&self, visit: &mut dyn FnMut(&Value)) {
        // SAFETY: traversal neither runs Python code nor writes the slot while `visit` borrows it.
        visit(unsafe { &*self.0.get() });
    }
}

impl Default for Slot {
    /// An empty (NULL) slot.
    fn default() -> Slot {
        Slot::new(Value::NULL)
    }
}
