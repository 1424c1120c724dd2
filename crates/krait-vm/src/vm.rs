//! The interpreter context. Every function that may run Python code or create objects takes
//! `vm: &Vm`; its state uses interior mutability, because native code re-enters the interpreter
//! (and finalizers run from `Drop`, where no `&mut` could be threaded through).

use crate::error::{PyErr, PyResult};
use crate::hash::HashSecret;
use crate::heap::{self, Header};
use crate::objects::bytes::BytesData;
use crate::objects::complex::ComplexData;
use crate::objects::dict::DictData;
use crate::objects::exception::ExceptionData;
use crate::objects::int::IntData;
use crate::objects::list::ListData;
use crate::objects::str::StrData;
use crate::objects::tuple::TupleData;
use crate::slot::Slot;
use crate::types::builtin::BuiltinTypes;
use crate::types::TypeData;
use crate::value::{Immediate, Value};
use num_bigint::BigInt;
use rustc_hash::FxHashMap;
use std::cell::{Cell, RefCell};

/// How an interpreter is configured (from the command line and environment).
#[derive(Clone, Debug, Default)]
pub struct VmConfig {
    /// `PYTHONHASHSEED`: `None` for random hashing, `Some(0)` to disable randomization.
    pub hash_seed: Option<u32>,
    /// `sys.argv`.
    pub argv: Vec<String>,
    /// The initial `sys.path`.
    pub path: Vec<String>,
    /// `-B`, `PYTHONDONTWRITEBYTECODE`: the initial `sys.dont_write_bytecode`.
    pub dont_write_bytecode: bool,
    /// `-X pycache_prefix`, `PYTHONPYCACHEPREFIX`: the initial `sys.pycache_prefix`.
    pub pycache_prefix: Option<String>,
    /// `--check-hash-based-pycs`: `default`, `always` or `never` (empty means `default`).
    pub check_hash_based_pycs: String,
    /// `-W` options, in order (`sys.warnoptions`).
    pub warnoptions: Vec<String>,
    /// `-X` options, in order (`sys._xoptions`).
    pub xoptions: Vec<String>,
}

/// CPython's default `sys.getrecursionlimit()`.
pub const DEFAULT_RECURSION_LIMIT: u32 = 1000;

/// One Python interpreter.
pub struct Vm {
    /// The built-in types.
    pub types: BuiltinTypes,
    /// The key of `str`/`bytes` hashing.
    pub hash_secret: HashSecret,
    interned: RefCell<FxHashMap<Box<str>, Value>>,
    recursion_depth: Cell<u32>,
    recursion_limit: Cell<u32>,
    /// Identities of the containers whose `repr` is being computed (`Py_ReprEnter`).
    pub(crate) repr_stack: RefCell<Vec<u64>>,
    /// The exception being handled (`sys.exception()`), or NULL.
    pub(crate) handled: crate::slot::Slot,
    /// The exception states of the frames below the running generators, innermost last: a
    /// resumed generator pushes the caller's `handled` here and installs its own (CPython's
    /// `exc_info` chain).
    pub(crate) outer_handled: RefCell<Vec<Value>>,
    /// The `builtins` module's namespace.
    pub builtins: Value,
    /// The import system: `sys.modules`, the native modules, `sys.argv`.
    pub imports: crate::modules::ImportState,
    /// `sys.get_int_max_str_digits()`: the limit on decimal digits of int/str conversions
    /// (0: none).
    int_max_str_digits: Cell<u64>,
    /// Whether `str`/`bytes` hashes are randomized (`sys.flags.hash_randomization`).
    hash_randomized: bool,
    /// The frame the innermost evaluation loop is running (CPython's `tstate->cframe->current_frame`),
    /// or null when no Python code runs. Maintained by `eval::run`.
    current_frame: Cell<*const crate::eval::Frame>,
    /// Types krait makes on first use (`types.SimpleNamespace`), by name.
    lazy_types: crate::slot::Slot,
}

