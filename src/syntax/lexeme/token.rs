//! Whitespace, operators, keywords and names.
//!
//! There is no token stream: each grammar rule asks for the token it expects at the current
//! position, and these functions skip whitespace and comments first, then match one token.
//! Operators match longest first, so `op("*")` does not match the start of `**`, and words
//! match whole, so `kw("in")` does not match the start of `index`.

use nom::Input;

use super::{In, PResult, mismatch, pos};
use crate::syntax::ast::Span;

/// Skips spaces, newlines (only inside brackets do they reach the parser), comments and
/// backslash continuations.
pub(crate) fn ws(input: In) -> In {
    let text = *input.fragment();
    let bytes = text.as_bytes();
    let mut i = 0;
    loop {
        match (bytes.get(i), bytes.get(i + 1)) {
            (Some(b' ' | b'\t' | b'\x0c' | b'\r' | b'\n'), _) => i += 1,
            (Some(b'\\'), Some(b'\n')) => i += 2,
            (Some(b'\\'), Some(b'\r')) => i += 2,
            (Some(b'#'), _) => i += comment_len(&text[i..]),
            _ => break,
        }
    }
    input.take_from(i)
}

/// Length of the comment at the start of `text`, up to (not including) the end of its line.
pub(super) fn comment_len(text: &str) -> usize {
    text.find('\n').unwrap_or(text.len())
}

/// Every operator and delimiter, longest first so that `**=` wins over `**` and `*`.
const OPERATORS: [&str; 49] = [
    "**=", "//=", ">>=", "<<=", "...", "**", "//", ">>", "<<", "<=", ">=", "==", "!=", "->", ":=",
    "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=", "+", "-", "*", "/", "%", "@", "&", "|",
    "^", "~", "<", ">", "=", "(", ")", "[", "]", "{", "}", ",", ":", ".", ";", "!", "`",
];

/// The operator or delimiter at the start of `text`, longest match.
fn operator_at(text: &str) -> Option<&'static str> {
    let first = *text.as_bytes().first()?;
    OPERATORS
        .iter()
        .copied()
        .find(|op| op.as_bytes()[0] == first && text.starts_with(op))
}

/// Any operator token, with its span.
pub(crate) fn operator(input: In) -> PResult<(&'static str, Span)> {
    let input = ws(input);
    match operator_at(input.fragment()) {
        Some(found) => Ok(token(input, found.len(), found)),
        None => Err(mismatch(input)),
    }
}

/// The operator at `input` if it is one of `table`, as the value `table` pairs it with.
pub(crate) fn operator_in<'s, T: Copy>(input: In<'s>, table: &[(&str, T)]) -> PResult<'s, T> {
    let (rest, (found, _)) = operator(input)?;
    match table.iter().find(|(sym, _)| *sym == found) {
        Some(&(_, value)) => Ok((rest, value)),
        None => Err(mismatch(ws(input))),
    }
}

/// Exactly the operator `sym` (not a longer one that starts with it).
pub(crate) fn op<'s>(sym: &'static str) -> impl Fn(In<'s>) -> PResult<'s, Span> {
    exactly(operator, sym)
}

/// Exactly the keyword `k`.
pub(crate) fn kw<'s>(k: &'static str) -> impl Fn(In<'s>) -> PResult<'s, Span> {
    exactly(word, k)
}

/// A parser for the token `want`, as cut by `token` (`operator` or `word`).
fn exactly<'s>(
    token: fn(In<'s>) -> PResult<'s, (&'s str, Span)>,
    want: &'static str,
) -> impl Fn(In<'s>) -> PResult<'s, Span> {
    move |input| match token(input) {
        Ok((rest, (found, span))) if found == want => Ok((rest, span)),
        _ => Err(mismatch(ws(input))),
    }
}

/// Splits `len` bytes off `input` as a token.
pub(super) fn token<T>(input: In, len: usize, value: T) -> (In, (T, Span)) {
    let at = pos(&input);
    (input.take_from(len), (value, Span::new(at, at + len)))
}

/// True for the characters that continue a word (and that would glue onto a number, `1abc`).
pub(super) fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// A word: an identifier or a keyword.
pub(crate) fn word(input: In<'_>) -> PResult<'_, (&str, Span)> {
    let input = ws(input);
    let text = *input.fragment();
    let mut chars = text.char_indices();
    match chars.next() {
        Some((_, c)) if c.is_alphabetic() || c == '_' => {}
        _ => return Err(mismatch(input)),
    }
    let len = chars
        .find(|&(_, c)| !is_word_char(c))
        .map_or(text.len(), |(i, _)| i);
    Ok(token(input, len, &text[..len]))
}

/// Python's keywords: never names.
const KEYWORDS: [&str; 35] = [
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield",
];

/// An identifier that is not a keyword.
pub(crate) fn name(input: In) -> PResult<(String, Span)> {
    match word(input) {
        Ok((rest, (found, span))) if !KEYWORDS.contains(&found) => {
            Ok((rest, (found.to_string(), span)))
        }
        _ => Err(mismatch(ws(input))),
    }
}
