//! The hash modules hashlib falls back to without OpenSSL's `_hashlib` (CPython's
//! Modules/md5module.c, sha1module.c, sha256module.c, sha512module.c, `_sha3` and `_blake2`),
//! computed by the RustCrypto crates: one native type per algorithm whose objects have
//! `update`/`digest`/`hexdigest`/`copy` and `name`/`digest_size`/`block_size`, accepting
//! bytes-like objects with CPython's errors ("Strings must be encoded before hashing").

pub mod blake2;
pub mod sha3;

use crate::convert::parse_keywords;
use crate::native_type::{alloc, new_type, state};
use digest::{Digest, ExtendableOutput, Update, XofReader};
use krait_vm::native::{Args, MethodDef};
use krait_vm::objects::native_object::NativeObject;
use krait_vm::objects::str::StrData;
use krait_vm::protocols::payload;
use krait_vm::{method_table, PyResult, Value, Vm};
use std::any::Any;
use std::cell::RefCell;

/// A running hash computation of one algorithm.
pub(crate) trait Hasher {
    /// Feeds `data`.
    fn update(&mut self, data: &[u8]);
    /// The digest so far (`len` bytes of it for the extendable-output functions); the state
    /// goes on unchanged.
    fn finish(&self, len: usize) -> Vec<u8>;
    /// An independent copy of the state.
    fn boxed_clone(&self) -> Box<dyn Hasher>;
}

/// A fixed-output hash of the RustCrypto crates (MD5, SHA-1, SHA-2, SHA-3).
pub(crate) struct Fixed<D>(pub D);

impl<D: Digest + Clone + 'static> Hasher for Fixed<D> {
    fn update(&mut self, data: &[u8]) {
        Digest::update(&mut self.0, data);
    }
    fn finish(&self, _len: usize) -> Vec<u8> {
        self.0.clone().finalize().to_vec()
    }
    fn boxed_clone(&self) -> Box<dyn Hasher> {
        Box::new(Fixed(self.0.clone()))
    }
}

/// An extendable-output function (SHAKE).
pub(crate) struct Xof<X>(pub X);

impl<X: ExtendableOutput + Update + Clone + 'static> Hasher for Xof<X> {
    fn update(&mut self, data: &[u8]) {
        Update::update(&mut self.0, data);
    }
    fn finish(&self, len: usize) -> Vec<u8> {
        let mut out = vec![0u8; len];
        self.0.clone().finalize_xof().read(&mut out);
        out
    }
    fn boxed_clone(&self) -> Box<dyn Hasher> {
        Box::new(Xof(self.0.clone()))
    }
}

/// The facts CPython's `_sha3` types expose about their sponge.
#[derive(Clone, Copy)]
pub(crate) struct Sponge {
    pub rate_bits: u32,
    pub capacity_bits: u32,
    pub suffix: u8,
}

/// A hash object: its algorithm's state and what its attributes report.
pub(crate) struct HashObj {
    /// `name` (also the type's name in messages).
    pub name: &'static str,
    pub digest_size: usize,
    pub block_size: usize,
    /// Whether `digest`/`hexdigest` take a length (SHAKE).
    pub xof: bool,
    pub sponge: Option<Sponge>,
    pub state: RefCell<Box<dyn Hasher>>,
}

impl NativeObject for HashObj {
    fn traverse(&self, _visit: &mut dyn FnMut(&Value)) {}

