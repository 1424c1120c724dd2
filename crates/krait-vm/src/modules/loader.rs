//! The importer objects Python code sees: the finders in `sys.meta_path` and the loaders in
//! module specs, with the interfaces of CPython's Lib/importlib/_bootstrap.py `BuiltinImporter`
//! and Lib/importlib/_bootstrap_external.py `PathFinder`, `SourceFileLoader` and
//! `SourcelessFileLoader` (PEP 451), implemented over krait's own finder ([`super::source`]).
//!
//! The import statement does not call these objects when it meets them in `sys.meta_path`: it
//! recognises krait's own finders and runs the same search natively (`import.rs`). They exist
//! for code that drives imports itself (`importlib.import_module`, `importlib.util.find_spec`,
//! `importlib.reload`, `pkgutil`, `runpy`, `linecache` asking a loader for source), and so that
//! finders a program adds to `sys.meta_path` are honoured beside them.

use super::source::{self, Found};
use crate::error::PyResult;
use crate::native::{install_methods, method_table, Args};
use crate::objects::str::StrData;
use crate::protocols::payload;
use crate::types::{flags, TypeData};
use crate::value::Value;
use crate::vm::{type_data, Vm};
use crate::{heap, layouts::Kind};
use std::path::{Path, PathBuf};

method_table!(
    /// `BuiltinImporter`'s class methods.
    BUILTIN_IMPORTER,
    Class,
    {
    "find_spec" => builtin_find_spec, "($cls, fullname, path=None, target=None, /)", "Find the spec of a built-in module.";
    "create_module" => builtin_create_module, "($cls, spec, /)", "Create a built-in module.";
    "exec_module" => no_op, "($cls, module, /)", "Exec a built-in module.";
    "is_package" => returns_false, "($cls, fullname, /)", "Return False as built-in modules are never packages.";
    "get_code" => returns_none, "($cls, fullname, /)", "Return None as built-in modules do not have code objects.";
    "get_source" => returns_none, "($cls, fullname, /)", "Return None as built-in modules do not have source code.";
    }
);

method_table!(
    /// `PathFinder`'s class methods.
    PATH_FINDER,
    Class,
    {
    "find_spec" => path_find_spec, "($cls, fullname, path=None, target=None, /)", "Try to find a spec for 'fullname' on sys.path or 'path'.";
    "invalidate_caches" => no_op, "($cls, /)", "Call the invalidate_caches() method on all path entry finders.";
    }
);

method_table!(
    /// The methods of `SourceFileLoader` and `SourcelessFileLoader` instances (attributes
    /// `name` and `path`).
    FILE_LOADER,
    Method,
    {
    "__init__" => loader_init, "($self, fullname, path, /)", "Cache the module name and the path to the file found by the finder.";
    "create_module" => returns_none, "($self, spec, /)", "Use default semantics for module creation.";
    "exec_module" => loader_exec_module, "($self, module, /)", "Execute the module.";
    "get_code" => loader_get_code, "($self, fullname=None, /)", "Return the code object for the module.";
    "get_source" => loader_get_source, "($self, fullname=None, /)", "Return the source of the module, or None for a sourceless module.";
    "get_filename" => loader_get_filename, "($self, fullname=None, /)", "Return the path to the source file as found by the finder.";
    "get_data" => loader_get_data, "($self, path, /)", "Return the data from path as raw bytes.";
    "is_package" => loader_is_package, "($self, fullname=None, /)", "Return True if the module is a package's __init__.";
    "get_resource_reader" => returns_none, "($self, name=None, /)", "Resource readers are not supported yet.";
    }
);

