//! The `cmath` module (CPython's Modules/cmathmodule.c): the elementary functions of complex
//! numbers with CPython's branch cuts, its results for infinite and NaN arguments (measured on
//! CPython into `special.rs` by tests/tools/gen_cmath_special.py) and its errors
//! ("math domain error" → `ValueError`, "math range error" → `OverflowError`).

mod funcs;
mod special;

use crate::convert::{one_arg, parse_keywords, positional, to_f64};
use crate::math::libm as m;
use funcs::{Fail, C, R};
use krait_vm::native::Args;
use krait_vm::objects::complex::ComplexData;
use krait_vm::protocols::payload;
use krait_vm::{method_table, PyResult, Value, Vm};

method_table!(
    /// The functions of `cmath`.
    FUNCTIONS,
    Static,
    {
    "acos" => acos, "($module, z, /)", "Return the arc cosine of z.";
    "acosh" => acosh, "($module, z, /)", "Return the inverse hyperbolic cosine of z.";
    "asin" => asin, "($module, z, /)", "Return the arc sine of z.";
    "asinh" => asinh, "($module, z, /)", "Return the inverse hyperbolic sine of z.";
    "atan" => atan, "($module, z, /)", "Return the arc tangent of z.";
    "atanh" => atanh, "($module, z, /)", "Return the inverse hyperbolic tangent of z.";
    "cos" => cos, "($module, z, /)", "Return the cosine of z.";
    "cosh" => cosh, "($module, z, /)", "Return the hyperbolic cosine of z.";
    "exp" => exp, "($module, z, /)", "Return the exponential value e**z.";
    "isclose" => isclose, "($module, /, a, b, *, rel_tol=1e-09, abs_tol=0.0)", "Determine whether two complex numbers are close in value.\n\n  rel_tol\n    maximum difference for being considered \"close\", relative to the\n    magnitude of the input values\n  abs_tol\n    maximum difference for being considered \"close\", regardless of the\n    magnitude of the input values\n\nReturn True if a is close in value to b, and False otherwise.\n\nFor the values to be considered close, the difference between them must be\nsmaller than at least one of the tolerances.\n\n-inf, inf and NaN behave similarly to the IEEE 754 Standard. That is, NaN is\nnot close to anything, even itself. inf and -inf are only close to themselves.";
    "isfinite" => isfinite, "($module, z, /)", "Return True if both the real and imaginary parts of z are finite, else False.";
    "isinf" => isinf, "($module, z, /)", "Checks if the real or imaginary part of z is infinite.";
    "isnan" => isnan, "($module, z, /)", "Checks if the real or imaginary part of z not a number (NaN).";
    "log" => log, "($module, z, base=<unrepresentable>, /)", "log(z[, base]) -> the logarithm of z to the given base.\n\nIf the base not specified, returns the natural logarithm (base e) of z.";
    "log10" => log10, "($module, z, /)", "Return the base-10 logarithm of z.";
    "phase" => phase, "($module, z, /)", "Return argument, also known as the phase angle, of a complex.";
    "polar" => polar, "($module, z, /)", "Convert a complex from rectangular coordinates to polar coordinates.\n\nr is the distance from 0 and phi the phase angle.";
    "rect" => rect, "($module, r, phi, /)", "Convert from polar coordinates to rectangular coordinates.";
    "sin" => sin, "($module, z, /)", "Return the sine of z.";
    "sinh" => sinh, "($module, z, /)", "Return the hyperbolic sine of z.";
    "sqrt" => sqrt, "($module, z, /)", "Return the square root of z.";
    "tan" => tan, "($module, z, /)", "Return the tangent of z.";
    "tanh" => tanh, "($module, z, /)", "Return the hyperbolic tangent of z.";
    }
);

/// Creates the `cmath` module.
pub fn init(vm: &Vm) -> PyResult<Value> {
    let md = crate::new_module(vm, "cmath", FUNCTIONS)?;
    vm.module_set(
        &md,
        "__doc__",
        vm.new_str("This module provides access to mathematical functions for complex\nnumbers."),
    )?;
    for (name, x) in [
        ("pi", std::f64::consts::PI),
        ("e", std::f64::consts::E),
        ("tau", std::f64::consts::TAU),
        ("inf", f64::INFINITY),
        ("nan", f64::NAN),
    ] {
        vm.module_set(&md, name, Value::float(x))?;
    }
    vm.module_set(&md, "infj", vm.new_complex(0.0, f64::INFINITY))?;
    vm.module_set(&md, "nanj", vm.new_complex(0.0, f64::NAN))?;
    Ok(md)
}

/// CPython's `PyComplex_AsCComplex`: a complex, `__complex__`, or a real number.
fn to_c(vm: &Vm, v: &Value) -> PyResult<C> {
    if let Some(c) = payload::<ComplexData>(v) {
        return Ok((c.real, c.imag));
    }
    if let Some(f) = vm.lookup_special(v, "__complex__")? {
        let r = vm.call(&f, std::slice::from_ref(v), &[])?;
        return match payload::<ComplexData>(&r) {
            Some(c) => Ok((c.real, c.imag)),
            None => Err(vm.type_error(&format!(
                "__complex__ returned non-complex (type {})",
                vm.type_name(&r)
            ))),
        };
    }
    Ok((to_f64(vm, v)?, 0.0))
}

