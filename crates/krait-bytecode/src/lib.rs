//! krait-bytecode: the one opcode table, code objects, the `.pyc` format, the disassembler.
//!
//! [`opcode`] is the single source of truth for the instruction set (design decision 1);
//! [`code`] holds the compiler's output.

pub mod code;
pub mod opcode;

pub use code::{CodeObject, Constant, ExceptionTableEntry, Position};
pub use opcode::{Instr, Opcode};
