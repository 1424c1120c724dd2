//! The symtable's first pass: walks the AST and records, per block, the `DEF_*` flags of every
//! name and the block tree, with the SyntaxErrors CPython raises while doing so
//! (Python/symtable.c, `symtable_visit_*`).

use super::*;
use crate::error::{recursion_error, syntax_error, MAX_DEPTH};
use ast::{
    Arguments, Comprehension, Expr, ExprContext, ExprKind, Pattern, PatternKind, Stmt, StmtKind,
};

/// Private-name mangling (CPython's `_Py_Mangle`): inside class `Cls`, `__x` becomes `_Cls__x`
/// unless it ends with `__` or contains a dot; leading underscores of the class name are
/// stripped, and an all-underscore class name disables mangling.
pub fn mangle(private: Option<&str>, name: &str) -> String {
    let Some(class) = private else {
        return name.to_owned();
    };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.to_owned();
    }
    let stripped = class.trim_start_matches('_');
    if stripped.is_empty() {
        return name.to_owned();
    }
    format!("_{stripped}{name}")
}

const GLOBAL_PARAM: &str = "is parameter and global";
const NONLOCAL_PARAM: &str = "is parameter and nonlocal";
const GLOBAL_AFTER_ASSIGN: &str = "is assigned to before global declaration";
const NONLOCAL_AFTER_ASSIGN: &str = "is assigned to before nonlocal declaration";
const GLOBAL_AFTER_USE: &str = "is used prior to global declaration";
const NONLOCAL_AFTER_USE: &str = "is used prior to nonlocal declaration";

type R = Result<(), CompileError>;

/// State of the first pass (CPython's `struct symtable`).
pub(super) struct Builder<'f> {
    filename: &'f str,
    future_annotations: bool,
    scopes: Vec<Scope>,
    by_node: FxHashMap<usize, ScopeId>,
    stack: Vec<ScopeId>,
    private: Option<String>,
    depth: u32,
}

impl<'f> Builder<'f> {
    pub(super) fn new(filename: &'f str, future_annotations: bool) -> Self {
        Builder {
            filename,
            future_annotations,
            scopes: Vec::new(),
            by_node: FxHashMap::default(),
            stack: Vec::new(),
            private: None,
            depth: 0,
        }
    }

    pub(super) fn finish(self) -> SymbolTable {
        SymbolTable {
            scopes: self.scopes,
            by_node: self.by_node,
            future_annotations: self.future_annotations,
        }
    }

    fn cur_id(&self) -> usize {
        self.stack.last().map_or(0, |s| s.0 as usize)
    }

    fn cur(&mut self) -> &mut Scope {
        let i = self.cur_id();
        &mut self.scopes[i]
    }

    fn err(&self, msg: impl Into<String>, loc: Loc) -> CompileError {
        syntax_error(msg, self.filename, loc)
    }

    fn enter_block(&mut self, name: &str, kind: ScopeKind, key: usize, loc: Loc) {
        let id = ScopeId(self.scopes.len() as u32);
        let mut scope = Scope::new(name, kind, loc);
        if let Some(&prev) = self.stack.last() {
            let p = &self.scopes[prev.0 as usize];
            scope.is_nested = p.is_nested || p.kind == ScopeKind::Function;
            // As CPython 3.11 shows them (`symtable` module), annotation blocks are not
            // children of the enclosing block: their names never make cells or free variables.
            if kind != ScopeKind::Annotation {
                self.scopes[prev.0 as usize].children.push(id);
            }
        }
        self.scopes.push(scope);
        self.by_node.insert(key, id);
        self.stack.push(id);
    }

    fn exit_block(&mut self) {
        self.stack.pop();
    }

    /// `symtable_add_def_helper`: records `flag` for `name` in block `target`.
    fn add_def_in(&mut self, name: &str, flag: u32, target: usize, loc: Loc) -> R {
        let mangled = mangle(self.private.as_deref(), name);
        let scope = &mut self.scopes[target];
        let mut val = match scope.get(&mangled) {
            Some(sym) => {
                if flag & DEF_PARAM != 0 && sym.flags & DEF_PARAM != 0 {
                    return Err(self.err(
                        format!("duplicate argument '{name}' in function definition"),
                        loc,
                    ));
                }
                sym.flags | flag
            }
            None => flag,
        };
        if scope.comp_iter_target {
            if val & (DEF_GLOBAL | DEF_NONLOCAL) != 0 {
                return Err(self.err(
                    format!(
                        "comprehension inner loop cannot rebind assignment expression target '{name}'"
                    ),
                    loc,
                ));
            }
            val |= DEF_COMP_ITER;
        }
        scope.set_flags(&mangled, val);
        if flag & DEF_PARAM != 0 {
            scope.varnames.push(mangled);
        } else if flag & DEF_GLOBAL != 0 {
            let module = &mut self.scopes[0];
            let v = flag | module.flags_of(&mangled);
            module.set_flags(&mangled, v);
        }
        Ok(())
    }

