//! Printing an uncaught exception as CPython 3.11 does (Python/pythonrun.c `print_exception`,
//! Python/traceback.c `tb_displayline`): chained exceptions first with their separators, each
//! traceback entry with its source line and, where CPython shows them, `^^^`/`~~~` markers
//! computed from the instruction's position and, for binary operations and subscripts, from
//! re-parsing the marked segment.

use crate::eval::exception_data;
use crate::objects::code::CodeData;
use crate::objects::traceback::TracebackData;
use crate::protocols::payload;
use crate::value::Value;
use crate::vm::{type_data, Vm};
use krait_parser::ast::{ExprKind, Mod, StmtKind};
use std::collections::HashMap;

const CAUSE: &str = "\nThe above exception was the direct cause of the following exception:\n\n";
const CONTEXT: &str = "\nDuring handling of the above exception, another exception occurred:\n\n";

/// The text CPython writes to stderr for the uncaught exception `exc`.
pub fn format_exception(vm: &Vm, exc: &Value) -> String {
    let mut out = String::new();
    let mut seen = Vec::new();
    let mut lines = SourceCache::default();
    format_chain(vm, exc, &mut seen, &mut lines, &mut out);
    out
}

fn format_chain(
    vm: &Vm,
    exc: &Value,
    seen: &mut Vec<u64>,
    lines: &mut SourceCache,
    out: &mut String,
) {
    seen.push(vm.id_of(exc));
    if let Some(e) = exception_data(exc) {
        let (cause, context) = (e.cause.get(), e.context.get());
        if !cause.is_null() && !seen.contains(&vm.id_of(&cause)) {
            format_chain(vm, &cause, seen, lines, out);
            out.push_str(CAUSE);
        } else if !context.is_null()
            && !e.suppress_context.get()
            && !seen.contains(&vm.id_of(&context))
        {
            format_chain(vm, &context, seen, lines, out);
            out.push_str(CONTEXT);
        }
        let tb = e.traceback.get();
        if !tb.is_null() {
            out.push_str("Traceback (most recent call last):\n");
            format_traceback(vm, &tb, lines, out);
        }
    }
    out.push_str(&exception_line(vm, exc));
}

/// `Type: message` (module-qualified unless the class is in `builtins` or `__main__`).
fn exception_line(vm: &Vm, exc: &Value) -> String {
    if let Some(e) = vm.syntax_error_report(exc) {
        return krait_parser::report::format_syntax_error(&e);
    }
    let ty = vm.type_of(exc);
    let name = type_data(&ty)
        .map(|t| t.qualname.borrow().clone())
        .unwrap_or_default();
    let msg = if vm.is_instance_of(exc, &vm.types.key_error) {
        match exception_data(exc).and_then(|e| vm.tuple_items(&e.args.get())) {
            Some(args) if args.len() == 1 => vm.repr_string(&args[0]),
            _ => vm.str_string(exc),
        }
    } else {
        vm.str_string(exc)
    };
    match msg {
        Ok(m) if m.is_empty() => format!("{name}\n"),
        Ok(m) => format!("{name}: {m}\n"),
        Err(_) => format!("{name}: <exception str() failed>\n"),
    }
}

/// One entry per frame, outermost first, collapsing runs of identical entries after three as
/// CPython's "[Previous line repeated N more times]".
fn format_traceback(vm: &Vm, tb: &Value, lines: &mut SourceCache, out: &mut String) {
    let mut last: Option<(String, u32, String)> = None;
    let mut repeats = 0;
    let mut cur = tb.clone();
    while let Some(t) = payload::<TracebackData>(&cur) {
        let Some(code) = payload::<CodeData>(&t.code) else {
            break;
        };
        let filename = vm.str_of(&code.filename);
        let name = vm.str_of(&code.name);
        let pos = code
            .positions
            .get(t.lasti as usize)
            .copied()
            .unwrap_or_default();
        let lineno = pos.lineno.unwrap_or(0);
        let key = (filename.clone(), lineno, name.clone());
        if last.as_ref() == Some(&key) {
            repeats += 1;
        } else {
            flush_repeats(out, repeats);
            repeats = 0;
            last = Some(key);
        }
        if repeats < 3 {
            out.push_str(&format!(
                "  File \"{filename}\", line {lineno}, in {name}\n"
            ));
            if let Some(line) = lines.line(&filename, lineno) {
                out.push_str(&source_with_carets(&line, &pos));
            }
        }
        cur = t.next.get();
    }
    flush_repeats(out, repeats);
}

fn flush_repeats(out: &mut String, repeats: usize) {
    if repeats >= 3 {
        let n = repeats - 2;
        out.push_str(&format!(
            "  [Previous line repeated {n} more time{}]\n",
            if n == 1 { "" } else { "s" }
        ));
    }
}

