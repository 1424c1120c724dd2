//! `collections.deque` (CPython's `deque` of Modules/_collectionsmodule.c): its state, its
//! construction and its mutating methods. Every change that moves items (appends, pops,
//! rotations, insertions, deletions, clearing) bumps the deque's `state`, so its iterators can
//! report "deque mutated during iteration" as CPython's do; `reverse` and item assignment do not.
//!
//! No `RefCell` borrow of the items is held across a call into Python code (comparisons,
//! iteration of arguments, destructors of removed items): removed values are dropped only
//! after the borrow ends.

use crate::convert::parse_keywords;
use crate::native_type::{alloc, state};
use krait_vm::native::Args;
use krait_vm::objects::native_object::NativeObject;
use krait_vm::protocols::convert::int_value;
use krait_vm::{method_table, PyErr, PyResult, Value, Vm};
use num_traits::ToPrimitive;
use std::any::Any;
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;

/// The state of a deque.
pub(crate) struct Deque {
    /// The items, left to right.
    pub(crate) items: RefCell<VecDeque<Value>>,
    /// `maxlen`, or `None` for an unbounded deque.
    pub(crate) maxlen: Cell<Option<usize>>,
    /// Bumped by every change that moves items (what iterators check).
    pub(crate) state: Cell<u64>,
}

impl Deque {
    /// An empty unbounded deque.
    pub(crate) fn new() -> Deque {
        Deque {
            items: RefCell::new(VecDeque::new()),
            maxlen: Cell::new(None),
            state: Cell::new(0),
        }
    }

    /// The number of items.
    pub(crate) fn len(&self) -> usize {
        self.items.borrow().len()
    }

    /// The items, copied out (so Python code may run while they are looked at).
    pub(crate) fn snapshot(&self) -> Vec<Value> {
        self.items.borrow().iter().cloned().collect()
    }

    /// The item at `i`, if any.
    pub(crate) fn get(&self, i: usize) -> Option<Value> {
        self.items.borrow().get(i).cloned()
    }

    /// Records a change that moves items.
    pub(crate) fn bump(&self) {
        self.state.set(self.state.get().wrapping_add(1));
    }

    /// Appends on the right, dropping the leftmost item if the deque is full.
    pub(crate) fn push_back(&self, v: Value) {
        let dropped = {
            let mut items = self.items.borrow_mut();
            if self.maxlen.get() == Some(0) {
                Some(v)
            } else {
                items.push_back(v);
                self.bump();
                match self.maxlen.get() {
                    Some(m) if items.len() > m => items.pop_front(),
                    _ => None,
                }
            }
        };
        drop(dropped);
    }

    /// Appends on the left, dropping the rightmost item if the deque is full.
    pub(crate) fn push_front(&self, v: Value) {
        let dropped = {
            let mut items = self.items.borrow_mut();
            if self.maxlen.get() == Some(0) {
                Some(v)
            } else {
                items.push_front(v);
                self.bump();
                match self.maxlen.get() {
                    Some(m) if items.len() > m => items.pop_back(),
                    _ => None,
                }
            }
        };
        drop(dropped);
    }

    /// Removes every item (dropping them after the borrow ends).
    pub(crate) fn clear_items(&self) {
        let old = std::mem::take(&mut *self.items.borrow_mut());
        self.bump();
        drop(old);
    }

    /// Rotates `n` steps to the right (left for negative `n`).
    pub(crate) fn rotate_by(&self, n: i64) {
        let mut items = self.items.borrow_mut();
        self.bump();
        let len = items.len() as i64;
        if len <= 1 {
            return;
        }
        let k = n.rem_euclid(len) as usize;
        items.rotate_right(k);
    }
}