impl Vm {
    /// A new interpreter with its built-in types.
    pub fn new(config: &VmConfig) -> Vm {
        let vm = Vm {
            types: BuiltinTypes::bootstrap(),
            hash_secret: config
                .hash_seed
                .map_or_else(HashSecret::random, HashSecret::from_seed),
            interned: RefCell::new(FxHashMap::default()),
            recursion_depth: Cell::new(0),
            recursion_limit: Cell::new(DEFAULT_RECURSION_LIMIT),
            repr_stack: RefCell::new(Vec::new()),
            handled: crate::slot::Slot::default(),
            outer_handled: RefCell::new(Vec::new()),
            builtins: Value::NULL,
            imports: crate::modules::ImportState::new(config),
            int_max_str_digits: Cell::new(4300),
            hash_randomized: config.hash_seed != Some(0),
            lazy_types: crate::slot::Slot::default(),
            current_frame: Cell::new(std::ptr::null()),
        };
        crate::types::class::install(&vm);
        crate::types::exceptions::install(&vm);
        crate::types::descriptors::install(&vm);
        crate::types::constructors::install(&vm);
        crate::types::function_new::install(&vm);
        crate::objects::generic_alias::install(&vm);
        crate::objects::union::install(&vm);
        crate::methods::install(&vm);
        crate::types::super_::install(&vm);
        crate::types::object_methods::install(&vm);
        crate::builtins::rounding::install(&vm);
        crate::protocols::complex::install(&vm);
        crate::protocols::dictview::install(&vm);
        crate::protocols::slice::install(&vm);
        crate::methods::bytes::install(&vm);
        crate::methods::bytearray::install(&vm);
        crate::methods::memoryview::install(&vm);
        crate::builtins::iterators::install(&vm);
        crate::methods::number_slots::install(&vm);
        crate::methods::container_slots::install(&vm);
        let builtins = crate::builtins::make_builtins(&vm);
        Vm { builtins, ..vm }
    }

    // ---- Types ----

    /// `type(v)`.
    #[inline]
    pub fn type_of(&self, v: &Value) -> Value {
        if v.is_float() {
            return self.types.float.clone();
        }
        if v.is_small_int() {
            return self.types.int.clone();
        }
        if let Some(h) = v.as_header() {
            return h.ty().map_or(Value::NULL, Value::from_obj);
        }
        match v.as_immediate() {
            Some(Immediate::None) => self.types.none_type.clone(),
            Some(Immediate::True | Immediate::False) => self.types.bool_.clone(),
            Some(Immediate::NotImplemented) => self.types.not_implemented_type.clone(),
            Some(Immediate::Ellipsis) => self.types.ellipsis_type.clone(),
            None => Value::NULL,
        }
    }

    /// Whether `v` is an instance of the type `ty` (by MRO; no `__instancecheck__`).
    pub fn is_instance_of(&self, v: &Value, ty: &Value) -> bool {
        let t = self.type_of(v);
        t.is(ty) || type_data(&t).is_some_and(|td| td.is_subtype_of(ty))
    }

    // ---- Constructors ----

    /// A new `str`.
    pub fn new_str(&self, s: &str) -> Value {
        self.str_value(StrData::from_str(s))
    }

    /// A `str` object for a payload.
    pub fn str_value(&self, s: StrData) -> Value {
        heap::alloc(self.types.str.to_obj(), s).into_value()
    }

    /// The interned `str` for `s` (identifiers, attribute and global names): one object per
    /// distinct string, so name lookups can compare identity first.
    pub fn intern(&self, s: &str) -> Value {
        if let Some(v) = self.interned.borrow().get(s) {
            return v.clone();
        }
        let v = self.new_str(s);
        self.interned.borrow_mut().insert(s.into(), v.clone());
        v
    }

    /// `hash()` of a `str` object (panics in debug builds if `s` is not a `str`).
    pub fn str_hash(&self, s: &Value) -> i64 {
        match s.as_header().and_then(Header::downcast_ref::<StrData>) {
            Some(sd) => sd.hash(&self.hash_secret),
            None => {
                debug_assert!(false, "str_hash of a non-str");
                0
            }
        }
    }

