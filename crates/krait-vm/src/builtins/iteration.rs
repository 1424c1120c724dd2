//! Built-in functions over iterables: `sum`, `min`, `max`, `sorted`, `any`, `all`, `iter`,
//! `next` (CPython's Python/bltinmodule.c).

use crate::error::PyResult;
use crate::native::method_table;
use crate::native::Args;
use crate::value::Value;
use crate::vm::Vm;
use krait_bytecode::opcode::{Comparison, NbOp};

method_table!(
    /// This module's built-in functions.
    FUNCTIONS,
    Static,
    {
    "sum" => sum, "(iterable, /, start=0)", "Return the sum of a 'start' value (default: 0) plus an iterable of numbers";
    "min" => min, "(iterable, *[, default=obj, key=func])", "Return the smallest item.";
    "max" => max, "(iterable, *[, default=obj, key=func])", "Return the largest item.";
    "sorted" => sorted, "(iterable, /, *, key=None, reverse=False)", "Return a new list containing all items from the iterable in ascending order.";
    "any" => any, "(iterable, /)", "Return True if bool(x) is True for any x in the iterable.";
    "all" => all, "(iterable, /)", "Return True if bool(x) is True for all values x in the iterable.";
    "iter" => iter, "(object[, sentinel])", "Get an iterator from an object.";
    "next" => next, "(iterator[, default])", "Return the next item from the iterator.";
    }
);

fn sum(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let mut start = None;
    for (k, v) in args.kwargs() {
        if vm.str_of(k) != "start" {
            return Err(vm.type_error(&format!(
                "sum() got an unexpected keyword argument '{}'",
                vm.str_of(k)
            )));
        }
        start = Some(v.clone());
    }
    let pos = args.pos();
    if pos.is_empty() || pos.len() > 2 {
        return Err(vm.type_error(&format!(
            "sum() takes at most 2 arguments ({} given)",
            pos.len()
        )));
    }
    let mut acc = start
        .or_else(|| pos.get(1).cloned())
        .unwrap_or_else(|| vm.new_int(0));
    if vm.type_of(&acc).is(&vm.types.str) {
        return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"));
    }
    let it = vm.get_iter(&pos[0])?;
    while let Some(x) = vm.next(&it)? {
        acc = vm.binary_op(&acc, &x, NbOp::Add)?;
    }
    Ok(acc)
}

/// `min`/`max`: one iterable or several arguments, with `key=` and (for one iterable)
/// `default=`.
fn extreme(vm: &Vm, args: Args<'_>, name: &str, op: Comparison) -> PyResult<Value> {
    let (mut key, mut default) = (None, None);
    for (k, v) in args.kwargs() {
        match vm.str_of(k).as_str() {
            "key" if !v.is_none() => key = Some(v.clone()),
            "key" => {}
            "default" => default = Some(v.clone()),
            other => {
                return Err(vm.type_error(&format!(
                    "{name}() got an unexpected keyword argument '{other}'"
                )))
            }
        }
    }
    let pos = args.pos();
    let items = match pos {
        [] => return Err(vm.type_error(&format!("{name} expected at least 1 argument, got 0"))),
        [single] => vm.collect_iterable(single)?,
        many => {
            if default.is_some() {
                return Err(vm.type_error(&format!(
                    "Cannot specify a default for {name}() with multiple positional arguments"
                )));
            }
            many.to_vec()
        }
    };
    let mut best: Option<(Value, Value)> = None;
    for item in items {
        let k = match &key {
            Some(f) => vm.call(f, std::slice::from_ref(&item), &[])?,
            None => item.clone(),
        };
        let better = match &best {
            None => true,
            Some((bk, _)) => {
                let r = vm.rich_compare(&k, bk, op)?;
                vm.is_true(&r)?
            }
        };
        if better {
            best = Some((k, item));
        }
    }
    match (best, default) {
        (Some((_, item)), _) => Ok(item),
        (None, Some(d)) => Ok(d),
        (None, None) => Err(vm.value_error(&format!("{name}() arg is an empty sequence"))),
    }
}

fn min(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    extreme(vm, args, "min", Comparison::Lt)
}

fn max(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    extreme(vm, args, "max", Comparison::Gt)
}

fn sorted(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() != 1 {
        return Err(vm.type_error(&format!("sorted expected 1 argument, got {}", pos.len())));
    }
    let list = vm.new_list(vm.collect_iterable(&pos[0])?);
    let kw: Vec<Value> = args.kwargs().map(|(_, v)| v.clone()).collect();
    let names: Vec<Value> = args.kwnames.to_vec();
    let mut full = vec![list.clone()];
    full.extend(kw);
    crate::methods::list::sort(
        vm,
        Args {
            values: &full,
            kwnames: &names,
        },
    )?;
    Ok(list)
}

fn any(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let [iterable] = args.positional_range(vm, "any", 1, 1)? else {
        unreachable!("checked")
    };
    let it = vm.get_iter(iterable)?;
    while let Some(x) = vm.next(&it)? {
        if vm.is_true(&x)? {
            return Ok(Value::TRUE);
        }
    }
    Ok(Value::FALSE)
}

fn all(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let [iterable] = args.positional_range(vm, "all", 1, 1)? else {
        unreachable!("checked")
    };
    let it = vm.get_iter(iterable)?;
    while let Some(x) = vm.next(&it)? {
        if !vm.is_true(&x)? {
            return Ok(Value::FALSE);
        }
    }
    Ok(Value::TRUE)
}

fn iter(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_range(vm, "iter", 1, 2)?;
    if a.len() == 2 {
        let callable = crate::builtins::introspect::is_callable(vm, &a[0])?;
        if !callable {
            return Err(vm.type_error("iter(v, w): v must be callable"));
        }
        return Ok(vm.callable_iter(&a[0], &a[1]));
    }
    vm.get_iter(&a[0])
}

fn next(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_range(vm, "next", 1, 2)?;
    if vm.lookup_special(&a[0], "__next__")?.is_none() && !vm.is_builtin_iterator(&a[0]) {
        return Err(vm.type_error(&format!(
            "'{}' object is not an iterator",
            vm.type_name(&a[0])
        )));
    }
    if let Some(g) = crate::eval::gen::gen_data(&a[0]) {
        use crate::eval::gen::{resume, stop_iteration, Sent};
        if g.kind == crate::objects::generator::GenKind::Generator {
            return match (resume(vm, g, Value::NONE, None, false)?, a.get(1)) {
                (Sent::Yielded(v), _) => Ok(v),
                (Sent::Returned(_), Some(d)) => Ok(d.clone()),
                (Sent::Returned(v), None) => Err(stop_iteration(vm, v)),
            };
        }
    }
    match (vm.next(&a[0])?, a.get(1)) {
        (Some(v), _) => Ok(v),
        (None, Some(d)) => Ok(d.clone()),
        (None, None) => Err(vm.new_exception(&vm.types.stop_iteration, Vec::new())),
    }
}
