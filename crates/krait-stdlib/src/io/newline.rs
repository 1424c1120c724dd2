//! Universal newlines (CPython's textio.c `IncrementalNewlineDecoder`): the state machine that
//! holds back a trailing `\r`, records which line endings were seen, and translates them to
//! `\n`; and the `_io.IncrementalNewlineDecoder` type wrapping another decoder.

use super::util::{new_str_cps, self_arg, str_cps};
use crate::native_type::{alloc, state};
use krait_vm::native::Args;
use krait_vm::objects::native_object::NativeObject;
use krait_vm::slot::Slot;
use krait_vm::{method_table, PyResult, Value, Vm};
use std::any::Any;
use std::cell::{Cell, RefCell};

const SEEN_LF: u8 = 1;
const SEEN_CR: u8 = 2;
const SEEN_CRLF: u8 = 4;

/// The newline state of a decoder.
#[derive(Clone, Copy, Default)]
pub(crate) struct NlState {
    /// Translate `\r` and `\r\n` to `\n`.
    pub(crate) translate: bool,
    /// A `\r` was held back (it may start a `\r\n`).
    pub(crate) pendingcr: bool,
    seennl: u8,
}

impl NlState {
    /// A state translating or not.
    pub(crate) fn new(translate: bool) -> NlState {
        NlState {
            translate,
            pendingcr: false,
            seennl: 0,
        }
    }

    /// Processes decoded text `out` (the next piece of the stream).
    pub(crate) fn process(&mut self, mut out: Vec<u32>, final_: bool) -> Vec<u32> {
        const CR: u32 = b'\r' as u32;
        const LF: u32 = b'\n' as u32;
        if self.pendingcr && (!out.is_empty() || final_) {
            out.insert(0, CR);
            self.pendingcr = false;
        }
        if !final_ && out.last() == Some(&CR) {
            out.pop();
            self.pendingcr = true;
        }
        let mut i = 0;
        let mut has_cr = false;
        while i < out.len() {
            match out[i] {
                LF => self.seennl |= SEEN_LF,
                CR => {
                    has_cr = true;
                    if out.get(i + 1) == Some(&LF) {
                        self.seennl |= SEEN_CRLF;
                        i += 1;
                    } else {
                        self.seennl |= SEEN_CR;
                    }
                }
                _ => {}
            }
            i += 1;
        }
        if self.translate && has_cr {
            let mut t = Vec::with_capacity(out.len());
            let mut i = 0;
            while i < out.len() {
                if out[i] == CR {
                    t.push(LF);
                    if out.get(i + 1) == Some(&LF) {
                        i += 1;
                    }
                } else {
                    t.push(out[i]);
                }
                i += 1;
            }
            return t;
        }
        out
    }

    /// Forgets what was seen and the held-back `\r`.
    pub(crate) fn reset(&mut self) {
        self.seennl = 0;
        self.pendingcr = false;
    }

    /// `newlines`: None, one ending, or a tuple of them.
    pub(crate) fn newlines(&self, vm: &Vm) -> Value {
        let names: Vec<&str> = [(SEEN_CR, "\r"), (SEEN_LF, "\n"), (SEEN_CRLF, "\r\n")]
            .iter()
            .filter(|(bit, _)| self.seennl & bit != 0)
            .map(|(_, s)| *s)
            .collect();
        match names.as_slice() {
            [] => Value::NONE,
            [one] => vm.new_str(one),
            many => vm.new_tuple(many.iter().map(|s| vm.new_str(s)).collect()),
        }
    }
}

/// The state of an `IncrementalNewlineDecoder`.
struct NlDecoder {
    decoder: Slot,
    errors: Slot,
    nl: RefCell<NlState>,
    ok: Cell<bool>,
}

impl NativeObject for NlDecoder {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        self.decoder.visit(visit);
        self.errors.visit(visit);
    }
    fn clear(&self) {
        self.decoder.set(Value::NULL);
        self.errors.set(Value::NULL);
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

method_table!(
    /// `IncrementalNewlineDecoder.__new__`.
    NEW,
    Static,
    {
    "__new__" => nl_new, "(type, *args, **kwargs)", "Create and return a new object.";
    }
);

method_table!(
    /// The methods of `IncrementalNewlineDecoder`.
    METHODS,
    Method,
    {
    "__init__" => nl_init, "($self, /, decoder, translate, errors='strict')", "Codec used when reading a file in universal newlines mode.";
    "decode" => nl_decode, "($self, /, input, final=False)", "";
    "getstate" => nl_getstate, "($self, /)", "";
    "setstate" => nl_setstate, "($self, state, /)", "";
    "reset" => nl_reset, "($self, /)", "";
    }
);

method_table!(
    /// The attributes of `IncrementalNewlineDecoder`.
    GETTERS,
    Static,
    {
    "newlines" => nl_newlines, "($self, /)", "";
    }
);

fn nl_new(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let cls = self_arg(vm, &args, "type")?;
    Ok(alloc(
        cls,
        NlDecoder {
            decoder: Slot::new(Value::NONE),
            errors: Slot::new(Value::NONE),
            nl: RefCell::new(NlState::default()),
            ok: Cell::new(false),
        },
    ))
}

fn me<'a>(vm: &Vm, args: &Args<'a>) -> PyResult<&'a NlDecoder> {
    let v = self_arg(vm, args, "_io.IncrementalNewlineDecoder")?;
    let s = state::<NlDecoder>(v).ok_or_else(|| {
        vm.type_error("descriptor requires a '_io.IncrementalNewlineDecoder' object")
    })?;
    Ok(s)
}

