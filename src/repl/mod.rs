//! The interactive prompt.
//!
//! rustyline reads lines with Python's `>>> ` and `... ` prompts. An entry is one `>>> ` line
//! plus `... ` lines while brackets are open, a line ends in `\`, or a compound statement
//! waits for the blank line that ends it ([`read_entry`] asks
//! [`syntax::is_incomplete`]). That loop lives here rather than in a rustyline `Validator`,
//! because a Validator can only keep the cursor in the same buffer under the `>>> ` prompt: it
//! cannot print the `... ` prompt that Python users expect and that transcripts show. A pasted
//! block (bracketed paste) arrives as one buffer of several lines and runs statement by
//! statement, in order, like a script.
//!
//! Each entry is either statements, run by [`run_statements`] as scripts are, or a `%` command
//! (see [`commands`]). The [`ReplHelper`] completes, hints and highlights; history is kept in a
//! file ([`history_path`]) and reloaded next time. Ctrl-C cancels the entry being typed and
//! keeps every name; Ctrl-C while an entry runs stops it with `KeyboardInterrupt` (see
//! [`crate::eval::cancel`]), undoing the step it was in; Ctrl-D saves the history and leaves.

mod commands;
mod complete;
mod helper;
mod highlight;
mod interrupt;
mod lesson_commands;
mod save;

use std::io::{IsTerminal, Write};
use std::path::PathBuf;

use rustyline::Editor;
use rustyline::config::{ColorMode, Config};
use rustyline::error::ReadlineError;
use rustyline::history::DefaultHistory;

pub use commands::{COMMANDS, Command, HELP_EXAMPLES, help_text};
pub use complete::{NameSnapshot, complete_at};
pub use helper::ReplHelper;
pub use highlight::highlight_line;

use crate::cli::ExitStatus;
use crate::eval::Interpreter;
use crate::eval::StepView;
use crate::report::lesson::LessonHistory;
use crate::report::{self, ErrorPlace};
use crate::script::{WHOLE_PROGRAM_IS_PYTHON, run_statements, take_dialect_of_whole_program};
use crate::syntax;
use save::StatementRecorder;

/// The environment variable that overrides where the history file is.
pub const HISTORY_ENV: &str = "VIEWFINDER_HISTORY";

/// Settings of an interactive session.
pub struct ReplOptions {
    /// Print only what Python's REPL would.
    pub quiet: bool,
    /// Colour the input line and hints.
    pub color: bool,
    /// Width of tables (`%whos`, `%mem`); `None`: the terminal's.
    pub width: Option<u16>,
}

/// Asks the user a yes/no question and returns the answer.
pub type Confirm = Box<dyn FnMut(&str) -> bool>;

/// Everything the prompt keeps between entries.
pub struct ReplSession {
    /// The interpreter and its names.
    pub interpreter: Interpreter,
    /// Print only what Python's REPL would.
    pub quiet: bool,
    /// Width of tables; `None`: the terminal's.
    pub width: Option<u16>,
    /// Asks a yes/no question (`%reset`); `None` (not at a terminal): the answer is yes.
    pub confirm: Option<Confirm>,
    /// Every entry typed this session, in order (`%history`).
    pub inputs: Vec<String>,
    /// The statements that ran without error, as Python source (`%save`).
    pub statements: Vec<String>,
    /// Every step, for `%table`, `%track`, `%explain`, `%quiz` and `%export`.
    pub lesson: LessonHistory,
    /// Colour the memory diagram.
    pub color: bool,
    /// Reads one line of an answer (`%quiz`); `None` (not at a terminal): print an answer key.
    pub ask: Option<AskLine>,
}

/// Asks a question and reads the answer line (`None` at end of input).
pub type AskLine = Box<dyn FnMut(&str) -> Option<String>>;

impl ReplSession {
    /// A session around `interpreter` that never asks for confirmation.
    pub fn new(interpreter: Interpreter, quiet: bool, width: Option<u16>) -> ReplSession {
        ReplSession {
            interpreter,
            quiet,
            width,
            confirm: None,
            inputs: Vec::new(),
            statements: Vec::new(),
            lesson: LessonHistory::new(),
            color: false,
            ask: None,
        }
    }

    /// The width tables are fitted to: `--width`, else the terminal's.
    pub fn table_width(&self) -> Option<u16> {
        self.width.or_else(terminal_width)
    }
}

/// What the REPL should do after an entry.
#[derive(Debug, PartialEq, Eq)]
pub enum EntryResult {
    /// Keep prompting.
    Continue,
    /// Put this text at the next prompt for editing (`%load`).
    Edit(String),
    /// The user asked to leave.
    Quit,
}

