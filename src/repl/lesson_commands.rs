//! The lesson commands of the prompt: `%table`, `%track`, `%diagram`, `%explain`, `%quiz`,
//! `%export`. Each is a thin call into [`report::lesson`](crate::report::lesson), over the
//! history the prompt keeps of every step.

use std::io::Write;
use std::path::Path;

use super::commands::{print, usage_error};
use super::{EntryResult, ReplSession};
use crate::report::lesson::{self, Quiz, Verdict};

fn width(session: &ReplSession) -> usize {
    session
        .table_width()
        .map_or_else(crate::cli::default_width, usize::from)
}

/// `%table`.
pub(super) fn table(
    _: &str,
    session: &mut ReplSession,
    out: &mut dyn Write,
    _: &mut dyn Write,
) -> EntryResult {
    print(out, &lesson::render_table(&session.lesson, width(session)))
}

/// `%track`.
pub(super) fn track(
    _: &str,
    session: &mut ReplSession,
    out: &mut dyn Write,
    _: &mut dyn Write,
) -> EntryResult {
    print(
        out,
        &lesson::render_tracker(&session.lesson, width(session)),
    )
}

/// `%diagram [names]`: every buffer, or only those the names look into.
pub(super) fn diagram(
    args: &str,
    session: &mut ReplSession,
    out: &mut dyn Write,
    _: &mut dyn Write,
) -> EntryResult {
    let names: Vec<String> = args
        .split([' ', ','])
        .filter(|n| !n.is_empty())
        .map(String::from)
        .collect();
    let text = lesson::render_diagram(&session.interpreter, &names, width(session), session.color);
    print(out, &text)
}

/// `%explain [step]`.
pub(super) fn explain(
    args: &str,
    session: &mut ReplSession,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> EntryResult {
    let step = match args {
        "" => None,
        text => match text.parse::<usize>() {
            Ok(step) => Some(step),
            Err(_) => return usage_error(err, "%explain takes a step number, e.g. %explain 3"),
        },
    };
    print(out, &lesson::render_explanations(&session.lesson, step))
}

/// `%quiz [seed]`: asks each question and checks the answer at a terminal; elsewhere prints
/// the questions and an answer key.
pub(super) fn quiz(
    args: &str,
    session: &mut ReplSession,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> EntryResult {
    let seed = match args {
        "" => session.lesson.steps().len() as u64,
        text => match text.parse::<u64>() {
            Ok(seed) => seed,
            Err(_) => {
                return usage_error(err, "%quiz takes a whole number as its seed, e.g. %quiz 7");
            }
        },
    };
    let quiz = Quiz::generate(&session.lesson, &session.interpreter, seed);
    match session.ask.as_mut() {
        Some(ask) if !quiz.questions.is_empty() => ask_each(&quiz, ask, out),
        _ => print(out, &lesson::render_quiz(&quiz)),
    }
}

fn ask_each(quiz: &Quiz, ask: &mut super::AskLine, out: &mut dyn Write) -> EntryResult {
    let mut right = 0;
    for (number, question) in quiz.questions.iter().enumerate() {
        let _ = write!(out, "\nQuestion {}. {}", number + 1, question.render());
        let _ = out.flush();
        let verdict = loop {
            let Some(answer) = ask("Your answer: ") else {
                return EntryResult::Continue;
            };
            match question.check(&answer) {
                Verdict::NotAnOption(hint) => {
                    let _ = writeln!(out, "({hint})");
                }
                verdict => break verdict,
            }
        };
        match verdict {
            Verdict::Correct(why) => {
                right += 1;
                let _ = writeln!(out, "Right. {why}");
            }
            Verdict::Wrong {
                answer,
                explanation,
            } => {
                let _ = writeln!(out, "Not quite: the answer is {answer}. {explanation}");
            }
            Verdict::NotAnOption(_) => {}
        }
    }
    print(
        out,
        &format!("\n{right} of {} right.\n", quiz.questions.len()),
    )
}

/// `%export FILE`.
pub(super) fn export(
    args: &str,
    session: &mut ReplSession,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> EntryResult {
    if args.is_empty() {
        return usage_error(err, "%export needs a file name ending in .html or .md");
    }
    let seed = session.lesson.steps().len() as u64;
    match crate::cli::write_handout(&session.lesson, &session.interpreter, Path::new(args), seed) {
        Ok(()) => print(out, &format!("wrote {args}\n")),
        Err(error) => usage_error(err, &format!("cannot write {args}: {error}")),
    }
}

#[cfg(test)]
mod tests {
    use super::super::ReplSession;
    use super::super::commands::tests::type_entry;
    use crate::eval::{Dialect, Interpreter};

    /// What typing `entry` printed (stdout then stderr).
    fn typed(session: &mut ReplSession, entry: &str) -> String {
        type_entry(session, entry).0
    }

    fn lesson_session() -> ReplSession {
        let mut session = ReplSession::new(Interpreter::new(Dialect::Shorthand), true, Some(100));
        for line in ["arr = [1, 2, 3]", "view = arr[1:]", "view[0] = 10"] {
            typed(&mut session, line);
        }
        session
    }

    #[test]
    fn table_and_tracker_show_the_steps_typed() {
        let mut session = lesson_session();
        let table = typed(&mut session, "%table");
        assert!(
            table.contains("view[0] = 10") && table.contains("[ 1 10  3]"),
            "{table}"
        );
        let tracker = typed(&mut session, "%track");
        assert!(
            tracker.contains("arr") && tracker.contains("[10  3]"),
            "{tracker}"
        );
    }

    #[test]
    fn diagram_explain_and_quiz_key_without_a_terminal() {
        let mut session = lesson_session();
        assert!(typed(&mut session, "%diagram view").contains("view"));
        assert!(typed(&mut session, "%explain 3").contains("Step 3"));
        assert!(typed(&mut session, "%explain x").contains("UsageError"));
        let quiz = typed(&mut session, "%quiz 1");
        assert!(
            quiz.contains("Answer key") || quiz.contains("answer"),
            "{quiz}"
        );
    }

    #[test]
    fn quiz_at_a_terminal_checks_each_answer() {
        let mut session = lesson_session();
        session.ask = Some(Box::new(|_| Some("A".to_string())));
        let text = typed(&mut session, "%quiz 2");
        assert!(
            text.contains("Question 1.") && text.contains(" right."),
            "{text}"
        );
    }

    #[test]
    fn export_writes_a_handout() {
        let mut session = lesson_session();
        let path =
            std::env::temp_dir().join(format!("viewfinder-export-{}.md", std::process::id()));
        let said = typed(&mut session, &format!("%export {}", path.display()));
        assert!(said.starts_with("wrote"), "{said}");
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(
            text.contains("[3] >>> view[0] = 10"),
            "steps are numbered by entry: {text}"
        );
        let _ = std::fs::remove_file(path);
    }
}
