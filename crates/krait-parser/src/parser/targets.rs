//! Assignment, deletion and loop targets: turning a parsed expression into a `Store`/`Del`
//! target, and CPython's "cannot assign to …" errors (`_PyPegen_get_invalid_target` and
//! `_PyPegen_get_expr_name`, Parser/pegen.c and Parser/action_helpers.c).

use super::errors::err_loc;
use super::expr::mk;
use super::{PErr, PResult, Parser};
use crate::ast::*;
use crate::token::TokKind as K;

/// What a target is for, which changes CPython's message.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum TargetsType {
    Star,
    Del,
    For,
}

/// The name CPython uses for an expression in error messages.
pub fn expr_name(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Starred { .. } => "starred",
        ExprKind::Name { .. } => "name",
        ExprKind::List { .. } => "list",
        ExprKind::Tuple { .. } => "tuple",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::Call { .. } => "function call",
        ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Yield { .. } | ExprKind::YieldFrom { .. } => "yield expression",
        ExprKind::Await { .. } => "await expression",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::Dict { .. } => "dict literal",
        ExprKind::Set { .. } => "set display",
        ExprKind::JoinedStr { .. } | ExprKind::FormattedValue { .. } => "f-string expression",
        ExprKind::Constant { value, .. } => match value {
            Constant::None => "None",
            Constant::Bool(true) => "True",
            Constant::Bool(false) => "False",
            Constant::Ellipsis => "ellipsis",
            _ => "literal",
        },
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Slice { .. } => "slice",
    }
}

/// CPython's `_PyPegen_get_invalid_target`: the first sub-expression that cannot be a target.
pub fn invalid_target(e: &Expr, ty: TargetsType) -> Option<&Expr> {
    match &e.kind {
        ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => {
            elts.iter().find_map(|x| invalid_target(x, ty))
        }
        ExprKind::Starred { value, .. } => {
            if ty == TargetsType::Del {
                Some(e)
            } else {
                invalid_target(value, ty)
            }
        }
        ExprKind::Compare { left, ops, .. } => {
            if ty == TargetsType::For {
                if ops[0] == CmpOp::In {
                    return invalid_target(left, ty);
                }
                return None;
            }
            Some(e)
        }
        ExprKind::Name { .. } | ExprKind::Subscript { .. } | ExprKind::Attribute { .. } => None,
        _ => Some(e),
    }
}

/// Sets the context of a valid target expression (recursively through tuples, lists and
/// starred expressions). Returns false if some part cannot be a target.
pub fn set_ctx(e: &mut Expr, new: ExprContext) -> bool {
    match &mut e.kind {
        ExprKind::Name { ctx, .. }
        | ExprKind::Attribute { ctx, .. }
        | ExprKind::Subscript { ctx, .. } => {
            *ctx = new;
            true
        }
        ExprKind::Starred { value, ctx } => {
            *ctx = new;
            set_ctx(value, new)
        }
        ExprKind::List { elts, ctx } | ExprKind::Tuple { elts, ctx } => {
            *ctx = new;
            elts.iter_mut().all(|x| set_ctx(x, new))
        }
        _ => false,
    }
}

/// Turns `e` into a target of kind `ty`, or the error CPython reports.
pub fn into_target(mut e: Expr, ty: TargetsType) -> PResult<Expr> {
    let ctx = if ty == TargetsType::Del {
        ExprContext::Del
    } else {
        ExprContext::Store
    };
    if ty == TargetsType::Del {
        if let Some(bad) = invalid_target(&e, ty) {
            return Err(err_loc(
                format!("cannot delete {}", expr_name(bad)),
                bad.loc,
            ));
        }
    }
    if set_ctx(&mut e, ctx) {
        return Ok(e);
    }
    match invalid_target(&e, ty) {
        Some(bad) => {
            let verb = if ty == TargetsType::Del {
                "delete"
            } else {
                "assign to"
            };
            Err(err_loc(
                format!("cannot {verb} {}", expr_name(bad)),
                bad.loc,
            ))
        }
        None => Err(PErr::Fail),
    }
}

impl Parser<'_> {
    /// `star_targets` where a comparison may not be parsed (for loops and comprehensions, whose
    /// target is followed by `in`).
    pub fn star_targets_for(&mut self) -> PResult<Expr> {
        let start = self.tok();
        let first = self.star_target_expr()?;
        if !self.at(K::Comma) {
            return into_target(first, TargetsType::For);
        }
        let mut elts = vec![first];
        while self.eat(K::Comma) {
            if !self.starts_target() {
                break;
            }
            elts.push(self.star_target_expr()?);
        }
        let t = mk(
            ExprKind::Tuple {
                elts,
                ctx: ExprContext::Load,
            },
            self.loc_from(&start),
        );
        into_target(t, TargetsType::For)
    }

    fn starts_target(&mut self) -> bool {
        matches!(self.kind(), K::Name | K::Lpar | K::Lsqb | K::Star)
    }

    /// `star_target` parsed as an expression (not yet in Store context).
    fn star_target_expr(&mut self) -> PResult<Expr> {
        if self.at(K::Star) {
            let start = self.bump();
            if self.at(K::Star) {
                return Err(PErr::Fail);
            }
            let value = self.star_target_expr()?;
            return Ok(mk(
                ExprKind::Starred {
                    value: Box::new(value),
                    ctx: ExprContext::Load,
                },
                self.loc_from(&start),
            ));
        }
        self.primary()
    }

    /// A single `star_target` (for `with … as target`), converted to Store.
    pub fn star_target(&mut self) -> PResult<Expr> {
        let e = self.star_target_expr()?;
        into_target(e, TargetsType::Star)
    }

    /// `del_targets`: `del_target (',' del_target)* [',']`, each in Del context.
    pub fn del_targets(&mut self) -> PResult<Vec<Expr>> {
        let mut out = Vec::new();
        loop {
            let e = self.primary()?;
            out.push(into_target(e, TargetsType::Del)?);
            if !self.eat(K::Comma) {
                break;
            }
            if !matches!(self.kind(), K::Name | K::Lpar | K::Lsqb) {
                break;
            }
        }
        Ok(out)
    }
}
