//! Modules written in Rust and the import statement (CPython's Python/import.c and the
//! built-in-module path of Lib/importlib/_bootstrap.py): `sys.modules`, the table of native
//! modules, and what `IMPORT_NAME`, `IMPORT_FROM` and `IMPORT_STAR` do.
//!
//! Only native modules can be imported so far; finding, compiling and caching modules written
//! in Python is issue 5 (docs/compatibility.md).

pub mod gcmodule;
pub mod imp;
pub mod import;
pub mod loader;
pub mod marshal;
pub mod source;
pub mod sys;

use crate::error::PyResult;
use crate::heap;
use crate::objects::module::ModuleData;
use crate::protocols::payload;
use crate::slot::Slot;
use crate::value::Value;
use crate::vm::Vm;
use std::cell::RefCell;

/// Creates a native module's object (its namespace filled in).
pub type ModuleInit = fn(&Vm) -> PyResult<Value>;

/// The import system's state, one per interpreter.
pub struct ImportState {
    /// `sys.modules`.
    pub modules: Slot,
    /// The native modules that can be imported, by name (`sys.builtin_module_names`).
    pub native: RefCell<Vec<(&'static str, ModuleInit)>>,
    /// The command line's settings for imports (`sys.argv`, the initial `sys.path`, the cache
    /// flags).
    pub config: crate::vm::VmConfig,
}

impl ImportState {
    /// The state at start-up: krait-vm's own native modules registered, nothing imported.
    pub fn new(config: &crate::vm::VmConfig) -> ImportState {
        ImportState {
            modules: Slot::default(),
            native: RefCell::new(vec![
                ("sys", sys::init as ModuleInit),
                ("builtins", init_builtins as ModuleInit),
                (
                    "_weakref",
                    crate::methods::weakref::init_module as ModuleInit,
                ),
                ("marshal", marshal::init as ModuleInit),
                ("_imp", imp::init_imp as ModuleInit),
                ("_warnings", imp::init_warnings as ModuleInit),
                (
                    "_frozen_importlib",
                    imp::init_frozen_importlib as ModuleInit,
                ),
                (
                    "_frozen_importlib_external",
                    imp::init_frozen_importlib_external as ModuleInit,
                ),
                ("gc", gcmodule::init as ModuleInit),
            ]),
            config: config.clone(),
        }
    }
}

impl Vm {
    /// Makes the native module `name` importable (how crates above krait-vm add theirs).
    pub fn register_native_module(&self, name: &'static str, init: ModuleInit) {
        self.imports.native.borrow_mut().push((name, init));
    }

    /// `sys.modules` (created on first use).
    pub fn sys_modules(&self) -> Value {
        let m = self.imports.modules.get();
        if !m.is_null() {
            return m;
        }
        let d = self.new_dict();
        self.imports.modules.set(d.clone());
        d
    }

    /// A new module object named `name` with the standard attributes (`__name__`, `__doc__`,
    /// `__package__`, `__loader__`, `__spec__` set to None where unknown).
    pub fn new_module(&self, name: &str) -> Value {
        let dict = self.new_dict();
        for (k, v) in [
            ("__name__", self.new_str(name)),
            ("__doc__", Value::NONE),
            ("__package__", Value::NONE),
            ("__loader__", Value::NONE),
            ("__spec__", Value::NONE),
        ] {
            let _ = self.dict_set_item(&dict, self.intern(k), v);
        }
        let data = ModuleData {
            dict: Slot::new(dict),
        };
        heap::alloc(self.types.module.to_obj(), data).into_value()
    }

    /// The namespace of module `m`.
    pub fn module_dict(&self, m: &Value) -> Option<Value> {
        payload::<ModuleData>(m).map(|d| d.dict.get())
    }

    /// Sets attribute `name` of module `m` (for filling in native modules).
    pub fn module_set(&self, m: &Value, name: &str, v: Value) -> PyResult<()> {
        match self.module_dict(m) {
            Some(d) => self.dict_set_item(&d, self.intern(name), v),
            None => Ok(()),
        }
    }

    /// `__name__` of module `m`, as text.
    pub fn module_name(&self, m: &Value) -> Option<String> {
        let d = self.module_dict(m)?;
        let n = self.dict_get_item(&d, &self.intern("__name__")).ok()??;
        payload::<crate::objects::str::StrData>(&n).map(|s| s.to_string_lossy())
    }
}

/// The `builtins` module: the namespace every frame's builtins come from.
fn init_builtins(vm: &Vm) -> PyResult<Value> {
    let m = vm.new_module("builtins");
    if let Some(p) = payload::<ModuleData>(&m) {
        p.dict.set(vm.builtins.clone());
    }
    Ok(m)
}
