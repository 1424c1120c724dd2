//! Compile-time constant folding, as CPython 3.11's AST optimizer (Python/ast_opt.c): unary
//! and binary operators on constants within CPython's size limits, tuples of constants,
//! `__debug__`, and list/set displays of constants used as iterables or `in` operands
//! (which become tuples/frozensets).

use krait_bytecode::Constant;
use krait_parser::ast::{self, CmpOp, Expr, ExprContext, ExprKind, Operator, UnaryOp};
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

/// CPython's `MAX_INT_SIZE`: folded integer results stay within this many bits.
const MAX_INT_SIZE: u64 = 128;
/// CPython's `MAX_STR_SIZE`: folded strings/bytes stay within this length.
const MAX_STR_SIZE: usize = 4096;

/// Converts a parser constant to a code-object constant.
pub fn convert_const(c: &ast::Constant) -> Constant {
    match c {
        ast::Constant::None => Constant::None,
        ast::Constant::Bool(b) => Constant::Bool(*b),
        ast::Constant::Ellipsis => Constant::Ellipsis,
        ast::Constant::Int(i) => Constant::Int(i.clone()),
        ast::Constant::Float(f) => Constant::Float(*f),
        ast::Constant::Complex { real, imag } => Constant::Complex {
            real: *real,
            imag: *imag,
        },
        ast::Constant::Str(s) => Constant::Str(s.clone()),
        ast::Constant::Bytes(b) => Constant::Bytes(b.clone()),
        ast::Constant::Tuple(v) => Constant::Tuple(v.iter().map(convert_const).collect()),
        ast::Constant::FrozenSet(v) => Constant::FrozenSet(v.iter().map(convert_const).collect()),
    }
}

/// The constant value of `e` after folding, if it is one. `optimize` is the `-O` level (for
/// `__debug__`).
pub fn const_value(e: &Expr, optimize: u8) -> Option<Constant> {
    const_value_depth(e, optimize, 0)
}

fn const_value_depth(e: &Expr, optimize: u8, depth: u32) -> Option<Constant> {
    if depth > 200 {
        return None;
    }
    let sub = |x: &Expr| const_value_depth(x, optimize, depth + 1);
    match &e.kind {
        ExprKind::Constant { value, .. } => Some(convert_const(value)),
        ExprKind::Name {
            id,
            ctx: ExprContext::Load,
        } if id == "__debug__" => Some(Constant::Bool(optimize == 0)),
        ExprKind::Tuple {
            elts,
            ctx: ExprContext::Load,
        } => elts
            .iter()
            .map(sub)
            .collect::<Option<Vec<_>>>()
            .map(Constant::Tuple),
        ExprKind::UnaryOp { op, operand } => unary(*op, &sub(operand)?),
        ExprKind::BinOp { left, op, right } => {
            let l = sub(left)?;
            let r = sub(right)?;
            binary(&l, *op, &r)
        }
        ExprKind::Subscript {
            value,
            slice,
            ctx: ExprContext::Load,
        } => {
            if matches!(slice.kind, ExprKind::Slice { .. }) {
                return None;
            }
            subscript(&sub(value)?, &sub(slice)?)
        }
        _ => None,
    }
}

/// A list or set display of constants used as an iterable or `in` operand, as the tuple or
/// frozenset CPython's `fold_iter`/`fold_compare` make of it.
pub fn iter_const(e: &Expr, optimize: u8) -> Option<Constant> {
    match &e.kind {
        ExprKind::List {
            elts,
            ctx: ExprContext::Load,
        } => elts
            .iter()
            .map(|x| const_value(x, optimize))
            .collect::<Option<Vec<_>>>()
            .map(Constant::Tuple),
        ExprKind::Set { elts } => elts
            .iter()
            .map(|x| const_value(x, optimize))
            .collect::<Option<Vec<_>>>()
            .map(Constant::FrozenSet),
        _ => None,
    }
}

/// Whether a comparison operator takes a container operand CPython folds.
pub fn is_membership(op: CmpOp) -> bool {
    matches!(op, CmpOp::In | CmpOp::NotIn)
}

fn truth(c: &Constant) -> Option<bool> {
    Some(match c {
        Constant::None => false,
        Constant::Bool(b) => *b,
        Constant::Ellipsis => true,
        Constant::Int(i) => !i.is_zero(),
        Constant::Float(f) => *f != 0.0,
        Constant::Complex { real, imag } => *real != 0.0 || *imag != 0.0,
        Constant::Str(s) => !s.as_bytes().is_empty(),
        Constant::Bytes(b) => !b.is_empty(),
        Constant::Tuple(v) | Constant::FrozenSet(v) => !v.is_empty(),
        Constant::Code(_) => return None,
    })
}

