//! Float and complex presentation (CPython's `PyOS_double_to_string` in Python/pystrtod.c and
//! the float/complex parts of Python/formatter_unicode.c). Digits come from Rust's formatter,
//! which rounds the exact binary value half-to-even as David Gay's `dtoa` does.

use super::spec::{layout_number, pad, Spec, SpecError};

/// Flags of [`double_to_string`] (CPython's `Py_DTSF_*`).
#[derive(Clone, Copy, Default)]
pub struct Flags {
    /// `#`: keep trailing zeros (`g`) and always show a decimal point.
    pub alt: bool,
    /// Add `.0` to a result that looks like an integer (`repr`, and no-type with a precision).
    pub add_dot_0: bool,
    /// `z`: a result that rounds to zero is never negative.
    pub no_neg_0: bool,
}

/// The shortest digits that round-trip to `a` (positive, finite) and the decimal point position
/// (`0.d1d2… × 10^decpt`), choosing the nearest of equally short candidates.
fn shortest_digits(a: f64) -> (String, i32) {
    let shortest = format!("{a:e}");
    let ndigits = shortest
        .split('e')
        .next()
        .map_or(1, |m| m.chars().filter(char::is_ascii_digit).count());
    let nearest = format!("{:.*e}", ndigits.saturating_sub(1), a);
    let sci = if nearest.parse::<f64>() == Ok(a) {
        nearest
    } else {
        shortest
    };
    split_sci(&sci)
}

/// Splits Rust's `d.ddde±x` into the digits and the decimal point position.
fn split_sci(sci: &str) -> (String, i32) {
    let (mantissa, exp) = sci.split_once('e').unwrap_or((sci, "0"));
    let digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
    (digits, exp.parse::<i32>().unwrap_or(0) + 1)
}

fn push_exponent(out: &mut String, e: char, exp: i32) {
    out.push(e);
    out.push(if exp < 0 { '-' } else { '+' });
    out.push_str(&format!("{:02}", exp.unsigned_abs()));
}

