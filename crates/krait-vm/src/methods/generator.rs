//! Methods of generators, coroutines and `coroutine_wrapper` (CPython's Objects/genobject.c
//! `gen_methods`, `coro_methods`, `coro_wrapper_methods`).

use crate::error::PyResult;
use crate::eval::asyncgen;
use crate::eval::gen::{self, gen_data, Sent};
use crate::native::method_table;
use crate::native::Args;
use crate::objects::generator::{
    AsyncGenOpData, AsyncOp, AwaitState, CoroWrapperData, GenData, GenKind,
};
use crate::protocols::payload;
use crate::slot::Slot;
use crate::value::Value;
use crate::vm::Vm;

method_table!(
    /// The methods of `generator`.
    GENERATOR_METHODS,
    Method,
    {
    "send" => send, "($self, value, /)", "send(arg) -> send 'arg' into generator,\nreturn next yielded value or raise StopIteration.";
    "throw" => throw, "($self, typ, val=None, tb=None, /)", "throw(value)\nthrow(type[,value[,tb]])\n\nRaise exception in generator, return next yielded value or raise\nStopIteration.";
    "close" => close, "($self, /)", "close() -> raise GeneratorExit inside generator.";
    "__next__" => next, "($self, /)", "Implement next(self).";
    "__iter__" => iter, "($self, /)", "Implement iter(self).";
    }
);

method_table!(
    /// The methods of `coroutine`.
    COROUTINE_METHODS,
    Method,
    {
    "send" => send, "($self, value, /)", "send(arg) -> send 'arg' into coroutine,\nreturn next iterated value or raise StopIteration.";
    "throw" => throw, "($self, typ, val=None, tb=None, /)", "throw(value)\nthrow(type[,value[,traceback]])\n\nRaise exception in coroutine, return next iterated value or raise\nStopIteration.";
    "close" => close, "($self, /)", "close() -> raise GeneratorExit inside coroutine.";
    "__await__" => await_, "($self, /)", "Return an iterator to be used in await expression.";
    }
);

method_table!(
    /// The methods of `coroutine_wrapper`.
    WRAPPER_METHODS,
    Method,
    {
    "send" => wrapper_send, "($self, value, /)", "send(arg) -> send 'arg' into coroutine,\nreturn next iterated value or raise StopIteration.";
    "throw" => wrapper_throw, "($self, typ, val=None, tb=None, /)", "throw(value)\nthrow(type[,value[,traceback]])\n\nRaise exception in coroutine, return next iterated value or raise\nStopIteration.";
    "close" => wrapper_close, "($self, /)", "close() -> raise GeneratorExit inside coroutine.";
    "__next__" => wrapper_next, "($self, /)", "Implement next(self).";
    "__iter__" => iter, "($self, /)", "Implement iter(self).";
    }
);

method_table!(
    /// The methods of `async_generator`.
    ASYNC_GENERATOR_METHODS,
    Method,
    {
    "__aiter__" => iter, "($self, /)", "Return an awaitable, that resolves in asynchronous iterator.";
    "__anext__" => anext, "($self, /)", "Return a value or raise StopAsyncIteration.";
    "asend" => asend, "($self, value, /)", "asend(v) -> send 'v' in generator.";
    "athrow" => athrow, "($self, typ, val=None, tb=None, /)", "athrow(typ[,val[,tb]]) -> raise exception in generator.";
    "aclose" => aclose, "($self, /)", "aclose() -> raise GeneratorExit inside generator.";
    }
);

method_table!(
    /// The methods of `async_generator_asend` and `async_generator_athrow`.
    ASYNC_OP_METHODS,
    Method,
    {
    "send" => op_send, "($self, value, /)", "send(arg) -> send 'arg' into generator,\nreturn next yielded value or raise StopIteration.";
    "throw" => op_throw, "($self, typ, val=None, tb=None, /)", "throw(value)\nthrow(type[,value[,traceback]])\n\nRaise exception in generator, return next yielded value or raise\nStopIteration.";
    "close" => op_close, "($self, /)", "close() -> raise GeneratorExit inside generator.";
    "__next__" => op_next, "($self, /)", "Implement next(self).";
    "__iter__" => iter, "($self, /)", "Implement iter(self).";
    "__await__" => iter, "($self, /)", "Return an iterator to be used in await expression.";
    }
);

