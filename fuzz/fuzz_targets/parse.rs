//! Fuzz target `parse`: arbitrary bytes through `krait_parser::parse` in every `compile()` mode,
//! and the AST (when there is one) through `ast.dump`. Any panic, hang, or stack overflow is a
//! bug (errors must be `SyntaxError` values).
#![no_main]

use krait_parser::{dump::dump, parse, Mode};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    for mode in [Mode::Exec, Mode::Eval, Mode::Single, Mode::FuncType] {
        if let Ok(module) = parse(data, "<fuzz>", mode) {
            let _ = dump(&module, true);
        }
    }
});
