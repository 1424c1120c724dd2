//! `dict` objects: CPython's compact, insertion-ordered hash table (Objects/dictobject.c).
//!
//! A table is an index array (power-of-two size, open addressing with CPython's perturbed
//! probing) over an entry array in insertion order. Deleting leaves a dummy index and an empty
//! entry, reclaimed by the next resize. Every mutation bumps a global version counter stored in
//! the dict (PEP 509), which inline caches and JIT guards check, and which lookups use to notice
//! that a Python `__eq__` mutated the dict under them (they then start over, as CPython does).
//!
//! Key equality is supplied by the caller (`eq`), because comparing arbitrary keys runs Python
//! code. No borrow of the table is held while `eq` runs, and replaced or deleted keys and values
//! are dropped only after the table is consistent again, so `__eq__`/`__del__` may touch the dict.

use crate::error::PyResult;
use crate::heap::Trace;
use crate::value::Value;
use std::cell::{Cell, RefCell};

const EMPTY: i32 = -1;
const DUMMY: i32 = -2;
const MIN_SIZE: usize = 8;
const PERTURB_SHIFT: u32 = 5;

/// One key/value pair; a deleted entry has a NULL key.
struct Entry {
    hash: i64,
    key: Value,
    value: Value,
}

#[derive(Default)]
struct Table {
    /// Entry indices, or `EMPTY`/`DUMMY`; the length is 0 or a power of two.
    indices: Vec<i32>,
    /// Entries in insertion order.
    entries: Vec<Entry>,
    /// Live entries.
    used: usize,
}

impl Table {
    /// Entries that may still be appended before a resize (CPython's `USABLE_FRACTION`).
    fn usable(&self) -> usize {
        (self.indices.len() * 2 / 3).saturating_sub(self.entries.len())
    }

    /// The index slot where a new entry with `hash` goes (the first empty or dummy slot).
    fn free_slot(&self, hash: i64) -> usize {
        let mask = self.indices.len() - 1;
        let mut perturb = hash as u64;
        let mut i = hash as u64 as usize & mask;
        while self.indices[i] >= 0 {
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(perturb as usize)
                .wrapping_add(1))
                & mask;
        }
        i
    }

    /// Rebuilds the table with `max(8, next power of two ≥ min_size)` index slots, dropping
    /// deleted entries (CPython grows to `used * 3`).
    fn resize(&mut self, min_size: usize) {
        let size = min_size.next_power_of_two().max(MIN_SIZE);
        let old = std::mem::take(&mut self.entries);
        self.indices = vec![EMPTY; size];
        self.entries = Vec::with_capacity(size * 2 / 3);
        for e in old.into_iter().filter(|e| !e.key.is_null()) {
            let slot = self.free_slot(e.hash);
            self.indices[slot] = self.entries.len() as i32;
            self.entries.push(e);
        }
    }
}

/// The payload of a `dict`.
pub struct DictData {
    table: RefCell<Table>,
    version: Cell<u64>,
}

thread_local! {
    static NEXT_VERSION: Cell<u64> = const { Cell::new(1) };
}

fn next_version() -> u64 {
    NEXT_VERSION.with(|v| {
        let n = v.get();
        v.set(n + 1);
        n
    })
}

/// Where a lookup ended.
enum Probe {
    /// The key is at this entry index.
    Found(usize),
    /// The key is absent.
    Missing,
}

impl Default for DictData {
    fn default() -> Self {
        DictData::new()
    }
}

impl DictData {
    /// An empty dict.
    pub fn new() -> DictData {
        DictData {
            table: RefCell::new(Table::default()),
            version: Cell::new(next_version()),
        }
    }

    /// The version tag: different after every mutation (PEP 509).
    #[inline]
    pub fn version(&self) -> u64 {
        self.version.get()
    }

    fn bump(&self) {
        self.version.set(next_version());
    }

    /// The number of items (`len()`).
    pub fn len(&self) -> usize {
        self.table.borrow().used
    }

