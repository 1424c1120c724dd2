//! Methods and attributes of `int` and `float` (CPython's Objects/longobject.c and
//! floatobject.c): `real`/`imag`/`numerator`/`denominator`, `bit_length`, `bit_count`,
//! `to_bytes`/`from_bytes`, `as_integer_ratio`, `conjugate`, `is_integer`, `hex`/`fromhex`.
//! The attributes are read-only properties whose getters are native functions.

use crate::builtins::rounding::{bind_args, index_value, int_value};
use crate::error::PyResult;
use crate::heap;
use crate::native::{method_table, Args, MethodDef, NativeFunctionData};
use crate::objects::bytes::BytesData;
use crate::objects::method::{WrapperData, WrapperKind};
use crate::objects::str::StrData;
use crate::protocols::payload;
use crate::slot::Slot;
use crate::value::Value;
use crate::vm::Vm;
use num_bigint::{BigInt, Sign};
use num_traits::{One, Signed, ToPrimitive, Zero};

method_table!(
    /// The methods of `int`.
    INT_METHODS,
    Method,
    {
    "bit_length" => bit_length, "($self, /)", "Number of bits necessary to represent self in binary.";
    "bit_count" => bit_count, "($self, /)", "Number of ones in the binary representation of the absolute value of self.";
    "to_bytes" => to_bytes, "($self, /, length=1, byteorder='big', *, signed=False)", "Return an array of bytes representing an integer.";
    "as_integer_ratio" => int_as_integer_ratio, "($self, /)", "Return integer ratio.";
    "conjugate" => int_conjugate, "($self, /)", "Returns self, the complex conjugate of any int.";
    }
);

method_table!(
    /// The class methods of `int`.
    INT_CLASS_METHODS,
    Class,
    {
    "from_bytes" => from_bytes, "($type, /, bytes, byteorder='big', *, signed=False)", "Return the integer represented by the given array of bytes.";
    }
);

method_table!(
    /// The getters of `int`'s attributes.
    INT_GETTERS,
    Static,
    {
    "real" => int_self, "(self)", "the real part of a complex number";
    "imag" => int_zero, "(self)", "the imaginary part of a complex number";
    "numerator" => int_self, "(self)", "the numerator of a rational number in lowest terms";
    "denominator" => int_one, "(self)", "the denominator of a rational number in lowest terms";
    }
);

method_table!(
    /// The methods of `float`.
    FLOAT_METHODS,
    Method,
    {
    "is_integer" => float_is_integer, "($self, /)", "Return True if the float is an integer.";
    "as_integer_ratio" => float_as_integer_ratio, "($self, /)", "Return integer ratio.";
    "hex" => float_hex, "($self, /)", "Return a hexadecimal representation of a floating-point number.";
    "conjugate" => float_conjugate, "($self, /)", "Return self, the complex conjugate of any float.";
    }
);

method_table!(
    /// The class methods of `float`.
    FLOAT_CLASS_METHODS,
    Class,
    {
    "fromhex" => float_fromhex, "($type, string, /)", "Create a floating-point number from a hexadecimal string.";
    }
);

method_table!(
    /// The getters of `float`'s attributes.
    FLOAT_GETTERS,
    Static,
    {
    "real" => float_conjugate, "(self)", "the real part of a complex number";
    "imag" => float_zero, "(self)", "the imaginary part of a complex number";
    }
);

/// Installs the methods and attributes into `int` and `float`.
pub fn install(vm: &Vm) {
    let t = &vm.types;
    crate::native::install_methods(vm, &t.int, INT_METHODS);
    crate::native::install_methods(vm, &t.int, INT_CLASS_METHODS);
    crate::native::install_methods(vm, &t.float, FLOAT_METHODS);
    crate::native::install_methods(vm, &t.float, FLOAT_CLASS_METHODS);
    install_getters(vm, &t.int, INT_GETTERS);
    install_getters(vm, &t.float, FLOAT_GETTERS);
}

