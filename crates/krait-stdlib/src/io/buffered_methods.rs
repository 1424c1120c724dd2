//! The methods of `BufferedReader`, `BufferedWriter` and `BufferedRandom` (CPython's
//! Modules/_io/bufferedio.c), over the buffer operations of `buffered.rs`.

use super::buffered::{self as bf, Buffered, READ, WRITE};
use super::util::{fill_buffer, index_i64, need_bytes, self_arg, size_arg};
use crate::native_type::{alloc, state};
use krait_vm::native::Args;
use krait_vm::{method_table, PyResult, Value, Vm};

method_table!(
    /// `BufferedReader.__new__`.
    READER_NEW,
    Static,
    {
    "__new__" => reader_new, "(type, *args, **kwargs)", "Create and return a new object.";
    }
);

method_table!(
    /// `BufferedWriter.__new__`.
    WRITER_NEW,
    Static,
    {
    "__new__" => writer_new, "(type, *args, **kwargs)", "Create and return a new object.";
    }
);

method_table!(
    /// `BufferedRandom.__new__`.
    RANDOM_NEW,
    Static,
    {
    "__new__" => random_new, "(type, *args, **kwargs)", "Create and return a new object.";
    }
);

method_table!(
    /// The methods every buffered class has.
    COMMON,
    Method,
    {
    "__init__" => buf_init, "($self, /, raw, buffer_size=DEFAULT_BUFFER_SIZE)", "Create a new buffered stream.";
    "close" => buf_close, "($self, /)", "";
    "detach" => buf_detach, "($self, /)", "";
    "flush" => buf_flush, "($self, /)", "";
    "seek" => buf_seek, "($self, target, whence=0, /)", "";
    "tell" => buf_tell, "($self, /)", "";
    "truncate" => buf_truncate, "($self, pos=None, /)", "";
    "seekable" => buf_seekable, "($self, /)", "";
    "fileno" => buf_fileno, "($self, /)", "";
    "isatty" => buf_isatty, "($self, /)", "";
    "__repr__" => buf_repr, "($self, /)", "Return repr(self).";
    "__getstate__" => buf_getstate, "($self, /)", "";
    "_dealloc_warn" => buf_dealloc_warn, "($self, source, /)", "";
    }
);

method_table!(
    /// The reading methods.
    READING,
    Method,
    {
    "read" => buf_read, "($self, size=-1, /)", "";
    "read1" => buf_read1, "($self, size=-1, /)", "";
    "readinto" => buf_readinto, "($self, buffer, /)", "";
    "readinto1" => buf_readinto1, "($self, buffer, /)", "";
    "readline" => buf_readline, "($self, size=-1, /)", "";
    "peek" => buf_peek, "($self, size=0, /)", "";
    "readable" => buf_readable, "($self, /)", "";
    "__next__" => buf_next, "($self, /)", "Implement next(self).";
    }
);

method_table!(
    /// The writing methods.
    WRITING,
    Method,
    {
    "write" => buf_write, "($self, buffer, /)", "";
    "writable" => buf_writable, "($self, /)", "";
    }
);

method_table!(
    /// The attributes of the buffered classes.
    GETTERS,
    Static,
    {
    "raw" => get_raw, "($self, /)", "";
    "closed" => get_closed, "($self, /)", "";
    "name" => get_name, "($self, /)", "";
    "mode" => get_mode, "($self, /)", "";
    }
);

fn new_of(vm: &Vm, args: &Args<'_>, kind: u8) -> PyResult<Value> {
    let cls = self_arg(vm, args, "type")?;
    Ok(alloc(cls, Buffered::new(kind)))
}

fn reader_new(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    new_of(vm, &args, READ)
}

fn writer_new(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    new_of(vm, &args, WRITE)
}

fn random_new(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    new_of(vm, &args, READ | WRITE)
}

/// The receiver and its state.
fn me<'a>(vm: &Vm, args: &Args<'a>) -> PyResult<(&'a Value, &'a Buffered)> {
    let v = self_arg(vm, args, "_io.BufferedReader")?;
    let s = state::<Buffered>(v)
        .ok_or_else(|| vm.type_error("descriptor requires a buffered object"))?;
    Ok((v, s))
}

/// The receiver's state, initialised and attached.
fn ready<'a>(vm: &Vm, args: &Args<'a>) -> PyResult<&'a Buffered> {
    let (_, b) = me(vm, args)?;
    bf::check_ready(vm, b)?;
    Ok(b)
}

