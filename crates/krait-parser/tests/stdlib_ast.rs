//! The stdlib differential test: every `.py` file of the installed CPython 3.11 standard library
//! (`site-packages` excluded, `test/` included) is parsed by krait and by CPython's `ast.parse`;
//! `ast.dump` must be identical both without and with `include_attributes=True`, and a file
//! CPython rejects must be rejected by krait with the same exception type and line.
//!
//! CPython runs once per stdlib (tests/tools/cpython_ast_cache.py), caching the length and CRC-32
//! of each dump in the cargo target dir; krait's dumps are compared against those. Files listed
//! in tests/parser/known_mismatches.txt may fail; any other failure, or a listed file that now
//! matches, fails the test. `KRAIT_UPDATE_KNOWN=1` rewrites the list.

mod common;

use common::{catch_panic, crc32, first_difference, one_line, parallel_map, KnownList};
use krait_parser::{dump::dump, parse, Mode};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// What CPython did with one file.
enum Expected {
    Ok {
        len: usize,
        crc: u32,
        attrs_len: usize,
        attrs_crc: u32,
    },
    Err {
        exc: String,
        lineno: u32,
    },
}

/// Loads (building it first if missing or stale) CPython's results for every stdlib file.
fn cpython_results(python: &str, stdlib: &Path) -> Vec<(String, Expected)> {
    let script = common::repo_root().join("tests/tools/cpython_ast_cache.py");
    let script_text = std::fs::read(&script).expect("read cpython_ast_cache.py");
    let key = crc32(format!("{}|{}", stdlib.display(), crc32(&script_text)).as_bytes());
    let cache =
        PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("stdlib_ast_cache_{key:08x}.txt"));
    if !cache.exists() {
        let status = Command::new(python)
            .arg(&script)
            .arg("cache")
            .arg(stdlib)
            .arg(&cache)
            .status()
            .expect("run cpython_ast_cache.py");
        assert!(status.success(), "cpython_ast_cache.py failed");
    }
    let text = std::fs::read_to_string(&cache).expect("read cache");
    let mut out = Vec::new();
    for line in text.lines().skip(1) {
        let f: Vec<&str> = line.split('\t').collect();
        let num = |i: usize| f[i].parse::<u64>().expect("cache number");
        let expected = match f[1] {
            "OK" => Expected::Ok {
                len: num(2) as usize,
                crc: num(3) as u32,
                attrs_len: num(4) as usize,
                attrs_crc: num(5) as u32,
            },
            _ => Expected::Err {
                exc: f[2].to_string(),
                lineno: num(3) as u32,
            },
        };
        out.push((f[0].to_string(), expected));
    }
    out
}

/// Parses one file with krait and says how it differs from CPython, if it does.
fn check_file(stdlib: &Path, rel: &str, expected: &Expected) -> Option<String> {
    let full = stdlib.join(rel);
    let source = std::fs::read(&full).ok()?;
    let filename = full.to_string_lossy().into_owned();
    let result = catch_panic(|| {
        parse(&source, &filename, Mode::Exec).map(|m| (dump(&m, false), dump(&m, true)))
    });
    match (result, expected) {
        (Err(panic), _) => Some(format!("krait panicked: {panic}")),
        (
            Ok(Ok((plain, attrs))),
            Expected::Ok {
                len,
                crc,
                attrs_len,
                attrs_crc,
            },
        ) => {
            if plain.len() != *len || crc32(plain.as_bytes()) != *crc {
                Some("ast.dump differs".into())
            } else if attrs.len() != *attrs_len || crc32(attrs.as_bytes()) != *attrs_crc {
                Some("ast.dump(include_attributes=True) differs (locations)".into())
            } else {
                None
            }
        }
        (Ok(Err(e)), Expected::Ok { .. }) => Some(format!(
            "krait rejects: {}: {} (line {})",
            e.kind.name(),
            e.msg,
            e.lineno
        )),
        (Ok(Ok(_)), Expected::Err { exc, lineno }) => Some(format!(
            "CPython rejects ({exc}, line {lineno}), krait accepts"
        )),
        (Ok(Err(e)), Expected::Err { exc, lineno }) => {
            if e.kind.name() == exc && e.lineno == *lineno {
                None
            } else {
                Some(format!(
                    "CPython: {exc} line {lineno}; krait: {} line {}: {}",
                    e.kind.name(),
                    e.lineno,
                    e.msg
                ))
            }
        }
    }
}

