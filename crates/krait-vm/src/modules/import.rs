//! The import statement (CPython's Python/import.c `PyImport_ImportModuleLevelObject`,
//! `import_from`, `import_all_from`, and Lib/importlib/_bootstrap.py `_gcd_import`,
//! `_resolve_name`): absolute and relative names, dotted parents first, `sys.modules` as the
//! cache.

use crate::error::{PyErr, PyResult};
use crate::objects::str::StrData;
use crate::protocols::payload;
use crate::value::Value;
use crate::vm::Vm;

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
        if let Some(m) = self.dict_get_item(&modules, &self.new_str(name))? {
            if m.is_none() {
                return Err(self.module_not_found(
                    &format!("import of {name} halted; None in sys.modules"),
                    name,
                ));
            }
            return Ok(m);
        }
        if let Some((parent, _)) = name.rsplit_once('.') {
            let p = self.import_absolute(parent)?;
            if self.get_attr_opt(&p, "__path__")?.is_none() {
                return Err(self.module_not_found(
                    &format!("No module named '{name}'; '{parent}' is not a package"),
                    name,
                ));
            }
        }
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
        self.dict_set_item(&modules, self.new_str(name), m.clone())?;
        Ok(m)
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