/// Puts a read-only property per getter into the type's dict.
pub(crate) fn install_getters(vm: &Vm, ty: &Value, defs: &'static [MethodDef]) {
    let Some(td) = crate::vm::type_data(ty) else {
        return;
    };
    for def in defs {
        let getter = heap::alloc(
            vm.types.builtin_function.to_obj(),
            NativeFunctionData {
                def,
                self_: Slot::new(Value::NULL),
            },
        )
        .into_value();
        let prop = WrapperData {
            kind: WrapperKind::Property,
            func: Slot::new(getter),
            fset: Slot::new(Value::NONE),
            fdel: Slot::new(Value::NONE),
            doc: Slot::new(vm.new_str(def.doc)),
        };
        let prop = heap::alloc(vm.types.property.to_obj(), prop).into_value();
        let _ = vm.dict_set_item(&td.dict(), vm.intern(def.name), prop);
    }
    td.modified();
}

/// `self` as a big integer (any int or bool).
fn this_int(vm: &Vm, args: Args<'_>, name: &str) -> PyResult<BigInt> {
    let recv = args
        .pos()
        .first()
        .ok_or_else(|| vm.type_error(&format!("{name}() needs an argument")))?;
    int_value(recv).ok_or_else(|| vm.type_error(&format!("{name}() requires an int")))
}

/// `self` of a method without arguments, as a big integer.
fn noargs_int(vm: &Vm, args: Args<'_>, name: &str) -> PyResult<BigInt> {
    let n = this_int(vm, args, name)?;
    args.no_kwargs(vm, &format!("int.{name}"))?;
    if args.pos().len() != 1 {
        return Err(vm.type_error(&format!(
            "int.{name}() takes no arguments ({} given)",
            args.pos().len() - 1
        )));
    }
    Ok(n)
}

fn int_self(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(vm.new_bigint(this_int(vm, args, "real")?))
}

fn int_zero(_vm: &Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::small_int(0).unwrap_or(Value::NONE))
}

fn int_one(_vm: &Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::small_int(1).unwrap_or(Value::NONE))
}

fn bit_length(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let n = noargs_int(vm, args, "bit_length")?;
    Ok(vm.new_int(n.bits() as i64))
}

fn bit_count(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let n = noargs_int(vm, args, "bit_count")?;
    let ones: u64 = n
        .magnitude()
        .iter_u64_digits()
        .map(|d| d.count_ones() as u64)
        .sum();
    Ok(vm.new_int(ones as i64))
}

fn int_as_integer_ratio(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let n = noargs_int(vm, args, "as_integer_ratio")?;
    Ok(vm.new_tuple(vec![vm.new_bigint(n), vm.new_int(1)]))
}

fn int_conjugate(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(vm.new_bigint(noargs_int(vm, args, "conjugate")?))
}

/// `byteorder` as little-endian or not, with CPython's messages.
fn little_endian(vm: &Vm, fname: &str, v: Option<&Value>) -> PyResult<bool> {
    let Some(v) = v else {
        return Ok(false);
    };
    let Some(s) = payload::<StrData>(v) else {
        return Err(vm.type_error(&format!(
            "{fname}() argument 'byteorder' must be str, not {}",
            vm.type_name(v)
        )));
    };
    match s.to_string_lossy().as_str() {
        "little" => Ok(true),
        "big" => Ok(false),
        _ => Err(vm.value_error("byteorder must be either 'little' or 'big'")),
    }
}

fn to_bytes(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let n = this_int(vm, args, "to_bytes")?;
    let rest = Args {
        values: &args.values[1..],
        kwnames: args.kwnames,
    };
    let a = bind_args(vm, rest, "to_bytes", &["length", "byteorder", "signed"], 0)?;
    let length = match &a[0] {
        Some(l) => index_value(vm, l)?,
        None => BigInt::one(),
    };
    if length.is_negative() {
        return Err(vm.value_error("length argument must be non-negative"));
    }
    let length = length
        .to_usize()
        .ok_or_else(|| vm.new_error(&vm.types.overflow_error, "length too large"))?;
    let little = little_endian(vm, "to_bytes", a[1].as_ref())?;
    let signed = match &a[2] {
        Some(s) => vm.is_true(s)?,
        None => false,
    };
    if !signed && n.is_negative() {
        return Err(vm.new_error(
            &vm.types.overflow_error,
            "can't convert negative int to unsigned",
        ));
    }
    let mut bytes = n.to_signed_bytes_le();
    if !signed || !n.is_negative() {
        // Unsigned bytes: drop the sign byte to_signed_bytes may have added.
        bytes = n.magnitude().to_bytes_le();
        if n.is_zero() {
            bytes.clear();
        }
        if signed && bytes.last().is_some_and(|b| b & 0x80 != 0) {
            bytes.push(0);
        }
    }
    if bytes.len() > length {
        return Err(vm.new_error(&vm.types.overflow_error, "int too big to convert"));
    }
    let fill = if n.is_negative() { 0xFF } else { 0 };
    bytes.resize(length, fill);
    if !little {
        bytes.reverse();
    }
    Ok(vm.new_bytes(bytes))
}

