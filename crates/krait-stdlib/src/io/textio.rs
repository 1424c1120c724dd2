//! `_io.TextIOWrapper` (CPython's Modules/_io/textio.c): a text stream over a buffered binary
//! stream — construction, writing (newline translation, line buffering, write-through),
//! flushing, closing and the attributes. Reading, `tell` and `seek` are in `textio_read.rs`.

use super::buffered::{self as bf, buffered_state};
use super::textcodec::{Codec, DecState};
use super::util::{closed_error, self_arg};
use crate::native_type::{alloc, state};
use krait_vm::native::Args;
use krait_vm::objects::native_object::NativeObject;
use krait_vm::objects::str::StrData;
use krait_vm::protocols::payload;
use krait_vm::slot::Slot;
use krait_vm::{method_table, PyResult, Value, Vm};
use std::any::Any;
use std::cell::RefCell;

/// The state of a `TextIOWrapper`.
pub(crate) struct TextIo {
    pub(super) buffer: Slot,
    pub(super) st: RefCell<Tio>,
    /// The incremental encoder and decoder of a codec from the registry (NULL for the
    /// native codecs).
    pub(super) py_encoder: Slot,
    pub(super) py_decoder: Slot,
}

/// The settings and buffers of a `TextIOWrapper`.
#[derive(Default)]
pub(crate) struct Tio {
    pub(super) ok: bool,
    pub(super) detached: bool,
    pub(super) encoding: String,
    pub(super) errors: String,
    pub(super) codec: Option<Codec>,
    pub(super) dec: Option<DecState>,
    pub(super) readuniversal: bool,
    pub(super) readtranslate: bool,
    pub(super) readnl: Option<Vec<u32>>,
    pub(super) writetranslate: bool,
    pub(super) writenl: Vec<u32>,
    pub(super) line_buffering: bool,
    pub(super) write_through: bool,
    pub(super) seekable: bool,
    pub(super) writable: bool,
    pub(super) telling: bool,
    pub(super) has_read1: bool,
    /// Decoded text not yet returned: `decoded[decoded_pos..]`.
    pub(super) decoded: Vec<u32>,
    pub(super) decoded_pos: usize,
    /// The decoder flags and the bytes fed since, for `tell()`.
    pub(super) snapshot: Option<(u64, Vec<u8>)>,
    pub(super) chunk_size: usize,
    /// Encoded bytes not yet given to a buffer that is not a native buffered object.
    pub(super) pending: Vec<u8>,
}

impl NativeObject for TextIo {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        self.buffer.visit(visit);
        self.py_encoder.visit(visit);
        self.py_decoder.visit(visit);
    }
    fn clear(&self) {
        self.buffer.set(Value::NULL);
        self.py_encoder.set(Value::NULL);
        self.py_decoder.set(Value::NULL);
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

method_table!(
    /// `TextIOWrapper.__new__`.
    NEW,
    Static,
    {
    "__new__" => text_new, "(type, *args, **kwargs)", "Create and return a new object.";
    }
);

method_table!(
    /// The methods of `TextIOWrapper` defined here.
    METHODS,
    Method,
    {
    "__init__" => text_init, "($self, /, buffer, encoding=None, errors=None, newline=None, line_buffering=False, write_through=False)", "Character and line based layer over a BufferedIOBase object, buffer.";
    "write" => text_write, "($self, text, /)", "";
    "flush" => text_flush, "($self, /)", "";
    "close" => text_close, "($self, /)", "";
    "detach" => text_detach, "($self, /)", "";
    "fileno" => text_fileno, "($self, /)", "";
    "isatty" => text_isatty, "($self, /)", "";
    "readable" => text_readable, "($self, /)", "";
    "writable" => text_writable, "($self, /)", "";
    "seekable" => text_seekable, "($self, /)", "";
    }
);

fn text_new(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let cls = self_arg(vm, &args, "type")?;
    Ok(alloc(
        cls,
        TextIo {
            buffer: Slot::new(Value::NONE),
            st: RefCell::new(Tio::default()),
            py_encoder: Slot::new(Value::NULL),
            py_decoder: Slot::new(Value::NULL),
        },
    ))
}

/// The receiver and its state.
pub(super) fn me<'a>(vm: &Vm, args: &Args<'a>) -> PyResult<(&'a Value, &'a TextIo)> {
    let v = self_arg(vm, args, "_io.TextIOWrapper")?;
    let s = state::<TextIo>(v)
        .ok_or_else(|| vm.type_error("descriptor requires a '_io.TextIOWrapper' object"))?;
    Ok((v, s))
}

