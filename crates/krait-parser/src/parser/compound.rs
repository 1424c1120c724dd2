//! Compound statements and blocks: `if`/`while`/`for`/`with`/`try`, function and class
//! definitions, decorators (CPython's `compound_stmt` rules), with their `invalid_*` messages
//! and the "expected an indented block" IndentationErrors.

use super::errors::{err_loc, span, tok_loc};
use super::stmt::st;
use super::{PErr, PResult, Parser};
use crate::ast::*;
use crate::token::{TokKind as K, Token};

impl Parser<'_> {
    /// Expects the `:` ending a compound statement's header: "expected ':'" when the line
    /// ends instead.
    /// A forced `:` (CPython's `&&':'`): any other token is "expected ':'" at that token.
    pub(super) fn colon_forced(&mut self) -> PResult<()> {
        if self.eat(K::Colon) {
            return Ok(());
        }
        Err(self.err_here("expected ':'"))
    }

    pub(super) fn colon(&mut self) -> PResult<()> {
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

    pub(super) fn if_stmt(&mut self) -> PResult<Stmt> {
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

    pub(super) fn else_chain(&mut self) -> PResult<Vec<Stmt>> {
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

    pub(super) fn else_block(&mut self) -> PResult<Vec<Stmt>> {
        if self.at(K::Else) {
            let t = self.bump();
            self.colon_forced()?;
            return self.block("'else' statement", t.lineno);
        }
        Ok(Vec::new())
    }

    pub(super) fn while_stmt(&mut self) -> PResult<Stmt> {
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

    pub(super) fn for_stmt(&mut self, async_tok: Option<Token>) -> PResult<Stmt> {
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

    pub(super) fn with_item(&mut self) -> PResult<WithItem> {
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

    pub(super) fn with_stmt(&mut self, async_tok: Option<Token>) -> PResult<Stmt> {
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

    pub(super) fn try_stmt(&mut self) -> PResult<Stmt> {
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

    pub(super) fn decorated(&mut self) -> PResult<Stmt> {
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

    pub(super) fn funcdef(
        &mut self,
        decorator_list: Vec<Expr>,
        async_tok: Option<Token>,
    ) -> PResult<Stmt> {
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

    pub(super) fn classdef(&mut self, decorator_list: Vec<Expr>) -> PResult<Stmt> {
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
}
