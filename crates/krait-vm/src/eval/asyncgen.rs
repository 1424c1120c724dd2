//! Async generators and `async for` (CPython's Objects/genobject.c
//! `async_gen_asend_send`, `async_gen_athrow_send`, `async_gen_unwrap_value`, and the
//! `GET_AITER` and `GET_ANEXT` instructions of Python/ceval.c).
//!
//! An async generator's `YIELD_VALUE` yields either a value its `await`s pass through to the
//! event loop, or — wrapped by `ASYNC_GEN_WRAP` — a value for the `async for`. The `asend` and
//! `athrow` awaitables drive the generator and turn a wrapped value into the `StopIteration`
//! that completes the await.

use super::gen::{self, gen_data, resume, Sent};
use crate::error::{PyErr, PyResult};
use crate::heap;
use crate::objects::generator::{
    AsyncGenOpData, AsyncGenWrappedData, AsyncOp, AwaitState, GenData, GenKind, GenState,
};
use crate::protocols::payload;
use crate::slot::Slot;
use crate::value::Value;
use crate::vm::Vm;
use std::cell::Cell;

/// `ASYNC_GEN_WRAP`: marks `v` as yielded by the async generator itself.
pub fn wrap(vm: &Vm, v: Value) -> Value {
    let w = AsyncGenWrappedData {
        value: Slot::new(v),
    };
    heap::alloc(vm.types.async_generator_wrapped_value.to_obj(), w).into_value()
}

/// A new `asend`/`athrow` awaitable over the async generator `gen`.
pub fn new_op(vm: &Vm, gen: &Value, op: AsyncOp) -> Value {
    let ty = match op {
        AsyncOp::Send(_) => &vm.types.async_generator_asend,
        _ => &vm.types.async_generator_athrow,
    };
    let d = AsyncGenOpData {
        gen: Slot::new(gen.clone()),
        op,
        state: Cell::new(AwaitState::Init),
    };
    heap::alloc(ty.to_obj(), d).into_value()
}

/// The async generator behind an awaitable.
fn agen(vm: &Vm, o: &AsyncGenOpData) -> PyResult<Value> {
    let g = o.gen.get();
    if gen_data(&g).is_some() {
        Ok(g)
    } else {
        Err(vm.new_error(
            &vm.types.system_error,
            "async generator awaitable without its generator",
        ))
    }
}

/// `async_gen_unwrap_value`: what one step of the generator means to the awaitable — a value an
/// await passes through, or the end of this `asend` (`StopIteration` carrying the yielded
/// value, `StopAsyncIteration` when the generator finished).
fn unwrap(vm: &Vm, g: &GenData, r: PyResult<Sent>) -> PyResult<Value> {
    match r {
        Ok(Sent::Yielded(v)) => {
            if let Some(w) = payload::<AsyncGenWrappedData>(&v) {
                g.running_async.set(false);
                return Err(gen::stop_iteration(vm, w.value.get()));
            }
            Ok(v)
        }
        Ok(Sent::Returned(_)) => {
            g.async_closed.set(true);
            g.running_async.set(false);
            Err(vm.new_exception(&vm.types.stop_async_iteration, Vec::new()))
        }
        Err(e) => {
            let exc = e.exception_value();
            if vm.is_instance_of(&exc, &vm.types.stop_async_iteration)
                || vm.is_instance_of(&exc, &vm.types.generator_exit)
            {
                g.async_closed.set(true);
            }
            g.running_async.set(false);
            Err(e)
        }
    }
}

