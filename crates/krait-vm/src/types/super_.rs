//! `super` (CPython's Objects/typeobject.c `super_init`, `super_getattro`): a proxy that looks
//! attributes up along the MRO of `type(obj)` *after* a given class, binding what it finds to
//! `obj`. The zero-argument form takes the class from the calling function's `__class__` cell
//! and `obj` from its first argument (CPython's `super_init_without_args`); the evaluation loop
//! supplies that frame ([`super_from_frame`]).

use crate::error::PyResult;
use crate::eval::Frame;
use crate::heap::{self, Trace};
use crate::native::{install_methods, new_def, Args};
use crate::objects::cell::CellData;
use crate::protocols::payload;
use crate::slot::Slot;
use crate::types::TypeData;
use crate::value::Value;
use crate::vm::{type_data, Vm};
use krait_bytecode::code::local_kind;

/// The payload of a `super` object.
pub struct SuperData {
    /// `__thisclass__`: the class after which the lookup starts.
    pub type_: Slot,
    /// `__self__`: the object (or class) attributes bind to; NULL for unbound `super(T)`.
    pub obj: Slot,
    /// `__self_class__`: the class whose MRO is searched; NULL when unbound.
    pub obj_type: Slot,
}

impl Trace for SuperData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        self.type_.visit(visit);
        self.obj.visit(visit);
        self.obj_type.visit(visit);
    }

    fn clear(&self) {
        self.type_.set(Value::NULL);
        self.obj.set(Value::NULL);
        self.obj_type.set(Value::NULL);
    }
}

new_def!(
    SUPER_NEW,
    super_new,
    "(type, *args, **kwargs)",
    "Create and return a new object.  See help(type) for accurate signature."
);

/// Installs `super.__new__`.
pub fn install(vm: &Vm) {
    install_methods(vm, &vm.types.super_, &SUPER_NEW);
}

fn runtime_error(vm: &Vm, msg: &str) -> crate::error::PyErr {
    vm.new_error(&vm.types.runtime_error, msg)
}

/// `super()` called with no arguments in the frame `f`.
pub(crate) fn super_from_frame(vm: &Vm, f: &Frame) -> PyResult<Value> {
    let code = f.code();
    if code.argcount == 0 {
        return Err(runtime_error(vm, "super(): no arguments"));
    }
    let mut first = f.slot(0);
    if !first.is_null() && code.localsplus_kinds[0] & local_kind::CELL != 0 && f.ip() > 0 {
        if let Some(c) = payload::<CellData>(&first) {
            first = c.contents.get();
        }
    }
    if first.is_null() {
        return Err(runtime_error(vm, "super(): arg[0] deleted"));
    }
    let mut class = None;
    for (i, name) in code.localsplus_names.iter().enumerate() {
        if code.localsplus_kinds[i] & local_kind::FREE != 0 && vm.str_of(name) == "__class__" {
            let slot = f.slot(i);
            let Some(cell) = payload::<CellData>(&slot) else {
                return Err(runtime_error(vm, "super(): bad __class__ cell"));
            };
            let t = cell.contents.get();
            if t.is_null() {
                return Err(runtime_error(vm, "super(): empty __class__ cell"));
            }
            if type_data(&t).is_none() {
                return Err(runtime_error(
                    vm,
                    &format!("super(): __class__ is not a type ({})", vm.type_name(&t)),
                ));
            }
            class = Some(t);
            break;
        }
    }
    let Some(class) = class else {
        return Err(runtime_error(vm, "super(): __class__ cell not found"));
    };
    new_super(vm, &vm.types.super_, class, Some(first))
}

/// `super.__new__(cls, type, obj=NULL)`.
fn super_new(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let pos = args.pos();
    if !args.kwnames.is_empty() {
        return Err(vm.type_error("super() takes no keyword arguments"));
    }
    let cls = pos.first().cloned().unwrap_or(Value::NULL);
    match &pos[1.min(pos.len())..] {
        [] => Err(runtime_error(vm, "super(): no arguments")),
        [t] => new_super(vm, &cls, t.clone(), None),
        [t, o] => new_super(vm, &cls, t.clone(), (!o.is_none()).then(|| o.clone())),
        more => Err(vm.type_error(&format!(
            "super() takes at most 2 arguments ({} given)",
            more.len()
        ))),
    }
}

