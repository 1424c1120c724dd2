//! `_struct.Struct` (a compiled format with `pack`, `unpack`, `pack_into`, `unpack_from`,
//! `iter_unpack`, `format` and `size`) and `_struct.unpack_iterator`; the module-level functions
//! compile their format and call the same code.

use super::codec::{self, error};
use super::format::{compile, Compiled};
use crate::native_type::{alloc, module_type, state};
use krait_vm::native::Args;
use krait_vm::objects::bytearray::ByteArrayData;
use krait_vm::objects::memoryview::MemoryViewData;
use krait_vm::objects::native_object::NativeObject;
use krait_vm::objects::str::StrData;
use krait_vm::protocols::payload;
use krait_vm::slot::Slot;
use krait_vm::{method_table, PyResult, Value, Vm};
use std::any::Any;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// The state of a `Struct`.
pub(crate) struct StructObj {
    /// The format as given (a str or bytes), NULL before `__init__`.
    format: Slot,
    compiled: RefCell<Rc<Compiled>>,
}

impl NativeObject for StructObj {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        self.format.visit(visit);
    }

    fn clear(&self) {
        self.format.set(Value::NULL);
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// The compiled format of a format argument (str or bytes), with CPython's errors.
pub(crate) fn compile_arg(vm: &Vm, fmt: &Value) -> PyResult<Rc<Compiled>> {
    let text: Vec<u8> = if let Some(s) = payload::<StrData>(fmt) {
        s.to_string_lossy().into_bytes()
    } else if let Some(b) = payload::<krait_vm::objects::bytes::BytesData>(fmt) {
        b.bytes.to_vec()
    } else {
        return Err(vm.type_error(&format!(
            "Struct() argument 1 must be a str or bytes object, not {}",
            vm.type_name(fmt)
        )));
    };
    compile(&text).map(Rc::new).map_err(|m| error(vm, m))
}

method_table!(
    /// The methods of `Struct`.
    METHODS,
    Method,
    {
    "__init__" => init, "($self, /, *args, **kwargs)", "Initialize self.  See help(type(self)) for accurate signature.";
    "pack" => s_pack, "($self, *values)", "S.pack(v1, v2, ...) -> bytes\n\nReturn a bytes object containing values v1, v2, ... packed according\nto the format string S.format.  See help(struct) for more on format\nstrings.";
    "pack_into" => s_pack_into, "($self, buffer, offset, *values)", "S.pack_into(buffer, offset, v1, v2, ...)\n\nPack the values v1, v2, ... according to the format string S.format\nand write the packed bytes into the writable buffer buf starting at\noffset.  Note that the offset is a required argument.  See\nhelp(struct) for more on format strings.";
    "unpack" => s_unpack, "($self, buffer, /)", "Return a tuple containing unpacked values.";
    "unpack_from" => s_unpack_from, "($self, /, buffer, offset=0)", "Return a tuple containing unpacked values.";
    "iter_unpack" => s_iter_unpack, "($self, buffer, /)", "Return an iterator yielding tuples.";
    }
);

method_table!(
    /// `Struct.__new__`.
    NEW,
    Static,
    {
    "__new__" => new, "(type, *args, **kwargs)", "Create and return a new object.";
    }
);

method_table!(
    /// The attributes of `Struct`.
    GETTERS,
    Static,
    {
    "format" => get_format, "($self, /)", "struct format string";
    "size" => get_size, "($self, /)", "struct size in bytes";
    }
);

fn new(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let cls = args
        .pos()
        .first()
        .ok_or_else(|| vm.type_error("Struct.__new__(): not enough arguments"))?;
    let empty = compile(b"").map_err(|m| error(vm, m))?;
    Ok(alloc(
        cls,
        StructObj {
            format: Slot::new(Value::NULL),
            compiled: RefCell::new(Rc::new(empty)),
        },
    ))
}

fn me<'a>(vm: &Vm, args: &Args<'a>) -> PyResult<&'a StructObj> {
    args.pos()
        .first()
        .and_then(state::<StructObj>)
        .ok_or_else(|| vm.type_error("descriptor needs a '_struct.Struct' object"))
}

