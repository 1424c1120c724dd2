//! Attribute access (CPython's Objects/object.c `PyObject_GenericGetAttr`/`GenericSetAttr` and
//! Objects/typeobject.c `type_getattro`): data descriptors on the type win over the instance's
//! `__dict__`, which wins over non-data descriptors (functions bind into methods) and plain class
//! attributes; then `__getattr__`.

use super::payload;
use crate::error::{PyErr, PyResult};
use crate::heap;
use crate::native::{MethodDescriptorData, NativeFunctionData};
use crate::objects::exception::ExceptionData;
use crate::objects::function::FunctionData;
use crate::objects::member::{self, MemberDescrData};
use crate::objects::method::{MethodData, WrapperData, WrapperKind};
use crate::objects::slot_wrapper::SlotWrapperData;
use crate::slot::Slot;
use crate::types::TypeData;
use crate::value::Value;
use crate::vm::{type_data, Vm};

impl Vm {
    /// `getattr(obj, name)`.
    pub fn get_attr(&self, obj: &Value, name: &Value) -> PyResult<Value> {
        if let Some(referent) = crate::methods::weakproxy::target(self, obj)? {
            return self.get_attr(&referent, name);
        }
        if let Some(s) = payload::<crate::types::super_::SuperData>(obj) {
            return self.super_get_attr(obj, s, name);
        }
        let ty = self.type_of(obj);
        if let Some(ga) = self.lookup_type(&ty, &self.intern("__getattribute__"))? {
            if payload::<FunctionData>(&ga).is_some() {
                return match self.call(&ga, &[obj.clone(), name.clone()], &[]) {
                    Err(e) if self.is_attribute_error(&e) => self.getattr_fallback(obj, name, e),
                    r => r,
                };
            }
        }
        match self.generic_get_attr(obj, &ty, name) {
            Err(e) if self.is_attribute_error(&e) => self.getattr_fallback(obj, name, e),
            r => r,
        }
    }

    /// A module attribute that is not in the module's dict: the module's own `__getattr__`
    /// (PEP 562), else CPython's "module 'm' has no attribute 'x'".
    fn module_getattr_fallback(&self, module: &Value, name: &Value) -> PyResult<Value> {
        if let Some(d) = self.module_dict(module) {
            if let Some(f) = self.dict_get_item(&d, &self.intern("__getattr__"))? {
                return self.call(&f, std::slice::from_ref(name), &[]);
            }
        }
        let modname = self.module_name(module);
        let msg = match modname {
            Some(m) => format!("module '{m}' has no attribute '{}'", self.str_of(name)),
            None => format!("module has no attribute '{}'", self.str_of(name)),
        };
        let err = self.new_error(&self.types.attribute_error, &msg);
        Err(err)
    }

