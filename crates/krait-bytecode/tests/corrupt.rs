//! The loader on bad input: every truncation, random byte flips, lying lengths, deep nesting and
//! each validation rule. Every case must be an `Err`, never a panic.

mod common;

use common::*;
use krait_bytecode::code::{local_kind, Constant, ExceptionTableEntry};
use krait_bytecode::marshal::MAX_NESTING;
use krait_bytecode::opcode::{Instr, Opcode};
use krait_bytecode::pyc::{PycError, PycHeader};
use krait_bytecode::{deserialize_code, read_pyc, serialize_code, write_pyc, CodeObject};

fn header() -> PycHeader {
    PycHeader::Timestamp {
        mtime: 7,
        source_size: 9,
    }
}

fn corrupt_message(code: &CodeObject) -> String {
    match deserialize_code(&serialize_code(code)) {
        Err(PycError::Corrupt(msg)) => msg,
        other => panic!("expected a Corrupt error, got {other:?}"),
    }
}

#[test]
fn every_truncation_fails_cleanly() {
    let bytes = write_pyc(&nested_module(), &header());
    assert!(read_pyc(&bytes).is_ok());
    for len in 0..bytes.len() {
        assert!(
            read_pyc(&bytes[..len]).is_err(),
            "truncated to {len} bytes loaded"
        );
    }
    let mut longer = bytes.clone();
    longer.push(0);
    assert!(read_pyc(&longer).is_err(), "a trailing byte was accepted");
}

/// A small deterministic PRNG (xorshift64*), so failures reproduce.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
}

#[test]
fn random_byte_flips_never_panic() {
    let bytes = write_pyc(&nested_module(), &header());
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let (mut loaded, mut rejected) = (0, 0);
    for _ in 0..20_000 {
        let mut b = bytes.clone();
        for _ in 0..1 + rng.next() % 4 {
            let at = (rng.next() % b.len() as u64) as usize;
            match rng.next() % 3 {
                0 => b[at] ^= 1 << (rng.next() % 8),
                1 => b[at] = rng.next() as u8,
                _ => b[at] = [0, 0xFF, 0x7F, 0x80][(rng.next() % 4) as usize],
            }
        }
        match read_pyc(&b) {
            Ok((h, code)) => {
                loaded += 1;
                assert_eq!(
                    write_pyc(&code, &h),
                    b,
                    "a loaded file did not re-serialize to its bytes"
                );
            }
            Err(_) => rejected += 1,
        }
    }
    assert!(rejected > loaded, "{rejected} rejected, {loaded} loaded");
}

#[test]
fn lying_lengths_fail_without_allocating() {
    let good = serialize_code(&returning("f", vec![Constant::None]));
    // The first field is co_name's u32 length: claim 4 GiB.
    let mut b = good.clone();
    b[..4].copy_from_slice(&u32::MAX.to_le_bytes());
    assert!(deserialize_code(&b).is_err());
    // A tuple claiming u32::MAX items with no bytes behind it.
    let mut tuple = serialize_code(&returning("f", vec![Constant::Tuple(vec![])]));
    let at = tuple
        .windows(5)
        .position(|w| w == [b'(', 0, 0, 0, 0])
        .expect("tuple tag");
    tuple[at + 1..at + 5].copy_from_slice(&u32::MAX.to_le_bytes());
    assert!(deserialize_code(&tuple).is_err());
}

/// Builds a serialized module whose only constant is `depth` nested 1-tuples.
fn nested_tuples(depth: usize) -> Vec<u8> {
    let base = serialize_code(&returning("f", vec![Constant::None]));
    // Replace the single 'N' constant (count 1, tag N) by the nested tuples.
    let marker = [1u8, 0, 0, 0, b'N'];
    let at = base.windows(5).position(|w| w == marker).expect("constant") + 4;
    let mut out = base[..at].to_vec();
    for _ in 0..depth {
        out.extend_from_slice(&[b'(', 1, 0, 0, 0]);
    }
    out.push(b'N');
    out.extend_from_slice(&base[at + 1..]);
    out
}

