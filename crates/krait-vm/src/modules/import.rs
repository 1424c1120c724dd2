//! The import statement (CPython's Python/import.c `PyImport_ImportModuleLevelObject`,
//! `import_from`, `import_all_from`, and Lib/importlib/_bootstrap.py `_gcd_import`,
//! `_resolve_name`): absolute and relative names, dotted parents first, `sys.modules` as the
//! cache.

use super::source::{self, Found};
use crate::error::{PyErr, PyResult};
use crate::objects::str::StrData;
use crate::protocols::payload;
use crate::value::Value;
use crate::vm::Vm;
use std::path::{Path, PathBuf};

impl Vm {
    /// `IMPORT_NAME`: imports `name` (relative to the importing module's package when
    /// `level` > 0) and returns the top-level package when `fromlist` is empty, else the
    /// module itself.
    pub fn import_name(
        &self,
        name: &Value,
        fromlist: &Value,
        level: i64,
        globals: &Value,
    ) -> PyResult<Value> {
        let name_text = self.str_of(name);
        if level < 0 {
            return Err(self.value_error("level must be >= 0"));
        }
        if level == 0 && name_text.is_empty() {
            return Err(self.value_error("Empty module name"));
        }
        let absolute = if level > 0 {
            self.resolve_relative(&name_text, level, globals)?
        } else {
            name_text.clone()
        };
        let module = self.import_absolute(&absolute)?;
        let has_fromlist = !fromlist.is_none()
            && !fromlist.is_null()
            && self.tuple_items(fromlist).is_none_or(|t| !t.is_empty());
        if has_fromlist {
            self.handle_fromlist(&module, fromlist, false)?;
            return Ok(module);
        }
        if level == 0 {
            let top = name_text.split('.').next().unwrap_or_default();
            return self.import_absolute(top);
        }
        if name_text.is_empty() {
            return Ok(module);
        }
        // `from . import` never gets here; `import .a.b` is not syntax. What remains is a
        // relative dotted import whose fromlist is empty: return the package up to the first
        // component of `name`.
        let cut = absolute.len() - name_text.len() + name_text.find('.').unwrap_or(name_text.len());
        self.import_absolute(&absolute[..cut])
    }

    /// The absolute name of a relative import, as importlib's `_resolve_name` and
    /// `_calc___package__`.
    fn resolve_relative(&self, name: &str, level: i64, globals: &Value) -> PyResult<String> {
        let get = |k: &str| -> PyResult<Option<Value>> {
            if globals.is_null() {
                return Ok(None);
            }
            self.dict_get_item(globals, &self.intern(k))
        };
        let package = match get("__package__")? {
            Some(p) if !p.is_none() => {
                if payload::<StrData>(&p).is_none() {
                    return Err(self.type_error("package must be a string"));
                }
                self.str_of(&p)
            }
            _ => {
                let Some(modname) = get("__name__")? else {
                    return Err(self.new_error(&self.types.key_error, "'__name__' not in globals"));
                };
                let modname = self.str_of(&modname);
                if get("__path__")?.is_some() {
                    modname
                } else {
                    modname
                        .rsplit_once('.')
                        .map(|(p, _)| p.to_owned())
                        .unwrap_or_default()
                }
            }
        };
        if package.is_empty() {
            return Err(self.new_error(
                &self.types.import_error,
                "attempted relative import with no known parent package",
            ));
        }
        let mut base = package.as_str();
        for _ in 1..level {
            match base.rsplit_once('.') {
                Some((p, _)) => base = p,
                None => {
                    return Err(self.new_error(
                        &self.types.import_error,
                        "attempted relative import beyond top-level package",
                    ))
                }
            }
        }
        Ok(if name.is_empty() {
            base.to_owned()
        } else {
            format!("{base}.{name}")
        })
    }

