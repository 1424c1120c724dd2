//! Frames (design decision 5; the layout is the JIT's contract, docs/vm.md "Frames"): the code
//! object, the namespaces, the instruction index, and one contiguous slice of values — the
//! localsplus slots followed by the value stack — plus the link to the calling frame and the
//! frame's Python `frame` object, made on demand.
//!
//! A frame lives at one heap address from its creation to its end ([`FrameBox`]), so that the
//! frames it calls, the interpreter (`Vm::current_frame`) and its `frame` object can point at it.
//! Everything that changes while the frame runs (instruction index, stack depth, slot values,
//! the links) is interior-mutable, and a frame is only ever used through `&Frame`: the running
//! loop and every reader share it, no `&mut` to a linked frame exists.

use crate::heap::Header;
use crate::objects::code::CodeData;
use crate::objects::dict::DictData;
use crate::objects::function::FunctionData;
use crate::slot::Slot;
use crate::value::Value;
use std::alloc::Layout;
use std::cell::Cell;
use std::ptr::NonNull;

pub use super::bind::frame_for_call;

/// An activation of a code object. Always on the heap, in one allocation with its slots
/// ([`FrameBox`]).
pub struct Frame {
    /// The code object.
    pub code: Value,
    /// The function being run, or NULL for module and class bodies.
    pub func: Value,
    /// The globals dict.
    pub globals: Value,
    /// The builtins dict.
    pub builtins: Value,
    /// The locals mapping of module and class bodies; NULL for functions (their locals are slots).
    pub locals: Value,
    /// The index of the next instruction.
    ip: Cell<usize>,
    /// The number of slots in use (localsplus plus the stack's depth).
    sp: Cell<usize>,
    /// Localsplus slots, then the value stack: `nslots` slots right after this header, in the
    /// same allocation (the pointer carries the allocation's provenance).
    slots: NonNull<Slot>,
    /// The number of slots: `nlocalsplus + co_stacksize`.
    nslots: usize,
    /// The frame this one returns to (CPython's `_PyInterpreterFrame.previous`): set while the
    /// frame is on an evaluation loop's stack, null otherwise (a suspended generator's frame,
    /// a frame not yet run or finished). See [`Frame::previous`] for why it stays valid.
    previous: Cell<*const Frame>,
    /// This activation's `frame` object once one was asked for (one per activation), or NULL.
    pub(crate) frame_obj: Slot,
}

// The frame header is part of the JIT's contract (docs/vm.md "Frames").
const _: () = assert!(size_of::<Frame>() == 88);

impl Frame {
    /// A frame for `code` with empty slots.
    #[allow(clippy::new_ret_no_self)]
    pub fn new(
        code: Value,
        func: Value,
        globals: Value,
        builtins: Value,
        locals: Value,
    ) -> FrameBox {
        let (nlocalsplus, stacksize) = {
            let c = code_data(&code);
            (c.nlocalsplus(), c.stacksize as usize)
        };
        let nslots = nlocalsplus + stacksize;
        let (layout, offset) = frame_layout(nslots);
        // SAFETY: the layout has a non-zero size (it holds a `Frame`).
        let raw = unsafe { std::alloc::alloc(layout) };
        let Some(raw) = NonNull::new(raw) else {
            std::alloc::handle_alloc_error(layout);
        };
        // SAFETY: `offset` is the slots' offset within the allocation (from `frame_layout`).
        let slots = unsafe { raw.add(offset) }.cast::<Slot>();
        for i in 0..nslots {
            // SAFETY: slot `i` lies inside the allocation, suitably aligned, not yet written.
            unsafe { slots.add(i).write(Slot::default()) };
        }
        let frame = raw.cast::<Frame>();
        // SAFETY: the header lies at the start of the allocation, aligned for `Frame`.
        unsafe {
            frame.write(Frame {
                code,
                func,
                globals,
                builtins,
                locals,
                ip: Cell::new(0),
                sp: Cell::new(nlocalsplus),
                slots,
                nslots,
                previous: Cell::new(std::ptr::null()),
                frame_obj: Slot::default(),
            })
        };
        FrameBox { ptr: frame }
    }

