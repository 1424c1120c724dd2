//! CPython's own Lib/test under krait (issue 8): the runner's unit tests (one runs the driver
//! under krait with a stub unittest), and its check mode on the fast selection (issue 8's
//! module list), which fails when a test recorded as passing in tests/cpython/expected.json no
//! longer passes. Skipped, with a message, when the installed CPython 3.11 has no Lib/test.
//! See docs/testing.md.

#[path = "../../krait-parser/tests/common/mod.rs"]
mod common;

use std::process::Command;

/// The runner's exit status when CPython 3.11, its Lib/test or krait is missing.
const SKIP: i32 = 77;

#[test]
fn runner_unit_tests_pass() {
    let root = common::repo_root();
    let out = Command::new(common::cpython())
        .args(["-m", "unittest", "discover", "-s", "tests/cpython/tests"])
        .current_dir(&root)
        // test_driver.py also runs the driver under krait, with a stub unittest.
        .env("KRAIT", env!("CARGO_BIN_EXE_krait"))
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .output()
        .unwrap_or_else(|e| panic!("run python3 -m unittest: {e}"));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success(),
        "tests/cpython runner unit tests failed:\n{}{stderr}",
        String::from_utf8_lossy(&out.stdout)
    );
    assert!(
        stderr.contains("\nOK"),
        "unexpected unittest output:\n{stderr}"
    );
}

#[test]
fn quick_selection_has_no_regressions() {
    let root = common::repo_root();
    let report = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("cpython-tests-quick.json");
    let out = Command::new(common::cpython())
        .args([
            "tests/cpython/run.py",
            "check",
            "--quick",
            "--no-table",
            "--krait",
        ])
        .arg(env!("CARGO_BIN_EXE_krait"))
        .arg("--json")
        .arg(&report)
        .current_dir(&root)
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .output()
        .unwrap_or_else(|e| panic!("run tests/cpython/run.py: {e}"));
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    if out.status.code() == Some(SKIP) {
        eprintln!("SKIPPED: CPython's Lib/test under krait: {}", stderr.trim());
        return;
    }
    // The summary lines (totals, new passes) show with --nocapture.
    println!("{stdout}");
    assert!(
        out.status.success(),
        "CPython Lib/test regressions (tests/cpython/expected.json; run \
         `python3 tests/cpython/run.py check --quick` to see them, --update if intended):\n\
         {stdout}\n{stderr}"
    );
}