    /// Imports the absolute dotted `name`, parents first, and returns the module `name`.
    pub fn import_absolute(&self, name: &str) -> PyResult<Value> {
        let modules = self.sys_modules();
        // Interned: `print` and every import statement look "sys" and the like up here.
        if let Some(m) = self.dict_get_item(&modules, &self.intern(name))? {
            if m.is_none() {
                return Err(self.module_not_found(
                    &format!("import of {name} halted; None in sys.modules"),
                    name,
                ));
            }
            return Ok(m);
        }
        let mut search_path = None;
        let mut parent_module = None;
        if let Some((parent, _)) = name.rsplit_once('.') {
            let p = self.import_absolute(parent)?;
            // Importing the parent may have imported this module as a side effect.
            if let Some(m) = self.dict_get_item(&modules, &self.new_str(name))? {
                return Ok(m);
            }
            let Some(path) = self.get_attr_opt(&p, "__path__")? else {
                return Err(self.module_not_found(
                    &format!("No module named '{name}'; '{parent}' is not a package"),
                    name,
                ));
            };
            search_path = Some(path);
            parent_module = Some(p);
        }
        let m = self.find_and_load(name, search_path)?;
        if let (Some(p), Some((_, tail))) = (parent_module, name.rsplit_once('.')) {
            self.set_attr(&p, &self.intern(tail), m.clone())?;
        }
        Ok(m)
    }

    /// Finds and loads `name` with the finders of `sys.meta_path`, in order, as importlib's
    /// `_find_and_load_unlocked`: krait's own `BuiltinImporter` and `PathFinder` are run
    /// natively; any other finder's `find_spec(name, path, None)` is called and the module
    /// loaded from the spec it returns. `search_path` is the parent package's `__path__`.
    fn find_and_load(&self, name: &str, search_path: Option<Value>) -> PyResult<Value> {
        let sys = if name == "sys" {
            None
        } else {
            Some(self.import_absolute("sys")?)
        };
        let finders = match &sys {
            Some(sys) => match self.get_attr_opt(sys, "meta_path")? {
                Some(mp) if !mp.is_none() => self.collect_iterable(&mp)?,
                _ => {
                    return Err(self.new_error(
                        &self.types.import_error,
                        "sys.meta_path is None, Python is likely shutting down",
                    ))
                }
            },
            // Only `sys` itself is imported before `sys` exists.
            None => vec![super::loader::builtin_importer(self)],
        };
        let builtin = super::loader::builtin_importer(self);
        let path_finder = super::loader::path_finder(self);
        for finder in finders {
            if finder.is(&builtin) {
                if self.is_native_module(name) {
                    let m = self.create_native_module(name)?;
                    self.dict_set_item(&self.sys_modules(), self.new_str(name), m.clone())?;
                    return Ok(m);
                }
            } else if finder.is(&path_finder) {
                let path_list = match &search_path {
                    Some(p) => p.clone(),
                    None => match &sys {
                        Some(sys) => self.get_attr(sys, &self.intern("path"))?,
                        None => continue,
                    },
                };
                let dirs = self.path_entries(&path_list)?;
                let tail = name.rsplit('.').next().unwrap_or(name);
                match source::find(&dirs, tail) {
                    Some(Found::File { path, package_dir }) => {
                        return self.load_file_module(name, &path, package_dir.as_deref())
                    }
                    Some(Found::Namespace(portions)) => {
                        return self.load_namespace(name, &portions)
                    }
                    None => {}
                }
            } else if let Some(find_spec) = self.get_attr_opt(&finder, "find_spec")? {
                let path_arg = search_path.clone().unwrap_or(Value::NONE);
                let spec = self.call(
                    &find_spec,
                    &[self.new_str(name), path_arg, Value::NONE],
                    &[],
                )?;
                if !spec.is_none() {
                    return self.load_from_spec(name, &spec);
                }
            }
        }
        Err(self.module_not_found(&format!("No module named '{name}'"), name))
    }

    /// Whether `name` is one of the native modules (`sys.builtin_module_names`).
    pub fn is_native_module(&self, name: &str) -> bool {
        self.imports.native.borrow().iter().any(|(n, _)| *n == name)
    }