fn ready<'a>(vm: &Vm, args: &Args<'a>) -> PyResult<&'a NlDecoder> {
    let s = me(vm, args)?;
    if !s.ok.get() {
        return Err(vm.value_error("IncrementalNewlineDecoder.__init__() not called"));
    }
    Ok(s)
}

fn rest<'a>(args: &Args<'a>) -> Args<'a> {
    Args {
        values: &args.values[1..],
        kwnames: args.kwnames,
    }
}

fn nl_init(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let s = me(vm, &args)?;
    let a = crate::convert::parse_keywords(
        vm,
        &rest(&args),
        "IncrementalNewlineDecoder",
        &["decoder", "translate", "errors"],
        0,
        3,
        2,
    )?;
    let translate = vm.is_true(a[1].as_ref().unwrap_or(&Value::FALSE))?;
    s.decoder.set(a[0].clone().unwrap_or(Value::NONE));
    s.errors
        .set(a[2].clone().unwrap_or_else(|| vm.new_str("strict")));
    *s.nl.borrow_mut() = NlState::new(translate);
    s.ok.set(true);
    Ok(Value::NONE)
}

fn nl_decode(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let s = ready(vm, &args)?;
    let a =
        crate::convert::parse_keywords(vm, &rest(&args), "decode", &["input", "final"], 0, 2, 1)?;
    let input = a[0].clone().unwrap_or(Value::NONE);
    let final_ = match &a[1] {
        Some(v) => vm.is_true(v)?,
        None => false,
    };
    let dec = s.decoder.get();
    let out = if dec.is_none() {
        input
    } else {
        let f = vm.get_attr(&dec, &vm.intern("decode"))?;
        vm.call(&f, &[input, Value::bool(final_)], &[vm.intern("final")])?
    };
    let Some(cps) = str_cps(&out) else {
        return Err(vm.type_error(&format!(
            "decoder should return a string result, not '{}'",
            vm.type_name(&out)
        )));
    };
    let r = s.nl.borrow_mut().process(cps, final_);
    Ok(new_str_cps(vm, &r))
}

fn nl_getstate(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let s = ready(vm, &args)?;
    let dec = s.decoder.get();
    let (buf, mut flag) = if dec.is_none() {
        (vm.new_bytes(Vec::new()), 0i64)
    } else {
        let st = vm.call_method(&dec, "getstate", &[])?;
        let items = vm
            .tuple_items(&st)
            .filter(|t| t.len() == 2)
            .ok_or_else(|| vm.type_error("illegal decoder state"))?;
        let f = super::util::index_i64(vm, &items[1])?;
        (items[0].clone(), f << 1)
    };
    if s.nl.borrow().pendingcr {
        flag |= 1;
    }
    Ok(vm.new_tuple(vec![buf, vm.new_int(flag)]))
}

fn nl_setstate(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let s = ready(vm, &args)?;
    let a = args.positional_range(vm, "setstate", 2, 2)?;
    let items = vm
        .tuple_items(&a[1])
        .filter(|t| t.len() == 2)
        .ok_or_else(|| vm.type_error("state argument must be a tuple"))?;
    let flag = super::util::index_i64(vm, &items[1])?;
    s.nl.borrow_mut().pendingcr = flag & 1 != 0;
    let dec = s.decoder.get();
    if !dec.is_none() {
        let st = vm.new_tuple(vec![items[0].clone(), vm.new_int(flag >> 1)]);
        vm.call_method(&dec, "setstate", &[st])?;
    }
    Ok(Value::NONE)
}

fn nl_reset(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let s = ready(vm, &args)?;
    s.nl.borrow_mut().reset();
    let dec = s.decoder.get();
    if !dec.is_none() {
        vm.call_method(&dec, "reset", &[])?;
    }
    Ok(Value::NONE)
}

fn nl_newlines(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let s = ready(vm, &args)?;
    Ok(s.nl.borrow().newlines(vm))
}
