//! The parser's input: a slice of tokens that nom combinators can run over.
//!
//! [`Tokens`] is the remaining token slice plus the facts every rule shares ([`Ctx`]): the
//! source text (names and literals are read through token spans), the furthest token any
//! rule looked at (where CPython reports "invalid syntax"), whether the second, error-finding
//! pass is on, and the recursion depth. It implements `nom::Input`, so `opt`, `alt`,
//! `many0` and friends work on it; the token matchers at the bottom (`op`, `kw`, `name`...)
//! are the leaves every grammar rule is built from.

use std::cell::Cell;

use nom::error::{ErrorKind, ParseError};
use nom::{Err, IResult, Needed};

use crate::syntax::ast::Span;
use crate::syntax::lex::{Keyword, Op, Token, TokenKind};
use crate::syntax::parser::SyntaxError;

/// Deepest recursion a parse may reach ("expression is too deeply nested" past it).
const MAX_DEPTH: u32 = 400;

/// What every rule of one parse shares.
#[derive(Debug)]
pub(crate) struct Ctx<'t> {
    /// The whole source.
    pub(crate) src: &'t str,
    /// All the tokens of the parse.
    tokens: &'t [Token],
    /// The index of the furthest token any rule has looked at.
    furthest: Cell<usize>,
}

impl<'t> Ctx<'t> {
    /// The shared state of a parse of `tokens` from `src`, whose furthest token so far is
    /// `furthest` (the second pass starts from the first one's).
    pub(crate) fn new(src: &'t str, tokens: &'t [Token], furthest: usize) -> Ctx<'t> {
        Ctx {
            src,
            tokens,
            furthest: Cell::new(furthest),
        }
    }

    /// The index of the furthest token looked at.
    pub(crate) fn furthest(&self) -> usize {
        self.furthest.get()
    }

    /// The token at `index`.
    #[inline]
    pub(crate) fn token(&self, index: usize) -> Token {
        self.tokens[index.min(self.tokens.len() - 1)]
    }
}

/// The parser input: the tokens not consumed yet.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Tokens<'t> {
    /// The remaining tokens, always ending with `EndMarker`.
    pub(crate) toks: &'t [Token],
    /// The shared state.
    pub(crate) ctx: &'t Ctx<'t>,
    /// How deep the parse has recursed.
    depth: u32,
    /// True in the second pass, which tries CPython's `invalid_*` rules for better errors.
    errors: bool,
}

/// A parse failure: no match here (try something else), or a definite error.
#[derive(Debug)]
pub(crate) enum PErr {
    /// This rule does not match; the parse may go on with another alternative.
    Mismatch,
    /// A definite error, reported as it is.
    Fatal(Box<SyntaxError>),
}

/// What every rule returns.
pub(crate) type PResult<'t, O> = IResult<Tokens<'t>, O, PErr>;

impl<'t> ParseError<Tokens<'t>> for PErr {
    fn from_error_kind(_: Tokens<'t>, _: ErrorKind) -> Self {
        PErr::Mismatch
    }

    fn append(_: Tokens<'t>, _: ErrorKind, other: Self) -> Self {
        other
    }

    fn or(self, other: Self) -> Self {
        match self {
            PErr::Fatal(_) => self,
            PErr::Mismatch => other,
        }
    }
}

impl<'t> nom::Input for Tokens<'t> {
    type Item = &'t Token;
    type Iter = std::slice::Iter<'t, Token>;
    type IterIndices = std::iter::Enumerate<std::slice::Iter<'t, Token>>;

    fn input_len(&self) -> usize {
        self.toks.len()
    }

    fn take(&self, index: usize) -> Self {
        Tokens {
            toks: &self.toks[..index],
            ..*self
        }
    }

    fn take_from(&self, index: usize) -> Self {
        Tokens {
            toks: &self.toks[index..],
            ..*self
        }
    }

