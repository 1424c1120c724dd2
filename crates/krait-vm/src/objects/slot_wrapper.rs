//! Special methods of built-in types as attributes (CPython's Objects/descrobject.c
//! `wrapper_descriptor` and `method-wrapper`, and the `slotdefs` table of typeobject.c):
//! `int.__add__` is a slot wrapper, `(1).__add__` a method-wrapper bound to `1`.
//!
//! A slot wrapper is declared as an ordinary [`MethodDef`] whose name is a special method
//! ([`slot_shape`]); `install_methods` makes it a wrapper instead of a `method_descriptor`. The
//! wrapper checks the receiver's type and the number of arguments with CPython's messages before
//! calling the function, which receives `self` first, as a method does.

use crate::heap::Trace;
use crate::native::MethodDef;
use crate::slot::Slot;
use crate::value::Value;

/// The payload of a `wrapper_descriptor`: a special method found in a built-in type's dict.
pub struct SlotWrapperData {
    /// The declaration (name, function, signature, docstring).
    pub def: &'static MethodDef,
    /// `__objclass__`: the type that defines it.
    pub owner: Slot,
}

impl Trace for SlotWrapperData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        self.owner.visit(visit);
    }

    fn clear(&self) {
        self.owner.set(Value::NULL);
    }
}

/// The payload of a `method-wrapper`: a slot wrapper bound to an object.
pub struct MethodWrapperData {
    /// The declaration.
    pub def: &'static MethodDef,
    /// The type that defines the slot.
    pub owner: Slot,
    /// `__self__`.
    pub self_: Slot,
}

impl Trace for MethodWrapperData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        self.owner.visit(visit);
        self.self_.visit(visit);
    }

    fn clear(&self) {
        self.owner.set(Value::NULL);
        self.self_.set(Value::NULL);
    }
}

/// How a special method is called: the number of arguments after `self` (at least, at most),
/// or `None` for `__init__`/`__call__`, which take any arguments and keywords.
pub type Arity = Option<(usize, usize)>;

/// The text signature, docstring and arity of the special method `name`, if it is one CPython
/// exposes as a slot wrapper (its `slotdefs` table).
pub fn slot_shape(name: &str) -> Option<(&'static str, &'static str, Arity)> {
    const UNARY: &str = "($self, /)";
    const BINARY: &str = "($self, value, /)";
    const KEY: &str = "($self, key, /)";
    let one = Some((1, 1));
    let none = Some((0, 0));
    let binary = |doc: &'static str| Some((BINARY, doc, one));
    let unary = |doc: &'static str| Some((UNARY, doc, none));
    match name {
        "__repr__" => unary("Return repr(self)."),
        "__str__" => unary("Return str(self)."),
        "__hash__" => unary("Return hash(self)."),
        "__len__" => unary("Return len(self)."),
        "__iter__" => unary("Implement iter(self)."),
        "__next__" => unary("Implement next(self)."),
        "__bool__" => unary("True if self else False"),
        "__neg__" => unary("-self"),
        "__pos__" => unary("+self"),
        "__abs__" => unary("abs(self)"),
        "__invert__" => unary("~self"),
        "__int__" => unary("int(self)"),
        "__float__" => unary("float(self)"),
        "__index__" => unary(
            "Return self converted to an integer, if self is suitable for use as an index into a list.",
        ),
        "__await__" => unary("Return an iterator to be used in await expression."),
        "__aiter__" => unary("Return an awaitable, that resolves in asynchronous iterator."),
        "__anext__" => unary("Return a value or raise StopAsyncIteration."),
        "__lt__" => binary("Return self<value."),
        "__le__" => binary("Return self<=value."),
        "__eq__" => binary("Return self==value."),
        "__ne__" => binary("Return self!=value."),
        "__gt__" => binary("Return self>value."),
        "__ge__" => binary("Return self>=value."),
        "__add__" => binary("Return self+value."),
        "__radd__" => binary("Return value+self."),
        "__sub__" => binary("Return self-value."),
        "__rsub__" => binary("Return value-self."),
        "__mul__" => binary("Return self*value."),
        "__rmul__" => binary("Return value*self."),
        "__mod__" => binary("Return self%value."),
        "__rmod__" => binary("Return value%self."),
        "__divmod__" => binary("Return divmod(self, value)."),
        "__rdivmod__" => binary("Return divmod(value, self)."),
        "__lshift__" => binary("Return self<<value."),
        "__rlshift__" => binary("Return value<<self."),
        "__rshift__" => binary("Return self>>value."),
        "__rrshift__" => binary("Return value>>self."),
        "__and__" => binary("Return self&value."),
        "__rand__" => binary("Return value&self."),
        "__xor__" => binary("Return self^value."),
        "__rxor__" => binary("Return value^self."),
        "__or__" => binary("Return self|value."),
        "__ror__" => binary("Return value|self."),
        "__floordiv__" => binary("Return self//value."),
        "__rfloordiv__" => binary("Return value//self."),
        "__truediv__" => binary("Return self/value."),
        "__rtruediv__" => binary("Return value/self."),
        "__matmul__" => binary("Return self@value."),
        "__rmatmul__" => binary("Return value@self."),
        "__iadd__" => binary("Implement self+=value."),
        "__isub__" => binary("Return self-=value."),
        "__imul__" => binary("Implement self*=value."),
        "__iand__" => binary("Return self&=value."),
        "__ixor__" => binary("Return self^=value."),
        "__ior__" => binary("Return self|=value."),
        "__pow__" => Some((
            "($self, value, mod=None, /)",
            "Return pow(self, value, mod).",
            Some((1, 2)),
        )),
        "__rpow__" => Some((
            "($self, value, mod=None, /)",
            "Return pow(value, self, mod).",
            Some((1, 2)),
        )),
        "__getitem__" => Some((KEY, "Return self[key].", one)),
        "__contains__" => Some((KEY, "Return key in self.", one)),
        "__delitem__" => Some((KEY, "Delete self[key].", one)),
        "__setitem__" => Some((
            "($self, key, value, /)",
            "Set self[key] to value.",
            Some((2, 2)),
        )),
        "__getattribute__" => Some(("($self, name, /)", "Return getattr(self, name).", one)),
        "__delattr__" => Some(("($self, name, /)", "Implement delattr(self, name).", one)),
        "__setattr__" => Some((
            "($self, name, value, /)",
            "Implement setattr(self, name, value).",
            Some((2, 2)),
        )),
        "__get__" => Some((
            "($self, instance, owner=None, /)",
            "Return an attribute of instance, which is of type owner.",
            Some((1, 2)),
        )),
        "__set__" => Some((
            "($self, instance, value, /)",
            "Set an attribute of instance to value.",
            Some((2, 2)),
        )),
        "__delete__" => Some((
            "($self, instance, /)",
            "Delete an attribute of instance.",
            one,
        )),
        "__init__" => Some((
            "($self, /, *args, **kwargs)",
            "Initialize self.  See help(type(self)) for accurate signature.",
            None,
        )),
        "__call__" => Some((
            "($self, /, *args, **kwargs)",
            "Call self as a function.",
            None,
        )),
        _ => None,
    }
}

