//! The special methods of `object` (CPython's Objects/typeobject.c `object_richcompare`,
//! `object_repr`, `object_str`, `_Py_HashPointer`, `PyObject_GenericSetAttr`, …), so that
//! `super().__eq__(other)`, `object.__setattr__(self, name, value)` and friends work. The
//! protocols still take their fast paths when these are the methods in effect.

use crate::error::PyResult;
use crate::native::{install_methods, method_table, Args};
use crate::objects::str::StrData;
use crate::protocols::payload;
use crate::value::Value;
use crate::vm::{type_data, Vm};

method_table!(
    /// The instance methods of `object`.
    METHODS,
    Method,
    {
    "__eq__" => object_eq, "($self, value, /)", "Return self==value.";
    "__ne__" => object_ne, "($self, value, /)", "Return self!=value.";
    "__lt__" => object_cmp, "($self, value, /)", "Return self<value.";
    "__le__" => object_cmp, "($self, value, /)", "Return self<=value.";
    "__gt__" => object_cmp, "($self, value, /)", "Return self>value.";
    "__ge__" => object_cmp, "($self, value, /)", "Return self>=value.";
    "__hash__" => object_hash, "($self, /)", "Return hash(self).";
    "__repr__" => object_repr, "($self, /)", "Return repr(self).";
    "__str__" => object_str, "($self, /)", "Return str(self).";
    "__setattr__" => object_setattr, "($self, name, value, /)", "Implement setattr(self, name, value).";
    "__delattr__" => object_delattr, "($self, name, /)", "Implement delattr(self, name).";
    "__getattribute__" => object_getattribute, "($self, name, /)", "Return getattr(self, name).";
    }
);

/// Installs the table into `object`'s dict.
pub fn install(vm: &Vm) {
    install_methods(vm, &vm.types.object, METHODS);
}

/// The arguments after `self`, exactly `n` of them.
fn exactly<'a>(vm: &Vm, args: Args<'a>, name: &str, n: usize) -> PyResult<&'a [Value]> {
    let a = args.positional_range(vm, name, n + 1, n + 1)?;
    Ok(a)
}

fn object_eq(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = exactly(vm, args, "__eq__", 1)?;
    Ok(if a[0].is(&a[1]) {
        Value::TRUE
    } else {
        Value::NOT_IMPLEMENTED
    })
}

/// `object.__ne__`: the inverse of `type(self).__eq__`, unless that is `NotImplemented`.
fn object_ne(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = exactly(vm, args, "__ne__", 1)?;
    let r = match vm.lookup_special(&a[0], "__eq__")? {
        Some(eq) => vm.call(&eq, &[a[0].clone(), a[1].clone()], &[])?,
        None => Value::NOT_IMPLEMENTED,
    };
    if r.is(&Value::NOT_IMPLEMENTED) {
        return Ok(r);
    }
    Ok(Value::bool(!vm.is_true(&r)?))
}

fn object_cmp(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    exactly(vm, args, "comparison", 1)?;
    Ok(Value::NOT_IMPLEMENTED)
}

fn object_hash(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = exactly(vm, args, "__hash__", 0)?;
    Ok(vm.new_int(crate::hash::hash_i64((a[0].bits() >> 4) as i64)))
}

fn object_repr(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = exactly(vm, args, "__repr__", 0)?;
    Ok(vm.new_str(&vm.default_repr(&a[0])?))
}

fn object_str(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = exactly(vm, args, "__str__", 0)?;
    Ok(vm.new_str(&vm.repr_string(&a[0])?))
}

/// The name argument of the attribute methods, which must be a `str`.
fn attr_name<'a>(vm: &Vm, name: &'a Value) -> PyResult<&'a Value> {
    if payload::<StrData>(name).is_none() {
        return Err(vm.type_error(&format!(
            "attribute name must be string, not '{}'",
            vm.type_name(name)
        )));
    }
    Ok(name)
}

fn object_setattr(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = exactly(vm, args, "__setattr__", 2)?;
    let name = attr_name(vm, &a[1])?;
    vm.generic_set_attr(&a[0], &vm.type_of(&a[0]), name, a[2].clone())?;
    Ok(Value::NONE)
}

fn object_delattr(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = exactly(vm, args, "__delattr__", 1)?;
    let name = attr_name(vm, &a[1])?;
    vm.generic_set_attr(&a[0], &vm.type_of(&a[0]), name, Value::NULL)?;
    Ok(Value::NONE)
}

fn object_getattribute(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = exactly(vm, args, "__getattribute__", 1)?;
    let name = attr_name(vm, &a[1])?;
    vm.generic_get_attr(&a[0], &vm.type_of(&a[0]), name)
}

impl Vm {
    /// `object.__repr__`: `<module.Qualname object at 0x…>`, without the module for built-in
    /// types.
    pub fn default_repr(&self, v: &Value) -> PyResult<String> {
        let ty = self.type_of(v);
        let Some(t) = type_data(&ty) else {
            return Ok(format!("<object at {:#x}>", self.id_of(v)));
        };
        if t.has_flag(crate::types::flags::HEAPTYPE) {
            let module = self.dict_get_item(&t.dict(), &self.intern("__module__"))?;
            if let Some(m) = module.filter(|m| payload::<StrData>(m).is_some()) {
                let m = self.str_of(&m);
                if m != "builtins" {
                    return Ok(format!(
                        "<{m}.{} object at {:#x}>",
                        t.qualname.borrow(),
                        self.id_of(v)
                    ));
                }
            }
        }
        Ok(format!(
            "<{} object at {:#x}>",
            t.name.borrow(),
            self.id_of(v)
        ))
    }
}
