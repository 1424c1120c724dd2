//! Expression unparsing for `from __future__ import annotations` (annotations become their
//! source text), following CPython 3.11's Python/ast_unparse.c: operator precedence decides
//! the parentheses; constants use Python's `repr`.

use krait_bytecode::Constant;
use krait_parser::ast::{self, BoolOp, CmpOp, Expr, ExprKind, Operator, UnaryOp};

// Precedence levels, as ast_unparse.c's `PR_*`.
const PR_TUPLE: u8 = 0;
const PR_TEST: u8 = 1;
const PR_OR: u8 = 2;
const PR_AND: u8 = 3;
const PR_NOT: u8 = 4;
const PR_CMP: u8 = 5;
const PR_EXPR: u8 = 6;
const PR_BOR: u8 = PR_EXPR;
const PR_BXOR: u8 = 7;
const PR_BAND: u8 = 8;
const PR_SHIFT: u8 = 9;
const PR_ARITH: u8 = 10;
const PR_TERM: u8 = 11;
const PR_FACTOR: u8 = 12;
const PR_POWER: u8 = 13;
const PR_AWAIT: u8 = 14;
const PR_ATOM: u8 = 15;

/// The source text CPython's `_PyAST_ExprAsUnicode` gives for `e`.
pub fn unparse(e: &Expr) -> String {
    let mut out = String::new();
    expr(&mut out, e, PR_TEST, 0);
    out
}

/// Python's `repr()` of a constant.
pub fn const_repr(c: &Constant) -> String {
    match c {
        Constant::None => "None".into(),
        Constant::Bool(true) => "True".into(),
        Constant::Bool(false) => "False".into(),
        Constant::Ellipsis => "Ellipsis".into(),
        Constant::Int(i) => i.to_string(),
        Constant::Float(f) => float_repr(*f),
        Constant::Complex { real, imag } => {
            if *real == 0.0 && real.is_sign_positive() {
                format!("{}j", float_repr_short(*imag))
            } else {
                let sign = if *imag < 0.0 || (*imag == 0.0 && imag.is_sign_negative()) {
                    "-"
                } else {
                    "+"
                };
                format!(
                    "({}{}{}j)",
                    float_repr_short(*real),
                    sign,
                    float_repr_short(imag.abs())
                )
            }
        }
        Constant::Str(s) => {
            let text: String = s
                .code_points()
                .map(|cp| char::from_u32(cp).unwrap_or('\u{fffd}'))
                .collect();
            str_repr(&text)
        }
        Constant::Bytes(b) => bytes_repr(b),
        Constant::Tuple(v) => {
            let items: Vec<String> = v.iter().map(const_repr).collect();
            if items.len() == 1 {
                format!("({},)", items[0])
            } else {
                format!("({})", items.join(", "))
            }
        }
        Constant::FrozenSet(v) => {
            let items: Vec<String> = v.iter().map(const_repr).collect();
            format!("frozenset({{{}}})", items.join(", "))
        }
        Constant::Code(c) => format!("<code object {}>", c.name),
    }
}

/// Python's float `repr` (shortest round-trip, exponent from 1e16 and below 1e-4).
pub fn float_repr(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let a = f.abs();
    if a != 0.0 && !(1e-4..1e16).contains(&a) {
        let s = format!("{f:e}");
        let (mant, exp) = s.split_once('e').unwrap_or((&s, "0"));
        let exp: i32 = exp.parse().unwrap_or(0);
        let sign = if exp < 0 { '-' } else { '+' };
        return format!("{mant}e{sign}{:02}", exp.abs());
    }
    format!("{f:?}")
}

fn float_repr_short(f: f64) -> String {
    let s = float_repr(f);
    s.strip_suffix(".0").map(str::to_owned).unwrap_or(s)
}

fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::new();
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::from("b");
    out.push(quote);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c as char == quote => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => out.push_str(&format!("\\x{c:02x}")),
        }
    }
    out.push(quote);
    out
}

