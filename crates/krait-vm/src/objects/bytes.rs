//! `bytes` objects (CPython's Objects/bytesobject.c): an immutable byte string.

use crate::hash::HashSecret;
use crate::heap::Trace;
use std::cell::Cell;

/// The payload of a `bytes`.
pub struct BytesData {
    /// The bytes.
    pub bytes: Box<[u8]>,
    hash: Cell<i64>,
}

impl Trace for BytesData {}

impl BytesData {
    /// A payload holding `bytes`.
    pub fn new(bytes: Vec<u8>) -> BytesData {
        BytesData {
            bytes: bytes.into_boxed_slice(),
            hash: Cell::new(-1),
        }
    }

    /// `hash()`, computed once and cached (equal to the hash of the same data as a latin-1 str).
    pub fn hash(&self, secret: &HashSecret) -> i64 {
        if self.hash.get() == -1 {
            self.hash.set(secret.hash_bytes(&self.bytes));
        }
        self.hash.get()
    }
}