/// When to colour (`--color`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ColorChoice {
    /// When standard output is a terminal and `NO_COLOR` is unset or empty.
    Auto,
    /// Always.
    Always,
    /// Never.
    Never,
}

impl ColorChoice {
    /// Whether to colour, given the environment.
    pub fn enabled(self) -> bool {
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        let dumb = std::env::var("TERM").is_ok_and(|t| t == "dumb");
        match self {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => !no_color && !dumb && std::io::stdout().is_terminal(),
        }
    }
}

/// Runs the prompt until Ctrl-D or `%quit`; returns the exit status.
pub fn run_repl(interpreter: Interpreter, options: &ReplOptions) -> ExitStatus {
    let session = ReplSession::new(interpreter, options.quiet, options.width);
    run_repl_session(session, options)
}

/// `viewfinder -i FILE`: runs the script as a transcript, then stays at the prompt with its
/// names (even when it failed, as `python3 -i` does). Exit status 2 when it cannot be read.
pub fn run_file_then_repl(
    path: &std::path::Path,
    interpreter: Interpreter,
    options: &ReplOptions,
) -> ExitStatus {
    let text = match std::fs::read(path) {
        Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
        Err(error) => {
            eprintln!("viewfinder: can't open file '{}': {error}", path.display());
            return ExitStatus::Usage;
        }
    };
    let mut session = ReplSession::new(interpreter, options.quiet, options.width);
    interrupt::install();
    let label = path.display().to_string();
    let (stdout, mut err) = (std::io::stdout(), std::io::stderr());
    run_source(
        &text,
        &label,
        true,
        &mut session,
        &mut stdout.lock(),
        &mut err,
    );
    run_repl_session(session, options)
}

/// Runs the prompt over an existing session.
fn run_repl_session(mut session: ReplSession, options: &ReplOptions) -> ExitStatus {
    let mut editor = match new_editor(options.color) {
        Ok(editor) => editor,
        Err(error) => {
            eprintln!("viewfinder: cannot start the line editor: {error}");
            return ExitStatus::Error;
        }
    };
    let history = history_path();
    if let Some(path) = &history {
        let _ = editor.load_history(path);
    }
    interrupt::install();
    session.confirm = Some(Box::new(ask_yes_no));
    session.ask = Some(Box::new(ask_line));
    session.color = options.color;
    println!(
        "viewfinder {} — {} dialect. %help for help, Tab completes, Ctrl-D quits.",
        env!("CARGO_PKG_VERSION"),
        session.interpreter.dialect().name()
    );
    let status = prompt_loop(&mut editor, &mut session);
    if let Some(path) = &history {
        save_history(&mut editor, path);
    }
    status
}

fn new_editor(color: bool) -> rustyline::Result<Editor<ReplHelper, DefaultHistory>> {
    let config = Config::builder()
        .max_history_size(10_000)?
        .history_ignore_dups(true)?
        .auto_add_history(false)
        .color_mode(if color {
            ColorMode::Forced
        } else {
            ColorMode::Disabled
        })
        .completion_type(rustyline::CompletionType::List)
        .build();
    let mut editor = Editor::with_config(config)?;
    editor.set_helper(Some(ReplHelper::new(color)));
    Ok(editor)
}

/// Reads and runs entries until the user leaves.
fn prompt_loop(
    editor: &mut Editor<ReplHelper, DefaultHistory>,
    session: &mut ReplSession,
) -> ExitStatus {
    let mut initial = String::new();
    loop {
        if let Some(helper) = editor.helper_mut() {
            helper.names = NameSnapshot::of(&session.interpreter);
        }
        match read_entry(editor, &std::mem::take(&mut initial)) {
            Ok(entry) => {
                if !entry.trim().is_empty() {
                    let _ = editor.add_history_entry(entry.as_str());
                }
                let stdout = std::io::stdout();
                let mut out = stdout.lock();
                crate::eval::cancel::clear();
                match run_entry(&entry, session, &mut out, &mut std::io::stderr()) {
                    EntryResult::Continue => {}
                    EntryResult::Edit(text) => initial = text,
                    EntryResult::Quit => return ExitStatus::Success,
                }
            }
            Err(ReadlineError::Interrupted) => println!("KeyboardInterrupt"),
            Err(ReadlineError::Eof) => return ExitStatus::Success,
            Err(error) => {
                eprintln!("viewfinder: {error}");
                return ExitStatus::Error;
            }
        }
    }
}

/// Reads one entry: a `>>> ` line (starting with `initial`), then `... ` lines while brackets
/// are open, a line ends in a backslash, or a compound statement is not yet ended by a blank
/// line, as Python's prompt does.
fn read_entry(
    editor: &mut Editor<ReplHelper, DefaultHistory>,
    initial: &str,
) -> rustyline::Result<String> {
    let mut entry = editor.readline_with_initial(">>> ", (initial, ""))?;
    while syntax::is_incomplete(&entry) {
        let more = editor.readline("... ")?;
        entry.push('\n');
        entry.push_str(&more);
    }
    Ok(entry)
}

