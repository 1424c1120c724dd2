//! The standard streams `sys.stdin`, `sys.stdout` and `sys.stderr`, until `_io` exists
//! (issue 5): text streams over file descriptors 0–2 with the methods programs use
//! (`write`, `flush`, `read`, `readline`, `fileno`, `isatty`, `readable`, `writable`), named as
//! CPython's `_io.TextIOWrapper`.

use crate::heap::Trace;

/// The payload of a standard stream.
pub struct StdStreamData {
    /// The file descriptor: 0, 1 or 2.
    pub fd: i32,
}

impl Trace for StdStreamData {}
