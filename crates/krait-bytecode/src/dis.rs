//! The disassembler: a code object printed in the layout of CPython 3.11's `dis.dis()`
//! (`python -m dis`), as Lib/dis.py's `_disassemble_recursive`, `_disassemble_bytes` and
//! `Instruction._disassemble` lay it out.
//!
//! krait's offsets are `2 × instruction index`, so they read like CPython's; there are no `CACHE`
//! entries or `PRECALL`s to show. `EXTENDED_ARG` is shown as its own line and the next instruction
//! shows its full argument, as CPython does.

use crate::code::{CodeObject, Constant};
use crate::decode::{decode, Decoded};
use crate::opcode::{make_function, ArgKind, Comparison, NbOp, Opcode};
use crate::repr::{code_repr, constant_repr};
use std::collections::BTreeSet;
use std::fmt::Write as _;

/// Width of the opcode-name column (`_OPNAME_WIDTH`).
const OPNAME_WIDTH: usize = 20;
/// Width of the argument column (`_OPARG_WIDTH`).
const OPARG_WIDTH: usize = 5;

/// `dis.dis(code)`: `code`'s disassembly, then, for each code object in `co_consts` (in order, not
/// inside tuples), a blank line, `Disassembly of <code object …>:` and its disassembly, recursively.
/// Code objects show their address in memory in place of CPython's `id()`.
pub fn disassemble(code: &CodeObject) -> String {
    let mut out = String::new();
    disassemble_recursive(&mut out, code);
    out
}

fn disassemble_recursive(out: &mut String, code: &CodeObject) {
    disassemble_code(out, code);
    for k in &code.consts {
        if let Constant::Code(inner) = k {
            let _ = writeln!(out, "\nDisassembly of {}:", code_repr(inner));
            disassemble_recursive(out, inner);
        }
    }
}

/// The line each instruction starts, as `dis.findlinestarts`: the instruction's line when it is
/// known and differs from the last known line.
fn line_starts(code: &CodeObject) -> Vec<Option<u32>> {
    let mut last = None;
    (0..code.instructions.len())
        .map(|i| {
            let line = code.positions.get(i).and_then(|p| p.lineno);
            if line.is_some() && line != last {
                last = line;
                line
            } else {
                None
            }
        })
        .collect()
}

