//! Running generators and coroutines (CPython's Objects/genobject.c `gen_send_ex2`,
//! `_gen_throw`, `gen_close`, `_PyGen_yf`, and Objects/abstract.c `PyIter_Send`): resuming the
//! frame a generator owns, delegation through `yield from`/`await`, and PEP 479.

use super::{run, Exit, FrameBox};
use crate::error::{PyErr, PyResult};
use crate::heap;
use crate::objects::exception::ExceptionData;
use crate::objects::generator::{CoroWrapperData, GenData, GenKind, GenState};
use crate::objects::traceback::TracebackData;
use crate::protocols::payload;
use crate::slot::Slot;
use crate::value::Value;
use crate::vm::Vm;
use krait_bytecode::code::co_flags;
use krait_bytecode::Opcode;
use std::cell::{Cell, RefCell};

/// What a resumed generator did.
pub enum Sent {
    /// It yielded this value.
    Yielded(Value),
    /// It returned this value (the generator is finished).
    Returned(Value),
}

/// The generator kind a code object's flags make (for `RETURN_GENERATOR`).
pub fn kind_of_code(flags: u32) -> GenKind {
    if flags & co_flags::COROUTINE != 0 {
        GenKind::Coroutine
    } else if flags & co_flags::ASYNC_GENERATOR != 0 {
        GenKind::AsyncGenerator
    } else {
        GenKind::Generator
    }
}

/// A new generator object owning `frame` (which has just run `RETURN_GENERATOR`).
pub fn new_generator(vm: &Vm, kind: GenKind, frame: FrameBox) -> Value {
    let (name, qualname) = match super::frame::function_data(&frame.func) {
        Some(fd) => (fd.name.get(), fd.qualname.get()),
        None => {
            let c = frame.code();
            (c.name.clone(), c.qualname.clone())
        }
    };
    let ty = match kind {
        GenKind::Generator => &vm.types.generator,
        GenKind::Coroutine => &vm.types.coroutine,
        GenKind::AsyncGenerator => &vm.types.async_generator,
    };
    let data = GenData {
        kind,
        code: Slot::new(frame.code.clone()),
        frame_addr: Cell::new(frame.as_ptr()),
        frame: RefCell::new(Some(frame)),
        state: Cell::new(GenState::Created),
        name: Slot::new(name),
        qualname: Slot::new(qualname),
        saved_exc: Slot::default(),
        running_async: Cell::new(false),
        async_closed: Cell::new(false),
    };
    heap::alloc(ty.to_obj(), data).into_value()
}

/// The generator payload of `v`, if it is a generator, coroutine or async generator.
pub fn gen_data(v: &Value) -> Option<&GenData> {
    payload::<GenData>(v)
}

/// Whether `v` is a generator or coroutine (not an async generator): what `yield from` and
/// `PyIter_Send` resume directly.
fn is_gen_or_coro(v: &Value) -> Option<&GenData> {
    gen_data(v).filter(|g| g.kind != GenKind::AsyncGenerator)
}

/// The generator or coroutine that delegating to `v` resumes directly: `v` itself, or the
/// coroutine a `coroutine_wrapper` drives. `None` for any other iterator.
fn direct_target(v: &Value) -> Option<Value> {
    if is_gen_or_coro(v).is_some() {
        return Some(v.clone());
    }
    let coro = payload::<CoroWrapperData>(v)?.coro.get();
    gen_data(&coro).is_some().then_some(coro)
}

