//! Files and directories by path: `listdir`, `getcwd`, `chdir`, `mkdir`, `rmdir`, `unlink`,
//! `rename`, `replace`, `symlink`, `readlink`, `link`, `chmod`, `utime`, `access`, `truncate`
//! and `umask`, over the C library's `*at` calls (so `dir_fd` works everywhere it is accepted).

use super::path::{fd_value, fs_result, path_arg, PathArg, PathSpec};
use super::{dir_fd_arg, error_for, flag_arg, kw};
use crate::convert::{float_value, index, int_value};
use krait_vm::native::Args;
use krait_vm::{PyResult, Value, Vm};
use num_traits::ToPrimitive;
use std::ffi::CStr;

/// The argument `i` of `a` (bound by [`kw`]), or `None`.
fn arg(a: &[Option<Value>], i: usize) -> Value {
    a[i].clone().unwrap_or(Value::NONE)
}

/// Fails with the `OSError` for `errno` when the C call returned a negative value.
fn check(vm: &Vm, r: libc::c_int, path: &PathArg) -> PyResult<()> {
    if r < 0 {
        Err(error_for(vm, Some(path)))
    } else {
        Ok(())
    }
}

/// [`check`] for a two-path call (the error names both).
fn check2(vm: &Vm, r: libc::c_int, src: &PathArg, dst: &PathArg) -> PyResult<()> {
    if r < 0 {
        Err(vm.last_os_error(src.filename(), dst.filename()))
    } else {
        Ok(())
    }
}

/// The names in the open directory stream `dir` (without `.` and `..`), closing it.
///
/// # Safety
/// `dir` must be an open directory stream that nothing else uses.
unsafe fn read_names(dir: *mut libc::DIR) -> Result<Vec<Vec<u8>>, i32> {
    let mut names = Vec::new();
    loop {
        super::clear_errno();
        // SAFETY: `dir` is an open stream (caller's contract).
        let ent = unsafe { libc::readdir(dir) };
        if ent.is_null() {
            let err = std::io::Error::last_os_error().raw_os_error().unwrap_or(0);
            // SAFETY: `dir` is open and is not used again.
            unsafe { libc::closedir(dir) };
            return if err == 0 { Ok(names) } else { Err(err) };
        }
        // SAFETY: `readdir` returned a valid entry whose `d_name` is NUL-terminated.
        let name = unsafe { CStr::from_ptr((*ent).d_name.as_ptr()) }.to_bytes();
        if name != b"." && name != b".." {
            names.push(name.to_vec());
        }
    }
}

/// `os.listdir(path=None)`.
pub(super) fn listdir(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = kw(vm, &args, "listdir", &["path"], 1, 0)?;
    let spec = PathSpec::new("listdir").fd().nullable();
    let path = path_arg(vm, &arg(&a, 0), spec)?;
    let dir = match path.fd {
        Some(fd) => {
            // SAFETY: `dup` of any integer is safe; a bad descriptor fails with EBADF.
            let dup = unsafe { libc::dup(fd) };
            if dup < 0 {
                return Err(error_for(vm, Some(&path)));
            }
            // SAFETY: `dup` is a descriptor this function owns; on success the stream owns it.
            let d = unsafe { libc::fdopendir(dup) };
            if d.is_null() {
                let err = std::io::Error::last_os_error().raw_os_error().unwrap_or(0);
                // SAFETY: `dup` is still ours when `fdopendir` fails.
                unsafe { libc::close(dup) };
                return Err(vm.os_error(err, path.filename(), None));
            }
            // As CPython: read from the start of the directory.
            // SAFETY: `d` is an open stream.
            unsafe { libc::rewinddir(d) };
            d
        }
        // SAFETY: `path.c` is NUL-terminated.
        None => unsafe { libc::opendir(path.c.as_ptr()) },
    };
    if dir.is_null() {
        return Err(error_for(vm, Some(&path)));
    }
    // SAFETY: `dir` was just opened and is used by nothing else.
    let names = unsafe { read_names(dir) }.map_err(|e| vm.os_error(e, path.filename(), None))?;
    let items = names.iter().map(|n| fs_result(vm, n, path.bytes)).collect();
    Ok(vm.new_list(items))
}