    fn add_def(&mut self, name: &str, flag: u32, loc: Loc) -> R {
        let cur = self.cur_id();
        self.add_def_in(name, flag, cur, loc)
    }

    fn lookup(&self, name: &str) -> u32 {
        let mangled = mangle(self.private.as_deref(), name);
        self.scopes[self.cur_id()].flags_of(&mangled)
    }

    fn record_directive(&mut self, name: &str, loc: Loc) {
        let mangled = mangle(self.private.as_deref(), name);
        self.cur().directives.push((mangled, loc));
    }

    fn deeper(&mut self, loc: Loc) -> R {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(recursion_error(self.filename, loc));
        }
        Ok(())
    }

    pub(super) fn visit_mod(&mut self, module: &ast::Mod) -> R {
        self.enter_block("top", ScopeKind::Module, node_key(module), Loc::default());
        match module {
            ast::Mod::Module { body, .. } | ast::Mod::Interactive { body } => self.stmts(body)?,
            ast::Mod::Expression { body } => self.expr(body)?,
            ast::Mod::FunctionType { .. } => {
                return Err(self.err(
                    "this compiler does not handle FunctionTypes",
                    Loc::default(),
                ))
            }
        }
        self.exit_block();
        Ok(())
    }

    fn stmts(&mut self, body: &[Stmt]) -> R {
        body.iter().try_for_each(|s| self.stmt(s))
    }

    fn exprs(&mut self, v: &[Expr]) -> R {
        v.iter().try_for_each(|e| self.expr(e))
    }

    fn stmt(&mut self, s: &Stmt) -> R {
        self.deeper(s.loc)?;
        self.stmt_inner(s)?;
        self.depth -= 1;
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    fn function(
        &mut self,
        s: &Stmt,
        name: &str,
        args: &Arguments,
        body: &[Stmt],
        decorators: &[Expr],
        returns: Option<&Expr>,
        is_async: bool,
    ) -> R {
        self.add_def(name, DEF_LOCAL, s.loc)?;
        self.exprs(&args.defaults)?;
        for d in args.kw_defaults.iter().flatten() {
            self.expr(d)?;
        }
        self.annotations(args, returns)?;
        self.exprs(decorators)?;
        self.enter_block(name, ScopeKind::Function, node_key(s), s.loc);
        if is_async {
            self.cur().is_coroutine = true;
        }
        self.arguments(args)?;
        self.stmts(body)?;
        self.exit_block();
        Ok(())
    }

    fn stmt_inner(&mut self, s: &Stmt) -> R {
        match &s.kind {
            StmtKind::FunctionDef {
                name,
                args,
                body,
                decorator_list,
                returns,
                ..
            } => self.function(
                s,
                name,
                args,
                body,
                decorator_list,
                returns.as_deref(),
                false,
            )?,
            StmtKind::AsyncFunctionDef {
                name,
                args,
                body,
                decorator_list,
                returns,
                ..
            } => self.function(
                s,
                name,
                args,
                body,
                decorator_list,
                returns.as_deref(),
                true,
            )?,
            StmtKind::ClassDef {
                name,
                bases,
                keywords,
                body,
                decorator_list,
            } => {
                self.add_def(name, DEF_LOCAL, s.loc)?;
                self.exprs(bases)?;
                for k in keywords {
                    self.expr(&k.value)?;
                }
                self.exprs(decorator_list)?;
                self.enter_block(name, ScopeKind::Class, node_key(s), s.loc);
                let saved = self.private.replace(name.clone());
                self.stmts(body)?;
                self.private = saved;
                self.exit_block();
            }
            StmtKind::Return { value } => {
                if let Some(v) = value {
                    self.expr(v)?;
                    self.cur().returns_value = true;
                }
            }
            StmtKind::Delete { targets } => self.exprs(targets)?,
            StmtKind::Assign { targets, value, .. } => {
                self.exprs(targets)?;
                self.expr(value)?;
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                if let ExprKind::Name { id, .. } = &target.kind {
                    let cur = self.lookup(id);
                    if cur & (DEF_GLOBAL | DEF_NONLOCAL) != 0 && self.cur_id() != 0 && *simple != 0
                    {
                        let which = if cur & DEF_GLOBAL != 0 {
                            "global"
                        } else {
                            "nonlocal"
                        };
                        return Err(
                            self.err(format!("annotated name '{id}' can't be {which}"), s.loc)
                        );
                    }
                    if *simple != 0 {
                        self.add_def(id, DEF_ANNOT | DEF_LOCAL, target.loc)?;
                    } else if value.is_some() {
                        self.add_def(id, DEF_LOCAL, target.loc)?;
                    }
                } else {
                    self.expr(target)?;
                }
                self.annotation(annotation)?;
                if let Some(v) = value {
                    self.expr(v)?;
                }
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(target)?;
                self.expr(value)?;
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                ..
            }
            | StmtKind::AsyncFor {
                target,
                iter,
                body,
                orelse,
                ..
            } => {
                self.expr(target)?;
                self.expr(iter)?;
                self.stmts(body)?;
                self.stmts(orelse)?;
            }
            StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
                self.expr(test)?;
                self.stmts(body)?;
                self.stmts(orelse)?;
            }
            StmtKind::Match { subject, cases } => {
                self.expr(subject)?;
                for case in cases {
                    self.pattern(&case.pattern)?;
                    if let Some(g) = &case.guard {
                        self.expr(g)?;
                    }
                    self.stmts(&case.body)?;
                }
            }
            StmtKind::Raise { exc, cause } => {
                if let Some(e) = exc {
                    self.expr(e)?;
                    if let Some(c) = cause {
                        self.expr(c)?;
                    }
                }
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            }
            | StmtKind::TryStar {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                self.stmts(body)?;
                self.stmts(orelse)?;
                for h in handlers {
                    if let Some(t) = &h.type_ {
                        self.expr(t)?;
                    }
                    if let Some(n) = &h.name {
                        self.add_def(n, DEF_LOCAL, h.loc)?;
                    }
                    self.stmts(&h.body)?;
                }
                self.stmts(finalbody)?;
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test)?;
                if let Some(m) = msg {
                    self.expr(m)?;
                }
            }
            StmtKind::Import { names } | StmtKind::ImportFrom { names, .. } => {
                for a in names {
                    self.alias(a)?;
                }
            }
            StmtKind::Global { names } => self.directive(s, names, true)?,
            StmtKind::Nonlocal { names } => self.directive(s, names, false)?,
            StmtKind::Expr { value } => self.expr(value)?,
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => {}
            StmtKind::With { items, body, .. } | StmtKind::AsyncWith { items, body, .. } => {
                for item in items {
                    self.expr(&item.context_expr)?;
                    if let Some(v) = &item.optional_vars {
                        self.expr(v)?;
                    }
                }
                self.stmts(body)?;
            }
        }
        Ok(())
    }

    fn directive(&mut self, s: &Stmt, names: &[String], global: bool) -> R {
        for name in names {
            let cur = self.lookup(name);
            if cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT) != 0 {
                let msg = if cur & DEF_PARAM != 0 {
                    if global {
                        GLOBAL_PARAM
                    } else {
                        NONLOCAL_PARAM
                    }
                } else if cur & USE != 0 {
                    if global {
                        GLOBAL_AFTER_USE
                    } else {
                        NONLOCAL_AFTER_USE
                    }
                } else if cur & DEF_ANNOT != 0 {
                    let which = if global { "global" } else { "nonlocal" };
                    return Err(
                        self.err(format!("annotated name '{name}' can't be {which}"), s.loc)
                    );
                } else if global {
                    GLOBAL_AFTER_ASSIGN
                } else {
                    NONLOCAL_AFTER_ASSIGN
                };
                return Err(self.err(format!("name '{name}' {msg}"), s.loc));
            }
            self.add_def(name, if global { DEF_GLOBAL } else { DEF_NONLOCAL }, s.loc)?;
            self.record_directive(name, s.loc);
        }
        Ok(())
    }

    fn alias(&mut self, a: &ast::Alias) -> R {
        let name = a.asname.as_deref().unwrap_or(&a.name);
        if name == "*" {
            if self.scopes[self.cur_id()].kind != ScopeKind::Module {
                return Err(self.err("import * only allowed at module level", a.loc));
            }
            return Ok(());
        }
        let store = name.split('.').next().unwrap_or(name);
        self.add_def(store, DEF_IMPORT, a.loc)
    }

    /// `symtable_visit_annotation`: one annotation, in its own block under future annotations.
    fn annotation(&mut self, e: &Expr) -> R {
        if self.future_annotations {
            self.enter_block("_annotation", ScopeKind::Annotation, node_key(e), e.loc);
            self.expr(e)?;
            self.exit_block();
            Ok(())
        } else {
            self.expr(e)
        }
    }

    /// `symtable_visit_annotations`: a function's parameter and return annotations.
    fn annotations(&mut self, args: &Arguments, returns: Option<&Expr>) -> R {
        if self.future_annotations {
            self.enter_block(
                "_annotation",
                ScopeKind::Annotation,
                node_key(args),
                Loc::default(),
            );
        }
        // CPython's order: positional-only, positional, `*args`, `**kwargs`, keyword-only.
        for a in args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(args.vararg.as_deref())
            .chain(args.kwarg.as_deref())
            .chain(&args.kwonlyargs)
        {
            if let Some(ann) = &a.annotation {
                self.expr(ann)?;
            }
        }
        if self.future_annotations {
            self.exit_block();
        }
        if let Some(r) = returns {
            self.annotation(r)?;
        }
        Ok(())
    }

    fn arguments(&mut self, a: &Arguments) -> R {
        for arg in a.posonlyargs.iter().chain(&a.args).chain(&a.kwonlyargs) {
            self.add_def(&arg.arg, DEF_PARAM, arg.loc)?;
        }
        if let Some(v) = &a.vararg {
            self.add_def(&v.arg, DEF_PARAM, v.loc)?;
            self.cur().has_varargs = true;
        }
        if let Some(k) = &a.kwarg {
            self.add_def(&k.arg, DEF_PARAM, k.loc)?;
            self.cur().has_varkeywords = true;
        }
        Ok(())
    }

    fn pattern(&mut self, p: &Pattern) -> R {
        self.deeper(p.loc)?;
        match &p.kind {
            PatternKind::MatchValue { value } => self.expr(value)?,
            PatternKind::MatchSingleton { .. } => {}
            PatternKind::MatchSequence { patterns } | PatternKind::MatchOr { patterns } => {
                patterns.iter().try_for_each(|p| self.pattern(p))?
            }
            PatternKind::MatchStar { name } => {
                if let Some(n) = name {
                    self.add_def(n, DEF_LOCAL, p.loc)?;
                }
            }
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            } => {
                self.exprs(keys)?;
                patterns.iter().try_for_each(|p| self.pattern(p))?;
                if let Some(n) = rest {
                    self.add_def(n, DEF_LOCAL, p.loc)?;
                }
            }
            PatternKind::MatchClass {
                cls,
                patterns,
                kwd_patterns,
                ..
            } => {
                self.expr(cls)?;
                patterns.iter().try_for_each(|p| self.pattern(p))?;
                kwd_patterns.iter().try_for_each(|p| self.pattern(p))?;
            }
            PatternKind::MatchAs { pattern, name } => {
                if let Some(sub) = pattern {
                    self.pattern(sub)?;
                }
                if let Some(n) = name {
                    self.add_def(n, DEF_LOCAL, p.loc)?;
                }
            }
        }
        self.depth -= 1;
        Ok(())
    }

    fn expr(&mut self, e: &Expr) -> R {
        self.deeper(e.loc)?;
        self.expr_inner(e)?;
        self.depth -= 1;
        Ok(())
    }

    fn raise_if_annotation_block(&self, what: &str, e: &Expr) -> R {
        if self.scopes[self.cur_id()].kind == ScopeKind::Annotation {
            return Err(self.err(
                format!("'{what}' can not be used within an annotation"),
                e.loc,
            ));
        }
        Ok(())
    }

    fn expr_inner(&mut self, e: &Expr) -> R {
        match &e.kind {
            ExprKind::NamedExpr { target, value } => {
                self.raise_if_annotation_block("named expression", e)?;
                self.named_expr(e, target, value)?;
            }
            ExprKind::BoolOp { values, .. } => self.exprs(values)?,
            ExprKind::BinOp { left, right, .. } => {
                self.expr(left)?;
                self.expr(right)?;
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand)?,
            ExprKind::Lambda { args, body } => {
                self.exprs(&args.defaults)?;
                for d in args.kw_defaults.iter().flatten() {
                    self.expr(d)?;
                }
                self.enter_block("lambda", ScopeKind::Function, node_key(e), e.loc);
                self.arguments(args)?;
                self.expr(body)?;
                self.exit_block();
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test)?;
                self.expr(body)?;
                self.expr(orelse)?;
            }
            ExprKind::Dict { keys, values } => {
                for k in keys.iter().flatten() {
                    self.expr(k)?;
                }
                self.exprs(values)?;
            }
            ExprKind::Set { elts } => self.exprs(elts)?,
            ExprKind::GeneratorExp { elt, generators } => self.comprehension(
                e,
                "genexpr",
                generators,
                elt,
                None,
                ComprehensionKind::Generator,
            )?,
            ExprKind::ListComp { elt, generators } => self.comprehension(
                e,
                "listcomp",
                generators,
                elt,
                None,
                ComprehensionKind::List,
            )?,
            ExprKind::SetComp { elt, generators } => {
                self.comprehension(e, "setcomp", generators, elt, None, ComprehensionKind::Set)?
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(
                e,
                "dictcomp",
                generators,
                key,
                Some(value),
                ComprehensionKind::Dict,
            )?,
            ExprKind::Yield { value } => {
                self.raise_if_annotation_block("yield expression", e)?;
                if let Some(v) = value {
                    self.expr(v)?;
                }
                self.yield_seen(e)?;
            }
            ExprKind::YieldFrom { value } => {
                self.raise_if_annotation_block("yield expression", e)?;
                self.expr(value)?;
                self.yield_seen(e)?;
            }
            ExprKind::Await { value } => {
                self.raise_if_annotation_block("await expression", e)?;
                self.expr(value)?;
                self.cur().is_coroutine = true;
            }
            ExprKind::Compare {
                left, comparators, ..
            } => {
                self.expr(left)?;
                self.exprs(comparators)?;
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.expr(func)?;
                self.exprs(args)?;
                for k in keywords {
                    self.expr(&k.value)?;
                }
            }
            ExprKind::FormattedValue {
                value, format_spec, ..
            } => {
                self.expr(value)?;
                if let Some(f) = format_spec {
                    self.expr(f)?;
                }
            }
            ExprKind::JoinedStr { values } => self.exprs(values)?,
            ExprKind::Constant { .. } => {}
            ExprKind::Attribute { value, .. } => self.expr(value)?,
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value)?;
                self.expr(slice)?;
            }
            ExprKind::Starred { value, .. } => self.expr(value)?,
            ExprKind::Slice { lower, upper, step } => {
                for x in [lower, upper, step].into_iter().flatten() {
                    self.expr(x)?;
                }
            }
            // CPython's AST optimizer has already replaced a loaded `__debug__` by a constant.
            ExprKind::Name {
                id,
                ctx: ExprContext::Load,
            } if id == "__debug__" => {}
            ExprKind::Name { id, ctx } => {
                let flag = if *ctx == ExprContext::Load {
                    USE
                } else {
                    DEF_LOCAL
                };
                self.add_def(id, flag, e.loc)?;
                if *ctx == ExprContext::Load
                    && self.scopes[self.cur_id()].kind == ScopeKind::Function
                    && id == "super"
                {
                    self.add_def("__class__", USE, e.loc)?;
                }
            }
            ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => self.exprs(elts)?,
        }
        Ok(())
    }

    fn yield_seen(&mut self, e: &Expr) -> R {
        let cur = self.cur();
        cur.is_generator = true;
        if let Some(kind) = cur.comprehension {
            let what = match kind {
                ComprehensionKind::List => "'yield' inside list comprehension",
                ComprehensionKind::Set => "'yield' inside set comprehension",
                ComprehensionKind::Dict => "'yield' inside dict comprehension",
                ComprehensionKind::Generator => "'yield' inside generator expression",
            };
            return Err(self.err(what, e.loc));
        }
        Ok(())
    }

    /// `symtable_handle_namedexpr` and `symtable_extend_namedexpr_scope`.
    fn named_expr(&mut self, e: &Expr, target: &Expr, value: &Expr) -> R {
        if self.scopes[self.cur_id()].comp_iter_expr > 0 {
            return Err(self.err(
                "assignment expression cannot be used in a comprehension iterable expression",
                e.loc,
            ));
        }
        if self.scopes[self.cur_id()].comprehension.is_some() {
            if let ExprKind::Name { id, .. } = &target.kind {
                self.extend_namedexpr_scope(id, target.loc)?;
            }
        }
        self.expr(value)?;
        self.expr(target)
    }

    fn extend_namedexpr_scope(&mut self, name: &str, loc: Loc) -> R {
        for i in (0..self.stack.len()).rev() {
            let sid = self.stack[i].0 as usize;
            let ste = &self.scopes[sid];
            if ste.comprehension.is_some() {
                let mangled = mangle(self.private.as_deref(), name);
                if ste.flags_of(&mangled) & DEF_COMP_ITER != 0 {
                    return Err(self.err(
                        format!(
                            "assignment expression cannot rebind comprehension iteration variable '{name}'"
                        ),
                        loc,
                    ));
                }
                continue;
            }
            match ste.kind {
                ScopeKind::Function => {
                    let mangled = mangle(self.private.as_deref(), name);
                    let flag = if ste.flags_of(&mangled) & DEF_GLOBAL != 0 {
                        DEF_GLOBAL
                    } else {
                        DEF_NONLOCAL
                    };
                    self.add_def(name, flag, loc)?;
                    self.record_directive(name, loc);
                    return self.add_def_in(name, DEF_LOCAL, sid, loc);
                }
                ScopeKind::Module => {
                    self.add_def(name, DEF_GLOBAL, loc)?;
                    self.record_directive(name, loc);
                    return self.add_def_in(name, DEF_GLOBAL, sid, loc);
                }
                ScopeKind::Class => {
                    return Err(self.err(
                        "assignment expression within a comprehension cannot be used in a class body",
                        loc,
                    ));
                }
                ScopeKind::Annotation => {
                    return Err(self.err(
                        "'named expression' can not be used within an annotation",
                        loc,
                    ))
                }
            }
        }
        Err(self.err(
            "internal error: no scope for assignment expression target",
            loc,
        ))
    }

    /// `symtable_handle_comprehension`: the first iterator in the enclosing block, the rest
    /// in a new function block taking it as the implicit parameter `.0`.
    fn comprehension(
        &mut self,
        e: &Expr,
        scope_name: &str,
        generators: &[Comprehension],
        elt: &Expr,
        value: Option<&Expr>,
        kind: ComprehensionKind,
    ) -> R {
        let Some(outermost) = generators.first() else {
            return Err(self.err("internal error: comprehension without generators", e.loc));
        };
        self.cur().comp_iter_expr += 1;
        self.expr(&outermost.iter)?;
        self.cur().comp_iter_expr -= 1;
        self.enter_block(scope_name, ScopeKind::Function, node_key(e), e.loc);
        self.cur().comprehension = Some(kind);
        if outermost.is_async != 0 {
            self.cur().is_coroutine = true;
        }
        self.add_def(".0", DEF_PARAM, e.loc)?;
        self.cur().comp_iter_target = true;
        self.expr(&outermost.target)?;
        self.cur().comp_iter_target = false;
        self.exprs(&outermost.ifs)?;
        for lc in &generators[1..] {
            self.cur().comp_iter_target = true;
            self.expr(&lc.target)?;
            self.cur().comp_iter_target = false;
            self.cur().comp_iter_expr += 1;
            self.expr(&lc.iter)?;
            self.cur().comp_iter_expr -= 1;
            self.exprs(&lc.ifs)?;
            if lc.is_async != 0 {
                self.cur().is_coroutine = true;
            }
        }
        if let Some(v) = value {
            self.expr(v)?;
        }
        self.expr(elt)?;
        self.cur().is_generator = kind == ComprehensionKind::Generator;
        let is_async = self.cur().is_coroutine && kind != ComprehensionKind::Generator;
        self.exit_block();
        // An async list/set/dict comprehension makes its enclosing block a coroutine too
        // (it is awaited there).
        if is_async {
            self.cur().is_coroutine = true;
        }
        Ok(())
    }
}
