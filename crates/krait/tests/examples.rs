//! The README's first command runs `examples/quickstart.py`; its output must be exactly what
//! CPython 3.11 prints for it (run live, in the same test).

#[path = "../../krait-parser/tests/common/mod.rs"]
mod common;

use std::process::Command;

#[test]
fn quickstart_matches_cpython() {
    let root = common::repo_root();
    let run = |exe: &str| {
        Command::new(exe)
            .arg("examples/quickstart.py")
            .current_dir(&root)
            .env("PYTHONHASHSEED", "0")
            .output()
            .unwrap_or_else(|e| panic!("run {exe}: {e}"))
    };
    let ours = run(env!("CARGO_BIN_EXE_krait"));
    let theirs = run(&common::cpython());
    assert_eq!(
        String::from_utf8_lossy(&ours.stderr),
        String::from_utf8_lossy(&theirs.stderr)
    );
    assert_eq!(
        String::from_utf8_lossy(&ours.stdout),
        String::from_utf8_lossy(&theirs.stdout)
    );
    assert_eq!(ours.status.code(), theirs.status.code());
}