    /// An `int` (inline when small).
    #[inline]
    pub fn new_int(&self, i: i64) -> Value {
        Value::small_int(i).unwrap_or_else(|| self.new_bigint(BigInt::from(i)))
    }

    /// An `int` from a big integer (inline when it fits).
    pub fn new_bigint(&self, n: BigInt) -> Value {
        if let Some(v) = i64::try_from(&n).ok().and_then(Value::small_int) {
            return v;
        }
        heap::alloc(self.types.int.to_obj(), IntData { value: n }).into_value()
    }

    /// A `tuple`.
    pub fn new_tuple(&self, items: Vec<Value>) -> Value {
        heap::alloc(self.types.tuple.to_obj(), TupleData::new(items)).into_value()
    }

    /// A `complex`.
    pub fn new_complex(&self, real: f64, imag: f64) -> Value {
        heap::alloc(self.types.complex.to_obj(), ComplexData { real, imag }).into_value()
    }

    /// A `bytes`.
    pub fn new_bytes(&self, bytes: Vec<u8>) -> Value {
        heap::alloc(self.types.bytes.to_obj(), BytesData::new(bytes)).into_value()
    }

    /// A `list`.
    pub fn new_list(&self, items: Vec<Value>) -> Value {
        heap::alloc(self.types.list.to_obj(), ListData::new(items)).into_value()
    }

    /// An empty `dict`.
    pub fn new_dict(&self) -> Value {
        heap::alloc(self.types.dict.to_obj(), DictData::new()).into_value()
    }

    // ---- Exceptions ----

    /// A new instance of the exception class `ty` with `args` (no `__init__` is run: for
    /// built-in exceptions raised by native code, as CPython's `PyErr_SetObject`).
    #[cold]
    pub fn new_exception(&self, ty: &Value, args: Vec<Value>) -> PyErr {
        let data = ExceptionData {
            args: Slot::new(self.new_tuple(args)),
            ..ExceptionData::default()
        };
        PyErr::new(heap::alloc(ty.to_obj(), data).into_obj())
    }

    /// A new exception of class `ty` whose single argument is the message `msg`.
    #[cold]
    pub fn new_error(&self, ty: &Value, msg: &str) -> PyErr {
        self.new_exception(ty, vec![self.new_str(msg)])
    }

    /// `TypeError(msg)`.
    #[cold]
    pub fn type_error(&self, msg: &str) -> PyErr {
        self.new_error(&self.types.type_error, msg)
    }

    /// `ValueError(msg)`.
    #[cold]
    pub fn value_error(&self, msg: &str) -> PyErr {
        self.new_error(&self.types.value_error, msg)
    }

    /// `NotImplementedError(msg)`: what an unfinished feature raises, naming itself.
    #[cold]
    pub fn not_implemented(&self, what: &str) -> PyErr {
        self.new_error(
            &self.types.not_implemented_error,
            &format!("{what} is not implemented in krait yet"),
        )
    }

    // ---- Recursion ----

