//! Helpers shared by krait-parser's differential tests: finding CPython 3.11 and its stdlib,
//! known-failure lists (which may only shrink), CRC-32, and running work on every core.

#![allow(dead_code)]

pub mod json;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The repository root (two levels above this crate's manifest).
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .expect("repo root")
}

/// The reference interpreter: `$KRAIT_CPYTHON`, else `python3` on PATH. Must be CPython 3.11.
pub fn cpython() -> String {
    let exe = std::env::var("KRAIT_CPYTHON").unwrap_or_else(|_| "python3".into());
    let out = Command::new(&exe)
        .args([
            "-c",
            "import sys; print(sys.implementation.name, sys.version_info[:2] == (3, 11))",
        ])
        .output()
        .unwrap_or_else(|e| panic!("cannot run {exe} (set KRAIT_CPYTHON to a CPython 3.11): {e}"));
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        text.trim(),
        "cpython True",
        "{exe} is not CPython 3.11 (set KRAIT_CPYTHON)"
    );
    exe
}

/// The installed CPython's stdlib directory, `sysconfig.get_paths()['stdlib']`.
pub fn stdlib_dir(python: &str) -> PathBuf {
    let out = Command::new(python)
        .args([
            "-c",
            "import sysconfig; print(sysconfig.get_paths()['stdlib'])",
        ])
        .output()
        .expect("run python3");
    PathBuf::from(String::from_utf8(out.stdout).expect("utf-8 path").trim())
}

/// CRC-32 (IEEE, as `zlib.crc32`).
pub fn crc32(data: &[u8]) -> u32 {
    static TABLE: std::sync::OnceLock<[u32; 256]> = std::sync::OnceLock::new();
    let table = TABLE.get_or_init(|| {
        let mut t = [0u32; 256];
        for (i, slot) in t.iter_mut().enumerate() {
            let mut c = i as u32;
            for _ in 0..8 {
                c = if c & 1 != 0 {
                    0xEDB8_8320 ^ (c >> 1)
                } else {
                    c >> 1
                };
            }
            *slot = c;
        }
        t
    });
    !data.iter().fold(!0u32, |c, &b| {
        table[((c ^ u32::from(b)) & 0xFF) as usize] ^ (c >> 8)
    })
}

/// A known-failures list: one entry per line, `NAME  # reason`; `#` lines and blank lines are
/// ignored. The gate: every failure must be listed, and every listed entry must still fail.
pub struct KnownList {
    pub path: PathBuf,
    pub entries: BTreeMap<String, String>,
}

impl KnownList {
    pub fn load(path: PathBuf) -> KnownList {
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        let mut entries = BTreeMap::new();
        for line in text.lines() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let (name, reason) = line.split_once('#').unwrap_or((line, ""));
            entries.insert(name.trim().to_string(), reason.trim().to_string());
        }
        KnownList { path, entries }
    }

    /// Checks `failures` (name → why it fails now) against the list. With `KRAIT_UPDATE_KNOWN=1`
    /// in the environment, rewrites the list instead (each entry with the reason it fails now)
    /// and passes. Returns the report lines on failure.
    pub fn check(&self, header: &str, failures: &BTreeMap<String, String>) -> Result<(), String> {
        if std::env::var("KRAIT_UPDATE_KNOWN").as_deref() == Ok("1") {
            let mut text = String::from(header);
            for (name, why) in failures {
                text.push_str(&format!("{name}  # {}\n", one_line(why)));
            }
            std::fs::write(&self.path, text).expect("write known-failures list");
            eprintln!(
                "rewrote {} ({} entries)",
                self.path.display(),
                failures.len()
            );
            return Ok(());
        }
        let unexpected: Vec<_> = failures
            .keys()
            .filter(|k| !self.entries.contains_key(*k))
            .collect();
        let fixed: Vec<_> = self
            .entries
            .keys()
            .filter(|k| !failures.contains_key(*k))
            .collect();
        if unexpected.is_empty() && fixed.is_empty() {
            return Ok(());
        }
        let mut msg = String::new();
        if !unexpected.is_empty() {
            msg.push_str(&format!(
                "{} failure(s) not in {}:\n",
                unexpected.len(),
                self.path.display()
            ));
            for name in unexpected.iter().take(30) {
                msg.push_str(&format!("  {name}: {}\n", one_line(&failures[*name])));
            }
        }
        if !fixed.is_empty() {
            msg.push_str(&format!(
                "{} entr(y/ies) of {} now pass: remove them from the list:\n",
                fixed.len(),
                self.path.display()
            ));
            for name in fixed.iter().take(30) {
                msg.push_str(&format!("  {name}\n"));
            }
        }
        msg.push_str("(KRAIT_UPDATE_KNOWN=1 rewrites the list to the current failures)\n");
        Err(msg)
    }
}

/// `s` cut to one line of at most 160 characters.
pub fn one_line(s: &str) -> String {
    let flat: String = s
        .chars()
        .map(|c| if c == '\n' || c == '\r' { ' ' } else { c })
        .collect();
    if flat.chars().count() > 160 {
        format!("{}…", flat.chars().take(160).collect::<String>())
    } else {
        flat
    }
}

/// Runs `f` over `items` on every core (in threads with a large stack, since debug builds of a
/// recursive-descent parser need it), returning results in input order.
pub fn parallel_map<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let workers = std::thread::available_parallelism()
        .map_or(2, |n| n.get())
        .clamp(1, 8);
    let next = std::sync::atomic::AtomicUsize::new(0);
    let mut results: Vec<Option<R>> = (0..items.len()).map(|_| None).collect();
    let slots = std::sync::Mutex::new(&mut results);
    std::thread::scope(|scope| {
        for _ in 0..workers {
            std::thread::Builder::new()
                .stack_size(256 << 20)
                .spawn_scoped(scope, || loop {
                    let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    let Some(item) = items.get(i) else { break };
                    let r = f(item);
                    slots.lock().unwrap_or_else(|e| e.into_inner())[i] = Some(r);
                })
                .expect("spawn worker");
        }
    });
    results
        .into_iter()
        .map(|r| r.expect("every item processed"))
        .collect()
}

/// Runs `f`, turning a panic into `Err(message)`.
pub fn catch_panic<R>(f: impl FnOnce() -> R) -> Result<R, String> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)).map_err(|e| {
        e.downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| e.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "non-string panic".into())
    })
}

/// The text around the first difference of `a` (krait) and `b` (CPython), for reports.
pub fn first_difference(a: &str, b: &str) -> String {
    let at = a.bytes().zip(b.bytes()).take_while(|(x, y)| x == y).count();
    let window = |s: &str| {
        let mut lo = at.saturating_sub(120);
        while !s.is_char_boundary(lo) {
            lo -= 1;
        }
        let mut hi = (at + 120).min(s.len());
        while !s.is_char_boundary(hi) {
            hi += 1;
        }
        s[lo..hi].to_string()
    };
    format!(
        "first difference at byte {at}:\n    krait:   …{}…\n    CPython: …{}…",
        window(a),
        window(b)
    )
}
