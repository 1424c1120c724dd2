//! Printing errors the way CPython prints them on stderr: a SyntaxError (and its subclasses
//! IndentationError and TabError) with its `File "…", line N` line, the source line and the
//! `^^^` marker, as `print_exception` and `print_error_text` in CPython's Python/pythonrun.c.

use crate::{ErrorKind, SyntaxError};

/// The text CPython's `sys.excepthook` writes for an uncaught compile-time error `e`.
///
/// The layout: `  File "{filename}", line {lineno}` (left out when the error has no line), then,
/// when the error has a source line, that line with its leading spaces, tabs and form feeds
/// stripped, indented by four spaces, and a marker line of `^` from `offset` to `end_offset`
/// (one `^` when the range is empty; IndentationError and TabError always get one; none when the
/// offset falls in the stripped indentation), then `{Type}: {msg}`.
pub fn format_syntax_error(e: &SyntaxError) -> String {
    let mut out = String::new();
    let is_syntax_family = matches!(
        e.kind,
        ErrorKind::SyntaxError | ErrorKind::IndentationError | ErrorKind::TabError
    );
    if is_syntax_family && e.lineno > 0 {
        out.push_str(&format!("  File \"{}\", line {}\n", e.filename, e.lineno));
        if let Some(text) = &e.text {
            let lineno = i64::from(e.lineno);
            let offset = i64::from(e.offset);
            // SyntaxError's subclasses are printed without an end position.
            let (end_lineno, mut end_offset) = if e.kind == ErrorKind::SyntaxError {
                (i64::from(e.end_lineno).max(lineno), i64::from(e.end_offset))
            } else {
                (lineno, -1)
            };
            if e.kind == ErrorKind::SyntaxError && e.end_offset == 0 {
                end_offset = -1;
            }
            let line_size = text.len() as i64;
            if end_lineno > lineno {
                end_offset = line_size;
            }
            if end_offset > line_size + 1 {
                end_offset = line_size + 1;
            }
            print_error_text(&mut out, offset, end_offset, text);
        }
    }
    out.push_str(e.kind.name());
    if !e.msg.is_empty() {
        out.push_str(": ");
        out.push_str(&e.msg);
    }
    out.push('\n');
    out
}

/// The source line and marker, as `print_error_text` (which counts `offset` in UTF-8 bytes of
/// the stripped line, as CPython does; `offset` and `end_offset` are 1-based, -1 or 0 for none).
fn print_error_text(out: &mut String, offset: i64, end_offset: i64, text: &str) {
    let carets = if end_offset > 0 && end_offset > offset {
        end_offset - offset
    } else {
        1
    };
    let mut offset = offset - 1;
    let mut t = text.as_bytes();
    while let Some((&(b' ' | b'\t' | b'\x0c'), rest)) = t.split_first() {
        t = rest;
        offset -= 1;
    }
    let mut len = t.len() as i64;
    if t.last() == Some(&b'\n') {
        len -= 1;
    }
    offset = offset.min(len);
    while let Some(nl) = t.iter().position(|&b| b == b'\n') {
        let inl = nl as i64;
        if inl >= offset {
            break;
        }
        t = &t[nl + 1..];
        len -= inl + 1;
        offset -= inl + 1;
    }
    out.push_str("    ");
    out.push_str(&String::from_utf8_lossy(t));
    if t.get(len.max(0) as usize) != Some(&b'\n') {
        out.push('\n');
    }
    if offset < 0 {
        return;
    }
    out.push_str("    ");
    out.extend(std::iter::repeat_n(' ', offset as usize));
    out.extend(std::iter::repeat_n('^', carets.max(1) as usize));
    out.push('\n');
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(kind: ErrorKind, text: &str, lineno: u32, offset: u32, end_offset: u32) -> SyntaxError {
        SyntaxError {
            kind,
            msg: "m".into(),
            filename: "f.py".into(),
            lineno,
            offset,
            end_lineno: lineno,
            end_offset,
            text: Some(text.into()),
        }
    }

    #[test]
    fn marker_spans_offset_to_end_offset() {
        let e = err(ErrorKind::SyntaxError, "    x = 1 +\n", 2, 11, 12);
        assert_eq!(
            format_syntax_error(&e),
            "  File \"f.py\", line 2\n    x = 1 +\n          ^\nSyntaxError: m\n"
        );
        let e = err(ErrorKind::SyntaxError, "f(a b)\n", 1, 3, 6);
        assert_eq!(
            format_syntax_error(&e),
            "  File \"f.py\", line 1\n    f(a b)\n      ^^^\nSyntaxError: m\n"
        );
    }

    #[test]
    fn no_marker_inside_indentation() {
        let e = err(ErrorKind::TabError, "\ty = 2\n", 3, 1, 0);
        assert_eq!(
            format_syntax_error(&e),
            "  File \"f.py\", line 3\n    y = 2\nTabError: m\n"
        );
    }
}
