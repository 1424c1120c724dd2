//! `slice` objects (CPython's Objects/sliceobject.c) and the index arithmetic of
//! `PySlice_GetIndicesEx`.

use crate::heap::Trace;
use crate::value::Value;

/// The payload of a `slice`.
pub struct SliceData {
    /// `start` (None if omitted).
    pub start: Value,
    /// `stop` (None if omitted).
    pub stop: Value,
    /// `step` (None if omitted).
    pub step: Value,
}

impl Trace for SliceData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.start);
        visit(&self.stop);
        visit(&self.step);
    }
}

/// Concrete indices of a slice over a sequence of `len` items: CPython's `PySlice_Unpack` then
/// `PySlice_AdjustIndices`. `step` is never 0 (the caller rejects it first).
pub fn adjust_indices(
    start: Option<i64>,
    stop: Option<i64>,
    step: i64,
    len: i64,
) -> (i64, i64, i64, usize) {
    let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let clamp = |v: Option<i64>, default: i64| match v {
        None => default,
        Some(v) if v < 0 => (v + len).max(lower),
        Some(v) => v.min(upper),
    };
    let start = clamp(start, if step < 0 { upper } else { lower });
    let stop = clamp(stop, if step < 0 { lower } else { upper });
    let count = if step < 0 {
        if stop < start {
            (start - stop - 1) / (-step) + 1
        } else {
            0
        }
    } else if start < stop {
        (stop - start - 1) / step + 1
    } else {
        0
    };
    (start, stop, step, count as usize)
}

#[cfg(test)]
mod tests {
    use super::adjust_indices;

    #[test]
    fn indices_follow_python() {
        assert_eq!(adjust_indices(None, None, 1, 5), (0, 5, 1, 5));
        assert_eq!(adjust_indices(None, None, -1, 5), (4, -1, -1, 5));
        assert_eq!(adjust_indices(Some(-2), None, 1, 5), (3, 5, 1, 2));
        assert_eq!(adjust_indices(Some(1), Some(100), 2, 5), (1, 5, 2, 2));
        assert_eq!(adjust_indices(Some(10), Some(0), -3, 5), (4, 0, -3, 2));
        assert_eq!(adjust_indices(Some(3), Some(1), 1, 5), (3, 1, 1, 0));
    }
}
