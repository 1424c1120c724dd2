//! Expressions (CPython 3.11's `compiler_visit_expr1` and helpers): operators, displays,
//! calls, boolean and comparison chains with jumps, f-strings, yield/await, subscripts and
//! attribute access, star-unpacking.

use super::*;
use crate::fold::{const_value, convert_const};
use ast::{BoolOp, CmpOp, ExprKind, Keyword, Operator, UnaryOp};
use krait_bytecode::opcode::{Comparison, NbOp};

/// `BINARY_OP`'s argument for `op` (in-place when `inplace`).
pub(crate) fn nb_op(op: Operator, inplace: bool) -> u32 {
    let base = match op {
        Operator::Add => NbOp::Add,
        Operator::Sub => NbOp::Subtract,
        Operator::Mult => NbOp::Multiply,
        Operator::MatMult => NbOp::MatrixMultiply,
        Operator::Div => NbOp::TrueDivide,
        Operator::Mod => NbOp::Remainder,
        Operator::Pow => NbOp::Power,
        Operator::LShift => NbOp::Lshift,
        Operator::RShift => NbOp::Rshift,
        Operator::BitOr => NbOp::Or,
        Operator::BitXor => NbOp::Xor,
        Operator::BitAnd => NbOp::And,
        Operator::FloorDiv => NbOp::FloorDivide,
    } as u32;
    if inplace {
        base + 13
    } else {
        base
    }
}

impl<'a> Compiler<'a> {
    /// Compiles `e`, with `e`'s location for the instructions it emits.
    pub(crate) fn expr(&mut self, e: &'a Expr) -> R {
        self.enter_depth(e.loc)?;
        let saved = self.ur().pos;
        self.set_loc(e.loc);
        let r = self.expr_inner(e);
        self.u().pos = saved;
        self.leave_depth();
        r
    }

    /// `ADDOP_COMPARE`.
    pub(crate) fn compare_op(&mut self, op: CmpOp) {
        let (opc, arg) = match op {
            CmpOp::Eq => (Opcode::CompareOp, Comparison::Eq as u32),
            CmpOp::NotEq => (Opcode::CompareOp, Comparison::Ne as u32),
            CmpOp::Lt => (Opcode::CompareOp, Comparison::Lt as u32),
            CmpOp::LtE => (Opcode::CompareOp, Comparison::Le as u32),
            CmpOp::Gt => (Opcode::CompareOp, Comparison::Gt as u32),
            CmpOp::GtE => (Opcode::CompareOp, Comparison::Ge as u32),
            CmpOp::Is => (Opcode::IsOp, 0),
            CmpOp::IsNot => (Opcode::IsOp, 1),
            CmpOp::In => (Opcode::ContainsOp, 0),
            CmpOp::NotIn => (Opcode::ContainsOp, 1),
        };
        self.emit_arg(opc, arg);
    }

    /// `ADDOP_YIELD`.
    pub(crate) fn emit_yield(&mut self) {
        let ste = self.ste();
        if ste.is_generator && ste.is_coroutine {
            self.emit(Opcode::AsyncGenWrap);
        }
        self.emit(Opcode::YieldValue);
        self.emit_arg(Opcode::Resume, 1);
    }

    /// `ADD_YIELD_FROM`: the send loop of `yield from` (`is_await` = false) or `await`.
    pub(crate) fn yield_from(&mut self, is_await: bool) {
        let start = self.new_block();
        let resume = self.new_block();
        let exit = self.new_block();
        self.use_block(start);
        self.emit_jump(Opcode::Send, exit);
        self.use_block(resume);
        self.emit(Opcode::YieldValue);
        self.emit_arg(Opcode::Resume, if is_await { 3 } else { 2 });
        self.emit_pseudo(Op::JumpNoInterrupt, start);
        self.use_block(exit);
    }

    /// `GET_AWAITABLE n; LOAD_CONST None; <yield from>`.
    pub(crate) fn await_value(&mut self, kind: u32) {
        self.emit_arg(Opcode::GetAwaitable, kind);
        self.load_none();
        self.yield_from(true);
    }

    fn is_top_level_await(&self) -> bool {
        false
    }

