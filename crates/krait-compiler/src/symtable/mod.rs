//! The symbol table: CPython 3.11's scoping rules (Python/symtable.c), computed from the AST.
//!
//! Two passes, as CPython's: [`builder`] walks the AST recording, per scope, how each name is
//! used (the `DEF_*` flags); [`analyze`] then resolves every name to a [`SymbolScope`] (local,
//! global explicit/implicit, free, cell), propagating free variables up the scope tree.

mod analyze;
mod builder;

use crate::error::CompileError;
use krait_parser::ast::{self, Loc};
use rustc_hash::FxHashMap;

pub use builder::mangle;

/// `global x` in this scope (CPython's `DEF_GLOBAL`).
pub const DEF_GLOBAL: u32 = 1;
/// Assignment in this scope (`DEF_LOCAL`).
pub const DEF_LOCAL: u32 = 2;
/// A parameter (`DEF_PARAM`).
pub const DEF_PARAM: u32 = 4;
/// `nonlocal x` (`DEF_NONLOCAL`).
pub const DEF_NONLOCAL: u32 = 8;
/// The name is used (loaded) in this scope (`USE`).
pub const USE: u32 = 16;
/// Free in a nested scope (`DEF_FREE`; unused by 3.11's analysis but kept for the flag values).
pub const DEF_FREE: u32 = 32;
/// Free in a method and bound in the class body (`DEF_FREE_CLASS`).
pub const DEF_FREE_CLASS: u32 = 64;
/// Bound by an import (`DEF_IMPORT`).
pub const DEF_IMPORT: u32 = 128;
/// Annotated (`DEF_ANNOT`).
pub const DEF_ANNOT: u32 = 256;
/// A comprehension iteration variable (`DEF_COMP_ITER`).
pub const DEF_COMP_ITER: u32 = 512;
/// Any binding (`DEF_BOUND` = local | param | import).
pub const DEF_BOUND: u32 = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;
/// Where the scope is stored in CPython's combined flags word (`SCOPE_OFFSET`).
pub const SCOPE_OFFSET: u32 = 11;

/// What a name resolves to in one scope, as CPython's `LOCAL`…`CELL` (values equal CPython's).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SymbolScope {
    Local = 1,
    GlobalExplicit = 2,
    GlobalImplicit = 3,
    Free = 4,
    Cell = 5,
}

/// The kind of block, as CPython's `_Py_block_ty`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ScopeKind {
    Function,
    Class,
    Module,
    /// Only with `from __future__ import annotations`: annotations get their own block.
    Annotation,
}

/// Which comprehension a function block implements (`_Py_comprehension_ty`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ComprehensionKind {
    List,
    Set,
    Dict,
    Generator,
}

/// Index of a [`Scope`] in [`SymbolTable::scopes`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ScopeId(pub u32);

/// One name of one scope: its `DEF_*` flags and (after analysis) its resolved scope.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Symbol {
    /// The (mangled) name.
    pub name: String,
    /// `DEF_*` bits, as CPython's symbol flags below [`SCOPE_OFFSET`].
    pub flags: u32,
    /// The resolved scope; `None` only before analysis.
    pub scope: Option<SymbolScope>,
}

impl Symbol {
    /// CPython's combined flags word (`flags | scope << SCOPE_OFFSET`), as `symtable`'s
    /// `Symbol._Symbol__flags` shows it.
    pub fn raw_flags(&self) -> u32 {
        self.flags | (self.scope.map_or(0, |s| s as u32) << SCOPE_OFFSET)
    }
}

/// One block (`PySTEntryObject`): module, class body, function, lambda, comprehension or
/// annotation block.
#[derive(Clone, Debug)]
pub struct Scope {
    /// `top`, the class/function name, `lambda`, `listcomp`, `genexpr`, … as CPython names it.
    pub name: String,
    pub kind: ScopeKind,
    /// Set for comprehension function blocks.
    pub comprehension: Option<ComprehensionKind>,
    /// Symbols in order of first mention (CPython's `ste_symbols` dict order).
    pub symbols: Vec<Symbol>,
    index: FxHashMap<String, usize>,
    /// Parameters in definition order (`ste_varnames`): positional-only, positional,
    /// keyword-only, `*args`, `**kwargs`.
    pub varnames: Vec<String>,
    /// Nested blocks in the order the builder met them.
    pub children: Vec<ScopeId>,
    /// `global`/`nonlocal` statements (and walrus-implied ones): name and location.
    pub directives: Vec<(String, Loc)>,
    /// Location of the node that opened the block (`ste_lineno`, …).
    pub loc: Loc,
    pub is_generator: bool,
    pub is_coroutine: bool,
    /// Inside a function (directly or via classes): `ste_nested`.
    pub is_nested: bool,
    /// Has free variables (`ste_free`).
    pub has_free: bool,
    /// A child block has free variables (`ste_child_free`).
    pub child_free: bool,
    pub has_varargs: bool,
    pub has_varkeywords: bool,
    /// `return value` appears (`ste_returns_value`).
    pub returns_value: bool,
    /// A class whose methods use `__class__` or `super` (`ste_needs_class_closure`).
    pub needs_class_closure: bool,
    pub(crate) comp_iter_target: bool,
    pub(crate) comp_iter_expr: u32,
}

