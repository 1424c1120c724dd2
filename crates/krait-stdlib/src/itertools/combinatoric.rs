//! The combinatoric iterators of itertools: `product`, `permutations`, `combinations` and
//! `combinations_with_replacement`, each over a tuple of its input taken up front, stepping an
//! array of indices as the documented pure-Python equivalents do.

use super::{after_cls, alloc, cls_of, new_table, Iterate};
use crate::convert::{int_value, parse_keywords};
use krait_vm::native::Args;
use krait_vm::{PyResult, Value, Vm};
use std::cell::{Cell, RefCell};

// ---- product ----

struct Product {
    pools: RefCell<Vec<Vec<Value>>>,
    indices: RefCell<Vec<usize>>,
    started: Cell<bool>,
    stopped: Cell<bool>,
}

impl Product {
    fn current(&self, vm: &Vm) -> Value {
        let pools = self.pools.borrow();
        let idx = self.indices.borrow();
        vm.new_tuple(
            pools
                .iter()
                .zip(idx.iter())
                .map(|(p, &i)| p[i].clone())
                .collect(),
        )
    }
}

impl Iterate for Product {
    fn next(&self, vm: &Vm, _me: &Value) -> PyResult<Option<Value>> {
        if self.stopped.get() {
            return Ok(None);
        }
        if !self.started.get() {
            self.started.set(true);
            if self.pools.borrow().iter().any(Vec::is_empty) {
                self.stopped.set(true);
                return Ok(None);
            }
            return Ok(Some(self.current(vm)));
        }
        {
            let pools = self.pools.borrow();
            let mut idx = self.indices.borrow_mut();
            let mut i = pools.len();
            loop {
                if i == 0 {
                    self.stopped.set(true);
                    return Ok(None);
                }
                i -= 1;
                idx[i] += 1;
                if idx[i] < pools[i].len() {
                    break;
                }
                idx[i] = 0;
            }
        }
        Ok(Some(self.current(vm)))
    }

    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Ok(p) = self.pools.try_borrow() {
            p.iter().flatten().for_each(visit);
        }
    }

    fn clear(&self) {
        if let Ok(mut p) = self.pools.try_borrow_mut() {
            let old = std::mem::take(&mut *p);
            drop(p);
            drop(old);
        }
        self.stopped.set(true);
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

fn product_new(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let cls = cls_of(vm, &args)?;
    let rest = after_cls(&args);
    let mut repeat: i64 = 1;
    for (k, v) in rest.kwargs() {
        let key = vm.str_of(k);
        if key != "repeat" {
            return Err(vm.type_error(&format!(
                "'{key}' is an invalid keyword argument for product()"
            )));
        }
        let n = crate::convert::index(vm, v)?;
        repeat = i64::try_from(&n).map_err(|_| {
            crate::convert::overflow(vm, "Python int too large to convert to C ssize_t")
        })?;
    }
    if repeat < 0 {
        return Err(vm.value_error("repeat argument cannot be negative"));
    }
    let mut pools = Vec::new();
    for it in rest.pos() {
        pools.push(vm.collect_iterable(it)?);
    }
    let mut all = Vec::new();
    if !pools.is_empty() {
        for _ in 0..repeat {
            all.extend(pools.iter().cloned());
        }
    }
    let n = all.len();
    Ok(alloc(
        &cls,
        Product {
            pools: RefCell::new(all),
            indices: RefCell::new(vec![0; n]),
            started: Cell::new(false),
            stopped: Cell::new(false),
        },
    ))
}
new_table!(PRODUCT_NEW, product_new, "(*iterables, repeat=1)");

// ---- permutations and combinations ----

/// Which combinatoric iterator a [`Choose`] is.
#[derive(Clone, Copy, PartialEq)]
enum ChooseKind {
    Permutations,
    Combinations,
    WithReplacement,
}

struct Choose {
    kind: ChooseKind,
    pool: RefCell<Vec<Value>>,
    r: usize,
    indices: RefCell<Vec<usize>>,
    cycles: RefCell<Vec<usize>>,
    started: Cell<bool>,
    stopped: Cell<bool>,
}

impl Choose {
    fn current(&self, vm: &Vm) -> Value {
        let pool = self.pool.borrow();
        let idx = self.indices.borrow();
        vm.new_tuple(idx[..self.r].iter().map(|&i| pool[i].clone()).collect())
    }

    /// Steps the indices; `false` when there is no next selection.
    fn advance(&self) -> bool {
        let n = self.pool.borrow().len();
        let r = self.r;
        let mut idx = self.indices.borrow_mut();
        match self.kind {
            ChooseKind::Permutations => {
                let mut cycles = self.cycles.borrow_mut();
                for i in (0..r).rev() {
                    cycles[i] -= 1;
                    if cycles[i] == 0 {
                        let first = idx[i];
                        idx.copy_within(i + 1.., i);
                        idx[n - 1] = first;
                        cycles[i] = n - i;
                    } else {
                        let j = cycles[i];
                        idx.swap(i, n - j);
                        return true;
                    }
                }
                false
            }
            ChooseKind::Combinations => {
                let Some(i) = (0..r).rev().find(|&i| idx[i] != i + n - r) else {
                    return false;
                };
                idx[i] += 1;
                for j in i + 1..r {
                    idx[j] = idx[j - 1] + 1;
                }
                true
            }
            ChooseKind::WithReplacement => {
                let Some(i) = (0..r).rev().find(|&i| idx[i] != n - 1) else {
                    return false;
                };
                let v = idx[i] + 1;
                for slot in idx[i..r].iter_mut() {
                    *slot = v;
                }
                true
            }
        }
    }
}

impl Iterate for Choose {
    fn next(&self, vm: &Vm, _me: &Value) -> PyResult<Option<Value>> {
        if self.stopped.get() {
            return Ok(None);
        }
        if !self.started.get() {
            self.started.set(true);
            let n = self.pool.borrow().len();
            let empty = match self.kind {
                ChooseKind::WithReplacement => n == 0 && self.r > 0,
                _ => self.r > n,
            };
            if empty {
                self.stopped.set(true);
                return Ok(None);
            }
            return Ok(Some(self.current(vm)));
        }
        if self.advance() {
            Ok(Some(self.current(vm)))
        } else {
            self.stopped.set(true);
            Ok(None)
        }
    }

    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Ok(p) = self.pool.try_borrow() {
            p.iter().for_each(visit);
        }
    }

    fn clear(&self) {
        if let Ok(mut p) = self.pool.try_borrow_mut() {
            let old = std::mem::take(&mut *p);
            drop(p);
            drop(old);
        }
        self.stopped.set(true);
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

fn choose_new(vm: &Vm, args: Args<'_>, name: &str, kind: ChooseKind) -> PyResult<Value> {
    let cls = cls_of(vm, &args)?;
    let required = if kind == ChooseKind::Permutations {
        1
    } else {
        2
    };
    let a = parse_keywords(
        vm,
        &after_cls(&args),
        name,
        &["iterable", "r"],
        0,
        2,
        required,
    )?;
    let pool = vm.collect_iterable(a[0].as_ref().unwrap_or(&Value::NONE))?;
    let n = pool.len();
    let r = match &a[1] {
        Some(v) if !(kind == ChooseKind::Permutations && v.is_none()) => {
            let r = if kind == ChooseKind::Permutations {
                int_value(v).ok_or_else(|| vm.type_error("Expected int as r"))?
            } else {
                crate::convert::index(vm, v)?
            };
            if r.sign() == num_bigint::Sign::Minus {
                return Err(vm.value_error("r must be non-negative"));
            }
            usize::try_from(&r).map_err(|_| {
                crate::convert::overflow(vm, "Python int too large to convert to C ssize_t")
            })?
        }
        _ => n,
    };
    let indices = match kind {
        ChooseKind::Permutations => (0..n).collect(),
        ChooseKind::Combinations => (0..r).collect(),
        ChooseKind::WithReplacement => vec![0; r],
    };
    let cycles = if kind == ChooseKind::Permutations && r <= n {
        (0..r).map(|i| n - i).collect()
    } else {
        Vec::new()
    };
    Ok(alloc(
        &cls,
        Choose {
            kind,
            pool: RefCell::new(pool),
            r,
            indices: RefCell::new(indices),
            cycles: RefCell::new(cycles),
            started: Cell::new(false),
            stopped: Cell::new(false),
        },
    ))
}

fn permutations_new(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    choose_new(vm, args, "permutations", ChooseKind::Permutations)
}
new_table!(PERMUTATIONS_NEW, permutations_new, "(iterable, r=None)");

fn combinations_new(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    choose_new(vm, args, "combinations", ChooseKind::Combinations)
}
new_table!(COMBINATIONS_NEW, combinations_new, "(iterable, r)");

fn combinations_with_replacement_new(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    choose_new(
        vm,
        args,
        "combinations_with_replacement",
        ChooseKind::WithReplacement,
    )
}
new_table!(
    COMBINATIONS_WITH_REPLACEMENT_NEW,
    combinations_with_replacement_new,
    "(iterable, r)"
);