    /// Enters one level of Python (or native-to-Python) recursion; the guard leaves it. Raises
    /// `RecursionError` past `sys.getrecursionlimit()`, as CPython's `_Py_EnterRecursiveCall`.
    pub fn enter_recursion(&self, where_: &str) -> PyResult<RecursionGuard<'_>> {
        let depth = self.recursion_depth.get() + 1;
        if depth > self.recursion_limit.get() {
            return Err(self.new_error(
                &self.types.recursion_error,
                &format!("maximum recursion depth exceeded{where_}"),
            ));
        }
        self.recursion_depth.set(depth);
        Ok(RecursionGuard { vm: self })
    }

    /// Leaves one level entered by [`Vm::enter_recursion`] whose guard was forgotten (the
    /// evaluation loop counts frames on its own frame stack this way).
    pub(crate) fn leave_recursion(&self) {
        self.recursion_depth
            .set(self.recursion_depth.get().saturating_sub(1));
    }

    /// The current depth of Python frames and native re-entries.
    pub fn recursion_depth(&self) -> u32 {
        self.recursion_depth.get()
    }

    /// `sys.get_int_max_str_digits()`.
    pub fn int_max_str_digits(&self) -> u64 {
        self.int_max_str_digits.get()
    }

    /// `sys.set_int_max_str_digits(n)` (already validated).
    pub fn set_int_max_str_digits(&self, n: u64) {
        self.int_max_str_digits.set(n);
    }

    /// Runs `g` with the innermost running Python frame — the one whose instruction (directly
    /// or through other native code) called the running native function — or `None` when no
    /// Python code is running (CPython's `PyEval_GetFrame`).
    pub(crate) fn with_caller_frame<R>(
        &self,
        g: impl FnOnce(Option<&crate::eval::Frame>) -> R,
    ) -> R {
        let p = self.current_frame.get();
        // SAFETY: `current_frame` is null or names the frame an evaluation loop (`eval::run`) is
        // executing: `run` moves it off a frame before that frame leaves its stack and restores
        // the outer value when it ends (also on unwinding). The frame cannot finish while `g`
        // runs, because it is suspended in the native call that is running `g`, and frames are
        // only ever used through shared references (their mutable state is in cells), so this
        // `&Frame` aliases no `&mut`. The reference does not escape `g`.
        let frame = unsafe { p.as_ref() };
        g(frame)
    }

    /// The frame being run by the innermost evaluation loop, as a raw pointer (for `eval::run`).
    pub(crate) fn current_frame_ptr(&self) -> *const crate::eval::Frame {
        self.current_frame.get()
    }

    /// Makes `f` the frame being run (for `eval::run`, which keeps it valid).
    pub(crate) fn set_current_frame(&self, f: *const crate::eval::Frame) {
        self.current_frame.set(f);
    }

    /// The `frame` object of the activation `f` (made on first use, then cached in the frame).
    pub fn frame_object(&self, f: &crate::eval::Frame) -> Value {
        match self.types.frame.to_obj() {
            Some(ty) => crate::objects::frame::frame_object_of(f, &ty),
            None => Value::NONE,
        }
    }

    /// The dict of types made on first use (also where native modules keep the types they do
    /// not export, keyed by qualified name).
    pub fn internal_types(&self) -> Value {
        let d = self.lazy_types.get();
        if !d.is_null() {
            return d;
        }
        let d = self.new_dict();
        self.lazy_types.set(d.clone());
        d
    }

    /// `sys.flags.hash_randomization`.
    pub fn hash_randomized(&self) -> bool {
        self.hash_randomized
    }

    /// `sys.getrecursionlimit()`.
    pub fn recursion_limit(&self) -> u32 {
        self.recursion_limit.get()
    }

    /// `sys.setrecursionlimit(n)`.
    pub fn set_recursion_limit(&self, n: u32) {
        self.recursion_limit.set(n);
    }
}

/// One level of recursion, left when dropped.
pub struct RecursionGuard<'a> {
    vm: &'a Vm,
}

impl Drop for RecursionGuard<'_> {
    fn drop(&mut self) {
        self.vm
            .recursion_depth
            .set(self.vm.recursion_depth.get() - 1);
    }
}

