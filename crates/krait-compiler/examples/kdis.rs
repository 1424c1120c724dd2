//! Debug tool: compiles a file with krait's compiler and prints its disassembly
//! (`cargo run -p krait-compiler --example kdis -- FILE`).

fn main() {
    let path = std::env::args().nth(1).expect("usage: kdis FILE");
    let src = std::fs::read(&path).expect("read");
    if std::env::var_os("KDIS_PARSE_ONLY").is_some() {
        let r = krait_parser::parse(&src, &path, krait_parser::Mode::Exec);
        println!("parsed: {}", r.is_ok());
        return;
    }
    let opts = krait_compiler::CompileOptions::default();
    match krait_compiler::compile_source(&src, &path, krait_parser::Mode::Exec, &opts) {
        Ok(code) => {
            print!("{}", krait_bytecode::dis::disassemble(&code));
            if let Err(e) = krait_bytecode::verify::verify(&code) {
                println!("VERIFY ERROR: {e:?}");
            }
        }
        Err(e) => println!(
            "{}: {} ({}:{}:{})",
            e.kind.name(),
            e.msg,
            e.lineno,
            e.offset,
            e.end_offset
        ),
    }
}
