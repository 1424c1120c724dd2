//! Binary arithmetic (CPython's Objects/abstract.c `binary_op1` with the semantics of
//! longobject.c and floatobject.c): inline-int and float fast paths that never allocate, big
//! ints through `num-bigint`, sequence concatenation and repetition, then `__op__`/`__rop__`.

use super::payload;
use crate::error::PyResult;
use crate::objects::int::IntData;
use crate::objects::list::ListData;
use crate::objects::str::StrData;
use crate::objects::tuple::TupleData;
use crate::value::Value;
use crate::vm::{type_data, Vm};
use krait_bytecode::opcode::NbOp;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

/// A number operand: an int (of any size) or a float.
pub(crate) enum Num {
    Int(BigInt),
    Float(f64),
}

impl Vm {
    /// `a OP b` for a `BINARY_OP` argument (binary or in-place form).
    pub fn binary_op(&self, a: &Value, b: &Value, op: NbOp) -> PyResult<Value> {
        if self.is_sub_instance(a) || self.is_sub_instance(b) {
            return self.binary_op_special(a, b, op);
        }
        // Inline ints: the hot path, no allocation unless the result overflows 48 bits.
        if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
            if let Some(v) = self.small_int_op(x, y, op)? {
                return Ok(v);
            }
        }
        if let (Some(x), Some(y)) = (a.as_float(), b.as_float()) {
            return self.float_op(x, y, op);
        }
        if let (Some(x), Some(y)) = (self.as_num(a), self.as_num(b)) {
            return match (x, y) {
                (Num::Int(x), Num::Int(y)) => self.int_op(&x, &y, op),
                (Num::Int(x), Num::Float(y)) => self.float_op(self.int_to_f64(&x)?, y, op),
                (Num::Float(x), Num::Int(y)) => self.float_op(x, self.int_to_f64(&y)?, op),
                (Num::Float(x), Num::Float(y)) => self.float_op(x, y, op),
            };
        }
        if self.is_exact_set(a) && self.is_exact_set(b) {
            if let Some(v) = self.set_binary_op(a, b, op)? {
                return Ok(v);
            }
        }
        if matches!(op, NbOp::Remainder | NbOp::InplaceRemainder) && payload::<StrData>(a).is_some()
        {
            return self.percent_format(a, b);
        }
        if let Some(v) = self.complex_binary_op(a, b, op)? {
            return Ok(v);
        }
        if let Some(v) = self.dict_view_binary_op(a, b, op)? {
            return Ok(v);
        }
        if let Some(v) = self.sequence_op(a, b, op)? {
            return Ok(v);
        }
        self.binary_op_special(a, b, op)
    }

    /// The int or float value of `v` (bools are ints), if it is an exact built-in number.
    pub(crate) fn as_num(&self, v: &Value) -> Option<Num> {
        if let Some(i) = v.as_small_int() {
            return Some(Num::Int(BigInt::from(i)));
        }
        if let Some(x) = v.as_float() {
            return Some(Num::Float(x));
        }
        match v.as_immediate() {
            Some(crate::value::Immediate::True) => return Some(Num::Int(BigInt::from(1))),
            Some(crate::value::Immediate::False) => return Some(Num::Int(BigInt::from(0))),
            _ => {}
        }
        payload::<IntData>(v).map(|n| Num::Int(n.value.clone()))
    }

    /// `int → float` conversion with CPython's overflow error.
    fn int_to_f64(&self, n: &BigInt) -> PyResult<f64> {
        match n.to_f64() {
            Some(x) if x.is_finite() => Ok(x),
            _ => Err(self.new_error(
                &self.types.overflow_error,
                "int too large to convert to float",
            )),
        }
    }

    fn small_int_op(&self, x: i64, y: i64, op: NbOp) -> PyResult<Option<Value>> {
        use NbOp::*;
        let r = match op {
            Add | InplaceAdd => x.checked_add(y),
            Subtract | InplaceSubtract => x.checked_sub(y),
            Multiply | InplaceMultiply => x.checked_mul(y),
            FloorDivide | InplaceFloorDivide => {
                if y == 0 {
                    return Err(self.zero_division("integer division or modulo by zero"));
                }
                Some(Integer::div_floor(&x, &y))
            }
            Remainder | InplaceRemainder => {
                if y == 0 {
                    return Err(self.zero_division("integer division or modulo by zero"));
                }
                Some(Integer::mod_floor(&x, &y))
            }
            And | InplaceAnd => Some(x & y),
            Or | InplaceOr => Some(x | y),
            Xor | InplaceXor => Some(x ^ y),
            _ => None,
        };
        Ok(r.and_then(Value::small_int))
    }

    fn zero_division(&self, msg: &str) -> crate::error::PyErr {
        self.new_error(&self.types.zero_division_error, msg)
    }

    fn int_op(&self, x: &BigInt, y: &BigInt, op: NbOp) -> PyResult<Value> {
        use NbOp::*;
        let r = match op {
            Add | InplaceAdd => x + y,
            Subtract | InplaceSubtract => x - y,
            Multiply | InplaceMultiply => x * y,
            FloorDivide | InplaceFloorDivide | Remainder | InplaceRemainder => {
                if y.is_zero() {
                    return Err(self.zero_division("integer division or modulo by zero"));
                }
                if matches!(op, FloorDivide | InplaceFloorDivide) {
                    x.div_floor(y)
                } else {
                    x.mod_floor(y)
                }
            }
            TrueDivide | InplaceTrueDivide => {
                if y.is_zero() {
                    return Err(self.zero_division("division by zero"));
                }
                return self.int_true_divide(x, y);
            }
            Power | InplacePower => return self.int_pow(x, y),
            Lshift | InplaceLshift | Rshift | InplaceRshift => {
                if y.is_negative() {
                    return Err(self.value_error("negative shift count"));
                }
                let Some(n) = y.to_usize() else {
                    return Err(
                        self.new_error(&self.types.overflow_error, "too many digits in integer")
                    );
                };
                if matches!(op, Lshift | InplaceLshift) {
                    x << n
                } else {
                    // Arithmetic shift rounds toward negative infinity, as Python's.
                    x >> n
                }
            }
            And | InplaceAnd => x & y,
            Or | InplaceOr => x | y,
            Xor | InplaceXor => x ^ y,
            MatrixMultiply | InplaceMatrixMultiply => {
                return Err(self.unsupported(
                    NbOp::SYMBOLS[op as usize],
                    &self.new_bigint(x.clone()),
                    &self.new_bigint(y.clone()),
                ))
            }
        };
        Ok(self.new_bigint(r))
    }

    /// `x / y` for ints, correctly rounded as CPython's `long_true_divide` when both fit in a
    /// double's mantissa; otherwise through floats (an approximation noted in compatibility.md).
    fn int_true_divide(&self, x: &BigInt, y: &BigInt) -> PyResult<Value> {
        const EXACT: u64 = 1 << 53;
        if let (Some(a), Some(b)) = (x.to_i64(), y.to_i64()) {
            if a.unsigned_abs() <= EXACT && b.unsigned_abs() <= EXACT {
                return Ok(Value::float(a as f64 / b as f64));
            }
        }
        Ok(Value::float(self.int_to_f64(x)? / self.int_to_f64(y)?))
    }

    fn int_pow(&self, x: &BigInt, y: &BigInt) -> PyResult<Value> {
        if y.is_negative() {
            let (fx, fy) = (self.int_to_f64(x)?, self.int_to_f64(y)?);
            return self.float_op(fx, fy, NbOp::Power);
        }
        let Some(e) = y.to_u32() else {
            if x.is_zero() || x == &BigInt::from(1) {
                return Ok(self.new_bigint(x.clone()));
            }
            return Err(self.new_error(&self.types.memory_error, ""));
        };
        Ok(self.new_bigint(num_traits::pow(x.clone(), e as usize)))
    }

    /// Float arithmetic with CPython's float_div/float_floor_div/float_rem/float_pow errors.
    fn float_op(&self, x: f64, y: f64, op: NbOp) -> PyResult<Value> {
        use NbOp::*;
        let r = match op {
            Add | InplaceAdd => x + y,
            Subtract | InplaceSubtract => x - y,
            Multiply | InplaceMultiply => x * y,
            TrueDivide | InplaceTrueDivide => {
                if y == 0.0 {
                    return Err(self.zero_division("float division by zero"));
                }
                x / y
            }
            FloorDivide | InplaceFloorDivide => {
                if y == 0.0 {
                    return Err(self.zero_division("float floor division by zero"));
                }
                float_divmod(x, y).0
            }
            Remainder | InplaceRemainder => {
                if y == 0.0 {
                    return Err(self.zero_division("float modulo"));
                }
                float_divmod(x, y).1
            }
            Power | InplacePower => return self.float_pow(x, y),
            _ => {
                let sym = NbOp::SYMBOLS[op as usize];
                let msg = format!("unsupported operand type(s) for {sym}: 'float' and 'float'");
                return Err(self.type_error(&msg));
            }
        };
        Ok(Value::float(r))
    }

    fn float_pow(&self, x: f64, y: f64) -> PyResult<Value> {
        if x == 0.0 && y < 0.0 {
            return Err(self.zero_division("0.0 cannot be raised to a negative power"));
        }
        if x < 0.0 && y.is_finite() && y != y.floor() {
            return self.float_pow_complex(x, y);
        }
        let r = x.powf(y);
        if r.is_infinite() && x.is_finite() && y.is_finite() {
            return Err(self.new_exception(
                &self.types.overflow_error,
                vec![
                    self.new_int(34),
                    self.new_str("Numerical result out of range"),
                ],
            ));
        }
        Ok(Value::float(r))
    }

    /// `str`/`list`/`tuple` concatenation and repetition.
    fn sequence_op(&self, a: &Value, b: &Value, op: NbOp) -> PyResult<Option<Value>> {
        use NbOp::*;
        let exact = |v: &Value, t: &Value| self.type_of(v).is(t);
        match op {
            Add | InplaceAdd => {
                if exact(a, &self.types.str) && exact(b, &self.types.str) {
                    let (Some(x), Some(y)) = (payload::<StrData>(a), payload::<StrData>(b)) else {
                        return Ok(None);
                    };
                    return Ok(Some(self.str_value(x.concat(y))));
                }
                if exact(a, &self.types.list) && exact(b, &self.types.list) {
                    let (Some(x), Some(y)) = (payload::<ListData>(a), payload::<ListData>(b))
                    else {
                        return Ok(None);
                    };
                    if op == InplaceAdd {
                        let extra = y.to_vec();
                        x.items.borrow_mut().extend(extra);
                        return Ok(Some(a.clone()));
                    }
                    let mut items = x.to_vec();
                    items.extend(y.to_vec());
                    return Ok(Some(self.new_list(items)));
                }
                if op == InplaceAdd && exact(a, &self.types.list) {
                    // list.__iadd__ extends with any iterable.
                    let items = self.collect_iterable(b)?;
                    if let Some(x) = payload::<ListData>(a) {
                        x.items.borrow_mut().extend(items);
                    }
                    return Ok(Some(a.clone()));
                }
                if exact(a, &self.types.tuple) && exact(b, &self.types.tuple) {
                    let (Some(x), Some(y)) = (payload::<TupleData>(a), payload::<TupleData>(b))
                    else {
                        return Ok(None);
                    };
                    let items = x.items().iter().chain(y.items()).cloned().collect();
                    return Ok(Some(self.new_tuple(items)));
                }
                Ok(None)
            }
            Multiply | InplaceMultiply => {
                let (seq, n) = match (b.as_small_int(), a.as_small_int()) {
                    (Some(n), _) => (a, n),
                    (None, Some(n)) => (b, n),
                    _ => return Ok(None),
                };
                let n = n.max(0) as usize;
                if let Some(s) = payload::<StrData>(seq).filter(|_| exact(seq, &self.types.str)) {
                    let cps: Vec<u32> = s.code_points().collect();
                    let total = cps
                        .len()
                        .checked_mul(n)
                        .ok_or_else(|| self.new_error(&self.types.memory_error, ""))?;
                    let mut out = Vec::with_capacity(total);
                    for _ in 0..n {
                        out.extend_from_slice(&cps);
                    }
                    return Ok(Some(self.str_value(StrData::from_code_points(out))));
                }
                if let Some(l) = payload::<ListData>(seq).filter(|_| exact(seq, &self.types.list)) {
                    let items = l.to_vec();
                    let repeated: Vec<Value> = (0..n).flat_map(|_| items.iter().cloned()).collect();
                    if op == InplaceMultiply && a.is(seq) {
                        *l.items.borrow_mut() = repeated;
                        return Ok(Some(a.clone()));
                    }
                    return Ok(Some(self.new_list(repeated)));
                }
                if let Some(t) = payload::<TupleData>(seq).filter(|_| exact(seq, &self.types.tuple))
                {
                    let repeated: Vec<Value> =
                        (0..n).flat_map(|_| t.items().iter().cloned()).collect();
                    return Ok(Some(self.new_tuple(repeated)));
                }
                Ok(None)
            }
            _ => Ok(None),
        }
    }

    /// The special-method protocol: `a.__op__(b)`, then `b.__rop__(a)` (the reflected method
    /// first when `type(b)` is a proper subclass of `type(a)` that overrides it).
    fn binary_op_special(&self, a: &Value, b: &Value, op: NbOp) -> PyResult<Value> {
        let (name, rname, iname) = special_names(op);
        if let Some(iname) = iname {
            if let Some(f) = self.lookup_special(a, iname)? {
                let r = self.call(&f, &[a.clone(), b.clone()], &[])?;
                if !r.is(&Value::NOT_IMPLEMENTED) {
                    return Ok(r);
                }
            }
        }
        let (ta, tb) = (self.type_of(a), self.type_of(b));
        let mut reflected_tried = false;
        if !ta.is(&tb) && type_data(&tb).is_some_and(|t| t.is_subtype_of(&ta)) {
            if let Some(f) = self.lookup_special(b, rname)? {
                reflected_tried = true;
                let r = self.call(&f, &[b.clone(), a.clone()], &[])?;
                if !r.is(&Value::NOT_IMPLEMENTED) {
                    return Ok(r);
                }
            }
        }
        if let Some(f) = self.lookup_special(a, name)? {
            let r = self.call(&f, &[a.clone(), b.clone()], &[])?;
            if !r.is(&Value::NOT_IMPLEMENTED) {
                return Ok(r);
            }
        }
        if !reflected_tried && !ta.is(&tb) {
            if let Some(f) = self.lookup_special(b, rname)? {
                let r = self.call(&f, &[b.clone(), a.clone()], &[])?;
                if !r.is(&Value::NOT_IMPLEMENTED) {
                    return Ok(r);
                }
            }
        }
        Err(self.binary_type_error(a, b, op))
    }

    /// The TypeError of a binary operation nothing implements: the sequence types' own
    /// messages for `+` and `*` (CPython's `sq_concat`/`sq_repeat` are tried last), else
    /// "unsupported operand type(s)".
    fn binary_type_error(&self, a: &Value, b: &Value, op: NbOp) -> crate::error::PyErr {
        use NbOp::*;
        let seq_name = |v: &Value| {
            [
                (&self.types.list, "list"),
                (&self.types.tuple, "tuple"),
                (&self.types.str, "str"),
            ]
            .into_iter()
            .find(|(t, _)| self.is_instance_of(v, t))
            .map(|(_, n)| n)
        };
        match op {
            Add | InplaceAdd => {
                if let Some(n) = seq_name(a) {
                    return self.type_error(&format!(
                        "can only concatenate {n} (not \"{}\") to {n}",
                        self.type_name(b)
                    ));
                }
            }
            Multiply | InplaceMultiply => {
                let other = if seq_name(a).is_some() {
                    Some(b)
                } else if seq_name(b).is_some() {
                    Some(a)
                } else {
                    None
                };
                if let Some(o) = other {
                    if !o.is_float() && self.lookup_special(o, "__index__").ok().flatten().is_none()
                    {
                        return self.type_error(&format!(
                            "can't multiply sequence by non-int of type '{}'",
                            self.type_name(o)
                        ));
                    }
                }
                if let Some(o) = other.filter(|o| o.is_float()) {
                    return self.type_error(&format!(
                        "can't multiply sequence by non-int of type '{}'",
                        self.type_name(o)
                    ));
                }
            }
            _ => {}
        }
        self.unsupported(NbOp::SYMBOLS[op as usize], a, b)
    }

    /// "unsupported operand type(s) for +: 'int' and 'str'".
    fn unsupported(&self, sym: &str, a: &Value, b: &Value) -> crate::error::PyErr {
        let msg = format!(
            "unsupported operand type(s) for {sym}: '{}' and '{}'",
            self.type_name(a),
            self.type_name(b)
        );
        self.type_error(&msg)
    }
}

