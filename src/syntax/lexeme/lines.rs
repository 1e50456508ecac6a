//! Logical lines: the source split where a statement may end.
//!
//! A newline ends a statement except inside brackets or after a backslash, and a string
//! literal may hide both, so this pass scans brackets, strings, comments and backslashes
//! before any grammar rule runs. It reports unbalanced brackets and unterminated strings with
//! Python's messages, says whether more input could fix the text (for the REPL's `...`
//! prompt), and records each line's bracket depth so that deep lines get a bigger stack.

use std::ops::Range;

use super::token::comment_len;
use super::{MAX_BRACKETS, first_char_len, syntax_error};
use crate::syntax::ast::Span;
use crate::syntax::parser::SyntaxError;

/// Why the source cannot be split into logical lines.
#[derive(Debug)]
pub(crate) struct ScanError {
    /// The error to report.
    pub(crate) error: SyntaxError,
    /// True when more input could fix it (an open bracket, a trailing backslash...).
    pub(crate) incomplete: bool,
}

/// A logical line: its byte range and deepest bracket nesting.
#[derive(Debug)]
pub(crate) struct Line {
    /// Where the line is in the source (without its final newline).
    pub(crate) range: Range<usize>,
    /// The deepest bracket nesting inside it.
    pub(crate) depth: usize,
}

/// Splits `source` into logical lines, each ended by a newline outside brackets.
pub(crate) fn logical_lines(source: &str) -> Result<Vec<Line>, ScanError> {
    let mut scan = Scanner {
        src: source,
        i: 0,
        open: Vec::new(),
        lines: Vec::new(),
        start: 0,
        depth: 0,
    };
    while scan.i < source.len() {
        scan.step()?;
    }
    if let Some(&(bracket, at)) = scan.open.last() {
        let msg = format!("'{}' was never closed", bracket as char);
        return Err(scan.error(&msg, at, true));
    }
    scan.end_line();
    Ok(scan.lines)
}

/// The state of [`logical_lines`].
struct Scanner<'s> {
    src: &'s str,
    i: usize,
    open: Vec<(u8, usize)>,
    lines: Vec<Line>,
    start: usize,
    depth: usize,
}

