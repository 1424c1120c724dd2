//! Built-in functions on numbers and characters: `divmod`, `chr`, `ord`, `bin`, `oct`, `hex`
//! (CPython's Python/bltinmodule.c).

use crate::error::PyResult;
use crate::native::method_table;
use crate::native::Args;
use crate::objects::bytes::BytesData;
use crate::objects::int::IntData;
use crate::objects::str::StrData;
use crate::protocols::payload;
use crate::value::Value;
use crate::vm::Vm;
use krait_bytecode::opcode::NbOp;
use num_bigint::BigInt;

method_table!(
    /// This module's built-in functions.
    FUNCTIONS,
    Static,
    {
    "divmod" => divmod, "(x, y, /)", "Return the tuple (x//y, x%y).  Invariant: div*y + mod == x.";
    "chr" => chr, "(i, /)", "Return a Unicode string of one character with ordinal i; 0 <= i <= 0x10ffff.";
    "ord" => ord, "(c, /)", "Return the Unicode code point for a one-character string.";
    "bin" => bin, "(number, /)", "Return the binary representation of an integer.";
    "oct" => oct, "(number, /)", "Return the octal representation of an integer.";
    "hex" => hex, "(number, /)", "Return the hexadecimal representation of an integer.";
    }
);

fn divmod(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let [x, y] = args.positional_range(vm, "divmod", 2, 2)? else {
        unreachable!("checked")
    };
    let q = vm.binary_op(x, y, NbOp::FloorDivide).map_err(|e| {
        if vm.is_instance_of(&e.exception_value(), &vm.types.type_error) {
            vm.type_error(&format!(
                "unsupported operand type(s) for divmod(): '{}' and '{}'",
                vm.type_name(x),
                vm.type_name(y)
            ))
        } else {
            e
        }
    })?;
    let r = vm.binary_op(x, y, NbOp::Remainder)?;
    Ok(vm.new_tuple(vec![q, r]))
}

fn chr(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let [i] = args.positional_range(vm, "chr", 1, 1)? else {
        unreachable!("checked")
    };
    let Some(n) = i.as_small_int() else {
        if payload::<IntData>(i).is_some() {
            return Err(vm.new_error(
                &vm.types.overflow_error,
                "Python int too large to convert to C int",
            ));
        }
        return Err(vm.type_error(&format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(i)
        )));
    };
    if !(0..=0x10FFFF).contains(&n) {
        return Err(vm.value_error("chr() arg not in range(0x110000)"));
    }
    Ok(vm.str_value(StrData::from_code_points([n as u32])))
}

fn ord(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let [c] = args.positional_range(vm, "ord", 1, 1)? else {
        unreachable!("checked")
    };
    if let Some(s) = payload::<StrData>(c) {
        if s.len() == 1 {
            return Ok(vm.new_int(i64::from(s.code_point(0))));
        }
        return Err(vm.type_error(&format!(
            "ord() expected a character, but string of length {} found",
            s.len()
        )));
    }
    if let Some(b) = payload::<BytesData>(c) {
        if b.bytes.len() == 1 {
            return Ok(vm.new_int(i64::from(b.bytes[0])));
        }
        return Err(vm.type_error(&format!(
            "ord() expected a character, but string of length {} found",
            b.bytes.len()
        )));
    }
    Err(vm.type_error(&format!(
        "ord() expected string of length 1, but {} found",
        vm.type_name(c)
    )))
}

/// The int value of an `__index__`-able built-in int or bool.
fn int_value(vm: &Vm, v: &Value) -> PyResult<BigInt> {
    if let Some(i) = v.as_small_int() {
        return Ok(BigInt::from(i));
    }
    match v.as_immediate() {
        Some(crate::value::Immediate::True) => return Ok(BigInt::from(1)),
        Some(crate::value::Immediate::False) => return Ok(BigInt::from(0)),
        _ => {}
    }
    payload::<IntData>(v)
        .map(|n| n.value.clone())
        .ok_or_else(|| {
            vm.type_error(&format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(v)
            ))
        })
}

fn radix(vm: &Vm, args: Args<'_>, name: &str, prefix: &str, base: u32) -> PyResult<Value> {
    let [x] = args.positional_range(vm, name, 1, 1)? else {
        unreachable!("checked")
    };
    let n = int_value(vm, x)?;
    let sign = if n.sign() == num_bigint::Sign::Minus {
        "-"
    } else {
        ""
    };
    Ok(vm.new_str(&format!(
        "{sign}{prefix}{}",
        n.magnitude().to_str_radix(base)
    )))
}

fn bin(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    radix(vm, args, "bin", "0b", 2)
}

fn oct(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    radix(vm, args, "oct", "0o", 8)
}

fn hex(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    radix(vm, args, "hex", "0x", 16)
}
