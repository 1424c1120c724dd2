//! The methods of `memoryview` (basic: format `'B'`, one dimension, over `bytes`/`bytearray`):
//! indexing and slicing (views of views), item and slice assignment through a writable view,
//! `tobytes`, `tolist`, `hex`, `release` and the context manager, `==`, and the attributes.

use super::bytes::byte_value;
use super::bytes_text::bytes_of;
use crate::error::PyResult;
use crate::native::{install_methods, method_table, new_def, Args};
use crate::objects::bytearray::ByteArrayData;
use crate::objects::bytes::BytesData;
use crate::objects::memoryview::MemoryViewData;
use crate::objects::slice::SliceData;
use crate::protocols::payload;
use crate::slot::Slot;
use crate::value::Value;
use crate::vm::Vm;
use std::cell::Cell;

new_def!(
    MEMORYVIEW_NEW,
    memoryview_new,
    "(type, object)",
    "Create a new memoryview object which references the given object."
);

method_table!(
    /// The methods of `memoryview`.
    METHODS,
    Method,
    {
    "__len__" => len, "($self, /)", "Return len(self).";
    "__getitem__" => getitem, "($self, key, /)", "Return self[key].";
    "__setitem__" => setitem, "($self, key, value, /)", "Set self[key] to value.";
    "__iter__" => iter, "($self, /)", "Implement iter(self).";
    "__eq__" => eq, "($self, value, /)", "Return self==value.";
    "__ne__" => ne, "($self, value, /)", "Return self!=value.";
    "__enter__" => enter, "($self, /)", "";
    "__exit__" => exit, "($self, *args)", "Release the underlying buffer exposed by the memoryview object.";
    "__repr__" => repr, "($self, /)", "Return repr(self).";
    "tobytes" => tobytes, "($self, /, order='C')", "Return the data in the buffer as a byte string.";
    "tolist" => tolist, "($self, /)", "Return the data in the buffer as a list of elements.";
    "hex" => hex, "($self, sep=<unrepresentable>, bytes_per_sep=1, /)", "Return the data in the buffer as a str of hexadecimal numbers.";
    "release" => release, "($self, /)", "Release the underlying buffer exposed by the memoryview object.";
    "toreadonly" => toreadonly, "($self, /)", "Return a readonly version of the memoryview.";
    "cast" => cast, "($self, /, format, shape=<unrepresentable>)", "Cast a memoryview to a new format or shape.";
    }
);

/// Installs `memoryview.__new__`, its methods and `__hash__ = None` (views of bytearrays are
/// unhashable; krait does not hash read-only views yet).
pub fn install(vm: &Vm) {
    let t = &vm.types.memoryview;
    install_methods(vm, t, &MEMORYVIEW_NEW);
    install_methods(vm, t, METHODS);
}

/// The attributes of a memoryview.
pub fn field(vm: &Vm, obj: &Value, name: &str) -> Option<Value> {
    let m = payload::<MemoryViewData>(obj)?;
    let value = match name {
        "obj" => m.obj.get(),
        "readonly" => Value::bool(m.readonly),
        "format" => vm.new_str(&char::from(m.format).to_string()),
        "itemsize" => vm.new_int(m.itemsize() as i64),
        "nbytes" => vm.new_int(m.len as i64),
        "ndim" => vm.new_int(1),
        "shape" => vm.new_tuple(vec![vm.new_int(m.items() as i64)]),
        "strides" => vm.new_tuple(vec![vm.new_int(m.step * m.itemsize() as i64)]),
        "contiguous" | "c_contiguous" | "f_contiguous" => Value::bool(m.step == 1 || m.len <= 1),
        _ => return None,
    };
    Some(value)
}

fn released(vm: &Vm) -> crate::error::PyErr {
    vm.value_error("operation forbidden on released memoryview object")
}

fn me<'a>(vm: &Vm, args: &Args<'a>) -> PyResult<&'a MemoryViewData> {
    let m = args
        .pos()
        .first()
        .and_then(payload::<MemoryViewData>)
        .ok_or_else(|| vm.type_error("descriptor requires a 'memoryview' object"))?;
    if m.released.get() {
        return Err(released(vm));
    }
    Ok(m)
}

