//! Helpers shared by the classes of `_io`: building a type with a base, CPython's errors
//! (closed files, `UnsupportedOperation`, `OSError` from an errno), and argument conversions.

use krait_vm::heap;
use krait_vm::layouts::Kind;
use krait_vm::native::{MethodDef, NativeFunctionData};
use krait_vm::objects::bytearray::ByteArrayData;
use krait_vm::objects::bytes::BytesData;
use krait_vm::objects::memoryview::MemoryViewData;
use krait_vm::objects::str::StrData;
use krait_vm::protocols::payload;
use krait_vm::slot::Slot;
use krait_vm::types::{flags, TypeData};
use krait_vm::{PyErr, PyResult, Value, Vm};

/// A new type `_io.name` deriving from `base`, whose instances are native objects with an
/// attribute dict (as CPython's io objects), holding `methods` and a read-only property per
/// getter.
pub(super) fn make_type(
    vm: &Vm,
    name: &str,
    base: &Value,
    methods: &[&'static [MethodDef]],
    getters: &'static [MethodDef],
) -> PyResult<Value> {
    let dict = vm.new_dict();
    vm.dict_set_item(&dict, vm.intern("__module__"), vm.new_str("_io"))?;
    vm.dict_set_item(&dict, vm.intern("__doc__"), Value::NONE)?;
    // `tp_name` is "_io.name" (what reprs and messages show); `__name__` is `name`.
    let td = TypeData::new(
        &format!("_io.{name}"),
        name,
        dict.clone(),
        flags::IMMUTABLETYPE | flags::BASETYPE,
        Kind::NativeObjectSub,
    );
    *td.bases.borrow_mut() = vec![base.clone()];
    let ty = heap::alloc(vm.types.type_.to_obj(), td).into_value();
    if let Some(t) = krait_vm::vm::type_data(&ty) {
        let mut mro = vec![ty.clone()];
        mro.extend(
            krait_vm::vm::type_data(base)
                .map(|b| b.mro.borrow().clone())
                .unwrap_or_default(),
        );
        *t.mro.borrow_mut() = mro;
    }
    for defs in methods {
        krait_vm::native::install_methods(vm, &ty, defs);
    }
    for def in getters {
        let f = heap::alloc(
            vm.types.builtin_function.to_obj(),
            NativeFunctionData {
                def,
                self_: Slot::new(Value::NULL),
            },
        )
        .into_value();
        let prop = vm.call(&vm.types.property, &[f], &[])?;
        vm.dict_set_item(&dict, vm.intern(def.name), prop)?;
    }
    if let Some(t) = krait_vm::vm::type_data(&ty) {
        t.modified();
    }
    Ok(ty)
}

/// The type `name` of `_io` (imported).
pub(super) fn io_type(vm: &Vm, name: &str) -> PyResult<Value> {
    crate::native_type::module_type(vm, "_io", name)
}

/// `ValueError("I/O operation on closed file.")`.
pub(super) fn closed_error(vm: &Vm) -> PyErr {
    vm.value_error("I/O operation on closed file.")
}

/// `ValueError("I/O operation on closed file")` (the message of FileIO and StringIO).
pub(super) fn closed_error_np(vm: &Vm) -> PyErr {
    vm.value_error("I/O operation on closed file")
}

/// `io.UnsupportedOperation(msg)`.
pub(super) fn unsupported(vm: &Vm, msg: &str) -> PyErr {
    match io_type(vm, "UnsupportedOperation") {
        Ok(t) => vm.new_error(&t, msg),
        Err(e) => e,
    }
}

/// The `OSError` subclass CPython picks for `errno` (as `OSError.__new__` does).
fn os_error_type(vm: &Vm, errno: i32) -> &Value {
    let t = &vm.types;
    match errno {
        libc::ENOENT => &t.file_not_found_error,
        libc::EEXIST => &t.file_exists_error,
        libc::EISDIR => &t.is_a_directory_error,
        libc::ENOTDIR => &t.not_a_directory_error,
        libc::EACCES | libc::EPERM => &t.permission_error,
        libc::EAGAIN | libc::EINPROGRESS | libc::EALREADY => &t.blocking_io_error,
        libc::EINTR => &t.interrupted_error,
        libc::EPIPE | libc::ESHUTDOWN => &t.broken_pipe_error,
        libc::ECONNRESET => &t.connection_reset_error,
        libc::ECHILD => &t.child_process_error,
        libc::ETIMEDOUT => &t.timeout_error,
        _ => &t.os_error,
    }
}

/// The text of `strerror(errno)`.
pub(super) fn strerror(errno: i32) -> String {
    let e = std::io::Error::from_raw_os_error(errno).to_string();
    // Rust appends " (os error N)".
    match e.rfind(" (os error") {
        Some(i) => e[..i].to_owned(),
        None => e,
    }
}

/// `OSError(errno, strerror(errno)[, filename])`, of the subclass for `errno`.
pub(super) fn os_error(vm: &Vm, errno: i32, filename: Option<&Value>) -> PyErr {
    let ty = os_error_type(vm, errno).clone();
    let mut args = vec![vm.new_int(i64::from(errno)), vm.new_str(&strerror(errno))];
    if let Some(f) = filename {
        args.push(f.clone());
    }
    match vm.call(&ty, &args, &[]) {
        Ok(e) => vm.make_raisable(e, None).unwrap_or_else(|e| e),
        Err(e) => e,
    }
}

/// The last OS error, as `OSError`.
pub(super) fn last_os_error(vm: &Vm, filename: Option<&Value>) -> PyErr {
    let errno = std::io::Error::last_os_error().raw_os_error().unwrap_or(0);
    os_error(vm, errno, filename)
}

/// The bytes of a bytes-like object (`bytes`, `bytearray`, `memoryview`), or `None`.
pub(crate) fn bytes_like(v: &Value) -> Option<Vec<u8>> {
    if let Some(b) = payload::<BytesData>(v) {
        return Some(b.bytes.to_vec());
    }
    if let Some(b) = payload::<ByteArrayData>(v) {
        return Some(b.bytes.borrow().clone());
    }
    payload::<MemoryViewData>(v).map(MemoryViewData::to_vec)
}

/// The bytes of a bytes-like argument, or CPython's "a bytes-like object is required" error.
pub(super) fn need_bytes(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    bytes_like(v).ok_or_else(|| {
        vm.type_error(&format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(v)
        ))
    })
}

