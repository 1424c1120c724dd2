//! `os.scandir` (CPython's `ScandirIterator` and `DirEntry`): an iterator over a directory's
//! entries that is also a context manager, and entries that answer `is_dir`/`is_file`/
//! `is_symlink` from the directory's own file type when it has one, calling `stat` only when
//! needed and caching its result.

use super::path::{fs_result, path_arg, PathArg, PathSpec};
use super::{kw, module_attr};
use crate::native_type::{alloc, new_type, state};
use krait_vm::native::Args;
use krait_vm::objects::native_object::NativeObject;
use krait_vm::slot::Slot;
use krait_vm::{method_table, PyResult, Value, Vm};
use std::any::Any;
use std::cell::Cell;
use std::ffi::{CStr, CString};

/// The state of a `ScandirIterator`.
struct Scandir {
    /// The open directory stream, or null once exhausted or closed.
    dir: Cell<*mut libc::DIR>,
    /// The directory as given (`str`, `bytes`, or NULL for a file descriptor).
    path: Slot,
    /// The encoded directory path (empty for a file descriptor).
    base: Vec<u8>,
    /// The descriptor the iterator was made from, if any.
    fd: Option<i32>,
    /// Whether names are bytes.
    bytes: bool,
}

impl Scandir {
    fn close(&self) {
        let d = self.dir.replace(std::ptr::null_mut());
        if !d.is_null() {
            if self.fd.is_some() {
                // SAFETY: `d` is open; CPython rewinds a descriptor's stream before closing.
                unsafe { libc::rewinddir(d) };
            }
            // SAFETY: `d` was open and is closed once (the cell is null now).
            unsafe { libc::closedir(d) };
        }
    }
}

impl Drop for Scandir {
    fn drop(&mut self) {
        self.close();
    }
}

impl NativeObject for Scandir {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        self.path.visit(visit);
    }

    fn clear(&self) {
        self.path.set(Value::NULL);
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// The state of a `DirEntry`.
struct DirEntry {
    name: Slot,
    path: Slot,
    /// The encoded path used for `stat` (relative to `dir_fd` for descriptor scans).
    c_path: CString,
    dir_fd: Option<i32>,
    d_type: u8,
    ino: u64,
    /// The cached `stat()` result (following links), or NULL.
    stat: Slot,
    /// The cached `lstat()` result, or NULL.
    lstat: Slot,
}

impl NativeObject for DirEntry {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        for s in [&self.name, &self.path, &self.stat, &self.lstat] {
            s.visit(visit);
        }
    }

    fn clear(&self) {
        for s in [&self.name, &self.path, &self.stat, &self.lstat] {
            s.set(Value::NULL);
        }
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

method_table!(
    /// The methods of `ScandirIterator`.
    ITER_METHODS,
    Method,
    {
    "__iter__" => iter_self, "($self, /)", "Implement iter(self).";
    "__next__" => iter_next, "($self, /)", "Implement next(self).";
    "close" => iter_close, "($self, /)", "";
    "__enter__" => iter_self, "($self, /)", "";
    "__exit__" => iter_exit, "($self, *args)", "";
    }
);

method_table!(
    /// The methods of `DirEntry`.
    ENTRY_METHODS,
    Method,
    {
    "is_dir" => is_dir, "($self, /, *, follow_symlinks=True)", "Return True if the entry is a directory; cached per entry.";
    "is_file" => is_file, "($self, /, *, follow_symlinks=True)", "Return True if the entry is a file; cached per entry.";
    "is_symlink" => is_symlink, "($self, /)", "Return True if the entry is a symbolic link; cached per entry.";
    "stat" => entry_stat, "($self, /, *, follow_symlinks=True)", "Return stat_result object for the entry; cached per entry.";
    "inode" => inode, "($self, /)", "Return inode of the entry; cached per entry.";
    "__fspath__" => entry_fspath, "($self, /)", "Returns the path for the entry.";
    "__repr__" => entry_repr, "($self, /)", "Return repr(self).";
    }
);

method_table!(
    /// `DirEntry.__new__`: entries are made by `scandir` only.
    ENTRY_NEW,
    Static,
    {
    "__new__" => entry_new, "(type, *args, **kwargs)", "Create and return a new object.";
    }
);

method_table!(
    /// The attributes of `DirEntry`.
    ENTRY_GETTERS,
    Static,
    {
    "name" => get_name, "($self, /)", "the entry's base filename, relative to scandir() \"path\" argument";
    "path" => get_path, "($self, /)", "the entry's full path name; equivalent to os.path.join(scandir_path, entry.name)";
    }
);

/// Creates the type `posix.ScandirIterator`.
pub(super) fn iterator_type(vm: &Vm) -> PyResult<Value> {
    new_type(vm, "posix", "ScandirIterator", &[ITER_METHODS], &[])
}

/// Creates the type `posix.DirEntry`.
pub(super) fn dir_entry_type(vm: &Vm) -> PyResult<Value> {
    new_type(
        vm,
        "posix",
        "DirEntry",
        &[ENTRY_METHODS, ENTRY_NEW],
        ENTRY_GETTERS,
    )
}

/// `os.scandir(path=None)`.
pub(super) fn scandir(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = kw(vm, &args, "scandir", &["path"], 1, 0)?;
    let spec = PathSpec::new("scandir").fd().nullable();
    let path = path_arg(vm, &a[0].clone().unwrap_or(Value::NONE), spec)?;
    let dir = open_dir(vm, &path)?;
    let ty = module_attr(vm, "_ScandirIterator")?;
    let st = Scandir {
        dir: Cell::new(dir),
        path: Slot::new(path.object.clone()),
        base: path.as_bytes().to_vec(),
        fd: path.fd,
        bytes: path.bytes,
    };
    Ok(alloc(&ty, st))
}

/// Opens the directory `path` names (a duplicate of its descriptor, if it is one).
fn open_dir(vm: &Vm, path: &PathArg) -> PyResult<*mut libc::DIR> {
    let dir = match path.fd {
        Some(fd) => {
            // SAFETY: `dup` of any integer is safe; a bad descriptor fails with EBADF.
            let dup = unsafe { libc::dup(fd) };
            if dup < 0 {
                return Err(super::error_for(vm, Some(path)));
            }
            // SAFETY: `dup` is ours; on success the stream owns it.
            let d = unsafe { libc::fdopendir(dup) };
            if d.is_null() {
                let err = std::io::Error::last_os_error().raw_os_error().unwrap_or(0);
                // SAFETY: `dup` is still ours when `fdopendir` fails.
                unsafe { libc::close(dup) };
                return Err(vm.os_error(err, path.filename(), None));
            }
            d
        }
        // SAFETY: `path.c` is NUL-terminated.
        None => unsafe { libc::opendir(path.c.as_ptr()) },
    };
    if dir.is_null() {
        return Err(super::error_for(vm, Some(path)));
    }
    Ok(dir)
}

fn me<'a, T: NativeObject>(vm: &Vm, args: &Args<'a>, what: &str) -> PyResult<&'a T> {
    args.pos()
        .first()
        .and_then(|v| state::<T>(v))
        .ok_or_else(|| vm.type_error(&format!("descriptor requires a '{what}' object")))
}

