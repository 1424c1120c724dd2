//! Int and str presentation (the integer and string parts of CPython's
//! Python/formatter_unicode.c).

use super::float::{format_float, sign_char, unknown};
use super::spec::{layout_number, pad, Spec, SpecError};
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

/// What formatting an int can fail with besides a bad spec.
pub enum IntError {
    /// A `ValueError` for the spec.
    Spec(SpecError),
    /// An `OverflowError` with this message.
    Overflow(String),
    /// The decimal conversion refused the size (`sys.set_int_max_str_digits`).
    TooManyDigits,
}

impl From<SpecError> for IntError {
    fn from(e: SpecError) -> IntError {
        IntError::Spec(e)
    }
}

fn msg(s: &str) -> IntError {
    IntError::Spec(SpecError::Msg(s.into()))
}

/// `int.__format__` with a non-empty spec. `decimal` converts to decimal digits (checking the
/// digit limit).
pub fn format_int(
    n: &BigInt,
    spec: &Spec,
    decimal: &dyn Fn(&BigInt) -> Option<String>,
) -> Result<Vec<u32>, IntError> {
    let radix = match spec.ty {
        None | Some('d' | 'n') => 10,
        Some('b') => 2,
        Some('o') => 8,
        Some('x' | 'X') => 16,
        Some('c') => 0,
        Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') => {
            let x = n
                .to_f64()
                .filter(|x| x.is_finite())
                .ok_or_else(|| IntError::Overflow("int too large to convert to float".into()))?;
            return Ok(format_float(x, spec)?);
        }
        Some(t) => return Err(unknown(t, "int").into()),
    };
    if spec.precision.is_some() {
        return Err(msg("Precision not allowed in integer format specifier"));
    }
    if spec.no_neg_0 {
        return Err(msg(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    if radix == 0 {
        if spec.sign.is_some() {
            return Err(msg("Sign not allowed with integer format specifier 'c'"));
        }
        if spec.alternate {
            return Err(msg(
                "Alternate form (#) not allowed with integer format specifier 'c'",
            ));
        }
        let cp = n
            .to_u32()
            .filter(|&c| c < 0x110000)
            .ok_or_else(|| IntError::Overflow("%c arg not in range(0x110000)".into()))?;
        let align = match spec.align {
            None | Some('=') => '>',
            Some(a) => a,
        };
        return Ok(pad(&[cp], spec, align));
    }
    let mag = n.abs();
    let digits = if radix == 10 {
        decimal(&mag).ok_or(IntError::TooManyDigits)?
    } else {
        let d = mag.to_str_radix(radix);
        if spec.ty == Some('X') {
            d.to_ascii_uppercase()
        } else {
            d
        }
    };
    let prefix = match (spec.alternate, spec.ty) {
        (true, Some('b')) => "0b",
        (true, Some('o')) => "0o",
        (true, Some('x')) => "0x",
        (true, Some('X')) => "0X",
        _ => "",
    };
    Ok(layout_number(
        spec,
        sign_char(n.is_negative(), spec),
        prefix,
        digits.as_bytes(),
        "",
    ))
}

/// `str.__format__` with a non-empty spec.
pub fn format_str(s: &[u32], spec: &Spec) -> Result<Vec<u32>, SpecError> {
    match spec.ty {
        None | Some('s') => {}
        Some(t) => return Err(unknown(t, "str")),
    }
    let fail = |m: &str| Err(SpecError::Msg(m.into()));
    match spec.sign {
        Some(' ') => return fail("Space not allowed in string format specifier"),
        Some(_) => return fail("Sign not allowed in string format specifier"),
        None => {}
    }
    if spec.no_neg_0 {
        return fail("Negative zero coercion (z) not allowed in string format specifier");
    }
    if spec.alternate {
        return fail("Alternate form (#) not allowed in string format specifier");
    }
    if spec.align == Some('=') {
        return fail("'=' alignment not allowed in string format specifier");
    }
    let body = match spec.precision {
        Some(p) if p < s.len() => &s[..p],
        _ => s,
    };
    Ok(pad(body, spec, spec.align.unwrap_or('<')))
}

#[cfg(test)]
mod tests {
    use super::super::spec::parse;
    use super::*;

    fn f(n: i64, s: &str) -> String {
        let cps: Vec<u32> = s.chars().map(u32::from).collect();
        let spec = parse(&cps, '>').expect("valid spec");
        let Ok(out) = format_int(&BigInt::from(n), &spec, &|m| Some(m.to_string())) else {
            panic!("{s} does not format");
        };
        out.into_iter().filter_map(char::from_u32).collect()
    }

    #[test]
    fn ints_pad_group_and_prefix() {
        assert_eq!(f(1234, "08,"), "0,001,234");
        assert_eq!(f(255, "#010x"), "0x000000ff");
        assert_eq!(f(-255, "#X"), "-0XFF");
        assert_eq!(f(-5, "=+8"), "-      5");
        assert_eq!(f(12, "*^8"), "***12***");
    }
}
