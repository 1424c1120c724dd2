//! Weak references (CPython's Objects/weakrefobject.c): the payload of `weakref.ref` and of the
//! proxies, and the per-object lists of weak references to an object.
//!
//! CPython keeps the head of an object's weakref list inside the object. krait keeps the lists
//! in a side table keyed by the referent's address, and marks referents with the header flag
//! `HAS_WEAKREFS`, so objects nobody weakly references pay nothing. A weak reference holds
//! its referent's address uncounted; when the referent dies (its count reaches zero, or the
//! collector finds it unreachable), [`clear_all`] empties its list, and the callbacks run.

use crate::heap::{flags, Header, ObjRef, Trace};
use crate::slot::Slot;
use crate::value::Value;
use rustc_hash::FxHashMap;
use std::cell::{Cell, RefCell};
use std::ptr::{self, NonNull};

/// The payload of a `weakref.ref` (or subclass instance), `weakref.ProxyType` or
/// `weakref.CallableProxyType` object.
pub struct WeakrefData {
    /// The referent, uncounted; null once it died or the reference was cleared.
    referent: Cell<*const Header>,
    /// This weak reference's own header (set right after allocation), so that the payload can
    /// unlink itself from the referent's list.
    this: Cell<*const Header>,
    /// The callback, or NULL.
    pub callback: Slot,
    /// The referent's hash, once computed (CPython's `hash` field; kept after death).
    pub hash: Cell<Option<i64>>,
}

impl WeakrefData {
    /// A weak reference to `referent` (not yet linked into its list: see [`link`]).
    pub fn new(referent: &Header, callback: Value) -> WeakrefData {
        WeakrefData {
            referent: Cell::new(referent),
            this: Cell::new(ptr::null()),
            callback: Slot::new(callback),
            hash: Cell::new(None),
        }
    }

    /// The referent, if it is still alive.
    pub fn get(&self) -> Option<Value> {
        let p = self.referent.get();
        if p.is_null() {
            return None;
        }
        // SAFETY: a non-null referent is live: its death clears every weak reference to it
        // before its memory is released (`clear_all`). A count of zero means it is being freed
        // (queued by the trashcan or running its finalizer's aftermath): treat it as dead.
        let h = unsafe { &*p };
        (h.refcnt() > 0).then(|| Value::from_obj(ObjRef::from_header(h)))
    }

    /// Whether the referent is gone.
    pub fn is_dead(&self) -> bool {
        self.get().is_none()
    }

    /// The referent's address (for `repr`), while set.
    pub fn referent_ptr(&self) -> *const Header {
        self.referent.get()
    }

    /// Unlinks this reference from its referent's list and forgets the referent (CPython's
    /// `clear_weakref`), dropping the callback too.
    pub fn unlink(&self) {
        self.forget_referent();
        self.callback.set(Value::NULL);
    }

    /// Unlinks this reference from its referent's list and forgets the referent, keeping the
    /// callback (CPython's `_PyWeakref_ClearRef`, for weak references the collector found
    /// unreachable: their callbacks must never run).
    pub fn forget_referent(&self) {
        let r = self.referent.replace(ptr::null());
        let this = self.this.get();
        if !r.is_null() && !this.is_null() {
            // SAFETY: a set referent is live (see `get`); the list holds `this` until now.
            remove(unsafe { &*r }, this);
        }
    }
}

impl Trace for WeakrefData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        self.callback.visit(visit);
    }

    fn clear(&self) {
        self.unlink();
    }
}

impl Drop for WeakrefData {
    fn drop(&mut self) {
        let r = self.referent.replace(ptr::null());
        let this = self.this.get();
        if !r.is_null() && !this.is_null() {
            // SAFETY: as in `unlink`.
            remove(unsafe { &*r }, this);
        }
    }
}

thread_local! {
    /// The weak references to each weakly referenced object, by the object's address, in
    /// CPython's list order.
    static LISTS: RefCell<FxHashMap<usize, Vec<NonNull<Header>>>> =
        RefCell::new(FxHashMap::default());
}