/// A class made once per interpreter and kept in its internal types (`key` names it there).
fn importer_class(
    vm: &Vm,
    key: &str,
    module: &str,
    name: &str,
    methods: &'static [crate::native::MethodDef],
) -> Value {
    let k = vm.intern(key);
    if let Ok(Some(t)) = vm.dict_get_item(&vm.internal_types(), &k) {
        return t;
    }
    let dict = vm.new_dict();
    let _ = vm.dict_set_item(&dict, vm.intern("__module__"), vm.new_str(module));
    let _ = vm.dict_set_item(&dict, vm.intern("__doc__"), Value::NONE);
    let td = TypeData::new(
        name,
        name,
        dict,
        flags::BASETYPE | flags::HEAPTYPE,
        Kind::ObjectSub,
    );
    *td.bases.borrow_mut() = vec![vm.types.object.clone()];
    let ty = heap::alloc(vm.types.type_.to_obj(), td).into_value();
    if let Some(t) = type_data(&ty) {
        *t.mro.borrow_mut() = vec![ty.clone(), vm.types.object.clone()];
    }
    install_methods(vm, &ty, methods);
    let _ = vm.dict_set_item(&vm.internal_types(), k, ty.clone());
    ty
}

/// The `BuiltinImporter` class (finds the modules krait implements natively).
pub fn builtin_importer(vm: &Vm) -> Value {
    importer_class(
        vm,
        "BuiltinImporter",
        "_frozen_importlib",
        "BuiltinImporter",
        BUILTIN_IMPORTER,
    )
}

/// The `PathFinder` class (finds modules written in Python on `sys.path` or a package's
/// `__path__`).
pub fn path_finder(vm: &Vm) -> Value {
    importer_class(
        vm,
        "PathFinder",
        "_frozen_importlib_external",
        "PathFinder",
        PATH_FINDER,
    )
}

/// The loader class for a module file: `SourceFileLoader` for `.py`, `SourcelessFileLoader`
/// for `.pyc`.
fn loader_class(vm: &Vm, sourceless: bool) -> Value {
    let name = if sourceless {
        "SourcelessFileLoader"
    } else {
        "SourceFileLoader"
    };
    importer_class(vm, name, "_frozen_importlib_external", name, FILE_LOADER)
}

/// A new loader for module `name` from the file `path`.
pub fn new_file_loader(vm: &Vm, name: &str, path: &Path) -> PyResult<Value> {
    let sourceless = path.extension().is_some_and(|e| e == "pyc");
    let cls = loader_class(vm, sourceless);
    let path = vm.new_str(&path.display().to_string());
    vm.call(&cls, &[vm.new_str(name), path], &[])
}

/// A module spec (PEP 451): `importlib.machinery.ModuleSpec` when importlib's bootstrap module
/// is loaded, else a `types.SimpleNamespace` with the same attributes.
pub fn new_spec(
    vm: &Vm,
    name: &str,
    loader: Value,
    origin: Option<&Path>,
    cached: Option<&Path>,
    locations: Option<Value>,
) -> PyResult<Value> {
    let path_str = |p: &Path| vm.new_str(&p.display().to_string());
    let parent = if locations.is_some() {
        name.to_owned()
    } else {
        name.rsplit_once('.')
            .map(|(p, _)| p.to_owned())
            .unwrap_or_default()
    };
    let bootstrap = vm.dict_get_item(&vm.sys_modules(), &vm.intern("_frozen_importlib"))?;
    let spec_class = match bootstrap {
        Some(b) => vm.get_attr_opt(&b, "ModuleSpec")?,
        None => None,
    };
    let spec = match spec_class {
        Some(cls) => {
            let origin = origin.map_or(Value::NONE, path_str);
            let spec = vm.call(
                &cls,
                &[vm.new_str(name), loader.clone(), origin],
                &[vm.intern("origin")],
            )?;
            if let Some(l) = &locations {
                vm.set_attr(&spec, &vm.intern("submodule_search_locations"), l.clone())?;
            }
            vm.set_attr(
                &spec,
                &vm.intern("has_location"),
                Value::bool(origin_is_file(vm, &spec)?),
            )?;
            if let Some(c) = cached {
                vm.set_attr(&spec, &vm.intern("cached"), path_str(c))?;
            }
            return Ok(spec);
        }
        None => crate::objects::namespace::new_namespace(vm)?,
    };
    for (k, v) in [
        ("name", vm.new_str(name)),
        ("loader", loader),
        ("origin", origin.map_or(Value::NONE, path_str)),
        ("loader_state", Value::NONE),
        (
            "submodule_search_locations",
            locations.unwrap_or(Value::NONE),
        ),
        ("cached", cached.map_or(Value::NONE, path_str)),
        ("parent", vm.new_str(&parent)),
        ("has_location", Value::bool(origin.is_some())),
    ] {
        vm.set_attr(&spec, &vm.intern(k), v)?;
    }
    Ok(spec)
}

