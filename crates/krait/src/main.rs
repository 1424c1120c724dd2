//! The `krait` binary: CPython's command line.

fn main() {}
