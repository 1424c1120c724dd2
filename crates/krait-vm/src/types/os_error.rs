//! `OSError` (CPython's Objects/exceptions.c `OSError_new`, `OSError_init`, `OSError_str`):
//! `OSError(errno, strerror[, filename[, winerror[, filename2]]])` becomes the subclass its
//! errno names (`FileNotFoundError` for `ENOENT`, …), keeps `errno`, `strerror`, `filename`
//! and `filename2`, and prints as `[Errno 2] No such file or directory: 'x'`.
//!
//! The four fields live in the instance's `__dict__` (the class holds `None` defaults), where
//! CPython has member descriptors (docs/compatibility.md).

use crate::error::{PyErr, PyResult};
use crate::heap;
use crate::native::{install_methods, method_table, Args};
use crate::objects::exception::ExceptionData;
use crate::protocols::payload;
use crate::slot::Slot;
use crate::value::Value;
use crate::vm::Vm;

method_table!(
    /// `OSError.__new__`.
    NEW,
    Static,
    {
    "__new__" => os_error_new, "(type, *args, **kwargs)", "Create and return a new object.";
    }
);

method_table!(
    /// The methods of `OSError`.
    METHODS,
    Method,
    {
    "__init__" => os_error_init, "($self, /, *args, **kwargs)", "Initialize self.";
    "__str__" => os_error_str, "($self, /)", "Return str(self).";
    }
);

/// The instance fields, in the order of the constructor's arguments.
const FIELDS: [&str; 4] = ["errno", "strerror", "filename", "filename2"];

/// Installs the methods and the fields' class-level `None` defaults on `OSError`.
pub fn install(vm: &Vm) {
    let ty = &vm.types.os_error;
    install_methods(vm, ty, NEW);
    install_methods(vm, ty, METHODS);
    if let Some(td) = crate::vm::type_data(ty) {
        for f in FIELDS {
            let _ = vm.dict_set_item(&td.dict(), vm.intern(f), Value::NONE);
        }
        td.modified();
    }
}

/// The `OSError` subclass CPython's errno map gives `errno`, if any.
pub fn errno_class(vm: &Vm, errno: i32) -> Option<&Value> {
    let t = &vm.types;
    Some(match errno {
        libc::EAGAIN | libc::EALREADY | libc::EINPROGRESS => &t.blocking_io_error,
        libc::EPIPE | libc::ESHUTDOWN => &t.broken_pipe_error,
        libc::ECHILD => &t.child_process_error,
        libc::ECONNABORTED => &t.connection_aborted_error,
        libc::ECONNREFUSED => &t.connection_refused_error,
        libc::ECONNRESET => &t.connection_reset_error,
        libc::EEXIST => &t.file_exists_error,
        libc::ENOENT => &t.file_not_found_error,
        libc::EISDIR => &t.is_a_directory_error,
        libc::ENOTDIR => &t.not_a_directory_error,
        libc::EINTR => &t.interrupted_error,
        libc::EACCES | libc::EPERM => &t.permission_error,
        libc::ESRCH => &t.process_lookup_error,
        libc::ETIMEDOUT => &t.timeout_error,
        _ => return None,
    })
}

/// The C library's message for `errno` (`strerror`), as CPython's `os.strerror`.
pub fn strerror(errno: i32) -> String {
    let mut buf = [0u8; 256];
    // SAFETY: `buf` is writable for its whole length; the XSI `strerror_r` (the one the libc
    // crate binds) writes a NUL-terminated message into it and touches nothing else.
    let r = unsafe { libc::strerror_r(errno, buf.as_mut_ptr().cast(), buf.len()) };
    if r != 0 {
        return format!("Unknown error {errno}");
    }
    let end = buf.iter().position(|&b| b == 0).unwrap_or(buf.len());
    String::from_utf8_lossy(&buf[..end]).into_owned()
}

impl Vm {
    /// The `OSError` (subclass chosen by `errno`) a failed system call raises, as CPython's
    /// `PyErr_SetFromErrnoWithFilenameObjects`: `[Errno N] message: 'filename' -> 'filename2'`.
    #[cold]
    pub fn os_error(&self, errno: i32, filename: Option<Value>, filename2: Option<Value>) -> PyErr {
        let ty = errno_class(self, errno).unwrap_or(&self.types.os_error);
        let mut args = vec![
            self.new_int(i64::from(errno)),
            self.new_str(&strerror(errno)),
        ];
        if let Some(f) = filename {
            args.push(f);
            if let Some(f2) = filename2 {
                args.push(Value::NONE);
                args.push(f2);
            }
        }
        let exc = heap::alloc(ty.to_obj(), ExceptionData::default());
        // Setting attributes of a fresh exception's dict cannot fail.
        let _ = fill(self, &exc.clone().into_value(), &args);
        PyErr::new(exc.into_obj())
    }

    /// [`Vm::os_error`] for the calling thread's `errno`.
    #[cold]
    pub fn last_os_error(&self, filename: Option<Value>, filename2: Option<Value>) -> PyErr {
        let errno = std::io::Error::last_os_error().raw_os_error().unwrap_or(0);
        self.os_error(errno, filename, filename2)
    }
}

/// Whether `ty` takes its arguments in `__init__` rather than `__new__` (CPython's
/// `oserror_use_init`: a subclass that overrides `__init__` but not `__new__`).
fn use_init(vm: &Vm, ty: &Value) -> PyResult<bool> {
    let os = &vm.types.os_error;
    let init = vm.intern("__init__");
    let new = vm.intern("__new__");
    let same = |a: Option<Value>, b: Option<Value>| match (a, b) {
        (Some(a), Some(b)) => a.is(&b),
        _ => false,
    };
    let own_init = same(vm.lookup_type(ty, &init)?, vm.lookup_type(os, &init)?);
    let own_new = same(vm.lookup_type(ty, &new)?, vm.lookup_type(os, &new)?);
    Ok(!own_init && own_new)
}

