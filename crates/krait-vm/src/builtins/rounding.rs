//! `round()` and `pow()` (CPython's Python/bltinmodule.c, with the semantics of
//! Objects/floatobject.c `float___round___impl`/`double_round` and longobject.c `long_round`,
//! `long_pow`): half-to-even rounding computed exactly on the binary value, and three-argument
//! `pow` with negative exponents through the modular inverse.

use crate::error::PyResult;
use crate::native::{method_table, Args};
pub(crate) use crate::protocols::convert::{index_value, int_value};
use crate::value::Value;
use crate::vm::Vm;
use krait_bytecode::opcode::NbOp;
use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

method_table!(
    /// This module's built-in functions.
    FUNCTIONS,
    Static,
    {
    "round" => builtin_round, "(number, ndigits=None)", "Round a number to a given precision in decimal digits.";
    "pow" => builtin_pow, "(base, exp, mod=None)", "Equivalent to base**exp with 2 arguments or base**exp % mod with 3 arguments";
    }
);

method_table!(
    /// `int.__round__`.
    INT_METHODS,
    Method,
    {
    "__round__" => int_round_method, "($self, ndigits=<unrepresentable>, /)", "Rounding an Integral returns itself.\n\nRounding with an ndigits argument also returns an integer.";
    }
);

method_table!(
    /// `float.__round__`.
    FLOAT_METHODS,
    Method,
    {
    "__round__" => float_round_method, "($self, ndigits=None, /)", "Return the Integral closest to x, rounding half toward even.\n\nWhen an argument is passed, work like built-in round(x, ndigits).";
    }
);

/// Installs `int.__round__` and `float.__round__`.
pub fn install(vm: &Vm) {
    crate::native::install_methods(vm, &vm.types.int, INT_METHODS);
    crate::native::install_methods(vm, &vm.types.float, FLOAT_METHODS);
}

/// Binds positional-or-keyword arguments `names` of the built-in `fname` (CPython's
/// `_PyArg_UnpackKeywords` messages); the first `required` must be given.
pub(crate) fn bind_args(
    vm: &Vm,
    args: Args<'_>,
    fname: &str,
    names: &[&str],
    required: usize,
) -> PyResult<Vec<Option<Value>>> {
    let pos = args.pos();
    if pos.len() > names.len() {
        return Err(vm.type_error(&format!(
            "{fname}() takes at most {} argument{} ({} given)",
            names.len(),
            if names.len() == 1 { "" } else { "s" },
            pos.len()
        )));
    }
    let mut out: Vec<Option<Value>> = names
        .iter()
        .enumerate()
        .map(|(i, _)| pos.get(i).cloned())
        .collect();
    for (k, v) in args.kwargs() {
        let key = vm.str_of(k);
        let Some(i) = names.iter().position(|n| *n == key) else {
            return Err(vm.type_error(&format!(
                "'{key}' is an invalid keyword argument for {fname}()"
            )));
        };
        if out[i].is_some() {
            return Err(vm.type_error(&format!(
                "argument for {fname}() given by name ('{key}') and position ({})",
                i + 1
            )));
        }
        out[i] = Some(v.clone());
    }
    for (i, name) in names.iter().enumerate().take(required) {
        if out[i].is_none() {
            return Err(vm.type_error(&format!(
                "{fname}() missing required argument '{name}' (pos {})",
                i + 1
            )));
        }
    }
    Ok(out)
}

fn builtin_round(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = bind_args(vm, args, "round", &["number", "ndigits"], 1)?;
    let number = a[0].clone().unwrap_or(Value::NONE);
    let ndigits = a[1].clone().filter(|n| !n.is_none());
    if let Some(x) = number.as_float() {
        return float_round(vm, x, ndigits.as_ref());
    }
    if let Some(n) = int_value(&number) {
        return int_round(vm, n, ndigits.as_ref());
    }
    let Some(f) = vm.lookup_special(&number, "__round__")? else {
        return Err(vm.type_error(&format!(
            "type {} doesn't define __round__ method",
            vm.type_name(&number)
        )));
    };
    match ndigits {
        Some(n) => vm.call(&f, &[number, n], &[]),
        None => vm.call(&f, &[number], &[]),
    }
}

fn int_round_method(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_range(vm, "__round__", 1, 2)?;
    let n = int_value(&a[0]).ok_or_else(|| vm.type_error("int.__round__ of a non-int"))?;
    int_round(vm, n, a.get(1).filter(|v| !v.is_none()))
}

fn float_round_method(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_range(vm, "__round__", 1, 2)?;
    let x = a[0]
        .as_float()
        .ok_or_else(|| vm.type_error("float.__round__ of a non-float"))?;
    float_round(vm, x, a.get(1).filter(|v| !v.is_none()))
}

/// `a / b` rounded to the nearest integer, ties to even (`b > 0`).
fn div_round_half_even(a: &BigInt, b: &BigInt) -> BigInt {
    let (q, r) = a.div_mod_floor(b);
    let twice: BigInt = &r * 2;
    match twice.cmp(b) {
        std::cmp::Ordering::Less => q,
        std::cmp::Ordering::Greater => q + 1,
        std::cmp::Ordering::Equal => {
            if q.is_odd() {
                q + 1
            } else {
                q
            }
        }
    }
}

/// `round(int, ndigits)`: the int itself unless `ndigits` is negative.
fn int_round(vm: &Vm, n: BigInt, ndigits: Option<&Value>) -> PyResult<Value> {
    let Some(nd) = ndigits else {
        return Ok(vm.new_bigint(n));
    };
    let nd = index_value(vm, nd)?;
    if !nd.is_negative() {
        return Ok(vm.new_bigint(n));
    }
    let Some(k) = (-nd).to_u32() else {
        return Ok(vm.new_int(0));
    };
    let pow = num_traits::pow(BigInt::from(10), k as usize);
    Ok(vm.new_bigint(div_round_half_even(&n, &pow) * pow))
}

