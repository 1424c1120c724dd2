//! `_io.FileIO` (CPython's Modules/_io/fileio.c): raw, unbuffered I/O on an OS file
//! descriptor, with CPython's mode parsing, `closefd`/`opener`, and error messages.

use super::fd::{fs_path, parse_mode};
pub(crate) use super::fd::{raw_read, raw_seek, raw_write};
use super::util::{
    closed_error_np, fill_buffer, index_i64, last_os_error, need_bytes, os_error, self_arg,
    size_arg, unsupported,
};
use crate::native_type::{alloc, state};
use krait_vm::native::Args;
use krait_vm::objects::native_object::NativeObject;
use krait_vm::objects::str::StrData;
use krait_vm::protocols::payload;
use krait_vm::{method_table, PyResult, Value, Vm};
use std::any::Any;
use std::cell::Cell;

/// The state of a `FileIO`.
pub(crate) struct FileIo {
    /// The descriptor, or -1 once closed.
    pub(crate) fd: Cell<i32>,
    pub(crate) readable: Cell<bool>,
    pub(crate) writable: Cell<bool>,
    appending: Cell<bool>,
    created: Cell<bool>,
    closefd: Cell<bool>,
    /// -1 unknown, 0 no, 1 yes.
    seekable: Cell<i8>,
    blksize: Cell<i64>,
}

impl FileIo {
    fn new() -> FileIo {
        FileIo {
            fd: Cell::new(-1),
            readable: Cell::new(false),
            writable: Cell::new(false),
            appending: Cell::new(false),
            created: Cell::new(false),
            closefd: Cell::new(true),
            seekable: Cell::new(-1),
            blksize: Cell::new(super::DEFAULT_BUFFER_SIZE),
        }
    }

    /// `mode` as CPython's `mode_string`.
    fn mode(&self) -> &'static str {
        let (r, w) = (self.readable.get(), self.writable.get());
        if self.created.get() {
            return if r { "xb+" } else { "xb" };
        }
        if self.appending.get() {
            return if r { "ab+" } else { "ab" };
        }
        match (r, w) {
            (true, true) => "rb+",
            (true, false) => "rb",
            _ => "wb",
        }
    }

    /// Whether the descriptor is closed.
    pub(crate) fn is_closed(&self) -> bool {
        self.fd.get() < 0
    }
}

impl Drop for FileIo {
    fn drop(&mut self) {
        let fd = self.fd.get();
        if fd >= 0 && self.closefd.get() {
            // SAFETY: `fd` is a descriptor this object owns (closefd) and has not closed yet.
            unsafe {
                libc::close(fd);
            }
        }
    }
}

impl NativeObject for FileIo {
    fn traverse(&self, _visit: &mut dyn FnMut(&Value)) {}
    fn clear(&self) {}
    fn as_any(&self) -> &dyn Any {
        self
    }
}

method_table!(
    /// `FileIO.__new__`.
    NEW,
    Static,
    {
    "__new__" => fileio_new, "(type, *args, **kwargs)", "Create and return a new object.";
    }
);

method_table!(
    /// The methods of `FileIO`.
    METHODS,
    Method,
    {
    "__init__" => fileio_init, "($self, /, file, mode='r', closefd=True, opener=None)", "Open a file.";
    "read" => fileio_read, "($self, size=-1, /)", "Read at most size bytes, returned as bytes.";
    "readall" => fileio_readall, "($self, /)", "Read all data from the file, returned as bytes.";
    "readinto" => fileio_readinto, "($self, buffer, /)", "Same as RawIOBase.readinto().";
    "write" => fileio_write, "($self, b, /)", "Write buffer b to file, return number of bytes written.";
    "seek" => fileio_seek, "($self, pos, whence=0, /)", "Move to new file position and return the file position.";
    "tell" => fileio_tell, "($self, /)", "Current file position.";
    "truncate" => fileio_truncate, "($self, size=None, /)", "Truncate the file to at most size bytes and return the truncated size.";
    "close" => fileio_close, "($self, /)", "Close the file.";
    "seekable" => fileio_seekable, "($self, /)", "True if file supports random-access.";
    "readable" => fileio_readable, "($self, /)", "True if file was opened in a read mode.";
    "writable" => fileio_writable, "($self, /)", "True if file was opened in a write mode.";
    "fileno" => fileio_fileno, "($self, /)", "Return the underlying file descriptor (an integer).";
    "isatty" => fileio_isatty, "($self, /)", "True if the file is connected to a TTY device.";
    "__repr__" => fileio_repr, "($self, /)", "Return repr(self).";
    "__getstate__" => fileio_getstate, "($self, /)", "";
    "_dealloc_warn" => fileio_dealloc_warn, "($self, source, /)", "";
    }
);