    /// A new module object for the native module `name` (not entered in `sys.modules`), with
    /// its `__spec__` and `__loader__` (`BuiltinImporter`) set.
    pub fn create_native_module(&self, name: &str) -> PyResult<Value> {
        let init = self
            .imports
            .native
            .borrow()
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, init)| *init);
        let Some(init) = init else {
            return Err(self.module_not_found(&format!("No module named '{name}'"), name));
        };
        let m = init(self)?;
        if self.module_dict(&m).is_some() {
            if self
                .get_attr_opt(&m, "__spec__")?
                .is_none_or(|s| s.is_none())
            {
                self.module_set(&m, "__spec__", super::loader::builtin_spec(self, name)?)?;
            }
            if self
                .get_attr_opt(&m, "__loader__")?
                .is_none_or(|s| s.is_none())
            {
                self.module_set(&m, "__loader__", super::loader::builtin_importer(self))?;
            }
        }
        Ok(m)
    }

    /// The `str` entries of a path list (`sys.path`, a package's `__path__`).
    pub(crate) fn path_entries(&self, path_list: &Value) -> PyResult<Vec<String>> {
        Ok(self
            .collect_iterable(path_list)?
            .iter()
            .filter(|p| payload::<StrData>(p).is_some())
            .map(|p| self.str_of(p))
            .collect())
    }

    /// Loads a module from the spec a finder returned, as importlib's `_load_unlocked`: the
    /// loader's `create_module` (or a plain module), the spec's attributes, `sys.modules`, then
    /// `exec_module`; the module is removed from `sys.modules` again if that fails.
    fn load_from_spec(&self, name: &str, spec: &Value) -> PyResult<Value> {
        let loader = self.get_attr(spec, &self.intern("loader"))?;
        let locations = self.get_attr_opt(spec, "submodule_search_locations")?;
        if loader.is_none() {
            if let Some(portions) = locations.filter(|l| !l.is_none()) {
                let m = self.new_module(name);
                self.module_set(&m, "__spec__", spec.clone())?;
                self.module_set(&m, "__package__", self.new_str(name))?;
                self.module_set(&m, "__path__", portions)?;
                self.dict_set_item(&self.sys_modules(), self.new_str(name), m.clone())?;
                return Ok(m);
            }
            return Err(self.new_error(&self.types.import_error, "missing loader"));
        }
        let created = match self.get_attr_opt(&loader, "create_module")? {
            Some(create) => self.call(&create, std::slice::from_ref(spec), &[])?,
            None => Value::NONE,
        };
        let m = if created.is_none() {
            self.new_module(name)
        } else {
            created
        };
        let parent = self.get_attr_opt(spec, "parent")?.unwrap_or(Value::NONE);
        self.set_attr(&m, &self.intern("__spec__"), spec.clone())?;
        self.set_attr(&m, &self.intern("__loader__"), loader.clone())?;
        self.set_attr(&m, &self.intern("__package__"), parent)?;
        if let Some(l) = self.get_attr_opt(spec, "submodule_search_locations")? {
            if !l.is_none() {
                self.set_attr(&m, &self.intern("__path__"), l)?;
            }
        }
        let has_location = match self.get_attr_opt(spec, "has_location")? {
            Some(h) => self.is_true(&h)?,
            None => false,
        };
        if has_location {
            let origin = self.get_attr(spec, &self.intern("origin"))?;
            self.set_attr(&m, &self.intern("__file__"), origin)?;
            if let Some(c) = self.get_attr_opt(spec, "cached")? {
                self.set_attr(&m, &self.intern("__cached__"), c)?;
            }
        }
        let modules = self.sys_modules();
        let key = self.new_str(name);
        self.dict_set_item(&modules, key.clone(), m.clone())?;
        let exec = match self.get_attr_opt(&loader, "exec_module")? {
            Some(exec) => self.call(&exec, std::slice::from_ref(&m), &[]).map(drop),
            None => Err(self.new_error(
                &self.types.import_error,
                &format!("{} has no exec_module()", self.repr_string(&loader)?),
            )),
        };
        if let Err(e) = exec {
            let _ = self.dict_del_item(&modules, &key);
            return Err(e);
        }
        match self.dict_get_item(&modules, &key)? {
            Some(v) => Ok(v),
            None => Err(self.new_error(
                &self.types.import_error,
                &format!("Loaded module {name} not found in sys.modules"),
            )),
        }
    }

    /// Sets up the module attributes CPython's `_init_module_attrs` sets.
    fn init_module_attrs(
        &self,
        m: &Value,
        name: &str,
        file: Option<&Path>,
        cached: Option<&Path>,
        package_dir: Option<&[PathBuf]>,
    ) -> PyResult<()> {
        let parent = if package_dir.is_some() {
            name.to_owned()
        } else {
            name.rsplit_once('.')
                .map(|(p, _)| p.to_owned())
                .unwrap_or_default()
        };
        let path_str = |p: &Path| self.new_str(&p.display().to_string());
        let locations =
            package_dir.map(|dirs| self.new_list(dirs.iter().map(|d| path_str(d)).collect()));
        let loader = match file {
            Some(f) => super::loader::new_file_loader(self, name, f)?,
            None => Value::NONE,
        };
        let spec =
            super::loader::new_spec(self, name, loader.clone(), file, cached, locations.clone())?;
        self.module_set(m, "__loader__", loader)?;
        self.module_set(m, "__spec__", spec)?;
        self.module_set(m, "__package__", self.new_str(&parent))?;
        if let Some(f) = file {
            self.module_set(m, "__file__", path_str(f))?;
            self.module_set(m, "__cached__", cached.map_or(Value::NONE, path_str))?;
        }
        if let Some(l) = locations {
            self.module_set(m, "__path__", l)?;
        }
        self.module_set(m, "__builtins__", self.builtins.clone())?;
        Ok(())
    }

    /// `sys.dont_write_bytecode` and `sys.pycache_prefix` as they are now (both can be set by
    /// the program).
    pub(crate) fn cache_settings(&self) -> PyResult<(bool, Option<String>)> {
        let sys = self.import_absolute("sys")?;
        let dont_write = match self.get_attr_opt(&sys, "dont_write_bytecode")? {
            Some(v) => self.is_true(&v)?,
            None => false,
        };
        let prefix = self
            .get_attr_opt(&sys, "pycache_prefix")?
            .filter(|p| payload::<StrData>(p).is_some())
            .map(|p| self.str_of(&p));
        Ok((dont_write, prefix))
    }

    /// Loads a module from a `.py` file (through the bytecode cache) or a sourceless `.pyc`.
    fn load_file_module(
        &self,
        name: &str,
        path: &Path,
        package_dir: Option<&Path>,
    ) -> PyResult<Value> {
        let sourceless = path.extension().is_some_and(|e| e == "pyc");
        let (dont_write, prefix) = self.cache_settings()?;
        let cached = if sourceless {
            Some(path.to_path_buf())
        } else {
            source::cache_path(path, prefix.as_deref())
        };
        let m = self.new_module(name);
        let dirs = package_dir.map(|d| vec![d.to_path_buf()]);
        self.init_module_attrs(&m, name, Some(path), cached.as_deref(), dirs.as_deref())?;
        let modules = self.sys_modules();
        let key = self.new_str(name);
        self.dict_set_item(&modules, key.clone(), m.clone())?;
        let result = (|| {
            let code = if sourceless {
                source::sourceless_code(self, path)?
            } else {
                let check = &self.imports.config.check_hash_based_pycs;
                let cache = source::CacheConfig {
                    dont_write,
                    prefix: prefix.as_deref(),
                    check_hash_based: check,
                };
                source::source_code(self, path, &cache)?
            };
            let globals = self.module_dict(&m).unwrap_or_else(|| self.new_dict());
            source::exec_module(self, &code, &globals)
        })();
        if let Err(e) = result {
            let _ = self.dict_del_item(&modules, &key);
            return Err(e);
        }
        match self.dict_get_item(&modules, &key)? {
            Some(v) => Ok(v),
            None => Err(self.new_error(
                &self.types.import_error,
                &format!("Loaded module {name} not found in sys.modules"),
            )),
        }
    }

    /// A namespace package made of `portions`.
    fn load_namespace(&self, name: &str, portions: &[PathBuf]) -> PyResult<Value> {
        let m = self.new_module(name);
        self.init_module_attrs(&m, name, None, None, Some(portions))?;
        self.dict_set_item(&self.sys_modules(), self.new_str(name), m.clone())?;
        Ok(m)
    }

    /// `_handle_fromlist`: for a package, imports the submodules the `from` list names that
    /// are not attributes yet (and those of `__all__` for `*`).
    fn handle_fromlist(&self, module: &Value, fromlist: &Value, recursive: bool) -> PyResult<()> {
        if self.get_attr_opt(module, "__path__")?.is_none() {
            return Ok(());
        }
        let Some(modname) = self.module_name(module) else {
            return Ok(());
        };
        for x in self.collect_iterable(fromlist)? {
            if payload::<StrData>(&x).is_none() {
                let what = if recursive {
                    "``from list''"
                } else {
                    "Item in ``from list''"
                };
                return Err(
                    self.type_error(&format!("{what} must be str, not {}", self.type_name(&x)))
                );
            }
            let xs = self.str_of(&x);
            if xs == "*" {
                if !recursive {
                    if let Some(all) = self.get_attr_opt(module, "__all__")? {
                        self.handle_fromlist(module, &all, true)?;
                    }
                }
                continue;
            }
            if self.get_attr_opt(module, &xs)?.is_none() {
                let full = format!("{modname}.{xs}");
                if let Err(e) = self.import_absolute(&full) {
                    let exc = e.exception_value();
                    let missing_this = self
                        .is_instance_of(&exc, &self.types.module_not_found_error)
                        && self
                            .get_attr_opt(&exc, "name")?
                            .is_some_and(|n| self.str_of(&n) == full);
                    if !missing_this {
                        return Err(e);
                    }
                }
            }
        }
        Ok(())
    }

    /// `ModuleNotFoundError(msg)` with its `name` attribute.
    fn module_not_found(&self, msg: &str, name: &str) -> PyErr {
        let err = self.new_error(&self.types.module_not_found_error, msg);
        let _ = self.set_attr(
            &err.exception_value(),
            &self.intern("name"),
            self.new_str(name),
        );
        err
    }

    /// `IMPORT_FROM`: `module.name`, or the submodule `module.name` from `sys.modules`, else
    /// CPython's "cannot import name" error.
    pub fn import_from(&self, module: &Value, name: &Value) -> PyResult<Value> {
        if let Some(v) = self.get_attr_opt(module, &self.str_of(name))? {
            return Ok(v);
        }
        let modname = self.get_attr_opt(module, "__name__")?;
        let modname = modname.filter(|n| payload::<StrData>(n).is_some());
        if let Some(pkg) = &modname {
            let full = format!("{}.{}", self.str_of(pkg), self.str_of(name));
            if let Some(m) = self.dict_get_item(&self.sys_modules(), &self.new_str(&full))? {
                return Ok(m);
            }
        }
        let shown = match &modname {
            Some(n) => self.repr_string(n)?,
            None => "'<unknown module name>'".to_owned(),
        };
        let location = match self.get_attr_opt(module, "__file__")? {
            Some(f) if payload::<StrData>(&f).is_some() => self.str_of(&f),
            _ => "unknown location".to_owned(),
        };
        let err = self.new_error(
            &self.types.import_error,
            &format!(
                "cannot import name {} from {shown} ({location})",
                self.repr_string(name)?
            ),
        );
        let exc = err.exception_value();
        let _ = self.set_attr(&exc, &self.intern("name"), modname.unwrap_or(Value::NONE));
        Err(err)
    }

    /// `IMPORT_STAR`: copies the module's public names (its `__all__`, else every name not
    /// starting with `_`) into `locals`.
    pub fn import_star(&self, module: &Value, locals: &Value) -> PyResult<()> {
        let names = match self.get_attr_opt(module, "__all__")? {
            Some(all) => self.collect_iterable(&all)?,
            None => {
                let Some(d) = self.module_dict(module) else {
                    return Err(self.new_error(
                        &self.types.import_error,
                        "from-import-* object has no __dict__ and no __all__",
                    ));
                };
                let keys = self.collect_iterable(&d)?;
                keys.into_iter()
                    .filter(|k| !self.str_of(k).starts_with('_'))
                    .collect()
            }
        };
        for n in names {
            if payload::<StrData>(&n).is_none() {
                return Err(self.type_error(&format!(
                    "Item in {}.__all__ must be str, not {}",
                    self.module_name(module).unwrap_or_default(),
                    self.type_name(&n)
                )));
            }
            let v = self.get_attr(module, &n)?;
            self.dict_set_item(locals, n, v)?;
        }
        Ok(())
    }
}

