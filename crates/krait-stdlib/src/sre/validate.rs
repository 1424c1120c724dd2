//! Checks SRE code before it is used (CPython's `_validate`): every opcode known, every
//! argument in range, every skip landing inside its block on an opcode, nested blocks ending
//! the way the matcher expects. The matcher indexes the code without further checks, so code
//! passed to `_sre.compile` by hand can only fail here (`RuntimeError: invalid SRE code`).

use super::constants::{at, cat, op, INFO_CHARSET, INFO_PREFIX, MAXREPEAT};

/// The deepest nesting of blocks accepted (keeps the recursive check off the stack's limit).
const MAX_DEPTH: usize = 2000;

type Check = Result<(), ()>;

fn ensure(ok: bool) -> Check {
    if ok {
        Ok(())
    } else {
        Err(())
    }
}

/// Whether `code` is valid for a pattern of `groups` capturing groups.
pub fn validate(code: &[u32], groups: usize) -> bool {
    !code.is_empty()
        && code[code.len() - 1] == op::SUCCESS
        && block(code, 0, code.len(), groups, 0).is_ok()
}

/// A charset body `code[start..end]` (set items ending with FAILURE at `end - 1`).
fn charset(code: &[u32], start: usize, end: usize) -> Check {
    let mut pc = start;
    while pc < end {
        let o = code[pc];
        pc += 1;
        match o {
            op::FAILURE => return ensure(pc == end),
            op::NEGATE => {}
            op::LITERAL => pc += 1,
            op::RANGE | op::RANGE_UNI_IGNORE => {
                ensure(pc + 2 <= end && code[pc] <= code[pc + 1])?;
                pc += 2;
            }
            op::CHARSET => pc += 8,
            op::BIGCHARSET => {
                ensure(pc < end)?;
                let count = code[pc] as usize;
                pc += 1;
                ensure(pc + 64 <= end)?;
                for w in &code[pc..pc + 64] {
                    for b in w.to_ne_bytes() {
                        ensure((b as usize) < count)?;
                    }
                }
                pc = pc
                    .checked_add(64)
                    .and_then(|p| count.checked_mul(8).and_then(|n| p.checked_add(n)))
                    .ok_or(())?;
            }
            op::CATEGORY => {
                ensure(pc < end && code[pc] <= cat::UNI_NOT_LINEBREAK)?;
                pc += 1;
            }
            _ => return Err(()),
        }
        ensure(pc <= end)?;
    }
    Err(())
}

/// `pos + skip` if it lies within `..=end`.
fn target(pos: usize, skip: u32, end: usize) -> Result<usize, ()> {
    let t = pos.checked_add(skip as usize).ok_or(())?;
    ensure(t <= end)?;
    Ok(t)
}

/// Whether the opcode at `code[pc]` is a one-character item (what REPEAT_ONE repeats).
fn is_single_char_op(o: u32) -> bool {
    matches!(
        o,
        op::ANY
            | op::ANY_ALL
            | op::LITERAL
            | op::NOT_LITERAL
            | op::IN
            | op::IN_IGNORE
            | op::IN_UNI_IGNORE
            | op::IN_LOC_IGNORE
            | op::LITERAL_IGNORE
            | op::LITERAL_UNI_IGNORE
            | op::LITERAL_LOC_IGNORE
            | op::NOT_LITERAL_IGNORE
            | op::NOT_LITERAL_UNI_IGNORE
            | op::NOT_LITERAL_LOC_IGNORE
            | op::CATEGORY
    )
}

