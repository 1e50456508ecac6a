//! Python-style error text, one renderer for the prompt and for scripts.

use crate::syntax::Span;

/// Where an error happened, for its first line.
pub struct ErrorPlace<'a> {
    /// The file name as Python shows it (`<stdin>`, `lesson.py`, `<string>`).
    pub file: &'a str,
    /// The whole source the span points into.
    pub source: &'a str,
}

/// One call under the `<module>` line of a traceback: the function, the text its span
/// points into, and the part of its body that raised (or made the next call).
pub struct CallFrame<'a> {
    /// The function's name (`f`, `<lambda>`).
    pub function: &'a str,
    /// The text `span` points into.
    pub source: &'a str,
    /// Where in it.
    pub span: Span,
}

/// Frames of one line shown in a row before CPython folds the rest into "[Previous line
/// repeated N more times]" (`TB_RECURSIVE_CUTOFF`).
const RECURSIVE_CUTOFF: usize = 3;

/// Renders an exception the way CPython prints an uncaught one: a traceback line naming the
/// file and line, the source line, a caret under the offending columns, and `Kind: message`.
/// Syntax errors have no "Traceback" header and no column number, as in Python 3.11. A
/// `KeyboardInterrupt` (Ctrl-C) shows no source line: it lands wherever the step happened to be,
/// and Python's prompt shows none either.
pub fn render_error(
    kind: &str,
    message: &str,
    span: Span,
    place: &ErrorPlace,
    is_syntax: bool,
) -> String {
    if !is_syntax {
        return render_traceback(kind, message, span, &[], place);
    }
    let (line_number, line_start) = line_of(place.source, span.start);
    let line_end = end_of_line(place.source, line_start);
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
    format!(
        "  File \"{}\", line {line_number}\n    {trimmed}\n    {caret}\n{}\n",
        place.file,
        last_line(kind, message)
    )
}

/// CPython's traceback of an uncaught exception raised at `span` of the module's code, or,
/// with `calls`, inside the calls that the module's statement at `span` made (outermost
/// first): one `File ..., line N, in name` entry per frame with its source line and carets,
/// runs of more than three identical entries folded as CPython folds them.
pub fn render_traceback(
    kind: &str,
    message: &str,
    span: Span,
    calls: &[CallFrame],
    place: &ErrorPlace,
) -> String {
    let module = CallFrame {
        function: "<module>",
        source: place.source,
        span,
    };
    let frames: Vec<&CallFrame> = std::iter::once(&module).chain(calls).collect();
    render_frames(kind, message, &frames, place.file)
}

/// The traceback of `frames` (outermost first) and `Kind: message` after them.
fn render_frames(kind: &str, message: &str, frames: &[&CallFrame], file: &str) -> String {
    let mut text = String::from("Traceback (most recent call last):\n");
    let mut previous: Option<(usize, &str, *const u8)> = None;
    let mut repeats = 0;
    for frame in frames {
        let (line_number, _) = line_of(frame.source, frame.span.start);
        let key = (line_number, frame.function, frame.source.as_ptr());
        if previous == Some(key) {
            repeats += 1;
        } else {
            fold_repeats(&mut text, repeats);
            (previous, repeats) = (Some(key), 1);
        }
        if repeats > RECURSIVE_CUTOFF {
            continue;
        }
        text += &format!(
            "  File \"{file}\", line {line_number}, in {}\n",
            frame.function
        );
        if kind != "KeyboardInterrupt" {
            text += &source_with_carets(frame.source, frame.span);
        }
    }
    fold_repeats(&mut text, repeats);
    text + &last_line(kind, message) + "\n"
}

/// CPython's traceback of `error`, raised while running the module's code in `place`,
/// after those of the exceptions it was raised from or while handling, oldest first.
pub fn render_uncaught(error: &crate::eval::EvalError, place: &ErrorPlace) -> String {
    let calls: Vec<CallFrame> = error.traceback.iter().map(call_frame).collect();
    let kind = error.kind.python_name();
    let last = render_traceback(kind, &error.message, error.span, &calls, place);
    let mut chain = Vec::new();
    let mut next = error.exception.as_ref().and_then(|e| e.chained());
    while let Some((earlier, sentence)) = next {
        if chain.len() > CHAIN_LIMIT {
            break;
        }
        next = earlier.chained();
        chain.push((earlier, sentence));
    }
    let mut text = String::new();
    for (earlier, sentence) in chain.iter().rev() {
        let traceback = earlier.traceback.borrow();
        let frames: Vec<CallFrame> = traceback.iter().map(call_frame).collect();
        let frames: Vec<&CallFrame> = frames.iter().collect();
        let kind = earlier.kind.python_name();
        let printed = earlier.printed();
        text += &match frames.is_empty() {
            true => last_line(kind, &printed) + "\n",
            false => render_frames(kind, &printed, &frames, place.file),
        };
        text += &format!("\n{sentence}\n\n");
    }
    text + &last
}

/// The most exceptions of a chain printed before the last one (a guard against cycles).
const CHAIN_LIMIT: usize = 100;

/// A traceback frame as the renderer takes it.
fn call_frame(frame: &crate::value::TraceFrame) -> CallFrame<'_> {
    CallFrame {
        function: &frame.function,
        source: &frame.source,
        span: frame.span,
    }
}

