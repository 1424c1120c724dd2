//! Raising and matching exceptions (CPython's Python/ceval.c `do_raise`,
//! Python/errors.c `_PyErr_SetObject` context chaining, and `CHECK_EXC_MATCH`).

use super::payload;
use crate::error::{PyErr, PyResult};
use crate::objects::exception::ExceptionData;
use crate::types::TypeData;
use crate::value::Value;
use crate::vm::Vm;

impl Vm {
    /// Sets `__context__` of a newly raised exception to the exception being handled, if any
    /// (not to itself, and breaking any cycle the chain would form, as CPython does).
    pub fn chain_context(&self, err: PyErr) -> PyErr {
        self.chain_context_with(err, self.topmost_handled())
    }

    /// Chains an error that has not been raised before (one made by native code) to the
    /// exception being handled; an error that was raised in a Python frame and passed back
    /// through a call keeps the context it got then.
    pub fn chain_new(&self, err: PyErr) -> PyErr {
        match err.exception().downcast_ref::<ExceptionData>() {
            Some(e) if e.raised.get() => err,
            _ => self.chain_raised(err),
        }
    }

    /// `raise exc`: chains `exc` to the exception being handled and marks it raised.
    pub fn chain_raised(&self, err: PyErr) -> PyErr {
        self.mark_raised(&err);
        self.chain_context(err)
    }

    /// Marks `err` as raised (see [`Vm::chain_new`]).
    pub fn mark_raised(&self, err: &PyErr) {
        if let Some(e) = err.exception().downcast_ref::<ExceptionData>() {
            e.raised.set(true);
        }
    }

    /// Sets `__context__` of `err` to `handled` (unless NULL or `err` itself), breaking any
    /// cycle the chain would form (CPython's `_PyErr_SetObject` chaining).
    pub fn chain_context_with(&self, err: PyErr, handled: Value) -> PyErr {
        let exc = err.exception();
        if handled.is_null()
            || handled
                .as_header()
                .is_some_and(|h| std::ptr::eq(h, exc.header()))
        {
            return err;
        }
        // Walk the handled exception's context chain; cut it where it reaches `exc`.
        let mut o = handled.clone();
        while let Some(e) = payload::<ExceptionData>(&o) {
            let next = e.context.get();
            if next
                .as_header()
                .is_some_and(|h| std::ptr::eq(h, exc.header()))
            {
                e.context.set(Value::NULL);
                break;
            }
            o = next;
        }
        if let Some(e) = exc.downcast_ref::<ExceptionData>() {
            e.context.set(handled);
        }
        err
    }

    /// The exception being handled (`sys.exception()`): the running frame's, else that of the
    /// nearest frame below the running generators that has one (CPython's
    /// `_PyErr_GetTopmostException`), or NULL.
    pub fn topmost_handled(&self) -> Value {
        let h = self.handled.get();
        if !h.is_null() {
            return h;
        }
        let outer = self.outer_handled.borrow();
        outer
            .iter()
            .rev()
            .find(|v| !v.is_null())
            .cloned()
            .unwrap_or(Value::NULL)
    }

    /// The exception to raise for `raise exc [from cause]`: instantiates a class, checks that it
    /// derives from BaseException, and sets `__cause__`.
    pub fn make_raisable(&self, exc: Value, cause: Option<Value>) -> PyResult<PyErr> {
        let exc = if payload::<TypeData>(&exc).is_some() {
            if !self.is_subclass(&exc, &self.types.base_exception) {
                return Err(self.type_error("exceptions must derive from BaseException"));
            }
            self.call(&exc, &[], &[])?
        } else {
            exc
        };
        let Some(data) = payload::<ExceptionData>(&exc) else {
            return Err(self.type_error("exceptions must derive from BaseException"));
        };
        if let Some(cause) = cause {
            let cause = if payload::<TypeData>(&cause).is_some() {
                self.call(&cause, &[], &[])?
            } else {
                cause
            };
            if !cause.is_none() && payload::<ExceptionData>(&cause).is_none() {
                return Err(self.type_error("exception causes must derive from BaseException"));
            }
            data.cause
                .set(if cause.is_none() { Value::NULL } else { cause });
            data.suppress_context.set(true);
        }
        match exc.into_obj() {
            Ok(o) => Ok(PyErr::new(o)),
            Err(_) => Err(self.type_error("exceptions must derive from BaseException")),
        }
    }

    /// `except ty:` — whether the exception `exc` matches `ty` (a class or a tuple of classes).
    pub fn exception_matches(&self, exc: &Value, ty: &Value) -> PyResult<bool> {
        let classes = self.tuple_items(ty).unwrap_or_else(|| vec![ty.clone()]);
        for c in &classes {
            if payload::<TypeData>(c).is_none() || !self.is_subclass(c, &self.types.base_exception)
            {
                return Err(self.type_error(
                    "catching classes that do not inherit from BaseException is not allowed",
                ));
            }
        }
        Ok(classes.iter().any(|c| self.is_instance_of(exc, c)))
    }

    /// Whether the class `sub` is `sup` or derives from it (by MRO).
    pub fn is_subclass(&self, sub: &Value, sup: &Value) -> bool {
        payload::<TypeData>(sub).is_some_and(|t| t.is_subtype_of(sup))
    }

    /// Whether `v` is a class deriving from `BaseException`.
    pub fn is_exception_class(&self, v: &Value) -> bool {
        self.is_subclass(v, &self.types.base_exception)
    }
}
