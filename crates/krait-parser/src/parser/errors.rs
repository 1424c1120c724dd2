//! Error values of the parser before they become [`SyntaxError`]s: a message and a location in
//! byte columns, converted to CPython's 1-based character offsets against the source line (as
//! `_PyPegen_raise_error_known_location` does with `_PyPegen_byte_offset_to_character_offset`).

use super::{PErr, Parser};
use crate::ast::Loc;
use crate::error::{ErrorKind, SyntaxError};
use crate::token::{TokKind, Token};
use crate::tokenizer::{char_count, TokError};

/// A column of an error location.
#[derive(Clone, Copy, Debug)]
pub enum Col {
    /// A 0-based byte column on the line; reported as its character offset + 1.
    Byte(u32),
    /// Reported as is (CPython's offsets that are not columns, e.g. 0 or -1).
    Raw(i32),
}

/// A parse error before conversion to [`SyntaxError`].
#[derive(Clone, Debug)]
pub struct RawError {
    pub kind: ErrorKind,
    pub msg: String,
    pub lineno: u32,
    pub col: Col,
    pub end_lineno: u32,
    pub end_col: Col,
}

impl RawError {
    /// The parser-stack overflow (CPython: MemoryError from `_Pypegen_stack_overflow`).
    pub fn memory() -> Self {
        RawError {
            kind: ErrorKind::MemoryError,
            msg: String::new(),
            lineno: 0,
            col: Col::Raw(0),
            end_lineno: 0,
            end_col: Col::Raw(0),
        }
    }

    /// A tokenizer error, whose offsets are already CPython's.
    pub fn from_tok(e: &TokError) -> Self {
        RawError {
            kind: e.kind,
            msg: e.msg.clone(),
            lineno: e.lineno,
            col: Col::Raw(e.offset),
            end_lineno: e.end_lineno,
            end_col: Col::Raw(e.end_offset),
        }
    }

    /// Converts to a [`SyntaxError`], computing character offsets from `src` (normalized
    /// source) and filling `text` with the line.
    /// `char_offsets` is false for undeclared source bytes, where CPython leaves the parser's
    /// byte columns unconverted.
    pub fn into_syntax_error(self, src: &[u8], filename: &str, char_offsets: bool) -> SyntaxError {
        if self.kind == ErrorKind::MemoryError || self.kind == ErrorKind::RecursionError {
            return SyntaxError {
                kind: self.kind,
                msg: self.msg,
                filename: filename.into(),
                lineno: 0,
                offset: 0,
                end_lineno: 0,
                end_offset: 0,
                text: None,
            };
        }
        let line_of = |n: u32| -> Option<&[u8]> {
            if n == 0 {
                return None;
            }
            src.split(|&b| b == b'\n').nth(n as usize - 1)
        };
        let conv = |line: u32, c: Col| -> u32 {
            match c {
                // CPython's -1 ("no column") is kept as u32::MAX.
                Col::Raw(r) => r as u32,
                Col::Byte(b) if !char_offsets => b + 1,
                Col::Byte(b) => match line_of(line) {
                    Some(l) => char_count(&l[..(b as usize).min(l.len())]) as u32 + 1,
                    None => b + 1,
                },
            }
        };
        let text = line_of(self.lineno).map(|l| {
            let mut s = String::from_utf8_lossy(l).into_owned();
            s.push('\n');
            s
        });
        SyntaxError {
            kind: self.kind,
            offset: conv(self.lineno, self.col),
            end_offset: conv(self.end_lineno, self.end_col),
            msg: self.msg,
            filename: filename.into(),
            lineno: self.lineno,
            end_lineno: self.end_lineno,
            text,
        }
    }
}

/// A syntax error spanning `loc` (CPython's `RAISE_SYNTAX_ERROR_KNOWN_LOCATION`/`…_RANGE`).
pub fn err_loc(msg: impl Into<String>, loc: Loc) -> PErr {
    err_kind_loc(ErrorKind::SyntaxError, msg, loc)
}

/// An error of `kind` spanning `loc`.
pub fn err_kind_loc(kind: ErrorKind, msg: impl Into<String>, loc: Loc) -> PErr {
    PErr::Error(Box::new(RawError {
        kind,
        msg: msg.into(),
        lineno: loc.lineno,
        col: Col::Byte(loc.col_offset),
        end_lineno: loc.end_lineno,
        end_col: Col::Byte(loc.end_col_offset),
    }))
}

/// The location of a token.
pub fn tok_loc(t: &Token) -> Loc {
    Loc {
        lineno: t.lineno,
        col_offset: t.col,
        end_lineno: t.end_lineno,
        end_col_offset: t.end_col,
    }
}

/// A location from the start of `a` to the end of `b`.
pub fn span(a: Loc, b: Loc) -> Loc {
    Loc {
        lineno: a.lineno,
        col_offset: a.col_offset,
        end_lineno: b.end_lineno,
        end_col_offset: b.end_col_offset,
    }
}

impl Parser<'_> {
    /// CPython's `_PyPegen_raise_error` without a known location: at the last token read; a
    /// token without extent (INDENT, DEDENT, ENDMARKER) gives the tokenizer's column and no
    /// end column.
    pub fn raise_last(&mut self, kind: ErrorKind, msg: impl Into<String>) -> PErr {
        let t = self.tokens().last().copied().unwrap_or_else(|| self.tok());
        let (col, end_col) = match t.kind {
            TokKind::Indent | TokKind::Dedent | TokKind::EndMarker => {
                (Col::Raw(t.col as i32), Col::Raw(-1))
            }
            _ => (Col::Byte(t.col), Col::Byte(t.end_col)),
        };
        PErr::Error(Box::new(RawError {
            kind,
            msg: msg.into(),
            lineno: t.lineno,
            col,
            end_lineno: t.end_lineno,
            end_col,
        }))
    }

    /// CPython's `RAISE_SYNTAX_ERROR(msg)`: located at the last token read.
    pub fn err_last(&mut self, msg: impl Into<String>) -> PErr {
        self.raise_last(ErrorKind::SyntaxError, msg)
    }

    /// An error at the current token.
    pub fn err_here(&mut self, msg: impl Into<String>) -> PErr {
        let t = self.tok();
        err_loc(msg, tok_loc(&t))
    }

    /// An IndentationError located at the last token read.
    pub fn indent_err(&mut self, msg: impl Into<String>) -> PErr {
        self.raise_last(ErrorKind::IndentationError, msg)
    }

    /// CPython's `RAISE_SYNTAX_ERROR_STARTING_FROM(a, msg)`: from `start` to the tokenizer's
    /// current position (the end of the last token read).
    pub fn err_from(&mut self, msg: impl Into<String>, start: Loc) -> PErr {
        let t = self.tokens().last().copied().unwrap_or_else(|| self.tok());
        PErr::Error(Box::new(RawError {
            kind: ErrorKind::SyntaxError,
            msg: msg.into(),
            lineno: start.lineno,
            col: Col::Byte(start.col_offset),
            end_lineno: t.end_lineno,
            end_col: Col::Byte(t.end_col.saturating_sub(1)),
        }))
    }
}
