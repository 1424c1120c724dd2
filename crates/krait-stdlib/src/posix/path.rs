//! Path arguments of `posix` functions (CPython's `path_converter` and `PyOS_FSPath`): a
//! `str` (encoded as the file system encoding, UTF-8 with `surrogateescape`), `bytes`, an
//! `os.PathLike`, and for some functions an open file descriptor; and the file-system text
//! conversions the other way.

use crate::convert::index;
use krait_vm::objects::bytes::BytesData;
use krait_vm::objects::str::StrData;
use krait_vm::protocols::payload;
use krait_vm::{PyErr, PyResult, Value, Vm};
use num_traits::ToPrimitive;
use std::ffi::CString;

/// A converted path argument.
pub(crate) struct PathArg {
    /// The argument as a str or bytes (after `__fspath__`): the `filename` of an `OSError`.
    pub object: Value,
    /// The encoded path (empty for a file descriptor).
    pub c: CString,
    /// The file descriptor, if one was given instead of a path.
    pub fd: Option<i32>,
    /// Whether the path was given as bytes (results are then bytes too).
    pub bytes: bool,
}

impl PathArg {
    /// The `filename` an error about this path carries.
    pub fn filename(&self) -> Option<Value> {
        Some(self.object.clone())
    }

    /// The path's bytes.
    pub fn as_bytes(&self) -> &[u8] {
        self.c.as_bytes()
    }
}

/// What a function accepts besides paths.
#[derive(Clone, Copy)]
pub(crate) struct PathSpec {
    /// `function: ` in messages.
    pub func: &'static str,
    /// The argument's name in messages (`path`, `src`, `dst`).
    pub arg: &'static str,
    /// An open file descriptor may stand for the path.
    pub allow_fd: bool,
    /// `None` means the current directory.
    pub nullable: bool,
}

impl PathSpec {
    /// A plain path argument named `path`.
    pub const fn new(func: &'static str) -> PathSpec {
        PathSpec {
            func,
            arg: "path",
            allow_fd: false,
            nullable: false,
        }
    }

    /// This spec with an argument name.
    pub const fn named(self, arg: &'static str) -> PathSpec {
        PathSpec { arg, ..self }
    }

    /// This spec accepting file descriptors.
    pub const fn fd(self) -> PathSpec {
        PathSpec {
            allow_fd: true,
            ..self
        }
    }

    /// This spec accepting `None`.
    pub const fn nullable(self) -> PathSpec {
        PathSpec {
            nullable: true,
            ..self
        }
    }

    fn type_error(&self, vm: &Vm, v: &Value) -> PyErr {
        let kinds = match (self.allow_fd, self.nullable) {
            (true, true) => "string, bytes, os.PathLike, integer or None",
            (true, false) => "string, bytes, os.PathLike or integer",
            (false, true) => "string, bytes, os.PathLike or None",
            (false, false) => "string, bytes or os.PathLike",
        };
        vm.type_error(&format!(
            "{}: {} should be {kinds}, not {}",
            self.func,
            self.arg,
            vm.type_name(v)
        ))
    }
}

/// Converts `v` as CPython's `path_converter` does for `spec`; `None` (when allowed) is the
/// current directory, `"."`.
pub(crate) fn path_arg(vm: &Vm, v: &Value, spec: PathSpec) -> PyResult<PathArg> {
    if v.is_none() && spec.nullable {
        return Ok(PathArg {
            object: v.clone(),
            c: CString::from(c"."),
            fd: None,
            bytes: false,
        });
    }
    let is_text = payload::<StrData>(v).is_some() || payload::<BytesData>(v).is_some();
    if !is_text && spec.allow_fd && crate::convert::int_value(v).is_some() {
        return Ok(PathArg {
            object: v.clone(),
            c: CString::default(),
            fd: Some(fd_value(vm, v)?),
            bytes: false,
        });
    }
    let resolved = if is_text {
        v.clone()
    } else {
        match vm.lookup_special(v, "__fspath__")? {
            Some(f) => {
                let r = vm.call(&f, std::slice::from_ref(v), &[])?;
                check_fspath_result(vm, v, &r)?;
                r
            }
            None => return Err(spec.type_error(vm, v)),
        }
    };
    let (raw, bytes) = if payload::<StrData>(&resolved).is_some() {
        (fs_encode(vm, &resolved)?, false)
    } else if let Some(b) = payload::<BytesData>(&resolved) {
        (b.bytes.to_vec(), true)
    } else {
        return Err(spec.type_error(vm, v));
    };
    let c = CString::new(raw).map_err(|_| {
        if bytes {
            vm.value_error(&format!(
                "{}: embedded null character in {}",
                spec.func, spec.arg
            ))
        } else {
            // A str goes through `PyUnicode_FSConverter`, which has its own message.
            vm.value_error("embedded null byte")
        }
    })?;
    Ok(PathArg {
        object: resolved,
        c,
        fd: None,
        bytes,
    })
}