fn buf_init(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, b) = me(vm, &args)?;
    let rest = Args {
        values: &args.values[1..],
        kwnames: args.kwnames,
    };
    let fname = match b.kind {
        READ => "BufferedReader",
        WRITE => "BufferedWriter",
        _ => "BufferedRandom",
    };
    let a = crate::convert::parse_keywords(vm, &rest, fname, &["raw", "buffer_size"], 0, 2, 1)?;
    let raw = a[0].clone().unwrap_or(Value::NONE);
    let size = match &a[1] {
        Some(v) => index_i64(vm, v)?,
        None => super::DEFAULT_BUFFER_SIZE,
    };
    if b.kind & WRITE != 0 && b.kind & READ != 0 {
        vm.call_method(&raw, "_checkSeekable", &[])?;
    }
    if b.kind & READ != 0 {
        vm.call_method(&raw, "_checkReadable", &[])?;
    }
    if b.kind & WRITE != 0 {
        vm.call_method(&raw, "_checkWritable", &[])?;
    }
    if size <= 0 {
        return Err(vm.value_error("buffer size must be strictly positive"));
    }
    b.raw.set(raw);
    b.size.set(size as usize);
    b.reset_read();
    *b.wbuf.borrow_mut() = None;
    b.detached.set(false);
    b.ok.set(true);
    Ok(Value::NONE)
}

fn buf_close(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (v, b) = me(vm, &args)?;
    bf::check_ready(vm, b)?;
    if bf::raw_closed(vm, b)? {
        return Ok(Value::NONE);
    }
    let flushed = vm.call_method(v, "flush", &[]);
    let closed = vm.call_method(&b.raw.get(), "close", &[]);
    b.reset_read();
    match (flushed, closed) {
        (Ok(_), Ok(_)) => Ok(Value::NONE),
        (Err(e), Ok(_)) => Err(e),
        (Ok(_), Err(e)) => Err(e),
        (Err(first), Err(second)) => Err(vm.chain_context_with(second, first.into_value())),
    }
}

fn buf_detach(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (v, b) = me(vm, &args)?;
    bf::check_ready(vm, b)?;
    vm.call_method(v, "flush", &[])?;
    let raw = b.raw.replace(Value::NONE);
    b.ok.set(false);
    b.detached.set(true);
    Ok(raw)
}

fn buf_flush(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let b = ready(vm, &args)?;
    if b.kind & WRITE == 0 {
        // BufferedReader.flush is _IOBase's: it only checks for a closed stream.
        if bf::raw_closed(vm, b)? {
            return Err(super::util::closed_error(vm));
        }
        return Ok(Value::NONE);
    }
    bf::check_open(vm, b, "flush of closed file")?;
    bf::flush(vm, b)?;
    Ok(Value::NONE)
}

fn buf_seek(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let b = ready(vm, &args)?;
    let a = args.positional_range(vm, "seek", 2, 3)?;
    let whence = match a.get(2) {
        Some(w) => index_i64(vm, w)?,
        None => 0,
    };
    // SEEK_DATA (3) and SEEK_HOLE (4) exist on Linux.
    if !(0..=4).contains(&whence) {
        return Err(vm.value_error(&format!("whence value {whence} unsupported")));
    }
    bf::check_open(vm, b, "seek of closed file")?;
    let pos = index_i64(vm, &a[1])?;
    Ok(vm.new_int(bf::seek(vm, b, pos, whence)?))
}

fn buf_tell(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let b = ready(vm, &args)?;
    Ok(vm.new_int(bf::tell(vm, b)?))
}

fn buf_truncate(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let b = ready(vm, &args)?;
    let a = args.positional_range(vm, "truncate", 1, 2)?;
    bf::check_open(vm, b, "truncate of closed file")?;
    if b.kind & WRITE == 0 {
        return Err(super::util::unsupported(vm, "truncate"));
    }
    let cur = bf::tell(vm, b)?;
    bf::flush_writes(vm, b)?;
    let raw = b.raw.get();
    super::rawops::seek(vm, &raw, cur, 0)?;
    b.reset_read();
    let pos = match a.get(1) {
        Some(p) if !p.is_none() => p.clone(),
        _ => vm.new_int(cur),
    };
    vm.call_method(&raw, "truncate", &[pos])
}

/// `self.raw.<name>()`, after the initialisation check.
fn delegate(vm: &Vm, args: &Args<'_>, name: &str) -> PyResult<Value> {
    let b = ready(vm, args)?;
    vm.call_method(&b.raw.get(), name, &[])
}

fn buf_seekable(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    delegate(vm, &args, "seekable")
}

fn buf_readable(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    delegate(vm, &args, "readable")
}

fn buf_writable(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    delegate(vm, &args, "writable")
}

fn buf_fileno(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    delegate(vm, &args, "fileno")
}

fn buf_isatty(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    delegate(vm, &args, "isatty")
}