fn iter_self(_vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(args.pos()[0].clone())
}

fn iter_close(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    me::<Scandir>(vm, &args, "posix.ScandirIterator")?.close();
    Ok(Value::NONE)
}

fn iter_exit(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    me::<Scandir>(vm, &args, "posix.ScandirIterator")?.close();
    Ok(Value::NONE)
}

fn iter_next(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let it = me::<Scandir>(vm, &args, "posix.ScandirIterator")?;
    loop {
        let dir = it.dir.get();
        if dir.is_null() {
            return Err(vm.new_exception(&vm.types.stop_iteration, Vec::new()));
        }
        super::clear_errno();
        // SAFETY: `dir` is an open stream owned by this iterator.
        let ent = unsafe { libc::readdir(dir) };
        if ent.is_null() {
            let err = std::io::Error::last_os_error().raw_os_error().unwrap_or(0);
            it.close();
            if err != 0 {
                let p = it.path.get();
                return Err(vm.os_error(err, (!p.is_null()).then_some(p), None));
            }
            return Err(vm.new_exception(&vm.types.stop_iteration, Vec::new()));
        }
        // SAFETY: `readdir` returned a valid entry whose `d_name` is NUL-terminated.
        let (name, d_type, ino) = unsafe {
            (
                CStr::from_ptr((*ent).d_name.as_ptr()).to_bytes().to_vec(),
                (*ent).d_type,
                (*ent).d_ino,
            )
        };
        if name == b"." || name == b".." {
            continue;
        }
        return make_entry(vm, it, name, d_type, ino);
    }
}

/// A `DirEntry` for `name` in the directory `it` iterates.
fn make_entry(vm: &Vm, it: &Scandir, name: Vec<u8>, d_type: u8, ino: u64) -> PyResult<Value> {
    let full = match it.fd {
        Some(_) => name.clone(),
        None => {
            let mut p = it.base.clone();
            if !p.is_empty() && !p.ends_with(b"/") {
                p.push(b'/');
            }
            p.extend_from_slice(&name);
            p
        }
    };
    let entry = DirEntry {
        name: Slot::new(fs_result(vm, &name, it.bytes)),
        path: Slot::new(fs_result(vm, &full, it.bytes)),
        c_path: CString::new(full).unwrap_or_default(),
        dir_fd: it.fd,
        d_type,
        ino,
        stat: Slot::default(),
        lstat: Slot::default(),
    };
    let ty = module_attr(vm, "DirEntry")?;
    Ok(alloc(&ty, entry))
}

fn entry<'a>(vm: &Vm, args: &Args<'a>) -> PyResult<&'a DirEntry> {
    me::<DirEntry>(vm, args, "posix.DirEntry")
}