impl Scope {
    fn new(name: &str, kind: ScopeKind, loc: Loc) -> Scope {
        Scope {
            name: name.to_owned(),
            kind,
            comprehension: None,
            symbols: Vec::new(),
            index: FxHashMap::default(),
            varnames: Vec::new(),
            children: Vec::new(),
            directives: Vec::new(),
            loc,
            is_generator: false,
            is_coroutine: false,
            is_nested: false,
            has_free: false,
            child_free: false,
            has_varargs: false,
            has_varkeywords: false,
            returns_value: false,
            needs_class_closure: false,
            comp_iter_target: false,
            comp_iter_expr: 0,
        }
    }

    /// The symbol named `name` (already mangled), if any.
    pub fn get(&self, name: &str) -> Option<&Symbol> {
        self.index.get(name).map(|&i| &self.symbols[i])
    }

    /// The `DEF_*` flags of `name`, 0 when absent (CPython's `_PyST_GetSymbol`).
    pub fn flags_of(&self, name: &str) -> u32 {
        self.get(name).map_or(0, |s| s.flags)
    }

    /// The resolved scope of `name` (CPython's `_PyST_GetScope`); `None` when unknown.
    pub fn scope_of(&self, name: &str) -> Option<SymbolScope> {
        self.get(name).and_then(|s| s.scope)
    }

    fn set_flags(&mut self, name: &str, flags: u32) {
        match self.index.get(name) {
            Some(&i) => self.symbols[i].flags = flags,
            None => {
                self.index.insert(name.to_owned(), self.symbols.len());
                self.symbols.push(Symbol {
                    name: name.to_owned(),
                    flags,
                    scope: None,
                });
            }
        }
    }

    fn symbol_mut(&mut self, name: &str) -> Option<&mut Symbol> {
        match self.index.get(name) {
            Some(&i) => Some(&mut self.symbols[i]),
            None => None,
        }
    }

    /// Names whose resolved scope is `scope` or whose flags contain `flag`, sorted, as
    /// CPython's `dictbytype` builds `co_cellvars`/`co_freevars`.
    pub fn names_by_scope(&self, scope: SymbolScope, flag: u32) -> Vec<String> {
        let mut v: Vec<String> = self
            .symbols
            .iter()
            .filter(|s| s.scope == Some(scope) || (flag != 0 && s.flags & flag != 0))
            .map(|s| s.name.clone())
            .collect();
        v.sort();
        v
    }
}

/// The symbol tables of one module: a tree of [`Scope`]s rooted at [`SymbolTable::top`].
#[derive(Clone, Debug)]
pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    by_node: FxHashMap<usize, ScopeId>,
    /// `from __future__ import annotations` was in effect.
    pub future_annotations: bool,
}

impl SymbolTable {
    /// Builds and analyzes the symbol table of `module`, as CPython's `_PySymtable_Build`.
    ///
    /// `future_annotations` is whether `from __future__ import annotations` is in effect
    /// (annotations then get their own blocks).
    ///
    /// # Errors
    /// The SyntaxError CPython's symtable pass raises (message and location as CPython's), or
    /// a RecursionError for input nested too deeply.
    pub fn build(
        module: &ast::Mod,
        filename: &str,
        future_annotations: bool,
    ) -> Result<SymbolTable, CompileError> {
        let mut st = builder::Builder::new(filename, future_annotations);
        st.visit_mod(module)?;
        let mut table = st.finish();
        analyze::analyze(&mut table, filename)?;
        Ok(table)
    }

    /// The module block.
    pub fn top(&self) -> ScopeId {
        ScopeId(0)
    }

    /// The block `id`.
    pub fn scope(&self, id: ScopeId) -> &Scope {
        &self.scopes[id.0 as usize]
    }

    /// The block opened by AST node `node` (a function/class statement, lambda,
    /// comprehension, or — under future annotations — an annotation expression / `arguments`).
    /// Keyed by the node's address, so the AST must not move between building and lookup.
    pub fn scope_for<T>(&self, node: &T) -> Option<ScopeId> {
        self.by_node.get(&node_key(node)).copied()
    }
}

/// The identity of an AST node: its address.
pub(crate) fn node_key<T>(node: &T) -> usize {
    node as *const T as usize
}
