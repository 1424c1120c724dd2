//! The `posix` module (CPython's Modules/posixmodule.c), what `os` and `os.path` are built on:
//! files and directories (`fs`), file descriptors (`fd`), `stat` (`stat`), `scandir`
//! (`scandir`), the process and its environment (`process`), over the C library through the
//! `libc` crate. Failed system calls raise the `OSError` subclass CPython's errno map chooses,
//! with `filename`/`filename2` set as CPython sets them.

mod fd;
mod fs;
mod path;
mod process;
mod scandir;
mod stat;

use crate::convert::parse_keywords;
use fs::{
    access, chdir, chmod, getcwd, getcwdb, link, listdir, mkdir, readlink, remove, rename, replace,
    rmdir, symlink, truncate, umask, unlink, utime,
};
use krait_vm::native::{Args, MethodDef, NativeFunctionData};
use krait_vm::slot::Slot;
use krait_vm::{heap, method_table, PyErr, PyResult, Value, Vm};
use path::PathArg;
use scandir::scandir;

pub(crate) use path::{fs_decode, fs_encode, fspath};

method_table!(
    /// The file and directory functions of `posix`.
    FS_FUNCTIONS,
    Static,
    {
    "stat" => stat_fn, "($module, /, path, *, dir_fd=None, follow_symlinks=True)", "Perform a stat system call on the given path.";
    "lstat" => lstat_fn, "($module, /, path, *, dir_fd=None)", "Perform a stat system call on the given path, without following symbolic links.";
    "fstat" => fstat_fn, "($module, /, fd)", "Perform a stat system call on the given file descriptor.";
    "listdir" => listdir, "($module, /, path=None)", "Return a list containing the names of the files in the directory.";
    "scandir" => scandir, "($module, /, path=None)", "Return an iterator of DirEntry objects for given path.";
    "getcwd" => getcwd, "($module, /)", "Return a unicode string representing the current working directory.";
    "getcwdb" => getcwdb, "($module, /)", "Return a bytes string representing the current working directory.";
    "chdir" => chdir, "($module, /, path)", "Change the current working directory to the specified path.";
    "mkdir" => mkdir, "($module, /, path, mode=511, *, dir_fd=None)", "Create a directory.";
    "rmdir" => rmdir, "($module, /, path, *, dir_fd=None)", "Remove a directory.";
    "unlink" => unlink, "($module, /, path, *, dir_fd=None)", "Remove a file (same as remove()).";
    "remove" => remove, "($module, /, path, *, dir_fd=None)", "Remove a file (same as unlink()).";
    "rename" => rename, "($module, /, src, dst, *, src_dir_fd=None, dst_dir_fd=None)", "Rename a file or directory.";
    "replace" => replace, "($module, /, src, dst, *, src_dir_fd=None, dst_dir_fd=None)", "Rename a file or directory, overwriting the destination.";
    "symlink" => symlink, "($module, /, src, dst, target_is_directory=False, *, dir_fd=None)", "Create a symbolic link pointing to src named dst.";
    "readlink" => readlink, "($module, /, path, *, dir_fd=None)", "Return a string representing the path to which the symbolic link points.";
    "link" => link, "($module, /, src, dst, *, src_dir_fd=None, dst_dir_fd=None, follow_symlinks=True)", "Create a hard link to a file.";
    "chmod" => chmod, "($module, /, path, mode, *, dir_fd=None, follow_symlinks=True)", "Change the access permissions of a file.";
    "utime" => utime, "($module, /, path, times=None, *, ns=<unrepresentable>, dir_fd=None, follow_symlinks=True)", "Set the access and modified time of path.";
    "access" => access, "($module, /, path, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True)", "Use the real uid/gid to test for access to a path.";
    "truncate" => truncate, "($module, /, path, length)", "Truncate a file, specified by path, to a specific length.";
    "umask" => umask, "($module, mask, /)", "Set the current numeric umask and return the previous umask.";
    "fspath" => fspath_fn, "($module, /, path)", "Return the file system path representation of the object.";
    }
);

/// `_have_functions`: the `*at` and `f*` variants this module implements (which `os` turns
/// into `supports_dir_fd`, `supports_fd` and `supports_follow_symlinks`).
const HAVE_FUNCTIONS: &[&str] = &[
    "HAVE_FACCESSAT",
    "HAVE_FCHDIR",
    "HAVE_FCHMOD",
    "HAVE_FCHMODAT",
    "HAVE_FDOPENDIR",
    "HAVE_FSTATAT",
    "HAVE_FTRUNCATE",
    "HAVE_FUTIMENS",
    "HAVE_LINKAT",
    "HAVE_LSTAT",
    "HAVE_MKDIRAT",
    "HAVE_OPENAT",
    "HAVE_READLINKAT",
    "HAVE_RENAMEAT",
    "HAVE_SYMLINKAT",
    "HAVE_UNLINKAT",
    "HAVE_UTIMENSAT",
];

