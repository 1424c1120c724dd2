//! `BaseExceptionGroup` and `ExceptionGroup` (CPython's Objects/exceptions.c
//! `BaseExceptionGroup_new`, `exceptiongroup_split_recursive`, `_PyExc_PrepReraiseStar`) and
//! what `except*` runs (`CHECK_EG_MATCH`, `PREP_RERAISE_STAR`).

use crate::error::PyResult;
use crate::heap;
use crate::native::{install_methods, method_table, Args};
use crate::objects::exception::ExceptionData;
use crate::protocols::payload;
use crate::slot::Slot;
use crate::value::Value;
use crate::vm::{type_data, Vm};

method_table!(
    /// `BaseExceptionGroup.__new__`.
    NEW,
    Static,
    {
    "__new__" => eg_new, "(type, message, exceptions, /)", "Create and return a new object.";
    }
);

method_table!(
    /// The methods of `BaseExceptionGroup`.
    METHODS,
    Method,
    {
    "__init__" => eg_init, "($self, /, *args, **kwargs)", "Initialize self.";
    "__str__" => eg_str, "($self, /)", "Return str(self).";
    "derive" => derive, "($self, excs, /)", "";
    "split" => split, "($self, matcher_value, /)", "";
    "subgroup" => subgroup, "($self, matcher_value, /)", "";
    }
);

/// Installs the methods and gives `ExceptionGroup` its two bases
/// (`BaseExceptionGroup`, `Exception`).
pub fn install(vm: &Vm) {
    let t = &vm.types;
    install_methods(vm, &t.base_exception_group, NEW);
    install_methods(vm, &t.base_exception_group, METHODS);
    if let Some(eg) = type_data(&t.exception_group) {
        *eg.bases.borrow_mut() = vec![t.base_exception_group.clone(), t.exception.clone()];
        *eg.mro.borrow_mut() = vec![
            t.exception_group.clone(),
            t.base_exception_group.clone(),
            t.exception.clone(),
            t.base_exception.clone(),
            t.object.clone(),
        ];
        eg.modified();
    }
}

fn eg_new(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let pos = args.pos();
    let Some(cls) = pos.first() else {
        return Err(vm.type_error("BaseExceptionGroup.__new__(): not enough arguments"));
    };
    if !args.kwnames.is_empty() {
        return Err(vm.type_error(&format!(
            "{}() takes no keyword arguments",
            type_data(cls)
                .map(|t| t.name.borrow().clone())
                .unwrap_or_default()
        )));
    }
    if pos.len() != 3 {
        return Err(vm.type_error(&format!(
            "BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)",
            pos.len() - 1
        )));
    }
    let (message, excs) = (&pos[1], &pos[2]);
    if !vm.is_instance_of(message, &vm.types.str) {
        return Err(vm.type_error(&format!(
            "argument 1 must be str, not {}",
            vm.type_name(message)
        )));
    }
    let is_sequence = vm.tuple_items(excs).is_some()
        || payload::<crate::objects::list::ListData>(excs).is_some()
        || (vm.lookup_special(excs, "__getitem__")?.is_some()
            && vm.lookup_special(excs, "__len__")?.is_some()
            && !vm.is_instance_of(excs, &vm.types.dict));
    if !is_sequence {
        return Err(vm.type_error("second argument (exceptions) must be a sequence"));
    }
    let items = vm.collect_iterable(excs)?;
    if items.is_empty() {
        return Err(vm.value_error("second argument (exceptions) must be a non-empty sequence"));
    }
    let mut nested_base = false;
    for (i, e) in items.iter().enumerate() {
        if payload::<ExceptionData>(e).is_none() {
            return Err(vm.value_error(&format!(
                "Item {i} of second argument (exceptions) is not an exception"
            )));
        }
        if !vm.is_instance_of(e, &vm.types.exception) {
            nested_base = true;
        }
    }
    let mut cls = cls.clone();
    if cls.is(&vm.types.base_exception_group) {
        if !nested_base {
            cls = vm.types.exception_group.clone();
        }
    } else if cls.is(&vm.types.exception_group) {
        if nested_base {
            return Err(vm.type_error("Cannot nest BaseExceptions in an ExceptionGroup"));
        }
    } else if nested_base && vm.is_subclass(&cls, &vm.types.exception) {
        return Err(vm.type_error(&format!(
            "Cannot nest BaseExceptions in '{}'",
            type_data(&cls)
                .map(|t| t.name.borrow().clone())
                .unwrap_or_default()
        )));
    }
    let data = ExceptionData {
        args: Slot::new(vm.new_tuple(vec![message.clone(), excs.clone()])),
        ..ExceptionData::default()
    };
    let eg = heap::alloc(cls.to_obj(), data).into_value();
    vm.set_attr(&eg, &vm.intern("message"), message.clone())?;
    vm.set_attr(&eg, &vm.intern("exceptions"), vm.new_tuple(items))?;
    Ok(eg)
}

