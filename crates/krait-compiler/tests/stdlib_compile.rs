//! Compiles every `.py` file of the installed CPython 3.11 standard library (the parser test's
//! set: `sysconfig.get_paths()['stdlib']`, `site-packages` excluded, `Lib/test` included) and
//! checks each code object with krait-bytecode's verifier.
//!
//! Files krait's parser cannot parse yet are skipped and counted. Files CPython's `compile()`
//! rejects (listed by running `python3` over the same files) must be rejected with the same
//! exception type and line. Files listed in tests/stdlib_known_failures.txt may fail (one
//! `path<TAB>reason` per line, paths relative to the stdlib); the test fails if a listed file
//! now passes, so the list only shrinks. `KRAIT_UPDATE_KNOWN=1` rewrites the list.

use krait_bytecode::{CodeObject, Constant};
use krait_compiler::{compile, CompileOptions};
use krait_parser::{parse, Mode};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

fn stdlib_dir() -> Option<PathBuf> {
    let out = Command::new("python3")
        .args([
            "-c",
            "import sysconfig; print(sysconfig.get_paths()['stdlib'])",
        ])
        .output()
        .ok()?;
    let s = String::from_utf8(out.stdout).ok()?;
    Some(PathBuf::from(s.trim()))
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<_> = rd.filter_map(|e| e.ok()).map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            if p.file_name().is_some_and(|n| n == "site-packages") {
                continue;
            }
            walk(&p, out);
        } else if p.extension().is_some_and(|e| e == "py") {
            out.push(p);
        }
    }
}

/// CPython's verdict for each file it rejects: relative path → (type, lineno).
fn cpython_rejects(root: &Path) -> BTreeMap<String, (String, u32)> {
    let script = r#"
import os, sys
root = sys.argv[1]
for d, dirs, files in os.walk(root):
    dirs[:] = sorted(x for x in dirs if x != 'site-packages')
    for f in sorted(files):
        if not f.endswith('.py'): continue
        p = os.path.join(d, f)
        try:
            src = open(p, 'rb').read()
            compile(src, p, 'exec', dont_inherit=True)
        except (SyntaxError, ValueError, RecursionError, MemoryError) as e:
            print(os.path.relpath(p, root), type(e).__name__, getattr(e, 'lineno', 0) or 0, sep='\t')
"#;
    let out = Command::new("python3")
        .arg("-c")
        .arg(script)
        .arg(root)
        .output()
        .expect("python3");
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    text.lines()
        .filter_map(|l| {
            let mut it = l.split('\t');
            Some((
                it.next()?.to_owned(),
                (it.next()?.to_owned(), it.next()?.parse().ok()?),
            ))
        })
        .collect()
}

fn verify_all(code: &CodeObject) -> Result<(), String> {
    krait_bytecode::verify::verify(code).map_err(|e| format!("{}: {e}", code.qualname))?;
    for c in &code.consts {
        if let Constant::Code(inner) = c {
            verify_all(inner)?;
        }
    }
    Ok(())
}

/// One file's outcome: `Ok(())`, or a description of the failure.
fn check_file(path: &Path, rel: &str, reject: Option<&(String, u32)>) -> Result<(), String> {
    let src = std::fs::read(path).map_err(|e| format!("read: {e}"))?;
    let module = match parse(&src, rel, Mode::Exec) {
        Ok(m) => m,
        Err(e) => {
            return match reject {
                Some((ty, line)) if ty == e.kind.name() && *line == e.lineno => Ok(()),
                _ => Err(format!(
                    "SKIP parser: {}: {} (line {})",
                    e.kind.name(),
                    e.msg,
                    e.lineno
                )),
            };
        }
    };
    let result = compile(&module, rel, &CompileOptions::default());
    match (result, reject) {
        (Ok(code), None) => verify_all(&code).map_err(|e| format!("verifier: {e}")),
        (Ok(_), Some((ty, line))) => Err(format!("accepted, CPython raises {ty} at line {line}")),
        (Err(e), None) => Err(format!(
            "rejected: {}: {} (line {})",
            e.kind.name(),
            e.msg,
            e.lineno
        )),
        (Err(e), Some((ty, line))) => {
            if e.kind.name() == ty && e.lineno == *line {
                Ok(())
            } else {
                Err(format!(
                    "rejected as {}: {} (line {}), CPython: {ty} line {line}",
                    e.kind.name(),
                    e.msg,
                    e.lineno
                ))
            }
        }
    }
}

fn run() {
    let Some(root) = stdlib_dir() else {
        eprintln!("python3 not found: skipping the stdlib compile test");
        return;
    };
    let mut files = Vec::new();
    walk(&root, &mut files);
    assert!(
        files.len() > 1000,
        "found only {} stdlib files under {}",
        files.len(),
        root.display()
    );
    let rejects = cpython_rejects(&root);
    let known_path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/stdlib_known_failures.txt");
    let known_text = std::fs::read_to_string(&known_path).unwrap_or_default();
    let known: BTreeMap<String, String> = known_text
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| match l.split_once('\t') {
            Some((p, r)) => (p.to_owned(), r.to_owned()),
            None => (l.to_owned(), String::new()),
        })
        .collect();
    let (mut ok, mut skipped) = (0, 0);
    let mut failures: BTreeMap<String, String> = BTreeMap::new();
    for path in &files {
        let rel = path
            .strip_prefix(&root)
            .unwrap_or(path)
            .to_string_lossy()
            .into_owned();
        let outcome = std::panic::catch_unwind(|| check_file(path, &rel, rejects.get(&rel)))
            .unwrap_or_else(|_| Err("panic".to_owned()));
        match outcome {
            Ok(()) => ok += 1,
            Err(msg) if msg.starts_with("SKIP") => skipped += 1,
            Err(msg) => {
                failures.insert(rel, msg);
            }
        }
    }
    eprintln!(
        "stdlib: {} files, {ok} compiled and verified (or rejected as CPython does), {skipped} skipped (parser), {} failed",
        files.len(),
        failures.len()
    );
    if std::env::var_os("KRAIT_UPDATE_KNOWN").is_some() {
        let mut s =
            String::from("# stdlib files krait's compiler does not handle yet: path<TAB>reason\n");
        for (p, r) in &failures {
            s.push_str(&format!("{p}\t{}\n", r.replace(['\t', '\n'], " ")));
        }
        std::fs::write(&known_path, s).expect("write known failures");
        return;
    }
    let unexpected: Vec<_> = failures
        .iter()
        .filter(|(p, _)| !known.contains_key(*p))
        .collect();
    let fixed: Vec<_> = known
        .keys()
        .filter(|p| !failures.contains_key(*p))
        .collect();
    for (p, m) in unexpected.iter().take(40) {
        eprintln!("FAIL {p}: {m}");
    }
    for p in fixed.iter().take(40) {
        eprintln!("NOW PASSES (remove from the known list): {p}");
    }
    assert!(
        unexpected.is_empty() && fixed.is_empty(),
        "{} unexpected failures, {} known failures now pass",
        unexpected.len(),
        fixed.len()
    );
}

#[test]
fn stdlib_compiles_and_verifies() {
    // Deeply nested stdlib expressions need more stack than a test thread's default.
    std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(run)
        .expect("thread")
        .join()
        .expect("stdlib test");
}