fn key(h: &Header) -> usize {
    h as *const Header as usize
}

/// Links the new weak reference `wr` (whose payload is `data`) into the list of `referent`:
/// first if `front` (a basic `ref` without callback), else after the basic ones at the head
/// (`after` of them), so that the others are newest first, as CPython's `insert_after`.
pub fn link(referent: &Header, wr: &Header, data: &WeakrefData, after: usize) {
    data.this.set(wr);
    LISTS.with(|l| {
        let mut l = l.borrow_mut();
        let list = l.entry(key(referent)).or_default();
        let at = after.min(list.len());
        list.insert(at, wr.ptr());
    });
    referent.set_flags(referent.flags() | flags::HAS_WEAKREFS);
}

fn remove(referent: &Header, wr: *const Header) {
    let now_empty = LISTS.with(|l| {
        let mut l = l.borrow_mut();
        let Some(list) = l.get_mut(&key(referent)) else {
            return false;
        };
        list.retain(|p| !std::ptr::eq(p.as_ptr(), wr));
        if list.is_empty() {
            l.remove(&key(referent));
            true
        } else {
            false
        }
    });
    if now_empty {
        referent.set_flags(referent.flags() & !flags::HAS_WEAKREFS);
    }
}

/// The live weak references to `referent`, in list order (`getweakrefs`).
pub fn refs_to(referent: &Header) -> Vec<Value> {
    if referent.flags() & flags::HAS_WEAKREFS == 0 {
        return Vec::new();
    }
    let ptrs = LISTS.with(|l| l.borrow().get(&key(referent)).cloned().unwrap_or_default());
    ptrs.into_iter()
        .filter_map(|p| {
            // SAFETY: listed weak references are live (a dying one unlinks itself); one with a
            // zero count is being freed and is skipped.
            let h = unsafe { p.as_ref() };
            (h.refcnt() > 0).then(|| Value::from_obj(ObjRef::from_header(h)))
        })
        .collect()
}

/// The number of weak references to `referent` (`getweakrefcount`).
pub fn count(referent: &Header) -> usize {
    if referent.flags() & flags::HAS_WEAKREFS == 0 {
        return 0;
    }
    LISTS.with(|l| l.borrow().get(&key(referent)).map_or(0, Vec::len))
}

/// Clears every weak reference to `referent` (which is dying or unreachable) and returns the
/// callbacks to call, with their weak references, in list order (CPython's
/// `PyObject_ClearWeakRefs`, minus the calls). `skip_callback` tells which weak references'
/// callbacks must not run (ones the collector found unreachable too).
pub fn clear_all(
    referent: &Header,
    skip_callback: &dyn Fn(&Header) -> bool,
) -> Vec<(Value, Value)> {
    if referent.flags() & flags::HAS_WEAKREFS == 0 {
        return Vec::new();
    }
    referent.set_flags(referent.flags() & !flags::HAS_WEAKREFS);
    let list = LISTS.with(|l| l.borrow_mut().remove(&key(referent)).unwrap_or_default());
    let mut calls = Vec::new();
    for p in list {
        // SAFETY: listed weak references are live until they unlink themselves, which cannot
        // happen during this loop (it runs no Python code and drops no counted reference
        // before the loop ends: the callbacks are only collected).
        let h = unsafe { p.as_ref() };
        let Some(data) = h.downcast_ref::<WeakrefData>() else {
            continue;
        };
        data.referent.set(ptr::null());
        let cb = data.callback.replace(Value::NULL);
        if !cb.is_null() && !cb.is_none() && h.refcnt() > 0 && !skip_callback(h) {
            calls.push((Value::from_obj(ObjRef::from_header(h)), cb));
        } else {
            // Dropped after the loop: dropping may free objects.
            calls.push((Value::NULL, cb));
        }
    }
    calls.retain(|(w, _)| !w.is_null());
    calls
}
