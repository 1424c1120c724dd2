//! Statements: CPython 3.11's `statements` … `compound_stmt`/`simple_stmt` rules, blocks and
//! their indentation errors, and the three `compile()` modes' top-level rules.

use super::errors::{err_loc, span, tok_loc};
use super::expr::mk;
use super::targets::{expr_name, into_target, TargetsType};
use super::{PErr, PResult, Parser};
use crate::ast::*;
use crate::token::{TokKind as K, Token};

/// Builds a statement node.
pub fn st(kind: StmtKind, loc: Loc) -> Stmt {
    Stmt { kind, loc }
}

impl Parser<'_> {
    /// `file`: `[statements] ENDMARKER`.
    pub fn file(&mut self) -> PResult<Vec<Stmt>> {
        let mut body = Vec::new();
        loop {
            match self.kind() {
                K::EndMarker => break,
                K::Newline => {
                    self.bump();
                }
                _ => self.statement(&mut body)?,
            }
        }
        Ok(body)
    }

    /// `statement`: a compound statement or a line of simple statements, appended to `out`.
    pub fn statement(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        let t = self.tok();
        match t.kind {
            K::Def | K::If | K::Class | K::With | K::For | K::Try | K::While | K::At => {
                out.push(self.compound(t)?);
                Ok(())
            }
            K::Async if matches!(self.kind_at(1), K::Def | K::With | K::For) => {
                out.push(self.compound(t)?);
                Ok(())
            }
            K::Name if self.text(&t) == "match" => {
                let m = self.mark();
                match self.match_stmt() {
                    Ok(Some(s)) => {
                        out.push(s);
                        Ok(())
                    }
                    Ok(None) => {
                        self.reset(m);
                        self.simple_stmts(out)
                    }
                    // CPython reports a bad match statement only from its second pass, once
                    // the line does not parse as simple statements either.
                    Err(e) if self.tok_err.is_none() => {
                        let after = self.mark();
                        self.reset(m);
                        let n = out.len();
                        match self.simple_stmts(out) {
                            Ok(()) => Ok(()),
                            Err(_) => {
                                out.truncate(n);
                                self.reset(after);
                                Err(e)
                            }
                        }
                    }
                    Err(e) => Err(e),
                }
            }
            K::Indent => Err(self.indent_unexpected()),
            _ => self.simple_stmts(out),
        }
    }

    pub(super) fn indent_unexpected(&mut self) -> PErr {
        self.indent_err("unexpected indent")
    }

    pub(super) fn compound(&mut self, t: Token) -> PResult<Stmt> {
        self.enter(4)?;
        let r = match t.kind {
            K::Def => self.funcdef(Vec::new(), None),
            K::Class => self.classdef(Vec::new()),
            K::If => self.if_stmt(),
            K::While => self.while_stmt(),
            K::For => self.for_stmt(None),
            K::With => self.with_stmt(None),
            K::Try => self.try_stmt(),
            K::At => self.decorated(),
            _ => {
                let a = self.bump();
                match self.kind() {
                    K::Def => self.funcdef(Vec::new(), Some(a)),
                    K::For => self.for_stmt(Some(a)),
                    _ => self.with_stmt(Some(a)),
                }
            }
        };
        self.leave(4);
        r
    }

    /// `simple_stmts`: simple statements separated by `;`, ending in NEWLINE.
    pub fn simple_stmts(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        loop {
            let s = self.simple_stmt()?;
            out.push(s);
            if self.eat(K::Semi) {
                if self.at(K::Newline) {
                    break;
                }
                continue;
            }
            break;
        }
        if !self.eat(K::Newline) {
            return Err(PErr::Fail);
        }
        Ok(())
    }

    pub(super) fn simple_stmt(&mut self) -> PResult<Stmt> {
        let t = self.tok();
        match t.kind {
            K::Pass => {
                self.bump();
                Ok(st(StmtKind::Pass, tok_loc(&t)))
            }
            K::Break => {
                self.bump();
                Ok(st(StmtKind::Break, tok_loc(&t)))
            }
            K::Continue => {
                self.bump();
                Ok(st(StmtKind::Continue, tok_loc(&t)))
            }
            K::Return => {
                self.bump();
                let value = if self.starts_expression() {
                    Some(Box::new(self.star_expressions()?))
                } else {
                    None
                };
                Ok(st(StmtKind::Return { value }, self.loc_from(&t)))
            }
            K::Raise => {
                self.bump();
                let (exc, cause) = if self.starts_expression() {
                    let e = self.expression()?;
                    let c = if self.eat(K::From) {
                        Some(Box::new(self.expression()?))
                    } else {
                        None
                    };
                    (Some(Box::new(e)), c)
                } else {
                    (None, None)
                };
                Ok(st(StmtKind::Raise { exc, cause }, self.loc_from(&t)))
            }
            K::Global | K::Nonlocal => {
                self.bump();
                let mut names = vec![self.name()?.0];
                while self.eat(K::Comma) {
                    names.push(self.name()?.0);
                }
                let loc = self.loc_from(&t);
                Ok(st(
                    if t.kind == K::Global {
                        StmtKind::Global { names }
                    } else {
                        StmtKind::Nonlocal { names }
                    },
                    loc,
                ))
            }
            K::Del => {
                self.bump();
                let m = self.mark();
                match self.del_targets() {
                    Ok(targets) if matches!(self.kind(), K::Semi | K::Newline) => {
                        Ok(st(StmtKind::Delete { targets }, self.loc_from(&t)))
                    }
                    other => {
                        // CPython's invalid_del_stmt: report the first invalid target.
                        self.reset(m);
                        if let Ok(e) = self.star_expressions() {
                            if let Some(bad) = super::targets::invalid_target(&e, TargetsType::Del)
                            {
                                return Err(err_loc(
                                    format!("cannot delete {}", expr_name(bad)),
                                    bad.loc,
                                ));
                            }
                        }
                        match other {
                            Err(e) => Err(e),
                            Ok(_) => Err(PErr::Fail),
                        }
                    }
                }
            }
            K::Assert => {
                self.bump();
                let test = self.expression()?;
                let msg = if self.eat(K::Comma) {
                    Some(Box::new(self.expression()?))
                } else {
                    None
                };
                Ok(st(
                    StmtKind::Assert {
                        test: Box::new(test),
                        msg,
                    },
                    self.loc_from(&t),
                ))
            }
            K::Import => self.import_name(),
            K::From => self.import_from(),
            _ => self.expr_or_assign(),
        }
    }

    pub(super) fn dotted_name(&mut self) -> PResult<String> {
        let (mut s, _) = self.name()?;
        while self.at(K::Dot) && self.kind_at(1) == K::Name {
            self.bump();
            s.push('.');
            s.push_str(&self.name()?.0);
        }
        Ok(s)
    }

    pub(super) fn import_name(&mut self) -> PResult<Stmt> {
        let t = self.bump();
        let mut names = Vec::new();
        loop {
            let s = self.tok();
            let name = self.dotted_name()?;
            let asname = if self.eat(K::As) {
                Some(self.name()?.0)
            } else {
                None
            };
            names.push(Alias {
                name,
                asname,
                loc: self.loc_from(&s),
            });
            if !self.eat(K::Comma) {
                break;
            }
        }
        Ok(st(StmtKind::Import { names }, self.loc_from(&t)))
    }

    pub(super) fn import_from(&mut self) -> PResult<Stmt> {
        let t = self.bump();
        let mut level = 0;
        loop {
            match self.kind() {
                K::Dot => level += 1,
                K::Ellipsis => level += 3,
                _ => break,
            }
            self.bump();
        }
        let module = if self.at(K::Name) {
            Some(self.dotted_name()?)
        } else {
            None
        };
        if module.is_none() && level == 0 {
            return Err(PErr::Fail);
        }
        self.expect(K::Import)?;
        let mut names = Vec::new();
        if self.at(K::Star) {
            let s = self.bump();
            names.push(Alias {
                name: "*".into(),
                asname: None,
                loc: tok_loc(&s),
            });
        } else {
            let paren = self.eat(K::Lpar);
            loop {
                let s = self.tok();
                let (name, _) = self.name()?;
                let asname = if self.eat(K::As) {
                    Some(self.name()?.0)
                } else {
                    None
                };
                names.push(Alias {
                    name,
                    asname,
                    loc: self.loc_from(&s),
                });
                if !self.eat(K::Comma) {
                    break;
                }
                if paren && self.at(K::Rpar) {
                    break;
                }
                if !paren && !self.at(K::Name) {
                    if self.at(K::Newline) {
                        return Err(self.err_last(
                            "trailing comma not allowed without surrounding parentheses",
                        ));
                    }
                    return Err(PErr::Fail);
                }
            }
            if paren {
                self.expect(K::Rpar)?;
            }
        }
        Ok(st(
            StmtKind::ImportFrom {
                module,
                names,
                level: Some(level),
            },
            self.loc_from(&t),
        ))
    }

    /// Expression statements, assignments, annotated and augmented assignments.
    pub(super) fn expr_or_assign(&mut self) -> PResult<Stmt> {
        let start = self.tok();
        let first = if self.at(K::Yield) {
            self.yield_expr()?
        } else {
            self.star_expressions()?
        };
        if let ExprKind::Name { id, .. } = &first.kind {
            if (id == "print" || id == "exec") && self.starts_expression() && !self.at(K::Lpar) {
                let m = self.mark();
                self.speculating += 1;
                let r = self.star_expressions();
                self.speculating -= 1;
                if r.is_ok() {
                    let end = self.prev();
                    let msg =
                        format!("Missing parentheses in call to '{id}'. Did you mean {id}(...)?");
                    return Err(err_loc(msg, span(first.loc, tok_loc(&end))));
                }
                self.reset(m);
            }
        }
        let k = self.kind();
        if k == K::Colon {
            let single_target = matches!(
                &first.kind,
                ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. }
            );
            self.bump();
            let annotation = if single_target {
                self.expression()?
            } else {
                // Only CPython's second pass (invalid_assignment) reads on; its messages
                // need the annotation to parse.
                self.speculating += 1;
                let r = self.expression();
                self.speculating -= 1;
                r?
            };
            let simple = match &first.kind {
                ExprKind::Name { .. } if start.kind != K::Lpar => 1,
                ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {
                    0
                }
                ExprKind::Tuple { elts, .. } => {
                    // Unparenthesized, CPython points at the first element only.
                    let loc = if start.kind == K::Lpar {
                        first.loc
                    } else {
                        elts[0].loc
                    };
                    return Err(err_loc(
                        "only single target (not tuple) can be annotated",
                        loc,
                    ));
                }
                ExprKind::List { .. } => {
                    return Err(err_loc(
                        "only single target (not list) can be annotated",
                        first.loc,
                    ));
                }
                _ => return Err(err_loc("illegal target for annotation", first.loc)),
            };
            let target = into_target(first, TargetsType::Star)?;
            let value = if self.eat(K::Equal) {
                Some(Box::new(if self.at(K::Yield) {
                    self.yield_expr()?
                } else {
                    self.star_expressions()?
                }))
            } else {
                None
            };
            return Ok(st(
                StmtKind::AnnAssign {
                    target: Box::new(target),
                    annotation: Box::new(annotation),
                    value,
                    simple,
                },
                self.loc_from(&start),
            ));
        }
        if k == K::Equal {
            return self.assignment(start, first);
        }
        if k == K::ColonEqual && !matches!(first.kind, ExprKind::Name { .. }) {
            // invalid_named_expression, reached through invalid_assignment's
            // star_named_expression: needs the value to parse.
            let m = self.mark();
            self.speculating += 1;
            self.bump();
            let ok = self.expression().is_ok();
            self.speculating -= 1;
            self.reset(m);
            if ok {
                let msg = format!(
                    "cannot use assignment expressions with {}",
                    expr_name(&first)
                );
                return Err(err_loc(msg, first.loc));
            }
        }
        let aug = match k {
            K::PlusEqual => Some(Operator::Add),
            K::MinEqual => Some(Operator::Sub),
            K::StarEqual => Some(Operator::Mult),
            K::AtEqual => Some(Operator::MatMult),
            K::SlashEqual => Some(Operator::Div),
            K::PercentEqual => Some(Operator::Mod),
            K::AmperEqual => Some(Operator::BitAnd),
            K::VbarEqual => Some(Operator::BitOr),
            K::CircumflexEqual => Some(Operator::BitXor),
            K::LeftShiftEqual => Some(Operator::LShift),
            K::RightShiftEqual => Some(Operator::RShift),
            K::DoubleStarEqual => Some(Operator::Pow),
            K::DoubleSlashEqual => Some(Operator::FloorDiv),
            _ => None,
        };
        if let Some(op) = aug {
            let mut target = first;
            match &mut target.kind {
                ExprKind::Name { ctx, .. }
                | ExprKind::Attribute { ctx, .. }
                | ExprKind::Subscript { ctx, .. } => {
                    *ctx = ExprContext::Store;
                }
                _ => {
                    return Err(err_loc(
                        format!(
                            "'{}' is an illegal expression for augmented assignment",
                            expr_name(&target)
                        ),
                        target.loc,
                    ));
                }
            }
            self.bump();
            let value = if self.at(K::Yield) {
                self.yield_expr()?
            } else {
                self.star_expressions()?
            };
            return Ok(st(
                StmtKind::AugAssign {
                    target: Box::new(target),
                    op,
                    value: Box::new(value),
                },
                self.loc_from(&start),
            ));
        }
        Ok(st(
            StmtKind::Expr {
                value: Box::new(first),
            },
            self.loc_from(&start),
        ))
    }

    /// The rest of an assignment statement `first = … = value`, with CPython's messages for
    /// invalid targets (`invalid_named_expression`'s "… here. Maybe you meant '==' …" when the
    /// first target is a plain operand, else `invalid_assignment`'s).
    pub(super) fn assignment(&mut self, start: Token, first: Expr) -> PResult<Stmt> {
        let mut targets = vec![(first, start.kind == K::Yield)];
        let mut value;
        let mut value_start = self.tok_at(1);
        loop {
            self.bump();
            let is_yield = self.at(K::Yield);
            let r = if is_yield {
                self.yield_expr()
            } else {
                self.star_expressions()
            };
            value = match r {
                Ok(v) => v,
                Err(PErr::Fail) => {
                    // invalid_assignment needs no value: report a bad target first.
                    for (t, _) in &targets {
                        if let Some(bad) = super::targets::invalid_target(t, TargetsType::Star) {
                            return Err(err_loc(
                                format!("cannot assign to {}", expr_name(bad)),
                                bad.loc,
                            ));
                        }
                    }
                    return Err(PErr::Fail);
                }
                Err(e) => return Err(e),
            };
            if !self.at(K::Equal) {
                break;
            }
            targets.push((value, is_yield));
            if targets.len() == 2 {
                value_start = self.tok_at(1);
            }
        }
        let mut out = Vec::with_capacity(targets.len());
        let n = targets.len();
        for (i, (t, unparen_yield)) in targets.into_iter().enumerate() {
            if unparen_yield {
                return Err(err_loc(
                    "assignment to yield expression not possible",
                    t.loc,
                ));
            }
            if i == 0 && n == 1 && super::targets::invalid_target(&t, TargetsType::Star).is_some() {
                let paren = start.kind == K::Lpar
                    && (t.loc.lineno, t.loc.col_offset) != (start.lineno, start.col);
                let operand = paren
                    || !matches!(
                        &t.kind,
                        ExprKind::Compare { .. }
                            | ExprKind::BoolOp { .. }
                            | ExprKind::UnaryOp {
                                op: UnaryOp::Not,
                                ..
                            }
                            | ExprKind::IfExp { .. }
                            | ExprKind::Lambda { .. }
                            | ExprKind::Starred { .. }
                            | ExprKind::Tuple { .. }
                            | ExprKind::List { .. }
                            | ExprKind::GeneratorExp { .. }
                            | ExprKind::NamedExpr { .. }
                            | ExprKind::Constant {
                                value: Constant::Bool(_) | Constant::None,
                                ..
                            }
                    );
                let value_operand =
                    !matches!(value_start.kind, K::Star | K::Yield | K::Not | K::Lambda);
                if operand && value_operand {
                    let msg = format!(
                        "cannot assign to {} here. Maybe you meant '==' instead of '='?",
                        expr_name(&t)
                    );
                    return Err(err_loc(msg, t.loc));
                }
            }
            if n > 1 && super::targets::invalid_target(&t, TargetsType::Star).is_some() {
                // CPython's assignment rule fails on a bad chained target; its
                // invalid_assignment then tries invalid_named_expression on the first one.
                if let Some(e) = self.chained_named_expression_error(&start) {
                    return Err(e);
                }
            }
            out.push(into_target(t, TargetsType::Star)?);
        }
        Ok(st(
            StmtKind::Assign {
                targets: out,
                value: Box::new(value),
                type_comment: None,
            },
            self.loc_from(&start),
        ))
    }

    /// CPython's `invalid_named_expression` read from the statement's start `start`:
    /// `NAME '=' bitwise_or` or `bitwise_or '=' bitwise_or`, not followed by `=` or `:=`.
    pub(super) fn chained_named_expression_error(&mut self, start: &Token) -> Option<PErr> {
        let m = self.mark();
        self.reset(self.mark_of(start));
        self.speculating += 1;
        let r = (|| {
            let a = self.bitwise_or().ok()?;
            if !self.eat(K::Equal) {
                return None;
            }
            self.bitwise_or().ok()?;
            if matches!(self.kind(), K::Equal | K::ColonEqual) {
                return None;
            }
            let b_end = self.prev();
            let single_name = matches!(a.kind, ExprKind::Name { .. })
                && start.kind == K::Name
                && (a.loc.end_lineno, a.loc.end_col_offset) == (start.end_lineno, start.end_col);
            if single_name {
                return Some(err_loc(
                    "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                    span(a.loc, tok_loc(&b_end)),
                ));
            }
            let excluded = matches!(start.kind, K::Lsqb | K::True | K::False | K::None)
                || (start.kind == K::Lpar
                    && matches!(
                        a.kind,
                        ExprKind::Tuple { .. } | ExprKind::GeneratorExp { .. }
                    ));
            if excluded {
                return None;
            }
            Some(err_loc(
                format!(
                    "cannot assign to {} here. Maybe you meant '==' instead of '='?",
                    expr_name(&a)
                ),
                a.loc,
            ))
        })();
        self.speculating -= 1;
        self.reset(m);
        r
    }

    /// Builds a Name expression from a NAME token.
    pub fn name_expr(&self, t: &Token, ctx: ExprContext) -> Expr {
        mk(
            ExprKind::Name {
                id: self.ident(t),
                ctx,
            },
            tok_loc(t),
        )
    }
}
