//! The payloads of built-in object layouts, one module per layout.

pub mod cell;
pub mod tuple;
