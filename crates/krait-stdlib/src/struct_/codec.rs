//! Packing one value into bytes and unpacking it back, per format character, with CPython's
//! conversions (`__index__` for integers, `__float__` for floats, truth for `?`) and its
//! `struct.error` messages, which differ between the native, little- and big-endian tables.

use super::format::Table;
use crate::convert::int_value;
use krait_vm::objects::bytes::BytesData;
use krait_vm::protocols::payload;
use krait_vm::{PyErr, PyResult, Value, Vm};
use num_bigint::BigInt;
use num_traits::ToPrimitive;

/// A `struct.error` with `msg`.
pub(crate) fn error(vm: &Vm, msg: &str) -> PyErr {
    match crate::native_type::module_type(vm, "_struct", "error") {
        Ok(ty) => vm.new_error(&ty, msg),
        Err(e) => e,
    }
}

/// CPython's `get_pylong`: an int, or the result of `__index__`.
fn get_int(vm: &Vm, v: &Value) -> PyResult<BigInt> {
    if let Some(n) = int_value(v) {
        return Ok(n);
    }
    if vm.lookup_special(v, "__index__")?.is_some() {
        return crate::convert::index(vm, v);
    }
    Err(error(vm, "required argument is not an integer"))
}

/// The int as a C `long` (i64), else "argument out of range".
fn as_long(vm: &Vm, n: &BigInt) -> PyResult<i128> {
    n.to_i64()
        .map(i128::from)
        .ok_or_else(|| error(vm, "argument out of range"))
}

/// The int as a C `unsigned long` (u64), else "argument out of range".
fn as_ulong(vm: &Vm, n: &BigInt) -> PyResult<i128> {
    n.to_u64()
        .map(i128::from)
        .ok_or_else(|| error(vm, "argument out of range"))
}

/// Checks `x` against `lo..=hi`, failing with CPython's `_range_error` message for `code`.
fn range(vm: &Vm, x: i128, code: u8, lo: i128, hi: i128) -> PyResult<i128> {
    if (lo..=hi).contains(&x) {
        return Ok(x);
    }
    Err(error(
        vm,
        &format!(
            "'{}' format requires {lo} <= number <= {hi}",
            char::from(code)
        ),
    ))
}

/// Checks `x` against `lo..=hi`, failing with the message of the named native formatters
/// ("short format requires ...").
fn named_range(vm: &Vm, x: i128, name: &str, lo: i128, hi: i128) -> PyResult<i128> {
    if (lo..=hi).contains(&x) {
        return Ok(x);
    }
    Err(error(
        vm,
        &format!("{name} format requires {lo} <= number <= {hi}"),
    ))
}

/// The integer value of `v` for integer code `code`, checked as CPython's formatter of `table`.
fn int_for(vm: &Vm, table: Table, code: u8, v: &Value) -> PyResult<i128> {
    let n = get_int(vm, v)?;
    let too_large = || error(vm, "int too large to convert");
    let big = table == Table::Big;
    match code {
        b'b' => named_range(vm, as_long(vm, &n)?, "byte", -128, 127),
        b'B' => named_range(vm, as_long(vm, &n)?, "ubyte", 0, 255),
        b'h' if !big => named_range(vm, as_long(vm, &n)?, "short", -32768, 32767),
        b'H' if !big => named_range(vm, as_long(vm, &n)?, "ushort", 0, 65535),
        b'h' => range(vm, as_long(vm, &n)?, code, -32768, 32767),
        b'H' => range(vm, as_ulong(vm, &n)?, code, 0, 65535),
        b'i' => range(vm, as_long(vm, &n)?, code, -(1 << 31), (1 << 31) - 1),
        b'I' => range(vm, as_ulong(vm, &n)?, code, 0, (1 << 32) - 1),
        b'l' if table == Table::Native => as_long(vm, &n),
        b'L' if table == Table::Native => as_ulong(vm, &n),
        b'l' => range(vm, as_long(vm, &n)?, code, -(1 << 31), (1 << 31) - 1),
        b'L' => range(vm, as_ulong(vm, &n)?, code, 0, (1 << 32) - 1),
        b'q' if big => n.to_i64().map(i128::from).ok_or_else(too_large),
        b'Q' if big => n.to_u64().map(i128::from).ok_or_else(too_large),
        b'q' | b'n' => as_long(vm, &n),
        b'Q' | b'N' => as_ulong(vm, &n),
        // 'P': PyLong_AsVoidPtr takes negative values as signed.
        _ => n
            .to_i64()
            .map(i128::from)
            .or_else(|| n.to_u64().map(i128::from))
            .ok_or_else(too_large),
    }
}

/// CPython's `PyFloat_AsDouble` of a float argument; any failure is "required argument is not
/// a float".
fn float_arg(vm: &Vm, v: &Value) -> PyResult<f64> {
    crate::convert::to_f64(vm, v).map_err(|_| error(vm, "required argument is not a float"))
}

/// Writes the low `out.len()` bytes of `x` in the table's byte order.
fn put_int(table: Table, x: i128, out: &mut [u8]) {
    let le = x.to_le_bytes();
    let n = out.len();
    if table == Table::Big {
        for (k, b) in out.iter_mut().enumerate() {
            *b = le[n - 1 - k];
        }
    } else {
        out.copy_from_slice(&le[..n]);
    }
}

