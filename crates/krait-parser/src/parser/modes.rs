//! The top-level rules of the `eval`, `func_type` and `single` modes (`exec` is `file`, in
//! `stmt`).

use super::errors::err_loc;
use super::expr::mk;
use super::{PErr, PResult, Parser};
use crate::ast::*;
use crate::token::TokKind as K;

impl Parser<'_> {
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
}
