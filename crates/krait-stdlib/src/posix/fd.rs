//! File descriptors: `open`, `read`, `write`, `close`, `closerange`, `lseek`, `fsync`,
//! `ftruncate`, `isatty`, `pipe`, `dup`, `dup2`, the inheritable and blocking flags,
//! `device_encoding` and `get_terminal_size`, and the `O_*`/`SEEK_*` constants. Descriptors
//! made here are non-inheritable, as CPython's (PEP 446).

use super::path::{fd_value, path_arg, PathSpec};
use super::{dir_fd_arg, error_for, kw};
use krait_vm::native::Args;
use krait_vm::objects::structseq;
use krait_vm::{method_table, PyResult, Value, Vm};

method_table!(
    /// The file descriptor functions of `posix`.
    FUNCTIONS,
    Static,
    {
    "open" => open, "($module, /, path, flags, mode=511, *, dir_fd=None)", "Open a file for low level IO.  Returns a file descriptor (integer).";
    "read" => read, "($module, fd, length, /)", "Read from a file descriptor.  Returns a bytes object.";
    "write" => write, "($module, fd, data, /)", "Write a bytes object to a file descriptor.";
    "close" => close, "($module, /, fd)", "Close a file descriptor.";
    "closerange" => closerange, "($module, fd_low, fd_high, /)", "Closes all file descriptors in [fd_low, fd_high), ignoring errors.";
    "lseek" => lseek, "($module, fd, position, whence, /)", "Set the position of a file descriptor.  Return the new position.";
    "fsync" => fsync, "($module, /, fd)", "Force write of fd to disk.";
    "ftruncate" => ftruncate, "($module, fd, length, /)", "Truncate a file, specified by file descriptor, to a specific length.";
    "isatty" => isatty, "($module, fd, /)", "Return True if the fd is connected to a terminal.";
    "pipe" => pipe, "($module, /)", "Create a pipe.";
    "dup" => dup, "($module, fd, /)", "Return a duplicate of a file descriptor.";
    "dup2" => dup2, "($module, /, fd, fd2, inheritable=True)", "Duplicate file descriptor.";
    "get_inheritable" => get_inheritable, "($module, fd, /)", "Get the close-on-exe flag of the specified file descriptor.";
    "set_inheritable" => set_inheritable, "($module, fd, inheritable, /)", "Set the inheritable flag of the specified file descriptor.";
    "get_blocking" => get_blocking, "($module, fd, /)", "Get the blocking mode of the file descriptor.";
    "set_blocking" => set_blocking, "($module, fd, blocking, /)", "Set the blocking mode of the specified file descriptor.";
    "device_encoding" => device_encoding, "($module, /, fd)", "Return a string describing the encoding of a terminal's file descriptor.";
    "get_terminal_size" => get_terminal_size, "($module, fd=<unrepresentable>, /)", "Return the size of the terminal window as (columns, lines).";
    }
);

/// The `O_*`, `SEEK_*`, access and lock constants.
pub(super) const CONSTANTS: &[(&str, i32)] = &[
    ("F_OK", libc::F_OK),
    ("R_OK", libc::R_OK),
    ("W_OK", libc::W_OK),
    ("X_OK", libc::X_OK),
    ("O_RDONLY", libc::O_RDONLY),
    ("O_WRONLY", libc::O_WRONLY),
    ("O_RDWR", libc::O_RDWR),
    ("O_APPEND", libc::O_APPEND),
    ("O_CREAT", libc::O_CREAT),
    ("O_EXCL", libc::O_EXCL),
    ("O_TRUNC", libc::O_TRUNC),
    ("O_NONBLOCK", libc::O_NONBLOCK),
    ("O_NDELAY", libc::O_NDELAY),
    ("O_SYNC", libc::O_SYNC),
    ("O_DSYNC", libc::O_DSYNC),
    ("O_NOCTTY", libc::O_NOCTTY),
    ("O_CLOEXEC", libc::O_CLOEXEC),
    ("O_DIRECTORY", libc::O_DIRECTORY),
    ("O_NOFOLLOW", libc::O_NOFOLLOW),
    ("O_ACCMODE", libc::O_ACCMODE),
    ("O_ASYNC", libc::O_ASYNC),
    #[cfg(target_os = "linux")]
    ("O_RSYNC", libc::O_RSYNC),
    #[cfg(target_os = "linux")]
    ("O_FSYNC", libc::O_FSYNC),
    #[cfg(target_os = "linux")]
    ("O_DIRECT", libc::O_DIRECT),
    #[cfg(target_os = "linux")]
    ("O_LARGEFILE", 0),
    #[cfg(target_os = "linux")]
    ("O_NOATIME", libc::O_NOATIME),
    #[cfg(target_os = "linux")]
    ("O_PATH", libc::O_PATH),
    #[cfg(target_os = "linux")]
    ("O_TMPFILE", libc::O_TMPFILE),
    ("SEEK_DATA", libc::SEEK_DATA),
    ("SEEK_HOLE", libc::SEEK_HOLE),
    ("F_LOCK", libc::F_LOCK),
    ("F_TLOCK", libc::F_TLOCK),
    ("F_ULOCK", libc::F_ULOCK),
    ("F_TEST", libc::F_TEST),
];