/// The type payload of a type object.
pub fn type_data(t: &Value) -> Option<&TypeData> {
    t.as_header().and_then(Header::downcast_ref::<TypeData>)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vm() -> Vm {
        Vm::new(&VmConfig {
            hash_seed: Some(0),
            ..VmConfig::default()
        })
    }

    #[test]
    fn bootstrap_wires_type_and_object() {
        let vm = vm();
        let t = &vm.types;
        assert!(vm.type_of(&t.type_).is(&t.type_), "type(type) is type");
        assert!(vm.type_of(&t.object).is(&t.type_), "type(object) is type");
        assert!(vm.type_of(&t.dict).is(&t.type_));
        let obj_dict = type_data(&t.object).unwrap().dict();
        assert!(vm.type_of(&obj_dict).is(&t.dict), "type dicts are dicts");
        assert!(type_data(&t.object).unwrap().bases.borrow().is_empty());
        let mro: Vec<String> = type_data(&t.zero_division_error)
            .unwrap()
            .mro
            .borrow()
            .iter()
            .map(|c| type_data(c).unwrap().name.borrow().clone())
            .collect();
        assert_eq!(
            mro,
            [
                "ZeroDivisionError",
                "ArithmeticError",
                "Exception",
                "BaseException",
                "object"
            ]
        );
    }

    #[test]
    fn types_of_values() {
        let vm = vm();
        let t = &vm.types;
        assert!(vm.type_of(&Value::float(1.5)).is(&t.float));
        assert!(vm.type_of(&vm.new_int(5)).is(&t.int));
        assert!(
            vm.type_of(&vm.new_int(i64::MAX)).is(&t.int),
            "a big int is an int too"
        );
        assert!(vm.type_of(&Value::TRUE).is(&t.bool_));
        assert!(
            vm.is_instance_of(&Value::TRUE, &t.int),
            "bool is a subclass of int"
        );
        assert!(vm.type_of(&Value::NONE).is(&t.none_type));
        assert!(vm.type_of(&vm.new_str("x")).is(&t.str));
        assert!(vm.intern("name").is(&vm.intern("name")));
        let err = vm.type_error("boom");
        assert!(vm.is_instance_of(&err.into_value(), &t.exception));
    }

    #[test]
    fn recursion_is_bounded() {
        let vm = vm();
        vm.set_recursion_limit(50);
        let mut guards = Vec::new();
        for _ in 0..50 {
            guards.push(vm.enter_recursion("").unwrap());
        }
        assert!(vm
            .enter_recursion(" while calling a Python object")
            .is_err());
        guards.clear();
        assert!(vm.enter_recursion("").is_ok());
    }
}

#[cfg(test)]
mod native_tests {
    use super::*;
    use crate::native::{install_methods, Args, MethodDef, MethodDescriptorData, MethodKind};

    fn double(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
        let [x] = args.positional_range(vm, "double", 1, 1)? else {
            unreachable!()
        };
        Ok(vm.new_int(x.as_small_int().unwrap_or(0) * 2))
    }

    static DEFS: [MethodDef; 1] = [MethodDef {
        name: "double",
        func: double,
        kind: MethodKind::Method,
        signature: "($self, /)",
        doc: "Return twice self.",
    }];

    #[test]
    fn installed_methods_are_descriptors_in_the_type_dict() {
        let vm = Vm::new(&VmConfig {
            hash_seed: Some(0),
            ..VmConfig::default()
        });
        let int_type = vm.types.int.clone();
        let before = type_data(&int_type).unwrap().version();
        install_methods(&vm, &int_type, &DEFS);
        assert_ne!(
            type_data(&int_type).unwrap().version(),
            before,
            "installing changes the version tag"
        );
        let dict = type_data(&int_type).unwrap().dict();
        let d = dict
            .as_header()
            .unwrap()
            .downcast_ref::<DictData>()
            .unwrap();
        let key = vm.intern("double");
        let descr = d
            .get(&key, vm.str_hash(&key), &mut |a, b| Ok(a.is(b)))
            .unwrap()
            .unwrap();
        assert!(vm.type_of(&descr).is(&vm.types.method_descriptor));
        let md = descr
            .as_header()
            .unwrap()
            .downcast_ref::<MethodDescriptorData>()
            .unwrap();
        let r = (md.def.func)(&vm, Args::positional(&[vm.new_int(21)])).unwrap();
        assert_eq!(r.as_small_int(), Some(42));
        let err = (md.def.func)(&vm, Args::positional(&[])).unwrap_err();
        assert!(vm.is_instance_of(&err.into_value(), &vm.types.type_error));
        assert_eq!(
            md.def.docstring(),
            "double($self, /)\n--\n\nReturn twice self."
        );
    }
}
