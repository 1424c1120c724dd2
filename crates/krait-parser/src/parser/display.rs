//! Atoms and displays: names, literals, parenthesized forms, lists, dicts, sets, and
//! comprehensions (CPython's `atom`, `tuple`/`group`/`genexp`, `list`/`listcomp`, `dict`/`set`/
//! `dictcomp`/`setcomp`, `for_if_clauses`), with their `invalid_*` messages.

use super::errors::{err_loc, span, tok_loc};
use super::expr::mk;
use super::{PErr, PResult, Parser};
use crate::ast::*;
use crate::token::TokKind as K;

impl Parser<'_> {
    /// `atom`.
    pub fn atom(&mut self) -> PResult<Expr> {
        let t = self.tok();
        let loc = tok_loc(&t);
        match t.kind {
            K::Name => {
                self.bump();
                Ok(mk(
                    ExprKind::Name {
                        id: self.ident(&t),
                        ctx: ExprContext::Load,
                    },
                    loc,
                ))
            }
            K::True | K::False | K::None | K::Ellipsis => {
                self.bump();
                let value = match t.kind {
                    K::True => Constant::Bool(true),
                    K::False => Constant::Bool(false),
                    K::None => Constant::None,
                    _ => Constant::Ellipsis,
                };
                Ok(mk(ExprKind::Constant { value, kind: None }, loc))
            }
            K::Number => {
                self.bump();
                let value =
                    crate::number::parse_number(self.text(&t)).map_err(|m| err_loc(m, loc))?;
                Ok(mk(ExprKind::Constant { value, kind: None }, loc))
            }
            K::String => self.strings(),
            K::Lpar => {
                self.enter(15)?;
                let r = self.paren_atom();
                self.leave(15);
                r
            }
            K::Lsqb => {
                self.enter(15)?;
                let r = self.list_atom();
                self.leave(15);
                r
            }
            K::Lbrace => {
                self.enter(15)?;
                let r = self.brace_atom();
                self.leave(15);
                r
            }
            _ => Err(PErr::Fail),
        }
    }

    pub(super) fn paren_atom(&mut self) -> PResult<Expr> {
        let start = self.bump();
        if self.eat(K::Rpar) {
            return Ok(mk(
                ExprKind::Tuple {
                    elts: vec![],
                    ctx: ExprContext::Load,
                },
                self.loc_from(&start),
            ));
        }
        if self.at(K::Yield) {
            let e = self.yield_expr()?;
            self.expect(K::Rpar)?;
            return Ok(e);
        }
        let first = self.star_named_expression()?;
        if self.at_comp_for() {
            if matches!(first.kind, ExprKind::Starred { .. }) {
                return Err(err_loc(
                    "iterable unpacking cannot be used in comprehension",
                    first.loc,
                ));
            }
            let generators = self.for_if_clauses()?;
            self.expect(K::Rpar)?;
            return Ok(mk(
                ExprKind::GeneratorExp {
                    elt: Box::new(first),
                    generators,
                },
                self.loc_from(&start),
            ));
        }
        if self.eat(K::Rpar) {
            if matches!(first.kind, ExprKind::Starred { .. }) {
                return Err(err_loc("cannot use starred expression here", first.loc));
            }
            return Ok(first);
        }
        if !self.at(K::Comma) {
            return Err(PErr::Fail);
        }
        let mut elts = vec![first];
        while self.eat(K::Comma) {
            if self.at(K::Rpar) {
                break;
            }
            elts.push(self.star_named_expression()?);
        }
        self.expect(K::Rpar)?;
        Ok(mk(
            ExprKind::Tuple {
                elts,
                ctx: ExprContext::Load,
            },
            self.loc_from(&start),
        ))
    }

    pub(super) fn list_atom(&mut self) -> PResult<Expr> {
        let start = self.bump();
        if self.eat(K::Rsqb) {
            return Ok(mk(
                ExprKind::List {
                    elts: vec![],
                    ctx: ExprContext::Load,
                },
                self.loc_from(&start),
            ));
        }
        let first = self.star_named_expression()?;
        if self.at_comp_for() {
            if matches!(first.kind, ExprKind::Starred { .. }) {
                return Err(err_loc(
                    "iterable unpacking cannot be used in comprehension",
                    first.loc,
                ));
            }
            let generators = self.for_if_clauses()?;
            self.expect(K::Rsqb)?;
            return Ok(mk(
                ExprKind::ListComp {
                    elt: Box::new(first),
                    generators,
                },
                self.loc_from(&start),
            ));
        }
        let mut elts = vec![first];
        while self.eat(K::Comma) {
            if self.at(K::Rsqb) {
                break;
            }
            if self.at(K::For) {
                return Err(self.comprehension_target_error(&elts));
            }
            elts.push(self.star_named_expression()?);
            if self.at(K::For) {
                return Err(self.comprehension_target_error(&elts));
            }
        }
        self.expect(K::Rsqb)?;
        Ok(mk(
            ExprKind::List {
                elts,
                ctx: ExprContext::Load,
            },
            self.loc_from(&start),
        ))
    }

    pub(super) fn brace_atom(&mut self) -> PResult<Expr> {
        let start = self.bump();
        if self.eat(K::Rbrace) {
            return Ok(mk(
                ExprKind::Dict {
                    keys: vec![],
                    values: vec![],
                },
                self.loc_from(&start),
            ));
        }
        // A dict starts with `**expr` or `expr ':'`.
        let first_is_dict;
        let mut keys = Vec::new();
        let mut values = Vec::new();
        let mut elts = Vec::new();
        if self.at(K::DoubleStar) {
            let ds = self.bump();
            keys.push(None);
            let v = self.bitwise_or()?;
            if self.at(K::For) {
                return Err(err_loc(
                    "dict unpacking cannot be used in dict comprehension",
                    tok_loc(&ds),
                ));
            }
            values.push(v);
            first_is_dict = true;
        } else {
            let e = self.star_named_expression()?;
            if self.eat(K::Colon) {
                if matches!(e.kind, ExprKind::Starred { .. }) {
                    return Err(PErr::Fail);
                }
                let v = self.dict_value()?;
                if self.at_comp_for() {
                    let generators = self.for_if_clauses()?;
                    self.expect(K::Rbrace)?;
                    return Ok(mk(
                        ExprKind::DictComp {
                            key: Box::new(e),
                            value: Box::new(v),
                            generators,
                        },
                        self.loc_from(&start),
                    ));
                }
                keys.push(Some(e));
                values.push(v);
                first_is_dict = true;
            } else {
                if self.at_comp_for() {
                    if matches!(e.kind, ExprKind::Starred { .. }) {
                        return Err(err_loc(
                            "iterable unpacking cannot be used in comprehension",
                            e.loc,
                        ));
                    }
                    let generators = self.for_if_clauses()?;
                    self.expect(K::Rbrace)?;
                    return Ok(mk(
                        ExprKind::SetComp {
                            elt: Box::new(e),
                            generators,
                        },
                        self.loc_from(&start),
                    ));
                }
                elts.push(e);
                first_is_dict = false;
            }
        }
        while self.eat(K::Comma) {
            if self.at(K::Rbrace) {
                break;
            }
            if first_is_dict {
                if self.eat(K::DoubleStar) {
                    keys.push(None);
                    values.push(self.bitwise_or()?);
                } else {
                    let k = self.expression()?;
                    if !self.at(K::Colon) {
                        // CPython's invalid_kvpair: at the key's last character, no end.
                        return Err(PErr::Error(Box::new(super::RawError {
                            kind: crate::error::ErrorKind::SyntaxError,
                            msg: "':' expected after dictionary key".into(),
                            lineno: k.loc.end_lineno,
                            col: super::errors::Col::Byte(k.loc.end_col_offset.saturating_sub(1)),
                            end_lineno: k.loc.end_lineno,
                            end_col: super::errors::Col::Raw(0),
                        })));
                    }
                    self.bump();
                    keys.push(Some(k));
                    values.push(self.dict_value()?);
                }
            } else {
                if self.at(K::For) {
                    return Err(self.comprehension_target_error(&elts));
                }
                elts.push(self.star_named_expression()?);
                if self.at(K::For) {
                    return Err(self.comprehension_target_error(&elts));
                }
            }
        }
        self.expect(K::Rbrace)?;
        let loc = self.loc_from(&start);
        if first_is_dict {
            Ok(mk(ExprKind::Dict { keys, values }, loc))
        } else {
            Ok(mk(ExprKind::Set { elts }, loc))
        }
    }

    /// A dict display's value after `key :` (CPython's `invalid_double_starred_kvpairs`
    /// messages).
    pub(super) fn dict_value(&mut self) -> PResult<Expr> {
        if matches!(self.kind(), K::Rbrace | K::Comma) {
            let colon = self.prev();
            return Err(err_loc(
                "expression expected after dictionary key and ':'",
                tok_loc(&colon),
            ));
        }
        if self.at(K::Star) {
            let t = self.tok();
            return Err(err_loc(
                "cannot use a starred expression in a dictionary value",
                tok_loc(&t),
            ));
        }
        self.expression()
    }

    /// Whether a comprehension's `[async] for` starts here.
    pub(super) fn at_comp_for(&mut self) -> bool {
        self.at(K::For) || (self.at(K::Async) && self.kind_at(1) == K::For)
    }

    /// CPython's `invalid_comprehension`: `[a, b for …]` or `[a, for …]`.
    pub(super) fn comprehension_target_error(&mut self, elts: &[Expr]) -> PErr {
        // The rule needs the clauses that follow to parse; errors inside them come first.
        let m = self.mark();
        self.speculating += 1;
        let r = self.for_if_clauses();
        self.speculating -= 1;
        self.reset(m);
        match r {
            Err(PErr::Error(e)) => return PErr::Error(e),
            Err(PErr::Fail) => return PErr::Fail,
            Ok(_) => {}
        }
        let end = if self.prev().kind == K::Comma {
            tok_loc(&self.prev())
        } else {
            elts[elts.len() - 1].loc
        };
        if elts.len() == 1 && self.prev().kind != K::Comma {
            return PErr::Fail;
        }
        err_loc(
            "did you forget parentheses around the comprehension target?",
            span(elts[0].loc, end),
        )
    }

    /// `for_if_clauses`: one or more `[async] for targets in disjunction (if disjunction)*`.
    pub fn for_if_clauses(&mut self) -> PResult<Vec<Comprehension>> {
        let mut out = Vec::new();
        loop {
            let is_async = if self.at(K::Async) && self.kind_at(1) == K::For {
                self.bump();
                1
            } else {
                0
            };
            if !self.eat(K::For) {
                if is_async == 1 {
                    return Err(PErr::Fail);
                }
                break;
            }
            let tm = self.mark();
            let target = match self.star_targets_for() {
                Ok(t) if self.at(K::In) => t,
                Ok(_) | Err(PErr::Fail) => return Err(self.for_target_error(tm)),
                Err(e) => return Err(e),
            };
            self.bump();
            let iter = self.disjunction()?;
            let mut ifs = Vec::new();
            while self.eat(K::If) {
                ifs.push(self.disjunction()?);
            }
            out.push(Comprehension {
                target,
                iter,
                ifs,
                is_async,
            });
            if !(self.at(K::For) || (self.at(K::Async) && self.kind_at(1) == K::For)) {
                break;
            }
        }
        Ok(out)
    }

    /// CPython's `invalid_for_target`: re-reads a `for` target as expressions to report what
    /// cannot be assigned to (or an error inside it).
    pub fn for_target_error(&mut self, target_start: usize) -> PErr {
        let m = self.mark();
        self.reset(target_start);
        self.speculating += 1;
        let r = self.star_expressions();
        self.speculating -= 1;
        let out = match r {
            Err(PErr::Error(e)) => PErr::Error(e),
            Ok(e) => match super::targets::invalid_target(&e, super::targets::TargetsType::For) {
                Some(bad) => err_loc(
                    format!("cannot assign to {}", super::targets::expr_name(bad)),
                    bad.loc,
                ),
                None => PErr::Fail,
            },
            Err(PErr::Fail) => PErr::Fail,
        };
        if matches!(out, PErr::Fail) {
            self.reset(m);
        }
        out
    }
}
