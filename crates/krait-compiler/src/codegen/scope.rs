//! Code objects nested in others (CPython 3.11's `compiler_function`, `compiler_class`,
//! `compiler_lambda`, `compiler_comprehension`, `compiler_make_closure`): defaults, keyword
//! defaults, annotations, decorators, closures, class bodies with `__module__`,
//! `__qualname__` and `__classcell__`, and comprehensions as nested functions.

use super::*;
use ast::{Arguments, Comprehension, ExprKind, Stmt, StmtKind};
use krait_parser::wtf8::Wtf8Buf;

fn str_const(s: &str) -> Constant {
    Constant::Str(Wtf8Buf::from_str(s))
}

impl<'a> Compiler<'a> {
    fn child_scope<T>(&self, node: &T) -> R<ScopeId> {
        self.st
            .scope_for(node)
            .ok_or_else(|| self.error("internal error: no symbol table for a nested block"))
    }

    /// `compiler_make_closure`: pushes the function made from `co` (with `flags` extras
    /// already pushed).
    pub(crate) fn make_closure(&mut self, co: CodeObject, mut flags: u32) -> R {
        let free: Vec<String> = co.freevars().map(str::to_owned).collect();
        if !free.is_empty() {
            for name in &free {
                let is_cell_here = (self.ur().kind == UnitKind::Class && name == "__class__")
                    || self.ste().scope_of(name) == Some(SymbolScope::Cell);
                let idx = if is_cell_here {
                    self.deref_index(name, SymbolScope::Cell)?
                } else {
                    self.deref_index(name, SymbolScope::Free)?
                };
                self.emit_arg(Opcode::LoadClosure, idx);
            }
            flags |= krait_bytecode::opcode::make_function::CLOSURE;
            self.emit_arg(Opcode::BuildTuple, free.len() as u32);
        }
        self.load_const(Constant::Code(Box::new(co)));
        self.emit_arg(Opcode::MakeFunction, flags);
        Ok(())
    }

    /// `compiler_default_arguments`: pushes the defaults tuple and kw-defaults dict.
    fn default_arguments(&mut self, args: &'a Arguments) -> R<u32> {
        let mut flags = 0;
        if !args.defaults.is_empty() {
            self.exprs(&args.defaults)?;
            self.emit_arg(Opcode::BuildTuple, args.defaults.len() as u32);
            flags |= krait_bytecode::opcode::make_function::DEFAULTS;
        }
        let mut keys = Vec::new();
        for (arg, default) in args.kwonlyargs.iter().zip(&args.kw_defaults) {
            if let Some(d) = default {
                keys.push(str_const(&mangle(self.ur().private.as_deref(), &arg.arg)));
                self.expr(d)?;
            }
        }
        if !keys.is_empty() {
            let n = keys.len() as u32;
            self.load_const(Constant::Tuple(keys));
            self.emit_arg(Opcode::BuildConstKeyMap, n);
            flags |= krait_bytecode::opcode::make_function::KWDEFAULTS;
        }
        Ok(flags)
    }

    fn arg_annotation(&mut self, name: &str, ann: Option<&'a Expr>, count: &mut u32) -> R {
        let Some(ann) = ann else { return Ok(()) };
        self.load_const(str_const(&mangle(self.ur().private.as_deref(), name)));
        if self.future_annotations {
            self.annotation_value(ann)?;
        } else if let ExprKind::Starred { value, .. } = &ann.kind {
            self.expr(value)?;
            self.emit_arg(Opcode::UnpackSequence, 1);
        } else {
            self.expr(ann)?;
        }
        *count += 2;
        Ok(())
    }

    /// `compiler_visit_annotations`: pushes the annotations tuple; returns whether it did.
    fn annotations(&mut self, args: &'a Arguments, returns: Option<&'a Expr>) -> R<bool> {
        let mut n = 0;
        for a in args.args.iter().chain(&args.posonlyargs) {
            self.arg_annotation(&a.arg, a.annotation.as_deref(), &mut n)?;
        }
        if let Some(a) = &args.vararg {
            self.arg_annotation(&a.arg, a.annotation.as_deref(), &mut n)?;
        }
        for a in &args.kwonlyargs {
            self.arg_annotation(&a.arg, a.annotation.as_deref(), &mut n)?;
        }
        if let Some(a) = &args.kwarg {
            self.arg_annotation(&a.arg, a.annotation.as_deref(), &mut n)?;
        }
        self.arg_annotation("return", returns, &mut n)?;
        if n > 0 {
            self.emit_arg(Opcode::BuildTuple, n);
        }
        Ok(n > 0)
    }