fn eg_init(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    if !args.kwnames.is_empty() {
        let pos = args.pos();
        return Err(vm.type_error(&format!(
            "{}() takes no keyword arguments",
            vm.type_name(&pos[0])
        )));
    }
    Ok(Value::NONE)
}

/// `message` and `exceptions` of a group.
fn parts(vm: &Vm, eg: &Value) -> PyResult<(Value, Vec<Value>)> {
    let m = vm.get_attr(eg, &vm.intern("message"))?;
    let e = vm.get_attr(eg, &vm.intern("exceptions"))?;
    Ok((m, vm.tuple_items(&e).unwrap_or_default()))
}

fn eg_str(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_range(vm, "__str__", 1, 1)?;
    let (m, excs) = parts(vm, &a[0])?;
    let n = excs.len();
    let plural = if n > 1 { "s" } else { "" };
    Ok(vm.new_str(&format!(
        "{} ({n} sub-exception{plural})",
        vm.str_string(&m)?
    )))
}

fn derive(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_range(vm, "derive", 2, 2)?;
    let (m, _) = parts(vm, &a[0])?;
    vm.call(&vm.types.base_exception_group, &[m, a[1].clone()], &[])
}

/// What `split`/`subgroup` match leaves with.
enum Matcher {
    /// An exception type or tuple of types.
    Types(Value),
    /// A predicate.
    Predicate(Value),
    /// Leaves whose identities are listed (for `except*` re-raising).
    Ids(Vec<u64>),
}

fn matcher(vm: &Vm, v: &Value) -> PyResult<Matcher> {
    let is_type = |t: &Value| vm.is_exception_class(t);
    if is_type(v) {
        return Ok(Matcher::Types(v.clone()));
    }
    if let Some(items) = vm.tuple_items(v) {
        if items.iter().all(is_type) {
            return Ok(Matcher::Types(v.clone()));
        }
    } else if vm.lookup_special(v, "__call__")?.is_some()
        || payload::<crate::objects::function::FunctionData>(v).is_some()
        || payload::<crate::native::NativeFunctionData>(v).is_some()
    {
        return Ok(Matcher::Predicate(v.clone()));
    }
    Err(vm.type_error("expected a function, exception type or tuple of exception types"))
}

fn matches(vm: &Vm, m: &Matcher, e: &Value) -> PyResult<bool> {
    match m {
        Matcher::Types(t) => vm.exception_matches(e, t),
        Matcher::Predicate(f) => {
            let r = vm.call(f, std::slice::from_ref(e), &[])?;
            vm.is_true(&r)
        }
        Matcher::Ids(ids) => Ok(ids.contains(&vm.id_of(e))),
    }
}

/// A new group of `excs` derived from `orig`, with its traceback, cause, context and notes.
fn subset(vm: &Vm, orig: &Value, excs: Vec<Value>) -> PyResult<Value> {
    let list = vm.new_list(excs);
    let eg = vm.call_method(orig, "derive", &[list])?;
    if !vm.is_instance_of(&eg, &vm.types.base_exception_group) {
        return Err(vm.type_error("derive must return an instance of BaseExceptionGroup"));
    }
    if let (Some(o), Some(n)) = (
        payload::<ExceptionData>(orig),
        payload::<ExceptionData>(&eg),
    ) {
        n.traceback.set(o.traceback.get());
        n.context.set(o.context.get());
        n.cause.set(o.cause.get());
        n.suppress_context.set(true);
    }
    if let Some(notes) = vm.get_attr_opt(orig, "__notes__")? {
        if let Ok(items) = vm.collect_iterable(&notes) {
            vm.set_attr(&eg, &vm.intern("__notes__"), vm.new_list(items))?;
        }
    }
    Ok(eg)
}

/// `exceptiongroup_split_recursive`: the matching and the rest of `exc`, either possibly None.
fn split_rec(vm: &Vm, exc: &Value, m: &Matcher, want_rest: bool) -> PyResult<(Value, Value)> {
    if matches(vm, m, exc)? {
        return Ok((exc.clone(), Value::NONE));
    }
    if !vm.is_instance_of(exc, &vm.types.base_exception_group) {
        return Ok((Value::NONE, exc.clone()));
    }
    let (_, excs) = parts(vm, exc)?;
    let (mut matched, mut rest) = (Vec::new(), Vec::new());
    for e in excs {
        let (a, b) = split_rec(vm, &e, m, want_rest)?;
        if !a.is_none() {
            matched.push(a);
        }
        if want_rest && !b.is_none() {
            rest.push(b);
        }
    }
    let matched = if matched.is_empty() {
        Value::NONE
    } else {
        subset(vm, exc, matched)?
    };
    let rest = if rest.is_empty() {
        Value::NONE
    } else {
        subset(vm, exc, rest)?
    };
    Ok((matched, rest))
}

