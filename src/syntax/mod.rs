//! Source text to syntax tree.
//!
//! `parser` turns text into `ast` nodes with byte spans, one function per grammar rule of
//! `grammar/viewfinder.ebnf`; `lexeme` works on characters beneath it (logical lines, tokens,
//! literals). Nothing here evaluates anything.

pub mod ast;
mod lexeme;
pub mod parser;
#[cfg(test)]
mod testing;

pub use ast::*;
pub use parser::{SyntaxError, is_incomplete, parse_program};
