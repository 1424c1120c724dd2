//! Fuzz target `pyc_load`: arbitrary bytes through the `.pyc` loader (`read_pyc`) and the bare
//! code-object reader (`deserialize_code`). Any panic, hang, huge allocation or stack overflow is a
//! bug: bad input must be a `PycError` value. Whatever loads must serialize back to the same bytes
//! (the format has one encoding per value) and disassemble without panicking.
#![no_main]

use krait_bytecode::{deserialize_code, dis::disassemble, read_pyc, serialize_code, write_pyc};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok((header, code)) = read_pyc(data) {
        assert_eq!(write_pyc(&code, &header), data);
        let _ = disassemble(&code);
    }
    if let Ok(code) = deserialize_code(data) {
        assert_eq!(serialize_code(&code), data);
        let _ = disassemble(&code);
    }
});
