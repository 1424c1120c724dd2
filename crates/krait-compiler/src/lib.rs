//! krait-compiler: symbol tables (CPython scoping) and code generation from the AST.

pub mod error;
pub mod symtable;

pub use error::CompileError;
