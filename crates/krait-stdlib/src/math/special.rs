//! The functions of `math` that CPython computes with its own algorithms rather than the C
//! library's, reproduced so results agree to the last bit: `gamma` and `lgamma` (a Lanczos
//! approximation, Boost's `lanczos13m53` coefficients), `fsum` (Shewchuk's exact summation with
//! a half-even final rounding), and `hypot`/`dist` (a scaled, compensated vector norm with a
//! final correction step).

use super::{domain, frexp_f64, libm, range};
use crate::convert::{float_value, int_to_f64, int_value, one_arg, overflow, positional, to_f64};
use krait_vm::native::Args;
use krait_vm::{PyResult, Value, Vm};
use std::f64::consts::PI;

/// The Lanczos parameter g, and g - 0.5. (The constants are kept as published; the compiler
/// rounds them to the nearest double.)
#[allow(clippy::excessive_precision)]
const LANCZOS_G: f64 = 6.024_680_040_776_729_583_740_234_375;
#[allow(clippy::excessive_precision)]
const LANCZOS_G_MINUS_HALF: f64 = 5.524_680_040_776_729_583_740_234_375;

/// The numerator and denominator coefficients of the Lanczos rational function.
#[allow(clippy::excessive_precision)]
const LANCZOS_NUM: [f64; 13] = [
    23_531_376_880.410_759_688_572_007_674_451_636_754_734_846_804_940,
    42_919_803_642.649_098_768_957_899_047_001_988_850_926_355_848_959,
    35_711_959_237.355_668_049_440_185_451_547_166_705_960_488_635_843,
    17_921_034_426.037_209_699_919_755_754_458_931_112_671_403_265_390,
    6_039_542_586.352_028_005_064_291_644_307_297_921_069_938_842_070_8,
    1_439_720_407.311_721_673_663_223_072_794_912_393_971_548_578_677_2,
    248_874_557.862_054_156_511_460_386_413_229_423_216_321_251_278_01,
    31_426_415.585_400_194_380_614_231_628_318_205_362_874_684_987_640,
    2_876_370.628_935_372_441_225_409_051_620_849_613_599_114_537_876_8,
    186_056.265_395_223_495_040_294_989_716_045_699_282_207_842_363_28,
    8_071.672_002_365_816_210_638_002_902_272_250_613_821_851_632_502_4,
    210.824_277_751_579_345_872_509_733_920_713_362_711_669_695_802_91,
    2.506_628_274_631_000_270_164_908_177_133_837_338_626_431_079_340_8,
];
const LANCZOS_DEN: [f64; 13] = [
    0.0,
    39_916_800.0,
    120_543_840.0,
    150_917_976.0,
    105_258_076.0,
    45_995_730.0,
    13_339_535.0,
    2_637_558.0,
    357_423.0,
    32_670.0,
    1_925.0,
    66.0,
    1.0,
];

/// The Lanczos sum for `x > 0`, evaluated in `x` below 5 and in `1/x` above (to avoid overflow).
fn lanczos_sum(x: f64) -> f64 {
    let (mut num, mut den) = (0.0, 0.0);
    if x < 5.0 {
        for i in (0..13).rev() {
            num = num * x + LANCZOS_NUM[i];
            den = den * x + LANCZOS_DEN[i];
        }
    } else {
        for i in 0..13 {
            num = num / x + LANCZOS_NUM[i];
            den = den / x + LANCZOS_DEN[i];
        }
    }
    num / den
}

/// `sin(pi * x)`, accurate near the integers (reduced to a quarter period first).
fn sinpi(x: f64) -> f64 {
    let y = libm::fmod(x.abs(), 2.0);
    let r = match (2.0 * y).round() as i64 {
        0 => libm::sin(PI * y),
        1 => libm::cos(PI * (y - 0.5)),
        2 => libm::sin(PI * (1.0 - y)),
        3 => -libm::cos(PI * (y - 1.5)),
        _ => libm::sin(PI * (y - 2.0)),
    };
    1.0f64.copysign(x) * r
}

/// How a special function failed, as C's `errno`.
enum MathError {
    Domain,
    Range,
}

