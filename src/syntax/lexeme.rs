//! The lexical layer under the parser: logical lines, whitespace, tokens and literals.
//!
//! viewfinder parses without a separate tokenizer, so this module holds everything that works
//! on characters rather than on grammar rules: splitting the source into logical lines (which
//! needs to know about brackets, strings and backslashes), skipping whitespace and comments,
//! recognising operators, words, numbers and string literals, and the shared state every nom
//! parser of a line carries (its byte offset in the whole source, the nesting depth, and the
//! furthest point any alternative reached, which is where "invalid syntax" points).

use std::cell::Cell;
use std::ops::Range;

use nom::error::{ErrorKind, ParseError};
use nom::{Err, IResult, Input};
use nom_locate::LocatedSpan;

use super::ast::{Expr, ExprKind, Span};
use super::parser::SyntaxError;

/// Deepest bracket nesting accepted, as in CPython ("too many nested parentheses").
pub(crate) const MAX_BRACKETS: usize = 200;
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
    shared: &'s Shared<'s>,
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
                let width = self.text[at - self.base..]
                    .chars()
                    .next()
                    .map_or(0, char::len_utf8);
                syntax_error("SyntaxError", "invalid syntax", Span::new(at, at + width))
            }
        }
    }
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
        let at = start(input);
        return Err(failure(
            "SyntaxError",
            "expression is too deeply nested",
            Span::new(at, at),
        ));
    }
    let mut inner = input;
    inner.extra.depth += 1;
    let (mut rest, out) = f(inner)?;
    rest.extra.depth = depth;
    Ok((rest, out))
}

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
            (Some(b'#'), _) => i += text[i..].find('\n').unwrap_or(text.len() - i),
            _ => break,
        }
    }
    input.take_from(i)
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

