//! The compile-time error corpus: every program in tests/syntax_errors/compiler/ (accepted by
//! CPython's parser, rejected by its compiler) must make krait's compiler fail as CPython 3.11's
//! `compile()` does — same exception type, message, line, offset, end line and end offset —
//! as recorded in expected.tsv by `python3 tests/tools/regen_compile_errors.py`. Programs in
//! tests/syntax_errors/compiler/known_failures.txt (`name<TAB>reason`) may differ; the test
//! fails if one of them now matches, so the list only shrinks. `KRAIT_UPDATE_KNOWN=1`
//! rewrites it.

use krait_compiler::{compile_source, CompileOptions};
use krait_parser::Mode;
use std::collections::BTreeMap;
use std::path::PathBuf;

fn corpus_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/syntax_errors/compiler")
}

fn outcome(name: &str) -> String {
    let rel = format!("tests/syntax_errors/compiler/{name}");
    let source = std::fs::read(corpus_dir().join(name)).expect("read corpus program");
    let r = std::panic::catch_unwind(|| {
        compile_source(&source, &rel, Mode::Exec, &CompileOptions::default())
    });
    match r {
        Err(_) => "panic".to_owned(),
        Ok(Ok(_)) => "compiled".to_owned(),
        Ok(Err(e)) => format!(
            "{}\t{}\t{}\t{}\t{}\t{}",
            e.kind.name(),
            e.msg,
            e.lineno,
            e.offset,
            e.end_lineno,
            e.end_offset
        ),
    }
}

#[test]
fn compile_errors_match_cpython() {
    let dir = corpus_dir();
    let text = std::fs::read_to_string(dir.join("expected.tsv"))
        .expect("expected.tsv (run python3 tests/tools/regen_compile_errors.py)");
    let expected: BTreeMap<String, String> = text
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .filter_map(|l| {
            l.split_once('\t')
                .map(|(n, rest)| (n.to_owned(), rest.to_owned()))
        })
        .collect();
    let on_disk = std::fs::read_dir(&dir)
        .expect("corpus dir")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".py"))
        .count();
    assert_eq!(
        on_disk,
        expected.len(),
        "expected.tsv is stale: rerun tests/tools/regen_compile_errors.py"
    );
    assert!(
        expected.len() >= 60,
        "the corpus must hold at least 60 programs"
    );

    let known_path = dir.join("known_failures.txt");
    let known: BTreeMap<String, String> = std::fs::read_to_string(&known_path)
        .unwrap_or_default()
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| match l.split_once('\t') {
            Some((n, r)) => (n.to_owned(), r.to_owned()),
            None => (l.to_owned(), String::new()),
        })
        .collect();

    let mut mismatches = BTreeMap::new();
    for (name, want) in &expected {
        let got = outcome(name);
        if &got != want {
            mismatches.insert(name.clone(), (want.clone(), got));
        }
    }
    let matched = expected.len() - mismatches.len();
    eprintln!(
        "compile-error corpus: {matched}/{} match CPython",
        expected.len()
    );
    if std::env::var_os("KRAIT_UPDATE_KNOWN").is_some() {
        let mut s = String::from(
            "# programs whose compile error differs from CPython's: name<TAB>CPython | krait\n",
        );
        for (n, (w, g)) in &mismatches {
            s.push_str(&format!(
                "{n}\t{} | {}\n",
                w.replace('\t', " "),
                g.replace('\t', " ")
            ));
        }
        std::fs::write(&known_path, s).expect("write known failures");
        return;
    }
    let mut problems = Vec::new();
    for (n, (w, g)) in &mismatches {
        if !known.contains_key(n) {
            problems.push(format!("{n}:\n  CPython: {w}\n  krait:   {g}"));
        }
    }
    for n in known.keys() {
        if !mismatches.contains_key(n) {
            problems.push(format!(
                "{n}: now matches; remove it from known_failures.txt"
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