/// Sets `args` and the fields of `exc` from the constructor's arguments (CPython's
/// `oserror_parse_args` and `oserror_init`). A field left unset reads as the class's `None`;
/// whether it is set matters to `__str__`, as CPython's NULL fields do.
fn fill(vm: &Vm, exc: &Value, args: &[Value]) -> PyResult<()> {
    let mut fields: [Option<Value>; 4] = [None, None, None, None];
    let mut kept = args.to_vec();
    if (2..=5).contains(&args.len()) {
        fields[0] = Some(args[0].clone());
        fields[1] = Some(args[1].clone());
        let filename = args.get(2).filter(|f| !f.is_none());
        if let Some(filename) = filename {
            let written =
                vm.type_of(exc).is(&vm.types.blocking_io_error) && is_number(vm, filename)?;
            if written {
                let n = crate::protocols::convert::index_value(vm, filename)?;
                vm.set_attr(exc, &vm.intern("characters_written"), vm.new_bigint(n))?;
            } else {
                fields[2] = Some(filename.clone());
                fields[3] = args.get(4).filter(|f| !f.is_none()).cloned();
                kept.truncate(2);
            }
        }
    }
    if let Some(e) = payload::<ExceptionData>(exc) {
        e.args.set(vm.new_tuple(kept));
    }
    for (name, v) in FIELDS.iter().zip(fields) {
        if let Some(v) = v {
            vm.set_attr(exc, &vm.intern(name), v)?;
        }
    }
    Ok(())
}

/// CPython's `PyNumber_Check`: an int, a float, or an object with `__index__`, `__int__`,
/// `__float__` or `__complex__`.
fn is_number(vm: &Vm, v: &Value) -> PyResult<bool> {
    if crate::protocols::convert::int_value(v).is_some()
        || crate::protocols::convert::float_value(v).is_some()
    {
        return Ok(true);
    }
    for name in ["__index__", "__int__", "__float__", "__complex__"] {
        if vm.lookup_special(v, name)?.is_some() {
            return Ok(true);
        }
    }
    Ok(false)
}

fn no_keywords(vm: &Vm, ty: &Value, args: &Args<'_>) -> PyResult<()> {
    if args.kwnames.is_empty() {
        return Ok(());
    }
    let name =
        crate::vm::type_data(ty).map_or_else(|| "OSError".to_owned(), |t| t.name.borrow().clone());
    Err(vm.type_error(&format!("{name}() takes no keyword arguments")))
}

fn os_error_new(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let pos = args.pos();
    let Some(cls) = pos.first() else {
        return Err(vm.type_error("OSError.__new__(): not enough arguments"));
    };
    if use_init(vm, cls)? {
        let data = ExceptionData {
            args: Slot::new(vm.new_tuple(Vec::new())),
            ..ExceptionData::default()
        };
        return Ok(heap::alloc(cls.to_obj(), data).into_value());
    }
    no_keywords(vm, cls, &args)?;
    let rest = &pos[1..];
    let mut ty = cls.clone();
    if cls.is(&vm.types.os_error) && (2..=5).contains(&rest.len()) {
        if let Some(n) = rest[0].as_small_int() {
            if let Some(sub) = i32::try_from(n).ok().and_then(|n| errno_class(vm, n)) {
                ty = sub.clone();
            }
        }
    }
    let exc = heap::alloc(ty.to_obj(), ExceptionData::default()).into_value();
    fill(vm, &exc, rest)?;
    Ok(exc)
}

fn os_error_init(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let pos = args.pos();
    let this = &pos[0];
    let ty = vm.type_of(this);
    if !use_init(vm, &ty)? {
        return Ok(Value::NONE);
    }
    no_keywords(vm, &ty, &args)?;
    fill(vm, this, &pos[1..])?;
    Ok(Value::NONE)
}

fn os_error_str(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let [this] = args.positional_range(vm, "__str__", 1, 1)? else {
        unreachable!("checked")
    };
    // A field counts as set when the instance holds it (CPython: a non-NULL field).
    let dict = payload::<ExceptionData>(this)
        .map(|e| e.dict.get())
        .filter(|d| !d.is_null());
    let field = |n: &str| -> PyResult<Option<Value>> {
        match &dict {
            Some(d) => vm.dict_get_item(d, &vm.intern(n)),
            None => Ok(None),
        }
    };
    let (errno, strerror) = (field("errno")?, field("strerror")?);
    let (filename, filename2) = (field("filename")?, field("filename2")?);
    let none = Value::NONE;
    let errno_text = vm.str_string(errno.as_ref().unwrap_or(&none))?;
    let strerror_text = vm.str_string(strerror.as_ref().unwrap_or(&none))?;
    let text = if let Some(filename) = filename {
        let head = format!(
            "[Errno {errno_text}] {strerror_text}: {}",
            vm.repr_string(&filename)?
        );
        match filename2 {
            None => head,
            Some(f2) => format!("{head} -> {}", vm.repr_string(&f2)?),
        }
    } else if errno.is_some() && strerror.is_some() {
        format!("[Errno {errno_text}] {strerror_text}")
    } else {
        let items = payload::<ExceptionData>(this)
            .and_then(|e| vm.tuple_items(&e.args.get()))
            .unwrap_or_default();
        match items.len() {
            0 => String::new(),
            1 => vm.str_string(&items[0])?,
            _ => vm.repr_string(&vm.new_tuple(items))?,
        }
    };
    Ok(vm.new_str(&text))
}