/// Resumes `gen` with `value` sent in, or with `thrown` raised at its `yield`, as CPython's
/// `gen_send_ex2`. `closing` is set by `close()` (an exhausted coroutine is then not an error).
pub fn resume(
    vm: &Vm,
    gen: &GenData,
    value: Value,
    thrown: Option<PyErr>,
    closing: bool,
) -> PyResult<Sent> {
    let noun = gen.kind.noun();
    match gen.state.get() {
        GenState::Running => {
            return Err(vm.value_error(&format!("{noun} already executing")));
        }
        GenState::Completed => {
            if gen.kind == GenKind::Coroutine && !closing {
                return Err(vm.new_error(
                    &vm.types.runtime_error,
                    "cannot reuse already awaited coroutine",
                ));
            }
            return match thrown {
                Some(e) => Err(e),
                None => Ok(Sent::Returned(Value::NONE)),
            };
        }
        GenState::Created if thrown.is_none() && !value.is_none() => {
            return Err(vm.type_error(&format!(
                "can't send non-None value to a just-started {noun}"
            )));
        }
        _ => {}
    }
    let Some(frame) = gen.frame.borrow_mut().take() else {
        return Err(vm.new_error(&vm.types.system_error, "generator without a frame"));
    };
    let guard = match vm.enter_recursion("") {
        Ok(g) => g,
        Err(e) => {
            *gen.frame.borrow_mut() = Some(frame);
            return Err(e);
        }
    };
    if thrown.is_none() {
        frame.push(value);
    }
    gen.state.set(GenState::Running);
    let caller_exc = vm.handled.replace(gen.saved_exc.replace(Value::NULL));
    vm.outer_handled.borrow_mut().push(caller_exc);
    // A thrown exception's context is the exception the generator itself was handling
    // (CPython's `_PyErr_ChainStackItem`).
    let thrown = thrown.map(|e| {
        let own = vm.handled.get();
        vm.mark_raised(&e);
        vm.chain_context_with(e, own)
    });
    let exit = run(vm, frame, thrown);
    let caller_exc = vm.outer_handled.borrow_mut().pop().unwrap_or(Value::NULL);
    let own_exc = vm.handled.replace(caller_exc);
    drop(guard);
    match exit {
        Exit::Yield(v, frame) => {
            gen.saved_exc.set(own_exc);
            *gen.frame.borrow_mut() = Some(frame);
            gen.state.set(GenState::Suspended);
            Ok(Sent::Yielded(v))
        }
        Exit::Return(v) => {
            gen.state.set(GenState::Completed);
            Ok(Sent::Returned(v))
        }
        Exit::Raise(e) => {
            gen.state.set(GenState::Completed);
            Err(pep479(vm, gen.kind, e))
        }
    }
}

/// PEP 479: a `StopIteration` (or, from an async generator, `StopAsyncIteration`) leaving a
/// generator's frame becomes a `RuntimeError` caused by it.
fn pep479(vm: &Vm, kind: GenKind, e: PyErr) -> PyErr {
    let exc = e.exception_value();
    let which = if vm.is_instance_of(&exc, &vm.types.stop_iteration) {
        "StopIteration"
    } else if kind == GenKind::AsyncGenerator
        && vm.is_instance_of(&exc, &vm.types.stop_async_iteration)
    {
        "StopAsyncIteration"
    } else {
        return e;
    };
    let err = vm.new_error(
        &vm.types.runtime_error,
        &format!("{} raised {which}", kind.noun()),
    );
    if let Some(d) = err.exception().downcast_ref::<ExceptionData>() {
        d.cause.set(exc.clone());
        d.context.set(exc);
        d.suppress_context.set(true);
    }
    err
}

/// The iterator a suspended generator is delegating to with `yield from`/`await`, as
/// CPython's `_PyGen_yf`: the top of its stack when the next instruction is a `RESUME` after
/// a delegated yield.
pub fn yield_from_target(gen: &GenData) -> Option<Value> {
    if gen.state.get() != GenState::Suspended {
        return None;
    }
    let frame = gen.frame.borrow();
    let f = frame.as_ref()?;
    let ins = *f.code().instructions.get(f.ip())?;
    if ins.opcode() == Some(Opcode::Resume) && ins.arg() >= 2 && f.sp() > f.code().nlocalsplus() {
        Some(f.peek(0))
    } else {
        None
    }
}

/// After the delegated-to iterator of a suspended generator finished by raising, pops it and
/// moves the generator to the end of its `SEND` loop (CPython's `_gen_throw` tail).
fn leave_yield_from(gen: &GenData) {
    let frame = gen.frame.borrow();
    let Some(f) = frame.as_ref() else { return };
    drop(f.pop());
    // The instruction before the YIELD_VALUE is the SEND whose target ends the loop.
    let send_at = f.ip().saturating_sub(2);
    let mut target = 0usize;
    let code = f.code();
    if let Some(ins) = code.instructions.get(send_at) {
        if ins.opcode() == Some(Opcode::Send) {
            target = ins.arg() as usize;
            let mut shift = 24;
            let mut k = send_at;
            while k > 0 && code.instructions[k - 1].opcode() == Some(Opcode::ExtendedArg) {
                k -= 1;
                target |= (code.instructions[k].arg() as usize) << shift;
                shift += 24;
            }
        }
    }
    // Resuming runs the instruction at the target; `lasti` (for tracebacks) is the one before.
    f.set_ip(target);
}