/// Checks that `t` is initialised and attached.
pub(super) fn check_ready(vm: &Vm, t: &TextIo) -> PyResult<()> {
    let st = t.st.borrow();
    if !st.ok {
        if st.detached {
            return Err(vm.value_error("underlying buffer has been detached"));
        }
        return Err(vm.value_error("I/O operation on uninitialized object"));
    }
    Ok(())
}

/// The receiver's state, initialised.
pub(super) fn ready<'a>(vm: &Vm, args: &Args<'a>) -> PyResult<(&'a Value, &'a TextIo)> {
    let (v, t) = me(vm, args)?;
    check_ready(vm, t)?;
    Ok((v, t))
}

/// The native buffered state of the buffer, when it is exactly one of `_io`'s classes.
pub(super) fn native_buffer(vm: &Vm, buffer: &Value) -> bool {
    buffered_state(buffer).is_some()
        && krait_vm::vm::type_data(&vm.type_of(buffer))
            .is_some_and(|t| !t.has_flag(krait_vm::types::flags::HEAPTYPE))
}

/// Whether the buffer is closed.
pub(super) fn is_closed(vm: &Vm, t: &TextIo) -> PyResult<bool> {
    let buffer = t.buffer.get();
    if native_buffer(vm, &buffer) {
        if let Some(b) = buffered_state(&buffer) {
            bf::check_ready(vm, b)?;
            return bf::raw_closed(vm, b);
        }
    }
    super::util::attr_closed(vm, &buffer)
}

/// Raises "I/O operation on closed file." if the buffer is closed.
pub(super) fn check_closed(vm: &Vm, t: &TextIo) -> PyResult<()> {
    if is_closed(vm, t)? {
        return Err(closed_error(vm));
    }
    Ok(())
}

/// A str-or-None argument.
fn opt_str(vm: &Vm, v: Option<&Value>, what: &str) -> PyResult<Option<String>> {
    match v {
        None => Ok(None),
        Some(v) if v.is_none() => Ok(None),
        Some(v) => match payload::<StrData>(v) {
            Some(s) => Ok(Some(s.to_string_lossy())),
            None => Err(vm.type_error(&format!(
                "TextIOWrapper() argument '{what}' must be str or None, not {}",
                vm.type_name(v)
            ))),
        },
    }
}

