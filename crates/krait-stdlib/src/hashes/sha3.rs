//! The `_sha3` module: the SHA-3 hashes `sha3_224` … `sha3_512` and the extendable-output
//! functions `shake_128`/`shake_256` (types called directly, as CPython's), with the sponge
//! facts CPython exposes (`_rate_bits`, `_capacity_bits`, `_suffix`).

use super::{new_hash, Fixed, HashObj, Hasher, Sponge, Xof, DATA_METHODS, GETTERS, XOF_METHODS};
use crate::convert::{int_value, overflow, parse_keywords};
use crate::native_type::{new_type, state};
use krait_vm::native::Args;
use krait_vm::{method_table, PyResult, Value, Vm};
use num_traits::{Signed, ToPrimitive};
use std::cell::RefCell;

/// The types of `_sha3`: name, digest size, rate in bits, whether it is a SHAKE.
const KINDS: [(&str, usize, u32, bool); 6] = [
    ("sha3_224", 28, 1152, false),
    ("sha3_256", 32, 1088, false),
    ("sha3_384", 48, 832, false),
    ("sha3_512", 64, 576, false),
    ("shake_128", 0, 1344, true),
    ("shake_256", 0, 1088, true),
];

method_table!(
    /// The constructor of the `_sha3` types.
    NEW,
    Static,
    {
    "__new__" => sha3_new, "($type, *args, **kwargs)", "Create and return a new object.  See help(type) for accurate signature.";
    }
);

method_table!(
    /// The sponge attributes of the `_sha3` types.
    SPONGE_GETTERS,
    Static,
    {
    "_capacity_bits" => get_capacity, "($self, /)", "";
    "_rate_bits" => get_rate, "($self, /)", "";
    "_suffix" => get_suffix, "($self, /)", "";
    }
);

/// Creates the `_sha3` module.
pub fn init(vm: &Vm) -> PyResult<Value> {
    let m = vm.new_module("_sha3");
    for (name, size, _, xof) in KINDS {
        let methods = if xof { XOF_METHODS } else { DATA_METHODS };
        let ty = new_type(vm, "_sha3", name, &[methods, NEW], GETTERS)?;
        crate::native_type::add_getters(vm, &ty, SPONGE_GETTERS)?;
        let doc = if xof {
            format!("{name}([data], *, usedforsecurity=True) -> SHAKE object\n\nReturn a new SHAKE hash object.")
        } else {
            format!("{name}([data], *, usedforsecurity=True) -> SHA3 object\n\nReturn a new SHA3 hash object with a hashbit length of {size} bytes.")
        };
        if let Some(t) = krait_vm::vm::type_data(&ty) {
            vm.dict_set_item(&t.dict(), vm.intern("__doc__"), vm.new_str(&doc))?;
        }
        vm.module_set(&m, name, ty)?;
    }
    vm.module_set(&m, "implementation", vm.new_str("tiny_sha3"))?;
    vm.module_set(&m, "keccakopt", vm.new_int(0))?;
    Ok(m)
}

/// A fresh state of the `_sha3` algorithm `name`.
fn hasher(name: &str) -> Box<dyn Hasher> {
    match name {
        "sha3_224" => Box::new(Fixed(sha3::Sha3_224::default())),
        "sha3_256" => Box::new(Fixed(sha3::Sha3_256::default())),
        "sha3_384" => Box::new(Fixed(sha3::Sha3_384::default())),
        "sha3_512" => Box::new(Fixed(sha3::Sha3_512::default())),
        "shake_128" => Box::new(Xof(sha3::Shake128::default())),
        _ => Box::new(Xof(sha3::Shake256::default())),
    }
}

fn sha3_new(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let Some((cls, rest)) = args.values.split_first() else {
        return Err(vm.type_error("sha3_224.__new__(): not enough arguments"));
    };
    let inner = Args {
        values: rest,
        kwnames: args.kwnames,
    };
    // CPython's argument parser names every type of the module "sha3_224".
    let a = parse_keywords(
        vm,
        &inner,
        "sha3_224",
        &["data", "usedforsecurity"],
        1,
        1,
        0,
    )?;
    if let Some(u) = &a[1] {
        vm.is_true(u)?;
    }
    let tname = krait_vm::vm::type_data(cls)
        .map(|t| t.name.borrow().to_string())
        .unwrap_or_default();
    let short = tname.rsplit('.').next().unwrap_or_default();
    let Some(&(name, size, rate, xof)) = KINDS.iter().find(|k| k.0 == short) else {
        return Err(vm.type_error("sha3_224.__new__(X): X is not a _sha3 type"));
    };
    let obj = HashObj {
        name,
        digest_size: size,
        block_size: (rate / 8) as usize,
        xof,
        sponge: Some(Sponge {
            rate_bits: rate,
            capacity_bits: 1600 - rate,
            suffix: if xof { 0x1f } else { 0x06 },
        }),
        state: RefCell::new(hasher(name)),
    };
    new_hash(vm, cls, obj, a[0].as_ref())
}

/// The `length` argument of a SHAKE's `digest`/`hexdigest` (an `unsigned long`, below 2**29).
pub(crate) fn xof_length(vm: &Vm, v: &Value) -> PyResult<usize> {
    let Some(n) = int_value(v) else {
        return Err(vm.type_error("an integer is required"));
    };
    if n.is_negative() {
        return Err(vm.value_error("value must be positive"));
    }
    let n = n
        .to_u64()
        .ok_or_else(|| overflow(vm, "Python int too large to convert to C unsigned long"))?;
    if n >= 1 << 29 {
        return Err(vm.value_error("length is too large"));
    }
    Ok(n as usize)
}

fn sponge(vm: &Vm, args: &Args<'_>) -> PyResult<Sponge> {
    args.pos()
        .first()
        .and_then(state::<HashObj>)
        .and_then(|h| h.sponge)
        .ok_or_else(|| vm.type_error("descriptor requires a _sha3 object"))
}

fn get_capacity(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(vm.new_int(sponge(vm, &args)?.capacity_bits as i64))
}

fn get_rate(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(vm.new_int(sponge(vm, &args)?.rate_bits as i64))
}

fn get_suffix(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(vm.new_bytes(vec![sponge(vm, &args)?.suffix]))
}
