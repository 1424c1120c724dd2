//! Debug tool: prints every code object of a compiled file in the normalized form of
//! [`krait_compiler::normdump`], which crates/krait-compiler/tools/cmp_cpython.py also produces
//! from CPython's `dis` (`cargo run -p krait-compiler --example kdump -- FILE...`).

fn main() {
    for path in std::env::args().skip(1) {
        let src = match std::fs::read(&path) {
            Ok(s) => s,
            Err(_) => continue,
        };
        let opts = krait_compiler::CompileOptions::default();
        let mut out = format!("file {path}\n");
        match krait_compiler::compile_source(&src, &path, krait_parser::Mode::Exec, &opts) {
            Ok(code) => krait_compiler::normdump::dump(&mut out, &code),
            Err(e) => out.push_str(&format!("error {} {}\n", e.kind.name(), e.lineno)),
        }
        print!("{out}");
    }
}
