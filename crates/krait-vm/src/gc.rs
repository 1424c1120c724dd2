//! The cycle collector: CPython's generational trial-deletion algorithm (Modules/gcmodule.c).
//!
//! Every object of a collectable layout is linked into one of three generation lists through the
//! [`GcLink`] that precedes it. A collection of generation `g` examines `g` and the younger
//! generations: it copies each object's reference count, subtracts the references coming from
//! inside the examined set, and whatever is still referenced from outside is reachable, together
//! with everything reachable from it. The rest is garbage: its references are cleared (the
//! layout's `clear`), which lets reference counting free it. Survivors move one generation up.
//!
//! Collections run at safepoints ([`collect_if_needed`]), never inside an allocation, so no
//! Rust code is ever interrupted half-way through updating an object.
//!
//! State is per thread for now (one interpreter per thread); it moves under the global
//! interpreter lock when threads arrive.

use crate::heap::{flags, Header, ObjRef};
use crate::objects::weakref::{self, WeakrefData};
use crate::slot::Slot;
use crate::value::Value;
use std::cell::Cell;
use std::mem::size_of;
use std::ptr::{self, NonNull};

/// The collector's link, placed immediately before the header of a collectable object.
#[repr(C)]
pub struct GcLink {
    prev: Cell<*const GcLink>,
    next: Cell<*const GcLink>,
    /// Scratch count used during a collection (CPython's `gc_refs`).
    refs: Cell<isize>,
}

impl GcLink {
    pub(crate) fn new() -> GcLink {
        GcLink {
            prev: Cell::new(ptr::null()),
            next: Cell::new(ptr::null()),
            refs: Cell::new(0),
        }
    }

    fn header(&self) -> &Header {
        // SAFETY: links of objects (never list heads, which are not passed here) sit directly
        // before their header (checked in `heap::drop_and_free`).
        unsafe {
            &*((self as *const GcLink as *const u8).add(size_of::<GcLink>()) as *const Header)
        }
    }

    fn of(h: &Header) -> &GcLink {
        // SAFETY: only called for objects of collectable layouts, allocated as `GcBox`.
        unsafe { &*((h as *const Header as *const u8).sub(size_of::<GcLink>()) as *const GcLink) }
    }

    fn unlink(&self) {
        let (prev, next) = (self.prev.get(), self.next.get());
        // SAFETY: a linked node's neighbours are live nodes of the same circular list.
        unsafe {
            (*prev).next.set(next);
            (*next).prev.set(prev);
        }
        self.prev.set(ptr::null());
        self.next.set(ptr::null());
    }
}

/// A circular doubly-linked list with a heap-allocated sentinel (so its address is stable).
struct List {
    head: Box<GcLink>,
}

impl List {
    fn new() -> List {
        let head = Box::new(GcLink::new());
        let p: *const GcLink = &*head;
        head.prev.set(p);
        head.next.set(p);
        List { head }
    }

    fn head(&self) -> *const GcLink {
        &*self.head
    }

    fn is_empty(&self) -> bool {
        self.head.next.get() == self.head()
    }

    fn first(&self) -> Option<&GcLink> {
        // SAFETY: a non-head node of the list is a live object's link.
        (!self.is_empty()).then(|| unsafe { &*self.head.next.get() })
    }

    fn push(&self, link: &GcLink) {
        let head = self.head();
        // SAFETY: `head.prev` is the last live node (or the head itself).
        let last = unsafe { &*self.head.prev.get() };
        link.prev.set(last);
        link.next.set(head);
        last.next.set(link);
        self.head.prev.set(link);
    }

    /// Moves every node of `self` to the end of `other`.
    fn splice_into(&self, other: &List) {
        while let Some(link) = self.first() {
            link.unlink();
            other.push(link);
        }
    }

    fn len(&self) -> usize {
        let mut n = 0;
        let mut p = self.head.next.get();
        while p != self.head() {
            n += 1;
            // SAFETY: `p` is a live node of this list.
            p = unsafe { (*p).next.get() };
        }
        n
    }

