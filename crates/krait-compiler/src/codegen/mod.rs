//! Code generation: the AST (with its symbol table) to krait code objects, following CPython
//! 3.11's Python/compile.c. [`Compiler`] keeps a stack of compilation units (one per code
//! object being built); statements, expressions, scopes (functions, classes, comprehensions)
//! and pattern matching are compiled by the sibling modules; [`crate::assemble`] turns a unit's
//! blocks into a [`CodeObject`].

mod astopt;
mod expr;
pub mod ir;
mod pattern;
mod scope;
mod stmt;

use crate::error::{recursion_error, syntax_error, CompileError, MAX_DEPTH};
use crate::symtable::{
    mangle, Scope, ScopeId, ScopeKind, SymbolScope, SymbolTable, DEF_FREE_CLASS,
};
use crate::CompileOptions;
use ir::{Block, BlockId, Ins, Op, NO_BLOCK};
use krait_bytecode::{CodeObject, Constant, Opcode, Position};
use krait_parser::ast::{self, Expr, ExprContext, Loc};
use rustc_hash::FxHashMap;

/// CPython's `STACK_USE_GUIDELINE`: above this many items, displays and calls are built
/// incrementally.
pub(crate) const STACK_USE_GUIDELINE: usize = 30;

/// What kind of code object a unit builds (CPython's `COMPILER_SCOPE_*`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnitKind {
    Module,
    Class,
    Function,
    AsyncFunction,
    Lambda,
    Comprehension,
}

/// Kinds of the frame-block stack (CPython's `fblocktype`) used to unwind for
/// `break`/`continue`/`return`.
#[derive(Clone, Debug)]
pub(crate) enum FBlock<'a> {
    WhileLoop {
        start: BlockId,
        exit: BlockId,
    },
    ForLoop {
        start: BlockId,
        exit: BlockId,
    },
    TryExcept,
    /// `try` body of a `try`/`finally`: the `finally` statements to inline when unwinding.
    FinallyTry {
        body: &'a [ast::Stmt],
    },
    FinallyEnd,
    With {
        loc: Loc,
        is_async: bool,
    },
    /// An `except` body; `name` is the `as` target to clear.
    HandlerCleanup {
        name: Option<String>,
    },
    PopValue,
    ExceptionHandler,
    ExceptionGroupHandler,
    AsyncComprehensionGenerator,
}

/// One code object under construction (CPython's `struct compiler_unit`).
pub(crate) struct Unit<'a> {
    pub scope: ScopeId,
    pub kind: UnitKind,
    pub name: String,
    pub qualname: String,
    pub private: Option<String>,
    pub blocks: Vec<Block>,
    /// Layout order of blocks (CPython's `b_next` chain).
    pub order: Vec<BlockId>,
    pub cur: BlockId,
    pub consts: Vec<Constant>,
    const_index: FxHashMap<String, u32>,
    pub names: Vec<String>,
    names_index: FxHashMap<String, u32>,
    pub varnames: Vec<String>,
    varnames_index: FxHashMap<String, u32>,
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
    pub fblocks: Vec<FBlock<'a>>,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub firstlineno: u32,
    pub pos: Option<Position>,
}

impl Unit<'_> {
    fn add_name(&mut self, name: &str) -> u32 {
        if let Some(&i) = self.names_index.get(name) {
            return i;
        }
        let i = self.names.len() as u32;
        self.names.push(name.to_owned());
        self.names_index.insert(name.to_owned(), i);
        i
    }

    fn add_varname(&mut self, name: &str) -> u32 {
        if let Some(&i) = self.varnames_index.get(name) {
            return i;
        }
        let i = self.varnames.len() as u32;
        self.varnames.push(name.to_owned());
        self.varnames_index.insert(name.to_owned(), i);
        i
    }

    /// Index of `c` in `co_consts`, adding it if new. Equal constants of the same type share a
    /// slot (`0.0` and `-0.0`, `1` and `True` do not), as CPython's `merge_consts_recursive`.
    pub fn add_const(&mut self, c: Constant) -> u32 {
        if matches!(c, Constant::Code(_)) {
            self.consts.push(c);
            return self.consts.len() as u32 - 1;
        }
        let key = const_key(&c);
        if let Some(&i) = self.const_index.get(&key) {
            return i;
        }
        let i = self.consts.len() as u32;
        self.consts.push(c);
        self.const_index.insert(key, i);
        i
    }
}