    /// `getattr(obj, name, None)` without the default's ambiguity: `None` when the lookup
    /// raised `AttributeError`.
    pub fn get_attr_opt(&self, obj: &Value, name: &str) -> PyResult<Option<Value>> {
        match self.get_attr(obj, &self.intern(name)) {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.is_attribute_error(&e) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// `obj.name(*args)`.
    pub fn call_method(&self, obj: &Value, name: &str, args: &[Value]) -> PyResult<Value> {
        let f = self.get_attr(obj, &self.intern(name))?;
        self.call(&f, args, &[])
    }

    fn is_attribute_error(&self, e: &PyErr) -> bool {
        self.is_instance_of(
            &Value::from_obj(e.exception().clone()),
            &self.types.attribute_error,
        )
    }

    /// `__getattr__`, when the class defines it, after normal lookup failed with `e`.
    fn getattr_fallback(&self, obj: &Value, name: &Value, e: PyErr) -> PyResult<Value> {
        if payload::<TypeData>(obj).is_none() {
            if let Some(f) = self.lookup_special(obj, "__getattr__")? {
                return self.call(&f, &[obj.clone(), name.clone()], &[]);
            }
        }
        Err(e)
    }

    pub(crate) fn generic_get_attr(
        &self,
        obj: &Value,
        ty: &Value,
        name: &Value,
    ) -> PyResult<Value> {
        if payload::<TypeData>(obj).is_some() {
            return self.type_get_attr(obj, name);
        }
        let descr = self.lookup_type(ty, name)?;
        if let Some(d) = &descr {
            if let Some(m) = payload::<MemberDescrData>(d).filter(|m| m.index.is_some()) {
                return member::member_get(self, m, obj);
            }
            if self.is_data_descriptor(d)? {
                return self.descr_get(d, obj, ty);
            }
        }
        if let Some(v) = self.instance_dict_get(obj, name)? {
            return Ok(v);
        }
        if let Some(v) = self.builtin_field(obj, name) {
            return Ok(v);
        }
        if let Some(d) = descr {
            return self.descr_get(&d, obj, ty);
        }
        if payload::<crate::objects::module::ModuleData>(obj).is_some() {
            return self.module_getattr_fallback(obj, name);
        }
        if let Some(c) = payload::<crate::objects::cell::CellData>(obj) {
            if self.str_of(name) == "cell_contents" {
                let v = c.contents.get();
                if v.is_null() {
                    return Err(self.value_error("Cell is empty"));
                }
                return Ok(v);
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

    /// Attribute lookup on a class: the metaclass's data descriptors, then the class's MRO (with
    /// descriptors bound to the class), then the metaclass's other attributes.
    fn type_get_attr(&self, cls: &Value, name: &Value) -> PyResult<Value> {
        let meta = self.type_of(cls);
        let meta_attr = self.lookup_type(&meta, name)?;
        if let Some(m) = &meta_attr {
            if self.is_data_descriptor(m)? {
                return self.descr_get(m, cls, &meta);
            }
        }
        if let Some(v) = self.lookup_type(cls, name)? {
            return self.descr_get_on_class(&v, cls);
        }
        if let Some(v) = self.type_field(cls, name) {
            return Ok(v);
        }
        if let Some(m) = meta_attr {
            return self.descr_get(&m, cls, &meta);
        }
        let cls_name = type_data(cls)
            .map(|t| t.name.borrow().clone())
            .unwrap_or_default();
        Err(self.new_error(
            &self.types.attribute_error,
            &format!(
                "type object '{cls_name}' has no attribute '{}'",
                self.str_of(name)
            ),
        ))
    }

    /// A class attribute as seen through the class: functions stay plain, class methods bind to
    /// the class, static methods unwrap, other descriptors get `__get__(None, cls)`.
    pub(crate) fn descr_get_on_class(&self, v: &Value, cls: &Value) -> PyResult<Value> {
        if let Some(w) = payload::<WrapperData>(v) {
            return Ok(match w.kind {
                WrapperKind::ClassMethod => self.classmethod_get(w.func.get(), cls)?,
                WrapperKind::StaticMethod => w.func.get(),
                WrapperKind::Property => v.clone(),
            });
        }
        if let Some(m) = payload::<MethodDescriptorData>(v) {
            if m.def.kind == crate::native::MethodKind::Class {
                let bound = NativeFunctionData {
                    def: m.def,
                    self_: Slot::new(cls.clone()),
                };
                return Ok(heap::alloc(self.types.builtin_function.to_obj(), bound).into_value());
            }
        }
        if payload::<FunctionData>(v).is_some()
            || payload::<MethodDescriptorData>(v).is_some()
            || payload::<SlotWrapperData>(v).is_some()
            || payload::<MemberDescrData>(v).is_some()
        {
            return Ok(v.clone());
        }
        if let Some(get) = self.lookup_special(v, "__get__")? {
            return self.call(&get, &[v.clone(), Value::NONE, cls.clone()], &[]);
        }
        Ok(v.clone())
    }

    /// Whether `d` is a data descriptor: a property, or its type defines `__set__`/`__delete__`.
    fn is_data_descriptor(&self, d: &Value) -> PyResult<bool> {
        if let Some(w) = payload::<WrapperData>(d) {
            return Ok(w.kind == WrapperKind::Property);
        }
        if let Some(m) = payload::<MemberDescrData>(d) {
            // The read-only fields of built-in types are looked up as fields first
            // (protocols/fields.rs), so they act as non-data descriptors.
            return Ok(m.index.is_some());
        }
        if payload::<FunctionData>(d).is_some()
            || payload::<MethodDescriptorData>(d).is_some()
            || payload::<SlotWrapperData>(d).is_some()
            || d.as_header().is_none()
        {
            return Ok(false);
        }
        Ok(self.lookup_special(d, "__set__")?.is_some()
            || self.lookup_special(d, "__delete__")?.is_some())
    }

    /// `d.__get__(obj, ty)` for a descriptor found on `type(obj)` (or `d` itself if it is not one).
    pub(crate) fn descr_get(&self, d: &Value, obj: &Value, ty: &Value) -> PyResult<Value> {
        if payload::<FunctionData>(d).is_some() {
            return Ok(self.bind(d.clone(), obj.clone()));
        }
        if let Some(w) = payload::<SlotWrapperData>(d) {
            return Ok(self.bind_slot_wrapper(w, obj));
        }
        if let Some(m) = payload::<MemberDescrData>(d) {
            return member::member_get(self, m, obj);
        }
        if let Some(m) = payload::<MethodDescriptorData>(d) {
            // A class method (`classmethod_descriptor`) binds to the class.
            let to = if m.def.kind == crate::native::MethodKind::Class {
                ty.clone()
            } else {
                obj.clone()
            };
            let bound = NativeFunctionData {
                def: m.def,
                self_: Slot::new(to),
            };
            return Ok(heap::alloc(self.types.builtin_function.to_obj(), bound).into_value());
        }
        if let Some(w) = payload::<WrapperData>(d) {
            return match w.kind {
                WrapperKind::Property => {
                    let fget = w.func.get();
                    if fget.is_null() || fget.is_none() {
                        return Err(
                            self.new_error(&self.types.attribute_error, "unreadable attribute")
                        );
                    }
                    self.call(&fget, std::slice::from_ref(obj), &[])
                }
                WrapperKind::ClassMethod => self.classmethod_get(w.func.get(), ty),
                WrapperKind::StaticMethod => Ok(w.func.get()),
            };
        }
        if d.as_header().is_some() {
            if let Some(get) = self.lookup_special(d, "__get__")? {
                return self.call(&get, &[d.clone(), obj.clone(), ty.clone()], &[]);
            }
        }
        Ok(d.clone())
    }

    /// `classmethod(func).__get__(…, cls)`: `func` bound to `cls`, or, when `func` is itself a
    /// descriptor other than a function (`@classmethod @property`), `func.__get__(cls, type(cls))`
    /// as CPython 3.11 chains them.
    fn classmethod_get(&self, func: Value, cls: &Value) -> PyResult<Value> {
        if payload::<FunctionData>(&func).is_none() && func.as_header().is_some() {
            let has_get = payload::<WrapperData>(&func).is_some()
                || self.lookup_special(&func, "__get__")?.is_some();
            if has_get {
                return self.descr_get(&func, cls, &self.type_of(cls));
            }
        }
        Ok(self.bind(func, cls.clone()))
    }

    /// A bound method of `func` on `obj`.
    pub fn bind(&self, func: Value, obj: Value) -> Value {
        heap::alloc(self.types.method.to_obj(), MethodData { func, self_: obj }).into_value()
    }

    /// The instance `__dict__` slot of `obj`, if it has one.
    pub(super) fn dict_slot<'a>(&self, obj: &'a Value) -> Option<&'a Slot> {
        let h = obj.as_header()?;
        if let Some(a) = h.instance_attrs() {
            let no_dict = h
                .ty_header()
                .and_then(|t| t.downcast_ref::<TypeData>())
                .is_some_and(|t| t.has_flag(crate::types::flags::NO_DICT));
            return (!no_dict).then_some(&a.dict);
        }
        if let Some(e) = h.downcast_ref::<ExceptionData>() {
            return Some(&e.dict);
        }
        if let Some(m) = h.downcast_ref::<crate::objects::module::ModuleData>() {
            return Some(&m.dict);
        }
        h.downcast_ref::<FunctionData>().map(|f| &f.dict)
    }

    fn instance_dict_get(&self, obj: &Value, name: &Value) -> PyResult<Option<Value>> {
        let Some(slot) = self.dict_slot(obj) else {
            return Ok(None);
        };
        let d = slot.get();
        if d.is_null() {
            return Ok(None);
        }
        self.dict_get_item(&d, name)
    }

    /// `LOAD_METHOD`: `(function, obj)` when `obj.name` is a plain method found on the type and
    /// not shadowed by the instance (so the call passes `obj` without a bound method), else
    /// `(NULL, obj.name)`.
    pub fn get_method(&self, obj: &Value, name: &Value) -> PyResult<(Value, Value)> {
        let ty = self.type_of(obj);
        if payload::<TypeData>(obj).is_none()
            && payload::<crate::types::super_::SuperData>(obj).is_none()
        {
            if let Some(descr) = self.lookup_type(&ty, name)? {
                let plain = payload::<MethodDescriptorData>(&descr)
                    .is_some_and(|m| m.def.kind == crate::native::MethodKind::Method)
                    || payload::<FunctionData>(&descr).is_some()
                    || payload::<SlotWrapperData>(&descr).is_some();
                let has_getattribute = self
                    .lookup_type(&ty, &self.intern("__getattribute__"))?
                    .is_some_and(|f| payload::<FunctionData>(&f).is_some());
                if plain && !has_getattribute && self.instance_dict_get(obj, name)?.is_none() {
                    return Ok((descr, obj.clone()));
                }
            }
        }
        Ok((Value::NULL, self.get_attr(obj, name)?))
    }

    /// `setattr(obj, name, value)`, or `delattr` when `value` is NULL.
    pub fn set_attr(&self, obj: &Value, name: &Value, value: Value) -> PyResult<()> {
        if let Some(referent) = crate::methods::weakproxy::target(self, obj)? {
            return self.set_attr(&referent, name, value);
        }
        if let Some(t) = type_data(obj) {
            let d = t.dict();
            if value.is_null() {
                if !self.dict_del_item(&d, name)? {
                    return Err(self.new_error(
                        &self.types.attribute_error,
                        &format!(
                            "type object '{}' has no attribute '{}'",
                            t.name.borrow(),
                            self.str_of(name)
                        ),
                    ));
                }
            } else {
                self.dict_set_item(&d, name.clone(), value)?;
            }
            t.modified();
            return Ok(());
        }
        if let Some(f) = payload::<FunctionData>(obj) {
            if self.set_function_field(f, name, &value)? {
                return Ok(());
            }
        }
        if let Some(fo) = crate::objects::frame::frame_obj_data(obj) {
            if crate::methods::frame::set_field(self, fo, &self.str_of(name), &value)? {
                return Ok(());
            }
        }
        let ty = self.type_of(obj);
        if let Some(sa) = self.lookup_type(
            &ty,
            &self.intern(if value.is_null() {
                "__delattr__"
            } else {
                "__setattr__"
            }),
        )? {
            if payload::<FunctionData>(&sa).is_some() {
                let args = if value.is_null() {
                    vec![obj.clone(), name.clone()]
                } else {
                    vec![obj.clone(), name.clone(), value]
                };
                self.call(&sa, &args, &[])?;
                return Ok(());
            }
        }
        self.generic_set_attr(obj, &ty, name, value)
    }

    /// "attribute 'real' of 'int' objects is not writable": assigning a read-only field of a
    /// built-in type (a property whose getter is native), named by the type that defines it.
    #[cold]
    fn readonly_builtin_attr(&self, ty: &Value, name: &Value) -> PyErr {
        let mro = type_data(ty)
            .map(|t| t.mro.borrow().clone())
            .unwrap_or_default();
        let owner = mro
            .iter()
            .filter_map(type_data)
            .find(|t| self.dict_get_item(&t.dict(), name).ok().flatten().is_some())
            .map(|t| t.name.borrow().clone())
            .unwrap_or_default();
        self.new_error(
            &self.types.attribute_error,
            &format!(
                "attribute '{}' of '{owner}' objects is not writable",
                self.str_of(name)
            ),
        )
    }

    /// `object.__setattr__`/`object.__delattr__`: data descriptors, then the instance dict.
    pub fn generic_set_attr(
        &self,
        obj: &Value,
        ty: &Value,
        name: &Value,
        value: Value,
    ) -> PyResult<()> {
        if let Some(d) = self.lookup_type(ty, name)? {
            if let Some(m) = payload::<MemberDescrData>(&d) {
                return member::member_set(self, m, obj, value);
            }
            if let Some(w) = payload::<WrapperData>(&d).filter(|w| w.kind == WrapperKind::Property)
            {
                let (f, what) = if value.is_null() {
                    (w.fdel.get(), "deleter")
                } else {
                    (w.fset.get(), "setter")
                };
                if (f.is_null() || f.is_none()) && payload::<FunctionData>(&w.func.get()).is_none()
                {
                    return Err(self.readonly_builtin_attr(ty, name));
                }
                if f.is_null() || f.is_none() {
                    return Err(self.new_error(
                        &self.types.attribute_error,
                        &format!(
                            "property '{}' of '{}' object has no {what}",
                            self.str_of(name),
                            self.type_name(obj)
                        ),
                    ));
                }
                let args = if value.is_null() {
                    vec![obj.clone()]
                } else {
                    vec![obj.clone(), value]
                };
                self.call(&f, &args, &[])?;
                return Ok(());
            }
            let hook = if value.is_null() {
                "__delete__"
            } else {
                "__set__"
            };
            if payload::<FunctionData>(&d).is_none() && d.as_header().is_some() {
                if let Some(f) = self.lookup_special(&d, hook)? {
                    let args = if value.is_null() {
                        vec![d.clone(), obj.clone()]
                    } else {
                        vec![d.clone(), obj.clone(), value]
                    };
                    self.call(&f, &args, &[])?;
                    return Ok(());
                }
            }
        }
        let Some(slot) = self.dict_slot(obj) else {
            return Err(self.new_error(
                &self.types.attribute_error,
                &format!(
                    "'{}' object has no attribute '{}'",
                    self.type_name(obj),
                    self.str_of(name)
                ),
            ));
        };
        if slot.get().is_null() {
            slot.set(self.new_dict());
        }
        let d = slot.get();
        if value.is_null() {
            if !self.dict_del_item(&d, name)? {
                return Err(self.new_error(
                    &self.types.attribute_error,
                    &format!(
                        "'{}' object has no attribute '{}'",
                        self.type_name(obj),
                        self.str_of(name)
                    ),
                ));
            }
            return Ok(());
        }
        self.dict_set_item(&d, name.clone(), value)
    }
}