    /// The headers of all nodes (a snapshot).
    fn headers(&self) -> Vec<NonNull<Header>> {
        let mut out = Vec::new();
        let mut p = self.head.next.get();
        while p != self.head() {
            // SAFETY: `p` is a live node of this list.
            let link = unsafe { &*p };
            out.push(link.header().ptr());
            p = link.next.get();
        }
        out
    }
}

/// Number of generations, as CPython.
pub const GENERATIONS: usize = 3;

struct Generation {
    list: List,
    /// Generation 0: tracked allocations minus deallocations since its last collection; older
    /// generations: collections of the next younger one since their last collection.
    count: Cell<usize>,
    threshold: Cell<usize>,
}

struct State {
    gens: [Generation; GENERATIONS],
    enabled: Cell<bool>,
    collecting: Cell<bool>,
    /// Objects in the oldest generation after the last full collection, and survivors moved
    /// there since (CPython's heuristic that bounds the cost of full collections).
    long_lived_total: Cell<usize>,
    long_lived_pending: Cell<usize>,
    /// `gc.set_debug` flags.
    debug: Cell<u32>,
    /// Whether a tracked object was allocated since the last collection (the `gc-stress`
    /// build collects at the next safepoint after every tracked allocation).
    allocated: Cell<bool>,
    /// `gc.garbage` (a list, once the `gc` module made it).
    garbage: Slot,
    /// `gc.callbacks` (a list, once the `gc` module made it).
    callbacks: Slot,
    /// Objects moved out of the generations by `gc.freeze()`.
    permanent: List,
    /// Per generation: collections, collected and uncollectable objects (`gc.get_stats`).
    stats: [Cell<[usize; 3]>; GENERATIONS],
}

/// `gc.DEBUG_SAVEALL`: unreachable objects go to `gc.garbage` instead of being freed.
pub const DEBUG_SAVEALL: u32 = 1 << 5;

thread_local! {
    static STATE: State = State {
        gens: [700, 10, 10].map(|t| Generation {
            list: List::new(),
            count: Cell::new(0),
            threshold: Cell::new(t),
        }),
        enabled: Cell::new(true),
        collecting: Cell::new(false),
        long_lived_total: Cell::new(0),
        long_lived_pending: Cell::new(0),
        debug: Cell::new(0),
        allocated: Cell::new(false),
        garbage: Slot::default(),
        callbacks: Slot::default(),
        permanent: List::new(),
        stats: [const { Cell::new([0; 3]) }; GENERATIONS],
    };
}

/// Links a new object into generation 0.
pub(crate) fn track(h: &Header) {
    debug_assert_eq!(h.flags() & flags::TRACKED, 0);
    STATE.with(|s| {
        s.allocated.set(true);
        s.gens[0].list.push(GcLink::of(h));
        let c = &s.gens[0].count;
        c.set(c.get() + 1);
    });
    h.set_flags(h.flags() | flags::TRACKED);
}

/// Unlinks an object from whatever list holds it (on deallocation or explicit untracking).
pub(crate) fn untrack(h: &Header) {
    GcLink::of(h).unlink();
    h.set_flags(h.flags() & !(flags::TRACKED | flags::COLLECTING | flags::REACHABLE));
    STATE.with(|s| {
        let c = &s.gens[0].count;
        c.set(c.get().saturating_sub(1));
    });
}

/// Whether `h` is tracked by the collector (`gc.is_tracked`).
pub fn is_tracked(h: &Header) -> bool {
    h.flags() & flags::TRACKED != 0
}

/// Enables or disables automatic collection (`gc.enable`/`gc.disable`).
pub fn set_enabled(on: bool) {
    STATE.with(|s| s.enabled.set(on));
}

/// Whether automatic collection is enabled (`gc.isenabled`).
pub fn is_enabled() -> bool {
    STATE.with(|s| s.enabled.get())
}

/// The thresholds of the three generations (`gc.get_threshold`).
pub fn thresholds() -> [usize; GENERATIONS] {
    STATE.with(|s| s.gens.each_ref().map(|g| g.threshold.get()))
}

