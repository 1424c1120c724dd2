//! The rewrites CPython 3.11's AST optimizer (Python/ast_opt.c) makes that change which code
//! is generated, applied here while compiling: `'%s' % (a, b)` becomes an f-string
//! (`optimize_format`), `not (a in b)` becomes `a not in b` (`fold_unaryop`), and a list
//! display used as an iterable or `in` operand becomes a tuple (`fold_iter`).

use super::*;
use ast::{CmpOp, ExprKind, UnaryOp};
use krait_parser::wtf8::Wtf8Buf;

/// One piece of an optimized `%` format.
pub(crate) enum FormatPart<'a> {
    Literal(Wtf8Buf),
    /// `value`, the conversion (`s`, `r` or `a`), and a format spec.
    Value(&'a Expr, u32, Option<String>),
}

/// `simple_format_arg_parse` + `parse_format`: one `%` unit at `pos` (after the `%`).
fn parse_unit(cps: &[u32], pos: &mut usize) -> Option<(u32, Option<String>)> {
    const MAXDIGITS: u32 = 3;
    let next = |pos: &mut usize| -> Option<u32> {
        let c = *cps.get(*pos)?;
        *pos += 1;
        Some(c)
    };
    let mut ljust = false;
    let mut ch;
    loop {
        ch = next(pos)?;
        match char::from_u32(ch) {
            Some('-') => ljust = true,
            Some('+' | ' ' | '#' | '0') => {}
            _ => break,
        }
    }
    let is_digit = |c: u32| (b'0' as u32..=b'9' as u32).contains(&c);
    let mut width: i64 = -1;
    if is_digit(ch) {
        width = 0;
        let mut digits = 0;
        while is_digit(ch) {
            width = width * 10 + (ch - b'0' as u32) as i64;
            ch = next(pos)?;
            digits += 1;
            if digits >= MAXDIGITS {
                return None;
            }
        }
    }
    let mut prec: i64 = -1;
    if ch == b'.' as u32 {
        ch = next(pos)?;
        prec = 0;
        let mut digits = 0;
        while is_digit(ch) {
            prec = prec * 10 + (ch - b'0' as u32) as i64;
            ch = next(pos)?;
            digits += 1;
            if digits >= MAXDIGITS {
                return None;
            }
        }
    }
    if ![b's', b'r', b'a'].iter().any(|&c| c as u32 == ch) {
        return None;
    }
    let mut spec = String::new();
    if !ljust && width > 0 {
        spec.push('>');
    }
    if width >= 0 {
        spec.push_str(&width.to_string());
    }
    if prec >= 0 {
        spec.push_str(&format!(".{prec}"));
    }
    Some((ch, (!spec.is_empty()).then_some(spec)))
}

/// `optimize_format`: the pieces of `fmt % (elts…)`, or `None` when CPython keeps the `%`.
pub(crate) fn optimize_format<'a>(fmt: &Wtf8Buf, elts: &'a [Expr]) -> Option<Vec<FormatPart<'a>>> {
    if elts
        .iter()
        .any(|e| matches!(e.kind, ExprKind::Starred { .. }))
    {
        return None;
    }
    let cps: Vec<u32> = fmt.code_points().collect();
    let mut parts = Vec::new();
    let mut pos = 0;
    let mut cnt = 0;
    loop {
        // parse_literal
        let start = pos;
        let mut lit = Wtf8Buf::new();
        while pos < cps.len() {
            if cps[pos] != b'%' as u32 {
                lit.push_code_point(cps[pos]);
                pos += 1;
            } else if pos + 1 < cps.len() && cps[pos + 1] == b'%' as u32 {
                lit.push_code_point(b'%' as u32);
                pos += 2;
            } else {
                break;
            }
        }
        if pos != start {
            parts.push(FormatPart::Literal(lit));
        }
        if pos >= cps.len() {
            break;
        }
        if cnt >= elts.len() {
            return None;
        }
        pos += 1;
        let (conv, spec) = parse_unit(&cps, &mut pos)?;
        parts.push(FormatPart::Value(&elts[cnt], conv, spec));
        cnt += 1;
    }
    if cnt < elts.len() {
        return None;
    }
    Some(parts)
}

/// `not (a OP b)` for `OP` in `is`, `is not`, `in`, `not in`: the inverted comparison.
pub(crate) fn inverted_compare(e: &Expr) -> Option<(&Expr, CmpOp, &Expr)> {
    let ExprKind::UnaryOp {
        op: UnaryOp::Not,
        operand,
    } = &e.kind
    else {
        return None;
    };
    let ExprKind::Compare {
        left,
        ops,
        comparators,
    } = &operand.kind
    else {
        return None;
    };
    if ops.len() != 1 || comparators.len() != 1 {
        return None;
    }
    let inv = match ops[0] {
        CmpOp::Is => CmpOp::IsNot,
        CmpOp::IsNot => CmpOp::Is,
        CmpOp::In => CmpOp::NotIn,
        CmpOp::NotIn => CmpOp::In,
        _ => return None,
    };
    Some((left, inv, &comparators[0]))
}

impl<'a> Compiler<'a> {
    /// Compiles an optimized `%` format as CPython compiles the f-string it becomes.
    pub(crate) fn format_parts(&mut self, parts: Vec<FormatPart<'a>>) -> R {
        let n = parts.len();
        for p in parts {
            match p {
                FormatPart::Literal(s) => {
                    let saved = self.u().pos.take();
                    self.load_const(Constant::Str(s));
                    self.u().pos = saved;
                }
                FormatPart::Value(v, conv, spec) => {
                    let saved = self.ur().pos;
                    self.set_loc(v.loc);
                    self.expr(v)?;
                    let mut arg = match char::from_u32(conv) {
                        Some('s') => 1,
                        Some('r') => 2,
                        _ => 3,
                    };
                    if let Some(spec) = spec {
                        let p = self.u().pos.take();
                        self.load_const(Constant::Str(Wtf8Buf::from_str(&spec)));
                        self.u().pos = p;
                        arg |= 4;
                    }
                    self.emit_arg(Opcode::FormatValue, arg);
                    self.u().pos = saved;
                }
            }
        }
        if n != 1 {
            self.emit_arg(Opcode::BuildString, n as u32);
        }
        Ok(())
    }

    /// A list display (no starred items) used as an iterable or `in` operand is compiled as a
    /// tuple; constant lists and sets were already folded by [`crate::fold::iter_const`].
    pub(crate) fn iter_operand(&mut self, e: &'a Expr) -> R {
        if let ExprKind::List {
            elts,
            ctx: ExprContext::Load,
        } = &e.kind
        {
            if !elts
                .iter()
                .any(|x| matches!(x.kind, ExprKind::Starred { .. }))
            {
                let saved = self.ur().pos;
                self.set_loc(e.loc);
                let r = self.starunpack(
                    elts,
                    0,
                    Opcode::BuildList,
                    Opcode::ListAppend,
                    Opcode::ListExtend,
                    true,
                );
                self.u().pos = saved;
                return r;
            }
        }
        self.expr(e)
    }
}
