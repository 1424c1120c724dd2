//! `float` objects on the heap. Floats are normally inline `Value`s; only instances of `float`
//! subclasses live on the heap, with this payload (CPython's Objects/floatobject.c).

use crate::heap::Trace;

/// The payload of a heap `float`.
pub struct FloatData {
    /// The value.
    pub value: f64,
}

impl Trace for FloatData {}
