//! `krait FILE` over the invalid-program corpus, and `krait -X dump-ast` over the bundled
//! examples, compared byte for byte with CPython 3.11:
//! - each tests/syntax_errors/parser/NAME.py run from the repository root must write exactly the
//!   stderr `python3` wrote (recorded by tests/tools/regen_syntax_errors.py, the repository path
//!   stored as {ROOT}) and exit with the same status;
//! - `krait -X dump-ast[=attributes] examples/NAME.py` must print what CPython's
//!   `ast.dump(ast.parse(source), include_attributes=…)` prints (CPython is run at test time);
//! - a few of those programs given through `-c`, `-`, a piped stdin and `-x`, and programs
//!   nested past CPython's limits, must print what `python3` prints (run at test time).
//!
//! Cases listed in tests/cli/known_failures.txt may differ (the list may only shrink;
//! `KRAIT_UPDATE_KNOWN=1` rewrites it).

#[path = "../../krait-parser/tests/common/mod.rs"]
mod common;

use common::json::{self, Json};
use common::{first_difference, one_line, KnownList};
use std::collections::BTreeMap;
use std::process::Command;

/// Runs the syntax-error corpus through `krait`; returns (case name → why it differs).
fn corpus_failures(failures: &mut BTreeMap<String, String>) -> usize {
    let root = common::repo_root();
    let dir = root.join("tests/syntax_errors/parser");
    let text = std::fs::read_to_string(dir.join("expected.json")).expect("expected.json");
    let Json::Obj(expected) = json::parse(&text) else {
        panic!("expected.json is not an object")
    };
    let root_text = root.to_string_lossy().into_owned();
    let names: Vec<(&String, &Json)> = expected.iter().collect();
    let results = common::parallel_map(&names, |(name, want)| {
        let rel = format!("tests/syntax_errors/parser/{name}");
        let out = Command::new(env!("CARGO_BIN_EXE_krait"))
            .arg(&rel)
            .current_dir(&root)
            .stdin(std::process::Stdio::null())
            .output()
            .expect("run krait");
        let got_err = String::from_utf8_lossy(&out.stderr).replace(&root_text, "{ROOT}");
        let want_err = want.get("stderr").as_str().unwrap_or("").to_string();
        let want_code = want.get("exit").as_i64().map(|c| c as i32);
        if got_err != want_err {
            Some(format!(
                "stderr differs: {}",
                one_line(&first_difference(&got_err, &want_err))
            ))
        } else if out.status.code() != want_code {
            Some(format!(
                "exit status {:?}, CPython {:?}",
                out.status.code(),
                want_code
            ))
        } else {
            None
        }
    });
    for ((name, _), why) in names.iter().zip(results) {
        if let Some(why) = why {
            failures.insert(format!("syntax_errors/parser/{name}"), why);
        }
    }
    names.len()
}

/// `-X dump-ast` of every example against CPython's `ast.dump`.
fn dump_ast_failures(failures: &mut BTreeMap<String, String>) -> usize {
    let root = common::repo_root();
    let python = common::cpython();
    let mut examples: Vec<String> = std::fs::read_dir(root.join("examples"))
        .expect("examples/")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".py"))
        .collect();
    examples.sort();
    assert!(!examples.is_empty(), "no examples/*.py");
    let mut count = 0;
    for name in &examples {
        let rel = format!("examples/{name}");
        for attrs in [false, true] {
            count += 1;
            let want = Command::new(&python)
                .args([
                    "-c",
                    "import ast, sys; print(ast.dump(ast.parse(open(sys.argv[1], 'rb').read()), \
                     include_attributes=sys.argv[2] == '1'))",
                    &rel,
                    if attrs { "1" } else { "0" },
                ])
                .current_dir(&root)
                .output()
                .expect("run python3");
            let flag = if attrs {
                "dump-ast=attributes"
            } else {
                "dump-ast"
            };
            let got = Command::new(env!("CARGO_BIN_EXE_krait"))
                .args(["-X", flag, &rel])
                .current_dir(&root)
                .output()
                .expect("run krait");
            let (w, g) = (
                String::from_utf8_lossy(&want.stdout),
                String::from_utf8_lossy(&got.stdout),
            );
            if w != g || got.status.code() != Some(0) {
                let why = if g.is_empty() {
                    format!(
                        "krait failed: {}",
                        one_line(&String::from_utf8_lossy(&got.stderr))
                    )
                } else {
                    one_line(&first_difference(&g, &w))
                };
                failures.insert(format!("{flag}/{rel}"), why);
            }
        }
    }
    count
}

/// Runs `exe args` in the repository root with `stdin` fed in; returns (stdout, stderr, status).
fn run_with_stdin(exe: &str, args: &[&str], stdin: &[u8]) -> (String, String, Option<i32>) {
    use std::io::Write;
    let mut child = Command::new(exe)
        .args(args)
        .current_dir(common::repo_root())
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("run {exe}: {e}"));
    let mut pipe = child.stdin.take().expect("stdin pipe");
    let _ = pipe.write_all(stdin);
    drop(pipe);
    let out = child.wait_with_output().expect("wait");
    let text = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
    (text(&out.stdout), text(&out.stderr), out.status.code())
}

