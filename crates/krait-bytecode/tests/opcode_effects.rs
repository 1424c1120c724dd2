//! The opcode table's stack effects against CPython 3.11's `dis.stack_effect`, for every
//! instruction krait shares with CPython, on both paths and for a spread of arguments.
//!
//! The few deliberate differences are listed in `KNOWN` with the reason; everything else must
//! agree, so a mistyped row in the table fails here.

mod common;

use krait_bytecode::opcode::{ArgKind, Opcode, OPCODES};

/// Instructions whose net effect differs from CPython 3.11's on purpose.
const KNOWN: &[(&str, &str)] = &[
    ("RETURN_GENERATOR", "krait counts the value sent on first resumption (docs/bytecode.md)"),
    ("CALL", "krait has no PRECALL: compared with PRECALL + CALL"),
    ("RERAISE", "krait also pops the saved lasti of RERAISE 1; it never falls through, so only underflow checks see it"),
];

const ARGS: [u32; 10] = [0, 1, 2, 3, 4, 5, 7, 8, 15, 0x101];

/// The arguments meaningful for `op` (CPython's `stack_effect` does not check them).
fn args_for(op: Opcode) -> Vec<Option<u32>> {
    let kind = op.info().arg;
    let max = match kind {
        ArgKind::None => return vec![None],
        ArgKind::Format => 7,
        ArgKind::MakeFunction => 15,
        ArgKind::Raise | ArgKind::Awaitable => 2,
        ArgKind::Reraise | ArgKind::CallEx | ArgKind::Invert => 1,
        ArgKind::Resume => 3,
        ArgKind::Compare => 5,
        ArgKind::BinaryOp => 25,
        _ => u32::MAX,
    };
    if op == Opcode::BuildSlice {
        return vec![Some(2), Some(3)];
    }
    let min = u32::from(matches!(op, Opcode::Copy | Opcode::Swap));
    ARGS.iter()
        .copied()
        .filter(|&a| a >= min && a <= max)
        .map(Some)
        .collect()
}

#[test]
fn stack_effects_match_cpython() {
    let mut queries = vec![];
    for &op in Opcode::ALL {
        for arg in args_for(op) {
            for jump in [false, true] {
                queries.push((op, arg, jump));
            }
        }
    }
    let mut program = String::from(
        "import dis\ndef eff(name, arg, jump):\n    if name not in dis.opmap:\n        name = name.replace('POP_JUMP_IF_', 'POP_JUMP_FORWARD_IF_')\n    if name not in dis.opmap:\n        return 'missing'\n    e = dis.stack_effect(dis.opmap[name], arg, jump=jump)\n    if name == 'CALL':\n        e += dis.stack_effect(dis.opmap['PRECALL'], arg, jump=jump)\n    return e\n",
    );
    for (op, arg, jump) in &queries {
        let arg = arg.map_or("None".to_owned(), |a| a.to_string());
        let jump = if *jump { "True" } else { "False" };
        program.push_str(&format!("print(eff({:?}, {arg}, {jump}))\n", op.name()));
    }
    let out = common::run_python(&program);
    let mut mismatches = vec![];
    for ((op, arg, jump), line) in queries.iter().zip(out.lines()) {
        if line == "missing" || KNOWN.iter().any(|(n, _)| *n == op.name()) && op.name() != "CALL" {
            continue;
        }
        let (pops, pushes) = op.stack_effect(arg.unwrap_or(0), *jump && op.is_jump());
        let ours = i64::from(pushes) - i64::from(pops);
        let theirs: i64 = line.parse().expect("an integer");
        if ours != theirs {
            mismatches.push(format!(
                "{} arg {arg:?} jump {jump}: krait {ours}, CPython {theirs}",
                op.name()
            ));
        }
    }
    assert_eq!(out.lines().count(), queries.len());
    assert!(
        mismatches.is_empty(),
        "stack effects differ from CPython 3.11:\n{}",
        mismatches.join("\n")
    );
    assert!(OPCODES.len() > 90);
}