/// Sets the thresholds (`gc.set_threshold`); `None` leaves a threshold unchanged.
pub fn set_thresholds(t: [Option<usize>; GENERATIONS]) {
    STATE.with(|s| {
        for (g, t) in s.gens.iter().zip(t) {
            if let Some(t) = t {
                g.threshold.set(t);
            }
        }
    });
}

/// The counts of the three generations (`gc.get_count`).
pub fn counts() -> [usize; GENERATIONS] {
    STATE.with(|s| s.gens.each_ref().map(|g| g.count.get()))
}

/// The number of objects in each generation (for tests and `gc.get_objects` sizing).
pub fn generation_sizes() -> [usize; GENERATIONS] {
    STATE.with(|s| s.gens.each_ref().map(|g| g.list.len()))
}

/// Whether automatic collection is due (cheap: called at safepoints).
#[inline]
pub fn needs_collection() -> bool {
    STATE.with(|s| {
        s.enabled.get()
            && !s.collecting.get()
            && (s.gens[0].count.get() > s.gens[0].threshold.get()
                || (cfg!(feature = "gc-stress") && s.allocated.get()))
    })
}

/// Runs the collection that is due, if any, choosing the generation as CPython's
/// `gc_collect_generations` does. Returns the number of unreachable objects found.
pub fn collect_if_needed() -> usize {
    if !needs_collection() {
        return 0;
    }
    let generation = STATE.with(|s| {
        (0..GENERATIONS).rev().find(|&i| {
            let g = &s.gens[i];
            if g.count.get() <= g.threshold.get() && !(i == 0 && cfg!(feature = "gc-stress")) {
                return false;
            }
            // A full collection waits until a quarter of the long-lived objects are new.
            !(i == GENERATIONS - 1 && s.long_lived_pending.get() < s.long_lived_total.get() / 4)
        })
    });
    generation.map_or(0, collect)
}

/// Collects generation `generation` and all younger ones (`gc.collect(generation)`); returns
/// the number of unreachable objects found. Does nothing if a collection is already running.
pub fn collect(generation: usize) -> usize {
    let generation = generation.min(GENERATIONS - 1);
    let started = STATE.with(|s| !s.collecting.replace(true));
    if !started {
        return 0;
    }
    run_gc_callbacks("start", generation, 0);
    let found = STATE.with(|s| collect_in(s, generation));
    run_gc_callbacks("stop", generation, found);
    STATE.with(|s| {
        s.collecting.set(false);
        let st = &s.stats[generation];
        let [n, c, u] = st.get();
        st.set([n + 1, c + found, u]);
    });
    found
}

/// Calls the functions of `gc.callbacks` with `phase` ("start" or "stop") and the info dict.
fn run_gc_callbacks(phase: &str, generation: usize, collected: usize) {
    let cbs = STATE.with(|s| s.callbacks.get());
    let Some(list) = crate::protocols::payload::<crate::objects::list::ListData>(&cbs) else {
        return;
    };
    if list.is_empty() {
        return;
    }
    let cbs = list.to_vec();
    crate::finalize::with_vm(|vm| {
        let info = vm.new_dict();
        for (k, v) in [
            ("generation", generation),
            ("collected", collected),
            ("uncollectable", 0),
        ] {
            let _ = vm.dict_set_item(&info, vm.intern(k), vm.new_int(v as i64));
        }
        let phase = vm.new_str(phase);
        for cb in cbs {
            if let Err(e) = vm.call(&cb, &[phase.clone(), info.clone()], &[]) {
                crate::finalize::write_unraisable(vm, e, Some(&cb));
            }
        }
    });
}

/// Registers the `gc.callbacks` list.
pub fn set_callbacks_list(list: Value) {
    STATE.with(|s| s.callbacks.set(list));
}

/// CPython's `_PyObject_GC_MAY_BE_TRACKED`: `v` is of a collectable layout, and if a tuple,
/// tracked.
pub fn may_be_tracked(v: &Value) -> bool {
    v.as_header().is_some_and(|h| {
        h.layout().gc
            && (h.kind() != crate::layouts::Kind::Tuple || h.flags() & flags::TRACKED != 0)
    })
}

