//! Robustness tests: no input makes the parser panic, hang or overflow the stack, even when
//! it is called from a thread with a small (2 MiB, cargo test's default) stack. The expected
//! *values* of parses are checked against CPython by the differential tests in `tests/`.

use crate::{parse, Mode};

/// Inputs nested far deeper than CPython allows must come back as errors.
#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    let mut deep_if = String::new();
    for i in 0..120 {
        deep_if.push_str(&" ".repeat(i));
        deep_if.push_str("if a:\n");
    }
    deep_if.push_str(&" ".repeat(120));
    deep_if.push_str("pass\n");
    let cases: Vec<String> = vec![
        "(".repeat(100_000),
        "[".repeat(1000),
        format!("{}1", "-".repeat(100_000)),
        format!("{}1", "not ".repeat(50_000)),
        format!("a{}", "+a".repeat(100_000)),
        format!("a{}", ".a".repeat(100_000)),
        format!("a{}", "(a)".repeat(20_000)),
        format!("a{}", "[a]".repeat(20_000)),
        format!("{}1", "lambda:".repeat(20_000)),
        vec!["a"; 20_000].join("**"),
        vec!["a"; 20_000].join(" if a else "),
        format!("{}1", "await ".repeat(20_000)),
        deep_if,
    ];
    for src in &cases {
        for mode in [Mode::Exec, Mode::Eval, Mode::Single] {
            assert!(
                parse(src.as_bytes(), "<deep>", mode).is_err(),
                "accepted: {}",
                &src[..40.min(src.len())]
            );
        }
    }
}

/// Long flat inputs parse (iteratively, without deep recursion).
#[test]
fn long_flat_inputs_parse() {
    let cases = [
        vec!["a"; 50_000].join(", "),
        vec!["a"; 50_000].join(" < "),
        vec!["a"; 50_000].join(" and "),
        "'a' ".repeat(50_000),
        "x = 1\n".repeat(50_000),
    ];
    for src in &cases {
        assert!(parse(src.as_bytes(), "<flat>", Mode::Exec).is_ok());
    }
}

/// Pseudo-random token soup and bytes never panic (a panic inside the parser thread would be
/// reported as an internal error, which this test also rejects).
#[test]
fn random_inputs_never_panic() {
    const PIECES: &[&str] = &[
        "(",
        ")",
        "[",
        "]",
        "{",
        "}",
        ":",
        ",",
        "=",
        "if",
        "else",
        "for",
        "in",
        "lambda",
        "yield",
        "*",
        "**",
        "not",
        "def",
        "class",
        "return",
        ".",
        "\"",
        "'",
        "\"\"\"",
        "\\",
        "\t",
        " ",
        "\n",
        "\r",
        "async",
        "await",
        "import",
        "from",
        "as",
        "@",
        "->",
        ":=",
        "1",
        "x",
        "f\"{",
        "f'",
        "rb'",
        "0x",
        "1_",
        "1e",
        "#",
        ";",
        "match",
        "case",
        "try",
        "except*",
        "with",
        "del",
        "+",
        "-",
        "!",
        "$",
        "\u{20ac}",
        "\u{e9}",
        "\u{200b}",
        "{x!r:>{y}}",
        "\\N{",
        "0o7",
        "1j",
        "_",
        "|",
        "...",
        "    ",
        "while",
        "pass",
        "elif",
        "finally",
        "global",
    ];
    let mut state: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    for i in 0..3000 {
        let mut src: Vec<u8> = Vec::new();
        let n = next() % 40 + 1;
        for _ in 0..n {
            if i % 10 == 0 {
                src.push((next() % 256) as u8);
            } else {
                src.extend_from_slice(PIECES[(next() % PIECES.len() as u64) as usize].as_bytes());
                if next() % 2 == 0 {
                    src.push(b' ');
                }
            }
        }
        for mode in [Mode::Exec, Mode::Eval, Mode::Single] {
            if let Err(e) = parse(&src, "<random>", mode) {
                assert!(
                    !e.msg.starts_with("internal error"),
                    "{:?}: {}",
                    String::from_utf8_lossy(&src),
                    e.msg
                );
            }
        }
    }
}
