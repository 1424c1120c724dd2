//! `_io.open` (= `builtins.open`), `open_code` and `text_encoding` (CPython's
//! Modules/_io/_iomodule.c): mode validation with CPython's messages, and the stacking of
//! `FileIO`, a buffered class and `TextIOWrapper`.

use super::util::{index_i64, io_type};
use krait_vm::native::Args;
use krait_vm::objects::str::StrData;
use krait_vm::protocols::payload;
use krait_vm::{method_table, PyResult, Value, Vm};

method_table!(
    /// The functions of `_io`.
    FUNCTIONS,
    Static,
    {
    "open" => io_open, "($module, /, file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None)", "Open file and return a stream.  Raise OSError upon failure.";
    "open_code" => io_open_code, "($module, /, path)", "Opens the provided file with the intent to import the contents.";
    "text_encoding" => io_text_encoding, "($module, encoding, stacklevel=2, /)", "A helper function to choose the text encoding.";
    }
);

/// The parsed `mode` of `open`.
struct Mode {
    creating: bool,
    reading: bool,
    writing: bool,
    appending: bool,
    updating: bool,
    text: bool,
    binary: bool,
}

fn parse_mode(vm: &Vm, mode: &str) -> PyResult<Mode> {
    let mut m = Mode {
        creating: false,
        reading: false,
        writing: false,
        appending: false,
        updating: false,
        text: false,
        binary: false,
    };
    let invalid = || vm.value_error(&format!("invalid mode: '{mode}'"));
    for (i, c) in mode.char_indices() {
        match c {
            'x' => m.creating = true,
            'r' => m.reading = true,
            'w' => m.writing = true,
            'a' => m.appending = true,
            '+' => m.updating = true,
            't' => m.text = true,
            'b' => m.binary = true,
            _ => return Err(invalid()),
        }
        if mode[i + 1..].contains(c) {
            return Err(invalid());
        }
    }
    if m.text && m.binary {
        return Err(vm.value_error("can't have text and binary mode at once"));
    }
    let n = [m.creating, m.reading, m.writing, m.appending]
        .iter()
        .filter(|b| **b)
        .count();
    if n > 1 {
        return Err(vm.value_error("must have exactly one of create/read/write/append mode"));
    }
    Ok(m)
}

impl Mode {
    /// The mode given to `FileIO`.
    fn raw(&self) -> String {
        let mut s = String::new();
        for (on, c) in [
            (self.creating, 'x'),
            (self.reading, 'r'),
            (self.writing, 'w'),
            (self.appending, 'a'),
            (self.updating, '+'),
        ] {
            if on {
                s.push(c);
            }
        }
        s
    }
}

fn io_open(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let names = [
        "file",
        "mode",
        "buffering",
        "encoding",
        "errors",
        "newline",
        "closefd",
        "opener",
    ];
    let a = crate::convert::parse_keywords(vm, &args, "open", &names, 0, 8, 1)?;
    let file = a[0].clone().unwrap_or(Value::NONE);
    let mode_v = a[1].clone().unwrap_or_else(|| vm.new_str("r"));
    let Some(mode) = payload::<StrData>(&mode_v).map(StrData::to_string_lossy) else {
        return Err(vm.type_error(&format!(
            "open() argument 'mode' must be str, not {}",
            vm.type_name(&mode_v)
        )));
    };
    let mut buffering = match &a[2] {
        Some(b) => index_i64(vm, b)?,
        None => -1,
    };
    let given = |i: usize| a[i].as_ref().filter(|v| !v.is_none()).cloned();
    let (encoding, errors, newline) = (given(3), given(4), given(5));
    for (i, what) in [(3, "encoding"), (4, "errors"), (5, "newline")] {
        if let Some(v) = given(i) {
            if payload::<StrData>(&v).is_none() {
                return Err(vm.type_error(&format!(
                    "open() argument '{what}' must be str or None, not {}",
                    vm.type_name(&v)
                )));
            }
        }
    }
    let m = parse_mode(vm, &mode)?;
    if m.binary {
        for (v, what) in [
            (&encoding, "an encoding"),
            (&errors, "an errors"),
            (&newline, "a newline"),
        ] {
            if v.is_some() {
                return Err(vm.value_error(&format!("binary mode doesn't take {what} argument")));
            }
        }
    }
    let closefd = a[6].clone().unwrap_or(Value::TRUE);
    let opener = a[7].clone().unwrap_or(Value::NONE);
    let raw = vm.call(
        &io_type(vm, "FileIO")?,
        &[file, vm.new_str(&m.raw()), closefd, opener],
        &[],
    )?;
    let result = stack(
        vm,
        &raw,
        &m,
        &mode,
        &mut buffering,
        encoding,
        errors,
        newline,
    );
    if result.is_err() {
        let _ = vm.call_method(&raw, "close", &[]);
    }
    result
}

