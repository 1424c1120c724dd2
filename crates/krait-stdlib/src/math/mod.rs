//! The `math` module (CPython's Modules/mathmodule.c): floating-point functions with C99
//! semantics and CPython's error mapping ("math domain error" → `ValueError`, "math range
//! error" → `OverflowError`), plus the integer functions on ints of any size.

mod integer;
pub mod libm;
mod special;

use crate::convert::{float_value, int_value, one_arg, overflow, positional, to_f64};
use integer::{comb, factorial, gcd, isqrt, lcm, perm, prod};
use krait_vm::native::Args;
use krait_vm::{method_table, PyErr, PyResult, Value, Vm};
use num_bigint::BigInt;
use num_traits::FromPrimitive;
use special::{dist, fsum, gamma, hypot, lgamma};

method_table!(
    /// The functions of `math`.
    FUNCTIONS,
    Static,
    {
    "acos" => acos, "($module, x, /)", "Return the arc cosine (measured in radians) of x.";
    "acosh" => acosh, "($module, x, /)", "Return the inverse hyperbolic cosine of x.";
    "asin" => asin, "($module, x, /)", "Return the arc sine (measured in radians) of x.";
    "asinh" => asinh, "($module, x, /)", "Return the inverse hyperbolic sine of x.";
    "atan" => atan, "($module, x, /)", "Return the arc tangent (measured in radians) of x.";
    "atan2" => atan2, "($module, y, x, /)", "Return the arc tangent (measured in radians) of y/x.";
    "atanh" => atanh, "($module, x, /)", "Return the inverse hyperbolic tangent of x.";
    "cbrt" => cbrt, "($module, x, /)", "Return the cube root of x.";
    "ceil" => ceil, "($module, x, /)", "Return the ceiling of x as an Integral.";
    "comb" => comb, "($module, n, k, /)", "Number of ways to choose k items from n items without repetition and without order.";
    "copysign" => copysign, "($module, x, y, /)", "Return a float with the magnitude (absolute value) of x but the sign of y.";
    "cos" => cos, "($module, x, /)", "Return the cosine of x (measured in radians).";
    "cosh" => cosh, "($module, x, /)", "Return the hyperbolic cosine of x.";
    "degrees" => degrees, "($module, x, /)", "Convert angle x from radians to degrees.";
    "dist" => dist, "($module, p, q, /)", "Return the Euclidean distance between two points p and q.";
    "erf" => erf, "($module, x, /)", "Error function at x.";
    "erfc" => erfc, "($module, x, /)", "Complementary error function at x.";
    "exp" => exp, "($module, x, /)", "Return e raised to the power of x.";
    "exp2" => exp2, "($module, x, /)", "Return 2 raised to the power of x.";
    "expm1" => expm1, "($module, x, /)", "Return exp(x)-1.";
    "fabs" => fabs, "($module, x, /)", "Return the absolute value of the float x.";
    "factorial" => factorial, "($module, n, /)", "Find n!.";
    "floor" => floor, "($module, x, /)", "Return the floor of x as an Integral.";
    "fmod" => fmod, "($module, x, y, /)", "Return fmod(x, y), according to platform C.";
    "frexp" => frexp, "($module, x, /)", "Return the mantissa and exponent of x, as pair (m, e).";
    "fsum" => fsum, "($module, seq, /)", "Return an accurate floating point sum of values in the iterable seq.";
    "gamma" => gamma, "($module, x, /)", "Gamma function at x.";
    "gcd" => gcd, "($module, *integers)", "Greatest Common Divisor.";
    "hypot" => hypot, "($module, *coordinates)", "Multidimensional Euclidean distance from the origin to a point.";
    "isclose" => isclose, "($module, /, a, b, *, rel_tol=1e-09, abs_tol=0.0)", "Determine whether two floating point numbers are close in value.";
    "isfinite" => isfinite, "($module, x, /)", "Return True if x is neither an infinity nor a NaN, and False otherwise.";
    "isinf" => isinf, "($module, x, /)", "Return True if x is a positive or negative infinity, and False otherwise.";
    "isnan" => isnan, "($module, x, /)", "Return True if x is a NaN (not a number), and False otherwise.";
    "isqrt" => isqrt, "($module, n, /)", "Return the integer part of the square root of the input.";
    "lcm" => lcm, "($module, *integers)", "Least Common Multiple.";
    "ldexp" => ldexp, "($module, x, i, /)", "Return x * (2**i).";
    "lgamma" => lgamma, "($module, x, /)", "Natural logarithm of absolute value of Gamma function at x.";
    "log" => log, "(x, [base=math.e])", "Return the logarithm of x to the given base.";
    "log10" => log10, "($module, x, /)", "Return the base 10 logarithm of x.";
    "log1p" => log1p, "($module, x, /)", "Return the natural logarithm of 1+x (base e).";
    "log2" => log2, "($module, x, /)", "Return the base 2 logarithm of x.";
    "modf" => modf, "($module, x, /)", "Return the fractional and integer parts of x.";
    "nextafter" => nextafter, "($module, x, y, /)", "Return the next floating-point value after x towards y.";
    "perm" => perm, "($module, n, k=None, /)", "Number of ways to choose k items from n items without repetition and with order.";
    "pow" => pow, "($module, x, y, /)", "Return x**y (x to the power of y).";
    "prod" => prod, "($module, iterable, /, *, start=1)", "Calculate the product of all the elements in the input iterable.";
    "radians" => radians, "($module, x, /)", "Convert angle x from degrees to radians.";
    "remainder" => remainder, "($module, x, y, /)", "Difference between x and the closest integer multiple of y.";
    "sin" => sin, "($module, x, /)", "Return the sine of x (measured in radians).";
    "sinh" => sinh, "($module, x, /)", "Return the hyperbolic sine of x.";
    "sqrt" => sqrt, "($module, x, /)", "Return the square root of x.";
    "tan" => tan, "($module, x, /)", "Return the tangent of x (measured in radians).";
    "tanh" => tanh, "($module, x, /)", "Return the hyperbolic tangent of x.";
    "trunc" => trunc, "($module, x, /)", "Truncates the Real x to the nearest Integral toward 0.";
    "ulp" => ulp, "($module, x, /)", "Return the value of the least significant bit of the float x.";
    }
);