impl NativeObject for Deque {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Ok(items) = self.items.try_borrow() {
            items.iter().for_each(visit);
        }
    }

    fn clear(&self) {
        if let Ok(mut items) = self.items.try_borrow_mut() {
            let old = std::mem::take(&mut *items);
            drop(items);
            drop(old);
        }
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

method_table!(
    /// The mutating methods of `deque`.
    MUTATORS,
    Method,
    {
    "__init__" => deque_init, "($self, /, *args, **kwargs)", "Initialize self.  See help(type(self)) for accurate signature.";
    "append" => append, "($self, x, /)", "Add an element to the right side of the deque.";
    "appendleft" => appendleft, "($self, x, /)", "Add an element to the left side of the deque.";
    "pop" => pop, "($self, /)", "Remove and return the rightmost element.";
    "popleft" => popleft, "($self, /)", "Remove and return the leftmost element.";
    "extend" => extend, "($self, iterable, /)", "Extend the right side of the deque with elements from the iterable";
    "extendleft" => extendleft, "($self, iterable, /)", "Extend the left side of the deque with elements from the iterable";
    "clear" => clear, "($self, /)", "Remove all elements from the deque.";
    "rotate" => rotate, "($self, n=1, /)", "Rotate the deque n steps to the right (default n=1).  If n is negative, rotates left.";
    "reverse" => reverse, "($self, /)", "D.reverse() -- reverse *IN PLACE*";
    "insert" => insert, "($self, index, object, /)", "D.insert(index, object) -- insert object before index";
    "remove" => remove, "($self, value, /)", "D.remove(value) -- remove first occurrence of value.";
    }
);

method_table!(
    /// `deque.__new__`.
    NEW,
    Static,
    {
    "__new__" => deque_new, "(type, *args, **kwargs)", "Create and return a new object.";
    }
);

/// The deque `self` of a method call and its state.
pub(crate) fn me<'a>(vm: &Vm, args: &Args<'a>) -> PyResult<(&'a Value, &'a Deque)> {
    let v = args
        .pos()
        .first()
        .ok_or_else(|| vm.type_error("descriptor needs a 'collections.deque' object"))?;
    let d = state::<Deque>(v)
        .ok_or_else(|| vm.type_error("descriptor needs a 'collections.deque' object"))?;
    Ok((v, d))
}

/// The arguments after `self`.
pub(crate) fn rest<'a>(args: &Args<'a>) -> Args<'a> {
    Args {
        values: args.values.get(1..).unwrap_or(&[]),
        kwnames: args.kwnames,
    }
}

/// `self` and the single argument of a `METH_O` method `deque.NAME`.
pub(crate) fn me_and_one<'a>(
    vm: &Vm,
    args: &Args<'a>,
    name: &str,
) -> PyResult<(&'a Deque, &'a Value)> {
    let (_, d) = me(vm, args)?;
    let x = crate::convert::one_arg(vm, &rest(args), &format!("deque.{name}"))?;
    Ok((d, x))
}

/// Checks that `deque.NAME` got no arguments besides `self` (`METH_NOARGS`).
pub(crate) fn no_args(vm: &Vm, args: &Args<'_>, name: &str) -> PyResult<()> {
    args.no_kwargs(vm, &format!("deque.{name}"))?;
    match args.pos().len() {
        0 | 1 => Ok(()),
        n => Err(vm.type_error(&format!(
            "deque.{name}() takes no arguments ({} given)",
            n - 1
        ))),
    }
}

fn deque_new(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let cls = args
        .pos()
        .first()
        .ok_or_else(|| vm.type_error("deque.__new__(): not enough arguments"))?;
    Ok(alloc(cls, Deque::new()))
}

/// `PyLong_AsSsize_t` of a `maxlen` argument.
fn maxlen_arg(vm: &Vm, v: &Value) -> PyResult<Option<usize>> {
    if v.is_none() {
        return Ok(None);
    }
    let n = int_value(v).ok_or_else(|| vm.type_error("an integer is required"))?;
    let n = n.to_i64().ok_or_else(|| {
        crate::convert::overflow(vm, "Python int too large to convert to C ssize_t")
    })?;
    if n < 0 {
        return Err(vm.value_error("maxlen must be non-negative"));
    }
    Ok(Some(n as usize))
}

fn deque_init(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (me_v, d) = me(vm, &args)?;
    let a = parse_keywords(vm, &rest(&args), "deque", &["iterable", "maxlen"], 0, 2, 0)?;
    let maxlen = match &a[1] {
        Some(m) => maxlen_arg(vm, m)?,
        None => None,
    };
    d.maxlen.set(maxlen);
    if d.len() > 0 {
        d.clear_items();
    }
    if let Some(it) = &a[0] {
        extend_right(vm, me_v, d, it)?;
    }
    Ok(Value::NONE)
}

