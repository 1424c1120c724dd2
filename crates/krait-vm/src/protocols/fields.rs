//! The attributes built-in objects expose as fields (CPython's member and getset descriptors of
//! functions, methods, exceptions, code objects, classes, …), read and assigned by the attribute
//! protocol (attr.rs) after the type's descriptors and the instance dict.

use super::payload;
use crate::error::PyResult;
use crate::objects::exception::ExceptionData;
use crate::objects::function::FunctionData;
use crate::objects::method::MethodData;
use crate::value::Value;
use crate::vm::{type_data, Vm};

impl Vm {
    /// Assigning (or deleting, for NULL) a function's own attributes (`__defaults__`,
    /// `__kwdefaults__`, `__name__`, `__qualname__`, `__doc__`, `__module__`, `__code__`,
    /// `__annotations__`), with CPython's type checks. `false` for other names.
    pub(super) fn set_function_field(
        &self,
        f: &FunctionData,
        name: &Value,
        value: &Value,
    ) -> PyResult<bool> {
        let n = self.str_of(name);
        let none_to_null = |v: &Value| if v.is_none() { Value::NULL } else { v.clone() };
        let slot = match n.as_str() {
            "__defaults__" => {
                if !value.is_null()
                    && !value.is_none()
                    && !self.type_of(value).is(&self.types.tuple)
                {
                    return Err(self.type_error("__defaults__ must be set to a tuple object"));
                }
                &f.defaults
            }
            "__kwdefaults__" => {
                if !value.is_null()
                    && !value.is_none()
                    && payload::<crate::objects::dict::DictData>(value).is_none()
                {
                    return Err(self.type_error("__kwdefaults__ must be set to a dict object"));
                }
                &f.kwdefaults
            }
            "__annotations__" => {
                if !value.is_null()
                    && !value.is_none()
                    && payload::<crate::objects::dict::DictData>(value).is_none()
                {
                    return Err(self.type_error("__annotations__ must be set to a dict object"));
                }
                &f.annotations
            }
            "__name__" | "__qualname__" => {
                if value.is_null() || !self.type_of(value).is(&self.types.str) {
                    return Err(self.type_error(&format!("{n} must be set to a string object")));
                }
                if n == "__name__" {
                    &f.name
                } else {
                    &f.qualname
                }
            }
            "__doc__" => {
                f.doc.set(if value.is_null() {
                    Value::NONE
                } else {
                    value.clone()
                });
                return Ok(true);
            }
            "__module__" => {
                f.module.set(if value.is_null() {
                    Value::NONE
                } else {
                    value.clone()
                });
                return Ok(true);
            }
            "__code__" => {
                if value.is_null() || payload::<crate::objects::code::CodeData>(value).is_none() {
                    return Err(self.type_error("__code__ must be set to a code object"));
                }
                &f.code
            }
            _ => return Ok(false),
        };
        slot.set(none_to_null(value));
        Ok(true)
    }

    /// `func.__annotations__`: a dict made (once) from the annotations `MAKE_FUNCTION` stored
    /// (a dict, or a tuple of name/value pairs as CPython 3.11's compiler emits).
    fn function_annotations(&self, f: &FunctionData) -> Value {
        let a = f.annotations.get();
        if payload::<crate::objects::dict::DictData>(&a).is_some() {
            return a;
        }
        let d = self.new_dict();
        if let Some(items) = self.tuple_items(&a) {
            for pair in items.chunks(2) {
                if let [k, v] = pair {
                    let _ = self.dict_set_item(&d, k.clone(), v.clone());
                }
            }
        }
        f.annotations.set(d.clone());
        d
    }

    /// The special attributes every class has (CPython's `type_getsets`).
    pub(super) fn type_field(&self, cls: &Value, name: &Value) -> Option<Value> {
        let t = type_data(cls)?;
        Some(match self.str_of(name).as_str() {
            // A static type's name is CPython's `tp_name`, "module.name" for the types of
            // native modules; `__name__` is the part after the last dot.
            "__name__" => {
                let n = t.name.borrow();
                match n.rsplit_once('.') {
                    Some((_, short)) if !t.has_flag(crate::types::flags::HEAPTYPE) => {
                        self.new_str(short)
                    }
                    _ => self.new_str(&n),
                }
            }
            "__qualname__" => self.new_str(&t.qualname.borrow()),
            "__mro__" => self.new_tuple(t.mro.borrow().clone()),
            "__bases__" => self.new_tuple(t.bases.borrow().clone()),
            "__base__" => t.bases.borrow().first().cloned().unwrap_or(Value::NONE),
            "__dict__" => t.dict(),
            "__module__" => self.new_str("builtins"),
            "__doc__" => Value::NONE,
            _ => return None,
        })
    }