    fn expr_inner(&mut self, e: &'a Expr) -> R {
        if let Some(c) = const_value(e, self.opts.optimize) {
            self.load_const(c);
            return Ok(());
        }
        match &e.kind {
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?;
                self.emit_arg(Opcode::Copy, 1);
                self.expr(target)?;
            }
            ExprKind::BoolOp { op, values } => {
                let jump = if *op == BoolOp::And {
                    Opcode::JumpIfFalseOrPop
                } else {
                    Opcode::JumpIfTrueOrPop
                };
                let end = self.new_block();
                let n = values.len().saturating_sub(1);
                for v in &values[..n] {
                    self.expr(v)?;
                    self.emit_jump(jump, end);
                }
                if let Some(last) = values.last() {
                    self.expr(last)?;
                }
                self.use_block(end);
            }
            ExprKind::BinOp { left, op, right } => {
                if let (
                    Operator::Mod,
                    ExprKind::Constant {
                        value: ast::Constant::Str(fmt),
                        ..
                    },
                    ExprKind::Tuple { elts, .. },
                ) = (op, &left.kind, &right.kind)
                {
                    if let Some(parts) = super::astopt::optimize_format(fmt, elts) {
                        return self.format_parts(parts);
                    }
                }
                self.expr(left)?;
                self.expr(right)?;
                self.emit_arg(Opcode::BinaryOp, nb_op(*op, false));
            }
            ExprKind::UnaryOp { .. } if super::astopt::inverted_compare(e).is_some() => {
                if let Some((l, op, r)) = super::astopt::inverted_compare(e) {
                    // The rewritten node takes the comparison's location (`COPY_NODE`).
                    if let ExprKind::UnaryOp { operand, .. } = &e.kind {
                        self.set_loc(operand.loc);
                    }
                    self.expr(l)?;
                    self.expr(r)?;
                    self.compare_op(op);
                }
            }
            ExprKind::UnaryOp { op, operand } => {
                self.expr(operand)?;
                self.emit(match op {
                    UnaryOp::Invert => Opcode::UnaryInvert,
                    UnaryOp::Not => Opcode::UnaryNot,
                    UnaryOp::UAdd => Opcode::UnaryPositive,
                    UnaryOp::USub => Opcode::UnaryNegative,
                });
            }
            ExprKind::Lambda { args, body } => self.lambda(e, args, body)?,
            ExprKind::IfExp { test, body, orelse } => {
                let end = self.new_block();
                let next = self.new_block();
                self.jump_if(test, next, false)?;
                self.expr(body)?;
                self.jump_noline(end);
                self.use_block(next);
                self.expr(orelse)?;
                self.use_block(end);
            }
            ExprKind::Dict { keys, values } => self.dict(keys, values)?,
            ExprKind::Set { elts } => self.starunpack(
                elts,
                0,
                Opcode::BuildSet,
                Opcode::SetAdd,
                Opcode::SetUpdate,
                false,
            )?,
            ExprKind::ListComp { .. }
            | ExprKind::SetComp { .. }
            | ExprKind::DictComp { .. }
            | ExprKind::GeneratorExp { .. } => self.comprehension(e)?,
            ExprKind::Yield { value } => {
                if self.ste().kind != ScopeKind::Function {
                    return Err(self.error("'yield' outside function"));
                }
                match value {
                    Some(v) => self.expr(v)?,
                    None => self.load_none(),
                }
                self.emit_yield();
            }
            ExprKind::YieldFrom { value } => {
                if self.ste().kind != ScopeKind::Function {
                    return Err(self.error("'yield' outside function"));
                }
                if self.ur().kind == UnitKind::AsyncFunction {
                    return Err(self.error("'yield from' inside async function"));
                }
                self.expr(value)?;
                self.emit(Opcode::GetYieldFromIter);
                self.load_none();
                self.yield_from(false);
            }
            ExprKind::Await { value } => {
                if !self.is_top_level_await() {
                    if self.ste().kind != ScopeKind::Function {
                        return Err(self.error("'await' outside function"));
                    }
                    if !matches!(
                        self.ur().kind,
                        UnitKind::AsyncFunction | UnitKind::Comprehension
                    ) {
                        return Err(self.error("'await' outside async function"));
                    }
                }
                self.expr(value)?;
                self.await_value(0);
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => self.compare(left, ops, comparators)?,
            ExprKind::Call {
                func,
                args,
                keywords,
            } => self.call(func, args, keywords)?,
            ExprKind::FormattedValue {
                value,
                conversion,
                format_spec,
            } => {
                self.expr(value)?;
                let mut arg = match *conversion {
                    115 => 1, // 's'
                    114 => 2, // 'r'
                    97 => 3,  // 'a'
                    _ => 0,
                };
                if let Some(spec) = format_spec {
                    self.expr(spec)?;
                    arg |= 4;
                }
                self.emit_arg(Opcode::FormatValue, arg);
            }
            ExprKind::JoinedStr { values } => {
                if values.len() > STACK_USE_GUIDELINE {
                    self.load_const(Constant::Str(Default::default()));
                    self.emit_name_unmangled(Opcode::LoadMethod, "join");
                    self.emit_arg(Opcode::BuildList, 0);
                    for v in values {
                        self.expr(v)?;
                        self.emit_arg(Opcode::ListAppend, 1);
                    }
                    self.emit_arg(Opcode::Call, 1);
                } else {
                    self.exprs(values)?;
                    if values.len() != 1 {
                        self.emit_arg(Opcode::BuildString, values.len() as u32);
                    }
                }
            }
            ExprKind::Constant { value, .. } => self.load_const(convert_const(value)),
            ExprKind::Attribute { value, attr, ctx } => {
                self.expr(value)?;
                self.u().pos = super::match_attr_start(self.ur().pos, e);
                let op = match ctx {
                    ExprContext::Load => Opcode::LoadAttr,
                    ExprContext::Store => Opcode::StoreAttr,
                    ExprContext::Del => Opcode::DeleteAttr,
                };
                self.emit_name(op, attr);
            }
            ExprKind::Subscript { value, slice, ctx } => {
                self.expr(value)?;
                self.expr(slice)?;
                self.emit(match ctx {
                    ExprContext::Load => Opcode::BinarySubscr,
                    ExprContext::Store => Opcode::StoreSubscr,
                    ExprContext::Del => Opcode::DeleteSubscr,
                });
            }
            ExprKind::Starred { ctx, .. } => {
                return Err(self.error(if *ctx == ExprContext::Store {
                    "starred assignment target must be in a list or tuple"
                } else {
                    "can't use starred expression here"
                }))
            }
            ExprKind::Slice { lower, upper, step } => {
                let mut n = 2;
                match lower {
                    Some(x) => self.expr(x)?,
                    None => self.load_none(),
                }
                match upper {
                    Some(x) => self.expr(x)?,
                    None => self.load_none(),
                }
                if let Some(s) = step {
                    self.expr(s)?;
                    n = 3;
                }
                self.emit_arg(Opcode::BuildSlice, n);
            }
            ExprKind::Name { id, ctx } => {
                if id == "__debug__" && *ctx == ExprContext::Load {
                    self.load_const(Constant::Bool(self.opts.optimize == 0));
                } else {
                    self.nameop(id, *ctx)?;
                }
            }
            ExprKind::List { elts, ctx } => match ctx {
                ExprContext::Store => self.assignment_helper(elts)?,
                ExprContext::Load => self.starunpack(
                    elts,
                    0,
                    Opcode::BuildList,
                    Opcode::ListAppend,
                    Opcode::ListExtend,
                    false,
                )?,
                ExprContext::Del => self.exprs(elts)?,
            },
            ExprKind::Tuple { elts, ctx } => match ctx {
                ExprContext::Store => self.assignment_helper(elts)?,
                ExprContext::Load => self.starunpack(
                    elts,
                    0,
                    Opcode::BuildList,
                    Opcode::ListAppend,
                    Opcode::ListExtend,
                    true,
                )?,
                ExprContext::Del => self.exprs(elts)?,
            },
        }
        Ok(())
    }

