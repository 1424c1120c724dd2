//! Traceback entries (CPython's Python/traceback.c `PyTracebackObject`): one per frame an
//! exception passed through, newest (outermost) first.

use crate::heap::Trace;
use crate::slot::Slot;
use crate::value::Value;

/// The payload of a `traceback`.
pub struct TracebackData {
    /// `tb_next`: the entry for the frame the exception came from, or NULL.
    pub next: Slot,
    /// The code object of the frame.
    pub code: Value,
    /// `tb_frame`: the `frame` object of the activation the exception passed through.
    pub frame: Slot,
    /// `tb_lasti / 2`: the index of the instruction that raised or propagated it.
    pub lasti: u32,
}

impl Trace for TracebackData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        self.next.visit(visit);
        visit(&self.code);
        self.frame.visit(visit);
    }

    fn clear(&self) {
        self.next.set(Value::NULL);
        self.frame.set(Value::NULL);
    }
}
