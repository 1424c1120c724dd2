//! Finalization (PEP 442; CPython's `PyObject_CallFinalizerFromDealloc`, `subtype_dealloc` and
//! `_PyGen_Finalize`): what runs when an object dies — its `__del__`, the closing of a
//! suspended generator, and the callbacks of the weak references to it — and the "Exception
//! ignored in" report of errors nobody can catch (`PyErr_WriteUnraisable`).
//!
//! Deallocation happens inside `Drop`, where no `&Vm` is at hand: the interpreter that is
//! running registers itself here ([`Vm::enter`]) for as long as it runs Python code. A finalizer
//! runs with the dying object's count raised back to one; if the count is still one afterwards
//! the object is freed, otherwise the finalizer resurrected it and it lives on (finalized once:
//! the `FINALIZED` header flag keeps `__del__` from running twice).

use crate::error::PyErr;
use crate::heap::{flags, Header, ObjRef};
use crate::layouts::Kind;
use crate::objects::generator::{GenData, GenKind, GenState};
use crate::objects::weakref;
use crate::value::Value;
use crate::vm::Vm;
use std::cell::Cell;
use std::io::Write;

thread_local! {
    static CURRENT: Cell<*const Vm> = const { Cell::new(std::ptr::null()) };
}

/// Keeps an interpreter registered as the running one until dropped (see [`Vm::enter`]).
pub struct Entered {
    prev: *const Vm,
}

impl Drop for Entered {
    fn drop(&mut self) {
        CURRENT.with(|c| c.set(self.prev));
    }
}

impl Vm {
    /// Registers this interpreter as the one that finalizers and weakref callbacks run in,
    /// until the returned guard is dropped. The evaluation loop does this on entry; callers
    /// that drop objects outside it (interpreter shutdown) do it themselves.
    pub fn enter(&self) -> Entered {
        Entered {
            prev: CURRENT.with(|c| c.replace(self as *const Vm)),
        }
    }
}

/// Runs `f` with the running interpreter, if one is registered.
pub(crate) fn with_vm<R>(f: impl FnOnce(&Vm) -> R) -> Option<R> {
    let p = CURRENT.with(Cell::get);
    // SAFETY: `p` was registered by `Vm::enter`, whose guard borrows the interpreter and
    // unregisters it before the borrow ends, so a non-null pointer names a live `Vm`.
    (!p.is_null()).then(|| f(unsafe { &*p }))
}

/// Whether the dying object `h` may need [`on_dealloc`]: it has weak references, or it is of a
/// layout that can have a finalizer and has not been finalized. Cheap: runs on every free.
#[inline]
pub(crate) fn needs_finalization(h: &Header) -> bool {
    let f = h.flags();
    if f & flags::HAS_WEAKREFS != 0 {
        return true;
    }
    f & flags::FINALIZED == 0
        && (h.layout().attrs_offset.is_some()
            || matches!(h.kind(), Kind::Exception | Kind::Generator))
}

/// What finalizes an object.
enum Finalizer {
    /// The `__del__` found on its type.
    Del(Value),
    /// A suspended generator, coroutine or async generator: closed.
    Close,
}

/// The finalizer of `h`, if it has one that must run.
fn finalizer_of(vm: &Vm, h: &Header) -> Option<Finalizer> {
    if let Some(g) = h.downcast_ref::<GenData>() {
        return (g.state.get() == GenState::Suspended && g.kind != GenKind::AsyncGenerator)
            .then_some(Finalizer::Close);
    }
    let ty = h.ty()?;
    let td = ty.downcast_ref::<crate::types::TypeData>()?;
    if !td.has_flag(crate::types::flags::HEAPTYPE) {
        return None;
    }
    let ty = Value::from_obj(ty);
    vm.lookup_type(&ty, &vm.intern("__del__"))
        .ok()
        .flatten()
        .map(Finalizer::Del)
}

/// Runs what must run before the dying object `h` (count zero) is freed: its finalizer, then
/// the callbacks of its weak references. Returns false if the finalizer resurrected it (then
/// it must not be freed).
pub(crate) fn on_dealloc(h: &Header) -> bool {
    with_vm(|vm| on_dealloc_in(vm, h)).unwrap_or_else(|| {
        // No interpreter is running: weak references are cleared, nothing runs.
        drop(weakref::clear_all(h, &|_| true));
        true
    })
}

fn on_dealloc_in(vm: &Vm, h: &Header) -> bool {
    if h.flags() & flags::FINALIZED == 0 {
        if let Some(fin) = finalizer_of(vm, h) {
            h.set_flags(h.flags() | flags::FINALIZED);
            h.set_refcnt(1);
            let obj = Value::from_obj(ObjRef::from_header(h));
            run_finalizer(vm, &obj, fin);
            drop(obj);
            let n = h.refcnt();
            if n != 1 {
                h.set_refcnt(n - 1);
                return false;
            }
            h.set_refcnt(0);
        }
    }
    if h.flags() & flags::HAS_WEAKREFS != 0 {
        let calls = weakref::clear_all(h, &|_| false);
        run_callbacks(vm, calls);
    }
    true
}

