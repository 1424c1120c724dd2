//! `dis` against CPython 3.11's own `dis` module, rule by rule: the same instructions, constants,
//! names, line table and exception table are given to CPython's `dis._disassemble_bytes` (with
//! inline caches hidden and every jump treated as absolute, which is krait's encoding) and the two
//! texts must be identical. Covers every argument kind's rendering (all comparison and binary
//! operators, every `FORMAT_VALUE` and `MAKE_FUNCTION` argument, `NULL + name`, jump targets),
//! `>>` marks from jumps and handlers, line-number columns (absent lines, repeated lines, 4-digit
//! lines), wide offsets, and the `ExceptionTable:` section.

mod common;

use common::*;
use krait_bytecode::code::{Constant, ExceptionTableEntry, Position};
use krait_bytecode::dis::{disassemble, disassemble_code};
use krait_bytecode::opcode::{ArgKind, Opcode, OPCODES};
use krait_bytecode::CodeObject;

/// A code object plus the Python expressions that build its constants in CPython.
struct Case {
    code: CodeObject,
    const_exprs: Vec<String>,
}

fn json_str(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 || (c as u32) > 0x7E => {
                out.push_str(&format!("\\u{:04x}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn case_json(case: &Case) -> String {
    let c = &case.code;
    let ops: Vec<String> = c
        .instructions
        .iter()
        .map(|i| {
            let op = i.opcode().expect("valid opcode");
            format!("[{}, {}]", json_str(op.name()), i.arg())
        })
        .collect();
    let lines: Vec<String> = c
        .positions
        .iter()
        .map(|p| p.lineno.map_or("null".to_owned(), |l| l.to_string()))
        .collect();
    let exc: Vec<String> = c
        .exception_table
        .iter()
        .map(|e| {
            format!(
                "[{}, {}, {}, {}, {}]",
                e.start,
                e.end,
                e.target,
                e.depth,
                u8::from(e.push_lasti)
            )
        })
        .collect();
    let list = |v: &[String]| v.iter().map(|s| json_str(s)).collect::<Vec<_>>().join(", ");
    format!(
        "{{\"ops\": [{}], \"lines\": [{}], \"exc\": [{}], \"consts\": [{}], \"names\": [{}], \"varnames\": [{}]}}",
        ops.join(", "),
        lines.join(", "),
        exc.join(", "),
        list(&case.const_exprs),
        list(&c.names),
        list(&c.localsplus_names),
    )
}

const HARNESS: &str = r#"
import dis, json, sys
cases = json.loads(bytes.fromhex(sys.argv[1] if len(sys.argv) > 1 else HEX).decode())
# krait's jumps are absolute instruction indices and it has no inline CACHE entries.
jumps = sorted(set(dis.hasjrel) | set(dis.hasjabs))
dis.hasjrel[:] = []
dis.hasjabs[:] = jumps
for i in range(len(dis._inline_cache_entries)):
    dis._inline_cache_entries[i] = 0
def cpython_op(name):
    if name in dis.opmap:
        return dis.opmap[name]
    op = dis.opmap[name.replace('POP_JUMP_IF_', 'POP_JUMP_FORWARD_IF_')]
    dis._all_opname[op] = name
    return op
class Lines:
    def __init__(self, lines):
        self.lines = lines
    def co_lines(self):
        return [(2 * i, 2 * i + 2, l) for i, l in enumerate(self.lines)]
for case in cases:
    code = bytearray()
    for name, arg in case['ops']:
        code += bytes([cpython_op(name), arg])
    entries = [dis._ExceptionTableEntry(2 * s, 2 * e, 2 * t, d, bool(l)) for s, e, t, d, l in case['exc']]
    dis._disassemble_bytes(bytes(code), varname_from_oparg=case['varnames'].__getitem__,
                           names=case['names'], co_consts=[eval(e) for e in case['consts']],
                           linestarts=dict(dis.findlinestarts(Lines(case['lines']))),
                           exception_entries=entries)
    print('=====')
"#;

fn cpython_dis(cases: &[Case]) -> Vec<String> {
    let json = format!(
        "[{}]",
        cases.iter().map(case_json).collect::<Vec<_>>().join(", ")
    );
    let hex: String = json.bytes().map(|b| format!("{b:02x}")).collect();
    let program = HARNESS.replace("HEX", &format!("'{hex}'"));
    let out = run_python(&program);
    out.split("=====\n")
        .map(str::to_owned)
        .take(cases.len())
        .collect()
}

fn krait_dis(case: &Case) -> String {
    let mut out = String::new();
    disassemble_code(&mut out, &case.code);
    out
}

fn rules_case() -> Case {
    use Opcode::*;
    let mut ops: Vec<(Opcode, u32)> = vec![(Resume, 0)];
    let const_exprs: Vec<&str> = vec![
        "None",
        "True",
        "...",
        "10**40",
        "-7",
        "1e16",
        "1e-05",
        "-0.0",
        "float('nan')",
        "float('inf')",
        "2j",
        "complex(1, -2)",
        "'it\\'s'",
        "'a\\nb\\u200b\\xe9'",
        "b'\\x00\\'x'",
        "()",
        "(1,)",
        "(1, 'a', (None,))",
        "frozenset()",
        "frozenset({1})",
        "('k', 'w')",
    ];
    let consts: Vec<Constant> = vec![
        Constant::None,
        Constant::Bool(true),
        Constant::Ellipsis,
        Constant::Int(num_bigint::BigInt::from(10).pow(40)),
        int(-7),
        Constant::Float(1e16),
        Constant::Float(1e-5),
        Constant::Float(-0.0),
        Constant::Float(f64::NAN),
        Constant::Float(f64::INFINITY),
        Constant::Complex {
            real: 0.0,
            imag: 2.0,
        },
        Constant::Complex {
            real: 1.0,
            imag: -2.0,
        },
        string("it's"),
        string("a\nb\u{200b}\u{e9}"),
        Constant::Bytes(b"\x00'x".to_vec()),
        Constant::Tuple(vec![]),
        Constant::Tuple(vec![int(1)]),
        Constant::Tuple(vec![
            int(1),
            string("a"),
            Constant::Tuple(vec![Constant::None]),
        ]),
        Constant::FrozenSet(vec![]),
        Constant::FrozenSet(vec![int(1)]),
        Constant::Tuple(vec![string("k"), string("w")]),
    ];
    for i in 0..consts.len() as u32 {
        ops.push((LoadConst, i));
    }
    ops.push((KwNames, 20));
    ops.extend([
        (LoadName, 0),
        (StoreName, 1),
        (DeleteName, 0),
        (LoadGlobal, 0),
        (LoadGlobal, 3),
    ]);
    ops.extend([
        (LoadAttr, 1),
        (LoadMethod, 0),
        (StoreAttr, 1),
        (ImportName, 0),
        (ImportFrom, 1),
    ]);
    ops.extend([
        (LoadFast, 0),
        (StoreFast, 1),
        (DeleteFast, 0),
        (MakeCell, 2),
        (LoadClosure, 2),
    ]);
    ops.extend([
        (LoadDeref, 2),
        (StoreDeref, 3),
        (LoadClassderef, 3),
        (CopyFreeVars, 1),
    ]);
    ops.extend((0..6).map(|i| (CompareOp, i)));
    ops.extend((0..26).map(|i| (BinaryOp, i)));
    ops.extend((0..8).map(|i| (FormatValue, i)));
    ops.extend((0..16).map(|i| (MakeFunction, i)));
    ops.extend([
        (IsOp, 1),
        (ContainsOp, 0),
        (Call, 3),
        (BuildTuple, 2),
        (UnpackEx, 0x21),
        (Copy, 2),
        (Swap, 3),
    ]);
    ops.extend([
        (CallFunctionEx, 1),
        (GetAwaitable, 2),
        (RaiseVarargs, 1),
        (Reraise, 1),
        (Resume, 3),
    ]);
    ops.extend([
        (PopTop, 0),
        (PushNull, 0),
        (ReturnValue, 0),
        (Nop, 0),
        (GetIter, 0),
        (PushExcInfo, 0),
    ]);
    let n = ops.len() as u32;
    ops.extend([
        (ForIter, n + 3),
        (JumpBackward, 2),
        (JumpForward, n + 5),
        (PopJumpIfFalse, 1),
        (PopJumpIfTrue, n + 7),
        (PopJumpIfNone, n),
        (PopJumpIfNotNone, n + 1),
        (JumpIfFalseOrPop, n + 2),
        (JumpIfTrueOrPop, n + 8),
        (JumpBackwardNoInterrupt, 5),
        (Send, n + 9),
        (ReturnValue, 0),
    ]);
    let mut code = code("rules", &ops, consts, 0);
    code.names = vec!["alpha".into(), "beta".into()];
    code.localsplus_names = vec!["a".into(), "b".into(), "c".into(), "d".into()];
    // Lines: several instructions per line, some with no line, a line revisited, 4-digit lines.
    for (i, p) in code.positions.iter_mut().enumerate() {
        p.lineno = match i % 7 {
            0 | 1 => Some(3 + (i / 7) as u32),
            2 => None,
            3 => Some(3 + (i / 7) as u32),
            4 => Some(2),
            _ => Some(990 + i as u32),
        };
    }
    code.exception_table = vec![
        ExceptionTableEntry {
            start: 3,
            end: 9,
            target: 40,
            depth: 0,
            push_lasti: false,
        },
        ExceptionTableEntry {
            start: 12,
            end: 13,
            target: 41,
            depth: 2,
            push_lasti: true,
        },
    ];
    Case {
        code,
        const_exprs: const_exprs.into_iter().map(str::to_owned).collect(),
    }
}

fn wide_offsets_case() -> Case {
    let mut ops = vec![(Opcode::Resume, 0)];
    ops.extend(std::iter::repeat_n((Opcode::Nop, 0), 5200));
    ops.push((Opcode::JumpBackward, 3));
    let mut code = code("wide", &ops, vec![], 0);
    for (i, p) in code.positions.iter_mut().enumerate() {
        p.lineno = Some(1 + i as u32 / 1000);
    }
    Case {
        code,
        const_exprs: vec![],
    }
}

fn no_lines_case() -> Case {
    let mut code = returning("nolines", vec![Constant::None]);
    code.positions = vec![Position::default(); 3];
    Case {
        code,
        const_exprs: vec!["None".into()],
    }
}

#[test]
fn layout_matches_cpython_dis() {
    let cases = [rules_case(), wide_offsets_case(), no_lines_case()];
    let expected = cpython_dis(&cases);
    assert_eq!(expected.len(), cases.len());
    for (case, want) in cases.iter().zip(&expected) {
        let got = krait_dis(case);
        if got != *want {
            let diff: Vec<String> = got
                .lines()
                .zip(want.lines())
                .filter(|(a, b)| a != b)
                .take(8)
                .map(|(a, b)| format!("krait:   {a:?}\ncpython: {b:?}"))
                .collect();
            panic!(
                "{}: dis differs from CPython's:\n{}",
                case.code.name,
                diff.join("\n")
            );
        }
    }
}

/// Every instruction shows an argument column exactly when CPython 3.11's instruction of the same
/// name has an argument (`opcode >= HAVE_ARGUMENT`).
#[test]
fn argument_columns_match_cpython() {
    let names: Vec<String> = OPCODES.iter().map(|i| format!("{:?}", i.name)).collect();
    let program = format!(
        "import dis\nfor n in [{}]:\n    m = dis.opmap.get(n) or dis.opmap[n.replace('POP_JUMP_IF_', 'POP_JUMP_FORWARD_IF_')]\n    print(n, m >= dis.HAVE_ARGUMENT)\n",
        names.join(", ")
    );
    let out = run_python(&program);
    for (info, line) in OPCODES.iter().zip(out.lines()) {
        let has_arg = line.ends_with("True");
        assert_eq!(info.arg != ArgKind::None, has_arg, "{line}");
    }
}

#[test]
fn nested_code_objects_follow_in_cpython_order() {
    let text = disassemble(&nested_module());
    let headers: Vec<&str> = text
        .lines()
        .filter(|l| l.starts_with("Disassembly of"))
        .collect();
    assert_eq!(headers.len(), 3, "{text}");
    assert!(headers[0].starts_with("Disassembly of <code object inner at 0x"));
    assert!(headers[0].ends_with(", file \"<test>\", line 1>:"));
    assert!(headers[1].starts_with("Disassembly of <code object C at 0x"));
    assert!(headers[2].starts_with("Disassembly of <code object m at 0x"));
    // Each header is preceded by a blank line, as `_disassemble_recursive` prints it.
    for (i, line) in text.lines().enumerate() {
        if line.starts_with("Disassembly of") {
            assert_eq!(text.lines().nth(i - 1), Some(""));
        }
    }
}

#[test]
fn extended_arg_shows_the_full_argument() {
    let mut c = code(
        "ext",
        &[
            (Opcode::ExtendedArg, 1),
            (Opcode::LoadConst, 2),
            (Opcode::ReturnValue, 0),
        ],
        vec![],
        1,
    );
    c.positions = vec![at(1); 3];
    let text = krait_dis(&Case {
        code: c,
        const_exprs: vec![],
    });
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], "  1           0 EXTENDED_ARG             1");
    assert_eq!(lines[1], "              2 LOAD_CONST           16777218");
}
