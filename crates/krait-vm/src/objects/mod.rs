//! The payloads of built-in object layouts, one module per layout.

pub mod cell;
pub mod dict;
pub mod exception;
pub mod float;
pub mod int;
pub mod object;
pub mod str;
pub mod tuple;