/// A `super` object for `type_` and `obj`, after CPython's `super_check`.
fn new_super(vm: &Vm, cls: &Value, type_: Value, obj: Option<Value>) -> PyResult<Value> {
    if type_data(&type_).is_none() {
        return Err(vm.type_error(&format!(
            "super() argument 1 must be a type, not {}",
            vm.type_name(&type_)
        )));
    }
    let obj_type = match &obj {
        Some(o) => super_check(vm, &type_, o)?,
        None => Value::NULL,
    };
    let data = SuperData {
        type_: Slot::new(type_),
        obj: Slot::new(obj.unwrap_or(Value::NULL)),
        obj_type: Slot::new(obj_type),
    };
    Ok(heap::alloc(cls.to_obj(), data).into_value())
}

fn is_subtype(t: &Value, of: &Value) -> bool {
    t.is(of) || type_data(t).is_some_and(|td| td.is_subtype_of(of))
}

/// The class whose MRO a `super(type_, obj)` searches: `obj` itself when it is a subclass of
/// `type_` (the class-method case), else `type(obj)`, else `obj.__class__`.
fn super_check(vm: &Vm, type_: &Value, obj: &Value) -> PyResult<Value> {
    if type_data(obj).is_some() && is_subtype(obj, type_) {
        return Ok(obj.clone());
    }
    let t = vm.type_of(obj);
    if is_subtype(&t, type_) {
        return Ok(t);
    }
    if let Ok(c) = vm.get_attr(obj, &vm.intern("__class__")) {
        if !c.is(&t) && type_data(&c).is_some() && is_subtype(&c, type_) {
            return Ok(c);
        }
    }
    Err(vm.type_error("super(type, obj): obj must be an instance or subtype of type"))
}

impl Vm {
    /// `getattr(super_obj, name)`: the MRO of `__self_class__` after `__thisclass__`, binding
    /// descriptors to `__self__`; then the super object's own attributes.
    pub(crate) fn super_get_attr(
        &self,
        sup: &Value,
        s: &SuperData,
        name: &Value,
    ) -> PyResult<Value> {
        let start = s.obj_type.get();
        let n = self.str_of(name);
        if !start.is_null() && n != "__class__" {
            let this = s.type_.get();
            let mro = type_data(&start)
                .map(|t| t.mro.borrow().clone())
                .unwrap_or_default();
            let after = mro
                .iter()
                .position(|c| c.is(&this))
                .map_or(mro.len(), |i| i + 1);
            for c in &mro[after..] {
                let Some(d) = type_data(c).map(TypeData::dict) else {
                    continue;
                };
                if let Some(v) = self.dict_get_item(&d, name)? {
                    let obj = s.obj.get();
                    return if obj.is(&start) {
                        self.descr_get_on_class(&v, &start)
                    } else {
                        self.descr_get(&v, &obj, &start)
                    };
                }
            }
        }
        let or_none = |v: Value| if v.is_null() { Value::NONE } else { v };
        match n.as_str() {
            "__thisclass__" => return Ok(s.type_.get()),
            "__self__" => return Ok(or_none(s.obj.get())),
            "__self_class__" => return Ok(or_none(s.obj_type.get())),
            "__class__" => return Ok(self.type_of(sup)),
            _ => {}
        }
        if let Some(v) = self.lookup_type(&self.type_of(sup), name)? {
            return self.descr_get(&v, sup, &self.type_of(sup));
        }
        Err(self.new_error(
            &self.types.attribute_error,
            &format!("'super' object has no attribute '{n}'"),
        ))
    }

    /// `repr()` of a super object.
    pub(crate) fn super_repr(&self, s: &SuperData) -> String {
        let name = |t: &Value| {
            type_data(t)
                .map(|d| d.name.borrow().clone())
                .unwrap_or_default()
        };
        let this = name(&s.type_.get());
        let ot = s.obj_type.get();
        if ot.is_null() {
            format!("<super: <class '{this}'>, NULL>")
        } else {
            format!("<super: <class '{this}'>, <{} object>>", name(&ot))
        }
    }
}