fn op_info(op: Operator) -> (&'static str, u8) {
    match op {
        Operator::Add => (" + ", PR_ARITH),
        Operator::Sub => (" - ", PR_ARITH),
        Operator::Mult => (" * ", PR_TERM),
        Operator::MatMult => (" @ ", PR_TERM),
        Operator::Div => (" / ", PR_TERM),
        Operator::Mod => (" % ", PR_TERM),
        Operator::FloorDiv => (" // ", PR_TERM),
        Operator::Pow => (" ** ", PR_POWER),
        Operator::LShift => (" << ", PR_SHIFT),
        Operator::RShift => (" >> ", PR_SHIFT),
        Operator::BitOr => (" | ", PR_BOR),
        Operator::BitXor => (" ^ ", PR_BXOR),
        Operator::BitAnd => (" & ", PR_BAND),
    }
}

fn cmp_str(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Eq => " == ",
        CmpOp::NotEq => " != ",
        CmpOp::Lt => " < ",
        CmpOp::LtE => " <= ",
        CmpOp::Gt => " > ",
        CmpOp::GtE => " >= ",
        CmpOp::Is => " is ",
        CmpOp::IsNot => " is not ",
        CmpOp::In => " in ",
        CmpOp::NotIn => " not in ",
    }
}

fn seq(out: &mut String, elts: &[Expr], depth: u32) {
    for (i, e) in elts.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        expr(out, e, PR_TEST, depth);
    }
}

