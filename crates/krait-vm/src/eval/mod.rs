//! The evaluation loop (CPython's Python/ceval.c `_PyEval_EvalFrameDefault`).
//!
//! [`run_frame`] runs a frame and every Python function it calls on an explicit stack of frames:
//! a Python-to-Python `CALL` pushes a frame and `RETURN_VALUE` pops it, so such calls never
//! recurse on the Rust stack (design decision 5). [`execute`](ops::execute) runs instructions of
//! the top frame until it returns, calls, or raises; exceptions unwind through the code object's
//! exception table (3.11's zero-cost scheme) and add one traceback entry per frame they leave.

pub mod frame;
mod ops;

use crate::error::{PyErr, PyResult};
use crate::heap;
use crate::objects::exception::ExceptionData;
use crate::objects::traceback::TracebackData;
use crate::protocols::payload;
use crate::slot::Slot;
use crate::value::Value;
use crate::vm::Vm;
pub use frame::Frame;

/// What the top frame did when [`ops::execute`] stopped.
pub(crate) enum Outcome {
    /// It returned this value.
    Return(Value),
    /// It called a Python function: run this frame on top of it.
    Call(Frame),
    /// It raised.
    Raise(PyErr),
    /// It re-raised an exception that already has this frame's traceback entry (`raise` with
    /// no argument, `RERAISE`).
    Reraise(PyErr),
}

/// Runs `frame` to completion: its return value, or the exception it raised.
pub fn run_frame(vm: &Vm, frame: Frame) -> PyResult<Value> {
    let mut frames = vec![frame];
    let mut raised: Option<PyErr> = None;
    loop {
        let Some(top) = frames.last_mut() else {
            unreachable!("the loop returns when the last frame finishes");
        };
        let outcome = match raised.take() {
            Some(err) => Outcome::Raise(err),
            None => ops::execute(vm, top),
        };
        let (err, fresh) = match outcome {
            Outcome::Return(v) => {
                frames.pop();
                match frames.last_mut() {
                    Some(caller) => {
                        vm.leave_call();
                        caller.push(v);
                        continue;
                    }
                    None => return Ok(v),
                }
            }
            Outcome::Call(callee) => {
                match vm.enter_call() {
                    Ok(()) => frames.push(callee),
                    Err(e) => raised = Some(e),
                }
                continue;
            }
            Outcome::Raise(err) => (err, true),
            Outcome::Reraise(err) => (err, false),
        };
        if fresh {
            add_traceback(vm, &err, top);
        }
        if unwind_to_handler(vm, top) {
            // Handled here: the handler's code runs next, with the exception on the stack.
            top.push(err.into_value());
            continue;
        }
        frames.pop();
        if frames.is_empty() {
            return Err(err);
        }
        vm.leave_call();
        raised = Some(err);
    }
}

/// Finds the handler for the instruction that raised in `f` and prepares the value stack for
/// it (without pushing the exception itself). Returns whether one was found.
fn unwind_to_handler(vm: &Vm, f: &mut Frame) -> bool {
    let lasti = f.lasti();
    let Some(entry) = f.code().handler_for(lasti as u32).copied() else {
        return false;
    };
    let base = f.code().nlocalsplus();
    while f.sp > base + entry.depth as usize {
        drop(f.pop());
    }
    if entry.push_lasti {
        f.push(vm.new_int(lasti as i64 * 2));
    }
    f.ip = entry.target as usize;
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
