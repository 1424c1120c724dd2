//! Plain `object()` instances (CPython's Objects/typeobject.c `object_new`): no state of their
//! own; instances of Python classes that derive only from `object` use `Sub<ObjectData>`.

use crate::heap::Trace;

/// The (empty) payload of an `object()`.
pub struct ObjectData;

impl Trace for ObjectData {}
