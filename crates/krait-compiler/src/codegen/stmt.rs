//! Statements (CPython 3.11's `compiler_visit_stmt` and helpers): assignment forms, control
//! flow with the frame-block stack for `break`/`continue`/`return`, `try`/`except`/`except*`/
//! `finally` with exception-table pseudo-instructions, `with`, imports, `assert`, `raise`.

use super::*;
use crate::fold::iter_const;
use ast::{ExceptHandler, ExprKind, Stmt, StmtKind, WithItem};

/// Whether a body has an annotated assignment outside nested scopes (`find_ann`).
pub(crate) fn find_ann(body: &[Stmt]) -> bool {
    body.iter().any(|s| match &s.kind {
        StmtKind::AnnAssign { .. } => true,
        StmtKind::For { body, orelse, .. }
        | StmtKind::AsyncFor { body, orelse, .. }
        | StmtKind::While { body, orelse, .. }
        | StmtKind::If { body, orelse, .. } => find_ann(body) || find_ann(orelse),
        StmtKind::With { body, .. } | StmtKind::AsyncWith { body, .. } => find_ann(body),
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
            find_ann(body)
                || find_ann(orelse)
                || find_ann(finalbody)
                || handlers.iter().any(|h| find_ann(&h.body))
        }
        StmtKind::Match { cases, .. } => cases.iter().any(|c| find_ann(&c.body)),
        _ => false,
    })
}

impl<'a> Compiler<'a> {
    pub(crate) fn stmt(&mut self, s: &'a Stmt) -> R {
        self.enter_depth(s.loc)?;
        self.set_loc(s.loc);
        let r = self.stmt_inner(s);
        self.leave_depth();
        r
    }

