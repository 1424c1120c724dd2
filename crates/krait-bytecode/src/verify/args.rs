//! Per-instruction checks: the opcode exists and is not a specialized form, `EXTENDED_ARG`
//! prefixes are well formed, and every argument is in range for its [`ArgKind`].

use super::{instr_error, is_instruction_start, VerifyError};
use crate::code::{local_kind, CodeObject, Constant};
use crate::decode::Decoded;
use crate::opcode::{flag, ArgKind, Comparison, NbOp, Opcode};

/// The largest count argument (`BUILD_*`, `CALL`, `UNPACK_SEQUENCE`, …) accepted; it keeps the
/// table's stack-effect arithmetic (`2 * n`, `n + 2`) far from overflow.
pub const MAX_COUNT: u32 = (1 << 30) - 1;

/// The largest argument of each fixed-range kind, `None` for kinds checked against the code
/// object's tables or unbounded.
fn max_arg(kind: ArgKind) -> Option<u32> {
    match kind {
        ArgKind::None => Some(0),
        ArgKind::Const | ArgKind::Name | ArgKind::Global | ArgKind::Local | ArgKind::Deref => None,
        ArgKind::Jump => None,
        ArgKind::Count => Some(MAX_COUNT),
        ArgKind::Compare => Some(Comparison::SYMBOLS.len() as u32 - 1),
        ArgKind::BinaryOp => Some(NbOp::SYMBOLS.len() as u32 - 1),
        ArgKind::Invert => Some(1),
        ArgKind::Format => Some(7),
        ArgKind::MakeFunction => Some(15),
        ArgKind::UnpackEx => None,
        ArgKind::Resume => Some(3),
        ArgKind::Awaitable => Some(2),
        ArgKind::Reraise => Some(1),
        ArgKind::CallEx => Some(1),
        ArgKind::Raise => Some(2),
        ArgKind::Extended => Some(0xFF),
    }
}

/// Checks every instruction; returns each one's full argument (`EXTENDED_ARG` applied).
pub(super) fn check_instructions(
    code: &CodeObject,
    decoded: &[Decoded],
) -> Result<Vec<u32>, VerifyError> {
    let n = decoded.len();
    let mut full_args = Vec::with_capacity(n);
    for d in decoded {
        let Some(op) = d.op else {
            return Err(instr_error(d, "byte names no opcode"));
        };
        let info = op.info();
        if info.flags & flag::SPECIALIZED != 0 {
            return Err(instr_error(d, "specialized instruction in serialized code"));
        }
        let Ok(arg) = u32::try_from(d.arg) else {
            return Err(instr_error(
                d,
                format!("argument {} exceeds 32 bits", d.arg),
            ));
        };
        if let Some(max) = max_arg(info.arg) {
            if arg > max {
                return Err(instr_error(
                    d,
                    format!("argument {arg} out of range 0..={max}"),
                ));
            }
        }
        let in_table = |len: usize, what: &str| {
            if (arg as usize) < len {
                Ok(())
            } else {
                Err(instr_error(
                    d,
                    format!("{what} index {arg} out of range ({len} entries)"),
                ))
            }
        };
        match info.arg {
            ArgKind::Const => {
                in_table(code.consts.len(), "co_consts")?;
                if op == Opcode::KwNames {
                    let is_names = matches!(&code.consts[arg as usize], Constant::Tuple(items)
                        if items.iter().all(|k| matches!(k, Constant::Str(_))));
                    if !is_names {
                        return Err(instr_error(d, "keyword names are not a tuple of str"));
                    }
                }
            }
            ArgKind::Name => in_table(code.names.len(), "co_names")?,
            ArgKind::Global => {
                if (arg >> 1) as usize >= code.names.len() {
                    return Err(instr_error(
                        d,
                        format!(
                            "co_names index {} out of range ({} entries)",
                            arg >> 1,
                            code.names.len()
                        ),
                    ));
                }
            }
            ArgKind::Local => in_table(code.localsplus_names.len(), "localsplus")?,
            ArgKind::Deref => {
                in_table(code.localsplus_names.len(), "localsplus")?;
                if code.localsplus_kinds[arg as usize] & (local_kind::CELL | local_kind::FREE) == 0
                {
                    return Err(instr_error(
                        d,
                        format!("slot {arg} is neither a cell nor a free variable"),
                    ));
                }
            }
            ArgKind::Jump => {
                if !is_instruction_start(decoded, arg as usize) {
                    return Err(instr_error(
                        d,
                        format!("jump target {arg} is not an instruction start"),
                    ));
                }
            }
            ArgKind::Count => {
                if matches!(op, Opcode::Copy | Opcode::Swap) && arg == 0 {
                    return Err(instr_error(d, "argument must be at least 1"));
                }
                if op == Opcode::BuildSlice && !(2..=3).contains(&arg) {
                    return Err(instr_error(d, "BUILD_SLICE takes 2 or 3 items"));
                }
            }
            ArgKind::Extended => match decoded.get(d.index + 1) {
                None => return Err(instr_error(d, "EXTENDED_ARG is the last instruction")),
                Some(next) => match next.op {
                    Some(next_op) if next_op.info().arg == ArgKind::Extended => {
                        return Err(instr_error(d, "chained EXTENDED_ARG"));
                    }
                    Some(next_op) if next_op.info().arg == ArgKind::None => {
                        return Err(instr_error(
                            d,
                            "EXTENDED_ARG before an instruction without argument",
                        ));
                    }
                    _ => {}
                },
            },
            ArgKind::None
            | ArgKind::Compare
            | ArgKind::BinaryOp
            | ArgKind::Invert
            | ArgKind::Format
            | ArgKind::MakeFunction
            | ArgKind::UnpackEx
            | ArgKind::Resume
            | ArgKind::Awaitable
            | ArgKind::Reraise
            | ArgKind::CallEx
            | ArgKind::Raise => {}
        }
        full_args.push(arg);
    }
    Ok(full_args)
}
