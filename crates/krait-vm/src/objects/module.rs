//! Module objects (CPython's Objects/moduleobject.c): a namespace dict with a name.

use crate::heap::Trace;
use crate::slot::Slot;
use crate::value::Value;

/// The payload of a `module`.
pub struct ModuleData {
    /// `__dict__`: the module's namespace.
    pub dict: Slot,
}

impl Trace for ModuleData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        self.dict.visit(visit);
    }

    fn clear(&self) {
        self.dict.set(Value::NULL);
    }
}