/// The current directory's bytes.
fn cwd_bytes(vm: &Vm) -> PyResult<Vec<u8>> {
    use std::os::unix::ffi::OsStrExt;
    std::env::current_dir()
        .map(|p| p.as_os_str().as_bytes().to_vec())
        .map_err(|e| vm.os_error(e.raw_os_error().unwrap_or(0), None, None))
}

/// `os.getcwd()`.
pub(super) fn getcwd(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    args.positional_range(vm, "getcwd", 0, 0)?;
    Ok(fs_result(vm, &cwd_bytes(vm)?, false))
}

/// `os.getcwdb()`.
pub(super) fn getcwdb(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    args.positional_range(vm, "getcwdb", 0, 0)?;
    Ok(vm.new_bytes(cwd_bytes(vm)?))
}

/// `os.chdir(path)`.
pub(super) fn chdir(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = kw(vm, &args, "chdir", &["path"], 1, 1)?;
    let path = path_arg(vm, &arg(&a, 0), PathSpec::new("chdir").fd())?;
    let r = match path.fd {
        // SAFETY: `fchdir` takes any integer.
        Some(fd) => unsafe { libc::fchdir(fd) },
        // SAFETY: `path.c` is NUL-terminated.
        None => unsafe { libc::chdir(path.c.as_ptr()) },
    };
    check(vm, r, &path)?;
    Ok(Value::NONE)
}

/// A mode argument (a C int).
fn mode_arg(vm: &Vm, v: &Value) -> PyResult<libc::mode_t> {
    let n = index(vm, v)?;
    n.to_i32()
        .map(|m| m as libc::mode_t)
        .ok_or_else(|| crate::convert::overflow(vm, "Python int too large to convert to C int"))
}

/// `os.mkdir(path, mode=0o777, *, dir_fd=None)`.
pub(super) fn mkdir(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = kw(vm, &args, "mkdir", &["path", "mode", "dir_fd"], 2, 1)?;
    let path = path_arg(vm, &arg(&a, 0), PathSpec::new("mkdir"))?;
    let mode = match &a[1] {
        Some(m) => mode_arg(vm, m)?,
        None => 0o777,
    };
    let dir_fd = dir_fd_arg(vm, a[2].as_ref())?;
    // SAFETY: `path.c` is NUL-terminated.
    let r = unsafe { libc::mkdirat(dir_fd, path.c.as_ptr(), mode) };
    check(vm, r, &path)?;
    Ok(Value::NONE)
}

/// `unlinkat` for `rmdir`/`unlink`/`remove`.
fn remove_at(vm: &Vm, args: Args<'_>, name: &'static str, flags: libc::c_int) -> PyResult<Value> {
    let a = kw(vm, &args, name, &["path", "dir_fd"], 1, 1)?;
    let path = path_arg(vm, &arg(&a, 0), PathSpec::new(name))?;
    let dir_fd = dir_fd_arg(vm, a[1].as_ref())?;
    // SAFETY: `path.c` is NUL-terminated.
    let r = unsafe { libc::unlinkat(dir_fd, path.c.as_ptr(), flags) };
    check(vm, r, &path)?;
    Ok(Value::NONE)
}

/// `os.rmdir(path, *, dir_fd=None)`.
pub(super) fn rmdir(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    remove_at(vm, args, "rmdir", libc::AT_REMOVEDIR)
}

/// `os.unlink(path, *, dir_fd=None)`.
pub(super) fn unlink(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    remove_at(vm, args, "unlink", 0)
}

/// `os.remove(path, *, dir_fd=None)`.
pub(super) fn remove(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    remove_at(vm, args, "remove", 0)
}

