//! Bound methods (CPython's Objects/classobject.c) and the descriptor wrappers `property`,
//! `classmethod` and `staticmethod` (Objects/descrobject.c, funcobject.c).

use crate::heap::Trace;
use crate::slot::Slot;
use crate::value::Value;

/// The payload of a bound `method`: calling it calls `func` with `self_` first.
pub struct MethodData {
    /// `__func__`.
    pub func: Value,
    /// `__self__`.
    pub self_: Value,
}

impl Trace for MethodData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.func);
        visit(&self.self_);
    }
}

/// Which descriptor wrapper a [`WrapperData`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WrapperKind {
    /// `property(fget, fset, fdel, doc)`.
    Property,
    /// `classmethod(f)`.
    ClassMethod,
    /// `staticmethod(f)`.
    StaticMethod,
}

/// The payload of a `property`, `classmethod` or `staticmethod`.
pub struct WrapperData {
    /// Which wrapper.
    pub kind: WrapperKind,
    /// The wrapped function (`fget` for a property).
    pub func: Slot,
    /// A property's `fset`.
    pub fset: Slot,
    /// A property's `fdel`.
    pub fdel: Slot,
    /// `__doc__`.
    pub doc: Slot,
}

impl Trace for WrapperData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        for s in [&self.func, &self.fset, &self.fdel, &self.doc] {
            s.visit(visit);
        }
    }

    fn clear(&self) {
        for s in [&self.func, &self.fset, &self.fdel, &self.doc] {
            s.set(Value::NULL);
        }
    }
}