fn as_int(c: &Constant) -> Option<BigInt> {
    match c {
        Constant::Int(i) => Some(i.clone()),
        Constant::Bool(b) => Some(BigInt::from(u8::from(*b))),
        _ => None,
    }
}

fn as_float(c: &Constant) -> Option<f64> {
    match c {
        Constant::Float(f) => Some(*f),
        Constant::Int(_) | Constant::Bool(_) => as_int(c)?.to_f64().filter(|f| f.is_finite()),
        _ => None,
    }
}

fn bits(i: &BigInt) -> u64 {
    i.bits()
}

fn unary(op: UnaryOp, v: &Constant) -> Option<Constant> {
    match op {
        UnaryOp::Not => Some(Constant::Bool(!truth(v)?)),
        UnaryOp::USub => match v {
            Constant::Float(f) => Some(Constant::Float(-f)),
            Constant::Complex { real, imag } => Some(Constant::Complex {
                real: -real,
                imag: -imag,
            }),
            _ => Some(Constant::Int(-as_int(v)?)),
        },
        UnaryOp::UAdd => match v {
            Constant::Float(_) | Constant::Complex { .. } => Some(v.clone()),
            _ => Some(Constant::Int(as_int(v)?)),
        },
        UnaryOp::Invert => Some(Constant::Int(-as_int(v)? - 1)),
    }
}

fn binary(l: &Constant, op: Operator, r: &Constant) -> Option<Constant> {
    if let (Constant::Bool(a), Constant::Bool(b)) = (l, r) {
        match op {
            Operator::BitAnd => return Some(Constant::Bool(a & b)),
            Operator::BitOr => return Some(Constant::Bool(a | b)),
            Operator::BitXor => return Some(Constant::Bool(a ^ b)),
            _ => {}
        }
    }
    if let (Some(a), Some(b)) = (as_int(l), as_int(r)) {
        return int_binary(&a, op, &b);
    }
    if op == Operator::Mult {
        match (l, r) {
            (
                Constant::Int(_) | Constant::Bool(_),
                Constant::Str(_) | Constant::Bytes(_) | Constant::Tuple(_),
            ) => return repeat(r, &as_int(l)?),
            (
                Constant::Str(_) | Constant::Bytes(_) | Constant::Tuple(_),
                Constant::Int(_) | Constant::Bool(_),
            ) => return repeat(l, &as_int(r)?),
            _ => {}
        }
    }
    match (l, r) {
        (Constant::Tuple(a), Constant::Tuple(b)) if op == Operator::Add => {
            let mut v = a.clone();
            v.extend(b.iter().cloned());
            return Some(Constant::Tuple(v));
        }
        (Constant::Str(a), Constant::Str(b)) if op == Operator::Add => {
            let mut s = a.clone();
            s.push_wtf8(b);
            return Some(Constant::Str(s));
        }
        (Constant::Bytes(a), Constant::Bytes(b)) if op == Operator::Add => {
            let mut s = a.clone();
            s.extend_from_slice(b);
            return Some(Constant::Bytes(s));
        }
        _ => {}
    }
    if matches!(l, Constant::Complex { .. }) || matches!(r, Constant::Complex { .. }) {
        let as_complex = |c: &Constant| match c {
            Constant::Complex { real, imag } => Some((*real, *imag)),
            other => as_float(other).map(|f| (f, 0.0)),
        };
        let (a, b) = as_complex(l)?;
        let (c, d) = as_complex(r)?;
        let (real, imag) = match op {
            Operator::Add => (a + c, b + d),
            Operator::Sub => (a - c, b - d),
            Operator::Mult => (a * c - b * d, a * d + b * c),
            _ => return None,
        };
        return Some(Constant::Complex { real, imag });
    }
    let floaty = matches!(l, Constant::Float(_)) || matches!(r, Constant::Float(_));
    if floaty {
        let a = as_float(l)?;
        let b = as_float(r)?;
        let v = match op {
            Operator::Add => a + b,
            Operator::Sub => a - b,
            Operator::Mult => a * b,
            Operator::Div if b != 0.0 => a / b,
            Operator::FloorDiv if b != 0.0 => float_divmod(a, b).0,
            Operator::Mod if b != 0.0 => float_divmod(a, b).1,
            _ => return None,
        };
        return Some(Constant::Float(v));
    }
    None
}

