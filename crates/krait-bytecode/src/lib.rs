//! krait-bytecode: the one opcode table, code objects, the `.pyc` format, the verifier and the
//! disassembler.
//!
//! [`opcode`] is the single source of truth for the instruction set (design decision 1);
//! [`code`] holds the compiler's output; [`marshal`] and [`pyc`] store it on disk; [`verify`](mod@verify)
//! checks it; [`dis`] prints it as CPython 3.11's `dis` does.

pub mod code;
pub mod decode;
pub mod dis;
pub mod marshal;
pub mod opcode;
pub mod pyc;
pub mod repr;
pub mod siphash;
pub mod verify;

#[cfg(test)]
mod testutil;

pub use code::{CodeObject, Constant, ExceptionTableEntry, Position};
pub use marshal::{deserialize_code, serialize_code};
pub use opcode::{Instr, Opcode};
pub use pyc::{read_pyc, write_pyc, PycError, PycHeader};
pub use verify::{verify, VerifyError};