/// The `follow_symlinks` keyword of an entry method.
fn follow_arg(vm: &Vm, args: &Args<'_>, name: &str) -> PyResult<bool> {
    let rest = Args {
        values: &args.values[1..],
        kwnames: args.kwnames,
    };
    let a = kw(vm, &rest, name, &["follow_symlinks"], 0, 0)?;
    super::flag_arg(vm, a[0].as_ref(), true)
}

/// `stat` (or `lstat`) of the entry, cached (CPython's `DirEntry_get_stat`): a non-link's
/// `stat` is its `lstat`.
fn stat_of(vm: &Vm, e: &DirEntry, follow: bool) -> PyResult<Value> {
    if !follow {
        return stat_of_lstat(vm, e);
    }
    let cached = e.stat.get();
    if !cached.is_null() {
        return Ok(cached);
    }
    let v = if is_link(vm, e)? {
        let st =
            super::stat::do_stat(vm, &entry_path(e), e.dir_fd.unwrap_or(libc::AT_FDCWD), true)?;
        super::stat::stat_value(vm, &st)?
    } else {
        stat_of_lstat(vm, e)?
    };
    e.stat.set(v.clone());
    Ok(v)
}

/// The entry's path as a `stat` argument.
fn entry_path(e: &DirEntry) -> PathArg {
    PathArg {
        object: e.path.get(),
        c: e.c_path.clone(),
        fd: None,
        bytes: false,
    }
}

/// Whether the entry is a symbolic link.
fn is_link(vm: &Vm, e: &DirEntry) -> PyResult<bool> {
    if e.d_type != libc::DT_UNKNOWN {
        return Ok(e.d_type == libc::DT_LNK);
    }
    let st = stat_of_lstat(vm, e)?;
    Ok(mode_of(vm, &st)? & libc::S_IFMT == libc::S_IFLNK)
}

/// The entry's `lstat`, cached.
fn stat_of_lstat(vm: &Vm, e: &DirEntry) -> PyResult<Value> {
    let cached = e.lstat.get();
    if !cached.is_null() {
        return Ok(cached);
    }
    let st = super::stat::do_stat(
        vm,
        &entry_path(e),
        e.dir_fd.unwrap_or(libc::AT_FDCWD),
        false,
    )?;
    let v = super::stat::stat_value(vm, &st)?;
    e.lstat.set(v.clone());
    Ok(v)
}

fn mode_of(vm: &Vm, st: &Value) -> PyResult<u32> {
    let items = vm.tuple_items(st).unwrap_or_default();
    Ok(items
        .first()
        .and_then(|m| m.as_small_int())
        .map_or(0, |m| m as u32))
}

/// `is_dir`/`is_file`: the directory's file type when it has one (and no link is to be
/// followed), else `stat`; a missing file is neither.
fn test_mode(vm: &Vm, args: &Args<'_>, name: &str, mode: u32, dt: u8) -> PyResult<Value> {
    let e = entry(vm, args)?;
    let follow = follow_arg(vm, args, name)?;
    if e.d_type != libc::DT_UNKNOWN && !(follow && e.d_type == libc::DT_LNK) {
        return Ok(Value::bool(e.d_type == dt));
    }
    match stat_of(vm, e, follow) {
        Ok(st) => Ok(Value::bool(mode_of(vm, &st)? & libc::S_IFMT == mode)),
        Err(err) if vm.is_instance_of(&err.exception_value(), &vm.types.file_not_found_error) => {
            Ok(Value::FALSE)
        }
        Err(err) => Err(err),
    }
}

fn is_dir(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    test_mode(vm, &args, "is_dir", libc::S_IFDIR, libc::DT_DIR)
}

fn is_file(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    test_mode(vm, &args, "is_file", libc::S_IFREG, libc::DT_REG)
}

fn is_symlink(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let e = entry(vm, &args)?;
    args.positional_range(vm, "is_symlink", 1, 1)?;
    match is_link(vm, e) {
        Ok(b) => Ok(Value::bool(b)),
        Err(err) if vm.is_instance_of(&err.exception_value(), &vm.types.file_not_found_error) => {
            Ok(Value::FALSE)
        }
        Err(err) => Err(err),
    }
}

fn entry_stat(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let e = entry(vm, &args)?;
    let follow = follow_arg(vm, &args, "stat")?;
    stat_of(vm, e, follow)
}

fn inode(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let e = entry(vm, &args)?;
    Ok(match i64::try_from(e.ino) {
        Ok(i) => vm.new_int(i),
        Err(_) => vm.new_bigint(e.ino.into()),
    })
}

fn entry_fspath(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(entry(vm, &args)?.path.get())
}

fn entry_repr(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let e = entry(vm, &args)?;
    let name = vm.repr_string(&e.name.get())?;
    Ok(vm.new_str(&format!("<DirEntry {name}>")))
}

fn entry_new(vm: &Vm, _args: Args<'_>) -> PyResult<Value> {
    Err(vm.type_error("cannot create 'posix.DirEntry' instances"))
}

fn get_name(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(entry(vm, &args)?.name.get())
}

fn get_path(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(entry(vm, &args)?.path.get())
}