    /// `unpack_helper` + `assignment_helper`: unpacking assignment targets.
    pub(crate) fn assignment_helper(&mut self, elts: &'a [Expr]) -> R {
        let n = elts.len();
        let mut seen_star = false;
        for (i, elt) in elts.iter().enumerate() {
            if let ExprKind::Starred { .. } = elt.kind {
                if seen_star {
                    return Err(self.error("multiple starred expressions in assignment"));
                }
                if i >= (1 << 8) || n - i > (i32::MAX as usize >> 8) {
                    return Err(self.error("too many expressions in star-unpacking assignment"));
                }
                self.emit_arg(Opcode::UnpackEx, (i + ((n - i - 1) << 8)) as u32);
                seen_star = true;
            }
        }
        if !seen_star {
            self.emit_arg(Opcode::UnpackSequence, n as u32);
        }
        for elt in elts {
            match &elt.kind {
                ExprKind::Starred { value, .. } => self.expr(value)?,
                _ => self.expr(elt)?,
            }
        }
        Ok(())
    }

    /// `starunpack_helper`: a list/tuple/set display, or positional call arguments after
    /// `pushed` items already on the stack.
    pub(crate) fn starunpack(
        &mut self,
        elts: &'a [Expr],
        pushed: u32,
        build: Opcode,
        add: Opcode,
        extend: Opcode,
        tuple: bool,
    ) -> R {
        let n = elts.len();
        if n > 2 {
            let folded: Option<Vec<Constant>> = elts
                .iter()
                .map(|e| const_value(e, self.opts.optimize))
                .collect();
            if let Some(items) = folded {
                if tuple && pushed == 0 {
                    self.load_const(Constant::Tuple(items));
                } else {
                    let c = if add == Opcode::SetAdd {
                        Constant::FrozenSet(items)
                    } else {
                        Constant::Tuple(items)
                    };
                    self.emit_arg(build, pushed);
                    self.load_const(c);
                    self.emit_arg(extend, 1);
                    if tuple {
                        self.emit(Opcode::ListToTuple);
                    }
                }
                return Ok(());
            }
        }
        let big = n + pushed as usize > STACK_USE_GUIDELINE;
        let seen_star = elts
            .iter()
            .any(|e| matches!(e.kind, ExprKind::Starred { .. }));
        if !seen_star && !big {
            self.exprs(elts)?;
            let total = n as u32 + pushed;
            self.emit_arg(if tuple { Opcode::BuildTuple } else { build }, total);
            return Ok(());
        }
        let mut built = false;
        if big {
            self.emit_arg(build, pushed);
            built = true;
        }
        for (i, elt) in elts.iter().enumerate() {
            if let ExprKind::Starred { value, .. } = &elt.kind {
                if !built {
                    self.emit_arg(build, i as u32 + pushed);
                    built = true;
                }
                self.expr(value)?;
                self.emit_arg(extend, 1);
            } else {
                self.expr(elt)?;
                if built {
                    self.emit_arg(add, 1);
                }
            }
        }
        if tuple {
            self.emit(Opcode::ListToTuple);
        }
        Ok(())
    }