/// The start of a diff of krait's and CPython's dump of one file, for the report.
fn diff_report(python: &str, stdlib: &Path, rel: &str, attrs: bool) -> String {
    let full = stdlib.join(rel);
    let script = common::repo_root().join("tests/tools/cpython_ast_cache.py");
    let mut cmd = Command::new(python);
    cmd.arg(&script).arg("dump").arg(&full);
    if attrs {
        cmd.arg("attrs");
    }
    let Ok(out) = cmd.output() else {
        return String::new();
    };
    let theirs = String::from_utf8_lossy(&out.stdout).into_owned();
    let source = std::fs::read(&full).unwrap_or_default();
    let Ok(Ok(m)) = catch_panic(|| parse(&source, &full.to_string_lossy(), Mode::Exec)) else {
        return String::new();
    };
    first_difference(&dump(&m, attrs), &theirs)
}

/// How long the whole stdlib may take before the parser is taken to hang (it takes seconds).
const HANG_LIMIT: Duration = Duration::from_secs(600);

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

/// Ends the test process with the names of the files being parsed if the run exceeds
/// [`HANG_LIMIT`]: a hang must fail CI with a name, not time it out silently.
fn watchdog(in_progress: Arc<Mutex<BTreeSet<String>>>, finished: Arc<AtomicBool>) {
    std::thread::spawn(move || {
        let start = Instant::now();
        while start.elapsed() < HANG_LIMIT {
            if finished.load(Ordering::Relaxed) {
                return;
            }
            std::thread::sleep(Duration::from_millis(200));
        }
        eprintln!(
            "stdlib AST: still parsing after {}s; the parser hangs on: {:?}",
            HANG_LIMIT.as_secs(),
            lock(&in_progress)
        );
        std::process::exit(101);
    });
}

#[test]
fn stdlib_matches_cpython_ast() {
    let python = common::cpython();
    let stdlib = common::stdlib_dir(&python);
    let results = cpython_results(&python, &stdlib);
    assert!(
        results.len() > 1500,
        "found only {} stdlib files under {}",
        results.len(),
        stdlib.display()
    );

    let start = std::time::Instant::now();
    let in_progress = Arc::new(Mutex::new(BTreeSet::new()));
    let finished = Arc::new(AtomicBool::new(false));
    watchdog(Arc::clone(&in_progress), Arc::clone(&finished));
    let verdicts = parallel_map(&results, |(rel, expected)| {
        lock(&in_progress).insert(rel.clone());
        let verdict = check_file(&stdlib, rel, expected);
        lock(&in_progress).remove(rel);
        verdict
    });
    finished.store(true, Ordering::Relaxed);
    let elapsed = start.elapsed();

    let failures: BTreeMap<String, String> = results
        .iter()
        .zip(verdicts)
        .filter_map(|((rel, _), v)| v.map(|why| (rel.clone(), why)))
        .collect();
    let total = results.len();
    eprintln!(
        "stdlib AST: {} / {total} files match CPython ({} rejected by CPython) in {:.1}s; stdlib {}",
        total - failures.len(),
        results.iter().filter(|(_, e)| matches!(e, Expected::Err { .. })).count(),
        elapsed.as_secs_f64(),
        stdlib.display()
    );
    let known = KnownList::load(common::repo_root().join("tests/parser/known_mismatches.txt"));
    let header = "# stdlib files (relative to CPython's stdlib dir) whose krait parse differs from CPython's.\n\
                  # Checked by crates/krait-parser/tests/stdlib_ast.rs; this list may only shrink.\n";
    if let Err(msg) = known.check(header, &failures) {
        let mut report = msg;
        let dump_diffs = failures
            .iter()
            .filter(|(rel, why)| why.contains("differs") && !known.entries.contains_key(*rel))
            .take(3);
        for (rel, why) in dump_diffs {
            let attrs = why.contains("locations");
            report.push_str(&format!(
                "\n{rel}: {}\n  {}\n",
                one_line(why),
                diff_report(&python, &stdlib, rel, attrs)
            ));
        }
        panic!("{report}");
    }
}