/// Exactly the operator `sym` (not a longer one that starts with it).
pub(crate) fn op<'s>(sym: &'static str) -> impl Fn(In<'s>) -> PResult<'s, Span> {
    move |input| match operator(input) {
        Ok((rest, (found, span))) if found == sym => Ok((rest, span)),
        _ => Err(mismatch(ws(input))),
    }
}

/// Splits `len` bytes off `input` as a token.
fn token<T>(input: In, len: usize, value: T) -> (In, (T, Span)) {
    let at = pos(&input);
    (input.take_from(len), (value, Span::new(at, at + len)))
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
        .find(|&(_, c)| !(c.is_alphanumeric() || c == '_'))
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

/// Exactly the keyword `k`.
pub(crate) fn kw<'s>(k: &'static str) -> impl Fn(In<'s>) -> PResult<'s, Span> {
    move |input| match word(input) {
        Ok((rest, (found, span))) if found == k => Ok((rest, span)),
        _ => Err(mismatch(ws(input))),
    }
}

/// An identifier that is not a keyword.
pub(crate) fn name(input: In) -> PResult<(String, Span)> {
    match word(input) {
        Ok((rest, (found, span))) if !KEYWORDS.contains(&found) => {
            Ok((rest, (found.to_string(), span)))
        }
        _ => Err(mismatch(ws(input))),
    }
}

/// Length of the run of digits (of `radix`) and underscores at the start of `text`.
fn digit_run(text: &str, radix: u32) -> usize {
    text.find(|c: char| !(c.is_digit(radix) || c == '_'))
        .unwrap_or(text.len())
}

/// Underscores only between digits (`1_000`, not `1__0` or `1_`).
fn underscores_ok(run: &str, may_lead: bool) -> bool {
    !run.contains("__") && !run.ends_with('_') && (may_lead || !run.starts_with('_'))
}

/// True when `c` would glue onto a number (`1abc`).
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// A number literal: integer (decimal, `0x`, `0o`, `0b`) or float.
pub(crate) fn number(input: In) -> PResult<Expr> {
    let input = ws(input);
    let text = *input.fragment();
    let at = pos(&input);
    let b = text.as_bytes();
    let radix = match (b.first(), b.get(1).map(u8::to_ascii_lowercase)) {
        (Some(b'0'), Some(b'x')) => 16,
        (Some(b'0'), Some(b'o')) => 8,
        (Some(b'0'), Some(b'b')) => 2,
        (Some(b'0'..=b'9'), _) => 10,
        (Some(b'.'), Some(b'0'..=b'9')) => 10,
        _ => return Err(mismatch(input)),
    };
    let (len, kind) = if radix == 10 {
        decimal(text, at)?
    } else {
        prefixed(text, radix, at)?
    };
    let (rest, (kind, span)) = token(input, len, kind);
    Ok((rest, Expr { kind, span }))
}

/// A decimal integer or a float at the start of `text`: its length and value.
fn decimal(text: &str, at: usize) -> Result<(usize, ExprKind), Err<PErr>> {
    let int_len = digit_run(text, 10);
    let mut end = int_len;
    let mut runs = vec![&text[..int_len]];
    let mut is_float = false;
    if text[end..].starts_with('.') {
        let frac = digit_run(&text[end + 1..], 10);
        runs.push(&text[end + 1..end + 1 + frac]);
        (end, is_float) = (end + 1 + frac, true);
    }
    let exp = exponent(&text[end..], &mut runs);
    (end, is_float) = (end + exp, is_float || exp > 0);
    let next = text[end..].chars().next();
    let bad = |msg: &str| {
        failure(
            "SyntaxError",
            msg,
            Span::new(at, at + end + next.map_or(0, char::len_utf8)),
        )
    };
    if matches!(next, Some('j' | 'J')) {
        return Err(refused(
            "complex numbers are not supported by viewfinder",
            Span::new(at, at + end + 1),
        ));
    }
    if next.is_some_and(is_word_char) || !runs.iter().all(|r| underscores_ok(r, false)) {
        return Err(bad("invalid decimal literal"));
    }
    let clean: String = text[..end].chars().filter(|&c| c != '_').collect();
    let kind = if is_float {
        ExprKind::Float(clean.parse().map_err(|_| bad("invalid decimal literal"))?)
    } else {
        decimal_int(&clean, Span::new(at, at + end))?
    };
    Ok((end, kind))
}

/// The exponent part (`e-3`) at the start of `text`, if any: its length.
fn exponent<'t>(text: &'t str, runs: &mut Vec<&'t str>) -> usize {
    let b = text.as_bytes();
    if !matches!(b.first(), Some(b'e' | b'E')) {
        return 0;
    }
    let sign = usize::from(matches!(b.get(1), Some(b'+' | b'-')));
    if !b.get(1 + sign).is_some_and(u8::is_ascii_digit) {
        return 0;
    }
    let run = digit_run(&text[1 + sign..], 10);
    runs.push(&text[1 + sign..1 + sign + run]);
    1 + sign + run
}

/// A decimal integer from its digits (underscores removed).
fn decimal_int(digits: &str, span: Span) -> Result<ExprKind, Err<PErr>> {
    if digits.len() > 1 && digits.starts_with('0') && digits.bytes().any(|d| d != b'0') {
        let msg = "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers";
        return Err(failure("SyntaxError", msg, span));
    }
    int_value(digits, 10, span)
}

/// The value of an integer literal, refusing those beyond 64 bits.
fn int_value(digits: &str, radix: u32, span: Span) -> Result<ExprKind, Err<PErr>> {
    i64::from_str_radix(digits, radix)
        .map(ExprKind::Int)
        .map_err(|_| refused("integers beyond 64 bits are not supported", span))
}

/// A `0x`/`0o`/`0b` integer at the start of `text`: its length and value.
fn prefixed(text: &str, radix: u32, at: usize) -> Result<(usize, ExprKind), Err<PErr>> {
    let body = &text[2..];
    let len = body.find(|c: char| !is_word_char(c)).unwrap_or(body.len());
    let run = &body[..len];
    let valid = !run.is_empty() && run.chars().all(|c| c.is_digit(radix) || c == '_');
    let span = Span::new(at, at + 2 + len);
    if !valid || !underscores_ok(run, true) || run == "_" {
        let what = match radix {
            16 => "invalid hexadecimal literal",
            8 => "invalid octal literal",
            _ => "invalid binary literal",
        };
        return Err(failure("SyntaxError", what, span));
    }
    let clean: String = run.chars().filter(|&c| c != '_').collect();
    Ok((2 + len, int_value(&clean, radix, span)?))
}

/// One string or bytes literal, before adjacent literals are joined.
#[derive(Debug)]
pub(crate) enum Literal {
    /// `'…'`
    Str(String),
    /// `b'…'`
    Bytes(Vec<u8>),
}

/// The prefix letters and quote length of a string literal at the start of `text`.
fn string_start(text: &str) -> Option<(&str, usize)> {
    let letters = text
        .find(|c: char| !c.is_ascii_alphabetic())
        .unwrap_or(text.len())
        .min(3);
    let prefix = &text[..letters];
    let rest = &text[letters..];
    let quote = rest.chars().next().filter(|&q| q == '\'' || q == '"')?;
    let triple = rest.starts_with(&quote.to_string().repeat(3));
    let known = ["", "r", "u", "b", "br", "rb", "f", "fr", "rf"];
    known
        .contains(&prefix.to_ascii_lowercase().as_str())
        .then_some((prefix, if triple { 3 } else { 1 }))
}

/// A single string literal (`'a'`, `r"\d"`, `b'\x00'`, `'''…'''`).
pub(crate) fn string_literal(input: In) -> PResult<(Literal, Span)> {
    let input = ws(input);
    let text = *input.fragment();
    let at = pos(&input);
    let Some((prefix, quote_len)) = string_start(text) else {
        return Err(mismatch(input));
    };
    let lower = prefix.to_ascii_lowercase();
    if lower.contains('f') {
        return Err(refused(
            "f-strings are not supported by viewfinder",
            Span::new(at, at + prefix.len()),
        ));
    }
    let open = prefix.len() + quote_len;
    let quote = &text[prefix.len()..open];
    let Some(body_len) = closing_quote(&text[open..], quote) else {
        return Err(failure(
            "SyntaxError",
            "unterminated string literal",
            Span::new(at, at + open),
        ));
    };
    let end = open + body_len + quote_len;
    let span = Span::new(at, at + end);
    let literal = decode(
        &text[open..open + body_len],
        lower.contains('r'),
        lower.contains('b'),
        span,
    )?;
    Ok(token(input, end, literal))
}

/// Length of a string body up to (not including) its closing `quote`.
fn closing_quote(body: &str, quote: &str) -> Option<usize> {
    let mut i = 0;
    while i < body.len() {
        if body[i..].starts_with('\\') {
            i += 1 + body[i + 1..].chars().next().map_or(0, char::len_utf8);
        } else if body[i..].starts_with(quote) {
            return Some(i);
        } else {
            i += body[i..].chars().next().map_or(1, char::len_utf8);
        }
    }
    None
}

/// Resolves escapes (unless raw) and builds the literal's value.
fn decode(body: &str, raw: bool, bytes: bool, span: Span) -> Result<Literal, Err<PErr>> {
    let units = if raw {
        body.chars().map(u32::from).collect()
    } else {
        unescape(body, bytes, span)?
    };
    if !bytes {
        let text = units.iter().map(|&u| {
            char::from_u32(u)
                .ok_or_else(|| failure("SyntaxError", "illegal Unicode character", span))
        });
        return Ok(Literal::Str(text.collect::<Result<String, _>>()?));
    }
    if !body.is_ascii() {
        return Err(failure(
            "SyntaxError",
            "bytes can only contain ASCII literal characters",
            span,
        ));
    }
    Ok(Literal::Bytes(
        units.iter().map(|&u| (u & 0xff) as u8).collect(),
    ))
}

/// Code points (or byte values) of a string body with its escapes resolved.
fn unescape(body: &str, bytes: bool, span: Span) -> Result<Vec<u32>, Err<PErr>> {
    let mut out = Vec::with_capacity(body.len());
    let mut chars = body.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(u32::from(c));
            continue;
        }
        let Some(e) = chars.next() else { break };
        let simple = match e {
            '\n' => continue,
            'n' => '\n',
            't' => '\t',
            'r' => '\r',
            '\\' | '\'' | '"' => e,
            'a' => '\x07',
            'b' => '\x08',
            'f' => '\x0c',
            'v' => '\x0b',
            _ => {
                out.extend(escape_value(e, &mut chars, bytes, span)?);
                continue;
            }
        };
        out.push(u32::from(simple));
    }
    Ok(out)
}

