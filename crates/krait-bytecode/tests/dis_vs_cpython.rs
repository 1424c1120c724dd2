//! krait's golden `dis` files (tests/dis/golden/) against CPython 3.11's `dis` of the same
//! programs, compiled live by `python3`, through tests/dis/compare_cpython.py (which removes the
//! differences krait's instruction set makes on purpose: no PRECALL/CACHE, absolute jumps,
//! 2-byte offsets).
//!
//! Programs listed in tests/dis/cpython_known_differences.txt may differ (the compiler does not
//! match CPython there yet); the test fails when an unlisted program differs, and when a listed
//! one now matches, so the list only shrinks. `KRAIT_UPDATE_KNOWN=1` rewrites the list.

use std::path::Path;
use std::process::Command;

#[test]
fn golden_dis_matches_cpython_modulo_known_differences() {
    let dis_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/dis");
    let out = Command::new("python3")
        .arg(dis_dir.join("compare_cpython.py"))
        .output()
        .expect("python3 (CPython 3.11) must be on PATH");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report = String::from_utf8(out.stdout).expect("utf-8");
    let differing: Vec<(&str, &str)> = report
        .lines()
        .filter_map(|l| l.split_once(" differs: "))
        .collect();
    assert!(report.lines().count() >= 40, "{report}");
    let known_path = dis_dir.join("cpython_known_differences.txt");
    if std::env::var_os("KRAIT_UPDATE_KNOWN").is_some() {
        let mut text = String::from(
            "# Programs of tests/dis/programs whose krait dis differs from CPython 3.11's (after the\n\
             # deliberate instruction-set differences): NAME<TAB>first difference. Only shrinks.\n\
             # Regenerate: KRAIT_UPDATE_KNOWN=1 cargo test -p krait-bytecode --test dis_vs_cpython\n",
        );
        for (name, diff) in &differing {
            text.push_str(&format!("{name}\t{diff}\n"));
        }
        std::fs::write(&known_path, text).expect("write known differences");
        return;
    }
    let known_text = std::fs::read_to_string(&known_path).unwrap_or_default();
    let known: Vec<&str> = known_text
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .filter_map(|l| l.split('\t').next())
        .collect();
    let mut problems = vec![];
    for (name, diff) in &differing {
        if !known.contains(name) {
            problems.push(format!("{name} now differs from CPython: {diff}"));
        }
    }
    for name in &known {
        if !differing.iter().any(|(n, _)| n == name) {
            problems.push(format!(
                "{name} now matches CPython: remove it from the known list"
            ));
        }
    }
    assert!(
        problems.is_empty(),
        "{}\n(after a deliberate change: KRAIT_UPDATE_KNOWN=1 cargo test -p krait-bytecode --test dis_vs_cpython)",
        problems.join("\n")
    );
}
