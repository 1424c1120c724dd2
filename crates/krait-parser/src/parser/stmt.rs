//! Statements: CPython 3.11's `statements` … `compound_stmt`/`simple_stmt` rules, blocks and
//! their indentation errors, and the three `compile()` modes' top-level rules.

use super::errors::{err_loc, span, tok_loc};
use super::expr::mk;
use super::targets::{expr_name, into_target, TargetsType};
use super::{PErr, PResult, Parser};
use crate::ast::*;
use crate::token::{TokKind as K, Token};

fn st(kind: StmtKind, loc: Loc) -> Stmt {
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

    fn indent_unexpected(&mut self) -> PErr {
        self.indent_err("unexpected indent")
    }

    fn compound(&mut self, t: Token) -> PResult<Stmt> {
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

    fn simple_stmt(&mut self) -> PResult<Stmt> {
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

    fn dotted_name(&mut self) -> PResult<String> {
        let (mut s, _) = self.name()?;
        while self.at(K::Dot) && self.kind_at(1) == K::Name {
            self.bump();
            s.push('.');
            s.push_str(&self.name()?.0);
        }
        Ok(s)
    }

    fn import_name(&mut self) -> PResult<Stmt> {
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

    fn import_from(&mut self) -> PResult<Stmt> {
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
    fn expr_or_assign(&mut self) -> PResult<Stmt> {
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
    fn assignment(&mut self, start: Token, first: Expr) -> PResult<Stmt> {
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
    fn chained_named_expression_error(&mut self, start: &Token) -> Option<PErr> {
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

    /// Expects the `:` ending a compound statement's header: "expected ':'" when the line
    /// ends instead.
    /// A forced `:` (CPython's `&&':'`): any other token is "expected ':'" at that token.
    fn colon_forced(&mut self) -> PResult<()> {
        if self.eat(K::Colon) {
            return Ok(());
        }
        Err(self.err_here("expected ':'"))
    }

    fn colon(&mut self) -> PResult<()> {
        if self.eat(K::Colon) {
            return Ok(());
        }
        if self.at(K::Newline) {
            return Err(self.err_last("expected ':'"));
        }
        Err(PErr::Fail)
    }

    /// `block`: `NEWLINE INDENT statements DEDENT`, or simple statements on the same line.
    /// `what`/`line` name the statement for "expected an indented block after …".
    pub fn block(&mut self, what: &str, line: u32) -> PResult<Vec<Stmt>> {
        let mut body = Vec::new();
        if !self.at(K::Newline) {
            self.simple_stmts(&mut body)?;
            return Ok(body);
        }
        self.bump();
        if !self.at(K::Indent) {
            let msg = format!("expected an indented block after {what} on line {line}");
            return Err(self.indent_err(msg));
        }
        self.bump();
        while !self.at(K::Dedent) && !self.at(K::EndMarker) {
            self.statement(&mut body)?;
        }
        self.eat(K::Dedent);
        Ok(body)
    }

    fn if_stmt(&mut self) -> PResult<Stmt> {
        let t = self.bump();
        let test = self.named_expression()?;
        self.colon()?;
        let body = self.block("'if' statement", t.lineno)?;
        let orelse = self.else_chain()?;
        Ok(st(
            StmtKind::If {
                test: Box::new(test),
                body,
                orelse,
            },
            self.loc_from(&t),
        ))
    }

    fn else_chain(&mut self) -> PResult<Vec<Stmt>> {
        if self.at(K::Elif) {
            let t = self.bump();
            let test = self.named_expression()?;
            self.colon()?;
            let body = self.block("'elif' statement", t.lineno)?;
            let orelse = self.else_chain()?;
            return Ok(vec![st(
                StmtKind::If {
                    test: Box::new(test),
                    body,
                    orelse,
                },
                self.loc_from(&t),
            )]);
        }
        self.else_block()
    }

    fn else_block(&mut self) -> PResult<Vec<Stmt>> {
        if self.at(K::Else) {
            let t = self.bump();
            self.colon_forced()?;
            return self.block("'else' statement", t.lineno);
        }
        Ok(Vec::new())
    }

    fn while_stmt(&mut self) -> PResult<Stmt> {
        let t = self.bump();
        let test = self.named_expression()?;
        self.colon()?;
        let body = self.block("'while' statement", t.lineno)?;
        let orelse = self.else_block()?;
        Ok(st(
            StmtKind::While {
                test: Box::new(test),
                body,
                orelse,
            },
            self.loc_from(&t),
        ))
    }

    fn for_stmt(&mut self, async_tok: Option<Token>) -> PResult<Stmt> {
        let t = self.bump();
        let start = async_tok.unwrap_or(t);
        let tm = self.mark();
        let target = match self.star_targets_for() {
            Ok(t) if self.at(K::In) => t,
            Ok(_) | Err(PErr::Fail) => return Err(self.for_target_error(tm)),
            Err(e) => return Err(e),
        };
        self.bump();
        let iter = self.star_expressions()?;
        self.colon()?;
        let body = self.block("'for' statement", t.lineno)?;
        let orelse = self.else_block()?;
        let (target, iter) = (Box::new(target), Box::new(iter));
        let loc = self.loc_from(&start);
        Ok(st(
            if async_tok.is_some() {
                StmtKind::AsyncFor {
                    target,
                    iter,
                    body,
                    orelse,
                    type_comment: None,
                }
            } else {
                StmtKind::For {
                    target,
                    iter,
                    body,
                    orelse,
                    type_comment: None,
                }
            },
            loc,
        ))
    }

    fn with_item(&mut self) -> PResult<WithItem> {
        let context_expr = self.expression()?;
        let optional_vars = if self.eat(K::As) {
            let target = self.star_target()?;
            if !matches!(self.kind(), K::Comma | K::Rpar | K::Colon) {
                if self.at(K::Newline) {
                    return Err(self.err_last("expected ':'"));
                }
                return Err(PErr::Fail);
            }
            Some(Box::new(target))
        } else {
            None
        };
        Ok(WithItem {
            context_expr,
            optional_vars,
        })
    }

    fn with_stmt(&mut self, async_tok: Option<Token>) -> PResult<Stmt> {
        let t = self.bump();
        let start = async_tok.unwrap_or(t);
        let mut items = Vec::new();
        let mut parsed = false;
        if self.at(K::Lpar) {
            let m = self.mark();
            self.bump();
            let attempt: PResult<Vec<WithItem>> = (|| {
                let mut v = vec![self.with_item()?];
                while self.eat(K::Comma) {
                    if self.at(K::Rpar) {
                        break;
                    }
                    v.push(self.with_item()?);
                }
                self.expect(K::Rpar)?;
                if !self.at(K::Colon) {
                    return Err(PErr::Fail);
                }
                Ok(v)
            })();
            match attempt {
                Ok(v) => {
                    items = v;
                    parsed = true;
                }
                Err(_) => self.reset(m),
            }
        }
        if !parsed {
            items.push(self.with_item()?);
            while self.eat(K::Comma) {
                items.push(self.with_item()?);
            }
        }
        self.colon()?;
        let body = self.block("'with' statement", t.lineno)?;
        let loc = self.loc_from(&start);
        Ok(st(
            if async_tok.is_some() {
                StmtKind::AsyncWith {
                    items,
                    body,
                    type_comment: None,
                }
            } else {
                StmtKind::With {
                    items,
                    body,
                    type_comment: None,
                }
            },
            loc,
        ))
    }

    fn try_stmt(&mut self) -> PResult<Stmt> {
        let t = self.bump();
        self.colon_forced()?;
        let body = self.block("'try' statement", t.lineno)?;
        let mut handlers = Vec::new();
        let mut star = None;
        while self.at(K::Except) {
            let et = self.bump();
            let is_star = self.eat(K::Star);
            if let Some(prev) = star {
                if prev != is_star {
                    let msg = "cannot have both 'except' and 'except*' on the same 'try'";
                    let loc = if is_star {
                        let st = self.prev();
                        span(tok_loc(&et), tok_loc(&st))
                    } else {
                        tok_loc(&et)
                    };
                    return Err(err_loc(msg, loc));
                }
            }
            star = Some(is_star);
            let (type_, name) = if self.at(K::Colon) {
                if is_star {
                    return Err(self.err_here("expected one or more exception types"));
                }
                (None, None)
            } else {
                let e = self.expression()?;
                if self.at(K::Comma) {
                    while self.eat(K::Comma) {
                        self.expression()?;
                    }
                    if self.eat(K::As) {
                        self.name()?;
                    }
                    if !self.at(K::Colon) {
                        return Err(PErr::Fail);
                    }
                    self.bump();
                    return Err(
                        self.err_from("multiple exception types must be parenthesized", e.loc)
                    );
                }
                let name = if self.eat(K::As) {
                    Some(self.name()?.0)
                } else {
                    None
                };
                (Some(Box::new(e)), name)
            };
            self.colon()?;
            let what = if is_star {
                "'except*' statement"
            } else {
                "'except' statement"
            };
            let hbody = self.block(what, et.lineno)?;
            handlers.push(ExceptHandler {
                type_,
                name,
                body: hbody,
                loc: self.loc_from(&et),
            });
        }
        let orelse = if !handlers.is_empty() {
            self.else_block()?
        } else {
            Vec::new()
        };
        let finalbody = if self.at(K::Finally) {
            let ft = self.bump();
            self.colon_forced()?;
            self.block("'finally' statement", ft.lineno)?
        } else {
            Vec::new()
        };
        if handlers.is_empty() && finalbody.is_empty() {
            return Err(self.err_last("expected 'except' or 'finally' block"));
        }
        let loc = self.loc_from(&t);
        Ok(st(
            if star == Some(true) {
                StmtKind::TryStar {
                    body,
                    handlers,
                    orelse,
                    finalbody,
                }
            } else {
                StmtKind::Try {
                    body,
                    handlers,
                    orelse,
                    finalbody,
                }
            },
            loc,
        ))
    }

    fn decorated(&mut self) -> PResult<Stmt> {
        let mut decorators = Vec::new();
        while self.eat(K::At) {
            decorators.push(self.named_expression()?);
            if !self.eat(K::Newline) {
                return Err(PErr::Fail);
            }
        }
        match self.kind() {
            K::Def => self.funcdef(decorators, None),
            K::Class => self.classdef(decorators),
            K::Async if self.kind_at(1) == K::Def => {
                let a = self.bump();
                self.funcdef(decorators, Some(a))
            }
            _ => Err(PErr::Fail),
        }
    }

    fn funcdef(&mut self, decorator_list: Vec<Expr>, async_tok: Option<Token>) -> PResult<Stmt> {
        let t = self.bump();
        let start = async_tok.unwrap_or(t);
        let (name, _) = self.name()?;
        if !self.at(K::Lpar) {
            return Err(self.err_here("expected '('"));
        }
        self.bump();
        let args = self.parameters(false)?;
        self.expect(K::Rpar)?;
        let returns = if self.at(K::Rarrow) {
            let m = self.mark();
            self.bump();
            match self.expression() {
                Ok(e) => Some(Box::new(e)),
                Err(PErr::Fail) => {
                    self.reset(m);
                    None
                }
                Err(e) => return Err(e),
            }
        } else {
            None
        };
        self.colon_forced()?;
        self.in_func += 1;
        let what = "function definition";
        let body = self.block(what, t.lineno);
        self.in_func -= 1;
        let body = body?;
        let args = Box::new(args);
        let loc = self.loc_from(&start);
        Ok(st(
            if async_tok.is_some() {
                StmtKind::AsyncFunctionDef {
                    name,
                    args,
                    body,
                    decorator_list,
                    returns,
                    type_comment: None,
                }
            } else {
                StmtKind::FunctionDef {
                    name,
                    args,
                    body,
                    decorator_list,
                    returns,
                    type_comment: None,
                }
            },
            loc,
        ))
    }

    fn classdef(&mut self, decorator_list: Vec<Expr>) -> PResult<Stmt> {
        let t = self.bump();
        let (name, _) = self.name()?;
        let (bases, keywords) = if self.at(K::Lpar) {
            self.call_args_opt(false)?
        } else {
            (Vec::new(), Vec::new())
        };
        self.colon()?;
        let body = self.block("class definition", t.lineno)?;
        Ok(st(
            StmtKind::ClassDef {
                name,
                bases,
                keywords,
                body,
                decorator_list,
            },
            self.loc_from(&t),
        ))
    }

    /// `eval` mode: `expressions NEWLINE* ENDMARKER`.
    pub fn eval_input(&mut self) -> PResult<Expr> {
        // `expressions`: like star_expressions, but without starred items.
        if self.at(K::Star) {
            return Err(PErr::Fail);
        }
        let start = self.tok();
        let first = self.expression()?;
        let e = if self.at(K::Comma) {
            let mut elts = vec![first];
            while self.eat(K::Comma) {
                if !self.starts_expression() || self.at(K::Star) {
                    break;
                }
                elts.push(self.expression()?);
            }
            mk(
                ExprKind::Tuple {
                    elts,
                    ctx: ExprContext::Load,
                },
                self.loc_from(&start),
            )
        } else {
            first
        };
        while self.eat(K::Newline) {}
        if !self.at(K::EndMarker) {
            return Err(PErr::Fail);
        }
        Ok(e)
    }

    /// `func_type` mode: `'(' [type_expressions] ')' '->' expression NEWLINE* ENDMARKER`, where
    /// `*` and `**` items contribute their bare expression (CPython's `type_expressions`).
    pub fn func_type_input(&mut self) -> PResult<(Vec<Expr>, Expr)> {
        self.expect(K::Lpar)?;
        let mut argtypes = Vec::new();
        let mut seen_star = false;
        let mut seen_dstar = false;
        while !self.at(K::Rpar) {
            if seen_dstar {
                return Err(PErr::Fail);
            }
            if self.eat(K::Star) {
                if seen_star {
                    return Err(PErr::Fail);
                }
                seen_star = true;
            } else if self.eat(K::DoubleStar) {
                seen_dstar = true;
            } else if seen_star {
                return Err(PErr::Fail);
            }
            argtypes.push(self.expression()?);
            if seen_dstar || !self.eat(K::Comma) {
                break;
            }
            if self.at(K::Rpar) {
                // A trailing comma only follows plain expressions.
                return Err(PErr::Fail);
            }
        }
        self.expect(K::Rpar)?;
        self.expect(K::Rarrow)?;
        let returns = self.expression()?;
        while self.eat(K::Newline) {}
        if !self.at(K::EndMarker) {
            return Err(PErr::Fail);
        }
        Ok((argtypes, returns))
    }

    /// `single` mode: one statement (or a blank line).
    pub fn interactive_input(&mut self) -> PResult<Vec<Stmt>> {
        let mut body = Vec::new();
        if self.eat(K::Newline) {
            return Ok(body);
        }
        let compound = matches!(
            self.kind(),
            K::Def | K::If | K::Class | K::With | K::For | K::Try | K::While | K::At | K::Async
        ) || self.at_soft("match");
        self.statement(&mut body)?;
        let nl = self.prev_raw();
        // `compound_stmt NEWLINE`: CPython's single mode turns only the first ENDMARKER into a
        // NEWLINE, so a compound statement ending in a same-line body needs a real newline.
        if compound && self.implicit_newline && nl.kind == K::Newline && self.at(K::EndMarker) {
            let t = self.tok();
            let at = Loc {
                lineno: t.lineno,
                col_offset: 0,
                end_lineno: t.lineno,
                end_col_offset: 0,
            };
            return Err(PErr::Error(Box::new(super::RawError {
                kind: crate::error::ErrorKind::SyntaxError,
                msg: "invalid syntax".into(),
                lineno: at.lineno,
                col: super::errors::Col::Raw(0),
                end_lineno: at.lineno,
                end_col: super::errors::Col::Raw(0),
            })));
        }
        while self.eat(K::Newline) {}
        if !self.at(K::EndMarker) {
            // Located at the end of the first statement's line.
            let at = Loc {
                lineno: nl.lineno,
                col_offset: nl.col,
                end_lineno: nl.lineno,
                end_col_offset: nl.col,
            };
            return Err(err_loc(
                "multiple statements found while compiling a single statement",
                at,
            ));
        }
        Ok(body)
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
