//! Shared helpers for krait benchmarks: finding the CPython standard library and loading the
//! same set of files the stdlib parser test and `benches/cpython_parse.py` use.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The stdlib directory of the reference CPython: `$KRAIT_STDLIB` if set, else
/// `sysconfig.get_paths()['stdlib']` of `$KRAIT_CPYTHON` (default `python3`).
///
/// # Panics
/// When neither is available: a benchmark cannot run without its input.
pub fn stdlib_dir() -> PathBuf {
    if let Ok(dir) = std::env::var("KRAIT_STDLIB") {
        return PathBuf::from(dir);
    }
    let python = std::env::var("KRAIT_CPYTHON").unwrap_or_else(|_| "python3".into());
    let out = Command::new(&python)
        .args([
            "-c",
            "import sysconfig; print(sysconfig.get_paths()['stdlib'])",
        ])
        .output()
        .unwrap_or_else(|e| panic!("cannot run {python}: {e}"));
    PathBuf::from(String::from_utf8_lossy(&out.stdout).trim())
}

/// Every `.py` file under `dir`, skipping `site-packages` and `__pycache__`, sorted by path
/// relative to `dir`: the same list as tests/tools/cpython_ast_cache.py's `files()`.
pub fn python_files(dir: &Path) -> Vec<PathBuf> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            let name = entry.file_name();
            if path.is_dir() {
                if name != "site-packages" && name != "__pycache__" {
                    walk(&path, out);
                }
            } else if path.extension().is_some_and(|e| e == "py") {
                out.push(path);
            }
        }
    }
    let mut out = Vec::new();
    walk(dir, &mut out);
    out.sort();
    out
}

/// The stdlib's `.py` files with their contents: `(path, bytes)`.
pub fn stdlib_sources() -> Vec<(String, Vec<u8>)> {
    python_files(&stdlib_dir())
        .into_iter()
        .filter_map(|p| Some((p.to_string_lossy().into_owned(), std::fs::read(&p).ok()?)))
        .collect()
}
