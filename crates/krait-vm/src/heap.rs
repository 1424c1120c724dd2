//! Heap objects: the 16-byte header every object starts with, allocation, reference counting
//! and deallocation (design decision 3; docs/vm.md).
//!
//! An object is `#[repr(C)] Obj<T> { header, data: T }`; objects of layouts the cycle collector
//! tracks are preceded by a [`GcLink`](crate::gc::GcLink). The header names the object's layout
//! ([`Kind`]) so generic code (deallocation, the collector) finds the payload's `drop`,
//! `traverse` and `clear` in the layout table, and typed code downcasts by comparing kinds.

use crate::gc::{self, GcLink};
use crate::layouts::{layout_of, Kind, Layout};
use crate::value::Value;
use std::cell::{Cell, RefCell};
use std::marker::PhantomData;
use std::mem::{align_of, offset_of, size_of};
use std::ops::Deref;
use std::ptr::NonNull;

/// Header flag bits.
pub mod flags {
    /// Linked into one of the collector's generation lists.
    pub const TRACKED: u16 = 1;
    /// Part of the set the running collection examines.
    pub const COLLECTING: u16 = 1 << 1;
    /// Found reachable by the running collection.
    pub const REACHABLE: u16 = 1 << 2;
    /// Weak references to the object exist (listed in `objects::weakref`'s side table).
    pub const HAS_WEAKREFS: u16 = 1 << 3;
    /// The object's finalizer (`__del__`) has run (PEP 442): it never runs twice.
    pub const FINALIZED: u16 = 1 << 4;
    /// Found unreachable by the running collection (between finding and freeing the garbage).
    pub const UNREACHABLE: u16 = 1 << 5;
}

/// The header of every heap object: 16 bytes, as CPython's `PyObject`.
///
/// `refcnt` saturates at `u32::MAX`, which marks an immortal object (never freed).
#[repr(C)]
pub struct Header {
    refcnt: Cell<u32>,
    flags: Cell<u16>,
    kind: Kind,
    /// The object's Python type: a counted reference, or null for objects made before the type
    /// system exists (only the heap's own tests make those).
    ty: Cell<*mut Header>,
}

const _: () = assert!(size_of::<Header>() == 16);

/// The count that marks an object immortal.
const IMMORTAL: u32 = u32::MAX;

impl Header {
    /// Adds one reference.
    #[inline]
    pub fn inc_ref(&self) {
        self.refcnt.set(self.refcnt.get().saturating_add(1));
    }

    /// The current reference count (`sys.getrefcount` minus its own argument).
    pub fn refcnt(&self) -> u32 {
        self.refcnt.get()
    }

    /// This object's layout.
    #[inline]
    pub fn kind(&self) -> Kind {
        self.kind
    }

