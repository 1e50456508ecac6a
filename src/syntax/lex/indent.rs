//! The start of a line: blank lines, and indentation as `Indent` and `Dedent` tokens.
//!
//! CPython measures indentation twice, once with tabs to the next multiple of 8 and once
//! with tabs as one column, and calls it `TabError` when the two measures disagree about
//! whether a line is deeper, shallower or level with an enclosing one. Lines holding only
//! whitespace or a comment make no tokens at all.

use super::{LexError, Lexer, TokenKind, syntax_error};
use crate::syntax::ast::Span;

/// At most this many indentation levels, as CPython's `MAXINDENT`.
const MAX_INDENT: usize = 100;

/// The stack of enclosing indentation levels, each measured both ways.
#[derive(Debug)]
pub(super) struct Indents {
    /// `(columns with tabs to multiples of 8, columns with tabs as 1)`, outermost first.
    stack: Vec<(usize, usize)>,
    /// The most levels open at once.
    deepest: usize,
}

/// What a line's indentation does to the stack.
enum Change {
    /// Same level as the line before.
    Level,
    /// One level deeper.
    Deeper,
    /// This many levels closed.
    Shallower(usize),
}

/// Why a line's indentation is wrong.
enum IndentProblem {
    /// The two measures disagree.
    Tabs,
    /// Shallower than its block but deeper than the enclosing one.
    NoMatch,
    /// Past [`MAX_INDENT`] levels.
    TooDeep,
}

impl Indents {
    /// The stack of a source's first line: column 0.
    pub(super) fn new() -> Indents {
        Indents {
            stack: vec![(0, 0)],
            deepest: 0,
        }
    }

    /// Levels open, counting column 0.
    pub(super) fn depth(&self) -> usize {
        self.stack.len()
    }

    /// The most levels (besides column 0) that were open at once.
    pub(super) fn deepest(&self) -> usize {
        self.deepest
    }

    /// Applies a line indented to `col` (and `alt_col` with tabs as one column).
    fn apply(&mut self, col: usize, alt_col: usize) -> Result<Change, IndentProblem> {
        let (top, alt_top) = self.stack[self.stack.len() - 1];
        if col == top {
            return match alt_col == alt_top {
                true => Ok(Change::Level),
                false => Err(IndentProblem::Tabs),
            };
        }
        if col > top {
            return self.push(col, alt_col, alt_top);
        }
        let mut closed = 0;
        while self.stack.len() > 1 && col < self.stack[self.stack.len() - 1].0 {
            self.stack.pop();
            closed += 1;
        }
        match self.stack[self.stack.len() - 1] {
            (top, _) if top != col => Err(IndentProblem::NoMatch),
            (_, alt_top) if alt_top != alt_col => Err(IndentProblem::Tabs),
            _ => Ok(Change::Shallower(closed)),
        }
    }

    /// Opens a level at `col`.
    fn push(
        &mut self,
        col: usize,
        alt_col: usize,
        alt_top: usize,
    ) -> Result<Change, IndentProblem> {
        if self.stack.len() >= MAX_INDENT {
            return Err(IndentProblem::TooDeep);
        }
        if alt_col <= alt_top {
            return Err(IndentProblem::Tabs);
        }
        self.stack.push((col, alt_col));
        self.deepest = self.deepest.max(self.stack.len() - 1);
        Ok(Change::Deeper)
    }
}

/// The indentation at the start of `line`: both measures and its length in bytes.
fn measure(line: &[u8]) -> (usize, usize, usize) {
    let (mut col, mut alt_col, mut len) = (0, 0, 0);
    for &b in line {
        match b {
            b' ' => (col, alt_col) = (col + 1, alt_col + 1),
            b'\t' => (col, alt_col) = ((col / 8 + 1) * 8, alt_col + 1),
            b'\x0c' => (col, alt_col) = (0, 0),
            _ => break,
        }
        len += 1;
    }
    (col, alt_col, len)
}

impl Lexer<'_> {
    /// Skips blank lines, then turns the indentation of the next line into tokens.
    pub(super) fn start_line(&mut self) -> Result<(), LexError> {
        loop {
            let rest = &self.src.as_bytes()[self.i..];
            let (col, alt_col, len) = measure(rest);
            let content = self.i + len;
            match rest.get(len) {
                None => {
                    self.i = content;
                    return Ok(());
                }
                Some(b'#' | b'\n' | b'\r') => self.skip_blank_line(content),
                Some(_) => return self.indent_line(col, alt_col, content),
            }
        }
    }

    /// Moves past a line holding only whitespace or a comment.
    fn skip_blank_line(&mut self, content: usize) {
        match self.src[content..].find('\n') {
            Some(n) => {
                self.i = content + n + 1;
                self.next_physical_line();
            }
            None => self.i = self.src.len(),
        }
    }

    /// Applies the indentation of a line whose first token is at `content`.
    fn indent_line(&mut self, col: usize, alt_col: usize, content: usize) -> Result<(), LexError> {
        self.i = content;
        self.at_line_start = false;
        match self.indents.apply(col, alt_col) {
            Ok(Change::Level) => {}
            Ok(Change::Deeper) => {
                let at = content.saturating_sub(1).max(self.line_start);
                self.push_synthetic(TokenKind::Indent, at);
            }
            Ok(Change::Shallower(levels)) => {
                for _ in 0..levels {
                    self.push_synthetic(TokenKind::Dedent, content);
                }
            }
            Err(problem) => return Err(self.indent_error(problem)),
        }
        Ok(())
    }

    /// CPython's error for a bad indentation, where CPython puts it.
    fn indent_error(&self, problem: IndentProblem) -> LexError {
        let (kind, message, at) = match problem {
            IndentProblem::Tabs => (
                "TabError",
                "inconsistent use of tabs and spaces in indentation",
                self.line_start,
            ),
            IndentProblem::TooDeep => (
                "IndentationError",
                "too many levels of indentation",
                self.line_start,
            ),
            IndentProblem::NoMatch => (
                "IndentationError",
                "unindent does not match any outer indentation level",
                self.line_content_end(),
            ),
        };
        LexError {
            error: syntax_error(kind, message, Span::new(at, at)),
            incomplete: false,
        }
    }

    /// Where the current physical line's text ends (its line break, or the end).
    fn line_content_end(&self) -> usize {
        let rest = &self.src[self.line_start..];
        let end = rest.find('\n').map_or(rest.len(), |n| n);
        let end = match rest[..end].ends_with('\r') {
            true => end - 1,
            false => end,
        };
        self.line_start + end
    }
}
