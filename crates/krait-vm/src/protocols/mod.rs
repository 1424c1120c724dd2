//! The abstract object protocols (CPython's Objects/abstract.c and object.c): operations on any
//! value, dispatching to fast paths for built-in types and to special methods otherwise.
//!
//! Each protocol is an `impl Vm` block in its own file. Where a case is not built yet, the
//! protocol raises `NotImplementedError` naming it, never a wrong answer.

pub mod attr;
pub mod call;
pub mod compare;
pub mod complex;
pub mod convert;
pub mod delitem;
pub mod dictview;
pub mod equality;
pub mod exc;
pub mod fields;
pub mod format;
pub mod item;
pub mod iter;
pub mod number;
pub mod repr;
pub mod set;
pub mod slice;
pub mod syntax_error;

use crate::error::PyResult;
use crate::hash;
use crate::heap::Header;
use crate::objects::bytes::BytesData;
use crate::objects::dict::DictData;
use crate::objects::int::IntData;
use crate::objects::str::StrData;
use crate::objects::tuple::TupleData;
use crate::value::Value;
use crate::vm::{type_data, Vm};

/// The payload of `v` if its layout starts with `T`.
#[inline]
pub fn payload<T: crate::heap::Payload>(v: &Value) -> Option<&T> {
    v.as_header().and_then(Header::downcast_ref::<T>)
}

impl Vm {
    /// Looks `name` up in the MRO of the type `ty` (CPython's `_PyType_Lookup`): the first
    /// type dict that has it.
    pub fn lookup_type(&self, ty: &Value, name: &Value) -> PyResult<Option<Value>> {
        let Some(td) = type_data(ty) else {
            return Ok(None);
        };
        let hash = self.str_hash(name);
        // The comparison below runs no Python code (names are strs), so the MRO can stay
        // borrowed for the walk instead of being copied on every lookup.
        let mro = td.mro.borrow();
        for t in mro.iter() {
            let Some(d) = type_data(t).map(|d| d.dict()) else {
                continue;
            };
            if let Some(dict) = payload::<DictData>(&d) {
                if let Some(v) =
                    dict.get(name, hash, &mut |a, b| Ok(a.is(b) || self.str_eq(a, b)))?
                {
                    return Ok(Some(v));
                }
            }
        }
        Ok(None)
    }

    /// Whether `v` is an instance of a Python subclass of a built-in type other than `object`
    /// (its layout is a `Sub<T>` one), whose special methods may override the built-in ones.
    #[inline]
    pub fn is_sub_instance(&self, v: &Value) -> bool {
        v.as_header().is_some_and(|h| {
            h.layout().attrs_offset.is_some() && h.kind() != crate::layouts::Kind::ObjectSub
        })
    }

    /// For an instance of a Python subclass of a built-in type, the class's own definition of
    /// the special method `name` (a Python function, or `None` for `__hash__ = None`) when it
    /// overrides the built-in one; `None` when the built-in behaviour applies.
    pub(crate) fn sub_override(&self, v: &Value, name: &str) -> PyResult<Option<Value>> {
        if !self.is_sub_instance(v) {
            return Ok(None);
        }
        Ok(self.lookup_special(v, name)?.filter(|f| {
            payload::<crate::objects::slot_wrapper::SlotWrapperData>(f).is_none()
                && payload::<crate::native::MethodDescriptorData>(f).is_none()
        }))
    }

    /// Looks up the special method `name` (an identifier) on the type of `v`.
    pub fn lookup_special(&self, v: &Value, name: &str) -> PyResult<Option<Value>> {
        self.lookup_type(&self.type_of(v), &self.intern(name))
    }

    /// The contents of a `str` object as Rust text (lone surrogates replaced), or the empty
    /// string for a non-str.
    pub fn str_of(&self, v: &Value) -> String {
        payload::<StrData>(v)
            .map(StrData::to_string_lossy)
            .unwrap_or_default()
    }

    /// Whether two values are `str` objects with equal contents.
    pub fn str_eq(&self, a: &Value, b: &Value) -> bool {
        match (payload::<StrData>(a), payload::<StrData>(b)) {
            (Some(x), Some(y)) => x == y,
            _ => false,
        }
    }

