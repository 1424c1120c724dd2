//! Fuzz target `pyc_load`: arbitrary bytes through the `.pyc` loader (`read_pyc`) and the bare
//! code-object reader (`deserialize_code`). Any panic, hang, huge allocation or stack overflow is a
//! bug: bad input must be a `PycError` value. Whatever loads must serialize back to the same bytes
//! (the format has one encoding per value) and disassemble without panicking.
//!
//! The same bytes are also read as the instruction words, exception table and `co_stacksize` of
//! an otherwise valid code object and given to the verifier directly, so its control-flow walk sees
//! arbitrary graphs that random bytes would rarely reach through the serialized form.
#![no_main]

use krait_bytecode::code::{local_kind, Constant, ExceptionTableEntry, Position};
use krait_bytecode::dis::disassemble;
use krait_bytecode::{
    deserialize_code, read_pyc, serialize_code, verify, write_pyc, CodeObject, Instr,
};
use libfuzzer_sys::fuzz_target;

fn structured(data: &[u8]) -> Option<CodeObject> {
    // Small graphs are enough for the walk and keep large seeds (whole .pyc files) fast.
    if data.len() > 1024 {
        return None;
    }
    let (&stacksize, rest) = data.split_first()?;
    let (&nentries, rest) = rest.split_first()?;
    let table_len = usize::from(nentries % 8) * 5;
    let (table, words) = rest.split_at(table_len.min(rest.len()));
    let instructions: Vec<Instr> = words
        .chunks_exact(4)
        .map(|w| Instr(u32::from_le_bytes([w[0], w[1], w[2], w[3]])))
        .collect();
    let exception_table = table
        .chunks_exact(5)
        .map(|e| ExceptionTableEntry {
            start: u32::from(e[0] % 64),
            end: u32::from(e[1] % 64),
            target: u32::from(e[2] % 64),
            depth: u32::from(e[3] % 8),
            push_lasti: e[4] & 1 != 0,
        })
        .collect();
    Some(CodeObject {
        name: "f".into(),
        qualname: "f".into(),
        filename: "<fuzz>".into(),
        firstlineno: 1,
        argcount: 1,
        posonlyargcount: 0,
        kwonlyargcount: 0,
        flags: 0,
        stacksize: u32::from(stacksize % 32),
        positions: vec![Position::default(); instructions.len()],
        instructions,
        consts: vec![
            Constant::None,
            Constant::Tuple(vec![Constant::Str("k".into())]),
        ],
        names: vec!["a".into(), "b".into()],
        localsplus_names: vec!["x".into(), "y".into(), "z".into()],
        localsplus_kinds: vec![local_kind::LOCAL, local_kind::CELL, local_kind::FREE],
        exception_table,
    })
}

fuzz_target!(|data: &[u8]| {
    // `dis` of a whole loaded module costs milliseconds; run it on the smaller inputs only.
    let small = data.len() <= 2048;
    if let Ok((header, code)) = read_pyc(data) {
        assert_eq!(write_pyc(&code, &header), data);
        if small {
            let _ = disassemble(&code);
        }
    }
    if let Ok(code) = deserialize_code(data) {
        assert_eq!(serialize_code(&code), data);
        if small {
            let _ = disassemble(&code);
        }
    }
    if let Some(code) = structured(data) {
        if verify(&code).is_ok() {
            // Verified code must load back through the serialized form.
            let bytes = serialize_code(&code);
            assert_eq!(deserialize_code(&bytes).map(|c| serialize_code(&c)), Ok(bytes));
        }
        let _ = disassemble(&code);
    }
});
