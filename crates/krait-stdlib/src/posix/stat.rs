//! `stat`, `lstat` and `fstat`, and `os.stat_result`: ten tuple items (the last three the whole
//! seconds of the access, modification and change times), then attribute-only fields (the
//! times as floats and as nanoseconds, `st_blksize`, `st_blocks`, `st_rdev`), as CPython's
//! `_pystat_fromstructstat`.

use super::path::{path_arg, PathSpec};
use super::{dir_fd_arg, error_for, flag_arg, kw, module_attr};
use krait_vm::native::Args;
use krait_vm::objects::structseq;
use krait_vm::{method_table, PyResult, Value, Vm};

/// The fields of `os.stat_result` (`None`: the unnamed integer times).
pub(super) const FIELDS: [Option<&str>; 19] = [
    Some("st_mode"),
    Some("st_ino"),
    Some("st_dev"),
    Some("st_nlink"),
    Some("st_uid"),
    Some("st_gid"),
    Some("st_size"),
    None,
    None,
    None,
    Some("st_atime"),
    Some("st_mtime"),
    Some("st_ctime"),
    Some("st_atime_ns"),
    Some("st_mtime_ns"),
    Some("st_ctime_ns"),
    Some("st_blksize"),
    Some("st_blocks"),
    Some("st_rdev"),
];

method_table!(
    /// `os.stat_result.__new__`.
    NEW,
    Static,
    {
    "__new__" => stat_result_new, "(type, sequence, dict={})", "Create and return a new object.";
    }
);

/// A new `os.stat_result` type.
pub(super) fn stat_result_type(vm: &Vm) -> Value {
    let ty = structseq::new_type_with(vm, "os", "stat_result", &FIELDS, 10);
    krait_vm::native::install_methods(vm, &ty, NEW);
    ty
}

/// As CPython's `statresult_new`: a struct sequence whose float times, when not given, are
/// the integer ones.
fn stat_result_new(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let r = structseq::structseq_new(vm, args)?;
    let items = vm.tuple_items(&r).unwrap_or_default();
    for (i, name) in ["st_atime", "st_mtime", "st_ctime"].iter().enumerate() {
        let key = vm.intern(name);
        if vm.get_attr(&r, &key)?.is_none() {
            vm.set_attr(&r, &key, items[7 + i].clone())?;
        }
    }
    Ok(r)
}

fn uint(vm: &Vm, n: u64) -> Value {
    match i64::try_from(n) {
        Ok(i) => vm.new_int(i),
        Err(_) => vm.new_bigint(n.into()),
    }
}

/// The `os.stat_result` of a C `struct stat`.
// The field types of `struct stat` vary between platforms; the casts are no-ops on some.
#[allow(clippy::unnecessary_cast)]
pub(super) fn stat_value(vm: &Vm, st: &libc::stat) -> PyResult<Value> {
    let times = [
        (st.st_atime, st.st_atime_nsec),
        (st.st_mtime, st.st_mtime_nsec),
        (st.st_ctime, st.st_ctime_nsec),
    ];
    let mut items = vec![
        vm.new_int(i64::from(st.st_mode)),
        uint(vm, st.st_ino),
        uint(vm, st.st_dev),
        uint(vm, st.st_nlink as u64),
        vm.new_int(i64::from(st.st_uid)),
        vm.new_int(i64::from(st.st_gid)),
        vm.new_int(st.st_size),
    ];
    items.extend(times.iter().map(|&(s, _)| vm.new_int(s)));
    items.extend(
        times
            .iter()
            .map(|&(s, ns)| Value::float(s as f64 + ns as f64 * 1e-9)),
    );
    items.extend(
        times
            .iter()
            .map(|&(s, ns)| vm.new_bigint((i128::from(s) * 1_000_000_000 + i128::from(ns)).into())),
    );
    items.push(vm.new_int(st.st_blksize as i64));
    items.push(vm.new_int(st.st_blocks));
    items.push(uint(vm, st.st_rdev));
    let ty = module_attr(vm, "stat_result")?;
    Ok(structseq::new_full(vm, &ty, items))
}

/// `stat(path)` of `fd` (when given), or of the path relative to `dir_fd`.
pub(super) fn do_stat(
    vm: &Vm,
    path: &super::path::PathArg,
    dir_fd: i32,
    follow: bool,
) -> PyResult<libc::stat> {
    // SAFETY: `libc::stat` is plain data; all-zero bytes are a valid value.
    let mut st: libc::stat = unsafe { std::mem::zeroed() };
    let r = match path.fd {
        // SAFETY: `st` is a valid, writable `struct stat`.
        Some(fd) => unsafe { libc::fstat(fd, &mut st) },
        None => {
            let flags = if follow { 0 } else { libc::AT_SYMLINK_NOFOLLOW };
            // SAFETY: `path.c` is NUL-terminated and `st` is writable.
            unsafe { libc::fstatat(dir_fd, path.c.as_ptr(), &mut st, flags) }
        }
    };
    if r != 0 {
        return Err(error_for(vm, Some(path)));
    }
    Ok(st)
}

/// `os.stat(path, *, dir_fd=None, follow_symlinks=True)`.
pub(super) fn stat(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = kw(
        vm,
        &args,
        "stat",
        &["path", "dir_fd", "follow_symlinks"],
        1,
        1,
    )?;
    let path = path_arg(
        vm,
        &a[0].clone().unwrap_or(Value::NONE),
        PathSpec::new("stat").fd(),
    )?;
    let dir_fd = dir_fd_arg(vm, a[1].as_ref())?;
    let follow = flag_arg(vm, a[2].as_ref(), true)?;
    let st = do_stat(vm, &path, dir_fd, follow)?;
    stat_value(vm, &st)
}

/// `os.lstat(path, *, dir_fd=None)`.
pub(super) fn lstat(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = kw(vm, &args, "lstat", &["path", "dir_fd"], 1, 1)?;
    let path = path_arg(
        vm,
        &a[0].clone().unwrap_or(Value::NONE),
        PathSpec::new("lstat"),
    )?;
    let dir_fd = dir_fd_arg(vm, a[1].as_ref())?;
    let st = do_stat(vm, &path, dir_fd, false)?;
    stat_value(vm, &st)
}

/// `os.fstat(fd)`.
pub(super) fn fstat(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = kw(vm, &args, "fstat", &["fd"], 1, 1)?;
    let fd = super::path::fd_value(vm, a[0].as_ref().unwrap_or(&Value::NONE))?;
    // SAFETY: `libc::stat` is plain data; all-zero bytes are a valid value.
    let mut st: libc::stat = unsafe { std::mem::zeroed() };
    // SAFETY: `st` is a valid, writable `struct stat`.
    if unsafe { libc::fstat(fd, &mut st) } != 0 {
        return Err(error_for(vm, None));
    }
    stat_value(vm, &st)
}
