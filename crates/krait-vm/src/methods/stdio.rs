//! Methods of the standard streams `sys.stdin`, `sys.stdout` and `sys.stderr` (a minimal
//! stand-in for CPython's `_io.TextIOWrapper` until `_io` exists, issue 5).

use crate::error::PyResult;
use crate::native::{method_table, Args};
use crate::objects::stdio::StdStreamData;
use crate::protocols::payload;
use crate::value::Value;
use crate::vm::Vm;
use std::io::{BufRead, IsTerminal, Read, Write};

method_table!(
    /// The methods of the standard streams.
    METHODS,
    Method,
    {
    "write" => stream_write, "($self, text, /)", "Write string to stream.";
    "flush" => stream_flush, "($self, /)", "Flush write buffers, if applicable.";
    "read" => stream_read, "($self, size=-1, /)", "Read at most size characters from stream.";
    "readline" => stream_readline, "($self, size=-1, /)", "Read until newline or EOF.";
    "fileno" => stream_fileno, "($self, /)", "Return underlying file descriptor if one exists.";
    "isatty" => stream_isatty, "($self, /)", "Return whether this is an 'interactive' stream.";
    "readable" => stream_readable, "($self, /)", "Return whether object was opened for reading.";
    "writable" => stream_writable, "($self, /)", "Return whether object was opened for writing.";
    }
);

/// The file descriptor of a standard stream.
fn fd_of(vm: &Vm, v: &Value) -> PyResult<i32> {
    payload::<StdStreamData>(v)
        .map(|s| s.fd)
        .ok_or_else(|| vm.type_error("expected a standard stream"))
}

fn stream_write(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_range(vm, "write", 2, 2)?;
    let fd = fd_of(vm, &a[0])?;
    let Some(s) = payload::<crate::objects::str::StrData>(&a[1]) else {
        return Err(vm.type_error(&format!(
            "write() argument must be str, not {}",
            vm.type_name(&a[1])
        )));
    };
    let text = s.to_string_lossy();
    match fd {
        1 => vm.write_stdout(&text),
        2 => {
            let _ = std::io::stderr().write_all(text.as_bytes());
        }
        _ => return Err(vm.new_error(&vm.types.os_error, "not writable")),
    }
    Ok(vm.new_int(s.len() as i64))
}

fn stream_flush(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_range(vm, "flush", 1, 1)?;
    match fd_of(vm, &a[0])? {
        1 => {
            let _ = std::io::stdout().flush();
        }
        2 => {
            let _ = std::io::stderr().flush();
        }
        _ => {}
    }
    Ok(Value::NONE)
}

fn read_check(vm: &Vm, v: &Value) -> PyResult<()> {
    if fd_of(vm, v)? != 0 {
        return Err(vm.new_error(&vm.types.os_error, "not readable"));
    }
    let _ = std::io::stdout().flush();
    Ok(())
}

fn stream_read(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_range(vm, "read", 1, 2)?;
    read_check(vm, &a[0])?;
    let mut s = String::new();
    if std::io::stdin().read_to_string(&mut s).is_err() {
        return Err(vm.new_error(&vm.types.unicode_decode_error, "stdin is not valid UTF-8"));
    }
    Ok(vm.new_str(&s))
}

fn stream_readline(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_range(vm, "readline", 1, 2)?;
    read_check(vm, &a[0])?;
    let mut s = String::new();
    if std::io::stdin().lock().read_line(&mut s).is_err() {
        return Err(vm.new_error(&vm.types.unicode_decode_error, "stdin is not valid UTF-8"));
    }
    Ok(vm.new_str(&s))
}

fn stream_fileno(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_range(vm, "fileno", 1, 1)?;
    Ok(vm.new_int(i64::from(fd_of(vm, &a[0])?)))
}

fn stream_isatty(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_range(vm, "isatty", 1, 1)?;
    Ok(Value::bool(match fd_of(vm, &a[0])? {
        0 => std::io::stdin().is_terminal(),
        1 => std::io::stdout().is_terminal(),
        _ => std::io::stderr().is_terminal(),
    }))
}

fn stream_readable(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_range(vm, "readable", 1, 1)?;
    Ok(Value::bool(fd_of(vm, &a[0])? == 0))
}

fn stream_writable(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_range(vm, "writable", 1, 1)?;
    Ok(Value::bool(fd_of(vm, &a[0])? != 0))
}

/// The attributes of a standard stream (`name`, `mode`, `encoding`, `errors`, `closed`,
/// `line_buffering`).
pub fn stream_field(vm: &Vm, s: &StdStreamData, name: &str) -> Option<Value> {
    let which = ["<stdin>", "<stdout>", "<stderr>"][s.fd as usize];
    Some(match name {
        "name" => vm.new_str(which),
        "mode" => vm.new_str(if s.fd == 0 { "r" } else { "w" }),
        "encoding" => vm.new_str("utf-8"),
        "errors" => vm.new_str(if s.fd == 2 {
            "backslashreplace"
        } else {
            "strict"
        }),
        "closed" => Value::FALSE,
        "line_buffering" => Value::bool(s.fd == 2 || std::io::stdout().is_terminal()),
        _ => return None,
    })
}

/// `repr()` of a standard stream, as CPython's `TextIOWrapper`.
pub fn stream_repr(s: &StdStreamData) -> String {
    let which = ["<stdin>", "<stdout>", "<stderr>"][s.fd as usize];
    let mode = if s.fd == 0 { "r" } else { "w" };
    format!("<_io.TextIOWrapper name='{which}' mode='{mode}' encoding='utf-8'>")
}
