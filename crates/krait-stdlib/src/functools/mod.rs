//! The `_functools` module (CPython's Modules/_functoolsmodule.c): `reduce`, `partial` and
//! `cmp_to_key` (Lib/functools.py re-exports them).

mod partial;

use partial::cmp_to_key;

use krait_vm::native::Args;
use krait_vm::{method_table, PyResult, Value, Vm};

method_table!(
    /// The functions of `_functools`.
    FUNCTIONS,
    Static,
    {
    "reduce" => reduce, "($module, function, iterable, initial=<unrepresentable>, /)", "Apply a function of two arguments cumulatively to the items of a sequence or iterable, from left to right, so as to reduce the iterable to a single value.";
    "cmp_to_key" => cmp_to_key, "($module, /, mycmp)", "Convert a cmp= function into a key= function.";
    }
);

/// Creates the `_functools` module.
pub fn init(vm: &Vm) -> PyResult<Value> {
    let m = crate::new_module(vm, "_functools", FUNCTIONS)?;
    vm.module_set(
        &m,
        "__doc__",
        vm.new_str("Tools that operate on functions."),
    )?;
    vm.module_set(&m, "partial", partial::partial_type(vm)?)?;
    vm.module_set(&m, "KeyWrapper", partial::key_type(vm)?)?;
    Ok(m)
}

fn reduce(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = crate::convert::positional(vm, &args, "reduce", "reduce", 2, 3)?;
    let it = vm.get_iter(&a[1]).map_err(|e| {
        if vm.is_instance_of(&e.exception_value(), &vm.types.type_error) {
            vm.type_error("reduce() arg 2 must support iteration")
        } else {
            e
        }
    })?;
    let mut acc = a.get(2).cloned();
    while let Some(x) = vm.next(&it)? {
        acc = Some(match acc {
            None => x,
            Some(v) => vm.call(&a[0], &[v, x], &[])?,
        });
    }
    acc.ok_or_else(|| vm.type_error("reduce() of empty iterable with no initial value"))
}
