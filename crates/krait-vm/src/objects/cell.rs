//! `cell` objects: a variable captured by a closure (CPython's Objects/cellobject.c).

use crate::heap::{self, Ref, Trace};
use crate::slot::Slot;
use crate::value::Value;

/// The payload of a `cell`: one slot, NULL while the variable is unbound.
pub struct CellData {
    /// The variable's value (`cell_contents`), or NULL.
    pub contents: Slot,
}

impl Trace for CellData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        self.contents.visit(visit);
    }

    fn clear(&self) {
        self.contents.set(Value::NULL);
    }
}

/// A new cell holding `value` (NULL for an empty cell).
pub fn new_cell(value: Value) -> Ref<CellData> {
    heap::alloc(
        None,
        CellData {
            contents: Slot::new(value),
        },
    )
}
