//! `_collections._tuplegetter(index, doc)`: the read-only data descriptor `namedtuple` puts
//! in its classes for each field, returning `instance[index]` (with a writable `__doc__`).

use crate::native_type::{alloc, state};
use krait_vm::heap;
use krait_vm::native::{Args, NativeFunctionData};
use krait_vm::objects::native_object::NativeObject;
use krait_vm::slot::Slot;
use krait_vm::{method_table, PyResult, Value, Vm};
use std::any::Any;

/// The state of a `_tuplegetter`.
struct TupleGetter {
    index: i64,
    doc: Slot,
}

impl NativeObject for TupleGetter {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        self.doc.visit(visit);
    }

    fn clear(&self) {
        self.doc.set(Value::NONE);
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

method_table!(
    /// The methods of `_tuplegetter`.
    METHODS,
    Method,
    {
    "__get__" => get, "($self, instance, owner=None, /)", "Return an attribute of instance, which is of type owner.";
    "__set__" => set, "($self, instance, value, /)", "Set an attribute of instance to value.";
    "__delete__" => delete, "($self, instance, /)", "Delete an attribute of instance.";
    "__reduce__" => reduce, "($self, /)", "";
    }
);

method_table!(
    /// `_tuplegetter.__new__`.
    NEW,
    Static,
    {
    "__new__" => new, "(type, index, doc, /)", "Create and return a new object.";
    }
);

method_table!(
    /// The accessors of `__doc__`.
    DOC_ACCESSORS,
    Static,
    {
    "__doc__" => doc_get, "($self, /)", "";
    "__doc__" => doc_set, "($self, value, /)", "";
    }
);

/// Creates the type `_collections._tuplegetter`.
pub(super) fn tuplegetter_type(vm: &Vm) -> PyResult<Value> {
    let ty =
        crate::native_type::new_type(vm, "_collections", "_tuplegetter", &[METHODS, NEW], &[])?;
    let accessor = |def| {
        heap::alloc(
            vm.types.builtin_function.to_obj(),
            NativeFunctionData {
                def,
                self_: Slot::new(Value::NULL),
            },
        )
        .into_value()
    };
    let prop = vm.call(
        &vm.types.property,
        &[accessor(&DOC_ACCESSORS[0]), accessor(&DOC_ACCESSORS[1])],
        &[],
    )?;
    if let Some(t) = krait_vm::vm::type_data(&ty) {
        vm.dict_set_item(&t.dict(), vm.intern("__doc__"), prop)?;
        t.modified();
    }
    Ok(ty)
}

fn me<'a>(vm: &Vm, args: &Args<'a>) -> PyResult<&'a TupleGetter> {
    args.pos()
        .first()
        .and_then(state::<TupleGetter>)
        .ok_or_else(|| vm.type_error("descriptor needs a '_collections._tuplegetter' object"))
}

fn new(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = crate::convert::positional(
        vm,
        &super::deque::rest(&args),
        "_tuplegetter",
        "_tuplegetter",
        2,
        2,
    )?;
    let index = super::deque::ssize_arg(vm, &a[0])?;
    Ok(alloc(
        &args.values[0],
        TupleGetter {
            index,
            doc: Slot::new(a[1].clone()),
        },
    ))
}

fn get(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let g = me(vm, &args)?;
    let a = args.positional_range(vm, "__get__", 2, 3)?;
    let obj = &a[1];
    if obj.is_none() {
        return Ok(a[0].clone());
    }
    let Some(items) = vm.tuple_items(obj) else {
        return Err(vm.type_error(&format!(
            "descriptor for index '{}' for tuple subclasses doesn't apply to '{}' object",
            g.index,
            vm.type_name(obj)
        )));
    };
    usize::try_from(g.index)
        .ok()
        .and_then(|i| items.get(i).cloned())
        .ok_or_else(|| vm.new_error(&vm.types.index_error, "tuple index out of range"))
}

fn set(vm: &Vm, _args: Args<'_>) -> PyResult<Value> {
    Err(vm.new_error(&vm.types.attribute_error, "can't set attribute"))
}

fn delete(vm: &Vm, _args: Args<'_>) -> PyResult<Value> {
    Err(vm.new_error(&vm.types.attribute_error, "can't delete attribute"))
}

fn reduce(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let g = me(vm, &args)?;
    Ok(vm.new_tuple(vec![
        vm.type_of(&args.values[0]),
        vm.new_tuple(vec![vm.new_int(g.index), g.doc.get()]),
    ]))
}

fn doc_get(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(me(vm, &args)?.doc.get())
}

fn doc_set(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let g = me(vm, &args)?;
    let v = args.pos().get(1).cloned().unwrap_or(Value::NONE);
    g.doc.set(v);
    Ok(Value::NONE)
}