    /// Fields of built-in objects exposed as attributes (CPython's member and getset
    /// descriptors of those types).
    pub(crate) fn builtin_field(&self, obj: &Value, name: &Value) -> Option<Value> {
        let n = self.str_of(name);
        let or_none = |v: Value| if v.is_null() { Value::NONE } else { v };
        if n == "__class__" {
            return Some(self.type_of(obj));
        }
        if let Some(v) = self.callable_field(obj, &n) {
            return Some(v);
        }
        if let Some(m) = payload::<crate::objects::member::MemberDescrData>(obj) {
            return crate::objects::member::field(self, m, &n);
        }
        if let Some(w) = payload::<crate::objects::method::WrapperData>(obj) {
            use crate::objects::method::WrapperKind;
            let func = w.func.get();
            return Some(match (w.kind, n.as_str()) {
                (WrapperKind::Property, "fget") => or_none(func),
                (WrapperKind::Property, "fset") => or_none(w.fset.get()),
                (WrapperKind::Property, "fdel") => or_none(w.fdel.get()),
                (WrapperKind::Property, "__doc__") => {
                    let doc = w.doc.get();
                    if !doc.is_null() && !doc.is_none() {
                        doc
                    } else if func.is_null() || func.is_none() {
                        Value::NONE
                    } else {
                        self.get_attr(&func, name).unwrap_or(Value::NONE)
                    }
                }
                (_, "__func__" | "__wrapped__") if w.kind != WrapperKind::Property => func,
                (_, "__doc__" | "__name__" | "__qualname__" | "__module__")
                    if w.kind != WrapperKind::Property =>
                {
                    return self.get_attr(&func, name).ok();
                }
                (_, "__isabstractmethod__") => {
                    let abs = if func.is_null() {
                        None
                    } else {
                        self.get_attr_opt(&func, "__isabstractmethod__")
                            .ok()
                            .flatten()
                    };
                    Value::bool(abs.is_some_and(|v| self.is_true(&v).unwrap_or(false)))
                }
                _ => return None,
            });
        }
        if let Some(e) = payload::<ExceptionData>(obj) {
            return Some(match n.as_str() {
                "args" => or_none(e.args.get()),
                "__traceback__" => or_none(e.traceback.get()),
                "__cause__" => or_none(e.cause.get()),
                "__context__" => or_none(e.context.get()),
                "__suppress_context__" => Value::bool(e.suppress_context.get()),
                "__dict__" => {
                    if e.dict.get().is_null() {
                        e.dict.set(self.new_dict());
                    }
                    e.dict.get()
                }
                "value" if self.is_instance_of(obj, &self.types.stop_iteration) => {
                    crate::eval::gen::stop_iteration_value(self, obj)
                }
                "code" if self.is_instance_of(obj, &self.types.system_exit) => {
                    let args = self.tuple_items(&e.args.get()).unwrap_or_default();
                    match args.len() {
                        0 => Value::NONE,
                        1 => args[0].clone(),
                        _ => e.args.get(),
                    }
                }
                _ => return None,
            });
        }
        if let Some(g) = crate::eval::gen::gen_data(obj) {
            return crate::methods::generator::field(self, g, &n);
        }
        if let Some(fo) = crate::objects::frame::frame_obj_data(obj) {
            return crate::methods::frame::field(self, fo, &n);
        }
        if let Some(tb) = payload::<crate::objects::traceback::TracebackData>(obj) {
            return crate::methods::frame::traceback_field(self, tb, &n);
        }
        if let Some(c) = payload::<crate::objects::code::CodeData>(obj) {
            return c.field(self, &n);
        }
        if let Some(s) = payload::<crate::objects::stdio::StdStreamData>(obj) {
            return crate::methods::stdio::stream_field(self, s, &n);
        }
        if let Some(v) = crate::objects::structseq::field(self, obj, &n) {
            return Some(v);
        }
        if let Some(v) = super::slice::field(obj, &n) {
            return Some(v);
        }
        if let Some(v) = crate::methods::memoryview::field(self, obj, &n) {
            return Some(v);
        }
        if let Some(f) = payload::<FunctionData>(obj) {
            return Some(match n.as_str() {
                "__name__" => f.name.get(),
                "__qualname__" => f.qualname.get(),
                "__doc__" => or_none(f.doc.get()),
                "__module__" => or_none(f.module.get()),
                "__defaults__" => or_none(f.defaults.get()),
                "__kwdefaults__" => or_none(f.kwdefaults.get()),
                "__closure__" => or_none(f.closure.get()),
                "__globals__" => f.globals.get(),
                "__code__" => f.code.get(),
                "__annotations__" => self.function_annotations(f),
                "__dict__" => {
                    if f.dict.get().is_null() {
                        f.dict.set(self.new_dict());
                    }
                    f.dict.get()
                }
                _ => return None,
            });
        }
        if let Some(m) = payload::<MethodData>(obj) {
            return Some(match n.as_str() {
                "__func__" => m.func.clone(),
                "__self__" => m.self_.clone(),
                _ => return self.get_attr(&m.func, name).ok(),
            });
        }
        if n == "__dict__" {
            let slot = self.dict_slot(obj)?;
            if slot.get().is_null() {
                slot.set(self.new_dict());
            }
            return Some(slot.get());
        }
        None
    }

