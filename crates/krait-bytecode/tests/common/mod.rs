//! Shared helpers for krait-bytecode's integration tests: hand-built code objects and a way to ask
//! the reference CPython 3.11 (`python3`) for expected output.
#![allow(dead_code)]

pub mod sha256;

use krait_bytecode::code::{local_kind, CodeObject, Constant, ExceptionTableEntry, Position};
use krait_bytecode::opcode::{Instr, Opcode};
use krait_parser::wtf8::Wtf8Buf;
use num_bigint::BigInt;
use std::io::Write as _;
use std::process::{Command, Stdio};

/// Runs `python3` on `program` (fed on stdin, UTF-8 I/O) and returns its stdout.
pub fn run_python(program: &str) -> String {
    let mut child = Command::new("python3")
        .arg("-")
        .env("PYTHONIOENCODING", "utf-8")
        .env("PYTHONHASHSEED", "0")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("python3 (CPython 3.11) must be on PATH for the differential tests");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(program.as_bytes())
        .expect("write");
    let out = child.wait_with_output().expect("python3 output");
    assert!(
        out.status.success(),
        "python3 failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8 output")
}

/// A source position on line `line`, columns 0..4.
pub fn at(line: u32) -> Position {
    Position {
        lineno: Some(line),
        end_lineno: Some(line),
        col_offset: Some(0),
        end_col_offset: Some(4),
    }
}

/// A code object from `(opcode, argument)` pairs, instruction `i` on line `firstlineno + i`.
pub fn code(
    name: &str,
    ops: &[(Opcode, u32)],
    consts: Vec<Constant>,
    stacksize: u32,
) -> CodeObject {
    CodeObject {
        name: name.to_owned(),
        qualname: name.to_owned(),
        filename: "<test>".to_owned(),
        firstlineno: 1,
        argcount: 0,
        posonlyargcount: 0,
        kwonlyargcount: 0,
        flags: 0,
        stacksize,
        instructions: ops.iter().map(|&(op, arg)| Instr::new(op, arg)).collect(),
        consts,
        names: vec![],
        localsplus_names: vec![],
        localsplus_kinds: vec![],
        positions: (0..ops.len() as u32).map(|i| at(1 + i)).collect(),
        exception_table: vec![],
    }
}

/// `RESUME 0; LOAD_CONST 0; RETURN_VALUE` returning `consts[0]`.
pub fn returning(name: &str, consts: Vec<Constant>) -> CodeObject {
    code(
        name,
        &[
            (Opcode::Resume, 0),
            (Opcode::LoadConst, 0),
            (Opcode::ReturnValue, 0),
        ],
        consts,
        1,
    )
}

pub fn int(i: i64) -> Constant {
    Constant::Int(BigInt::from(i))
}

pub fn string(s: &str) -> Constant {
    Constant::Str(Wtf8Buf::from_str(s))
}

/// One constant of every kind, with the awkward values: -0.0, NaNs with payloads, big ints of both
/// signs, lone surrogates, all 256 bytes, nesting.
pub fn every_constant() -> Vec<Constant> {
    let mut surrogates = Wtf8Buf::from_str("x");
    surrogates.push_code_point(0xD800);
    surrogates.push_code_point(0xDC00);
    surrogates.push_code_point(0xDFFF);
    surrogates.push_char('\u{1F600}');
    vec![
        Constant::None,
        Constant::Bool(true),
        Constant::Bool(false),
        Constant::Ellipsis,
        int(0),
        int(1),
        int(-1),
        int(255),
        int(256),
        int(-256),
        int(i64::MIN),
        Constant::Int(BigInt::from(2).pow(200) + 7),
        Constant::Int(-BigInt::from(3).pow(150)),
        Constant::Float(0.0),
        Constant::Float(-0.0),
        Constant::Float(1.5e300),
        Constant::Float(5e-324),
        Constant::Float(f64::INFINITY),
        Constant::Float(f64::NEG_INFINITY),
        Constant::Float(f64::from_bits(0x7FF8_0000_0000_1234)),
        Constant::Float(f64::from_bits(0xFFF0_0000_0000_0001)),
        Constant::Complex {
            real: -0.0,
            imag: f64::from_bits(0x7FF8_0000_0000_0001),
        },
        Constant::Complex {
            real: 1.0,
            imag: -2.0,
        },
        string(""),
        string("hello, w\u{f6}rld \u{4e16}\u{754c}"),
        Constant::Str(surrogates),
        Constant::Bytes(vec![]),
        Constant::Bytes((0..=255).collect()),
        Constant::Tuple(vec![]),
        Constant::Tuple(vec![
            int(1),
            Constant::Tuple(vec![string("a"), Constant::Tuple(vec![Constant::None])]),
        ]),
        Constant::FrozenSet(vec![]),
        Constant::FrozenSet(vec![int(3), string("b"), Constant::Tuple(vec![int(1)])]),
    ]
}