    fn set_arg_counts(&mut self, args: &Arguments) {
        let u = self.u();
        u.argcount = args.args.len() as u32;
        u.posonlyargcount = args.posonlyargs.len() as u32;
        u.kwonlyargcount = args.kwonlyargs.len() as u32;
    }

    fn decorators(&mut self, decorators: &'a [Expr]) -> R {
        self.exprs(decorators)
    }

    /// Applies the decorators, innermost first, each call at its decorator's location.
    fn apply_decorators(&mut self, decorators: &'a [Expr]) {
        for d in decorators.iter().rev() {
            self.set_loc(d.loc);
            self.emit_arg(Opcode::Call, 0);
        }
    }

    /// `compiler_function`.
    pub(crate) fn function_def(&mut self, s: &'a Stmt) -> R {
        let (name, args, body, decorator_list, returns, is_async) = match &s.kind {
            StmtKind::FunctionDef {
                name,
                args,
                body,
                decorator_list,
                returns,
                ..
            } => (name, args, body, decorator_list, returns, false),
            StmtKind::AsyncFunctionDef {
                name,
                args,
                body,
                decorator_list,
                returns,
                ..
            } => (name, args, body, decorator_list, returns, true),
            _ => return Err(self.error("internal error: not a function")),
        };
        self.decorators(decorator_list)?;
        let firstlineno = decorator_list
            .first()
            .map_or(s.loc.lineno, |d| d.loc.lineno);
        let mut flags = self.default_arguments(args)?;
        if self.annotations(args, returns.as_deref())? {
            flags |= krait_bytecode::opcode::make_function::ANNOTATIONS;
        }
        let scope = self.child_scope(s)?;
        let kind = if is_async {
            UnitKind::AsyncFunction
        } else {
            UnitKind::Function
        };
        self.enter_scope(name, kind, scope, firstlineno)?;
        let doc = if self.opts.optimize < 2 {
            Self::docstring(body)
        } else {
            None
        };
        let first_const = match doc.map(|d| &d.kind) {
            Some(ExprKind::Constant { value, .. }) => crate::fold::convert_const(value),
            _ => Constant::None,
        };
        self.u().add_const(first_const);
        self.set_arg_counts(args);
        let start = usize::from(doc.is_some());
        self.stmts(&body[start..])?;
        let co = self.exit_scope(true)?;
        self.set_loc(s.loc);
        self.make_closure(co, flags)?;
        self.apply_decorators(decorator_list);
        self.set_loc(s.loc);
        self.nameop(name, ExprContext::Store)
    }

    /// `compiler_class`.
    pub(crate) fn class_def(&mut self, s: &'a Stmt) -> R {
        let StmtKind::ClassDef {
            name,
            bases,
            keywords,
            body,
            decorator_list,
        } = &s.kind
        else {
            return Err(self.error("internal error: not a class"));
        };
        self.decorators(decorator_list)?;
        let firstlineno = decorator_list
            .first()
            .map_or(s.loc.lineno, |d| d.loc.lineno);
        let scope = self.child_scope(s)?;
        self.enter_scope(name, UnitKind::Class, scope, firstlineno)?;
        self.u().private = Some(name.clone());
        // The prologue keeps RESUME's position (the first line, columns 0), as CPython's.
        self.nameop("__name__", ExprContext::Load)?;
        self.nameop("__module__", ExprContext::Store)?;
        let qualname = self.ur().qualname.clone();
        self.load_const(str_const(&qualname));
        self.nameop("__qualname__", ExprContext::Store)?;
        self.body(body)?;
        self.unset_loc();
        if self.ste().needs_class_closure {
            let i = self.deref_index("__class__", SymbolScope::Cell)?;
            self.emit_arg(Opcode::LoadClosure, i);
            self.emit_arg(Opcode::Copy, 1);
            self.nameop("__classcell__", ExprContext::Store)?;
        } else {
            self.load_none();
        }
        self.emit(Opcode::ReturnValue);
        let co = self.exit_scope(true)?;
        self.set_loc(s.loc);
        self.emit(Opcode::PushNull);
        self.emit(Opcode::LoadBuildClass);
        self.make_closure(co, 0)?;
        self.load_const(str_const(name));
        self.call_helper(2, bases, keywords)?;
        self.apply_decorators(decorator_list);
        self.set_loc(s.loc);
        self.nameop(name, ExprContext::Store)
    }