/// Whether `spec.origin` names a file (not `'built-in'` or None).
fn origin_is_file(vm: &Vm, spec: &Value) -> PyResult<bool> {
    let origin = vm.get_attr(spec, &vm.intern("origin"))?;
    Ok(payload::<StrData>(&origin).is_some_and(|s| s.to_string_lossy() != "built-in"))
}

/// The spec of the module `name` that a file search found.
pub fn spec_for_found(vm: &Vm, name: &str, found: &Found) -> PyResult<Value> {
    match found {
        Found::File { path, package_dir } => {
            let loader = new_file_loader(vm, name, path)?;
            let cached = cached_path(vm, path)?;
            let locations = package_dir
                .as_ref()
                .map(|d| vm.new_list(vec![vm.new_str(&d.display().to_string())]));
            new_spec(vm, name, loader, Some(path), cached.as_deref(), locations)
        }
        Found::Namespace(portions) => {
            let locations = vm.new_list(
                portions
                    .iter()
                    .map(|p| vm.new_str(&p.display().to_string()))
                    .collect(),
            );
            new_spec(vm, name, Value::NONE, None, None, Some(locations))
        }
    }
}

/// Where the cache file of module file `path` is (the file itself for a sourceless module).
pub fn cached_path(vm: &Vm, path: &Path) -> PyResult<Option<PathBuf>> {
    if path.extension().is_some_and(|e| e == "pyc") {
        return Ok(Some(path.to_path_buf()));
    }
    let (_, prefix) = vm.cache_settings()?;
    Ok(source::cache_path(path, prefix.as_deref()))
}

/// The spec of the native module `name`, with `BuiltinImporter` as its loader.
pub fn builtin_spec(vm: &Vm, name: &str) -> PyResult<Value> {
    let spec = new_spec(vm, name, builtin_importer(vm), None, None, None)?;
    vm.set_attr(&spec, &vm.intern("origin"), vm.new_str("built-in"))?;
    Ok(spec)
}

fn no_op(_vm: &Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::NONE)
}

fn returns_none(_vm: &Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::NONE)
}

fn returns_false(_vm: &Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::FALSE)
}

/// The `fullname` argument (after `cls`/`self`) as text.
fn name_arg(vm: &Vm, a: &[Value], func: &str) -> PyResult<String> {
    match a.get(1) {
        Some(n) if payload::<StrData>(n).is_some() => Ok(vm.str_of(n)),
        Some(n) => Err(vm.type_error(&format!(
            "{func}() argument 'fullname' must be str, not {}",
            vm.type_name(n)
        ))),
        None => Err(vm.type_error(&format!(
            "{func}() missing required argument 'fullname' (pos 1)"
        ))),
    }
}

fn builtin_find_spec(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_range(vm, "find_spec", 2, 4)?;
    let name = name_arg(vm, a, "find_spec")?;
    if !vm.is_native_module(&name) {
        return Ok(Value::NONE);
    }
    builtin_spec(vm, &name)
}

fn builtin_create_module(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_range(vm, "create_module", 2, 2)?;
    let name = vm.str_of(&vm.get_attr(&a[1], &vm.intern("name"))?);
    if !vm.is_native_module(&name) {
        return Err(vm.new_error(
            &vm.types.import_error,
            &format!(
                "{} is not a built-in module",
                vm.repr_string(&vm.new_str(&name))?
            ),
        ));
    }
    vm.create_native_module(&name)
}