/// Creates the `math` module.
pub fn init(vm: &Vm) -> PyResult<Value> {
    let m = crate::new_module(vm, "math", FUNCTIONS)?;
    vm.module_set(
        &m,
        "__doc__",
        vm.new_str(
            "This module provides access to the mathematical functions\ndefined by the C standard.",
        ),
    )?;
    for (name, x) in [
        ("pi", std::f64::consts::PI),
        ("e", std::f64::consts::E),
        ("tau", std::f64::consts::TAU),
        ("inf", f64::INFINITY),
        ("nan", f64::NAN),
    ] {
        vm.module_set(&m, name, Value::float(x))?;
    }
    Ok(m)
}

/// `ValueError("math domain error")`.
pub(crate) fn domain(vm: &Vm) -> PyErr {
    vm.value_error("math domain error")
}

/// `OverflowError("math range error")`.
pub(crate) fn range(vm: &Vm) -> PyErr {
    overflow(vm, "math range error")
}

/// A one-argument function of a float, with the error mapping of CPython's `math_1`: a NaN from
/// a non-NaN is a domain error; an infinity from a finite value is a range error if the function
/// can overflow, else a domain error (a pole, as `atanh(1)`).
fn math_1(
    vm: &Vm,
    args: Args<'_>,
    name: &str,
    f: fn(f64) -> f64,
    can_overflow: bool,
) -> PyResult<Value> {
    let x = to_f64(vm, one_arg(vm, &args, name)?)?;
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain(vm));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow { range(vm) } else { domain(vm) });
    }
    Ok(Value::float(r))
}

