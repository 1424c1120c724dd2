//! Python function objects (CPython's Objects/funcobject.c).

use crate::heap::Trace;
use crate::slot::Slot;
use crate::value::Value;

/// The payload of a `function`.
#[derive(Default)]
pub struct FunctionData {
    /// `__code__`.
    pub code: Slot,
    /// `__globals__` (a dict).
    pub globals: Slot,
    /// The builtins namespace the function runs with (a dict).
    pub builtins: Slot,
    /// `__name__`.
    pub name: Slot,
    /// `__qualname__`.
    pub qualname: Slot,
    /// `__defaults__`: a tuple, or NULL for None.
    pub defaults: Slot,
    /// `__kwdefaults__`: a dict, or NULL for None.
    pub kwdefaults: Slot,
    /// `__closure__`: a tuple of cells, or NULL for None.
    pub closure: Slot,
    /// `__annotations__`: a dict or NULL.
    pub annotations: Slot,
    /// `__doc__`.
    pub doc: Slot,
    /// `__module__`.
    pub module: Slot,
    /// `__dict__`, or NULL until first used.
    pub dict: Slot,
}

impl FunctionData {
    fn slots(&self) -> [&Slot; 12] {
        [
            &self.code,
            &self.globals,
            &self.builtins,
            &self.name,
            &self.qualname,
            &self.defaults,
            &self.kwdefaults,
            &self.closure,
            &self.annotations,
            &self.doc,
            &self.module,
            &self.dict,
        ]
    }
}

impl Trace for FunctionData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        self.slots().iter().for_each(|s| s.visit(visit));
    }

    fn clear(&self) {
        self.slots().iter().for_each(|s| s.set(Value::NULL));
    }
}
