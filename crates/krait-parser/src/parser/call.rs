//! Call and class argument lists (CPython's `arguments`/`args`/`kwargs`), with the
//! `invalid_arguments`/`invalid_kwarg` messages.

use super::errors::{err_loc, span, tok_loc};
use super::expr::mk;
use super::{PErr, PResult, Parser};
use crate::ast::*;
use crate::token::TokKind as K;

impl Parser<'_> {
    /// A call's argument list, from `(` to `)` inclusive.
    pub fn call_args(&mut self) -> PResult<(Vec<Expr>, Vec<Keyword>)> {
        self.call_args_opt(true)
    }

    /// A call's or class's argument list; a bare generator expression argument is allowed only
    /// in calls (`primary genexp`), not in class bases.
    pub fn call_args_opt(&mut self, allow_genexp: bool) -> PResult<(Vec<Expr>, Vec<Keyword>)> {
        self.enter(15)?;
        let r = self.call_args_inner(allow_genexp);
        self.leave(15);
        r
    }

    pub(super) fn call_args_inner(
        &mut self,
        allow_genexp: bool,
    ) -> PResult<(Vec<Expr>, Vec<Keyword>)> {
        let open = self.expect(K::Lpar)?;
        let mut args: Vec<Expr> = Vec::new();
        let mut keywords: Vec<Keyword> = Vec::new();
        let mut seen_kwunpack = false;
        let mut first = true;
        // CPython reports a positional argument after keywords once the whole list is read.
        let mut positional_error: Option<&str> = None;
        while !self.at(K::Rpar) {
            let t = self.tok();
            match t.kind {
                K::Star => {
                    self.bump();
                    let value = self.expression()?;
                    if seen_kwunpack {
                        return Err(err_loc(
                            "iterable argument unpacking follows keyword argument unpacking",
                            tok_loc(&t),
                        ));
                    }
                    args.push(mk(
                        ExprKind::Starred {
                            value: Box::new(value),
                            ctx: ExprContext::Load,
                        },
                        self.loc_from(&t),
                    ));
                }
                K::DoubleStar => {
                    self.bump();
                    let value = self.expression()?;
                    seen_kwunpack = true;
                    keywords.push(Keyword {
                        arg: None,
                        value,
                        loc: self.loc_from(&t),
                    });
                }
                K::Name if self.kind_at(1) == K::Equal => {
                    self.bump();
                    self.bump();
                    let value = self.expression()?;
                    keywords.push(Keyword {
                        arg: Some(self.ident(&t)),
                        value,
                        loc: self.loc_from(&t),
                    });
                }
                _ => {
                    let e = self.named_expression_opt(false)?;
                    if self.at_comp_for() && !allow_genexp {
                        // Class bases: only invalid_arguments' "must be parenthesized" when
                        // more arguments follow; otherwise a plain syntax error at `for`.
                        let m = self.mark();
                        self.speculating += 1;
                        let more = self.for_if_clauses().is_ok() && self.at(K::Comma);
                        self.speculating -= 1;
                        if more {
                            let l = self.loc_from(&t);
                            return Err(err_loc("Generator expression must be parenthesized", l));
                        }
                        self.reset(m);
                        return Err(PErr::Fail);
                    }
                    if self.at_comp_for() {
                        let generators = self.for_if_clauses()?;
                        let loc = if first && self.at(K::Rpar) {
                            Loc {
                                lineno: open.lineno,
                                col_offset: open.col,
                                end_lineno: self.tok().end_lineno,
                                end_col_offset: self.tok().end_col,
                            }
                        } else {
                            let l = self.loc_from(&t);
                            return Err(err_loc("Generator expression must be parenthesized", l));
                        };
                        args.push(mk(
                            ExprKind::GeneratorExp {
                                elt: Box::new(e),
                                generators,
                            },
                            loc,
                        ));
                    } else if self.at(K::Equal) {
                        if matches!(e.kind, ExprKind::NamedExpr { .. }) {
                            return Err(PErr::Fail);
                        }
                        return Err(self.keyword_arg_error(&e));
                    } else {
                        if !keywords.is_empty() && positional_error.is_none() {
                            positional_error = Some(if seen_kwunpack {
                                "positional argument follows keyword argument unpacking"
                            } else {
                                "positional argument follows keyword argument"
                            });
                        }
                        args.push(e);
                    }
                }
            }
            first = false;
            if !self.eat(K::Comma) {
                break;
            }
            if self.at(K::For) {
                return Err(PErr::Fail);
            }
        }
        if let Some(msg) = positional_error {
            return Err(self.err_last(msg));
        }
        if !self.at(K::Rpar) {
            return Err(PErr::Fail);
        }
        self.bump();
        Ok((args, keywords))
    }

    /// The error for `f(expr=value)` where `expr` is not a name (CPython's
    /// `invalid_kwarg`).
    pub(super) fn keyword_arg_error(&mut self, e: &Expr) -> PErr {
        match &e.kind {
            ExprKind::Constant {
                value: Constant::Bool(_) | Constant::None,
                ..
            } => {
                let s = match &e.kind {
                    ExprKind::Constant {
                        value: Constant::Bool(true),
                        ..
                    } => "True",
                    ExprKind::Constant {
                        value: Constant::Bool(false),
                        ..
                    } => "False",
                    _ => "None",
                };
                let eq = self.tok();
                err_loc(format!("cannot assign to {s}"), span(e.loc, tok_loc(&eq)))
            }
            _ => {
                let eq = self.tok();
                err_loc(
                    "expression cannot contain assignment, perhaps you meant \"==\"?",
                    span(e.loc, tok_loc(&eq)),
                )
            }
        }
    }
}