    fn subdict(
        &mut self,
        keys: &'a [Option<Expr>],
        values: &'a [Expr],
        begin: usize,
        end: usize,
    ) -> R {
        let n = end - begin;
        let big = n * 2 > STACK_USE_GUIDELINE;
        if n > 1 && !big {
            let consts: Option<Vec<Constant>> = keys[begin..end]
                .iter()
                .map(|k| k.as_ref().and_then(|k| const_value(k, self.opts.optimize)))
                .collect();
            if let Some(consts) = consts {
                self.exprs(&values[begin..end])?;
                self.load_const(Constant::Tuple(consts));
                self.emit_arg(Opcode::BuildConstKeyMap, n as u32);
                return Ok(());
            }
        }
        if big {
            self.emit_arg(Opcode::BuildMap, 0);
        }
        for i in begin..end {
            if let Some(k) = &keys[i] {
                self.expr(k)?;
            }
            self.expr(&values[i])?;
            if big {
                self.emit_arg(Opcode::MapAdd, 1);
            }
        }
        if !big {
            self.emit_arg(Opcode::BuildMap, n as u32);
        }
        Ok(())
    }

    /// `compiler_dict`.
    fn dict(&mut self, keys: &'a [Option<Expr>], values: &'a [Expr]) -> R {
        let n = values.len().min(keys.len());
        let mut have_dict = false;
        let mut elements = 0;
        for i in 0..n {
            if keys[i].is_none() {
                if elements > 0 {
                    self.subdict(keys, values, i - elements, i)?;
                    if have_dict {
                        self.emit_arg(Opcode::DictUpdate, 1);
                    }
                    have_dict = true;
                    elements = 0;
                }
                if !have_dict {
                    self.emit_arg(Opcode::BuildMap, 0);
                    have_dict = true;
                }
                self.expr(&values[i])?;
                self.emit_arg(Opcode::DictUpdate, 1);
            } else if elements * 2 > STACK_USE_GUIDELINE {
                self.subdict(keys, values, i - elements, i + 1)?;
                if have_dict {
                    self.emit_arg(Opcode::DictUpdate, 1);
                }
                have_dict = true;
                elements = 0;
            } else {
                elements += 1;
            }
        }
        if elements > 0 {
            self.subdict(keys, values, n - elements, n)?;
            if have_dict {
                self.emit_arg(Opcode::DictUpdate, 1);
            }
            have_dict = true;
        }
        if !have_dict {
            self.emit_arg(Opcode::BuildMap, 0);
        }
        Ok(())
    }