/// Untracks a tuple whose items can never be part of a cycle (CPython's
/// `_PyTuple_MaybeUntrack`, run during collections); returns whether it did.
fn maybe_untrack_tuple(h: &Header) -> bool {
    if h.kind() != crate::layouts::Kind::Tuple {
        return false;
    }
    let Some(t) = h.downcast_ref::<crate::objects::tuple::TupleData>() else {
        return false;
    };
    if t.items().iter().any(may_be_tracked) {
        return false;
    }
    GcLink::of(h).unlink();
    h.set_flags(h.flags() & !flags::TRACKED);
    true
}

/// The `gc.set_debug` flags.
pub fn debug_flags() -> u32 {
    STATE.with(|s| s.debug.get())
}

/// Sets the `gc.set_debug` flags.
pub fn set_debug_flags(f: u32) {
    STATE.with(|s| s.debug.set(f));
}

/// Registers the `gc.garbage` list (where `DEBUG_SAVEALL` puts unreachable objects).
pub fn set_garbage_list(list: Value) {
    STATE.with(|s| s.garbage.set(list));
}

/// `gc.freeze()`: moves every tracked object to the permanent generation, which collections
/// ignore.
pub fn freeze() {
    STATE.with(|s| {
        for g in &s.gens {
            g.list.splice_into(&s.permanent);
            g.count.set(0);
        }
    });
}

/// `gc.unfreeze()`: moves the permanent generation back into the oldest one.
pub fn unfreeze() {
    STATE.with(|s| s.permanent.splice_into(&s.gens[GENERATIONS - 1].list));
}

/// `gc.get_freeze_count()`.
pub fn freeze_count() -> usize {
    STATE.with(|s| s.permanent.len())
}

/// The tracked objects of `generation`, or of all generations (`gc.get_objects`).
pub fn tracked_objects(generation: Option<usize>) -> Vec<Value> {
    STATE.with(|s| {
        let mut out = Vec::new();
        for (i, g) in s.gens.iter().enumerate() {
            if generation.is_some_and(|want| want != i) {
                continue;
            }
            out.extend(
                g.list
                    .headers()
                    .into_iter()
                    .map(|p| Value::from_obj(ObjRef::from_header(marked(&p)))),
            );
        }
        out
    })
}

/// Per generation: collections, collected and uncollectable counts (`gc.get_stats`).
pub fn stats() -> [[usize; 3]; GENERATIONS] {
    STATE.with(|s| s.stats.each_ref().map(Cell::get))
}

fn collect_in(s: &State, generation: usize) -> usize {
    s.allocated.set(false);
    // Counters as CPython: the next generation counts this collection; this and younger reset.
    if generation + 1 < GENERATIONS {
        let c = &s.gens[generation + 1].count;
        c.set(c.get() + 1);
    }
    for g in &s.gens[..=generation] {
        g.count.set(0);
    }
    // Merge the younger generations into the one being collected.
    let young = &s.gens[generation].list;
    for g in &s.gens[..generation] {
        g.list.splice_into(young);
    }
    let mut objects = young.headers();
    objects.retain(|p| !maybe_untrack_tuple(marked(p)));
    for p in &objects {
        let h = marked(p);
        GcLink::of(h).refs.set(h.refcnt() as isize);
        h.set_flags(h.flags() | flags::COLLECTING);
    }
    // Subtract references internal to the examined set.
    for p in &objects {
        let h = marked(p);
        (h.layout().traverse)(h, &mut |v| {
            if let Some(c) = collecting(v) {
                let r = &GcLink::of(c).refs;
                r.set(r.get() - 1);
            }
        });
    }
    // Whatever is referenced from outside, and everything it reaches, is reachable.
    let mut work: Vec<NonNull<Header>> = Vec::new();
    for p in &objects {
        let h = marked(p);
        if GcLink::of(h).refs.get() > 0 {
            h.set_flags(h.flags() | flags::REACHABLE);
            work.push(*p);
        }
    }
    while let Some(p) = work.pop() {
        let h = marked(&p);
        (h.layout().traverse)(h, &mut |v| {
            if let Some(c) = collecting(v) {
                if c.flags() & flags::REACHABLE == 0 {
                    c.set_flags(c.flags() | flags::REACHABLE);
                    work.push(c.ptr());
                }
            }
        });
    }
    // Split: survivors move up a generation; the rest is garbage.
    let older = &s.gens[(generation + 1).min(GENERATIONS - 1)].list;
    let garbage = List::new();
    let mut survivors = 0;
    for p in &objects {
        let h = marked(p);
        let link = GcLink::of(h);
        link.unlink();
        if h.flags() & flags::REACHABLE != 0 {
            older.push(link);
            survivors += 1;
        } else {
            garbage.push(link);
        }
        h.set_flags(h.flags() & !(flags::COLLECTING | flags::REACHABLE));
    }
    match generation {
        g if g == GENERATIONS - 1 => {
            s.long_lived_total.set(s.gens[g].list.len());
            s.long_lived_pending.set(0);
        }
        g if g == GENERATIONS - 2 => {
            s.long_lived_pending
                .set(s.long_lived_pending.get() + survivors);
        }
        _ => {}
    }
    let _ = survivors;
    handle_garbage(s, &garbage, older)
}

