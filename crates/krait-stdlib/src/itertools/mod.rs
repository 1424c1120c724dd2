//! The `itertools` module (CPython's Modules/itertoolsmodule.c): lazy iterator objects, each a
//! type of its own (`itertools.count`, `itertools.chain`, …) whose instances advance their
//! sources only when asked, with CPython's argument checks, messages and `repr`s.

mod combinatoric;
mod grouping;
mod selecting;
mod simple;

use krait_vm::heap;
use krait_vm::native::{Args, MethodDef};
use krait_vm::objects::native_object::{NativeObject, NativeObjectData};
use krait_vm::protocols::payload;
use krait_vm::{method_table, PyResult, Value, Vm};
use std::any::Any;

/// The state of one itertools iterator.
pub(crate) trait Iterate: Any {
    /// The next item of the iterator `me`, or `None` when exhausted.
    fn next(&self, vm: &Vm, me: &Value) -> PyResult<Option<Value>>;
    /// Visits the values the iterator owns (each exactly once).
    fn traverse(&self, visit: &mut dyn FnMut(&Value));
    /// Drops the values the iterator owns.
    fn clear(&self);
    /// The `repr`, for the types that have their own.
    fn repr(&self, _vm: &Vm) -> PyResult<Option<String>> {
        Ok(None)
    }
    /// The state as `Any`, to downcast.
    fn as_any(&self) -> &dyn Any;
}

/// Implements `traverse`, `clear` and `as_any` of [`Iterate`] for a state whose values are in
/// `Slot` fields and `RefCell<Vec<Value>>` fields.
macro_rules! trace_fields {
    (slots: [$($s:ident),*], vecs: [$($v:ident),*]) => {
        fn traverse(&self, visit: &mut dyn FnMut(&krait_vm::Value)) {
            $( self.$s.visit(visit); )*
            $( if let Ok(v) = self.$v.try_borrow() { v.iter().for_each(|x| visit(x)); } )*
        }
        fn clear(&self) {
            $( self.$s.set(krait_vm::Value::NULL); )*
            $(
                if let Ok(mut v) = self.$v.try_borrow_mut() {
                    let old = std::mem::take(&mut *v);
                    drop(v);
                    drop(old);
                }
            )*
        }
        fn as_any(&self) -> &dyn std::any::Any {
            self
        }
    };
}
pub(crate) use trace_fields;

/// Declares a type's one-entry `__new__` table.
macro_rules! new_table {
    ($static:ident, $func:ident, $sig:literal) => {
        pub(super) static $static: [krait_vm::native::MethodDef; 1] =
            [krait_vm::native::MethodDef {
                name: "__new__",
                func: $func,
                kind: krait_vm::native::MethodKind::Static,
                signature: $sig,
                doc: "Create and return a new object.",
            }];
    };
}
pub(crate) use new_table;

/// The payload stored in an itertools object.
struct ItObject(Box<dyn Iterate>);

impl NativeObject for ItObject {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        self.0.traverse(visit);
    }

    fn clear(&self) {
        self.0.clear();
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// A new itertools object of type `cls` with `state`.
pub(crate) fn alloc(cls: &Value, state: impl Iterate) -> Value {
    heap::alloc(
        cls.to_obj(),
        NativeObjectData {
            inner: Box::new(ItObject(Box::new(state))),
        },
    )
    .into_value()
}

/// The state of the itertools object `v`.
pub(crate) fn state(v: &Value) -> Option<&dyn Iterate> {
    payload::<NativeObjectData>(v)
        .and_then(|d| d.downcast::<ItObject>())
        .map(|o| &*o.0)
}

/// The state of `v` if it is a `T`.
pub(crate) fn state_as<T: Iterate>(v: &Value) -> Option<&T> {
    state(v).and_then(|s| s.as_any().downcast_ref::<T>())
}

/// The arguments after `cls` of a `__new__` call.
pub(crate) fn after_cls<'a>(args: &Args<'a>) -> Args<'a> {
    Args {
        values: args.values.get(1..).unwrap_or(&[]),
        kwnames: args.kwnames,
    }
}

/// `cls`, the first argument of a `__new__` call.
pub(crate) fn cls_of(vm: &Vm, args: &Args<'_>) -> PyResult<Value> {
    args.pos()
        .first()
        .cloned()
        .ok_or_else(|| vm.type_error("__new__(): not enough arguments"))
}

/// `StopIteration()`.
pub(crate) fn stop(vm: &Vm) -> krait_vm::PyErr {
    vm.new_exception(&vm.types.stop_iteration, Vec::new())
}

