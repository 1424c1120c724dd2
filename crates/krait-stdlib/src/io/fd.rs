//! System-call wrappers for `FileIO`: `read`/`write`/`lseek` retried on EINTR, path
//! arguments (`str`, `bytes`, `os.PathLike`) and CPython's parsing of a FileIO mode string.

use krait_vm::objects::str::StrData;
use krait_vm::protocols::payload;
use krait_vm::{PyResult, Value, Vm};

/// One `read(2)`, retried on EINTR: `Ok(n)` or the errno.
pub(crate) fn raw_read(fd: i32, buf: &mut [u8]) -> Result<usize, i32> {
    loop {
        // SAFETY: `buf` is a valid writable region of `buf.len()` bytes.
        let n = unsafe { libc::read(fd, buf.as_mut_ptr().cast(), buf.len()) };
        if n >= 0 {
            return Ok(n as usize);
        }
        let e = std::io::Error::last_os_error().raw_os_error().unwrap_or(0);
        if e != libc::EINTR {
            return Err(e);
        }
    }
}

/// One `write(2)`, retried on EINTR: `Ok(n)` or the errno.
pub(crate) fn raw_write(fd: i32, buf: &[u8]) -> Result<usize, i32> {
    loop {
        // SAFETY: `buf` is a valid readable region of `buf.len()` bytes.
        let n = unsafe { libc::write(fd, buf.as_ptr().cast(), buf.len()) };
        if n >= 0 {
            return Ok(n as usize);
        }
        let e = std::io::Error::last_os_error().raw_os_error().unwrap_or(0);
        if e != libc::EINTR {
            return Err(e);
        }
    }
}

/// `lseek(2)`: the new position or the errno.
pub(crate) fn raw_seek(fd: i32, pos: i64, whence: i32) -> Result<i64, i32> {
    // SAFETY: lseek takes plain integers.
    let r = unsafe { libc::lseek(fd, pos, whence) };
    if r < 0 {
        Err(std::io::Error::last_os_error().raw_os_error().unwrap_or(0))
    } else {
        Ok(r)
    }
}

/// A filesystem path argument: str, bytes, or an object with `__fspath__`.
pub(super) fn fs_path(vm: &Vm, file: &Value) -> PyResult<Vec<u8>> {
    if let Some(s) = payload::<StrData>(file) {
        let text = s.to_string_lossy();
        if text.contains('\0') {
            return Err(vm.value_error("embedded null character"));
        }
        return Ok(text.into_bytes());
    }
    if let Some(b) = payload::<krait_vm::objects::bytes::BytesData>(file) {
        if b.bytes.contains(&0) {
            return Err(vm.value_error("embedded null byte"));
        }
        return Ok(b.bytes.to_vec());
    }
    if let Some(f) = vm.lookup_special(file, "__fspath__")? {
        let p = vm.call(&f, std::slice::from_ref(file), &[])?;
        if payload::<StrData>(&p).is_some()
            || payload::<krait_vm::objects::bytes::BytesData>(&p).is_some()
        {
            return fs_path(vm, &p);
        }
        return Err(vm.type_error(&format!(
            "expected {}.__fspath__() to return str or bytes, not {}",
            vm.type_name(file),
            vm.type_name(&p)
        )));
    }
    Err(vm.type_error(&format!(
        "expected str, bytes or os.PathLike object, not {}",
        vm.type_name(file)
    )))
}

/// The parsed mode: (readable, writable, appending, created, open flags).
pub(super) fn parse_mode(vm: &Vm, mode: &str) -> PyResult<(bool, bool, bool, bool, i32)> {
    let bad = || {
        vm.value_error(
            "Must have exactly one of create/read/write/append mode and at most one plus",
        )
    };
    let (mut r, mut w, mut a, mut x, mut plus, mut rwa) =
        (false, false, false, false, false, false);
    let mut flags = 0;
    for c in mode.chars() {
        match c {
            'x' | 'r' | 'w' | 'a' => {
                if rwa {
                    return Err(bad());
                }
                rwa = true;
                match c {
                    'x' => {
                        x = true;
                        w = true;
                        flags |= libc::O_EXCL | libc::O_CREAT;
                    }
                    'r' => r = true,
                    'w' => {
                        w = true;
                        flags |= libc::O_CREAT | libc::O_TRUNC;
                    }
                    _ => {
                        w = true;
                        a = true;
                        flags |= libc::O_APPEND | libc::O_CREAT;
                    }
                }
            }
            'b' => {}
            '+' => {
                if plus {
                    return Err(bad());
                }
                r = true;
                w = true;
                plus = true;
            }
            _ => return Err(vm.value_error(&format!("invalid mode: {mode}"))),
        }
    }
    if !rwa {
        return Err(bad());
    }
    flags |= match (r, w) {
        (true, true) => libc::O_RDWR,
        (true, false) => libc::O_RDONLY,
        _ => libc::O_WRONLY,
    };
    Ok((r, w, a, x, flags | libc::O_CLOEXEC))
}
