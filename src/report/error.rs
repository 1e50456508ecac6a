//! Python-style error text, one renderer for the prompt and for scripts.

use crate::syntax::Span;

/// Where an error happened, for its first line.
pub struct ErrorPlace<'a> {
    /// The file name as Python shows it (`<stdin>`, `lesson.py`, `<string>`).
    pub file: &'a str,
    /// The whole source the span points into.
    pub source: &'a str,
}

/// Renders an exception the way CPython prints an uncaught one: a traceback line naming the
/// file and line, the source line, a caret under the offending columns, and `Kind: message`.
/// Syntax errors have no "Traceback" header, as in Python, and name the column too. A
/// `KeyboardInterrupt` (Ctrl-C) shows no source line: it lands wherever the step happened to be,
/// and Python's prompt shows none either.
pub fn render_error(
    kind: &str,
    message: &str,
    span: Span,
    place: &ErrorPlace,
    is_syntax: bool,
) -> String {
    let (line_number, line_start) = line_of(place.source, span.start);
    let line_end = place.source[line_start..]
        .find('\n')
        .map_or(place.source.len(), |i| line_start + i);
    let line = &place.source[line_start..line_end];
    let trimmed = line.trim_start();
    let indent = line.len() - trimmed.len();
    let column = place.source[line_start..span.start.clamp(line_start, line_end)]
        .chars()
        .count()
        .saturating_sub(indent);
    let width = place.source
        [span.start.min(line_end)..span.end.clamp(span.start.min(line_end), line_end)]
        .chars()
        .count()
        .max(1);
    let caret = format!("{}{}", " ".repeat(column), "^".repeat(width));
    let header = if is_syntax {
        let at_column = column + indent + 1;
        format!(
            "  File \"{}\", line {line_number}, column {at_column}\n",
            place.file
        )
    } else {
        format!(
            "Traceback (most recent call last):\n  File \"{}\", line {line_number}, in <module>\n",
            place.file
        )
    };
    let last = if message.is_empty() {
        kind.to_string()
    } else {
        format!("{kind}: {message}")
    };
    if kind == "KeyboardInterrupt" {
        return format!("{header}{last}\n");
    }
    format!("{header}    {trimmed}\n    {caret}\n{last}\n")
}

/// The 1-based line number containing byte `at`, and the byte where that line starts.
pub fn line_of(source: &str, at: usize) -> (usize, usize) {
    let at = floor_char_boundary(source, at.min(source.len()));
    let before = &source[..at];
    let number = before.matches('\n').count() + 1;
    let start = before.rfind('\n').map_or(0, |i| i + 1);
    (number, start)
}

/// Line numbers of byte positions asked for in increasing order, as a script's steps are:
/// each answer counts only the newlines since the last, so a whole script costs one pass
/// (asking [`line_of`] for each of 20,000 steps would read the source 20,000 times).
pub struct LineCursor<'a> {
    source: &'a str,
    at: usize,
    line: usize,
}

impl<'a> LineCursor<'a> {
    /// A cursor at the start of `source` (line 1).
    pub fn new(source: &'a str) -> LineCursor<'a> {
        LineCursor {
            source,
            at: 0,
            line: 1,
        }
    }

    /// The 1-based line containing byte `at`; going backwards starts again from the top.
    pub fn line_at(&mut self, at: usize) -> usize {
        let at = floor_char_boundary(self.source, at.min(self.source.len()));
        if at < self.at {
            (self.at, self.line) = (0, 1);
        }
        let newlines = self.source.as_bytes()[self.at..at]
            .iter()
            .filter(|&&byte| byte == b'\n')
            .count();
        (self.at, self.line) = (at, self.line + newlines);
        self.line
    }
}

fn floor_char_boundary(text: &str, mut at: usize) -> usize {
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn caret_points_at_the_span() {
        let source = "a = 1\nprint(a[5])\n";
        let place = ErrorPlace {
            file: "x.py",
            source,
        };
        let text = render_error("IndexError", "boom", Span::new(12, 16), &place, false);
        assert_eq!(
            text,
            "Traceback (most recent call last):\n  File \"x.py\", line 2, in <module>\n    print(a[5])\n          ^^^^\nIndexError: boom\n"
        );
    }

    #[test]
    fn syntax_errors_name_line_and_column() {
        let source = "x = 1\ny = (2 +)\n";
        let place = ErrorPlace {
            file: "<stdin>",
            source,
        };
        let text = render_error(
            "SyntaxError",
            "invalid syntax",
            Span::new(14, 15),
            &place,
            true,
        );
        assert_eq!(
            text,
            "  File \"<stdin>\", line 2, column 9\n    y = (2 +)\n            ^\nSyntaxError: invalid syntax\n"
        );
    }

    #[test]
    fn keyboard_interrupt_shows_no_source_line() {
        let source = "y = x + x\n";
        let place = ErrorPlace {
            file: "<stdin>",
            source,
        };
        let text = render_error("KeyboardInterrupt", "", Span::new(4, 5), &place, false);
        assert_eq!(
            text,
            "Traceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\nKeyboardInterrupt\n"
        );
    }

    #[test]
    fn line_of_counts_newlines() {
        assert_eq!(line_of("a\nbc\nd", 3), (2, 2));
        assert_eq!(line_of("a\nbc\nd", 0), (1, 0));
        let mut cursor = LineCursor::new("a\nbc\nd");
        let lines: Vec<usize> = [0, 3, 5, 6, 1].map(|at| cursor.line_at(at)).to_vec();
        assert_eq!(lines, [1, 2, 3, 3, 1]);
    }
}
