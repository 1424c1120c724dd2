//! Type objects (CPython's Objects/typeobject.c): the payload of a class, its method
//! resolution order, and version tags (design decision 4).

pub mod builtin;
pub mod class;
pub mod constructors;
pub mod descriptors;
pub mod exception_group;
pub mod exceptions;
pub mod function_new;
pub mod mro;
pub mod object_methods;
pub mod os_error;
pub mod slots;
pub mod subclass;
pub mod super_;

use crate::heap::Trace;
use crate::layouts::Kind;
use crate::objects::dict::DictData;
use crate::slot::Slot;
use crate::value::Value;
use std::cell::{Cell, RefCell};

/// `tp_flags` bits krait uses, with CPython's meanings.
pub mod flags {
    /// Created by a `class` statement or `type(name, bases, dict)` (Py_TPFLAGS_HEAPTYPE).
    pub const HEAPTYPE: u32 = 1 << 9;
    /// May be subclassed (Py_TPFLAGS_BASETYPE).
    pub const BASETYPE: u32 = 1 << 10;
    /// Has abstract methods left (Py_TPFLAGS_IS_ABSTRACT).
    pub const IS_ABSTRACT: u32 = 1 << 20;
    /// Matches a sequence pattern (Py_TPFLAGS_SEQUENCE).
    pub const SEQUENCE: u32 = 1 << 5;
    /// Matches a mapping pattern (Py_TPFLAGS_MAPPING).
    pub const MAPPING: u32 = 1 << 6;
    /// Instances are immutable (Py_TPFLAGS_IMMUTABLETYPE): attributes of the type itself
    /// cannot be set.
    pub const IMMUTABLETYPE: u32 = 1 << 8;
    /// krait's own bit: the type's instances have no `__dict__` (its `__slots__`, and those of
    /// all its Python bases, leave it out; CPython's `tp_dictoffset == 0`).
    pub const NO_DICT: u32 = 1 << 28;
    /// krait's own bit: the type's instances cannot be weakly referenced (CPython's
    /// `tp_weaklistoffset == 0`); set on Python classes only.
    pub const NO_WEAKREF: u32 = 1 << 29;
    /// krait's own bit: the type's own `__slots__` add members (CPython's `extra_ivars`: it is
    /// a "solid base", whose layout a second base cannot share).
    pub const ADDS_SLOTS: u32 = 1 << 30;
    /// krait's own bit: a struct sequence type (CPython's `PyStructSequence`, which CPython
    /// recognises by its slots instead).
    pub const STRUCTSEQ: u32 = 1 << 31;
}

/// The payload of a `type` object.
pub struct TypeData {
    /// `__name__`.
    pub name: RefCell<String>,
    /// `__qualname__`.
    pub qualname: RefCell<String>,
    /// `__bases__`: the direct bases (type objects).
    pub bases: RefCell<Vec<Value>>,
    /// `__mro__`: this type first, then its linearized ancestors.
    pub mro: RefCell<Vec<Value>>,
    /// `__dict__`: the type's namespace (a `dict` object).
    pub dict: Slot,
    /// `tp_flags` ([`flags`] bits).
    pub flags: Cell<u32>,
    /// The layout of this type's instances (inherited from the solid base).
    pub instance_kind: Cell<Kind>,
    /// How many `__slots__` members its instances have, its own and its bases' (types/slots.rs).
    pub nslots: Cell<usize>,
    /// The version tag: changes whenever the type, its dict or its MRO changes (decision 4).
    version: Cell<u64>,
}

thread_local! {
    static NEXT_TYPE_VERSION: Cell<u64> = const { Cell::new(1) };
}

impl TypeData {
    /// A type payload; `dict` must be a `dict` object.
    pub fn new(
        name: &str,
        qualname: &str,
        dict: Value,
        flags: u32,
        instance_kind: Kind,
    ) -> TypeData {
        TypeData {
            name: RefCell::new(name.to_owned()),
            qualname: RefCell::new(qualname.to_owned()),
            bases: RefCell::new(Vec::new()),
            mro: RefCell::new(Vec::new()),
            dict: Slot::new(dict),
            flags: Cell::new(flags),
            instance_kind: Cell::new(instance_kind),
            nslots: Cell::new(0),
            version: Cell::new(NEXT_TYPE_VERSION.with(|v| v.replace(v.get() + 1))),
        }
    }

    /// The current version tag.
    #[inline]
    pub fn version(&self) -> u64 {
        self.version.get()
    }

    /// Gives the type a new version tag (after its dict, bases or MRO changed). Subclasses must
    /// be invalidated too; the caller walks them.
    pub fn modified(&self) {
        self.version
            .set(NEXT_TYPE_VERSION.with(|v| v.replace(v.get() + 1)));
    }

    /// Whether `flag` is set.
    #[inline]
    pub fn has_flag(&self, flag: u32) -> bool {
        self.flags.get() & flag != 0
    }

    /// The type's namespace.
    pub fn dict(&self) -> Value {
        self.dict.get()
    }

    /// Whether `other` (a type object) is in this type's MRO, i.e. this type is a subclass of it.
    pub fn is_subtype_of(&self, other: &Value) -> bool {
        self.mro.borrow().iter().any(|t| t.is(other))
    }
}

impl Trace for TypeData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        self.dict.visit(visit);
        if let Ok(b) = self.bases.try_borrow() {
            b.iter().for_each(&mut *visit);
        }
        if let Ok(m) = self.mro.try_borrow() {
            m.iter().for_each(&mut *visit);
        }
    }

    fn clear(&self) {
        let bases = std::mem::take(&mut *self.bases.borrow_mut());
        let mro = std::mem::take(&mut *self.mro.borrow_mut());
        self.dict.set(Value::NULL);
        drop((bases, mro));
    }
}

/// Whether the payload type is a dict (used when a type's namespace is read).
pub fn is_dict(v: &Value) -> bool {
    v.to_obj()
        .is_some_and(|o| o.downcast_ref::<DictData>().is_some())
}
