//! Source text to syntax tree.
//!
//! `parser` turns text into `ast` nodes with byte spans; nothing here evaluates anything.

pub mod ast;
mod lexeme;
pub mod parser;

pub use ast::*;
pub use parser::{SyntaxError, is_incomplete, parse_program};