/// `round(float)` (an int, half to even) or `round(float, ndigits)` (a float, correctly rounded
/// from the exact binary value, as CPython's `double_round`).
fn float_round(vm: &Vm, x: f64, ndigits: Option<&Value>) -> PyResult<Value> {
    let Some(nd) = ndigits else {
        if x.is_nan() {
            return Err(vm.value_error("cannot convert float NaN to integer"));
        }
        if x.is_infinite() {
            return Err(vm.new_error(
                &vm.types.overflow_error,
                "cannot convert float infinity to integer",
            ));
        }
        let mut r = x.round();
        if (x - r).abs() == 0.5 {
            r = 2.0 * (x / 2.0).round();
        }
        return Ok(vm.new_bigint(num_traits::FromPrimitive::from_f64(r).unwrap_or_default()));
    };
    let nd = index_value(vm, nd)?;
    // Beyond these, every double is already rounded (or rounds to zero).
    const NDIGITS_MAX: i64 = 323;
    const NDIGITS_MIN: i64 = -308;
    let nd = nd
        .to_i64()
        .unwrap_or(if nd.is_negative() { i64::MIN } else { i64::MAX });
    if nd > NDIGITS_MAX {
        return Ok(Value::float(x));
    }
    if nd < NDIGITS_MIN {
        return Ok(Value::float(0.0 * x));
    }
    if !x.is_finite() || x == 0.0 {
        return Ok(Value::float(x));
    }
    // |x| = mant * 2**exp exactly.
    let bits = x.abs().to_bits();
    let (biased, frac) = ((bits >> 52) as i64, bits & ((1 << 52) - 1));
    let (mant, exp) = if biased == 0 {
        (frac, -1074)
    } else {
        (frac | (1 << 52), biased - 1075)
    };
    let mut num = BigInt::from(mant);
    let mut den = BigInt::one();
    if exp >= 0 {
        num <<= exp as usize;
    } else {
        den <<= (-exp) as usize;
    }
    let ten = |k: i64| num_traits::pow(BigInt::from(10), k as usize);
    if nd >= 0 {
        num *= ten(nd);
    } else {
        den *= ten(-nd);
    }
    let q = div_round_half_even(&num, &den);
    let text = format!("{q}e{}", -nd);
    let r: f64 = text.parse().unwrap_or(f64::INFINITY);
    if r.is_infinite() {
        return Err(vm.new_error(
            &vm.types.overflow_error,
            "rounded value too large to represent",
        ));
    }
    Ok(Value::float(r.copysign(x)))
}

fn builtin_pow(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = bind_args(vm, args, "pow", &["base", "exp", "mod"], 2)?;
    let (base, exp) = (
        a[0].clone().unwrap_or(Value::NONE),
        a[1].clone().unwrap_or(Value::NONE),
    );
    let modulus = a[2].clone().filter(|m| !m.is_none());
    let Some(m) = modulus else {
        return vm.binary_op(&base, &exp, NbOp::Power);
    };
    if let (Some(b), Some(e), Some(c)) = (int_value(&base), int_value(&exp), int_value(&m)) {
        return int_pow_mod(vm, b, e, c);
    }
    if int_value(&base).is_none() {
        if let Some(f) = vm.lookup_special(&base, "__pow__")? {
            let r = vm.call(&f, &[base.clone(), exp.clone(), m.clone()], &[])?;
            if !r.is(&Value::NOT_IMPLEMENTED) {
                return Ok(r);
            }
        }
    }
    if base.is_float() || exp.is_float() || m.is_float() {
        return Err(
            vm.type_error("pow() 3rd argument not allowed unless all arguments are integers")
        );
    }
    Err(vm.type_error(&format!(
        "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
        vm.type_name(&base),
        vm.type_name(&exp),
        vm.type_name(&m)
    )))
}

/// `pow(b, e, c)` for ints, as CPython's `long_pow` with a modulus.
pub(crate) fn int_pow_mod(vm: &Vm, b: BigInt, e: BigInt, c: BigInt) -> PyResult<Value> {
    if c.is_zero() {
        return Err(vm.value_error("pow() 3rd argument cannot be 0"));
    }
    let negative_out = c.is_negative();
    let c = c.abs();
    if c.is_one() {
        return Ok(vm.new_int(0));
    }
    let mut b = b.mod_floor(&c);
    let mut e = e;
    if e.is_negative() {
        b = mod_inverse(&b, &c)
            .ok_or_else(|| vm.value_error("base is not invertible for the given modulus"))?;
        e = -e;
    }
    let mut z = b.modpow(&e, &c);
    if negative_out && z.sign() != Sign::NoSign {
        z -= &c;
    }
    Ok(vm.new_bigint(z))
}

/// The inverse of `a` modulo `m > 1`, if `gcd(a, m) == 1`.
fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let (mut old_r, mut r) = (a.clone(), m.clone());
    let (mut old_s, mut s) = (BigInt::one(), BigInt::zero());
    while !r.is_zero() {
        let q = old_r.div_floor(&r);
        let next_r = &old_r - &q * &r;
        old_r = std::mem::replace(&mut r, next_r);
        let next_s = &old_s - &q * &s;
        old_s = std::mem::replace(&mut s, next_s);
    }
    old_r.is_one().then(|| old_s.mod_floor(m))
}