/// The ops of `code[start..end]` (which must tile it exactly).
fn block(code: &[u32], start: usize, end: usize, groups: usize, depth: usize) -> Check {
    ensure(depth < MAX_DEPTH)?;
    let mut pc = start;
    while pc < end {
        let o = code[pc];
        let arg = |k: usize| -> Result<u32, ()> {
            ensure(pc + k < end)?;
            Ok(code[pc + k])
        };
        pc = match o {
            op::FAILURE | op::SUCCESS | op::ANY | op::ANY_ALL => pc + 1,
            op::AT => {
                ensure(arg(1)? <= at::UNI_NON_BOUNDARY)?;
                pc + 2
            }
            op::LITERAL
            | op::NOT_LITERAL
            | op::LITERAL_IGNORE
            | op::NOT_LITERAL_IGNORE
            | op::LITERAL_UNI_IGNORE
            | op::NOT_LITERAL_UNI_IGNORE
            | op::LITERAL_LOC_IGNORE
            | op::NOT_LITERAL_LOC_IGNORE => {
                arg(1)?;
                pc + 2
            }
            op::CATEGORY => {
                ensure(arg(1)? <= cat::UNI_NOT_LINEBREAK)?;
                pc + 2
            }
            op::MARK => {
                ensure((arg(1)? as usize) < groups * 2)?;
                pc + 2
            }
            op::GROUPREF
            | op::GROUPREF_IGNORE
            | op::GROUPREF_UNI_IGNORE
            | op::GROUPREF_LOC_IGNORE => {
                ensure((arg(1)? as usize) < groups)?;
                pc + 2
            }
            op::IN | op::IN_IGNORE | op::IN_UNI_IGNORE | op::IN_LOC_IGNORE => {
                let t = target(pc + 1, arg(1)?, end)?;
                ensure(t >= pc + 3)?;
                charset(code, pc + 2, t)?;
                t
            }
            op::INFO => {
                let t = target(pc + 1, arg(1)?, end)?;
                ensure(t >= pc + 5)?;
                let flags = code[pc + 2];
                ensure(code[pc + 3] <= code[pc + 4] || code[pc + 4] == MAXREPEAT)?;
                if flags & INFO_PREFIX != 0 {
                    ensure(t >= pc + 7)?;
                    let (len, skip) = (code[pc + 5] as usize, code[pc + 6] as usize);
                    ensure(len >= 1 && skip <= len)?;
                    let need = (pc + 7)
                        .checked_add(len.checked_mul(2).ok_or(())?)
                        .ok_or(())?;
                    ensure(need <= t)?;
                    // The search enters the code after `skip` literals of the prefix.
                    for k in 0..skip {
                        let p = t + 2 * k;
                        ensure(p + 1 < end && code[p] == op::LITERAL)?;
                    }
                } else if flags & INFO_CHARSET != 0 {
                    charset(code, pc + 5, t)?;
                }
                t
            }
            op::JUMP => {
                let t = target(pc + 1, arg(1)?, end)?;
                ensure(t >= pc + 2)?;
                t
            }
            op::BRANCH => {
                // Find the terminator first: every alternative's JUMP goes past it.
                let mut alt = pc + 1;
                let mut alts = Vec::new();
                loop {
                    ensure(alt < end)?;
                    let skip = code[alt];
                    if skip == 0 {
                        break;
                    }
                    let next = target(alt, skip, end)?;
                    ensure(next >= alt + 3)?;
                    alts.push((alt, next));
                    alt = next;
                }
                let after = alt + 1;
                for (a, next) in alts {
                    ensure(code[next - 2] == op::JUMP)?;
                    ensure(target(next - 1, code[next - 1], end)? == after)?;
                    block(code, a + 1, next - 2, groups, depth + 1)?;
                }
                after
            }
            op::REPEAT_ONE | op::MIN_REPEAT_ONE | op::POSSESSIVE_REPEAT_ONE => {
                let t = target(pc + 1, arg(1)?, end)?;
                let (min, max) = (arg(2)?, arg(3)?);
                ensure(min <= max || max == MAXREPEAT)?;
                ensure(t >= pc + 6 && code[t - 1] == op::SUCCESS)?;
                ensure(is_single_char_op(code[pc + 4]))?;
                block(code, pc + 4, t - 1, groups, depth + 1)?;
                // exactly one item
                let width = match code[pc + 4] {
                    op::ANY | op::ANY_ALL => 1,
                    op::IN | op::IN_IGNORE | op::IN_UNI_IGNORE | op::IN_LOC_IGNORE => {
                        1 + code[pc + 5] as usize
                    }
                    _ => 2,
                };
                ensure(pc + 4 + width == t - 1)?;
                t
            }
            op::REPEAT | op::POSSESSIVE_REPEAT => {
                let t = target(pc + 1, arg(1)?, end)?;
                let (min, max) = (arg(2)?, arg(3)?);
                ensure(min <= max || max == MAXREPEAT)?;
                ensure(t >= pc + 4 && t < end)?;
                block(code, pc + 4, t, groups, depth + 1)?;
                let closing = code[t];
                if o == op::REPEAT {
                    ensure(closing == op::MAX_UNTIL || closing == op::MIN_UNTIL)?;
                } else {
                    ensure(closing == op::SUCCESS)?;
                }
                t + 1
            }
            op::ATOMIC_GROUP => {
                let t = target(pc + 1, arg(1)?, end)?;
                ensure(t >= pc + 3 && code[t - 1] == op::SUCCESS)?;
                block(code, pc + 2, t - 1, groups, depth + 1)?;
                t
            }
            op::ASSERT | op::ASSERT_NOT => {
                let t = target(pc + 1, arg(1)?, end)?;
                arg(2)?;
                ensure(t >= pc + 4 && code[t - 1] == op::SUCCESS)?;
                block(code, pc + 3, t - 1, groups, depth + 1)?;
                t
            }
            op::GROUPREF_EXISTS => {
                ensure((arg(1)? as usize) < groups)?;
                let t = target(pc + 1, arg(2)?, end)?;
                ensure(t >= pc + 3)?;
                let with_else = || -> Result<usize, ()> {
                    ensure(t >= pc + 5 && code[t - 2] == op::JUMP)?;
                    let j = target(t - 1, code[t - 1], end)?;
                    block(code, pc + 3, t - 2, groups, depth + 1)?;
                    block(code, t, j, groups, depth + 1)?;
                    Ok(j)
                };
                match with_else() {
                    Ok(j) => j,
                    Err(()) => {
                        block(code, pc + 3, t, groups, depth + 1)?;
                        t
                    }
                }
            }
            _ => return Err(()),
        };
    }
    ensure(pc == end)
}