fn text_init(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, t) = me(vm, &args)?;
    let rest = Args {
        values: &args.values[1..],
        kwnames: args.kwnames,
    };
    let names = [
        "buffer",
        "encoding",
        "errors",
        "newline",
        "line_buffering",
        "write_through",
    ];
    let a = crate::convert::parse_keywords(vm, &rest, "TextIOWrapper", &names, 0, 6, 1)?;
    let buffer = a[0].clone().unwrap_or(Value::NONE);
    let encoding = opt_str(vm, a[1].as_ref(), "encoding")?;
    let errors = opt_str(vm, a[2].as_ref(), "errors")?;
    let newline = opt_str(vm, a[3].as_ref(), "newline")?;
    if let Some(nl) = &newline {
        if !matches!(nl.as_str(), "" | "\n" | "\r" | "\r\n") {
            return Err(vm.value_error(&format!("illegal newline value: {nl}")));
        }
    }
    let flag = |i: usize| -> PyResult<bool> {
        match &a[i] {
            Some(v) => vm.is_true(v),
            None => Ok(false),
        }
    };
    let (line_buffering, write_through) = (flag(4)?, flag(5)?);
    let encoding = match encoding.as_deref() {
        None if super::stdio::utf8_mode() => "utf-8".to_owned(),
        None | Some("locale") => "UTF-8".to_owned(),
        Some(e) => e.to_owned(),
    };
    if encoding.contains('\0') {
        return Err(vm.value_error("embedded null character"));
    }
    let codec = Codec::lookup(&encoding);
    let info = match codec {
        Some(_) => None,
        None => Some(crate::codecs::lookup_codec(vm, &encoding)?),
    };
    if let Some(info) = &info {
        if let Some(flag) = vm.get_attr_opt(info, "_is_text_encoding")? {
            if !vm.is_true(&flag)? {
                return Err(vm.new_error(
                    &vm.types.lookup_error,
                    &format!(
                        "{} is not a text encoding; use codecs.open() to handle arbitrary codecs",
                        vm.repr_string(&vm.new_str(&encoding))?
                    ),
                ));
            }
        }
    }
    let errors = errors.unwrap_or_else(|| "strict".to_owned());
    let readable = vm.call_method(&buffer, "readable", &[])?;
    let readable = vm.is_true(&readable)?;
    let writable = vm.call_method(&buffer, "writable", &[])?;
    let writable = vm.is_true(&writable)?;
    let seekable = vm.call_method(&buffer, "seekable", &[])?;
    let seekable = vm.is_true(&seekable)?;
    let has_read1 = vm.get_attr_opt(&buffer, "read1")?.is_some();
    t.py_encoder.set(Value::NULL);
    t.py_decoder.set(Value::NULL);
    if let Some(info) = &info {
        let errs = vm.new_str(&errors);
        if readable {
            let f = vm.get_attr(info, &vm.intern("incrementaldecoder"))?;
            t.py_decoder
                .set(vm.call(&f, std::slice::from_ref(&errs), &[])?);
        }
        if writable {
            let f = vm.get_attr(info, &vm.intern("incrementalencoder"))?;
            let enc = vm.call(&f, std::slice::from_ref(&errs), &[])?;
            // Appending to a stream that is not at its start: no BOM.
            if seekable {
                let pos = vm.call_method(&buffer, "tell", &[])?;
                if pos.as_small_int().is_none_or(|p| p != 0) {
                    vm.call_method(&enc, "setstate", &[vm.new_int(0)])?;
                }
            }
            t.py_encoder.set(enc);
        }
    }
    let readuniversal = newline.as_deref().is_none_or(str::is_empty);
    let readtranslate = newline.is_none();
    let dec = readable.then(|| DecState {
        pending: Vec::new(),
        nl: readuniversal.then(|| super::newline::NlState::new(readtranslate)),
    });
    let cps = |s: &str| s.chars().map(u32::from).collect::<Vec<u32>>();
    let st = Tio {
        ok: true,
        detached: false,
        encoding,
        errors,
        codec,
        dec,
        readuniversal,
        readtranslate,
        readnl: newline.as_deref().map(cps),
        writetranslate: newline.as_deref() != Some(""),
        writenl: match newline.as_deref() {
            None | Some("") => vec![u32::from(b'\n')],
            Some(n) => cps(n),
        },
        line_buffering,
        write_through,
        seekable,
        writable,
        telling: seekable,
        has_read1,
        decoded: Vec::new(),
        decoded_pos: 0,
        snapshot: None,
        chunk_size: 8192,
        pending: Vec::new(),
    };
    t.buffer.set(buffer);
    *t.st.borrow_mut() = st;
    Ok(Value::NONE)
}

/// Gives pending encoded bytes to a buffer that is not a native buffered object.
pub(super) fn write_pending(vm: &Vm, t: &TextIo) -> PyResult<()> {
    let data = std::mem::take(&mut t.st.borrow_mut().pending);
    if data.is_empty() {
        return Ok(());
    }
    vm.call_method(&t.buffer.get(), "write", &[vm.new_bytes(data)])?;
    Ok(())
}