/// Installs the tables.
pub fn install(vm: &Vm) {
    crate::native::install_methods(vm, &vm.types.generator, GENERATOR_METHODS);
    crate::native::install_methods(vm, &vm.types.coroutine, COROUTINE_METHODS);
    crate::native::install_methods(vm, &vm.types.coroutine_wrapper, WRAPPER_METHODS);
    crate::native::install_methods(vm, &vm.types.async_generator, ASYNC_GENERATOR_METHODS);
    crate::native::install_methods(vm, &vm.types.async_generator_asend, ASYNC_OP_METHODS);
    crate::native::install_methods(vm, &vm.types.async_generator_athrow, ASYNC_OP_METHODS);
}

/// The generator payload of `self`, with CPython's descriptor error otherwise.
fn this<'a>(vm: &Vm, v: &'a Value, name: &str) -> PyResult<&'a GenData> {
    gen_data(v).ok_or_else(|| {
        vm.type_error(&format!(
            "descriptor '{name}' requires a 'generator' object but received a '{}'",
            vm.type_name(v)
        ))
    })
}

/// The coroutine a `coroutine_wrapper` drives.
fn wrapped(vm: &Vm, v: &Value) -> PyResult<Value> {
    payload::<CoroWrapperData>(v)
        .map(|w| w.coro.get())
        .ok_or_else(|| vm.type_error("expected a coroutine_wrapper"))
}

fn send(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_range(vm, "send", 2, 2)?;
    gen::send(vm, this(vm, &a[0], "send")?, a[1].clone())
}

fn next(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_range(vm, "__next__", 1, 1)?;
    gen::send(vm, this(vm, &a[0], "__next__")?, Value::NONE)
}

fn iter(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_range(vm, "__iter__", 1, 1)?;
    Ok(a[0].clone())
}

fn throw(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    args.no_kwargs(vm, "throw")?;
    let a = args.positional_range(vm, "throw", 2, 4)?;
    let g = this(vm, &a[0], "throw")?;
    let none = Value::NONE;
    let val = a.get(2).unwrap_or(&none);
    let tb = a.get(3).unwrap_or(&none);
    match gen::throw(vm, g, &a[1], val, tb)? {
        Sent::Yielded(v) => Ok(v),
        Sent::Returned(v) => Err(gen::stop_iteration(vm, v)),
    }
}

fn close(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_range(vm, "close", 1, 1)?;
    gen::close(vm, this(vm, &a[0], "close")?)?;
    Ok(Value::NONE)
}

fn await_(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_range(vm, "__await__", 1, 1)?;
    Ok(gen::coroutine_wrapper(vm, &a[0]))
}

fn wrapper_send(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_range(vm, "send", 2, 2)?;
    let coro = wrapped(vm, &a[0])?;
    send(vm, Args::positional(&[coro, a[1].clone()]))
}

fn wrapper_next(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_range(vm, "__next__", 1, 1)?;
    let coro = wrapped(vm, &a[0])?;
    send(vm, Args::positional(&[coro, Value::NONE]))
}

fn wrapper_throw(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_range(vm, "throw", 2, 4)?;
    let mut full = vec![wrapped(vm, &a[0])?];
    full.extend_from_slice(&a[1..]);
    throw(vm, Args::positional(&full))
}

fn wrapper_close(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_range(vm, "close", 1, 1)?;
    let coro = wrapped(vm, &a[0])?;
    close(vm, Args::positional(&[coro]))
}

/// The async generator `self`.
fn this_agen<'a>(vm: &Vm, v: &'a Value, name: &str) -> PyResult<&'a Value> {
    match gen_data(v) {
        Some(g) if g.kind == GenKind::AsyncGenerator => Ok(v),
        _ => Err(vm.type_error(&format!(
            "descriptor '{name}' requires a 'async_generator' object but received a '{}'",
            vm.type_name(v)
        ))),
    }
}

fn anext(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_range(vm, "__anext__", 1, 1)?;
    let g = this_agen(vm, &a[0], "__anext__")?;
    Ok(asyncgen::new_op(
        vm,
        g,
        AsyncOp::Send(Slot::new(Value::NONE)),
    ))
}