/// Some corpus programs given through `-c`, `-` and a piped stdin, against `python3` live.
fn other_sources_failures(failures: &mut BTreeMap<String, String>) -> usize {
    let python = common::cpython();
    let dir = common::repo_root().join("tests/syntax_errors/parser");
    let programs = [
        "bracket_unclosed_paren.py",
        "indent_unexpected.py",
        "tab_inconsistent_if.py",
        "fstring_empty_expression.py",
        "unterminated_triple_double.py",
        "print_statement_string.py",
    ];
    let mut count = 0;
    for name in programs {
        let source = std::fs::read(dir.join(name)).expect("corpus program");
        let text = String::from_utf8_lossy(&source).into_owned();
        // `-x` skips the first line of a script file (not of stdin): a junk first line with an
        // unclosed bracket shows whether it was skipped, and line numbers must stay the file's.
        let tmp = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("x_flag_{name}"));
        std::fs::write(&tmp, [&b"junk first line (\n"[..], &source].concat()).expect("write temp");
        let tmp = tmp.to_string_lossy().into_owned();
        let junk_then_source = [&b"junk first line (\n"[..], &source].concat();
        let cases: [(&str, Vec<&str>, &[u8]); 5] = [
            ("c", vec!["-c", &text], b""),
            ("stdin-dash", vec!["-"], &source),
            ("stdin", vec![], &source),
            ("x-flag-file", vec!["-x", &tmp], b""),
            ("x-flag-stdin", vec!["-x", "-"], &junk_then_source),
        ];
        for (how, args, input) in cases {
            count += 1;
            let want = run_with_stdin(&python, &args, input);
            let got = run_with_stdin(env!("CARGO_BIN_EXE_krait"), &args, input);
            if want != got {
                failures.insert(
                    format!("{how}/{name}"),
                    format!(
                        "CPython {:?}; krait {:?}",
                        one_line(&want.1),
                        one_line(&got.1)
                    ),
                );
            }
        }
    }
    count
}

/// Programs nested past CPython's limits, generated here: each must fail as `python3 FILE`
/// fails (too many nested parentheses, too many indentation levels, MemoryError from the parser
/// stack, RecursionError), never by overflowing krait's stack.
fn deep_nesting_failures(failures: &mut BTreeMap<String, String>) -> usize {
    let python = common::cpython();
    let indent: String = (1..120)
        .map(|i| format!("{}if x:\n", " ".repeat(i)))
        .collect();
    let cases = [
        ("unary_minus", format!("x = {}1\n", "-".repeat(200_000))),
        ("not_chain", format!("x = {}1\n", "not ".repeat(100_000))),
        (
            "brackets",
            format!("x = {}{}\n", "[".repeat(300), "]".repeat(300)),
        ),
        (
            "calls",
            format!("x = {}{}\n", "f(".repeat(5000), ")".repeat(5000)),
        ),
        (
            "indentation",
            format!("if x:\n{indent}{}pass\n", " ".repeat(120)),
        ),
        ("attributes", format!("x = {}b\n", "a.".repeat(100_000))),
        ("additions", format!("x = {}1\n", "1 + ".repeat(100_000))),
    ];
    let tmp = std::path::Path::new(env!("CARGO_TARGET_TMPDIR"));
    for (name, source) in &cases {
        let path = tmp.join(format!("deep_{name}.py"));
        std::fs::write(&path, source).expect("write deep program");
        let path = path.to_string_lossy().into_owned();
        let want = run_with_stdin(&python, &[&path], b"");
        let got = run_with_stdin(env!("CARGO_BIN_EXE_krait"), &[&path], b"");
        if want != got {
            failures.insert(
                format!("deep/{name}"),
                format!(
                    "CPython {:?} {:?}; krait {:?} {:?}",
                    want.2,
                    one_line(&want.1),
                    got.2,
                    one_line(&got.1)
                ),
            );
        }
    }
    cases.len()
}

#[test]
fn cli_matches_cpython_on_corpus_and_examples() {
    let mut failures = BTreeMap::new();
    let total = corpus_failures(&mut failures)
        + dump_ast_failures(&mut failures)
        + other_sources_failures(&mut failures)
        + deep_nesting_failures(&mut failures);
    eprintln!(
        "krait CLI: {} / {total} cases match CPython byte for byte",
        total - failures.len()
    );
    let known = KnownList::load(common::repo_root().join("tests/cli/known_failures.txt"));
    let header = "# Cases of crates/krait/tests/cli_corpus.rs where krait's output differs from CPython's.\n\
                  # This list may only shrink (KRAIT_UPDATE_KNOWN=1 cargo test -p krait rewrites it).\n";
    if let Err(msg) = known.check(header, &failures) {
        panic!("{msg}");
    }
}

#[test]
fn valid_program_runs() {
    let root = common::repo_root();
    let out = Command::new(env!("CARGO_BIN_EXE_krait"))
        .args(["-c", "x = 6\nprint(x * 7)"])
        .current_dir(&root)
        .output()
        .expect("run krait");
    assert_eq!(String::from_utf8_lossy(&out.stdout), "42\n");
    assert_eq!(out.status.code(), Some(0));
}
