//! The evaluation loop (CPython's Python/ceval.c `_PyEval_EvalFrameDefault`).
//!
//! [`run_frame`] runs a frame and every Python function it calls on an explicit stack of frames:
//! a Python-to-Python `CALL` pushes a frame and `RETURN_VALUE` pops it, so such calls never
//! recurse on the Rust stack (design decision 5). [`execute`](ops::execute) runs instructions of
//! the top frame until it returns, calls, or raises; exceptions unwind through the code object's
//! exception table (3.11's zero-cost scheme) and add one traceback entry per frame they leave.

pub mod asyncgen;
mod bind;
mod call_ex;
pub mod frame;
pub mod gen;
mod ops;
mod pattern;
mod with;

use crate::error::{PyErr, PyResult};
use crate::heap;
use crate::objects::exception::ExceptionData;
use crate::objects::generator::GenKind;
use crate::objects::traceback::TracebackData;
use crate::protocols::payload;
use crate::slot::Slot;
use crate::value::Value;
use crate::vm::Vm;
pub use frame::{Frame, FrameBox};

/// What the top frame did when [`ops::execute`] stopped.
pub(crate) enum Outcome {
    /// It returned this value.
    Return(Value),
    /// It called a Python function: run this frame on top of it.
    Call(FrameBox),
    /// It raised.
    Raise(PyErr),
    /// It re-raised an exception that already has this frame's traceback entry (`raise` with
    /// no argument, `RERAISE`).
    Reraise(PyErr),
    /// It ran `RETURN_GENERATOR`: the frame becomes a generator object of this kind, which is
    /// returned to the caller.
    Generator(GenKind),
    /// It ran `YIELD_VALUE` with this value (only a generator's own frame does).
    Yield(Value),
}

/// How [`run`] left its base frame.
pub(crate) enum Exit {
    /// The base frame returned this value.
    Return(Value),
    /// The base frame, a generator's, yielded this value; here is the frame, to be resumed.
    Yield(Value, FrameBox),
    /// The base frame raised.
    Raise(PyErr),
}

/// Runs `frame` to completion: its return value, or the exception it raised.
pub fn run_frame(vm: &Vm, frame: FrameBox) -> PyResult<Value> {
    match run(vm, frame, None) {
        Exit::Return(v) => Ok(v),
        Exit::Raise(e) => Err(e),
        Exit::Yield(..) => Err(vm.new_error(
            &vm.types.system_error,
            "a frame that is not a generator's yielded",
        )),
    }
}

/// Restores `Vm::current_frame` to the frame that was running when a [`run`] started, however
/// the run ends (even by a Rust panic), so the pointer never outlives the frames of the run.
struct CurrentFrameGuard<'a> {
    vm: &'a Vm,
    outer: *const Frame,
}

impl Drop for CurrentFrameGuard<'_> {
    fn drop(&mut self) {
        self.vm.set_current_frame(self.outer);
    }
}