macro_rules! unary {
    ($( $name:ident => $f:expr, $can_overflow:literal; )*) => {
        $(
            fn $name(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
                math_1(vm, args, concat!("math.", stringify!($name)), $f, $can_overflow)
            }
        )*
    };
}

unary! {
    acos => libm::acos, false;
    acosh => libm::acosh, false;
    asin => libm::asin, false;
    asinh => libm::asinh, false;
    atan => libm::atan, false;
    atanh => libm::atanh, false;
    cbrt => libm::cbrt, false;
    cos => libm::cos, false;
    cosh => libm::cosh, true;
    erf => libm::erf, false;
    erfc => libm::erfc, false;
    exp => libm::exp, true;
    exp2 => libm::exp2, true;
    expm1 => libm::expm1, true;
    fabs => f64::abs, false;
    log1p => libm::log1p, false;
    sin => libm::sin, false;
    sinh => libm::sinh, true;
    sqrt => libm::sqrt, false;
    tan => libm::tan, false;
    tanh => libm::tanh, false;
}

/// Two floats of a positional-only two-argument function.
fn two_floats(vm: &Vm, args: &Args<'_>, name: &str) -> PyResult<(f64, f64)> {
    let a = positional(vm, args, &format!("math.{name}"), name, 2, 2)?;
    Ok((to_f64(vm, &a[0])?, to_f64(vm, &a[1])?))
}

/// A two-argument function with CPython's `math_2` error mapping.
fn math_2(vm: &Vm, args: Args<'_>, name: &str, f: fn(f64, f64) -> f64) -> PyResult<Value> {
    let (x, y) = two_floats(vm, &args, name)?;
    let r = f(x, y);
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain(vm));
    }
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(range(vm));
    }
    Ok(Value::float(r))
}

fn atan2(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    math_2(vm, args, "atan2", libm::atan2)
}

fn copysign(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    math_2(vm, args, "copysign", f64::copysign)
}

fn remainder(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    math_2(vm, args, "remainder", libm::remainder)
}

fn nextafter(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (x, y) = two_floats(vm, &args, "nextafter")?;
    Ok(Value::float(libm::nextafter(x, y)))
}

fn fmod(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (x, y) = two_floats(vm, &args, "fmod")?;
    if y.is_infinite() && x.is_finite() {
        return Ok(Value::float(x));
    }
    let r = libm::fmod(x, y);
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain(vm));
    }
    Ok(Value::float(r))
}

fn pow(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (x, y) = two_floats(vm, &args, "pow")?;
    let r = if !x.is_finite() || !y.is_finite() {
        // C99 Annex F for the non-finite cases, decided here rather than trusting the platform.
        if x.is_nan() {
            if y == 0.0 {
                1.0
            } else {
                x
            }
        } else if y.is_nan() {
            if x == 1.0 {
                1.0
            } else {
                y
            }
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && libm::fmod(y.abs(), 2.0) == 1.0;
            if y > 0.0 {
                if odd_y {
                    x
                } else {
                    x.abs()
                }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0.0f64.copysign(x)
            } else {
                0.0
            }
        } else if x.abs() == 1.0 {
            1.0
        } else if (y > 0.0) == (x.abs() > 1.0) {
            f64::INFINITY
        } else {
            0.0
        }
    } else {
        let r = libm::pow(x, y);
        if r.is_nan() {
            return Err(domain(vm));
        }
        if r.is_infinite() {
            return Err(if x == 0.0 { domain(vm) } else { range(vm) });
        }
        r
    };
    Ok(Value::float(r))
}

/// `int(x)` of a float rounded to an integer, with `PyLong_FromDouble`'s errors.
pub(crate) fn float_to_int(vm: &Vm, x: f64) -> PyResult<Value> {
    if x.is_infinite() {
        return Err(overflow(vm, "cannot convert float infinity to integer"));
    }
    if x.is_nan() {
        return Err(vm.value_error("cannot convert float NaN to integer"));
    }
    Ok(vm.new_bigint(BigInt::from_f64(x).unwrap_or_default()))
}