    /// The last comparator of a chain: for `in`/`not in`, a list or set display is folded
    /// as CPython's `fold_compare`.
    fn comparator(&mut self, e: &'a Expr, op: CmpOp) -> R {
        if crate::fold::is_membership(op) {
            if let Some(c) = crate::fold::iter_const(e, self.opts.optimize) {
                let saved = self.ur().pos;
                self.set_loc(e.loc);
                self.load_const(c);
                self.u().pos = saved;
                return Ok(());
            }
            return self.iter_operand(e);
        }
        self.expr(e)
    }

    /// `compiler_compare`: a comparison chain leaves one value.
    fn compare(&mut self, left: &'a Expr, ops: &[CmpOp], comparators: &'a [Expr]) -> R {
        self.expr(left)?;
        let n = ops.len().min(comparators.len());
        if n == 0 {
            return Err(self.error("internal error: empty comparison"));
        }
        if n == 1 {
            self.comparator(&comparators[0], ops[0])?;
            self.compare_op(ops[0]);
            return Ok(());
        }
        let cleanup = self.new_block();
        for i in 0..n - 1 {
            self.expr(&comparators[i])?;
            self.emit_arg(Opcode::Swap, 2);
            self.emit_arg(Opcode::Copy, 2);
            self.compare_op(ops[i]);
            self.emit_jump(Opcode::JumpIfFalseOrPop, cleanup);
        }
        self.comparator(&comparators[n - 1], ops[n - 1])?;
        self.compare_op(ops[n - 1]);
        let end = self.new_block();
        self.jump_noline(end);
        self.use_block(cleanup);
        self.emit_arg(Opcode::Swap, 2);
        self.emit(Opcode::PopTop);
        self.use_block(end);
        Ok(())
    }

    /// `compiler_jump_if`: jumps to `next` when `e`'s truth equals `cond`.
    pub(crate) fn jump_if(&mut self, e: &'a Expr, next: BlockId, cond: bool) -> R {
        // As CPython 3.11's, a comparison's location stays in effect for the jumps that test
        // it (and for what follows); other tests leave the enclosing location.
        self.enter_depth(e.loc)?;
        if let ExprKind::Compare { .. } = e.kind {
            self.set_loc(e.loc);
        } else if let Some((_, _, _)) = super::astopt::inverted_compare(e) {
            if let ExprKind::UnaryOp { operand, .. } = &e.kind {
                self.set_loc(operand.loc);
            }
        }
        let r = self.jump_if_inner(e, next, cond);
        self.leave_depth();
        r
    }

