//! Debug tool: prints each instruction of the first function in a file with its position
//! (`cargo run -p krait-compiler --example kpos -- FILE`), to compare with CPython's
//! `co_positions()`.

use krait_bytecode::Constant;

fn main() {
    let path = std::env::args().nth(1).expect("usage: kpos FILE");
    let src = std::fs::read(&path).expect("read");
    let code =
        krait_compiler::compile_source(&src, &path, krait_parser::Mode::Exec, &Default::default())
            .expect("compile");
    let Some(Constant::Code(f)) = code.consts.iter().find(|c| matches!(c, Constant::Code(_)))
    else {
        return;
    };
    for (ins, p) in f.instructions.iter().zip(&f.positions) {
        let op = ins.opcode().map_or("?", |o| o.name());
        println!(
            "{op} {:?} {:?} {:?} {:?}",
            p.lineno, p.end_lineno, p.col_offset, p.end_col_offset
        );
    }
}