method_table!(
    /// The attributes of `FileIO`.
    GETTERS,
    Static,
    {
    "closed" => get_closed, "($self, /)", "True if the file is closed";
    "closefd" => get_closefd, "($self, /)", "True if the file descriptor will be closed by close().";
    "mode" => get_mode, "($self, /)", "String giving the file mode";
    "_blksize" => get_blksize, "($self, /)", "";
    "_finalizing" => get_finalizing, "($self, /)", "";
    }
);

fn fileio_new(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let cls = self_arg(vm, &args, "type")?;
    Ok(alloc(cls, FileIo::new()))
}

/// The receiver and its state.
fn me<'a>(vm: &Vm, args: &Args<'a>) -> PyResult<(&'a Value, &'a FileIo)> {
    let v = self_arg(vm, args, "_io.FileIO")?;
    let s = state::<FileIo>(v)
        .ok_or_else(|| vm.type_error("descriptor requires a '_io.FileIO' object"))?;
    Ok((v, s))
}

/// The receiver's state, open.
fn open_me<'a>(vm: &Vm, args: &Args<'a>) -> PyResult<(&'a Value, &'a FileIo)> {
    let (v, s) = me(vm, args)?;
    if s.is_closed() {
        return Err(closed_error_np(vm));
    }
    Ok((v, s))
}

/// The `name` attribute, for error messages.
fn name_of(vm: &Vm, me: &Value) -> Option<Value> {
    vm.get_attr_opt(me, "name").ok().flatten()
}

fn fileio_init(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (me_v, s) = me(vm, &args)?;
    let rest = Args {
        values: &args.values[1..],
        kwnames: args.kwnames,
    };
    let a = crate::convert::parse_keywords(
        vm,
        &rest,
        "FileIO",
        &["file", "mode", "closefd", "opener"],
        0,
        4,
        1,
    )?;
    let file = a[0].clone().unwrap_or(Value::NONE);
    let mode = match &a[1] {
        None => "r".to_owned(),
        Some(m) => match payload::<StrData>(m) {
            Some(t) => t.to_string_lossy(),
            None => {
                return Err(vm.type_error(&format!(
                    "FileIO() argument 'mode' must be str, not {}",
                    vm.type_name(m)
                )))
            }
        },
    };
    let closefd = match &a[2] {
        None => true,
        Some(v) => vm.is_true(v)?,
    };
    let opener = a[3].clone().filter(|o| !o.is_none());
    // Re-initialising an open FileIO closes it first.
    if s.fd.get() >= 0 {
        if s.closefd.get() {
            // SAFETY: the descriptor is owned by this object.
            unsafe {
                libc::close(s.fd.get());
            }
        }
        s.fd.set(-1);
    }
    let (r, w, ap, x, flags) = parse_mode(vm, &mode)?;
    let mut fd = -1;
    let is_int =
        file.as_small_int().is_some() || krait_vm::protocols::convert::int_value(&file).is_some();
    if is_int {
        let n = index_i64(vm, &file)?;
        if n < 0 {
            return Err(vm.value_error("negative file descriptor"));
        }
        fd = n as i32;
    }
    if fd < 0 {
        let path = fs_path(vm, &file)?;
        if !closefd {
            return Err(vm.value_error("Cannot use closefd=False with file name"));
        }
        if let Some(op) = opener {
            let r = vm.call(&op, &[file.clone(), vm.new_int(i64::from(flags))], &[])?;
            if r.as_small_int().is_none() {
                return Err(vm.type_error("expected integer from opener"));
            }
            let n = index_i64(vm, &r)?;
            if n < 0 {
                return Err(vm.value_error(&format!("opener returned {n}")));
            }
            fd = n as i32;
        } else {
            let c =
                std::ffi::CString::new(path).map_err(|_| vm.value_error("embedded null byte"))?;
            // SAFETY: `c` is a NUL-terminated path; the mode argument is an int.
            fd = unsafe { libc::open(c.as_ptr(), flags, 0o666 as libc::c_uint) };
            if fd < 0 {
                return Err(last_os_error(vm, Some(&file)));
            }
        }
    }
    s.fd.set(fd);
    s.readable.set(r);
    s.writable.set(w);
    s.appending.set(ap);
    s.created.set(x);
    s.closefd.set(closefd);
    s.seekable.set(-1);
    // SAFETY: an all-zero `stat` is a valid value to be overwritten by fstat.
    let mut st: libc::stat = unsafe { std::mem::zeroed() };
    // SAFETY: `st` is a valid out-pointer.
    if unsafe { libc::fstat(fd, &mut st) } == 0 {
        if st.st_mode & libc::S_IFMT == libc::S_IFDIR {
            if closefd {
                // SAFETY: we opened it.
                unsafe {
                    libc::close(fd);
                }
            }
            s.fd.set(-1);
            return Err(os_error(vm, libc::EISDIR, Some(&file)));
        }
        if st.st_blksize > 1 {
            s.blksize.set(st.st_blksize);
        }
    } else if std::io::Error::last_os_error().raw_os_error() == Some(libc::EBADF) {
        s.fd.set(-1);
        return Err(os_error(vm, libc::EBADF, None));
    }
    vm.set_attr(me_v, &vm.intern("name"), file)?;
    if ap {
        let _ = raw_seek(fd, 0, libc::SEEK_END);
    }
    Ok(Value::NONE)
}

