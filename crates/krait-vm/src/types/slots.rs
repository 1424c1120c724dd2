//! `__slots__` (CPython's Objects/typeobject.c `type_new_slots`, `type_new_descriptors` and
//! `best_base`): which base a new class extends, whether its instances get a `__dict__` and a
//! `__weakref__`, and the member descriptors of the names its `__slots__` declare.
//!
//! krait keeps the members of an instance in one vector (`heap::MemberSlots`, in the instance's
//! attribute storage) indexed from the root of the class's "solid" base chain: a class's own
//! members follow its base's, so a member descriptor's index is the same for every instance of
//! every subclass, and reading `obj.x` is a type lookup plus one indexed load. A class whose
//! `__slots__` add members is a solid base (the `ADDS_SLOTS` flag): two bases whose member
//! vectors differ cannot be combined ("multiple bases have instance lay-out conflict").

use super::{flags, TypeData};
use crate::error::PyResult;
use crate::layouts::{layout_of, Kind};
use crate::objects::member::new_member;
use crate::objects::str::StrData;
use crate::protocols::payload;
use crate::value::Value;
use crate::vm::{type_data, Vm};

/// What `type_new` needs to know about a new class's layout.
pub(super) struct SlotsPlan {
    /// The mangled names of the members the class adds, sorted (as CPython orders them).
    members: Vec<String>,
    /// How many members the base the class extends has.
    base_nslots: usize,
    /// The `NO_DICT`, `NO_WEAKREF` and `ADDS_SLOTS` flags of the new class.
    pub(super) flags: u32,
}

/// Whether instances of `t` have a `__dict__`.
fn has_dict(t: &TypeData) -> bool {
    if t.has_flag(flags::HEAPTYPE) {
        return !t.has_flag(flags::NO_DICT);
    }
    let k = t.instance_kind.get();
    k == Kind::Exception || layout_of(k).attrs_offset.is_some()
}

/// Whether instances of `t` can be weakly referenced (CPython's `tp_weaklistoffset != 0`).
fn has_weakref(t: &TypeData) -> bool {
    if t.has_flag(flags::HEAPTYPE) {
        return !t.has_flag(flags::NO_WEAKREF);
    }
    matches!(t.instance_kind.get(), Kind::Set | Kind::SetSub | Kind::Type)
}

/// Whether instances of `t` are variable-sized in CPython (`tp_itemsize != 0`): `int`, `bytes`
/// and `tuple`, which take no members and no `__weakref__`.
fn var_sized(t: &TypeData) -> bool {
    matches!(
        t.instance_kind.get(),
        Kind::Int | Kind::IntSub | Kind::Bytes | Kind::BytesSub | Kind::Tuple | Kind::TupleSub
    )
}

/// The nearest class in the MRO of `t` whose `__slots__` added members.
fn slot_owner(t: &TypeData) -> Option<Value> {
    t.mro
        .borrow()
        .iter()
        .find(|m| type_data(m).is_some_and(|d| d.has_flag(flags::ADDS_SLOTS)))
        .cloned()
}

fn layout_conflict(vm: &Vm) -> crate::error::PyErr {
    vm.type_error("multiple bases have instance lay-out conflict")
}

/// CPython's `best_base`: the base whose layout the new class extends (the one with the most
/// derived member chain, else the one giving `instance_kind`, else the first).
fn best_base<'a>(vm: &Vm, bases: &'a [Value], instance_kind: Kind) -> PyResult<&'a Value> {
    let mut winner: Option<(Value, &Value)> = None;
    for b in bases {
        let Some(owner) = type_data(b).and_then(slot_owner) else {
            continue;
        };
        match &winner {
            None => winner = Some((owner, b)),
            Some((w, _)) => {
                let od = type_data(&owner).ok_or_else(|| layout_conflict(vm))?;
                if od.is_subtype_of(w) {
                    winner = Some((owner, b));
                } else if !type_data(w).is_some_and(|wd| wd.is_subtype_of(&owner)) {
                    return Err(layout_conflict(vm));
                }
            }
        }
    }
    if let Some((w, b)) = winner {
        if type_data(&w).is_some_and(|d| d.instance_kind.get() != instance_kind) {
            return Err(layout_conflict(vm));
        }
        return Ok(b);
    }
    Ok(bases
        .iter()
        .find(|b| {
            type_data(b).is_some_and(|t| {
                super::class::instance_layout(t.instance_kind.get()) == instance_kind
            })
        })
        .unwrap_or(&bases[0]))
}

