//! The bytecode cache, one test per sentence of issue 5's "bytecode cache" section: where the
//! cache file goes, that `__main__` is not cached, reuse without recompiling, recompiling on
//! change, hash-based files, `-B` and its siblings, atomic writes under concurrent importers,
//! unwritable cache directories, damaged files, running a `.pyc` and sourceless imports.
//!
//! Reuse is observed, not assumed: a cache file made from other source text but recording the
//! current source's mtime and size must be what runs.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const KRAIT: &str = env!("CARGO_BIN_EXE_krait");

/// A fresh directory for one test.
fn scratch(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("krait-pyc-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).expect("mkdir");
    d
}

/// Runs krait in `dir` with the cache enabled (the environment's PYTHONDONTWRITEBYTECODE and
/// PYTHONPYCACHEPREFIX removed) plus `env`.
fn krait(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut c = Command::new(KRAIT);
    c.args(args)
        .current_dir(dir)
        .env_remove("PYTHONDONTWRITEBYTECODE")
        .env_remove("PYTHONPYCACHEPREFIX");
    for (k, v) in env {
        c.env(k, v);
    }
    c.output().expect("run krait")
}

fn stdout(o: &Output) -> String {
    assert!(
        o.status.success(),
        "krait failed: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn write(path: &Path, text: &str) {
    std::fs::write(path, text).expect("write");
}

fn pyc(dir: &Path, name: &str) -> PathBuf {
    dir.join("__pycache__")
        .join(format!("{name}.krait-311.pyc"))
}

/// Sets a file's mtime to `secs` after the epoch.
fn set_mtime(path: &Path, secs: u64) {
    let f = std::fs::File::options()
        .write(true)
        .open(path)
        .expect("open");
    f.set_modified(std::time::UNIX_EPOCH + std::time::Duration::from_secs(secs))
        .expect("set mtime");
}

#[test]
fn import_writes_cache_beside_source_but_main_is_not_cached() {
    let d = scratch("place");
    write(&d.join("mod.py"), "print('mod')\n");
    write(&d.join("main.py"), "import mod\n");
    assert_eq!(stdout(&krait(&d, &["main.py"], &[])), "mod\n");
    assert!(pyc(&d, "mod").is_file());
    assert!(!pyc(&d, "main").exists());
    let names: Vec<_> = std::fs::read_dir(d.join("__pycache__"))
        .expect("pycache")
        .map(|e| e.expect("entry").file_name())
        .collect();
    assert_eq!(
        names.len(),
        1,
        "only mod's cache file, no temporaries: {names:?}"
    );
}

#[test]
fn valid_cache_is_reused_without_compiling() {
    let d = scratch("reuse");
    write(&d.join("main.py"), "import mod\n");
    // Cache the text "B", then put back "A" (same size) with the mtime the cache records.
    write(&d.join("mod.py"), "print('B')\n");
    set_mtime(&d.join("mod.py"), 1_000_000);
    assert_eq!(stdout(&krait(&d, &["main.py"], &[])), "B\n");
    write(&d.join("mod.py"), "print('A')\n");
    set_mtime(&d.join("mod.py"), 1_000_000);
    assert_eq!(
        stdout(&krait(&d, &["main.py"], &[])),
        "B\n",
        "the cache ran"
    );
    // A new mtime (or size) means the source changed: recompiled and rewritten.
    set_mtime(&d.join("mod.py"), 2_000_000);
    assert_eq!(stdout(&krait(&d, &["main.py"], &[])), "A\n");
    assert_eq!(stdout(&krait(&d, &["main.py"], &[])), "A\n");
    write(&d.join("mod.py"), "print('longer')\n");
    set_mtime(&d.join("mod.py"), 2_000_000);
    assert_eq!(stdout(&krait(&d, &["main.py"], &[])), "longer\n");
}

/// Rewrites mod's cache file as hash-based (`check_source`) over the code of `text`.
fn make_hash_pyc(d: &Path, text: &str, check_source: bool, hashed_source: &[u8]) {
    use krait_bytecode::pyc::{read_pyc, source_hash, write_pyc, PycHeader};
    let _ = std::fs::remove_file(pyc(d, "mod"));
    write(&d.join("mod.py"), text);
    stdout(&krait(d, &["main.py"], &[]));
    let bytes = std::fs::read(pyc(d, "mod")).expect("pyc");
    let (_, code) = read_pyc(&bytes).expect("valid pyc");
    let header = PycHeader::Hash {
        check_source,
        source_hash: source_hash(hashed_source),
    };
    std::fs::write(pyc(d, "mod"), write_pyc(&code, &header)).expect("write pyc");
}

#[test]
fn hash_based_cache_files_are_honoured() {
    let d = scratch("hash");
    write(&d.join("main.py"), "import mod\n");
    // Unchecked: trusted whatever the source says.
    make_hash_pyc(&d, "print('cached')\n", false, b"anything");
    write(&d.join("mod.py"), "print('source')\n");
    assert_eq!(stdout(&krait(&d, &["main.py"], &[])), "cached\n");
    // ... unless --check-hash-based-pycs always.
    assert_eq!(
        stdout(&krait(
            &d,
            &["--check-hash-based-pycs", "always", "main.py"],
            &[]
        )),
        "source\n"
    );
    // Checked with a matching hash: used.
    make_hash_pyc(&d, "print('cached')\n", true, b"print('other')\n");
    write(&d.join("mod.py"), "print('other')\n");
    assert_eq!(stdout(&krait(&d, &["main.py"], &[])), "cached\n");
    // Checked with a stale hash: recompiled, and rewritten as a checked hash-based file.
    write(&d.join("mod.py"), "print('fresh')\n");
    assert_eq!(stdout(&krait(&d, &["main.py"], &[])), "fresh\n");
    let bytes = std::fs::read(pyc(&d, "mod")).expect("pyc");
    let (header, _) = krait_bytecode::pyc::read_pyc(&bytes).expect("valid");
    assert!(matches!(
        header,
        krait_bytecode::pyc::PycHeader::Hash {
            check_source: true,
            ..
        }
    ));
}

#[test]
fn writing_can_be_turned_off_or_moved() {
    let d = scratch("flags");
    write(&d.join("mod.py"), "print('m')\n");
    write(&d.join("main.py"), "import mod\n");
    write(
        &d.join("setflag.py"),
        "import sys\nsys.dont_write_bytecode = True\nimport mod\n",
    );
    stdout(&krait(&d, &["-B", "main.py"], &[]));
    stdout(&krait(
        &d,
        &["main.py"],
        &[("PYTHONDONTWRITEBYTECODE", "1")],
    ));
    stdout(&krait(&d, &["setflag.py"], &[]));
    assert!(!d.join("__pycache__").exists());
    // A prefix mirrors the source's absolute directory under it.
    let prefix = d.join("prefix");
    let p = prefix.to_str().expect("utf-8");
    stdout(&krait(&d, &["main.py"], &[("PYTHONPYCACHEPREFIX", p)]));
    let canonical = std::fs::canonicalize(&d).expect("canonical");
    let mirrored = |root: &Path| {
        root.join(canonical.strip_prefix("/").expect("absolute"))
            .join("mod.krait-311.pyc")
    };
    assert!(mirrored(&prefix).is_file());
    let x = d.join("xprefix");
    let opt = format!("pycache_prefix={}", x.display());
    stdout(&krait(&d, &["-X", &opt, "main.py"], &[]));
    assert!(mirrored(&x).is_file());
    assert!(!d.join("__pycache__").exists());
}

#[test]
fn concurrent_importers_both_succeed() {
    let d = scratch("race");
    let body: String = (0..3000).map(|i| format!("v{i} = {i}\n")).collect();
    write(&d.join("big.py"), &format!("{body}print(v2999)\n"));
    write(&d.join("main.py"), "import big\n");
    for _ in 0..5 {
        let _ = std::fs::remove_dir_all(d.join("__pycache__"));
        let spawn = || {
            Command::new(KRAIT)
                .arg("main.py")
                .current_dir(&d)
                .env_remove("PYTHONDONTWRITEBYTECODE")
                .output()
        };
        let (a, b) = std::thread::scope(|s| {
            let a = s.spawn(spawn);
            let b = s.spawn(spawn);
            (a.join().expect("thread"), b.join().expect("thread"))
        });
        assert_eq!(stdout(&a.expect("run")), "2999\n");
        assert_eq!(stdout(&b.expect("run")), "2999\n");
        assert_eq!(stdout(&krait(&d, &["main.py"], &[])), "2999\n");
    }
}

#[test]
fn unwritable_cache_directory_is_no_error() {
    let d = scratch("readonly");
    write(&d.join("mod.py"), "print('m')\n");
    write(&d.join("main.py"), "import mod\n");
    // A file where the __pycache__ directory should be: the cache cannot be written (this
    // holds even for root, for whom a read-only directory is still writable).
    write(&d.join("__pycache__"), "not a directory");
    let o = krait(&d, &["main.py"], &[]);
    assert_eq!(stdout(&o), "m\n");
    assert!(o.stderr.is_empty());
}

#[test]
fn damaged_cache_files_are_replaced() {
    let d = scratch("damaged");
    write(&d.join("mod.py"), "print('m')\n");
    write(&d.join("main.py"), "import mod\n");
    stdout(&krait(&d, &["main.py"], &[]));
    let good = std::fs::read(pyc(&d, "mod")).expect("pyc");
    let damaged: Vec<Vec<u8>> = vec![
        Vec::new(),
        good[..10].to_vec(),
        good[..good.len() / 2].to_vec(),
        b"garbage garbage garbage garbage".to_vec(),
        {
            let mut b = good.clone();
            b[0] ^= 0xff;
            b
        },
        {
            let mut b = good.clone();
            let n = b.len();
            b[n - 5..].fill(0xee);
            b
        },
    ];
    for bytes in damaged {
        std::fs::write(pyc(&d, "mod"), &bytes).expect("write");
        assert_eq!(stdout(&krait(&d, &["main.py"], &[])), "m\n");
        let now = std::fs::read(pyc(&d, "mod")).expect("pyc");
        assert!(krait_bytecode::pyc::read_pyc(&now).is_ok(), "rewritten");
    }
}

#[test]
fn pyc_files_run_directly_and_import_without_source() {
    let d = scratch("sourceless");
    write(&d.join("mod.py"), "print('from', __name__)\nX = 42\n");
    write(&d.join("main.py"), "import mod\nprint(mod.X)\n");
    stdout(&krait(&d, &["main.py"], &[]));
    let compiled = pyc(&d, "mod");
    assert_eq!(
        stdout(&krait(&d, &[compiled.to_str().expect("utf-8")], &[])),
        "from __main__\n"
    );
    std::fs::rename(&compiled, d.join("mod.pyc")).expect("move");
    std::fs::remove_file(d.join("mod.py")).expect("rm");
    assert_eq!(stdout(&krait(&d, &["main.py"], &[])), "from mod\n42\n");
}