/// Reads everything left in the file.
pub(crate) fn read_all(vm: &Vm, s: &FileIo) -> PyResult<Option<Vec<u8>>> {
    let fd = s.fd.get();
    let mut out = Vec::new();
    let mut chunk = vec![0u8; 64 * 1024];
    loop {
        match raw_read(fd, &mut chunk) {
            Ok(0) => break,
            Ok(n) => out.extend_from_slice(&chunk[..n]),
            Err(e) if e == libc::EAGAIN => {
                if out.is_empty() {
                    return Ok(None);
                }
                break;
            }
            Err(e) => return Err(os_error(vm, e, None)),
        }
    }
    Ok(Some(out))
}

/// Reads at most `n` bytes (`None`: would block).
pub(crate) fn read_some(vm: &Vm, s: &FileIo, n: usize) -> PyResult<Option<Vec<u8>>> {
    let mut buf = vec![0u8; n];
    match raw_read(s.fd.get(), &mut buf) {
        Ok(k) => {
            buf.truncate(k);
            Ok(Some(buf))
        }
        Err(e) if e == libc::EAGAIN => Ok(None),
        Err(e) => Err(os_error(vm, e, None)),
    }
}

/// Writes some of `data` (`None`: would block).
pub(crate) fn write_some(vm: &Vm, s: &FileIo, data: &[u8]) -> PyResult<Option<usize>> {
    match raw_write(s.fd.get(), data) {
        Ok(k) => Ok(Some(k)),
        Err(e) if e == libc::EAGAIN => Ok(None),
        Err(e) => Err(os_error(vm, e, None)),
    }
}

fn fileio_read(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, s) = open_me(vm, &args)?;
    let a = args.positional_range(vm, "read", 1, 2)?;
    if !s.readable.get() {
        return Err(unsupported(vm, "File not open for reading"));
    }
    let n = size_arg(vm, a.get(1))?;
    let r = if n < 0 {
        read_all(vm, s)?
    } else {
        read_some(vm, s, n as usize)?
    };
    Ok(r.map_or(Value::NONE, |b| vm.new_bytes(b)))
}

fn fileio_readall(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, s) = open_me(vm, &args)?;
    Ok(read_all(vm, s)?.map_or(Value::NONE, |b| vm.new_bytes(b)))
}

fn fileio_readinto(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, s) = open_me(vm, &args)?;
    let a = args.positional_range(vm, "readinto", 2, 2)?;
    if !s.readable.get() {
        return Err(unsupported(vm, "File not open for reading"));
    }
    let n = super::util::buffer_len(vm, &a[1])?;
    match read_some(vm, s, n)? {
        None => Ok(Value::NONE),
        Some(data) => {
            let k = fill_buffer(vm, &a[1], &data)?;
            Ok(vm.new_int(k as i64))
        }
    }
}

fn fileio_write(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, s) = open_me(vm, &args)?;
    let a = args.positional_range(vm, "write", 2, 2)?;
    if !s.writable.get() {
        return Err(unsupported(vm, "File not open for writing"));
    }
    let data = need_bytes(vm, &a[1])?;
    Ok(write_some(vm, s, &data)?.map_or(Value::NONE, |k| vm.new_int(k as i64)))
}

