//! `_io.StringIO` (CPython's Modules/_io/stringio.c): an in-memory text stream of code points,
//! with the `newline` argument's translation on write and line splitting on read.

use super::newline::NlState;
use super::util::{closed_error_np, index_i64, new_str_cps, self_arg, size_arg, str_cps};
use crate::native_type::{alloc, state};
use krait_vm::native::Args;
use krait_vm::objects::native_object::NativeObject;
use krait_vm::objects::str::StrData;
use krait_vm::protocols::payload;
use krait_vm::{method_table, PyResult, Value, Vm};
use std::any::Any;
use std::cell::RefCell;

/// The state of a `StringIO`.
struct StringIo {
    st: RefCell<Sio>,
}

#[derive(Default)]
struct Sio {
    buf: Vec<u32>,
    pos: usize,
    ok: bool,
    closed: bool,
    /// The `newline` argument (None: universal newlines, translated).
    newline: Option<Vec<u32>>,
    readuniversal: bool,
    readtranslate: bool,
    writenl: Option<Vec<u32>>,
    decoder: Option<NlState>,
}

impl NativeObject for StringIo {
    fn traverse(&self, _visit: &mut dyn FnMut(&Value)) {}
    fn clear(&self) {}
    fn as_any(&self) -> &dyn Any {
        self
    }
}

method_table!(
    /// `StringIO.__new__`.
    NEW,
    Static,
    {
    "__new__" => sio_new, "(type, *args, **kwargs)", "Create and return a new object.";
    }
);

method_table!(
    /// The methods of `StringIO`.
    METHODS,
    Method,
    {
    "__init__" => sio_init, "($self, /, initial_value='', newline='\\n')", "Text I/O implementation using an in-memory buffer.";
    "getvalue" => sio_getvalue, "($self, /)", "Retrieve the entire contents of the object.";
    "read" => sio_read, "($self, size=-1, /)", "Read at most size characters, returned as a string.";
    "readline" => sio_readline, "($self, size=-1, /)", "Read until newline or EOF.";
    "write" => sio_write, "($self, s, /)", "Write string to file.";
    "seek" => sio_seek, "($self, pos, whence=0, /)", "Change stream position.";
    "tell" => sio_tell, "($self, /)", "Tell the current file position.";
    "truncate" => sio_truncate, "($self, pos=None, /)", "Truncate size to pos.";
    "close" => sio_close, "($self, /)", "Close the IO object.";
    "readable" => sio_true, "($self, /)", "Returns True if the IO object can be read.";
    "writable" => sio_true, "($self, /)", "Returns True if the IO object can be written.";
    "seekable" => sio_true, "($self, /)", "Returns True if the IO object can be seeked.";
    "__next__" => sio_next, "($self, /)", "Implement next(self).";
    "__getstate__" => sio_getstate, "($self, /)", "";
    "__setstate__" => sio_setstate, "($self, state, /)", "";
    }
);

method_table!(
    /// The attributes of `StringIO`.
    GETTERS,
    Static,
    {
    "closed" => get_closed, "($self, /)", "";
    "newlines" => get_newlines, "($self, /)", "";
    "line_buffering" => get_line_buffering, "($self, /)", "";
    }
);

fn sio_new(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let cls = self_arg(vm, &args, "type")?;
    Ok(alloc(
        cls,
        StringIo {
            st: RefCell::new(Sio::default()),
        },
    ))
}

fn me<'a>(vm: &Vm, args: &Args<'a>) -> PyResult<&'a StringIo> {
    let v = self_arg(vm, args, "_io.StringIO")?;
    state::<StringIo>(v).ok_or_else(|| vm.type_error("descriptor requires a '_io.StringIO' object"))
}

/// The state, initialised and open.
fn ready<'a>(vm: &Vm, args: &Args<'a>) -> PyResult<&'a StringIo> {
    let s = me(vm, args)?;
    {
        let st = s.st.borrow();
        if !st.ok {
            return Err(vm.value_error("I/O operation on uninitialized object"));
        }
        if st.closed {
            return Err(closed_error_np(vm));
        }
    }
    Ok(s)
}

