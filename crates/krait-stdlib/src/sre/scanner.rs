//! `_sre.SRE_Scanner` (CPython's `ScannerObject`): successive matches over one subject, each
//! starting where the last ended (an empty match forces the next one to advance). `finditer`
//! iterates over a scanner's `search`.

use super::engine::State;
use super::matchobj::new_match;
use super::pattern::{pattern_of, window, Pattern};
use crate::native_type::{alloc, state};
use krait_vm::native::Args;
use krait_vm::objects::native_object::NativeObject;
use krait_vm::slot::Slot;
use krait_vm::{method_table, PyResult, Value, Vm};
use std::any::Any;
use std::cell::{Cell, RefCell};

/// The state of a scanner.
struct Scanner {
    pattern: Slot,
    string: Slot,
    pos: usize,
    endpos: usize,
    st: RefCell<State>,
    /// No further match (CPython sets `state->start` to NULL).
    done: Cell<bool>,
}

impl NativeObject for Scanner {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        self.pattern.visit(visit);
        self.string.visit(visit);
    }

    fn clear(&self) {
        self.pattern.set(Value::NULL);
        self.string.set(Value::NULL);
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

method_table!(
    /// The methods of `SRE_Scanner`.
    SCANNER_METHODS,
    Method,
    {
    "match" => s_match, "($self, /)", "";
    "search" => s_search, "($self, /)", "";
    }
);

method_table!(
    /// The attributes of `SRE_Scanner`.
    SCANNER_GETTERS,
    Static,
    {
    "pattern" => s_pattern, "($self, /)", "";
    }
);

/// A scanner of `re` (state `p`) over the `(string, pos, endpos)` arguments `a`.
pub fn new_scanner(vm: &Vm, re: &Value, p: &Pattern, a: &[Option<Value>]) -> PyResult<Value> {
    let (text, pos, endpos) = window(vm, p, a)?;
    let ty = super::sre_type(vm, "SRE_Scanner")?;
    Ok(alloc(
        &ty,
        Scanner {
            pattern: Slot::new(re.clone()),
            string: Slot::new(text.obj.clone()),
            pos,
            endpos,
            st: RefCell::new(State::new(p.groups, pos, endpos)),
            done: Cell::new(pos > endpos),
        },
    ))
}

fn me<'a>(vm: &Vm, args: &Args<'a>) -> PyResult<&'a Scanner> {
    args.pos()
        .first()
        .and_then(state::<Scanner>)
        .ok_or_else(|| vm.type_error("descriptor requires a '_sre.SRE_Scanner' object"))
}

fn step(vm: &Vm, args: Args<'_>, anchored: bool) -> PyResult<Value> {
    let s = me(vm, &args)?;
    if s.done.get() {
        return Ok(Value::NONE);
    }
    let re = s.pattern.get();
    let p = pattern_of(vm, Some(&re))?;
    let text = super::text::Text::new(vm, &s.string.get())?;
    let Ok(mut st) = s.st.try_borrow_mut() else {
        return Err(vm.value_error("regular expression scanner already executing"));
    };
    st.reset();
    if !text.run(&mut st, &p.code, anchored) {
        s.done.set(true);
        return Ok(Value::NONE);
    }
    let m = new_match(vm, &re, p, &text, &st, s.pos, s.endpos)?;
    st.must_advance = st.ptr == st.start;
    st.start = st.ptr;
    Ok(m)
}

fn s_match(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    step(vm, args, true)
}

fn s_search(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    step(vm, args, false)
}

fn s_pattern(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(me(vm, &args)?.pattern.get())
}
