//! Compile-time errors: CPython's SyntaxError (and RecursionError) raised by the symtable and
//! compiler passes, located as CPython's `PyErr_RangedSyntaxLocationObject` does.

use krait_parser::ast::Loc;
use krait_parser::{ErrorKind, SyntaxError};

/// The error of the compiler passes: the parser's [`SyntaxError`] type.
pub type CompileError = SyntaxError;

/// A SyntaxError with message `msg` at `loc`. As CPython's compiler-stage errors, `offset`
/// and `end_offset` are the node's UTF-8 byte columns plus one, and `text` is left empty
/// (CPython fills it from the file when there is one).
#[cold]
pub fn syntax_error(msg: impl Into<String>, filename: &str, loc: Loc) -> CompileError {
    SyntaxError {
        kind: ErrorKind::SyntaxError,
        msg: msg.into(),
        filename: filename.to_owned(),
        lineno: loc.lineno,
        offset: loc.col_offset + 1,
        end_lineno: loc.end_lineno,
        end_offset: loc.end_col_offset + 1,
        text: None,
    }
}

/// CPython's "maximum recursion depth exceeded during compilation" (a RecursionError).
#[cold]
pub fn recursion_error(filename: &str, loc: Loc) -> CompileError {
    SyntaxError {
        kind: ErrorKind::RecursionError,
        msg: "maximum recursion depth exceeded during compilation".into(),
        filename: filename.to_owned(),
        lineno: loc.lineno,
        offset: 0,
        end_lineno: loc.end_lineno,
        end_offset: 0,
        text: None,
    }
}

/// How deeply the compiler passes may recurse into the AST: CPython's default recursion limit
/// (1000) times its `COMPILER_STACK_FRAME_SCALE` (3).
pub const MAX_DEPTH: u32 = 3000;