    /// This object's row of the layout table.
    #[inline]
    pub fn layout(&self) -> &'static Layout {
        layout_of(self.kind)
    }

    /// The object's Python type, borrowed (no count taken), if set.
    #[inline]
    pub fn ty_header(&self) -> Option<&Header> {
        // SAFETY: a non-null `ty` is a counted reference held by this live object.
        NonNull::new(self.ty.get()).map(|p| unsafe { &*p.as_ptr() })
    }

    /// The object's Python type, if set.
    pub fn ty(&self) -> Option<ObjRef> {
        // SAFETY: a non-null `ty` is a counted reference held by this live object.
        NonNull::new(self.ty.get()).map(|p| ObjRef::from_header(unsafe { p.as_ref() }))
    }

    /// Sets the object's Python type (bootstrap of `type`/`object`, and `__class__` assignment
    /// between compatible layouts), dropping the reference to the old one.
    pub fn set_type(&self, ty: ObjRef) {
        let old = self.ty.replace(ty.into_raw().as_ptr());
        if let Some(old) = NonNull::new(old) {
            // SAFETY: the object held one count on its old type.
            unsafe { dec_ref(old) };
        }
    }

    /// The payload, if the object's layout starts with `T`.
    #[inline]
    pub fn downcast_ref<T: Payload>(&self) -> Option<&T> {
        // SAFETY: `matches` guarantees the object begins with an `Obj<T>` (directly, or as the
        // first field of a `Sub<T>` payload, both `repr(C)`).
        T::matches(self.kind).then(|| unsafe { &(*(self as *const Header as *const Obj<T>)).data })
    }

    /// The attribute storage of an instance of a Python subclass, if this is one.
    #[inline]
    pub fn instance_attrs(&self) -> Option<&InstanceAttrs> {
        let offset = self.layout().attrs_offset?;
        // SAFETY: `attrs_offset` is set only for `Sub<T>` layouts, where it is the offset of the
        // `InstanceAttrs` field within the object (computed by `sub_attrs_offset::<T>`).
        Some(unsafe {
            &*((self as *const Header as *const u8).add(offset) as *const InstanceAttrs)
        })
    }

    /// Makes the object immortal: it will never be freed.
    pub fn make_immortal(&self) {
        self.refcnt.set(IMMORTAL);
    }

    /// Sets the count (resurrecting a dying object while its finalizer runs).
    pub(crate) fn set_refcnt(&self, n: u32) {
        self.refcnt.set(n);
    }

    pub(crate) fn flags(&self) -> u16 {
        self.flags.get()
    }

    pub(crate) fn set_flags(&self, f: u16) {
        self.flags.set(f);
    }

    pub(crate) fn ptr(&self) -> NonNull<Header> {
        NonNull::from(self)
    }
}

/// Drops one reference to the object at `p`, freeing it when none remain.
///
/// # Safety
/// `p` must point to a live object and the caller must own the count being dropped.
#[inline]
pub unsafe fn dec_ref(p: NonNull<Header>) {
    // SAFETY: the caller guarantees `p` is live.
    let h = unsafe { p.as_ref() };
    let n = h.refcnt.get();
    if n == IMMORTAL {
        return;
    }
    h.refcnt.set(n - 1);
    if n == 1 {
        // SAFETY: the last reference is gone; nobody else can reach the object.
        unsafe { dealloc(p) }
    }
}

/// How deep deallocation may recurse before further objects are queued (CPython's trashcan).
const MAX_DEALLOC_DEPTH: u32 = 256;

struct Trashcan {
    depth: Cell<u32>,
    pending: RefCell<Vec<NonNull<Header>>>,
}

thread_local! {
    static TRASHCAN: Trashcan = const {
        Trashcan { depth: Cell::new(0), pending: RefCell::new(Vec::new()) }
    };
}

/// Frees an object whose count reached zero. Freeing one object drops the references it holds,
/// which can free others in turn; past [`MAX_DEALLOC_DEPTH`] nested frees, objects are queued
/// and freed by the outermost call, so a long chain never overflows the Rust stack.
///
/// # Safety
/// `p` must be a live object with no remaining references.
#[inline(never)]
unsafe fn dealloc(p: NonNull<Header>) {
    TRASHCAN.with(|t| {
        let depth = t.depth.get();
        if depth >= MAX_DEALLOC_DEPTH {
            t.pending.borrow_mut().push(p);
            return;
        }
        t.depth.set(depth + 1);
        // SAFETY: forwarded from the caller.
        unsafe { free_object(p) };
        t.depth.set(depth);
        if depth == 0 {
            loop {
                let next = t.pending.borrow_mut().pop();
                let Some(q) = next else { break };
                t.depth.set(1);
                // SAFETY: queued objects were dead when queued and nothing revived them.
                unsafe { free_object(q) };
                t.depth.set(0);
            }
        }
    });
}