/// One code object's disassembly (`dis.disassemble(code)`), without the nested code objects.
pub fn disassemble_code(out: &mut String, code: &CodeObject) {
    let starts = line_starts(code);
    let max_line = starts.iter().flatten().max().copied();
    let lineno_width = match max_line {
        None => 0,
        Some(m) if m >= 1000 => m.to_string().len(),
        Some(_) => 3,
    };
    let max_offset = 2 * code.instructions.len().saturating_sub(1);
    let offset_width = if max_offset >= 10000 {
        max_offset.to_string().len()
    } else {
        4
    };
    let decoded: Vec<Decoded> = decode(&code.instructions).collect();
    let mut labels = BTreeSet::new();
    for d in &decoded {
        if d.op.is_some_and(|op| op.is_jump()) {
            labels.insert(d.arg);
        }
    }
    for e in &code.exception_table {
        if e.start < e.end {
            labels.insert(u64::from(e.target));
        }
    }
    for d in &decoded {
        let starts_line = starts[d.index];
        if lineno_width > 0 && starts_line.is_some() && d.index > 0 {
            out.push('\n');
        }
        let mut line = String::new();
        if lineno_width > 0 {
            match starts_line {
                Some(n) => {
                    let _ = write!(line, "{n:>lineno_width$}");
                }
                None => line.push_str(&" ".repeat(lineno_width)),
            }
            line.push(' ');
        }
        line.push_str("    ");
        line.push_str(if labels.contains(&(d.index as u64)) {
            ">>"
        } else {
            "  "
        });
        let _ = write!(line, " {:>offset_width$} ", 2 * d.index);
        let (name, kind) = match d.op {
            Some(op) => (op.name().to_owned(), op.info().arg),
            None => (
                format!("<{}>", code.instructions[d.index].0 as u8),
                ArgKind::Extended,
            ),
        };
        let _ = write!(line, "{name:<OPNAME_WIDTH$}");
        if kind != ArgKind::None {
            let _ = write!(line, " {:>OPARG_WIDTH$}", d.arg);
            let argrepr = match d.op {
                // CPython 3.11 resolves only LOAD_CONST's constant (`_get_const_value`), not
                // KW_NAMES's.
                Some(op) if kind == ArgKind::Const && op != Opcode::LoadConst => String::new(),
                _ => arg_repr(code, kind, d.arg),
            };
            if !argrepr.is_empty() {
                let _ = write!(line, " ({argrepr})");
            }
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    if !code.exception_table.is_empty() {
        out.push_str("ExceptionTable:\n");
        for e in &code.exception_table {
            let _ = writeln!(
                out,
                "  {} to {} -> {} [{}]{}",
                2 * u64::from(e.start),
                (2 * u64::from(e.end)).saturating_sub(2),
                2 * u64::from(e.target),
                e.depth,
                if e.push_lasti { " lasti" } else { "" }
            );
        }
    }
}

/// The text `dis` shows in parentheses after an argument (`argrepr`), or `""` for none, as
/// `_get_instructions_bytes`. Out-of-range indices (only in unverified code) show nothing.
fn arg_repr(code: &CodeObject, kind: ArgKind, arg: u64) -> String {
    let index = usize::try_from(arg).unwrap_or(usize::MAX);
    let name = |names: &[String], i: usize| names.get(i).cloned().unwrap_or_default();
    match kind {
        ArgKind::Const => code
            .consts
            .get(index)
            .map(constant_repr)
            .unwrap_or_default(),
        ArgKind::Name => name(&code.names, index),
        ArgKind::Global => {
            let n = name(&code.names, index >> 1);
            if arg & 1 != 0 && !n.is_empty() {
                format!("NULL + {n}")
            } else {
                n
            }
        }
        ArgKind::Local | ArgKind::Deref => name(&code.localsplus_names, index),
        ArgKind::Jump => format!("to {}", 2 * u128::from(arg)),
        ArgKind::Compare => u32::try_from(arg)
            .ok()
            .and_then(Comparison::from_u32)
            .map(|c| Comparison::SYMBOLS[c as usize].to_owned())
            .unwrap_or_default(),
        ArgKind::BinaryOp => u32::try_from(arg)
            .ok()
            .and_then(NbOp::from_u32)
            .map(|c| NbOp::SYMBOLS[c as usize].to_owned())
            .unwrap_or_default(),
        ArgKind::Format => {
            let mut s = ["", "str", "repr", "ascii"][(arg & 3) as usize].to_owned();
            if arg & 4 != 0 {
                if !s.is_empty() {
                    s.push_str(", ");
                }
                s.push_str("with format");
            }
            s
        }
        ArgKind::MakeFunction => {
            let names = [
                (make_function::DEFAULTS, "defaults"),
                (make_function::KWDEFAULTS, "kwdefaults"),
                (make_function::ANNOTATIONS, "annotations"),
                (make_function::CLOSURE, "closure"),
            ];
            let parts: Vec<&str> = names
                .iter()
                .filter(|(bit, _)| arg & u64::from(*bit) != 0)
                .map(|(_, n)| *n)
                .collect();
            parts.join(", ")
        }
        ArgKind::None
        | ArgKind::Count
        | ArgKind::Invert
        | ArgKind::UnpackEx
        | ArgKind::Resume
        | ArgKind::Awaitable
        | ArgKind::Reraise
        | ArgKind::CallEx
        | ArgKind::Raise
        | ArgKind::Extended => String::new(),
    }
}