    fn clear(&self) {}

    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// The bytes of data to hash (CPython's `GET_BUFFER_VIEW_OR_ERROUT`).
pub(crate) fn hash_data(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    if payload::<StrData>(v).is_some() {
        return Err(vm.type_error("Strings must be encoded before hashing"));
    }
    krait_vm::methods::bytes_text::bytes_of(v)
        .ok_or_else(|| vm.type_error("object supporting the buffer API required"))
}

method_table!(
    /// The methods of the MD5/SHA-1/SHA-2 objects.
    METHODS,
    Method,
    {
    "copy" => copy, "($self, /)", "Return a copy of the hash object.";
    "digest" => digest, "($self, /)", "Return the digest value as a bytes object.";
    "hexdigest" => hexdigest, "($self, /)", "Return the digest value as a string of hexadecimal digits.";
    "update" => update, "($self, obj, /)", "Update this hash object's state with the provided string.";
    }
);

method_table!(
    /// The methods of the SHA-3 and BLAKE2 objects.
    DATA_METHODS,
    Method,
    {
    "copy" => copy, "($self, /)", "Return a copy of the hash object.";
    "digest" => digest, "($self, /)", "Return the digest value as a bytes object.";
    "hexdigest" => hexdigest, "($self, /)", "Return the digest value as a string of hexadecimal digits.";
    "update" => update, "($self, data, /)", "Update this hash object's state with the provided bytes-like object.";
    }
);

method_table!(
    /// The methods of the SHAKE objects.
    XOF_METHODS,
    Method,
    {
    "copy" => copy, "($self, /)", "Return a copy of the hash object.";
    "digest" => digest, "($self, length, /)", "Return the digest value as a bytes object.";
    "hexdigest" => hexdigest, "($self, length, /)", "Return the digest value as a string of hexadecimal digits.";
    "update" => update, "($self, data, /)", "Update this hash object's state with the provided bytes-like object.";
    }
);

method_table!(
    /// The attributes of every hash object.
    GETTERS,
    Static,
    {
    "name" => get_name, "($self, /)", "";
    "digest_size" => get_digest_size, "($self, /)", "";
    "block_size" => get_block_size, "($self, /)", "";
    }
);

/// The hash object `self` of a method, with its type's name.
fn me<'a>(vm: &Vm, args: &Args<'a>) -> PyResult<(&'a Value, &'a HashObj)> {
    let s = args
        .pos()
        .first()
        .ok_or_else(|| vm.type_error("descriptor needs an argument"))?;
    let h =
        state::<HashObj>(s).ok_or_else(|| vm.type_error("descriptor requires a hash object"))?;
    Ok((s, h))
}

/// Checks a `METH_NOARGS`/`METH_O` method's arguments after `self` (`n` of them).
fn method_args<'a>(
    vm: &Vm,
    args: &Args<'a>,
    h: &HashObj,
    method: &str,
    n: usize,
) -> PyResult<&'a [Value]> {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error(&format!("{}.{method}() takes no keyword arguments", h.name)));
    }
    let rest = &args.pos()[1..];
    if rest.len() != n {
        return Err(vm.type_error(&if n == 0 {
            format!(
                "{}.{method}() takes no arguments ({} given)",
                h.name,
                rest.len()
            )
        } else {
            format!(
                "{}.{method}() takes exactly one argument ({} given)",
                h.name,
                rest.len()
            )
        }));
    }
    Ok(rest)
}

fn update(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, h) = me(vm, &args)?;
    let a = method_args(vm, &args, h, "update", 1)?;
    let data = hash_data(vm, &a[0])?;
    h.state.borrow_mut().update(&data);
    Ok(Value::NONE)
}

/// The digest of `h`, reading the SHAKE length argument if it takes one.
fn digest_bytes(vm: &Vm, args: &Args<'_>, h: &HashObj, method: &str) -> PyResult<Vec<u8>> {
    if !h.xof {
        method_args(vm, args, h, method, 0)?;
        return Ok(h.state.borrow().finish(h.digest_size));
    }
    let a = method_args(vm, args, h, method, 1)?;
    let len = sha3::xof_length(vm, &a[0])?;
    Ok(h.state.borrow().finish(len))
}

fn digest(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, h) = me(vm, &args)?;
    Ok(vm.new_bytes(digest_bytes(vm, &args, h, "digest")?))
}

fn hexdigest(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, h) = me(vm, &args)?;
    let d = digest_bytes(vm, &args, h, "hexdigest")?;
    let hex = crate::binascii::hex_bytes(&d, None, 1);
    Ok(vm.new_str(std::str::from_utf8(&hex).unwrap_or_default()))
}