fn tgamma(x: f64) -> Result<f64, MathError> {
    if !x.is_finite() {
        return if x.is_nan() || x > 0.0 {
            Ok(x)
        } else {
            Err(MathError::Domain)
        };
    }
    if x == 0.0 {
        return Err(MathError::Domain);
    }
    if x == x.floor() {
        if x < 0.0 {
            return Err(MathError::Domain);
        }
        if x <= 23.0 {
            // Exact: (x-1)! is representable.
            return Ok((1..x as u64).fold(1.0, |acc, i| acc * i as f64));
        }
    }
    let absx = x.abs();
    if absx < 1e-20 {
        let r = 1.0 / x;
        return if r.is_infinite() {
            Err(MathError::Range)
        } else {
            Ok(r)
        };
    }
    if absx > 200.0 {
        return if x < 0.0 {
            Ok(0.0 / sinpi(x))
        } else {
            Err(MathError::Range)
        };
    }
    let y = absx + LANCZOS_G_MINUS_HALF;
    let z = if absx > LANCZOS_G_MINUS_HALF {
        (y - absx) - LANCZOS_G_MINUS_HALF
    } else {
        (y - LANCZOS_G_MINUS_HALF) - absx
    };
    let z = z * LANCZOS_G / y;
    let r = if x < 0.0 {
        let mut r = -PI / sinpi(absx) / absx * libm::exp(y) / lanczos_sum(absx);
        r -= z * r;
        if absx < 140.0 {
            r / libm::pow(y, absx - 0.5)
        } else {
            let s = libm::pow(y, absx / 2.0 - 0.25);
            r / s / s
        }
    } else {
        let mut r = lanczos_sum(absx) / libm::exp(y);
        r += z * r;
        if absx < 140.0 {
            r * libm::pow(y, absx - 0.5)
        } else {
            let s = libm::pow(y, absx / 2.0 - 0.25);
            r * s * s
        }
    };
    if r.is_infinite() {
        Err(MathError::Range)
    } else {
        Ok(r)
    }
}

fn lgamma_f64(x: f64) -> Result<f64, MathError> {
    if !x.is_finite() {
        return Ok(if x.is_nan() { x } else { f64::INFINITY });
    }
    if x == x.floor() && x <= 2.0 {
        return if x <= 0.0 {
            Err(MathError::Domain)
        } else {
            Ok(0.0)
        };
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return Ok(-libm::log(absx));
    }
    let mut r = libm::log(lanczos_sum(absx)) - LANCZOS_G;
    r += (absx - 0.5) * (libm::log(absx + LANCZOS_G - 0.5) - 1.0);
    if x < 0.0 {
        r = libm::log(PI) - libm::log(sinpi(absx).abs()) - libm::log(absx) - r;
    }
    if r.is_infinite() {
        Err(MathError::Range)
    } else {
        Ok(r)
    }
}

fn special_result(vm: &Vm, r: Result<f64, MathError>) -> PyResult<Value> {
    match r {
        Ok(v) => Ok(Value::float(v)),
        Err(MathError::Domain) => Err(domain(vm)),
        Err(MathError::Range) => Err(range(vm)),
    }
}

pub(super) fn gamma(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let x = to_f64(vm, one_arg(vm, &args, "math.gamma")?)?;
    special_result(vm, tgamma(x))
}

pub(super) fn lgamma(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let x = to_f64(vm, one_arg(vm, &args, "math.lgamma")?)?;
    special_result(vm, lgamma_f64(x))
}

