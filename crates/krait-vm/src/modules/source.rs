//! Modules written in Python: finding them on a path list and loading them, with the bytecode
//! cache (CPython's Lib/importlib/_bootstrap_external.py `FileFinder`, `SourceFileLoader`,
//! `SourcelessFileLoader`, `_NamespacePath`, and PEP 3147/552 `.pyc` files).
//!
//! A directory entry `NAME/` with `__init__.py` (or `__init__.pyc`) is a package; `NAME.py` a
//! module; `NAME.pyc` a sourceless module; a bare directory `NAME/` a portion of a namespace
//! package. Compiled code is cached as `__pycache__/NAME.krait-311.pyc` beside the source and
//! reused while the recorded source mtime and size (or, for hash-based files, the source hash)
//! still match; a cache file that cannot be used for any reason is ignored and rewritten.

use crate::error::{PyErr, PyResult};
use crate::eval::{run_frame, Frame};
use crate::objects::code::load_code;
use crate::value::Value;
use crate::vm::Vm;
use krait_bytecode::pyc::{self, PycHeader};
use krait_bytecode::CodeObject;
use std::path::{Path, PathBuf};

/// `sys.implementation.cache_tag`.
pub const CACHE_TAG: &str = "krait-311";

/// What a path search found for one module name.
pub enum Found {
    /// A module from `path` (`.py` or sourceless `.pyc`); `package_dir` is set for a package
    /// (whose `path` is its `__init__` file).
    File {
        path: PathBuf,
        package_dir: Option<PathBuf>,
    },
    /// A namespace package with these portions.
    Namespace(Vec<PathBuf>),
}

/// Searches the directories `paths` for the module whose last name component is `tail`, as
/// `PathFinder.find_spec` over `FileFinder`s: the first regular package or module wins;
/// namespace portions are collected along the way.
pub fn find(paths: &[String], tail: &str) -> Option<Found> {
    let mut portions = Vec::new();
    for entry in paths {
        let dir = if entry.is_empty() {
            std::env::current_dir().ok()?
        } else {
            PathBuf::from(entry)
        };
        let pkg = dir.join(tail);
        if pkg.is_dir() {
            for init in ["__init__.py", "__init__.pyc"] {
                let f = pkg.join(init);
                if f.is_file() {
                    return Some(Found::File {
                        path: f,
                        package_dir: Some(pkg),
                    });
                }
            }
            portions.push(pkg);
            continue;
        }
        for suffix in [".py", ".pyc"] {
            let f = dir.join(format!("{tail}{suffix}"));
            if f.is_file() {
                return Some(Found::File {
                    path: f,
                    package_dir: None,
                });
            }
        }
    }
    (!portions.is_empty()).then_some(Found::Namespace(portions))
}

/// The cache file for the source file `source` (PEP 3147, with `pycache_prefix` as CPython's
/// `sys.pycache_prefix`).
pub fn cache_path(source: &Path, pycache_prefix: Option<&str>) -> Option<PathBuf> {
    let stem = source.file_stem()?.to_str()?;
    let name = format!("{stem}.{CACHE_TAG}.pyc");
    let dir = source.parent()?;
    match pycache_prefix {
        Some(prefix) => {
            let abs = if dir.is_absolute() {
                dir.to_path_buf()
            } else {
                std::env::current_dir().ok()?.join(dir)
            };
            let rel = abs.strip_prefix("/").unwrap_or(&abs);
            Some(Path::new(prefix).join(rel).join(name))
        }
        None => Some(dir.join("__pycache__").join(name)),
    }
}

/// How `.pyc` files are read and written for one import.
pub struct CacheConfig<'a> {
    /// `sys.dont_write_bytecode`.
    pub dont_write: bool,
    /// `sys.pycache_prefix`.
    pub prefix: Option<&'a str>,
    /// `--check-hash-based-pycs`: `default`, `always` or `never`.
    pub check_hash_based: &'a str,
}