/// `floor`/`ceil`: a float directly, an int unchanged, else the special method, else the float
/// value of the argument.
fn rounding(
    vm: &Vm,
    args: Args<'_>,
    name: &str,
    special: &str,
    f: fn(f64) -> f64,
) -> PyResult<Value> {
    let x = one_arg(vm, &args, name)?;
    if let Some(v) = x.as_float() {
        return float_to_int(vm, f(v));
    }
    if let Some(n) = int_value(x) {
        return Ok(vm.new_bigint(n));
    }
    if let Some(m) = vm.lookup_special(x, special)? {
        return vm.call(&m, std::slice::from_ref(x), &[]);
    }
    float_to_int(vm, f(to_f64(vm, x)?))
}

fn floor(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    rounding(vm, args, "math.floor", "__floor__", f64::floor)
}

fn ceil(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    rounding(vm, args, "math.ceil", "__ceil__", f64::ceil)
}

fn trunc(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let x = one_arg(vm, &args, "math.trunc")?;
    if let Some(v) = float_value(x) {
        return float_to_int(vm, v.trunc());
    }
    if let Some(n) = int_value(x) {
        return Ok(vm.new_bigint(n));
    }
    match vm.lookup_special(x, "__trunc__")? {
        Some(m) => vm.call(&m, std::slice::from_ref(x), &[]),
        None => Err(vm.type_error(&format!(
            "type {} doesn't define __trunc__ method",
            vm.type_name(x)
        ))),
    }
}

/// `frexp` on a finite non-zero float: the mantissa in [0.5, 1) and the exponent.
pub(crate) fn frexp_f64(x: f64) -> (f64, i32) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: scale into the normal range first.
        let (m, e) = frexp_f64(x * f64::from_bits(0x4350_0000_0000_0000)); // 2**54
        return (m, e - 54);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022)
}

fn frexp(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let x = to_f64(vm, one_arg(vm, &args, "math.frexp")?)?;
    let (m, e) = frexp_f64(x);
    Ok(vm.new_tuple(vec![Value::float(m), vm.new_int(i64::from(e))]))
}

fn ldexp(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = positional(vm, &args, "math.ldexp", "ldexp", 2, 2)?;
    let x = to_f64(vm, &a[0])?;
    let Some(i) = int_value(&a[1]) else {
        return Err(vm.type_error("Expected an int as second argument to ldexp."));
    };
    if x == 0.0 || !x.is_finite() {
        return Ok(Value::float(x));
    }
    let e = i32::try_from(i.clamp(BigInt::from(i32::MIN), BigInt::from(i32::MAX))).unwrap_or(0);
    let r = libm::ldexp(x, e);
    if r.is_infinite() {
        return Err(range(vm));
    }
    Ok(Value::float(r))
}

fn modf(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let x = to_f64(vm, one_arg(vm, &args, "math.modf")?)?;
    let (frac, int) = if x.is_infinite() {
        (0.0f64.copysign(x), x)
    } else if x.is_nan() {
        (x, x)
    } else {
        let t = x.trunc();
        ((x - t).copysign(x), t)
    };
    Ok(vm.new_tuple(vec![Value::float(frac), Value::float(int)]))
}

/// The logarithm of an int or float argument (CPython's `loghelper`): ints too large for a
/// float are split into mantissa and power of two first.
fn log_of(vm: &Vm, x: &Value, f: fn(f64) -> f64) -> PyResult<f64> {
    if let Some(n) = int_value(x) {
        if n.sign() != num_bigint::Sign::Plus {
            return Err(domain(vm));
        }
        if let Some(v) = num_traits::ToPrimitive::to_f64(&n).filter(|v| v.is_finite()) {
            return log_float(vm, v, f);
        }
        let bits = n.bits();
        let shift = bits - 64;
        let mut top: u64 = num_traits::ToPrimitive::to_u64(&(&n >> shift)).unwrap_or(u64::MAX);
        if n.trailing_zeros().unwrap_or(0) < shift {
            top |= 1; // sticky bit, so the conversion below rounds correctly
        }
        let m = top as f64 / 18446744073709551616.0; // 2**64
        return Ok(f(m) + f(2.0) * bits as f64);
    }
    log_float(vm, to_f64(vm, x)?, f)
}