/// The single file descriptor argument of a positional-only function.
fn one_fd(vm: &Vm, args: &Args<'_>, name: &str) -> PyResult<i32> {
    let [fd] = args.positional_range(vm, name, 1, 1)? else {
        unreachable!("checked")
    };
    fd_value(vm, fd)
}

/// `Ok(None)`, or the `OSError` of `errno` when `r` is negative.
fn check(vm: &Vm, r: libc::c_int) -> PyResult<libc::c_int> {
    if r < 0 {
        Err(error_for(vm, None))
    } else {
        Ok(r)
    }
}

/// Whether the last call failed with `EINTR` (and should be retried, PEP 475).
fn interrupted() -> bool {
    std::io::Error::last_os_error().raw_os_error() == Some(libc::EINTR)
}

/// `os.open(path, flags, mode=0o777, *, dir_fd=None)`.
fn open(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = kw(
        vm,
        &args,
        "open",
        &["path", "flags", "mode", "dir_fd"],
        3,
        2,
    )?;
    let path = path_arg(
        vm,
        a[0].as_ref().unwrap_or(&Value::NONE),
        PathSpec::new("open"),
    )?;
    let flags = fd_value(vm, a[1].as_ref().unwrap_or(&Value::NONE))?;
    let mode = match &a[2] {
        Some(m) => fd_value(vm, m)?,
        None => 0o777,
    };
    let dir_fd = dir_fd_arg(vm, a[3].as_ref())?;
    loop {
        // SAFETY: `path.c` is NUL-terminated.
        let fd = unsafe {
            libc::openat(
                dir_fd,
                path.c.as_ptr(),
                flags | libc::O_CLOEXEC,
                mode as libc::c_uint,
            )
        };
        if fd >= 0 {
            return Ok(vm.new_int(i64::from(fd)));
        }
        if !interrupted() {
            return Err(error_for(vm, Some(&path)));
        }
    }
}

/// `os.read(fd, length, /)`.
fn read(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let [fd, length] = args.positional_range(vm, "read", 2, 2)? else {
        unreachable!("checked")
    };
    let fd = fd_value(vm, fd)?;
    let n = crate::convert::index(vm, length)?;
    let n: i64 = num_traits::ToPrimitive::to_i64(&n).ok_or_else(|| {
        crate::convert::overflow(vm, "Python int too large to convert to C ssize_t")
    })?;
    if n < 0 {
        return Err(vm.os_error(libc::EINVAL, None, None));
    }
    let mut buf = vec![0u8; n as usize];
    loop {
        // SAFETY: `buf` has `buf.len()` writable bytes.
        let r = unsafe { libc::read(fd, buf.as_mut_ptr().cast(), buf.len()) };
        if r >= 0 {
            buf.truncate(r as usize);
            return Ok(vm.new_bytes(buf));
        }
        if !interrupted() {
            return Err(error_for(vm, None));
        }
    }
}

/// `os.write(fd, data, /)`.
fn write(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let [fd, data] = args.positional_range(vm, "write", 2, 2)? else {
        unreachable!("checked")
    };
    let fd = fd_value(vm, fd)?;
    let Some(bytes) = krait_vm::methods::bytes_text::bytes_of(data) else {
        return Err(vm.type_error(&format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(data)
        )));
    };
    loop {
        // SAFETY: `bytes` has `bytes.len()` readable bytes.
        let r = unsafe { libc::write(fd, bytes.as_ptr().cast(), bytes.len()) };
        if r >= 0 {
            return Ok(vm.new_int(r as i64));
        }
        if !interrupted() {
            return Err(error_for(vm, None));
        }
    }
}

/// `os.close(fd)`.
fn close(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = kw(vm, &args, "close", &["fd"], 1, 1)?;
    let fd = fd_value(vm, a[0].as_ref().unwrap_or(&Value::NONE))?;
    // SAFETY: closing any integer is memory-safe; a bad descriptor fails with EBADF.
    check(vm, unsafe { libc::close(fd) })?;
    Ok(Value::NONE)
}

