//! `_io.BytesIO` (CPython's Modules/_io/bytesio.c): an in-memory binary stream. The bytes live
//! in a `bytearray` so that `getbuffer()` can hand out a `memoryview` that writes through.

use super::util::{closed_error, fill_buffer, index_i64, need_bytes, self_arg, size_arg};
use crate::native_type::{alloc, state};
use krait_vm::native::Args;
use krait_vm::objects::bytearray::{new_bytearray, ByteArrayData};
use krait_vm::objects::native_object::NativeObject;
use krait_vm::protocols::payload;
use krait_vm::slot::Slot;
use krait_vm::{method_table, PyResult, Value, Vm};
use std::any::Any;
use std::cell::Cell;

/// The state of a `BytesIO`.
struct BytesIo {
    /// A `bytearray` holding the contents.
    buf: Slot,
    pos: Cell<usize>,
    closed: Cell<bool>,
}

impl NativeObject for BytesIo {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        self.buf.visit(visit);
    }
    fn clear(&self) {
        self.buf.set(Value::NULL);
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

method_table!(
    /// `BytesIO.__new__`.
    NEW,
    Static,
    {
    "__new__" => bio_new, "(type, *args, **kwargs)", "Create and return a new object.";
    }
);

method_table!(
    /// The methods of `BytesIO`.
    METHODS,
    Method,
    {
    "__init__" => bio_init, "($self, /, initial_bytes=b'')", "Buffered I/O implementation using an in-memory bytes buffer.";
    "getvalue" => bio_getvalue, "($self, /)", "Retrieve the entire contents of the BytesIO object.";
    "getbuffer" => bio_getbuffer, "($self, /)", "Get a read-write view over the contents of the BytesIO object.";
    "read" => bio_read, "($self, size=-1, /)", "Read at most size bytes, returned as a bytes object.";
    "read1" => bio_read, "($self, size=-1, /)", "Read at most size bytes, returned as a bytes object.";
    "readinto" => bio_readinto, "($self, buffer, /)", "Read bytes into buffer.";
    "readline" => bio_readline, "($self, size=-1, /)", "Next line from the file, as a bytes object.";
    "readlines" => bio_readlines, "($self, size=None, /)", "List of bytes objects, each a line from the file.";
    "write" => bio_write, "($self, b, /)", "Write bytes to file.";
    "writelines" => bio_writelines, "($self, lines, /)", "Write lines to the file.";
    "seek" => bio_seek, "($self, pos, whence=0, /)", "Change stream position.";
    "tell" => bio_tell, "($self, /)", "Current file position, an integer.";
    "truncate" => bio_truncate, "($self, size=None, /)", "Truncate the file to at most size bytes.";
    "close" => bio_close, "($self, /)", "Disable all I/O operations.";
    "flush" => bio_flush, "($self, /)", "Does nothing.";
    "isatty" => bio_false, "($self, /)", "Always False.";
    "readable" => bio_true, "($self, /)", "Returns True if the IO object can be read.";
    "writable" => bio_true, "($self, /)", "Returns True if the IO object can be written.";
    "seekable" => bio_true, "($self, /)", "Returns True if the IO object can be seeked.";
    "__iter__" => bio_iter, "($self, /)", "Implement iter(self).";
    "__next__" => bio_next, "($self, /)", "Implement next(self).";
    "__getstate__" => bio_getstate, "($self, /)", "";
    "__setstate__" => bio_setstate, "($self, state, /)", "";
    }
);

method_table!(
    /// The attributes of `BytesIO`.
    GETTERS,
    Static,
    {
    "closed" => get_closed, "($self, /)", "True if the file is closed.";
    }
);

fn bio_new(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let cls = self_arg(vm, &args, "type")?;
    Ok(alloc(
        cls,
        BytesIo {
            buf: Slot::new(new_bytearray(vm, Vec::new())),
            pos: Cell::new(0),
            closed: Cell::new(false),
        },
    ))
}

fn me<'a>(vm: &Vm, args: &Args<'a>) -> PyResult<&'a BytesIo> {
    let v = self_arg(vm, args, "_io.BytesIO")?;
    state::<BytesIo>(v).ok_or_else(|| vm.type_error("descriptor requires a '_io.BytesIO' object"))
}