/// Untracks, drops the payload and the type reference, and releases the memory.
///
/// # Safety
/// `p` must be a live object with no remaining references.
unsafe fn free_object(p: NonNull<Header>) {
    // SAFETY: `p` is live until `drop_and_free` releases it.
    let h = unsafe { p.as_ref() };
    if crate::finalize::needs_finalization(h) && !crate::finalize::on_dealloc(h) {
        // Resurrected by its finalizer: someone holds a new reference.
        return;
    }
    if h.flags() & flags::TRACKED != 0 {
        gc::untrack(h);
    }
    let ty = h.ty.replace(std::ptr::null_mut());
    // SAFETY: the layout's function matches the object's payload type (the kind says so).
    unsafe { (h.layout().drop_and_free)(p) };
    if let Some(t) = NonNull::new(ty) {
        // SAFETY: the object held one count on its type.
        unsafe { dec_ref(t) };
    }
}

/// Drops `items` last first, as CPython's list and tuple deallocation do (so finalizers of the
/// items run in CPython's order).
pub fn drop_in_reverse(mut items: Vec<Value>) {
    while let Some(v) = items.pop() {
        drop(v);
    }
}

/// An object with payload `T`.
#[repr(C)]
pub struct Obj<T> {
    header: Header,
    data: T,
}

/// A tracked object: the collector's link precedes the object.
#[repr(C)]
struct GcBox<T> {
    link: GcLink,
    obj: Obj<T>,
}

/// A payload type: the Rust struct behind one layout. Implemented by the `layouts!` table.
pub trait Payload: Trace + Sized + 'static {
    /// This payload's layout.
    const KIND: Kind;

    /// Whether an object of layout `kind` starts with this payload: its own layout, or a
    /// subclass layout extending it.
    #[inline]
    fn matches(kind: Kind) -> bool {
        layout_of(kind).base == Self::KIND
    }
}

/// A built-in payload that Python classes may extend: `Sub<Self>` is the layout of their
/// instances.
pub trait Subclassable: Payload {
    /// The layout of `Sub<Self>`.
    const SUB_KIND: Kind;
}

/// The payload of an instance of a Python subclass of a built-in type: the built-in payload
/// first (so code written for `T` reads it unchanged), then the instance's attributes.
#[repr(C)]
pub struct Sub<T> {
    /// The built-in part.
    pub base: T,
    /// The instance's own attributes.
    pub attrs: InstanceAttrs,
}

impl<T: Trace> Trace for Sub<T> {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        self.base.traverse(visit);
        self.attrs.dict.visit(visit);
        self.attrs.members.visit(visit);
    }

    fn clear(&self) {
        self.base.clear();
        self.attrs.dict.set(Value::NULL);
        self.attrs.members.clear();
    }
}

/// The byte offset, from the header, of the attributes of a `Sub<T>` object.
pub const fn sub_attrs_offset<T>() -> usize {
    offset_of!(Obj<Sub<T>>, data) + offset_of!(Sub<T>, attrs)
}

/// Attribute storage of an instance: its `__dict__` (NULL until the first attribute is set; never
/// made for instances of classes whose `__slots__` leave it out) and the values of the members
/// its class's `__slots__` declare. Shapes (design decision 4) will replace the dict here.
#[derive(Default)]
pub struct InstanceAttrs {
    /// The instance dict, or NULL.
    pub dict: crate::slot::Slot,
    /// The `__slots__` members (CPython's `T_OBJECT_EX` members at fixed offsets).
    pub members: MemberSlots,
}

/// The values of an instance's `__slots__` members, indexed by the member descriptors
/// (types/slots.rs). The vector is made at the first assignment, sized for the instance's class
/// (`TypeData::nslots`), so instances that never set a member, and every instance of a class
/// without `__slots__`, pay one word. An unset member reads as NULL.
#[derive(Default)]
pub struct MemberSlots(std::cell::OnceCell<Box<[crate::slot::Slot]>>);

impl MemberSlots {
    /// The value of member `i`, or NULL when unset.
    #[inline]
    pub fn get(&self, i: usize) -> Value {
        self.0
            .get()
            .and_then(|s| s.get(i))
            .map_or(Value::NULL, crate::slot::Slot::get)
    }

