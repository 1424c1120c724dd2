//! The selecting and combining iterators of itertools: `compress`, `dropwhile`, `takewhile`,
//! `filterfalse`, `islice`, `starmap`, `pairwise`, `zip_longest`.

use super::simple::{next_of, pos_only};
use super::{after_cls, alloc, cls_of, new_table, trace_fields, Iterate};
use crate::convert::parse_keywords;
use krait_vm::native::Args;
use krait_vm::slot::Slot;
use krait_vm::{PyResult, Value, Vm};
use std::cell::{Cell, RefCell};

// ---- compress, dropwhile, takewhile, filterfalse ----

struct Compress {
    data: Slot,
    selectors: Slot,
}

impl Iterate for Compress {
    fn next(&self, vm: &Vm, _me: &Value) -> PyResult<Option<Value>> {
        loop {
            let Some(d) = next_of(vm, &self.data)? else {
                return Ok(None);
            };
            let Some(s) = next_of(vm, &self.selectors)? else {
                return Ok(None);
            };
            if vm.is_true(&s)? {
                return Ok(Some(d));
            }
        }
    }

    trace_fields!(slots: [data, selectors], vecs: []);
}

fn compress_new(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let cls = cls_of(vm, &args)?;
    let a = parse_keywords(
        vm,
        &after_cls(&args),
        "compress",
        &["data", "selectors"],
        0,
        2,
        2,
    )?;
    let data = vm.get_iter(a[0].as_ref().unwrap_or(&Value::NONE))?;
    let selectors = vm.get_iter(a[1].as_ref().unwrap_or(&Value::NONE))?;
    Ok(alloc(
        &cls,
        Compress {
            data: Slot::new(data),
            selectors: Slot::new(selectors),
        },
    ))
}
new_table!(COMPRESS_NEW, compress_new, "(data, selectors)");

/// Which predicate-driven iterator a [`Predicated`] is.
#[derive(Clone, Copy, PartialEq)]
enum PredKind {
    DropWhile,
    TakeWhile,
    FilterFalse,
}

struct Predicated {
    kind: PredKind,
    func: Slot,
    it: Slot,
    /// `dropwhile`: dropping is over; `takewhile`: taking is over.
    done: Cell<bool>,
}

impl Iterate for Predicated {
    fn next(&self, vm: &Vm, _me: &Value) -> PyResult<Option<Value>> {
        if self.kind == PredKind::TakeWhile && self.done.get() {
            return Ok(None);
        }
        loop {
            let Some(x) = next_of(vm, &self.it)? else {
                return Ok(None);
            };
            if self.kind == PredKind::DropWhile && self.done.get() {
                return Ok(Some(x));
            }
            let f = self.func.get();
            let truth = if self.kind == PredKind::FilterFalse && f.is_none() {
                vm.is_true(&x)?
            } else {
                let r = vm.call(&f, std::slice::from_ref(&x), &[])?;
                vm.is_true(&r)?
            };
            match self.kind {
                PredKind::DropWhile => {
                    if !truth {
                        self.done.set(true);
                        return Ok(Some(x));
                    }
                }
                PredKind::TakeWhile => {
                    if truth {
                        return Ok(Some(x));
                    }
                    self.done.set(true);
                    return Ok(None);
                }
                PredKind::FilterFalse => {
                    if !truth {
                        return Ok(Some(x));
                    }
                }
            }
        }
    }

    trace_fields!(slots: [func, it], vecs: []);
}

fn predicated(vm: &Vm, args: Args<'_>, name: &str, kind: PredKind) -> PyResult<Value> {
    let cls = cls_of(vm, &args)?;
    let a = pos_only(vm, &after_cls(&args), name, 2, 2)?;
    let it = vm.get_iter(&a[1])?;
    Ok(alloc(
        &cls,
        Predicated {
            kind,
            func: Slot::new(a[0].clone()),
            it: Slot::new(it),
            done: Cell::new(false),
        },
    ))
}