/// `renameat` for `rename`/`replace` (the same call on POSIX).
fn rename_at(vm: &Vm, args: Args<'_>, name: &'static str) -> PyResult<Value> {
    let names = ["src", "dst", "src_dir_fd", "dst_dir_fd"];
    let a = kw(vm, &args, name, &names, 2, 2)?;
    let src = path_arg(vm, &arg(&a, 0), PathSpec::new(name).named("src"))?;
    let dst = path_arg(vm, &arg(&a, 1), PathSpec::new(name).named("dst"))?;
    let sfd = dir_fd_arg(vm, a[2].as_ref())?;
    let dfd = dir_fd_arg(vm, a[3].as_ref())?;
    // SAFETY: both paths are NUL-terminated.
    let r = unsafe { libc::renameat(sfd, src.c.as_ptr(), dfd, dst.c.as_ptr()) };
    check2(vm, r, &src, &dst)?;
    Ok(Value::NONE)
}

/// `os.rename(src, dst, *, src_dir_fd=None, dst_dir_fd=None)`.
pub(super) fn rename(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    rename_at(vm, args, "rename")
}

/// `os.replace(src, dst, *, src_dir_fd=None, dst_dir_fd=None)`.
pub(super) fn replace(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    rename_at(vm, args, "replace")
}

/// `os.symlink(src, dst, target_is_directory=False, *, dir_fd=None)`.
pub(super) fn symlink(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let names = ["src", "dst", "target_is_directory", "dir_fd"];
    let a = kw(vm, &args, "symlink", &names, 3, 2)?;
    let src = path_arg(vm, &arg(&a, 0), PathSpec::new("symlink").named("src"))?;
    let dst = path_arg(vm, &arg(&a, 1), PathSpec::new("symlink").named("dst"))?;
    let dir_fd = dir_fd_arg(vm, a[3].as_ref())?;
    if src.bytes != dst.bytes {
        return Err(vm.type_error("symlink: src and dst must be the same type"));
    }
    // SAFETY: both paths are NUL-terminated.
    let r = unsafe { libc::symlinkat(src.c.as_ptr(), dir_fd, dst.c.as_ptr()) };
    check2(vm, r, &src, &dst)?;
    Ok(Value::NONE)
}

/// `os.readlink(path, *, dir_fd=None)`.
pub(super) fn readlink(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = kw(vm, &args, "readlink", &["path", "dir_fd"], 1, 1)?;
    let path = path_arg(vm, &arg(&a, 0), PathSpec::new("readlink"))?;
    let dir_fd = dir_fd_arg(vm, a[1].as_ref())?;
    let mut buf = vec![0u8; libc::PATH_MAX as usize + 1];
    // SAFETY: `path.c` is NUL-terminated and `buf` has `buf.len()` writable bytes.
    let n =
        unsafe { libc::readlinkat(dir_fd, path.c.as_ptr(), buf.as_mut_ptr().cast(), buf.len()) };
    if n < 0 {
        return Err(error_for(vm, Some(&path)));
    }
    buf.truncate(n as usize);
    Ok(fs_result(vm, &buf, path.bytes))
}

/// `os.link(src, dst, *, src_dir_fd=None, dst_dir_fd=None, follow_symlinks=True)`.
pub(super) fn link(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let names = ["src", "dst", "src_dir_fd", "dst_dir_fd", "follow_symlinks"];
    let a = kw(vm, &args, "link", &names, 2, 2)?;
    let src = path_arg(vm, &arg(&a, 0), PathSpec::new("link").named("src"))?;
    let dst = path_arg(vm, &arg(&a, 1), PathSpec::new("link").named("dst"))?;
    let sfd = dir_fd_arg(vm, a[2].as_ref())?;
    let dfd = dir_fd_arg(vm, a[3].as_ref())?;
    let follow = flag_arg(vm, a[4].as_ref(), true)?;
    let flags = if follow { libc::AT_SYMLINK_FOLLOW } else { 0 };
    // SAFETY: both paths are NUL-terminated.
    let r = unsafe { libc::linkat(sfd, src.c.as_ptr(), dfd, dst.c.as_ptr(), flags) };
    check2(vm, r, &src, &dst)?;
    Ok(Value::NONE)
}