    /// Stores (or, with NULL, unsets) member `i` of an object whose class has `n` members;
    /// returns the old value, or `None` when `i` is out of range (a layout mismatch).
    pub fn replace(&self, i: usize, n: usize, v: Value) -> Option<Value> {
        let slots = self
            .0
            .get_or_init(|| (0..n).map(|_| crate::slot::Slot::default()).collect());
        slots.get(i).map(|s| s.replace(v))
    }

    /// Visits the set members (for the collector).
    pub fn visit(&self, visit: &mut dyn FnMut(&Value)) {
        if let Some(s) = self.0.get() {
            s.iter().for_each(|s| s.visit(visit));
        }
    }

    /// Unsets every member (to break a cycle).
    pub fn clear(&self) {
        if let Some(s) = self.0.get() {
            s.iter().for_each(|s| s.set(Value::NULL));
        }
    }
}

/// What the cycle collector needs from a payload (CPython's `tp_traverse` and `tp_clear`).
/// Layouts that cannot hold references to other objects keep the defaults.
pub trait Trace {
    /// Calls `visit` on every `Value` this payload references. Must not run Python code or
    /// mutate the payload.
    fn traverse(&self, _visit: &mut dyn FnMut(&Value)) {}

    /// Drops the references this payload holds, to break a cycle.
    fn clear(&self) {}
}

/// Allocates an object of type `ty` (a counted reference it keeps) holding `data`; tracks it
/// with the collector if its layout is collectable.
pub fn alloc<T: Payload>(ty: Option<ObjRef>, data: T) -> Ref<T> {
    const { assert!(align_of::<T>() <= align_of::<GcLink>()) };
    let header = Header {
        refcnt: Cell::new(1),
        flags: Cell::new(0),
        kind: T::KIND,
        ty: Cell::new(ty.map_or(std::ptr::null_mut(), |t| t.into_raw().as_ptr())),
    };
    let obj = Obj { header, data };
    let ptr = if layout_of(T::KIND).gc {
        let gcbox = Box::into_raw(Box::new(GcBox {
            link: GcLink::new(),
            obj,
        }));
        // SAFETY: `gcbox` was just allocated; the header is its `obj` field's first field.
        let p = unsafe { NonNull::new_unchecked(std::ptr::addr_of_mut!((*gcbox).obj)) };
        // SAFETY: the object is live and fully initialised.
        gc::track(unsafe { &p.as_ref().header });
        p
    } else {
        // SAFETY: `Box::into_raw` never returns null.
        unsafe { NonNull::new_unchecked(Box::into_raw(Box::new(obj))) }
    };
    Ref {
        ptr,
        _marker: PhantomData,
    }
}

/// The drop-and-free function of layout `T` (for the layout table).
///
/// # Safety
/// `p` must be a dead object of payload `T`, untracked.
pub(crate) unsafe fn drop_and_free<T: Payload>(p: NonNull<Header>) {
    let obj = p.as_ptr() as *mut Obj<T>;
    if layout_of(T::KIND).gc {
        debug_assert_eq!(offset_of!(GcBox<T>, obj), size_of::<GcLink>());
        // SAFETY: tracked layouts were allocated as `GcBox<T>` with the object at this offset.
        let gcbox = unsafe { (obj as *mut u8).sub(offset_of!(GcBox<T>, obj)) as *mut GcBox<T> };
        // SAFETY: allocated by `Box::new` in `alloc`; no references remain.
        drop(unsafe { Box::from_raw(gcbox) });
    } else {
        // SAFETY: allocated by `Box::new` in `alloc`; no references remain.
        drop(unsafe { Box::from_raw(obj) });
    }
}

/// The traverse function of layout `T` (for the layout table).
pub(crate) fn traverse<T: Payload>(h: &Header, visit: &mut dyn FnMut(&Value)) {
    // SAFETY: the layout table calls this only for objects of kind `T::KIND`.
    let obj = unsafe { &*(h as *const Header as *const Obj<T>) };
    obj.data.traverse(visit);
}

