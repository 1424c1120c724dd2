//! krait-compiler: symbol tables (CPython scoping) and code generation from the AST.
