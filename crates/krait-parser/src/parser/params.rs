//! Parameter lists of `def` and `lambda` (CPython's `parameters` and `lambda_parameters`
//! rules): positional-only `/`, keyword-only after `*`, `*args`, `**kwargs`, defaults and
//! annotations, with CPython 3.11's messages for misplaced parts.

use super::errors::{err_loc, tok_loc};
use super::expr::mk;
use super::{PErr, PResult, Parser};
use crate::ast::*;
use crate::token::TokKind as K;

impl Parser<'_> {
    /// One parameter: `NAME [':' annotation]` (no annotation for lambdas). `star` allows a
    /// starred annotation (`*args: *Ts`).
    fn param(&mut self, lambda: bool, star: bool) -> PResult<Arg> {
        let (arg, t) = self.name()?;
        let annotation = if !lambda && self.eat(K::Colon) {
            let e = if star && self.at(K::Star) {
                self.star_expression()?
            } else {
                self.expression()?
            };
            Some(Box::new(e))
        } else {
            None
        };
        Ok(Arg {
            arg,
            annotation,
            type_comment: None,
            loc: self.loc_from(&t),
        })
    }

    /// A parameter list up to (not including) `close` (`)` for `def`, `:` for `lambda`).
    pub fn parameters(&mut self, lambda: bool) -> PResult<Arguments> {
        let close = if lambda { K::Colon } else { K::Rpar };
        let mut a = Arguments::default();
        let mut positional: Vec<Arg> = Vec::new();
        let mut seen_slash = false;
        let mut seen_star = false;
        let mut seen_default = false;
        while !self.at(close) {
            let t = self.tok();
            match t.kind {
                K::Slash => {
                    if seen_slash {
                        return Err(err_loc("/ may appear only once", tok_loc(&t)));
                    }
                    if seen_star {
                        return Err(err_loc("/ must be ahead of *", tok_loc(&t)));
                    }
                    if positional.is_empty() {
                        if lambda {
                            return Err(PErr::Fail);
                        }
                        return Err(err_loc("at least one argument must precede /", tok_loc(&t)));
                    }
                    self.bump();
                    seen_slash = true;
                    a.posonlyargs = std::mem::take(&mut positional);
                }
                K::Star => {
                    if seen_star {
                        return Err(err_loc("* argument may appear only once", tok_loc(&t)));
                    }
                    self.bump();
                    seen_star = true;
                    let bare = self.at(close)
                        || (self.at(K::Comma)
                            && matches!(self.kind_at(1), k if k == close || k == K::DoubleStar));
                    if bare {
                        if lambda {
                            return Err(self.err_last("named arguments must follow bare *"));
                        }
                        return Err(err_loc("named arguments must follow bare *", tok_loc(&t)));
                    }
                    if self.at(K::Comma) {
                    } else {
                        let p = self.param(lambda, true)?;
                        if self.at(K::Equal) {
                            let eq = self.tok();
                            return Err(err_loc(
                                "var-positional argument cannot have default value",
                                tok_loc(&eq),
                            ));
                        }
                        a.vararg = Some(Box::new(p));
                    }
                }
                K::DoubleStar => {
                    self.bump();
                    let p = self.param(lambda, false)?;
                    if self.at(K::Equal) {
                        let eq = self.tok();
                        return Err(err_loc(
                            "var-keyword argument cannot have default value",
                            tok_loc(&eq),
                        ));
                    }
                    a.kwarg = Some(Box::new(p));
                    self.eat(K::Comma);
                    if !self.at(close) {
                        let nt = self.tok();
                        if matches!(nt.kind, K::Name | K::Star | K::DoubleStar | K::Slash) {
                            return Err(err_loc(
                                "arguments cannot follow var-keyword argument",
                                tok_loc(&nt),
                            ));
                        }
                        return Err(PErr::Fail);
                    }
                    break;
                }
                K::Name => {
                    let p = self.param(lambda, false)?;
                    let default = if self.eat(K::Equal) {
                        Some(self.expression()?)
                    } else {
                        None
                    };
                    if seen_star {
                        a.kwonlyargs.push(p);
                        a.kw_defaults.push(default);
                    } else {
                        match default {
                            Some(d) => {
                                seen_default = true;
                                a.defaults.push(d);
                            }
                            None if seen_default && (self.at(K::Comma) || self.at(close)) => {
                                return Err(err_loc(
                                    "non-default argument follows default argument",
                                    p.loc,
                                ));
                            }
                            None => {}
                        }
                        positional.push(p);
                    }
                }
                K::Lpar => return Err(self.parenthesized_params(lambda)),
                _ => return Err(PErr::Fail),
            }
            if !self.eat(K::Comma) {
                break;
            }
        }
        a.args = positional;
        Ok(a)
    }

    /// CPython's `invalid_parameters`/`invalid_lambda_parameters` for `(a, b)` in a parameter
    /// list.
    fn parenthesized_params(&mut self, lambda: bool) -> PErr {
        // Only CPython's second pass reads into the parentheses.
        self.speculating += 1;
        let r = self.parenthesized_params_inner(lambda);
        self.speculating -= 1;
        r
    }

    fn parenthesized_params_inner(&mut self, lambda: bool) -> PErr {
        let open = self.bump();
        loop {
            if !self.eat(K::Name) {
                return PErr::Fail;
            }
            if !lambda && self.eat(K::Colon) && self.expression().is_err() {
                return PErr::Fail;
            }
            if !self.eat(K::Comma) || self.at(K::Rpar) {
                break;
            }
        }
        if !self.at(K::Rpar) {
            return PErr::Fail;
        }
        let close = self.tok();
        let msg = if lambda {
            "Lambda expression parameters cannot be parenthesized"
        } else {
            "Function parameters cannot be parenthesized"
        };
        err_loc(msg, super::errors::span(tok_loc(&open), tok_loc(&close)))
    }

    /// `lambdef`: `'lambda' [lambda_params] ':' expression`.
    pub fn lambdef(&mut self) -> PResult<Expr> {
        let start = self.expect(K::Lambda)?;
        let args = self.parameters(true)?;
        self.expect(K::Colon)?;
        self.enter(2)?;
        let r = self.expression();
        self.leave(2);
        let body = r?;
        Ok(mk(
            ExprKind::Lambda {
                args: Box::new(args),
                body: Box::new(body),
            },
            self.loc_from(&start),
        ))
    }
}