fn dropwhile_new(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    predicated(vm, args, "dropwhile", PredKind::DropWhile)
}
new_table!(DROPWHILE_NEW, dropwhile_new, "(predicate, iterable, /)");

fn takewhile_new(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    predicated(vm, args, "takewhile", PredKind::TakeWhile)
}
new_table!(TAKEWHILE_NEW, takewhile_new, "(predicate, iterable, /)");

fn filterfalse_new(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    predicated(vm, args, "filterfalse", PredKind::FilterFalse)
}
new_table!(FILTERFALSE_NEW, filterfalse_new, "(function, iterable, /)");

// ---- islice ----

struct Islice {
    it: Slot,
    /// Items consumed so far.
    count: Cell<i64>,
    /// Index of the next item to yield.
    next: Cell<i64>,
    /// Stop index, or -1 for none.
    stop: Cell<i64>,
    step: i64,
}

impl Iterate for Islice {
    fn next(&self, vm: &Vm, _me: &Value) -> PyResult<Option<Value>> {
        if self.it.get().is_null() {
            return Ok(None);
        }
        let stop = self.stop.get();
        while self.count.get() < self.next.get() {
            if next_of(vm, &self.it)?.is_none() {
                return Ok(None);
            }
            self.count.set(self.count.get() + 1);
        }
        if stop != -1 && self.count.get() >= stop {
            self.it.set(Value::NULL);
            return Ok(None);
        }
        let Some(item) = next_of(vm, &self.it)? else {
            return Ok(None);
        };
        self.count.set(self.count.get() + 1);
        let old = self.next.get();
        let mut n = old.saturating_add(self.step);
        if n < old || (stop != -1 && n > stop) {
            n = stop;
        }
        self.next.set(n);
        Ok(Some(item))
    }

    trace_fields!(slots: [it], vecs: []);
}

/// An islice bound: None (→ `default`) or an int in `0..=sys.maxsize`.
fn islice_index(vm: &Vm, v: &Value, default: i64) -> Option<i64> {
    if v.is_none() {
        return Some(default);
    }
    let n = crate::convert::index(vm, v).ok()?;
    i64::try_from(&n).ok().filter(|n| *n >= 0)
}

fn islice_new(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let cls = cls_of(vm, &args)?;
    let a = pos_only(vm, &after_cls(&args), "islice", 2, 4)?;
    let (start, stop, step) = if a.len() == 2 {
        let stop = islice_index(vm, &a[1], -1).ok_or_else(|| {
            vm.value_error(
                "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.",
            )
        })?;
        (0, stop, 1)
    } else {
        let stop = islice_index(vm, &a[2], -1);
        let start = islice_index(vm, &a[1], 0);
        let (Some(start), Some(stop)) = (start, stop) else {
            return Err(vm.value_error(
                "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.",
            ));
        };
        let step = match a.get(3) {
            None => 1,
            Some(s) => islice_index(vm, s, 1).filter(|s| *s > 0).ok_or_else(|| {
                vm.value_error("Step for islice() must be a positive integer or None.")
            })?,
        };
        (start, stop, step)
    };
    let it = vm.get_iter(&a[0])?;
    Ok(alloc(
        &cls,
        Islice {
            it: Slot::new(it),
            count: Cell::new(0),
            next: Cell::new(start),
            stop: Cell::new(stop),
            step,
        },
    ))
}
new_table!(
    ISLICE_NEW,
    islice_new,
    "(iterable, stop) or (iterable, start, stop[, step])"
);

// ---- starmap ----

struct Starmap {
    func: Slot,
    it: Slot,
}

impl Iterate for Starmap {
    fn next(&self, vm: &Vm, _me: &Value) -> PyResult<Option<Value>> {
        let Some(args) = next_of(vm, &self.it)? else {
            return Ok(None);
        };
        let items = match vm.tuple_items(&args) {
            Some(t) => t,
            None => vm.collect_iterable(&args).map_err(|e| {
                if vm.is_instance_of(&e.exception_value(), &vm.types.type_error) {
                    vm.type_error(&format!("'{}' object is not iterable", vm.type_name(&args)))
                } else {
                    e
                }
            })?,
        };
        vm.call(&self.func.get(), &items, &[]).map(Some)
    }

