//! `set` and `frozenset` objects: CPython's open-addressing hash table (Objects/setobject.c
//! semantics), so that iteration order — table order — is CPython's.
//!
//! The table holds `(hash, key)` entries; its size is a power of two, at least 8. A probe
//! starts at `hash & mask`, looks at up to 9 following entries linearly (when they do not wrap),
//! then jumps with CPython's perturbation (`i = 5*i + 1 + perturb`, `perturb >>= 5`). A deleted
//! entry becomes a *dummy* (NULL key, hash -1) that lookups skip and insertions may reuse. The
//! table grows when `fill*5 >= mask*3`, to the smallest power of two above 4×`used` (2× past
//! 50 000); resizing re-inserts the live entries in table order.
//!
//! Key equality is supplied by the caller (`eq`), since comparing keys runs Python code. No
//! borrow of the table is held while `eq` runs, and a lookup starts over when `eq` mutated the
//! set, as CPython's does. Removed keys are dropped after the table is consistent again.

use crate::error::PyResult;
use crate::heap::Trace;
use crate::value::Value;
use std::cell::{Cell, RefCell};

const MIN_SIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;
/// The hash of a dummy entry (a real hash is never -1).
const DUMMY_HASH: i64 = -1;

/// Key equality: `eq(stored, probe)`.
pub type Eq<'a> = &'a mut dyn FnMut(&Value, &Value) -> PyResult<bool>;

/// One slot: unused (NULL key, hash 0), dummy (NULL key, hash -1) or live.
#[derive(Default)]
struct Entry {
    hash: i64,
    key: Value,
}

impl Entry {
    fn is_unused(&self) -> bool {
        self.key.is_null() && self.hash == 0
    }
}

struct Table {
    entries: Vec<Entry>,
    /// Live plus dummy entries.
    fill: usize,
    /// Live entries.
    used: usize,
}

impl Default for Table {
    fn default() -> Self {
        Table::with_size(MIN_SIZE)
    }
}

impl Table {
    fn with_size(size: usize) -> Table {
        let mut entries = Vec::with_capacity(size);
        entries.resize_with(size, Entry::default);
        Table {
            entries,
            fill: 0,
            used: 0,
        }
    }

    fn mask(&self) -> usize {
        self.entries.len() - 1
    }

