//! The `_io` module (CPython's Modules/_io): the classes under Lib/io.py — the abstract bases,
//! `FileIO`, `BytesIO`, `StringIO`, `IncrementalNewlineDecoder` — with CPython's behaviour and
//! error messages. Lib/_pyio.py is the readable statement of the semantics followed here.

mod base;
mod buffered;
mod buffered_methods;
mod bytesio;
mod fd;
pub(crate) mod fileio;
mod newline;
mod open;
mod rawops;
mod rwpair;
mod stdio;
mod stringio;
mod textcodec;
mod textio;
mod textio_attrs;
mod textio_dec;
mod textio_read;
pub(crate) mod util;

pub use rawops::flush_all_at_exit;
pub use stdio::{finalize, install_stdio};

use krait_vm::{PyResult, Value, Vm};

/// `io.DEFAULT_BUFFER_SIZE`.
pub(crate) const DEFAULT_BUFFER_SIZE: i64 = 8192;

/// Creates the `_io` module.
pub fn init(vm: &Vm) -> PyResult<Value> {
    let m = crate::new_module(vm, "_io", open::FUNCTIONS)?;
    vm.module_set(
        &m,
        "__doc__",
        vm.new_str("The io module provides the Python interfaces to stream handling."),
    )?;
    vm.module_set(&m, "DEFAULT_BUFFER_SIZE", vm.new_int(DEFAULT_BUFFER_SIZE))?;
    vm.module_set(&m, "BlockingIOError", vm.types.blocking_io_error.clone())?;
    // class UnsupportedOperation(OSError, ValueError), as io.py shows it.
    let ns = vm.new_dict();
    vm.dict_set_item(&ns, vm.intern("__module__"), vm.new_str("io"))?;
    let unsupported = vm.call(
        &vm.types.type_,
        &[
            vm.new_str("UnsupportedOperation"),
            vm.new_tuple(vec![
                vm.types.os_error.clone(),
                vm.types.value_error.clone(),
            ]),
            ns,
        ],
        &[],
    )?;
    vm.module_set(&m, "UnsupportedOperation", unsupported)?;

    let object = vm.types.object.clone();
    let iobase = util::make_type(
        vm,
        "_IOBase",
        &object,
        &[base::BASE_NEW, base::IOBASE_METHODS],
        base::IOBASE_GETTERS,
    )?;
    let raw = util::make_type(vm, "_RawIOBase", &iobase, &[base::RAW_METHODS], &[])?;
    let buffered = util::make_type(
        vm,
        "_BufferedIOBase",
        &iobase,
        &[base::BUFFERED_METHODS],
        &[],
    )?;
    let text = util::make_type(
        vm,
        "_TextIOBase",
        &iobase,
        &[base::TEXT_METHODS],
        base::TEXT_GETTERS,
    )?;
    let fileio = util::make_type(
        vm,
        "FileIO",
        &raw,
        &[fileio::NEW, fileio::METHODS],
        fileio::GETTERS,
    )?;
    let bytesio = util::make_type(
        vm,
        "BytesIO",
        &buffered,
        &[bytesio::NEW, bytesio::METHODS],
        bytesio::GETTERS,
    )?;
    let stringio = util::make_type(
        vm,
        "StringIO",
        &text,
        &[stringio::NEW, stringio::METHODS],
        stringio::GETTERS,
    )?;
    let nldecoder = util::make_type(
        vm,
        "IncrementalNewlineDecoder",
        &object,
        &[newline::NEW, newline::METHODS],
        newline::GETTERS,
    )?;
    use buffered_methods as bm;
    let reader = util::make_type(
        vm,
        "BufferedReader",
        &buffered,
        &[bm::READER_NEW, bm::COMMON, bm::READING],
        bm::GETTERS,
    )?;
    let writer = util::make_type(
        vm,
        "BufferedWriter",
        &buffered,
        &[bm::WRITER_NEW, bm::COMMON, bm::WRITING],
        bm::GETTERS,
    )?;
    let random = util::make_type(
        vm,
        "BufferedRandom",
        &buffered,
        &[bm::RANDOM_NEW, bm::COMMON, bm::READING, bm::WRITING],
        bm::GETTERS,
    )?;
    let textio = util::make_type(
        vm,
        "TextIOWrapper",
        &text,
        &[
            textio::NEW,
            textio::METHODS,
            textio_read::METHODS,
            textio_attrs::METHODS,
        ],
        textio_attrs::GETTERS,
    )?;
    let rwpair = util::make_type(
        vm,
        "BufferedRWPair",
        &buffered,
        &[rwpair::NEW, rwpair::METHODS],
        rwpair::GETTERS,
    )?;
    for (name, ty) in [
        ("BufferedRWPair", rwpair),
        ("BufferedReader", reader),
        ("BufferedWriter", writer),
        ("BufferedRandom", random),
        ("TextIOWrapper", textio),
        ("_IOBase", iobase),
        ("_RawIOBase", raw),
        ("_BufferedIOBase", buffered),
        ("_TextIOBase", text),
        ("FileIO", fileio),
        ("BytesIO", bytesio),
        ("StringIO", stringio),
        ("IncrementalNewlineDecoder", nldecoder),
    ] {
        vm.module_set(&m, name, ty)?;
    }
    Ok(m)
}

/// The type name `repr()` shows for an io object: `_io.X` for the native classes, the class
/// name for Python subclasses (CPython's `tp_name`).
pub(crate) fn type_repr_name(vm: &Vm, v: &Value) -> String {
    vm.type_name(v)
}
