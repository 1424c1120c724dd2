//! Decoding instruction words with their `EXTENDED_ARG` prefixes, shared by the verifier and `dis`.
//!
//! As in CPython's `_unpack_opargs` (Lib/dis.py), an `EXTENDED_ARG x` prefix makes the next
//! instruction's argument `(x << 24) | arg` (krait's words carry 24 argument bits, CPython's 8).
//! The verifier allows at most one prefix per instruction with `x <= 0xFF`, so every full argument
//! fits in 32 bits.

use crate::opcode::{Instr, Opcode};

/// One decoded instruction.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Decoded {
    /// Index of the word in the instruction array.
    pub index: usize,
    /// The opcode, `None` if the byte names no opcode.
    pub op: Option<Opcode>,
    /// The argument with the preceding `EXTENDED_ARG` prefixes applied (64 bits wide, so a crafted
    /// chain of prefixes cannot overflow; the verifier rejects values above `u32::MAX`).
    pub arg: u64,
}

/// Every word of `instructions`, decoded, `EXTENDED_ARG`s included (each shows its own combined
/// argument, as CPython's `dis` does).
pub fn decode(instructions: &[Instr]) -> impl Iterator<Item = Decoded> + '_ {
    let mut extended: u64 = 0;
    instructions.iter().enumerate().map(move |(index, word)| {
        let op = word.opcode();
        let arg = (extended << 24) | u64::from(word.arg());
        extended = if op == Some(Opcode::ExtendedArg) {
            arg & 0xFF_FFFF_FFFF
        } else {
            0
        };
        Decoded { index, op, arg }
    })
}