    /// `compiler_lambda`.
    pub(crate) fn lambda(&mut self, e: &'a Expr, args: &'a Arguments, body: &'a Expr) -> R {
        let flags = self.default_arguments(args)?;
        let scope = self.child_scope(e)?;
        self.enter_scope("<lambda>", UnitKind::Lambda, scope, e.loc.lineno)?;
        // The docstring slot: None.
        self.u().add_const(Constant::None);
        self.set_arg_counts(args);
        self.expr(body)?;
        let co = if self.ste().is_generator {
            self.exit_scope(false)?
        } else {
            self.emit(Opcode::ReturnValue);
            self.exit_scope(true)?
        };
        self.make_closure(co, flags)
    }

    /// `compiler_comprehension`: the comprehension's function, called with the first iterator.
    pub(crate) fn comprehension(&mut self, e: &'a Expr) -> R {
        let (name, generators, elt, val): (&str, &'a [Comprehension], &'a Expr, Option<&'a Expr>) =
            match &e.kind {
                ExprKind::ListComp { elt, generators } => ("<listcomp>", generators, elt, None),
                ExprKind::SetComp { elt, generators } => ("<setcomp>", generators, elt, None),
                ExprKind::DictComp {
                    key,
                    value,
                    generators,
                } => ("<dictcomp>", generators, key, Some(value)),
                ExprKind::GeneratorExp { elt, generators } => ("<genexpr>", generators, elt, None),
                _ => return Err(self.error("internal error: not a comprehension")),
            };
        let Some(outermost) = generators.first() else {
            return Err(self.error("internal error: comprehension without generators"));
        };
        let is_genexp = matches!(e.kind, ExprKind::GeneratorExp { .. });
        let outer_kind = self.ur().kind;
        let scope = self.child_scope(e)?;
        self.enter_scope(name, UnitKind::Comprehension, scope, e.loc.lineno)?;
        self.set_loc(e.loc);
        let is_async_gen = self.ste().is_coroutine;
        if is_async_gen
            && !is_genexp
            && !matches!(
                outer_kind,
                UnitKind::AsyncFunction | UnitKind::Comprehension
            )
        {
            return Err(
                self.error("asynchronous comprehension outside of an asynchronous function")
            );
        }
        let build = match &e.kind {
            ExprKind::ListComp { .. } => Some(Opcode::BuildList),
            ExprKind::SetComp { .. } => Some(Opcode::BuildSet),
            ExprKind::DictComp { .. } => Some(Opcode::BuildMap),
            _ => None,
        };
        if let Some(op) = build {
            self.emit_arg(op, 0);
        }
        self.comprehension_generator(e, generators, 0, 0, elt, val)?;
        if build.is_some() {
            self.emit(Opcode::ReturnValue);
        }
        let co = self.exit_scope(true)?;
        self.make_closure(co, 0)?;
        self.iterable(&outermost.iter)?;
        self.emit(if outermost.is_async != 0 {
            Opcode::GetAiter
        } else {
            Opcode::GetIter
        });
        self.emit_arg(Opcode::Call, 0);
        if is_async_gen && !is_genexp {
            self.await_value(0);
        }
        Ok(())
    }

    fn comprehension_generator(
        &mut self,
        e: &'a Expr,
        generators: &'a [Comprehension],
        index: usize,
        depth: u32,
        elt: &'a Expr,
        val: Option<&'a Expr>,
    ) -> R {
        if generators[index].is_async != 0 {
            self.async_comprehension_generator(e, generators, index, depth, elt, val)
        } else {
            self.sync_comprehension_generator(e, generators, index, depth, elt, val)
        }
    }

    fn comprehension_element(
        &mut self,
        e: &'a Expr,
        depth: u32,
        elt: &'a Expr,
        val: Option<&'a Expr>,
    ) -> R {
        match &e.kind {
            ExprKind::GeneratorExp { .. } => {
                self.expr(elt)?;
                self.emit_yield();
                self.emit(Opcode::PopTop);
            }
            ExprKind::ListComp { .. } => {
                self.expr(elt)?;
                self.emit_arg(Opcode::ListAppend, depth + 1);
            }
            ExprKind::SetComp { .. } => {
                self.expr(elt)?;
                self.emit_arg(Opcode::SetAdd, depth + 1);
            }
            ExprKind::DictComp { .. } => {
                self.expr(elt)?;
                if let Some(v) = val {
                    self.expr(v)?;
                }
                self.emit_arg(Opcode::MapAdd, depth + 1);
            }
            _ => {}
        }
        Ok(())
    }

    fn sync_comprehension_generator(
        &mut self,
        e: &'a Expr,
        generators: &'a [Comprehension],
        index: usize,
        mut depth: u32,
        elt: &'a Expr,
        val: Option<&'a Expr>,
    ) -> R {
        let gen = &generators[index];
        let mut start = Some(self.new_block());
        let if_cleanup = self.new_block();
        let anchor = self.new_block();
        if index == 0 {
            self.u().argcount = 1;
            self.emit_arg(Opcode::LoadFast, 0);
        } else {
            let elts = match &gen.iter.kind {
                ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => Some(elts),
                _ => None,
            };
            if let Some(elts) = elts.filter(|v| v.len() == 1) {
                if !matches!(elts[0].kind, ExprKind::Starred { .. }) {
                    self.expr(&elts[0])?;
                    start = None;
                }
            }
            if start.is_some() {
                self.iterable(&gen.iter)?;
                self.emit(Opcode::GetIter);
            }
        }
        if let Some(st) = start {
            depth += 1;
            self.use_block(st);
            self.emit_jump(Opcode::ForIter, anchor);
        }
        self.expr(&gen.target)?;
        for cond in &gen.ifs {
            self.jump_if(cond, if_cleanup, false)?;
        }
        if index + 1 < generators.len() {
            self.comprehension_generator(e, generators, index + 1, depth, elt, val)?;
        } else {
            self.comprehension_element(e, depth, elt, val)?;
        }
        self.use_block(if_cleanup);
        if let Some(st) = start {
            self.jump(st);
            self.use_block(anchor);
        }
        Ok(())
    }

    fn async_comprehension_generator(
        &mut self,
        e: &'a Expr,
        generators: &'a [Comprehension],
        index: usize,
        mut depth: u32,
        elt: &'a Expr,
        val: Option<&'a Expr>,
    ) -> R {
        let gen = &generators[index];
        let start = self.new_block();
        let except = self.new_block();
        let if_cleanup = self.new_block();
        if index == 0 {
            self.u().argcount = 1;
            self.emit_arg(Opcode::LoadFast, 0);
        } else {
            self.expr(&gen.iter)?;
            self.emit(Opcode::GetAiter);
        }
        self.use_block(start);
        self.push_fblock(FBlock::AsyncComprehensionGenerator)?;
        self.emit_pseudo(Op::SetupFinally, except);
        self.emit(Opcode::GetAnext);
        self.load_none();
        self.yield_from(true);
        self.emit_pseudo(Op::PopBlock, NO_BLOCK);
        self.expr(&gen.target)?;
        for cond in &gen.ifs {
            self.jump_if(cond, if_cleanup, false)?;
        }
        depth += 1;
        if index + 1 < generators.len() {
            self.comprehension_generator(e, generators, index + 1, depth, elt, val)?;
        } else {
            self.comprehension_element(e, depth, elt, val)?;
        }
        self.use_block(if_cleanup);
        self.jump(start);
        self.u().fblocks.pop();
        self.use_block(except);
        self.emit(Opcode::EndAsyncFor);
        Ok(())
    }
}
