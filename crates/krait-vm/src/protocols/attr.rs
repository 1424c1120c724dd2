//! Attribute access (CPython's `PyObject_GenericGetAttr`, Objects/object.c), so far for what
//! built-in objects offer: methods of built-in types (bound on access) and exception fields.
//! Python classes, instance dicts and the full descriptor protocol come with the object model.

use super::payload;
use crate::error::PyResult;
use crate::heap;
use crate::native::{MethodDescriptorData, NativeFunctionData};
use crate::objects::exception::ExceptionData;
use crate::slot::Slot;
use crate::value::Value;
use crate::vm::Vm;

impl Vm {
    /// `getattr(obj, name)`.
    pub fn get_attr(&self, obj: &Value, name: &Value) -> PyResult<Value> {
        let ty = self.type_of(obj);
        if let Some(descr) = self.lookup_type(&ty, name)? {
            if let Some(m) = payload::<MethodDescriptorData>(&descr) {
                let bound = NativeFunctionData {
                    def: m.def,
                    self_: Slot::new(obj.clone()),
                };
                return Ok(heap::alloc(self.types.builtin_function.to_obj(), bound).into_value());
            }
            return Err(self.not_implemented(&format!(
                "attribute access through a '{}' descriptor",
                self.type_name(&descr)
            )));
        }
        if let Some(e) = payload::<ExceptionData>(obj) {
            let field = match self.str_of(name).as_str() {
                "args" => Some(e.args.get()),
                "__traceback__" => Some(e.traceback.get()),
                "__cause__" => Some(e.cause.get()),
                "__context__" => Some(e.context.get()),
                "__suppress_context__" => Some(Value::bool(e.suppress_context.get())),
                _ => None,
            };
            if let Some(v) = field {
                return Ok(if v.is_null() { Value::NONE } else { v });
            }
        }
        Err(self.new_error(
            &self.types.attribute_error,
            &format!(
                "'{}' object has no attribute '{}'",
                self.type_name(obj),
                self.str_of(name)
            ),
        ))
    }

    /// `LOAD_METHOD`: `(method, obj)` when `obj.name` is a method found on the type (so the call
    /// passes `obj` without creating a bound method), else `(obj.name, NULL)`.
    pub fn get_method(&self, obj: &Value, name: &Value) -> PyResult<(Value, Value)> {
        let ty = self.type_of(obj);
        if let Some(descr) = self.lookup_type(&ty, name)? {
            if payload::<MethodDescriptorData>(&descr).is_some() {
                return Ok((descr, obj.clone()));
            }
        }
        Ok((Value::NULL, self.get_attr(obj, name)?))
    }
}
