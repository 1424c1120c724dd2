//! Replays every input saved under tests/parser/fuzz_regressions/ (crashes the `parse` fuzz
//! target once found) through `parse` in every mode: none may panic. The parse may fail; that is
//! a `SyntaxError` value, which is fine.

mod common;

use krait_parser::{dump::dump, parse, Mode};

#[test]
fn fuzz_regressions_do_not_panic() {
    let dir = common::repo_root().join("tests/parser/fuzz_regressions");
    let mut inputs: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/parser/fuzz_regressions")
        .filter_map(|e| Some(e.ok()?.path()))
        .filter(|p| p.extension().is_none_or(|e| e != "md"))
        .collect();
    inputs.sort();
    let panics: Vec<String> = common::parallel_map(&inputs, |path| {
        let data = std::fs::read(path).expect("read input");
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let outcome = common::catch_panic(|| {
            for mode in [Mode::Exec, Mode::Eval, Mode::Single, Mode::FuncType] {
                if let Ok(m) = parse(&data, &name, mode) {
                    let _ = dump(&m, true);
                }
            }
        });
        outcome.err().map(|p| format!("{name}: {p}"))
    })
    .into_iter()
    .flatten()
    .collect();
    eprintln!("fuzz regressions: {} inputs replayed", inputs.len());
    assert!(
        panics.is_empty(),
        "parser panicked on:\n{}",
        panics.join("\n")
    );
}
