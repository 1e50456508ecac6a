//! The lexical layer under the parser, and the state every parser of a line carries.
//!
//! viewfinder parses without a separate tokenizer, so everything that works on characters
//! rather than on grammar rules lives below this module: splitting the source into logical
//! lines (`lines`), skipping whitespace and recognising operators and words (`token`), and
//! number and string literals (`literal`). This file holds what they and the parser share: the
//! parser input type, which carries the line's byte offset in the whole source, the nesting
//! depth, and the furthest point any alternative reached (which is where "invalid syntax"
//! points), and the helpers that build errors.

mod lines;
mod literal;
mod token;

use std::cell::Cell;
use std::ops::Range;

use nom::error::{ErrorKind, ParseError};
use nom::{Err, IResult};
use nom_locate::LocatedSpan;

use super::ast::Span;
use super::parser::SyntaxError;

pub(crate) use lines::{Line, logical_lines};
pub(crate) use literal::{Literal, number, string_literal};
pub(crate) use token::{kw, name, op, operator, operator_in, word, ws};

/// Deepest bracket nesting accepted, as in CPython ("too many nested parentheses").
const MAX_BRACKETS: usize = 200;
/// Deepest recursion the parser allows (brackets plus prefix operators, `**`, `if`/`else`).
const MAX_NESTING: u32 = 2 * MAX_BRACKETS as u32;

/// Facts shared by every parser working on one logical line.
#[derive(Debug)]
pub(crate) struct Shared<'s> {
    /// The logical line's text.
    text: &'s str,
    /// Byte offset of `text` in the whole source.
    base: usize,
    /// The furthest offset at which some alternative failed.
    furthest: Cell<usize>,
}

/// The `extra` part of the parser input: shared facts plus the current nesting depth.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Ctx<'s> {
    /// The line's shared state.
    shared: &'s Shared<'s>,
    /// How many `nested` levels deep the parser is.
    depth: u32,
}

/// Parser input: a located piece of one logical line.
pub(crate) type In<'s> = LocatedSpan<&'s str, Ctx<'s>>;
/// The result of every parser function.
pub(crate) type PResult<'s, O> = IResult<In<'s>, O, PErr>;

/// A parse failure: plain "no match here", or a definite error with its own message.
#[derive(Debug)]
pub(crate) enum PErr {
    /// Some alternative did not match; reported as "invalid syntax" at the furthest failure.
    Generic,
    /// A definite error (a refused construct, a bad literal...).
    Specific(SyntaxError),
}

impl<'s> ParseError<In<'s>> for PErr {
    fn from_error_kind(input: In<'s>, _: ErrorKind) -> Self {
        let shared = input.extra.shared;
        shared.furthest.set(shared.furthest.get().max(pos(&input)));
        PErr::Generic
    }

    fn append(_: In<'s>, _: ErrorKind, other: Self) -> Self {
        other
    }

    fn or(self, other: Self) -> Self {
        match self {
            PErr::Specific(_) => self,
            PErr::Generic => other,
        }
    }
}

impl<'s> Shared<'s> {
    /// State for the logical line `range` of `source`.
    pub(crate) fn new(source: &'s str, range: Range<usize>) -> Shared<'s> {
        let base = range.start;
        Shared {
            text: &source[range],
            base,
            furthest: Cell::new(base),
        }
    }

    /// The parser input covering the whole line.
    pub(crate) fn input(&'s self) -> In<'s> {
        In::new_extra(
            self.text,
            Ctx {
                shared: self,
                depth: 0,
            },
        )
    }

    /// The user-facing error for a failure of this line.
    pub(crate) fn resolve(&self, err: Err<PErr>) -> SyntaxError {
        match err {
            Err::Error(PErr::Specific(e)) | Err::Failure(PErr::Specific(e)) => e,
            _ => {
                let at = self.furthest.get();
                let width = first_char_len(&self.text[at - self.base..]);
                syntax_error("SyntaxError", "invalid syntax", Span::new(at, at + width))
            }
        }
    }
}

/// Byte length of the first character of `text` (0 when it is empty).
fn first_char_len(text: &str) -> usize {
    text.chars().next().map_or(0, char::len_utf8)
}

/// Byte offset of `input` in the whole source.
pub(crate) fn pos(input: &In) -> usize {
    input.extra.shared.base + input.location_offset()
}

/// Offset of the next token (after whitespace).
pub(crate) fn start(input: In) -> usize {
    pos(&ws(input))
}

/// A `SyntaxError` value.
pub(crate) fn syntax_error(kind: &'static str, message: &str, span: Span) -> SyntaxError {
    SyntaxError {
        kind,
        message: message.to_string(),
        span,
    }
}

/// A definite failure that stops the parse.
pub(crate) fn failure(kind: &'static str, message: &str, span: Span) -> Err<PErr> {
    Err::Failure(PErr::Specific(syntax_error(kind, message, span)))
}

/// A definite `SyntaxError` spanning `width` bytes from the next token of `input`.
pub(crate) fn failure_at(input: In, message: &str, width: usize) -> Err<PErr> {
    let at = start(input);
    failure("SyntaxError", message, Span::new(at, at + width))
}

/// A construct viewfinder refuses on purpose.
pub(crate) fn refused(message: &str, span: Span) -> Err<PErr> {
    failure("NotImplementedError", message, span)
}

/// "No match here", recorded as a candidate position for "invalid syntax".
pub(crate) fn mismatch(input: In) -> Err<PErr> {
    Err::Error(PErr::from_error_kind(input, ErrorKind::Tag))
}

/// Runs `f` one nesting level deeper, failing instead of overflowing the stack.
pub(crate) fn nested<'s, O>(
    input: In<'s>,
    f: impl FnOnce(In<'s>) -> PResult<'s, O>,
) -> PResult<'s, O> {
    let depth = input.extra.depth;
    if depth >= MAX_NESTING {
        return Err(failure_at(input, "expression is too deeply nested", 0));
    }
    let mut inner = input;
    inner.extra.depth += 1;
    let (mut rest, out) = f(inner)?;
    rest.extra.depth = depth;
    Ok((rest, out))
}
