//! `del container[key]` (CPython's `PyObject_DelItem`): lists (an index or a slice), dicts, then
//! `__delitem__`.

use super::payload;
use crate::error::PyResult;
use crate::objects::dict::DictData;
use crate::objects::list::ListData;
use crate::objects::slice::SliceData;
use crate::value::Value;
use crate::vm::Vm;

impl Vm {
    /// `del container[key]`.
    pub fn del_item(&self, container: &Value, key: &Value) -> PyResult<()> {
        let exact = |t: &Value| self.type_of(container).is(t);
        if let Some(l) = payload::<ListData>(container).filter(|_| exact(&self.types.list)) {
            return self.list_del_item(l, key);
        }
        if payload::<DictData>(container).is_some() && exact(&self.types.dict) {
            if !self.dict_del_item(container, key)? {
                return Err(self.new_exception(&self.types.key_error, vec![key.clone()]));
            }
            return Ok(());
        }
        if let Some(f) = self.lookup_special(container, "__delitem__")? {
            self.call(&f, &[container.clone(), key.clone()], &[])?;
            return Ok(());
        }
        if let Some(l) = payload::<ListData>(container) {
            return self.list_del_item(l, key);
        }
        if payload::<DictData>(container).is_some() {
            if !self.dict_del_item(container, key)? {
                return Err(self.new_exception(&self.types.key_error, vec![key.clone()]));
            }
            return Ok(());
        }
        // CPython words it by whether the type has sequence methods.
        let sequence_like = payload::<crate::objects::tuple::TupleData>(container).is_some()
            || payload::<crate::objects::str::StrData>(container).is_some()
            || payload::<crate::objects::bytes::BytesData>(container).is_some()
            || payload::<crate::objects::range::RangeData>(container).is_some()
            || self.any_set(container).is_some()
            || self.lookup_special(container, "__getitem__")?.is_some()
            || self.lookup_special(container, "__len__")?.is_some();
        let what = if sequence_like {
            "doesn't support item deletion"
        } else {
            "does not support item deletion"
        };
        Err(self.type_error(&format!("'{}' object {what}", self.type_name(container))))
    }

    /// `del l[i]` or `del l[slice]`.
    pub(crate) fn list_del_item(&self, l: &ListData, key: &Value) -> PyResult<()> {
        if let Some(s) = payload::<SliceData>(key) {
            let len = l.len();
            let (start, step, count) = self.slice_indices(s, len)?;
            let doomed: Vec<usize> = (0..count as i64)
                .map(|k| (start + k * step) as usize)
                .collect();
            let removed = {
                let mut items = l.items.borrow_mut();
                let old = std::mem::take(&mut *items);
                let mut keep = Vec::with_capacity(old.len().saturating_sub(count));
                let mut removed = Vec::with_capacity(count);
                let mut marks = vec![false; old.len()];
                for i in doomed {
                    if let Some(m) = marks.get_mut(i) {
                        *m = true;
                    }
                }
                for (v, gone) in old.into_iter().zip(marks) {
                    if gone {
                        removed.push(v);
                    } else {
                        keep.push(v);
                    }
                }
                *items = keep;
                removed
            };
            drop(removed);
            return Ok(());
        }
        let i = match self.seq_index(key, l.len(), "list") {
            Ok(i) => i,
            Err(e) if self.is_instance_of(&e.exception_value(), &self.types.index_error) => {
                return Err(self.new_error(
                    &self.types.index_error,
                    "list assignment index out of range",
                ))
            }
            Err(e) => return Err(e),
        };
        let removed = {
            let mut items = l.items.borrow_mut();
            if i < items.len() {
                Some(items.remove(i))
            } else {
                None
            }
        };
        drop(removed);
        Ok(())
    }
}
