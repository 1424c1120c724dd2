//! The invalid-program corpus: every program in tests/syntax_errors/parser/ (one parser-level
//! error each) must make `krait_parser::parse` fail exactly as CPython 3.11's `ast.parse` does —
//! same exception type, message, line, offset, end line, end offset and source text — as recorded by
//! `python3 tests/tools/regen_syntax_errors.py` in expected.json. Programs listed in
//! tests/syntax_errors/parser/known_failures.txt may differ; the list may only shrink
//! (`KRAIT_UPDATE_KNOWN=1` rewrites it).

mod common;

use common::json::{self, Json};
use common::{catch_panic, KnownList};
use krait_parser::{parse, Mode};
use std::collections::BTreeMap;

/// One field of CPython's error as krait's `SyntaxError` stores it (`None` becomes 0).
fn num(entry: &Json, key: &str) -> u32 {
    entry.get(key).as_i64().unwrap_or(0) as u32
}

#[test]
fn invalid_programs_match_cpython() {
    let dir = common::repo_root().join("tests/syntax_errors/parser");
    let text = std::fs::read_to_string(dir.join("expected.json"))
        .expect("expected.json (run python3 tests/tools/regen_syntax_errors.py)");
    let Json::Obj(expected) = json::parse(&text) else {
        panic!("expected.json is not an object")
    };
    let on_disk = std::fs::read_dir(&dir)
        .expect("corpus dir")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".py"))
        .count();
    assert_eq!(
        on_disk,
        expected.len(),
        "expected.json is stale: rerun tests/tools/regen_syntax_errors.py"
    );
    assert!(
        expected.len() >= 150,
        "the corpus must hold at least 150 programs"
    );

    let mut failures = BTreeMap::new();
    for (name, want) in &expected {
        let rel = format!("tests/syntax_errors/parser/{name}");
        let source = std::fs::read(dir.join(name)).expect("read corpus program");
        let want_line = format!(
            "{}: {} ({}:{}-{}:{}) text={:?}",
            want.get("type").as_str().unwrap_or(""),
            want.get("msg").as_str().unwrap_or(""),
            num(want, "lineno"),
            num(want, "offset"),
            num(want, "end_lineno"),
            num(want, "end_offset"),
            want.get("text").as_str()
        );
        let got = match catch_panic(|| parse(&source, &rel, Mode::Exec)) {
            Err(panic) => format!("panic: {panic}"),
            Ok(Ok(_)) => "accepted".to_string(),
            Ok(Err(e)) => format!(
                "{}: {} ({}:{}-{}:{}) text={:?}",
                e.kind.name(),
                e.msg,
                e.lineno,
                e.offset,
                e.end_lineno,
                e.end_offset,
                e.text.as_deref()
            ),
        };
        if got != want_line {
            failures.insert(name.clone(), format!("CPython {want_line}; krait {got}"));
        }
    }
    eprintln!(
        "parser syntax-error corpus: {} / {} programs match CPython",
        expected.len() - failures.len(),
        expected.len()
    );
    let known = KnownList::load(dir.join("known_failures.txt"));
    let header = "# Programs of tests/syntax_errors/parser/ whose error krait does not yet report as CPython.\n\
                  # Checked by crates/krait-parser/tests/syntax_errors.rs; this list may only shrink.\n";
    if let Err(msg) = known.check(header, &failures) {
        panic!("{msg}");
    }
}