fn alloc(vm: &Vm, data: MemoryViewData) -> Value {
    crate::heap::alloc(vm.types.memoryview.to_obj(), data).into_value()
}

fn memoryview_new(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let pos = args.pos();
    let mut object = pos.get(1).cloned();
    for (k, v) in args.kwargs() {
        if vm.str_of(k) == "object" {
            object = Some(v.clone());
        } else {
            return Err(vm.type_error(&format!(
                "memoryview() got an unexpected keyword argument '{}'",
                vm.str_of(k)
            )));
        }
    }
    let Some(object) = object else {
        return Err(vm.type_error("memoryview() missing required argument 'object' (pos 1)"));
    };
    if let Some(m) = payload::<MemoryViewData>(&object) {
        if m.released.get() {
            return Err(released(vm));
        }
        return Ok(alloc(
            vm,
            MemoryViewData {
                obj: Slot::new(m.obj.get()),
                start: m.start,
                len: m.len,
                step: m.step,
                readonly: m.readonly,
                released: Cell::new(false),
                format: m.format,
            },
        ));
    }
    let (len, readonly) = if let Some(b) = payload::<BytesData>(&object) {
        (b.bytes.len(), true)
    } else if let Some(b) = payload::<ByteArrayData>(&object) {
        (b.bytes.borrow().len(), false)
    } else {
        return Err(vm.type_error(&format!(
            "memoryview: a bytes-like object is required, not '{}'",
            vm.type_name(&object)
        )));
    };
    Ok(alloc(
        vm,
        MemoryViewData {
            obj: Slot::new(object),
            start: 0,
            len,
            step: 1,
            readonly,
            released: Cell::new(false),
            format: b'B',
        },
    ))
}

fn len(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(vm.new_int(me(vm, &args)?.items() as i64))
}

/// The items of a view as Python values (its format decoded in native byte order).
fn items_of(vm: &Vm, m: &MemoryViewData) -> PyResult<Vec<Value>> {
    let data = m.to_vec();
    if m.format == b'B' {
        return Ok(data.into_iter().map(|b| vm.new_int(b as i64)).collect());
    }
    let size = m.itemsize();
    data.chunks_exact(size)
        .map(|c| item_value(vm, m.format, c))
        .collect()
}

/// One item of format `f` from its bytes.
fn item_value(vm: &Vm, f: u8, c: &[u8]) -> PyResult<Value> {
    let mut w = [0u8; 8];
    w[..c.len()].copy_from_slice(c);
    let unsigned = u64::from_ne_bytes(w);
    let signed = |bits: u32| ((unsigned << (64 - bits)) as i64) >> (64 - bits);
    Ok(match f {
        b'B' | b'H' | b'I' => vm.new_int(unsigned as i64),
        b'L' | b'Q' | b'N' | b'P' => vm.new_bigint(num_bigint::BigInt::from(unsigned)),
        b'b' | b'h' | b'i' | b'l' | b'q' | b'n' => vm.new_int(signed(8 * c.len() as u32)),
        b'c' => vm.new_bytes(c.to_vec()),
        b'?' => Value::bool(unsigned != 0),
        b'f' => Value::float(f64::from(f32::from_ne_bytes([c[0], c[1], c[2], c[3]]))),
        b'd' => Value::float(f64::from_ne_bytes(w)),
        _ => {
            return Err(
                vm.not_implemented(&format!("memoryview items of format '{}'", char::from(f)))
            )
        }
    })
}

