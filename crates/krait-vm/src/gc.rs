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

use crate::heap::{flags, Header};
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
}

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
    };
}

/// Links a new object into generation 0.
pub(crate) fn track(h: &Header) {
    debug_assert_eq!(h.flags() & flags::TRACKED, 0);
    STATE.with(|s| {
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
            && (cfg!(feature = "gc-stress") || s.gens[0].count.get() > s.gens[0].threshold.get())
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
    let found = STATE.with(|s| collect_in(s, generation));
    STATE.with(|s| s.collecting.set(false));
    found
}

fn collect_in(s: &State, generation: usize) -> usize {
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
    let objects = young.headers();
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
    let found = objects.len() - survivors;
    delete_garbage(&garbage, older);
    found
}

/// Breaks the cycles of unreachable objects by clearing their references; reference counting
/// then frees them. Each object is held while its `clear` runs and moved to `older` first, so an
/// object that survives (something resurrected it) ends up there, and one that dies unlinks itself.
fn delete_garbage(garbage: &List, older: &List) {
    while let Some(link) = garbage.first() {
        let h = link.header();
        let keep = crate::heap::ObjRef::from_header(h);
        (h.layout().clear)(h);
        link.unlink();
        older.push(link);
        drop(keep);
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
