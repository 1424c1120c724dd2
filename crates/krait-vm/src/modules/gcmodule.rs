//! The `gc` module (CPython's Modules/gcmodule.c): the collector's switches, thresholds and
//! counters, `collect`, the introspection functions (`get_objects`, `get_referrers`,
//! `get_referents`, `is_tracked`, `is_finalized`), `freeze`, and `garbage`/`callbacks`.

use crate::error::PyResult;
use crate::gc;
use crate::heap::{self, flags};
use crate::layouts::Kind;
use crate::native::{method_table, Args, NativeFunctionData};
use crate::objects::dict::DictData;
use crate::objects::tuple::TupleData;
use crate::protocols::payload;
use crate::slot::Slot;
use crate::value::Value;
use crate::vm::Vm;
use num_traits::ToPrimitive;

method_table!(
    /// The functions of the `gc` module.
    FUNCTIONS,
    Static,
    {
    "enable" => enable, "($module, /)", "Enable automatic garbage collection.";
    "disable" => disable, "($module, /)", "Disable automatic garbage collection.";
    "isenabled" => isenabled, "($module, /)", "Returns true if automatic garbage collection is enabled.";
    "collect" => collect, "($module, /, generation=2)", "Run the garbage collector.\n\nWith no arguments, run a full collection.  The optional argument\nmay be an integer specifying which generation to collect.  A ValueError\nis raised if the generation number is invalid.\n\nThe number of unreachable objects is returned.";
    "get_threshold" => get_threshold, "($module, /)", "Return the current collection thresholds.";
    "set_threshold" => set_threshold, "", "set_threshold(threshold0, [threshold1, threshold2]) -> None\n\nSets the collection thresholds.  Setting threshold0 to zero disables\ncollection.\n";
    "get_count" => get_count, "($module, /)", "Return a three-tuple of the current collection counts.";
    "get_debug" => get_debug, "($module, /)", "Get the garbage collection debugging flags.";
    "set_debug" => set_debug, "($module, flags, /)", "Set the garbage collection debugging flags.";
    "is_tracked" => is_tracked, "($module, obj, /)", "Returns true if the object is tracked by the garbage collector.\n\nSimple atomic objects will return false.";
    "is_finalized" => is_finalized, "($module, obj, /)", "Returns true if the object has been already finalized by the GC.";
    "get_objects" => get_objects, "($module, /, generation=None)", "Return a list of objects tracked by the collector (excluding the list returned).";
    "get_referrers" => get_referrers, "", "get_referrers(*objs) -> list\nReturn the list of objects that directly refer to any of objs.";
    "get_referents" => get_referents, "", "get_referents(*objs) -> list\nReturn the list of objects that are directly referred to by objs.";
    "get_stats" => get_stats, "($module, /)", "Return a list of dictionaries containing per-generation statistics.";
    "freeze" => freeze, "($module, /)", "Freeze all current tracked objects and ignore them for future collections.";
    "unfreeze" => unfreeze, "($module, /)", "Unfreeze all objects in the permanent generation.";
    "get_freeze_count" => get_freeze_count, "($module, /)", "Return the number of objects in the permanent generation.";
    }
);

/// The `gc` module.
pub fn init(vm: &Vm) -> PyResult<Value> {
    let m = vm.new_module("gc");
    for def in FUNCTIONS {
        let f = heap::alloc(
            vm.types.builtin_function.to_obj(),
            NativeFunctionData {
                def,
                self_: Slot::new(m.clone()),
            },
        );
        vm.module_set(&m, def.name, f.into_value())?;
    }
    let garbage = vm.new_list(Vec::new());
    gc::set_garbage_list(garbage.clone());
    vm.module_set(&m, "garbage", garbage)?;
    let callbacks = vm.new_list(Vec::new());
    gc::set_callbacks_list(callbacks.clone());
    vm.module_set(&m, "callbacks", callbacks)?;
    for (name, v) in [
        ("DEBUG_STATS", 1),
        ("DEBUG_COLLECTABLE", 2),
        ("DEBUG_UNCOLLECTABLE", 4),
        ("DEBUG_SAVEALL", 32),
        ("DEBUG_LEAK", 38),
    ] {
        vm.module_set(&m, name, vm.new_int(v))?;
    }
    Ok(m)
}