/// `os.closerange(fd_low, fd_high, /)`.
fn closerange(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let [lo, hi] = args.positional_range(vm, "closerange", 2, 2)? else {
        unreachable!("checked")
    };
    let (lo, hi) = (fd_value(vm, lo)?.max(0), fd_value(vm, hi)?);
    for fd in lo..hi {
        // SAFETY: as in `close`; errors are ignored, as CPython's.
        unsafe { libc::close(fd) };
    }
    Ok(Value::NONE)
}

/// `os.lseek(fd, position, whence, /)`.
fn lseek(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let [fd, pos, how] = args.positional_range(vm, "lseek", 3, 3)? else {
        unreachable!("checked")
    };
    let fd = fd_value(vm, fd)?;
    let pos = super::fs::offset_arg(vm, pos)?;
    let how = fd_value(vm, how)?;
    // SAFETY: `lseek` takes any integers.
    let r = unsafe { libc::lseek(fd, pos, how) };
    if r < 0 {
        return Err(error_for(vm, None));
    }
    Ok(vm.new_int(r))
}

/// A file descriptor or an object with `fileno()` (CPython's `PyObject_AsFileDescriptor`).
pub(super) fn fileno_of(vm: &Vm, v: &Value) -> PyResult<i32> {
    let fd = if crate::convert::int_value(v).is_some() {
        fd_value(vm, v)?
    } else if let Ok(f) = vm.get_attr(v, &vm.intern("fileno")) {
        let r = vm.call(&f, &[], &[])?;
        if crate::convert::int_value(&r).is_none() {
            return Err(vm.type_error("fileno() returned a non-integer"));
        }
        fd_value(vm, &r)?
    } else {
        return Err(vm.type_error("argument must be an int, or have a fileno() method."));
    };
    if fd < 0 {
        return Err(vm.value_error(&format!(
            "file descriptor cannot be a negative integer ({fd})"
        )));
    }
    Ok(fd)
}

/// `os.fsync(fd)`.
fn fsync(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = kw(vm, &args, "fsync", &["fd"], 1, 1)?;
    let fd = fileno_of(vm, a[0].as_ref().unwrap_or(&Value::NONE))?;
    // SAFETY: `fsync` takes any integer.
    check(vm, unsafe { libc::fsync(fd) })?;
    Ok(Value::NONE)
}

/// `os.ftruncate(fd, length, /)`.
fn ftruncate(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let [fd, length] = args.positional_range(vm, "ftruncate", 2, 2)? else {
        unreachable!("checked")
    };
    let fd = fd_value(vm, fd)?;
    let length = super::fs::offset_arg(vm, length)?;
    // SAFETY: `ftruncate` takes any integers.
    check(vm, unsafe { libc::ftruncate(fd, length) })?;
    Ok(Value::NONE)
}

/// `os.isatty(fd, /)`.
fn isatty(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let fd = one_fd(vm, &args, "isatty")?;
    // SAFETY: `isatty` takes any integer.
    Ok(Value::bool(unsafe { libc::isatty(fd) } == 1))
}

/// `os.pipe()`: two non-inheritable descriptors.
fn pipe(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    args.positional_range(vm, "pipe", 0, 0)?;
    let mut fds = [0 as libc::c_int; 2];
    // SAFETY: `fds` has room for the two descriptors.
    check(vm, unsafe {
        libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC)
    })?;
    Ok(vm.new_tuple(vec![
        vm.new_int(i64::from(fds[0])),
        vm.new_int(i64::from(fds[1])),
    ]))
}

/// `os.dup(fd, /)`: a non-inheritable duplicate.
fn dup(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let fd = one_fd(vm, &args, "dup")?;
    // SAFETY: `fcntl(F_DUPFD_CLOEXEC)` takes any descriptor.
    let r = check(vm, unsafe { libc::fcntl(fd, libc::F_DUPFD_CLOEXEC, 0) })?;
    Ok(vm.new_int(i64::from(r)))
}

/// `os.dup2(fd, fd2, inheritable=True)`.
fn dup2(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = kw(vm, &args, "dup2", &["fd", "fd2", "inheritable"], 3, 2)?;
    let fd = fd_value(vm, a[0].as_ref().unwrap_or(&Value::NONE))?;
    let fd2 = fd_value(vm, a[1].as_ref().unwrap_or(&Value::NONE))?;
    let inheritable = super::flag_arg(vm, a[2].as_ref(), true)?;
    let r = if inheritable || fd == fd2 {
        // SAFETY: `dup2` takes any descriptors.
        unsafe { libc::dup2(fd, fd2) }
    } else {
        // SAFETY: `dup3` takes any descriptors.
        unsafe { libc::dup3(fd, fd2, libc::O_CLOEXEC) }
    };
    let r = check(vm, r)?;
    Ok(vm.new_int(i64::from(r)))
}

