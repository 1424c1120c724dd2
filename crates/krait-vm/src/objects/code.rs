//! Code objects at run time (CPython's Objects/codeobject.c): the compiler's
//! [`krait_bytecode::CodeObject`] with its constants and names turned into Python values.

use crate::error::PyResult;
use crate::heap::{self, Trace};
use crate::value::Value;
use crate::vm::Vm;
use krait_bytecode::code::{local_kind, Constant, ExceptionTableEntry, Position};
use krait_bytecode::{CodeObject, Instr};

/// The payload of a `code` object. Immutable once built.
pub struct CodeData {
    /// `co_name` (a str).
    pub name: Value,
    /// `co_qualname` (a str).
    pub qualname: Value,
    /// `co_filename` (a str).
    pub filename: Value,
    /// `co_firstlineno`.
    pub firstlineno: u32,
    /// `co_argcount`.
    pub argcount: u32,
    /// `co_posonlyargcount`.
    pub posonlyargcount: u32,
    /// `co_kwonlyargcount`.
    pub kwonlyargcount: u32,
    /// `co_flags`.
    pub flags: u32,
    /// `co_stacksize`.
    pub stacksize: u32,
    /// The instructions.
    pub instructions: Box<[Instr]>,
    /// `co_consts`.
    pub consts: Box<[Value]>,
    /// `co_names`, interned.
    pub names: Box<[Value]>,
    /// Names of the localsplus slots, interned.
    pub localsplus_names: Box<[Value]>,
    /// Kind bits of the localsplus slots (`krait_bytecode::code::local_kind`).
    pub localsplus_kinds: Box<[u8]>,
    /// One position per instruction.
    pub positions: Box<[Position]>,
    /// The exception table.
    pub exception_table: Box<[ExceptionTableEntry]>,
}

impl Trace for CodeData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        self.consts.iter().for_each(visit);
    }
}

impl CodeData {
    /// The number of localsplus slots (parameters, locals, cells and free variables).
    #[inline]
    pub fn nlocalsplus(&self) -> usize {
        self.localsplus_names.len()
    }

    /// The number of free variables (they are the last slots).
    pub fn nfree(&self) -> usize {
        self.localsplus_kinds
            .iter()
            .filter(|&&k| k & local_kind::FREE != 0)
            .count()
    }

    /// The exception-table entry covering instruction `index`, if any.
    pub fn handler_for(&self, index: u32) -> Option<&ExceptionTableEntry> {
        let i = self.exception_table.partition_point(|e| e.end <= index);
        self.exception_table.get(i).filter(|e| e.start <= index)
    }

    /// The attribute `name` of a code object (`co_name`, `co_argcount`, `co_varnames`, ...), as
    /// CPython's code object members; `None` for one krait does not have (`co_code`,
    /// `co_lnotab`: krait's bytecode is not CPython's).
    pub fn field(&self, vm: &Vm, name: &str) -> Option<Value> {
        let int = |n: u32| vm.new_int(i64::from(n));
        let names_of = |pred: &dyn Fn(u8) -> bool| {
            let v: Vec<Value> = self
                .localsplus_names
                .iter()
                .zip(self.localsplus_kinds.iter())
                .filter(|(_, &k)| pred(k))
                .map(|(n, _)| n.clone())
                .collect();
            v
        };
        Some(match name {
            "co_name" => self.name.clone(),
            "co_qualname" => self.qualname.clone(),
            "co_filename" => self.filename.clone(),
            "co_firstlineno" => int(self.firstlineno),
            "co_argcount" => int(self.argcount),
            "co_posonlyargcount" => int(self.posonlyargcount),
            "co_kwonlyargcount" => int(self.kwonlyargcount),
            "co_flags" => int(self.flags),
            "co_stacksize" => int(self.stacksize),
            "co_consts" => vm.new_tuple(self.consts.to_vec()),
            "co_names" => vm.new_tuple(self.names.to_vec()),
            "co_varnames" => vm.new_tuple(names_of(&|k| k & local_kind::LOCAL != 0)),
            "co_nlocals" => {
                let n = names_of(&|k| k & local_kind::LOCAL != 0).len();
                vm.new_int(n as i64)
            }
            "co_cellvars" => vm.new_tuple(names_of(&|k| k & local_kind::CELL != 0)),
            "co_freevars" => vm.new_tuple(names_of(&|k| k & local_kind::FREE != 0)),
            _ => return None,
        })
    }

    /// The line of instruction `index` (for tracebacks), if known.
    pub fn line_of(&self, index: usize) -> Option<u32> {
        self.positions.get(index).and_then(|p| p.lineno)
    }
}

/// Turns a compiled code object (and, recursively, the code objects among its constants) into a
/// `code` object.
///
/// # Errors
/// `NotImplementedError` for constants krait cannot build yet.
pub fn load_code(vm: &Vm, code: &CodeObject) -> PyResult<Value> {
    let data = CodeData {
        name: vm.intern(&code.name),
        qualname: vm.new_str(&code.qualname),
        filename: vm.intern(&code.filename),
        firstlineno: code.firstlineno,
        argcount: code.argcount,
        posonlyargcount: code.posonlyargcount,
        kwonlyargcount: code.kwonlyargcount,
        flags: code.flags,
        stacksize: code.stacksize,
        instructions: code.instructions.clone().into_boxed_slice(),
        consts: code
            .consts
            .iter()
            .map(|c| load_constant(vm, c))
            .collect::<PyResult<_>>()?,
        names: code.names.iter().map(|n| vm.intern(n)).collect(),
        localsplus_names: code.localsplus_names.iter().map(|n| vm.intern(n)).collect(),
        localsplus_kinds: code.localsplus_kinds.clone().into_boxed_slice(),
        positions: code.positions.clone().into_boxed_slice(),
        exception_table: code.exception_table.clone().into_boxed_slice(),
    };
    Ok(heap::alloc(vm.types.code.to_obj(), data).into_value())
}

/// The Python value of a constant.
///
/// # Errors
/// A key of a `frozenset` constant whose hashing fails.
pub fn load_constant(vm: &Vm, c: &Constant) -> PyResult<Value> {
    Ok(match c {
        Constant::None => Value::NONE,
        Constant::Bool(b) => Value::bool(*b),
        Constant::Ellipsis => Value::ELLIPSIS,
        Constant::Int(n) => vm.new_bigint(n.clone()),
        Constant::Float(f) => Value::float(*f),
        Constant::Complex { real, imag } => vm.new_complex(*real, *imag),
        Constant::Str(s) => vm.str_value(crate::objects::str::StrData::from_wtf8(s.as_bytes())),
        Constant::Bytes(b) => vm.new_bytes(b.clone()),
        Constant::Tuple(items) => vm.new_tuple(
            items
                .iter()
                .map(|c| load_constant(vm, c))
                .collect::<PyResult<_>>()?,
        ),
        Constant::FrozenSet(items) => {
            // CPython builds the set in source order, then its compiler rebuilds it from that
            // set's iteration order when merging constants (`merge_consts_recursive`); the
            // second table decides the iteration order programs see.
            let first = vm.new_set_of(&vm.types.frozenset);
            for c in items {
                vm.set_add(&first, load_constant(vm, c)?)?;
            }
            let keys = vm.any_set(&first).map(|s| s.keys()).unwrap_or_default();
            let s = vm.new_set_of(&vm.types.frozenset);
            for k in keys {
                vm.set_add(&s, k)?;
            }
            s
        }
        Constant::Code(code) => load_code(vm, code)?,
    })
}