/// CPython's "[Previous line repeated N more times]" after a run of `repeats` entries.
fn fold_repeats(text: &mut String, repeats: usize) {
    if repeats > RECURSIVE_CUTOFF {
        let more = repeats - RECURSIVE_CUTOFF;
        let s = if more == 1 { "" } else { "s" };
        *text += &format!("  [Previous line repeated {more} more time{s}]\n");
    }
}

/// `Kind: message`, or the bare kind when the message is empty.
fn last_line(kind: &str, message: &str) -> String {
    match message.is_empty() {
        true => kind.to_string(),
        false => format!("{kind}: {message}"),
    }
}

/// The source line of `span` (stripped) and, below it, CPython 3.11's carets: `^` under the
/// span, or `~` under the operands and `^` under the operator of a binary operation (`~^^^`
/// under `a[5]`: `^` under the index); no caret line when plain carets would underline the
/// whole line.
fn source_with_carets(source: &str, span: Span) -> String {
    let (_, line_start) = line_of(source, span.start);
    let line_end = end_of_line(source, line_start);
    let line = &source[line_start..line_end];
    let trimmed = line.trim_start();
    let indent_chars = line[..line.len() - trimmed.len()].chars().count();
    let start = floor_char_boundary(source, span.start.clamp(line_start, line_end));
    let end = floor_char_boundary(source, span.end.clamp(start, line_end));
    let mut text = format!("    {trimmed}\n");
    let start_col = source[line_start..start].chars().count();
    let width = source[start..end].chars().count().max(1);
    let anchors = (span.end <= line_end)
        .then(|| caret_anchors(&source[start..end]))
        .flatten();
    let secondary = anchors.is_some_and(|(left, right)| right > left);
    if width < trimmed.chars().count() || secondary {
        let carets = match anchors {
            Some((left, right)) => format!(
                "{}{}{}",
                "~".repeat(left),
                "^".repeat(right - left),
                "~".repeat(width.saturating_sub(right))
            ),
            None => "^".repeat(width),
        };
        let pad = " ".repeat(start_col.saturating_sub(indent_chars));
        text += &format!("    {pad}{carets}\n");
    }
    text
}

/// Where the `^` part of the carets under `segment` starts and ends (in characters), when
/// `segment` is a binary operation (its operator) or a subscript (its brackets), as CPython's
/// `_extract_caret_anchors_from_line_segment` finds them.
fn caret_anchors(segment: &str) -> Option<(usize, usize)> {
    use crate::syntax::{ExprKind, StmtKind};
    let program = crate::syntax::parse_program(segment).ok()?;
    let [statement] = program.as_slice() else {
        return None;
    };
    let StmtKind::Expr(expr) = &statement.kind else {
        return None;
    };
    let chars = |bytes: usize| segment[..bytes.min(segment.len())].chars().count();
    let bytes = segment.as_bytes();
    match &expr.kind {
        ExprKind::Binary { left, right, .. } => {
            let between = &segment[left.span.end..right.span.start];
            let offset = between.len() - between.trim_start().len();
            let mut left_anchor = left.span.end + offset;
            let mut right_anchor = left_anchor + 1;
            let wide = between
                .as_bytes()
                .get(offset + 1)
                .is_some_and(|b| !b.is_ascii_whitespace());
            if offset + 1 < between.len() && wide {
                right_anchor += 1;
            }
            while left_anchor < bytes.len()
                && (bytes[left_anchor].is_ascii_whitespace() || b")#".contains(&bytes[left_anchor]))
            {
                left_anchor += 1;
                right_anchor += 1;
            }
            Some((chars(left_anchor), chars(right_anchor)))
        }
        ExprKind::Subscript { object, index } => {
            let mut left_anchor = object.span.end;
            let mut right_anchor = index.span.end + 1;
            while left_anchor < bytes.len() && bytes[left_anchor] != b'[' {
                left_anchor += 1;
            }
            while right_anchor < bytes.len() && bytes[right_anchor] != b']' {
                right_anchor += 1;
            }
            if right_anchor < bytes.len() {
                right_anchor += 1;
            }
            Some((chars(left_anchor), chars(right_anchor)))
        }
        _ => None,
    }
}

/// Where the line starting at byte `line_start` ends (its newline, or the end of `source`).
fn end_of_line(source: &str, line_start: usize) -> usize {
    source[line_start..]
        .find('\n')
        .map_or(source.len(), |i| line_start + i)
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
    fn carets_mark_the_index_of_a_subscript() {
        let source = "a = 1\nprint(a[5])\n";
        let place = ErrorPlace {
            file: "x.py",
            source,
        };
        let text = render_error("IndexError", "boom", Span::new(12, 16), &place, false);
        assert_eq!(
            text,
            "Traceback (most recent call last):\n  File \"x.py\", line 2, in <module>\n    print(a[5])\n          ~^^^\nIndexError: boom\n"
        );
    }

    #[test]
    fn syntax_errors_name_their_line_and_point_at_the_column() {
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
            "  File \"<stdin>\", line 2\n    y = (2 +)\n            ^\nSyntaxError: invalid syntax\n"
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