/// Runs `base` and the frames it calls until `base` returns, raises or yields. `thrown`, if
/// given, is raised in `base` at its current instruction first (a generator's `throw()`).
///
/// The frames of one run are linked through `previous`; `base` is linked to the frame that was
/// running when the run started (the one whose instruction led here through native code), and
/// `Vm::current_frame` always names the frame being executed. A frame is unlinked, and
/// `current_frame` moved off it, before it leaves the stack.
pub(crate) fn run(vm: &Vm, base: FrameBox, thrown: Option<PyErr>) -> Exit {
    let _entered = vm.enter();
    let guard = CurrentFrameGuard {
        vm,
        outer: vm.current_frame_ptr(),
    };
    base.set_previous(guard.outer);
    vm.set_current_frame(base.as_ptr());
    let mut frames = vec![base];
    let mut raised: Option<PyErr> = thrown;
    loop {
        let Some(top) = frames.last() else {
            unreachable!("the loop returns when the last frame finishes");
        };
        let outcome = match raised.take() {
            Some(err) => Outcome::Raise(err),
            None => ops::execute(vm, top),
        };
        let (err, fresh) = match outcome {
            Outcome::Return(v) => {
                let done = pop_frame(vm, &mut frames, guard.outer);
                drop(done);
                match frames.last() {
                    Some(caller) => {
                        vm.leave_call();
                        caller.push(v);
                        continue;
                    }
                    None => return Exit::Return(v),
                }
            }
            Outcome::Generator(kind) => {
                let frame = pop_frame(vm, &mut frames, guard.outer);
                frame.set_previous(std::ptr::null());
                let g = gen::new_generator(vm, kind, frame);
                match frames.last() {
                    Some(caller) => {
                        vm.leave_call();
                        caller.push(g);
                        continue;
                    }
                    None => return Exit::Return(g),
                }
            }
            Outcome::Yield(v) => {
                if frames.len() == 1 {
                    let frame = pop_frame(vm, &mut frames, guard.outer);
                    frame.set_previous(std::ptr::null());
                    return Exit::Yield(v, frame);
                }
                (
                    vm.new_error(&vm.types.system_error, "yield outside a generator frame"),
                    true,
                )
            }
            Outcome::Call(callee) => {
                match vm.enter_call() {
                    Ok(()) => {
                        callee.set_previous(top.as_ptr());
                        vm.set_current_frame(callee.as_ptr());
                        frames.push(callee);
                    }
                    Err(e) => raised = Some(e),
                }
                continue;
            }
            Outcome::Raise(err) => (err, true),
            Outcome::Reraise(err) => (err, false),
        };
        let Some(top) = frames.last() else {
            unreachable!("the loop returns when the last frame finishes");
        };
        if fresh {
            add_traceback(vm, &err, top);
        }
        if unwind_to_handler(vm, top) {
            // Handled here: the handler's code runs next, with the exception on the stack.
            top.push(err.into_value());
            continue;
        }
        drop(pop_frame(vm, &mut frames, guard.outer));
        if frames.is_empty() {
            return Exit::Raise(err);
        }
        vm.leave_call();
        raised = Some(err);
    }
}

/// Takes the top frame off the stack of a run, with `Vm::current_frame` moved to the frame below
/// it (or to `outer`, the frame below the run), so that code run while the frame is dropped
/// (`__del__` of its locals) sees a consistent chain. The frame stays linked to its caller
/// (alive, below it) so that a `frame` object taking it over can make its `f_back`.
fn pop_frame(vm: &Vm, frames: &mut Vec<FrameBox>, outer: *const Frame) -> FrameBox {
    let Some(frame) = frames.pop() else {
        unreachable!("a run's stack has a frame while it runs");
    };
    vm.set_current_frame(frames.last().map_or(outer, |f| f.as_ptr()));
    frame
}

/// Finds the handler for the instruction that raised in `f` and prepares the value stack for
/// it (without pushing the exception itself). Returns whether one was found.
fn unwind_to_handler(vm: &Vm, f: &Frame) -> bool {
    let lasti = f.lasti();
    let Some(entry) = f.code().handler_for(lasti as u32).copied() else {
        return false;
    };
    let base = f.code().nlocalsplus();
    while f.sp() > base + entry.depth as usize {
        drop(f.pop());
    }
    if entry.push_lasti {
        f.push(vm.new_int(lasti as i64 * 2));
    }
    f.set_ip(entry.target as usize);
    true
}

/// Prepends a traceback entry for frame `f` to the exception's `__traceback__`.
fn add_traceback(vm: &Vm, err: &PyErr, f: &Frame) {
    let Some(exc) = err.exception().downcast_ref::<ExceptionData>() else {
        return;
    };
    let tb = TracebackData {
        next: Slot::new(exc.traceback.get()),
        code: f.code.clone(),
        frame: Slot::new(vm.frame_object(f)),
        lasti: f.lasti() as u32,
    };
    exc.traceback
        .set(heap::alloc(vm.types.traceback.to_obj(), tb).into_value());
}

/// The exception instance of a raised error, as its payload.
pub fn exception_data(v: &Value) -> Option<&ExceptionData> {
    payload::<ExceptionData>(v)
}

impl Vm {
    /// Counts one more Python frame against the recursion limit.
    fn enter_call(&self) -> PyResult<()> {
        std::mem::forget(self.enter_recursion("")?);
        Ok(())
    }

    /// Leaves a frame counted by `enter_call`.
    fn leave_call(&self) {
        self.leave_recursion();
    }
}
