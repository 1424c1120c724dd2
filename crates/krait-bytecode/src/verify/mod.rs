//! The code-object verifier: structural invariants, every instruction's argument, the exception
//! table, and the stack depth along every path (the checks CPython's compiler makes in
//! `stackdepth()`, Python/compile.c, plus the ones a loader of untrusted bytes needs).
//!
//! The compiler runs it in debug builds and tests; the `.pyc` loader runs it on every code object
//! it reads, so the interpreter may rely on what it checks: every index an instruction uses is in
//! range, every jump and handler lands on an instruction start, no path underflows the value stack
//! or exceeds `co_stacksize`, and control never runs off the end.

mod args;
mod depth;

use crate::code::{co_flags, local_kind, CodeObject};
use crate::decode::{decode, Decoded};
use crate::opcode::Opcode;
use std::fmt;

/// The largest `co_stacksize` accepted (slots; 128 MiB of 8-byte values).
pub const MAX_STACKSIZE: u32 = 1 << 24;

/// A verification failure: what is wrong and, when it concerns one instruction, which.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VerifyError {
    /// Index of the offending instruction, if the problem is one instruction's.
    pub index: Option<usize>,
    /// Its opcode name (or `<byte N>` for a byte that names no opcode).
    pub opname: Option<String>,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for VerifyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.index, &self.opname) {
            (Some(i), Some(op)) => write!(
                f,
                "instruction {i} (offset {}, {op}): {}",
                2 * i,
                self.message
            ),
            (Some(i), None) => write!(f, "instruction {i} (offset {}): {}", 2 * i, self.message),
            _ => write!(f, "{}", self.message),
        }
    }
}

impl std::error::Error for VerifyError {}

#[cold]
fn code_error(message: impl Into<String>) -> VerifyError {
    VerifyError {
        index: None,
        opname: None,
        message: message.into(),
    }
}

#[cold]
fn instr_error(d: &Decoded, message: impl Into<String>) -> VerifyError {
    VerifyError {
        index: Some(d.index),
        opname: Some(match d.op {
            Some(op) => op.name().to_owned(),
            None => "<unknown opcode>".to_owned(),
        }),
        message: message.into(),
    }
}

/// Verifies `code` (not the code objects among its constants; the loader verifies each as it reads
/// it, and the compiler verifies each it builds).
///
/// Checks, in order: localsplus names and kinds are parallel, kinds are valid, parameters come
/// first and free variables last; one position per instruction; every instruction's opcode and
/// argument (see `args.rs`); the exception table (sorted, disjoint, in range, handler depth within
/// `co_stacksize`); and the stack depth along every path (`depth.rs`): no underflow, one depth per
/// instruction, maximum within `co_stacksize` (CPython's own value can exceed the deepest
/// path; see `depth.rs`).
pub fn verify(code: &CodeObject) -> Result<(), VerifyError> {
    check_structure(code)?;
    let decoded: Vec<Decoded> = decode(&code.instructions).collect();
    let args = args::check_instructions(code, &decoded)?;
    check_exception_table(code, &decoded)?;
    depth::check_depth(code, &decoded, &args)
}

fn check_structure(code: &CodeObject) -> Result<(), VerifyError> {
    let nslots = code.localsplus_names.len();
    if nslots != code.localsplus_kinds.len() {
        return Err(code_error(format!(
            "{nslots} localsplus names but {} kinds",
            code.localsplus_kinds.len()
        )));
    }
    let mut seen_free = false;
    for (i, &kind) in code.localsplus_kinds.iter().enumerate() {
        let valid = [
            local_kind::LOCAL,
            local_kind::CELL,
            local_kind::FREE,
            local_kind::LOCAL | local_kind::CELL,
        ];
        if !valid.contains(&kind) {
            return Err(code_error(format!(
                "localsplus slot {i} has kind bits {kind:#04x}"
            )));
        }
        if kind == local_kind::FREE {
            seen_free = true;
        } else if seen_free {
            return Err(code_error(format!(
                "localsplus slot {i} follows a free variable"
            )));
        }
    }
    if code.posonlyargcount > code.argcount {
        return Err(code_error("co_posonlyargcount exceeds co_argcount"));
    }
    let nparams = u64::from(code.argcount)
        + u64::from(code.kwonlyargcount)
        + u64::from(code.flags & co_flags::VARARGS != 0)
        + u64::from(code.flags & co_flags::VARKEYWORDS != 0);
    if nparams > nslots as u64 {
        return Err(code_error(format!(
            "{nparams} parameters but {nslots} localsplus slots"
        )));
    }
    if let Some(i) =
        (0..nparams as usize).find(|&i| code.localsplus_kinds[i] & local_kind::LOCAL == 0)
    {
        return Err(code_error(format!("parameter slot {i} is not a local")));
    }
    if code.positions.len() != code.instructions.len() {
        return Err(code_error(format!(
            "{} positions for {} instructions",
            code.positions.len(),
            code.instructions.len()
        )));
    }
    if code.instructions.is_empty() {
        return Err(code_error("no instructions"));
    }
    if code.stacksize > MAX_STACKSIZE {
        return Err(code_error(format!(
            "co_stacksize {} exceeds {MAX_STACKSIZE}",
            code.stacksize
        )));
    }
    Ok(())
}

/// Whether instruction `target` starts an instruction (is not the word after an `EXTENDED_ARG`).
fn is_instruction_start(decoded: &[Decoded], target: usize) -> bool {
    target < decoded.len() && (target == 0 || decoded[target - 1].op != Some(Opcode::ExtendedArg))
}

fn check_exception_table(code: &CodeObject, decoded: &[Decoded]) -> Result<(), VerifyError> {
    let n = decoded.len();
    let mut prev_end = 0u32;
    for (k, e) in code.exception_table.iter().enumerate() {
        let what = format!(
            "exception table entry {k} ({} to {} -> {})",
            e.start, e.end, e.target
        );
        if e.start >= e.end || e.end as usize > n {
            return Err(code_error(format!(
                "{what}: bad range for {n} instructions"
            )));
        }
        if e.start < prev_end {
            return Err(code_error(format!(
                "{what}: not sorted or overlaps the previous entry"
            )));
        }
        if !is_instruction_start(decoded, e.target as usize) {
            return Err(code_error(format!(
                "{what}: target is not an instruction start"
            )));
        }
        let handler_depth = u64::from(e.depth) + 1 + u64::from(e.push_lasti);
        if handler_depth > u64::from(code.stacksize) {
            return Err(code_error(format!(
                "{what}: handler depth {handler_depth} exceeds co_stacksize {}",
                code.stacksize
            )));
        }
        prev_end = e.end;
    }
    Ok(())
}