fn no_args(vm: &Vm, args: Args<'_>, name: &str) -> PyResult<()> {
    args.no_kwargs(vm, name)?;
    if !args.pos().is_empty() {
        return Err(vm.type_error(&format!(
            "{name}() takes no arguments ({} given)",
            args.pos().len()
        )));
    }
    Ok(())
}

fn enable(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    no_args(vm, args, "enable")?;
    gc::set_enabled(true);
    Ok(Value::NONE)
}

fn disable(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    no_args(vm, args, "disable")?;
    gc::set_enabled(false);
    Ok(Value::NONE)
}

fn isenabled(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    no_args(vm, args, "isenabled")?;
    Ok(Value::bool(gc::is_enabled()))
}

/// An int argument as `i64`, with CPython's message for other types.
fn int_arg(vm: &Vm, v: &Value) -> PyResult<i64> {
    let n = crate::protocols::convert::index_value(vm, v)?;
    n.to_i64().ok_or_else(|| {
        vm.new_error(
            &vm.types.overflow_error,
            "Python int too large to convert to C long",
        )
    })
}

/// The optional `generation` argument (positional or keyword).
fn generation_arg(vm: &Vm, args: Args<'_>, name: &str) -> PyResult<Option<Value>> {
    let pos = args.pos();
    if pos.len() > 1 {
        return Err(vm.type_error(&format!(
            "{name}() takes at most 1 argument ({} given)",
            pos.len()
        )));
    }
    let mut g = pos.first().cloned();
    for (k, v) in args.kwargs() {
        if vm.str_of(k) == "generation" && g.is_none() {
            g = Some(v.clone());
        } else {
            return Err(vm.type_error(&format!(
                "{name}() got an unexpected keyword argument '{}'",
                vm.str_of(k)
            )));
        }
    }
    Ok(g)
}

fn collect(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let g = match generation_arg(vm, args, "collect")? {
        Some(v) => int_arg(vm, &v)?,
        None => 2,
    };
    if !(0..gc::GENERATIONS as i64).contains(&g) {
        return Err(vm.value_error("invalid generation"));
    }
    Ok(vm.new_int(gc::collect(g as usize) as i64))
}

fn get_threshold(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    no_args(vm, args, "get_threshold")?;
    let t = gc::thresholds();
    Ok(vm.new_tuple(t.iter().map(|&x| vm.new_int(x as i64)).collect()))
}

fn set_threshold(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    args.no_kwargs(vm, "set_threshold")?;
    let a = args.pos();
    if a.is_empty() || a.len() > 3 {
        return Err(vm.type_error(&format!(
            "function takes at {} {} argument{} ({} given)",
            if a.is_empty() { "least" } else { "most" },
            if a.is_empty() { 1 } else { 3 },
            if a.is_empty() { "" } else { "s" },
            a.len()
        )));
    }
    let mut t = [None; gc::GENERATIONS];
    for (i, v) in a.iter().enumerate() {
        let n = int_arg(vm, v)?;
        t[i] = Some(n.max(0) as usize);
    }
    gc::set_thresholds(t);
    Ok(Value::NONE)
}

fn get_count(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    no_args(vm, args, "get_count")?;
    let c = gc::counts();
    Ok(vm.new_tuple(c.iter().map(|&x| vm.new_int(x as i64)).collect()))
}

fn get_debug(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    no_args(vm, args, "get_debug")?;
    Ok(vm.new_int(gc::debug_flags() as i64))
}

