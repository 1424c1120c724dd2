//! The complex functions of `cmath` on `(real, imag)` pairs: the formulas for finite arguments
//! (after Kahan's "Branch cuts for complex elementary functions", with the scalings that keep
//! intermediate results in range), and the measured tables of `special.rs` for the others.

use super::special::{self, Entry};
use crate::math::libm as m;

/// A complex number as `(real, imag)`.
pub(crate) type C = (f64, f64);

/// Why a function failed: `ValueError` or `OverflowError` ("math domain/range error").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Fail {
    Domain,
    Range,
}

pub(crate) type R = Result<C, Fail>;

const LN2: f64 = std::f64::consts::LN_2;
const LN10: f64 = std::f64::consts::LN_10;
const LARGE: f64 = f64::MAX / 4.0;
const SCALE_UP: i32 = 53;
const SCALE_DOWN: i32 = -27;

fn sqrt_large() -> f64 {
    LARGE.sqrt()
}

fn log_large() -> f64 {
    m::log(LARGE)
}

/// The class of `x` for the special-value tables.
fn class(x: f64) -> usize {
    if x.is_nan() {
        6
    } else if x == f64::NEG_INFINITY {
        0
    } else if x == f64::INFINITY {
        5
    } else if x < 0.0 {
        1
    } else if x == 0.0 {
        if x.is_sign_negative() {
            2
        } else {
            3
        }
    } else {
        4
    }
}

/// The table entry for `z` when a part is not finite (`None` if both are finite or the entry
/// depends on the finite part).
fn special(table: &[[Entry; 7]; 7], z: C) -> Option<R> {
    if z.0.is_finite() && z.1.is_finite() {
        return None;
    }
    let (re, im, err) = table[class(z.0)][class(z.1)];
    match err {
        0 => Some(Ok((re, im))),
        1 => Some(Err(Fail::Domain)),
        2 => Some(Err(Fail::Range)),
        _ => None,
    }
}

fn ldexp(x: f64, e: i32) -> f64 {
    m::ldexp(x, e)
}

pub(crate) fn sqrt(z: C) -> R {
    if let Some(r) = special(&special::SQRT, z) {
        return r;
    }
    let (x, y) = z;
    if x == 0.0 && y == 0.0 {
        return Ok((0.0, y));
    }
    let (mut ax, ay) = (x.abs(), y.abs());
    let s = if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        ax = ldexp(ax, SCALE_UP);
        ldexp(m::sqrt(ax + ax.hypot(ldexp(ay, SCALE_UP))), SCALE_DOWN)
    } else {
        ax /= 8.0;
        2.0 * m::sqrt(ax + ax.hypot(ay / 8.0))
    };
    let d = ay / (2.0 * s);
    Ok(if x >= 0.0 {
        (s, d.copysign(y))
    } else {
        (d, s.copysign(y))
    })
}

pub(crate) fn exp(z: C) -> R {
    let (x, y) = z;
    if !x.is_finite() && y.is_finite() && y != 0.0 && !x.is_nan() {
        let (c, s) = (m::cos(y), m::sin(y));
        return Ok(if x > 0.0 {
            (f64::INFINITY.copysign(c), f64::INFINITY.copysign(s))
        } else {
            (0.0f64.copysign(c), 0.0f64.copysign(s))
        });
    }
    if let Some(r) = special(&special::EXP, z) {
        return r;
    }
    let (re, im) = if x > log_large() {
        let l = m::exp(x - 1.0);
        (
            l * m::cos(y) * std::f64::consts::E,
            l * m::sin(y) * std::f64::consts::E,
        )
    } else {
        let l = m::exp(x);
        (l * m::cos(y), l * m::sin(y))
    };
    range_checked((re, im))
}

fn range_checked(r: C) -> R {
    if r.0.is_infinite() || r.1.is_infinite() {
        Err(Fail::Range)
    } else {
        Ok(r)
    }
}