    trace_fields!(slots: [func, it], vecs: []);
}

fn starmap_new(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let cls = cls_of(vm, &args)?;
    let a = pos_only(vm, &after_cls(&args), "starmap", 2, 2)?;
    let it = vm.get_iter(&a[1])?;
    Ok(alloc(
        &cls,
        Starmap {
            func: Slot::new(a[0].clone()),
            it: Slot::new(it),
        },
    ))
}
new_table!(STARMAP_NEW, starmap_new, "(function, iterable, /)");

// ---- pairwise ----

struct Pairwise {
    it: Slot,
    old: Slot,
}

impl Iterate for Pairwise {
    fn next(&self, vm: &Vm, _me: &Value) -> PyResult<Option<Value>> {
        let mut old = self.old.get();
        if old.is_null() {
            match next_of(vm, &self.it)? {
                Some(v) => {
                    old = v;
                    self.old.set(old.clone());
                }
                None => return Ok(None),
            }
        }
        let Some(new) = next_of(vm, &self.it)? else {
            self.old.set(Value::NULL);
            return Ok(None);
        };
        self.old.set(new.clone());
        Ok(Some(vm.new_tuple(vec![old, new])))
    }

    trace_fields!(slots: [it, old], vecs: []);
}

fn pairwise_new(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let cls = cls_of(vm, &args)?;
    let a = pos_only(vm, &after_cls(&args), "pairwise", 1, 1)?;
    let it = vm.get_iter(&a[0])?;
    Ok(alloc(
        &cls,
        Pairwise {
            it: Slot::new(it),
            old: Slot::default(),
        },
    ))
}
new_table!(PAIRWISE_NEW, pairwise_new, "(iterable, /)");

// ---- zip_longest ----

struct ZipLongest {
    /// The source iterators, NULL once exhausted.
    its: RefCell<Vec<Value>>,
    active: Cell<usize>,
    fill: Slot,
}

impl Iterate for ZipLongest {
    fn next(&self, vm: &Vm, _me: &Value) -> PyResult<Option<Value>> {
        let n = self.its.borrow().len();
        if n == 0 || self.active.get() == 0 {
            return Ok(None);
        }
        let mut out = Vec::with_capacity(n);
        for i in 0..n {
            let it = self.its.borrow().get(i).cloned().unwrap_or(Value::NULL);
            if it.is_null() {
                out.push(self.fill.get());
                continue;
            }
            match vm.next(&it)? {
                Some(v) => out.push(v),
                None => {
                    let left = self.active.get() - 1;
                    self.active.set(left);
                    if left == 0 {
                        return Ok(None);
                    }
                    if let Some(slot) = self.its.borrow_mut().get_mut(i) {
                        *slot = Value::NULL;
                    }
                    out.push(self.fill.get());
                }
            }
        }
        Ok(Some(vm.new_tuple(out)))
    }

    trace_fields!(slots: [fill], vecs: [its]);
}

fn zip_longest_new(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let cls = cls_of(vm, &args)?;
    let rest = after_cls(&args);
    let mut fill = Value::NONE;
    for (k, v) in rest.kwargs() {
        let key = vm.str_of(k);
        if key != "fillvalue" {
            return Err(vm.type_error("zip_longest() got an unexpected keyword argument"));
        }
        fill = v.clone();
    }
    let its = rest
        .pos()
        .iter()
        .map(|v| vm.get_iter(v))
        .collect::<PyResult<Vec<_>>>()?;
    let n = its.len();
    Ok(alloc(
        &cls,
        ZipLongest {
            its: RefCell::new(its),
            active: Cell::new(n),
            fill: Slot::new(fill),
        },
    ))
}
new_table!(
    ZIP_LONGEST_NEW,
    zip_longest_new,
    "(*iterables, fillvalue=None)"
);