/// `divmod(x, y)` for floats, as CPython's `float_divmod` (the remainder takes the divisor's
/// sign; the quotient is floored exactly).
fn float_divmod(x: f64, y: f64) -> (f64, f64) {
    let mut m = x % y;
    let mut div = (x - m) / y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m += y;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(y);
    }
    let floordiv = if div != 0.0 {
        let f = div.floor();
        if div - f > 0.5 {
            f + 1.0
        } else {
            f
        }
    } else {
        0.0f64.copysign(x / y)
    };
    (floordiv, m)
}

/// The special method names of a `BINARY_OP`: (`__op__`, `__rop__`, `__iop__` for in-place).
fn special_names(op: NbOp) -> (&'static str, &'static str, Option<&'static str>) {
    const NAMES: [(&str, &str, &str); 13] = [
        ("__add__", "__radd__", "__iadd__"),
        ("__and__", "__rand__", "__iand__"),
        ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
        ("__lshift__", "__rlshift__", "__ilshift__"),
        ("__matmul__", "__rmatmul__", "__imatmul__"),
        ("__mul__", "__rmul__", "__imul__"),
        ("__mod__", "__rmod__", "__imod__"),
        ("__or__", "__ror__", "__ior__"),
        ("__pow__", "__rpow__", "__ipow__"),
        ("__rshift__", "__rrshift__", "__irshift__"),
        ("__sub__", "__rsub__", "__isub__"),
        ("__truediv__", "__rtruediv__", "__itruediv__"),
        ("__xor__", "__rxor__", "__ixor__"),
    ];
    let i = op as usize;
    let (n, r, ip) = NAMES[i % 13];
    (n, r, (i >= 13).then_some(ip))
}