/// `send(arg)` on an `asend`/`athrow` awaitable (and `__next__` with None).
pub fn op_send(vm: &Vm, o: &AsyncGenOpData, arg: Value) -> PyResult<Value> {
    let gv = agen(vm, o)?;
    let Some(g) = gen_data(&gv) else {
        unreachable!("checked by agen")
    };
    match &o.op {
        AsyncOp::Send(sendval) => {
            if o.state.get() == AwaitState::Closed {
                return Err(vm.new_error(
                    &vm.types.runtime_error,
                    "cannot reuse already awaited __anext__()/asend()",
                ));
            }
            let mut arg = arg;
            if o.state.get() == AwaitState::Init {
                if g.running_async.get() {
                    return Err(vm.new_error(
                        &vm.types.runtime_error,
                        "anext(): asynchronous generator is already running",
                    ));
                }
                if arg.is_none() {
                    arg = sendval.get();
                }
                o.state.set(AwaitState::Iter);
            }
            g.running_async.set(true);
            let r = unwrap(vm, g, resume(vm, g, arg, None, false));
            if r.is_err() {
                o.state.set(AwaitState::Closed);
            }
            r
        }
        AsyncOp::Throw(..) | AsyncOp::Close => athrow_send(vm, o, g, arg),
    }
}

/// `async_gen_athrow_send`.
fn athrow_send(vm: &Vm, o: &AsyncGenOpData, g: &GenData, arg: Value) -> PyResult<Value> {
    let closing = matches!(o.op, AsyncOp::Close);
    if o.state.get() == AwaitState::Closed {
        return Err(vm.new_error(
            &vm.types.runtime_error,
            "cannot reuse already awaited aclose()/athrow()",
        ));
    }
    if g.state.get() == GenState::Completed {
        o.state.set(AwaitState::Closed);
        return Err(vm.new_exception(&vm.types.stop_iteration, Vec::new()));
    }
    let result = if o.state.get() == AwaitState::Init {
        if g.running_async.get() {
            o.state.set(AwaitState::Closed);
            let which = if closing { "aclose" } else { "athrow" };
            return Err(vm.new_error(
                &vm.types.runtime_error,
                &format!("{which}(): asynchronous generator is already running"),
            ));
        }
        if g.async_closed.get() {
            o.state.set(AwaitState::Closed);
            return Err(vm.new_exception(&vm.types.stop_async_iteration, Vec::new()));
        }
        if !arg.is_none() {
            return Err(vm.new_error(
                &vm.types.runtime_error,
                "can't send non-None value to a just-started coroutine",
            ));
        }
        o.state.set(AwaitState::Iter);
        g.running_async.set(true);
        match &o.op {
            AsyncOp::Throw(t, v, tb) => {
                let r = gen::throw_ex(vm, g, false, &t.get(), &v.get(), &tb.get());
                return finish_athrow(vm, o, g, unwrap(vm, g, r));
            }
            _ => {
                g.async_closed.set(true);
                let ge = vm.types.generator_exit.clone();
                gen::throw_ex(vm, g, false, &ge, &Value::NONE, &Value::NONE)
            }
        }
    } else {
        resume(vm, g, arg, None, false)
    };
    if !closing {
        return finish_athrow(vm, o, g, unwrap(vm, g, result));
    }
    // aclose(): yielding a value means the generator ignored GeneratorExit.
    match result {
        Ok(Sent::Yielded(v)) if payload::<AsyncGenWrappedData>(&v).is_some() => {
            g.running_async.set(false);
            o.state.set(AwaitState::Closed);
            Err(vm.new_error(
                &vm.types.runtime_error,
                "async generator ignored GeneratorExit",
            ))
        }
        Ok(Sent::Yielded(v)) => Ok(v),
        Ok(Sent::Returned(_)) => finish_athrow(
            vm,
            o,
            g,
            Err(vm.new_exception(&vm.types.stop_async_iteration, Vec::new())),
        ),
        Err(e) => finish_athrow(vm, o, g, Err(e)),
    }
}

/// The `check_error` tail of `async_gen_athrow_send`: an `aclose()` that ended the generator
/// completes with `StopIteration`.
fn finish_athrow(vm: &Vm, o: &AsyncGenOpData, g: &GenData, r: PyResult<Value>) -> PyResult<Value> {
    let Err(e) = r else { return r };
    g.running_async.set(false);
    o.state.set(AwaitState::Closed);
    let exc = e.exception_value();
    if matches!(o.op, AsyncOp::Close)
        && (vm.is_instance_of(&exc, &vm.types.stop_async_iteration)
            || vm.is_instance_of(&exc, &vm.types.generator_exit))
    {
        return Err(vm.new_exception(&vm.types.stop_iteration, Vec::new()));
    }
    Err(e)
}

