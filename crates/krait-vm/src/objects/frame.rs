//! `frame` objects (CPython's Objects/frameobject.c `PyFrameObject`): the Python view of one
//! activation, made on demand (`sys._getframe()`, a traceback entry, `gi_frame`) and cached in
//! the frame, so an activation has at most one. While the activation lives the object reads it
//! live; when it finishes, an object that other code still references takes the frame over
//! (CPython's `take_ownership`): it keeps the code, namespaces, final instruction and locals,
//! and its `f_back` is materialised then.

use crate::eval::frame::Frame;
use crate::heap::{self, Header, ObjRef, Trace};
use crate::slot::Slot;
use crate::value::Value;
use std::cell::Cell;
use std::ptr::NonNull;

/// The payload of a `frame` object.
pub struct FrameObjData {
    /// The activation. Valid for the object's whole life: while the activation runs or is
    /// suspended, the frame holds this object and detaches it before it is freed; after that,
    /// if the object was still referenced, it owns the frame (`owns`).
    frame: Cell<Option<NonNull<Frame>>>,
    /// Whether this object owns the (finished) frame and frees it when it dies.
    owns: Cell<bool>,
    /// `f_back` once the frame has finished (None if it had no caller then), else NULL.
    pub back: Slot,
    /// `f_trace`, or NULL for None.
    pub trace: Slot,
    /// `f_trace_lines`.
    pub trace_lines: Cell<bool>,
    /// `f_trace_opcodes`.
    pub trace_opcodes: Cell<bool>,
    /// The dict `f_locals` and `locals()` return for a function's frame, refreshed from the
    /// slots on each access, or NULL until asked for.
    pub locals_dict: Slot,
}

impl FrameObjData {
    /// The activation this object shows, or `None` once it was cleared away.
    pub fn frame(&self) -> Option<&Frame> {
        // SAFETY: see the field: the pointer is either null or the frame is alive — held by its
        // evaluation loop or generator (which unlinks this object before the frame is freed,
        // `detach`) or owned by this object (freed only in `drop`). Frames are only accessed
        // through shared references (their mutable state is in cells). The reference is tied
        // to `&self`; code that may run Python code (which could finish a generator and so
        // free its frame) must copy what it needs out first, as every reader here does.
        self.frame.get().map(|p| unsafe { &*p.as_ptr() })
    }

    /// Whether the activation has finished (this object owns what is left of it).
    pub fn is_finished(&self) -> bool {
        self.owns.get()
    }
}

impl Trace for FrameObjData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if self.owns.get() {
            if let Some(f) = self.frame() {
                f.traverse(visit);
            }
        }
        self.back.visit(visit);
        self.trace.visit(visit);
        self.locals_dict.visit(visit);
    }

    fn clear(&self) {
        if self.owns.get() {
            if let Some(f) = self.frame() {
                f.clear_slots();
            }
        }
        self.back.set(Value::NULL);
        self.trace.set(Value::NULL);
        self.locals_dict.set(Value::NULL);
    }
}

impl Drop for FrameObjData {
    fn drop(&mut self) {
        if self.owns.get() {
            if let Some(p) = self.frame.take() {
                // SAFETY: this object owns the finished frame (`adopt_finished` moved it here
                // from its `FrameBox`, which did not free it); nothing else points at it: it
                // is unlinked and its `frame_obj` was cleared.
                unsafe { crate::eval::frame::free_frame(p) };
            }
        }
    }
}

/// The `frame` object of the activation `f`, made (with type `ty`) and cached on first use.
pub fn frame_object_of(f: &Frame, ty: &ObjRef) -> Value {
    let existing = f.frame_obj.get();
    if !existing.is_null() {
        return existing;
    }
    let data = FrameObjData {
        frame: Cell::new(Some(NonNull::from(f))),
        owns: Cell::new(false),
        back: Slot::default(),
        trace: Slot::default(),
        trace_lines: Cell::new(true),
        trace_opcodes: Cell::new(false),
        locals_dict: Slot::default(),
    };
    let obj = heap::alloc(Some(ty.clone()), data).into_value();
    f.frame_obj.set(obj.clone());
    obj
}

/// Called as the last owner of the frame at `p` lets go of it: if the frame's `frame` object is
/// referenced from elsewhere (a traceback, a variable), the object takes the frame over — its
/// caller's frame object becomes `f_back`, the value stack is dropped, the locals stay — and
/// `true` is returned (the frame must not be freed). Otherwise the object, if any, forgets the
/// frame and `false` is returned.
pub(crate) fn adopt_finished(p: NonNull<Frame>) -> bool {
    // SAFETY: called from `FrameBox::drop`: the frame is alive and only shared.
    let f = unsafe { p.as_ref() };
    let obj = f.frame_obj.get();
    let Some(h) = obj.as_header() else {
        f.set_previous(std::ptr::null());
        return false;
    };
    let Some(data) = h.downcast_ref::<FrameObjData>() else {
        return false;
    };
    // Two references: the frame's own and `obj` here.
    if h.refcnt() <= 2 {
        data.frame.set(None);
        f.set_previous(std::ptr::null());
        drop(obj);
        return false;
    }
    let back = match (f.previous(), h.ty()) {
        (Some(caller), Some(ty)) => frame_object_of(caller, &ty),
        _ => Value::NONE,
    };
    data.back.set(back);
    f.set_previous(std::ptr::null());
    data.owns.set(true);
    f.clear_stack();
    drop(f.frame_obj.replace(Value::NULL));
    drop(obj);
    true
}

/// The payload of a `frame` object value.
pub fn frame_obj_data(v: &Value) -> Option<&FrameObjData> {
    v.as_header().and_then(Header::downcast_ref::<FrameObjData>)
}
