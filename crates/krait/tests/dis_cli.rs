//! `krait -m dis FILE` prints the same disassembly as the golden files of tests/dis (which are
//! checked against krait's compiler by krait-bytecode's tests), in CPython's `python -m dis`
//! layout.

#[path = "../../krait-parser/tests/common/mod.rs"]
mod common;

use std::process::Command;

/// Replaces every `0x…` address by `0x…`, as the golden files show them.
fn normalize(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(i) = rest.find("0x") {
        out.push_str(&rest[..i]);
        out.push_str("0x…");
        let tail = &rest[i + 2..];
        let hex = tail.bytes().take_while(u8::is_ascii_hexdigit).count();
        rest = &tail[hex..];
    }
    out.push_str(rest);
    out
}

#[test]
fn dis_module_matches_the_golden_files() {
    let root = common::repo_root();
    let golden_dir = root.join("tests/dis/golden");
    let mut checked = 0;
    for entry in std::fs::read_dir(&golden_dir).expect("tests/dis/golden") {
        let golden_path = entry.expect("dir entry").path();
        let stem = golden_path
            .file_stem()
            .unwrap()
            .to_string_lossy()
            .into_owned();
        // The goldens were compiled with the bare file name as `co_filename`.
        let program = format!("{stem}.py");
        let out = Command::new(env!("CARGO_BIN_EXE_krait"))
            .args(["-m", "dis", &program])
            .current_dir(root.join("tests/dis/programs"))
            .output()
            .expect("run krait -m dis");
        assert_eq!(
            out.status.code(),
            Some(0),
            "{program}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let golden = std::fs::read_to_string(&golden_path).unwrap();
        let body: String = golden
            .lines()
            .filter(|l| !l.starts_with('#'))
            .map(|l| format!("{l}\n"))
            .collect();
        let got = normalize(&String::from_utf8_lossy(&out.stdout));
        assert_eq!(
            got.trim_end(),
            body.trim_end(),
            "krait -m dis {program} differs from {}",
            golden_path.display()
        );
        checked += 1;
    }
    assert!(checked >= 40, "only {checked} golden files");
}