/// A string identifying a constant's type and value exactly (floats by bits).
fn const_key(c: &Constant) -> String {
    fn go(c: &Constant, out: &mut String) {
        use std::fmt::Write;
        match c {
            Constant::Float(f) => {
                let _ = write!(out, "f{:x};", f.to_bits());
            }
            Constant::Complex { real, imag } => {
                let _ = write!(out, "c{:x},{:x};", real.to_bits(), imag.to_bits());
            }
            Constant::Tuple(v) | Constant::FrozenSet(v) => {
                out.push(if matches!(c, Constant::Tuple(_)) {
                    '('
                } else {
                    '{'
                });
                for x in v {
                    go(x, out);
                }
                out.push(')');
            }
            other => {
                let _ = write!(out, "{other:?};");
            }
        }
    }
    let mut s = String::new();
    go(c, &mut s);
    s
}

/// The compiler (CPython's `struct compiler`).
pub struct Compiler<'a> {
    pub(crate) st: &'a SymbolTable,
    pub(crate) filename: &'a str,
    pub(crate) opts: &'a CompileOptions,
    pub(crate) units: Vec<Unit<'a>>,
    pub(crate) interactive: bool,
    pub(crate) future_annotations: bool,
    future_lineno: u32,
    depth: u32,
}

pub(crate) type R<T = ()> = Result<T, CompileError>;

impl<'a> Compiler<'a> {
    /// A compiler for one module whose symbol table is `st`.
    pub(crate) fn new(
        st: &'a SymbolTable,
        filename: &'a str,
        opts: &'a CompileOptions,
        features: crate::future::Features,
    ) -> Self {
        Compiler {
            st,
            filename,
            opts,
            units: Vec::new(),
            interactive: false,
            future_annotations: features.annotations,
            future_lineno: features.lineno,
            depth: 0,
        }
    }

    /// Line of the last future statement (0 when none).
    pub(crate) fn future_lineno(&self) -> u32 {
        self.future_lineno
    }

