//! `from __future__ import …` statements, as CPython 3.11's Python/future.c: which features a
//! module enables, and the SyntaxErrors for unknown or misplaced future imports.

use crate::codegen::Compiler;
use crate::error::{syntax_error, CompileError};
use krait_parser::ast::{self, Loc, StmtKind};
use krait_parser::{ErrorKind, SyntaxError};

/// The features a module's future statements turn on.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Features {
    /// `from __future__ import annotations` (PEP 563).
    pub annotations: bool,
    /// Line of the last future statement (CPython's `ff_lineno`), 0 when none.
    pub lineno: u32,
}

/// Features that 3.11 accepts (all but `annotations` are no-ops now, or parser-only).
const KNOWN: &[&str] = &[
    "nested_scopes",
    "generators",
    "division",
    "absolute_import",
    "with_statement",
    "print_function",
    "unicode_literals",
    "barry_as_FLUFL",
    "generator_stop",
    "annotations",
];

fn located(msg: String, filename: &str, lineno: u32, offset: u32) -> CompileError {
    SyntaxError {
        kind: ErrorKind::SyntaxError,
        msg,
        filename: filename.to_owned(),
        lineno,
        offset,
        end_lineno: lineno,
        end_offset: 0,
        text: None,
    }
}

/// `future_parse`: scans the leading statements of a module.
///
/// # Errors
/// "not a chance", "future feature X is not defined", or a future import after another
/// statement on the same logical run (located as CPython: `offset` = column, no end).
pub fn parse(module: &ast::Mod, filename: &str) -> Result<Features, CompileError> {
    let mut ff = Features::default();
    let body = match module {
        ast::Mod::Module { body, .. } | ast::Mod::Interactive { body } => body,
        _ => return Ok(ff),
    };
    let start = usize::from(Compiler::docstring(body).is_some());
    let mut done = false;
    let mut prev_line = 0;
    for s in &body[start.min(body.len())..] {
        if done && s.loc.lineno > prev_line {
            return Ok(ff);
        }
        prev_line = s.loc.lineno;
        match &s.kind {
            StmtKind::ImportFrom {
                module: Some(m),
                names,
                ..
            } if m == "__future__" => {
                if done {
                    return Err(located(
                        "from __future__ imports must occur at the beginning of the file".into(),
                        filename,
                        s.loc.lineno,
                        s.loc.col_offset,
                    ));
                }
                for a in names {
                    if a.name == "annotations" {
                        ff.annotations = true;
                    } else if a.name == "braces" {
                        return Err(located(
                            "not a chance".into(),
                            filename,
                            s.loc.lineno,
                            s.loc.col_offset + 1,
                        ));
                    } else if !KNOWN.contains(&a.name.as_str()) {
                        return Err(located(
                            format!("future feature {} is not defined", a.name),
                            filename,
                            s.loc.lineno,
                            s.loc.col_offset + 1,
                        ));
                    }
                }
                ff.lineno = s.loc.lineno;
            }
            _ => done = true,
        }
    }
    let _ = (syntax_error as fn(String, &str, Loc) -> CompileError,);
    Ok(ff)
}
