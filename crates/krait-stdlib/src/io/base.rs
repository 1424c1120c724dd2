//! The abstract bases of `_io` (CPython's Modules/_io/iobase.c, bufferedio.c's
//! `_BufferedIOBase` and textio.c's `_TextIOBase`): `_IOBase`, `_RawIOBase`, `_BufferedIOBase`
//! and `_TextIOBase`. Their methods work through the object's own methods (`self.readline()`,
//! `self.closed`, …), so Python subclasses (Lib/io.py's `IOBase` and user classes) inherit them.

use super::util::{
    attr_closed, closed_error, fill_buffer, need_bytes, self_arg, size_arg, unsupported,
};
use crate::native_type::{alloc, state};
use krait_vm::native::Args;
use krait_vm::objects::native_object::NativeObject;
use krait_vm::{method_table, PyResult, Value, Vm};
use std::any::Any;
use std::cell::Cell;

/// The state of an instance of one of the abstract bases (a Python subclass): whether
/// `close()` ran.
pub(super) struct IoBase {
    closed: Cell<bool>,
}

impl NativeObject for IoBase {
    fn traverse(&self, _visit: &mut dyn FnMut(&Value)) {}
    fn clear(&self) {}
    fn as_any(&self) -> &dyn Any {
        self
    }
}

method_table!(
    /// `_IOBase.__new__` (shared by the four abstract bases).
    BASE_NEW,
    Static,
    {
    "__new__" => base_new, "(type, *args, **kwargs)", "Create and return a new object.";
    }
);

method_table!(
    /// The methods of `_IOBase`.
    IOBASE_METHODS,
    Method,
    {
    "seek" => iobase_seek, "($self, /, *args)", "Change the stream position to the given byte offset.";
    "tell" => iobase_tell, "($self, /)", "Return current stream position.";
    "truncate" => iobase_truncate, "($self, /, *args)", "Truncate file to size bytes.";
    "flush" => iobase_flush, "($self, /)", "Flush write buffers, if applicable.";
    "close" => iobase_close, "($self, /)", "Flush and close the IO object.";
    "seekable" => iobase_false, "($self, /)", "Return whether object supports random access.";
    "readable" => iobase_false, "($self, /)", "Return whether object was opened for reading.";
    "writable" => iobase_false, "($self, /)", "Return whether object was opened for writing.";
    "_checkClosed" => iobase_check_closed, "($self, /, *args)", "";
    "_checkSeekable" => iobase_check_seekable, "($self, /, *args)", "";
    "_checkReadable" => iobase_check_readable, "($self, /, *args)", "";
    "_checkWritable" => iobase_check_writable, "($self, /, *args)", "";
    "fileno" => iobase_fileno, "($self, /)", "Returns underlying file descriptor if one exists.";
    "isatty" => iobase_isatty, "($self, /)", "Return whether this is an 'interactive' stream.";
    "__enter__" => iobase_enter, "($self, /)", "";
    "__exit__" => iobase_exit, "($self, /, *args)", "";
    "__iter__" => iobase_iter, "($self, /)", "Implement iter(self).";
    "__next__" => iobase_next, "($self, /)", "Implement next(self).";
    "readline" => iobase_readline, "($self, size=-1, /)", "Read and return a line from the stream.";
    "readlines" => iobase_readlines, "($self, hint=-1, /)", "Return a list of lines from the stream.";
    "writelines" => iobase_writelines, "($self, lines, /)", "Write a list of lines to stream.";
    }
);

method_table!(
    /// The read-only attributes of `_IOBase`.
    IOBASE_GETTERS,
    Static,
    {
    "closed" => iobase_closed, "($self, /)", "";
    }
);

method_table!(
    /// The methods of `_RawIOBase`.
    RAW_METHODS,
    Method,
    {
    "read" => raw_read, "($self, size=-1, /)", "";
    "readall" => raw_readall, "($self, /)", "Read until EOF, using multiple read() call.";
    "readinto" => raw_not_implemented, "($self, buffer, /)", "";
    "write" => raw_not_implemented, "($self, b, /)", "";
    }
);