/// `memoryview.cast(format)`: a contiguous view read as items of another native format.
fn cast(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let m = me(vm, &args)?;
    let pos = args.pos();
    let mut format = pos.get(1).cloned();
    let mut shape = pos.get(2).cloned();
    for (k, v) in args.kwargs() {
        match vm.str_of(k).as_str() {
            "format" => format = Some(v.clone()),
            "shape" => shape = Some(v.clone()),
            other => {
                return Err(vm.type_error(&format!(
                    "cast() got an unexpected keyword argument '{other}'"
                )))
            }
        }
    }
    let Some(format) = format else {
        return Err(vm.type_error("cast() missing required argument 'format' (pos 1)"));
    };
    if payload::<crate::objects::str::StrData>(&format).is_none() {
        return Err(vm.type_error(&format!(
            "cast() argument 'format' must be str, not {}",
            vm.type_name(&format)
        )));
    }
    if shape.is_some() {
        return Err(vm.not_implemented("memoryview.cast with a shape"));
    }
    let text = vm.str_of(&format);
    let f = match text.strip_prefix('@').unwrap_or(&text).as_bytes() {
        [f] if crate::objects::memoryview::format_size(*f).is_some() => *f,
        _ => {
            return Err(vm.value_error(
                "memoryview: destination format must be a native single character format prefixed with an optional '@'",
            ))
        }
    };
    if m.step != 1 && m.len > 1 {
        return Err(vm.type_error("memoryview: casts are restricted to C-contiguous views"));
    }
    let byte_format = |c: u8| matches!(c, b'B' | b'b' | b'c');
    if !byte_format(m.format) && !byte_format(f) {
        return Err(vm.type_error("memoryview: cannot cast between two non-byte formats"));
    }
    let size = crate::objects::memoryview::format_size(f).unwrap_or(1);
    if m.len % size != 0 {
        return Err(vm.type_error("memoryview: length is not a multiple of itemsize"));
    }
    Ok(alloc(
        vm,
        MemoryViewData {
            obj: Slot::new(m.obj.get()),
            start: m.start,
            len: m.len,
            step: 1,
            readonly: m.readonly,
            released: Cell::new(false),
            format: f,
        },
    ))
}

fn index(vm: &Vm, m: &MemoryViewData, key: &Value) -> PyResult<usize> {
    index_in(vm, m.len, key)
}

/// The item index `key` of a view of `len` items.
fn index_in(vm: &Vm, len: usize, key: &Value) -> PyResult<usize> {
    let Some(n) = vm.index_value(key)?.filter(|_| key.as_float().is_none()) else {
        return Err(vm.type_error("memoryview: invalid slice key"));
    };
    let i = i64::try_from(n).unwrap_or(i64::MAX);
    let j = if i < 0 { i + len as i64 } else { i };
    if j < 0 || j >= len as i64 {
        return Err(vm.new_error(&vm.types.index_error, "index out of bounds on dimension 1"));
    }
    Ok(j as usize)
}

fn getitem(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let m = me(vm, &args)?;
    let a = args.positional_range(vm, "__getitem__", 2, 2)?;
    if m.format != b'B' {
        if payload::<SliceData>(&a[1]).is_some() {
            return Err(vm.not_implemented("slicing a memoryview of a format other than 'B'"));
        }
        let i = index_in(vm, m.items(), &a[1])?;
        let size = m.itemsize();
        let data = m.to_vec();
        return item_value(vm, m.format, &data[i * size..(i + 1) * size]);
    }
    if let Some(s) = payload::<SliceData>(&a[1]) {
        let (start, step, count) = vm.slice_indices(s, m.len)?;
        let first = if count == 0 {
            m.start
        } else {
            m.index(start as usize)
        };
        return Ok(alloc(
            vm,
            MemoryViewData {
                obj: Slot::new(m.obj.get()),
                start: first,
                len: count,
                step: m.step * step,
                readonly: m.readonly,
                released: Cell::new(false),
                format: m.format,
            },
        ));
    }
    let i = index(vm, m, &a[1])?;
    let data = m.to_vec();
    Ok(vm.new_int(data.get(i).copied().unwrap_or(0) as i64))
}