/// `StopIteration(value)` for a generator that returned `value`, as CPython's
/// `_PyGen_SetStopIterationValue` (no argument for None).
pub fn stop_iteration(vm: &Vm, value: Value) -> PyErr {
    if value.is_none() {
        vm.new_exception(&vm.types.stop_iteration, Vec::new())
    } else {
        vm.new_exception(&vm.types.stop_iteration, vec![value])
    }
}

/// The `value` of a `StopIteration` exception: its first argument, or None.
pub fn stop_iteration_value(vm: &Vm, exc: &Value) -> Value {
    payload::<ExceptionData>(exc)
        .and_then(|e| vm.tuple_items(&e.args.get()))
        .and_then(|a| a.first().cloned())
        .unwrap_or(Value::NONE)
}

/// `gen.send(value)` (and `__next__` with None): the yielded value, or `StopIteration`
/// carrying the return value.
pub fn send(vm: &Vm, gen: &GenData, value: Value) -> PyResult<Value> {
    match resume(vm, gen, value, None, false)? {
        Sent::Yielded(v) => Ok(v),
        Sent::Returned(v) => Err(stop_iteration(vm, v)),
    }
}

/// Sends `value` into any iterator, as CPython's `PyIter_Send` (what `SEND` runs): generators
/// and coroutines are resumed directly; otherwise `next()` for None, else `.send(value)`; a
/// `StopIteration` becomes [`Sent::Returned`] with its value.
pub fn send_to(vm: &Vm, receiver: &Value, value: Value) -> PyResult<Sent> {
    if let Some(t) = direct_target(receiver) {
        if let Some(g) = gen_data(&t) {
            return resume(vm, g, value, None, false);
        }
    }
    if value.is_none() && vm.is_builtin_iterator(receiver) {
        return Ok(match vm.next(receiver)? {
            Some(v) => Sent::Yielded(v),
            None => Sent::Returned(Value::NONE),
        });
    }
    let result = if value.is_none() {
        match vm.lookup_special(receiver, "__next__")? {
            Some(f) => vm.call(&f, std::slice::from_ref(receiver), &[]),
            None => {
                return Err(vm.type_error(&format!(
                    "'{}' object is not an iterator",
                    vm.type_name(receiver)
                )))
            }
        }
    } else {
        vm.call_method(receiver, "send", &[value])
    };
    match result {
        Ok(v) => Ok(Sent::Yielded(v)),
        Err(e) => {
            let exc = e.exception_value();
            if vm.is_instance_of(&exc, &vm.types.stop_iteration) {
                Ok(Sent::Returned(stop_iteration_value(vm, &exc)))
            } else {
                Err(e)
            }
        }
    }
}

/// The exception `throw(typ, val, tb)` raises, normalized as CPython's `_gen_throw` does.
pub fn make_thrown(vm: &Vm, typ: &Value, val: &Value, tb: &Value) -> PyResult<PyErr> {
    if !tb.is_none() && payload::<TracebackData>(tb).is_none() {
        return Err(vm.type_error("throw() third argument must be a traceback object"));
    }
    let exc = if vm.is_exception_class(typ) {
        if !val.is_none() && vm.is_instance_of(val, typ) {
            val.clone()
        } else {
            let args = if val.is_none() {
                Vec::new()
            } else if let Some(items) = vm.tuple_items(val) {
                items
            } else {
                vec![val.clone()]
            };
            let e = vm.call(typ, &args, &[])?;
            if payload::<ExceptionData>(&e).is_none() {
                return Err(vm.type_error(&format!(
                    "calling {} should have returned an instance of BaseException, not {}",
                    vm.repr_string(typ)?,
                    vm.type_name(&e)
                )));
            }
            e
        }
    } else if payload::<ExceptionData>(typ).is_some() {
        if !val.is_none() {
            return Err(vm.type_error("instance exception may not have a separate value"));
        }
        typ.clone()
    } else {
        return Err(vm.type_error(&format!(
            "exceptions must be classes or instances deriving from BaseException, not {}",
            vm.type_name(typ)
        )));
    };
    if !tb.is_none() {
        if let Some(e) = payload::<ExceptionData>(&exc) {
            e.traceback.set(tb.clone());
        }
    }
    match exc.into_obj() {
        Ok(o) => Ok(PyErr::new(o)),
        Err(_) => Err(vm.new_error(&vm.types.system_error, "bad exception")),
    }
}

