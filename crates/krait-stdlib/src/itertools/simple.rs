//! The generating iterators of itertools: `count`, `cycle`, `repeat`, `accumulate`, `chain`.

use super::{after_cls, alloc, cls_of, new_table, trace_fields, Iterate};
use crate::convert::{int_value, parse_keywords};
use krait_bytecode::opcode::NbOp;
use krait_vm::native::Args;
use krait_vm::slot::Slot;
use krait_vm::{method_table, PyResult, Value, Vm};
use std::cell::{Cell, RefCell};

/// Positional arguments only, `min..=max` of them, with CPython's messages.
pub(super) fn pos_only<'a>(
    vm: &Vm,
    args: &Args<'a>,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error(&format!("{name}() takes no keyword arguments")));
    }
    args.positional_range(vm, name, min, max)
}

/// `next(it)` of the iterator in `slot`, clearing the slot when it is exhausted.
pub(super) fn next_of(vm: &Vm, slot: &Slot) -> PyResult<Option<Value>> {
    let it = slot.get();
    if it.is_null() {
        return Ok(None);
    }
    let v = vm.next(&it)?;
    if v.is_none() {
        slot.set(Value::NULL);
    }
    Ok(v)
}

// ---- count ----

struct Count {
    cur: Slot,
    step: Slot,
}

impl Iterate for Count {
    fn next(&self, vm: &Vm, _me: &Value) -> PyResult<Option<Value>> {
        let v = self.cur.get();
        self.cur.set(vm.binary_op(&v, &self.step.get(), NbOp::Add)?);
        Ok(Some(v))
    }

    fn repr(&self, vm: &Vm) -> PyResult<Option<String>> {
        let step = self.step.get();
        let unit = step.as_small_int() == Some(1);
        let cur = vm.repr_string(&self.cur.get())?;
        Ok(Some(if unit {
            format!("count({cur})")
        } else {
            format!("count({cur}, {})", vm.repr_string(&step)?)
        }))
    }

    trace_fields!(slots: [cur, step], vecs: []);
}

/// Whether `v` is a number (has `__add__` as numbers do: int, float, complex, or a class
/// defining number methods).
fn is_number(vm: &Vm, v: &Value) -> PyResult<bool> {
    if int_value(v).is_some() || crate::convert::float_value(v).is_some() {
        return Ok(true);
    }
    Ok(vm.lookup_special(v, "__index__")?.is_some()
        || vm.lookup_special(v, "__float__")?.is_some()
        || vm.lookup_special(v, "__int__")?.is_some()
        || vm.is_instance_of(v, &vm.types.complex))
}

fn count_new(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let cls = cls_of(vm, &args)?;
    let a = parse_keywords(vm, &after_cls(&args), "count", &["start", "step"], 0, 2, 0)?;
    let start = a[0].clone().unwrap_or_else(|| vm.new_int(0));
    let step = a[1].clone().unwrap_or_else(|| vm.new_int(1));
    if !is_number(vm, &start)? || !is_number(vm, &step)? {
        return Err(vm.type_error("a number is required"));
    }
    Ok(alloc(
        &cls,
        Count {
            cur: Slot::new(start),
            step: Slot::new(step),
        },
    ))
}
new_table!(COUNT_NEW, count_new, "(start=0, step=1)");

// ---- cycle ----

struct Cycle {
    it: Slot,
    saved: RefCell<Vec<Value>>,
    index: Cell<usize>,
}

impl Iterate for Cycle {
    fn next(&self, vm: &Vm, _me: &Value) -> PyResult<Option<Value>> {
        if let Some(v) = next_of(vm, &self.it)? {
            self.saved.borrow_mut().push(v.clone());
            return Ok(Some(v));
        }
        let saved = self.saved.borrow();
        if saved.is_empty() {
            return Ok(None);
        }
        let i = self.index.get() % saved.len();
        self.index.set(i + 1);
        Ok(Some(saved[i].clone()))
    }

    trace_fields!(slots: [it], vecs: [saved]);
}

fn cycle_new(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let cls = cls_of(vm, &args)?;
    let a = pos_only(vm, &after_cls(&args), "cycle", 1, 1)?;
    let it = vm.get_iter(&a[0])?;
    Ok(alloc(
        &cls,
        Cycle {
            it: Slot::new(it),
            saved: RefCell::new(Vec::new()),
            index: Cell::new(0),
        },
    ))
}
new_table!(CYCLE_NEW, cycle_new, "(iterable, /)");

// ---- repeat ----

struct Repeat {
    element: Slot,
    /// Items left, or -1 for forever.
    count: Cell<i64>,
}

impl Iterate for Repeat {
    fn next(&self, _vm: &Vm, _me: &Value) -> PyResult<Option<Value>> {
        match self.count.get() {
            0 => Ok(None),
            n => {
                if n > 0 {
                    self.count.set(n - 1);
                }
                Ok(Some(self.element.get()))
            }
        }
    }

