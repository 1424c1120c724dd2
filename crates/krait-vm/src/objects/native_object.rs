//! Objects whose layout is defined outside krait-vm (by krait-stdlib's modules: itertools'
//! iterators, `functools.partial`, …): one layout row holding a boxed Rust value that knows how
//! to visit and clear the Python values it holds.

use crate::heap::Trace;
use crate::value::Value;
use std::any::Any;

/// The state of an object defined by a crate above krait-vm.
pub trait NativeObject: Any {
    /// Visits every `Value` the object holds (for the cycle collector; runs no Python code).
    fn traverse(&self, visit: &mut dyn FnMut(&Value));
    /// Drops the `Value`s the object holds (to break a reference cycle).
    fn clear(&self);
    /// The object as `Any`, to downcast to its concrete type.
    fn as_any(&self) -> &dyn Any;
}

/// The payload of an object whose type comes from outside krait-vm.
pub struct NativeObjectData {
    /// The object's state.
    pub inner: Box<dyn NativeObject>,
}

impl NativeObjectData {
    /// The state, if it is a `T`.
    pub fn downcast<T: NativeObject>(&self) -> Option<&T> {
        self.inner.as_any().downcast_ref::<T>()
    }
}

impl Trace for NativeObjectData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        self.inner.traverse(visit);
    }

    fn clear(&self) {
        self.inner.clear();
    }
}
