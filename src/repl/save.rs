//! `%save`: the session's statements as a `.py` file that python3 also runs.
//!
//! Every statement that ran without error is kept as Python source. Where the shorthand dialect
//! read it differently from Python (a list literal that became an array, a bare `arange`), the
//! evaluator noted the place ([`ShorthandUse`]) and the text is rewritten there
//! (`np.array([1, 2, 3])`, `np.arange`), so the saved file means in Python what the session
//! meant. The file starts with `import numpy as np` unless the session imported it itself
//! (and `import numpy` when the shorthand session wrote `numpy.` without importing it).

use crate::eval::{Interpreter, ShorthandUse};
use crate::eval::{ObservedStep, StepObserver};
use crate::syntax::Span;

/// Keeps the Python text of every statement that succeeded.
pub struct StatementRecorder<'a> {
    statements: &'a mut Vec<String>,
}

impl<'a> StatementRecorder<'a> {
    /// Records into `statements`.
    pub fn new(statements: &'a mut Vec<String>) -> StatementRecorder<'a> {
        StatementRecorder { statements }
    }
}

impl StepObserver for StatementRecorder<'_> {
    fn observe(&mut self, step: &ObservedStep, _session: &Interpreter) {
        if let Ok(outcome) = step.result {
            let text = python_text(step.source, step.stmt.span, &outcome.shorthand);
            self.statements.push(text);
        }
    }
}

/// The text of `span` in `source` with the shorthand places rewritten as Python.
pub fn python_text(source: &str, span: Span, uses: &[ShorthandUse]) -> String {
    let mut edits = outermost_edits(uses);
    edits.sort_by_key(|(span, _, _)| std::cmp::Reverse(span.start));
    let mut text = source.get(span.start..span.end).unwrap_or("").to_string();
    for (place, before, after) in edits {
        let (start, end) = (place.start - span.start, place.end - span.start);
        text.insert_str(end, after);
        text.insert_str(start, &before);
    }
    text
}

/// What to insert before and after each place; list literals inside another one are left alone
/// (`np.array([[1, 2], [3, 4]])`).
fn outermost_edits(uses: &[ShorthandUse]) -> Vec<(Span, String, &'static str)> {
    let lists: Vec<Span> = uses
        .iter()
        .filter_map(|u| match u {
            ShorthandUse::ListArray(span) => Some(*span),
            ShorthandUse::NumpyName(..) => None,
        })
        .collect();
    let inside = |s: &Span| {
        lists
            .iter()
            .any(|o| o != s && o.start <= s.start && s.end <= o.end)
    };
    let mut edits = Vec::new();
    for shorthand in uses {
        match shorthand {
            ShorthandUse::ListArray(span) if !inside(span) => {
                edits.push((*span, "np.array(".to_string(), ")"));
            }
            ShorthandUse::NumpyName(_, name) if name == "numpy" => {}
            ShorthandUse::NumpyName(span, _) => edits.push((*span, "np.".to_string(), "")),
            ShorthandUse::ListArray(_) => {}
        }
    }
    edits.dedup_by_key(|(span, _, _)| *span);
    edits
}

/// The whole `.py` file for `statements`.
pub fn saved_file(statements: &[String]) -> String {
    let imports_numpy = statements.iter().any(|s| s.trim() == "import numpy as np");
    let mut text = String::from("# Saved by viewfinder's %save: runs with python3 and NumPy.\n");
    if !imports_numpy {
        text.push_str("import numpy as np\n");
    }
    if statements.iter().any(|s| s.contains("numpy.")) {
        text.push_str("import numpy\n");
    }
    for statement in statements {
        text.push_str(statement);
        text.push('\n');
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_literals_and_bare_numpy_names_become_python() {
        let source = "m = [[1, 2], [3, 4]] + arange(2)";
        let uses = [
            ShorthandUse::ListArray(Span::new(5, 11)),
            ShorthandUse::ListArray(Span::new(13, 19)),
            ShorthandUse::ListArray(Span::new(4, 20)),
            ShorthandUse::NumpyName(Span::new(23, 29), "arange".into()),
        ];
        assert_eq!(
            python_text(source, Span::new(0, source.len()), &uses),
            "m = np.array([[1, 2], [3, 4]]) + np.arange(2)"
        );
    }

    #[test]
    fn the_file_imports_numpy_once() {
        let with_import = saved_file(&["import numpy as np".into(), "a = np.zeros(2)".into()]);
        assert_eq!(with_import.matches("import numpy").count(), 1);
        assert!(saved_file(&["a = np.zeros(2)".into()]).contains("import numpy as np\n"));
    }
}