/// Copies `data` into the writable buffer `b` (a `bytearray` or a writable `memoryview`),
/// returning how many bytes fit.
pub(super) fn fill_buffer(vm: &Vm, b: &Value, data: &[u8]) -> PyResult<usize> {
    if let Some(ba) = payload::<ByteArrayData>(b) {
        let mut v = ba.bytes.borrow_mut();
        let n = data.len().min(v.len());
        v[..n].copy_from_slice(&data[..n]);
        return Ok(n);
    }
    if let Some(mv) = payload::<MemoryViewData>(b) {
        if mv.readonly {
            return Err(vm.type_error(&format!(
                "readinto() argument must be read-write bytes-like object, not {}",
                vm.type_name(b)
            )));
        }
        let obj = mv.obj.get();
        if let Some(ba) = payload::<ByteArrayData>(&obj) {
            let mut v = ba.bytes.borrow_mut();
            let n = data.len().min(mv.len);
            for (k, &c) in data[..n].iter().enumerate() {
                if let Some(slot) = v.get_mut(mv.index(k)) {
                    *slot = c;
                }
            }
            return Ok(n);
        }
    }
    Err(vm.type_error(&format!(
        "readinto() argument must be read-write bytes-like object, not {}",
        vm.type_name(b)
    )))
}

/// The length of a writable buffer argument.
pub(super) fn buffer_len(vm: &Vm, b: &Value) -> PyResult<usize> {
    if let Some(ba) = payload::<ByteArrayData>(b) {
        return Ok(ba.bytes.borrow().len());
    }
    if let Some(mv) = payload::<MemoryViewData>(b) {
        if !mv.readonly {
            return Ok(mv.len);
        }
    }
    Err(vm.type_error(&format!(
        "readinto() argument must be read-write bytes-like object, not {}",
        vm.type_name(b)
    )))
}

/// A size argument: `None` or an integer (`-1` for "all"), with CPython's message.
pub(super) fn size_arg(vm: &Vm, v: Option<&Value>) -> PyResult<i64> {
    match v {
        None => Ok(-1),
        Some(v) if v.is_none() => Ok(-1),
        Some(v) => index_i64(vm, v).map_err(|_| {
            vm.type_error(&format!(
                "argument should be integer or None, not '{}'",
                vm.type_name(v)
            ))
        }),
    }
}

/// An integer argument (through `__index__`) as i64, with CPython's overflow message.
pub(crate) fn index_i64(vm: &Vm, v: &Value) -> PyResult<i64> {
    if let Some(i) = v.as_small_int() {
        return Ok(i);
    }
    let n = crate::convert::index(vm, v)?;
    num_traits::ToPrimitive::to_i64(&n)
        .ok_or_else(|| crate::convert::overflow(vm, "Python int too large to convert to C ssize_t"))
}

/// The code points of a `str`, or `None`.
pub(crate) fn str_cps(v: &Value) -> Option<Vec<u32>> {
    payload::<StrData>(v).map(|s| s.code_points().collect())
}

/// A new `str` from code points.
pub(crate) fn new_str_cps(vm: &Vm, cps: &[u32]) -> Value {
    vm.str_value(StrData::from_code_points(cps.iter().copied()))
}

/// Whether `obj.closed` is true (looked up as an attribute, as CPython's iobase does).
pub(super) fn attr_closed(vm: &Vm, obj: &Value) -> PyResult<bool> {
    let c = vm.get_attr(obj, &vm.intern("closed"))?;
    vm.is_true(&c)
}

/// The first positional argument (`self`), or a TypeError naming `what`.
pub(super) fn self_arg<'a>(
    vm: &Vm,
    args: &krait_vm::native::Args<'a>,
    what: &str,
) -> PyResult<&'a Value> {
    args.pos()
        .first()
        .ok_or_else(|| vm.type_error(&format!("descriptor needs a '{what}' object")))
}