    pub(crate) fn u(&mut self) -> &mut Unit<'a> {
        self.units.last_mut().expect("compiler unit")
    }

    pub(crate) fn ur(&self) -> &Unit<'a> {
        self.units.last().expect("compiler unit")
    }

    pub(crate) fn ste(&self) -> &'a Scope {
        self.st.scope(self.ur().scope)
    }

    pub(crate) fn error(&self, msg: impl Into<String>) -> CompileError {
        let p = self.ur().pos.unwrap_or_default();
        let loc = Loc {
            lineno: p.lineno.unwrap_or(0),
            col_offset: p.col_offset.unwrap_or(0),
            end_lineno: p.end_lineno.unwrap_or(0),
            end_col_offset: p.end_col_offset.unwrap_or(0),
        };
        syntax_error(msg, self.filename, loc)
    }

    pub(crate) fn error_at(&self, msg: impl Into<String>, loc: Loc) -> CompileError {
        syntax_error(msg, self.filename, loc)
    }

    pub(crate) fn enter_depth(&mut self, loc: Loc) -> R {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(recursion_error(self.filename, loc));
        }
        Ok(())
    }

    pub(crate) fn leave_depth(&mut self) {
        self.depth -= 1;
    }

    // ---- locations ----

    pub(crate) fn set_loc(&mut self, loc: Loc) {
        self.u().pos = Some(pos_of(loc));
    }

    pub(crate) fn unset_loc(&mut self) {
        self.u().pos = None;
    }

    // ---- blocks ----

    pub(crate) fn new_block(&mut self) -> BlockId {
        let u = self.u();
        u.blocks.push(Block::default());
        BlockId(u.blocks.len() as u32 - 1)
    }

    /// Makes `b` the current block, placing it next in layout order.
    pub(crate) fn use_block(&mut self, b: BlockId) {
        let u = self.u();
        u.order.push(b);
        u.cur = b;
    }

    /// Starts a fresh block after the current one (CPython's `NEXT_BLOCK`).
    pub(crate) fn next_block(&mut self) {
        let b = self.new_block();
        self.use_block(b);
    }

    // ---- emitting ----

    fn push_ins(&mut self, op: Op, arg: u32, target: BlockId) {
        let u = self.u();
        let pos = u.pos;
        let cur = u.cur.0 as usize;
        u.blocks[cur].instrs.push(Ins {
            op,
            arg,
            target,
            pos,
        });
        // As CPython's CFG, a jump ends its basic block.
        if target != NO_BLOCK && !op.is_setup() {
            self.next_block();
        }
    }

    pub(crate) fn emit(&mut self, op: Opcode) {
        self.push_ins(Op::Real(op), 0, NO_BLOCK);
    }

    pub(crate) fn emit_arg(&mut self, op: Opcode, arg: u32) {
        self.push_ins(Op::Real(op), arg, NO_BLOCK);
    }

    pub(crate) fn emit_jump(&mut self, op: Opcode, target: BlockId) {
        self.push_ins(Op::Real(op), 0, target);
    }

    pub(crate) fn emit_pseudo(&mut self, op: Op, target: BlockId) {
        self.push_ins(op, 0, target);
    }

    pub(crate) fn jump(&mut self, target: BlockId) {
        self.push_ins(Op::Jump, 0, target);
    }

    pub(crate) fn jump_noline(&mut self, target: BlockId) {
        let saved = self.u().pos.take();
        self.push_ins(Op::Jump, 0, target);
        self.u().pos = saved;
    }

    pub(crate) fn load_const(&mut self, c: Constant) {
        let i = self.u().add_const(c);
        self.emit_arg(Opcode::LoadConst, i);
    }

    pub(crate) fn load_none(&mut self) {
        self.load_const(Constant::None);
    }

    pub(crate) fn emit_name(&mut self, op: Opcode, name: &str) {
        let mangled = mangle(self.ur().private.as_deref(), name);
        let i = self.u().add_name(&mangled);
        self.emit_arg(op, i);
    }

    pub(crate) fn emit_name_unmangled(&mut self, op: Opcode, name: &str) {
        let i = self.u().add_name(name);
        self.emit_arg(op, i);
    }

    /// Whether the last emitted instruction of the current block ends control flow.
    pub(crate) fn cur_block_terminated(&self) -> bool {
        let u = self.ur();
        u.blocks[u.cur.0 as usize]
            .instrs
            .last()
            .is_some_and(|i| i.op.is_terminator())
    }

    /// Index of a cell (`i`) or free (`ncells + j`) variable, as the deref argument before the
    /// assembler maps it to a localsplus slot.
    pub(crate) fn deref_index(&self, name: &str, scope: SymbolScope) -> R<u32> {
        let u = self.ur();
        let found = if scope == SymbolScope::Cell {
            u.cellvars.iter().position(|n| n == name)
        } else {
            u.freevars
                .iter()
                .position(|n| n == name)
                .map(|j| j + u.cellvars.len())
        };
        found
            .map(|i| i as u32)
            .ok_or_else(|| self.error(format!("internal error: no cell or free variable '{name}'")))
    }

    /// Loads, stores or deletes a name (CPython's `compiler_nameop`).
    pub(crate) fn nameop(&mut self, name: &str, ctx: ExprContext) -> R {
        let mangled = mangle(self.ur().private.as_deref(), name);
        let ste = self.ste();
        let sym = ste.get(&mangled);
        let scope = sym.and_then(|s| s.scope);
        let is_function = ste.kind == ScopeKind::Function;
        enum How {
            Deref(SymbolScope),
            Fast,
            Global,
            Name,
        }
        let how = match scope {
            Some(SymbolScope::Free) => How::Deref(SymbolScope::Free),
            Some(SymbolScope::Cell) => How::Deref(SymbolScope::Cell),
            Some(SymbolScope::Local) if is_function => How::Fast,
            Some(SymbolScope::GlobalImplicit) if is_function => How::Global,
            Some(SymbolScope::GlobalExplicit) => How::Global,
            _ => How::Name,
        };
        match how {
            How::Deref(sc) => {
                // A class-body name both local and free in a method lives in the dict.
                let _ = DEF_FREE_CLASS;
                let idx = self.deref_index(&mangled, sc)?;
                let op = match ctx {
                    ExprContext::Load if ste.kind == ScopeKind::Class => Opcode::LoadClassderef,
                    ExprContext::Load => Opcode::LoadDeref,
                    ExprContext::Store => Opcode::StoreDeref,
                    ExprContext::Del => Opcode::DeleteDeref,
                };
                self.emit_arg(op, idx);
            }
            How::Fast => {
                let i = self.u().add_varname(&mangled);
                let op = match ctx {
                    ExprContext::Load => Opcode::LoadFast,
                    ExprContext::Store => Opcode::StoreFast,
                    ExprContext::Del => Opcode::DeleteFast,
                };
                self.emit_arg(op, i);
            }
            How::Global => {
                let i = self.u().add_name(&mangled);
                match ctx {
                    ExprContext::Load => self.emit_arg(Opcode::LoadGlobal, i << 1),
                    ExprContext::Store => self.emit_arg(Opcode::StoreGlobal, i),
                    ExprContext::Del => self.emit_arg(Opcode::DeleteGlobal, i),
                }
            }
            How::Name => {
                let i = self.u().add_name(&mangled);
                let op = match ctx {
                    ExprContext::Load => Opcode::LoadName,
                    ExprContext::Store => Opcode::StoreName,
                    ExprContext::Del => Opcode::DeleteName,
                };
                self.emit_arg(op, i);
            }
        }
        Ok(())
    }

    /// Pushes a frame block (`compiler_push_fblock`): at most CPython's `CO_MAXBLOCKS` (20).
    pub(crate) fn push_fblock(&mut self, fb: FBlock<'a>) -> R {
        if self.ur().fblocks.len() >= 20 {
            return Err(self.error("too many statically nested blocks"));
        }
        self.u().fblocks.push(fb);
        Ok(())
    }

    // ---- units ----

    /// Opens a unit for the block `scope` (CPython's `compiler_enter_scope`).
    pub(crate) fn enter_scope(
        &mut self,
        name: &str,
        kind: UnitKind,
        scope: ScopeId,
        firstlineno: u32,
    ) -> R {
        let ste = self.st.scope(scope);
        let mut cellvars = ste.names_by_scope(SymbolScope::Cell, 0);
        if ste.needs_class_closure {
            cellvars.insert(0, "__class__".to_owned());
        }
        let freevars = ste.names_by_scope(SymbolScope::Free, DEF_FREE_CLASS);
        let private = self.units.last().and_then(|u| u.private.clone());
        let mut unit = Unit {
            scope,
            kind,
            name: name.to_owned(),
            qualname: name.to_owned(),
            private,
            blocks: vec![Block::default()],
            order: vec![BlockId(0)],
            cur: BlockId(0),
            consts: Vec::new(),
            const_index: FxHashMap::default(),
            names: Vec::new(),
            names_index: FxHashMap::default(),
            varnames: Vec::new(),
            varnames_index: FxHashMap::default(),
            cellvars,
            freevars,
            fblocks: Vec::new(),
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            firstlineno,
            pos: None,
        };
        for v in &ste.varnames {
            unit.add_varname(v);
        }
        if kind != UnitKind::Module {
            unit.qualname = self.qualname_for(&unit);
        }
        self.units.push(unit);
        let lineno = if kind == UnitKind::Module {
            0
        } else {
            firstlineno
        };
        // RESUME: (firstlineno, firstlineno, 0, 0); a module's is (0, 1, 0, 0).
        self.u().pos = Some(Position {
            lineno: Some(lineno),
            end_lineno: Some(if kind == UnitKind::Module { 1 } else { lineno }),
            col_offset: Some(0),
            end_col_offset: Some(0),
        });
        self.emit_arg(Opcode::Resume, 0);
        if kind == UnitKind::Module {
            self.u().pos = None;
        }
        Ok(())
    }

    /// `compiler_set_qualname`.
    fn qualname_for(&self, u: &Unit<'a>) -> String {
        let Some(parent) = self.units.last() else {
            return u.name.clone();
        };
        if parent.kind == UnitKind::Module {
            return u.name.clone();
        }
        let mut force_global = false;
        if matches!(
            u.kind,
            UnitKind::Function | UnitKind::AsyncFunction | UnitKind::Class
        ) {
            let mangled = mangle(parent.private.as_deref(), &u.name);
            if self.st.scope(parent.scope).scope_of(&mangled) == Some(SymbolScope::GlobalExplicit) {
                force_global = true;
            }
        }
        if force_global {
            return u.name.clone();
        }
        let base = if matches!(
            parent.kind,
            UnitKind::Function | UnitKind::AsyncFunction | UnitKind::Lambda
        ) {
            format!("{}.<locals>", parent.qualname)
        } else {
            parent.qualname.clone()
        };
        format!("{base}.{}", u.name)
    }

    /// Closes the current unit and assembles its code object (`compiler_exit_scope` +
    /// `assemble`). `add_none`: a missing final return returns None (else the top value).
    pub(crate) fn exit_scope(&mut self, add_none: bool) -> R<CodeObject> {
        if !self.cur_block_terminated() {
            self.unset_loc();
            if add_none {
                self.load_none();
            }
            self.emit(Opcode::ReturnValue);
        }
        let unit = self.units.pop().expect("unit");
        let qualname = unit.qualname.clone();
        let ste = self.st.scope(unit.scope);
        crate::assemble::assemble(unit, ste, self.filename, self.opts, self.future_annotations)
            .map_err(|m| {
                self.error_at(format!("internal error in {qualname}: {m}"), Loc::default())
            })
    }

    /// Compiles a whole module (CPython's `compiler_mod`).
    pub(crate) fn compile_mod(&mut self, module: &'a ast::Mod) -> R<CodeObject> {
        let top = self.st.top();
        self.enter_scope("<module>", UnitKind::Module, top, 1)?;
        let mut add_none = true;
        match module {
            ast::Mod::Module { body, .. } => self.body(body)?,
            ast::Mod::Interactive { body } => {
                if stmt::find_ann(body) {
                    self.emit(Opcode::SetupAnnotations);
                }
                self.interactive = true;
                self.stmts(body)?;
            }
            ast::Mod::Expression { body } => {
                self.expr(body)?;
                add_none = false;
            }
            ast::Mod::FunctionType { .. } => {
                return Err(self.error_at(
                    "this compiler does not handle FunctionTypes",
                    Loc::default(),
                ))
            }
        }
        self.exit_scope(add_none)
    }

    /// The docstring of a body, if its first statement is a string constant.
    pub fn docstring(body: &[ast::Stmt]) -> Option<&ast::Expr> {
        match body.first().map(|s| &s.kind) {
            Some(ast::StmtKind::Expr { value }) => match &value.kind {
                ast::ExprKind::Constant {
                    value: ast::Constant::Str(_),
                    ..
                } => Some(value),
                _ => None,
            },
            _ => None,
        }
    }

    /// `compiler_body`: a module or class body (docstring to `__doc__`, `SETUP_ANNOTATIONS`).
    pub(crate) fn body(&mut self, body: &'a [ast::Stmt]) -> R {
        if self.ur().kind == UnitKind::Module {
            if let Some(first) = body.first() {
                self.set_loc(first.loc);
            }
        }
        if stmt::find_ann(body) {
            self.emit(Opcode::SetupAnnotations);
        }
        let mut start = 0;
        if self.opts.optimize < 2 {
            if let Some(doc) = Self::docstring(body) {
                start = 1;
                self.set_loc(body[0].loc);
                self.expr(doc)?;
                self.unset_loc();
                self.nameop("__doc__", ExprContext::Store)?;
            }
        }
        self.stmts(&body[start..])
    }

    pub(crate) fn stmts(&mut self, body: &'a [ast::Stmt]) -> R {
        body.iter().try_for_each(|s| self.stmt(s))
    }

    pub(crate) fn exprs(&mut self, v: &'a [Expr]) -> R {
        v.iter().try_for_each(|e| self.expr(e))
    }
}

/// CPython 3.11's `update_start_location_to_match_attr`: when an attribute's name is on a later
/// line than where `pos` starts, the position starts at the name instead.
pub(crate) fn match_attr_start(pos: Option<Position>, attr: &Expr) -> Option<Position> {
    let ast::ExprKind::Attribute { attr: name, .. } = &attr.kind else {
        return pos;
    };
    let mut p = pos?;
    if p.lineno != Some(attr.loc.end_lineno) {
        p.lineno = Some(attr.loc.end_lineno);
        let len = name.chars().count() as u32;
        if len <= attr.loc.end_col_offset {
            p.col_offset = Some(attr.loc.end_col_offset - len);
        } else {
            p.col_offset = None;
            p.end_col_offset = None;
        }
        p.end_lineno = p.end_lineno.max(p.lineno);
        if p.lineno == p.end_lineno {
            p.end_col_offset = p.end_col_offset.max(p.col_offset);
        }
    }
    Some(p)
}

/// The position of an AST node.
pub(crate) fn pos_of(loc: Loc) -> Position {
    Position {
        lineno: Some(loc.lineno),
        end_lineno: Some(loc.end_lineno),
        col_offset: Some(loc.col_offset),
        end_col_offset: Some(loc.end_col_offset),
    }
}
