//! Every file of the installed CPython 3.11 standard library that krait compiles survives
//! `write_pyc` → `read_pyc` (which runs the full validation, the verifier included) and
//! re-serializes to the same bytes. Files the compiler rejects are the compiler's stdlib test's
//! business (crates/krait-compiler/tests/stdlib_compile.rs) and are only counted here.
//!
//! Slow in debug builds (it compiles ~1,800 files); `cargo test --release -p krait-bytecode
//! --test stdlib_pyc` is quicker.

use krait_bytecode::pyc::{source_hash, PycHeader};
use krait_bytecode::{read_pyc, write_pyc};
use krait_compiler::{compile_source, CompileOptions};
use krait_parser::Mode;
use std::path::{Path, PathBuf};
use std::process::Command;

fn stdlib_dir() -> PathBuf {
    let out = Command::new("python3")
        .args([
            "-c",
            "import sysconfig; print(sysconfig.get_paths()['stdlib'])",
        ])
        .output()
        .expect("python3 (CPython 3.11) must be on PATH");
    PathBuf::from(String::from_utf8_lossy(&out.stdout).trim())
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<PathBuf> = rd.filter_map(|e| e.ok()).map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            if !p.ends_with("site-packages") && !p.ends_with("__pycache__") {
                walk(&p, out);
            }
        } else if p.extension().is_some_and(|e| e == "py") {
            out.push(p);
        }
    }
}

#[test]
fn stdlib_round_trips_through_pyc() {
    let root = stdlib_dir();
    let mut files = vec![];
    walk(&root, &mut files);
    assert!(
        files.len() > 1000,
        "found only {} files under {}",
        files.len(),
        root.display()
    );
    let (mut compiled, mut not_compiled) = (0, 0);
    let mut failures = vec![];
    for path in &files {
        let Ok(source) = std::fs::read(path) else {
            continue;
        };
        let name = path
            .strip_prefix(&root)
            .unwrap_or(path)
            .to_string_lossy()
            .into_owned();
        let Ok(code) = compile_source(&source, &name, Mode::Exec, &CompileOptions::default())
        else {
            not_compiled += 1;
            continue;
        };
        compiled += 1;
        let header = PycHeader::Hash {
            check_source: true,
            source_hash: source_hash(&source),
        };
        let bytes = write_pyc(&code, &header);
        match read_pyc(&bytes) {
            Ok((h, back)) => {
                if h != header || write_pyc(&back, &h) != bytes {
                    failures.push(format!("{name}: round trip changed the bytes"));
                }
            }
            Err(e) => failures.push(format!("{name}: {e}")),
        }
    }
    eprintln!("{compiled} files compiled and checked, {not_compiled} not compiled");
    assert!(
        failures.is_empty(),
        "{} of {compiled} compiled files fail to load:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
