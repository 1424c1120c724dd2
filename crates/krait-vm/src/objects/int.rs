//! `int` objects too large for an inline `Value` (CPython's Objects/longobject.c). Ints in
//! `SMALL_INT_MIN..=SMALL_INT_MAX` are always inline; a heap int always holds a value outside
//! that range, except in an instance of an `int` subclass, which is always on the heap.

use crate::heap::Trace;
use num_bigint::BigInt;

/// The payload of a heap `int`.
pub struct IntData {
    /// The value.
    pub value: BigInt,
}

impl Trace for IntData {}