fn expr(out: &mut String, e: &Expr, level: u8, depth: u32) {
    if depth > 200 {
        out.push_str("...");
        return;
    }
    let d = depth + 1;
    let paren = |out: &mut String, cond: bool, open: bool| {
        if cond {
            out.push(if open { '(' } else { ')' });
        }
    };
    match &e.kind {
        ExprKind::BoolOp { op, values } => {
            let (s, pr) = if *op == BoolOp::And {
                (" and ", PR_AND)
            } else {
                (" or ", PR_OR)
            };
            paren(out, level > pr, true);
            for (i, v) in values.iter().enumerate() {
                if i > 0 {
                    out.push_str(s);
                }
                expr(out, v, pr + 1, d);
            }
            paren(out, level > pr, false);
        }
        ExprKind::NamedExpr { target, value } => {
            paren(out, level > PR_TUPLE, true);
            expr(out, target, PR_ATOM, d);
            out.push_str(" := ");
            expr(out, value, PR_ATOM, d);
            paren(out, level > PR_TUPLE, false);
        }
        ExprKind::BinOp { left, op, right } => {
            let (s, pr) = op_info(*op);
            let rassoc = *op == Operator::Pow;
            paren(out, level > pr, true);
            expr(out, left, if rassoc { pr + 1 } else { pr }, d);
            out.push_str(s);
            expr(out, right, if rassoc { pr } else { pr + 1 }, d);
            paren(out, level > pr, false);
        }
        ExprKind::UnaryOp { op, operand } => {
            let (s, pr) = match op {
                UnaryOp::Invert => ("~", PR_FACTOR),
                UnaryOp::Not => ("not ", PR_NOT),
                UnaryOp::UAdd => ("+", PR_FACTOR),
                UnaryOp::USub => ("-", PR_FACTOR),
            };
            paren(out, level > pr, true);
            out.push_str(s);
            expr(out, operand, pr, d);
            paren(out, level > pr, false);
        }
        ExprKind::Lambda { args, body } => {
            paren(out, level > PR_TEST, true);
            let n = args.posonlyargs.len() + args.args.len() + args.kwonlyargs.len();
            out.push_str(if n > 0 || args.vararg.is_some() || args.kwarg.is_some() {
                "lambda "
            } else {
                "lambda"
            });
            arguments(out, args, d);
            out.push_str(": ");
            expr(out, body, PR_TEST, d);
            paren(out, level > PR_TEST, false);
        }
        ExprKind::IfExp { test, body, orelse } => {
            paren(out, level > PR_TEST, true);
            expr(out, body, PR_TEST + 1, d);
            out.push_str(" if ");
            expr(out, test, PR_TEST + 1, d);
            out.push_str(" else ");
            expr(out, orelse, PR_TEST, d);
            paren(out, level > PR_TEST, false);
        }
        ExprKind::Dict { keys, values } => {
            out.push('{');
            for (i, (k, v)) in keys.iter().zip(values).enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                match k {
                    Some(k) => {
                        expr(out, k, PR_TEST, d);
                        out.push_str(": ");
                        expr(out, v, PR_TEST, d);
                    }
                    None => {
                        out.push_str("**");
                        expr(out, v, PR_EXPR, d);
                    }
                }
            }
            out.push('}');
        }
        ExprKind::Set { elts } => {
            if elts.is_empty() {
                out.push_str("{*()}");
            } else {
                out.push('{');
                seq(out, elts, d);
                out.push('}');
            }
        }
        ExprKind::ListComp { elt, generators } => {
            out.push('[');
            expr(out, elt, PR_TEST, d);
            comps(out, generators, d);
            out.push(']');
        }
        ExprKind::SetComp { elt, generators } => {
            out.push('{');
            expr(out, elt, PR_TEST, d);
            comps(out, generators, d);
            out.push('}');
        }
        ExprKind::DictComp {
            key,
            value,
            generators,
        } => {
            out.push('{');
            expr(out, key, PR_TEST, d);
            out.push_str(": ");
            expr(out, value, PR_TEST, d);
            comps(out, generators, d);
            out.push('}');
        }
        ExprKind::GeneratorExp { elt, generators } => {
            out.push('(');
            expr(out, elt, PR_TEST, d);
            comps(out, generators, d);
            out.push(')');
        }
        ExprKind::Await { value } => {
            paren(out, level > PR_AWAIT, true);
            out.push_str("await ");
            expr(out, value, PR_ATOM, d);
            paren(out, level > PR_AWAIT, false);
        }
        ExprKind::Yield { value } => {
            out.push_str("(yield");
            if let Some(v) = value {
                out.push(' ');
                expr(out, v, PR_TEST, d);
            }
            out.push(')');
        }
        ExprKind::YieldFrom { value } => {
            out.push_str("(yield from ");
            expr(out, value, PR_TEST, d);
            out.push(')');
        }
        ExprKind::Compare {
            left,
            ops,
            comparators,
        } => {
            paren(out, level > PR_CMP, true);
            expr(out, left, PR_CMP + 1, d);
            for (op, c) in ops.iter().zip(comparators) {
                out.push_str(cmp_str(*op));
                expr(out, c, PR_CMP + 1, d);
            }
            paren(out, level > PR_CMP, false);
        }
        ExprKind::Call {
            func,
            args,
            keywords,
        } => {
            expr(out, func, PR_ATOM, d);
            if args.len() == 1 && keywords.is_empty() {
                if let ExprKind::GeneratorExp { .. } = args[0].kind {
                    expr(out, &args[0], PR_TEST, d);
                    return;
                }
            }
            out.push('(');
            let mut first = true;
            for a in args {
                if !first {
                    out.push_str(", ");
                }
                first = false;
                expr(out, a, PR_TEST, d);
            }
            for k in keywords {
                if !first {
                    out.push_str(", ");
                }
                first = false;
                match &k.arg {
                    Some(n) => {
                        out.push_str(n);
                        out.push('=');
                    }
                    None => out.push_str("**"),
                }
                expr(out, &k.value, PR_TEST, d);
            }
            out.push(')');
        }
        ExprKind::FormattedValue { .. } | ExprKind::JoinedStr { .. } => {
            out.push('f');
            out.push_str(&str_repr(&fstring_body(e, d)));
        }
        ExprKind::Constant { value, .. } => match value {
            ast::Constant::Ellipsis => out.push_str("..."),
            ast::Constant::Float(f) if f.is_infinite() => {
                out.push_str(if *f > 0.0 { "1e309" } else { "-1e309" })
            }
            other => out.push_str(&const_repr(&crate::fold::convert_const(other))),
        },
        ExprKind::Attribute { value, attr, .. } => {
            expr(out, value, PR_ATOM, d);
            if let ExprKind::Constant {
                value: ast::Constant::Int(_),
                ..
            } = value.kind
            {
                out.push(' ');
            }
            out.push('.');
            out.push_str(attr);
        }
        ExprKind::Subscript { value, slice, .. } => {
            expr(out, value, PR_ATOM, d);
            out.push('[');
            match &slice.kind {
                ExprKind::Tuple { elts, .. } if !elts.is_empty() => {
                    seq(out, elts, d);
                    if elts.len() == 1 {
                        out.push(',');
                    }
                }
                _ => expr(out, slice, PR_TUPLE, d),
            }
            out.push(']');
        }
        ExprKind::Starred { value, .. } => {
            out.push('*');
            expr(out, value, PR_EXPR, d);
        }
        ExprKind::Name { id, .. } => out.push_str(id),
        ExprKind::List { elts, .. } => {
            out.push('[');
            seq(out, elts, d);
            out.push(']');
        }
        ExprKind::Tuple { elts, .. } => {
            if elts.is_empty() {
                out.push_str("()");
            } else {
                paren(out, level > PR_TUPLE, true);
                seq(out, elts, d);
                if elts.len() == 1 {
                    out.push(',');
                }
                paren(out, level > PR_TUPLE, false);
            }
        }
        ExprKind::Slice { lower, upper, step } => {
            if let Some(l) = lower {
                expr(out, l, PR_TEST, d);
            }
            out.push(':');
            if let Some(u) = upper {
                expr(out, u, PR_TEST, d);
            }
            if let Some(s) = step {
                out.push(':');
                expr(out, s, PR_TEST, d);
            }
        }
    }
}