/// Creates the `posix` module.
pub fn init(vm: &Vm) -> PyResult<Value> {
    let m = crate::new_module(vm, "posix", FS_FUNCTIONS)?;
    for defs in [fd::FUNCTIONS, process::FUNCTIONS] {
        add_functions(vm, &m, defs)?;
    }
    vm.module_set(&m, "error", vm.types.os_error.clone())?;
    vm.module_set(&m, "stat_result", stat::stat_result_type(vm))?;
    vm.module_set(&m, "DirEntry", scandir::dir_entry_type(vm)?)?;
    // CPython's `ScandirIterator` type is not a module attribute; krait keeps it under a
    // private name, where `scandir` finds it.
    vm.module_set(&m, "_ScandirIterator", scandir::iterator_type(vm)?)?;
    process::add_types(vm, &m)?;
    let have = HAVE_FUNCTIONS.iter().map(|n| vm.new_str(n)).collect();
    vm.module_set(&m, "_have_functions", vm.new_list(have))?;
    for &(name, v) in fd::CONSTANTS.iter().chain(process::CONSTANTS) {
        vm.module_set(&m, name, vm.new_int(i64::from(v)))?;
    }
    vm.module_set(&m, "environ", process::environ(vm)?)?;
    Ok(m)
}

/// Adds the functions `defs` to the module `m`.
fn add_functions(vm: &Vm, m: &Value, defs: &'static [MethodDef]) -> PyResult<()> {
    for def in defs {
        let f = heap::alloc(
            vm.types.builtin_function.to_obj(),
            NativeFunctionData {
                def,
                self_: Slot::new(m.clone()),
            },
        );
        vm.module_set(m, def.name, f.into_value())?;
    }
    Ok(())
}

/// The attribute `name` of the imported `posix` module (its types).
pub(crate) fn module_attr(vm: &Vm, name: &str) -> PyResult<Value> {
    crate::native_type::module_type(vm, "posix", name)
}

/// Binds keyword-capable arguments: `names` in order, the first `maxpos` positional, the first
/// `required` required (CPython's Argument Clinic functions with `/` first).
pub(crate) fn kw(
    vm: &Vm,
    args: &Args<'_>,
    fname: &str,
    names: &[&str],
    maxpos: usize,
    required: usize,
) -> PyResult<Vec<Option<Value>>> {
    parse_keywords(vm, args, fname, names, 0, maxpos, required)
}

/// The `OSError` for the calling thread's `errno`, about `path` if given.
pub(crate) fn error_for(vm: &Vm, path: Option<&PathArg>) -> PyErr {
    vm.last_os_error(path.and_then(PathArg::filename), None)
}

/// Sets `errno` to 0 (before a call that reports errors only through it, as `readdir`).
pub(crate) fn clear_errno() {
    // SAFETY: the errno location is the calling thread's own and always writable.
    #[cfg(target_os = "linux")]
    unsafe {
        *libc::__errno_location() = 0;
    }
    // SAFETY: as above.
    #[cfg(any(target_os = "macos", target_os = "ios", target_os = "freebsd"))]
    unsafe {
        *libc::__error() = 0;
    }
}

/// A `dir_fd` argument: `None` (or absent) is the current directory (`AT_FDCWD`).
pub(crate) fn dir_fd_arg(vm: &Vm, v: Option<&Value>) -> PyResult<i32> {
    match v {
        None => Ok(libc::AT_FDCWD),
        Some(v) if v.is_none() => Ok(libc::AT_FDCWD),
        Some(v) => {
            if crate::convert::int_value(v).is_none()
                && vm.lookup_special(v, "__index__")?.is_none()
            {
                return Err(vm.type_error(&format!(
                    "argument should be integer or None, not {}",
                    vm.type_name(v)
                )));
            }
            path::fd_value(vm, v)
        }
    }
}

/// A boolean argument (`follow_symlinks`), `default` when absent.
pub(crate) fn flag_arg(vm: &Vm, v: Option<&Value>, default: bool) -> PyResult<bool> {
    match v {
        None => Ok(default),
        Some(v) => vm.is_true(v),
    }
}

fn stat_fn(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    stat::stat(vm, args)
}

fn lstat_fn(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    stat::lstat(vm, args)
}

fn fstat_fn(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    stat::fstat(vm, args)
}

fn fspath_fn(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = kw(vm, &args, "fspath", &["path"], 1, 1)?;
    fspath(vm, a[0].as_ref().unwrap_or(&Value::NONE))
}
