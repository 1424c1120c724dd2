//! Exception instances (CPython's Objects/exceptions.c `PyBaseExceptionObject`).

use crate::heap::Trace;
use crate::slot::Slot;
use crate::value::Value;
use std::cell::Cell;

/// The payload of every exception instance, built-in or user-defined (all exception classes
/// share this layout, and every exception has a `__dict__`).
#[derive(Default)]
pub struct ExceptionData {
    /// `args`: a tuple.
    pub args: Slot,
    /// `__traceback__`: a traceback object, or NULL for None.
    pub traceback: Slot,
    /// `__cause__`, or NULL for None.
    pub cause: Slot,
    /// `__context__`, or NULL for None.
    pub context: Slot,
    /// `__suppress_context__`.
    pub suppress_context: Cell<bool>,
    /// `__dict__` (holds `__notes__` and user attributes), or NULL until first used.
    pub dict: Slot,
    /// Whether the exception has been raised (and so chained to the exception being handled
    /// then) since it was made: an error passing through a call is not chained again, as in
    /// CPython, where chaining happens only where an exception is set.
    pub raised: Cell<bool>,
    /// The `__slots__` members of an instance of a Python subclass (objects/member.rs).
    pub members: crate::heap::MemberSlots,
}

impl Trace for ExceptionData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        for s in [
            &self.args,
            &self.traceback,
            &self.cause,
            &self.context,
            &self.dict,
        ] {
            s.visit(visit);
        }
        self.members.visit(visit);
    }

    fn clear(&self) {
        for s in [
            &self.args,
            &self.traceback,
            &self.cause,
            &self.context,
            &self.dict,
        ] {
            s.set(Value::NULL);
        }
        self.members.clear();
    }
}
