//! viewfinder: a REPL that shows what NumPy does with memory.
//!
//! Each statement goes through one module per stage:
//!
//! | stage | module | what it does |
//! |---|---|---|
//! | text → syntax tree | [`syntax`] (`ast/`, `lex/`, `parser/`, `check/`, `literal.rs`) | one-pass lexer into tokens (`NEWLINE`/`INDENT`/`DEDENT` as CPython's), nom parser over the token slice, one function per grammar rule, CPython 3.11's syntax errors; the whole Python statement language parses, every node has a byte span |
//! | memory model | [`memory`] (`buffer.rs`, `hugepages.rs`, `layout.rs`, `array.rs`, `overlap.rs`, `compute.rs`) | buffers, NumPy layouts, exact overlap, ndarray-backed arithmetic |
//! | values | [`value`] | what a name can hold; `is` is object identity |
//! | evaluation | [`eval`] (`stmt.rs`, `expr.rs`, `index.rs`, `fancy.rs`, `methods.rs`, `view_methods.rs`, `list_methods.rs`, `numpy.rs`, `constructors.rs`, `python.rs`, `sequences.rs`, `limits.rs`, `unsupported_syntax.rs`) | runs a statement, records its [`eval::Outcome`], undoes it on error; refuses allocations past the session's memory limit, and by name the constructs that parse but do not run yet |
//! | text output | [`format`] | NumPy's and Python's `str`/`repr` |
//! | reports | [`report`] (`lesson/`: history, table, diagram, explain, quiz, export, json) | aliasing lines, `%whos`, Python-style errors; lesson views over the whole session |
//! | Ctrl-C | [`interrupt`] | SIGINT at the prompt becomes `KeyboardInterrupt`, checked between steps |
//! | front ends | [`repl`] (`commands.rs`, `complete.rs`, `highlight.rs`, `save.rs`), [`script`], `main.rs` | prompt, scripts, command line |
//!
//! The whole pipeline on one statement:
//!
//! ```
//! use std::rc::Rc;
//! use viewfinder::eval::{Dialect, Interpreter};
//!
//! let source: Rc<str> = Rc::from("arr = [1, 2, 3]\nview = arr[1:]\nview[0] = 10\n");
//! let program = viewfinder::syntax::parse_program(&source).unwrap();
//! let mut session = Interpreter::new(Dialect::Shorthand);
//! let mut printed = Vec::new();
//! let mut reports = String::new();
//! for stmt in &program {
//!     let outcome = session.run(stmt, &source, &mut printed).unwrap();
//!     reports += &viewfinder::report::render_step(&outcome, &session);
//! }
//! assert!(reports.contains("view: VIEW of arr (basic slice)"));
//! assert!(reports.contains("shares memory with arr: view[0:2] ↔ arr[1:3]"));
//! assert!(reports.contains("wrote b1 element 1 (view[0]); also visible as arr[1]"));
//! ```
#![warn(missing_docs)]

pub mod eval;
pub mod format;
pub mod interrupt;
pub mod memory;
pub mod repl;
pub mod report;
pub mod script;
pub mod syntax;
pub mod value;
