//! krait-parser: CPython 3.11's tokenizer and parser, building the AST of CPython's `ast` module.
//!
//! Entry point: [`parse`]. The pipeline is source bytes → (PEP 263 decoding) → tokens → AST, or
//! a [`SyntaxError`] carrying what CPython would report.

pub mod ast;
pub mod dump;
pub mod error;
pub mod wtf8;

mod codecs;
mod fstring;
mod number;
pub mod parser;
pub mod report;
pub mod source;
pub mod strings;
pub mod token;
pub mod tokenizer;
pub mod unicode_names;
mod unicode_names_tables;

#[cfg(test)]
mod tests;

pub use error::{ErrorKind, SyntaxError};

/// What `compile()` mode to parse in, as CPython's `exec`/`eval`/`single`/`func_type`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Exec,
    Eval,
    Single,
    FuncType,
}

/// The stack size of the thread a parse runs on: deep (but legal) nesting recurses deeply, and
/// the parser's own depth limits (CPython's MAXSTACK) keep it well inside this.
const PARSER_STACK: usize = 256 << 20;

/// Parses `source` (the bytes of a file: PEP 263 cookie or UTF-8 BOM honoured) in `mode`, as
/// CPython's `compile(source, filename, mode, ast.PyCF_ONLY_AST)`.
///
/// # Errors
/// The [`SyntaxError`] (or `IndentationError`, `TabError`, …) CPython would raise.
pub fn parse(source: &[u8], filename: &str, mode: Mode) -> Result<ast::Mod, SyntaxError> {
    let text = source::decode(source, filename)?;
    parse_decoded(text, filename, mode, source::declares_encoding(source))
}

/// Parses a script file's bytes as `python3 FILE` does, which differs from [`parse`] (CPython's
/// `ast.parse(bytes)`) in three observable ways: undecodable bytes without a coding cookie are one
/// "Non-UTF-8 code starting with …" error, error columns are always characters, and a tree too
/// deep to compile is CPython's compiler's RecursionError ("… during compilation"), since no
/// `ast` objects are built (krait's parser stops at the same depth either way, so that no caller
/// ever holds a tree too deep to drop safely).
///
/// # Errors
/// As [`parse`].
pub fn parse_file(source: &[u8], filename: &str, mode: Mode) -> Result<ast::Mod, SyntaxError> {
    if let Some(nul) = source.iter().position(|&b| b == 0) {
        // CPython's file tokenizer: the line up to the NUL is the error's text, with no caret.
        let line_start = source[..nul]
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |i| i + 1);
        let lineno = source[..nul].iter().filter(|&&b| b == b'\n').count() as u32 + 1;
        return Err(SyntaxError {
            kind: ErrorKind::SyntaxError,
            msg: "source code cannot contain null bytes".into(),
            filename: filename.into(),
            lineno,
            offset: 0,
            end_lineno: lineno,
            end_offset: 0,
            text: Some(String::from_utf8_lossy(&source[line_start..nul]).into_owned()),
        });
    }
    let text = source::decode(source, filename).map_err(|mut e| {
        // The file tokenizer words an unknown cookie as an "encoding problem".
        if let Some(name) = e.msg.strip_prefix("unknown encoding: ") {
            e.msg = format!("encoding problem: {name}");
        }
        e
    })?;
    if !source::declares_encoding(source) {
        if let Some((i, _)) = source::utf8_error(&text) {
            let line = text[..i].iter().filter(|&&b| b == b'\n').count() + 1;
            return Err(SyntaxError {
                kind: ErrorKind::SyntaxError,
                msg: format!(
                    "Non-UTF-8 code starting with '\\x{:02x}' in file {filename} on line {line}, but no encoding \
                     declared; see https://peps.python.org/pep-0263/ for details",
                    text[i]
                ),
                filename: filename.into(),
                lineno: 0,
                offset: 0,
                end_lineno: 0,
                end_offset: 0,
                text: None,
            });
        }
    }
    let lines = source
        .split(|&b| b == b'\n')
        .filter(|l| !l.is_empty())
        .count() as u32;
    parse_decoded(text, filename, mode, true).map_err(|mut e| {
        if e.kind == ErrorKind::RecursionError && e.msg.ends_with("during ast construction") {
            e.msg = "maximum recursion depth exceeded during compilation".into();
        }
        // A parser error ("expected …") at the ENDMARKER just past the last line has no column
        // in file mode: CPython's file tokenizer has no line buffer left there. (Tokenizer
        // errors at the end keep theirs.)
        let past_end = e
            .text
            .as_deref()
            .is_some_and(|t| e.offset as usize == t.trim_end_matches('\n').chars().count() + 1);
        if e.end_offset == u32::MAX
            && e.lineno == lines
            && past_end
            && e.msg.starts_with("expected ")
        {
            e.offset = 0;
        }
        e
    })
}

/// Parses already-decoded text (as `compile()` of a `str`, which ignores coding cookies).
///
/// # Errors
/// As [`parse`].
pub fn parse_str(source: &str, filename: &str, mode: Mode) -> Result<ast::Mod, SyntaxError> {
    if source.contains('\0') {
        return Err(SyntaxError {
            kind: ErrorKind::SyntaxError,
            msg: "source code string cannot contain null bytes".into(),
            filename: filename.into(),
            lineno: 0,
            offset: 0,
            end_lineno: 0,
            end_offset: 0,
            text: None,
        });
    }
    parse_decoded(
        source::normalize_newline_bytes(source.as_bytes().to_vec()),
        filename,
        mode,
        true,
    )
}

fn parse_decoded(
    mut text: Vec<u8>,
    filename: &str,
    mode: Mode,
    char_offsets: bool,
) -> Result<ast::Mod, SyntaxError> {
    let implicit_newline =
        matches!(mode, Mode::Exec | Mode::Single) && !text.is_empty() && !text.ends_with(b"\n");
    if implicit_newline {
        text.push(b'\n');
    }
    let filename = filename.to_owned();
    // Run on a thread with a large stack so that legal deep nesting cannot overflow the
    // caller's stack; the AST handed back is at most CPython's `ast` depth deep.
    let worker = std::thread::Builder::new().stack_size(PARSER_STACK);
    match worker.spawn(move || parser::run(&text, &filename, mode, char_offsets, implicit_newline))
    {
        Ok(h) => h
            .join()
            .unwrap_or_else(|_| Err(internal_error("parser thread panicked"))),
        Err(_) => Err(internal_error("cannot start the parser thread")),
    }
}

fn internal_error(msg: &str) -> SyntaxError {
    SyntaxError {
        kind: ErrorKind::MemoryError,
        msg: format!("internal error: {msg}"),
        filename: String::new(),
        lineno: 0,
        offset: 0,
        end_lineno: 0,
        end_offset: 0,
        text: None,
    }
}