fn set_debug(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_range(vm, "set_debug", 1, 1)?;
    gc::set_debug_flags(int_arg(vm, &a[0])? as u32);
    Ok(Value::NONE)
}

/// Whether CPython would report `v` as tracked: atomic objects never are, an empty tuple is
/// not, and a dict is tracked only once it holds something that may be (CPython untracks
/// dicts of atomic values, `MAINTAIN_TRACKING`).
fn reported_tracked(v: &Value) -> bool {
    let Some(h) = v.as_header() else {
        return false;
    };
    if h.flags() & flags::TRACKED == 0 {
        return false;
    }
    match h.kind() {
        Kind::Tuple => payload::<TupleData>(v).is_some_and(|t| !t.items().is_empty()),
        Kind::Dict => {
            let mut any = false;
            if let Some(d) = payload::<DictData>(v) {
                heap::Trace::traverse(d, &mut |x| any |= gc::may_be_tracked(x));
            }
            any
        }
        _ => true,
    }
}

fn is_tracked(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_range(vm, "is_tracked", 1, 1)?;
    Ok(Value::bool(reported_tracked(&a[0])))
}

fn is_finalized(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_range(vm, "is_finalized", 1, 1)?;
    Ok(Value::bool(
        a[0].as_header()
            .is_some_and(|h| h.flags() & flags::FINALIZED != 0),
    ))
}

fn get_objects(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let g = match generation_arg(vm, args, "get_objects")? {
        Some(v) if !v.is_none() => {
            let g = int_arg(vm, &v)?;
            if g >= gc::GENERATIONS as i64 {
                return Err(vm.value_error(&format!(
                    "generation parameter must be less than the number of available generations ({})",
                    gc::GENERATIONS
                )));
            }
            if g < 0 {
                return Err(vm.value_error("generation parameter cannot be negative"));
            }
            Some(g as usize)
        }
        _ => None,
    };
    let objs = gc::tracked_objects(g)
        .into_iter()
        .filter(reported_tracked)
        .collect();
    Ok(vm.new_list(objs))
}

/// The values `v` references, as the collector sees them (nothing for atomic objects).
fn referents_of(v: &Value) -> Vec<Value> {
    let mut out = Vec::new();
    if let Some(h) = v.as_header().filter(|h| h.layout().gc) {
        (h.layout().traverse)(h, &mut |x| {
            if !x.is_null() {
                out.push(x.clone());
            }
        });
    }
    out
}

fn get_referents(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    args.no_kwargs(vm, "get_referents")?;
    let out = args.pos().iter().flat_map(referents_of).collect();
    Ok(vm.new_list(out))
}

fn get_referrers(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    args.no_kwargs(vm, "get_referrers")?;
    let targets = args.pos();
    let out = gc::tracked_objects(None)
        .into_iter()
        .filter(|o| {
            referents_of(o)
                .iter()
                .any(|r| targets.iter().any(|t| t.is(r)))
        })
        .collect();
    Ok(vm.new_list(out))
}

fn get_stats(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    no_args(vm, args, "get_stats")?;
    let mut out = Vec::new();
    for [n, c, u] in gc::stats() {
        let d = vm.new_dict();
        vm.dict_set_item(&d, vm.intern("collections"), vm.new_int(n as i64))?;
        vm.dict_set_item(&d, vm.intern("collected"), vm.new_int(c as i64))?;
        vm.dict_set_item(&d, vm.intern("uncollectable"), vm.new_int(u as i64))?;
        out.push(d);
    }
    Ok(vm.new_list(out))
}

fn freeze(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    no_args(vm, args, "freeze")?;
    gc::freeze();
    Ok(Value::NONE)
}

fn unfreeze(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    no_args(vm, args, "unfreeze")?;
    gc::unfreeze();
    Ok(Value::NONE)
}

fn get_freeze_count(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    no_args(vm, args, "get_freeze_count")?;
    Ok(vm.new_int(gc::freeze_count() as i64))
}
