//! Numeric literal values (CPython's `parsenumber`, Parser/pegen.c): ints of any size in any
//! radix, correctly rounded floats, and imaginary literals. The tokenizer has already checked
//! the literal's form.

use crate::ast::Constant;
use num_bigint::BigInt;

/// CPython 3.11's default `sys.get_int_max_str_digits()`.
const INT_MAX_STR_DIGITS: usize = 4300;

/// The value of a NUMBER token's text.
///
/// # Errors
/// CPython's message for a decimal int literal longer than 4300 digits.
pub fn parse_number(text: &str) -> Result<Constant, String> {
    let clean: String;
    let s = if text.contains('_') {
        clean = text.chars().filter(|&c| c != '_').collect();
        clean.as_str()
    } else {
        text
    };
    let b = s.as_bytes();
    if let Some(last) = b.last() {
        if *last == b'j' || *last == b'J' {
            let imag = parse_float(&s[..s.len() - 1]);
            return Ok(Constant::Complex { real: 0.0, imag });
        }
    }
    if b.len() > 1 && b[0] == b'0' && matches!(b[1], b'x' | b'X' | b'o' | b'O' | b'b' | b'B') {
        let radix = match b[1] {
            b'x' | b'X' => 16,
            b'o' | b'O' => 8,
            _ => 2,
        };
        let v = BigInt::parse_bytes(&b[2..], radix).unwrap_or_default();
        return Ok(Constant::Int(v));
    }
    if b.iter().any(|&c| matches!(c, b'.' | b'e' | b'E')) {
        return Ok(Constant::Float(parse_float(s)));
    }
    if b.len() > INT_MAX_STR_DIGITS {
        return Err(format!(
            "Exceeds the limit ({INT_MAX_STR_DIGITS} digits) for integer string conversion: value has {} digits; \
             use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer \
             literals to avoid decimal conversion limits.",
            b.len()
        ));
    }
    if b.len() <= 18 {
        let v: i64 = s.parse().unwrap_or(0);
        return Ok(Constant::Int(BigInt::from(v)));
    }
    Ok(Constant::Int(
        BigInt::parse_bytes(b, 10).unwrap_or_default(),
    ))
}

/// A correctly rounded float from decimal text (Rust's parser is correctly rounded, as
/// CPython's `_Py_dg_strtod`); overflow gives infinity, as CPython.
fn parse_float(s: &str) -> f64 {
    // Rust accepts every form the tokenizer lets through ("1.", ".5", "1.e3", "1E5").
    s.parse::<f64>().unwrap_or(0.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn radixes_and_floats() {
        assert_eq!(parse_number("0x_ff"), Ok(Constant::Int(BigInt::from(255))));
        assert_eq!(parse_number("1_000"), Ok(Constant::Int(BigInt::from(1000))));
        assert_eq!(parse_number("1.5e3"), Ok(Constant::Float(1500.0)));
        assert_eq!(parse_number("1.e3"), Ok(Constant::Float(1000.0)));
        assert_eq!(parse_number(".5"), Ok(Constant::Float(0.5)));
        assert_eq!(
            parse_number("2j"),
            Ok(Constant::Complex {
                real: 0.0,
                imag: 2.0
            })
        );
        assert_eq!(parse_number("1e400"), Ok(Constant::Float(f64::INFINITY)));
    }
}