#[test]
fn deep_nesting_is_an_error_not_a_stack_overflow() {
    assert!(deserialize_code(&nested_tuples(MAX_NESTING as usize - 1)).is_ok());
    assert!(deserialize_code(&nested_tuples(MAX_NESTING as usize + 1)).is_err());
    assert!(deserialize_code(&nested_tuples(1_000_000)).is_err());
}

#[test]
fn instruction_rules() {
    use Opcode::*;
    // (instructions, co_stacksize, a phrase the error must contain)
    type Case = (Vec<(Opcode, u32)>, u32, &'static str);
    let cases: Vec<Case> = vec![
        (
            vec![(LoadConst, 5), (ReturnValue, 0)],
            1,
            "co_consts index 5",
        ),
        (
            vec![(StoreName, 0), (LoadConst, 0), (ReturnValue, 0)],
            1,
            "co_names index 0",
        ),
        (
            vec![(LoadFast, 0), (ReturnValue, 0)],
            1,
            "localsplus index 0",
        ),
        (vec![(JumpForward, 9)], 0, "jump target 9"),
        (
            vec![(Resume, 4), (LoadConst, 0), (ReturnValue, 0)],
            1,
            "argument 4 out of range",
        ),
        (
            vec![(PopTop, 1), (LoadConst, 0), (ReturnValue, 0)],
            1,
            "argument 1 out of range 0..=0",
        ),
        (
            vec![
                (ExtendedArg, 0),
                (ExtendedArg, 0),
                (LoadConst, 0),
                (ReturnValue, 0),
            ],
            1,
            "chained EXTENDED_ARG",
        ),
        (
            vec![
                (ExtendedArg, 0),
                (PopTop, 0),
                (LoadConst, 0),
                (ReturnValue, 0),
            ],
            1,
            "without argument",
        ),
        (
            vec![(LoadConst, 0), (ReturnValue, 0), (ExtendedArg, 1)],
            1,
            "last instruction",
        ),
        (
            vec![
                (LoadConst, 0),
                (ExtendedArg, 0),
                (LoadConst, 0),
                (JumpForward, 2),
            ],
            1,
            "not an instruction start",
        ),
        (
            vec![(ExtendedArg, 1), (LoadConst, 0), (ReturnValue, 0)],
            1,
            "co_consts index 16777216",
        ),
        (vec![(LoadConst, 0)], 1, "falls off the end"),
        (
            vec![(PopTop, 0), (LoadConst, 0), (ReturnValue, 0)],
            1,
            "pops 1 with stack depth 0",
        ),
        (
            vec![(LoadConst, 0), (ReturnValue, 0)],
            0,
            "reaches stack depth 1 but co_stacksize is 0",
        ),
        (
            vec![
                (LoadConst, 0),
                (LoadConst, 0),
                (PopJumpIfTrue, 4),
                (LoadConst, 0),
                (ReturnValue, 0),
            ],
            2,
            "another path",
        ),
        (
            vec![(Copy, 0), (LoadConst, 0), (ReturnValue, 0)],
            1,
            "at least 1",
        ),
        (
            vec![(KwNames, 0), (LoadConst, 0), (ReturnValue, 0)],
            1,
            "keyword names",
        ),
        (
            vec![
                (ExtendedArg, 0x40),
                (Call, 0),
                (LoadConst, 0),
                (ReturnValue, 0),
            ],
            1,
            "out of range",
        ),
    ];
    for (ops, stacksize, want) in cases {
        let c = code("f", &ops, vec![Constant::None], stacksize);
        let msg = corrupt_message(&c);
        assert!(
            msg.contains(want),
            "{ops:?}: {msg:?} does not mention {want:?}"
        );
    }
    let c = code("f", &[(BuildSlice, 1), (ReturnValue, 0)], vec![], 1);
    assert!(corrupt_message(&c).contains("2 or 3"));
    // A byte that names no opcode.
    let mut c = returning("f", vec![Constant::None]);
    c.instructions[1] = Instr(0xFF);
    assert!(corrupt_message(&c).contains("names no opcode"));
}

#[test]
fn structure_rules() {
    let base = || returning("f", vec![Constant::None]);
    let mut c = base();
    c.positions.pop();
    assert!(corrupt_message(&c).contains("2 positions for 3 instructions"));
    let mut c = base();
    c.localsplus_names = vec!["a".into()];
    c.localsplus_kinds = vec![0x01];
    assert!(corrupt_message(&c).contains("kind bits"));
    let mut c = base();
    c.localsplus_names = vec!["a".into(), "b".into()];
    c.localsplus_kinds = vec![local_kind::FREE, local_kind::LOCAL];
    assert!(corrupt_message(&c).contains("follows a free variable"));
    let mut c = base();
    c.argcount = 1;
    assert!(corrupt_message(&c).contains("1 parameters but 0 localsplus slots"));
    let mut c = base();
    c.localsplus_names = vec!["a".into()];
    c.localsplus_kinds = vec![local_kind::LOCAL];
    c.instructions[1] = Instr::new(Opcode::LoadDeref, 0);
    assert!(corrupt_message(&c).contains("neither a cell nor a free variable"));
}

#[test]
fn exception_table_rules() {
    let base = || nested_module_inner();
    let entry = |start, end, target, depth| ExceptionTableEntry {
        start,
        end,
        target,
        depth,
        push_lasti: false,
    };
    let cases = vec![
        (vec![entry(3, 3, 12, 0)], "bad range"),
        (vec![entry(3, 99, 12, 0)], "bad range"),
        (vec![entry(6, 11, 99, 0)], "not an instruction start"),
        (vec![entry(6, 11, 12, 9)], "exceeds co_stacksize"),
        (vec![entry(6, 11, 12, 0), entry(8, 12, 17, 1)], "overlaps"),
        (vec![entry(6, 11, 12, 3)], "below its handler's depth"),
    ];
    for (table, want) in cases {
        let mut c = base();
        c.exception_table = table;
        let msg = corrupt_message(&c);
        assert!(msg.contains(want), "{msg:?} does not mention {want:?}");
    }
}

fn nested_module_inner() -> CodeObject {
    match &nested_module().consts[0] {
        Constant::Code(c) => (**c).clone(),
        other => panic!("{other:?}"),
    }
}

#[test]
fn bad_constants() {
    let good = serialize_code(&returning("f", vec![int(5)]));
    let at = good
        .windows(7)
        .position(|w| w == [b'i', 0, 1, 0, 0, 0, 5])
        .expect("int");
    let mut b = good.clone();
    b[at + 1] = 2;
    assert!(deserialize_code(&b).is_err(), "bad sign byte");
    let mut b = good.clone();
    b[at + 6] = 0;
    assert!(deserialize_code(&b).is_err(), "non-canonical zero");
    let mut b = good.clone();
    b[at] = b'?';
    assert!(deserialize_code(&b).is_err(), "unknown tag");
    let good = serialize_code(&returning("f", vec![string("ab")]));
    let at = good
        .windows(7)
        .position(|w| w == [b's', 2, 0, 0, 0, b'a', b'b'])
        .expect("str");
    let mut b = good;
    b[at + 5] = 0xC0;
    assert!(deserialize_code(&b).is_err(), "bad UTF-8");
}

/// `dis` is a debugging tool and may be shown code the verifier rejects: it must not panic on any
/// instruction words, `EXTENDED_ARG` chains, out-of-range indices or a short position table.
#[test]
fn dis_never_panics_on_unverified_code() {
    let mut rng = Rng(0x1234_5678_9ABC_DEF1);
    for round in 0..300 {
        let mut c = nested_module_inner();
        let n = 1 + (rng.next() % 40) as usize;
        c.instructions = (0..n)
            .map(|_| {
                let op = if matches!(rng.next() % 3, 0) {
                    Opcode::ExtendedArg as u32
                } else {
                    (rng.next() % 256) as u32
                };
                Instr(op | ((rng.next() as u32) << 8))
            })
            .collect();
        c.positions.truncate((rng.next() % 30) as usize);
        c.exception_table.push(ExceptionTableEntry {
            start: rng.next() as u32,
            end: rng.next() as u32,
            target: rng.next() as u32,
            depth: rng.next() as u32,
            push_lasti: round % 2 == 0,
        });
        let _ = krait_bytecode::dis::disassemble(&c);
    }
}