/// The clear function of layout `T` (for the layout table).
pub(crate) fn clear<T: Payload>(h: &Header) {
    // SAFETY: the layout table calls this only for objects of kind `T::KIND`.
    let obj = unsafe { &*(h as *const Header as *const Obj<T>) };
    obj.data.clear();
}

/// A counted reference to an object of any layout.
pub struct ObjRef {
    ptr: NonNull<Header>,
}

impl ObjRef {
    /// A new counted reference to the object `h` heads.
    #[inline]
    pub fn from_header(h: &Header) -> ObjRef {
        h.inc_ref();
        ObjRef { ptr: h.ptr() }
    }

    /// Adopts a count already held on `ptr`.
    ///
    /// # Safety
    /// `ptr` must be a live object and the caller must give up one count on it.
    #[inline]
    pub unsafe fn from_raw(ptr: NonNull<Header>) -> ObjRef {
        ObjRef { ptr }
    }

    /// Gives up ownership of the count without dropping it.
    #[inline]
    pub fn into_raw(self) -> NonNull<Header> {
        let p = self.ptr;
        std::mem::forget(self);
        p
    }

    /// The header.
    #[inline]
    pub fn header(&self) -> &Header {
        // SAFETY: this reference holds a count, so the object is live.
        unsafe { self.ptr.as_ref() }
    }

    /// The payload, if the object's layout is `T`.
    #[inline]
    pub fn downcast_ref<T: Payload>(&self) -> Option<&T> {
        self.header().downcast_ref()
    }

    /// A typed reference, if the object's layout is `T`.
    #[inline]
    pub fn downcast<T: Payload>(self) -> Result<Ref<T>, ObjRef> {
        if self.header().kind == T::KIND {
            Ok(Ref {
                ptr: self.into_raw().cast(),
                _marker: PhantomData,
            })
        } else {
            Err(self)
        }
    }

    /// Whether two references name the same object.
    pub fn is(&self, other: &ObjRef) -> bool {
        self.ptr == other.ptr
    }
}

impl Clone for ObjRef {
    #[inline]
    fn clone(&self) -> ObjRef {
        ObjRef::from_header(self.header())
    }
}

impl Drop for ObjRef {
    #[inline]
    fn drop(&mut self) {
        // SAFETY: this reference owns one count.
        unsafe { dec_ref(self.ptr) }
    }
}

/// A counted reference to an object whose layout is known to be `T`; derefs to the payload.
pub struct Ref<T: Payload> {
    ptr: NonNull<Obj<T>>,
    _marker: PhantomData<T>,
}

impl<T: Payload> Ref<T> {
    /// The header.
    #[inline]
    pub fn header(&self) -> &Header {
        // SAFETY: this reference holds a count, so the object is live.
        unsafe { &self.ptr.as_ref().header }
    }

    /// Forgets the layout.
    #[inline]
    pub fn into_obj(self) -> ObjRef {
        let p = self.ptr.cast();
        std::mem::forget(self);
        ObjRef { ptr: p }
    }

    /// As a `Value`.
    #[inline]
    pub fn into_value(self) -> Value {
        Value::from_obj(self.into_obj())
    }
}

impl<T: Payload> Deref for Ref<T> {
    type Target = T;

    #[inline]
    fn deref(&self) -> &T {
        // SAFETY: this reference holds a count, so the object is live.
        unsafe { &self.ptr.as_ref().data }
    }
}

impl<T: Payload> Clone for Ref<T> {
    #[inline]
    fn clone(&self) -> Ref<T> {
        self.header().inc_ref();
        Ref {
            ptr: self.ptr,
            _marker: PhantomData,
        }
    }
}

impl<T: Payload> Drop for Ref<T> {
    #[inline]
    fn drop(&mut self) {
        // SAFETY: this reference owns one count.
        unsafe { dec_ref(self.ptr.cast()) }
    }
}