    /// Puts a key known to be absent into a table without dummies (CPython's
    /// `set_insert_clean`); does not update the counts.
    fn insert_clean(&mut self, key: Value, hash: i64) {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = hash as u64 as usize & mask;
        loop {
            let run = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + run {
                if self.entries[j].key.is_null() {
                    self.entries[j] = Entry { hash, key };
                    return;
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    /// Rebuilds the table with the smallest power-of-two size above `min_used` (at least 8),
    /// dropping dummies.
    fn resize(&mut self, min_used: usize) {
        let mut size = MIN_SIZE;
        while size <= min_used {
            size <<= 1;
        }
        let old = std::mem::replace(self, Table::with_size(size));
        self.used = old.used;
        self.fill = old.used;
        for e in old.entries {
            if !e.key.is_null() {
                self.insert_clean(e.key, e.hash);
            }
        }
    }
}

/// The payload of a `set` or `frozenset` (the type tells which).
pub struct SetData {
    table: RefCell<Table>,
    /// Bumped by every mutation, so a lookup notices that `__eq__` changed the set.
    version: Cell<u64>,
    /// Where `pop` starts looking (CPython's `finger`).
    finger: Cell<usize>,
    /// The cached `hash()` of a frozenset, or -1.
    pub hash: Cell<i64>,
}

impl Default for SetData {
    fn default() -> Self {
        SetData::new()
    }
}

/// What a probe found.
enum Probe {
    /// The key is live at this index.
    Found(usize),
    /// The key is absent; this is the first unused entry met, and the first dummy before it.
    Missing(usize, Option<usize>),
}

impl SetData {
    /// An empty set payload.
    pub fn new() -> SetData {
        SetData {
            table: RefCell::new(Table::default()),
            version: Cell::new(0),
            finger: Cell::new(0),
            hash: Cell::new(-1),
        }
    }

    fn bump(&self) {
        self.version.set(self.version.get().wrapping_add(1));
    }

    /// `len()`.
    pub fn len(&self) -> usize {
        self.table.borrow().used
    }

    /// Whether the set is empty.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Finds `key` with `hash` (CPython's `set_lookkey` and the probe of `set_add_entry`).
    fn probe(&self, key: &Value, hash: i64, eq: Eq<'_>) -> PyResult<Probe> {
        'restart: loop {
            let version = self.version.get();
            let mask = self.table.borrow().mask();
            let mut perturb = hash as u64;
            let mut i = hash as u64 as usize & mask;
            let mut freeslot = None;
            loop {
                let run = if i + LINEAR_PROBES <= mask {
                    LINEAR_PROBES
                } else {
                    0
                };
                for j in i..=i + run {
                    let candidate = {
                        let t = self.table.borrow();
                        let e = &t.entries[j];
                        if e.is_unused() {
                            return Ok(Probe::Missing(j, freeslot));
                        }
                        if e.hash == hash && !e.key.is_null() {
                            if e.key.is(key) {
                                return Ok(Probe::Found(j));
                            }
                            Some(e.key.clone())
                        } else {
                            if e.hash == DUMMY_HASH && e.key.is_null() && freeslot.is_none() {
                                freeslot = Some(j);
                            }
                            None
                        }
                    };
                    if let Some(stored) = candidate {
                        let same = eq(&stored, key)?;
                        if self.version.get() != version {
                            continue 'restart;
                        }
                        if same {
                            return Ok(Probe::Found(j));
                        }
                    }
                }
                perturb >>= PERTURB_SHIFT;
                i = (i
                    .wrapping_mul(5)
                    .wrapping_add(1)
                    .wrapping_add(perturb as usize))
                    & mask;
            }
        }
    }

    /// Whether `key` is in the set.
    pub fn contains(&self, key: &Value, hash: i64, eq: Eq<'_>) -> PyResult<bool> {
        Ok(matches!(self.probe(key, hash, eq)?, Probe::Found(_)))
    }

    /// Adds `key` (CPython's `set_add_entry`); an equal key already present is kept.
    pub fn add(&self, key: Value, hash: i64, eq: Eq<'_>) -> PyResult<()> {
        let Probe::Missing(unused, freeslot) = self.probe(&key, hash, eq)? else {
            return Ok(());
        };
        let mut t = self.table.borrow_mut();
        self.bump();
        t.used += 1;
        if let Some(slot) = freeslot {
            t.entries[slot] = Entry { hash, key };
            return Ok(());
        }
        t.fill += 1;
        t.entries[unused] = Entry { hash, key };
        if t.fill * 5 >= t.mask() * 3 {
            let used = t.used;
            t.resize(if used > 50_000 { used * 2 } else { used * 4 });
        }
        Ok(())
    }

    /// Removes `key`; returns whether it was present (CPython's `set_discard_entry`).
    pub fn discard(&self, key: &Value, hash: i64, eq: Eq<'_>) -> PyResult<bool> {
        let Probe::Found(j) = self.probe(key, hash, eq)? else {
            return Ok(false);
        };
        let old = {
            let mut t = self.table.borrow_mut();
            t.used -= 1;
            std::mem::replace(
                &mut t.entries[j],
                Entry {
                    hash: DUMMY_HASH,
                    key: Value::NULL,
                },
            )
        };
        self.bump();
        drop(old);
        Ok(true)
    }

    /// Removes and returns an arbitrary element, scanning from the finger as CPython's
    /// `set_pop`; `None` when empty.
    pub fn pop(&self) -> Option<Value> {
        let old = {
            let mut t = self.table.borrow_mut();
            if t.used == 0 {
                return None;
            }
            let mask = t.mask();
            let mut i = self.finger.get() & mask;
            while t.entries[i].key.is_null() {
                i = (i + 1) & mask;
            }
            t.used -= 1;
            self.finger.set(i + 1);
            std::mem::replace(
                &mut t.entries[i],
                Entry {
                    hash: DUMMY_HASH,
                    key: Value::NULL,
                },
            )
        };
        self.bump();
        Some(old.key)
    }

    /// Removes every element.
    pub fn clear(&self) {
        let old = std::mem::take(&mut *self.table.borrow_mut());
        self.bump();
        drop(old);
    }

    /// Adds every element of `other` (CPython's `set_merge`): one resize up front, then a
    /// straight copy or clean inserts when this set is empty, else ordinary insertions.
    pub fn merge(&self, other: &SetData, eq: Eq<'_>) -> PyResult<()> {
        if std::ptr::eq(self, other) || other.is_empty() {
            return Ok(());
        }
        let items = other.entries();
        let (other_fill, other_mask) = {
            let o = other.table.borrow();
            (o.fill, o.mask())
        };
        {
            let mut t = self.table.borrow_mut();
            self.bump();
            if (t.fill + items.len()) * 5 >= t.mask() * 3 {
                let want = (t.used + items.len()) * 2;
                t.resize(want);
            }
            if t.fill == 0 {
                if t.mask() == other_mask && other_fill == items.len() {
                    // Same size, no dummies: the same positions.
                    let o = other.table.borrow();
                    for (mine, theirs) in t.entries.iter_mut().zip(o.entries.iter()) {
                        if !theirs.key.is_null() {
                            *mine = Entry {
                                hash: theirs.hash,
                                key: theirs.key.clone(),
                            };
                        }
                    }
                } else {
                    for (key, hash) in items {
                        t.insert_clean(key, hash);
                    }
                    let n = other.len();
                    t.fill = n;
                    t.used = n;
                    return Ok(());
                }
                t.fill = other_fill;
                t.used = items.len();
                return Ok(());
            }
        }
        for (key, hash) in items {
            self.add(key, hash, eq)?;
        }
        Ok(())
    }

    /// Makes room for `extra` more keys before inserting them one by one (the up-front resize
    /// CPython does when updating from a dict).
    pub fn reserve_for(&self, extra: usize) {
        let mut t = self.table.borrow_mut();
        if (t.fill + extra) * 5 >= t.mask() * 3 {
            let want = (t.used + extra) * 2;
            t.resize(want);
            self.bump();
        }
    }

    /// Removes dummies when more than a quarter of the table is dummies (after
    /// `difference_update`).
    pub fn shrink_dummies(&self) {
        let mut t = self.table.borrow_mut();
        if t.fill - t.used > t.mask() / 4 {
            let used = t.used;
            t.resize(if used > 50_000 { used * 2 } else { used * 4 });
            self.bump();
        }
    }

    /// Exchanges the contents of two sets (CPython's `set_swap_bodies`, for
    /// `intersection_update`). The cached hashes are not exchanged (both are mutable sets).
    pub fn swap_bodies(&self, other: &SetData) {
        if std::ptr::eq(self, other) {
            return;
        }
        self.table.swap(&other.table);
        self.bump();
        other.bump();
    }

    /// The live `(key, hash)` pairs in table order.
    pub fn entries(&self) -> Vec<(Value, i64)> {
        self.table
            .borrow()
            .entries
            .iter()
            .filter(|e| !e.key.is_null())
            .map(|e| (e.key.clone(), e.hash))
            .collect()
    }

    /// The live keys in table order.
    pub fn keys(&self) -> Vec<Value> {
        self.table
            .borrow()
            .entries
            .iter()
            .filter(|e| !e.key.is_null())
            .map(|e| e.key.clone())
            .collect()
    }

    /// The first live key at or after table position `pos`, and the position after it.
    pub fn next_key(&self, pos: usize) -> Option<(usize, Value)> {
        let t = self.table.borrow();
        t.entries
            .iter()
            .enumerate()
            .skip(pos)
            .find(|(_, e)| !e.key.is_null())
            .map(|(i, e)| (i + 1, e.key.clone()))
    }
}

impl Trace for SetData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Ok(t) = self.table.try_borrow() {
            for e in &t.entries {
                visit(&e.key);
            }
        }
    }

    fn clear(&self) {
        SetData::clear(self);
    }
}

/// The payload of a `set_iterator`.
pub struct SetIterData {
    /// The set, or NULL once exhausted.
    pub set: crate::slot::Slot,
    /// The table position to continue from.
    pub pos: Cell<usize>,
    /// The set's size when iteration started (-1 after a size change was reported).
    pub used: Cell<isize>,
    /// Elements left (`__length_hint__`).
    pub left: Cell<usize>,
}

impl Trace for SetIterData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        self.set.visit(visit);
    }

    fn clear(&self) {
        self.set.set(Value::NULL);
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

    fn keys(s: &SetData) -> Vec<i64> {
        s.keys().iter().map(|k| k.as_small_int().unwrap()).collect()
    }

    #[test]
    fn small_ints_iterate_in_cpython_order() {
        let s = SetData::new();
        for i in [5, 3, 100, 1, 8] {
            s.add(int(i), i, &mut int_eq).unwrap();
        }
        // CPython: {5, 3, 100, 1, 8} iterates as 1, 3, 100, 5, 8 (table of 32 after growth).
        assert_eq!(keys(&s), [1, 3, 100, 5, 8]);
        assert!(s.discard(&int(3), 3, &mut int_eq).unwrap());
        assert!(!s.contains(&int(3), 3, &mut int_eq).unwrap());
        assert_eq!(s.len(), 4);
        assert_eq!(s.pop().unwrap().as_small_int(), Some(1));
    }
}