/// The state, open.
fn ready<'a>(vm: &Vm, args: &Args<'a>) -> PyResult<&'a BytesIo> {
    let s = me(vm, args)?;
    if s.closed.get() {
        return Err(closed_error(vm));
    }
    Ok(s)
}

impl BytesIo {
    /// Runs `f` on the contents.
    fn with<R>(&self, f: impl FnOnce(&mut Vec<u8>) -> R) -> R {
        let b = self.buf.get();
        let mut empty = Vec::new();
        match payload::<ByteArrayData>(&b) {
            Some(ba) => f(&mut ba.bytes.borrow_mut()),
            None => f(&mut empty),
        }
    }

    /// Reads at most `n` bytes (all if negative) from the position.
    fn read(&self, n: i64) -> Vec<u8> {
        let pos = self.pos.get();
        let out = self.with(|b| {
            let start = pos.min(b.len());
            let end = if n < 0 {
                b.len()
            } else {
                (start + n as usize).min(b.len())
            };
            b[start..end].to_vec()
        });
        if !out.is_empty() {
            self.pos.set(pos + out.len());
        }
        out
    }

    /// One line from the position.
    fn readline(&self, limit: i64) -> Vec<u8> {
        let pos = self.pos.get();
        let out = self.with(|b| {
            let start = pos.min(b.len());
            let mut rest = &b[start..];
            if limit >= 0 && (limit as usize) < rest.len() {
                rest = &rest[..limit as usize];
            }
            let n = rest
                .iter()
                .position(|&c| c == b'\n')
                .map_or(rest.len(), |i| i + 1);
            rest[..n].to_vec()
        });
        if !out.is_empty() {
            self.pos.set(pos + out.len());
        }
        out
    }

    /// Writes `data` at the position.
    fn write(&self, vm: &Vm, data: &[u8]) -> PyResult<()> {
        if data.is_empty() {
            return Ok(());
        }
        let pos = self.pos.get();
        let b = self.buf.get();
        // The slot and `b` hold two references; any more is a memoryview (getbuffer).
        let exported = b.as_header().is_some_and(|h| h.refcnt() > 2);
        let grows = self.with(|v| pos + data.len() > v.len());
        if exported && grows {
            return Err(vm.new_error(
                &vm.types.buffer_error,
                "Existing exports of data: object cannot be re-sized",
            ));
        }
        self.with(|v| {
            if pos > v.len() {
                v.resize(pos, 0);
            }
            let end = pos + data.len();
            let overlap = end.min(v.len());
            v.splice(pos..overlap, data.iter().copied());
        });
        self.pos.set(pos + data.len());
        Ok(())
    }
}

fn bio_init(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let s = me(vm, &args)?;
    let rest = Args {
        values: &args.values[1..],
        kwnames: args.kwnames,
    };
    let a = crate::convert::parse_keywords(vm, &rest, "BytesIO", &["initial_bytes"], 0, 1, 0)?;
    let data = match &a[0] {
        Some(v) if !v.is_none() => need_bytes(vm, v)?,
        _ => Vec::new(),
    };
    s.buf.set(new_bytearray(vm, data));
    s.pos.set(0);
    s.closed.set(false);
    Ok(Value::NONE)
}

fn bio_getvalue(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let s = ready(vm, &args)?;
    Ok(vm.new_bytes(s.with(|b| b.clone())))
}

fn bio_getbuffer(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let s = ready(vm, &args)?;
    vm.call(&vm.types.memoryview, &[s.buf.get()], &[])
}

fn bio_read(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let s = ready(vm, &args)?;
    let a = args.positional_range(vm, "read", 1, 2)?;
    let n = size_arg(vm, a.get(1))?;
    Ok(vm.new_bytes(s.read(n)))
}

fn bio_readinto(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let s = ready(vm, &args)?;
    let a = args.positional_range(vm, "readinto", 2, 2)?;
    let n = super::util::buffer_len(vm, &a[1])?;
    let data = s.read(n as i64);
    let k = fill_buffer(vm, &a[1], &data)?;
    Ok(vm.new_int(k as i64))
}

fn bio_readline(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let s = ready(vm, &args)?;
    let a = args.positional_range(vm, "readline", 1, 2)?;
    let n = size_arg(vm, a.get(1))?;
    Ok(vm.new_bytes(s.readline(n)))
}

