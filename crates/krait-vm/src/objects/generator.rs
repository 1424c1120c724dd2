//! Generator, coroutine and async-generator objects (CPython's Objects/genobject.c
//! `PyGenObject`): a suspended frame the object owns, its state, and its saved exception state.

use crate::eval::frame::FrameBox;
use crate::heap::Trace;
use crate::slot::Slot;
use crate::value::Value;
use std::cell::{Cell, RefCell};

/// Which kind of generator object, from the code object's flags.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GenKind {
    /// A `generator` (`CO_GENERATOR`).
    Generator,
    /// A `coroutine` (`CO_COROUTINE`, an `async def`).
    Coroutine,
    /// An `async_generator` (`CO_ASYNC_GENERATOR`).
    AsyncGenerator,
}

impl GenKind {
    /// The word CPython's messages use: "generator", "coroutine" or "async generator".
    pub fn noun(self) -> &'static str {
        match self {
            GenKind::Generator => "generator",
            GenKind::Coroutine => "coroutine",
            GenKind::AsyncGenerator => "async generator",
        }
    }
}

/// Where a generator's frame is in its life (CPython's `gi_frame_state`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GenState {
    /// Made, not yet started.
    Created,
    /// Paused at a `yield`.
    Suspended,
    /// Running now (its frame is out of the object, on the evaluation loop's stack).
    Running,
    /// Returned or raised; the frame is gone.
    Completed,
}

/// The payload of a generator, coroutine or async generator.
pub struct GenData {
    /// Which kind.
    pub kind: GenKind,
    /// The frame, while created or suspended.
    pub frame: RefCell<Option<FrameBox>>,
    /// The frame's address (it never moves), to recognise it on the running chain while the
    /// generator runs. Only compared, never dereferenced.
    pub frame_addr: Cell<*const crate::eval::Frame>,
    /// The life-cycle state.
    pub state: Cell<GenState>,
    /// The code object (`gi_code`), kept after the frame is gone.
    pub code: Slot,
    /// `__name__`.
    pub name: Slot,
    /// `__qualname__`.
    pub qualname: Slot,
    /// The exception this generator was handling when it last yielded (its own `exc_info`),
    /// or NULL.
    pub saved_exc: Slot,
    /// For an async generator: whether an `asend`/`athrow` of it is running.
    pub running_async: Cell<bool>,
    /// For an async generator: whether it has finished or been closed (`ag_closed`).
    pub async_closed: Cell<bool>,
}

impl Trace for GenData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Ok(f) = self.frame.try_borrow() {
            if let Some(f) = f.as_ref() {
                f.traverse(visit);
            }
        }
        self.code.visit(visit);
        self.name.visit(visit);
        self.qualname.visit(visit);
        self.saved_exc.visit(visit);
    }

    fn clear(&self) {
        let frame = self.frame.borrow_mut().take();
        drop(frame);
        self.saved_exc.set(Value::NULL);
    }
}

/// The payload of a `coroutine_wrapper` (what `coroutine.__await__()` returns): an iterator that
/// drives the coroutine.
pub struct CoroWrapperData {
    /// The coroutine.
    pub coro: Slot,
}

impl Trace for CoroWrapperData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        self.coro.visit(visit);
    }

    fn clear(&self) {
        self.coro.set(Value::NULL);
    }
}

/// What an `asend`/`athrow` awaitable does (CPython's `PyAsyncGenASend` and
/// `PyAsyncGenAThrow`).
pub enum AsyncOp {
    /// `asend(value)` and `__anext__()` (value None).
    Send(Slot),
    /// `athrow(typ, val, tb)`.
    Throw(Slot, Slot, Slot),
    /// `aclose()`.
    Close,
}

/// Where an `asend`/`athrow` awaitable is (CPython's `AwaitableState`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AwaitState {
    /// Not started.
    Init,
    /// Being iterated.
    Iter,
    /// Done.
    Closed,
}

/// The payload of an `async_generator_asend` or `async_generator_athrow` awaitable.
pub struct AsyncGenOpData {
    /// The async generator.
    pub gen: Slot,
    /// Which operation.
    pub op: AsyncOp,
    /// Its state.
    pub state: Cell<AwaitState>,
}

impl Trace for AsyncGenOpData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        self.gen.visit(visit);
        match &self.op {
            AsyncOp::Send(v) => v.visit(visit),
            AsyncOp::Throw(a, b, c) => {
                a.visit(visit);
                b.visit(visit);
                c.visit(visit);
            }
            AsyncOp::Close => {}
        }
    }

    fn clear(&self) {
        self.gen.set(Value::NULL);
    }
}

/// The payload of the marker `ASYNC_GEN_WRAP` puts around a value an async generator yields
/// (CPython's `_PyAsyncGenWrappedValue`), to tell it from values its awaits pass through.
pub struct AsyncGenWrappedData {
    /// The yielded value.
    pub value: Slot,
}

impl Trace for AsyncGenWrappedData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        self.value.visit(visit);
    }

    fn clear(&self) {
        self.value.set(Value::NULL);
    }
}