fn rest<'a>(args: &Args<'a>) -> Args<'a> {
    Args {
        values: args.values.get(1..).unwrap_or(&[]),
        kwnames: args.kwnames,
    }
}

fn init(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let s = me(vm, &args)?;
    let a = crate::convert::parse_keywords(vm, &rest(&args), "Struct", &["format"], 0, 1, 1)?;
    let fmt = a[0].clone().unwrap_or(Value::NONE);
    let compiled = compile_arg(vm, &fmt)?;
    *s.compiled.borrow_mut() = compiled;
    s.format.set(fmt);
    Ok(Value::NONE)
}

fn get_format(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let f = me(vm, &args)?.format.get();
    if let Some(b) = payload::<krait_vm::objects::bytes::BytesData>(&f) {
        return Ok(vm.new_str(&String::from_utf8_lossy(&b.bytes)));
    }
    Ok(if f.is_null() { Value::NONE } else { f })
}

fn get_size(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(vm.new_int(me(vm, &args)?.compiled.borrow().size as i64))
}

/// Packs `values` by `c` into a new buffer.
pub(crate) fn pack_values(
    vm: &Vm,
    c: &Compiled,
    values: &[Value],
    what: &str,
) -> PyResult<Vec<u8>> {
    if values.len() != c.len {
        return Err(error(
            vm,
            &format!(
                "{what} expected {} items for packing (got {})",
                c.len,
                values.len()
            ),
        ));
    }
    let mut out = vec![0u8; c.size];
    let mut vals = values.iter();
    for item in &c.items {
        for k in 0..item.count {
            let Some(v) = vals.next() else { break };
            let at = item.offset + k * item.size;
            codec::pack(vm, c.table, item.code, v, &mut out[at..at + item.size])?;
        }
    }
    Ok(out)
}

/// Unpacks `data` (exactly `c.size` bytes) into a tuple.
pub(crate) fn unpack_values(vm: &Vm, c: &Compiled, data: &[u8]) -> Value {
    let mut out = Vec::with_capacity(c.len);
    for item in &c.items {
        for k in 0..item.count {
            let at = item.offset + k * item.size;
            out.push(codec::unpack(
                vm,
                c.table,
                item.code,
                &data[at..at + item.size],
            ));
        }
    }
    vm.new_tuple(out)
}

/// The bytes of a bytes-like argument.
pub(crate) fn read_buffer(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    krait_vm::methods::bytes::buffer_arg(vm, v)
}

/// `unpack(buffer)` by `c`.
pub(crate) fn unpack_buffer(vm: &Vm, c: &Compiled, buffer: &Value) -> PyResult<Value> {
    let data = read_buffer(vm, buffer)?;
    if data.len() != c.size {
        return Err(error(
            vm,
            &format!("unpack requires a buffer of {} bytes", c.size),
        ));
    }
    Ok(unpack_values(vm, c, &data))
}

/// `unpack_from(buffer, offset)` by `c`.
pub(crate) fn unpack_from_buffer(
    vm: &Vm,
    c: &Compiled,
    buffer: &Value,
    offset: Option<&Value>,
) -> PyResult<Value> {
    let data = read_buffer(vm, buffer)?;
    let mut offset = match offset {
        Some(v) => super::ssize(vm, v)?,
        None => 0,
    };
    let len = data.len() as i64;
    let size = c.size as i64;
    if offset < 0 {
        if offset + len < 0 {
            return Err(error(
                vm,
                &format!("offset {offset} out of range for {len}-byte buffer"),
            ));
        }
        if offset + size > 0 {
            return Err(error(
                vm,
                &format!("not enough data to unpack {size} bytes at offset {offset}"),
            ));
        }
        offset += len;
    }
    if len - offset < size {
        return Err(error(
            vm,
            &format!(
                "unpack_from requires a buffer of at least {} bytes for unpacking {size} bytes at offset {offset} (actual buffer size is {len})",
                size + offset
            ),
        ));
    }
    let at = offset as usize;
    Ok(unpack_values(vm, c, &data[at..at + c.size]))
}