method_table!(
    /// The methods of `_BufferedIOBase`.
    BUFFERED_METHODS,
    Method,
    {
    "detach" => buf_detach, "($self, /)", "Disconnect this buffer from its underlying raw stream and return it.";
    "read" => buf_read, "($self, size=-1, /)", "Read and return up to n bytes.";
    "read1" => buf_read1, "($self, size=-1, /)", "Read and return up to n bytes, with at most one read() call to the underlying raw stream.";
    "readinto" => buf_readinto, "($self, buffer, /)", "";
    "readinto1" => buf_readinto1, "($self, buffer, /)", "";
    "write" => buf_write, "($self, b, /)", "Write the given buffer to the IO stream.";
    }
);

method_table!(
    /// The methods of `_TextIOBase`.
    TEXT_METHODS,
    Method,
    {
    "detach" => text_detach, "($self, /)", "Separate the underlying buffer from the TextIOBase and return it.";
    "read" => text_read, "($self, size=-1, /)", "Read at most size characters from stream.";
    "readline" => text_readline, "($self, size=-1, /)", "Read until newline or EOF.";
    "write" => text_write, "($self, s, /)", "Write string to stream.";
    }
);

method_table!(
    /// The attributes of `_TextIOBase`.
    TEXT_GETTERS,
    Static,
    {
    "encoding" => text_none, "($self, /)", "Encoding of the text stream.";
    "newlines" => text_none, "($self, /)", "Line endings translated so far.";
    "errors" => text_none, "($self, /)", "The error setting of the decoder or encoder.";
    }
);

fn base_new(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let cls = self_arg(vm, &args, "type")?;
    Ok(alloc(
        cls,
        IoBase {
            closed: Cell::new(false),
        },
    ))
}

/// Raises `ValueError` if `obj.closed` is true.
pub(super) fn check_closed(vm: &Vm, obj: &Value) -> PyResult<()> {
    if attr_closed(vm, obj)? {
        return Err(closed_error(vm));
    }
    Ok(())
}

fn iobase_seek(vm: &Vm, _args: Args<'_>) -> PyResult<Value> {
    Err(unsupported(vm, "seek"))
}

fn iobase_tell(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let me = self_arg(vm, &args, "_io._IOBase")?;
    vm.call_method(me, "seek", &[vm.new_int(0), vm.new_int(1)])
}

fn iobase_truncate(vm: &Vm, _args: Args<'_>) -> PyResult<Value> {
    Err(unsupported(vm, "truncate"))
}

fn iobase_flush(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let me = self_arg(vm, &args, "_io._IOBase")?;
    if base_closed(me) {
        return Err(closed_error(vm));
    }
    Ok(Value::NONE)
}

/// The abstract-base state's closed flag of `me`, if it has one.
fn base_flag(me: &Value) -> Option<&Cell<bool>> {
    state::<IoBase>(me).map(|s| &s.closed)
}

/// Whether `_IOBase.close` ran on `me` (CPython's `__IOBase_closed`; `FileIO.close` runs it).
fn base_closed(me: &Value) -> bool {
    base_flag(me).is_some_and(Cell::get)
        || state::<super::fileio::FileIo>(me).is_some_and(super::fileio::FileIo::is_closed)
}

fn iobase_close(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let me = self_arg(vm, &args, "_io._IOBase")?;
    if base_closed(me) {
        return Ok(Value::NONE);
    }
    let r = vm.call_method(me, "flush", &[]);
    if let Some(f) = base_flag(me) {
        f.set(true);
    }
    r.map(|_| Value::NONE)
}

fn iobase_closed(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let me = self_arg(vm, &args, "_io._IOBase")?;
    Ok(Value::bool(base_flag(me).is_some_and(Cell::get)))
}

fn iobase_false(_vm: &Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::FALSE)
}

fn iobase_check_closed(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    check_closed(vm, self_arg(vm, &args, "_io._IOBase")?)?;
    Ok(Value::NONE)
}

