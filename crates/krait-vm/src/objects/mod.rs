//! The payloads of built-in object layouts, one module per layout.

pub mod builtin_iter;
pub mod bytes;
pub mod cell;
pub mod code;
pub mod complex;
pub mod dict;
pub mod exception;
pub mod float;
pub mod function;
pub mod generator;
pub mod int;
pub mod iter;
pub mod list;
pub mod method;
pub mod module;
pub mod namespace;
pub mod native_object;
pub mod object;
pub mod range;
pub mod set;
pub mod slice;
pub mod stdio;
pub mod str;
pub mod structseq;
pub mod traceback;
pub mod tuple;