impl Vm {
    /// A unary operator: `-v`, `+v`, `~v` or `not v` (CPython's `PyNumber_Negative` and kin).
    pub fn unary_op(&self, v: &Value, op: krait_bytecode::Opcode) -> PyResult<Value> {
        use krait_bytecode::Opcode;
        if op == Opcode::UnaryNot {
            return Ok(Value::bool(!self.is_true(v)?));
        }
        if self.is_sub_instance(v) {
            return self.unary_op_special(v, op);
        }
        if let Some(x) = v.as_float() {
            return match op {
                Opcode::UnaryNegative => Ok(Value::float(-x)),
                Opcode::UnaryPositive => Ok(Value::float(x)),
                _ => Err(self.type_error("bad operand type for unary ~: 'float'")),
            };
        }
        if let Some(Num::Int(n)) = self.as_num(v) {
            return Ok(self.new_bigint(match op {
                Opcode::UnaryNegative => -n,
                Opcode::UnaryPositive => n,
                _ => !n,
            }));
        }
        if matches!(op, Opcode::UnaryNegative | Opcode::UnaryPositive) {
            if let Some(r) = self.complex_unary(v, op == Opcode::UnaryNegative) {
                return Ok(r);
            }
        }
        self.unary_op_special(v, op)
    }

    /// `-v`, `+v` or `~v` through `__neg__`, `__pos__` or `__invert__`.
    fn unary_op_special(&self, v: &Value, op: krait_bytecode::Opcode) -> PyResult<Value> {
        use krait_bytecode::Opcode;
        let (name, sym) = match op {
            Opcode::UnaryNegative => ("__neg__", "-"),
            Opcode::UnaryPositive => ("__pos__", "+"),
            _ => ("__invert__", "~"),
        };
        match self.lookup_special(v, name)? {
            Some(f) => self.call(&f, std::slice::from_ref(v), &[]),
            None => Err(self.type_error(&format!(
                "bad operand type for unary {sym}: '{}'",
                self.type_name(v)
            ))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::float_divmod;

    #[test]
    fn float_divmod_follows_python() {
        assert_eq!(float_divmod(7.0, 2.0), (3.0, 1.0));
        assert_eq!(float_divmod(-7.0, 2.0), (-4.0, 1.0));
        assert_eq!(float_divmod(7.0, -2.0), (-4.0, -1.0));
        let (q, r) = float_divmod(-0.0, 5.0);
        assert!(q == 0.0 && r == 0.0 && r.is_sign_positive());
    }
}
