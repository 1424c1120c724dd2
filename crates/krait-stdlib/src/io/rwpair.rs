//! `_io.BufferedRWPair` (CPython's bufferedio.c): a `BufferedReader` and a `BufferedWriter`
//! over two raw streams, presented as one object.

use super::util::{io_type, self_arg};
use crate::native_type::{alloc, state};
use krait_vm::native::Args;
use krait_vm::objects::native_object::NativeObject;
use krait_vm::slot::Slot;
use krait_vm::{method_table, PyResult, Value, Vm};
use std::any::Any;

/// The state of a `BufferedRWPair`.
struct RwPair {
    reader: Slot,
    writer: Slot,
}

impl NativeObject for RwPair {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        self.reader.visit(visit);
        self.writer.visit(visit);
    }
    fn clear(&self) {
        self.reader.set(Value::NULL);
        self.writer.set(Value::NULL);
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

method_table!(
    /// `BufferedRWPair.__new__`.
    NEW,
    Static,
    {
    "__new__" => pair_new, "(type, *args, **kwargs)", "Create and return a new object.";
    }
);

method_table!(
    /// The methods of `BufferedRWPair`.
    METHODS,
    Method,
    {
    "__init__" => pair_init, "($self, reader, writer, buffer_size=DEFAULT_BUFFER_SIZE, /)", "A buffered reader and writer object together.";
    "read" => pair_read, "($self, size=-1, /)", "";
    "peek" => pair_peek, "($self, size=0, /)", "";
    "read1" => pair_read1, "($self, size=-1, /)", "";
    "readinto" => pair_readinto, "($self, buffer, /)", "";
    "readinto1" => pair_readinto1, "($self, buffer, /)", "";
    "write" => pair_write, "($self, buffer, /)", "";
    "flush" => pair_flush, "($self, /)", "";
    "readable" => pair_readable, "($self, /)", "";
    "writable" => pair_writable, "($self, /)", "";
    "isatty" => pair_isatty, "($self, /)", "";
    "close" => pair_close, "($self, /)", "";
    }
);

method_table!(
    /// The attributes of `BufferedRWPair`.
    GETTERS,
    Static,
    {
    "closed" => pair_closed, "($self, /)", "";
    }
);

fn pair_new(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let cls = self_arg(vm, &args, "type")?;
    Ok(alloc(
        cls,
        RwPair {
            reader: Slot::new(Value::NONE),
            writer: Slot::new(Value::NONE),
        },
    ))
}

fn me<'a>(vm: &Vm, args: &Args<'a>) -> PyResult<&'a RwPair> {
    let v = self_arg(vm, args, "_io.BufferedRWPair")?;
    let p = state::<RwPair>(v)
        .ok_or_else(|| vm.type_error("descriptor requires a '_io.BufferedRWPair' object"))?;
    if p.reader.get().is_none() {
        return Err(vm.value_error("I/O operation on uninitialized object"));
    }
    Ok(p)
}

fn pair_init(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let v = self_arg(vm, &args, "_io.BufferedRWPair")?;
    let p = state::<RwPair>(v)
        .ok_or_else(|| vm.type_error("descriptor requires a '_io.BufferedRWPair' object"))?;
    let a = crate::convert::positional(vm, &args, "BufferedRWPair", "BufferedRWPair", 3, 4)?;
    vm.call_method(&a[1], "_checkReadable", &[])?;
    vm.call_method(&a[2], "_checkWritable", &[])?;
    let size = a
        .get(3)
        .cloned()
        .unwrap_or_else(|| vm.new_int(super::DEFAULT_BUFFER_SIZE));
    let reader = vm.call(
        &io_type(vm, "BufferedReader")?,
        &[a[1].clone(), size.clone()],
        &[],
    )?;
    let writer = vm.call(&io_type(vm, "BufferedWriter")?, &[a[2].clone(), size], &[])?;
    p.reader.set(reader);
    p.writer.set(writer);
    Ok(Value::NONE)
}

/// Calls `method` on the reader (`false`) or the writer (`true`) with the call's arguments.
fn forward(vm: &Vm, args: &Args<'_>, writer: bool, method: &str) -> PyResult<Value> {
    let p = me(vm, args)?;
    let target = if writer {
        p.writer.get()
    } else {
        p.reader.get()
    };
    let f = vm.get_attr(&target, &vm.intern(method))?;
    vm.call(&f, &args.pos()[1..], &[])
}

fn pair_read(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    forward(vm, &args, false, "read")
}

fn pair_peek(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    forward(vm, &args, false, "peek")
}

fn pair_read1(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    forward(vm, &args, false, "read1")
}

fn pair_readinto(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    forward(vm, &args, false, "readinto")
}

fn pair_readinto1(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    forward(vm, &args, false, "readinto1")
}

fn pair_write(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    forward(vm, &args, true, "write")
}

fn pair_flush(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    forward(vm, &args, true, "flush")
}

fn pair_readable(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    forward(vm, &args, false, "readable")
}

fn pair_writable(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    forward(vm, &args, true, "writable")
}

fn pair_isatty(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let r = forward(vm, &args, true, "isatty")?;
    if vm.is_true(&r)? {
        return Ok(r);
    }
    forward(vm, &args, false, "isatty")
}

fn pair_close(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let p = me(vm, &args)?;
    let w = vm.call_method(&p.writer.get(), "close", &[]);
    let r = vm.call_method(&p.reader.get(), "close", &[]);
    match (w, r) {
        (Ok(_), Ok(_)) => Ok(Value::NONE),
        (Err(e), Ok(_)) | (Ok(_), Err(e)) => Err(e),
        (Err(first), Err(second)) => Err(vm.chain_context_with(second, first.into_value())),
    }
}

fn pair_closed(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let p = me(vm, &args)?;
    vm.get_attr(&p.writer.get(), &vm.intern("closed"))
}
