//! Subscription and membership (CPython's `PyObject_GetItem`, `PyObject_SetItem`,
//! `PySequence_Contains`) for the built-in containers, then `__getitem__`/`__setitem__`/
//! `__contains__`.

use super::payload;
use crate::error::PyResult;
use crate::objects::dict::DictData;
use crate::objects::list::ListData;
use crate::objects::range::RangeData;
use crate::objects::slice::SliceData;
use crate::objects::str::StrData;
use crate::objects::tuple::TupleData;
use crate::value::Value;
use crate::vm::Vm;

impl Vm {
    /// Normalizes a sequence index (negative counts from the end) or raises `IndexError` with
    /// `what` ("list", "tuple", "string") in CPython's message.
    pub(crate) fn seq_index(&self, key: &Value, len: usize, what: &str) -> PyResult<usize> {
        let Some(i) = key.as_small_int().or(match key.as_immediate() {
            Some(crate::value::Immediate::True) => Some(1),
            Some(crate::value::Immediate::False) => Some(0),
            _ => None,
        }) else {
            if payload::<crate::objects::int::IntData>(key).is_some() {
                return Err(self.new_error(
                    &self.types.index_error,
                    "cannot fit 'int' into an index-sized integer",
                ));
            }
            if key.as_float().is_none() && payload::<StrData>(key).is_none() {
                if let Some(n) = self.index_value(key)? {
                    let Some(i) = num_traits::ToPrimitive::to_i64(&n) else {
                        return Err(self.new_error(
                            &self.types.index_error,
                            &format!(
                                "cannot fit '{}' into an index-sized integer",
                                self.type_name(key)
                            ),
                        ));
                    };
                    return self.seq_index(&self.new_int(i), len, what);
                }
            }
            if what == "string" {
                return Err(self.type_error(&format!(
                    "string indices must be integers, not '{}'",
                    self.type_name(key)
                )));
            }
            return Err(self.type_error(&format!(
                "{what} indices must be integers or slices, not {}",
                self.type_name(key)
            )));
        };
        let j = if i < 0 { i + len as i64 } else { i };
        if j < 0 || j >= len as i64 {
            let noun = if what == "string" {
                "string index"
            } else {
                &format!("{what} index")
            };
            return Err(self.new_error(&self.types.index_error, &format!("{noun} out of range")));
        }
        Ok(j as usize)
    }

    /// The `(start, step, count)` of slice `s` over `len` items (CPython's
    /// `PySlice_GetIndicesEx`, with its errors).
    pub(crate) fn slice_indices(&self, s: &SliceData, len: usize) -> PyResult<(i64, i64, usize)> {
        let (start, _, step, count) = self.slice_adjust(s, len)?;
        Ok((start, step, count))
    }

    /// `container[key]`.
    pub fn get_item(&self, container: &Value, key: &Value) -> PyResult<Value> {
        if let Some(f) = self.sub_override(container, "__getitem__")? {
            return self.call(&f, &[container.clone(), key.clone()], &[]);
        }
        self.get_item_base(container, key)
    }

    /// `container[key]` by the built-in type's own `__getitem__` (`dict.__missing__` included).
    pub(crate) fn get_item_base(&self, container: &Value, key: &Value) -> PyResult<Value> {
        if let Some(s) = payload::<SliceData>(key) {
            let pick = |len: usize| -> PyResult<Vec<usize>> {
                let (start, step, count) = self.slice_indices(s, len)?;
                Ok((0..count as i64)
                    .map(|k| (start + k * step) as usize)
                    .collect())
            };
            if let Some(l) = payload::<ListData>(container) {
                let items = l.to_vec();
                return Ok(self.new_list(
                    pick(items.len())?
                        .into_iter()
                        .map(|i| items[i].clone())
                        .collect(),
                ));
            }
            if let Some(t) = payload::<TupleData>(container) {
                let items = t.items();
                return Ok(self.new_tuple(
                    pick(items.len())?
                        .into_iter()
                        .map(|i| items[i].clone())
                        .collect(),
                ));
            }
            if let Some(st) = payload::<StrData>(container) {
                let cps = pick(st.len())?.into_iter().map(|i| st.code_point(i));
                return Ok(self.str_value(StrData::from_code_points(cps)));
            }
            if let Some(r) = payload::<RangeData>(container) {
                return self.range_slice(r, s);
            }
        }
        if let Some(l) = payload::<ListData>(container) {
            let i = self.seq_index(key, l.len(), "list")?;
            return Ok(l.get(i).unwrap_or(Value::NONE));
        }
        if let Some(t) = payload::<TupleData>(container) {
            let i = self.seq_index(key, t.items().len(), "tuple")?;
            return Ok(t.items()[i].clone());
        }
        if let Some(s) = payload::<StrData>(container) {
            let i = self.seq_index(key, s.len(), "string")?;
            return Ok(self.str_value(StrData::from_code_points([s.code_point(i)])));
        }
        if let Some(r) = payload::<RangeData>(container) {
            return self.range_index(r, key);
        }
        if payload::<DictData>(container).is_some() {
            if let Some(v) = self.dict_get_item(container, key)? {
                return Ok(v);
            }
            if !self.type_of(container).is(&self.types.dict) {
                if let Some(m) = self.lookup_special(container, "__missing__")? {
                    return self.call(&m, &[container.clone(), key.clone()], &[]);
                }
            }
            return Err(self.new_exception(&self.types.key_error, vec![key.clone()]));
        }
        if let Some(f) = self.lookup_special(container, "__getitem__")? {
            return self.call(&f, &[container.clone(), key.clone()], &[]);
        }
        if let Some(t) = crate::vm::type_data(container) {
            if container.is(&self.types.type_) {
                return crate::objects::generic_alias::new_generic_alias(self, container, key);
            }
            if let Some(f) = self.lookup_type(container, &self.intern("__class_getitem__"))? {
                // Implicitly a class method (CPython's type_new wraps a plain function).
                let f = if payload::<crate::objects::function::FunctionData>(&f).is_some() {
                    self.bind(f, container.clone())
                } else {
                    self.descr_get_on_class(&f, container)?
                };
                return self.call(&f, std::slice::from_ref(key), &[]);
            }
            return Err(
                self.type_error(&format!("type '{}' is not subscriptable", t.name.borrow()))
            );
        }
        Err(self.type_error(&format!(
            "'{}' object is not subscriptable",
            self.type_name(container)
        )))
    }

