//! Syntax errors as CPython reports them: exception type, message, and location.

use std::fmt;

/// Which exception CPython raises for a source it cannot compile.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
    /// Input nested too deeply for the parser (CPython: "too many nested parentheses" is a
    /// SyntaxError; a too-deep parse raises RecursionError or MemoryError — use what CPython does).
    RecursionError,
    MemoryError,
    /// E.g. `compile()` of a string holding NUL bytes.
    ValueError,
}

impl ErrorKind {
    /// The Python exception class name.
    pub fn name(self) -> &'static str {
        match self {
            ErrorKind::SyntaxError => "SyntaxError",
            ErrorKind::IndentationError => "IndentationError",
            ErrorKind::TabError => "TabError",
            ErrorKind::RecursionError => "RecursionError",
            ErrorKind::MemoryError => "MemoryError",
            ErrorKind::ValueError => "ValueError",
        }
    }
}

/// A compile-time error with CPython's fields: `lineno`/`end_lineno` are 1-based lines;
/// `offset`/`end_offset` are 1-based *character* columns, as `SyntaxError.offset` (0 when
/// CPython reports none, `u32::MAX` where CPython reports -1); `text` is the offending source line, as CPython's `SyntaxError.text`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    pub kind: ErrorKind,
    pub msg: String,
    pub filename: String,
    pub lineno: u32,
    pub offset: u32,
    pub end_lineno: u32,
    pub end_offset: u32,
    pub text: Option<String>,
}

impl SyntaxError {
    /// Fills in `text` (when the error has none, as compiler-stage errors do) with line
    /// `lineno` of `source`, as CPython takes the offending line from the file.
    pub fn fill_text(&mut self, source: &[u8]) {
        if self.text.is_none() && self.lineno > 0 {
            self.text = String::from_utf8_lossy(source)
                .split_inclusive('\n')
                .nth(self.lineno as usize - 1)
                .map(str::to_owned);
        }
    }
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: {} ({}, line {})",
            self.kind.name(),
            self.msg,
            self.filename,
            self.lineno
        )
    }
}

impl std::error::Error for SyntaxError {}