    fn repr(&self, vm: &Vm) -> PyResult<Option<String>> {
        let e = vm.repr_string(&self.element.get())?;
        Ok(Some(match self.count.get() {
            n if n < 0 => format!("repeat({e})"),
            n => format!("repeat({e}, {n})"),
        }))
    }

    trace_fields!(slots: [element], vecs: []);
}

fn repeat_new(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let cls = cls_of(vm, &args)?;
    let a = parse_keywords(
        vm,
        &after_cls(&args),
        "repeat",
        &["object", "times"],
        0,
        2,
        1,
    )?;
    let count = match &a[1] {
        None => -1,
        Some(t) => {
            let n = crate::convert::index(vm, t)?;
            let n = i64::try_from(&n).map_err(|_| {
                crate::convert::overflow(vm, "Python int too large to convert to C ssize_t")
            })?;
            n.max(0)
        }
    };
    Ok(alloc(
        &cls,
        Repeat {
            element: Slot::new(a[0].clone().unwrap_or(Value::NONE)),
            count: Cell::new(count),
        },
    ))
}
new_table!(REPEAT_NEW, repeat_new, "(object, times=None)");

// ---- accumulate ----

struct Accumulate {
    it: Slot,
    func: Slot,
    total: Slot,
    initial: Slot,
}

impl Iterate for Accumulate {
    fn next(&self, vm: &Vm, _me: &Value) -> PyResult<Option<Value>> {
        let initial = self.initial.replace(Value::NULL);
        if !initial.is_null() {
            self.total.set(initial.clone());
            return Ok(Some(initial));
        }
        let Some(x) = next_of(vm, &self.it)? else {
            return Ok(None);
        };
        let total = self.total.get();
        let new = if total.is_null() {
            x
        } else {
            let f = self.func.get();
            if f.is_null() || f.is_none() {
                vm.binary_op(&total, &x, NbOp::Add)?
            } else {
                vm.call(&f, &[total, x], &[])?
            }
        };
        self.total.set(new.clone());
        Ok(Some(new))
    }

    trace_fields!(slots: [it, func, total, initial], vecs: []);
}

fn accumulate_new(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let cls = cls_of(vm, &args)?;
    let a = parse_keywords(
        vm,
        &after_cls(&args),
        "accumulate",
        &["iterable", "func", "initial"],
        0,
        2,
        1,
    )?;
    let it = vm.get_iter(a[0].as_ref().unwrap_or(&Value::NONE))?;
    let initial = a[2].clone().filter(|v| !v.is_none()).unwrap_or(Value::NULL);
    Ok(alloc(
        &cls,
        Accumulate {
            it: Slot::new(it),
            func: Slot::new(a[1].clone().unwrap_or(Value::NONE)),
            total: Slot::default(),
            initial: Slot::new(initial),
        },
    ))
}
new_table!(
    ACCUMULATE_NEW,
    accumulate_new,
    "(iterable, func=None, *, initial=None)"
);

// ---- chain ----

struct Chain {
    source: Slot,
    active: Slot,
}

impl Iterate for Chain {
    fn next(&self, vm: &Vm, _me: &Value) -> PyResult<Option<Value>> {
        loop {
            if self.active.get().is_null() {
                let Some(iterable) = next_of(vm, &self.source)? else {
                    return Ok(None);
                };
                self.active.set(vm.get_iter(&iterable)?);
            }
            if let Some(v) = next_of(vm, &self.active)? {
                return Ok(Some(v));
            }
        }
    }

    trace_fields!(slots: [source, active], vecs: []);
}

fn chain_new(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let cls = cls_of(vm, &args)?;
    let rest = after_cls(&args);
    if !rest.kwnames.is_empty() {
        return Err(vm.type_error("chain() takes no keyword arguments"));
    }
    let source = vm.get_iter(&vm.new_tuple(rest.pos().to_vec()))?;
    Ok(alloc(
        &cls,
        Chain {
            source: Slot::new(source),
            active: Slot::default(),
        },
    ))
}
new_table!(CHAIN_NEW, chain_new, "(*iterables)");

/// `chain.from_iterable` (a class method in CPython; a static one here, since the itertools
/// types cannot be subclassed yet, the class is always `chain`).
fn chain_from_iterable(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = pos_only(vm, &args, "from_iterable", 1, 1)?;
    let source = vm.get_iter(&a[0])?;
    Ok(alloc(
        &super::module_type(vm, "chain")?,
        Chain {
            source: Slot::new(source),
            active: Slot::default(),
        },
    ))
}

method_table!(
    /// `chain.from_iterable`.
    CHAIN_CLASS_METHODS,
    Static,
    {
    "from_iterable" => chain_from_iterable, "($type, iterable, /)", "Alternative chain() constructor taking a single iterable argument that evaluates lazily.";
    }
);
