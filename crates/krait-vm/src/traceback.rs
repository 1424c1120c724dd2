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
    let mut ctx = Ctx {
        depth: 0,
        need_close: false,
        seen: Vec::new(),
        lines: SourceCache::default(),
    };
    let mut out = String::new();
    format_chain(vm, exc, &mut ctx, &mut out);
    out
}

/// CPython's limits on printing nested exception groups (`traceback.TracebackException`'s
/// `max_group_width` and `max_group_depth`).
const MAX_GROUP_WIDTH: usize = 15;
const MAX_GROUP_DEPTH: usize = 10;

/// The state of printing one exception tree (traceback.py's `_ExceptionPrintContext`).
struct Ctx {
    /// How deep in nested exception groups the printing is.
    depth: usize,
    /// Whether the closing line of the current group is still owed.
    need_close: bool,
    /// The exceptions already printed (by identity).
    seen: Vec<u64>,
    lines: SourceCache,
}

impl Ctx {
    fn indent(&self) -> String {
        " ".repeat(2 * self.depth)
    }

    /// Appends `text`, every line indented for the current group depth with `margin`.
    fn emit(&self, out: &mut String, text: &str, margin: char) {
        let mut prefix = self.indent();
        if self.depth > 0 {
            prefix.push(margin);
            prefix.push(' ');
        }
        for line in text.split_inclusive('\n') {
            out.push_str(&prefix);
            out.push_str(line);
        }
    }
}

/// The exception groups' sub-exceptions, or `None` for an exception that is not a group.
fn group_members(vm: &Vm, exc: &Value) -> Option<Vec<Value>> {
    if !vm.is_instance_of(exc, &vm.types.base_exception_group) {
        return None;
    }
    let excs = vm.get_attr_opt(exc, "exceptions").ok()??;
    vm.tuple_items(&excs)
}

fn format_chain(vm: &Vm, exc: &Value, ctx: &mut Ctx, out: &mut String) {
    // The chain, newest first, stopping at an exception already printed.
    let mut chain: Vec<(Option<&str>, Value)> = Vec::new();
    let mut cur = Some((None, exc.clone()));
    while let Some((msg, e)) = cur.take() {
        ctx.seen.push(vm.id_of(&e));
        if let Some(d) = exception_data(&e) {
            let (cause, context) = (d.cause.get(), d.context.get());
            if !cause.is_null() && !ctx.seen.contains(&vm.id_of(&cause)) {
                cur = Some((Some(CAUSE), cause));
            } else if !context.is_null()
                && !d.suppress_context.get()
                && !ctx.seen.contains(&vm.id_of(&context))
            {
                cur = Some((Some(CONTEXT), context));
            }
        }
        chain.push((msg, e));
    }
    // Printed oldest first; each separator belongs after the exception it introduces.
    let n = chain.len();
    for k in (0..n).rev() {
        let e = chain[k].1.clone();
        format_one(vm, &e, ctx, out);
        // The message stored with `e` introduces the exception printed after it.
        if let Some(msg) = chain[k].0 {
            ctx.emit(out, msg, '|');
        }
    }
}

/// One exception without its chain: its traceback and message, or a group's tree.
fn format_one(vm: &Vm, exc: &Value, ctx: &mut Ctx, out: &mut String) {
    let tb = exception_data(exc)
        .map(|e| e.traceback.get())
        .unwrap_or(Value::NULL);
    let Some(members) = group_members(vm, exc) else {
        if !tb.is_null() {
            ctx.emit(out, "Traceback (most recent call last):\n", '|');
            let mut text = String::new();
            format_traceback(vm, &tb, &mut ctx.lines, &mut text);
            ctx.emit(out, &text, '|');
        }
        ctx.emit(out, &exception_only(vm, exc), '|');
        return;
    };
    if ctx.depth > MAX_GROUP_DEPTH {
        ctx.emit(
            out,
            &format!("... (max_group_depth is {MAX_GROUP_DEPTH})\n"),
            '|',
        );
        return;
    }
    let toplevel = ctx.depth == 0;
    if toplevel {
        ctx.depth += 1;
    }
    if !tb.is_null() {
        let margin = if toplevel { '+' } else { '|' };
        ctx.emit(
            out,
            "Exception Group Traceback (most recent call last):\n",
            margin,
        );
        let mut text = String::new();
        format_traceback(vm, &tb, &mut ctx.lines, &mut text);
        ctx.emit(out, &text, '|');
    }
    ctx.emit(out, &exception_only(vm, exc), '|');
    let count = members.len();
    let n = if count <= MAX_GROUP_WIDTH {
        count
    } else {
        MAX_GROUP_WIDTH + 1
    };
    ctx.need_close = false;
    for i in 0..n {
        let last = i == n - 1;
        if last {
            ctx.need_close = true;
        }
        let truncated = i >= MAX_GROUP_WIDTH;
        let title = if truncated {
            "...".to_owned()
        } else {
            (i + 1).to_string()
        };
        out.push_str(&ctx.indent());
        out.push_str(if i == 0 { "+-" } else { "  " });
        out.push_str(&format!("+---------------- {title} ----------------\n"));
        ctx.depth += 1;
        if truncated {
            let remaining = count - MAX_GROUP_WIDTH;
            let plural = if remaining > 1 { "s" } else { "" };
            ctx.emit(
                out,
                &format!("and {remaining} more exception{plural}\n"),
                '|',
            );
        } else if let Some(m) = members.get(i) {
            format_chain(vm, m, ctx, out);
        }
        if last && ctx.need_close {
            out.push_str(&ctx.indent());
            out.push_str("+------------------------------------\n");
            ctx.need_close = false;
        }
        ctx.depth -= 1;
    }
    if toplevel {
        ctx.depth = 0;
    }
}

/// The exception's line (`Type: message`, or a SyntaxError's report) and its notes.
fn exception_only(vm: &Vm, exc: &Value) -> String {
    let mut s = exception_line(vm, exc);
    if let Ok(Some(notes)) = vm.get_attr_opt(exc, "__notes__") {
        match vm
            .tuple_items(&notes)
            .or_else(|| payload::<crate::objects::list::ListData>(&notes).map(|l| l.to_vec()))
        {
            Some(items) => {
                for note in items {
                    let text = if vm.type_of(&note).is(&vm.types.str) {
                        vm.str_of(&note)
                    } else {
                        vm.repr_string(&note).unwrap_or_default()
                    };
                    s.push_str(&text);
                    s.push('\n');
                }
            }
            None => {
                s.push_str(&vm.repr_string(&notes).unwrap_or_default());
                s.push('\n');
            }
        }
    }
    s
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