/// The value of an octal, `\x`, `\u` or `\U` escape (`e` is the letter after the backslash);
/// any other escape stays as written.
fn escape_value(
    e: char,
    chars: &mut std::iter::Peekable<std::str::Chars>,
    bytes: bool,
    span: Span,
) -> Result<Vec<u32>, Err<PErr>> {
    let (width, radix, name) = match e {
        '0'..='7' => (2, 8, ""),
        'x' => (2, 16, "truncated \\xXX escape"),
        'u' if !bytes => (4, 16, "truncated \\uXXXX escape"),
        'U' if !bytes => (8, 16, "truncated \\UXXXXXXXX escape"),
        'N' if !bytes => {
            return Err(refused(
                "\\N{...} escapes are not supported by viewfinder",
                span,
            ));
        }
        _ => return Ok(vec![u32::from('\\'), u32::from(e)]),
    };
    let mut value = e.to_digit(radix).filter(|_| radix == 8).unwrap_or(0);
    let mut count = 0;
    while count < width && chars.peek().is_some_and(|c| c.is_digit(radix)) {
        value =
            value.saturating_mul(radix) + chars.next().and_then(|c| c.to_digit(radix)).unwrap_or(0);
        count += 1;
    }
    if radix == 16 && count < width {
        return Err(failure("SyntaxError", name, span));
    }
    Ok(vec![value])
}

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
            b'#' => {
                self.i += self.src[self.i..]
                    .find('\n')
                    .unwrap_or(self.src.len() - self.i)
            }
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
        let width = self.src[at..].chars().next().map_or(0, char::len_utf8);
        let error = syntax_error("SyntaxError", message, Span::new(at, at + width));
        ScanError { error, incomplete }
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
                    let msg = format!(
                        "unterminated triple-quoted string literal (detected at line {})",
                        self.line_of(j)
                    );
                    return Err(self.error(&msg, begin, true));
                }
                None | Some(b'\n') if !triple => {
                    let msg = format!(
                        "unterminated string literal (detected at line {})",
                        self.line_of(begin)
                    );
                    return Err(self.error(&msg, begin, false));
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