    /// The items of a `tuple`, or `None` for anything else (NULL included).
    pub fn tuple_items(&self, v: &Value) -> Option<Vec<Value>> {
        payload::<TupleData>(v).map(|t| t.items().to_vec())
    }

    /// `hash(v)` (CPython's `PyObject_Hash`).
    pub fn hash(&self, v: &Value) -> PyResult<i64> {
        if let Some(f) = self.sub_override(v, "__hash__")? {
            if f.is_none() {
                return Err(self.type_error(&format!("unhashable type: '{}'", self.type_name(v))));
            }
            let r = self.call(&f, std::slice::from_ref(v), &[])?;
            return self.index_to_hash(&r);
        }
        self.hash_base(v)
    }

    /// `hash(v)` by the built-in type's own `__hash__`.
    pub(crate) fn hash_base(&self, v: &Value) -> PyResult<i64> {
        if let Some(i) = v.as_small_int() {
            return Ok(hash::hash_i64(i));
        }
        if let Some(x) = v.as_float() {
            if x.is_nan() {
                return Ok(hash::hash_i64((v.bits() >> 4) as i64));
            }
            return Ok(hash::hash_f64(x));
        }
        if let Some(imm) = v.as_immediate() {
            use crate::value::Immediate::*;
            return Ok(match imm {
                False => 0,
                True => 1,
                _ => hash::hash_i64((v.bits() >> 4) as i64),
            });
        }
        if let Some(s) = payload::<StrData>(v) {
            return Ok(s.hash(&self.hash_secret));
        }
        if let Some(n) = payload::<IntData>(v) {
            return Ok(hash::hash_bigint(&n.value));
        }
        if let Some(b) = payload::<BytesData>(v) {
            return Ok(b.hash(&self.hash_secret));
        }
        if let Some(s) = payload::<crate::objects::set::SetData>(v) {
            if self.type_of(v).is(&self.types.frozenset) {
                return Ok(self.frozenset_hash(s));
            }
        }
        if let Some(c) = payload::<crate::objects::complex::ComplexData>(v) {
            return self.complex_hash(c);
        }
        if let Some(t) = payload::<TupleData>(v) {
            let hashes = t
                .items()
                .iter()
                .map(|x| self.hash(x))
                .collect::<PyResult<Vec<i64>>>()?;
            return Ok(hash::hash_tuple(hashes.into_iter()));
        }
        let ty = self.type_of(v);
        if ty.is(&self.types.list) || ty.is(&self.types.dict) {
            let name = type_data(&ty)
                .map(|t| t.name.borrow().clone())
                .unwrap_or_default();
            return Err(self.type_error(&format!("unhashable type: '{name}'")));
        }
        match self.lookup_special(v, "__hash__")? {
            Some(h) if h.is_none() => {
                let name = type_data(&ty)
                    .map(|t| t.name.borrow().clone())
                    .unwrap_or_default();
                Err(self.type_error(&format!("unhashable type: '{name}'")))
            }
            Some(f) if !self.is_object_slot(&f) => {
                let r = self.call(&f, std::slice::from_ref(v), &[])?;
                self.index_to_hash(&r)
            }
            // object.__hash__: identity.
            _ => Ok(hash::hash_i64((v.bits() >> 4) as i64)),
        }
    }

    /// The value `__hash__` returned, reduced as CPython's `slot_tp_hash`.
    fn index_to_hash(&self, r: &Value) -> PyResult<i64> {
        if let Some(i) = r.as_small_int() {
            return Ok(hash::hash_i64(i));
        }
        if let Some(n) = payload::<IntData>(r) {
            return Ok(hash::hash_bigint(&n.value));
        }
        Err(self.type_error("__hash__ method should return an integer"))
    }

    /// Whether `f` is one of `object`'s own native slots (so the default behaviour applies).
    pub(crate) fn is_object_slot(&self, f: &Value) -> bool {
        payload::<crate::native::MethodDescriptorData>(f)
            .is_some_and(|m| m.owner.get().is(&self.types.object))
            || payload::<crate::objects::slot_wrapper::SlotWrapperData>(f)
                .is_some_and(|m| m.owner.get().is(&self.types.object))
    }

