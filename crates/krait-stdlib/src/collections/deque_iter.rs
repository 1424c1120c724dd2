//! `_collections._deque_iterator` and `_deque_reverse_iterator`: iterators over a deque that
//! fail with "deque mutated during iteration" once the deque's items move, and pickle as
//! `(type, (deque, position))`.

use super::deque::Deque;
use crate::native_type::{alloc, module_type, state};
use krait_vm::native::Args;
use krait_vm::objects::native_object::NativeObject;
use krait_vm::slot::Slot;
use krait_vm::{method_table, PyResult, Value, Vm};
use std::any::Any;
use std::cell::Cell;

/// The state of a deque iterator.
struct DequeIter {
    /// The deque.
    deque: Slot,
    /// How many items were produced.
    index: Cell<usize>,
    /// How many items are left.
    counter: Cell<usize>,
    /// The deque's state when the iterator was made.
    state: Cell<u64>,
    /// Right to left?
    reverse: bool,
}

impl NativeObject for DequeIter {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        self.deque.visit(visit);
    }

    fn clear(&self) {
        self.deque.set(Value::NULL);
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

method_table!(
    /// The methods of both deque iterators.
    METHODS,
    Method,
    {
    "__iter__" => iter_self, "($self, /)", "Implement iter(self).";
    "__next__" => iter_next, "($self, /)", "Implement next(self).";
    "__length_hint__" => length_hint, "($self, /)", "Private method returning an estimate of len(list(it)).";
    "__reduce__" => reduce, "($self, /)", "Return state information for pickling.";
    }
);

method_table!(
    /// `_deque_iterator.__new__`.
    NEW,
    Static,
    {
    "__new__" => iter_new, "(type, deque, index=0, /)", "Create and return a new object.";
    }
);

method_table!(
    /// `_deque_reverse_iterator.__new__`.
    REVERSE_NEW,
    Static,
    {
    "__new__" => reverse_iter_new, "(type, deque, index=0, /)", "Create and return a new object.";
    }
);

/// The type name of an iterator (forward or reverse).
fn type_name(reverse: bool) -> &'static str {
    if reverse {
        "_deque_reverse_iterator"
    } else {
        "_deque_iterator"
    }
}

/// Creates both iterator types.
pub(super) fn types(vm: &Vm) -> PyResult<[Value; 2]> {
    Ok([
        crate::native_type::new_type(vm, "_collections", "_deque_iterator", &[METHODS, NEW], &[])?,
        crate::native_type::new_type(
            vm,
            "_collections",
            "_deque_reverse_iterator",
            &[METHODS, REVERSE_NEW],
            &[],
        )?,
    ])
}

/// A new iterator over the deque `dv`, having skipped `skip` items.
pub(crate) fn new_iter(vm: &Vm, dv: &Value, reverse: bool, skip: usize) -> PyResult<Value> {
    let Some(d) = state::<Deque>(dv) else {
        return Err(vm.type_error("expected a deque"));
    };
    let ty = module_type(vm, "_collections", type_name(reverse))?;
    let len = d.len();
    let skip = skip.min(len);
    Ok(alloc(
        &ty,
        DequeIter {
            deque: Slot::new(dv.clone()),
            index: Cell::new(skip),
            counter: Cell::new(len - skip),
            state: Cell::new(d.state.get()),
            reverse,
        },
    ))
}

fn make(vm: &Vm, args: Args<'_>, reverse: bool) -> PyResult<Value> {
    let pos = crate::convert::positional(
        vm,
        &super::deque::rest(&args),
        type_name(reverse),
        type_name(reverse),
        1,
        2,
    )?;
    if state::<Deque>(&pos[0]).is_none() {
        return Err(vm.type_error(&format!(
            "{}() argument 1 must be collections.deque, not {}",
            type_name(reverse),
            vm.type_name(&pos[0])
        )));
    }
    let skip = match pos.get(1) {
        Some(v) => super::deque::ssize_arg(vm, v)?.max(0) as usize,
        None => 0,
    };
    new_iter(vm, &pos[0], reverse, skip)
}

fn iter_new(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    make(vm, args, false)
}

fn reverse_iter_new(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    make(vm, args, true)
}

fn me<'a>(vm: &Vm, args: &Args<'a>) -> PyResult<(&'a Value, &'a DequeIter)> {
    let v = args
        .pos()
        .first()
        .ok_or_else(|| vm.type_error("descriptor needs a deque iterator"))?;
    let it = state::<DequeIter>(v).ok_or_else(|| vm.type_error("expected a deque iterator"))?;
    Ok((v, it))
}

fn iter_self(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(me(vm, &args)?.0.clone())
}

fn iter_next(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, it) = me(vm, &args)?;
    let dv = it.deque.get();
    let stop = || vm.new_exception(&vm.types.stop_iteration, Vec::new());
    let Some(d) = state::<Deque>(&dv) else {
        return Err(stop());
    };
    if d.state.get() != it.state.get() {
        it.counter.set(0);
        return Err(vm.new_error(&vm.types.runtime_error, "deque mutated during iteration"));
    }
    if it.counter.get() == 0 {
        return Err(stop());
    }
    let i = it.index.get();
    let pos = if it.reverse {
        d.len().checked_sub(i + 1)
    } else {
        Some(i)
    };
    let item = pos.and_then(|p| d.get(p)).ok_or_else(stop)?;
    it.index.set(i + 1);
    it.counter.set(it.counter.get() - 1);
    Ok(item)
}

fn length_hint(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(vm.new_int(me(vm, &args)?.1.counter.get() as i64))
}

fn reduce(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (v, it) = me(vm, &args)?;
    let dv = it.deque.get();
    let len = state::<Deque>(&dv).map_or(0, Deque::len);
    let done = len.saturating_sub(it.counter.get());
    Ok(vm.new_tuple(vec![
        vm.type_of(v),
        vm.new_tuple(vec![dv, vm.new_int(done as i64)]),
    ]))
}