    /// The slots, localsplus then the value stack.
    #[inline]
    fn slots(&self) -> &[Slot] {
        // SAFETY: `slots` points at `nslots` initialised slots in this frame's allocation,
        // which lives as long as `self`; slots are only used through shared references.
        unsafe { std::slice::from_raw_parts(self.slots.as_ptr(), self.nslots) }
    }

    /// The code object's payload.
    #[inline]
    pub fn code(&self) -> &CodeData {
        code_data(&self.code)
    }

    /// The index of the next instruction.
    #[inline]
    pub fn ip(&self) -> usize {
        self.ip.get()
    }

    /// Sets the index of the next instruction.
    #[inline]
    pub fn set_ip(&self, ip: usize) {
        self.ip.set(ip);
    }

    /// The number of slots in use: localsplus plus the value stack's depth.
    #[inline]
    pub fn sp(&self) -> usize {
        self.sp.get()
    }

    /// Pushes onto the value stack.
    #[inline]
    pub fn push(&self, v: Value) {
        let sp = self.sp.get();
        self.slots()[sp].set(v);
        self.sp.set(sp + 1);
    }

    /// Pops the value stack.
    #[inline]
    pub fn pop(&self) -> Value {
        let sp = self.sp.get() - 1;
        self.sp.set(sp);
        self.slots()[sp].replace(Value::NULL)
    }

    /// Pops the top `n` values, in stack order (deepest first).
    pub fn pop_n(&self, n: usize) -> Vec<Value> {
        let start = self.sp.get() - n;
        let items = self.slots()[start..self.sp.get()]
            .iter()
            .map(|s| s.replace(Value::NULL))
            .collect();
        self.sp.set(start);
        items
    }

    /// The value `i` places below the top (0 = top), as a new reference.
    #[inline]
    pub fn peek(&self, i: usize) -> Value {
        self.slots()[self.sp.get() - 1 - i].get()
    }

    /// The value of slot `i` (a local, cell or free variable, or a stack entry).
    #[inline]
    pub fn slot(&self, i: usize) -> Value {
        self.slots()[i].get()
    }

    /// Stores `v` in slot `i`.
    #[inline]
    pub fn set_slot(&self, i: usize, v: Value) {
        self.slots()[i].set(v);
    }

    /// Empties slot `i`, returning its value.
    #[inline]
    pub fn take_slot(&self, i: usize) -> Value {
        self.slots()[i].replace(Value::NULL)
    }

    /// Exchanges the top of the stack with the value `i - 1` places below it (`SWAP i`).
    pub fn swap_top(&self, i: usize) {
        let top = self.sp.get() - 1;
        let a = self.slots()[top].replace(Value::NULL);
        let b = self.slots()[top + 1 - i].replace(a);
        drop(self.slots()[top].replace(b));
    }

    /// Visits every value the frame references (for the cycle collector, when a generator or a
    /// `frame` object owns the frame).
    pub fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        for v in [
            &self.code,
            &self.func,
            &self.globals,
            &self.builtins,
            &self.locals,
        ] {
            visit(v);
        }
        self.slots()[..self.sp.get()]
            .iter()
            .for_each(|s| s.visit(visit));
        self.frame_obj.visit(visit);
    }

    /// Drops the values of the localsplus slots and the stack (a `frame` object's `clear()` and
    /// the collector's `clear`).
    pub fn clear_slots(&self) {
        let base = self.code().nlocalsplus();
        while self.sp.get() > base {
            drop(self.pop());
        }
        for s in &self.slots()[..base] {
            s.set(Value::NULL);
        }
    }

    /// Drops the value stack, keeping the localsplus slots (a finished frame whose `frame`
    /// object lives on keeps its final locals, as CPython's `take_ownership`).
    pub(crate) fn clear_stack(&self) {
        let base = self.code().nlocalsplus();
        while self.sp.get() > base {
            drop(self.pop());
        }
    }

    /// The index of the instruction being executed (the one before `ip`), as `f_lasti / 2`.
    pub fn lasti(&self) -> usize {
        self.ip.get().saturating_sub(1)
    }

    /// The frame this one returns to, if it is linked (on an evaluation loop's stack).
    pub fn previous(&self) -> Option<&Frame> {
        let p = self.previous.get();
        // SAFETY: `previous` is non-null only while this frame is on an evaluation loop's stack
        // (`eval::run` sets it when it pushes the frame and clears it before the frame leaves
        // the stack: on return, on yield, when it becomes a generator). It points either to the
        // frame below on the same loop's stack, which is popped only after this one, or — for
        // the base frame of a nested loop (a native re-entry, a generator resumed) — to the
        // frame that was running when the nested loop started, which is suspended inside the
        // call that started it until that loop returns. So the pointee is alive whenever this
        // frame is, and it is only ever accessed through `&Frame` (all its mutable state is in
        // cells), so this shared reference aliases no `&mut`. The returned reference is tied to
        // `&self`, and `self` (linked) cannot outlive its caller.
        unsafe { p.as_ref() }
    }

    /// Links this frame below `caller` (or unlinks it, with null).
    pub(crate) fn set_previous(&self, caller: *const Frame) {
        self.previous.set(caller);
    }
}