    /// Whether the dict is empty.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Finds `key` (with `hash`), comparing candidates with `eq` (called as `eq(stored, key)`
    /// only for stored keys that are not `key` itself and have the same hash).
    fn probe(
        &self,
        key: &Value,
        hash: i64,
        eq: &mut dyn FnMut(&Value, &Value) -> PyResult<bool>,
    ) -> PyResult<Probe> {
        'restart: loop {
            let version = self.version.get();
            let mut perturb = hash as u64;
            let mut i = {
                let t = self.table.borrow();
                if t.indices.is_empty() {
                    return Ok(Probe::Missing);
                }
                hash as u64 as usize & (t.indices.len() - 1)
            };
            loop {
                let candidate = {
                    let t = self.table.borrow();
                    let ix = t.indices[i];
                    if ix == EMPTY {
                        return Ok(Probe::Missing);
                    }
                    let mut candidate = None;
                    if ix >= 0 {
                        let e = &t.entries[ix as usize];
                        if e.key.is(key) {
                            return Ok(Probe::Found(ix as usize));
                        }
                        if e.hash == hash {
                            candidate = Some((ix as usize, e.key.clone()));
                        }
                    }
                    let mask = t.indices.len() - 1;
                    perturb >>= PERTURB_SHIFT;
                    i = (i
                        .wrapping_mul(5)
                        .wrapping_add(perturb as usize)
                        .wrapping_add(1))
                        & mask;
                    candidate
                };
                if let Some((ix, stored)) = candidate {
                    let same = eq(&stored, key)?;
                    if self.version.get() != version {
                        continue 'restart;
                    }
                    if same {
                        return Ok(Probe::Found(ix));
                    }
                }
            }
        }
    }

    /// `d[key]` if present.
    pub fn get(
        &self,
        key: &Value,
        hash: i64,
        eq: &mut dyn FnMut(&Value, &Value) -> PyResult<bool>,
    ) -> PyResult<Option<Value>> {
        Ok(match self.probe(key, hash, eq)? {
            Probe::Found(ix) => Some(self.table.borrow().entries[ix].value.clone()),
            Probe::Missing => None,
        })
    }

    /// `d[key] = value`.
    pub fn set(
        &self,
        key: Value,
        hash: i64,
        value: Value,
        eq: &mut dyn FnMut(&Value, &Value) -> PyResult<bool>,
    ) -> PyResult<()> {
        let old = match self.probe(&key, hash, eq)? {
            Probe::Found(ix) => {
                let mut t = self.table.borrow_mut();
                std::mem::replace(&mut t.entries[ix].value, value)
            }
            Probe::Missing => {
                let mut t = self.table.borrow_mut();
                if t.usable() == 0 {
                    let used = t.used;
                    t.resize(used * 3);
                }
                let slot = t.free_slot(hash);
                let ix = t.entries.len() as i32;
                t.indices[slot] = ix;
                t.entries.push(Entry { hash, key, value });
                t.used += 1;
                Value::NULL
            }
        };
        self.bump();
        drop(old);
        Ok(())
    }

    /// Removes `key`, returning its value if it was present.
    pub fn remove(
        &self,
        key: &Value,
        hash: i64,
        eq: &mut dyn FnMut(&Value, &Value) -> PyResult<bool>,
    ) -> PyResult<Option<Value>> {
        let Probe::Found(ix) = self.probe(key, hash, eq)? else {
            return Ok(None);
        };
        let (old_key, old_value) = {
            let mut t = self.table.borrow_mut();
            let mask = t.indices.len() - 1;
            let (mut i, mut perturb) = (hash as u64 as usize & mask, hash as u64);
            while t.indices[i] != ix as i32 {
                perturb >>= PERTURB_SHIFT;
                i = (i
                    .wrapping_mul(5)
                    .wrapping_add(perturb as usize)
                    .wrapping_add(1))
                    & mask;
            }
            t.indices[i] = DUMMY;
            t.used -= 1;
            let e = &mut t.entries[ix];
            (std::mem::take(&mut e.key), std::mem::take(&mut e.value))
        };
        self.bump();
        drop(old_key);
        Ok(Some(old_value))
    }

    /// Removes every item (`d.clear()`).
    pub fn clear(&self) {
        let old = std::mem::take(&mut *self.table.borrow_mut());
        self.bump();
        drop(old);
    }

    /// The `n`-th live item at or after entry position `pos`, for iteration: returns the item and
    /// the position to continue from, or `None` at the end. Positions stay valid across
    /// mutations; callers detect size changes themselves, as CPython's iterators do.
    pub fn next_item(&self, pos: usize) -> Option<(usize, Value, Value)> {
        let t = self.table.borrow();
        t.entries
            .iter()
            .enumerate()
            .skip(pos)
            .find(|(_, e)| !e.key.is_null())
            .map(|(i, e)| (i + 1, e.key.clone(), e.value.clone()))
    }

    /// A snapshot of the items, in order.
    pub fn items(&self) -> Vec<(Value, Value)> {
        let t = self.table.borrow();
        t.entries
            .iter()
            .filter(|e| !e.key.is_null())
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect()
    }
}