/// The descriptor flags of `fd` (`F_GETFD`).
fn fd_flags(vm: &Vm, fd: i32, get: libc::c_int) -> PyResult<libc::c_int> {
    // SAFETY: `fcntl` with a get command takes any descriptor.
    check(vm, unsafe { libc::fcntl(fd, get) })
}

/// Sets or clears `bit` in the flags `get`/`set` of `fd`.
fn set_flag(
    vm: &Vm,
    fd: i32,
    (get, set): (libc::c_int, libc::c_int),
    bit: libc::c_int,
    on: bool,
) -> PyResult<()> {
    let flags = fd_flags(vm, fd, get)?;
    let new = if on { flags | bit } else { flags & !bit };
    if new != flags {
        // SAFETY: `fcntl` with a set command takes any descriptor and flag word.
        check(vm, unsafe { libc::fcntl(fd, set, new) })?;
    }
    Ok(())
}

/// `os.get_inheritable(fd, /)`.
fn get_inheritable(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let fd = one_fd(vm, &args, "get_inheritable")?;
    let flags = fd_flags(vm, fd, libc::F_GETFD)?;
    Ok(Value::bool(flags & libc::FD_CLOEXEC == 0))
}

/// `os.set_inheritable(fd, inheritable, /)`.
fn set_inheritable(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let [fd, on] = args.positional_range(vm, "set_inheritable", 2, 2)? else {
        unreachable!("checked")
    };
    let fd = fd_value(vm, fd)?;
    let inheritable = fd_value(vm, on)? != 0;
    let cmds = (libc::F_GETFD, libc::F_SETFD);
    set_flag(vm, fd, cmds, libc::FD_CLOEXEC, !inheritable)?;
    Ok(Value::NONE)
}

/// `os.get_blocking(fd, /)`.
fn get_blocking(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let fd = one_fd(vm, &args, "get_blocking")?;
    let flags = fd_flags(vm, fd, libc::F_GETFL)?;
    Ok(Value::bool(flags & libc::O_NONBLOCK == 0))
}

/// `os.set_blocking(fd, blocking, /)`.
fn set_blocking(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let [fd, on] = args.positional_range(vm, "set_blocking", 2, 2)? else {
        unreachable!("checked")
    };
    let fd = fd_value(vm, fd)?;
    let blocking = vm.is_true(on)?;
    let cmds = (libc::F_GETFL, libc::F_SETFL);
    set_flag(vm, fd, cmds, libc::O_NONBLOCK, !blocking)?;
    Ok(Value::NONE)
}

/// `os.device_encoding(fd)`: the locale's encoding for a terminal, else `None`.
fn device_encoding(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = kw(vm, &args, "device_encoding", &["fd"], 1, 1)?;
    let fd = fd_value(vm, a[0].as_ref().unwrap_or(&Value::NONE))?;
    // SAFETY: `isatty` takes any integer.
    if unsafe { libc::isatty(fd) } == 1 {
        return Ok(vm.new_str("UTF-8"));
    }
    Ok(Value::NONE)
}

/// A new `os.terminal_size` type.
pub(super) fn terminal_size_type(vm: &Vm) -> Value {
    structseq::new_type(vm, "os", "terminal_size", &["columns", "lines"])
}

/// `os.get_terminal_size(fd=STDOUT_FILENO, /)`.
fn get_terminal_size(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let pos = args.positional_range(vm, "get_terminal_size", 0, 1)?;
    let fd = match pos.first() {
        Some(v) => fd_value(vm, v)?,
        None => libc::STDOUT_FILENO,
    };
    // SAFETY: `libc::winsize` is plain data; all-zero bytes are a valid value.
    let mut w: libc::winsize = unsafe { std::mem::zeroed() };
    // SAFETY: `TIOCGWINSZ` writes one `winsize` into `w`.
    check(vm, unsafe { libc::ioctl(fd, libc::TIOCGWINSZ, &mut w) })?;
    let ty = super::module_attr(vm, "terminal_size")?;
    Ok(structseq::new(
        &ty,
        vec![
            vm.new_int(i64::from(w.ws_col)),
            vm.new_int(i64::from(w.ws_row)),
        ],
    ))
}
