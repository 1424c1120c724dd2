//! The `_blake2` module: `blake2b` and `blake2s` with `digest_size`, `key`, `salt` and
//! `person` (the blake2 crate's sequential mode); the tree-hashing parameters are checked as
//! CPython checks them, and values other than the defaults raise `NotImplementedError`.

use super::{new_hash, HashObj, Hasher, DATA_METHODS, GETTERS};
use crate::convert::{int_value, overflow, parse_keywords};
use crate::native_type::new_type;
use blake2::digest::core_api::{Buffer, UpdateCore, VariableOutputCore};
use blake2::{Blake2bVarCore, Blake2sVarCore};
use krait_vm::native::Args;
use krait_vm::{method_table, PyResult, Value, Vm};
use num_traits::{Signed, ToPrimitive};
use std::cell::RefCell;

/// A BLAKE2 state per variant: the crate's core and its block buffer (which keeps the last
/// block back until the end, as BLAKE2's finalization needs).
macro_rules! blake_state {
    ($name:ident, $core:ty) => {
        struct $name {
            core: $core,
            buffer: Buffer<$core>,
            out_len: usize,
        }

        impl Hasher for $name {
            fn update(&mut self, data: &[u8]) {
                let core = &mut self.core;
                self.buffer
                    .digest_blocks(data, |blocks| core.update_blocks(blocks));
            }
            fn finish(&self, _len: usize) -> Vec<u8> {
                let mut core = self.core.clone();
                let mut buffer = self.buffer.clone();
                let mut out = Default::default();
                core.finalize_variable_core(&mut buffer, &mut out);
                out[..self.out_len].to_vec()
            }
            fn boxed_clone(&self) -> Box<dyn Hasher> {
                Box::new($name {
                    core: self.core.clone(),
                    buffer: self.buffer.clone(),
                    out_len: self.out_len,
                })
            }
        }
    };
}

blake_state!(StateB, Blake2bVarCore);
blake_state!(StateS, Blake2sVarCore);

/// The sizes of one BLAKE2 variant.
struct Variant {
    name: &'static str,
    /// Largest digest and key; the block is twice that.
    out_bytes: usize,
    /// Salt and personalization size.
    salt_bytes: usize,
}

const B: Variant = Variant {
    name: "blake2b",
    out_bytes: 64,
    salt_bytes: 16,
};
const S: Variant = Variant {
    name: "blake2s",
    out_bytes: 32,
    salt_bytes: 8,
};

method_table!(
    /// `blake2b.__new__`.
    NEW_B,
    Static,
    {
    "__new__" => blake2b_new, "($type, *args, **kwargs)", "Create and return a new object.  See help(type) for accurate signature.";
    }
);

method_table!(
    /// `blake2s.__new__`.
    NEW_S,
    Static,
    {
    "__new__" => blake2s_new, "($type, *args, **kwargs)", "Create and return a new object.  See help(type) for accurate signature.";
    }
);

/// Creates the `_blake2` module.
pub fn init(vm: &Vm) -> PyResult<Value> {
    let m = vm.new_module("_blake2");
    vm.module_set(
        &m,
        "__doc__",
        vm.new_str("_blake2b provides BLAKE2b for hashlib\n"),
    )?;
    for (v, new, prefix) in [(&B, NEW_B, "BLAKE2B"), (&S, NEW_S, "BLAKE2S")] {
        let ty = new_type(vm, "_blake2", v.name, &[DATA_METHODS, new], GETTERS)?;
        let consts = [
            ("SALT_SIZE", v.salt_bytes),
            ("PERSON_SIZE", v.salt_bytes),
            ("MAX_KEY_SIZE", v.out_bytes),
            ("MAX_DIGEST_SIZE", v.out_bytes),
        ];
        if let Some(t) = krait_vm::vm::type_data(&ty) {
            let doc = format!(
                "Return a new {}hash object.",
                if v.out_bytes == 64 {
                    "BLAKE2b "
                } else {
                    "BLAKE2s "
                }
            );
            vm.dict_set_item(&t.dict(), vm.intern("__doc__"), vm.new_str(&doc))?;
            for (name, n) in consts {
                vm.dict_set_item(&t.dict(), vm.intern(name), vm.new_int(n as i64))?;
            }
            t.modified();
        }
        for (name, n) in consts {
            vm.module_set(&m, &format!("{prefix}_{name}"), vm.new_int(n as i64))?;
        }
        vm.module_set(&m, v.name, ty)?;
    }
    Ok(m)
}

fn blake2b_new(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    blake2_new(vm, &args, &B)
}

fn blake2s_new(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    blake2_new(vm, &args, &S)
}

/// A C `int` argument.
fn c_int(vm: &Vm, v: Option<&Value>, default: i32) -> PyResult<i64> {
    match v {
        None => Ok(default as i64),
        Some(v) => Ok(crate::binascii::c_int(vm, v)? as i64),
    }
}