    fn take_split(&self, index: usize) -> (Self, Self) {
        (self.take_from(index), self.take(index))
    }

    fn position<P: Fn(Self::Item) -> bool>(&self, predicate: P) -> Option<usize> {
        self.toks.iter().position(predicate)
    }

    fn iter_elements(&self) -> Self::Iter {
        self.toks.iter()
    }

    fn iter_indices(&self) -> Self::IterIndices {
        self.toks.iter().enumerate()
    }

    fn slice_index(&self, count: usize) -> Result<usize, Needed> {
        match self.toks.len() >= count {
            true => Ok(count),
            false => Err(Needed::new(count - self.toks.len())),
        }
    }
}

impl<'t> Tokens<'t> {
    /// The input over all of `toks`; `errors` turns on the second pass's error rules.
    pub(crate) fn new(toks: &'t [Token], ctx: &'t Ctx<'t>, errors: bool) -> Tokens<'t> {
        Tokens {
            toks,
            ctx,
            depth: 0,
            errors,
        }
    }

    /// True in the second pass, where CPython's `invalid_*` rules are tried.
    #[inline]
    pub(crate) fn errors(&self) -> bool {
        self.errors
    }

    /// These tokens with the error rules of `other` (undoing [`Tokens::without_errors`]).
    pub(crate) fn with_errors_of(self, other: Tokens<'t>) -> Tokens<'t> {
        Tokens {
            errors: other.errors,
            ..self
        }
    }

    /// The same input with the error rules off (CPython's `_without_invalid` rules).
    pub(crate) fn without_errors(self) -> Tokens<'t> {
        Tokens {
            errors: false,
            ..self
        }
    }

    /// The index of the next token among all of the parse's tokens.
    #[inline]
    pub(crate) fn index(&self) -> usize {
        self.ctx.tokens.len() - self.toks.len()
    }

    /// The next token (recorded as looked at).
    #[inline]
    pub(crate) fn peek(&self) -> Token {
        let index = self.index();
        if index > self.ctx.furthest.get() {
            self.ctx.furthest.set(index);
        }
        self.toks[0]
    }

    /// The kind of the next token.
    #[inline]
    pub(crate) fn kind(&self) -> TokenKind {
        self.peek().kind
    }

    /// The kind of the token `n` places ahead (recorded as looked at).
    #[inline]
    pub(crate) fn kind_at(&self, n: usize) -> TokenKind {
        let n = n.min(self.toks.len() - 1);
        self.advance(n).kind()
    }

    /// The input after the next `n` tokens (never past `EndMarker`).
    #[inline]
    pub(crate) fn advance(&self, n: usize) -> Tokens<'t> {
        let n = n.min(self.toks.len() - 1);
        Tokens {
            toks: &self.toks[n..],
            ..*self
        }
    }

    /// Where the next token starts.
    #[inline]
    pub(crate) fn start(&self) -> usize {
        self.toks[0].span.start
    }

    /// Where the last real token consumed ends (line breaks and indentation tokens do not
    /// count): the end of a node.
    #[inline]
    pub(crate) fn end(&self) -> usize {
        let consumed = &self.ctx.tokens[..self.index()];
        consumed
            .iter()
            .rev()
            .find(|t| !is_layout(t.kind))
            .map_or(self.start(), |t| t.span.end)
    }

    /// The span from `start` to the end of what was consumed.
    #[inline]
    pub(crate) fn span_from(&self, start: usize) -> Span {
        Span::new(start, self.end().max(start))
    }

    /// The bracket level after the last token consumed (CPython's token `level`).
    pub(crate) fn last_level(&self) -> u8 {
        self.ctx.token(self.index().saturating_sub(1)).level
    }

    /// The span of the last token consumed.
    #[inline]
    pub(crate) fn last_span(&self) -> Span {
        self.ctx.token(self.index().saturating_sub(1)).span
    }

