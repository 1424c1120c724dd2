//! krait-parser: CPython 3.11's tokenizer and parser, building the AST of CPython's `ast` module.
//!
//! Entry point: [`parse`]. The pipeline is source bytes → (PEP 263 decoding) → tokens → AST, or
//! a [`SyntaxError`] carrying what CPython would report.

pub mod ast;
pub mod dump;
pub mod error;
pub mod wtf8;

pub use error::{ErrorKind, SyntaxError};

/// What `compile()` mode to parse in, as CPython's `exec`/`eval`/`single`/`func_type`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Exec,
    Eval,
    Single,
    FuncType,
}

/// Parses `source` (the bytes of a file: PEP 263 cookie or UTF-8 BOM honoured) in `mode`, as
/// CPython's `compile(source, filename, mode, ast.PyCF_ONLY_AST)`.
///
/// # Errors
/// The [`SyntaxError`] (or `IndentationError`, `TabError`, …) CPython would raise.
pub fn parse(source: &[u8], filename: &str, mode: Mode) -> Result<ast::Mod, SyntaxError> {
    // Placeholder until the parser lands (issue 2); replaced by the parser's entry point.
    let _ = (source, mode);
    Err(SyntaxError {
        kind: ErrorKind::SyntaxError,
        msg: "krait's parser is not implemented yet".into(),
        filename: filename.into(),
        lineno: 1,
        offset: 0,
        end_lineno: 1,
        end_offset: 0,
        text: None,
    })
}