/// Runs one entry typed at the prompt (statements or a `%` command).
pub fn run_entry(
    entry: &str,
    session: &mut ReplSession,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> EntryResult {
    let trimmed = entry.trim();
    if trimmed.is_empty() {
        return EntryResult::Continue;
    }
    session.inputs.push(entry.trim_end().to_string());
    if let Some(command) = trimmed.strip_prefix('%') {
        return commands::run_command(command, session, out, err);
    }
    run_source(entry, "<stdin>", false, session, out, err);
    EntryResult::Continue
}

/// Parses and runs `source` in the session (an entry, or a file for `%run`); `headers` echoes
/// each statement first, as a script transcript does. True when every statement ran.
pub fn run_source(
    source: &str,
    file: &str,
    headers: bool,
    session: &mut ReplSession,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> bool {
    let place = ErrorPlace { file, source };
    match syntax::parse_program(source) {
        Ok(program) => {
            let whole_file = file != "<stdin>";
            let switched =
                whole_file && take_dialect_of_whole_program(&program, &mut session.interpreter);
            if switched && !session.quiet {
                let _ = writeln!(out, "{WHOLE_PROGRAM_IS_PYTHON}");
            }
            let view = StepView {
                headers: headers && !session.quiet,
                echo: true,
                report: !session.quiet,
            };
            let recorder = StatementRecorder::new(&mut session.statements);
            let entry = (file == "<stdin>").then(|| session.inputs.len().max(1));
            let lesson = EntryNumbered {
                entry,
                inner: &mut session.lesson,
            };
            let mut observers = (recorder, lesson);
            let interpreter = &mut session.interpreter;
            run_statements(
                &program,
                &place,
                interpreter,
                view,
                &mut observers,
                out,
                err,
            )
        }
        Err(error) => {
            let text = report::render_error(error.kind, &error.message, error.span, &place, true);
            let _ = err.write_all(text.as_bytes());
            false
        }
    }
}

/// Passes steps on with the prompt's entry number as their line, so a lesson recorded at the
/// prompt numbers its steps by entry (`[3] >>> v[0] = 1`) rather than all as line 1.
struct EntryNumbered<'a> {
    /// The entry's number, or `None` to keep the lines of a file run with `%run`.
    entry: Option<usize>,
    inner: &'a mut LessonHistory,
}

impl crate::eval::StepObserver for EntryNumbered<'_> {
    fn observe(&mut self, step: &crate::eval::ObservedStep, session: &Interpreter) {
        let line = self.entry.unwrap_or(step.line);
        let numbered = crate::eval::ObservedStep { line, ..*step };
        self.inner.observe(&numbered, session);
    }
}

/// Where the history is kept: `$VIEWFINDER_HISTORY`, else `viewfinder/history.txt` in the
/// user's data directory (`~/.local/share` on Linux). `None` when neither is known.
pub fn history_path() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os(HISTORY_ENV).filter(|p| !p.is_empty()) {
        return Some(PathBuf::from(path));
    }
    dirs::data_dir().map(|dir| dir.join("viewfinder").join("history.txt"))
}

fn save_history(editor: &mut Editor<ReplHelper, DefaultHistory>, path: &std::path::Path) {
    if let Some(dir) = path.parent() {
        let _ = std::fs::create_dir_all(dir);
    }
    if let Err(error) = editor.save_history(path) {
        eprintln!(
            "viewfinder: cannot save history to {}: {error}",
            path.display()
        );
    }
}

/// Asks `question` on the terminal and reads one line with line editing; `None` at end of
/// input or on Ctrl-C (read in raw mode, so Ctrl-C reaches the question, not the SIGINT flag).
fn ask_line(question: &str) -> Option<String> {
    let mut editor = rustyline::DefaultEditor::new().ok()?;
    let answer = editor.readline(question).ok()?;
    Some(answer.trim().to_string())
}

/// Asks `question` on the terminal; true for an answer starting with `y` (Ctrl-C is a no).
fn ask_yes_no(question: &str) -> bool {
    ask_line(question).is_some_and(|answer| answer.to_ascii_lowercase().starts_with('y'))
}

/// The terminal's width, when standard output is one.
pub fn terminal_width() -> Option<u16> {
    if let Some(columns) = std::env::var("COLUMNS").ok().and_then(|c| c.parse().ok()) {
        return Some(columns);
    }
    let stdout = std::io::stdout();
    if !stdout.is_terminal() {
        return None;
    }
    terminal_size::terminal_size().map(|(width, _)| width.0)
}