fn setitem(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let m = me(vm, &args)?;
    let a = args.positional_range(vm, "__setitem__", 3, 3)?;
    if m.format != b'B' && !m.readonly {
        return Err(vm.not_implemented("assignment to a memoryview of a format other than 'B'"));
    }
    if m.readonly {
        return Err(vm.type_error("cannot modify read-only memory"));
    }
    let obj = m.obj.get();
    let Some(target) = payload::<ByteArrayData>(&obj) else {
        return Err(vm.type_error("cannot modify read-only memory"));
    };
    if let Some(s) = payload::<SliceData>(&a[1]) {
        let (start, step, count) = vm.slice_indices(s, m.len)?;
        let Some(src) = bytes_of(&a[2]) else {
            return Err(vm.type_error(&format!(
                "a bytes-like object is required, not '{}'",
                vm.type_name(&a[2])
            )));
        };
        if src.len() != count {
            return Err(vm.value_error(
                "memoryview assignment: lvalue and rvalue have different structures",
            ));
        }
        let mut v = target.bytes.borrow_mut();
        for (k, byte) in src.into_iter().enumerate() {
            let at = m.index((start + k as i64 * step) as usize);
            if let Some(slot) = v.get_mut(at) {
                *slot = byte;
            }
        }
        return Ok(Value::NONE);
    }
    let i = index(vm, m, &a[1])?;
    let byte = byte_value(vm, &a[2], "memoryview: invalid value for format 'B'").map_err(|e| {
        if vm.is_instance_of(&e.exception_value(), &vm.types.type_error) {
            vm.type_error("memoryview: invalid type for format 'B'")
        } else {
            e
        }
    })?;
    if let Some(slot) = target.bytes.borrow_mut().get_mut(m.index(i)) {
        *slot = byte;
    }
    Ok(Value::NONE)
}

fn iter(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let items = items_of(vm, me(vm, &args)?)?;
    vm.get_iter(&vm.new_list(items))
}

fn equal(vm: &Vm, args: &Args<'_>) -> PyResult<Option<bool>> {
    let pos = args.pos();
    let m = pos
        .first()
        .and_then(payload::<MemoryViewData>)
        .ok_or_else(|| vm.type_error("descriptor requires a 'memoryview' object"))?;
    let Some(other) = pos.get(1) else {
        return Ok(None);
    };
    if pos[0].is(other) {
        return Ok(Some(true));
    }
    if m.released.get() || payload::<MemoryViewData>(other).is_some_and(|o| o.released.get()) {
        return Ok(Some(false));
    }
    Ok(bytes_of(other).map(|o| o == m.to_vec()))
}

fn eq(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(equal(vm, &args)?.map_or(Value::NOT_IMPLEMENTED, Value::bool))
}

fn ne(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(equal(vm, &args)?.map_or(Value::NOT_IMPLEMENTED, |e| Value::bool(!e)))
}

fn enter(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    me(vm, &args)?;
    Ok(args.pos()[0].clone())
}

fn exit(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    release(vm, args)
}

fn repr(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let v = &args.pos()[0];
    let m = payload::<MemoryViewData>(v)
        .ok_or_else(|| vm.type_error("descriptor requires a 'memoryview' object"))?;
    let what = if m.released.get() {
        "released memory"
    } else {
        "memory"
    };
    Ok(vm.new_str(&format!("<{what} at {:#x}>", vm.id_of(v))))
}

fn tobytes(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(vm.new_bytes(me(vm, &args)?.to_vec()))
}

fn tolist(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let items = items_of(vm, me(vm, &args)?)?;
    Ok(vm.new_list(items))
}

fn hex(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let data = me(vm, &args)?.to_vec();
    let a = args.positional_range(vm, "hex", 1, 3)?;
    super::bytes::hex_of(vm, &data, &a[1..])
}

fn release(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let m = args
        .pos()
        .first()
        .and_then(payload::<MemoryViewData>)
        .ok_or_else(|| vm.type_error("descriptor requires a 'memoryview' object"))?;
    m.released.set(true);
    Ok(Value::NONE)
}

fn toreadonly(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let m = me(vm, &args)?;
    Ok(alloc(
        vm,
        MemoryViewData {
            obj: Slot::new(m.obj.get()),
            start: m.start,
            len: m.len,
            step: m.step,
            readonly: true,
            released: Cell::new(false),
            format: m.format,
        },
    ))
}
