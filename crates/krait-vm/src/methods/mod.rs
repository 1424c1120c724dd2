//! Methods of the built-in types, one module per type, each a `MethodDef` table installed into
//! the type's dict at start-up.

pub mod bytearray;
pub mod bytes;
pub mod bytes_codec;
pub mod bytes_text;
pub mod container_slots;
pub mod dict;
pub mod frame;
pub mod generator;
pub mod list;
pub mod memoryview;
pub mod number;
pub mod number_slots;
pub mod set;
pub mod stdio;
pub mod str;
pub mod str_case;
pub mod str_dunder;
pub mod str_pad;
pub mod str_search;
pub mod unicode;
pub mod unicode_tables;
pub mod weakproxy;
pub mod weakref;

use crate::vm::Vm;

/// Installs every table.
pub fn install(vm: &Vm) {
    crate::native::install_methods(vm, &vm.types.list, list::METHODS);
    crate::native::install_methods(vm, &vm.types.dict, dict::METHODS);
    crate::native::install_methods(vm, &vm.types.dict, dict::CLASS_METHODS);
    crate::native::install_methods(vm, &vm.types.str, str::METHODS);
    for table in [
        str_case::METHODS,
        str_search::METHODS,
        str_pad::METHODS,
        str_pad::STATIC_METHODS,
        str_dunder::METHODS,
    ] {
        crate::native::install_methods(vm, &vm.types.str, table);
    }
    crate::native::install_methods(
        vm,
        &vm.types.unicode_encode_error,
        str_pad::ENCODE_ERROR_METHODS,
    );
    generator::install(vm);
    weakref::install(vm);
    frame::install(vm);
    set::install(vm);
    number::install(vm);
    crate::protocols::format::install(vm);
}