/// `gen.throw(typ, val, tb)`, delegating to a `yield from` target first, as CPython's
/// `_gen_throw`.
pub fn throw(vm: &Vm, gen: &GenData, typ: &Value, val: &Value, tb: &Value) -> PyResult<Sent> {
    throw_ex(vm, gen, true, typ, val, tb)
}

/// `_gen_throw`: `close_on_genexit` says whether a thrown `GeneratorExit` closes the
/// delegated-to iterator first (not for an async generator's `aclose()`/`athrow()`).
pub fn throw_ex(
    vm: &Vm,
    gen: &GenData,
    close_on_genexit: bool,
    typ: &Value,
    val: &Value,
    tb: &Value,
) -> PyResult<Sent> {
    if let Some(yf) = yield_from_target(gen) {
        let state = gen.state.get();
        let is_genexit = vm.is_exception_class(typ)
            && vm.is_subclass(typ, &vm.types.generator_exit)
            || payload::<ExceptionData>(typ).is_some()
                && vm.is_instance_of(typ, &vm.types.generator_exit);
        if is_genexit && close_on_genexit {
            gen.state.set(GenState::Running);
            let closed = close_iter(vm, &yf);
            gen.state.set(state);
            if let Err(e) = closed {
                return resume(vm, gen, Value::NONE, Some(e), false);
            }
        } else {
            gen.state.set(GenState::Running);
            let target = direct_target(&yf);
            let result = if let Some(sub) = target.as_ref().and_then(gen_data) {
                throw_ex(vm, sub, close_on_genexit, typ, val, tb)
            } else {
                match vm.get_attr_opt(&yf, "throw") {
                    Ok(Some(meth)) => vm
                        .call(&meth, &[typ.clone(), val.clone(), tb.clone()], &[])
                        .map(Sent::Yielded),
                    Ok(None) => {
                        gen.state.set(state);
                        let e = make_thrown(vm, typ, val, tb)?;
                        return resume(vm, gen, Value::NONE, Some(e), false);
                    }
                    Err(e) => Err(e),
                }
            };
            gen.state.set(state);
            return match result {
                Ok(Sent::Yielded(v)) => Ok(Sent::Yielded(v)),
                Ok(Sent::Returned(v)) => {
                    // The sub-generator returned: the `yield from` finishes with its value.
                    leave_yield_from(gen);
                    resume(vm, gen, v, None, false)
                }
                Err(e) => {
                    leave_yield_from(gen);
                    let exc = e.exception_value();
                    if vm.is_instance_of(&exc, &vm.types.stop_iteration) {
                        let v = stop_iteration_value(vm, &exc);
                        resume(vm, gen, v, None, false)
                    } else {
                        resume(vm, gen, Value::NONE, Some(e), false)
                    }
                }
            };
        }
    }
    let e = make_thrown(vm, typ, val, tb)?;
    resume(vm, gen, Value::NONE, Some(e), false)
}

/// `gen.close()`, as CPython's `gen_close`: closes a `yield from` target, raises
/// `GeneratorExit` at the `yield`, and complains if the generator yields again.
pub fn close(vm: &Vm, gen: &GenData) -> PyResult<()> {
    match gen.state.get() {
        GenState::Created => {
            gen.state.set(GenState::Completed);
            drop(gen.frame.borrow_mut().take());
            return Ok(());
        }
        GenState::Completed => return Ok(()),
        _ => {}
    }
    let mut thrown = None;
    if let Some(yf) = yield_from_target(gen) {
        let state = gen.state.get();
        gen.state.set(GenState::Running);
        if let Err(e) = close_iter(vm, &yf) {
            thrown = Some(e);
        }
        gen.state.set(state);
    }
    let thrown = thrown.unwrap_or_else(|| vm.new_exception(&vm.types.generator_exit, Vec::new()));
    match resume(vm, gen, Value::NONE, Some(thrown), true) {
        Ok(Sent::Yielded(_)) => Err(vm.new_error(
            &vm.types.runtime_error,
            &format!("{} ignored GeneratorExit", gen.kind.noun()),
        )),
        Ok(Sent::Returned(_)) => Ok(()),
        Err(e) => {
            let exc = e.exception_value();
            if vm.is_instance_of(&exc, &vm.types.generator_exit)
                || vm.is_instance_of(&exc, &vm.types.stop_iteration)
            {
                Ok(())
            } else {
                Err(e)
            }
        }
    }
}