/// `os.chmod(path, mode, *, dir_fd=None, follow_symlinks=True)`.
pub(super) fn chmod(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let names = ["path", "mode", "dir_fd", "follow_symlinks"];
    let a = kw(vm, &args, "chmod", &names, 2, 2)?;
    let path = path_arg(vm, &arg(&a, 0), PathSpec::new("chmod").fd())?;
    let mode = mode_arg(vm, &arg(&a, 1))?;
    let dir_fd = dir_fd_arg(vm, a[2].as_ref())?;
    let follow = flag_arg(vm, a[3].as_ref(), true)?;
    let r = match path.fd {
        // SAFETY: `fchmod` takes any integer.
        Some(fd) => unsafe { libc::fchmod(fd, mode) },
        None => {
            let flags = if follow { 0 } else { libc::AT_SYMLINK_NOFOLLOW };
            // SAFETY: `path.c` is NUL-terminated.
            unsafe { libc::fchmodat(dir_fd, path.c.as_ptr(), mode, flags) }
        }
    };
    check(vm, r, &path)?;
    Ok(Value::NONE)
}

/// A time in seconds (int or float) as a `timespec`, rounded toward minus infinity (CPython's
/// `_PyTime_ObjectToTimespec` with `_PyTime_ROUND_FLOOR`).
fn timespec_of(vm: &Vm, v: &Value) -> PyResult<libc::timespec> {
    if let Some(x) = float_value(v) {
        if x.is_nan() {
            return Err(vm.value_error("Invalid value NaN (not a number)"));
        }
        let mut secs = x.trunc();
        let mut frac = ((x - secs) * 1e9).floor();
        if frac >= 1e9 {
            frac -= 1e9;
            secs += 1.0;
        } else if frac < 0.0 {
            frac += 1e9;
            secs -= 1.0;
        }
        if !(-9.2e18..9.2e18).contains(&secs) {
            return Err(crate::convert::overflow(
                vm,
                "timestamp out of range for platform time_t",
            ));
        }
        return Ok(libc::timespec {
            tv_sec: secs as libc::time_t,
            tv_nsec: frac as libc::c_long,
        });
    }
    let n = index(vm, v)?;
    let secs = n.to_i64().ok_or_else(|| {
        crate::convert::overflow(vm, "timestamp out of range for platform time_t")
    })?;
    Ok(libc::timespec {
        tv_sec: secs,
        tv_nsec: 0,
    })
}

/// A nanosecond count as a `timespec`.
fn timespec_of_ns(vm: &Vm, v: &Value) -> PyResult<libc::timespec> {
    let n = index(vm, v)?;
    let billion = num_bigint::BigInt::from(1_000_000_000);
    let (secs, ns) = num_integer::Integer::div_mod_floor(&n, &billion);
    let secs = secs.to_i64().ok_or_else(|| {
        crate::convert::overflow(vm, "timestamp out of range for platform time_t")
    })?;
    Ok(libc::timespec {
        tv_sec: secs,
        tv_nsec: ns.to_i64().unwrap_or(0),
    })
}

/// The two items of a `times`/`ns` tuple, or `None` if it is not a 2-tuple.
fn pair(vm: &Vm, v: &Value) -> Option<[Value; 2]> {
    let items = vm.tuple_items(v)?;
    <[Value; 2]>::try_from(items).ok()
}