method_table!(
    /// The methods every itertools iterator has.
    ITER_METHODS,
    Method,
    {
    "__iter__" => iter_self, "($self, /)", "Implement iter(self).";
    "__next__" => iter_next, "($self, /)", "Implement next(self).";
    }
);

method_table!(
    /// `__repr__`, for the types with their own.
    REPR_METHODS,
    Method,
    {
    "__repr__" => iter_repr, "($self, /)", "Return repr(self).";
    }
);

fn iter_self(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    args.pos()
        .first()
        .cloned()
        .ok_or_else(|| vm.type_error("__iter__ needs self"))
}

fn iter_next(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let Some(me) = args.pos().first() else {
        return Err(vm.type_error("__next__ needs self"));
    };
    let Some(s) = state(me) else {
        return Err(vm.type_error("descriptor '__next__' requires an itertools object"));
    };
    s.next(vm, me)?.ok_or_else(|| stop(vm))
}

fn iter_repr(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let Some(me) = args.pos().first() else {
        return Err(vm.type_error("__repr__ needs self"));
    };
    match state(me).map(|s| s.repr(vm)).transpose()?.flatten() {
        Some(r) => Ok(vm.new_str(&r)),
        None => Ok(vm.new_str(&format!("<{} object>", vm.type_name(me)))),
    }
}

/// One itertools type: its name, `__new__`, and whether it has its own `repr`.
struct TypeSpec {
    name: &'static str,
    new: Option<&'static [MethodDef]>,
    repr: bool,
    extra: &'static [MethodDef],
}

/// Creates the type `itertools.NAME` for `spec`.
fn make_type(vm: &Vm, spec: &TypeSpec) -> PyResult<Value> {
    let mut methods: Vec<&'static [MethodDef]> = vec![ITER_METHODS, spec.extra];
    if spec.repr {
        methods.push(REPR_METHODS);
    }
    if let Some(new) = spec.new {
        methods.push(new);
    }
    crate::native_type::new_type(vm, "itertools", spec.name, &methods, &[])
}

/// The type `itertools.NAME` of the imported module (for objects made by functions: `tee`,
/// groupby's groups).
pub(crate) fn module_type(vm: &Vm, name: &str) -> PyResult<Value> {
    crate::native_type::module_type(vm, "itertools", name)
}

/// Every type of the module.
fn specs() -> Vec<TypeSpec> {
    let t = |name, new: &'static [MethodDef]| TypeSpec {
        name,
        new: Some(new),
        repr: false,
        extra: &[],
    };
    vec![
        TypeSpec {
            repr: true,
            ..t("count", &simple::COUNT_NEW)
        },
        t("cycle", &simple::CYCLE_NEW),
        TypeSpec {
            repr: true,
            ..t("repeat", &simple::REPEAT_NEW)
        },
        t("accumulate", &simple::ACCUMULATE_NEW),
        TypeSpec {
            extra: simple::CHAIN_CLASS_METHODS,
            ..t("chain", &simple::CHAIN_NEW)
        },
        t("compress", &selecting::COMPRESS_NEW),
        t("dropwhile", &selecting::DROPWHILE_NEW),
        t("takewhile", &selecting::TAKEWHILE_NEW),
        t("filterfalse", &selecting::FILTERFALSE_NEW),
        t("islice", &selecting::ISLICE_NEW),
        t("starmap", &selecting::STARMAP_NEW),
        t("pairwise", &selecting::PAIRWISE_NEW),
        t("zip_longest", &selecting::ZIP_LONGEST_NEW),
        t("groupby", &grouping::GROUPBY_NEW),
        TypeSpec {
            name: "_grouper",
            new: None,
            repr: false,
            extra: &[],
        },
        TypeSpec {
            name: "_tee",
            new: None,
            repr: false,
            extra: &[],
        },
        t("product", &combinatoric::PRODUCT_NEW),
        t("permutations", &combinatoric::PERMUTATIONS_NEW),
        t("combinations", &combinatoric::COMBINATIONS_NEW),
        t(
            "combinations_with_replacement",
            &combinatoric::COMBINATIONS_WITH_REPLACEMENT_NEW,
        ),
    ]
}

method_table!(
    /// The functions of `itertools`.
    FUNCTIONS,
    Static,
    {
    "tee" => tee, "($module, iterable, n=2, /)", "Returns a tuple of n independent iterators.";
    }
);

fn tee(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    grouping::tee(vm, args)
}

/// Creates the `itertools` module.
pub fn init(vm: &Vm) -> PyResult<Value> {
    let m = crate::new_module(vm, "itertools", FUNCTIONS)?;
    for spec in specs() {
        let ty = make_type(vm, &spec)?;
        vm.module_set(&m, spec.name, ty)?;
    }
    Ok(m)
}