impl Trace for DictData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        // The collector runs no Python code, so no mutable borrow can be active.
        if let Ok(t) = self.table.try_borrow() {
            for e in &t.entries {
                visit(&e.key);
                visit(&e.value);
            }
        }
    }

    fn clear(&self) {
        DictData::clear(self);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn int(i: i64) -> Value {
        Value::small_int(i).unwrap()
    }

    fn int_eq(a: &Value, b: &Value) -> PyResult<bool> {
        Ok(a.as_small_int() == b.as_small_int())
    }

    #[test]
    fn insert_lookup_delete_keep_insertion_order() {
        let d = DictData::new();
        for i in 0..1000 {
            d.set(int(i), i % 7, int(i * 10), &mut int_eq).unwrap();
        }
        assert_eq!(d.len(), 1000);
        for i in (0..1000).step_by(2) {
            assert_eq!(
                d.remove(&int(i), i % 7, &mut int_eq)
                    .unwrap()
                    .unwrap()
                    .as_small_int(),
                Some(i * 10)
            );
        }
        assert!(d.get(&int(4), 4, &mut int_eq).unwrap().is_none());
        assert_eq!(
            d.get(&int(5), 5, &mut int_eq)
                .unwrap()
                .unwrap()
                .as_small_int(),
            Some(50)
        );
        d.set(int(4), 4, int(-1), &mut int_eq).unwrap();
        let keys: Vec<i64> = d
            .items()
            .iter()
            .map(|(k, _)| k.as_small_int().unwrap())
            .collect();
        assert_eq!(keys.len(), 501);
        assert_eq!(&keys[..3], &[1, 3, 5]);
        assert_eq!(*keys.last().unwrap(), 4, "a re-inserted key goes last");
    }

    #[test]
    fn versions_change_on_every_mutation() {
        let d = DictData::new();
        let v0 = d.version();
        d.set(int(1), 1, int(1), &mut int_eq).unwrap();
        let v1 = d.version();
        d.set(int(1), 1, int(2), &mut int_eq).unwrap();
        assert!(v0 != v1 && v1 != d.version());
    }

    #[test]
    fn a_mutating_eq_restarts_the_lookup() {
        let d = DictData::new();
        d.set(int(1), 5, int(10), &mut int_eq).unwrap();
        d.set(int(2), 5, int(20), &mut int_eq).unwrap();
        let mut calls = 0;
        let found = d
            .get(&int(2), 5, &mut |a, b| {
                calls += 1;
                if calls == 1 {
                    d.set(int(3), 6, int(30), &mut int_eq).unwrap();
                }
                int_eq(a, b)
            })
            .unwrap();
        assert_eq!(found.unwrap().as_small_int(), Some(20));
        assert!(calls >= 2);
    }
}

/// Which view of a dict a [`DictViewData`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ViewKind {
    /// `dict_keys`.
    Keys,
    /// `dict_values`.
    Values,
    /// `dict_items`.
    Items,
}

/// The payload of a `dict_keys`, `dict_values` or `dict_items` view: a live window on a dict.
pub struct DictViewData {
    /// The dict.
    pub dict: crate::slot::Slot,
    /// Which view.
    pub kind: ViewKind,
}

impl Trace for DictViewData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        self.dict.visit(visit);
    }

    fn clear(&self) {
        self.dict.set(Value::NULL);
    }
}