fn bio_readlines(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let s = ready(vm, &args)?;
    let a = args.positional_range(vm, "readlines", 1, 2)?;
    let hint = size_arg(vm, a.get(1))?;
    let mut lines = Vec::new();
    let mut total = 0usize;
    loop {
        let line = s.readline(-1);
        if line.is_empty() {
            break;
        }
        total += line.len();
        lines.push(vm.new_bytes(line));
        if hint > 0 && total as i64 >= hint {
            break;
        }
    }
    Ok(vm.new_list(lines))
}

fn bio_write(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let s = ready(vm, &args)?;
    let a = args.positional_range(vm, "write", 2, 2)?;
    let data = need_bytes(vm, &a[1])?;
    s.write(vm, &data)?;
    Ok(vm.new_int(data.len() as i64))
}

fn bio_writelines(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let s = ready(vm, &args)?;
    let a = args.positional_range(vm, "writelines", 2, 2)?;
    let it = vm.get_iter(&a[1])?;
    while let Some(line) = vm.next(&it)? {
        let data = need_bytes(vm, &line)?;
        s.write(vm, &data)?;
    }
    Ok(Value::NONE)
}

fn bio_seek(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let s = ready(vm, &args)?;
    let a = args.positional_range(vm, "seek", 2, 3)?;
    let pos = index_i64(vm, &a[1])?;
    let whence = match a.get(2) {
        Some(w) => index_i64(vm, w)?,
        None => 0,
    };
    let p = match whence {
        0 => {
            if pos < 0 {
                return Err(vm.value_error(&format!("negative seek value {pos}")));
            }
            pos
        }
        1 => (s.pos.get() as i64).saturating_add(pos).max(0),
        2 => (s.with(|b| b.len()) as i64).saturating_add(pos).max(0),
        _ => return Err(vm.value_error(&format!("invalid whence ({whence}, should be 0, 1 or 2)"))),
    };
    s.pos.set(p as usize);
    Ok(vm.new_int(p))
}

fn bio_tell(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let s = ready(vm, &args)?;
    Ok(vm.new_int(s.pos.get() as i64))
}

fn bio_truncate(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let s = ready(vm, &args)?;
    let a = args.positional_range(vm, "truncate", 1, 2)?;
    let size = match a.get(1) {
        Some(v) if !v.is_none() => index_i64(vm, v)?,
        _ => s.pos.get() as i64,
    };
    if size < 0 {
        return Err(vm.value_error(&format!("negative size value {size}")));
    }
    s.with(|b| {
        if (size as usize) < b.len() {
            b.truncate(size as usize);
        }
    });
    Ok(vm.new_int(size))
}

fn bio_close(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let s = me(vm, &args)?;
    s.closed.set(true);
    Ok(Value::NONE)
}

fn bio_flush(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    ready(vm, &args)?;
    Ok(Value::NONE)
}

fn bio_true(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    ready(vm, &args)?;
    Ok(Value::TRUE)
}

fn bio_false(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    ready(vm, &args)?;
    Ok(Value::FALSE)
}

fn bio_iter(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    ready(vm, &args)?;
    Ok(args.pos()[0].clone())
}

fn bio_next(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let s = ready(vm, &args)?;
    let line = s.readline(-1);
    if line.is_empty() {
        return Err(vm.new_exception(&vm.types.stop_iteration, Vec::new()));
    }
    Ok(vm.new_bytes(line))
}

fn bio_getstate(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let s = ready(vm, &args)?;
    Ok(vm.new_tuple(vec![
        vm.new_bytes(s.with(|b| b.clone())),
        vm.new_int(s.pos.get() as i64),
        Value::NONE,
    ]))
}

fn bio_setstate(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let s = me(vm, &args)?;
    let a = args.positional_range(vm, "__setstate__", 2, 2)?;
    let items = vm
        .tuple_items(&a[1])
        .filter(|t| t.len() >= 2)
        .ok_or_else(|| vm.type_error("__setstate__ argument should be 3-tuple"))?;
    s.buf.set(new_bytearray(vm, need_bytes(vm, &items[0])?));
    s.pos.set(index_i64(vm, &items[1])?.max(0) as usize);
    Ok(Value::NONE)
}

fn get_closed(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::bool(me(vm, &args)?.closed.get()))
}