fn split(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_range(vm, "split", 2, 2)?;
    let m = matcher(vm, &a[1])?;
    let (x, y) = split_rec(vm, &a[0], &m, true)?;
    Ok(vm.new_tuple(vec![x, y]))
}

fn subgroup(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_range(vm, "subgroup", 2, 2)?;
    let m = matcher(vm, &a[1])?;
    Ok(split_rec(vm, &a[0], &m, false)?.0)
}

/// `CHECK_EG_MATCH`: splits the exception being handled by an `except*` clause's type. Returns
/// `(rest, match)`, or `None` for no match.
pub fn check_eg_match(vm: &Vm, exc: &Value, ty: &Value) -> PyResult<Option<(Value, Value)>> {
    let types = vm.tuple_items(ty).unwrap_or_else(|| vec![ty.clone()]);
    for t in &types {
        if !vm.is_exception_class(t) {
            return Err(vm.type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            ));
        }
        if vm.is_subclass(t, &vm.types.base_exception_group) {
            return Err(vm.type_error(
                "catching ExceptionGroup with except* is not allowed. Use except instead.",
            ));
        }
    }
    if exc.is_none() {
        return Ok(None);
    }
    if vm.exception_matches(exc, ty)? {
        // A naked exception is wrapped in a group; a matching group is taken whole.
        if vm.is_instance_of(exc, &vm.types.base_exception_group) {
            return Ok(Some((Value::NONE, exc.clone())));
        }
        let wrapped = vm.call(
            &vm.types.base_exception_group,
            &[vm.new_str(""), vm.new_tuple(vec![exc.clone()])],
            &[],
        )?;
        if let (Some(o), Some(w)) = (
            payload::<ExceptionData>(exc),
            payload::<ExceptionData>(&wrapped),
        ) {
            w.traceback.set(o.traceback.get());
        }
        return Ok(Some((Value::NONE, wrapped)));
    }
    if vm.is_instance_of(exc, &vm.types.base_exception_group) {
        let (m, rest) = split_rec(vm, exc, &Matcher::Types(ty.clone()), true)?;
        if m.is_none() {
            return Ok(None);
        }
        return Ok(Some((rest, m)));
    }
    Ok(None)
}

/// The identities of the leaves (non-group exceptions) under `e`.
fn leaf_ids(vm: &Vm, e: &Value, out: &mut Vec<u64>) -> PyResult<()> {
    if vm.is_instance_of(e, &vm.types.base_exception_group) {
        for x in parts(vm, e)?.1 {
            leaf_ids(vm, &x, out)?;
        }
    } else {
        out.push(vm.id_of(e));
    }
    Ok(())
}

/// Whether `a` and `b` carry the same traceback, cause, context and notes (an `except*` clause
/// re-raised what it caught).
fn same_metadata(vm: &Vm, a: &Value, b: &Value) -> bool {
    let (Some(x), Some(y)) = (payload::<ExceptionData>(a), payload::<ExceptionData>(b)) else {
        return false;
    };
    let notes = |v: &Value| vm.get_attr_opt(v, "__notes__").ok().flatten();
    let same_notes = match (notes(a), notes(b)) {
        (None, None) => true,
        (Some(p), Some(q)) => p.is(&q),
        _ => false,
    };
    same_notes
        && x.traceback.get().is(&y.traceback.get())
        && x.cause.get().is(&y.cause.get())
        && x.context.get().is(&y.context.get())
}

/// `PREP_RERAISE_STAR`: what leaves the `except*` clauses: the unhandled part of `orig` plus
/// whatever the clauses raised, as CPython's `_PyExc_PrepReraiseStar`.
pub fn prep_reraise_star(vm: &Vm, orig: &Value, excs: &Value) -> PyResult<Value> {
    let excs = vm.collect_iterable(excs)?;
    if excs.is_empty() {
        return Ok(Value::NONE);
    }
    if !vm.is_instance_of(orig, &vm.types.base_exception_group) {
        return Ok(excs[0].clone());
    }
    let (mut raised, mut reraised) = (Vec::new(), Vec::new());
    for e in excs.into_iter().filter(|e| !e.is_none()) {
        if same_metadata(vm, &e, orig) {
            reraised.push(e);
        } else {
            raised.push(e);
        }
    }
    let mut ids = Vec::new();
    for e in &reraised {
        leaf_ids(vm, e, &mut ids)?;
    }
    let reraised_eg = if ids.is_empty() {
        Value::NONE
    } else {
        split_rec(vm, orig, &Matcher::Ids(ids), false)?.0
    };
    if raised.is_empty() {
        return Ok(reraised_eg);
    }
    if !reraised_eg.is_none() {
        raised.push(reraised_eg);
    }
    if raised.len() == 1 {
        return Ok(raised.remove(0));
    }
    vm.call(
        &vm.types.base_exception_group,
        &[vm.new_str(""), vm.new_list(raised)],
        &[],
    )
}