    /// The fields of natively implemented callables: `builtin_function_or_method`,
    /// `method_descriptor`, `wrapper_descriptor` and `method-wrapper` (`__name__`,
    /// `__qualname__`, `__self__`, `__objclass__`, `__doc__`, `__text_signature__`).
    fn callable_field(&self, obj: &Value, n: &str) -> Option<Value> {
        use crate::native::{MethodDef, MethodDescriptorData, NativeFunctionData};
        use crate::objects::slot_wrapper::{slot_shape, MethodWrapperData, SlotWrapperData};
        let type_qualname = |t: &Value| {
            type_data(t)
                .map(|d| d.qualname.borrow().clone())
                .unwrap_or_default()
        };
        // (declaration, owner type or NULL, bound self or NULL)
        let (def, owner, bound): (&MethodDef, Value, Option<Value>) =
            if let Some(f) = payload::<NativeFunctionData>(obj) {
                (f.def, Value::NULL, Some(f.self_.get()))
            } else if let Some(m) = payload::<MethodDescriptorData>(obj) {
                (m.def, m.owner.get(), None)
            } else if let Some(w) = payload::<SlotWrapperData>(obj) {
                (w.def, w.owner.get(), None)
            } else if let Some(w) = payload::<MethodWrapperData>(obj) {
                (w.def, w.owner.get(), Some(w.self_.get()))
            } else {
                return None;
            };
        let (sig, doc) = match slot_shape(def.name) {
            Some((sig, doc, _)) if payload::<NativeFunctionData>(obj).is_none() => (sig, doc),
            _ => (def.signature, def.doc),
        };
        let module_function = bound.as_ref().is_none_or(|b| {
            b.is_null() || payload::<crate::objects::module::ModuleData>(b).is_some()
        });
        Some(match n {
            "__name__" => self.new_str(def.name),
            "__qualname__" => {
                let prefix = if !owner.is_null() {
                    type_qualname(&owner)
                } else if module_function {
                    return Some(self.new_str(def.name));
                } else {
                    let b = bound.clone().unwrap_or(Value::NONE);
                    if type_data(&b).is_some() {
                        type_qualname(&b)
                    } else {
                        type_qualname(&self.type_of(&b))
                    }
                };
                self.new_str(&format!("{prefix}.{}", def.name))
            }
            "__self__" if bound.is_some() => {
                let b = bound.unwrap_or(Value::NULL);
                if b.is_null() {
                    self.dict_get_item(&self.sys_modules(), &self.intern("builtins"))
                        .ok()
                        .flatten()
                        .unwrap_or(Value::NONE)
                } else {
                    b
                }
            }
            "__objclass__" if !owner.is_null() => owner,
            "__module__" if payload::<NativeFunctionData>(obj).is_some() => match bound {
                Some(b) if !b.is_null() => {
                    match payload::<crate::objects::module::ModuleData>(&b) {
                        Some(m) => self
                            .dict_get_item(&m.dict.get(), &self.intern("__name__"))
                            .ok()
                            .flatten()
                            .unwrap_or(Value::NONE),
                        None => Value::NONE,
                    }
                }
                _ => self.new_str("builtins"),
            },
            "__doc__" => {
                if doc.is_empty() {
                    Value::NONE
                } else {
                    self.new_str(doc)
                }
            }
            "__text_signature__" => {
                if sig.is_empty() {
                    Value::NONE
                } else {
                    self.new_str(sig)
                }
            }
            _ => return None,
        })
    }
}
