//! `bytearray` objects (CPython's Objects/bytearrayobject.c): a mutable byte string.

use crate::heap::Trace;
use crate::protocols::payload;
use crate::value::Value;
use crate::vm::Vm;
use std::cell::RefCell;

/// The payload of a `bytearray`.
pub struct ByteArrayData {
    /// The bytes. No borrow is held across a call into Python code.
    pub bytes: RefCell<Vec<u8>>,
}

impl Trace for ByteArrayData {}

impl ByteArrayData {
    /// A payload holding `bytes`.
    pub fn new(bytes: Vec<u8>) -> ByteArrayData {
        ByteArrayData {
            bytes: RefCell::new(bytes),
        }
    }
}

/// Whether `v` is a bytearray (or an instance of a subclass).
pub fn is_bytearray(v: &Value) -> bool {
    payload::<ByteArrayData>(v).is_some()
}

/// A copy of the contents of a bytearray, or `None` for anything else.
pub fn contents(v: &Value) -> Option<Vec<u8>> {
    payload::<ByteArrayData>(v).map(|b| b.bytes.borrow().clone())
}

/// A new `bytearray` holding `data`.
pub fn new_bytearray(vm: &Vm, data: Vec<u8>) -> Value {
    crate::heap::alloc(vm.types.bytearray.to_obj(), ByteArrayData::new(data)).into_value()
}