fn fail(vm: &Vm, f: Fail) -> krait_vm::PyErr {
    match f {
        Fail::Domain => crate::math::domain(vm),
        Fail::Range => crate::math::range(vm),
    }
}

fn result(vm: &Vm, r: R) -> PyResult<Value> {
    match r {
        Ok((re, im)) => Ok(vm.new_complex(re, im)),
        Err(f) => Err(fail(vm, f)),
    }
}

macro_rules! unary {
    ($($name:ident),*) => {$(
        fn $name(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
            let z = to_c(vm, one_arg(vm, &args, concat!("cmath.", stringify!($name)))?)?;
            result(vm, funcs::$name(z))
        }
    )*};
}

unary!(acos, acosh, asin, asinh, atan, atanh, cos, cosh, exp, log10, sin, sinh, sqrt, tan, tanh);

fn z_arg(vm: &Vm, args: &Args<'_>, name: &str) -> PyResult<C> {
    to_c(vm, one_arg(vm, args, &format!("cmath.{name}"))?)
}

fn isfinite(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let z = z_arg(vm, &args, "isfinite")?;
    Ok(Value::bool(z.0.is_finite() && z.1.is_finite()))
}

fn isinf(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let z = z_arg(vm, &args, "isinf")?;
    Ok(Value::bool(z.0.is_infinite() || z.1.is_infinite()))
}

fn isnan(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let z = z_arg(vm, &args, "isnan")?;
    Ok(Value::bool(z.0.is_nan() || z.1.is_nan()))
}

fn phase(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let z = z_arg(vm, &args, "phase")?;
    // As CPython, an underflowing atan2 (libm sets ERANGE) is a range error.
    // SAFETY: `__errno_location` returns this thread's errno, valid for the thread's life.
    unsafe { *libc::__errno_location() = 0 };
    let phi = m::atan2(z.1, z.0);
    // SAFETY: as above.
    if unsafe { *libc::__errno_location() } == libc::ERANGE {
        return Err(crate::math::range(vm));
    }
    Ok(Value::float(phi))
}

fn polar(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let z = z_arg(vm, &args, "polar")?;
    let r = z.0.hypot(z.1);
    if r.is_infinite() && z.0.is_finite() && z.1.is_finite() {
        return Err(crate::math::range(vm));
    }
    let phi = m::atan2(z.1, z.0);
    Ok(vm.new_tuple(vec![Value::float(r), Value::float(phi)]))
}

fn rect(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = positional(vm, &args, "cmath.rect", "rect", 2, 2)?;
    let r = to_f64(vm, &a[0])?;
    let phi = to_f64(vm, &a[1])?;
    result(vm, funcs::rect(r, phi))
}

/// Complex division as CPython's `_Py_c_quot` (`None` for a zero divisor).
fn quot(a: C, b: C) -> Option<C> {
    let (abs_br, abs_bi) = (b.0.abs(), b.1.abs());
    if abs_br >= abs_bi {
        if abs_br == 0.0 {
            return None;
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        Some(((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom))
    } else if abs_bi >= abs_br {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        Some(((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom))
    } else {
        Some((f64::NAN, f64::NAN))
    }
}

fn log(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = positional(vm, &args, "cmath.log", "log", 1, 2)?;
    let z = to_c(vm, &a[0])?;
    let Some(b) = a.get(1) else {
        return result(vm, funcs::log(z));
    };
    let b = to_c(vm, b)?;
    // As CPython, a domain error of log(z) alone is forgotten when a base is given.
    let lz = funcs::log(z).unwrap_or((f64::NEG_INFINITY, m::atan2(z.1, z.0)));
    let lb = funcs::log(b).map_err(|f| fail(vm, f))?;
    match quot(lz, lb) {
        Some((re, im)) => Ok(vm.new_complex(re, im)),
        None => Err(crate::math::domain(vm)),
    }
}

fn isclose(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let v = parse_keywords(
        vm,
        &args,
        "isclose",
        &["a", "b", "rel_tol", "abs_tol"],
        0,
        2,
        2,
    )?;
    let a = to_c(vm, v[0].as_ref().unwrap_or(&Value::NONE))?;
    let b = to_c(vm, v[1].as_ref().unwrap_or(&Value::NONE))?;
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
    if a.0.is_infinite() || a.1.is_infinite() || b.0.is_infinite() || b.1.is_infinite() {
        return Ok(Value::FALSE);
    }
    let diff = (a.0 - b.0).hypot(a.1 - b.1);
    let (ha, hb) = (a.0.hypot(a.1), b.0.hypot(b.1));
    Ok(Value::bool(
        diff <= rel_tol * hb || diff <= rel_tol * ha || diff <= abs_tol,
    ))
}