/// The code of module `name` for running it as `__main__` (`-m`), its file name and its
/// package (`__package__`): parents
/// imported first; a package's `__main__` submodule instead of the package.
pub fn main_module_code(
    vm: &Vm,
    name: &str,
) -> Result<(krait_bytecode::CodeObject, String, String), crate::run::MainModuleError> {
    use crate::run::MainModuleError::{NotFound, Raised};
    let search_path = match name.rsplit_once('.') {
        Some((parent, _)) => {
            let p = match vm.import_absolute(parent) {
                Ok(p) => p,
                Err(e) => {
                    let exc = e.exception_value();
                    if vm.is_instance_of(&exc, &vm.types.module_not_found_error) {
                        let msg = vm.str_string(&exc).unwrap_or_default();
                        return Err(NotFound(format!(
                            "Error while finding module specification for {} (ModuleNotFoundError: {msg})",
                            vm.repr_string(&vm.new_str(name)).unwrap_or_default()
                        )));
                    }
                    return Err(Raised(e));
                }
            };
            match vm.get_attr_opt(&p, "__path__").map_err(Raised)? {
                Some(path) => path,
                None => {
                    return Err(NotFound(format!(
                        "Error while finding module specification for {} (ModuleNotFoundError: __path__ attribute not found on '{parent}' while trying to find '{name}')",
                        vm.repr_string(&vm.new_str(name)).unwrap_or_default()
                    )))
                }
            }
        }
        None => {
            let sys = vm.import_absolute("sys").map_err(Raised)?;
            vm.get_attr(&sys, &vm.intern("path")).map_err(Raised)?
        }
    };
    let dirs: Vec<String> = vm
        .collect_iterable(&search_path)
        .map_err(Raised)?
        .iter()
        .map(|p| vm.str_of(p))
        .collect();
    let tail = name.rsplit('.').next().unwrap_or(name);
    match source::find(&dirs, tail) {
        Some(Found::File {
            package_dir: Some(_),
            ..
        })
        | Some(Found::Namespace(_)) => {
            let main = format!("{name}.__main__");
            match main_module_code(vm, &main) {
                Err(NotFound(_)) => Err(NotFound(format!(
                    "No module named {main}; '{name}' is a package and cannot be directly executed"
                ))),
                r => r,
            }
        }
        Some(Found::File { path, .. }) => {
            let file = path.display().to_string();
            let code = if path.extension().is_some_and(|e| e == "pyc") {
                source::sourceless_code(vm, &path)
            } else {
                let (dont_write, prefix) = vm.cache_settings().map_err(Raised)?;
                let cache = source::CacheConfig {
                    dont_write,
                    prefix: prefix.as_deref(),
                    check_hash_based: &vm.imports.config.check_hash_based_pycs,
                };
                source::source_code(vm, &path, &cache)
            };
            let package = name
                .rsplit_once('.')
                .map(|(p, _)| p.to_owned())
                .unwrap_or_default();
            code.map(|c| (c, file, package)).map_err(Raised)
        }
        None => Err(NotFound(format!("No module named {name}"))),
    }
}