    fn stmt_inner(&mut self, s: &'a Stmt) -> R {
        match &s.kind {
            StmtKind::FunctionDef { .. } | StmtKind::AsyncFunctionDef { .. } => {
                self.function_def(s)?
            }
            StmtKind::ClassDef { .. } => self.class_def(s)?,
            StmtKind::Return { value } => self.return_stmt(s, value.as_deref())?,
            StmtKind::Delete { targets } => self.exprs(targets)?,
            StmtKind::Assign { targets, value, .. } => {
                self.expr(value)?;
                let n = targets.len();
                for (i, t) in targets.iter().enumerate() {
                    if i + 1 < n {
                        self.emit_arg(Opcode::Copy, 1);
                    }
                    self.expr(t)?;
                }
            }
            StmtKind::AugAssign { target, op, value } => self.aug_assign(s, target, *op, value)?,
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => self.ann_assign(target, annotation, value.as_deref(), *simple != 0)?,
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                ..
            } => self.for_stmt(target, iter, body, orelse)?,
            StmtKind::AsyncFor {
                target,
                iter,
                body,
                orelse,
                ..
            } => self.async_for(target, iter, body, orelse)?,
            StmtKind::While { test, body, orelse } => self.while_stmt(test, body, orelse)?,
            StmtKind::If { test, body, orelse } => {
                let end = self.new_block();
                let next = if orelse.is_empty() {
                    end
                } else {
                    self.new_block()
                };
                self.jump_if(test, next, false)?;
                self.stmts(body)?;
                if !orelse.is_empty() {
                    self.jump_noline(end);
                    self.use_block(next);
                    self.stmts(orelse)?;
                }
                self.use_block(end);
            }
            StmtKind::With { items, body, .. } => self.with_stmt(s, items, 0, body, false)?,
            StmtKind::AsyncWith { items, body, .. } => {
                if !matches!(self.ur().kind, UnitKind::AsyncFunction) {
                    return Err(self.error("'async with' outside async function"));
                }
                self.with_stmt(s, items, 0, body, true)?
            }
            StmtKind::Match { subject, cases } => self.match_stmt(subject, cases)?,
            StmtKind::Raise { exc, cause } => {
                let mut n = 0;
                if let Some(e) = exc {
                    self.expr(e)?;
                    n += 1;
                    if let Some(c) = cause {
                        self.expr(c)?;
                        n += 1;
                    }
                }
                self.emit_arg(Opcode::RaiseVarargs, n);
                self.next_block();
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                if finalbody.is_empty() {
                    self.try_except(body, handlers, orelse)?;
                } else {
                    self.try_finally(body, handlers, orelse, finalbody, false)?;
                }
            }
            StmtKind::TryStar {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                if finalbody.is_empty() {
                    self.try_star_except(body, handlers, orelse)?;
                } else {
                    self.try_finally(body, handlers, orelse, finalbody, true)?;
                }
            }
            StmtKind::Assert { test, msg } => {
                if self.opts.optimize == 0 {
                    let end = self.new_block();
                    self.jump_if(test, end, true)?;
                    self.emit(Opcode::LoadAssertionError);
                    if let Some(m) = msg {
                        self.expr(m)?;
                        self.emit_arg(Opcode::Call, 0);
                    }
                    self.emit_arg(Opcode::RaiseVarargs, 1);
                    self.use_block(end);
                }
            }
            StmtKind::Import { names } => self.import(names)?,
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => self.import_from(s, module.as_deref(), names, level.unwrap_or(0))?,
            StmtKind::Global { .. } | StmtKind::Nonlocal { .. } => {}
            StmtKind::Expr { value } => {
                if self.interactive && self.units.len() <= 1 {
                    self.expr(value)?;
                    self.emit(Opcode::PrintExpr);
                } else if matches!(value.kind, ExprKind::Constant { .. }) {
                    self.emit(Opcode::Nop);
                } else {
                    self.expr(value)?;
                    self.unset_loc();
                    self.emit(Opcode::PopTop);
                }
            }
            StmtKind::Pass => self.emit(Opcode::Nop),
            StmtKind::Break => {
                self.emit(Opcode::Nop);
                let lp = self.unwind_fblock_stack(false, true)?;
                let Some(FBlock::WhileLoop { exit, .. } | FBlock::ForLoop { exit, .. }) =
                    lp.clone()
                else {
                    return Err(self.error_at("'break' outside loop", s.loc));
                };
                if let Some(fb) = lp {
                    self.unwind_fblock(&fb, false)?;
                }
                self.jump(exit);
                self.next_block();
            }
            StmtKind::Continue => {
                self.emit(Opcode::Nop);
                let lp = self.unwind_fblock_stack(false, true)?;
                let Some(FBlock::WhileLoop { start, .. } | FBlock::ForLoop { start, .. }) = lp
                else {
                    return Err(self.error_at("'continue' not properly in loop", s.loc));
                };
                self.jump(start);
                self.next_block();
            }
        }
        Ok(())
    }

    fn return_stmt(&mut self, s: &'a Stmt, value: Option<&'a Expr>) -> R {
        let preserve_tos = value.is_some_and(|v| !matches!(v.kind, ExprKind::Constant { .. }));
        let ste = self.ste();
        if ste.kind != ScopeKind::Function {
            return Err(self.error("'return' outside function"));
        }
        if value.is_some() && ste.is_coroutine && ste.is_generator {
            return Err(self.error("'return' with value in async generator"));
        }
        if preserve_tos {
            self.expr(value.expect("value"))?;
        } else if let Some(v) = value {
            self.set_loc(v.loc);
            self.emit(Opcode::Nop);
        }
        if value.is_none_or(|v| v.loc.lineno != s.loc.lineno) {
            self.set_loc(s.loc);
            self.emit(Opcode::Nop);
        }
        self.unwind_fblock_stack(preserve_tos, false)?;
        match value {
            None => self.load_none(),
            Some(v) if !preserve_tos => self.expr(v)?,
            _ => {}
        }
        self.emit(Opcode::ReturnValue);
        self.next_block();
        Ok(())
    }

    /// `compiler_unwind_fblock`: the clean-up one frame block needs when jumping out of it.
    pub(crate) fn unwind_fblock(&mut self, fb: &FBlock<'a>, preserve_tos: bool) -> R {
        match fb {
            FBlock::WhileLoop { .. }
            | FBlock::ExceptionHandler
            | FBlock::ExceptionGroupHandler
            | FBlock::AsyncComprehensionGenerator => {}
            FBlock::ForLoop { .. } => {
                if preserve_tos {
                    self.emit_arg(Opcode::Swap, 2);
                }
                self.emit(Opcode::PopTop);
            }
            FBlock::TryExcept => self.emit_pseudo(Op::PopBlock, NO_BLOCK),
            FBlock::FinallyTry { body } => {
                self.emit_pseudo(Op::PopBlock, NO_BLOCK);
                if preserve_tos {
                    self.push_fblock(FBlock::PopValue)?;
                }
                self.stmts(body)?;
                if preserve_tos {
                    self.u().fblocks.pop();
                }
                self.unset_loc();
            }
            FBlock::FinallyEnd => {
                if preserve_tos {
                    self.emit_arg(Opcode::Swap, 2);
                }
                self.emit(Opcode::PopTop);
                if preserve_tos {
                    self.emit_arg(Opcode::Swap, 2);
                }
                self.emit_pseudo(Op::PopBlock, NO_BLOCK);
                self.emit(Opcode::PopExcept);
            }
            FBlock::With { loc, is_async } => {
                self.set_loc(*loc);
                self.emit_pseudo(Op::PopBlock, NO_BLOCK);
                if preserve_tos {
                    self.emit_arg(Opcode::Swap, 2);
                }
                self.call_exit_with_nones();
                if *is_async {
                    self.await_value(2);
                }
                self.emit(Opcode::PopTop);
                self.unset_loc();
            }
            FBlock::HandlerCleanup { name } => {
                if name.is_some() {
                    self.emit_pseudo(Op::PopBlock, NO_BLOCK);
                }
                if preserve_tos {
                    self.emit_arg(Opcode::Swap, 2);
                }
                self.emit_pseudo(Op::PopBlock, NO_BLOCK);
                self.emit(Opcode::PopExcept);
                if let Some(n) = name {
                    self.load_none();
                    self.nameop(n, ExprContext::Store)?;
                    self.nameop(n, ExprContext::Del)?;
                }
            }
            FBlock::PopValue => {
                if preserve_tos {
                    self.emit_arg(Opcode::Swap, 2);
                }
                self.emit(Opcode::PopTop);
            }
        }
        Ok(())
    }

    /// `compiler_unwind_fblock_stack`: unwinds every frame block (down to the innermost loop
    /// when `want_loop`), returning that loop's block.
    pub(crate) fn unwind_fblock_stack(
        &mut self,
        preserve_tos: bool,
        want_loop: bool,
    ) -> R<Option<FBlock<'a>>> {
        let Some(top) = self.ur().fblocks.last().cloned() else {
            return Ok(None);
        };
        if let FBlock::ExceptionGroupHandler = top {
            return Err(
                self.error("'break', 'continue' and 'return' cannot appear in an except* block")
            );
        }
        if want_loop && matches!(top, FBlock::WhileLoop { .. } | FBlock::ForLoop { .. }) {
            return Ok(Some(top));
        }
        self.u().fblocks.pop();
        let r = self.unwind_fblock(&top, preserve_tos);
        let r2 = r.and_then(|_| self.unwind_fblock_stack(preserve_tos, want_loop));
        self.u().fblocks.push(top);
        r2
    }

    /// `LOAD_CONST None` ×3, `CALL 2`: calls `__exit__(None, None, None)`.
    pub(crate) fn call_exit_with_nones(&mut self) {
        self.load_none();
        self.load_none();
        self.load_none();
        self.emit_arg(Opcode::Call, 2);
    }

    fn aug_assign(
        &mut self,
        s: &'a Stmt,
        target: &'a Expr,
        op: ast::Operator,
        value: &'a Expr,
    ) -> R {
        self.set_loc(target.loc);
        match &target.kind {
            ExprKind::Attribute {
                value: obj, attr, ..
            } => {
                self.expr(obj)?;
                self.emit_arg(Opcode::Copy, 1);
                self.u().pos = super::match_attr_start(self.ur().pos, target);
                self.emit_name(Opcode::LoadAttr, attr);
            }
            ExprKind::Subscript {
                value: obj, slice, ..
            } => {
                self.expr(obj)?;
                self.expr(slice)?;
                self.emit_arg(Opcode::Copy, 2);
                self.emit_arg(Opcode::Copy, 2);
                self.emit(Opcode::BinarySubscr);
            }
            ExprKind::Name { id, .. } => self.nameop(id, ExprContext::Load)?,
            _ => {
                return Err(self.error("internal error: invalid node type for augmented assignment"))
            }
        }
        self.set_loc(s.loc);
        self.expr(value)?;
        self.emit_arg(Opcode::BinaryOp, super::expr::nb_op(op, true));
        self.set_loc(target.loc);
        match &target.kind {
            ExprKind::Attribute { attr, .. } => {
                self.u().pos = super::match_attr_start(self.ur().pos, target);
                self.emit_arg(Opcode::Swap, 2);
                self.emit_name(Opcode::StoreAttr, attr);
            }
            ExprKind::Subscript { .. } => {
                self.emit_arg(Opcode::Swap, 3);
                self.emit_arg(Opcode::Swap, 2);
                self.emit(Opcode::StoreSubscr);
            }
            ExprKind::Name { id, .. } => self.nameop(id, ExprContext::Store)?,
            _ => {}
        }
        Ok(())
    }

    /// `check_ann_expr`: evaluate and discard.
    fn check_ann_expr(&mut self, e: &'a Expr) -> R {
        self.expr(e)?;
        self.emit(Opcode::PopTop);
        Ok(())
    }

    fn ann_assign(
        &mut self,
        target: &'a Expr,
        annotation: &'a Expr,
        value: Option<&'a Expr>,
        simple: bool,
    ) -> R {
        if let Some(v) = value {
            self.expr(v)?;
            self.expr(target)?;
        }
        let module_or_class = matches!(self.ur().kind, UnitKind::Module | UnitKind::Class);
        match &target.kind {
            ExprKind::Name { id, .. } => {
                if simple && module_or_class {
                    self.annotation_value(annotation)?;
                    self.emit_name_unmangled(Opcode::LoadName, "__annotations__");
                    let mangled = mangle(self.ur().private.as_deref(), id);
                    self.load_const(Constant::Str(krait_parser::wtf8::Wtf8Buf::from_str(
                        &mangled,
                    )));
                    self.emit(Opcode::StoreSubscr);
                }
            }
            ExprKind::Attribute { value: obj, .. } => {
                if value.is_none() {
                    self.check_ann_expr(obj)?;
                }
            }
            ExprKind::Subscript {
                value: obj, slice, ..
            } => {
                if value.is_none() {
                    self.check_ann_expr(obj)?;
                    self.check_ann_subscr(slice)?;
                }
            }
            _ => {
                return Err(self.error("internal error: invalid node type for annotated assignment"))
            }
        }
        if !simple && !self.future_annotations && module_or_class {
            self.check_ann_expr(annotation)?;
        }
        Ok(())
    }

    fn check_ann_subscr(&mut self, e: &'a Expr) -> R {
        match &e.kind {
            ExprKind::Slice { lower, upper, step } => {
                for x in [lower, upper, step].into_iter().flatten() {
                    self.check_ann_expr(x)?;
                }
                Ok(())
            }
            ExprKind::Tuple { elts, .. } => elts.iter().try_for_each(|x| self.check_ann_subscr(x)),
            _ => self.check_ann_expr(e),
        }
    }

    /// Pushes an annotation's value: the expression, or its source text under
    /// `from __future__ import annotations`.
    pub(crate) fn annotation_value(&mut self, e: &'a Expr) -> R {
        if self.future_annotations {
            let text = crate::unparse::unparse(e);
            self.load_const(Constant::Str(krait_parser::wtf8::Wtf8Buf::from_str(&text)));
            Ok(())
        } else {
            self.expr(e)
        }
    }

    /// Compiles an iterable, folding a constant list/set display to a tuple/frozenset.
    pub(crate) fn iterable(&mut self, iter: &'a Expr) -> R {
        if let Some(c) = iter_const(iter, self.opts.optimize) {
            let saved = self.ur().pos;
            self.set_loc(iter.loc);
            self.load_const(c);
            self.u().pos = saved;
            Ok(())
        } else {
            self.iter_operand(iter)
        }
    }

    fn for_stmt(
        &mut self,
        target: &'a Expr,
        iter: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> R {
        let start = self.new_block();
        let body_b = self.new_block();
        let cleanup = self.new_block();
        let end = self.new_block();
        self.push_fblock(FBlock::ForLoop { start, exit: end })?;
        self.iterable(iter)?;
        self.emit(Opcode::GetIter);
        self.use_block(start);
        self.emit_jump(Opcode::ForIter, cleanup);
        self.use_block(body_b);
        self.expr(target)?;
        self.stmts(body)?;
        self.unset_loc();
        self.jump(start);
        self.use_block(cleanup);
        self.u().fblocks.pop();
        self.stmts(orelse)?;
        self.use_block(end);
        Ok(())
    }

    fn async_for(
        &mut self,
        target: &'a Expr,
        iter: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> R {
        if !matches!(self.ur().kind, UnitKind::AsyncFunction) {
            return Err(self.error("'async for' outside async function"));
        }
        let start = self.new_block();
        let except = self.new_block();
        let end = self.new_block();
        self.expr(iter)?;
        self.emit(Opcode::GetAiter);
        self.use_block(start);
        self.push_fblock(FBlock::ForLoop { start, exit: end })?;
        self.emit_pseudo(Op::SetupFinally, except);
        self.emit(Opcode::GetAnext);
        self.load_none();
        self.yield_from(true);
        self.emit_pseudo(Op::PopBlock, NO_BLOCK);
        self.expr(target)?;
        self.stmts(body)?;
        self.unset_loc();
        self.jump(start);
        self.u().fblocks.pop();
        self.use_block(except);
        self.emit(Opcode::EndAsyncFor);
        self.stmts(orelse)?;
        self.use_block(end);
        Ok(())
    }

    /// `while`: the test at the top and a `JUMP_BACKWARD` at the bottom, so every loop back
    /// edge is a `JUMP_BACKWARD` (CPython 3.11 repeats the test at the bottom instead).
    fn while_stmt(&mut self, test: &'a Expr, body: &'a [Stmt], orelse: &'a [Stmt]) -> R {
        let lp = self.new_block();
        let body_b = self.new_block();
        let anchor = self.new_block();
        let exit = self.new_block();
        self.use_block(lp);
        self.push_fblock(FBlock::WhileLoop { start: lp, exit })?;
        self.jump_if(test, anchor, false)?;
        self.use_block(body_b);
        self.stmts(body)?;
        self.unset_loc();
        self.jump(lp);
        self.u().fblocks.pop();
        self.use_block(anchor);
        self.stmts(orelse)?;
        self.use_block(exit);
        Ok(())
    }

    /// `compiler_with` / `compiler_async_with` for item `pos` onwards.
    fn with_stmt(
        &mut self,
        s: &'a Stmt,
        items: &'a [WithItem],
        pos: usize,
        body: &'a [Stmt],
        is_async: bool,
    ) -> R {
        let Some(item) = items.get(pos) else {
            return self.stmts(body);
        };
        let block = self.new_block();
        let final_b = self.new_block();
        let exit = self.new_block();
        let cleanup = self.new_block();
        self.expr(&item.context_expr)?;
        if is_async {
            self.emit(Opcode::BeforeAsyncWith);
            self.await_value(1);
        } else {
            self.emit(Opcode::BeforeWith);
        }
        self.emit_pseudo(Op::SetupWith, final_b);
        self.use_block(block);
        self.push_fblock(FBlock::With {
            loc: s.loc,
            is_async,
        })?;
        match &item.optional_vars {
            Some(v) => self.expr(v)?,
            None => self.emit(Opcode::PopTop),
        }
        if pos + 1 == items.len() {
            self.stmts(body)?;
        } else {
            self.with_stmt(s, items, pos + 1, body, is_async)?;
        }
        self.unset_loc();
        self.emit_pseudo(Op::PopBlock, NO_BLOCK);
        self.u().fblocks.pop();
        self.set_loc(s.loc);
        self.call_exit_with_nones();
        if is_async {
            self.await_value(2);
        }
        self.emit(Opcode::PopTop);
        self.jump(exit);
        self.use_block(final_b);
        self.emit_pseudo(Op::SetupCleanup, cleanup);
        self.emit(Opcode::PushExcInfo);
        self.emit(Opcode::WithExceptStart);
        if is_async {
            self.await_value(2);
        }
        self.with_except_finish(cleanup);
        self.use_block(exit);
        Ok(())
    }

    /// `compiler_with_except_finish`.
    fn with_except_finish(&mut self, cleanup: BlockId) {
        self.unset_loc();
        let exit = self.new_block();
        self.emit_jump(Opcode::PopJumpIfTrue, exit);
        // CPython emits `RERAISE 2` (lasti three items down); krait's RERAISE only reads lasti
        // directly below the exception, so bring a copy of it there first.
        self.emit_arg(Opcode::Copy, 3);
        self.emit_arg(Opcode::Swap, 2);
        self.emit_arg(Opcode::Reraise, 1);
        self.use_block(cleanup);
        self.pop_except_and_reraise();
        self.use_block(exit);
        self.emit(Opcode::PopTop);
        self.emit_pseudo(Op::PopBlock, NO_BLOCK);
        self.emit(Opcode::PopExcept);
        self.emit(Opcode::PopTop);
        self.emit(Opcode::PopTop);
    }

    /// `POP_EXCEPT_AND_RERAISE`: `COPY 3; POP_EXCEPT; RERAISE 1`.
    pub(crate) fn pop_except_and_reraise(&mut self) {
        self.emit_arg(Opcode::Copy, 3);
        self.emit(Opcode::PopExcept);
        self.emit_arg(Opcode::Reraise, 1);
    }

    fn try_finally(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
        finalbody: &'a [Stmt],
        star: bool,
    ) -> R {
        let body_b = self.new_block();
        let end = self.new_block();
        let exit = self.new_block();
        let cleanup = self.new_block();
        self.emit_pseudo(Op::SetupFinally, end);
        self.use_block(body_b);
        self.push_fblock(FBlock::FinallyTry { body: finalbody })?;
        if !handlers.is_empty() {
            if star {
                self.try_star_except(body, handlers, orelse)?;
            } else {
                self.try_except(body, handlers, orelse)?;
            }
        } else {
            self.stmts(body)?;
        }
        let saved = self.u().pos.take();
        self.emit_pseudo(Op::PopBlock, NO_BLOCK);
        self.u().pos = saved;
        self.u().fblocks.pop();
        self.stmts(finalbody)?;
        self.jump_noline(exit);
        self.use_block(end);
        self.unset_loc();
        self.emit_pseudo(Op::SetupCleanup, cleanup);
        self.emit(Opcode::PushExcInfo);
        self.push_fblock(FBlock::FinallyEnd)?;
        self.stmts(finalbody)?;
        self.u().fblocks.pop();
        self.emit_arg(Opcode::Reraise, 0);
        self.use_block(cleanup);
        self.pop_except_and_reraise();
        self.use_block(exit);
        Ok(())
    }

    fn try_except(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
    ) -> R {
        let body_b = self.new_block();
        let mut except = self.new_block();
        let end = self.new_block();
        let cleanup = self.new_block();
        self.emit_pseudo(Op::SetupFinally, except);
        self.use_block(body_b);
        self.push_fblock(FBlock::TryExcept)?;
        self.stmts(body)?;
        self.u().fblocks.pop();
        let saved = self.u().pos.take();
        self.emit_pseudo(Op::PopBlock, NO_BLOCK);
        self.u().pos = saved;
        self.stmts(orelse)?;
        self.jump_noline(end);
        self.use_block(except);
        self.unset_loc();
        self.emit_pseudo(Op::SetupCleanup, cleanup);
        self.emit(Opcode::PushExcInfo);
        self.push_fblock(FBlock::ExceptionHandler)?;
        let n = handlers.len();
        for (i, h) in handlers.iter().enumerate() {
            self.set_loc(h.loc);
            if h.type_.is_none() && i + 1 < n {
                return Err(self.error("default 'except:' must be last"));
            }
            except = self.new_block();
            if let Some(t) = &h.type_ {
                self.expr(t)?;
                self.emit(Opcode::CheckExcMatch);
                self.emit_jump(Opcode::PopJumpIfFalse, except);
            }
            if let Some(name) = &h.name {
                let cleanup_end = self.new_block();
                let cleanup_body = self.new_block();
                self.nameop(name, ExprContext::Store)?;
                self.emit_pseudo(Op::SetupCleanup, cleanup_end);
                self.use_block(cleanup_body);
                self.push_fblock(FBlock::HandlerCleanup {
                    name: Some(name.clone()),
                })?;
                self.stmts(&h.body)?;
                self.u().fblocks.pop();
                self.unset_loc();
                self.emit_pseudo(Op::PopBlock, NO_BLOCK);
                self.emit_pseudo(Op::PopBlock, NO_BLOCK);
                self.emit(Opcode::PopExcept);
                self.load_none();
                self.nameop(name, ExprContext::Store)?;
                self.nameop(name, ExprContext::Del)?;
                self.jump(end);
                self.use_block(cleanup_end);
                self.unset_loc();
                self.load_none();
                self.nameop(name, ExprContext::Store)?;
                self.nameop(name, ExprContext::Del)?;
                self.emit_arg(Opcode::Reraise, 1);
            } else {
                let cleanup_body = self.new_block();
                self.emit(Opcode::PopTop);
                self.use_block(cleanup_body);
                self.push_fblock(FBlock::HandlerCleanup { name: None })?;
                self.stmts(&h.body)?;
                self.u().fblocks.pop();
                self.unset_loc();
                self.emit_pseudo(Op::PopBlock, NO_BLOCK);
                self.emit(Opcode::PopExcept);
                self.jump(end);
            }
            self.use_block(except);
        }
        self.unset_loc();
        self.u().fblocks.pop();
        self.emit_arg(Opcode::Reraise, 0);
        self.use_block(cleanup);
        self.pop_except_and_reraise();
        self.use_block(end);
        Ok(())
    }

    fn try_star_except(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
    ) -> R {
        let body_b = self.new_block();
        let except = self.new_block();
        let orelse_b = self.new_block();
        let end = self.new_block();
        let cleanup = self.new_block();
        let reraise_star = self.new_block();
        self.emit_pseudo(Op::SetupFinally, except);
        self.use_block(body_b);
        self.push_fblock(FBlock::TryExcept)?;
        self.stmts(body)?;
        self.u().fblocks.pop();
        let saved = self.u().pos.take();
        self.emit_pseudo(Op::PopBlock, NO_BLOCK);
        self.jump(orelse_b);
        self.u().pos = saved;
        self.use_block(except);
        self.unset_loc();
        self.emit_pseudo(Op::SetupCleanup, cleanup);
        self.emit(Opcode::PushExcInfo);
        self.push_fblock(FBlock::ExceptionGroupHandler)?;
        let n = handlers.len();
        for (i, h) in handlers.iter().enumerate() {
            self.set_loc(h.loc);
            let next_except = self.new_block();
            let no_match = self.new_block();
            let except_with_error = self.new_block();
            if i == 0 {
                self.emit_arg(Opcode::Copy, 1);
                self.emit_arg(Opcode::BuildList, 0);
                self.emit_arg(Opcode::Swap, 2);
            }
            if let Some(t) = &h.type_ {
                self.expr(t)?;
                self.emit(Opcode::CheckEgMatch);
                self.emit_arg(Opcode::Copy, 1);
                self.emit_jump(Opcode::PopJumpIfNone, no_match);
            }
            let cleanup_end = self.new_block();
            let cleanup_body = self.new_block();
            match &h.name {
                Some(name) => self.nameop(name, ExprContext::Store)?,
                None => self.emit(Opcode::PopTop),
            }
            self.emit_pseudo(Op::SetupCleanup, cleanup_end);
            self.use_block(cleanup_body);
            self.push_fblock(FBlock::HandlerCleanup {
                name: h.name.clone(),
            })?;
            self.stmts(&h.body)?;
            self.u().fblocks.pop();
            self.unset_loc();
            self.emit_pseudo(Op::PopBlock, NO_BLOCK);
            if let Some(name) = &h.name {
                self.load_none();
                self.nameop(name, ExprContext::Store)?;
                self.nameop(name, ExprContext::Del)?;
            }
            self.jump(next_except);
            self.use_block(cleanup_end);
            if let Some(name) = &h.name {
                self.load_none();
                self.nameop(name, ExprContext::Store)?;
                self.nameop(name, ExprContext::Del)?;
            }
            self.emit_arg(Opcode::ListAppend, 3);
            self.emit(Opcode::PopTop);
            self.jump(except_with_error);
            self.use_block(next_except);
            self.emit(Opcode::Nop);
            self.jump(except_with_error);
            self.use_block(no_match);
            self.emit(Opcode::PopTop);
            self.use_block(except_with_error);
            if i + 1 == n {
                self.emit_arg(Opcode::ListAppend, 1);
                self.jump(reraise_star);
            }
        }
        self.unset_loc();
        self.u().fblocks.pop();
        let reraise = self.new_block();
        self.use_block(reraise_star);
        self.emit(Opcode::PrepReraiseStar);
        self.emit_arg(Opcode::Copy, 1);
        self.emit_jump(Opcode::PopJumpIfNotNone, reraise);
        self.emit(Opcode::PopTop);
        self.emit_pseudo(Op::PopBlock, NO_BLOCK);
        self.emit(Opcode::PopExcept);
        self.jump(end);
        self.use_block(reraise);
        self.emit_pseudo(Op::PopBlock, NO_BLOCK);
        self.emit_arg(Opcode::Swap, 2);
        self.emit(Opcode::PopExcept);
        self.emit_arg(Opcode::Reraise, 0);
        self.use_block(cleanup);
        self.pop_except_and_reraise();
        self.use_block(orelse_b);
        self.stmts(orelse)?;
        self.use_block(end);
        Ok(())
    }

    fn import(&mut self, names: &'a [ast::Alias]) -> R {
        for alias in names {
            self.load_const(Constant::Int(0.into()));
            self.load_none();
            self.emit_name(Opcode::ImportName, &alias.name);
            if let Some(asname) = &alias.asname {
                let mut parts = alias.name.split('.');
                parts.next();
                let attrs: Vec<&str> = parts.collect();
                if !attrs.is_empty() {
                    for (k, attr) in attrs.iter().enumerate() {
                        self.emit_name_unmangled(Opcode::ImportFrom, attr);
                        if k + 1 < attrs.len() {
                            self.emit_arg(Opcode::Swap, 2);
                            self.emit(Opcode::PopTop);
                        }
                    }
                    self.nameop(asname, ExprContext::Store)?;
                    self.emit(Opcode::PopTop);
                } else {
                    self.nameop(asname, ExprContext::Store)?;
                }
            } else {
                let store = alias.name.split('.').next().unwrap_or(&alias.name);
                self.nameop(store, ExprContext::Store)?;
            }
        }
        Ok(())
    }

    fn import_from(
        &mut self,
        s: &'a Stmt,
        module: Option<&str>,
        names: &'a [ast::Alias],
        level: u32,
    ) -> R {
        self.load_const(Constant::Int(level.into()));
        if module == Some("__future__") && s.loc.lineno > self.future_lineno() {
            return Err(
                self.error("from __future__ imports must occur at the beginning of the file")
            );
        }
        let tuple = names
            .iter()
            .map(|a| Constant::Str(krait_parser::wtf8::Wtf8Buf::from_str(&a.name)))
            .collect();
        self.load_const(Constant::Tuple(tuple));
        self.emit_name(Opcode::ImportName, module.unwrap_or(""));
        for (i, alias) in names.iter().enumerate() {
            if i == 0 && alias.name.starts_with('*') {
                self.emit(Opcode::ImportStar);
                return Ok(());
            }
            self.emit_name(Opcode::ImportFrom, &alias.name);
            let store = alias.asname.as_deref().unwrap_or(&alias.name);
            self.nameop(store, ExprContext::Store)?;
        }
        self.emit(Opcode::PopTop);
        Ok(())
    }
}