/// The source line, stripped, and the marker line under it when CPython prints one.
fn source_with_carets(line: &str, pos: &krait_bytecode::Position) -> String {
    let stripped = line.trim();
    let mut out = format!("    {stripped}\n");
    let (Some(start_line), Some(end_line), Some(col), Some(end_col)) = (
        pos.lineno,
        pos.end_lineno,
        pos.col_offset,
        pos.end_col_offset,
    ) else {
        return out;
    };
    let chars: Vec<char> = line.trim_end_matches(['\n', '\r']).chars().collect();
    let to_char = |byte: u32| {
        line.get(..byte as usize)
            .map_or(chars.len(), |s| s.chars().count())
    };
    let start = to_char(col);
    let mut end = to_char(end_col);
    let mut anchors = None;
    if start_line == end_line {
        let segment: String = chars
            .get(start..end.min(chars.len()))
            .unwrap_or(&[])
            .iter()
            .collect();
        anchors = caret_anchors(&segment).map(|(l, r)| (start + l, start + r));
    } else {
        end = line.trim_end().chars().count();
    }
    let leading = chars.len()
        - line
            .trim_start()
            .trim_end_matches(['\n', '\r'])
            .chars()
            .count();
    let stripped_len = stripped.chars().count();
    if !(end.saturating_sub(start) < stripped_len || anchors.is_some()) {
        return out;
    }
    out.push_str("    ");
    for offset in leading + 1..=end {
        let c = if offset <= start {
            ' '
        } else if let Some((left_end, right_start)) = anchors {
            if left_end < offset && offset <= right_start {
                '^'
            } else {
                '~'
            }
        } else {
            '^'
        };
        out.push(c);
    }
    out.push('\n');
    out
}

/// For a segment that is a binary operation or a subscript, the character offsets that bound
/// the operator (or the brackets): `(left_end, right_start)`, as CPython's
/// `extract_anchors_from_line`.
fn caret_anchors(segment: &str) -> Option<(usize, usize)> {
    let Ok(Mod::Module { body, .. }) =
        krait_parser::parse(segment.as_bytes(), "<segment>", krait_parser::Mode::Exec)
    else {
        return None;
    };
    let [stmt] = body.as_slice() else { return None };
    let StmtKind::Expr { value } = &stmt.kind else {
        return None;
    };
    let bytes = segment.as_bytes();
    let norm = |b: usize| {
        segment
            .get(..b)
            .map_or(segment.chars().count(), |s| s.chars().count())
    };
    match &value.kind {
        ExprKind::BinOp { left, right, .. } => {
            let op_start = left.loc.end_col_offset as usize;
            let op_end = right.loc.col_offset as usize;
            let op_str = segment.get(op_start..op_end)?;
            let op_offset = op_str.len() - op_str.trim_start().len();
            let mut left_anchor = op_start + op_offset;
            let mut right_anchor = left_anchor + 1;
            if op_offset + 1 < op_str.len()
                && !op_str.as_bytes()[op_offset + 1].is_ascii_whitespace()
            {
                right_anchor += 1;
            }
            while left_anchor < bytes.len()
                && (bytes[left_anchor].is_ascii_whitespace() || b")#".contains(&bytes[left_anchor]))
            {
                left_anchor += 1;
                right_anchor += 1;
            }
            Some((norm(left_anchor), norm(right_anchor)))
        }
        ExprKind::Subscript {
            value: v, slice, ..
        } => {
            let mut left_anchor = v.loc.end_col_offset as usize;
            let mut right_anchor = slice.loc.end_col_offset as usize + 1;
            while left_anchor < bytes.len() && bytes[left_anchor] != b'[' {
                left_anchor += 1;
            }
            while right_anchor < bytes.len() && bytes[right_anchor] != b']' {
                right_anchor += 1;
            }
            if right_anchor < bytes.len() {
                right_anchor += 1;
            }
            Some((norm(left_anchor), norm(right_anchor)))
        }
        _ => None,
    }
}

/// Source files read for tracebacks (as `linecache`).
#[derive(Default)]
struct SourceCache {
    files: HashMap<String, Option<Vec<String>>>,
}

impl SourceCache {
    /// Line `lineno` (1-based) of `filename`, with its line ending, if readable.
    fn line(&mut self, filename: &str, lineno: u32) -> Option<String> {
        let lines = self.files.entry(filename.to_owned()).or_insert_with(|| {
            let bytes = std::fs::read(filename).ok()?;
            let text = String::from_utf8_lossy(&bytes).into_owned();
            Some(text.split_inclusive('\n').map(str::to_owned).collect())
        });
        lines
            .as_ref()?
            .get((lineno as usize).checked_sub(1)?)
            .cloned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn anchors_mark_operators_and_brackets() {
        assert_eq!(caret_anchors("1/0"), Some((1, 2)));
        assert_eq!(caret_anchors("a  //  b"), Some((3, 5)));
        assert_eq!(caret_anchors("x[i+1]"), Some((1, 6)));
        assert_eq!(caret_anchors("f(x)"), None);
    }

    #[test]
    fn carets_follow_cpython() {
        let pos = |l, c, ec| krait_bytecode::Position {
            lineno: Some(l),
            end_lineno: Some(l),
            col_offset: Some(c),
            end_col_offset: Some(ec),
        };
        assert_eq!(
            source_with_carets("    return 1/0\n", &pos(2, 11, 14)),
            "    return 1/0\n           ~^~\n"
        );
        assert_eq!(source_with_carets("f()\n", &pos(3, 0, 3)), "    f()\n");
        assert_eq!(
            source_with_carets("  x = f()\n", &pos(3, 6, 9)),
            "    x = f()\n        ^^^\n"
        );
    }
}
