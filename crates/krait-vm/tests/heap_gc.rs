//! Reference counting and the cycle collector: objects die when their last reference goes,
//! cycles are found by `gc::collect`, and long chains free without overflowing the stack.
//! (Each test runs on its own thread, and collector state is per thread.)

use krait_vm::gc;
use krait_vm::objects::cell::new_cell;
use krait_vm::objects::tuple::new_tuple;
use krait_vm::Value;

fn tracked() -> usize {
    gc::generation_sizes().iter().sum()
}

fn int(i: i64) -> Value {
    Value::small_int(i).unwrap()
}

#[test]
fn acyclic_objects_die_with_their_last_reference() {
    let base = tracked();
    let t = new_tuple(vec![int(1), int(2), Value::float(0.5)]).into_value();
    let c = new_cell(t.clone());
    assert_eq!(tracked(), base + 2);
    assert_eq!(t.as_header().unwrap().refcnt(), 2);
    drop(t);
    assert_eq!(tracked(), base + 2, "the cell still holds the tuple");
    drop(c);
    assert_eq!(tracked(), base);
}

#[test]
fn a_self_referencing_cell_is_collected() {
    let base = tracked();
    let c = new_cell(Value::NULL);
    c.contents.set(c.clone().into_value());
    drop(c);
    assert_eq!(
        tracked(),
        base + 1,
        "reference counting alone cannot free a cycle"
    );
    assert_eq!(gc::collect(2), 1);
    assert_eq!(tracked(), base);
}

#[test]
fn a_cycle_through_a_tuple_is_collected_and_reachable_ones_are_not() {
    let base = tracked();
    let make_cycle = || {
        let c = new_cell(Value::NULL);
        let t = new_tuple(vec![c.clone().into_value(), int(7)]);
        c.contents.set(t.into_value());
        c
    };
    let kept = make_cycle();
    drop(make_cycle());
    assert_eq!(tracked(), base + 4);
    assert_eq!(gc::collect(2), 2, "only the unreferenced cycle is garbage");
    assert_eq!(tracked(), base + 2);
    // The survivor is intact.
    let inner = kept.contents.get();
    let tuple = inner.to_obj().unwrap();
    let items = tuple
        .downcast_ref::<krait_vm::objects::tuple::TupleData>()
        .unwrap()
        .items();
    assert_eq!(items[1].as_small_int(), Some(7));
    drop((inner, tuple, kept));
    assert_eq!(gc::collect(2), 2);
    assert_eq!(tracked(), base);
}

#[test]
fn long_chains_free_without_deep_recursion() {
    // A million nested cells: freeing the head frees them all, on a 2 MiB test-thread stack.
    let base = tracked();
    let mut head = new_cell(int(0)).into_value();
    for _ in 0..1_000_000 {
        head = new_cell(head).into_value();
    }
    assert_eq!(tracked(), base + 1_000_001);
    drop(head);
    assert_eq!(tracked(), base);
}

#[test]
fn a_long_chain_inside_a_cycle_is_collected() {
    let base = tracked();
    let first = new_cell(Value::NULL);
    let mut head = first.clone().into_value();
    for _ in 0..200_000 {
        head = new_cell(head).into_value();
    }
    first.contents.set(head);
    drop(first);
    assert_eq!(gc::collect(2), 200_001);
    assert_eq!(tracked(), base);
}

#[test]
fn automatic_collection_follows_the_thresholds() {
    assert_eq!(gc::thresholds(), [700, 10, 10]);
    let base = tracked();
    for _ in 0..701 {
        let c = new_cell(Value::NULL);
        c.contents.set(c.clone().into_value());
    }
    assert!(gc::needs_collection());
    assert_eq!(gc::collect_if_needed(), 701);
    assert_eq!(tracked(), base);
    gc::set_enabled(false);
    for _ in 0..800 {
        let c = new_cell(Value::NULL);
        c.contents.set(c.clone().into_value());
    }
    assert!(
        !gc::needs_collection(),
        "a disabled collector never runs by itself"
    );
    gc::set_enabled(true);
    assert_eq!(gc::collect(0), 800);
}

#[test]
fn tracking_is_visible() {
    let c = new_cell(Value::NONE);
    assert!(gc::is_tracked(c.header()));
}
