//! `enumerate`, `zip`, `map`, `filter` and `reversed`: their constructors (installed as each
//! type's `__new__`) and how they advance (CPython's Objects/enumobject.c, Python/bltinmodule.c).

use crate::error::{PyErr, PyResult};
use crate::heap;
use crate::native::new_def;
use crate::native::{install_methods, Args};
use crate::objects::builtin_iter::{IterData, IterKind};
use crate::objects::list::ListData;
use crate::objects::str::StrData;
use crate::objects::tuple::TupleData;
use crate::protocols::payload;
use crate::slot::Slot;
use crate::value::Value;
use crate::vm::Vm;
use std::cell::{Cell, RefCell};

new_def!(
    ENUMERATE_NEW,
    enumerate_new,
    "(type, iterable, start=0)",
    "Return an enumerate object."
);
new_def!(
    ZIP_NEW,
    zip_new,
    "(type, *iterables, strict=False)",
    "Return a zip object."
);
new_def!(
    MAP_NEW,
    map_new,
    "(type, func, *iterables)",
    "Make an iterator that computes the function using arguments from each of the iterables."
);
new_def!(
    FILTER_NEW,
    filter_new,
    "(type, function, iterable, /)",
    "Return an iterator yielding those items of iterable for which function(item) is true."
);
new_def!(
    REVERSED_NEW,
    reversed_new,
    "(type, sequence, /)",
    "Return a reverse iterator over the values of the given sequence."
);

/// Installs the constructors.
pub fn install(vm: &Vm) {
    let t = &vm.types;
    install_methods(vm, &t.enumerate, &ENUMERATE_NEW);
    install_methods(vm, &t.zip, &ZIP_NEW);
    install_methods(vm, &t.map, &MAP_NEW);
    install_methods(vm, &t.filter, &FILTER_NEW);
    install_methods(vm, &t.reversed, &REVERSED_NEW);
}

fn make(cls: &Value, kind: IterKind, func: Value, sources: Vec<Value>, count: i64) -> Value {
    let data = IterData {
        kind,
        func: Slot::new(func),
        sources: RefCell::new(sources),
        count: Cell::new(count),
    };
    heap::alloc(cls.to_obj(), data).into_value()
}

fn enumerate_new(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let pos = args.pos();
    let mut start = pos.get(2).cloned();
    let mut iterable = pos.get(1).cloned();
    for (k, v) in args.kwargs() {
        match vm.str_of(k).as_str() {
            "start" => start = Some(v.clone()),
            "iterable" => iterable = Some(v.clone()),
            other => {
                return Err(vm.type_error(&format!(
                    "enumerate() got an unexpected keyword argument '{other}'"
                )))
            }
        }
    }
    let Some(iterable) = iterable else {
        return Err(vm.type_error("enumerate() missing required argument 'iterable' (pos 1)"));
    };
    let start = match start {
        None => 0,
        Some(s) => s.as_small_int().ok_or_else(|| {
            vm.type_error(&format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(&s)
            ))
        })?,
    };
    let it = vm.get_iter(&iterable)?;
    Ok(make(
        &pos[0],
        IterKind::Enumerate,
        Value::NULL,
        vec![it],
        start,
    ))
}

fn zip_new(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let mut strict = false;
    for (k, v) in args.kwargs() {
        if vm.str_of(k) != "strict" {
            return Err(vm.type_error(&format!(
                "zip() got an unexpected keyword argument '{}'",
                vm.str_of(k)
            )));
        }
        strict = vm.is_true(v)?;
    }
    let pos = args.pos();
    let its = pos[1..]
        .iter()
        .map(|x| vm.get_iter(x))
        .collect::<PyResult<Vec<_>>>()?;
    Ok(make(&pos[0], IterKind::Zip { strict }, Value::NULL, its, 0))
}

fn map_new(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    args.no_kwargs(vm, "map")?;
    let pos = args.pos();
    if pos.len() < 3 {
        return Err(vm.type_error("map() must have at least two arguments."));
    }
    let its = pos[2..]
        .iter()
        .map(|x| vm.get_iter(x))
        .collect::<PyResult<Vec<_>>>()?;
    Ok(make(&pos[0], IterKind::Map, pos[1].clone(), its, 0))
}

fn filter_new(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let [cls, func, iterable] = args.positional_range(vm, "filter", 3, 3).map_err(|_| {
        vm.type_error(&format!(
            "filter expected 2 arguments, got {}",
            args.pos().len().saturating_sub(1)
        ))
    })?
    else {
        unreachable!("checked")
    };
    let it = vm.get_iter(iterable)?;
    Ok(make(cls, IterKind::Filter, func.clone(), vec![it], 0))
}

fn reversed_new(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let [cls, seq] = args.positional_range(vm, "reversed", 2, 2)? else {
        unreachable!("checked")
    };
    if let Some(f) = vm.lookup_special(seq, "__reversed__")? {
        return vm.call(&f, std::slice::from_ref(seq), &[]);
    }
    let snapshot = if payload::<ListData>(seq).is_some()
        || payload::<TupleData>(seq).is_some()
        || payload::<StrData>(seq).is_some()
        || payload::<crate::objects::range::RangeData>(seq).is_some()
    {
        vm.new_list(vm.collect_iterable(seq)?)
    } else {
        return Err(vm.type_error(&format!("'{}' object is not reversible", vm.type_name(seq))));
    };
    let n = payload::<ListData>(&snapshot).map_or(0, ListData::len) as i64;
    Ok(make(
        cls,
        IterKind::Reversed,
        Value::NULL,
        vec![snapshot],
        n - 1,
    ))
}

