//! The differential program corpus (tests/programs, issue 4): every program runs under the
//! `krait` binary, and its stdout, stderr and exit status must equal what CPython 3.11 produced
//! (the `.stdout`/`.stderr`/`.status` files written by tests/tools/regen_programs.py). Programs
//! krait cannot run yet are listed in tests/programs/known_failures.txt, which may only shrink
//! (`KRAIT_UPDATE_KNOWN=1 cargo test -p krait --test programs` rewrites it).

#[path = "../../krait-parser/tests/common/mod.rs"]
mod common;

use common::KnownList;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Mutex;

fn programs(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<_> = entries.flatten().map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            programs(&p, out);
        } else if p.extension().is_some_and(|e| e == "py") {
            out.push(p);
        }
    }
}

/// Why `program` does not match its expectations, or `None` if it does.
fn check(program: &Path) -> Option<String> {
    let dir = program.parent()?;
    let read = |ext: &str| std::fs::read_to_string(program.with_extension(ext)).unwrap_or_default();
    let expected_stdout = read("stdout");
    let expected_stderr = read("stderr").replace("{dir}", &dir.display().to_string());
    let expected_status: i32 = read("status").trim().parse().unwrap_or(0);
    let mut child = Command::new(env!("CARGO_BIN_EXE_krait"))
        .arg(program)
        .current_dir(dir)
        .env("PYTHONHASHSEED", "0")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .ok()?;
    // Drain both pipes on their own threads (a full pipe would block the program), and kill a
    // program that hangs under krait, so it fails instead of stalling the suite.
    let drain = |pipe: Option<Box<dyn std::io::Read + Send>>| {
        std::thread::spawn(move || {
            let mut buf = Vec::new();
            if let Some(mut p) = pipe {
                let _ = p.read_to_end(&mut buf);
            }
            buf
        })
    };
    let out_reader = drain(
        child
            .stdout
            .take()
            .map(|p| Box::new(p) as Box<dyn std::io::Read + Send>),
    );
    let err_reader = drain(
        child
            .stderr
            .take()
            .map(|p| Box::new(p) as Box<dyn std::io::Read + Send>),
    );
    let started = std::time::Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().ok()? {
            break status;
        }
        if started.elapsed() > std::time::Duration::from_secs(60) {
            let _ = child.kill();
            let _ = child.wait();
            return Some("timed out after 60 s".into());
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
    };
    let out = std::process::Output {
        status,
        stdout: out_reader.join().ok()?,
        stderr: err_reader.join().ok()?,
    };
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    let status = out.status.code().unwrap_or(-1);
    let mut why = Vec::new();
    if stdout != expected_stdout {
        why.push("stdout differs".to_string());
    }
    if stderr != expected_stderr {
        let first = stderr.lines().last().unwrap_or("").to_string();
        why.push(format!("stderr differs ({first})"));
    }
    if status != expected_status {
        why.push(format!("status {status} != {expected_status}"));
    }
    (!why.is_empty()).then(|| why.join("; "))
}

#[test]
fn corpus_matches_cpython() {
    let root = common::repo_root();
    let base = root.join("tests/programs");
    let mut all = Vec::new();
    programs(&base, &mut all);
    assert!(!all.is_empty(), "no programs under {}", base.display());
    let failures = Mutex::new(BTreeMap::new());
    let queue = Mutex::new(all.clone());
    let workers = std::thread::available_parallelism().map_or(2, |n| n.get());
    std::thread::scope(|s| {
        for _ in 0..workers {
            s.spawn(|| loop {
                let Some(p) = queue.lock().unwrap().pop() else {
                    break;
                };
                if let Some(why) = check(&p) {
                    let name = p.strip_prefix(&base).unwrap_or(&p).display().to_string();
                    failures.lock().unwrap().insert(name, why);
                }
            });
        }
    });
    let failures = failures.into_inner().unwrap();
    eprintln!(
        "program corpus: {} / {} match CPython",
        all.len() - failures.len(),
        all.len()
    );
    let known = KnownList::load(base.join("known_failures.txt"));
    let header = "# Programs of tests/programs whose output under krait differs from CPython's.\n\
                  # This list may only shrink (KRAIT_UPDATE_KNOWN=1 cargo test -p krait --test programs rewrites it).\n";
    if let Err(msg) = known.check(header, &failures) {
        panic!("{msg}");
    }
}
