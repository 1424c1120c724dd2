//! The lazy iterators of the built-in namespace (CPython's Objects/enumobject.c and
//! Python/bltinmodule.c `zip`, `map`, `filter`): each holds its source iterators and advances
//! them on demand.

use crate::heap::Trace;
use crate::slot::Slot;
use crate::value::Value;
use std::cell::Cell;

/// Which lazy iterator an [`IterData`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IterKind {
    /// `enumerate(it, start)`: `count` is the next index.
    Enumerate,
    /// `zip(*its, strict=...)`.
    Zip { strict: bool },
    /// `map(func, *its)`.
    Map,
    /// `filter(func, it)` (`func` None: truthiness).
    Filter,
    /// `reversed(seq)` over a list, tuple, str or range snapshot: `count` is the next index
    /// counting down.
    Reversed,
    /// `iter(seq)` of an object with `__getitem__` but no `__iter__` (CPython's `iterator`):
    /// `count` is the next index.
    Sequence,
    /// `iter(callable, sentinel)` (`callable_iterator`): the source is the sentinel.
    Callable,
}

/// The payload of an `enumerate`, `zip`, `map`, `filter`, `reversed`, `iterator` or
/// `callable_iterator` object.
pub struct IterData {
    /// Which iterator.
    pub kind: IterKind,
    /// The function of `map`/`filter`, else NULL.
    pub func: Slot,
    /// The source iterators (for `reversed`, the sequence itself); emptied when exhausted.
    pub sources: std::cell::RefCell<Vec<Value>>,
    /// `enumerate`'s next index, or `reversed`'s next position (-1 when done).
    pub count: Cell<i64>,
}

impl Trace for IterData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        self.func.visit(visit);
        if let Ok(s) = self.sources.try_borrow() {
            s.iter().for_each(visit);
        }
    }

    fn clear(&self) {
        self.func.set(Value::NULL);
        let old = std::mem::take(&mut *self.sources.borrow_mut());
        drop(old);
    }
}