pub(crate) fn log(z: C) -> R {
    if let Some(r) = special(&special::LOG, z) {
        return r;
    }
    let (x, y) = z;
    let (ax, ay) = (x.abs(), y.abs());
    let re = if ax > LARGE || ay > LARGE {
        m::log((ax / 2.0).hypot(ay / 2.0)) + LN2
    } else if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        if ax > 0.0 || ay > 0.0 {
            m::log(ldexp(ax, 53).hypot(ldexp(ay, 53))) - 53.0 * LN2
        } else {
            return Err(Fail::Domain);
        }
    } else {
        let h = ax.hypot(ay);
        if (0.71..=1.73).contains(&h) {
            let (am, an) = if ax > ay { (ax, ay) } else { (ay, ax) };
            m::log1p((am - 1.0) * (am + 1.0) + an * an) / 2.0
        } else {
            m::log(h)
        }
    };
    Ok((re, m::atan2(y, x)))
}

pub(crate) fn log10(z: C) -> R {
    let (re, im) = log(z)?;
    Ok((re / LN10, im / LN10))
}

pub(crate) fn cosh(z: C) -> R {
    let (x, y) = z;
    if x.is_infinite() && y.is_finite() && y != 0.0 {
        let (c, s) = (m::cos(y), m::sin(y));
        return Ok((
            f64::INFINITY.copysign(c),
            f64::INFINITY.copysign(s) * 1.0f64.copysign(x),
        ));
    }
    if let Some(r) = special(&special::COSH, z) {
        return r;
    }
    let r = if x.abs() > log_large() {
        let x1 = x - 1.0f64.copysign(x);
        let e = std::f64::consts::E;
        (m::cos(y) * m::cosh(x1) * e, m::sin(y) * m::sinh(x1) * e)
    } else {
        (m::cos(y) * m::cosh(x), m::sin(y) * m::sinh(x))
    };
    range_checked(r)
}

pub(crate) fn sinh(z: C) -> R {
    let (x, y) = z;
    if x.is_infinite() && y.is_finite() && y != 0.0 {
        let (c, s) = (m::cos(y), m::sin(y));
        return Ok((
            f64::INFINITY.copysign(c) * 1.0f64.copysign(x),
            f64::INFINITY.copysign(s),
        ));
    }
    if let Some(r) = special(&special::SINH, z) {
        return r;
    }
    let r = if x.abs() > log_large() {
        let x1 = x - 1.0f64.copysign(x);
        let e = std::f64::consts::E;
        (m::cos(y) * m::sinh(x1) * e, m::sin(y) * m::cosh(x1) * e)
    } else {
        (m::cos(y) * m::sinh(x), m::sin(y) * m::cosh(x))
    };
    range_checked(r)
}

pub(crate) fn tanh(z: C) -> R {
    let (x, y) = z;
    if x.is_infinite() && y.is_finite() && y != 0.0 {
        return Ok((
            1.0f64.copysign(x),
            0.0f64.copysign(2.0 * m::sin(y) * m::cos(y)),
        ));
    }
    if let Some(r) = special(&special::TANH, z) {
        return r;
    }
    if x.abs() > sqrt_large() {
        return Ok((
            1.0f64.copysign(x),
            4.0 * m::sin(y) * m::cos(y) * m::exp(-2.0 * x.abs()),
        ));
    }
    let (tx, ty) = (m::tanh(x), m::tan(y));
    let cx = 1.0 / m::cosh(x);
    let txty = tx * ty;
    let denom = 1.0 + txty * txty;
    Ok((tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx))
}

/// `f(i·z)` turned back: the `sin`/`tan`/`asin`/`atan` of `z` through their hyperbolic twins.
fn rotated(f: fn(C) -> R, z: C) -> R {
    let (re, im) = f((-z.1, z.0))?;
    Ok((im, -re))
}

pub(crate) fn cos(z: C) -> R {
    cosh((-z.1, z.0))
}

pub(crate) fn sin(z: C) -> R {
    rotated(sinh, z)
}

pub(crate) fn tan(z: C) -> R {
    rotated(tanh, z)
}

pub(crate) fn asin(z: C) -> R {
    rotated(asinh, z)
}

pub(crate) fn atan(z: C) -> R {
    rotated(atanh, z)
}

