//! Differential test of the symbol table: for every stdlib file krait's parser accepts, every
//! scope's type, name and line, and every symbol's flags (CPython's combined `DEF_*` and scope
//! word, as `symtable.Symbol._Symbol__flags`), must equal CPython 3.11's `symtable` module's.
//! Files listed in tests/symtable_known_failures.txt (`path<TAB>reason`) may differ; the list
//! only shrinks. `KRAIT_UPDATE_KNOWN=1` rewrites it. A `__debug__` that is only loaded is left out
//! of CPython's side: `compile()` folds it to a constant before its symbol-table pass.

use krait_compiler::symtable::{ScopeId, ScopeKind, SymbolTable};
use krait_parser::{parse, Mode};
use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

const DUMP: &str = r#"
import sys, symtable, warnings
warnings.simplefilter('ignore')
root = sys.argv[1]
def dump(t, out):
    out.append(f"scope {t.type} {t.name} {t.lineno}")
    for name in sorted(t.symbols):
        # compile() folds a loaded __debug__ to a constant before building its symbol table;
        # the symtable module does not, so the name only shows here.
        if name == '__debug__' and t.symbols[name] & 0x7ff == 16:
            continue
        out.append(f"  {name} {t.symbols[name]}")
    for c in t.children:
        dump(c, out)
for rel in sys.stdin.read().splitlines():
    out = [f"=== {rel}"]
    try:
        src = open(root + '/' + rel, 'rb').read()
        dump(symtable.symtable(src, rel, 'exec')._table, out)
    except (SyntaxError, ValueError, RecursionError) as e:
        out.append(f"error {type(e).__name__}")
    print('\n'.join(out))
"#;

fn dump(st: &SymbolTable, id: ScopeId, out: &mut Vec<String>) {
    let s = st.scope(id);
    let ty = match s.kind {
        ScopeKind::Function => 0,
        ScopeKind::Class => 1,
        ScopeKind::Module => 2,
        ScopeKind::Annotation => 3,
    };
    out.push(format!("scope {ty} {} {}", s.name, s.loc.lineno));
    let mut syms: Vec<_> = s.symbols.iter().collect();
    syms.sort_by(|a, b| a.name.cmp(&b.name));
    for sym in syms {
        out.push(format!("  {} {}", sym.name, sym.raw_flags()));
    }
    for &c in &s.children {
        dump(st, c, out);
    }
}

fn stdlib_files() -> Option<(PathBuf, Vec<String>)> {
    let out = Command::new("python3")
        .args([
            "-c",
            "import sysconfig; print(sysconfig.get_paths()['stdlib'])",
        ])
        .output()
        .ok()?;
    let root = PathBuf::from(String::from_utf8(out.stdout).ok()?.trim());
    let mut files = Vec::new();
    fn walk(root: &Path, dir: &Path, out: &mut Vec<String>) {
        let Ok(rd) = std::fs::read_dir(dir) else {
            return;
        };
        let mut v: Vec<_> = rd.filter_map(|e| e.ok()).map(|e| e.path()).collect();
        v.sort();
        for p in v {
            if p.is_dir() {
                if p.file_name().is_some_and(|n| n != "site-packages") {
                    walk(root, &p, out);
                }
            } else if p.extension().is_some_and(|e| e == "py") {
                out.push(
                    p.strip_prefix(root)
                        .unwrap_or(&p)
                        .to_string_lossy()
                        .into_owned(),
                );
            }
        }
    }
    walk(&root, &root, &mut files);
    Some((root, files))
}

fn run() {
    let Some((root, files)) = stdlib_files() else {
        eprintln!("python3 not found: skipping");
        return;
    };
    let mut child = Command::new("python3")
        .arg("-c")
        .arg(DUMP)
        .arg(&root)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("python3");
    let list = files.join("\n");
    let mut stdin = child.stdin.take().expect("stdin");
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(list.as_bytes());
    });
    let output = child.wait_with_output().expect("python3 output");
    writer.join().expect("writer");
    let text = String::from_utf8_lossy(&output.stdout).into_owned();
    let mut expected: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut cur: Option<String> = None;
    for line in text.lines() {
        if let Some(rel) = line.strip_prefix("=== ") {
            cur = Some(rel.to_owned());
            expected.insert(rel.to_owned(), Vec::new());
        } else if let Some(c) = &cur {
            expected.get_mut(c).expect("entry").push(line.to_owned());
        }
    }
    let known_path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/symtable_known_failures.txt");
    let known: BTreeMap<String, String> = std::fs::read_to_string(&known_path)
        .unwrap_or_default()
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| match l.split_once('\t') {
            Some((a, b)) => (a.to_owned(), b.to_owned()),
            None => (l.to_owned(), String::new()),
        })
        .collect();
    let (mut same, mut skipped) = (0, 0);
    let mut failures = BTreeMap::new();
    for rel in &files {
        let Some(want) = expected.get(rel) else {
            continue;
        };
        if want.first().is_some_and(|l| l.starts_with("error")) {
            skipped += 1;
            continue;
        }
        let Ok(src) = std::fs::read(root.join(rel)) else {
            continue;
        };
        let Ok(module) = parse(&src, rel, Mode::Exec) else {
            skipped += 1;
            continue;
        };
        let future = krait_compiler::future::parse(&module, rel)
            .map(|f| f.annotations)
            .unwrap_or(false);
        let got = match std::panic::catch_unwind(|| SymbolTable::build(&module, rel, future)) {
            Err(_) => vec!["panic".to_owned()],
            Ok(Err(e)) => vec![format!("error {}", e.msg)],
            Ok(Ok(st)) => {
                let mut out = Vec::new();
                dump(&st, st.top(), &mut out);
                out
            }
        };
        if &got == want {
            same += 1;
        } else {
            let k = got
                .iter()
                .zip(want)
                .position(|(a, b)| a != b)
                .unwrap_or(got.len().min(want.len()));
            failures.insert(
                rel.clone(),
                format!(
                    "line {k}: CPython {:?} krait {:?}",
                    want.get(k).map(String::as_str).unwrap_or("<end>"),
                    got.get(k).map(String::as_str).unwrap_or("<end>")
                ),
            );
        }
    }
    eprintln!(
        "symtable: {same} files identical to CPython's, {} differ, {skipped} skipped",
        failures.len()
    );
    if std::env::var_os("KRAIT_UPDATE_KNOWN").is_some() {
        let mut s = String::from(
            "# stdlib files whose symbol table differs from CPython's: path<TAB>first difference\n",
        );
        for (p, r) in &failures {
            s.push_str(&format!("{p}\t{}\n", r.replace(['\t', '\n'], " ")));
        }
        std::fs::write(&known_path, s).expect("write");
        return;
    }
    let mut problems = Vec::new();
    for (p, r) in &failures {
        if !known.contains_key(p) {
            problems.push(format!("{p}: {r}"));
        }
    }
    for p in known.keys() {
        if !failures.contains_key(p) && expected.contains_key(p) {
            problems.push(format!(
                "{p}: now matches; remove it from symtable_known_failures.txt"
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn symtable_matches_cpython_on_stdlib() {
    std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(run)
        .expect("thread")
        .join()
        .expect("symtable test");
}