fn from_bytes(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let cls = args.pos().first().cloned().unwrap_or(Value::NONE);
    let rest = Args {
        values: &args.values[1..],
        kwnames: args.kwnames,
    };
    let a = bind_args(vm, rest, "from_bytes", &["bytes", "byteorder", "signed"], 1)?;
    let src = a[0].clone().unwrap_or(Value::NONE);
    let mut bytes: Vec<u8> = match payload::<BytesData>(&src) {
        Some(b) => b.bytes.to_vec(),
        None => {
            let mut out = Vec::new();
            for item in vm.collect_iterable(&src)? {
                let v = index_value(vm, &item)?;
                let b = v
                    .to_u8()
                    .ok_or_else(|| vm.value_error("bytes must be in range(0, 256)"))?;
                out.push(b);
            }
            out
        }
    };
    let little = little_endian(vm, "from_bytes", a[1].as_ref())?;
    let signed = match &a[2] {
        Some(s) => vm.is_true(s)?,
        None => false,
    };
    if !little {
        bytes.reverse();
    }
    let n = if signed {
        BigInt::from_signed_bytes_le(&bytes)
    } else {
        BigInt::from_bytes_le(Sign::Plus, &bytes)
    };
    let v = vm.new_bigint(n);
    if cls.is(&vm.types.int) {
        return Ok(v);
    }
    vm.call(&cls, &[v], &[])
}

/// `self` of a float method without arguments.
fn noargs_float(vm: &Vm, args: Args<'_>, name: &str) -> PyResult<f64> {
    let x = args
        .pos()
        .first()
        .and_then(Value::as_float)
        .ok_or_else(|| vm.type_error(&format!("float.{name}() requires a float")))?;
    args.no_kwargs(vm, &format!("float.{name}"))?;
    if args.pos().len() != 1 {
        return Err(vm.type_error(&format!(
            "float.{name}() takes no arguments ({} given)",
            args.pos().len() - 1
        )));
    }
    Ok(x)
}

fn float_is_integer(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let x = noargs_float(vm, args, "is_integer")?;
    Ok(Value::bool(x.is_finite() && x == x.floor()))
}

fn float_conjugate(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let x = args
        .pos()
        .first()
        .and_then(Value::as_float)
        .ok_or_else(|| vm.type_error("float method requires a float"))?;
    Ok(Value::float(x))
}

fn float_zero(_vm: &Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::float(0.0))
}

/// `(mantissa, exponent)` with `|x| == mantissa * 2**exponent` exactly (finite, nonzero `x`).
fn decompose(x: f64) -> (u64, i64) {
    let bits = x.abs().to_bits();
    let (biased, frac) = ((bits >> 52) as i64, bits & ((1 << 52) - 1));
    if biased == 0 {
        (frac, -1074)
    } else {
        (frac | (1 << 52), biased - 1075)
    }
}

fn float_as_integer_ratio(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let x = noargs_float(vm, args, "as_integer_ratio")?;
    if x.is_infinite() {
        return Err(vm.new_error(
            &vm.types.overflow_error,
            "cannot convert Infinity to integer ratio",
        ));
    }
    if x.is_nan() {
        return Err(vm.value_error("cannot convert NaN to integer ratio"));
    }
    if x == 0.0 {
        return Ok(vm.new_tuple(vec![vm.new_int(0), vm.new_int(1)]));
    }
    let (m, e) = decompose(x);
    let tz = m.trailing_zeros() as i64;
    let (m, e) = (m >> tz, e + tz);
    let mut num = BigInt::from(m);
    if x < 0.0 {
        num = -num;
    }
    let mut den = BigInt::one();
    if e >= 0 {
        num <<= e as usize;
    } else {
        den <<= (-e) as usize;
    }
    Ok(vm.new_tuple(vec![vm.new_bigint(num), vm.new_bigint(den)]))
}

fn float_hex(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let x = noargs_float(vm, args, "hex")?;
    Ok(vm.new_str(&hex_of(x)))
}