/// An `unsigned long long` argument (CPython's `_PyLong_UnsignedLongLong_Converter`).
fn c_unsigned(vm: &Vm, v: Option<&Value>) -> PyResult<u64> {
    let Some(v) = v else { return Ok(0) };
    let Some(n) = int_value(v) else {
        return Err(vm.type_error("an integer is required"));
    };
    if n.is_negative() {
        return Err(vm.value_error("value must be positive"));
    }
    n.to_u64()
        .ok_or_else(|| overflow(vm, "Python int too large to convert to C unsigned long"))
}

/// A `Py_buffer` argument (empty if absent).
fn buffer(vm: &Vm, v: Option<&Value>) -> PyResult<Vec<u8>> {
    match v {
        None => Ok(Vec::new()),
        Some(v) => krait_vm::methods::bytes::buffer_arg(vm, v),
    }
}

fn blake2_new(vm: &Vm, args: &Args<'_>, v: &Variant) -> PyResult<Value> {
    let Some((cls, rest)) = args.values.split_first() else {
        return Err(vm.type_error(&format!("{}.__new__(): not enough arguments", v.name)));
    };
    let inner = Args {
        values: rest,
        kwnames: args.kwnames,
    };
    let names = [
        "data",
        "digest_size",
        "key",
        "salt",
        "person",
        "fanout",
        "depth",
        "leaf_size",
        "node_offset",
        "node_depth",
        "inner_size",
        "last_node",
        "usedforsecurity",
    ];
    let a = parse_keywords(vm, &inner, v.name, &names, 1, 1, 0)?;
    let digest_size = c_int(vm, a[1].as_ref(), v.out_bytes as i32)?;
    let key = buffer(vm, a[2].as_ref())?;
    let salt = buffer(vm, a[3].as_ref())?;
    let person = buffer(vm, a[4].as_ref())?;
    let fanout = c_int(vm, a[5].as_ref(), 1)?;
    let depth = c_int(vm, a[6].as_ref(), 1)?;
    let leaf_size = c_unsigned(vm, a[7].as_ref())?;
    let node_offset = c_unsigned(vm, a[8].as_ref())?;
    let node_depth = c_int(vm, a[9].as_ref(), 0)?;
    let inner_size = c_int(vm, a[10].as_ref(), 0)?;
    let last_node = match &a[11] {
        Some(x) => vm.is_true(x)?,
        None => false,
    };
    if let Some(u) = &a[12] {
        vm.is_true(u)?;
    }
    let max = v.out_bytes as i64;
    if digest_size <= 0 || digest_size > max {
        return Err(vm.value_error(&format!("digest_size must be between 1 and {max} bytes")));
    }
    if salt.len() > v.salt_bytes {
        return Err(vm.value_error(&format!("maximum salt length is {} bytes", v.salt_bytes)));
    }
    if person.len() > v.salt_bytes {
        return Err(vm.value_error(&format!("maximum person length is {} bytes", v.salt_bytes)));
    }
    if !(0..=255).contains(&fanout) {
        return Err(vm.value_error("fanout must be between 0 and 255"));
    }
    if !(1..=255).contains(&depth) {
        return Err(vm.value_error("depth must be between 1 and 255"));
    }
    if leaf_size > 0xFFFF_FFFF {
        return Err(overflow(vm, "leaf_size is too large"));
    }
    if v.out_bytes == 32 && node_offset > 0xFFFF_FFFF_FFFF {
        return Err(overflow(vm, "node_offset is too large"));
    }
    if !(0..=255).contains(&node_depth) {
        return Err(vm.value_error("node_depth must be between 0 and 255"));
    }
    if inner_size < 0 || inner_size > max {
        return Err(vm.value_error(&format!("inner_size must be between 0 and is {max}")));
    }
    if key.len() > v.out_bytes {
        return Err(vm.value_error(&format!("maximum key length is {} bytes", v.out_bytes)));
    }
    // CPython reads the data last; krait checks it before refusing tree hashing.
    if let Some(d) = &a[0] {
        super::hash_data(vm, d)?;
    }
    if fanout != 1
        || depth != 1
        || leaf_size != 0
        || node_offset != 0
        || node_depth != 0
        || inner_size != 0
        || last_node
    {
        return Err(vm.new_error(
            &vm.types.not_implemented_error,
            &format!(
                "{}: the tree-hashing parameters (fanout, depth, leaf_size, node_offset, node_depth, inner_size, last_node) are not supported by krait",
                v.name
            ),
        ));
    }
    let out_len = digest_size as usize;
    let mut state: Box<dyn Hasher> = if v.out_bytes == 64 {
        Box::new(StateB {
            core: Blake2bVarCore::new_with_params(&salt, &person, key.len(), out_len),
            buffer: Default::default(),
            out_len,
        })
    } else {
        Box::new(StateS {
            core: Blake2sVarCore::new_with_params(&salt, &person, key.len(), out_len),
            buffer: Default::default(),
            out_len,
        })
    };
    if !key.is_empty() {
        // The key, zero-padded to a whole block, is the first block.
        let mut block = key.clone();
        block.resize(v.out_bytes * 2, 0);
        state.update(&block);
    }
    let obj = HashObj {
        name: v.name,
        digest_size: out_len,
        block_size: v.out_bytes * 2,
        xof: false,
        sponge: None,
        state: RefCell::new(state),
    };
    new_hash(vm, cls, obj, a[0].as_ref())
}