/// Renders significant `digits` with the point at `decpt`, in exponent form or not.
fn render(digits: &str, decpt: i32, use_exp: bool, e: char, flags: Flags) -> String {
    let mut out = String::new();
    if use_exp {
        out.push_str(&digits[..1]);
        if digits.len() > 1 || flags.alt {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        push_exponent(&mut out, e, decpt - 1);
    } else if decpt <= 0 {
        out.push_str("0.");
        out.extend(std::iter::repeat_n('0', decpt.unsigned_abs() as usize));
        out.push_str(digits);
    } else {
        let d = decpt as usize;
        if d >= digits.len() {
            out.push_str(digits);
            out.extend(std::iter::repeat_n('0', d - digits.len()));
            if flags.add_dot_0 {
                out.push_str(".0");
            } else if flags.alt {
                out.push('.');
            }
        } else {
            out.push_str(&digits[..d]);
            out.push('.');
            out.push_str(&digits[d..]);
        }
    }
    out
}

/// `x` formatted with presentation `ty` (`e E f F g G r`) and `precision`: whether a minus sign
/// is due, and the text without sign (CPython's `PyOS_double_to_string`).
pub fn double_to_string(x: f64, ty: char, precision: usize, flags: Flags) -> (bool, String) {
    let upper = matches!(ty, 'E' | 'F' | 'G');
    if x.is_nan() {
        return (false, if upper { "NAN" } else { "nan" }.into());
    }
    if x.is_infinite() {
        return (x < 0.0, if upper { "INF" } else { "inf" }.into());
    }
    let neg = x.is_sign_negative();
    let a = x.abs();
    let e = if upper { 'E' } else { 'e' };
    let body = match ty.to_ascii_lowercase() {
        'e' => {
            let sci = format!("{a:.precision$e}");
            let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
            let mut out = mantissa.to_owned();
            if flags.alt && precision == 0 {
                out.push('.');
            }
            push_exponent(&mut out, e, exp.parse().unwrap_or(0));
            out
        }
        'f' => {
            let mut out = format!("{a:.precision$}");
            if flags.alt && precision == 0 {
                out.push('.');
            }
            out
        }
        'g' => {
            let p = precision.max(1);
            let (mut digits, decpt) = split_sci(&format!("{:.*e}", p - 1, a));
            let limit = if flags.add_dot_0 {
                p as i32 - 1
            } else {
                p as i32
            };
            let use_exp = decpt <= -4 || decpt > limit;
            if flags.alt {
                while digits.len() < p {
                    digits.push('0');
                }
            } else {
                while digits.len() > 1 && digits.ends_with('0') {
                    digits.pop();
                }
            }
            let mut out = render(&digits, decpt, use_exp, e, flags);
            if flags.alt && !use_exp && !out.contains('.') {
                out.push('.');
            }
            out
        }
        _ => {
            let (digits, decpt) = if a == 0.0 {
                ("0".to_owned(), 1)
            } else {
                shortest_digits(a)
            };
            render(&digits, decpt, decpt <= -4 || decpt > 16, e, flags)
        }
    };
    let mantissa = body.split(['e', 'E']).next().unwrap_or("");
    let zero = !mantissa.bytes().any(|b| (b'1'..=b'9').contains(&b));
    (neg && !(flags.no_neg_0 && zero), body)
}

/// The sign character for a number: `-` when negative, else by the spec's sign option.
pub fn sign_char(neg: bool, spec: &Spec) -> Option<char> {
    if neg {
        Some('-')
    } else {
        match spec.sign {
            Some('+') => Some('+'),
            Some(' ') => Some(' '),
            _ => None,
        }
    }
}

/// Splits formatted number text into its leading integer digits and the rest.
fn split_digits(body: &str) -> (&str, &str) {
    let n = body.bytes().take_while(u8::is_ascii_digit).count();
    body.split_at(n)
}

/// `float.__format__` with a non-empty spec.
pub fn format_float(x: f64, spec: &Spec) -> Result<Vec<u32>, SpecError> {
    let mut flags = Flags {
        alt: spec.alternate,
        no_neg_0: spec.no_neg_0,
        add_dot_0: false,
    };
    let (mut ty, default_precision, mut x, pct) = match spec.ty {
        None => {
            flags.add_dot_0 = true;
            ('r', 0, x, false)
        }
        Some('n') => ('g', 6, x, false),
        Some('%') => ('f', 6, x * 100.0, true),
        Some(t @ ('e' | 'E' | 'f' | 'F' | 'g' | 'G')) => (t, 6, x, false),
        Some(t) => return Err(unknown(t, "float")),
    };
    let precision = match spec.precision {
        Some(p) => {
            if ty == 'r' {
                ty = 'g';
            }
            p
        }
        None => default_precision,
    };
    if x == 0.0 && spec.no_neg_0 {
        x = 0.0;
    }
    let (neg, mut body) = double_to_string(x, ty, precision, flags);
    if pct {
        body.push('%');
    }
    let (digits, rest) = split_digits(&body);
    Ok(layout_number(
        spec,
        sign_char(neg, spec),
        "",
        digits.as_bytes(),
        rest,
    ))
}

/// "Unknown format code 'X' for object of type 'T'".
pub fn unknown(t: char, type_name: &str) -> SpecError {
    SpecError::Msg(if (' '..='~').contains(&t) {
        format!("Unknown format code '{t}' for object of type '{type_name}'")
    } else {
        format!(
            "Unknown format code '\\x{:x}' for object of type '{type_name}'",
            t as u32
        )
    })
}

/// Groups the integer digits of one formatted part (no padding), for complex parts.
fn grouped_part(body: &str, spec: &Spec) -> String {
    let Some(g) = spec.grouping else {
        return body.to_owned();
    };
    let (digits, rest) = split_digits(body);
    let mut plain = spec.clone();
    plain.width = 0;
    plain.sign = None;
    let v = layout_number(
        &Spec {
            grouping: Some(g),
            ..plain
        },
        None,
        "",
        digits.as_bytes(),
        rest,
    );
    v.into_iter().filter_map(char::from_u32).collect()
}

/// `complex.__format__` with a non-empty spec.
pub fn format_complex(re: f64, im: f64, spec: &Spec) -> Result<Vec<u32>, SpecError> {
    let mut ty = match spec.ty {
        None => 'r',
        Some('n') => 'g',
        Some(t @ ('e' | 'E' | 'f' | 'F' | 'g' | 'G')) => t,
        Some(t) => return Err(unknown(t, "complex")),
    };
    if spec.fill == 0x30 {
        return Err(SpecError::Msg(
            "Zero padding is not allowed in complex format specifier".into(),
        ));
    }
    if spec.align == Some('=') {
        return Err(SpecError::Msg(
            "'=' alignment flag is not allowed in complex format specifier".into(),
        ));
    }
    let mut skip_re = false;
    let mut parens = false;
    let mut default_precision = 6;
    if spec.ty.is_none() {
        default_precision = 0;
        if re == 0.0 && re.is_sign_positive() {
            skip_re = true;
        } else {
            parens = true;
        }
    }
    let precision = match spec.precision {
        Some(p) => {
            if ty == 'r' {
                ty = 'g';
            }
            p
        }
        None => default_precision,
    };
    let flags = Flags {
        alt: spec.alternate,
        no_neg_0: spec.no_neg_0,
        add_dot_0: false,
    };
    let mut out = String::new();
    if parens {
        out.push('(');
    }
    if !skip_re {
        let (neg, body) = double_to_string(re, ty, precision, flags);
        if let Some(s) = sign_char(neg, spec) {
            out.push(s);
        }
        out.push_str(&grouped_part(&body, spec));
    }
    let (neg, body) = double_to_string(im, ty, precision, flags);
    if skip_re {
        if let Some(s) = sign_char(neg, spec) {
            out.push(s);
        }
    } else {
        out.push(if neg { '-' } else { '+' });
    }
    out.push_str(&grouped_part(&body, spec));
    out.push('j');
    if parens {
        out.push(')');
    }
    let body: Vec<u32> = out.chars().map(u32::from).collect();
    Ok(pad(&body, spec, spec.align.unwrap_or('>')))
}