/// Puts the buffered and text layers over `raw`.
#[allow(clippy::too_many_arguments)]
fn stack(
    vm: &Vm,
    raw: &Value,
    m: &Mode,
    mode: &str,
    buffering: &mut i64,
    encoding: Option<Value>,
    errors: Option<Value>,
    newline: Option<Value>,
) -> PyResult<Value> {
    let mut line_buffering = false;
    let isatty = || -> PyResult<bool> {
        let r = vm.call_method(raw, "isatty", &[])?;
        vm.is_true(&r)
    };
    if *buffering == 1 || (*buffering < 0 && isatty()?) {
        *buffering = -1;
        line_buffering = true;
    }
    if *buffering < 0 {
        let blk = vm.get_attr(raw, &vm.intern("_blksize"))?;
        let b = index_i64(vm, &blk)?;
        *buffering = if b > 1 { b } else { super::DEFAULT_BUFFER_SIZE };
    }
    if *buffering == 0 {
        if m.binary {
            return Ok(raw.clone());
        }
        return Err(vm.value_error("can't have unbuffered text I/O"));
    }
    let class = if m.updating {
        "BufferedRandom"
    } else if m.creating || m.writing || m.appending {
        "BufferedWriter"
    } else {
        "BufferedReader"
    };
    let buffer = vm.call(
        &io_type(vm, class)?,
        &[raw.clone(), vm.new_int(*buffering)],
        &[],
    )?;
    if m.binary {
        return Ok(buffer);
    }
    let opt = |v: Option<Value>| v.unwrap_or(Value::NONE);
    let text = vm.call(
        &io_type(vm, "TextIOWrapper")?,
        &[
            buffer.clone(),
            opt(encoding),
            opt(errors),
            opt(newline),
            Value::bool(line_buffering),
        ],
        &[],
    );
    let text = match text {
        Ok(t) => t,
        Err(e) => {
            let _ = vm.call_method(&buffer, "close", &[]);
            return Err(e);
        }
    };
    vm.set_attr(&text, &vm.intern("mode"), vm.new_str(mode))?;
    Ok(text)
}

fn io_open_code(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = crate::convert::parse_keywords(vm, &args, "open_code", &["path"], 0, 1, 1)?;
    let path = a[0].clone().unwrap_or(Value::NONE);
    if payload::<StrData>(&path).is_none() {
        return Err(vm.type_error(&format!(
            "open_code() argument 'path' must be str, not {}",
            vm.type_name(&path)
        )));
    }
    let open = vm.get_attr(&vm.import_absolute("_io")?, &vm.intern("open"))?;
    vm.call(&open, &[path, vm.new_str("rb")], &[])
}

fn io_text_encoding(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = crate::convert::positional(vm, &args, "text_encoding", "text_encoding", 1, 2)?;
    if !a[0].is_none() {
        return Ok(a[0].clone());
    }
    Ok(vm.new_str(if super::stdio::utf8_mode() {
        "utf-8"
    } else {
        "locale"
    }))
}