    /// The source text of `span`.
    #[inline]
    pub(crate) fn text(&self, span: Span) -> &'t str {
        &self.ctx.src[span.start..span.end]
    }

    /// Runs `rule` one recursion level deeper, failing cleanly past [`MAX_DEPTH`].
    #[inline]
    pub(crate) fn nested<O>(
        self,
        rule: impl FnOnce(Tokens<'t>) -> PResult<'t, O>,
    ) -> PResult<'t, O> {
        if self.depth >= MAX_DEPTH {
            let at = self.peek().span.start;
            return Err(fatal("expression is too deeply nested", Span::new(at, at)));
        }
        let depth = self.depth;
        let errors = self.errors;
        let (mut rest, out) = rule(Tokens {
            depth: depth + 1,
            ..self
        })?;
        (rest.depth, rest.errors) = (depth, errors);
        Ok((rest, out))
    }
}

/// True for the tokens that only lay out lines and blocks.
#[inline]
fn is_layout(kind: TokenKind) -> bool {
    matches!(
        kind,
        TokenKind::Newline | TokenKind::Indent | TokenKind::Dedent | TokenKind::EndMarker
    )
}

/// A definite `SyntaxError` at `span`.
pub(crate) fn fatal(message: impl Into<String>, span: Span) -> Err<PErr> {
    fatal_kind("SyntaxError", message, span)
}

/// A definite error of `kind` at `span`.
pub(crate) fn fatal_kind(kind: &'static str, message: impl Into<String>, span: Span) -> Err<PErr> {
    Err::Failure(PErr::Fatal(Box::new(SyntaxError {
        kind,
        message: message.into(),
        span,
    })))
}

/// "No match here".
pub(crate) fn mismatch<T>() -> Result<T, Err<PErr>> {
    Err(Err::Error(PErr::Mismatch))
}

/// Exactly the operator `want`.
#[inline]
pub(crate) fn op<'t>(want: Op) -> impl Fn(Tokens<'t>) -> PResult<'t, Span> {
    move |i| match i.peek() {
        Token {
            kind: TokenKind::Op(found),
            span,
            ..
        } if found == want => Ok((i.advance(1), span)),
        _ => mismatch(),
    }
}

/// Exactly the keyword `want`.
#[inline]
pub(crate) fn kw<'t>(want: Keyword) -> impl Fn(Tokens<'t>) -> PResult<'t, Span> {
    move |i| match i.peek() {
        Token {
            kind: TokenKind::Keyword(found),
            span,
            ..
        } if found == want => Ok((i.advance(1), span)),
        _ => mismatch(),
    }
}

/// A token of exactly `kind` (`Newline`, `Indent`, ...).
pub(crate) fn token<'t>(want: TokenKind) -> impl Fn(Tokens<'t>) -> PResult<'t, Span> {
    move |i| match i.peek() {
        Token { kind, span, .. } if kind == want => Ok((i.advance(1), span)),
        _ => mismatch(),
    }
}

/// A name (not a keyword): its text and span.
pub(crate) fn name(i: Tokens) -> PResult<(String, Span)> {
    match i.peek() {
        Token {
            kind: TokenKind::Name,
            span,
            ..
        } => Ok((i.advance(1), (i.text(span).to_string(), span))),
        _ => mismatch(),
    }
}

/// True when the next token is the operator `want`.
#[inline]
pub(crate) fn at_op(i: Tokens, want: Op) -> bool {
    i.kind() == TokenKind::Op(want)
}

/// True when the next token is the keyword `want`.
#[inline]
pub(crate) fn at_kw(i: Tokens, want: Keyword) -> bool {
    i.kind() == TokenKind::Keyword(want)
}

/// True when the next token is the name `word` (a soft keyword such as `match`).
pub(crate) fn at_soft(i: Tokens, word: &str) -> bool {
    let token = i.peek();
    token.kind == TokenKind::Name && i.text(token.span) == word
}
