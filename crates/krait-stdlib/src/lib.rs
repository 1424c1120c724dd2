//! krait-stdlib: the modules of the standard library that CPython writes in C, written in Rust
//! under CPython's names, with CPython's behaviour and error messages (issue 5).
//!
//! [`register`] makes them importable; the krait binary calls it right after creating the VM.

pub mod atexit;
pub mod binascii;
pub mod bisect;
pub mod cmath;
pub mod codecs;
pub mod collections;
pub mod convert;
pub mod errno;
pub mod functools;
pub mod hashes;
pub mod heapq;
pub mod io;
pub(crate) use io::util as io_util;
pub mod itertools;
pub mod math;
mod native_type;
pub mod posix;
pub mod random;
pub mod signal;
pub mod sre;
pub mod string;
pub mod struct_;
pub mod thread;
pub mod time;
pub mod unicodedata;

use krait_vm::heap;
use krait_vm::native::{MethodDef, NativeFunctionData};
use krait_vm::slot::Slot;
use krait_vm::{PyResult, Value, Vm};

/// Registers every native module of this crate with `vm` (before any Python code runs, so that
/// `sys.builtin_module_names` lists them).
pub fn register(vm: &Vm) {
    vm.register_native_module("_bisect", bisect::init);
    vm.register_native_module("binascii", binascii::init);
    vm.register_native_module("_signal", signal::init);
    vm.register_native_module("_thread", thread::init);
    vm.register_native_module("atexit", atexit::init);
    vm.register_native_module("_codecs", codecs::init);
    krait_vm::methods::bytes_codec::set_codec_hook(codecs::vm_hook);
    vm.register_native_module("_collections", collections::init);
    vm.register_native_module("_struct", struct_::init);
    vm.register_native_module("_functools", functools::init);
    vm.register_native_module("_heapq", heapq::init);
    vm.register_native_module("_md5", hashes::init_md5);
    vm.register_native_module("_sha1", hashes::init_sha1);
    vm.register_native_module("_sha256", hashes::init_sha256);
    vm.register_native_module("_sha512", hashes::init_sha512);
    vm.register_native_module("_sha3", hashes::sha3::init);
    vm.register_native_module("_blake2", hashes::blake2::init);
    vm.register_native_module("_io", io::init);
    vm.register_native_module("_random", random::init);
    vm.register_native_module("_sre", sre::init);
    vm.register_native_module("_string", string::init);
    vm.register_native_module("itertools", itertools::init);
    vm.register_native_module("errno", errno::init);
    vm.register_native_module("math", math::init);
    vm.register_native_module("cmath", cmath::init);
    vm.register_native_module("posix", posix::init);
    vm.register_native_module("time", time::init);
    vm.register_native_module("unicodedata", unicodedata::init);
}

/// A new module named `name` whose functions are `defs` (bound to the module, as CPython's
/// module-level `PyCFunction`s).
pub(crate) fn new_module(vm: &Vm, name: &str, defs: &'static [MethodDef]) -> PyResult<Value> {
    let m = vm.new_module(name);
    for def in defs {
        let f = heap::alloc(
            vm.types.builtin_function.to_obj(),
            NativeFunctionData {
                def,
                self_: Slot::new(m.clone()),
            },
        );
        vm.module_set(&m, def.name, f.into_value())?;
    }
    Ok(m)
}