/// Writes text (the body of `TextIOWrapper.write`); returns its length in code points.
pub(crate) fn write_text(vm: &Vm, t: &TextIo, text: &StrData) -> PyResult<usize> {
    check_closed(vm, t)?;
    if !t.st.borrow().writable {
        return Err(super::util::unsupported(vm, "not writable"));
    }
    let n = text.len();
    let (cps, needflush, write_through, codec, errors) = {
        let st = t.st.borrow();
        let mut cps: Vec<u32> = text.code_points().collect();
        let lf = u32::from(b'\n');
        let haslf = (st.writetranslate || st.line_buffering) && cps.contains(&lf);
        if haslf && st.writetranslate && st.writenl != [lf] {
            let mut out = Vec::with_capacity(cps.len());
            for c in cps {
                if c == lf {
                    out.extend_from_slice(&st.writenl);
                } else {
                    out.push(c);
                }
            }
            cps = out;
        }
        let needflush = st.line_buffering && (haslf || cps.contains(&u32::from(b'\r')));
        (
            cps,
            needflush,
            st.write_through,
            st.codec,
            st.errors.clone(),
        )
    };
    let bytes = match codec {
        Some(c) => c.encode(vm, &cps, &errors)?,
        None => {
            let enc = t.py_encoder.get();
            let s = super::util::new_str_cps(vm, &cps);
            let b = vm.call_method(&enc, "encode", &[s])?;
            super::util::bytes_like(&b).ok_or_else(|| {
                vm.type_error(&format!(
                    "encoder should return a bytes object, not '{}'",
                    vm.type_name(&b)
                ))
            })?
        }
    };
    {
        let mut st = t.st.borrow_mut();
        st.decoded.clear();
        st.decoded_pos = 0;
        st.snapshot = None;
        if let Some(d) = &mut st.dec {
            d.reset();
        }
    }
    let dec = t.py_decoder.get();
    if !dec.is_null() {
        vm.call_method(&dec, "reset", &[])?;
    }
    let buffer = t.buffer.get();
    if native_buffer(vm, &buffer) {
        if let Some(b) = buffered_state(&buffer) {
            if bf::raw_closed(vm, b)? {
                return Err(vm.value_error("write to closed file"));
            }
            bf::write(vm, b, &bytes)?;
        }
    } else if let Some(f) = super::rawops::native_file(vm, &buffer).filter(|_| write_through) {
        // Unbuffered standard streams (`-u`): straight to the descriptor.
        if f.is_closed() {
            return Err(super::util::closed_error_np(vm));
        }
        let mut rest = &bytes[..];
        while !rest.is_empty() {
            match super::fileio::write_some(vm, f, rest)? {
                Some(0) | None => break,
                Some(k) => rest = &rest[k..],
            }
        }
    } else {
        let big = {
            let mut st = t.st.borrow_mut();
            st.pending.extend_from_slice(&bytes);
            st.pending.len() >= st.chunk_size
        };
        if big || needflush || write_through {
            write_pending(vm, t)?;
        }
    }
    if needflush {
        vm.call_method(&buffer, "flush", &[])?;
    }
    Ok(n)
}

fn text_write(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, t) = ready(vm, &args)?;
    let a = args.positional_range(vm, "write", 2, 2)?;
    let Some(s) = payload::<StrData>(&a[1]) else {
        return Err(vm.type_error(&format!(
            "write() argument must be str, not {}",
            vm.type_name(&a[1])
        )));
    };
    Ok(vm.new_int(write_text(vm, t, s)? as i64))
}

/// `flush()`: pending bytes to the buffer, then `buffer.flush()`.
pub(super) fn flush(vm: &Vm, t: &TextIo) -> PyResult<()> {
    check_closed(vm, t)?;
    {
        let mut st = t.st.borrow_mut();
        st.telling = st.seekable;
    }
    write_pending(vm, t)?;
    vm.call_method(&t.buffer.get(), "flush", &[])?;
    Ok(())
}

fn text_flush(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, t) = ready(vm, &args)?;
    flush(vm, t)?;
    Ok(Value::NONE)
}

fn text_close(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (v, t) = ready(vm, &args)?;
    if is_closed(vm, t)? {
        return Ok(Value::NONE);
    }
    let flushed = vm.call_method(v, "flush", &[]);
    let closed = vm.call_method(&t.buffer.get(), "close", &[]);
    match (flushed, closed) {
        (Ok(_), Ok(_)) => Ok(Value::NONE),
        (Err(e), Ok(_)) | (Ok(_), Err(e)) => Err(e),
        (Err(first), Err(second)) => Err(vm.chain_context_with(second, first.into_value())),
    }
}

fn text_detach(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (v, t) = ready(vm, &args)?;
    vm.call_method(v, "flush", &[])?;
    let buffer = t.buffer.replace(Value::NONE);
    let mut st = t.st.borrow_mut();
    st.ok = false;
    st.detached = true;
    Ok(buffer)
}

/// `self.buffer.<name>()`.
fn delegate(vm: &Vm, args: &Args<'_>, name: &str) -> PyResult<Value> {
    let (_, t) = ready(vm, args)?;
    vm.call_method(&t.buffer.get(), name, &[])
}

fn text_fileno(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    delegate(vm, &args, "fileno")
}

fn text_isatty(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    delegate(vm, &args, "isatty")
}

fn text_readable(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    delegate(vm, &args, "readable")
}

fn text_writable(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    delegate(vm, &args, "writable")
}

fn text_seekable(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, t) = ready(vm, &args)?;
    check_closed(vm, t)?;
    Ok(Value::bool(t.st.borrow().seekable))
}
