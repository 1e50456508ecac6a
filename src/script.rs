//! Running a whole program: a file, standard input, or `-c` text.
//!
//! Like `python3 script.py`, the program is parsed first (a syntax error anywhere runs
//! nothing), then run statement by statement until one raises. In annotated mode each step is
//! echoed with its line number, followed by its output and its report, so a piped lesson reads
//! as a transcript; with `--quiet` only what Python would print reaches stdout. The prompt
//! runs each entry through the same [`run_statements`].

use std::io::Write;
use std::rc::Rc;

use crate::cli::ExitStatus;
use crate::eval::{Dialect, Interpreter, ObservedStep, StepObserver, StepView};
use crate::report::lesson::{self, JsonTrace, LessonHistory, LessonViews};
use crate::report::transcript::{comments_between, step_header};
use crate::report::{self, ErrorPlace};
use crate::syntax::{self, Stmt};

/// How a program is run.
pub struct ScriptOptions<'a> {
    /// Print only the program's own output (`--quiet`).
    pub quiet: bool,
    /// The name errors give the source (`lesson.py`, `<stdin>`, `<string>`).
    pub label: &'a str,
    /// The lesson views to show after the program (`--table`, `--json`, …).
    pub lesson: LessonViews,
}

/// A program's bytes as text, as python3 reads a source file: a UTF-8 byte-order mark is
/// dropped, and bytes that are not UTF-8 are python3's `SyntaxError` (returned as the line
/// it prints, naming the first bad byte, the file `label` and the line).
pub fn decode_source(bytes: &[u8], label: &str) -> Result<String, String> {
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(text.to_string()),
        Err(error) => {
            let at = error.valid_up_to();
            let line = 1 + bytes[..at].iter().filter(|&&b| b == b'\n').count();
            Err(format!(
                "SyntaxError: Non-UTF-8 code starting with '\\x{:02x}' in file {label} on line {line}, but no encoding declared; see https://peps.python.org/pep-0263/ for details",
                bytes[at]
            ))
        }
    }
}

