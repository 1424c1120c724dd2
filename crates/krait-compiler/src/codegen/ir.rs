//! The compiler's intermediate form: basic blocks of instructions with symbolic jump targets
//! and source positions, plus the pseudo-instructions CPython 3.11's compiler uses to describe
//! exception handlers (`SETUP_FINALLY`, `SETUP_CLEANUP`, `SETUP_WITH`, `POP_BLOCK`) and
//! direction-less jumps (`JUMP`, `JUMP_NO_INTERRUPT`), all resolved by the assembler.

use krait_bytecode::{Opcode, Position};

/// Index of a [`Block`] in its unit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct BlockId(pub u32);

/// No block: the target of an instruction that does not jump.
pub const NO_BLOCK: BlockId = BlockId(u32::MAX);

/// An instruction of the intermediate form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Op {
    /// A real instruction of the opcode table.
    Real(Opcode),
    /// Pushes a handler (target) that unwinds to the current depth and pushes the exception.
    SetupFinally,
    /// As `SetupFinally`, also pushing the raising instruction's offset (`push_lasti`).
    SetupCleanup,
    /// `with` handler: like `SetupCleanup`, the stack is unwound to below `__enter__`'s result.
    SetupWith,
    /// Pops the innermost handler.
    PopBlock,
    /// Unconditional jump; becomes `JUMP_FORWARD` or `JUMP_BACKWARD`.
    Jump,
    /// Jump without an eval-breaker check; becomes `JUMP_BACKWARD_NO_INTERRUPT` (or forward).
    JumpNoInterrupt,
}

impl Op {
    /// Whether the instruction has a jump target (including handler setups).
    pub fn has_target(self) -> bool {
        match self {
            Op::Real(o) => o.is_jump(),
            Op::SetupFinally
            | Op::SetupCleanup
            | Op::SetupWith
            | Op::Jump
            | Op::JumpNoInterrupt => true,
            Op::PopBlock => false,
        }
    }

    /// Whether control never falls through to the next instruction.
    pub fn is_terminator(self) -> bool {
        match self {
            Op::Real(o) => !o.falls_through(),
            Op::Jump | Op::JumpNoInterrupt => true,
            _ => false,
        }
    }

    /// Whether this is a handler setup pseudo-instruction.
    pub fn is_setup(self) -> bool {
        matches!(self, Op::SetupFinally | Op::SetupCleanup | Op::SetupWith)
    }

    /// Net stack effect on the fall-through path and on the jump path; `pops` is what must be
    /// on the stack beforehand (for the verifier).
    pub fn effects(self, arg: u32) -> (u32, i32, i32) {
        match self {
            Op::Real(o) => {
                let (p, q) = o.stack_effect(arg, false);
                let (jp, jq) = o.stack_effect(arg, true);
                (p.max(jp), q as i32 - p as i32, jq as i32 - jp as i32)
            }
            Op::SetupFinally | Op::SetupWith => (0, 0, 1),
            Op::SetupCleanup => (0, 0, 2),
            Op::PopBlock | Op::Jump | Op::JumpNoInterrupt => (0, 0, 0),
        }
    }
}

/// One instruction: operation, argument, jump target (or [`NO_BLOCK`]), and source position
/// (`None` = artificial, inherits its predecessor's position as CPython's
/// `propagate_line_numbers`).
#[derive(Clone, Copy, Debug)]
pub struct Ins {
    pub op: Op,
    pub arg: u32,
    pub target: BlockId,
    pub pos: Option<Position>,
}

/// A basic block.
#[derive(Clone, Debug, Default)]
pub struct Block {
    pub instrs: Vec<Ins>,
}