impl Sio {
    /// Writes `text` at the position (with newline translation); returns nothing.
    fn write(&mut self, text: Vec<u32>) {
        let mut text = match &mut self.decoder {
            Some(d) => d.process(text, true),
            None => text,
        };
        if let Some(nl) = &self.writenl {
            if nl.as_slice() != [b'\n' as u32] {
                let mut t = Vec::with_capacity(text.len());
                for c in text {
                    if c == b'\n' as u32 {
                        t.extend_from_slice(nl);
                    } else {
                        t.push(c);
                    }
                }
                text = t;
            }
        }
        if text.is_empty() {
            return;
        }
        if self.pos > self.buf.len() {
            self.buf.resize(self.pos, 0);
        }
        let end = self.pos + text.len();
        let overlap = end.min(self.buf.len());
        self.buf.splice(self.pos..overlap, text);
        self.pos = end;
    }

    /// The end of the line starting at the position (`limit`: at most so many code points).
    fn line_end(&self, limit: Option<usize>) -> usize {
        let start = self.pos.min(self.buf.len());
        let rest = &self.buf[start..];
        let rest = match limit {
            Some(n) if n < rest.len() => &rest[..n],
            _ => rest,
        };
        let n = find_line_end(
            rest,
            self.readtranslate,
            self.readuniversal,
            self.newline.as_deref(),
        );
        start + n
    }
}

/// The length of the first line of `s` including its ending (or all of `s`): CPython's
/// `_PyIO_find_line_ending`.
pub(crate) fn find_line_end(
    s: &[u32],
    translated: bool,
    universal: bool,
    nl: Option<&[u32]>,
) -> usize {
    find_line(s, translated, universal, nl).unwrap_or(s.len())
}

/// The length of the first line of `s` including its ending, if `s` has a line ending.
pub(crate) fn find_line(
    s: &[u32],
    translated: bool,
    universal: bool,
    nl: Option<&[u32]>,
) -> Option<usize> {
    const CR: u32 = b'\r' as u32;
    const LF: u32 = b'\n' as u32;
    if translated || (!universal && nl.is_none()) {
        return s.iter().position(|&c| c == LF).map(|i| i + 1);
    }
    if universal {
        for (i, &c) in s.iter().enumerate() {
            if c == LF {
                return Some(i + 1);
            }
            if c == CR {
                return Some(if s.get(i + 1) == Some(&LF) {
                    i + 2
                } else {
                    i + 1
                });
            }
        }
        return None;
    }
    let nl = nl.unwrap_or(&[LF]);
    if nl.is_empty() {
        return None;
    }
    s.windows(nl.len())
        .position(|w| w == nl)
        .map(|i| i + nl.len())
}

/// Parses the `newline` argument into `st`.
fn set_newline(vm: &Vm, st: &mut Sio, newline: Option<&Value>) -> PyResult<()> {
    let nl: Option<Vec<u32>> = match newline {
        None => Some(vec![b'\n' as u32]),
        Some(v) if v.is_none() => None,
        Some(v) => match payload::<StrData>(v) {
            Some(s) => {
                let cps: Vec<u32> = s.code_points().collect();
                let ok = matches!(cps.as_slice(), [] | [0x0A] | [0x0D] | [0x0D, 0x0A]);
                if !ok {
                    return Err(
                        vm.value_error(&format!("illegal newline value: {}", vm.repr_string(v)?))
                    );
                }
                Some(cps)
            }
            None => {
                return Err(vm.type_error(&format!(
                    "newline must be str or None, not {}",
                    vm.type_name(v)
                )))
            }
        },
    };
    st.readuniversal = nl.as_ref().is_none_or(Vec::is_empty);
    st.readtranslate = nl.is_none();
    st.writenl = match &nl {
        Some(n) if n.first() == Some(&(b'\r' as u32)) => Some(n.clone()),
        _ => None,
    };
    st.decoder = st.readuniversal.then(|| NlState::new(st.readtranslate));
    st.newline = nl;
    Ok(())
}