/// `os.utime(path, times=None, *, ns=None, dir_fd=None, follow_symlinks=True)`.
pub(super) fn utime(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let names = ["path", "times", "ns", "dir_fd", "follow_symlinks"];
    let a = kw(vm, &args, "utime", &names, 2, 1)?;
    let path = path_arg(vm, &arg(&a, 0), PathSpec::new("utime").fd())?;
    let times = a[1].clone().filter(|t| !t.is_none());
    let now = libc::timespec {
        tv_sec: 0,
        tv_nsec: libc::UTIME_NOW,
    };
    let ts: [libc::timespec; 2] = match (&times, &a[2]) {
        (Some(_), Some(_)) => {
            return Err(vm.value_error("utime: you may specify either 'times' or 'ns' but not both"))
        }
        (Some(t), None) => {
            let Some([at, mt]) = pair(vm, t) else {
                return Err(
                    vm.type_error("utime: 'times' must be either a tuple of two ints or None")
                );
            };
            [timespec_of(vm, &at)?, timespec_of(vm, &mt)?]
        }
        (None, Some(ns)) => {
            let Some([at, mt]) = pair(vm, ns) else {
                return Err(vm.type_error("utime: 'ns' must be a tuple of two ints"));
            };
            [timespec_of_ns(vm, &at)?, timespec_of_ns(vm, &mt)?]
        }
        (None, None) => [now, now],
    };
    let dir_fd = dir_fd_arg(vm, a[3].as_ref())?;
    let follow = flag_arg(vm, a[4].as_ref(), true)?;
    let r = match path.fd {
        // SAFETY: `ts` holds two valid timespecs.
        Some(fd) => unsafe { libc::futimens(fd, ts.as_ptr()) },
        None => {
            let flags = if follow { 0 } else { libc::AT_SYMLINK_NOFOLLOW };
            // SAFETY: `path.c` is NUL-terminated and `ts` holds two valid timespecs.
            unsafe { libc::utimensat(dir_fd, path.c.as_ptr(), ts.as_ptr(), flags) }
        }
    };
    check(vm, r, &path)?;
    Ok(Value::NONE)
}

/// `os.access(path, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True)`.
pub(super) fn access(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let names = ["path", "mode", "dir_fd", "effective_ids", "follow_symlinks"];
    let a = kw(vm, &args, "access", &names, 2, 2)?;
    let path = path_arg(vm, &arg(&a, 0), PathSpec::new("access"))?;
    let n = index(vm, &arg(&a, 1))?;
    let mode = n
        .to_i32()
        .ok_or_else(|| crate::convert::overflow(vm, "Python int too large to convert to C int"))?;
    let dir_fd = dir_fd_arg(vm, a[2].as_ref())?;
    let effective = flag_arg(vm, a[3].as_ref(), false)?;
    let follow = flag_arg(vm, a[4].as_ref(), true)?;
    let mut flags = 0;
    if effective {
        flags |= libc::AT_EACCESS;
    }
    if !follow {
        flags |= libc::AT_SYMLINK_NOFOLLOW;
    }
    // SAFETY: `path.c` is NUL-terminated.
    let r = unsafe { libc::faccessat(dir_fd, path.c.as_ptr(), mode, flags) };
    Ok(Value::bool(r == 0))
}

/// `os.truncate(path, length)`.
pub(super) fn truncate(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = kw(vm, &args, "truncate", &["path", "length"], 2, 2)?;
    let path = path_arg(vm, &arg(&a, 0), PathSpec::new("truncate").fd())?;
    let length = offset_arg(vm, &arg(&a, 1))?;
    let r = match path.fd {
        // SAFETY: `ftruncate` takes any integer.
        Some(fd) => unsafe { libc::ftruncate(fd, length) },
        // SAFETY: `path.c` is NUL-terminated.
        None => unsafe { libc::truncate(path.c.as_ptr(), length) },
    };
    check(vm, r, &path)?;
    Ok(Value::NONE)
}

/// A file offset (`off_t`) argument.
pub(super) fn offset_arg(vm: &Vm, v: &Value) -> PyResult<libc::off_t> {
    if float_value(v).is_some() && int_value(v).is_none() {
        return Err(vm.type_error(&format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(v)
        )));
    }
    let n = index(vm, v)?;
    n.to_i64()
        .ok_or_else(|| crate::convert::overflow(vm, "Python int too large to convert to C long"))
}

/// `os.umask(mask, /)`.
pub(super) fn umask(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let [m] = args.positional_range(vm, "umask", 1, 1)? else {
        unreachable!("checked")
    };
    let mask = fd_value(vm, m)?;
    // SAFETY: `umask` takes any mode.
    let old = unsafe { libc::umask(mask as libc::mode_t) };
    Ok(vm.new_int(i64::from(old)))
}
