//! The `_heapq` module (CPython's Modules/_heapqmodule.c): the heap queue algorithm on lists,
//! moving items exactly as CPython's sift-down/sift-up so that ties end up in the same places.

use crate::bisect::less;
use krait_vm::native::Args;
use krait_vm::objects::list::ListData;
use krait_vm::protocols::payload;
use krait_vm::{method_table, PyErr, PyResult, Value, Vm};

method_table!(
    /// The functions of `_heapq`.
    FUNCTIONS,
    Static,
    {
    "heappush" => heappush, "($module, heap, item, /)", "Push item onto heap, maintaining the heap invariant.";
    "heappushpop" => heappushpop, "($module, heap, item, /)", "Push item on the heap, then pop and return the smallest item from the heap.";
    "heappop" => heappop, "($module, heap, /)", "Pop the smallest item off the heap, maintaining the heap invariant.";
    "heapreplace" => heapreplace, "($module, heap, item, /)", "Pop and return the current smallest value, and add the new item.";
    "heapify" => heapify, "($module, heap, /)", "Transform list into a heap, in-place, in O(len(heap)) time.";
    "_heappop_max" => heappop_max, "($module, heap, /)", "Maxheap variant of heappop.";
    "_heapreplace_max" => heapreplace_max, "($module, heap, item, /)", "Maxheap variant of heapreplace.";
    "_heapify_max" => heapify_max, "($module, heap, /)", "Maxheap variant of heapify.";
    }
);

/// Creates the `_heapq` module.
pub fn init(vm: &Vm) -> PyResult<Value> {
    let m = crate::new_module(vm, "_heapq", FUNCTIONS)?;
    vm.module_set(
        &m,
        "__doc__",
        vm.new_str("Heap queue algorithm (a.k.a. priority queue)."),
    )?;
    Ok(m)
}

/// The list argument of `name`.
fn list_arg<'a>(vm: &Vm, v: &'a Value, name: &str, what: &str) -> PyResult<&'a ListData> {
    payload::<ListData>(v).ok_or_else(|| {
        vm.type_error(&format!(
            "{name}() {what} must be list, not {}",
            vm.type_name(v)
        ))
    })
}

fn changed(vm: &Vm) -> PyErr {
    vm.new_error(
        &vm.types.runtime_error,
        "list changed size during iteration",
    )
}

fn get(vm: &Vm, l: &ListData, i: usize) -> PyResult<Value> {
    l.get(i).ok_or_else(|| changed(vm))
}

fn set(l: &ListData, i: usize, v: Value) {
    let old = l
        .items
        .borrow_mut()
        .get_mut(i)
        .map(|slot| std::mem::replace(slot, v));
    drop(old);
}

/// `a < b` for a min-heap, `b < a` for a max-heap.
fn before(vm: &Vm, a: &Value, b: &Value, max: bool) -> PyResult<bool> {
    if max {
        less(vm, b, a)
    } else {
        less(vm, a, b)
    }
}

/// Moves the item at `pos` up toward `start` until its parent is not greater.
fn sift_down(vm: &Vm, l: &ListData, start: usize, mut pos: usize, max: bool) -> PyResult<()> {
    let size = l.len();
    let newitem = get(vm, l, pos)?;
    while pos > start {
        let parentpos = (pos - 1) >> 1;
        let parent = get(vm, l, parentpos)?;
        let lt = before(vm, &newitem, &parent, max)?;
        if l.len() != size {
            return Err(changed(vm));
        }
        if !lt {
            break;
        }
        set(l, pos, parent);
        pos = parentpos;
    }
    set(l, pos, newitem);
    Ok(())
}

/// Moves the smaller child up into `pos` all the way to a leaf, then sifts the item there down.
fn sift_up(vm: &Vm, l: &ListData, mut pos: usize, max: bool) -> PyResult<()> {
    let end = l.len();
    let start = pos;
    let newitem = get(vm, l, pos)?;
    let mut child = 2 * pos + 1;
    while child < end {
        let right = child + 1;
        if right < end {
            let a = get(vm, l, child)?;
            let b = get(vm, l, right)?;
            let lt = before(vm, &a, &b, max)?;
            if l.len() != end {
                return Err(changed(vm));
            }
            if !lt {
                child = right;
            }
        }
        let c = get(vm, l, child)?;
        set(l, pos, c);
        pos = child;
        child = 2 * pos + 1;
    }
    set(l, pos, newitem);
    sift_down(vm, l, start, pos, max)
}

fn two<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<&'a [Value]> {
    crate::convert::positional(vm, args, &format!("_heapq.{name}"), name, 2, 2)
}

fn heappush(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = two(vm, &args, "heappush")?;
    let l = list_arg(vm, &a[0], "heappush", "argument 1")?;
    l.push(a[1].clone());
    sift_down(vm, l, 0, l.len() - 1, false)?;
    Ok(Value::NONE)
}

fn pop(vm: &Vm, args: Args<'_>, name: &str, max: bool) -> PyResult<Value> {
    let h = crate::convert::one_arg(vm, &args, &format!("_heapq.{name}"))?;
    let l = list_arg(vm, h, name, "argument")?;
    let last = l
        .items
        .borrow_mut()
        .pop()
        .ok_or_else(|| vm.new_error(&vm.types.index_error, "index out of range"))?;
    if l.is_empty() {
        return Ok(last);
    }
    let first = get(vm, l, 0)?;
    set(l, 0, last);
    sift_up(vm, l, 0, max)?;
    Ok(first)
}

fn heappop(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    pop(vm, args, "heappop", false)
}

fn heappop_max(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    pop(vm, args, "_heappop_max", true)
}

fn replace(vm: &Vm, args: Args<'_>, name: &str, max: bool) -> PyResult<Value> {
    let a = two(vm, &args, name)?;
    let l = list_arg(vm, &a[0], name, "argument 1")?;
    if l.is_empty() {
        return Err(vm.new_error(&vm.types.index_error, "index out of range"));
    }
    let first = get(vm, l, 0)?;
    set(l, 0, a[1].clone());
    sift_up(vm, l, 0, max)?;
    Ok(first)
}

fn heapreplace(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    replace(vm, args, "heapreplace", false)
}

fn heapreplace_max(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    replace(vm, args, "_heapreplace_max", true)
}

fn heappushpop(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = two(vm, &args, "heappushpop")?;
    let l = list_arg(vm, &a[0], "heappushpop", "argument 1")?;
    if l.is_empty() {
        return Ok(a[1].clone());
    }
    let top = get(vm, l, 0)?;
    if !less(vm, &top, &a[1])? {
        return Ok(a[1].clone());
    }
    if l.is_empty() {
        return Err(vm.new_error(&vm.types.index_error, "index out of range"));
    }
    let top = get(vm, l, 0)?;
    set(l, 0, a[1].clone());
    sift_up(vm, l, 0, false)?;
    Ok(top)
}

fn heapify_impl(vm: &Vm, args: Args<'_>, name: &str, max: bool) -> PyResult<Value> {
    let h = crate::convert::one_arg(vm, &args, &format!("_heapq.{name}"))?;
    let l = list_arg(vm, h, name, "argument")?;
    let n = l.len();
    for i in (0..n / 2).rev() {
        sift_up(vm, l, i, max)?;
    }
    Ok(Value::NONE)
}

fn heapify(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    heapify_impl(vm, args, "heapify", false)
}

fn heapify_max(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    heapify_impl(vm, args, "_heapify_max", true)
}