fn sio_init(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let s = me(vm, &args)?;
    let rest = Args {
        values: &args.values[1..],
        kwnames: args.kwnames,
    };
    let a = crate::convert::parse_keywords(
        vm,
        &rest,
        "StringIO",
        &["initial_value", "newline"],
        0,
        2,
        0,
    )?;
    let mut st = Sio::default();
    set_newline(vm, &mut st, a[1].as_ref())?;
    let initial = match &a[0] {
        None => Vec::new(),
        Some(v) if v.is_none() => Vec::new(),
        Some(v) => str_cps(v).ok_or_else(|| {
            vm.type_error(&format!(
                "initial_value must be str or None, not {}",
                vm.type_name(v)
            ))
        })?,
    };
    st.write(initial);
    st.pos = 0;
    st.ok = true;
    *s.st.borrow_mut() = st;
    Ok(Value::NONE)
}

fn sio_getvalue(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let s = ready(vm, &args)?;
    let st = s.st.borrow();
    Ok(new_str_cps(vm, &st.buf))
}

fn sio_read(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let s = ready(vm, &args)?;
    let a = args.positional_range(vm, "read", 1, 2)?;
    let n = size_arg(vm, a.get(1))?;
    let mut st = s.st.borrow_mut();
    let start = st.pos.min(st.buf.len());
    let end = if n < 0 {
        st.buf.len()
    } else {
        (start + n as usize).min(st.buf.len())
    };
    let out = new_str_cps(vm, &st.buf[start..end]);
    st.pos = st.pos.max(end);
    if end > start {
        st.pos = end;
    }
    Ok(out)
}

/// One line from the position.
fn read_line(s: &StringIo, limit: i64) -> Vec<u32> {
    let mut st = s.st.borrow_mut();
    let limit = (limit >= 0).then_some(limit as usize);
    let start = st.pos.min(st.buf.len());
    let end = st.line_end(limit);
    let line = st.buf[start..end].to_vec();
    if end > start {
        st.pos = end;
    }
    line
}

fn sio_readline(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let s = ready(vm, &args)?;
    let a = args.positional_range(vm, "readline", 1, 2)?;
    let n = size_arg(vm, a.get(1)).map_err(|_| {
        vm.type_error(&format!(
            "argument should be integer or None, not '{}'",
            vm.type_name(&a[1])
        ))
    })?;
    Ok(new_str_cps(vm, &read_line(s, n)))
}

fn sio_next(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let me_v = self_arg(vm, &args, "_io.StringIO")?;
    let s = ready(vm, &args)?;
    let exact = vm.type_of(me_v).is(&super::util::io_type(vm, "StringIO")?);
    let line = if exact {
        new_str_cps(vm, &read_line(s, -1))
    } else {
        let l = vm.call_method(me_v, "readline", &[])?;
        if payload::<StrData>(&l).is_none() {
            return Err(vm.new_error(
                &vm.types.os_error,
                &format!(
                    "readline() should have returned a str object, not '{}'",
                    vm.type_name(&l)
                ),
            ));
        }
        l
    };
    if payload::<StrData>(&line).is_some_and(StrData::is_empty) {
        return Err(vm.new_exception(&vm.types.stop_iteration, Vec::new()));
    }
    Ok(line)
}

fn sio_write(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let s = ready(vm, &args)?;
    let a = args.positional_range(vm, "write", 2, 2)?;
    let Some(text) = str_cps(&a[1]) else {
        return Err(vm.type_error(&format!(
            "string argument expected, got '{}'",
            vm.type_name(&a[1])
        )));
    };
    let n = text.len();
    s.st.borrow_mut().write(text);
    Ok(vm.new_int(n as i64))
}

