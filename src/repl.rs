//! The interactive prompt.
//!
//! rustyline reads lines with `>>> ` and `... ` prompts, asking for continuation lines while
//! brackets are open. Each entry is parsed and run statement by statement; an
//! expression's value is echoed as Python's REPL does, followed by the step's report.
//! Ctrl-C cancels the line being typed, Ctrl-D ends the session.

use std::io::Write;

use rustyline::completion::Completer;
use rustyline::error::ReadlineError;
use rustyline::highlight::Highlighter;
use rustyline::hint::Hinter;
use rustyline::history::DefaultHistory;
use rustyline::validate::Validator;
use rustyline::{Editor, Helper};

use crate::eval::{Dialect, Interpreter};
use crate::report::{self, ErrorPlace};
use crate::script::{StepView, run_statements};
use crate::syntax;

/// Settings of an interactive session.
pub struct ReplOptions {
    /// Print only what Python's REPL would.
    pub quiet: bool,
}

/// Runs the prompt until Ctrl-D; returns the exit status.
pub fn run_repl(mut session: Interpreter, options: &ReplOptions) -> i32 {
    let mut editor = match Editor::<ReplHelper, DefaultHistory>::new() {
        Ok(editor) => editor,
        Err(error) => {
            eprintln!("viewfinder: cannot start the line editor: {error}");
            return 1;
        }
    };
    editor.set_helper(Some(ReplHelper));
    println!(
        "viewfinder {} — {} dialect. %help for help, Ctrl-D to quit.",
        env!("CARGO_PKG_VERSION"),
        session.dialect().name()
    );
    loop {
        match read_entry(&mut editor) {
            Ok(entry) => {
                if !entry.trim().is_empty() {
                    let _ = editor.add_history_entry(entry.as_str());
                }
                let stdout = std::io::stdout();
                let mut out = stdout.lock();
                let mut err = std::io::stderr();
                if run_entry(&entry, &mut session, options.quiet, &mut out, &mut err)
                    == EntryResult::Quit
                {
                    return 0;
                }
            }
            Err(ReadlineError::Interrupted) => println!("KeyboardInterrupt"),
            Err(ReadlineError::Eof) => return 0,
            Err(error) => {
                eprintln!("viewfinder: {error}");
                return 1;
            }
        }
    }
}

/// Reads one entry: a `>>> ` line, then `... ` lines while brackets are open or a line ends
/// in a backslash, as Python's prompt does.
fn read_entry(editor: &mut Editor<ReplHelper, DefaultHistory>) -> rustyline::Result<String> {
    let mut entry = editor.readline(">>> ")?;
    while syntax::is_incomplete(&entry) {
        let more = editor.readline("... ")?;
        entry.push('\n');
        entry.push_str(&more);
    }
    Ok(entry)
}

/// What the REPL should do after an entry.
#[derive(Debug, PartialEq, Eq)]
pub enum EntryResult {
    /// Keep prompting.
    Continue,
    /// The user asked to leave.
    Quit,
}

/// Runs one entry typed at the prompt (statements or a `%` command).
pub fn run_entry(
    entry: &str,
    session: &mut Interpreter,
    quiet: bool,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> EntryResult {
    let trimmed = entry.trim();
    if let Some(command) = trimmed.strip_prefix('%') {
        return run_command(command, session, out, err);
    }
    let place = ErrorPlace {
        file: "<stdin>",
        source: entry,
    };
    match syntax::parse_program(entry) {
        Ok(program) => {
            let view = StepView {
                headers: false,
                echo: true,
                report: !quiet,
            };
            run_statements(&program, &place, session, view, &mut (), out, err);
        }
        Err(error) => {
            let text = report::render_error(error.kind, &error.message, error.span, &place, true);
            let _ = err.write_all(text.as_bytes());
        }
    }
    EntryResult::Continue
}

/// `%whos`, `%who`, `%dialect`, `%help`, `%quit`.
fn run_command(
    command: &str,
    session: &mut Interpreter,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> EntryResult {
    let mut words = command.split_whitespace();
    let text = match (words.next().unwrap_or(""), words.next()) {
        ("whos", _) => report::render_whos(session, terminal_width()),
        ("who", _) => report::render_who(session),
        ("dialect", None) => format!("{} dialect\n", session.dialect().name()),
        ("dialect", Some("python")) => set_dialect(session, Dialect::Python),
        ("dialect", Some("shorthand")) => set_dialect(session, Dialect::Shorthand),
        ("help", _) => HELP.to_string(),
        ("quit" | "exit", _) => return EntryResult::Quit,
        (other, _) => {
            let _ = writeln!(
                err,
                "UsageError: unknown command '%{other}'. Commands: %whos %who %dialect [python|shorthand] %help %quit"
            );
            return EntryResult::Continue;
        }
    };
    let _ = out.write_all(text.as_bytes());
    EntryResult::Continue
}

fn set_dialect(session: &mut Interpreter, dialect: Dialect) -> String {
    session.set_dialect(dialect);
    format!("{} dialect from here on\n", dialect.name())
}

fn terminal_width() -> Option<u16> {
    std::env::var("COLUMNS").ok().and_then(|c| c.parse().ok())
}

/// The `%help` text.
pub const HELP: &str = "\
viewfinder runs NumPy statements and shows, after each one, which names share memory.

  >>> arr = [1, 2, 3]        shorthand: a list literal makes an int64 array
  >>> view = arr[1:]         basic slicing makes a VIEW (same buffer)
  >>> view[0] = 10           the write is visible through arr too
  >>> c = arr.copy()         a COPY gets a buffer of its own
  >>> import numpy as np     switches to real Python semantics

Commands: %whos (table of names and buffers), %who, %dialect [python|shorthand], %help, %quit
";

/// The rustyline helper (completion, hints and highlighting come with the REPL issue).
struct ReplHelper;

impl Validator for ReplHelper {}

impl Completer for ReplHelper {
    type Candidate = String;
}

impl Hinter for ReplHelper {
    type Hint = String;
}

impl Highlighter for ReplHelper {}

impl Helper for ReplHelper {}