/// Runs `source` in `session`, writing the program's output and reports to `out` and errors
/// to `err`. Returns the exit status.
pub fn run_script(
    source: &str,
    session: &mut Interpreter,
    options: &ScriptOptions,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> ExitStatus {
    let place = ErrorPlace {
        file: options.label,
        source,
    };
    let annotated = !options.quiet && !options.lesson.json;
    let view = StepView {
        headers: annotated,
        echo: annotated,
        report: annotated,
    };
    let program = match syntax::parse_program(source) {
        Ok(program) => program,
        Err(error) => {
            let text = report::render_error(error.kind, &error.message, error.span, &place, true);
            let _ = err.write_all(text.as_bytes());
            return ExitStatus::Error;
        }
    };
    if take_dialect_of_whole_program(&program, session) && view.headers {
        let _ = writeln!(out, "{WHOLE_PROGRAM_IS_PYTHON}");
    }
    let (completed, history) = match options.lesson.json {
        true => {
            let mut trace = JsonTrace::new(&mut *out);
            let mut quiet = std::io::sink();
            let done = run_statements(&program, &place, session, view, &mut trace, &mut quiet, err);
            (done, trace.into_history())
        }
        false => {
            let mut history = LessonHistory::new();
            let observer: &mut dyn StepObserver = match options.lesson.wanted() {
                true => &mut history,
                false => &mut (),
            };
            let done = run_statements(&program, &place, session, view, observer, out, err);
            (done, history)
        }
    };
    show_lesson(&history, session, &options.lesson, out, err);
    let _ = out.flush();
    match completed {
        true => ExitStatus::Success,
        false => ExitStatus::Error,
    }
}

/// The transcript's first line when a program's import puts the whole program in the python
/// dialect.
pub const WHOLE_PROGRAM_IS_PYTHON: &str = "(python dialect: this program imports a module, so [1, 2] is a Python list from its first line)";

/// A script, piped text or `-c` text that imports a module anywhere is Python from its first
/// line, as `python3` runs it: lines before the import must not run as shorthand. Switches
/// `session` and returns true when that changed its dialect.
pub fn take_dialect_of_whole_program(program: &[Stmt], session: &mut Interpreter) -> bool {
    let imports = program.iter().any(Stmt::imports_anywhere);
    let switch = imports && session.dialect() == Dialect::Shorthand;
    if switch {
        session.set_dialect(Dialect::Python);
    }
    switch
}

/// Prints the lesson views asked for and writes the export, after the program has run.
fn show_lesson(
    history: &LessonHistory,
    session: &Interpreter,
    views: &LessonViews,
    out: &mut dyn Write,
    err: &mut dyn Write,
) {
    let _ = out.write_all(lesson::render_lesson(history, session, views).as_bytes());
    if let Some(path) = &views.export {
        let seed = views.quiz.unwrap_or(0);
        if let Err(error) = crate::cli::write_handout(history, session, path, seed) {
            let _ = writeln!(
                err,
                "viewfinder: cannot write '{}': {error}",
                path.display()
            );
        }
    }
}

/// Runs parsed statements of `place.source` one by one, showing what `view` asks for; stops
/// at the first error, which goes to `err` in Python's form. True when every step ran.
pub fn run_statements(
    program: &[Stmt],
    place: &ErrorPlace,
    session: &mut Interpreter,
    view: StepView,
    observer: &mut dyn StepObserver,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> bool {
    let shared: Rc<str> = Rc::from(place.source);
    session.set_echo(view.echo);
    let mut previous_end = 0;
    let mut lines = report::LineCursor::new(place.source);
    for stmt in program {
        let line = lines.line_at(stmt.span.start);
        if view.headers {
            let comments = comments_between(place.source, previous_end, stmt.span.start);
            let _ = out.write_all(comments.as_bytes());
            let _ = out.write_all(step_header(line, place.source, stmt).as_bytes());
        }
        previous_end = stmt.span.end;
        let mut printed = Vec::new();
        let result = session.run(stmt, &shared, &mut printed);
        let _ = out.write_all(&printed);
        let observed = ObservedStep {
            stmt,
            source: place.source,
            line,
            printed: &printed,
            result: result.as_ref(),
        };
        observer.observe(&observed, session);
        match result {
            Ok(outcome) => {
                if let Some(value) = outcome.echo.as_ref().filter(|_| view.echo) {
                    let text = outcome.echo_text.clone();
                    let _ = writeln!(out, "{}", text.unwrap_or_else(|| value.to_repr()));
                }
                if view.report {
                    let _ = out.write_all(report::render_step(&outcome, session).as_bytes());
                }
            }
            Err(error) => {
                let done = session.take_failed_outcome();
                if view.report && !done.changed_nothing() {
                    let report = report::render_step(&done, session);
                    let _ = writeln!(out, "before it failed, this statement had done:");
                    let _ = writeln!(out, "{}", report.trim_end_matches('\n'));
                }
                let _ = out.flush();
                let text = report::render_uncaught(&error, place);
                let _ = err.write_all(text.as_bytes());
                return false;
            }
        }
    }
    let _ = out.flush();
    true
}

/// Runs `source` quietly in a fresh shorthand session and returns its lesson history and the
/// session (what the lesson views read; the unit and integration tests build lessons this way).
pub fn record_lesson(source: &str) -> (LessonHistory, Interpreter) {
    let program = crate::syntax::parse_program(source).expect("test lesson parses");
    let mut session = Interpreter::new(Dialect::Shorthand);
    let mut history = LessonHistory::new();
    let place = ErrorPlace {
        file: "<test>",
        source,
    };
    let view = StepView {
        headers: false,
        echo: false,
        report: false,
    };
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let mut observer = &mut history;
    run_statements(
        &program,
        &place,
        &mut session,
        view,
        &mut observer,
        &mut out,
        &mut err,
    );
    (history, session)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sources_decode_as_python_reads_them() {
        assert_eq!(
            decode_source(b"\xef\xbb\xbfx = 1\n", "a.py").unwrap(),
            "x = 1\n"
        );
        let error = decode_source(b"x = 1\ny = '\xff'\n", "a.py").unwrap_err();
        assert_eq!(
            error,
            "SyntaxError: Non-UTF-8 code starting with '\\xff' in file a.py on line 2, but no encoding declared; see https://peps.python.org/pep-0263/ for details"
        );
    }
}