/// A module with a nested function and a class whose method is nested once more, using locals,
/// cells, free variables, names, globals, a loop, and a try/except with an exception table.
pub fn nested_module() -> CodeObject {
    use Opcode::*;
    // def inner(a, b): x = a; try: return g(x) except: pass ... (shape only; depths are exact)
    let mut inner = code(
        "inner",
        &[
            (CopyFreeVars, 1), // 0
            (MakeCell, 2),     // 1
            (Resume, 0),       // 2
            (LoadFast, 0),     // 3
            (StoreDeref, 2),   // 4
            (Nop, 0),          // 5
            (LoadGlobal, 1),   // 6  NULL + g
            (LoadDeref, 2),    // 7
            (LoadDeref, 3),    // 8
            (BinaryOp, 0),     // 9
            (Call, 1),         // 10
            (ReturnValue, 0),  // 11
            (PushExcInfo, 0),  // 12 handler: depth 0 + exc
            (PopTop, 0),       // 13
            (PopExcept, 0),    // 14
            (LoadConst, 0),    // 15
            (ReturnValue, 0),  // 16
            (Copy, 3),         // 17 cleanup: lasti, prev, exc
            (PopExcept, 0),    // 18
            (Reraise, 1),      // 19
        ],
        vec![Constant::None],
        4,
    );
    inner.argcount = 2;
    inner.flags = 0x13;
    inner.names = vec!["g".into()];
    inner.localsplus_names = vec!["a".into(), "b".into(), "x".into(), "y".into()];
    inner.localsplus_kinds = vec![
        local_kind::LOCAL,
        local_kind::LOCAL,
        local_kind::CELL,
        local_kind::FREE,
    ];
    inner.exception_table = vec![
        ExceptionTableEntry {
            start: 6,
            end: 11,
            target: 12,
            depth: 0,
            push_lasti: false,
        },
        ExceptionTableEntry {
            start: 12,
            end: 14,
            target: 17,
            depth: 1,
            push_lasti: true,
        },
    ];
    inner.positions[5] = Position::default();
    inner.positions[6].col_offset = None;
    let mut method = returning("m", vec![int(7)]);
    method.qualname = "C.m".into();
    let class_body = code(
        "C",
        &[
            (Resume, 0),
            (LoadConst, 0),
            (LoadConst, 1),
            (MakeFunction, 0),
            (StoreName, 0),
            (LoadConst, 2),
            (ReturnValue, 0),
        ],
        vec![
            Constant::Code(Box::new(method)),
            string("C.m"),
            Constant::None,
        ],
        2,
    );
    let mut class_body = class_body;
    class_body.names = vec!["m".into()];
    let mut module = code(
        "<module>",
        &[
            (Resume, 0),
            (LoadConst, 0),
            (MakeFunction, 0),
            (StoreName, 0),
            (PushNull, 0),
            (LoadBuildClass, 0),
            (LoadConst, 1),
            (MakeFunction, 0),
            (LoadConst, 2),
            (Call, 2),
            (StoreName, 1),
            (LoadConst, 3),
            (ReturnValue, 0),
        ],
        vec![
            Constant::Code(Box::new(inner)),
            Constant::Code(Box::new(class_body)),
            string("C"),
            Constant::None,
        ],
        4,
    );
    module.names = vec!["inner".into(), "C".into()];
    module.consts.extend(every_constant());
    module
}