/// Closes the iterator a generator delegates to (CPython's `gen_close_iter`).
fn close_iter(vm: &Vm, yf: &Value) -> PyResult<()> {
    if let Some(t) = direct_target(yf) {
        if let Some(g) = gen_data(&t) {
            return close(vm, g);
        }
    }
    if let Some(meth) = vm.get_attr_opt(yf, "close")? {
        vm.call(&meth, &[], &[])?;
    }
    Ok(())
}

/// Whether `v` can be awaited directly (a coroutine, or a generator made by a function flagged
/// `CO_ITERABLE_COROUTINE`).
fn is_awaitable_coroutine(v: &Value) -> bool {
    gen_data(v).is_some_and(|g| {
        g.kind == GenKind::Coroutine
            || (g.kind == GenKind::Generator
                && super::frame::code_data(&g.code.get()).flags & co_flags::ITERABLE_COROUTINE != 0)
    })
}

/// The iterator `await v` drives, as CPython's `_PyCoro_GetAwaitableIter`.
pub fn awaitable_iter(vm: &Vm, v: &Value) -> PyResult<Value> {
    if is_awaitable_coroutine(v) {
        return Ok(v.clone());
    }
    if let Some(f) = vm.lookup_special(v, "__await__")? {
        let res = vm.call(&f, std::slice::from_ref(v), &[])?;
        if is_awaitable_coroutine(&res) {
            return Err(vm.type_error("__await__() returned a coroutine"));
        }
        if !vm.is_iterator(&res)? {
            return Err(vm.type_error(&format!(
                "__await__() returned non-iterator of type '{}'",
                vm.type_name(&res)
            )));
        }
        return Ok(res);
    }
    Err(vm.type_error(&format!(
        "object {} can't be used in 'await' expression",
        vm.type_name(v)
    )))
}

/// `GET_AWAITABLE where`: the iterator to await, with CPython's messages for `async with`
/// and for a coroutine already being awaited.
pub fn get_awaitable(vm: &Vm, v: &Value, where_: u32) -> PyResult<Value> {
    let has_await = is_awaitable_coroutine(v) || vm.lookup_special(v, "__await__")?.is_some();
    if !has_await && (where_ == 1 || where_ == 2) {
        let from = if where_ == 1 {
            "__aenter__"
        } else {
            "__aexit__"
        };
        return Err(vm.type_error(&format!(
            "'async with' received an object from {from} that does not implement __await__: {}",
            vm.type_name(v)
        )));
    }
    let it = awaitable_iter(vm, v)?;
    if let Some(g) = gen_data(&it).filter(|g| g.kind == GenKind::Coroutine) {
        if yield_from_target(g).is_some() {
            return Err(vm.new_error(
                &vm.types.runtime_error,
                "coroutine is being awaited already",
            ));
        }
    }
    Ok(it)
}

/// `GET_YIELD_FROM_ITER`: `iter(v)`, except that generators are used as they are, and a
/// coroutine only from a coroutine.
pub fn yield_from_iter(vm: &Vm, v: &Value, code_flags: u32) -> PyResult<Value> {
    if let Some(g) = gen_data(v) {
        match g.kind {
            GenKind::Generator => return Ok(v.clone()),
            GenKind::Coroutine => {
                if code_flags & (co_flags::COROUTINE | co_flags::ITERABLE_COROUTINE) == 0 {
                    return Err(vm.type_error(
                        "cannot 'yield from' a coroutine object in a non-coroutine generator",
                    ));
                }
                return Ok(v.clone());
            }
            GenKind::AsyncGenerator => {}
        }
    }
    vm.get_iter(v)
}

/// `coroutine.__await__()`: a `coroutine_wrapper` iterating the coroutine.
pub fn coroutine_wrapper(vm: &Vm, coro: &Value) -> Value {
    let w = CoroWrapperData {
        coro: Slot::new(coro.clone()),
    };
    heap::alloc(vm.types.coroutine_wrapper.to_obj(), w).into_value()
}
