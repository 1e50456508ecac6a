//! Running a whole program: a file, standard input, or `-c` text.
//!
//! Like `python3 script.py`, the program is parsed first (a syntax error anywhere runs
//! nothing), then run statement by statement until one raises. In annotated mode each step is
//! echoed with its line number, followed by its output and its report, so a piped lesson reads
//! as a transcript; with `--quiet` only what Python would print reaches stdout.

use std::io::Write;
use std::rc::Rc;

use crate::eval::Interpreter;
use crate::report::{self, ErrorPlace};
use crate::syntax::{self, Stmt};

/// How a program is run.
pub struct ScriptOptions<'a> {
    /// Print only the program's own output (`--quiet`).
    pub quiet: bool,
    /// The name errors give the source (`lesson.py`, `<stdin>`, `<string>`).
    pub label: &'a str,
}

/// Exit status of a program, as python3's.
pub const EXIT_OK: i32 = 0;
/// Exit status after an uncaught error or a syntax error.
pub const EXIT_ERROR: i32 = 1;

/// Runs `source` in `session`, writing the program's output and reports to `out` and errors
/// to `err`. Returns the exit status.
pub fn run_script(
    source: &str,
    session: &mut Interpreter,
    options: &ScriptOptions,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> i32 {
    let place = ErrorPlace {
        file: options.label,
        source,
    };
    let program = match syntax::parse_program(source) {
        Ok(program) => program,
        Err(error) => {
            let _ = out.flush();
            let text = report::render_error(error.kind, &error.message, error.span, &place, true);
            let _ = err.write_all(text.as_bytes());
            return EXIT_ERROR;
        }
    };
    let shared: Rc<str> = Rc::from(source);
    let mut previous_end = 0;
    for stmt in &program {
        if !options.quiet {
            let _ =
                out.write_all(comments_between(source, previous_end, stmt.span.start).as_bytes());
            let _ = out.write_all(step_header(source, stmt).as_bytes());
        }
        previous_end = stmt.span.end;
        match session.run(stmt, &shared, out) {
            Ok(outcome) => {
                if !options.quiet {
                    if let Some(value) = &outcome.echo {
                        let _ = writeln!(out, "{}", value.to_repr());
                    }
                    let _ = out.write_all(report::render_step(&outcome, session).as_bytes());
                }
            }
            Err(error) => {
                let _ = out.flush();
                let text =
                    report::render_error(&error.kind, &error.message, error.span, &place, false);
                let _ = err.write_all(text.as_bytes());
                return EXIT_ERROR;
            }
        }
    }
    let _ = out.flush();
    EXIT_OK
}

/// The comment lines a teacher wrote before a step, so the transcript keeps the narrative.
pub fn comments_between(source: &str, from: usize, to: usize) -> String {
    let gap = source.get(from..to).unwrap_or("");
    gap.lines()
        .map(str::trim)
        .filter(|line| line.starts_with('#'))
        .map(|line| format!("{line}\n"))
        .collect()
}

/// `[3] >>> view[0] = 10`, with `...` before the continuation lines of a multi-line statement.
pub fn step_header(source: &str, stmt: &Stmt) -> String {
    let (line, _) = report::line_of(source, stmt.span.start);
    let text = source.get(stmt.span.start..stmt.span.end).unwrap_or("");
    let mut header = String::new();
    for (i, part) in text.lines().enumerate() {
        let prompt = if i == 0 {
            format!("[{line}] >>> ")
        } else {
            format!("{}... ", " ".repeat(line.to_string().len() + 3))
        };
        header.push_str(&prompt);
        header.push_str(part);
        header.push('\n');
    }
    header
}