fn copy(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, h) = me(vm, &args)?;
    if h.sponge.is_none() && !h.name.starts_with("blake2") && args.pos().len() > 1 {
        // MD5/SHA-1/SHA-2's copy takes its defining class, so its message is CPython's
        // generic one.
        return Err(vm.type_error("copy() takes no arguments"));
    }
    method_args(vm, &args, h, "copy", 0)?;
    let dup = HashObj {
        name: h.name,
        digest_size: h.digest_size,
        block_size: h.block_size,
        xof: h.xof,
        sponge: h.sponge,
        state: RefCell::new(h.state.borrow().boxed_clone()),
    };
    Ok(alloc(&vm.type_of(s), dup))
}

fn getter_self<'a>(vm: &Vm, args: &Args<'a>) -> PyResult<&'a HashObj> {
    me(vm, args).map(|(_, h)| h)
}

fn get_name(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(vm.new_str(getter_self(vm, &args)?.name))
}

fn get_digest_size(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let h = getter_self(vm, &args)?;
    Ok(vm.new_int(if h.xof { 0 } else { h.digest_size as i64 }))
}

fn get_block_size(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(vm.new_int(getter_self(vm, &args)?.block_size as i64))
}

/// A new hash object of type `ty`, fed `data` if given.
pub(crate) fn new_hash(
    vm: &Vm,
    ty: &Value,
    mut obj: HashObj,
    data: Option<&Value>,
) -> PyResult<Value> {
    if let Some(d) = data {
        let bytes = hash_data(vm, d)?;
        obj.state.get_mut().update(&bytes);
    }
    Ok(alloc(ty, obj))
}

/// A constructor of a fresh hash state.
type MakeHasher = fn() -> Box<dyn Hasher>;

/// One algorithm of the MD5/SHA-1/SHA-2 modules.
struct Algo {
    name: &'static str,
    digest_size: usize,
    block_size: usize,
    make: MakeHasher,
}

/// The algorithm `name` of the MD5/SHA-1/SHA-2 modules.
fn algo(name: &str) -> Option<Algo> {
    fn b<D: Digest + Clone + 'static>() -> Box<dyn Hasher> {
        Box::new(Fixed(D::new()))
    }
    let (digest_size, block_size, make): (usize, usize, MakeHasher) = match name {
        "md5" => (16, 64, b::<md5::Md5>),
        "sha1" => (20, 64, b::<sha1::Sha1>),
        "sha224" => (28, 64, b::<sha2::Sha224>),
        "sha256" => (32, 64, b::<sha2::Sha256>),
        "sha384" => (48, 128, b::<sha2::Sha384>),
        "sha512" => (64, 128, b::<sha2::Sha512>),
        _ => return None,
    };
    let name = ["md5", "sha1", "sha224", "sha256", "sha384", "sha512"]
        .into_iter()
        .find(|n| *n == name)?;
    Some(Algo {
        name,
        digest_size,
        block_size,
        make,
    })
}

/// The registered hash type `key` ("_md5.md5"), importing `module` first if need be.
pub(crate) fn hash_type(vm: &Vm, module: &str, key: &str) -> PyResult<Value> {
    let k = vm.new_str(key);
    if let Some(t) = vm.dict_get_item(&vm.internal_types(), &k)? {
        return Ok(t);
    }
    vm.import_absolute(module)?;
    vm.dict_get_item(&vm.internal_types(), &k)?.ok_or_else(|| {
        vm.new_error(
            &vm.types.runtime_error,
            &format!("{module} is not initialized"),
        )
    })
}

/// `md5(string=b'', *, usedforsecurity=True)` and its siblings, of the module `module`.
fn construct(vm: &Vm, args: &Args<'_>, module: &str, name: &str) -> PyResult<Value> {
    let a = parse_keywords(vm, args, name, &["string", "usedforsecurity"], 0, 1, 0)?;
    if let Some(u) = &a[1] {
        vm.is_true(u)?;
    }
    let al = algo(name).ok_or_else(|| vm.value_error("unknown hash algorithm"))?;
    let ty = hash_type(vm, module, &format!("{module}.{name}"))?;
    let obj = HashObj {
        name: al.name,
        digest_size: al.digest_size,
        block_size: al.block_size,
        xof: false,
        sponge: None,
        state: RefCell::new((al.make)()),
    };
    new_hash(vm, &ty, obj, a[0].as_ref())
}

