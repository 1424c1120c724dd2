//! `SyntaxError` objects made from the compiler's errors (CPython's Objects/exceptions.c
//! `SyntaxError_init` and `SyntaxError_str`), and back again for printing.

use crate::error::PyErr;
use crate::value::Value;
use crate::vm::Vm;
use krait_parser::{ErrorKind, SyntaxError};

impl Vm {
    /// The Python exception for a compile error: a `SyntaxError` (or `IndentationError`,
    /// `TabError`) with `msg`, `filename`, `lineno`, `offset`, `text`, `end_lineno` and
    /// `end_offset`, or the `RecursionError`/`MemoryError`/`ValueError` the compiler reports.
    pub fn syntax_error_from(&self, e: &SyntaxError) -> PyErr {
        let ty = match e.kind {
            ErrorKind::SyntaxError => &self.types.syntax_error,
            ErrorKind::IndentationError => &self.types.indentation_error,
            ErrorKind::TabError => &self.types.tab_error,
            ErrorKind::RecursionError => {
                return self.new_error(&self.types.recursion_error, &e.msg)
            }
            ErrorKind::MemoryError => return self.new_error(&self.types.memory_error, &e.msg),
            ErrorKind::ValueError => return self.new_error(&self.types.value_error, &e.msg),
        };
        let col = |c: u32| {
            if c == u32::MAX {
                self.new_int(-1)
            } else {
                self.new_int(i64::from(c))
            }
        };
        let text = e.text.as_deref().map_or(Value::NONE, |t| self.new_str(t));
        let details = self.new_tuple(vec![
            self.new_str(&e.filename),
            self.new_int(i64::from(e.lineno)),
            col(e.offset),
            text.clone(),
            self.new_int(i64::from(e.end_lineno)),
            col(e.end_offset),
        ]);
        let err = self.new_exception(ty, vec![self.new_str(&e.msg), details]);
        let exc = err.exception_value();
        for (k, v) in [
            ("msg", self.new_str(&e.msg)),
            ("filename", self.new_str(&e.filename)),
            ("lineno", self.new_int(i64::from(e.lineno))),
            ("offset", col(e.offset)),
            ("text", text),
            ("end_lineno", self.new_int(i64::from(e.end_lineno))),
            ("end_offset", col(e.end_offset)),
            ("print_file_and_line", Value::NONE),
        ] {
            let _ = self.set_attr(&exc, &self.intern(k), v);
        }
        err
    }

    /// `str()` of a SyntaxError instance with a message: `msg (file, line N)` with the file's
    /// base name, as CPython's `SyntaxError_str`; `None` when `exc` is not one.
    pub(crate) fn syntax_error_str(&self, exc: &Value) -> Option<String> {
        if !self.is_instance_of(exc, &self.types.syntax_error) {
            return None;
        }
        let get = |k: &str| self.get_attr_opt(exc, k).ok().flatten();
        let msg = get("msg")?;
        let msg = self.str_string(&msg).ok()?;
        let filename = get("filename")
            .filter(|f| !f.is_none())
            .map(|f| self.str_of(&f));
        let lineno = get("lineno").and_then(|l| l.as_small_int());
        let base = filename
            .as_deref()
            .map(|f| f.rsplit('/').next().unwrap_or(f).to_owned());
        Some(match (base, lineno) {
            (Some(f), Some(l)) => format!("{msg} ({f}, line {l})"),
            (Some(f), None) => format!("{msg} ({f})"),
            (None, Some(l)) => format!("{msg} (line {l})"),
            (None, None) => msg,
        })
    }

    /// The compiler-error form of a SyntaxError instance, for printing it as CPython's
    /// `print_exception` does (`File`, line, text and carets). `None` for other exceptions or
    /// when the attributes are not usable.
    pub(crate) fn syntax_error_report(&self, exc: &Value) -> Option<SyntaxError> {
        let ty = self.type_of(exc);
        let kind = if ty.is(&self.types.tab_error) {
            ErrorKind::TabError
        } else if ty.is(&self.types.indentation_error) {
            ErrorKind::IndentationError
        } else if self.is_instance_of(exc, &self.types.syntax_error) {
            ErrorKind::SyntaxError
        } else {
            return None;
        };
        let get = |k: &str| self.get_attr_opt(exc, k).ok().flatten();
        let num = |k: &str| -> u32 {
            match get(k).and_then(|v| v.as_small_int()) {
                Some(-1) => u32::MAX,
                Some(n) => u32::try_from(n).unwrap_or(0),
                None => 0,
            }
        };
        let text = get("text")
            .filter(|t| !t.is_none())
            .map(|t| self.str_of(&t));
        Some(SyntaxError {
            kind,
            msg: get("msg")
                .and_then(|m| self.str_string(&m).ok())
                .unwrap_or_default(),
            filename: get("filename")
                .filter(|f| !f.is_none())
                .map(|f| self.str_of(&f))
                .unwrap_or_else(|| "<string>".to_owned()),
            lineno: num("lineno"),
            offset: num("offset"),
            end_lineno: num("end_lineno"),
            end_offset: num("end_offset"),
            text,
        })
    }
}