fn fstring_body(e: &Expr, depth: u32) -> String {
    let mut s = String::new();
    let parts: &[Expr] = match &e.kind {
        ExprKind::JoinedStr { values } => values,
        _ => std::slice::from_ref(e),
    };
    for p in parts {
        match &p.kind {
            ExprKind::Constant {
                value: ast::Constant::Str(t),
                ..
            } => {
                let text: String = t
                    .code_points()
                    .map(|cp| char::from_u32(cp).unwrap_or('\u{fffd}'))
                    .collect();
                s.push_str(&text.replace('{', "{{").replace('}', "}}"));
            }
            ExprKind::FormattedValue {
                value,
                conversion,
                format_spec,
            } => {
                let mut inner = String::new();
                expr(&mut inner, value, PR_TEST + 1, depth);
                s.push('{');
                if inner.starts_with('{') {
                    s.push(' ');
                }
                s.push_str(&inner);
                if *conversion > 0 {
                    s.push('!');
                    s.push(char::from_u32(*conversion as u32).unwrap_or('r'));
                }
                if let Some(spec) = format_spec {
                    s.push(':');
                    s.push_str(&fstring_body(spec, depth + 1));
                }
                s.push('}');
            }
            _ => {}
        }
    }
    s
}

fn comps(out: &mut String, generators: &[ast::Comprehension], d: u32) {
    for g in generators {
        out.push_str(if g.is_async != 0 {
            " async for "
        } else {
            " for "
        });
        expr(out, &g.target, PR_TUPLE, d);
        out.push_str(" in ");
        expr(out, &g.iter, PR_TEST + 1, d);
        for cond in &g.ifs {
            out.push_str(" if ");
            expr(out, cond, PR_TEST + 1, d);
        }
    }
}

fn arguments(out: &mut String, a: &ast::Arguments, d: u32) {
    let mut first = true;
    let mut sep = |out: &mut String| {
        if !first {
            out.push_str(", ");
        }
        first = false;
    };
    let npos = a.posonlyargs.len() + a.args.len();
    let ndef = a.defaults.len();
    for (i, arg) in a.posonlyargs.iter().chain(&a.args).enumerate() {
        sep(out);
        out.push_str(&arg.arg);
        if i + ndef >= npos {
            out.push('=');
            expr(out, &a.defaults[i + ndef - npos], PR_TEST, d);
        }
        if i + 1 == a.posonlyargs.len() {
            out.push_str(", /");
        }
    }
    if a.vararg.is_some() || !a.kwonlyargs.is_empty() {
        sep(out);
        out.push('*');
        if let Some(v) = &a.vararg {
            out.push_str(&v.arg);
        }
    }
    for (arg, def) in a.kwonlyargs.iter().zip(&a.kw_defaults) {
        sep(out);
        out.push_str(&arg.arg);
        if let Some(dv) = def {
            out.push('=');
            expr(out, dv, PR_TEST, d);
        }
    }
    if let Some(k) = &a.kwarg {
        sep(out);
        out.push_str("**");
        out.push_str(&k.arg);
    }
}