/// The code of the source file `path`: from its cache file when that is still valid, else
/// compiled (and the cache written, atomically, unless disabled). Compile errors are raised as
/// Python `SyntaxError`s.
pub fn source_code(vm: &Vm, path: &Path, cache: &CacheConfig<'_>) -> PyResult<CodeObject> {
    let source = std::fs::read(path).map_err(|e| io_import_error(vm, path, &e))?;
    let meta = std::fs::metadata(path).ok();
    let mtime = meta
        .as_ref()
        .and_then(|m| m.modified().ok())
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map_or(0, |d| d.as_secs() as u32);
    let size = source.len() as u32;
    let cpath = cache_path(path, cache.prefix);
    // A hash-based cache file is rewritten as one (with the same check flag), as CPython does.
    let mut rewrite_as_hash = None;
    if let Some(cp) = &cpath {
        if let Ok(bytes) = std::fs::read(cp) {
            if let Ok((header, code)) = pyc::read_pyc(&bytes) {
                let valid = match header {
                    PycHeader::Timestamp {
                        mtime: m,
                        source_size,
                    } => m == mtime && source_size == size,
                    PycHeader::Hash {
                        check_source,
                        source_hash,
                    } => {
                        rewrite_as_hash = Some(check_source);
                        let check = match cache.check_hash_based {
                            "always" => true,
                            "never" => false,
                            _ => check_source,
                        };
                        !check || source_hash == pyc::source_hash(&source)
                    }
                };
                if valid && code.filename == path.display().to_string() {
                    return Ok(code);
                }
            }
        }
    }
    let filename = path.display().to_string();
    let code = compile(vm, &source, &filename)?;
    if !cache.dont_write {
        if let Some(cp) = &cpath {
            let header = match rewrite_as_hash {
                Some(check_source) => PycHeader::Hash {
                    check_source,
                    source_hash: pyc::source_hash(&source),
                },
                None => PycHeader::Timestamp {
                    mtime,
                    source_size: size,
                },
            };
            write_atomically(cp, &pyc::write_pyc(&code, &header));
        }
    }
    Ok(code)
}

/// The code of a sourceless `.pyc` file. A file that cannot be read as krait bytecode raises
/// `ImportError` (there is no source to recompile from).
pub fn sourceless_code(vm: &Vm, path: &Path) -> PyResult<CodeObject> {
    let bytes = std::fs::read(path).map_err(|e| io_import_error(vm, path, &e))?;
    pyc::read_pyc(&bytes).map(|(_, code)| code).map_err(|e| {
        vm.new_error(
            &vm.types.import_error,
            &format!("{e} in {}", path.display()),
        )
    })
}

/// Compiles module source, turning a compile error into a Python exception.
pub fn compile(vm: &Vm, source: &[u8], filename: &str) -> PyResult<CodeObject> {
    let opts = krait_compiler::CompileOptions {
        optimize: 0,
        mode: krait_parser::Mode::Exec,
    };
    krait_compiler::compile_source(source, filename, krait_parser::Mode::Exec, &opts).map_err(
        |mut e| {
            e.fill_text(source);
            vm.syntax_error_from(&e)
        },
    )
}

/// Writes `bytes` to `path` through a temporary file in the same directory and a rename, so
/// that a concurrent reader sees the old file or the new one, never a partial one. Any failure
/// (a read-only directory, a full disk) leaves no cache and is not an error.
pub fn write_atomically(path: &Path, bytes: &[u8]) {
    let Some(dir) = path.parent() else { return };
    if std::fs::create_dir_all(dir).is_err() {
        return;
    }
    let tmp = dir.join(format!(
        "{}.{}.tmp",
        path.file_name().and_then(|n| n.to_str()).unwrap_or("pyc"),
        std::process::id()
    ));
    if std::fs::write(&tmp, bytes).is_err() || std::fs::rename(&tmp, path).is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
}

/// `ImportError` for a module file that cannot be read.
fn io_import_error(vm: &Vm, path: &Path, e: &std::io::Error) -> PyErr {
    vm.new_error(
        &vm.types.import_error,
        &format!("cannot read {}: {e}", path.display()),
    )
}

/// Runs `code` as the body of `module` (whose namespace is `globals`).
pub fn exec_module(vm: &Vm, code: &CodeObject, globals: &Value) -> PyResult<()> {
    let code_obj = load_code(vm, code)?;
    let frame = Frame::new(
        code_obj,
        Value::NULL,
        globals.clone(),
        vm.builtins.clone(),
        globals.clone(),
    );
    run_frame(vm, frame).map(drop)
}
