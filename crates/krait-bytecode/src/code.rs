//! Code objects: the compiler's output and the `.pyc`'s content, with the fields of CPython 3.11's
//! `PyCodeObject` (Include/cpython/code.h) that a Python program can observe.
//!
//! This is plain, immutable data. The VM turns a [`CodeObject`] (and the code objects in its
//! constants) into heap objects when it loads them; quickened instructions and inline caches live
//! in the VM's copy, never here, so what is serialized is always the generic form.

use crate::opcode::Instr;
use krait_parser::wtf8::Wtf8Buf;
use num_bigint::BigInt;

/// `co_flags` bits, with CPython's values (Include/cpython/code.h), which `inspect` tests.
pub mod co_flags {
    /// Locals are in fast slots (functions).
    pub const OPTIMIZED: u32 = 0x0001;
    /// A new locals dict is made for each call (functions).
    pub const NEWLOCALS: u32 = 0x0002;
    /// Has a `*args` parameter.
    pub const VARARGS: u32 = 0x0004;
    /// Has a `**kwargs` parameter.
    pub const VARKEYWORDS: u32 = 0x0008;
    /// Defined inside another function.
    pub const NESTED: u32 = 0x0010;
    /// A generator function.
    pub const GENERATOR: u32 = 0x0020;
    /// No free or cell variables.
    pub const NOFREE: u32 = 0x0040;
    /// An `async def` function.
    pub const COROUTINE: u32 = 0x0080;
    /// A generator decorated with `types.coroutine`.
    pub const ITERABLE_COROUTINE: u32 = 0x0100;
    /// An `async def` function containing `yield`.
    pub const ASYNC_GENERATOR: u32 = 0x0200;
    /// `from __future__ import annotations` (CO_FUTURE_ANNOTATIONS).
    pub const FUTURE_ANNOTATIONS: u32 = 0x0100_0000;
}

/// Kind bits of a localsplus slot, as CPython 3.11's `CO_FAST_*` (Include/internal/pycore_code.h).
/// A parameter that is also a cell has `LOCAL | CELL`.
pub mod local_kind {
    /// A local variable (in `co_varnames`).
    pub const LOCAL: u8 = 0x20;
    /// A cell variable (in `co_cellvars`).
    pub const CELL: u8 = 0x40;
    /// A free variable (in `co_freevars`), filled by `COPY_FREE_VARS`.
    pub const FREE: u8 = 0x80;
}

/// A constant in `co_consts`. Only immutable values, as in CPython; `Tuple` and `FrozenSet` come
/// from constant folding, `Code` from nested functions, classes, lambdas and comprehensions.
#[derive(Clone, Debug, PartialEq)]
pub enum Constant {
    None,
    Bool(bool),
    Ellipsis,
    Int(BigInt),
    Float(f64),
    Complex {
        real: f64,
        imag: f64,
    },
    Str(Wtf8Buf),
    Bytes(Vec<u8>),
    Tuple(Vec<Constant>),
    /// Elements in the order the compiler wrote them (deterministic, hash-independent).
    FrozenSet(Vec<Constant>),
    Code(Box<CodeObject>),
}

/// The source range of one instruction, as one entry of CPython's `co_positions()`:
/// 1-based lines, 0-based UTF-8 byte columns; `None` where CPython reports `None`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Position {
    pub lineno: Option<u32>,
    pub end_lineno: Option<u32>,
    pub col_offset: Option<u32>,
    pub end_col_offset: Option<u32>,
}

/// One entry of the exception table (3.11's zero-cost exceptions, Objects/exception_handling_notes.txt):
/// an exception raised by an instruction in `start..end` unwinds the value stack to `depth`
/// items, pushes the offset of the raising instruction first if `push_lasti`, pushes the
/// exception, and jumps to `target`. Indices are instruction indices; entries do not overlap and
/// are sorted by `start`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ExceptionTableEntry {
    pub start: u32,
    pub end: u32,
    pub target: u32,
    pub depth: u32,
    pub push_lasti: bool,
}

/// A compiled code object.
///
/// Localsplus layout (as CPython 3.11): slot `i` is named `localsplus_names[i]` with kind bits
/// `localsplus_kinds[i]` ([`local_kind`]); the parameters come first, in order, then the other
/// locals, then cells that are not parameters, then free variables. `LOAD_FAST`/`STORE_FAST` and
/// `LOAD_DEREF`/`MAKE_CELL` arguments are slot indices. At run time a frame holds these slots
/// followed by `stacksize` value-stack slots.
#[derive(Clone, Debug, PartialEq)]
pub struct CodeObject {
    /// `co_name`.
    pub name: String,
    /// `co_qualname`.
    pub qualname: String,
    /// `co_filename`.
    pub filename: String,
    /// `co_firstlineno`.
    pub firstlineno: u32,
    /// `co_argcount`: positional parameters, including positional-only ones.
    pub argcount: u32,
    /// `co_posonlyargcount`.
    pub posonlyargcount: u32,
    /// `co_kwonlyargcount`.
    pub kwonlyargcount: u32,
    /// `co_flags` ([`co_flags`] bits).
    pub flags: u32,
    /// `co_stacksize`: the maximum value-stack depth.
    pub stacksize: u32,
    /// The instructions (`co_code` is their encoding).
    pub instructions: Vec<Instr>,
    /// `co_consts`.
    pub consts: Vec<Constant>,
    /// `co_names`: attribute, global and imported names.
    pub names: Vec<String>,
    /// Names of the localsplus slots (see the type's documentation).
    pub localsplus_names: Vec<String>,
    /// Kind bits of the localsplus slots.
    pub localsplus_kinds: Vec<u8>,
    /// One source position per instruction (`co_positions()`).
    pub positions: Vec<Position>,
    /// The exception table.
    pub exception_table: Vec<ExceptionTableEntry>,
}

impl CodeObject {
    /// `co_varnames`: the names of slots that are locals (parameters first).
    pub fn varnames(&self) -> impl Iterator<Item = &str> {
        self.slots_with(local_kind::LOCAL)
    }

    /// `co_cellvars`: the names of slots that are cells.
    pub fn cellvars(&self) -> impl Iterator<Item = &str> {
        self.slots_with(local_kind::CELL)
    }

    /// `co_freevars`: the names of slots that are free variables.
    pub fn freevars(&self) -> impl Iterator<Item = &str> {
        self.slots_with(local_kind::FREE)
    }

    /// `co_nlocals`: how many slots are locals.
    pub fn nlocals(&self) -> usize {
        self.localsplus_kinds
            .iter()
            .filter(|&&k| k & local_kind::LOCAL != 0)
            .count()
    }

    /// The number of free variables (the closure's length).
    pub fn nfreevars(&self) -> usize {
        self.localsplus_kinds
            .iter()
            .filter(|&&k| k & local_kind::FREE != 0)
            .count()
    }

    fn slots_with(&self, kind: u8) -> impl Iterator<Item = &str> {
        self.localsplus_names
            .iter()
            .zip(&self.localsplus_kinds)
            .filter(move |(_, &k)| k & kind != 0)
            .map(|(n, _)| n.as_str())
    }

    /// The exception-table entry covering instruction `index`, if any.
    pub fn handler_for(&self, index: u32) -> Option<&ExceptionTableEntry> {
        let i = self.exception_table.partition_point(|e| e.end <= index);
        self.exception_table.get(i).filter(|e| e.start <= index)
    }
}
