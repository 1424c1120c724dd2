//! The `krait` command line against `python3`'s: for each command line below, both programs run
//! in the same directory and must write the same stdout and stderr and exit with the same status
//! (each program's own name, `argv[0]`, is written as PROG before comparing). CPython is run at
//! test time: it is the expectation.

#[path = "../../krait-parser/tests/common/mod.rs"]
mod common;

use std::path::Path;
use std::process::{Command, Output};

/// CPython's interpreter path (`sys.executable`), so that its `argv[0]` is known.
fn cpython_exe() -> String {
    let python = common::cpython();
    let out = Command::new(&python)
        .args(["-c", "import sys; print(sys.executable)"])
        .output()
        .expect("run python3");
    String::from_utf8(out.stdout)
        .expect("utf-8")
        .trim()
        .to_string()
}

fn run(exe: &str, args: &[&str], cwd: &Path) -> Output {
    Command::new(exe)
        .args(args)
        .current_dir(cwd)
        .env_remove("PYTHONSTARTUP")
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap_or_else(|e| panic!("run {exe}: {e}"))
}

/// stdout, stderr and status, with `program` replaced by PROG.
fn observed(out: &Output, program: &str) -> (String, String, Option<i32>) {
    let norm = |b: &[u8]| String::from_utf8_lossy(b).replace(program, "PROG");
    (norm(&out.stdout), norm(&out.stderr), out.status.code())
}

/// Command lines whose whole observable behaviour is defined without running a program.
const SAME_AS_CPYTHON: &[&[&str]] = &[
    &["-z"],
    &["-Bz"],
    &["-OOz", "x.py"],
    &["--foo"],
    &["--ver"],
    &["--version=1"],
    &["--help=x"],
    &["-c"],
    &["-m"],
    &["-W"],
    &["-X"],
    &["-E", "-X"],
    &["-J"],
    &["--check-hash-based-pycs"],
    &["--check-hash-based-pycs", "bad", "x.py"],
    &["--check-hash-based-pycs=always", "-c", "pass"],
    &["-V"],
    &["--version"],
    &["-Vq"],
    &["-qV"],
    &["-V", "-c", "pass"],
    &["-Bv", "-V"],
    &["nonexistent.py"],
    &["-O", "-B", "nonexistent.py", "-z"],
    &["./sub/../nonexistent.py"],
    &["it's missing.py"],
    &["/nonexistent/dir/x.py"],
    &["--", "-c"],
    &[
        "-Wd",
        "-Xdev",
        "-E",
        "-s",
        "-S",
        "-u",
        "-I",
        "-P",
        "-b",
        "-d",
        "-R",
        "-t",
        "missing.py",
    ],
];

#[test]
fn option_handling_matches_cpython() {
    let python = cpython_exe();
    let krait = env!("CARGO_BIN_EXE_krait");
    let cwd = Path::new(env!("CARGO_TARGET_TMPDIR"));
    let mut failures = Vec::new();
    for args in SAME_AS_CPYTHON {
        let want = observed(&run(&python, args, cwd), &python);
        let got = observed(&run(krait, args, cwd), krait);
        if want != got {
            failures.push(format!(
                "krait {args:?}\n  CPython: {want:?}\n  krait:   {got:?}"
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} command line(s) differ from CPython:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn help_starts_with_cpythons_usage_line() {
    let python = cpython_exe();
    let krait = env!("CARGO_BIN_EXE_krait");
    let cwd = Path::new(env!("CARGO_TARGET_TMPDIR"));
    for flag in ["-h", "-?", "--help", "--help-all"] {
        let want = observed(&run(&python, &[flag], cwd), &python);
        let got = observed(&run(krait, &[flag], cwd), krait);
        assert_eq!(
            want.0.lines().next(),
            got.0.lines().next(),
            "first line of {flag}"
        );
        assert_eq!((want.2, got.2), (Some(0), Some(0)), "status of {flag}");
    }
}

#[test]
fn double_version_names_krait() {
    let krait = env!("CARGO_BIN_EXE_krait");
    let out = run(krait, &["-VV"], Path::new(env!("CARGO_TARGET_TMPDIR")));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.starts_with("Python 3.11.7 (krait "), "{text}");
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn directory_without_main_is_reported() {
    let python = cpython_exe();
    let krait = env!("CARGO_BIN_EXE_krait");
    let cwd = Path::new(env!("CARGO_TARGET_TMPDIR"));
    std::fs::create_dir_all(cwd.join("a_directory")).expect("mkdir");
    let want = observed(&run(&python, &["a_directory"], cwd), &python);
    let got = observed(&run(krait, &["a_directory"], cwd), krait);
    assert_eq!(want, got);
}