/// `float.hex()`: `[-]0x1.<13 hex digits>p<exp>`, subnormals as `0x0.…p-1022`.
fn hex_of(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf" } else { "-inf" }.into();
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = x.abs().to_bits();
    let (biased, frac) = ((bits >> 52) as i64, bits & ((1 << 52) - 1));
    let (lead, exp) = if biased == 0 {
        (0, -1022)
    } else {
        (1, biased - 1023)
    };
    let esign = if exp >= 0 { "+" } else { "-" };
    format!("{sign}0x{lead}.{frac:013x}p{esign}{}", exp.abs())
}

fn float_fromhex(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_range(vm, "fromhex", 2, 2)?;
    let Some(s) = payload::<StrData>(&a[1]) else {
        return Err(vm.type_error(&format!(
            "fromhex() argument must be str, not {}",
            vm.type_name(&a[1])
        )));
    };
    let x = parse_hex_float(&s.to_string_lossy()).map_err(|overflow| {
        if overflow {
            vm.new_error(
                &vm.types.overflow_error,
                "hexadecimal value too large to represent as a float",
            )
        } else {
            vm.value_error("invalid hexadecimal floating-point string")
        }
    })?;
    let r = Value::float(x);
    if a[0].is(&vm.types.float) {
        return Ok(r);
    }
    vm.call(&a[0], &[r], &[])
}

/// Parses `float.fromhex` syntax; `Err(true)` on overflow, `Err(false)` when malformed.
fn parse_hex_float(text: &str) -> Result<f64, bool> {
    let t = text.trim();
    let (neg, body) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = body.to_ascii_lowercase();
    let special = match lower.as_str() {
        "inf" | "infinity" => Some(f64::INFINITY),
        "nan" => Some(f64::NAN),
        _ => None,
    };
    if let Some(v) = special {
        return Ok(if neg { -v } else { v });
    }
    let body = lower.strip_prefix("0x").unwrap_or(&lower);
    let (mant, exp) = match body.split_once('p') {
        Some((m, e)) => (m, Some(e)),
        None => (body, None),
    };
    let (int_part, frac_part) = mant.split_once('.').unwrap_or((mant, ""));
    if int_part.is_empty() && frac_part.is_empty() {
        return Err(false);
    }
    let digits = format!("{int_part}{frac_part}");
    if !digits.bytes().all(|c| c.is_ascii_hexdigit()) {
        return Err(false);
    }
    let mut e: i64 = match exp {
        Some(e) => {
            let ok = !e.is_empty()
                && e.trim_start_matches(['+', '-'])
                    .bytes()
                    .all(|c| c.is_ascii_digit())
                && e.len() - e.trim_start_matches(['+', '-']).len() <= 1
                && !e.trim_start_matches(['+', '-']).is_empty();
            if !ok {
                return Err(false);
            }
            e.parse::<i64>().unwrap_or(if e.starts_with('-') {
                i64::MIN / 4
            } else {
                i64::MAX / 4
            })
        }
        None => 0,
    };
    e -= 4 * frac_part.len() as i64;
    let m = BigInt::parse_bytes(digits.as_bytes(), 16).unwrap_or_default();
    if m.is_zero() {
        return Ok(if neg { -0.0 } else { 0.0 });
    }
    // Far outside the double range either way: decide without building huge numbers.
    let top = m.bits() as i64 + e;
    if top > 1025 {
        return Err(true);
    }
    let v = if top < -1080 {
        0.0
    } else {
        let text = if e >= 0 {
            format!("{}", m << e as usize)
        } else {
            let five = num_traits::pow(BigInt::from(5), (-e) as usize);
            format!("{}e{}", m * five, e)
        };
        text.parse::<f64>().map_err(|_| false)?
    };
    if v.is_infinite() {
        return Err(true);
    }
    Ok(if neg { -v } else { v })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_round_trips() {
        for x in [
            1.0,
            0.1,
            -3.5,
            5e-324,
            1.7976931348623157e308,
            2.0f64.powi(-1022),
        ] {
            assert_eq!(parse_hex_float(&hex_of(x)), Ok(x), "{x}");
        }
        assert_eq!(hex_of(0.1), "0x1.999999999999ap-4");
        assert_eq!(parse_hex_float("0x1p1024"), Err(true));
        assert_eq!(parse_hex_float("0x.8"), Ok(0.5));
        assert_eq!(parse_hex_float("1g"), Err(false));
    }
}
