//! Checks the `repr()` rules of krait's `ast.dump` (str, bytes, float, complex, int) against
//! CPython 3.11's own `repr`, case by case, from tests/parser/repr_cases.txt (regenerate with
//! `python3 tests/tools/regen_repr_cases.py`).

use krait_parser::ast::Constant;
use krait_parser::dump::repr::{repr_constant, repr_float};
use krait_parser::wtf8::Wtf8Buf;
use num_bigint::BigInt;

fn cases() -> String {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../tests/parser/repr_cases.txt"
    );
    std::fs::read_to_string(path)
        .expect("tests/parser/repr_cases.txt (run tests/tools/regen_repr_cases.py)")
}

fn f64_of(hex: &str) -> f64 {
    f64::from_bits(u64::from_str_radix(hex, 16).expect("float bits"))
}

fn hex_bytes(hex: &str) -> Vec<u8> {
    (0..hex.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&hex[i..i + 2], 16).expect("hex"))
        .collect()
}

/// Parses one case line into the constant it describes and CPython's repr of it.
fn parse_case(line: &str) -> (Constant, String) {
    let fields: Vec<&str> = line.split('\t').collect();
    let expected = fields.last().expect("repr").to_string();
    let value = match fields[0] {
        "float" => Constant::Float(f64_of(fields[1])),
        "complex" => Constant::Complex {
            real: f64_of(fields[1]),
            imag: f64_of(fields[2]),
        },
        "str" => {
            let mut s = Wtf8Buf::new();
            for cp in fields[1].split(',').filter(|c| !c.is_empty()) {
                s.push_code_point(u32::from_str_radix(cp, 16).expect("code point"));
            }
            Constant::Str(s)
        }
        "bytes" => Constant::Bytes(hex_bytes(fields[1])),
        "int" => Constant::Int(fields[1].parse::<BigInt>().expect("int")),
        other => panic!("unknown case kind {other}"),
    };
    (value, expected)
}

#[test]
fn repr_matches_cpython() {
    let text = cases();
    let (mut total, mut failures) = (0, Vec::new());
    for line in text.lines().filter(|l| !l.is_empty()) {
        total += 1;
        let (value, expected) = parse_case(line);
        let mut got = String::new();
        repr_constant(&mut got, &value);
        if got != expected {
            failures.push(format!("{line}\n    krait: {got}"));
        }
    }
    assert!(total > 3000, "too few cases: {total}");
    assert!(
        failures.is_empty(),
        "{} of {total} reprs differ:\n{}",
        failures.len(),
        failures[..failures.len().min(20)].join("\n")
    );
}

#[test]
fn float_repr_spot_checks() {
    // Also covered by the CPython-generated cases; these name the layout rules explicitly.
    assert_eq!(repr_float(1e16), "1e+16");
    assert_eq!(repr_float(1e-5), "1e-05");
    assert_eq!(repr_float(1.0), "1.0");
}