    fn jump_if_inner(&mut self, e: &'a Expr, next: BlockId, cond: bool) -> R {
        match &e.kind {
            ExprKind::UnaryOp { .. } if super::astopt::inverted_compare(e).is_some() => {}
            ExprKind::UnaryOp {
                op: UnaryOp::Not,
                operand,
            } => return self.jump_if(operand, next, !cond),
            ExprKind::BoolOp { op, values } if !values.is_empty() => {
                let cond2 = *op == BoolOp::Or;
                let next2 = if cond2 != cond {
                    self.new_block()
                } else {
                    next
                };
                let n = values.len() - 1;
                for v in &values[..n] {
                    self.jump_if(v, next2, cond2)?;
                }
                self.jump_if(&values[n], next, cond)?;
                if next2 != next {
                    self.use_block(next2);
                }
                return Ok(());
            }
            ExprKind::IfExp { test, body, orelse } => {
                let end = self.new_block();
                let next2 = self.new_block();
                self.jump_if(test, next2, false)?;
                self.jump_if(body, next, cond)?;
                self.jump_noline(end);
                self.use_block(next2);
                self.jump_if(orelse, next, cond)?;
                self.use_block(end);
                return Ok(());
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } if ops.len() > 1 && comparators.len() == ops.len() => {
                let n = ops.len() - 1;
                let cleanup = self.new_block();
                self.expr(left)?;
                for i in 0..n {
                    self.expr(&comparators[i])?;
                    self.emit_arg(Opcode::Swap, 2);
                    self.emit_arg(Opcode::Copy, 2);
                    self.compare_op(ops[i]);
                    self.emit_jump(Opcode::PopJumpIfFalse, cleanup);
                }
                self.comparator(&comparators[n], ops[n])?;
                self.compare_op(ops[n]);
                self.emit_jump(
                    if cond {
                        Opcode::PopJumpIfTrue
                    } else {
                        Opcode::PopJumpIfFalse
                    },
                    next,
                );
                let end = self.new_block();
                self.jump_noline(end);
                self.use_block(cleanup);
                self.emit(Opcode::PopTop);
                if !cond {
                    self.jump_noline(next);
                }
                self.use_block(end);
                return Ok(());
            }
            _ => {}
        }
        self.expr(e)?;
        self.emit_jump(
            if cond {
                Opcode::PopJumpIfTrue
            } else {
                Opcode::PopJumpIfFalse
            },
            next,
        );
        Ok(())
    }

    /// Whether `e` names something the module imports (CPython's `is_import_originated`).
    fn is_import_originated(&self, e: &Expr) -> bool {
        match &e.kind {
            ExprKind::Name { id, .. } => {
                self.st.scope(self.st.top()).flags_of(id) & crate::symtable::DEF_IMPORT != 0
            }
            _ => false,
        }
    }

    /// `compiler_call`, with `maybe_optimize_method_call`.
    fn call(&mut self, func: &'a Expr, args: &'a [Expr], keywords: &'a [Keyword]) -> R {
        if let ExprKind::Attribute {
            value,
            attr,
            ctx: ExprContext::Load,
        } = &func.kind
        {
            let nargs = args.len();
            let nkw = keywords.len();
            if !self.is_import_originated(value)
                && nargs + nkw + usize::from(nkw != 0) < STACK_USE_GUIDELINE
                && !args
                    .iter()
                    .any(|a| matches!(a.kind, ExprKind::Starred { .. }))
                && !keywords.iter().any(|k| k.arg.is_none())
            {
                self.validate_keywords(keywords)?;
                self.expr(value)?;
                let saved = self.ur().pos;
                self.u().pos = super::match_attr_start(Some(super::pos_of(func.loc)), func);
                self.emit_name(Opcode::LoadMethod, attr);
                self.u().pos = saved;
                self.exprs(args)?;
                if nkw > 0 {
                    for k in keywords {
                        self.expr(&k.value)?;
                    }
                    self.u().pos = super::match_attr_start(Some(super::pos_of(func.loc)), func);
                    self.kw_names(keywords);
                }
                self.u().pos = super::match_attr_start(saved, func);
                self.emit_arg(Opcode::Call, (nargs + nkw) as u32);
                self.u().pos = saved;
                return Ok(());
            }
        }
        let saved = self.ur().pos;
        self.set_loc(func.loc);
        self.emit(Opcode::PushNull);
        self.u().pos = saved;
        self.expr(func)?;
        self.call_helper(0, args, keywords)
    }

    fn kw_names(&mut self, keywords: &[Keyword]) {
        let names = keywords
            .iter()
            .map(|k| {
                Constant::Str(krait_parser::wtf8::Wtf8Buf::from_str(
                    k.arg.as_deref().unwrap_or(""),
                ))
            })
            .collect();
        let i = self.u().add_const(Constant::Tuple(names));
        self.emit_arg(Opcode::KwNames, i);
    }

