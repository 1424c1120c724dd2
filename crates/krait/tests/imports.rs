//! The import system against CPython's: the fixture tree tests/imports (see its README) is
//! run under krait and `python3` with the same command lines, bytecode writing off for both;
//! stdout, stderr and the exit status must be equal (each program's own path written as PROG).

#[path = "../../krait-parser/tests/common/mod.rs"]
mod common;

use std::path::Path;
use std::process::Command;

const KRAIT: &str = env!("CARGO_BIN_EXE_krait");

const COMMAND_LINES: &[&[&str]] = &[
    &["main.py"],
    &["meta.py"],
    &["-m", "helper"],
    &["-m", "pkg"],
    &["-m", "pkg.sub.deep"],
    &["-m", "ns"],
    &["-m", "nosuch"],
    &["-m", "helper.x"],
    &["-m", "nosuch.x"],
    &["-c", "import pkg.mod_a as m; print(m.f())"],
    &["-c", "from pkg.sub import deep; print(deep.where())"],
    &["-c", "import broken"],
];

fn run(exe: &str, args: &[&str], dir: &Path) -> (String, String, Option<i32>) {
    let out = Command::new(exe)
        .args(args)
        .current_dir(dir)
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .env_remove("PYTHONPATH")
        .output()
        .unwrap_or_else(|e| panic!("run {exe}: {e}"));
    let norm = |b: &[u8]| String::from_utf8_lossy(b).replace(exe, "PROG");
    (norm(&out.stdout), norm(&out.stderr), out.status.code())
}

#[test]
fn imports_match_cpython() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/imports");
    let python = common::cpython();
    let exe = String::from_utf8(
        Command::new(&python)
            .args(["-c", "import sys; print(sys.executable)"])
            .output()
            .expect("python3")
            .stdout,
    )
    .expect("utf-8");
    let mut failures = Vec::new();
    for args in COMMAND_LINES {
        let expected = run(exe.trim(), args, &dir);
        let actual = run(KRAIT, args, &dir);
        if expected != actual {
            failures.push(format!(
                "{args:?}\n  CPython: {expected:?}\n  krait:   {actual:?}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
