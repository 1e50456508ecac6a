//! Source text to syntax tree.
//!
//! `lex` turns the source into tokens in one pass (CPython's tokenizer: `Newline`, `Indent`,
//! `Dedent`, checked literals), `parser` turns the tokens into `ast` nodes with byte spans,
//! one function per grammar rule of `grammar/viewfinder.ebnf`, and `check` adds the errors
//! CPython's compiler raises before anything runs. `literal` decodes numbers and strings,
//! `walk` visits sub-expressions. The whole statement language of Python 3.11 parses;
//! nothing here evaluates anything.

pub mod ast;
mod check;
#[cfg(test)]
mod generate;
mod lex;
mod literal;
pub mod parser;
#[cfg(test)]
mod round_trip;
#[cfg(test)]
mod testing;
#[cfg(test)]
mod unparse;
pub(crate) mod walk;

pub use ast::*;
pub use parser::{SyntaxError, is_incomplete, parse_program};