/// What happens to the unreachable objects (CPython's `gc_collect_main` after
/// `move_unreachable`, with PEP 442): weak references to them are cleared and the callbacks of
/// the surviving weak references run; finalizers (`__del__`, generator closing) run once; if
/// that Python code resurrected some of them, those (and what they reach) survive; the rest
/// have their references cleared, which lets reference counting free them. Every object is
/// held while this runs, so none is freed half-way; Python code runs only before the clearing.
///
/// Returns the number of objects found unreachable for good, counting an instance and its
/// attribute dict as one object (CPython 3.11 keeps instance attributes inline, and krait's
/// shapes will too).
fn handle_garbage(s: &State, garbage: &List, older: &List) -> usize {
    let held: Vec<ObjRef> = garbage
        .headers()
        .into_iter()
        .map(|p| ObjRef::from_header(marked(&p)))
        .collect();
    for o in &held {
        let h = o.header();
        h.set_flags(h.flags() | flags::UNREACHABLE);
    }
    // Weak references inside the garbage are cleared without callbacks.
    for o in &held {
        if let Some(w) = o.downcast_ref::<WeakrefData>() {
            w.forget_referent();
        }
    }
    let mut calls = Vec::new();
    for o in &held {
        calls.extend(weakref::clear_all(o.header(), &|w| {
            w.flags() & flags::UNREACHABLE != 0
        }));
    }
    let ran_code = crate::finalize::with_vm(|vm| {
        let mut ran = !calls.is_empty();
        crate::finalize::run_callbacks(vm, std::mem::take(&mut calls));
        for o in &held {
            let v = Value::from_obj(o.clone());
            ran |= crate::finalize::finalize_once(vm, &v);
        }
        ran
    })
    .unwrap_or(false);
    drop(calls);
    if ran_code {
        rescue_resurrected(&held, older);
        mark_refcount_deaths(&held);
    }
    let save_all = s.debug.get() & DEBUG_SAVEALL != 0;
    let mut found = 0;
    for o in &held {
        let h = o.header();
        if h.flags() & flags::UNREACHABLE == 0 {
            continue;
        }
        if h.flags() & flags::REACHABLE != 0 {
            // Would have been freed by reference counting once the finalizers ran: CPython
            // does not count it (it is gone before the final count).
            h.set_flags(h.flags() & !flags::REACHABLE);
            continue;
        }
        found += 1;
        if let Some(attrs) = h.instance_attrs() {
            let mut dict_unreachable = false;
            attrs.dict.visit(&mut |d| {
                dict_unreachable = d
                    .as_header()
                    .is_some_and(|dh| dh.flags() & flags::UNREACHABLE != 0);
            });
            if dict_unreachable {
                found -= 1;
            }
        }
    }
    for o in &held {
        let h = o.header();
        if h.flags() & flags::UNREACHABLE == 0 {
            continue;
        }
        h.set_flags(h.flags() & !flags::UNREACHABLE);
        if save_all {
            let list = s.garbage.get();
            if let Some(l) = crate::protocols::payload::<crate::objects::list::ListData>(&list) {
                l.push(Value::from_obj(o.clone()));
            }
        } else {
            (h.layout().clear)(h);
        }
        if h.flags() & flags::TRACKED != 0 {
            let link = GcLink::of(h);
            link.unlink();
            older.push(link);
        }
    }
    drop(held);
    found
}

