//! The `_struct` module (CPython's Modules/_struct.c), which Lib/struct.py re-exports: packing
//! values into bytes and back by format strings (`format.rs`), one format character at a time
//! (`codec.rs`), through `Struct` objects or the module-level functions (`objects.rs`).

mod codec;
mod format;
mod objects;

use krait_vm::native::Args;
use krait_vm::{method_table, PyResult, Value, Vm};
use num_traits::ToPrimitive;
use objects::compile_arg;

method_table!(
    /// The functions of `_struct`.
    FUNCTIONS,
    Static,
    {
    "calcsize" => calcsize, "($module, format, /)", "Return size in bytes of the struct described by the format string.";
    "pack" => pack, "($module, format, /, *values)", "pack(format, v1, v2, ...) -> bytes\n\nReturn a bytes object containing the values v1, v2, ... packed according\nto the format string.  See help(struct) for more on format strings.";
    "pack_into" => pack_into, "($module, format, buffer, offset, /, *values)", "pack_into(format, buffer, offset, v1, v2, ...)\n\nPack the values v1, v2, ... according to the format string and write\nthe packed bytes into the writable buffer buf starting at offset.  Note\nthat the offset is a required argument.  See help(struct) for more\non format strings.";
    "unpack" => unpack, "($module, format, buffer, /)", "Return a tuple containing values unpacked according to the format string.";
    "unpack_from" => unpack_from, "($module, format, /, buffer, offset=0)", "Return a tuple containing values unpacked according to the format string.";
    "iter_unpack" => iter_unpack, "($module, format, buffer, /)", "Return an iterator yielding tuples unpacked from the given bytes.";
    "_clearcache" => clearcache, "($module, /)", "Clear the internal cache.";
    }
);

/// Creates the `_struct` module.
pub fn init(vm: &Vm) -> PyResult<Value> {
    let m = crate::new_module(vm, "_struct", FUNCTIONS)?;
    vm.module_set(
        &m,
        "__doc__",
        vm.new_str("Functions to convert between Python values and C structs.\nPython bytes objects are used to hold the data representing the C struct\nand also as format strings (explained below) to describe the layout of data\nin the C struct.\n"),
    )?;
    let ns = vm.new_dict();
    vm.dict_set_item(&ns, vm.intern("__module__"), vm.new_str("struct"))?;
    let error = vm.call(
        &vm.types.type_,
        &[
            vm.new_str("error"),
            vm.new_tuple(vec![vm.types.exception.clone()]),
            ns,
        ],
        &[],
    )?;
    vm.module_set(&m, "error", error)?;
    let [st, it] = objects::types(vm)?;
    vm.module_set(&m, "Struct", st)?;
    vm.module_set(&m, "unpack_iterator", it)?;
    Ok(m)
}

/// `PyNumber_AsSsize_t(v, OverflowError)`.
pub(crate) fn ssize(vm: &Vm, v: &Value) -> PyResult<i64> {
    crate::convert::index(vm, v)?
        .to_i64()
        .ok_or_else(|| crate::convert::overflow(vm, "Python int too large to convert to C ssize_t"))
}

fn calcsize(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let f = crate::convert::one_arg(vm, &args, "_struct.calcsize")?;
    Ok(vm.new_int(compile_arg(vm, f)?.size as i64))
}

fn pack(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    args.no_kwargs(vm, "pack")?;
    let Some((f, values)) = args.pos().split_first() else {
        return Err(vm.type_error("missing format argument"));
    };
    let c = compile_arg(vm, f)?;
    Ok(vm.new_bytes(objects::pack_values(vm, &c, values, "pack")?))
}

fn pack_into(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    args.no_kwargs(vm, "pack_into")?;
    let Some((f, rest)) = args.pos().split_first() else {
        return Err(vm.type_error("missing format argument"));
    };
    let c = compile_arg(vm, f)?;
    objects::pack_into_buffer(vm, &c, rest)
}

fn unpack(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = crate::convert::positional(vm, &args, "unpack", "unpack", 2, 2)?;
    let c = compile_arg(vm, &a[0])?;
    objects::unpack_buffer(vm, &c, &a[1])
}

fn unpack_from(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = crate::convert::parse_keywords(
        vm,
        &args,
        "unpack_from",
        &["format", "buffer", "offset"],
        1,
        3,
        2,
    )?;
    let f = a[0].clone().unwrap_or(Value::NONE);
    let c = compile_arg(vm, &f)?;
    objects::unpack_from_buffer(vm, &c, a[1].as_ref().unwrap_or(&Value::NONE), a[2].as_ref())
}

fn iter_unpack(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = crate::convert::positional(vm, &args, "iter_unpack", "iter_unpack", 2, 2)?;
    let c = compile_arg(vm, &a[0])?;
    objects::iter_unpack_buffer(vm, c, &a[1])
}

fn clearcache(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    args.positional_range(vm, "_clearcache", 0, 0)?;
    Ok(Value::NONE)
}
