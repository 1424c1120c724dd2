//! `hash()` equals CPython 3.11's for int, float, complex, tuple, frozenset, str and bytes, under
//! `PYTHONHASHSEED` 0 and another seed. The expected values come from running `python3`.

use krait_vm::hash::{self, HashSecret};
use num_bigint::BigInt;
use std::process::Command;

/// The test values, as Python expressions.
const INTS: &[&str] = &[
    "0",
    "1",
    "-1",
    "-2",
    "2**61-2",
    "2**61-1",
    "2**61",
    "-(2**61)",
    "2**63",
    "-(2**64)+5",
    "10**30",
    "-(10**30)",
    "123456789012345678901234567890123456789",
    "2**47-1",
    "-(2**47)",
];
const FLOATS: &[&str] = &[
    "0.0",
    "-0.0",
    "1.0",
    "-1.0",
    "0.5",
    "1.5",
    "3.141592653589793",
    "1e300",
    "-1e-300",
    "5e-324",
    "2.0**61",
    "1e16",
    "123456.789",
    "float('inf')",
    "float('-inf')",
    "2.0**-1074",
    "0.1",
];
const STRS: &[&str] = &[
    "''",
    "'a'",
    "'abc'",
    "'abcdefgh'",
    "'abcdefghi'",
    "'hello world, this is longer'",
    "'é'",
    "'café'",
    "'€uro'",
    "'日本語テキスト'",
    "'😀'",
    "'a😀b'",
    "'\\ud800'",
    "'\\x00\\xff'",
];
const BYTES: &[&str] = &["b''", "b'a'", "b'abcdefgh'", "b'\\x00\\x01\\x02\\xff' * 5"];
const TUPLES: &[&str] = &[
    "()",
    "(1,)",
    "(1, 2)",
    "(1, (2, 3), -1)",
    "(0.5, 10**30, -1)",
];
const FROZENSETS: &[&str] = &[
    "frozenset()",
    "frozenset({1})",
    "frozenset({1, 2, 3})",
    "frozenset(range(100))",
];
const COMPLEX: &[&str] = &["1j", "(1+2j)", "(-1.5-0.5j)", "complex(0, -1)"];

fn cpython_hashes(seed: u32, exprs: &[&str]) -> Vec<i64> {
    let script = format!("for e in {exprs:?}: print(hash(eval(e)))");
    let out = Command::new("python3")
        .arg("-c")
        .arg(script)
        .env("PYTHONHASHSEED", seed.to_string())
        .output()
        .expect("python3 (CPython 3.11) must be installed to run this test");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| l.parse().unwrap())
        .collect()
}

/// Evaluates each expression with CPython and prints `conv` of its value (`v`), one per line, so
/// the exact same values reach krait's hash functions.
fn cpython_values(exprs: &[&str], conv: &str) -> Vec<String> {
    let script = format!("for e in {exprs:?}:\n v = eval(e)\n print({conv})");
    let out = Command::new("python3")
        .arg("-c")
        .arg(script)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(str::to_owned)
        .collect()
}

fn ucs_bytes(code_points: &[u32]) -> Vec<u8> {
    let max = code_points.iter().copied().max().unwrap_or(0);
    let width = if max < 0x100 {
        1
    } else if max < 0x10000 {
        2
    } else {
        4
    };
    code_points
        .iter()
        .flat_map(|&c| c.to_le_bytes()[..width].to_vec())
        .collect()
}

fn int_hash(text: &str) -> i64 {
    let n: BigInt = text.parse().unwrap();
    match i64::try_from(&n) {
        Ok(i) => {
            assert_eq!(hash::hash_i64(i), hash::hash_bigint(&n));
            hash::hash_i64(i)
        }
        Err(_) => hash::hash_bigint(&n),
    }
}

/// The floats the expressions evaluate to, transferred bit-exactly as their IEEE-754 bits.
fn float_bits(exprs: &[&str]) -> Vec<f64> {
    cpython_values(
        exprs,
        "int.from_bytes(__import__('struct').pack('<d', v), 'little')",
    )
    .iter()
    .map(|s| f64::from_bits(s.parse().unwrap()))
    .collect()
}

#[test]
fn numeric_hashes_match_cpython() {
    let ints = cpython_values(INTS, "v");
    assert_eq!(
        ints.iter().map(|s| int_hash(s)).collect::<Vec<_>>(),
        cpython_hashes(0, INTS)
    );
    let floats: Vec<i64> = float_bits(FLOATS).into_iter().map(hash::hash_f64).collect();
    assert_eq!(floats, cpython_hashes(0, FLOATS));
    let reals: Vec<_> = COMPLEX.iter().map(|e| format!("({e}).real")).collect();
    let imags: Vec<_> = COMPLEX.iter().map(|e| format!("({e}).imag")).collect();
    let reals = float_bits(&reals.iter().map(String::as_str).collect::<Vec<_>>());
    let imags = float_bits(&imags.iter().map(String::as_str).collect::<Vec<_>>());
    let complex: Vec<i64> = reals
        .iter()
        .zip(&imags)
        .map(|(&r, &i)| hash::hash_complex(hash::hash_f64(r), hash::hash_f64(i)))
        .collect();
    assert_eq!(complex, cpython_hashes(0, COMPLEX));
}

#[test]
fn container_hashes_match_cpython() {
    // Item hashes come from CPython too, so this checks only the combining functions.
    for (exprs, combine) in [
        (
            TUPLES,
            hash::hash_tuple as fn(std::vec::IntoIter<i64>) -> i64,
        ),
        (
            FROZENSETS,
            hash::hash_frozenset as fn(std::vec::IntoIter<i64>) -> i64,
        ),
    ] {
        let items = cpython_values(exprs, "' '.join(str(hash(x)) for x in v)");
        let ours: Vec<i64> = items
            .iter()
            .map(|line| {
                combine(
                    line.split_whitespace()
                        .map(|h| h.parse().unwrap())
                        .collect::<Vec<i64>>()
                        .into_iter(),
                )
            })
            .collect();
        assert_eq!(ours, cpython_hashes(0, exprs), "{exprs:?}");
    }
}

#[test]
fn str_and_bytes_hashes_match_cpython_for_fixed_seeds() {
    let strs = cpython_values(STRS, "' '.join(str(ord(c)) for c in v)");
    let bytes = cpython_values(BYTES, "' '.join(str(b) for b in v)");
    for seed in [0, 1, 12345, 4_294_967_295] {
        let secret = HashSecret::from_seed(seed);
        let ours: Vec<i64> = strs
            .iter()
            .map(|l| {
                let cps: Vec<u32> = l.split_whitespace().map(|c| c.parse().unwrap()).collect();
                secret.hash_bytes(&ucs_bytes(&cps))
            })
            .collect();
        assert_eq!(
            ours,
            cpython_hashes(seed, STRS),
            "str hashes, PYTHONHASHSEED={seed}"
        );
        let ours: Vec<i64> = bytes
            .iter()
            .map(|l| {
                let b: Vec<u8> = l.split_whitespace().map(|c| c.parse().unwrap()).collect();
                secret.hash_bytes(&b)
            })
            .collect();
        assert_eq!(
            ours,
            cpython_hashes(seed, BYTES),
            "bytes hashes, PYTHONHASHSEED={seed}"
        );
    }
}