impl Scanner<'_> {
    /// Consumes one character (or a whole string literal or comment).
    fn step(&mut self) -> Result<(), ScanError> {
        let b = self.src.as_bytes();
        match b[self.i] {
            b'#' => self.i += comment_len(&self.src[self.i..]),
            b'\'' | b'"' => self.string()?,
            b'(' | b'[' | b'{' => self.open()?,
            b')' | b']' | b'}' => self.close()?,
            b'\\' => self.backslash()?,
            b'\n' if self.open.is_empty() => {
                self.end_line();
                self.start = self.i + 1;
                self.i += 1;
            }
            _ => self.i += 1,
        }
        Ok(())
    }

    /// Records the logical line that ends at the current position.
    fn end_line(&mut self) {
        let range = self.start..self.i.min(self.src.len());
        self.lines.push(Line {
            range,
            depth: std::mem::take(&mut self.depth),
        });
    }

    /// A scan error at byte `at`.
    fn error(&self, message: &str, at: usize, incomplete: bool) -> ScanError {
        let width = first_char_len(&self.src[at..]);
        let error = syntax_error("SyntaxError", message, Span::new(at, at + width));
        ScanError { error, incomplete }
    }

    /// "unterminated `what` (detected at line `line`)", pointing at the current position (the
    /// literal's opening quote).
    fn unterminated(&self, what: &str, line: usize, incomplete: bool) -> ScanError {
        let msg = format!("unterminated {what} (detected at line {line})");
        self.error(&msg, self.i, incomplete)
    }

    /// The 1-based line number of byte `at`.
    fn line_of(&self, at: usize) -> usize {
        1 + self.src.as_bytes()[..at]
            .iter()
            .filter(|&&c| c == b'\n')
            .count()
    }

    /// Skips a string literal starting at its opening quote.
    fn string(&mut self) -> Result<(), ScanError> {
        let (begin, b) = (self.i, self.src.as_bytes());
        let q = b[begin];
        let triple = b.get(begin + 1) == Some(&q) && b.get(begin + 2) == Some(&q);
        let mut j = begin + if triple { 3 } else { 1 };
        loop {
            match b.get(j) {
                None if triple => {
                    let line = self.line_of(j);
                    return Err(self.unterminated("triple-quoted string literal", line, true));
                }
                None | Some(b'\n') if !triple => {
                    let line = self.line_of(begin);
                    return Err(self.unterminated("string literal", line, false));
                }
                Some(b'\\') if j + 1 == b.len() => {
                    let msg = "unexpected EOF while parsing";
                    return Err(self.error(msg, begin, true));
                }
                Some(b'\\') => {
                    j += if b[j + 1..].starts_with(b"\r\n") {
                        3
                    } else {
                        2
                    }
                }
                Some(&c) if c == q && (!triple || b[j..].starts_with(&[q, q, q])) => break,
                _ => j += 1,
            }
        }
        self.i = j + if triple { 3 } else { 1 };
        Ok(())
    }

    /// An opening bracket.
    fn open(&mut self) -> Result<(), ScanError> {
        self.open.push((self.src.as_bytes()[self.i], self.i));
        self.depth = self.depth.max(self.open.len());
        if self.open.len() > MAX_BRACKETS {
            return Err(self.error("too many nested parentheses", self.i, false));
        }
        self.i += 1;
        Ok(())
    }

    /// A closing bracket, which must match the innermost open one.
    fn close(&mut self) -> Result<(), ScanError> {
        let closer = self.src.as_bytes()[self.i];
        let expected = match self.open.pop() {
            None => {
                return Err(self.error(&format!("unmatched '{}'", closer as char), self.i, false));
            }
            Some((opener, _)) => (
                opener,
                [b')', b']', b'}'][[b'(', b'[', b'{']
                    .iter()
                    .position(|&o| o == opener)
                    .unwrap_or(0)],
            ),
        };
        if expected.1 != closer {
            let msg = format!(
                "closing parenthesis '{}' does not match opening parenthesis '{}'",
                closer as char, expected.0 as char
            );
            return Err(self.error(&msg, self.i, false));
        }
        self.i += 1;
        Ok(())
    }

    /// A backslash outside strings: only valid right before a newline.
    fn backslash(&mut self) -> Result<(), ScanError> {
        let rest = &self.src.as_bytes()[self.i + 1..];
        let skip = match rest {
            [] => return Err(self.error("unexpected EOF while parsing", self.i, true)),
            [b'\n', ..] => 2,
            [b'\r', b'\n', ..] => 3,
            _ => {
                return Err(self.error(
                    "unexpected character after line continuation character",
                    self.i,
                    false,
                ));
            }
        };
        self.i += skip;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use crate::syntax::parser::is_incomplete;
    use crate::syntax::testing::{fails, s};

    #[test]
    fn unterminated_strings() {
        fails(
            "a = 'abc\nb = 1",
            "SyntaxError",
            "unterminated string literal (detected at line 1)",
            4,
        );
        fails(
            "\n\nx = 'abc",
            "SyntaxError",
            "unterminated string literal (detected at line 3)",
            6,
        );
        fails(
            "x = '''abc\n",
            "SyntaxError",
            "unterminated triple-quoted string literal",
            4,
        );
    }

    #[test]
    fn continuation_lines() {
        assert_eq!(s("f(1,\n  2)  # two lines"), "(call f 1 2)");
        assert_eq!(s("1 + \\\n 2"), "(+ 1 2)");
        assert_eq!(s("[1, # one\n 2]"), "[1 2]");
        assert!(is_incomplete("a = (1,"));
        assert!(is_incomplete("a = 1 + \\"));
        assert!(is_incomplete("s = '''abc"));
        assert!(is_incomplete("f(a[0\n"));
        assert!(!is_incomplete("a = 1"));
        assert!(!is_incomplete("a = 1)"));
        assert!(!is_incomplete("s = 'abc"));
        assert!(!is_incomplete(""));
    }
}