/// `throw(...)` on an `asend`/`athrow` awaitable.
pub fn op_throw(
    vm: &Vm,
    o: &AsyncGenOpData,
    typ: &Value,
    val: &Value,
    tb: &Value,
) -> PyResult<Value> {
    let gv = agen(vm, o)?;
    let Some(g) = gen_data(&gv) else {
        unreachable!("checked by agen")
    };
    if o.state.get() == AwaitState::Closed {
        let msg = if matches!(o.op, AsyncOp::Send(_)) {
            "cannot reuse already awaited __anext__()/asend()"
        } else {
            "cannot reuse already awaited aclose()/athrow()"
        };
        return Err(vm.new_error(&vm.types.runtime_error, msg));
    }
    let r = gen::throw(vm, g, typ, val, tb);
    let closing = matches!(o.op, AsyncOp::Close);
    if closing {
        return match r {
            Ok(Sent::Yielded(v)) if payload::<AsyncGenWrappedData>(&v).is_some() => {
                g.running_async.set(false);
                o.state.set(AwaitState::Closed);
                Err(vm.new_error(
                    &vm.types.runtime_error,
                    "async generator ignored GeneratorExit",
                ))
            }
            Ok(Sent::Yielded(v)) => Ok(v),
            Ok(Sent::Returned(_)) => finish_athrow(
                vm,
                o,
                g,
                Err(vm.new_exception(&vm.types.stop_async_iteration, Vec::new())),
            ),
            Err(e) => finish_athrow(vm, o, g, Err(e)),
        };
    }
    let r = unwrap(vm, g, r);
    if r.is_err() {
        o.state.set(AwaitState::Closed);
    }
    r
}

/// `GET_AITER`: `type(obj).__aiter__(obj)`, checked to have `__anext__`.
pub fn get_aiter(vm: &Vm, obj: &Value) -> PyResult<Value> {
    let it = if is_async_gen(obj) {
        obj.clone()
    } else {
        match vm.lookup_special(obj, "__aiter__")? {
            Some(f) => vm.call(&f, std::slice::from_ref(obj), &[])?,
            None => {
                return Err(vm.type_error(&format!(
                    "'async for' requires an object with __aiter__ method, got {}",
                    vm.type_name(obj)
                )))
            }
        }
    };
    if !is_async_gen(&it) && vm.lookup_special(&it, "__anext__")?.is_none() {
        return Err(vm.type_error(&format!(
            "'async for' received an object from __aiter__ that does not implement __anext__: {}",
            vm.type_name(&it)
        )));
    }
    Ok(it)
}

/// Whether `v` is an async generator.
fn is_async_gen(v: &Value) -> bool {
    gen_data(v).is_some_and(|g| g.kind == GenKind::AsyncGenerator)
}

/// `GET_ANEXT`: the awaitable of the next step of an `async for`.
pub fn get_anext(vm: &Vm, aiter: &Value) -> PyResult<Value> {
    if is_async_gen(aiter) {
        return Ok(new_op(vm, aiter, AsyncOp::Send(Slot::new(Value::NONE))));
    }
    let Some(f) = vm.lookup_special(aiter, "__anext__")? else {
        return Err(vm.type_error(&format!(
            "'async for' requires an iterator with __anext__ method, got {}",
            vm.type_name(aiter)
        )));
    };
    let next = vm.call(&f, std::slice::from_ref(aiter), &[])?;
    gen::awaitable_iter(vm, &next).map_err(|e| {
        let err = vm.type_error(&format!(
            "'async for' received an invalid object from __anext__: {}",
            vm.type_name(&next)
        ));
        from_cause(vm, err, e)
    })
}

/// `err` raised from `cause` (CPython's `_PyErr_FormatFromCause`).
fn from_cause(_vm: &Vm, err: PyErr, cause: PyErr) -> PyErr {
    if let Some(d) = err
        .exception()
        .downcast_ref::<crate::objects::exception::ExceptionData>()
    {
        let c = cause.exception_value();
        d.cause.set(c.clone());
        d.context.set(c);
        d.suppress_context.set(true);
    }
    err
}
