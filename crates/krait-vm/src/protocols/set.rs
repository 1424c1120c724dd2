//! The algebra of `set` and `frozenset` (CPython's Objects/setobject.c): building sets from
//! iterables, union, intersection, differences, subset tests, comparison, hashing and `repr`,
//! with CPython's choice of which operand to iterate (it decides the result's iteration order).

use super::payload;
use crate::error::{PyErr, PyResult};
use crate::heap::{self, InstanceAttrs, Sub};
use crate::objects::dict::DictData;
use crate::objects::set::SetData;
use crate::value::Value;
use crate::vm::{type_data, Vm};
use krait_bytecode::opcode::Comparison;

impl Vm {
    /// The set payload of `v` if it is a `set`, a `frozenset` or an instance of a subclass
    /// (CPython's `PyAnySet_Check`).
    #[inline]
    pub fn any_set<'a>(&self, v: &'a Value) -> Option<&'a SetData> {
        payload::<SetData>(v)
    }

    /// Whether `v` is a `set` or an instance of a subclass of `set` (`PySet_Check`).
    pub fn is_mutable_set(&self, v: &Value) -> bool {
        payload::<SetData>(v).is_some() && self.is_instance_of(v, &self.types.set)
    }

    /// A new, empty set of the type `cls` (`set`, `frozenset` or a subclass of either).
    pub fn new_set_of(&self, cls: &Value) -> Value {
        if cls.is(&self.types.set) || cls.is(&self.types.frozenset) {
            return heap::alloc(cls.to_obj(), SetData::new()).into_value();
        }
        let data = Sub {
            base: SetData::new(),
            attrs: InstanceAttrs::default(),
        };
        heap::alloc(cls.to_obj(), data).into_value()
    }

    /// A new empty exact `set` or `frozenset`: `set` when `like` is a set (or subclass), as
    /// CPython's `make_new_set_basetype`.
    fn new_set_basetype(&self, like: &Value) -> Value {
        if self.is_instance_of(like, &self.types.set) {
            self.new_set_of(&self.types.set)
        } else {
            self.new_set_of(&self.types.frozenset)
        }
    }

    /// A new exact `set` holding the elements of `iterable`.
    pub fn new_set_from(&self, iterable: &Value) -> PyResult<Value> {
        let s = self.new_set_of(&self.types.set);
        self.set_update(&s, iterable)?;
        Ok(s)
    }

    /// Adds `key` to the set `s`.
    pub fn set_add(&self, s: &Value, key: Value) -> PyResult<()> {
        let Some(data) = payload::<SetData>(s) else {
            return Err(self.type_error("set_add of a non-set"));
        };
        let h = self.hash(&key)?;
        data.add(key, h, &mut |a, b| self.eq(a, b))
    }

    /// Adds every element of `iterable` to the set `s` (CPython's `set_update_internal`).
    pub fn set_update(&self, s: &Value, iterable: &Value) -> PyResult<()> {
        let Some(data) = payload::<SetData>(s) else {
            return Err(self.type_error("set_update of a non-set"));
        };
        if let Some(other) = payload::<SetData>(iterable) {
            return data.merge(other, &mut |a, b| self.eq(a, b));
        }
        if self.type_of(iterable).is(&self.types.dict) {
            if let Some(d) = payload::<DictData>(iterable) {
                let items = d.items();
                data.reserve_for(items.len());
                for (k, _) in items {
                    let h = self.hash(&k)?;
                    data.add(k, h, &mut |a, b| self.eq(a, b))?;
                }
                return Ok(());
            }
        }
        let it = self.get_iter(iterable)?;
        while let Some(k) = self.next(&it)? {
            let h = self.hash(&k)?;
            data.add(k, h, &mut |a, b| self.eq(a, b))?;
        }
        Ok(())
    }

    /// A copy of `s` of its base type (`set` or `frozenset`).
    pub fn set_copy(&self, s: &Value) -> PyResult<Value> {
        let r = self.new_set_basetype(s);
        self.set_update(&r, s)?;
        Ok(r)
    }

    /// Runs `f` with the hash of `key`; when `key` is an unhashable `set`, retries with an
    /// equal `frozenset`, as CPython's `set_contains`/`set_remove`/`set_discard`.
    fn with_set_key<T>(
        &self,
        key: &Value,
        mut f: impl FnMut(&Value, i64) -> PyResult<T>,
    ) -> PyResult<T> {
        match self.hash(key) {
            Ok(h) => f(key, h),
            Err(e) if self.is_mutable_set(key) && self.is_type_error(&e) => {
                let frozen = self.new_set_of(&self.types.frozenset);
                self.set_update(&frozen, key)?;
                let h = self.hash(&frozen)?;
                f(&frozen, h)
            }
            Err(e) => Err(e),
        }
    }

    fn is_type_error(&self, e: &PyErr) -> bool {
        self.is_instance_of(
            &Value::from_obj(e.exception().clone()),
            &self.types.type_error,
        )
    }

    /// `key in s`.
    pub fn set_contains(&self, s: &SetData, key: &Value) -> PyResult<bool> {
        self.with_set_key(key, |k, h| s.contains(k, h, &mut |a, b| self.eq(a, b)))
    }

    /// Removes `key` from `s`; returns whether it was present.
    pub fn set_discard(&self, s: &SetData, key: &Value) -> PyResult<bool> {
        self.with_set_key(key, |k, h| s.discard(k, h, &mut |a, b| self.eq(a, b)))
    }

    /// `so & other` (CPython's `set_intersection`): iterates the smaller set, or `other`.
    pub fn set_intersection(&self, so: &Value, other: &Value) -> PyResult<Value> {
        if so.is(other) {
            return self.set_copy(so);
        }
        let result = self.new_set_basetype(so);
        let rdata = payload::<SetData>(&result).ok_or_else(|| self.type_error("not a set"))?;
        let sdata = payload::<SetData>(so).ok_or_else(|| self.type_error("not a set"))?;
        if let Some(odata) = payload::<SetData>(other) {
            let (big, small) = if odata.len() > sdata.len() {
                (odata, sdata)
            } else {
                (sdata, odata)
            };
            for (k, h) in small.entries() {
                if big.contains(&k, h, &mut |a, b| self.eq(a, b))? {
                    rdata.add(k, h, &mut |a, b| self.eq(a, b))?;
                }
            }
            return Ok(result);
        }
        let it = self.get_iter(other)?;
        while let Some(k) = self.next(&it)? {
            let h = self.hash(&k)?;
            if sdata.contains(&k, h, &mut |a, b| self.eq(a, b))? {
                rdata.add(k, h, &mut |a, b| self.eq(a, b))?;
            }
        }
        Ok(result)
    }

    /// Removes the elements of `other` from `s` (CPython's `set_difference_update_internal`).
    pub fn set_difference_update(&self, s: &Value, other: &Value) -> PyResult<()> {
        let sdata = payload::<SetData>(s).ok_or_else(|| self.type_error("not a set"))?;
        if s.is(other) {
            sdata.clear();
            return Ok(());
        }
        if let Some(odata) = payload::<SetData>(other) {
            let entries = if odata.len() >> 3 > sdata.len() {
                let small = self.set_intersection(s, other)?;
                payload::<SetData>(&small).map(SetData::entries)
            } else {
                Some(odata.entries())
            };
            for (k, h) in entries.unwrap_or_default() {
                sdata.discard(&k, h, &mut |a, b| self.eq(a, b))?;
            }
        } else {
            let it = self.get_iter(other)?;
            while let Some(k) = self.next(&it)? {
                self.set_discard(sdata, &k)?;
            }
        }
        sdata.shrink_dummies();
        Ok(())
    }

    /// `so - other` (CPython's `set_difference`).
    pub fn set_difference(&self, so: &Value, other: &Value) -> PyResult<Value> {
        let sdata = payload::<SetData>(so).ok_or_else(|| self.type_error("not a set"))?;
        let other_len = if let Some(o) = payload::<SetData>(other) {
            o.len()
        } else if self.type_of(other).is(&self.types.dict) {
            payload::<DictData>(other).map_or(0, DictData::len)
        } else {
            usize::MAX
        };
        if other_len == usize::MAX || sdata.len() >> 2 > other_len {
            let r = self.set_copy(so)?;
            self.set_difference_update(&r, other)?;
            return Ok(r);
        }
        let result = self.new_set_basetype(so);
        let rdata = payload::<SetData>(&result).ok_or_else(|| self.type_error("not a set"))?;
        for (k, h) in sdata.entries() {
            let present = if let Some(o) = payload::<SetData>(other) {
                o.contains(&k, h, &mut |a, b| self.eq(a, b))?
            } else {
                self.dict_get_item(other, &k)?.is_some()
            };
            if !present {
                rdata.add(k, h, &mut |a, b| self.eq(a, b))?;
            }
        }
        Ok(result)
    }

    /// `s ^= other` (CPython's `set_symmetric_difference_update`).
    pub fn set_symmetric_difference_update(&self, s: &Value, other: &Value) -> PyResult<()> {
        let sdata = payload::<SetData>(s).ok_or_else(|| self.type_error("not a set"))?;
        if s.is(other) {
            sdata.clear();
            return Ok(());
        }
        let entries: Vec<(Value, i64)> = if let Some(o) = payload::<SetData>(other) {
            o.entries()
        } else if self.type_of(other).is(&self.types.dict) {
            let mut v = Vec::new();
            for (k, _) in payload::<DictData>(other)
                .map(DictData::items)
                .unwrap_or_default()
            {
                let h = self.hash(&k)?;
                v.push((k, h));
            }
            v
        } else {
            let tmp = self.new_set_basetype(s);
            self.set_update(&tmp, other)?;
            payload::<SetData>(&tmp)
                .map(SetData::entries)
                .unwrap_or_default()
        };
        for (k, h) in entries {
            if !sdata.discard(&k, h, &mut |a, b| self.eq(a, b))? {
                sdata.add(k, h, &mut |a, b| self.eq(a, b))?;
            }
        }
        Ok(())
    }

    /// `so ^ other`: a copy of `other` (of `so`'s base type) updated with `so`.
    pub fn set_symmetric_difference(&self, so: &Value, other: &Value) -> PyResult<Value> {
        let r = self.new_set_basetype(so);
        self.set_update(&r, other)?;
        self.set_symmetric_difference_update(&r, so)?;
        Ok(r)
    }

    /// `so | other`.
    pub fn set_union(&self, so: &Value, other: &Value) -> PyResult<Value> {
        let r = self.set_copy(so)?;
        if !so.is(other) {
            self.set_update(&r, other)?;
        }
        Ok(r)
    }

    /// `so.issubset(other)` for a set `other`.
    pub fn set_issubset(&self, so: &SetData, other: &SetData) -> PyResult<bool> {
        if so.len() > other.len() {
            return Ok(false);
        }
        for (k, h) in so.entries() {
            if !other.contains(&k, h, &mut |a, b| self.eq(a, b))? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// `so.isdisjoint(other)`.
    pub fn set_isdisjoint(&self, so: &Value, other: &Value) -> PyResult<bool> {
        let sdata = payload::<SetData>(so).ok_or_else(|| self.type_error("not a set"))?;
        if so.is(other) {
            return Ok(sdata.is_empty());
        }
        if let Some(odata) = payload::<SetData>(other) {
            let (big, small) = if odata.len() > sdata.len() {
                (odata, sdata)
            } else {
                (sdata, odata)
            };
            for (k, h) in small.entries() {
                if big.contains(&k, h, &mut |a, b| self.eq(a, b))? {
                    return Ok(false);
                }
            }
            return Ok(true);
        }
        let it = self.get_iter(other)?;
        while let Some(k) = self.next(&it)? {
            let h = self.hash(&k)?;
            if sdata.contains(&k, h, &mut |a, b| self.eq(a, b))? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// Rich comparison of two sets (subset order); `NotImplemented` unless both are sets.
    pub fn set_richcompare(&self, v: &Value, w: &Value, op: Comparison) -> PyResult<Value> {
        let (Some(a), Some(b)) = (payload::<SetData>(v), payload::<SetData>(w)) else {
            return Ok(Value::NOT_IMPLEMENTED);
        };
        let r = match op {
            Comparison::Eq | Comparison::Ne => {
                let eq = a.len() == b.len()
                    && !(a.hash.get() != -1 && b.hash.get() != -1 && a.hash.get() != b.hash.get())
                    && self.set_issubset(a, b)?;
                eq == (op == Comparison::Eq)
            }
            Comparison::Le => self.set_issubset(a, b)?,
            Comparison::Ge => self.set_issubset(b, a)?,
            Comparison::Lt => a.len() < b.len() && self.set_issubset(a, b)?,
            Comparison::Gt => a.len() > b.len() && self.set_issubset(b, a)?,
        };
        Ok(Value::bool(r))
    }

    /// `hash(frozenset)`, cached in the object (CPython's `frozenset_hash`).
    pub fn frozenset_hash(&self, s: &SetData) -> i64 {
        let cached = s.hash.get();
        if cached != -1 {
            return cached;
        }
        let hashes: Vec<i64> = s.entries().into_iter().map(|(_, h)| h).collect();
        let h = crate::hash::hash_frozenset(hashes.into_iter());
        s.hash.set(h);
        h
    }

    /// `repr()` of a set: `set()`, `{1, 2}`, `frozenset({1})`, `Sub({1})`, and `set(...)` for
    /// one already being printed.
    pub fn set_repr(&self, v: &Value, s: &SetData) -> PyResult<String> {
        let ty = self.type_of(v);
        let name = type_data(&ty)
            .map(|t| t.name.borrow().clone())
            .unwrap_or_default();
        if s.is_empty() {
            return Ok(format!("{name}()"));
        }
        let id = self.id_of(v);
        if self.repr_stack.borrow().contains(&id) {
            return Ok(format!("{name}(...)"));
        }
        self.repr_stack.borrow_mut().push(id);
        let r = (|| {
            let _depth = self.enter_recursion(" while getting the repr of an object")?;
            let parts = s
                .keys()
                .iter()
                .map(|k| self.repr_string(k))
                .collect::<PyResult<Vec<_>>>()?;
            Ok(parts.join(", "))
        })();
        self.repr_stack.borrow_mut().retain(|&x| x != id);
        let body = r?;
        Ok(if ty.is(&self.types.set) {
            format!("{{{body}}}")
        } else {
            format!("{name}({{{body}}})")
        })
    }
}
