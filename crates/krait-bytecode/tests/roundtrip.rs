//! Serialize → load round trips of hand-built code objects covering every constant kind, nested
//! code objects, surrogate strings, -0.0/NaN floats and big ints; and the format's determinism.

mod common;

use common::*;
use krait_bytecode::code::Constant;
use krait_bytecode::pyc::{self, PycHeader};
use krait_bytecode::{deserialize_code, read_pyc, serialize_code, verify, write_pyc};

/// Value equality with floats compared by bit pattern (so NaN payloads and -0.0 count).
fn same_constant(a: &Constant, b: &Constant) -> bool {
    match (a, b) {
        (Constant::Float(x), Constant::Float(y)) => x.to_bits() == y.to_bits(),
        (Constant::Complex { real: a, imag: b }, Constant::Complex { real: c, imag: d }) => {
            a.to_bits() == c.to_bits() && b.to_bits() == d.to_bits()
        }
        (Constant::Tuple(x), Constant::Tuple(y))
        | (Constant::FrozenSet(x), Constant::FrozenSet(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(a, b)| same_constant(a, b))
        }
        (Constant::Code(x), Constant::Code(y)) => same_code(x, y),
        _ => a == b,
    }
}

fn same_code(a: &krait_bytecode::CodeObject, b: &krait_bytecode::CodeObject) -> bool {
    let strip = |c: &krait_bytecode::CodeObject| {
        let mut c = c.clone();
        c.consts.clear();
        c
    };
    strip(a) == strip(b)
        && a.consts.len() == b.consts.len()
        && a.consts
            .iter()
            .zip(&b.consts)
            .all(|(x, y)| same_constant(x, y))
}

#[test]
fn fixtures_verify() {
    let module = nested_module();
    verify(&module).unwrap();
    for k in &module.consts {
        if let Constant::Code(c) = k {
            verify(c).unwrap();
        }
    }
}

#[test]
fn every_constant_round_trips() {
    for k in every_constant() {
        let code = returning("f", vec![k.clone()]);
        let bytes = serialize_code(&code);
        let back = deserialize_code(&bytes).unwrap_or_else(|e| panic!("{k:?}: {e}"));
        assert!(
            same_code(&code, &back),
            "{k:?} came back as {:?}",
            back.consts[0]
        );
        assert_eq!(
            serialize_code(&back),
            bytes,
            "{k:?}: bytes differ after a round trip"
        );
    }
}

#[test]
fn nested_module_round_trips() {
    let module = nested_module();
    let bytes = serialize_code(&module);
    let back = deserialize_code(&bytes).unwrap();
    assert!(same_code(&module, &back));
    assert_eq!(serialize_code(&back), bytes);
}

#[test]
fn special_floats_keep_their_bits() {
    let bits = [
        0x8000_0000_0000_0000u64,
        0x7FF8_0000_0000_1234,
        0xFFF0_0000_0000_0001,
        1,
    ];
    let code = returning(
        "f",
        bits.iter()
            .map(|&b| Constant::Float(f64::from_bits(b)))
            .collect(),
    );
    let back = deserialize_code(&serialize_code(&code)).unwrap();
    for (k, want) in back.consts.iter().zip(bits) {
        let Constant::Float(x) = k else {
            panic!("{k:?}")
        };
        assert_eq!(x.to_bits(), want);
    }
}

#[test]
fn pyc_round_trips_with_both_header_kinds() {
    let module = nested_module();
    for header in [
        PycHeader::Timestamp {
            mtime: 1_700_000_000,
            source_size: 1234,
        },
        PycHeader::Hash {
            check_source: true,
            source_hash: pyc::source_hash(b"x = 1\n"),
        },
        PycHeader::Hash {
            check_source: false,
            source_hash: [0xAB; 8],
        },
    ] {
        let bytes = write_pyc(&module, &header);
        assert_eq!(&bytes[..4], &pyc::MAGIC);
        let (h, back) = read_pyc(&bytes).unwrap();
        assert_eq!(h, header);
        assert!(same_code(&module, &back));
        assert_eq!(write_pyc(&back, &h), bytes);
    }
}

/// The bytes depend only on the code object: a pinned digest of a fixed code object's `.pyc`
/// (computed with krait's own SipHash, which is host-independent) catches any accidental change to
/// the format. A deliberate change must bump `pyc::MAGIC_NUMBER` and update this digest.
#[test]
fn serialized_bytes_are_pinned() {
    let bytes = write_pyc(
        &nested_module(),
        &PycHeader::Timestamp {
            mtime: 1,
            source_size: 2,
        },
    );
    let digest = krait_bytecode::siphash::siphash24(0, 0, &bytes);
    assert_eq!(
        (bytes.len(), digest),
        (1422, 0x9a04_1779_141f_3631),
        "the serialized format changed: if deliberate, bump MAGIC_NUMBER and update this pin"
    );
}

/// Writes seed inputs for the `pyc_load` fuzz target when `KRAIT_FUZZ_SEEDS` names a directory
/// (`KRAIT_FUZZ_SEEDS=fuzz/corpus/pyc_load cargo test -p krait-bytecode --test roundtrip`).
#[test]
fn write_fuzz_seeds() {
    let Some(dir) = std::env::var_os("KRAIT_FUZZ_SEEDS") else {
        return;
    };
    let dir = std::path::PathBuf::from(dir);
    std::fs::create_dir_all(&dir).unwrap();
    let header = PycHeader::Timestamp {
        mtime: 1,
        source_size: 2,
    };
    let module = nested_module();
    std::fs::write(dir.join("module.pyc"), write_pyc(&module, &header)).unwrap();
    std::fs::write(dir.join("module.code"), serialize_code(&module)).unwrap();
    for (i, k) in every_constant().into_iter().enumerate() {
        std::fs::write(
            dir.join(format!("const{i}.code")),
            serialize_code(&returning("f", vec![k])),
        )
        .unwrap();
    }
}
