//! `range` objects and their iterators (CPython's Objects/rangeobject.c), for ranges whose
//! bounds fit in `i64` (larger ones raise `NotImplementedError` at construction).

use crate::heap::Trace;
use std::cell::Cell;

/// The payload of a `range`.
pub struct RangeData {
    /// `start`.
    pub start: i64,
    /// `stop`.
    pub stop: i64,
    /// `step` (never 0).
    pub step: i64,
}

impl Trace for RangeData {}

impl RangeData {
    /// `len()` of the range, as CPython's `compute_range_length`.
    pub fn len(&self) -> u64 {
        let (lo, hi, step) = if self.step > 0 {
            (self.start as i128, self.stop as i128, self.step as i128)
        } else {
            (self.stop as i128, self.start as i128, -(self.step as i128))
        };
        if lo >= hi {
            0
        } else {
            ((hi - lo - 1) / step + 1) as u64
        }
    }

    /// Whether the range is empty.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// The payload of a `range_iterator`.
pub struct RangeIterData {
    /// The next value.
    pub next: Cell<i64>,
    /// The step.
    pub step: i64,
    /// How many values remain.
    pub remaining: Cell<u64>,
}

impl Trace for RangeIterData {}