pub(super) fn fsum(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let it = vm.get_iter(one_arg(vm, &args, "math.fsum")?)?;
    // Non-overlapping partial sums, smallest magnitude first; their exact sum is the total.
    let mut partials: Vec<f64> = Vec::new();
    let mut special_sum = 0.0f64;
    let mut inf_sum = 0.0f64;
    while let Some(item) = vm.next(&it)? {
        let original = to_f64(vm, &item)?;
        let mut x = original;
        let mut kept = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[kept] = lo;
                kept += 1;
            }
            x = hi;
        }
        partials.truncate(kept);
        if x != 0.0 {
            if !x.is_finite() {
                // Either an input was infinite or NaN, or the partial sum overflowed.
                if original.is_finite() {
                    return Err(overflow(vm, "intermediate overflow in fsum"));
                }
                if original.is_infinite() {
                    inf_sum += original;
                }
                special_sum += original;
                partials.clear();
            } else {
                partials.push(x);
            }
        }
    }
    if special_sum != 0.0 {
        if inf_sum.is_nan() {
            return Err(vm.value_error("-inf + inf in fsum"));
        }
        return Ok(Value::float(special_sum));
    }
    let mut hi = 0.0f64;
    let mut n = partials.len();
    if n > 0 {
        n -= 1;
        hi = partials[n];
        let mut lo = 0.0f64;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = partials[n];
            hi = x + y;
            lo = y - (hi - x);
            if lo != 0.0 {
                break;
            }
        }
        // Round half to even: if the remainder and the next partial have the same sign, the
        // sum is not exactly half-way and `hi` may need to move by one unit.
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            if y == x - hi {
                hi = x;
            }
        }
    }
    Ok(Value::float(hi))
}

/// A coordinate of `hypot`/`dist` as a float.
fn coordinate(vm: &Vm, v: &Value) -> PyResult<f64> {
    if let Some(x) = float_value(v) {
        return Ok(x);
    }
    if let Some(n) = int_value(v) {
        return int_to_f64(vm, &n);
    }
    to_f64(vm, v)
}

/// The Euclidean norm of `vec` (absolute values, largest `max`), accurate to within one ulp:
/// scaled by a power of two so the largest is near 1, squares summed with their exact
/// low-order parts, then a Newton correction of the square root.
fn vector_norm(vec: &mut [f64], max: f64, found_nan: bool) -> f64 {
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || vec.len() <= 1 {
        return max;
    }
    let (_, max_e) = frexp_f64(max);
    if max_e < -1023 {
        // 2**-max_e would overflow: lift everything out of the subnormal range first.
        for x in vec.iter_mut() {
            *x /= f64::MIN_POSITIVE;
        }
        return f64::MIN_POSITIVE * vector_norm(vec, max / f64::MIN_POSITIVE, found_nan);
    }
    let scale = libm::ldexp(1.0, -max_e);
    // [running sum (starting at 1), low parts of the products, low parts of the sums]
    let mut acc = [1.0f64, 0.0, 0.0];
    fn add_product(acc: &mut [f64; 3], a: f64, b: f64) {
        let hi = a * b;
        let lo = a.mul_add(b, -hi);
        let s = acc[0] + hi;
        let s_lo = (acc[0] - s) + hi;
        acc[0] = s;
        acc[1] += lo;
        acc[2] += s_lo;
    }
    for x in vec.iter() {
        let x = x * scale;
        add_product(&mut acc, x, x);
    }
    let h = libm::sqrt(acc[0] - 1.0 + (acc[1] + acc[2]));
    add_product(&mut acc, -h, h);
    let x = acc[0] - 1.0 + (acc[1] + acc[2]);
    (h + x / (2.0 * h)) / scale
}

pub(super) fn hypot(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error("math.hypot() takes no keyword arguments"));
    }
    let mut vec = Vec::with_capacity(args.pos().len());
    let (mut max, mut found_nan) = (0.0f64, false);
    for v in args.pos() {
        let x = coordinate(vm, v)?.abs();
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
        vec.push(x);
    }
    Ok(Value::float(vector_norm(&mut vec, max, found_nan)))
}

pub(super) fn dist(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = positional(vm, &args, "math.dist", "dist", 2, 2)?;
    let p = vm.collect_iterable(&a[0])?;
    let q = vm.collect_iterable(&a[1])?;
    if p.len() != q.len() {
        return Err(vm.value_error("both points must have the same number of dimensions"));
    }
    let mut vec = Vec::with_capacity(p.len());
    let (mut max, mut found_nan) = (0.0f64, false);
    for (x, y) in p.iter().zip(&q) {
        let d = (coordinate(vm, x)? - coordinate(vm, y)?).abs();
        found_nan |= d.is_nan();
        if d > max {
            max = d;
        }
        vec.push(d);
    }
    Ok(Value::float(vector_norm(&mut vec, max, found_nan)))
}