    /// `d[key]` for a dict object (`None` if absent).
    pub fn dict_get_item(&self, d: &Value, key: &Value) -> PyResult<Option<Value>> {
        let Some(dict) = payload::<DictData>(d) else {
            return Err(self.type_error("dict_get_item of a non-dict"));
        };
        let h = self.hash(key)?;
        dict.get(key, h, &mut |a, b| self.eq(a, b))
    }

    /// `d[key] = value` for a dict object.
    pub fn dict_set_item(&self, d: &Value, key: Value, value: Value) -> PyResult<()> {
        let Some(dict) = payload::<DictData>(d) else {
            return Err(self.type_error("dict_set_item of a non-dict"));
        };
        let h = self.hash(&key)?;
        dict.set(key, h, value, &mut |a, b| self.eq(a, b))
    }

    /// `del d[key]` for a dict object; returns whether the key was present.
    pub fn dict_del_item(&self, d: &Value, key: &Value) -> PyResult<bool> {
        let Some(dict) = payload::<DictData>(d) else {
            return Err(self.type_error("dict_del_item of a non-dict"));
        };
        let h = self.hash(key)?;
        Ok(dict.remove(key, h, &mut |a, b| self.eq(a, b))?.is_some())
    }

    /// `bool(v)` (CPython's `PyObject_IsTrue`).
    pub fn is_true(&self, v: &Value) -> PyResult<bool> {
        if let Some(imm) = v.as_immediate() {
            use crate::value::Immediate::*;
            return Ok(matches!(imm, True | NotImplemented | Ellipsis));
        }
        if let Some(i) = v.as_small_int() {
            return Ok(i != 0);
        }
        if let Some(x) = v.as_float() {
            return Ok(x != 0.0);
        }
        if self.is_sub_instance(v) {
            return self.is_true_special(v);
        }
        if let Some(s) = payload::<StrData>(v) {
            return Ok(!s.is_empty());
        }
        if let Some(l) = payload::<crate::objects::list::ListData>(v) {
            return Ok(!l.is_empty());
        }
        if let Some(t) = payload::<TupleData>(v) {
            return Ok(!t.items().is_empty());
        }
        if let Some(d) = payload::<DictData>(v) {
            return Ok(!d.is_empty());
        }
        if let Some(s) = payload::<crate::objects::set::SetData>(v).filter(|_| self.is_exact_set(v))
        {
            return Ok(!s.is_empty());
        }
        if payload::<IntData>(v).is_some() {
            return Ok(true);
        }
        self.is_true_special(v)
    }

    /// `bool(v)` through `__bool__`, then `__len__`, else true.
    fn is_true_special(&self, v: &Value) -> PyResult<bool> {
        if let Some(f) = self.lookup_special(v, "__bool__")? {
            let r = self.call(&f, std::slice::from_ref(v), &[])?;
            return match r.as_immediate() {
                Some(crate::value::Immediate::True) => Ok(true),
                Some(crate::value::Immediate::False) => Ok(false),
                _ => Err(self.type_error(&format!(
                    "__bool__ should return bool, returned {}",
                    self.type_name(&r)
                ))),
            };
        }
        if let Some(f) = self.lookup_special(v, "__len__")? {
            let r = self.call(&f, std::slice::from_ref(v), &[])?;
            return Ok(r.as_small_int().is_some_and(|n| n != 0));
        }
        Ok(true)
    }

    /// Whether `v` is exactly a `set` or a `frozenset` (not a subclass instance, whose special
    /// methods may be overridden).
    #[inline]
    pub fn is_exact_set(&self, v: &Value) -> bool {
        let t = self.type_of(v);
        t.is(&self.types.set) || t.is(&self.types.frozenset)
    }

    /// The `__name__` of the type of `v`.
    pub fn type_name(&self, v: &Value) -> String {
        type_data(&self.type_of(v))
            .map(|t| t.name.borrow().clone())
            .unwrap_or_default()
    }
}