/// `container[index]` for a constant str, bytes or tuple and an integer index
/// (CPython's `fold_subscr`; a failing lookup is left to run time).
fn subscript(container: &Constant, index: &Constant) -> Option<Constant> {
    let i = as_int(index)?;
    let pick = |len: usize| -> Option<usize> {
        let len = BigInt::from(len);
        let k = if i.is_negative() {
            &len + &i
        } else {
            i.clone()
        };
        if k.is_negative() || k >= len {
            None
        } else {
            k.to_usize()
        }
    };
    match container {
        Constant::Str(s) => {
            let cps: Vec<u32> = s.code_points().collect();
            let mut out = krait_parser::wtf8::Wtf8Buf::new();
            out.push_code_point(cps[pick(cps.len())?]);
            Some(Constant::Str(out))
        }
        Constant::Bytes(b) => Some(Constant::Int(BigInt::from(b[pick(b.len())?]))),
        Constant::Tuple(v) => Some(v[pick(v.len())?].clone()),
        _ => None,
    }
}

/// Python's float `divmod` (Objects/floatobject.c `float_divmod`).
fn float_divmod(vx: f64, wx: f64) -> (f64, f64) {
    let mut m = vx % wx;
    let mut div = (vx - m) / wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(wx);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(vx / wx)
    };
    (floordiv, m)
}

/// `safe_multiply` for a sequence times an integer: within CPython's size limits.
fn repeat(seq: &Constant, n: &BigInt) -> Option<Constant> {
    const MAX_COLLECTION_SIZE: usize = 256;
    const MAX_TOTAL_ITEMS: usize = 1024;
    let n = n.to_i64()?;
    let count = |len: usize, limit: usize| -> Option<usize> {
        if len == 0 {
            return Some(0);
        }
        if n < 0 || n as usize > limit / len {
            return None;
        }
        Some(n as usize)
    };
    match seq {
        Constant::Str(s) => {
            let k = count(s.len_code_points(), MAX_STR_SIZE)?;
            let mut out = krait_parser::wtf8::Wtf8Buf::new();
            for _ in 0..k {
                out.push_wtf8(s);
            }
            Some(Constant::Str(out))
        }
        Constant::Bytes(b) => Some(Constant::Bytes(b.repeat(count(b.len(), MAX_STR_SIZE)?))),
        Constant::Tuple(v) => {
            let k = count(v.len(), MAX_COLLECTION_SIZE)?;
            if k > 0 && v.len() * k > MAX_TOTAL_ITEMS {
                return None;
            }
            Some(Constant::Tuple(
                (0..k).flat_map(|_| v.iter().cloned()).collect(),
            ))
        }
        _ => None,
    }
}

fn int_binary(a: &BigInt, op: Operator, b: &BigInt) -> Option<Constant> {
    let v = match op {
        Operator::Add => a + b,
        Operator::Sub => a - b,
        Operator::Mult => {
            if !a.is_zero() && !b.is_zero() && bits(a) + bits(b) > MAX_INT_SIZE {
                return None;
            }
            a * b
        }
        Operator::Div => {
            if b.is_zero() {
                return None;
            }
            let (x, y) = (a.to_f64()?, b.to_f64()?);
            if bits(a) > 53 || bits(b) > 53 {
                return None;
            }
            return Some(Constant::Float(x / y));
        }
        Operator::FloorDiv | Operator::Mod => {
            if b.is_zero() {
                return None;
            }
            let (q, r) = floor_divmod(a, b);
            if op == Operator::FloorDiv {
                q
            } else {
                r
            }
        }
        Operator::Pow => {
            if b.is_negative() {
                return None;
            }
            let e = b.to_u64()?;
            if !a.is_zero() && e > 0 && bits(a) > MAX_INT_SIZE / e {
                return None;
            }
            num_traits::pow(a.clone(), e.to_usize()?)
        }
        Operator::LShift => {
            if b.is_negative() {
                return None;
            }
            let s = b.to_u64()?;
            if s > MAX_INT_SIZE || (!a.is_zero() && bits(a) > MAX_INT_SIZE - s) {
                return None;
            }
            a << s as usize
        }
        Operator::RShift => {
            if b.is_negative() {
                return None;
            }
            let s = b.to_u64().unwrap_or(u64::MAX).min(1 << 20);
            a >> s as usize
        }
        Operator::BitAnd => a & b,
        Operator::BitOr => a | b,
        Operator::BitXor => a ^ b,
        Operator::MatMult => return None,
    };
    Some(Constant::Int(v))
}

/// Python's floor division and modulo (the remainder has the divisor's sign).
fn floor_divmod(a: &BigInt, b: &BigInt) -> (BigInt, BigInt) {
    use num_integer::Integer;
    a.div_mod_floor(b)
}