/// Whether a built-in type declares `name` as an ordinary method although it is a special
/// method name (CPython's `METH_COEXIST`: `list.__getitem__`, `dict.__contains__`, …).
pub fn coexists(owner: &str, name: &str) -> bool {
    matches!(
        (owner, name),
        ("list" | "dict", "__getitem__") | ("dict" | "set" | "frozenset", "__contains__")
    )
}

impl crate::vm::Vm {
    /// Calls an unbound slot wrapper (`int.__add__(1, 2)`): the first argument is the receiver,
    /// which must be an instance of the defining type (CPython's `wrapperdescr_call`).
    pub(crate) fn call_slot_wrapper(
        &self,
        w: &SlotWrapperData,
        args: &[Value],
        kwnames: &[Value],
    ) -> crate::error::PyResult<Value> {
        let owner = w.owner.get();
        let owner_name = crate::vm::type_data(&owner)
            .map(|t| t.name.borrow().clone())
            .unwrap_or_default();
        if args.len() == kwnames.len() {
            return Err(self.type_error(&format!(
                "descriptor '{}' of '{owner_name}' object needs an argument",
                w.def.name
            )));
        }
        if !self.is_instance_of(&args[0], &owner) {
            return Err(self.type_error(&format!(
                "descriptor '{}' requires a '{owner_name}' object but received a '{}'",
                w.def.name,
                self.type_name(&args[0])
            )));
        }
        self.call_slot(w.def, args, kwnames)
    }

    /// Calls a bound method-wrapper (`(1).__add__(2)`).
    pub(crate) fn call_method_wrapper(
        &self,
        m: &MethodWrapperData,
        args: &[Value],
        kwnames: &[Value],
    ) -> crate::error::PyResult<Value> {
        let mut full = Vec::with_capacity(args.len() + 1);
        full.push(m.self_.get());
        full.extend_from_slice(args);
        self.call_slot(m.def, &full, kwnames)
    }

    /// Checks the arguments after `self` against the slot's arity (CPython's `wrap_*`
    /// functions and their messages), then calls the implementation.
    fn call_slot(
        &self,
        def: &'static MethodDef,
        args: &[Value],
        kwnames: &[Value],
    ) -> crate::error::PyResult<Value> {
        if let Some((_, _, Some((min, max)))) = slot_shape(def.name) {
            if !kwnames.is_empty() {
                return Err(self.type_error(&format!(
                    "wrapper {}() takes no keyword arguments",
                    def.name
                )));
            }
            let n = args.len() - 1;
            let plural = |k: usize| if k == 1 { "" } else { "s" };
            if min == max && n != min {
                return Err(
                    self.type_error(&format!("expected {min} argument{}, got {n}", plural(min)))
                );
            }
            if n < min {
                return Err(self.type_error(&format!(
                    " expected at least {min} argument{}, got {n}",
                    plural(min)
                )));
            }
            if n > max {
                return Err(self.type_error(&format!(
                    " expected at most {max} argument{}, got {n}",
                    plural(max)
                )));
            }
        }
        (def.func)(
            self,
            crate::native::Args {
                values: args,
                kwnames,
            },
        )
    }

    /// `wrapper.__get__(obj)`: the method-wrapper bound to `obj`.
    pub fn bind_slot_wrapper(&self, w: &SlotWrapperData, obj: &Value) -> Value {
        crate::heap::alloc(
            self.types.method_wrapper.to_obj(),
            MethodWrapperData {
                def: w.def,
                owner: Slot::new(w.owner.get()),
                self_: Slot::new(obj.clone()),
            },
        )
        .into_value()
    }
}