/// `pack_into(buffer, offset, *values)` by `c` (`args` starts at the buffer).
pub(crate) fn pack_into_buffer(vm: &Vm, c: &Compiled, args: &[Value]) -> PyResult<Value> {
    let Some(buffer) = args.first() else {
        return Err(error(vm, "pack_into expected buffer argument"));
    };
    let Some(offset) = args.get(1) else {
        return Err(error(vm, "pack_into expected offset argument"));
    };
    if args.len() - 2 != c.len {
        return Err(error(
            vm,
            &format!(
                "pack_into expected {} items for packing (got {})",
                c.len,
                args.len() - 2
            ),
        ));
    }
    let writable = payload::<ByteArrayData>(buffer).is_some()
        || payload::<MemoryViewData>(buffer).is_some_and(|m| {
            !m.readonly && !m.released.get() && payload::<ByteArrayData>(&m.obj.get()).is_some()
        });
    if !writable {
        return Err(vm.type_error(&format!(
            "argument must be read-write bytes-like object, not {}",
            vm.type_name(buffer)
        )));
    }
    let mut offset = super::ssize(vm, offset)?;
    let len = read_buffer(vm, buffer)?.len() as i64;
    let size = c.size as i64;
    if offset < 0 {
        if offset + len < 0 {
            return Err(error(
                vm,
                &format!("offset {offset} out of range for {len}-byte buffer"),
            ));
        }
        if offset + size > 0 {
            return Err(error(
                vm,
                &format!("no space to pack {size} bytes at offset {offset}"),
            ));
        }
        offset += len;
    }
    if len - offset < size {
        return Err(error(
            vm,
            &format!(
                "pack_into requires a buffer of at least {} bytes for packing {size} bytes at offset {offset} (actual buffer size is {len})",
                size + offset
            ),
        ));
    }
    let packed = pack_values(vm, c, &args[2..], "pack_into")?;
    let at = offset as usize;
    if let Some(b) = payload::<ByteArrayData>(buffer) {
        b.bytes.borrow_mut()[at..at + packed.len()].copy_from_slice(&packed);
    } else if let Some(m) = payload::<MemoryViewData>(buffer) {
        let obj = m.obj.get();
        if let Some(b) = payload::<ByteArrayData>(&obj) {
            let mut bytes = b.bytes.borrow_mut();
            for (k, &byte) in packed.iter().enumerate() {
                if let Some(slot) = bytes.get_mut(m.index(at + k)) {
                    *slot = byte;
                }
            }
        }
    }
    Ok(Value::NONE)
}

fn s_pack(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let s = me(vm, &args)?;
    args.no_kwargs(vm, "Struct.pack")?;
    let c = s.compiled.borrow().clone();
    Ok(vm.new_bytes(pack_values(vm, &c, &args.pos()[1..], "pack")?))
}

fn s_pack_into(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let s = me(vm, &args)?;
    args.no_kwargs(vm, "Struct.pack_into")?;
    let c = s.compiled.borrow().clone();
    pack_into_buffer(vm, &c, &args.pos()[1..])
}

fn s_unpack(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let s = me(vm, &args)?;
    let b = crate::convert::one_arg(vm, &rest(&args), "Struct.unpack")?;
    let c = s.compiled.borrow().clone();
    unpack_buffer(vm, &c, b)
}

fn s_unpack_from(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let s = me(vm, &args)?;
    let a = crate::convert::parse_keywords(
        vm,
        &rest(&args),
        "unpack_from",
        &["buffer", "offset"],
        0,
        2,
        1,
    )?;
    let c = s.compiled.borrow().clone();
    unpack_from_buffer(vm, &c, a[0].as_ref().unwrap_or(&Value::NONE), a[1].as_ref())
}