/// `self.<method>()` must be true, else `UnsupportedOperation(msg)`.
fn check_capability(vm: &Vm, args: &Args<'_>, method: &str, msg: &str) -> PyResult<Value> {
    let me = self_arg(vm, args, "_io._IOBase")?;
    let r = vm.call_method(me, method, &[])?;
    if !r.is(&Value::TRUE) {
        return Err(unsupported(vm, msg));
    }
    Ok(r)
}

fn iobase_check_seekable(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    check_capability(vm, &args, "seekable", "File or stream is not seekable.")
}

fn iobase_check_readable(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    check_capability(vm, &args, "readable", "File or stream is not readable.")
}

fn iobase_check_writable(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    check_capability(vm, &args, "writable", "File or stream is not writable.")
}

fn iobase_fileno(vm: &Vm, _args: Args<'_>) -> PyResult<Value> {
    Err(unsupported(vm, "fileno"))
}

fn iobase_isatty(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    check_closed(vm, self_arg(vm, &args, "_io._IOBase")?)?;
    Ok(Value::FALSE)
}

fn iobase_enter(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let me = self_arg(vm, &args, "_io._IOBase")?;
    check_closed(vm, me)?;
    Ok(me.clone())
}

fn iobase_exit(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let me = self_arg(vm, &args, "_io._IOBase")?;
    vm.call_method(me, "close", &[])
}

fn iobase_iter(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let me = self_arg(vm, &args, "_io._IOBase")?;
    check_closed(vm, me)?;
    Ok(me.clone())
}

/// The length of a `bytes`/`str` result of `readline`.
fn result_len(vm: &Vm, v: &Value) -> PyResult<usize> {
    if let Some(s) = krait_vm::protocols::payload::<krait_vm::objects::str::StrData>(v) {
        return Ok(s.len());
    }
    if let Some(b) = super::util::bytes_like(v) {
        return Ok(b.len());
    }
    let n = vm.call_method(v, "__len__", &[])?;
    Ok(n.as_small_int().unwrap_or(0) as usize)
}

fn iobase_next(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let me = self_arg(vm, &args, "_io._IOBase")?;
    let line = vm.call_method(me, "readline", &[])?;
    if result_len(vm, &line)? == 0 {
        return Err(vm.new_exception(&vm.types.stop_iteration, Vec::new()));
    }
    Ok(line)
}

fn iobase_readline(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let me = self_arg(vm, &args, "_io._IOBase")?;
    let a = args.positional_range(vm, "readline", 1, 2)?;
    let limit = size_arg(vm, a.get(1))?;
    let mut out: Vec<u8> = Vec::new();
    while limit < 0 || (out.len() as i64) < limit {
        let b = vm.call_method(me, "read", &[vm.new_int(1)])?;
        if b.is_none() {
            break;
        }
        let Some(bytes) = super::util::bytes_like(&b) else {
            return Err(vm.new_error(
                &vm.types.os_error,
                &format!(
                    "read() should have returned a bytes object, not '{}'",
                    vm.type_name(&b)
                ),
            ));
        };
        if bytes.is_empty() {
            break;
        }
        out.extend_from_slice(&bytes);
        if out.last() == Some(&b'\n') {
            break;
        }
    }
    Ok(vm.new_bytes(out))
}

fn iobase_readlines(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let me = self_arg(vm, &args, "_io._IOBase")?;
    let a = args.positional_range(vm, "readlines", 1, 2)?;
    let hint = size_arg(vm, a.get(1))?;
    let mut lines = Vec::new();
    let it = vm.get_iter(me)?;
    let mut total = 0usize;
    while let Some(line) = vm.next(&it)? {
        if hint > 0 {
            total += result_len(vm, &line)?;
        }
        lines.push(line);
        if hint > 0 && total as i64 >= hint {
            break;
        }
    }
    Ok(vm.new_list(lines))
}

fn iobase_writelines(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_range(vm, "writelines", 2, 2)?;
    check_closed(vm, &a[0])?;
    let it = vm.get_iter(&a[1])?;
    while let Some(line) = vm.next(&it)? {
        vm.call_method(&a[0], "write", &[line])?;
    }
    Ok(Value::NONE)
}