fn sio_seek(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let s = ready(vm, &args)?;
    let a = args.positional_range(vm, "seek", 2, 3)?;
    let pos = index_i64(vm, &a[1])?;
    let whence = match a.get(2) {
        Some(w) => index_i64(vm, w)?,
        None => 0,
    };
    if !(0..=2).contains(&whence) {
        return Err(vm.value_error(&format!("Invalid whence ({whence}, should be 0, 1 or 2)")));
    }
    if pos < 0 && whence == 0 {
        return Err(vm.value_error(&format!("Negative seek position {pos}")));
    }
    if whence != 0 && pos != 0 {
        return Err(vm.new_error(&vm.types.os_error, "Can't do nonzero cur-relative seeks"));
    }
    let mut st = s.st.borrow_mut();
    let p = match whence {
        0 => pos as usize,
        1 => st.pos,
        _ => st.buf.len(),
    };
    st.pos = p;
    Ok(vm.new_int(p as i64))
}

fn sio_tell(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let s = ready(vm, &args)?;
    let p = s.st.borrow().pos;
    Ok(vm.new_int(p as i64))
}

fn sio_truncate(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let s = ready(vm, &args)?;
    let a = args.positional_range(vm, "truncate", 1, 2)?;
    let mut st = s.st.borrow_mut();
    let size = match a.get(1) {
        Some(v) if !v.is_none() => index_i64(vm, v)?,
        _ => st.pos as i64,
    };
    if size < 0 {
        return Err(vm.value_error(&format!("Negative size value {size}")));
    }
    if (size as usize) < st.buf.len() {
        st.buf.truncate(size as usize);
    }
    Ok(vm.new_int(size))
}

fn sio_close(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let s = me(vm, &args)?;
    let mut st = s.st.borrow_mut();
    st.closed = true;
    st.buf = Vec::new();
    Ok(Value::NONE)
}

fn sio_true(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    ready(vm, &args)?;
    Ok(Value::TRUE)
}

fn sio_getstate(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let v = self_arg(vm, &args, "_io.StringIO")?;
    let s = ready(vm, &args)?;
    let st = s.st.borrow();
    let nl = st
        .newline
        .as_ref()
        .map_or(Value::NONE, |n| new_str_cps(vm, n));
    let dict = match v.as_header().and_then(|h| h.instance_attrs()) {
        Some(_) => vm
            .get_attr_opt(v, "__dict__")?
            .filter(|d| {
                payload::<krait_vm::objects::dict::DictData>(d).is_some_and(|d| !d.is_empty())
            })
            .unwrap_or(Value::NONE),
        None => Value::NONE,
    };
    Ok(vm.new_tuple(vec![
        new_str_cps(vm, &st.buf),
        nl,
        vm.new_int(st.pos as i64),
        dict,
    ]))
}

fn sio_setstate(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let s = me(vm, &args)?;
    let a = args.positional_range(vm, "__setstate__", 2, 2)?;
    let items = vm
        .tuple_items(&a[1])
        .filter(|t| t.len() >= 3)
        .ok_or_else(|| {
            vm.type_error(&format!(
                "__setstate__ argument should be 4-tuple, got {}",
                vm.type_name(&a[1])
            ))
        })?;
    let mut st = Sio::default();
    set_newline(vm, &mut st, Some(&items[1]))?;
    st.buf = str_cps(&items[0]).unwrap_or_default();
    st.pos = index_i64(vm, &items[2])?.max(0) as usize;
    st.ok = true;
    *s.st.borrow_mut() = st;
    Ok(Value::NONE)
}

fn get_closed(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let s = me(vm, &args)?;
    let st = s.st.borrow();
    if !st.ok {
        return Err(vm.value_error("I/O operation on uninitialized object"));
    }
    Ok(Value::bool(st.closed))
}

fn get_newlines(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let s = ready(vm, &args)?;
    let st = s.st.borrow();
    Ok(st.decoder.as_ref().map_or(Value::NONE, |d| d.newlines(vm)))
}

fn get_line_buffering(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    ready(vm, &args)?;
    Ok(Value::FALSE)
}
