//! Golden files for the compiler's output, kept in `tests/dis/` at the repository root:
//!
//! - `tests/dis/golden/NAME.dis`: `dis` of each program in `tests/dis/programs/` (written by us,
//!   one per statement/expression family), with code-object addresses shown as `0x…`;
//! - `tests/dis/pyc_sha256.txt`: the SHA-256 of each program's `.pyc` (hash-based header, so no
//!   mtime), which must not depend on the host (x86-64 and aarch64 give the same bytes).
//!
//! Every compiled program must also pass the verifier (every nested code object) and survive a
//! serialize → load round trip byte for byte. Regenerate after a deliberate change with
//! `UPDATE_GOLDEN=1 cargo test -p krait-bytecode --test dis_golden` and review the diff.
//! With `KRAIT_FUZZ_SEEDS=DIR` it also writes each program's `.pyc` to DIR (fuzzing seeds).

mod common;

use common::sha256::sha256_hex;
use krait_bytecode::code::{CodeObject, Constant};
use krait_bytecode::dis::disassemble;
use krait_bytecode::pyc::{source_hash, PycHeader};
use krait_bytecode::{read_pyc, verify, write_pyc};
use krait_compiler::{compile_source, CompileOptions};
use krait_parser::Mode;
use std::path::{Path, PathBuf};

const REGENERATE: &str = "UPDATE_GOLDEN=1 cargo test -p krait-bytecode --test dis_golden";

fn dis_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/dis")
}

fn programs() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dis_dir().join("programs"))
        .expect("tests/dis/programs")
        .map(|e| e.expect("dir entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .collect();
    files.sort();
    files
}

/// Replaces the hex digits after every `at 0x` (code-object addresses) with `…`.
fn normalize_addresses(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find(" at 0x") {
        out.push_str(&rest[..i + 6]);
        out.push('…');
        rest = rest[i + 6..].trim_start_matches(|c: char| c.is_ascii_hexdigit());
    }
    out.push_str(rest);
    out
}

fn verify_all(code: &CodeObject, problems: &mut Vec<String>) {
    if let Err(e) = verify(code) {
        problems.push(format!("{}: {e}", code.qualname));
    }
    for k in &code.consts {
        if let Constant::Code(inner) = k {
            verify_all(inner, problems);
        }
    }
}

/// The compiled program's `.pyc` bytes, or why there are none.
fn compile_program(path: &Path) -> Result<(CodeObject, Vec<u8>), String> {
    let source = std::fs::read(path).expect("program source");
    let filename = path
        .file_name()
        .expect("file name")
        .to_string_lossy()
        .into_owned();
    let code = compile_source(&source, &filename, Mode::Exec, &CompileOptions::default())
        .map_err(|e| format!("compile error: {e:?}"))?;
    let mut problems = vec![];
    verify_all(&code, &mut problems);
    if !problems.is_empty() {
        return Err(format!("verifier: {}", problems.join("; ")));
    }
    let header = PycHeader::Hash {
        check_source: false,
        source_hash: source_hash(&source),
    };
    let bytes = write_pyc(&code, &header);
    match read_pyc(&bytes) {
        Ok((_, back)) if write_pyc(&back, &header) == bytes => Ok((code, bytes)),
        Ok(_) => Err("round trip changed the bytes".to_owned()),
        Err(e) => Err(format!("round trip: {e}")),
    }
}

#[test]
fn golden_dis_and_pyc_hashes() {
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    let golden_dir = dis_dir().join("golden");
    let mut failures = vec![];
    let mut hashes = format!("# SHA-256 of each tests/dis/programs file's .pyc (unchecked hash-based header).\n# Regenerate: {REGENERATE}\n");
    for path in programs() {
        let stem = path
            .file_stem()
            .expect("stem")
            .to_string_lossy()
            .into_owned();
        let (code, bytes) = match compile_program(&path) {
            Ok(ok) => ok,
            Err(e) => {
                failures.push(format!("{stem}: {e}"));
                continue;
            }
        };
        hashes.push_str(&format!("{stem}.py {}\n", sha256_hex(&bytes)));
        // Seeds for the `pyc_load` fuzz target (`KRAIT_FUZZ_SEEDS=fuzz/corpus/pyc_load`).
        if let Some(dir) = std::env::var_os("KRAIT_FUZZ_SEEDS") {
            std::fs::create_dir_all(&dir).expect("seed dir");
            std::fs::write(Path::new(&dir).join(format!("{stem}.pyc")), &bytes).expect("seed");
        }
        let text = format!(
            "# dis of tests/dis/programs/{stem}.py as krait compiles it (addresses shown as 0x…).\n# Regenerate: {REGENERATE}\n{}",
            normalize_addresses(&disassemble(&code))
        );
        let golden = golden_dir.join(format!("{stem}.dis"));
        if update {
            std::fs::create_dir_all(&golden_dir).expect("golden dir");
            std::fs::write(&golden, &text).expect("write golden");
        } else {
            match std::fs::read_to_string(&golden) {
                Ok(want) if want == text => {}
                Ok(_) => failures.push(format!("{stem}: dis differs from {}", golden.display())),
                Err(_) => failures.push(format!("{stem}: no golden file {}", golden.display())),
            }
        }
    }
    let hash_file = dis_dir().join("pyc_sha256.txt");
    if update {
        std::fs::write(&hash_file, &hashes).expect("write hashes");
    } else {
        let want = std::fs::read_to_string(&hash_file).unwrap_or_default();
        for (got, want) in hashes.lines().zip(want.lines()).filter(|(a, b)| a != b) {
            failures.push(format!(".pyc hash changed: now {got:?}, golden {want:?}"));
        }
        if hashes.lines().count() != want.lines().count() {
            failures.push("pyc_sha256.txt lists other programs".to_owned());
        }
    }
    assert!(
        failures.is_empty(),
        "{} problems (regenerate after a deliberate change: {REGENERATE}):\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// Our SHA-256 against CPython's `hashlib` on inputs around the padding boundaries.
#[test]
fn sha256_matches_hashlib() {
    let inputs: Vec<Vec<u8>> = [0usize, 3, 55, 56, 63, 64, 65, 1000]
        .iter()
        .map(|&n| (0..n).map(|i| (i * 7 + 1) as u8).collect())
        .collect();
    let program = format!(
        "import hashlib\nfor n in {:?}:\n    print(hashlib.sha256(bytes((i * 7 + 1) % 256 for i in range(n))).hexdigest())\n",
        inputs.iter().map(Vec::len).collect::<Vec<_>>()
    );
    let out = common::run_python(&program);
    for (input, want) in inputs.iter().zip(out.lines()) {
        assert_eq!(sha256_hex(input), want, "{} bytes", input.len());
    }
}

#[test]
fn there_are_at_least_40_programs() {
    assert!(programs().len() >= 40);
}
