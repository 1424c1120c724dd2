//! Iteration (CPython's `PyObject_GetIter` and `PyIter_Next`): built-in iterators for lists,
//! tuples, strings and ranges, then `__iter__`/`__next__`.

use super::payload;
use crate::error::PyResult;
use crate::heap;
use crate::objects::iter::SeqIterData;
use crate::objects::list::ListData;
use crate::objects::range::{RangeData, RangeIterData};
use crate::objects::str::StrData;
use crate::objects::tuple::TupleData;
use crate::slot::Slot;
use crate::value::Value;
use crate::vm::Vm;
use std::cell::Cell;

impl Vm {
    /// `iter(v)`.
    pub fn get_iter(&self, v: &Value) -> PyResult<Value> {
        if let Some(f) = self.sub_override(v, "__iter__")? {
            let it = self.call(&f, std::slice::from_ref(v), &[])?;
            return self.checked_iterator(it);
        }
        self.get_iter_base(v)
    }

    /// The result of a Python `__iter__`, which must be an iterator (CPython's `PyObject_GetIter`).
    fn checked_iterator(&self, it: Value) -> PyResult<Value> {
        if self.is_iterator(&it)? {
            return Ok(it);
        }
        Err(self.type_error(&format!(
            "iter() returned non-iterator of type '{}'",
            self.type_name(&it)
        )))
    }

    /// `iter(v)` by the built-in type's own `__iter__`.
    pub(crate) fn get_iter_base(&self, v: &Value) -> PyResult<Value> {
        let ty = if payload::<ListData>(v).is_some() {
            Some(&self.types.list_iterator)
        } else if payload::<TupleData>(v).is_some() {
            Some(&self.types.tuple_iterator)
        } else if payload::<StrData>(v).is_some() {
            Some(&self.types.str_iterator)
        } else {
            None
        };
        if let Some(ty) = ty {
            let it = SeqIterData {
                seq: Slot::new(v.clone()),
                index: Cell::new(0),
            };
            return Ok(heap::alloc(ty.to_obj(), it).into_value());
        }
        if let Some(r) = payload::<RangeData>(v) {
            let it = RangeIterData {
                next: Cell::new(r.start),
                step: r.step,
                remaining: Cell::new(r.len()),
            };
            return Ok(heap::alloc(self.types.range_iterator.to_obj(), it).into_value());
        }
        if self.is_exact_set(v) {
            return Ok(self.set_iter(v));
        }
        if self.is_builtin_iterator(v) {
            return Ok(v.clone());
        }
        if let Some(g) = crate::eval::gen::gen_data(v) {
            if g.kind == crate::objects::generator::GenKind::Generator {
                return Ok(v.clone());
            }
        }
        if let Some(view) = payload::<crate::objects::dict::DictViewData>(v) {
            let items = self.new_list(self.dict_view_items(view));
            return self.get_iter(&items);
        }
        if let Some(d) = payload::<crate::objects::dict::DictData>(v) {
            let keys = self.new_list(d.items().into_iter().map(|(k, _)| k).collect());
            return self.get_iter(&keys);
        }
        if let Some(f) = self.lookup_special(v, "__iter__")? {
            if f.is_none() {
                return Err(
                    self.type_error(&format!("'{}' object is not iterable", self.type_name(v)))
                );
            }
            let it = self.call(&f, std::slice::from_ref(v), &[])?;
            return self.checked_iterator(it);
        }
        if self.lookup_special(v, "__getitem__")?.is_some() {
            return Ok(self.sequence_iter(v));
        }
        Err(self.type_error(&format!("'{}' object is not iterable", self.type_name(v))))
    }

    /// `next(it)`, with exhaustion as `None` (StopIteration is not raised for built-in
    /// iterators, and is caught here for others).
    pub fn next(&self, it: &Value) -> PyResult<Option<Value>> {
        if let Some(r) = payload::<RangeIterData>(it) {
            let left = r.remaining.get();
            if left == 0 {
                return Ok(None);
            }
            r.remaining.set(left - 1);
            let v = r.next.get();
            r.next.set(v.wrapping_add(r.step));
            return Ok(Some(self.new_int(v)));
        }
        if let Some(s) = payload::<SeqIterData>(it) {
            let seq = s.seq.get();
            let i = s.index.get();
            let item = if let Some(l) = payload::<ListData>(&seq) {
                l.get(i)
            } else if let Some(t) = payload::<TupleData>(&seq) {
                t.items().get(i).cloned()
            } else if let Some(st) = payload::<StrData>(&seq) {
                (i < st.len())
                    .then(|| self.str_value(StrData::from_code_points([st.code_point(i)])))
            } else {
                None
            };
            return Ok(match item {
                Some(v) => {
                    s.index.set(i + 1);
                    Some(v)
                }
                None => {
                    s.seq.set(Value::NULL);
                    None
                }
            });
        }
        if let Some(d) = payload::<crate::objects::builtin_iter::IterData>(it) {
            return self.next_builtin_iter(d);
        }
        if let Some(g) = crate::eval::gen::gen_data(it) {
            if g.kind == crate::objects::generator::GenKind::Generator {
                use crate::eval::gen::{resume, Sent};
                return Ok(match resume(self, g, Value::NONE, None, false)? {
                    Sent::Yielded(v) => Some(v),
                    Sent::Returned(_) => None,
                });
            }
        }
        if let Some(s) = payload::<crate::objects::set::SetIterData>(it) {
            return self.set_iter_next(s);
        }
        let Some(f) = self.lookup_special(it, "__next__")? else {
            return Err(self.type_error(&format!(
                "'{}' object is not an iterator",
                self.type_name(it)
            )));
        };
        match self.call(&f, std::slice::from_ref(it), &[]) {
            Ok(v) => Ok(Some(v)),
            Err(e)
                if self.is_instance_of(
                    &Value::from_obj(e.exception().clone()),
                    &self.types.stop_iteration,
                ) =>
            {
                Ok(None)
            }
            Err(e) => Err(e),
        }
    }

    /// Whether `v` is an iterator (CPython's `PyIter_Check`: its type has `__next__`).
    pub fn is_iterator(&self, v: &Value) -> PyResult<bool> {
        Ok(self.is_builtin_iterator(v) || self.lookup_special(v, "__next__")?.is_some())
    }

    /// Whether `v` is one of krait's built-in iterator objects.
    pub fn is_builtin_iterator(&self, v: &Value) -> bool {
        payload::<SeqIterData>(v).is_some()
            || payload::<RangeIterData>(v).is_some()
            || payload::<crate::objects::builtin_iter::IterData>(v).is_some()
            || payload::<crate::objects::set::SetIterData>(v).is_some()
    }

    /// All items of an iterable, in order.
    pub fn collect_iterable(&self, v: &Value) -> PyResult<Vec<Value>> {
        if !self.is_sub_instance(v) {
            if let Some(t) = payload::<TupleData>(v) {
                return Ok(t.items().to_vec());
            }
            if let Some(l) = payload::<ListData>(v) {
                return Ok(l.to_vec());
            }
        }
        let it = self.get_iter(v)?;
        let mut out = Vec::new();
        while let Some(x) = self.next(&it)? {
            out.push(x);
        }
        Ok(out)
    }
}