fn buf_repr(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (v, _) = me(vm, &args)?;
    let tname = super::type_repr_name(vm, v);
    match vm.get_attr(v, &vm.intern("name")) {
        Ok(n) => Ok(vm.new_str(&format!("<{tname} name={}>", vm.repr_string(&n)?))),
        Err(e) => {
            let exc = e.exception_value();
            if vm.is_instance_of(&exc, &vm.types.attribute_error)
                || vm.is_instance_of(&exc, &vm.types.value_error)
            {
                Ok(vm.new_str(&format!("<{tname}>")))
            } else {
                Err(e)
            }
        }
    }
}

fn buf_getstate(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (v, _) = me(vm, &args)?;
    Err(vm.type_error(&format!("cannot pickle '{}' object", vm.type_name(v))))
}

fn buf_dealloc_warn(_vm: &Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::NONE)
}

fn buf_read(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let b = ready(vm, &args)?;
    let a = args.positional_range(vm, "read", 1, 2)?;
    let n = size_arg(vm, a.get(1))?;
    if n < -1 {
        return Err(vm.value_error("read length must be non-negative or -1"));
    }
    if b.unread() == 0 || n < 0 {
        bf::check_open(vm, b, "read of closed file")?;
    }
    Ok(bf::read(vm, b, n)?.map_or(Value::NONE, |d| vm.new_bytes(d)))
}

/// `read1(n)`: at most one raw read.
fn read1(vm: &Vm, b: &Buffered, n: i64) -> PyResult<Vec<u8>> {
    bf::check_open(vm, b, "read of closed file")?;
    let n = if n < 0 { b.size.get() } else { n as usize };
    if n == 0 {
        return Ok(Vec::new());
    }
    if b.unread() == 0 {
        bf::reset_and_fill(vm, b, n)?;
    }
    Ok(b.take_unread(Some(n)))
}

fn buf_read1(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let b = ready(vm, &args)?;
    let a = args.positional_range(vm, "read1", 1, 2)?;
    let n = size_arg(vm, a.get(1))?;
    Ok(vm.new_bytes(read1(vm, b, n)?))
}

fn buf_readinto(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let b = ready(vm, &args)?;
    let a = args.positional_range(vm, "readinto", 2, 2)?;
    bf::check_open(vm, b, "readinto of closed file")?;
    let n = super::util::buffer_len(vm, &a[1])?;
    match bf::read(vm, b, n as i64)? {
        None => Ok(Value::NONE),
        Some(d) => Ok(vm.new_int(fill_buffer(vm, &a[1], &d)? as i64)),
    }
}

fn buf_readinto1(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let b = ready(vm, &args)?;
    let a = args.positional_range(vm, "readinto1", 2, 2)?;
    bf::check_open(vm, b, "readinto of closed file")?;
    let n = super::util::buffer_len(vm, &a[1])?;
    let d = read1(vm, b, n as i64)?;
    Ok(vm.new_int(fill_buffer(vm, &a[1], &d)? as i64))
}

fn buf_readline(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let b = ready(vm, &args)?;
    let a = args.positional_range(vm, "readline", 1, 2)?;
    let limit = size_arg(vm, a.get(1))?;
    bf::check_open(vm, b, "readline of closed file")?;
    Ok(vm.new_bytes(bf::readline(vm, b, limit)?))
}

fn buf_next(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let b = ready(vm, &args)?;
    bf::check_open(vm, b, "readline of closed file")?;
    let line = bf::readline(vm, b, -1)?;
    if line.is_empty() {
        return Err(vm.new_exception(&vm.types.stop_iteration, Vec::new()));
    }
    Ok(vm.new_bytes(line))
}

fn buf_peek(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let b = ready(vm, &args)?;
    args.positional_range(vm, "peek", 1, 2)?;
    bf::check_open(vm, b, "peek of closed file")?;
    if b.unread() == 0 {
        bf::reset_and_fill(vm, b, b.size.get())?;
    }
    let rb = b.rbuf.borrow();
    let start = b.rpos.get().min(rb.len());
    Ok(vm.new_bytes(rb[start..].to_vec()))
}

fn buf_write(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let b = ready(vm, &args)?;
    let a = args.positional_range(vm, "write", 2, 2)?;
    if bf::raw_closed(vm, b)? {
        return Err(vm.value_error("write to closed file"));
    }
    let data = need_bytes(vm, &a[1])?;
    Ok(vm.new_int(bf::write(vm, b, &data)? as i64))
}

fn get_raw(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(ready(vm, &args)?.raw.get())
}

fn get_closed(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let b = ready(vm, &args)?;
    Ok(Value::bool(bf::raw_closed(vm, b)?))
}

fn get_name(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let b = ready(vm, &args)?;
    vm.get_attr(&b.raw.get(), &vm.intern("name"))
}

fn get_mode(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let b = ready(vm, &args)?;
    vm.get_attr(&b.raw.get(), &vm.intern("mode"))
}
