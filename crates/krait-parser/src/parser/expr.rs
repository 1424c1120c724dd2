//! Expressions: CPython 3.11's `expressions` … `atom` rules (Grammar/python.gram), with
//! operator precedence by one function per level and left-associative chains built in loops.

use super::errors::{err_loc, span, tok_loc};
use super::{PErr, PResult, Parser};
use crate::ast::*;
use crate::token::{TokKind as K, Token};

/// Builds an expression node.
#[inline]
pub fn mk(kind: ExprKind, loc: Loc) -> Expr {
    Expr { kind, loc }
}

/// CPython's `_PyPegen_check_legacy_stmt`: `print` and `exec` as bare names.
fn is_legacy(a: &Expr) -> bool {
    matches!(&a.kind, ExprKind::Name { id, .. } if id == "print" || id == "exec")
}

/// The binary operator a token stands for at the given precedence level.
fn binop_for(level: u8, k: K) -> Option<Operator> {
    use Operator::*;
    Some(match (level, k) {
        (0, K::Vbar) => BitOr,
        (1, K::Circumflex) => BitXor,
        (2, K::Amper) => BitAnd,
        (3, K::LeftShift) => LShift,
        (3, K::RightShift) => RShift,
        (4, K::Plus) => Add,
        (4, K::Minus) => Sub,
        (5, K::Star) => Mult,
        (5, K::Slash) => Div,
        (5, K::DoubleSlash) => FloorDiv,
        (5, K::Percent) => Mod,
        (5, K::At) => MatMult,
        _ => return None,
    })
}

