//! `complex` objects (CPython's Objects/complexobject.c).

use crate::heap::Trace;

/// The payload of a `complex`.
pub struct ComplexData {
    /// The real part.
    pub real: f64,
    /// The imaginary part.
    pub imag: f64,
}

impl Trace for ComplexData {}