fn path_find_spec(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_range(vm, "find_spec", 2, 4)?;
    let name = name_arg(vm, a, "find_spec")?;
    let path = match a.get(2) {
        Some(p) if !p.is_none() => p.clone(),
        _ => {
            let sys = vm.import_absolute("sys")?;
            vm.get_attr(&sys, &vm.intern("path"))?
        }
    };
    let dirs = vm.path_entries(&path)?;
    let tail = name.rsplit('.').next().unwrap_or(&name);
    match source::find(&dirs, tail) {
        Some(found) => spec_for_found(vm, &name, &found),
        None => Ok(Value::NONE),
    }
}

/// `self.path` of a file loader, as a path.
fn loader_path(vm: &Vm, loader: &Value) -> PyResult<PathBuf> {
    Ok(PathBuf::from(
        vm.str_of(&vm.get_attr(loader, &vm.intern("path"))?),
    ))
}

fn loader_init(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_range(vm, "SourceFileLoader", 3, 3)?;
    vm.set_attr(&a[0], &vm.intern("name"), a[1].clone())?;
    vm.set_attr(&a[0], &vm.intern("path"), a[2].clone())?;
    Ok(Value::NONE)
}

/// The code of the loader's file, compiled or from the bytecode cache.
fn file_code(vm: &Vm, path: &Path) -> PyResult<krait_bytecode::CodeObject> {
    if path.extension().is_some_and(|e| e == "pyc") {
        return source::sourceless_code(vm, path);
    }
    let (dont_write, prefix) = vm.cache_settings()?;
    let cache = source::CacheConfig {
        dont_write,
        prefix: prefix.as_deref(),
        check_hash_based: &vm.imports.config.check_hash_based_pycs,
    };
    source::source_code(vm, path, &cache)
}

fn loader_exec_module(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_range(vm, "exec_module", 2, 2)?;
    let code = file_code(vm, &loader_path(vm, &a[0])?)?;
    let Some(globals) = vm.module_dict(&a[1]) else {
        return Err(vm.type_error("exec_module() argument must be a module"));
    };
    source::exec_module(vm, &code, &globals)?;
    Ok(Value::NONE)
}

fn loader_get_code(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_range(vm, "get_code", 1, 2)?;
    let code = file_code(vm, &loader_path(vm, &a[0])?)?;
    crate::objects::code::load_code(vm, &code)
}

fn loader_get_source(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_range(vm, "get_source", 1, 2)?;
    let path = loader_path(vm, &a[0])?;
    if path.extension().is_some_and(|e| e == "pyc") {
        return Ok(Value::NONE);
    }
    let bytes = std::fs::read(&path).map_err(|e| {
        vm.new_error(
            &vm.types.import_error,
            &format!("source not available through get_data(): {e}"),
        )
    })?;
    let filename = path.display().to_string();
    let text =
        krait_parser::source::decode(&bytes, &filename).map_err(|e| vm.syntax_error_from(&e))?;
    let text = krait_parser::source::normalize_newline_bytes(text);
    Ok(vm.new_str(&String::from_utf8_lossy(&text)))
}

fn loader_get_filename(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_range(vm, "get_filename", 1, 2)?;
    vm.get_attr(&a[0], &vm.intern("path"))
}

fn loader_get_data(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_range(vm, "get_data", 2, 2)?;
    let path = vm.str_of(&a[1]);
    match std::fs::read(&path) {
        Ok(bytes) => Ok(vm.new_bytes(bytes)),
        Err(e) => {
            let errno = e.raw_os_error().unwrap_or(0);
            let msg = std::io::Error::from_raw_os_error(errno).to_string();
            let msg = msg.split(" (os error").next().unwrap_or(&msg).to_owned();
            let exc = vm.call(
                &vm.types.os_error,
                &[vm.new_int(errno as i64), vm.new_str(&msg), a[1].clone()],
                &[],
            )?;
            Err(vm.make_raisable(exc, None)?)
        }
    }
}

fn loader_is_package(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_range(vm, "is_package", 1, 2)?;
    let path = loader_path(vm, &a[0])?;
    let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
    Ok(Value::bool(stem == "__init__"))
}
