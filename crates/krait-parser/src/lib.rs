//! krait-parser: CPython 3.11's tokenizer and parser, building the AST of CPython's `ast` module.
//!
//! Entry point: [`parse`]. The pipeline is source bytes → (PEP 263 decoding) → tokens → AST, or
//! a [`SyntaxError`] carrying what CPython would report.

pub mod ast;
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