/// Packs `v` as one value of `code` into `out` (exactly the item's bytes).
pub(crate) fn pack(vm: &Vm, table: Table, code: u8, v: &Value, out: &mut [u8]) -> PyResult<()> {
    match code {
        b'c' => match payload::<BytesData>(v) {
            Some(b) if b.bytes.len() == 1 => out[0] = b.bytes[0],
            _ => return Err(error(vm, "char format requires a bytes object of length 1")),
        },
        b's' | b'p' => {
            let data = bytes_or_bytearray(v).ok_or_else(|| {
                error(
                    vm,
                    &format!("argument for '{}' must be a bytes object", char::from(code)),
                )
            })?;
            if code == b's' {
                let n = data.len().min(out.len());
                out[..n].copy_from_slice(&data[..n]);
            } else if !out.is_empty() {
                let n = data.len().min(out.len() - 1);
                out[1..=n].copy_from_slice(&data[..n]);
                out[0] = n.min(255) as u8;
            }
        }
        b'?' => out[0] = u8::from(vm.is_true(v)?),
        b'e' => {
            let bits = pack_half(vm, float_arg(vm, v)?)?;
            put_int(table, i128::from(bits), out);
        }
        b'f' => {
            let x = float_arg(vm, v)?;
            let y = x as f32;
            if table != Table::Native && y.is_infinite() && x.is_finite() {
                return Err(vm.new_error(
                    &vm.types.overflow_error,
                    "float too large to pack with f format",
                ));
            }
            put_int(table, i128::from(y.to_bits()), out);
        }
        b'd' => {
            let x = float_arg(vm, v)?;
            put_int(table, i128::from(x.to_bits()), out);
        }
        _ => put_int(table, int_for(vm, table, code, v)?, out),
    }
    Ok(())
}

/// The bytes of a `bytes` or `bytearray` argument.
fn bytes_or_bytearray(v: &Value) -> Option<Vec<u8>> {
    if let Some(b) = payload::<BytesData>(v) {
        return Some(b.bytes.to_vec());
    }
    krait_vm::objects::bytearray::contents(v)
}

/// Reads `data` as an unsigned integer in the table's byte order.
fn get_uint(table: Table, data: &[u8]) -> u64 {
    let mut x: u64 = 0;
    if table == Table::Big {
        for &b in data {
            x = (x << 8) | u64::from(b);
        }
    } else {
        for &b in data.iter().rev() {
            x = (x << 8) | u64::from(b);
        }
    }
    x
}

/// Unpacks one value of `code` from `data` (exactly the item's bytes).
pub(crate) fn unpack(vm: &Vm, table: Table, code: u8, data: &[u8]) -> Value {
    match code {
        b'c' | b's' => vm.new_bytes(data.to_vec()),
        b'p' => {
            let n = data
                .first()
                .map_or(0, |&b| usize::from(b).min(data.len() - 1));
            vm.new_bytes(data[1..1 + n].to_vec())
        }
        b'?' => Value::bool(data[0] != 0),
        b'e' => Value::float(unpack_half(get_uint(table, data) as u16)),
        b'f' => Value::float(f64::from(f32::from_bits(get_uint(table, data) as u32))),
        b'd' => Value::float(f64::from_bits(get_uint(table, data))),
        b'b' | b'h' | b'i' | b'l' | b'q' | b'n' => {
            let bits = data.len() * 8;
            let u = get_uint(table, data);
            let x = if bits == 64 {
                u as i64
            } else {
                ((u << (64 - bits)) as i64) >> (64 - bits)
            };
            vm.new_int(x)
        }
        _ => {
            let u = get_uint(table, data);
            match i64::try_from(u) {
                Ok(x) => vm.new_int(x),
                Err(_) => vm.new_bigint(BigInt::from(u)),
            }
        }
    }
}

/// IEEE 754 binary16 bits of `x`, rounding half to even (CPython's `PyFloat_Pack2`).
fn pack_half(vm: &Vm, x: f64) -> PyResult<u16> {
    let sign: u16 = if x.is_sign_negative() { 0x8000 } else { 0 };
    if x.is_nan() {
        return Ok(sign | 0x7e00);
    }
    let a = x.abs();
    if a.is_infinite() {
        return Ok(sign | 0x7c00);
    }
    if a == 0.0 {
        return Ok(sign);
    }
    let overflow = || {
        vm.new_error(
            &vm.types.overflow_error,
            "float too large to pack with e format",
        )
    };
    // The binary exponent e with 2^e <= a < 2^(e+1).
    let e = ((a.to_bits() >> 52) & 0x7ff) as i32 - 1023;
    if e < -14 {
        // Subnormal: units of 2^-24.
        let m = (a * 2f64.powi(24)).round_ties_even() as u16;
        return Ok(sign | m);
    }
    if e > 15 {
        return Err(overflow());
    }
    let mut m = (a * 2f64.powi(10 - e)).round_ties_even() as u32;
    let mut e = e;
    if m == 2048 {
        m = 1024;
        e += 1;
        if e > 15 {
            return Err(overflow());
        }
    }
    Ok(sign | (((e + 15) as u16) << 10) | (m as u16 & 0x3ff))
}

/// The value of IEEE 754 binary16 bits.
fn unpack_half(h: u16) -> f64 {
    let sign = if h & 0x8000 != 0 { -1.0 } else { 1.0 };
    let e = i32::from((h >> 10) & 0x1f);
    let m = f64::from(h & 0x3ff);
    sign * match e {
        0 => m * 2f64.powi(-24),
        31 if m == 0.0 => f64::INFINITY,
        31 => f64::NAN,
        _ => (1.0 + m / 1024.0) * 2f64.powi(e - 15),
    }
}
