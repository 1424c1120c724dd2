//! The stack-depth walk: a work-list over the control-flow graph, as CPython's `stackdepth()`
//! (Python/compile.c), with the table's effects on the fall-through and jump paths and an edge from
//! every instruction an exception-table entry covers to its handler.

use super::{instr_error, VerifyError};
use crate::code::CodeObject;
use crate::decode::Decoded;

const UNSEEN: u64 = u64::MAX;

/// Walks every path from instruction 0. Each reachable instruction must be entered with one depth;
/// no instruction may pop more than the depth it is entered with; falling through past the last
/// instruction is an error; an instruction covered by a handler must be entered with at least the
/// handler's `depth`, and enters the handler with `depth + 1 + push_lasti`; the largest depth seen
/// must not exceed `co_stacksize`. `args` are the full arguments from `args.rs` (already range-checked,
/// so jump targets are in range).
pub(super) fn check_depth(
    code: &CodeObject,
    decoded: &[Decoded],
    args: &[u32],
) -> Result<(), VerifyError> {
    let n = decoded.len();
    let mut depth = vec![UNSEEN; n];
    let mut work = vec![0usize];
    depth[0] = 0;
    let mut max: u64 = 0;
    // Records arrival at `target` with depth `d` from instruction `from`.
    let arrive = |depth: &mut Vec<u64>,
                  work: &mut Vec<usize>,
                  from: &Decoded,
                  target: usize,
                  d: u64| {
        if depth[target] == UNSEEN {
            depth[target] = d;
            work.push(target);
            Ok(())
        } else if depth[target] != d {
            Err(instr_error(
                from,
                format!(
                    "reaches instruction {target} with stack depth {d}, but another path reaches it with {}",
                    depth[target]
                ),
            ))
        } else {
            Ok(())
        }
    };
    while let Some(i) = work.pop() {
        let d = depth[i];
        let here = &decoded[i];
        let arg = args[i];
        // `check_instructions` accepted every opcode.
        let Some(op) = here.op else {
            return Err(instr_error(here, "byte names no opcode"));
        };
        if let Some(e) = code.handler_for(i as u32) {
            if d < u64::from(e.depth) {
                return Err(instr_error(
                    here,
                    format!("stack depth {d} is below its handler's depth {}", e.depth),
                ));
            }
            let hd = u64::from(e.depth) + 1 + u64::from(e.push_lasti);
            max = max.max(hd);
            arrive(&mut depth, &mut work, here, e.target as usize, hd)?;
        }
        let (pops, pushes) = op.stack_effect(arg, false);
        if u64::from(pops) > d {
            return Err(instr_error(
                here,
                format!("pops {pops} with stack depth {d}"),
            ));
        }
        if op.falls_through() {
            let after = d - u64::from(pops) + u64::from(pushes);
            max = max.max(after);
            if i + 1 >= n {
                return Err(instr_error(here, "control falls off the end of the code"));
            }
            arrive(&mut depth, &mut work, here, i + 1, after)?;
        }
        if op.is_jump() {
            let (pops, pushes) = op.stack_effect(arg, true);
            if u64::from(pops) > d {
                return Err(instr_error(
                    here,
                    format!("pops {pops} with stack depth {d} when jumping"),
                ));
            }
            let after = d - u64::from(pops) + u64::from(pushes);
            max = max.max(after);
            arrive(&mut depth, &mut work, here, arg as usize, after)?;
        }
    }
    // Not `!=`: CPython 3.11 itself reports a larger `co_stacksize` than any path reaches when a
    // handler's protected range became empty (its stackdepth() follows the SETUP edge, e.g.
    // `try: return 1 finally: b()` has co_stacksize 4 and a deepest path of 2), and krait matches.
    if max > u64::from(code.stacksize) {
        return Err(super::code_error(format!(
            "the deepest path reaches stack depth {max} but co_stacksize is {}",
            code.stacksize
        )));
    }
    Ok(())
}
