//! Python's `repr()` of the values in `co_consts`, as `dis` prints them.
//!
//! Strings, bytes, floats and complex numbers use the parser crate's implementations of CPython's
//! `unicode_repr`, `bytes_repr` and `PyOS_double_to_string(x, 'r', …)` (tested there against
//! CPython); this module adds the containers and code objects (`code_repr`, Objects/codeobject.c).

use crate::code::{CodeObject, Constant};
use krait_parser::dump::repr::{repr_bytes, repr_complex, repr_float, repr_str};
use std::fmt::Write as _;

/// `repr(value)` as CPython 3.11 prints it. Code objects show their address in memory, as CPython
/// shows `id()`; frozensets list their items in stored order.
pub fn constant_repr(value: &Constant) -> String {
    let mut out = String::new();
    write_constant_repr(&mut out, value);
    out
}

/// Appends `repr(value)` to `out` (see [`constant_repr`]).
pub fn write_constant_repr(out: &mut String, value: &Constant) {
    match value {
        Constant::None => out.push_str("None"),
        Constant::Bool(true) => out.push_str("True"),
        Constant::Bool(false) => out.push_str("False"),
        Constant::Ellipsis => out.push_str("Ellipsis"),
        Constant::Int(i) => {
            let _ = write!(out, "{i}");
        }
        Constant::Float(x) => out.push_str(&repr_float(*x)),
        Constant::Complex { real, imag } => out.push_str(&repr_complex(*real, *imag)),
        Constant::Str(s) => repr_str(out, s),
        Constant::Bytes(b) => repr_bytes(out, b),
        Constant::Tuple(items) => {
            out.push('(');
            write_items(out, items);
            if items.len() == 1 {
                out.push(',');
            }
            out.push(')');
        }
        Constant::FrozenSet(items) if items.is_empty() => out.push_str("frozenset()"),
        Constant::FrozenSet(items) => {
            out.push_str("frozenset({");
            write_items(out, items);
            out.push_str("})");
        }
        Constant::Code(code) => out.push_str(&code_repr(code)),
    }
}

fn write_items(out: &mut String, items: &[Constant]) {
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        write_constant_repr(out, item);
    }
}

/// `repr(code)`: `<code object NAME at 0xADDRESS, file "FILENAME", line N>`, as CPython's
/// `code_repr` (the file name is printed raw, without escaping). The address is that of `code` in
/// memory.
pub fn code_repr(code: &CodeObject) -> String {
    format!(
        "<code object {} at {:#x}, file \"{}\", line {}>",
        code.name,
        std::ptr::from_ref(code) as usize,
        code.filename,
        code.firstlineno
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil::python_reprs;
    use krait_parser::wtf8::Wtf8Buf;
    use num_bigint::BigInt;

    /// Each value beside the Python expression that builds it; the expected text is what
    /// `python3` (CPython 3.11) prints for `repr()` of that expression, computed at test time.
    #[test]
    fn reprs_match_cpython() {
        let s = |x: &str| Constant::Str(Wtf8Buf::from_str(x));
        let mut lone = Wtf8Buf::from_str("a");
        lone.push_code_point(0xDC80);
        let int = |i: i64| Constant::Int(BigInt::from(i));
        let cases: Vec<(Constant, &str)> = vec![
            (Constant::None, "None"),
            (Constant::Bool(true), "True"),
            (Constant::Bool(false), "False"),
            (Constant::Ellipsis, "..."),
            (Constant::Int(BigInt::from(10).pow(30)), "10**30"),
            (Constant::Int(-BigInt::from(2).pow(100)), "-2**100"),
            (int(-5), "-5"),
            (Constant::Float(1e16), "1e16"),
            (Constant::Float(1e15), "1e15"),
            (Constant::Float(1e-5), "1e-5"),
            (Constant::Float(1e-4), "1e-4"),
            (Constant::Float(-0.0), "-0.0"),
            (Constant::Float(f64::INFINITY), "float('inf')"),
            (Constant::Float(f64::NEG_INFINITY), "float('-inf')"),
            (Constant::Float(f64::NAN), "float('nan')"),
            (Constant::Float(0.1), "0.1"),
            (Constant::Float(5e-324), "5e-324"),
            (
                Constant::Float(1.7976931348623157e308),
                "1.7976931348623157e308",
            ),
            (
                Constant::Float(123456789012345680.0),
                "123456789012345680.0",
            ),
            (
                Constant::Complex {
                    real: 0.0,
                    imag: 2.0,
                },
                "2j",
            ),
            (
                Constant::Complex {
                    real: 1.0,
                    imag: -2.5,
                },
                "complex(1, -2.5)",
            ),
            (
                Constant::Complex {
                    real: -0.0,
                    imag: 1.0,
                },
                "complex(-0.0, 1)",
            ),
            (
                Constant::Complex {
                    real: 1.0,
                    imag: f64::NAN,
                },
                "complex(1, float('nan'))",
            ),
            (
                Constant::Complex {
                    real: 0.0,
                    imag: f64::INFINITY,
                },
                "complex(0, float('inf'))",
            ),
            (s("it's"), r#""it's""#),
            (s("a'b\"c\n\t\\"), r#"'a\'b"c\n\t\\'"#),
            (
                s("\u{e9}\u{7f}\u{200b}\u{1F600}\u{e000}"),
                r"'\xe9\x7f\u200b\U0001F600\ue000'",
            ),
            (Constant::Str(lone), r"'a\udc80'"),
            (Constant::Bytes(b"a'\x00\xff".to_vec()), r#"b"a'\x00\xff""#),
            (Constant::Bytes(b"'\"".to_vec()), r#"b'\'"'"#),
            (Constant::Tuple(vec![int(1)]), "(1,)"),
            (Constant::Tuple(vec![]), "()"),
            (
                Constant::Tuple(vec![int(1), s("x"), Constant::Tuple(vec![Constant::None])]),
                "(1, 'x', (None,))",
            ),
            (Constant::FrozenSet(vec![]), "frozenset()"),
            (
                Constant::FrozenSet(vec![int(1), int(2)]),
                "frozenset({1, 2})",
            ),
        ];
        let exprs: Vec<&str> = cases.iter().map(|c| c.1).collect();
        let expected = python_reprs(&exprs);
        for ((value, expr), expected) in cases.iter().zip(expected) {
            assert_eq!(constant_repr(value), expected, "repr({expr})");
        }
    }

    #[test]
    fn code_repr_layout() {
        let code = crate::testutil::minimal_code("f");
        let r = code_repr(&code);
        assert!(r.starts_with("<code object f at 0x"), "{r}");
        assert!(r.ends_with(", file \"t.py\", line 1>"), "{r}");
    }
}
