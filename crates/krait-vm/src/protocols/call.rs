//! The call protocol (CPython's Objects/call.c): calling any callable with positional values
//! followed by keyword values named by `kwnames`.

use super::payload;
use crate::error::PyResult;
use crate::eval;
use crate::native::{Args, MethodDescriptorData, MethodKind, NativeFunctionData};
use crate::objects::function::FunctionData;
use crate::types::TypeData;
use crate::value::Value;
use crate::vm::Vm;

impl Vm {
    /// `callable(*args, **kwargs)`, with `args` = positional values then keyword values named
    /// by `kwnames` (CPython's vectorcall).
    pub fn call(&self, callable: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
        if payload::<FunctionData>(callable).is_some() {
            let _depth = self.enter_recursion(" while calling a Python object")?;
            let frame = eval::frame::frame_for_call(self, callable, args, kwnames)?;
            return eval::run_frame(self, frame);
        }
        if let Some(f) = payload::<NativeFunctionData>(callable) {
            let bound = f.self_.get();
            if bound.is_null() || f.def.kind == MethodKind::Static {
                return (f.def.func)(
                    self,
                    Args {
                        values: args,
                        kwnames,
                    },
                );
            }
            let mut full = Vec::with_capacity(args.len() + 1);
            full.push(bound);
            full.extend_from_slice(args);
            return (f.def.func)(
                self,
                Args {
                    values: &full,
                    kwnames,
                },
            );
        }
        if let Some(m) = payload::<MethodDescriptorData>(callable) {
            return self.call_method_descriptor(m, args, kwnames);
        }
        if let Some(w) = payload::<crate::objects::slot_wrapper::MethodWrapperData>(callable) {
            return self.call_method_wrapper(w, args, kwnames);
        }
        if let Some(w) = payload::<crate::objects::slot_wrapper::SlotWrapperData>(callable) {
            return self.call_slot_wrapper(w, args, kwnames);
        }
        if let Some(m) = payload::<crate::objects::method::MethodData>(callable) {
            let mut full = Vec::with_capacity(args.len() + 1);
            full.push(m.self_.clone());
            full.extend_from_slice(args);
            return self.call(&m.func, &full, kwnames);
        }
        if payload::<TypeData>(callable).is_some() {
            let meta = self.type_of(callable);
            if !meta.is(&self.types.type_) {
                if let Some(f) = self.lookup_type(&meta, &self.intern("__call__"))? {
                    if payload::<crate::objects::slot_wrapper::SlotWrapperData>(&f).is_none() {
                        let mut full = Vec::with_capacity(args.len() + 1);
                        full.push(callable.clone());
                        full.extend_from_slice(args);
                        return self.call(&f, &full, kwnames);
                    }
                }
            }
            return self.call_type(callable, args, kwnames);
        }
        if let Some(f) = self.lookup_special(callable, "__call__")? {
            let mut full = Vec::with_capacity(args.len() + 1);
            full.push(callable.clone());
            full.extend_from_slice(args);
            return self.call(&f, &full, kwnames);
        }
        Err(self.type_error(&format!(
            "'{}' object is not callable",
            self.type_name(callable)
        )))
    }

    /// `cls(*args)`, as CPython's `type_call`: `type(x)`, else `__new__` found on the class,
    /// then `__init__` of the result's type when the result is an instance of `cls`.
    pub(crate) fn call_type(
        &self,
        cls: &Value,
        args: &[Value],
        kwnames: &[Value],
    ) -> PyResult<Value> {
        if cls.is(&self.types.type_) && args.len() == 1 && kwnames.is_empty() {
            return Ok(self.type_of(&args[0]));
        }
        let Some(new) = self.lookup_type(cls, &self.intern("__new__"))? else {
            let name = crate::vm::type_data(cls)
                .map(|t| t.name.borrow().clone())
                .unwrap_or_default();
            return Err(self.not_implemented(&format!("creating '{name}' objects")));
        };
        let mut full = Vec::with_capacity(args.len() + 1);
        full.push(cls.clone());
        full.extend_from_slice(args);
        let new = match payload::<crate::objects::method::WrapperData>(&new) {
            Some(w) => w.func.get(),
            None => new,
        };
        let obj = self.call(&new, &full, kwnames)?;
        if !self.is_instance_of(&obj, cls) {
            return Ok(obj);
        }
        if let Some(init) = self.lookup_type(&self.type_of(&obj), &self.intern("__init__"))? {
            full[0] = obj.clone();
            let r = self.call(&init, &full, kwnames)?;
            if !r.is_none() {
                return Err(self.type_error(&format!(
                    "__init__() should return None, not '{}'",
                    self.type_name(&r)
                )));
            }
        }
        Ok(obj)
    }

    /// Calls an unbound native method with `self` as the first positional argument, checking
    /// its type as CPython's `method_vectorcall` does.
    fn call_method_descriptor(
        &self,
        m: &MethodDescriptorData,
        args: &[Value],
        kwnames: &[Value],
    ) -> PyResult<Value> {
        let owner = m.owner.get();
        let owner_name = crate::vm::type_data(&owner)
            .map(|t| t.name.borrow().clone())
            .unwrap_or_default();
        let Some(receiver) = args
            .get(..args.len() - kwnames.len())
            .and_then(<[Value]>::first)
        else {
            return Err(self.type_error(&format!(
                "unbound method {owner_name}.{}() needs an argument",
                m.def.name
            )));
        };
        if !self.is_instance_of(receiver, &owner) {
            return Err(self.type_error(&format!(
                "descriptor '{}' for '{owner_name}' objects doesn't apply to a '{}' object",
                m.def.name,
                self.type_name(receiver)
            )));
        }
        (m.def.func)(
            self,
            Args {
                values: args,
                kwnames,
            },
        )
    }
}