fn s_iter_unpack(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let s = me(vm, &args)?;
    let b = crate::convert::one_arg(vm, &rest(&args), "Struct.iter_unpack")?;
    let c = s.compiled.borrow().clone();
    iter_unpack_buffer(vm, c, b)
}

// ---- unpack_iterator ----

/// The state of an `unpack_iterator`.
struct UnpackIter {
    compiled: Rc<Compiled>,
    data: Vec<u8>,
    pos: Cell<usize>,
}

impl NativeObject for UnpackIter {
    fn traverse(&self, _visit: &mut dyn FnMut(&Value)) {}

    fn clear(&self) {}

    fn as_any(&self) -> &dyn Any {
        self
    }
}

method_table!(
    /// The methods of `unpack_iterator`.
    ITER_METHODS,
    Method,
    {
    "__iter__" => it_iter, "($self, /)", "Implement iter(self).";
    "__next__" => it_next, "($self, /)", "Implement next(self).";
    "__length_hint__" => it_length_hint, "($self, /)", "";
    }
);

/// `iter_unpack(buffer)` by `c`.
pub(crate) fn iter_unpack_buffer(vm: &Vm, c: Rc<Compiled>, buffer: &Value) -> PyResult<Value> {
    if c.size == 0 {
        return Err(error(
            vm,
            "cannot iteratively unpack with a struct of length 0",
        ));
    }
    let data = read_buffer(vm, buffer)?;
    if data.len() % c.size != 0 {
        return Err(error(
            vm,
            &format!(
                "iterative unpacking requires a buffer of a multiple of {} bytes",
                c.size
            ),
        ));
    }
    let ty = module_type(vm, "_struct", "unpack_iterator")?;
    Ok(alloc(
        &ty,
        UnpackIter {
            compiled: c,
            data,
            pos: Cell::new(0),
        },
    ))
}

fn it_me<'a>(vm: &Vm, args: &Args<'a>) -> PyResult<(&'a Value, &'a UnpackIter)> {
    let v = args
        .pos()
        .first()
        .ok_or_else(|| vm.type_error("descriptor needs an unpack_iterator"))?;
    let it = state::<UnpackIter>(v).ok_or_else(|| vm.type_error("expected an unpack_iterator"))?;
    Ok((v, it))
}

fn it_iter(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(it_me(vm, &args)?.0.clone())
}

fn it_next(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, it) = it_me(vm, &args)?;
    let at = it.pos.get();
    let size = it.compiled.size;
    if at + size > it.data.len() {
        return Err(vm.new_exception(&vm.types.stop_iteration, Vec::new()));
    }
    it.pos.set(at + size);
    Ok(unpack_values(vm, &it.compiled, &it.data[at..at + size]))
}

fn it_length_hint(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, it) = it_me(vm, &args)?;
    let left = (it.data.len() - it.pos.get().min(it.data.len())) / it.compiled.size.max(1);
    Ok(vm.new_int(left as i64))
}

/// Creates `Struct` and `unpack_iterator`.
pub(super) fn types(vm: &Vm) -> PyResult<[Value; 2]> {
    let st =
        crate::native_type::new_type_with(vm, "_struct", "Struct", &[METHODS, NEW], GETTERS, true)?;
    if let Some(t) = krait_vm::vm::type_data(&st) {
        vm.dict_set_item(
            &t.dict(),
            vm.intern("__doc__"),
            vm.new_str("Struct(format)\n--\n\nCreate a compiled struct object.\n\nReturn a new Struct object which writes and reads binary data according to\nthe format string.\n\nSee help(struct) for more on format strings."),
        )?;
        t.modified();
    }
    let it = crate::native_type::new_type(vm, "_struct", "unpack_iterator", &[ITER_METHODS], &[])?;
    Ok([st, it])
}
