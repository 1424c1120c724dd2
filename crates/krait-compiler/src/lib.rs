//! krait-compiler: symbol tables (CPython scoping) and code generation from the AST.
//!
//! The pipeline is CPython 3.11's `_PyAST_Compile`: future statements ([`future`]), the
//! symbol table ([`symtable`]), code generation ([`codegen`]) with constant folding
//! ([`fold`]), and assembly into a [`CodeObject`] ([`assemble`]).

pub mod assemble;
pub mod codegen;
pub mod error;
pub mod fold;
pub mod future;
pub mod normdump;
pub mod symtable;
pub mod unparse;

pub use error::CompileError;
use krait_bytecode::CodeObject;
use krait_parser::{ast, Mode};

/// Options of one compilation, as `compile()`'s arguments and `-O`.
#[derive(Clone, Debug)]
pub struct CompileOptions {
    /// 0 (default), 1 (`-O`: drop `assert`, `__debug__` is False) or 2 (`-OO`: also drop
    /// docstrings).
    pub optimize: u8,
    /// The `compile()` mode the AST was parsed in.
    pub mode: Mode,
}

impl Default for CompileOptions {
    fn default() -> Self {
        CompileOptions {
            optimize: 0,
            mode: Mode::Exec,
        }
    }
}

/// Compiles a module's AST to its code object, as CPython's `_PyAST_Compile`.
///
/// # Errors
/// The SyntaxError (or RecursionError for too-deep nesting) CPython raises while compiling,
/// with CPython's message and location; internal compiler errors are reported as
/// SyntaxErrors whose message starts with "internal error".
pub fn compile(
    module: &ast::Mod,
    filename: &str,
    opts: &CompileOptions,
) -> Result<CodeObject, CompileError> {
    // The passes recurse over the AST (up to error::MAX_DEPTH levels, as CPython); they run on
    // a thread of their own with a stack big enough for that in every build profile.
    std::thread::scope(|scope| {
        let worker = std::thread::Builder::new()
            .name("krait-compiler".into())
            .stack_size(COMPILER_STACK_SIZE)
            .spawn_scoped(scope, || compile_here(module, filename, opts));
        match worker {
            Ok(handle) => handle.join().unwrap_or_else(|_| {
                Err(error::syntax_error(
                    "internal error: the compiler panicked",
                    filename,
                    ast::Loc::default(),
                ))
            }),
            Err(_) => compile_here(module, filename, opts),
        }
    })
}

/// Stack for the compiler thread: room for `MAX_DEPTH` nested nodes in debug builds (address
/// space only; pages are committed as used).
const COMPILER_STACK_SIZE: usize = 512 << 20;

/// [`compile`] on the calling thread.
fn compile_here(
    module: &ast::Mod,
    filename: &str,
    opts: &CompileOptions,
) -> Result<CodeObject, CompileError> {
    let features = future::parse(module, filename)?;
    let st = symtable::SymbolTable::build(module, filename, features.annotations)?;
    let mut c = codegen::Compiler::new(&st, filename, opts, features);
    c.compile_mod(module)
}

/// Parses and compiles `source` (the bytes of a file), as `compile(source, filename, mode)`.
///
/// # Errors
/// The parser's or the compiler's SyntaxError.
pub fn compile_source(
    source: &[u8],
    filename: &str,
    mode: Mode,
    opts: &CompileOptions,
) -> Result<CodeObject, CompileError> {
    let module = krait_parser::parse(source, filename, mode)?;
    let opts = CompileOptions {
        mode,
        ..opts.clone()
    };
    compile(&module, filename, &opts)
}
