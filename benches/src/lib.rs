//! Shared helpers for krait benchmarks (finding the CPython standard library).