impl Parser<'_> {
    /// `star_expressions`: one or more `star_expression`s; a comma makes a Tuple.
    pub fn star_expressions(&mut self) -> PResult<Expr> {
        let start = self.tok();
        let first = self.star_expression()?;
        if !self.at(K::Comma) {
            return Ok(first);
        }
        let mut elts = vec![first];
        while self.eat(K::Comma) {
            if !self.starts_expression() {
                break;
            }
            elts.push(self.star_expression()?);
        }
        Ok(mk(
            ExprKind::Tuple {
                elts,
                ctx: ExprContext::Load,
            },
            self.loc_from(&start),
        ))
    }

    /// `star_expression`: `'*' bitwise_or` or `expression`.
    pub fn star_expression(&mut self) -> PResult<Expr> {
        if self.at(K::Star) {
            let start = self.bump();
            let value = self.bitwise_or()?;
            return Ok(mk(
                ExprKind::Starred {
                    value: Box::new(value),
                    ctx: ExprContext::Load,
                },
                self.loc_from(&start),
            ));
        }
        self.expression()
    }

    /// `star_named_expression`: `'*' bitwise_or` or `named_expression`.
    pub fn star_named_expression(&mut self) -> PResult<Expr> {
        if self.at(K::Star) {
            let start = self.bump();
            let value = self.bitwise_or()?;
            return Ok(mk(
                ExprKind::Starred {
                    value: Box::new(value),
                    ctx: ExprContext::Load,
                },
                self.loc_from(&start),
            ));
        }
        self.named_expression()
    }

    /// Whether the current token can start an expression.
    pub fn starts_expression(&mut self) -> bool {
        matches!(
            self.kind(),
            K::Name
                | K::Number
                | K::String
                | K::Lpar
                | K::Lsqb
                | K::Lbrace
                | K::Minus
                | K::Plus
                | K::Tilde
                | K::Not
                | K::Lambda
                | K::Await
                | K::None
                | K::True
                | K::False
                | K::Ellipsis
                | K::Star
        )
    }

    /// `named_expression`: `NAME ':=' expression` or `expression !':='`.
    pub fn named_expression(&mut self) -> PResult<Expr> {
        self.named_expression_opt(true)
    }

    /// `named_expression`; `eq_errors` enables CPython's `invalid_named_expression` messages for
    /// a following `=` (off in call arguments, where `invalid_kwarg` speaks first).
    pub fn named_expression_opt(&mut self, eq_errors: bool) -> PResult<Expr> {
        if self.at(K::Name) && self.kind_at(1) == K::ColonEqual {
            let t = self.bump();
            let id = self.ident(&t);
            self.bump();
            let value = self.expression()?;
            let target = mk(
                ExprKind::Name {
                    id,
                    ctx: ExprContext::Store,
                },
                tok_loc(&t),
            );
            return Ok(mk(
                ExprKind::NamedExpr {
                    target: Box::new(target),
                    value: Box::new(value),
                },
                self.loc_from(&t),
            ));
        }
        let start = self.tok();
        let e = self.expression()?;
        if eq_errors && self.at(K::ColonEqual) {
            // CPython's rule needs the value after ':=' to parse.
            let m = self.mark();
            self.speculating += 1;
            self.bump();
            let ok = self.expression().is_ok();
            self.speculating -= 1;
            self.reset(m);
            if ok {
                return Err(self.walrus_target_error(&e));
            }
        }
        if eq_errors && self.at(K::Equal) {
            if let Some(err) = self.named_expression_eq_error(&start, &e) {
                return Err(err);
            }
        }
        Ok(e)
    }

    /// CPython's `invalid_named_expression` alternatives for `e = value`.
    pub(super) fn named_expression_eq_error(&mut self, start: &Token, e: &Expr) -> Option<PErr> {
        if self.no_invalid > 0 {
            return None;
        }
        let single_name = matches!(e.kind, ExprKind::Name { .. })
            && start.kind == K::Name
            && (e.loc.end_lineno, e.loc.end_col_offset) == (start.end_lineno, start.end_col);
        let operand = !matches!(
            &e.kind,
            ExprKind::Compare { .. }
                | ExprKind::BoolOp { .. }
                | ExprKind::UnaryOp {
                    op: UnaryOp::Not,
                    ..
                }
                | ExprKind::IfExp { .. }
                | ExprKind::Lambda { .. }
                | ExprKind::Starred { .. }
                | ExprKind::NamedExpr { .. }
        );
        let excluded_start = matches!(start.kind, K::Lsqb | K::True | K::False | K::None)
            || (start.kind == K::Lpar
                && matches!(
                    e.kind,
                    ExprKind::Tuple { .. } | ExprKind::GeneratorExp { .. }
                )
                && (e.loc.lineno, e.loc.col_offset) == (start.lineno, start.col));
        if !single_name && (!operand || excluded_start) {
            return None;
        }
        let m = self.mark();
        self.speculating += 1;
        self.bump();
        let ok = self.bitwise_or().is_ok() && !matches!(self.kind(), K::Equal | K::ColonEqual);
        self.speculating -= 1;
        let b_end = self.prev();
        self.reset(m);
        if !ok {
            return None;
        }
        if single_name {
            return Some(err_loc(
                "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                span(e.loc, tok_loc(&b_end)),
            ));
        }
        Some(err_loc(
            format!(
                "cannot assign to {} here. Maybe you meant '==' instead of '='?",
                super::targets::expr_name(e)
            ),
            e.loc,
        ))
    }

    /// CPython's `invalid_expression` first alternative: two expressions side by side inside
    /// brackets ("Perhaps you forgot a comma?").
    pub(super) fn forgot_comma(&mut self, start: &Token, a: &Expr) -> Option<PErr> {
        if self.no_invalid > 0 {
            return None;
        }
        if !matches!(
            self.kind(),
            K::Name
                | K::Number
                | K::String
                | K::Lbrace
                | K::Not
                | K::Lambda
                | K::Await
                | K::None
                | K::True
                | K::False
                | K::Ellipsis
                | K::Tilde
        ) {
            return None;
        }
        if start.kind == K::Name {
            let next_is_string =
                self.tokens().get(self.mark_of(start) + 1).map(|t| t.kind) == Some(K::String);
            // CPython's `_PyPegen_soft_keyword_token` compares with `strncmp(keyword, token,
            // len(token))`: any prefix of a soft keyword ("c", "ma", …) counts as one.
            let text = self.text(start);
            let soft = ["match", "case", "_"].iter().any(|k| k.starts_with(text));
            if next_is_string || soft {
                return None;
            }
        }
        let a_level = self.prev().level;
        let m = self.mark();
        // `b` is CPython's `expression_without_invalid`: parsed with the invalid_* rules off,
        // so its own specialised errors do not count. Observed exception: a display starting
        // with `{` is also read with them on (CPython reports errors inside it), so errors
        // found inside it win.
        let brace = self.at(K::Lbrace);
        let off = u32::from(!brace);
        self.speculating += 1;
        self.no_invalid += off;
        let r = self.expression();
        self.no_invalid -= off;
        self.speculating -= 1;
        let b_end = self.prev();
        self.reset(m);
        if brace {
            if let Err(PErr::Error(e)) = r {
                return Some(PErr::Error(e));
            }
        }
        match r {
            Ok(_) if a_level > 0 && !is_legacy(a) => Some(err_loc(
                "invalid syntax. Perhaps you forgot a comma?",
                span(a.loc, tok_loc(&b_end)),
            )),
            _ => None,
        }
    }

    /// `expression`: a conditional expression, a `disjunction`, or a `lambda`.
    pub fn expression(&mut self) -> PResult<Expr> {
        self.enter(1)?;
        let r = self.expression_inner();
        self.leave(1);
        r
    }

    pub(super) fn expression_inner(&mut self) -> PResult<Expr> {
        if self.at(K::Lambda) {
            return self.lambdef();
        }
        let start = self.tok();
        let body = self.disjunction()?;
        if !self.at(K::If) {
            if let Some(e) = self.forgot_comma(&start, &body) {
                return Err(e);
            }
            return Ok(body);
        }
        self.bump();
        let test = self.disjunction()?;
        if !self.eat(K::Else) {
            if !self.at(K::Colon) {
                let loc = self.loc_from(&start);
                return Err(err_loc("expected 'else' after 'if' expression", loc));
            }
            return Err(PErr::Fail);
        }
        let orelse = self.expression()?;
        Ok(mk(
            ExprKind::IfExp {
                test: Box::new(test),
                body: Box::new(body),
                orelse: Box::new(orelse),
            },
            self.loc_from(&start),
        ))
    }

    /// `disjunction`: `conjunction ('or' conjunction)*`.
    pub fn disjunction(&mut self) -> PResult<Expr> {
        let start = self.tok();
        let first = self.conjunction()?;
        if !self.at(K::Or) {
            return Ok(first);
        }
        let mut values = vec![first];
        while self.eat(K::Or) {
            values.push(self.conjunction()?);
        }
        Ok(mk(
            ExprKind::BoolOp {
                op: BoolOp::Or,
                values,
            },
            self.loc_from(&start),
        ))
    }

    pub(super) fn conjunction(&mut self) -> PResult<Expr> {
        let start = self.tok();
        let first = self.inversion()?;
        if !self.at(K::And) {
            return Ok(first);
        }
        let mut values = vec![first];
        while self.eat(K::And) {
            values.push(self.inversion()?);
        }
        Ok(mk(
            ExprKind::BoolOp {
                op: BoolOp::And,
                values,
            },
            self.loc_from(&start),
        ))
    }

    pub(super) fn inversion(&mut self) -> PResult<Expr> {
        if self.at(K::Not) {
            let start = self.bump();
            self.enter(1)?;
            let r = self.inversion();
            self.leave(1);
            let operand = r?;
            return Ok(mk(
                ExprKind::UnaryOp {
                    op: UnaryOp::Not,
                    operand: Box::new(operand),
                },
                self.loc_from(&start),
            ));
        }
        self.comparison()
    }

    pub(super) fn comparison(&mut self) -> PResult<Expr> {
        let start = self.tok();
        let left = self.bitwise_or()?;
        let mut ops = Vec::new();
        let mut comparators = Vec::new();
        loop {
            let op = match self.kind() {
                K::EqEqual => CmpOp::Eq,
                K::NotEqual => {
                    let t = self.tok();
                    if self.text(&t) == "<>" {
                        return Err(PErr::Fail);
                    }
                    CmpOp::NotEq
                }
                K::Less => CmpOp::Lt,
                K::LessEqual => CmpOp::LtE,
                K::Greater => CmpOp::Gt,
                K::GreaterEqual => CmpOp::GtE,
                K::In => CmpOp::In,
                K::Is => {
                    if self.kind_at(1) == K::Not {
                        self.bump();
                        CmpOp::IsNot
                    } else {
                        CmpOp::Is
                    }
                }
                K::Not if self.kind_at(1) == K::In => {
                    self.bump();
                    CmpOp::NotIn
                }
                _ => break,
            };
            self.bump();
            ops.push(op);
            comparators.push(self.bitwise_or()?);
        }
        if ops.is_empty() {
            return Ok(left);
        }
        Ok(mk(
            ExprKind::Compare {
                left: Box::new(left),
                ops,
                comparators,
            },
            self.loc_from(&start),
        ))
    }

    /// `bitwise_or` and the binary levels below it, down to `term`.
    pub fn bitwise_or(&mut self) -> PResult<Expr> {
        self.binary(0)
    }

    pub(super) fn binary(&mut self, level: u8) -> PResult<Expr> {
        if level == 6 {
            return self.factor();
        }
        let start = self.tok();
        let mut left = self.binary(level + 1)?;
        let mut n = 0;
        while let Some(op) = binop_for(level, self.kind()) {
            self.bump();
            n += 1;
            self.chain(n);
            let right = self.binary(level + 1)?;
            left = mk(
                ExprKind::BinOp {
                    left: Box::new(left),
                    op,
                    right: Box::new(right),
                },
                self.loc_from(&start),
            );
        }
        Ok(left)
    }

    pub(super) fn factor(&mut self) -> PResult<Expr> {
        let op = match self.kind() {
            K::Plus => UnaryOp::UAdd,
            K::Minus => UnaryOp::USub,
            K::Tilde => UnaryOp::Invert,
            _ => return self.power(),
        };
        let start = self.bump();
        self.enter(1)?;
        let r = self.factor();
        self.leave(1);
        let operand = r?;
        Ok(mk(
            ExprKind::UnaryOp {
                op,
                operand: Box::new(operand),
            },
            self.loc_from(&start),
        ))
    }

    pub(super) fn power(&mut self) -> PResult<Expr> {
        let start = self.tok();
        let base = self.await_primary()?;
        if !self.eat(K::DoubleStar) {
            return Ok(base);
        }
        self.enter(3)?;
        let r = self.factor();
        self.leave(3);
        let exp = r?;
        Ok(mk(
            ExprKind::BinOp {
                left: Box::new(base),
                op: Operator::Pow,
                right: Box::new(exp),
            },
            self.loc_from(&start),
        ))
    }

    pub(super) fn await_primary(&mut self) -> PResult<Expr> {
        if self.at(K::Await) {
            let start = self.bump();
            self.enter(1)?;
            let r = self.primary();
            self.leave(1);
            let value = r?;
            return Ok(mk(
                ExprKind::Await {
                    value: Box::new(value),
                },
                self.loc_from(&start),
            ));
        }
        self.primary()
    }

    /// `primary`: an atom followed by attribute, call and subscript trailers.
    pub fn primary(&mut self) -> PResult<Expr> {
        let start = self.tok();
        let mut e = self.atom()?;
        let mut n = 0;
        loop {
            match self.kind() {
                K::Dot => {
                    self.bump();
                    let (attr, _) = self.name()?;
                    e = mk(
                        ExprKind::Attribute {
                            value: Box::new(e),
                            attr,
                            ctx: ExprContext::Load,
                        },
                        self.loc_from(&start),
                    );
                }
                K::Lpar => {
                    let (args, keywords) = self.call_args()?;
                    e = mk(
                        ExprKind::Call {
                            func: Box::new(e),
                            args,
                            keywords,
                        },
                        self.loc_from(&start),
                    );
                }
                K::Lsqb => {
                    self.bump();
                    self.enter(15)?;
                    let r = self.slices();
                    self.leave(15);
                    let slice = r?;
                    self.expect(K::Rsqb)?;
                    e = mk(
                        ExprKind::Subscript {
                            value: Box::new(e),
                            slice: Box::new(slice),
                            ctx: ExprContext::Load,
                        },
                        self.loc_from(&start),
                    );
                }
                _ => break,
            }
            n += 1;
            self.chain(n);
        }
        Ok(e)
    }

    /// `slices`: one slice, or a Tuple of slices and starred expressions.
    pub(super) fn slices(&mut self) -> PResult<Expr> {
        let start = self.tok();
        let first = self.slice_or_starred()?;
        if !self.at(K::Comma) && !matches!(first.kind, ExprKind::Starred { .. }) {
            return Ok(first);
        }
        let mut elts = vec![first];
        while self.eat(K::Comma) {
            if self.at(K::Rsqb) {
                break;
            }
            elts.push(self.slice_or_starred()?);
        }
        Ok(mk(
            ExprKind::Tuple {
                elts,
                ctx: ExprContext::Load,
            },
            self.loc_from(&start),
        ))
    }

    pub(super) fn slice_or_starred(&mut self) -> PResult<Expr> {
        if self.at(K::Star) {
            let start = self.bump();
            let value = self.bitwise_or()?;
            return Ok(mk(
                ExprKind::Starred {
                    value: Box::new(value),
                    ctx: ExprContext::Load,
                },
                self.loc_from(&start),
            ));
        }
        let start = self.tok();
        let lower = if self.at(K::Colon) {
            None
        } else {
            let e = self.named_expression()?;
            if !self.at(K::Colon) {
                return Ok(e);
            }
            Some(Box::new(e))
        };
        self.expect(K::Colon)?;
        let upper = if matches!(self.kind(), K::Colon | K::Comma | K::Rsqb) {
            None
        } else {
            Some(Box::new(self.expression()?))
        };
        let step = if self.eat(K::Colon) {
            if matches!(self.kind(), K::Comma | K::Rsqb) {
                None
            } else {
                Some(Box::new(self.expression()?))
            }
        } else {
            None
        };
        Ok(mk(
            ExprKind::Slice { lower, upper, step },
            self.loc_from(&start),
        ))
    }

    /// `yield_expr`: `yield from expression` or `yield [star_expressions]`.
    pub fn yield_expr(&mut self) -> PResult<Expr> {
        let start = self.expect(K::Yield)?;
        if self.eat(K::From) {
            let value = self.expression()?;
            return Ok(mk(
                ExprKind::YieldFrom {
                    value: Box::new(value),
                },
                self.loc_from(&start),
            ));
        }
        let value = if self.starts_expression() {
            Some(Box::new(self.star_expressions()?))
        } else {
            None
        };
        Ok(mk(ExprKind::Yield { value }, self.loc_from(&start)))
    }

    /// The error for `expr := value` where `expr` is not a name.
    pub(super) fn walrus_target_error(&mut self, e: &Expr) -> PErr {
        let what = super::targets::expr_name(e);
        err_loc(
            format!("cannot use assignment expressions with {what}"),
            e.loc,
        )
    }

    /// Concatenated string literals (`strings` rule): one Constant, or a JoinedStr when any
    /// part is an f-string.
    pub fn strings(&mut self) -> PResult<Expr> {
        let mut toks: Vec<Token> = Vec::new();
        while self.at(K::String) {
            toks.push(self.bump());
        }
        crate::fstring::concatenate(self, &toks)
    }
}