macro_rules! constructors {
    ($($fn_name:ident => $module:literal, $name:literal;)*) => {
        $(fn $fn_name(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
            construct(vm, &args, $module, $name)
        })*
    };
}

constructors!(
    md5_new => "_md5", "md5";
    sha1_new => "_sha1", "sha1";
    sha224_new => "_sha256", "sha224";
    sha256_new => "_sha256", "sha256";
    sha384_new => "_sha512", "sha384";
    sha512_new => "_sha512", "sha512";
);

method_table!(
    /// The functions of `_md5`.
    MD5_FUNCTIONS,
    Static,
    {
    "md5" => md5_new, "($module, /, string=b'', *, usedforsecurity=True)", "Return a new MD5 hash object; optionally initialized with a string.";
    }
);

method_table!(
    /// The functions of `_sha1`.
    SHA1_FUNCTIONS,
    Static,
    {
    "sha1" => sha1_new, "($module, /, string=b'', *, usedforsecurity=True)", "Return a new SHA1 hash object; optionally initialized with a string.";
    }
);

method_table!(
    /// The functions of `_sha256`.
    SHA256_FUNCTIONS,
    Static,
    {
    "sha256" => sha256_new, "($module, /, string=b'', *, usedforsecurity=True)", "Return a new SHA-256 hash object; optionally initialized with a string.";
    "sha224" => sha224_new, "($module, /, string=b'', *, usedforsecurity=True)", "Return a new SHA-224 hash object; optionally initialized with a string.";
    }
);

method_table!(
    /// The functions of `_sha512`.
    SHA512_FUNCTIONS,
    Static,
    {
    "sha512" => sha512_new, "($module, /, string=b'', *, usedforsecurity=True)", "Return a new SHA-512 hash object; optionally initialized with a string.";
    "sha384" => sha384_new, "($module, /, string=b'', *, usedforsecurity=True)", "Return a new SHA-384 hash object; optionally initialized with a string.";
    }
);

/// Registers `ty` as the hash type `module.name` (where the constructors find it).
pub(crate) fn register_type(vm: &Vm, module: &str, name: &str, ty: &Value) -> PyResult<()> {
    vm.dict_set_item(
        &vm.internal_types(),
        vm.new_str(&format!("{module}.{name}")),
        ty.clone(),
    )
}

/// A module `name` with `functions` and the hash types `types`, each bound to the module
/// attribute paired with it (if any).
fn hash_module(
    vm: &Vm,
    name: &str,
    functions: &'static [MethodDef],
    types: &[(&str, Option<&str>)],
) -> PyResult<Value> {
    let m = crate::new_module(vm, name, functions)?;
    for (tname, attr) in types {
        let ty = new_type(vm, name, tname, &[METHODS], GETTERS)?;
        register_type(vm, name, tname, &ty)?;
        if let Some(attr) = attr {
            vm.module_set(&m, attr, ty)?;
        }
    }
    Ok(m)
}

/// Creates the `_md5` module.
pub fn init_md5(vm: &Vm) -> PyResult<Value> {
    hash_module(vm, "_md5", MD5_FUNCTIONS, &[("md5", Some("MD5Type"))])
}

/// Creates the `_sha1` module.
pub fn init_sha1(vm: &Vm) -> PyResult<Value> {
    hash_module(vm, "_sha1", SHA1_FUNCTIONS, &[("sha1", Some("SHA1Type"))])
}

/// Creates the `_sha256` module.
pub fn init_sha256(vm: &Vm) -> PyResult<Value> {
    hash_module(
        vm,
        "_sha256",
        SHA256_FUNCTIONS,
        &[
            ("sha224", Some("SHA224Type")),
            ("sha256", Some("SHA256Type")),
        ],
    )
}

/// Creates the `_sha512` module (as CPython 3.11, `SHA384Type` is the SHA-512 type and the
/// SHA-384 type is not bound).
pub fn init_sha512(vm: &Vm) -> PyResult<Value> {
    hash_module(
        vm,
        "_sha512",
        SHA512_FUNCTIONS,
        &[("sha384", None), ("sha512", Some("SHA384Type"))],
    )
}