fn asend(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_range(vm, "asend", 2, 2)?;
    let g = this_agen(vm, &a[0], "asend")?;
    Ok(asyncgen::new_op(
        vm,
        g,
        AsyncOp::Send(Slot::new(a[1].clone())),
    ))
}

fn athrow(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_range(vm, "athrow", 2, 4)?;
    let g = this_agen(vm, &a[0], "athrow")?;
    let arg = |i: usize| Slot::new(a.get(i).cloned().unwrap_or(Value::NONE));
    Ok(asyncgen::new_op(
        vm,
        g,
        AsyncOp::Throw(arg(1), arg(2), arg(3)),
    ))
}

fn aclose(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_range(vm, "aclose", 1, 1)?;
    let g = this_agen(vm, &a[0], "aclose")?;
    Ok(asyncgen::new_op(vm, g, AsyncOp::Close))
}

/// The payload of an `asend`/`athrow` awaitable.
fn op_data<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a AsyncGenOpData> {
    payload::<AsyncGenOpData>(v)
        .ok_or_else(|| vm.type_error("expected an async generator awaitable"))
}

fn op_send(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_range(vm, "send", 2, 2)?;
    asyncgen::op_send(vm, op_data(vm, &a[0])?, a[1].clone())
}

fn op_next(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_range(vm, "__next__", 1, 1)?;
    asyncgen::op_send(vm, op_data(vm, &a[0])?, Value::NONE)
}

fn op_throw(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_range(vm, "throw", 2, 4)?;
    let none = Value::NONE;
    asyncgen::op_throw(
        vm,
        op_data(vm, &a[0])?,
        &a[1],
        a.get(2).unwrap_or(&none),
        a.get(3).unwrap_or(&none),
    )
}

fn op_close(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_range(vm, "close", 1, 1)?;
    op_data(vm, &a[0])?.state.set(AwaitState::Closed);
    Ok(Value::NONE)
}

/// The attributes of generator objects (`gi_*`, `cr_*`, `ag_*`, `__name__`, `__qualname__`),
/// as CPython's member and getset descriptors.
pub fn field(vm: &Vm, g: &GenData, name: &str) -> Option<Value> {
    let prefix = match g.kind {
        GenKind::Generator => "gi_",
        GenKind::Coroutine => "cr_",
        GenKind::AsyncGenerator => "ag_",
    };
    use crate::objects::generator::GenState;
    let state = g.state.get();
    let rest = match name {
        "__name__" => return Some(g.name.get()),
        "__qualname__" => return Some(g.qualname.get()),
        _ => name.strip_prefix(prefix)?,
    };
    Some(match rest {
        "code" => g.code.get(),
        "frame" => gen_frame(vm, g),
        "running" => Value::bool(state == GenState::Running),
        "suspended" if g.kind != GenKind::AsyncGenerator => {
            Value::bool(state == GenState::Suspended)
        }
        "yieldfrom" if g.kind == GenKind::Generator => {
            gen::yield_from_target(g).unwrap_or(Value::NONE)
        }
        "await" if g.kind != GenKind::Generator => gen::yield_from_target(g).unwrap_or(Value::NONE),
        "origin" if g.kind == GenKind::Coroutine => Value::NONE,
        _ => return None,
    })
}

/// `gi_frame`/`cr_frame`/`ag_frame`: the generator's frame object, None once it finished.
fn gen_frame(vm: &Vm, g: &GenData) -> Value {
    use crate::objects::generator::GenState;
    match g.state.get() {
        GenState::Completed => Value::NONE,
        GenState::Running => running_frame_object(vm, g),
        _ => match g.frame.try_borrow() {
            Ok(f) => f.as_ref().map_or(Value::NONE, |f| vm.frame_object(f)),
            Err(_) => Value::NONE,
        },
    }
}

/// The frame object of a running generator: its frame is then on the running chain (found by
/// address; the recorded address is only compared, never followed).
fn running_frame_object(vm: &Vm, g: &GenData) -> Value {
    let addr = g.frame_addr.get();
    vm.with_caller_frame(|mut cur| {
        while let Some(f) = cur {
            if std::ptr::eq(f, addr) {
                return vm.frame_object(f);
            }
            cur = f.previous();
        }
        Value::NONE
    })
}