/// Decides the layout of class `name` with `bases` (non-empty, checked to be types) and
/// namespace `dict` (the new type's dict): reads and checks `__slots__`, with CPython's errors.
pub(super) fn plan(
    vm: &Vm,
    name: &str,
    bases: &[Value],
    instance_kind: Kind,
    dict: &Value,
) -> PyResult<SlotsPlan> {
    let base = best_base(vm, bases, instance_kind)?;
    let Some(bt) = type_data(base) else {
        return Err(vm.type_error("bases must be types"));
    };
    let base_dict = has_dict(bt);
    let base_weak = has_weakref(bt);
    let may_add_dict = !base_dict;
    let may_add_weak = !base_weak && !var_sized(bt);
    let mut add_dict = false;
    let mut add_weak = false;
    let mut members = Vec::new();
    match vm.dict_get_item(dict, &vm.intern("__slots__"))? {
        None => {
            add_dict = may_add_dict;
            add_weak = may_add_weak;
        }
        Some(slots) => {
            let names = if payload::<StrData>(&slots).is_some() {
                vec![slots]
            } else {
                vm.collect_iterable(&slots)?
            };
            if !names.is_empty() && var_sized(bt) {
                return Err(vm.type_error(&format!(
                    "nonempty __slots__ not supported for subtype of '{}'",
                    bt.name.borrow()
                )));
            }
            for n in &names {
                if payload::<StrData>(n).is_none() {
                    return Err(vm.type_error(&format!(
                        "__slots__ items must be strings, not '{}'",
                        vm.type_name(n)
                    )));
                }
                let ident = vm.call_method(n, "isidentifier", &[])?;
                if !vm.is_true(&ident)? {
                    return Err(vm.type_error("__slots__ must be identifiers"));
                }
                match vm.str_of(n).as_str() {
                    "__dict__" => {
                        if !may_add_dict || add_dict {
                            return Err(
                                vm.type_error("__dict__ slot disallowed: we already got one")
                            );
                        }
                        add_dict = true;
                    }
                    "__weakref__" => {
                        if !may_add_weak || add_weak {
                            return Err(vm.type_error(
                                "__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0",
                            ));
                        }
                        add_weak = true;
                    }
                    _ => {}
                }
            }
            for n in &names {
                let s = vm.str_of(n);
                if s == "__dict__" || s == "__weakref__" {
                    continue;
                }
                let mangled = krait_compiler::symtable::mangle(Some(name), &s);
                let key = vm.new_str(&mangled);
                if vm.dict_get_item(dict, &key)?.is_some() {
                    let r = vm.repr_string(&key)?;
                    return Err(vm.new_error(
                        &vm.types.value_error,
                        &format!("{r} in __slots__ conflicts with class variable"),
                    ));
                }
                members.push(mangled);
            }
            members.sort();
        }
    }
    // Secondary bases may provide a dict or weak references.
    if bases.len() > 1 {
        for b in bases.iter().filter_map(type_data) {
            add_dict |= may_add_dict && has_dict(b);
            add_weak |= may_add_weak && has_weakref(b);
        }
    }
    let mut f = 0;
    if !(base_dict || add_dict) {
        f |= flags::NO_DICT;
    }
    if !(base_weak || add_weak) {
        f |= flags::NO_WEAKREF;
    }
    if !members.is_empty() {
        f |= flags::ADDS_SLOTS;
    }
    Ok(SlotsPlan {
        members,
        base_nslots: bt.nslots.get(),
        flags: f,
    })
}

/// Gives the new class `cls` its member count and puts a `member_descriptor` for each of its
/// own members into its dict (keeping an entry of the same name, as CPython's `add_members`).
pub(super) fn install(vm: &Vm, cls: &Value, plan: &SlotsPlan) -> PyResult<()> {
    let Some(t) = type_data(cls) else {
        return Ok(());
    };
    t.nslots.set(plan.base_nslots + plan.members.len());
    let dict = t.dict();
    for (i, m) in plan.members.iter().enumerate() {
        let key = vm.intern(m);
        if vm.dict_get_item(&dict, &key)?.is_none() {
            let d = new_member(vm, cls, key.clone(), Some(plan.base_nslots + i));
            vm.dict_set_item(&dict, key, d)?;
        }
    }
    Ok(())
}