    /// "keyword argument repeated" (CPython's `validate_keywords`).
    fn validate_keywords(&self, keywords: &[Keyword]) -> R {
        for (i, k) in keywords.iter().enumerate() {
            let Some(name) = &k.arg else { continue };
            for other in &keywords[i + 1..] {
                if other.arg.as_deref() == Some(name) {
                    return Err(
                        self.error_at(format!("keyword argument repeated: {name}"), other.loc)
                    );
                }
            }
        }
        Ok(())
    }

    /// `compiler_call_helper`: arguments after `n` already-pushed positional ones.
    pub(crate) fn call_helper(&mut self, n: u32, args: &'a [Expr], keywords: &'a [Keyword]) -> R {
        self.validate_keywords(keywords)?;
        let nelts = args.len();
        let nkw = keywords.len();
        let simple = nelts + nkw * 2 <= STACK_USE_GUIDELINE
            && !args
                .iter()
                .any(|a| matches!(a.kind, ExprKind::Starred { .. }))
            && !keywords.iter().any(|k| k.arg.is_none());
        if simple {
            self.exprs(args)?;
            if nkw > 0 {
                for k in keywords {
                    self.expr(&k.value)?;
                }
                self.kw_names(keywords);
            }
            self.emit_arg(Opcode::Call, n + (nelts + nkw) as u32);
            return Ok(());
        }
        if n == 0 && nelts == 1 {
            if let ExprKind::Starred { value, .. } = &args[0].kind {
                self.expr(value)?;
            } else {
                self.starunpack(
                    args,
                    n,
                    Opcode::BuildList,
                    Opcode::ListAppend,
                    Opcode::ListExtend,
                    true,
                )?;
            }
        } else {
            self.starunpack(
                args,
                n,
                Opcode::BuildList,
                Opcode::ListAppend,
                Opcode::ListExtend,
                true,
            )?;
        }
        if nkw > 0 {
            let mut have_dict = false;
            let mut nseen = 0;
            for (i, kw) in keywords.iter().enumerate() {
                if kw.arg.is_none() {
                    if nseen > 0 {
                        self.subkwargs(&keywords[i - nseen..i])?;
                        if have_dict {
                            self.emit_arg(Opcode::DictMerge, 1);
                        }
                        have_dict = true;
                        nseen = 0;
                    }
                    if !have_dict {
                        self.emit_arg(Opcode::BuildMap, 0);
                        have_dict = true;
                    }
                    self.expr(&kw.value)?;
                    self.emit_arg(Opcode::DictMerge, 1);
                } else {
                    nseen += 1;
                }
            }
            if nseen > 0 {
                self.subkwargs(&keywords[nkw - nseen..])?;
                if have_dict {
                    self.emit_arg(Opcode::DictMerge, 1);
                }
            }
        }
        self.emit_arg(Opcode::CallFunctionEx, u32::from(nkw > 0));
        Ok(())
    }

    /// `compiler_subkwargs`: a run of `name=value` keywords as one dict.
    fn subkwargs(&mut self, kws: &'a [Keyword]) -> R {
        let n = kws.len();
        let big = n * 2 > STACK_USE_GUIDELINE;
        if n > 1 && !big {
            for k in kws {
                self.expr(&k.value)?;
            }
            let keys = kws
                .iter()
                .map(|k| {
                    Constant::Str(krait_parser::wtf8::Wtf8Buf::from_str(
                        k.arg.as_deref().unwrap_or(""),
                    ))
                })
                .collect();
            self.load_const(Constant::Tuple(keys));
            self.emit_arg(Opcode::BuildConstKeyMap, n as u32);
            return Ok(());
        }
        if big {
            self.emit_arg(Opcode::BuildMap, 0);
        }
        for k in kws {
            self.load_const(Constant::Str(krait_parser::wtf8::Wtf8Buf::from_str(
                k.arg.as_deref().unwrap_or(""),
            )));
            self.expr(&k.value)?;
            if big {
                self.emit_arg(Opcode::MapAdd, 1);
            }
        }
        if !big {
            self.emit_arg(Opcode::BuildMap, n as u32);
        }
        Ok(())
    }
}
