//! Test helpers: asking the reference CPython 3.11 (`python3`) for expected output, and small
//! hand-built code objects.

use crate::code::{CodeObject, Position};
use crate::opcode::{Instr, Opcode};
use std::io::Write as _;
use std::process::{Command, Stdio};

/// Runs `python3` on `program` (fed on stdin, UTF-8 I/O) and returns its stdout.
///
/// # Panics
/// If `python3` cannot be run or fails: the differential tests need the reference interpreter.
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
        .expect("write program");
    let out = child.wait_with_output().expect("python3 output");
    assert!(
        out.status.success(),
        "python3 failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8 output")
}

/// `repr(eval(expr))` for each expression, from CPython.
pub fn python_reprs(exprs: &[&str]) -> Vec<String> {
    let mut program = String::new();
    program.push_str("import sys\nexprs = [\n");
    for e in exprs {
        let hex: String = e.bytes().map(|b| format!("{b:02x}")).collect();
        program.push_str(&format!("    bytes.fromhex('{hex}').decode(),\n"));
    }
    program.push_str("]\nfor e in exprs:\n    print(repr(eval(e)))\n");
    let out = run_python(&program);
    let lines: Vec<String> = out.lines().map(str::to_owned).collect();
    assert_eq!(lines.len(), exprs.len(), "python3 printed {out}");
    lines
}

/// A valid code object named `name` in file `t.py`: `RESUME 0; LOAD_CONST 0 (None); RETURN_VALUE`.
pub fn minimal_code(name: &str) -> CodeObject {
    let instructions = vec![
        Instr::new(Opcode::Resume, 0),
        Instr::new(Opcode::LoadConst, 0),
        Instr::new(Opcode::ReturnValue, 0),
    ];
    let line = Position {
        lineno: Some(1),
        end_lineno: Some(1),
        col_offset: Some(0),
        end_col_offset: Some(1),
    };
    CodeObject {
        name: name.to_owned(),
        qualname: name.to_owned(),
        filename: "t.py".to_owned(),
        firstlineno: 1,
        argcount: 0,
        posonlyargcount: 0,
        kwonlyargcount: 0,
        flags: 0,
        stacksize: 1,
        positions: vec![line; instructions.len()],
        instructions,
        consts: vec![crate::code::Constant::None],
        names: vec![],
        localsplus_names: vec![],
        localsplus_kinds: vec![],
        exception_table: vec![],
    }
}