/// `seek` on the descriptor with CPython's argument checks.
pub(crate) fn seek_fd(vm: &Vm, fd: i32, pos: &Value, whence: i64) -> PyResult<i64> {
    let p = index_i64(vm, pos)?;
    raw_seek(fd, p, whence as i32).map_err(|e| os_error(vm, e, None))
}

fn fileio_seek(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, s) = open_me(vm, &args)?;
    let a = args.positional_range(vm, "seek", 2, 3)?;
    let whence = match a.get(2) {
        Some(w) => index_i64(vm, w)?,
        None => 0,
    };
    let r = seek_fd(vm, s.fd.get(), &a[1], whence)?;
    s.seekable.set(1);
    Ok(vm.new_int(r))
}

fn fileio_tell(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, s) = open_me(vm, &args)?;
    let r = raw_seek(s.fd.get(), 0, libc::SEEK_CUR).map_err(|e| os_error(vm, e, None))?;
    Ok(vm.new_int(r))
}

fn fileio_truncate(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, s) = open_me(vm, &args)?;
    let a = args.positional_range(vm, "truncate", 1, 2)?;
    if !s.writable.get() {
        return Err(unsupported(vm, "File not open for writing"));
    }
    let size = match a.get(1) {
        Some(v) if !v.is_none() => index_i64(vm, v)?,
        _ => raw_seek(s.fd.get(), 0, libc::SEEK_CUR).map_err(|e| os_error(vm, e, None))?,
    };
    // SAFETY: ftruncate takes plain integers.
    if unsafe { libc::ftruncate(s.fd.get(), size) } != 0 {
        return Err(last_os_error(vm, None));
    }
    Ok(vm.new_int(size))
}

fn fileio_close(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (v, s) = me(vm, &args)?;
    if s.is_closed() {
        return Ok(Value::NONE);
    }
    // `_RawIOBase.close` flushes first (a subclass may override flush).
    let flushed = vm.call_method(v, "flush", &[]);
    let fd = s.fd.replace(-1);
    if s.closefd.get() {
        // SAFETY: the descriptor is owned by this object and still open.
        if unsafe { libc::close(fd) } != 0 {
            let e = last_os_error(vm, None);
            flushed?;
            return Err(e);
        }
    }
    flushed.map(|_| Value::NONE)
}

fn fileio_seekable(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, s) = open_me(vm, &args)?;
    if s.seekable.get() < 0 {
        let ok = raw_seek(s.fd.get(), 0, libc::SEEK_CUR).is_ok();
        s.seekable.set(i8::from(ok));
    }
    Ok(Value::bool(s.seekable.get() == 1))
}

fn fileio_readable(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, s) = open_me(vm, &args)?;
    Ok(Value::bool(s.readable.get()))
}

fn fileio_writable(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, s) = open_me(vm, &args)?;
    Ok(Value::bool(s.writable.get()))
}

fn fileio_fileno(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, s) = open_me(vm, &args)?;
    Ok(vm.new_int(i64::from(s.fd.get())))
}

fn fileio_isatty(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, s) = open_me(vm, &args)?;
    // SAFETY: isatty takes a plain integer.
    Ok(Value::bool(unsafe { libc::isatty(s.fd.get()) } == 1))
}

fn fileio_repr(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (v, s) = me(vm, &args)?;
    // CPython 3.11 names the base class even for subclasses.
    let tname = "_io.FileIO";
    if s.is_closed() {
        return Ok(vm.new_str(&format!("<{tname} [closed]>")));
    }
    let closefd = if s.closefd.get() { "True" } else { "False" };
    let text = match name_of(vm, v) {
        Some(n) => format!(
            "<{tname} name={} mode='{}' closefd={closefd}>",
            vm.repr_string(&n)?,
            s.mode()
        ),
        None => format!(
            "<{tname} fd={} mode='{}' closefd={closefd}>",
            s.fd.get(),
            s.mode()
        ),
    };
    Ok(vm.new_str(&text))
}

fn fileio_getstate(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (v, _) = me(vm, &args)?;
    Err(vm.type_error(&format!("cannot pickle '{}' object", vm.type_name(v))))
}

fn fileio_dealloc_warn(_vm: &Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::NONE)
}

fn get_closed(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::bool(me(vm, &args)?.1.is_closed()))
}

fn get_closefd(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::bool(me(vm, &args)?.1.closefd.get()))
}

fn get_mode(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(vm.new_str(me(vm, &args)?.1.mode()))
}

fn get_blksize(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(vm.new_int(me(vm, &args)?.1.blksize.get()))
}

fn get_finalizing(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    me(vm, &args)?;
    Ok(Value::FALSE)
}