/// Calls `__del__` (or closes a generator) on `obj`, reporting an error as unraisable.
fn run_finalizer(vm: &Vm, obj: &Value, fin: Finalizer) {
    match fin {
        Finalizer::Del(f) => {
            if crate::protocols::payload::<crate::objects::function::FunctionData>(&f).is_some() {
                if let Err(e) = vm.call(&f, std::slice::from_ref(obj), &[]) {
                    write_unraisable(vm, e, Some(&f));
                }
                return;
            }
            // Another descriptor: bound first, as CPython's `lookup_maybe_method`.
            match vm.descr_get(&f, obj, &vm.type_of(obj)) {
                Ok(b) => {
                    if let Err(e) = vm.call(&b, &[], &[]) {
                        write_unraisable(vm, e, Some(&b));
                    }
                }
                Err(e) => write_unraisable(vm, e, Some(&f)),
            }
        }
        Finalizer::Close => {
            if let Some(g) = crate::protocols::payload::<GenData>(obj) {
                if let Err(e) = crate::eval::gen::close(vm, g) {
                    write_unraisable(vm, e, Some(obj));
                }
            }
        }
    }
}

/// Finalizes `obj` if it has a finalizer that has not run (the collector's
/// `finalize_garbage`); returns whether one ran.
pub(crate) fn finalize_once(vm: &Vm, obj: &Value) -> bool {
    let Some(h) = obj.as_header() else {
        return false;
    };
    if h.flags() & flags::FINALIZED != 0 {
        return false;
    }
    let Some(fin) = finalizer_of(vm, h) else {
        return false;
    };
    h.set_flags(h.flags() | flags::FINALIZED);
    run_finalizer(vm, obj, fin);
    true
}

/// Calls the weak-reference callbacks `calls` (weakref, callback) in order, reporting errors
/// as unraisable (CPython's `handle_callback`).
pub(crate) fn run_callbacks(vm: &Vm, calls: Vec<(Value, Value)>) {
    for (wr, cb) in calls {
        if let Err(e) = vm.call(&cb, std::slice::from_ref(&wr), &[]) {
            write_unraisable(vm, e, Some(&cb));
        }
    }
}

/// Prints an exception nobody can catch, as CPython's default `sys.unraisablehook`:
/// "Exception ignored in: REPR", then the traceback and the exception.
pub fn write_unraisable(vm: &Vm, err: PyErr, obj: Option<&Value>) {
    let exc = err.into_value();
    let mut text = String::new();
    if let Some(o) = obj {
        let r = vm
            .repr_string(o)
            .unwrap_or_else(|_| "<object repr() failed>".to_owned());
        text.push_str(&format!("Exception ignored in: {r}\n"));
    }
    text.push_str(&crate::traceback::format_exception(vm, &exc));
    let _ = std::io::stdout().flush();
    let _ = std::io::stderr().write_all(text.as_bytes());
}

/// Interpreter shutdown's clearing of `__main__`'s namespace, so that objects still held by
/// globals are finalized, in the order CPython 3.11 shows for ordinary programs: first the
/// globals bound to instances of Python classes, in definition order, then a collection, then
/// generators, then
/// every other global but `__builtins__` (containers release their items as they go), then a
/// last collection. (CPython's order comes from freeing the module and collecting its
/// namespace's cycle; this reproduces it for the common shapes of programs.)
pub fn clear_main_globals(vm: &Vm, globals: &Value) {
    let _entered = vm.enter();
    let Some(d) = crate::protocols::payload::<crate::objects::dict::DictData>(globals) else {
        return;
    };
    let builtins = vm.intern("__builtins__");
    let is_instance = |v: &Value| {
        v.as_header().is_some_and(|h| {
            h.layout().attrs_offset.is_some()
                || (h.kind() == Kind::Exception
                    && h.ty().and_then(|t| {
                        t.downcast_ref::<crate::types::TypeData>()
                            .map(|td| td.has_flag(crate::types::flags::HEAPTYPE))
                    }) == Some(true))
        })
    };
    let is_generator = |v: &Value| v.as_header().is_some_and(|h| h.kind() == Kind::Generator);
    // Each pass snapshots only the names, so that setting a global to None frees its value.
    let pass = |want: &dyn Fn(&Value) -> bool| {
        let names: Vec<Value> = d
            .items()
            .into_iter()
            .filter(|(k, v)| !vm.str_eq(k, &builtins) && !v.is_none() && want(v))
            .map(|(k, _)| k)
            .collect();
        for k in names {
            let _ = vm.dict_set_item(globals, k, Value::NONE);
        }
    };
    pass(&is_instance);
    crate::gc::collect(crate::gc::GENERATIONS - 1);
    pass(&is_generator);
    pass(&|_| true);
    crate::gc::collect(crate::gc::GENERATIONS - 1);
}
