//! viewfinder: a REPL that shows what NumPy does with memory.
#![warn(missing_docs)]

pub mod eval;
pub mod format;
pub mod memory;
pub mod repl;
pub mod report;
pub mod script;
pub mod syntax;
pub mod value;
