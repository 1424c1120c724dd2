//! Development aid: compile and run one file with krait-vm (`cargo run -p krait-vm --example run_file -- FILE`).
fn main() {
    let path = std::env::args().nth(1).expect("usage: run_file FILE");
    let abs = std::fs::canonicalize(&path)
        .map(|p| p.display().to_string())
        .unwrap_or(path.clone());
    let source = std::fs::read(&path).expect("readable file");
    let opts = krait_compiler::CompileOptions::default();
    let code = match krait_compiler::compile_source(&source, &abs, krait_parser::Mode::Exec, &opts)
    {
        Ok(c) => c,
        Err(e) => {
            eprintln!("compile error: {e:?}");
            std::process::exit(1);
        }
    };
    let vm = krait_vm::Vm::new(&krait_vm::VmConfig {
        hash_seed: Some(0),
        ..Default::default()
    });
    std::process::exit(krait_vm::run::run_main(&vm, &code));
}