// ---- _RawIOBase ----

fn raw_read(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_range(vm, "read", 1, 2)?;
    let n = size_arg(vm, a.get(1))?;
    if n < 0 {
        return vm.call_method(&a[0], "readall", &[]);
    }
    let b = krait_vm::objects::bytearray::new_bytearray(vm, vec![0; n as usize]);
    let got = vm.call_method(&a[0], "readinto", std::slice::from_ref(&b))?;
    if got.is_none() {
        return Ok(Value::NONE);
    }
    let k = super::util::index_i64(vm, &got)?;
    let mut data = super::util::bytes_like(&b).unwrap_or_default();
    if k < 0 || k as usize > data.len() {
        return Err(vm.value_error(&format!(
            "readinto returned {k} outside buffer size {}",
            data.len()
        )));
    }
    data.truncate(k as usize);
    Ok(vm.new_bytes(data))
}

fn raw_readall(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_range(vm, "readall", 1, 1)?;
    let mut out = Vec::new();
    loop {
        let b = vm.call_method(&a[0], "read", &[vm.new_int(super::DEFAULT_BUFFER_SIZE)])?;
        if b.is_none() {
            if out.is_empty() {
                return Ok(Value::NONE);
            }
            break;
        }
        let data = need_bytes(vm, &b).map_err(|_| vm.type_error("read() should return bytes"))?;
        if data.is_empty() {
            break;
        }
        out.extend_from_slice(&data);
    }
    Ok(vm.new_bytes(out))
}

fn raw_not_implemented(vm: &Vm, _args: Args<'_>) -> PyResult<Value> {
    Err(vm.new_exception(&vm.types.not_implemented_error, Vec::new()))
}

// ---- _BufferedIOBase ----

fn buf_detach(vm: &Vm, _args: Args<'_>) -> PyResult<Value> {
    Err(unsupported(vm, "detach"))
}

fn buf_read(vm: &Vm, _args: Args<'_>) -> PyResult<Value> {
    Err(unsupported(vm, "read"))
}

fn buf_read1(vm: &Vm, _args: Args<'_>) -> PyResult<Value> {
    Err(unsupported(vm, "read1"))
}

fn buf_write(vm: &Vm, _args: Args<'_>) -> PyResult<Value> {
    Err(unsupported(vm, "write"))
}

/// `readinto` through `read` (or `read1`).
fn buf_readinto_with(vm: &Vm, args: Args<'_>, method: &str) -> PyResult<Value> {
    let a = args.positional_range(vm, method, 2, 2)?;
    let n = super::util::buffer_len(vm, &a[1])?;
    let data = vm.call_method(&a[0], method, &[vm.new_int(n as i64)])?;
    let bytes = super::util::bytes_like(&data)
        .ok_or_else(|| vm.type_error("read() should return bytes"))?;
    if bytes.len() > n {
        return Err(vm.value_error(&format!(
            "read() returned too much data: {n} bytes requested, {} returned",
            bytes.len()
        )));
    }
    let k = fill_buffer(vm, &a[1], &bytes)?;
    Ok(vm.new_int(k as i64))
}

fn buf_readinto(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    buf_readinto_with(vm, args, "read")
}

fn buf_readinto1(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    buf_readinto_with(vm, args, "read1")
}

// ---- _TextIOBase ----

fn text_detach(vm: &Vm, _args: Args<'_>) -> PyResult<Value> {
    Err(unsupported(vm, "detach"))
}

fn text_read(vm: &Vm, _args: Args<'_>) -> PyResult<Value> {
    Err(unsupported(vm, "read"))
}

fn text_readline(vm: &Vm, _args: Args<'_>) -> PyResult<Value> {
    Err(unsupported(vm, "readline"))
}

fn text_write(vm: &Vm, _args: Args<'_>) -> PyResult<Value> {
    Err(unsupported(vm, "write"))
}

fn text_none(_vm: &Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::NONE)
}