/// `deque.extend(iterable)` (a copy first when the iterable is the deque itself).
pub(crate) fn extend_right(vm: &Vm, me_v: &Value, d: &Deque, iterable: &Value) -> PyResult<()> {
    if iterable.is(me_v) {
        for x in d.snapshot() {
            d.push_back(x);
        }
        return Ok(());
    }
    let it = vm.get_iter(iterable)?;
    while let Some(x) = vm.next(&it)? {
        d.push_back(x);
    }
    Ok(())
}

fn extend_left(vm: &Vm, me_v: &Value, d: &Deque, iterable: &Value) -> PyResult<()> {
    if iterable.is(me_v) {
        for x in d.snapshot() {
            d.push_front(x);
        }
        return Ok(());
    }
    let it = vm.get_iter(iterable)?;
    while let Some(x) = vm.next(&it)? {
        d.push_front(x);
    }
    Ok(())
}

fn append(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (d, x) = me_and_one(vm, &args, "append")?;
    d.push_back(x.clone());
    Ok(Value::NONE)
}

fn appendleft(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (d, x) = me_and_one(vm, &args, "appendleft")?;
    d.push_front(x.clone());
    Ok(Value::NONE)
}

fn empty_pop(vm: &Vm) -> PyErr {
    vm.new_error(&vm.types.index_error, "pop from an empty deque")
}

fn pop(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    no_args(vm, &args, "pop")?;
    let (_, d) = me(vm, &args)?;
    let v = d.items.borrow_mut().pop_back();
    d.bump();
    v.ok_or_else(|| empty_pop(vm))
}

fn popleft(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    no_args(vm, &args, "popleft")?;
    let (_, d) = me(vm, &args)?;
    let v = d.items.borrow_mut().pop_front();
    d.bump();
    v.ok_or_else(|| empty_pop(vm))
}

fn extend(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (d, x) = me_and_one(vm, &args, "extend")?;
    extend_right(vm, &args.values[0], d, x)?;
    Ok(Value::NONE)
}

fn extendleft(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (d, x) = me_and_one(vm, &args, "extendleft")?;
    extend_left(vm, &args.values[0], d, x)?;
    Ok(Value::NONE)
}

fn clear(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    no_args(vm, &args, "clear")?;
    me(vm, &args)?.1.clear_items();
    Ok(Value::NONE)
}

/// `PyNumber_AsSsize_t(v, OverflowError)`.
pub(crate) fn ssize_arg(vm: &Vm, v: &Value) -> PyResult<i64> {
    let n = crate::convert::index(vm, v)?;
    n.to_i64()
        .ok_or_else(|| crate::convert::overflow(vm, "Python int too large to convert to C ssize_t"))
}

fn rotate(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, d) = me(vm, &args)?;
    let a = crate::convert::positional(vm, &rest(&args), "deque.rotate", "rotate", 0, 1)?;
    let n = match a.first() {
        Some(v) => ssize_arg(vm, v)?,
        None => 1,
    };
    d.rotate_by(n);
    Ok(Value::NONE)
}

fn reverse(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    no_args(vm, &args, "reverse")?;
    me(vm, &args)?
        .1
        .items
        .borrow_mut()
        .make_contiguous()
        .reverse();
    Ok(Value::NONE)
}

fn insert(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, d) = me(vm, &args)?;
    let a = crate::convert::positional(vm, &rest(&args), "deque.insert", "insert", 2, 2)?;
    let index = ssize_arg(vm, &a[0])?;
    let n = d.len() as i64;
    if d.maxlen.get() == Some(n as usize) {
        return Err(vm.new_error(&vm.types.index_error, "deque already at its maximum size"));
    }
    let v = a[1].clone();
    if index >= n {
        d.push_back(v);
    } else if index <= -n || index == 0 {
        d.push_front(v);
    } else {
        let i = if index < 0 { index + n } else { index };
        d.items.borrow_mut().insert(i as usize, v);
        d.bump();
    }
    Ok(Value::NONE)
}

fn remove(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (d, x) = me_and_one(vm, &args, "remove")?;
    let start = d.state.get();
    let n = d.len();
    for i in 0..n {
        let Some(item) = d.get(i) else { break };
        let equal = vm.eq(&item, x)?;
        if d.state.get() != start {
            return Err(vm.new_error(&vm.types.index_error, "deque mutated during iteration"));
        }
        if equal {
            let old = d.items.borrow_mut().remove(i);
            d.bump();
            drop(old);
            return Ok(Value::NONE);
        }
    }
    Err(vm.value_error(&format!("{} is not in deque", vm.repr_string(x)?)))
}
