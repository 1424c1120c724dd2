//! The `match` statement and its patterns (PEP 634; CPython 3.11's `match_stmt` …
//! `class_pattern` rules).

use super::errors::{err_kind_loc, err_loc, tok_loc};
use super::expr::mk;
use super::{PErr, PResult, Parser};
use crate::ast::*;
use crate::error::ErrorKind;
use crate::token::TokKind as K;

fn pat(kind: PatternKind, loc: Loc) -> Pattern {
    Pattern { kind, loc }
}

impl Parser<'_> {
    /// `match_stmt`; `Ok(None)` when the soft keyword `match` does not start a match statement.
    pub fn match_stmt(&mut self) -> PResult<Option<Stmt>> {
        let t = self.bump();
        if !self.starts_expression() {
            return Ok(None);
        }
        let subject = match self.subject_expr() {
            Ok(s) => s,
            Err(PErr::Fail) => return Ok(None),
            Err(e) => return Err(e),
        };
        if self.at(K::Newline) {
            return Err(self.err_last("expected ':'"));
        }
        if !self.eat(K::Colon) {
            return Ok(None);
        }
        if !self.eat(K::Newline) {
            return Err(PErr::Fail);
        }
        if !self.eat(K::Indent) {
            let nt = self.tok();
            return Err(err_kind_loc(
                ErrorKind::IndentationError,
                format!(
                    "expected an indented block after 'match' statement on line {}",
                    t.lineno
                ),
                tok_loc(&nt),
            ));
        }
        let mut cases = Vec::new();
        while self.at_soft("case") {
            cases.push(self.case_block()?);
        }
        if cases.is_empty() {
            return Err(PErr::Fail);
        }
        if !self.eat(K::Dedent) && !self.at(K::EndMarker) {
            return Err(PErr::Fail);
        }
        Ok(Some(Stmt {
            kind: StmtKind::Match {
                subject: Box::new(subject),
                cases,
            },
            loc: self.loc_from(&t),
        }))
    }

    fn subject_expr(&mut self) -> PResult<Expr> {
        let start = self.tok();
        let first = self.star_named_expression()?;
        if !self.at(K::Comma) {
            if matches!(first.kind, ExprKind::Starred { .. }) {
                return Err(PErr::Fail);
            }
            return Ok(first);
        }
        let mut elts = vec![first];
        while self.eat(K::Comma) {
            if self.at(K::Colon) {
                break;
            }
            elts.push(self.star_named_expression()?);
        }
        Ok(mk(
            ExprKind::Tuple {
                elts,
                ctx: ExprContext::Load,
            },
            self.loc_from(&start),
        ))
    }

    fn case_block(&mut self) -> PResult<MatchCase> {
        let t = self.bump();
        let pattern = self.patterns()?;
        let guard = if self.eat(K::If) {
            Some(Box::new(self.named_expression()?))
        } else {
            None
        };
        if self.at(K::Newline) {
            return Err(self.err_last("expected ':'"));
        }
        self.expect(K::Colon)?;
        let body = self.block("'case' statement", t.lineno)?;
        Ok(MatchCase {
            pattern,
            guard,
            body,
        })
    }

    /// `patterns`: an open sequence (MatchSequence) or one pattern.
    fn patterns(&mut self) -> PResult<Pattern> {
        let start = self.tok();
        let first = self.maybe_star_pattern()?;
        if !self.at(K::Comma) {
            if matches!(first.kind, PatternKind::MatchStar { .. }) {
                return Err(PErr::Fail);
            }
            return Ok(first);
        }
        let mut patterns = vec![first];
        while self.eat(K::Comma) {
            if matches!(self.kind(), K::Colon | K::If) {
                break;
            }
            patterns.push(self.maybe_star_pattern()?);
        }
        Ok(pat(
            PatternKind::MatchSequence { patterns },
            self.loc_from(&start),
        ))
    }

    fn maybe_star_pattern(&mut self) -> PResult<Pattern> {
        if self.at(K::Star) {
            let s = self.bump();
            let (n, _) = self.name()?;
            let name = if n == "_" { None } else { Some(n) };
            return Ok(pat(PatternKind::MatchStar { name }, self.loc_from(&s)));
        }
        self.pattern()
    }

    /// `pattern`: an or-pattern, optionally `as NAME`.
    fn pattern(&mut self) -> PResult<Pattern> {
        self.enter(6)?;
        let r = self.pattern_inner();
        self.leave(6);
        r
    }

    fn pattern_inner(&mut self) -> PResult<Pattern> {
        let start = self.tok();
        let first = self.closed_pattern()?;
        let p = if self.at(K::Vbar) {
            let mut patterns = vec![first];
            while self.eat(K::Vbar) {
                patterns.push(self.closed_pattern()?);
            }
            pat(PatternKind::MatchOr { patterns }, self.loc_from(&start))
        } else {
            first
        };
        if self.eat(K::As) {
            let nt = self.tok();
            if nt.kind != K::Name {
                if self.starts_expression() {
                    if let Ok(e) = self.expression() {
                        return Err(err_loc("invalid pattern target", e.loc));
                    }
                }
                return Err(PErr::Fail);
            }
            let (name, _) = self.name().map_err(|_| PErr::Fail)?;
            if name == "_" {
                return Err(err_loc("cannot use '_' as a target", tok_loc(&nt)));
            }
            if matches!(self.kind(), K::Dot | K::Lpar | K::Equal) {
                return Err(PErr::Fail);
            }
            return Ok(pat(
                PatternKind::MatchAs {
                    pattern: Some(Box::new(p)),
                    name: Some(name),
                },
                self.loc_from(&start),
            ));
        }
        Ok(p)
    }

    fn signed_number(&mut self) -> PResult<Expr> {
        let start = self.tok();
        if self.eat(K::Minus) {
            let nt = self.expect(K::Number)?;
            let value = crate::number::parse_number(self.text(&nt))
                .map_err(|m| err_loc(m, tok_loc(&nt)))?;
            let c = mk(ExprKind::Constant { value, kind: None }, tok_loc(&nt));
            return Ok(mk(
                ExprKind::UnaryOp {
                    op: UnaryOp::USub,
                    operand: Box::new(c),
                },
                self.loc_from(&start),
            ));
        }
        let nt = self.expect(K::Number)?;
        let value =
            crate::number::parse_number(self.text(&nt)).map_err(|m| err_loc(m, tok_loc(&nt)))?;
        Ok(mk(ExprKind::Constant { value, kind: None }, tok_loc(&nt)))
    }

    /// A literal usable as a value pattern or mapping key: numbers (signed, complex),
    /// strings, or `None`/`True`/`False` (returned as singletons by the caller).
    fn literal_expr(&mut self) -> PResult<Expr> {
        let start = self.tok();
        if self.at(K::String) {
            // An f-string is accepted here: CPython 3.11's compiler, not its parser, rejects it.
            let e = self.strings()?;
            return Ok(e);
        }
        let n = self.signed_number()?;
        if matches!(self.kind(), K::Plus | K::Minus) {
            let op = if self.bump().kind == K::Plus {
                Operator::Add
            } else {
                Operator::Sub
            };
            let real = match &n.kind {
                ExprKind::Constant { value, .. } => !matches!(value, Constant::Complex { .. }),
                ExprKind::UnaryOp { operand, .. } => {
                    matches!(&operand.kind, ExprKind::Constant { value, .. } if !matches!(value, Constant::Complex { .. }))
                }
                _ => false,
            };
            if !real {
                return Err(err_loc("real number required in complex literal", n.loc));
            }
            let it = self.expect(K::Number)?;
            let value = crate::number::parse_number(self.text(&it))
                .map_err(|m| err_loc(m, tok_loc(&it)))?;
            if !matches!(value, Constant::Complex { .. }) {
                return Err(err_loc(
                    "imaginary number required in complex literal",
                    tok_loc(&it),
                ));
            }
            let r = mk(ExprKind::Constant { value, kind: None }, tok_loc(&it));
            return Ok(mk(
                ExprKind::BinOp {
                    left: Box::new(n),
                    op,
                    right: Box::new(r),
                },
                self.loc_from(&start),
            ));
        }
        Ok(n)
    }

    /// `name_or_attr`: `NAME ('.' NAME)*` as a Name or Attribute chain.
    fn name_or_attr(&mut self) -> PResult<Expr> {
        let t = self.expect(K::Name)?;
        let mut e = self.name_expr(&t, ExprContext::Load);
        while self.eat(K::Dot) {
            let (attr, _) = self.name()?;
            e = mk(
                ExprKind::Attribute {
                    value: Box::new(e),
                    attr,
                    ctx: ExprContext::Load,
                },
                self.loc_from(&t),
            );
        }
        Ok(e)
    }

    fn closed_pattern(&mut self) -> PResult<Pattern> {
        let t = self.tok();
        match t.kind {
            K::None | K::True | K::False => {
                self.bump();
                let value = match t.kind {
                    K::None => Constant::None,
                    K::True => Constant::Bool(true),
                    _ => Constant::Bool(false),
                };
                Ok(pat(PatternKind::MatchSingleton { value }, tok_loc(&t)))
            }
            K::Number | K::Minus | K::String => {
                let e = self.literal_expr()?;
                let loc = e.loc;
                Ok(pat(PatternKind::MatchValue { value: Box::new(e) }, loc))
            }
            K::Name => {
                let e = self.name_or_attr()?;
                if self.at(K::Lpar) {
                    return self.class_pattern(e);
                }
                let loc = e.loc;
                match e.kind {
                    ExprKind::Name { id, .. } => {
                        let name = if id == "_" { None } else { Some(id) };
                        Ok(pat(
                            PatternKind::MatchAs {
                                pattern: None,
                                name,
                            },
                            loc,
                        ))
                    }
                    _ => Ok(pat(PatternKind::MatchValue { value: Box::new(e) }, loc)),
                }
            }
            K::Lpar => {
                self.bump();
                if self.eat(K::Rpar) {
                    return Ok(pat(
                        PatternKind::MatchSequence { patterns: vec![] },
                        self.loc_from(&t),
                    ));
                }
                let first = self.maybe_star_pattern()?;
                if self.eat(K::Rpar) {
                    if matches!(first.kind, PatternKind::MatchStar { .. }) {
                        return Ok(pat(
                            PatternKind::MatchSequence {
                                patterns: vec![first],
                            },
                            self.loc_from(&t),
                        ));
                    }
                    return Ok(first);
                }
                let mut patterns = vec![first];
                while self.eat(K::Comma) {
                    if self.at(K::Rpar) {
                        break;
                    }
                    patterns.push(self.maybe_star_pattern()?);
                }
                self.expect(K::Rpar)?;
                Ok(pat(
                    PatternKind::MatchSequence { patterns },
                    self.loc_from(&t),
                ))
            }
            K::Lsqb => {
                self.bump();
                let mut patterns = Vec::new();
                while !self.at(K::Rsqb) {
                    patterns.push(self.maybe_star_pattern()?);
                    if !self.eat(K::Comma) {
                        break;
                    }
                }
                self.expect(K::Rsqb)?;
                Ok(pat(
                    PatternKind::MatchSequence { patterns },
                    self.loc_from(&t),
                ))
            }
            K::Lbrace => self.mapping_pattern(),
            _ => Err(PErr::Fail),
        }
    }

    fn mapping_pattern(&mut self) -> PResult<Pattern> {
        let t = self.bump();
        let mut keys = Vec::new();
        let mut patterns = Vec::new();
        let mut rest = None;
        while !self.at(K::Rbrace) {
            if self.at(K::DoubleStar) {
                self.bump();
                let (n, _) = self.name()?;
                if n == "_" {
                    return Err(PErr::Fail);
                }
                rest = Some(n);
                self.eat(K::Comma);
                break;
            }
            let key = match self.kind() {
                K::None | K::True | K::False => {
                    let k = self.bump();
                    let value = match k.kind {
                        K::None => Constant::None,
                        K::True => Constant::Bool(true),
                        _ => Constant::Bool(false),
                    };
                    mk(ExprKind::Constant { value, kind: None }, tok_loc(&k))
                }
                K::Name => {
                    let e = self.name_or_attr()?;
                    if matches!(e.kind, ExprKind::Name { .. }) {
                        return Err(PErr::Fail);
                    }
                    e
                }
                _ => self.literal_expr()?,
            };
            self.expect(K::Colon)?;
            keys.push(key);
            patterns.push(self.pattern()?);
            if !self.eat(K::Comma) {
                break;
            }
        }
        self.expect(K::Rbrace)?;
        Ok(pat(
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            },
            self.loc_from(&t),
        ))
    }

    fn class_pattern(&mut self, cls: Expr) -> PResult<Pattern> {
        let start_loc = cls.loc;
        self.bump();
        let mut patterns = Vec::new();
        let mut kwd_attrs = Vec::new();
        let mut kwd_patterns = Vec::new();
        while !self.at(K::Rpar) {
            if self.at(K::Name) && self.kind_at(1) == K::Equal {
                let (n, _) = self.name()?;
                self.bump();
                kwd_attrs.push(n);
                kwd_patterns.push(self.pattern()?);
            } else {
                let p = self.pattern()?;
                if !kwd_attrs.is_empty() {
                    return Err(err_loc(
                        "positional patterns follow keyword patterns",
                        p.loc,
                    ));
                }
                patterns.push(p);
            }
            if !self.eat(K::Comma) {
                break;
            }
        }
        self.expect(K::Rpar)?;
        Ok(pat(
            PatternKind::MatchClass {
                cls: Box::new(cls),
                patterns,
                kwd_attrs,
                kwd_patterns,
            },
            self.loc_from_loc(start_loc),
        ))
    }
}