/// CPython's check of what `__fspath__` returned.
fn check_fspath_result(vm: &Vm, v: &Value, r: &Value) -> PyResult<()> {
    if payload::<StrData>(r).is_some() || payload::<BytesData>(r).is_some() {
        return Ok(());
    }
    Err(vm.type_error(&format!(
        "expected {}.__fspath__() to return str or bytes, not {}",
        vm.type_name(v),
        vm.type_name(r)
    )))
}

/// `os.fspath(path)` (CPython's `PyOS_FSPath`).
pub(crate) fn fspath(vm: &Vm, v: &Value) -> PyResult<Value> {
    if payload::<StrData>(v).is_some() || payload::<BytesData>(v).is_some() {
        return Ok(v.clone());
    }
    let Some(f) = vm.lookup_special(v, "__fspath__")? else {
        return Err(vm.type_error(&format!(
            "expected str, bytes or os.PathLike object, not {}",
            vm.type_name(v)
        )));
    };
    let r = vm.call(&f, std::slice::from_ref(v), &[])?;
    check_fspath_result(vm, v, &r)?;
    Ok(r)
}

/// A file descriptor argument (a C `int`), as `_PyLong_AsInt`.
pub(crate) fn fd_value(vm: &Vm, v: &Value) -> PyResult<i32> {
    let n = index(vm, v)?;
    n.to_i32().ok_or_else(|| {
        vm.new_error(
            &vm.types.overflow_error,
            if n.sign() == num_bigint::Sign::Minus {
                "signed integer is less than minimum"
            } else {
                "signed integer is greater than maximum"
            },
        )
    })
}

/// Encodes a `str` as the file system encoding does (UTF-8, lone surrogates U+DC80..U+DCFF
/// back to the bytes they escape).
pub(crate) fn fs_encode(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    let Some(s) = payload::<StrData>(v) else {
        return Err(vm.type_error("expected str"));
    };
    if let Some(a) = s.as_ascii() {
        return Ok(a.as_bytes().to_vec());
    }
    let mut out = Vec::with_capacity(s.len());
    for c in s.code_points() {
        if (0xDC80..0xDD00).contains(&c) {
            out.push((c - 0xDC00) as u8);
        } else if let Some(ch) = char::from_u32(c) {
            let mut buf = [0u8; 4];
            out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
        } else {
            // A lone surrogate: `str.encode` raises CPython's UnicodeEncodeError for it.
            let encode = vm.get_attr(v, &vm.intern("encode"))?;
            vm.call(&encode, &[vm.new_str("utf-8")], &[])?;
            return Err(vm.value_error("surrogates not allowed"));
        }
    }
    Ok(out)
}

/// Decodes file-system bytes to a `str` (UTF-8 with `surrogateescape`).
pub(crate) fn fs_decode(vm: &Vm, b: &[u8]) -> Value {
    if let Ok(s) = std::str::from_utf8(b) {
        return vm.new_str(s);
    }
    let mut cps: Vec<u32> = Vec::with_capacity(b.len());
    for chunk in b.utf8_chunks() {
        cps.extend(chunk.valid().chars().map(u32::from));
        cps.extend(chunk.invalid().iter().map(|&x| 0xDC00 + u32::from(x)));
    }
    vm.str_value(StrData::from_code_points(cps))
}

/// A path result in the type of the argument: bytes if it was bytes, else `str`.
pub(crate) fn fs_result(vm: &Vm, b: &[u8], as_bytes: bool) -> Value {
    if as_bytes {
        vm.new_bytes(b.to_vec())
    } else {
        fs_decode(vm, b)
    }
}
