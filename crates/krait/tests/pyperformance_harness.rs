//! The pyperformance-subset harness's own unit tests (Python's unittest, under CPython 3.11):
//! manifest parsing, statistics, the pyperf shim's protocol, report rendering and fetch.py's
//! checks. They make no network access and run no real benchmark (see
//! pyperformance-subset/README.md).

#[path = "../../krait-parser/tests/common/mod.rs"]
mod common;

use std::process::Command;

#[test]
fn harness_unit_tests_pass() {
    let root = common::repo_root();
    let out = Command::new(common::cpython())
        .args([
            "-m",
            "unittest",
            "discover",
            "-s",
            "pyperformance-subset/tests",
        ])
        .current_dir(&root)
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .output()
        .unwrap_or_else(|e| panic!("run python3 -m unittest: {e}"));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success(),
        "pyperformance-subset unit tests failed:\n{}{stderr}",
        String::from_utf8_lossy(&out.stdout)
    );
    assert!(
        stderr.contains("\nOK"),
        "unexpected unittest output:\n{stderr}"
    );
}