    /// `container[key] = value`.
    pub fn set_item(&self, container: &Value, key: Value, value: Value) -> PyResult<()> {
        if let Some(f) = self.sub_override(container, "__setitem__")? {
            self.call(&f, &[container.clone(), key, value], &[])?;
            return Ok(());
        }
        self.set_item_base(container, key, value)
    }

    /// `container[key] = value` by the built-in type's own `__setitem__`.
    pub(crate) fn set_item_base(
        &self,
        container: &Value,
        key: Value,
        value: Value,
    ) -> PyResult<()> {
        if let Some(l) = payload::<ListData>(container) {
            if let Some(s) = payload::<SliceData>(&key) {
                return self.list_set_slice(container, l, s, &value);
            }
            let i = self.seq_index(&key, l.len(), "list").map_err(|e| {
                if self.is_instance_of(&e.exception_value(), &self.types.index_error) {
                    self.new_error(
                        &self.types.index_error,
                        "list assignment index out of range",
                    )
                } else {
                    e
                }
            })?;
            let old = std::mem::replace(&mut l.items.borrow_mut()[i], value);
            drop(old);
            return Ok(());
        }
        if payload::<DictData>(container).is_some() {
            return self.dict_set_item(container, key, value);
        }
        if let Some(f) = self.lookup_special(container, "__setitem__")? {
            self.call(&f, &[container.clone(), key, value], &[])?;
            return Ok(());
        }
        Err(self.type_error(&format!(
            "'{}' object does not support item assignment",
            self.type_name(container)
        )))
    }

    /// `item in container`.
    pub fn contains(&self, container: &Value, item: &Value) -> PyResult<bool> {
        if let Some(f) = self.sub_override(container, "__contains__")? {
            let r = self.call(&f, &[container.clone(), item.clone()], &[])?;
            return self.is_true(&r);
        }
        self.contains_base(container, item)
    }

    /// `item in container` by the built-in type's own `__contains__`.
    pub(crate) fn contains_base(&self, container: &Value, item: &Value) -> PyResult<bool> {
        if let Some(s) = payload::<StrData>(container) {
            let Some(needle) = payload::<StrData>(item) else {
                return Err(self.type_error(&format!(
                    "'in <string>' requires string as left operand, not {}",
                    self.type_name(item)
                )));
            };
            let hay: Vec<u32> = s.code_points().collect();
            let pat: Vec<u32> = needle.code_points().collect();
            return Ok(pat.is_empty() || hay.windows(pat.len()).any(|w| w == pat.as_slice()));
        }
        if payload::<DictData>(container).is_some() {
            return Ok(self.dict_get_item(container, item)?.is_some());
        }
        if let Some(s) = payload::<crate::objects::set::SetData>(container) {
            if self.is_exact_set(container) {
                return self.set_contains(s, item);
            }
        }
        if let Some(r) = payload::<RangeData>(container) {
            if let Some(i) = item.as_small_int() {
                let in_bounds = if r.step > 0 {
                    r.start <= i && i < r.stop
                } else {
                    r.stop < i && i <= r.start
                };
                return Ok(in_bounds && (i - r.start) % r.step == 0);
            }
        }
        let items = if let Some(l) = payload::<ListData>(container) {
            Some(l.to_vec())
        } else {
            payload::<TupleData>(container).map(|t| t.items().to_vec())
        };
        if let Some(items) = items {
            for x in &items {
                if self.eq(x, item)? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
        if let Some(f) = self.lookup_special(container, "__contains__")? {
            let r = self.call(&f, &[container.clone(), item.clone()], &[])?;
            return self.is_true(&r);
        }
        let it = self.get_iter(container)?;
        while let Some(x) = self.next(&it)? {
            if self.eq(&x, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }
}