impl Vm {
    /// Advances a lazy built-in iterator: the next item, or `None` when exhausted.
    pub fn next_builtin_iter(&self, d: &IterData) -> PyResult<Option<Value>> {
        let sources = d.sources.borrow().clone();
        match d.kind {
            IterKind::Enumerate => {
                let Some(it) = sources.first() else {
                    return Ok(None);
                };
                let Some(v) = self.next(it)? else {
                    d.sources.borrow_mut().clear();
                    return Ok(None);
                };
                let i = d.count.get();
                d.count.set(i + 1);
                Ok(Some(self.new_tuple(vec![self.new_int(i), v])))
            }
            IterKind::Zip { strict } => {
                if sources.is_empty() {
                    return Ok(None);
                }
                let mut items = Vec::with_capacity(sources.len());
                for (i, it) in sources.iter().enumerate() {
                    match self.next(it)? {
                        Some(v) => items.push(v),
                        None => {
                            d.sources.borrow_mut().clear();
                            if strict {
                                return self.zip_strict_error(i, &sources[i + 1..]).map(|()| None);
                            }
                            return Ok(None);
                        }
                    }
                }
                Ok(Some(self.new_tuple(items)))
            }
            IterKind::Map => {
                let mut args = Vec::with_capacity(sources.len());
                for it in &sources {
                    match self.next(it)? {
                        Some(v) => args.push(v),
                        None => return Ok(None),
                    }
                }
                if sources.is_empty() {
                    return Ok(None);
                }
                self.call(&d.func.get(), &args, &[]).map(Some)
            }
            IterKind::Filter => {
                let Some(it) = sources.first() else {
                    return Ok(None);
                };
                let func = d.func.get();
                while let Some(v) = self.next(it)? {
                    let keep = if func.is_none() {
                        self.is_true(&v)?
                    } else {
                        let r = self.call(&func, std::slice::from_ref(&v), &[])?;
                        self.is_true(&r)?
                    };
                    if keep {
                        return Ok(Some(v));
                    }
                }
                Ok(None)
            }
            IterKind::Reversed => {
                let i = d.count.get();
                let Some(list) = sources.first().and_then(payload::<ListData>) else {
                    return Ok(None);
                };
                if i < 0 {
                    return Ok(None);
                }
                d.count.set(i - 1);
                Ok(list.get(i as usize))
            }
            IterKind::Sequence => {
                let Some(seq) = sources.first() else {
                    return Ok(None);
                };
                let i = d.count.get();
                match self.get_item(seq, &self.new_int(i)) {
                    Ok(v) => {
                        d.count.set(i + 1);
                        Ok(Some(v))
                    }
                    Err(e) if self.ends_iteration(&e, true) => {
                        d.sources.borrow_mut().clear();
                        Ok(None)
                    }
                    Err(e) => Err(e),
                }
            }
            IterKind::Callable => {
                let Some(sentinel) = sources.first() else {
                    return Ok(None);
                };
                let r = match self.call(&d.func.get(), &[], &[]) {
                    Ok(r) => r,
                    Err(e) if self.ends_iteration(&e, false) => {
                        d.sources.borrow_mut().clear();
                        d.func.set(Value::NULL);
                        return Ok(None);
                    }
                    Err(e) => return Err(e),
                };
                if sentinel.is(&r) || self.eq(sentinel, &r)? {
                    d.sources.borrow_mut().clear();
                    d.func.set(Value::NULL);
                    return Ok(None);
                }
                Ok(Some(r))
            }
        }
    }

    /// Whether `e` is a StopIteration (or, with `index`, an IndexError): the end of an
    /// `iterator` or `callable_iterator`.
    fn ends_iteration(&self, e: &PyErr, index: bool) -> bool {
        let v = e.exception_value();
        self.is_instance_of(&v, &self.types.stop_iteration)
            || (index && self.is_instance_of(&v, &self.types.index_error))
    }

    /// `iter(seq)` for a sequence with `__getitem__` only (CPython's `PySeqIter_New`).
    pub fn sequence_iter(&self, seq: &Value) -> Value {
        make(
            &self.types.iterator,
            IterKind::Sequence,
            Value::NULL,
            vec![seq.clone()],
            0,
        )
    }

    /// `iter(callable, sentinel)` (CPython's `PyCallIter_New`).
    pub fn callable_iter(&self, callable: &Value, sentinel: &Value) -> Value {
        make(
            &self.types.callable_iterator,
            IterKind::Callable,
            callable.clone(),
            vec![sentinel.clone()],
            0,
        )
    }

    /// `zip(strict=True)`: argument `i + 1` ran out; the error says whether the others are
    /// longer, as CPython's `zip_next`.
    fn zip_strict_error(&self, i: usize, rest: &[Value]) -> PyResult<()> {
        let plural = |i: usize| {
            if i == 1 {
                "argument 1".to_owned()
            } else {
                format!("arguments 1-{i}")
            }
        };
        if i > 0 {
            return Err(self.value_error(&format!(
                "zip() argument {} is shorter than {}",
                i + 1,
                plural(i)
            )));
        }
        for (j, it) in rest.iter().enumerate() {
            if self.next(it)?.is_some() {
                let k = j + 2;
                return Err(self.value_error(&format!(
                    "zip() argument {k} is longer than {}",
                    plural(k - 1)
                )));
            }
        }
        Ok(())
    }
}
