//! A normalized listing of code objects, for differential testing against CPython: the same
//! text crates/krait-compiler/tools/cmp_cpython.py (and tests/codegen_vs_cpython.rs) produce
//! from CPython 3.11's `dis`: one header line per code object (qualname, stacksize, flags,
//! argument counts, varnames, cellvars, freevars), then one line per instruction with the
//! jump direction dropped, jump targets as instruction indices and arguments resolved.

use crate::unparse::const_repr;
use krait_bytecode::opcode::{ArgKind, Comparison, NbOp};
use krait_bytecode::{CodeObject, Constant, Opcode};

fn norm_name(op: Opcode) -> &'static str {
    match op {
        Opcode::JumpForward | Opcode::JumpBackward => "JUMP",
        Opcode::JumpBackwardNoInterrupt => "JUMP_NO_INTERRUPT",
        other => other.name(),
    }
}

/// Appends the normalized listing of `code` and every code object nested in it.
pub fn dump(out: &mut String, code: &CodeObject) {
    let varnames: Vec<&str> = code.varnames().collect();
    out.push_str(&format!(
        "code {} stacksize={} flags={} args={}/{}/{} varnames={:?} cellvars={:?} freevars={:?}\n",
        code.qualname,
        code.stacksize,
        code.flags,
        code.argcount,
        code.posonlyargcount,
        code.kwonlyargcount,
        varnames,
        code.cellvars().collect::<Vec<_>>(),
        code.freevars().collect::<Vec<_>>()
    ));
    // Instruction indices skipping EXTENDED_ARG.
    let mut index = Vec::new();
    let mut n = 0;
    for ins in &code.instructions {
        index.push(n);
        if ins.opcode() != Some(Opcode::ExtendedArg) {
            n += 1;
        }
    }
    let mut ext = 0u32;
    for ins in &code.instructions {
        let Some(op) = ins.opcode() else { continue };
        if op == Opcode::ExtendedArg {
            ext = ins.arg();
            continue;
        }
        let arg = ins.arg() | (ext << 24);
        ext = 0;
        let a = match op.info().arg {
            ArgKind::None => String::new(),
            ArgKind::Const => match code.consts.get(arg as usize) {
                Some(Constant::Code(c)) => format!("<code {}>", c.name),
                Some(c) => const_repr(c),
                None => "?".into(),
            },
            ArgKind::Name => code.names.get(arg as usize).cloned().unwrap_or_default(),
            ArgKind::Global => {
                let name = code
                    .names
                    .get((arg >> 1) as usize)
                    .cloned()
                    .unwrap_or_default();
                if arg & 1 != 0 {
                    format!("NULL + {name}")
                } else {
                    name
                }
            }
            ArgKind::Local | ArgKind::Deref => code
                .localsplus_names
                .get(arg as usize)
                .cloned()
                .unwrap_or_default(),
            ArgKind::Jump => format!("->{}", index.get(arg as usize).copied().unwrap_or(n)),
            ArgKind::Compare => Comparison::from_u32(arg)
                .map(|c| Comparison::SYMBOLS[c as usize].to_string())
                .unwrap_or_default(),
            ArgKind::BinaryOp => NbOp::from_u32(arg)
                .map(|c| NbOp::SYMBOLS[c as usize].to_string())
                .unwrap_or_default(),
            _ => arg.to_string(),
        };
        out.push_str(&format!("  {} {}\n", norm_name(op), a));
    }
    // Positions of the listed instructions, as co_positions() gives them (None as "-").
    let opt = |v: Option<u32>| v.map_or("-".to_owned(), |x| x.to_string());
    let mut pos_line = String::from("  positions");
    for (ins, p) in code.instructions.iter().zip(&code.positions) {
        if ins.opcode() == Some(Opcode::ExtendedArg) {
            continue;
        }
        pos_line.push_str(&format!(
            " {},{},{},{}",
            opt(p.lineno),
            opt(p.end_lineno),
            opt(p.col_offset),
            opt(p.end_col_offset)
        ));
    }
    out.push_str(&pos_line);
    out.push('\n');
    for c in &code.consts {
        if let Constant::Code(inner) = c {
            dump(out, inner);
        }
    }
}