fn big_log(x: f64, y: f64) -> f64 {
    m::log((x / 2.0).hypot(y / 2.0)) + LN2 * 2.0
}

pub(crate) fn asinh(z: C) -> R {
    if let Some(r) = special(&special::ASINH, z) {
        return r;
    }
    let (x, y) = z;
    if x.abs() > LARGE || y.abs() > LARGE {
        let re = if y >= 0.0 {
            big_log(x, y).copysign(x)
        } else {
            -big_log(x, y).copysign(-x)
        };
        return Ok((re, m::atan2(y, x.abs())));
    }
    let s1 = sqrt((1.0 + y, -x))?;
    let s2 = sqrt((1.0 - y, x))?;
    Ok((
        m::asinh(s1.0 * s2.1 - s2.0 * s1.1),
        m::atan2(y, s1.0 * s2.0 - s1.1 * s2.1),
    ))
}

pub(crate) fn acos(z: C) -> R {
    if let Some(r) = special(&special::ACOS, z) {
        return r;
    }
    let (x, y) = z;
    if x.abs() > LARGE || y.abs() > LARGE {
        let im = if x < 0.0 {
            -big_log(x, y).copysign(y)
        } else {
            big_log(x, y).copysign(-y)
        };
        return Ok((m::atan2(y.abs(), x), im));
    }
    let s1 = sqrt((1.0 - x, -y))?;
    let s2 = sqrt((1.0 + x, y))?;
    Ok((
        2.0 * m::atan2(s1.0, s2.0),
        m::asinh(s2.0 * s1.1 - s2.1 * s1.0),
    ))
}

pub(crate) fn acosh(z: C) -> R {
    if let Some(r) = special(&special::ACOSH, z) {
        return r;
    }
    let (x, y) = z;
    if x.abs() > LARGE || y.abs() > LARGE {
        return Ok((big_log(x, y), m::atan2(y, x)));
    }
    let s1 = sqrt((x - 1.0, y))?;
    let s2 = sqrt((x + 1.0, y))?;
    Ok((
        m::asinh(s1.0 * s2.0 + s1.1 * s2.1),
        2.0 * m::atan2(s1.1, s2.0),
    ))
}

pub(crate) fn atanh(z: C) -> R {
    if let Some(r) = special(&special::ATANH, z) {
        return r;
    }
    let (x, y) = z;
    if x < 0.0 {
        let (re, im) = atanh((-x, -y))?;
        return Ok((-re, -im));
    }
    let ay = y.abs();
    if x > sqrt_large() || ay > sqrt_large() {
        let h = (x / 2.0).hypot(y / 2.0);
        return Ok((x / 4.0 / h / h, -(std::f64::consts::FRAC_PI_2).copysign(-y)));
    }
    if x == 1.0 && ay < f64::MIN_POSITIVE.sqrt() {
        if ay == 0.0 {
            return Err(Fail::Domain);
        }
        return Ok((
            -m::log(m::sqrt(ay) / m::sqrt(ay.hypot(2.0))),
            (m::atan2(2.0, -ay) / 2.0).copysign(y),
        ));
    }
    Ok((
        m::log1p(4.0 * x / ((1.0 - x) * (1.0 - x) + ay * ay)) / 4.0,
        -m::atan2(-2.0 * y, (1.0 - x) * (1.0 + x) - ay * ay) / 2.0,
    ))
}

/// `rect(r, phi)`.
pub(crate) fn rect(r: f64, phi: f64) -> R {
    if r.is_infinite() && phi.is_finite() && phi != 0.0 {
        let (c, s) = (m::cos(phi), m::sin(phi));
        let sign = 1.0f64.copysign(r);
        return Ok((
            f64::INFINITY.copysign(c) * sign,
            f64::INFINITY.copysign(s) * sign,
        ));
    }
    if let Some(res) = special(&special::RECT, (r, phi)) {
        return res;
    }
    if phi == 0.0 {
        // Keeps the sign of zero as CPython does (r * sin(0) could be a NaN for r = inf).
        return Ok((r, r * phi));
    }
    Ok((r * m::cos(phi), r * m::sin(phi)))
}
