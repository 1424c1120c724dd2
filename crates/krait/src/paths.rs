//! Where modules are found: the initial `sys.path` (CPython's Modules/getpath.py and
//! `_PyPathConfig_ComputeSysPath0`) and the location of CPython 3.11's standard library, which
//! krait uses as its own (design decision 9).

use crate::cli::{Options, Target};
use std::path::{Path, PathBuf};

/// The initial `sys.path`: the script's directory (or `''`, or the current directory for `-m`)
/// unless `-P`/`-I`, then `PYTHONPATH` unless `-E`, then the standard library.
pub fn sys_path(o: &Options) -> Vec<String> {
    let mut path = Vec::new();
    if !o.safe_path && !o.isolated {
        match &o.target {
            Target::File(script) => {
                let p = Path::new(script);
                let real = std::fs::canonicalize(p).unwrap_or_else(|_| p.to_path_buf());
                let dir = real.parent().map(Path::to_path_buf).unwrap_or_default();
                path.push(dir.display().to_string());
            }
            Target::Module(_) => {
                let cwd = std::env::current_dir().unwrap_or_default();
                path.push(cwd.display().to_string());
            }
            Target::Command(_) | Target::Stdin => path.push(String::new()),
        }
    }
    if !o.ignore_environment && !o.isolated {
        if let Ok(pp) = std::env::var("PYTHONPATH") {
            path.extend(pp.split(':').filter(|s| !s.is_empty()).map(str::to_owned));
        }
    }
    if let Some(stdlib) = stdlib_dir() {
        path.push(stdlib.display().to_string());
    }
    path
}

/// CPython 3.11's `Lib`: `$KRAIT_STDLIB`, else that of `python3.11` or `python3` on `PATH`
/// (following symlinks and pyenv shims) when it is a 3.11, else the usual install places.
pub fn stdlib_dir() -> Option<PathBuf> {
    let is_stdlib = |d: &Path| d.join("os.py").is_file();
    if let Ok(dir) = std::env::var("KRAIT_STDLIB") {
        let d = PathBuf::from(dir);
        if is_stdlib(&d) {
            return Some(d);
        }
    }
    for exe in ["python3.11", "python3"] {
        for candidate in which_all(exe) {
            if let Some(d) = stdlib_of(&candidate).filter(|d| is_stdlib(d)) {
                return Some(d);
            }
        }
    }
    ["/usr/local/lib/python3.11", "/usr/lib/python3.11"]
        .into_iter()
        .map(PathBuf::from)
        .find(|d| is_stdlib(d))
}

/// Every `name` on `PATH`, in order.
fn which_all(name: &str) -> Vec<PathBuf> {
    std::env::var("PATH")
        .unwrap_or_default()
        .split(':')
        .map(|d| Path::new(d).join(name))
        .filter(|p| p.is_file())
        .collect()
}

/// The `lib/python3.11` directory of the interpreter at `exe`: beside its `bin/` after
/// following symlinks, or, for a pyenv shim, that of pyenv's selected 3.11 version.
fn stdlib_of(exe: &Path) -> Option<PathBuf> {
    let real = std::fs::canonicalize(exe).ok()?;
    let bin = real.parent()?;
    if bin.file_name().is_some_and(|n| n == "shims") {
        let root = bin.parent()?;
        let version = std::env::var("PYENV_VERSION")
            .ok()
            .or_else(|| std::fs::read_to_string(root.join("version")).ok())?;
        let v = version
            .split([':', '\n', ' '])
            .find(|v| v.starts_with("3.11"))?
            .to_owned();
        return Some(root.join("versions").join(v).join("lib/python3.11"));
    }
    let name = real.file_name()?.to_str()?;
    if !name.starts_with("python3") {
        return None;
    }
    Some(bin.parent()?.join("lib/python3.11"))
}

/// `-B` or `PYTHONDONTWRITEBYTECODE` (unless `-E`).
pub fn dont_write_bytecode(o: &Options) -> bool {
    o.dont_write_bytecode
        || (!o.ignore_environment
            && std::env::var("PYTHONDONTWRITEBYTECODE").is_ok_and(|v| !v.is_empty()))
}

/// `-X pycache_prefix=DIR`, else `PYTHONPYCACHEPREFIX` (unless `-E`).
pub fn pycache_prefix(o: &Options) -> Option<String> {
    if let Some(Some(dir)) = o.xoption("pycache_prefix") {
        return Some(dir.to_owned());
    }
    if o.ignore_environment {
        return None;
    }
    std::env::var("PYTHONPYCACHEPREFIX")
        .ok()
        .filter(|v| !v.is_empty())
}