/// CPython's `m_log`/`m_log2`/`m_log10`: zero and negatives are domain errors.
fn log_float(vm: &Vm, x: f64, f: fn(f64) -> f64) -> PyResult<f64> {
    if x.is_nan() || x == f64::INFINITY {
        return Ok(x);
    }
    if x > 0.0 {
        Ok(f(x))
    } else {
        Err(domain(vm))
    }
}

fn log(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error("math.log() takes no keyword arguments"));
    }
    let a = args.pos();
    if a.is_empty() || a.len() > 2 {
        return Err(vm.type_error("math.log requires 1 to 2 arguments"));
    }
    let num = log_of(vm, &a[0], libm::log)?;
    if a.len() == 1 {
        return Ok(Value::float(num));
    }
    let den = log_of(vm, &a[1], libm::log)?;
    if den == 0.0 {
        return Err(vm.new_error(&vm.types.zero_division_error, "float division by zero"));
    }
    Ok(Value::float(num / den))
}

fn log2(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let x = one_arg(vm, &args, "math.log2")?;
    Ok(Value::float(log_of(vm, x, libm::log2)?))
}

fn log10(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let x = one_arg(vm, &args, "math.log10")?;
    Ok(Value::float(log_of(vm, x, libm::log10)?))
}

fn degrees(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let x = to_f64(vm, one_arg(vm, &args, "math.degrees")?)?;
    Ok(Value::float(x * (180.0 / std::f64::consts::PI)))
}

fn radians(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let x = to_f64(vm, one_arg(vm, &args, "math.radians")?)?;
    Ok(Value::float(x * (std::f64::consts::PI / 180.0)))
}

fn isfinite(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let x = to_f64(vm, one_arg(vm, &args, "math.isfinite")?)?;
    Ok(Value::bool(x.is_finite()))
}

fn isinf(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let x = to_f64(vm, one_arg(vm, &args, "math.isinf")?)?;
    Ok(Value::bool(x.is_infinite()))
}

fn isnan(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let x = to_f64(vm, one_arg(vm, &args, "math.isnan")?)?;
    Ok(Value::bool(x.is_nan()))
}

fn ulp(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let x = to_f64(vm, one_arg(vm, &args, "math.ulp")?)?;
    if x.is_nan() {
        return Ok(Value::float(x));
    }
    let x = x.abs();
    if x.is_infinite() {
        return Ok(Value::float(x));
    }
    let up = libm::nextafter(x, f64::INFINITY);
    if up.is_infinite() {
        return Ok(Value::float(x - libm::nextafter(x, f64::NEG_INFINITY)));
    }
    Ok(Value::float(up - x))
}

fn isclose(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let v = crate::convert::parse_keywords(
        vm,
        &args,
        "isclose",
        &["a", "b", "rel_tol", "abs_tol"],
        0,
        2,
        2,
    )?;
    let a = to_f64(vm, v[0].as_ref().unwrap_or(&Value::NONE))?;
    let b = to_f64(vm, v[1].as_ref().unwrap_or(&Value::NONE))?;
    let rel_tol = match &v[2] {
        Some(x) => to_f64(vm, x)?,
        None => 1e-9,
    };
    let abs_tol = match &v[3] {
        Some(x) => to_f64(vm, x)?,
        None => 0.0,
    };
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(Value::TRUE);
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::FALSE);
    }
    let diff = (b - a).abs();
    Ok(Value::bool(
        diff <= (rel_tol * b).abs() || diff <= (rel_tol * a).abs() || diff <= abs_tol,
    ))
}
