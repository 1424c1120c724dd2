//! Python exceptions as Rust errors (design decision 6): fallible functions return
//! `PyResult<T>`, and `PyErr` is one word, a counted reference to the exception instance.

use crate::heap::ObjRef;
use crate::value::Value;

/// A raised Python exception: a reference to the exception instance.
pub struct PyErr {
    exc: ObjRef,
}

const _: () = assert!(std::mem::size_of::<PyErr>() == 8);
const _: () = assert!(std::mem::size_of::<PyResult<Value>>() == 16);

/// The result of anything that can raise.
pub type PyResult<T> = Result<T, PyErr>;

impl PyErr {
    /// The error that raises `exc` (an exception instance).
    #[cold]
    pub fn new(exc: ObjRef) -> PyErr {
        PyErr { exc }
    }

    /// The exception instance.
    pub fn exception(&self) -> &ObjRef {
        &self.exc
    }

    /// A new reference to the exception instance, as a value.
    pub fn exception_value(&self) -> Value {
        Value::from_obj(self.exc.clone())
    }

    /// The exception instance, as a value.
    pub fn into_value(self) -> Value {
        Value::from_obj(self.exc)
    }
}

impl std::fmt::Debug for PyErr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "PyErr({:?})", self.exc.header().layout().name)
    }
}