/// A frame at a fixed heap address: what the evaluation loop pushes, a generator owns, and a
/// `frame` object points at. Only `&Frame` is ever handed out, so raw pointers to the frame
/// (its callees' `previous` links, `Vm::current_frame`, its `frame` object) stay valid however
/// the box itself is moved between owners.
pub struct FrameBox {
    ptr: NonNull<Frame>,
}

impl FrameBox {
    /// The frame's address (for links).
    pub fn as_ptr(&self) -> *const Frame {
        self.ptr.as_ptr()
    }
}

impl std::ops::Deref for FrameBox {
    type Target = Frame;

    #[inline]
    fn deref(&self) -> &Frame {
        // SAFETY: the box owns a live frame (made by `Frame::new`, freed only by this box's
        // `drop` or, after ownership moved, by its `frame` object), and frames are only ever
        // shared (`&Frame`), never mutably borrowed.
        unsafe { self.ptr.as_ref() }
    }
}

impl Drop for FrameBox {
    fn drop(&mut self) {
        // A `frame` object that outlives the activation takes the frame over (CPython's
        // `take_ownership`); otherwise the frame is freed here.
        if crate::objects::frame::adopt_finished(self.ptr) {
            return;
        }
        // SAFETY: the frame was made by `Frame::new`, this box is its only owner, and nothing
        // points at it any more: it is off every evaluation loop's stack and `current_frame`,
        // and its `frame` object, if any, was detached by `adopt_finished`.
        unsafe { free_frame(self.ptr) };
    }
}

/// The allocation of a frame with `nslots` slots, and the slots' offset in it.
fn frame_layout(nslots: usize) -> (Layout, usize) {
    let header = Layout::new::<Frame>();
    match Layout::array::<Slot>(nslots).and_then(|a| header.extend(a)) {
        Ok((layout, offset)) => (layout.pad_to_align(), offset),
        Err(_) => std::alloc::handle_alloc_error(header),
    }
}

/// Drops a frame's values and frees its allocation.
///
/// # Safety
/// `p` was made by `Frame::new`, is not freed yet, and nothing else uses it or will.
pub(crate) unsafe fn free_frame(p: NonNull<Frame>) {
    // SAFETY: the caller guarantees `p` is a live frame no one else uses.
    let (slots, nslots) = unsafe { (p.as_ref().slots, p.as_ref().nslots) };
    // SAFETY: the slots were initialised by `Frame::new`; dropping them (and the header) may run
    // `__del__` methods, but no one can reach this frame any more.
    unsafe {
        std::ptr::drop_in_place(std::ptr::slice_from_raw_parts_mut(slots.as_ptr(), nslots));
        std::ptr::drop_in_place(p.as_ptr());
        std::alloc::dealloc(p.as_ptr().cast(), frame_layout(nslots).0);
    }
}

/// The payload of a `code` object value. Frames only ever hold code objects.
pub fn code_data(code: &Value) -> &CodeData {
    match code.as_header().and_then(Header::downcast_ref::<CodeData>) {
        Some(c) => c,
        None => unreachable!("frames hold code objects"),
    }
}

/// The payload of a `function` object value.
pub fn function_data(f: &Value) -> Option<&FunctionData> {
    f.as_header().and_then(Header::downcast_ref::<FunctionData>)
}

/// Whether `d` is a dict payload (for `locals` mappings).
pub fn as_dict(v: &Value) -> Option<&DictData> {
    v.as_header().and_then(Header::downcast_ref::<DictData>)
}
