//! The `_collections` module (CPython's Modules/_collectionsmodule.c), which Lib/collections
//! builds on: `deque` and its iterators, `defaultdict`, `_count_elements` (the loop of `Counter.update`) and
//! `_tuplegetter` (the field descriptors of `namedtuple` classes).

mod defaultdict;
mod deque;
mod deque_iter;
mod deque_ops;
mod tuplegetter;

use krait_bytecode::opcode::NbOp;
use krait_vm::native::Args;
use krait_vm::objects::dict::DictData;
use krait_vm::protocols::payload;
use krait_vm::{method_table, PyResult, Value, Vm};

method_table!(
    /// The functions of `_collections`.
    FUNCTIONS,
    Static,
    {
    "_count_elements" => count_elements, "($module, mapping, iterable, /)", "Count elements in the iterable, updating the mapping";
    }
);

/// `deque`'s docstring.
const DEQUE_DOC: &str = "deque([iterable[, maxlen]]) --> deque object\n\nA list-like sequence optimized for data accesses near its endpoints.";

/// Creates the type `collections.deque`.
fn deque_type(vm: &Vm) -> PyResult<Value> {
    let ty = crate::native_type::new_type_with(
        vm,
        "collections",
        "deque",
        &[
            deque::MUTATORS,
            deque::NEW,
            deque_ops::METHODS,
            deque_ops::CLASS_METHODS,
        ],
        deque_ops::GETTERS,
        true,
    )?;
    if let Some(t) = krait_vm::vm::type_data(&ty) {
        let d = t.dict();
        vm.dict_set_item(&d, vm.intern("__hash__"), Value::NONE)?;
        vm.dict_set_item(&d, vm.intern("__doc__"), vm.new_str(DEQUE_DOC))?;
        t.modified();
    }
    Ok(ty)
}

/// Creates the `_collections` module.
pub fn init(vm: &Vm) -> PyResult<Value> {
    let m = crate::new_module(vm, "_collections", FUNCTIONS)?;
    vm.module_set(
        &m,
        "__doc__",
        vm.new_str("High performance data structures.\n- deque:        ordered collection accessible from endpoints only\n- defaultdict:  dict subclass with a default value factory\n"),
    )?;
    vm.module_set(&m, "deque", deque_type(vm)?)?;
    vm.module_set(&m, "defaultdict", defaultdict::defaultdict_type(vm)?)?;
    let [it, rev] = deque_iter::types(vm)?;
    vm.module_set(&m, "_deque_iterator", it)?;
    vm.module_set(&m, "_deque_reverse_iterator", rev)?;
    vm.module_set(&m, "_tuplegetter", tuplegetter::tuplegetter_type(vm)?)?;
    Ok(m)
}

/// `_count_elements(mapping, iterable)`: `mapping[x] = mapping.get(x, 0) + 1` for each item.
fn count_elements(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = crate::convert::positional(vm, &args, "_count_elements", "_count_elements", 2, 2)?;
    let (mapping, iterable) = (&a[0], &a[1]);
    let it = vm.get_iter(iterable)?;
    let one = vm.new_int(1);
    let zero = vm.new_int(0);
    let exact_dict = payload::<DictData>(mapping).is_some()
        && vm.lookup_special(mapping, "get")?.is_some_and(|g| {
            vm.lookup_type(&vm.types.dict, &vm.intern("get"))
                .ok()
                .flatten()
                .is_some_and(|d| d.is(&g))
        });
    let get = if exact_dict {
        None
    } else {
        Some(vm.get_attr(mapping, &vm.intern("get"))?)
    };
    while let Some(x) = vm.next(&it)? {
        let old = match &get {
            None => vm
                .dict_get_item(mapping, &x)?
                .unwrap_or_else(|| zero.clone()),
            Some(g) => vm.call(g, &[x.clone(), zero.clone()], &[])?,
        };
        let new = vm.binary_op(&old, &one, NbOp::Add)?;
        vm.set_item(mapping, x, new)?;
    }
    Ok(Value::NONE)
}