/// After finalizers ran: marks (with the otherwise unused `REACHABLE` flag) the garbage objects
/// that reference counting alone would now free — referenced only by other such objects, once
/// the finalizers broke their cycles — so that they are not counted, as in CPython, where they
/// are freed before the count is taken.
fn mark_refcount_deaths(held: &[ObjRef]) {
    fn garbage_member(v: &Value) -> Option<&Header> {
        v.as_header().filter(|h| {
            h.flags() & flags::UNREACHABLE != 0
                && h.flags() & flags::TRACKED != 0
                && h.flags() & flags::REACHABLE == 0
        })
    }
    let mut work: Vec<&Header> = Vec::new();
    for o in held {
        let h = o.header();
        if h.flags() & flags::UNREACHABLE == 0 || h.flags() & flags::TRACKED == 0 {
            continue;
        }
        // One count is ours.
        let r = h.refcnt() as isize - 1;
        GcLink::of(h).refs.set(r);
        if r == 0 {
            h.set_flags(h.flags() | flags::REACHABLE);
            work.push(h);
        }
    }
    while let Some(h) = work.pop() {
        (h.layout().traverse)(h, &mut |v| {
            if let Some(c) = garbage_member(v) {
                let r = &GcLink::of(c).refs;
                r.set(r.get() - 1);
                if r.get() == 0 {
                    c.set_flags(c.flags() | flags::REACHABLE);
                    // SAFETY: `c` is held in `held` for the whole collection.
                    work.push(unsafe { &*(c as *const Header) });
                }
            }
        });
    }
}

/// After finalizers ran: the garbage objects now referenced from outside the garbage (and
/// everything they reach) are no longer garbage (CPython's `handle_resurrected_objects`); they
/// move to `older`.
fn rescue_resurrected(held: &[ObjRef], older: &List) {
    fn in_garbage(v: &Value) -> Option<&Header> {
        v.as_header()
            .filter(|h| h.flags() & flags::UNREACHABLE != 0 && h.flags() & flags::TRACKED != 0)
    }
    for o in held {
        let h = o.header();
        if h.flags() & flags::TRACKED != 0 {
            // One count is ours.
            GcLink::of(h).refs.set(h.refcnt() as isize - 1);
        }
    }
    for o in held {
        let h = o.header();
        if h.flags() & flags::TRACKED == 0 {
            continue;
        }
        (h.layout().traverse)(h, &mut |v| {
            if let Some(c) = in_garbage(v) {
                let r = &GcLink::of(c).refs;
                r.set(r.get() - 1);
            }
        });
    }
    let mut work: Vec<&Header> = Vec::new();
    for o in held {
        let h = o.header();
        if h.flags() & flags::TRACKED != 0
            && h.flags() & flags::UNREACHABLE != 0
            && GcLink::of(h).refs.get() > 0
        {
            h.set_flags(h.flags() & !flags::UNREACHABLE);
            work.push(h);
        }
    }
    while let Some(h) = work.pop() {
        let link = GcLink::of(h);
        link.unlink();
        older.push(link);
        (h.layout().traverse)(h, &mut |v| {
            if let Some(c) = in_garbage(v) {
                c.set_flags(c.flags() & !flags::UNREACHABLE);
                // SAFETY: `c` is held in `held` for the whole collection.
                work.push(unsafe { &*(c as *const Header) });
            }
        });
    }
}

/// The header of an object in the set being collected.
fn marked(p: &NonNull<Header>) -> &Header {
    // SAFETY: tracked objects are live while linked, and nothing runs during the marking and
    // splitting steps of a collection that could free one.
    unsafe { p.as_ref() }
}

/// The header of `v` if it is a tracked object inside the set being collected.
fn collecting(v: &Value) -> Option<&Header> {
    v.as_header().filter(|h| h.flags() & flags::COLLECTING != 0)
}
