//! Tokens to syntax tree, one grammar rule per function, with CPython's errors.
//!
//! The parser runs nom combinators over the lexer's token slice (`input`): statements in
//! `stmt`, `compound`, `def` and `pattern`, expressions in `expr` (precedence climbing for
//! the binary operators), `primary`, `display`, `strings` and `params`, targets in `target`
//! and `assign`. Like CPython it parses twice when it must: the first pass knows only valid
//! Python and remembers the furthest token it looked at; if it fails, a second pass turns
//! on CPython's `invalid_*` rules (`invalid`, `invalid_stmt`) for a specific message, and
//! failing that the error is "invalid syntax" at that furthest token, as CPython reports
//! it. After a successful parse, `syntax::check` adds the errors CPython's compiler raises
//! before running anything ("'return' outside function"...). Nothing here evaluates.

mod assign;
mod compound;
mod def;
mod display;
mod expr;
mod input;
mod invalid;
mod invalid_stmt;
mod node;
mod params;
mod pattern;
mod primary;
mod stmt;
mod strings;
mod target;

use nom::Err;

use super::ast::*;
use super::lex::{self, Lexed, Token, TokenKind, eof_position, line_of};
use input::{Ctx, PErr, PResult, Tokens};

/// A syntax error: Python's kind (`"SyntaxError"`, `"IndentationError"`, `"TabError"`, or
/// `"NotImplementedError"` for the few literals viewfinder cannot represent), a message, and
/// the span it points at (empty when CPython points at a position rather than a range).
#[derive(Clone, Debug, PartialEq)]
pub struct SyntaxError {
    /// The Python exception name.
    pub kind: &'static str,
    /// What went wrong (`"invalid syntax"`).
    pub message: String,
    /// The offending bytes of the source.
    pub span: Span,
}

impl std::fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.kind, self.message)
    }
}

impl std::error::Error for SyntaxError {}

/// Parses a whole program (or one REPL entry) into statements.
pub fn parse_program(source: &str) -> Result<Vec<Stmt>, SyntaxError> {
    parse_source(source).map_err(|failure| failure.error)
}

/// For the REPL: true when the text so far cannot be complete and the prompt should ask for
/// a `... ` line: a bracket is open, the last line ends in `\`, a triple-quoted string is
/// open, or a compound statement (`if x:`, `def f():`) has not been ended by a blank line,
/// as Python's prompt does.
pub fn is_incomplete(source: &str) -> bool {
    let lexed = match lex::lex(source) {
        Ok(lexed) => lexed,
        Err(error) => return error.incomplete,
    };
    if lexed.unclosed.is_some() {
        return true;
    }
    if ends_with_blank_line(source) {
        return false;
    }
    match parse_source(source) {
        Ok(program) => program.iter().any(|s| is_compound(&s.kind)),
        Err(failure) => failure.needs_more && opens_block(source, &lexed.tokens),
    }
}

/// True for statements with a block.
fn is_compound(kind: &StmtKind) -> bool {
    use StmtKind::*;
    matches!(
        kind,
        If { .. }
            | While { .. }
            | For { .. }
            | Try(_)
            | With { .. }
            | FunctionDef(_)
            | ClassDef(_)
            | Match { .. }
    )
}

/// True when a logical line starts a compound statement (or the source has a block).
fn opens_block(source: &str, tokens: &[Token]) -> bool {
    let mut line_start = true;
    for token in tokens {
        let starts = match token.kind {
            TokenKind::Indent => return true,
            TokenKind::Keyword(k) => line_start && is_compound_keyword(k),
            TokenKind::Op(lex::Op::At) => line_start,
            TokenKind::Name => line_start && &source[token.span.start..token.span.end] == "match",
            _ => false,
        };
        if starts {
            return true;
        }
        line_start = token.kind == TokenKind::Newline;
    }
    false
}

/// The keywords that start a compound statement.
fn is_compound_keyword(keyword: lex::Keyword) -> bool {
    use lex::Keyword::*;
    matches!(keyword, If | While | For | Try | With | Def | Class | Async)
}

/// True when the source ends with a line holding only whitespace (the REPL's blank line).
fn ends_with_blank_line(source: &str) -> bool {
    match source.rfind('\n') {
        Some(at) => source[at + 1..].trim().is_empty(),
        None => false,
    }
}

/// Why a source does not parse: the error, and whether more input might have fixed it.
struct Failure {
    /// The error reported.
    error: SyntaxError,
    /// The error is at the end of the source, where more lines could go on.
    needs_more: bool,
}

/// Lexes, parses and checks a source.
fn parse_source(source: &str) -> Result<Vec<Stmt>, Failure> {
    let plain = |error| Failure {
        error,
        needs_more: false,
    };
    if let Some(at) = source.find('\0') {
        let message = "source code cannot contain null bytes";
        return Err(plain(lex::syntax_error(
            "SyntaxError",
            message,
            Span::new(at, at),
        )));
    }
    let lexed = lex::lex(source).map_err(|e| plain(e.error))?;
    on_enough_stack(lexed.nesting, &|| {
        let program = parse_tokens(source, &lexed)?;
        super::check::check_program(&program, lexed.features).map_err(plain)?;
        Ok(program)
    })
}

/// Parses the tokens of a whole source; a bracket left open wins over a later error, as in
/// CPython.
fn parse_tokens(source: &str, lexed: &Lexed) -> Result<Vec<Stmt>, Failure> {
    let expected = lexed.top_level_lines;
    let outcome = two_passes_at(source, &lexed.tokens, |i| stmt::file(i, expected));
    let (error, at_end, furthest) = match outcome {
        Ok(program) => return Ok(program),
        Err(found) => found,
    };
    let eof = eof_position(source);
    let furthest_line = line_of(source, lexed.tokens[furthest].span.start);
    let error = match lexed.unclosed {
        Some(open) if at_end || furthest_line > open.line => open.error(),
        _ => error,
    };
    let needs_more = error.span.start >= eof && (at_end || needs_a_block(&error));
    Err(Failure { error, needs_more })
}

/// Errors that more lines would fix: a missing block, a `try` without its handlers.
fn needs_a_block(error: &SyntaxError) -> bool {
    error.message.starts_with("expected an indented block")
        || error.message == "expected 'except' or 'finally' block"
}

/// Runs `rule` over `tokens` as CPython does: a first pass, and when it fails without a
/// definite error, a second pass with the error rules on, else "invalid syntax" at the
/// furthest token the first pass looked at.
pub(super) fn two_passes<O>(
    src: &str,
    tokens: &[Token],
    rule: impl for<'c> Fn(Tokens<'c>) -> PResult<'c, O>,
) -> Result<O, SyntaxError> {
    two_passes_at(src, tokens, rule).map_err(|(error, _, _)| error)
}

/// [`two_passes`], also saying whether a generic error is at the very end of the tokens, and
/// which token was the furthest read (CPython compares its line with an unclosed bracket's).
fn two_passes_at<O>(
    src: &str,
    tokens: &[Token],
    rule: impl for<'c> Fn(Tokens<'c>) -> PResult<'c, O>,
) -> Result<O, (SyntaxError, bool, usize)> {
    let first = Ctx::new(src, tokens, 0);
    match rule(Tokens::new(tokens, &first, false)) {
        Ok((_, out)) => return Ok(out),
        Err(Err::Failure(PErr::Fatal(e)) | Err::Error(PErr::Fatal(e))) => {
            return Err((*e, false, first.furthest()));
        }
        Err(_) => {}
    }
    let furthest = first.furthest();
    let second = Ctx::new(src, tokens, furthest);
    if let Err(Err::Failure(PErr::Fatal(e)) | Err::Error(PErr::Fatal(e))) =
        rule(Tokens::new(tokens, &second, true))
    {
        return Err((*e, false, second.furthest()));
    }
    let token = tokens[furthest.min(tokens.len() - 1)];
    let at_end = tokens[furthest..]
        .iter()
        .all(|t| matches!(t.kind, TokenKind::Dedent | TokenKind::EndMarker));
    Err((generic_error(token), at_end, furthest))
}

/// "invalid syntax" at `token`, or CPython's indentation error when it is an `Indent` or
/// `Dedent`.
fn generic_error(token: Token) -> SyntaxError {
    let (kind, message) = match token.kind {
        TokenKind::Indent => ("IndentationError", "unexpected indent"),
        TokenKind::Dedent if token.span.start > 0 => ("IndentationError", "unexpected unindent"),
        _ => ("SyntaxError", "invalid syntax"),
    };
    lex::syntax_error(kind, message, token.span)
}

/// Lexer nesting past which the parse runs on a thread with a big stack.
const SHALLOW: usize = 24;

/// Stack for deep sources: each nesting level costs a few KiB (tens in unoptimised builds),
/// and up to 400 are allowed.
const DEEP_STACK: usize = 256 << 20;

/// Runs `parse` here, or on a thread with a big stack when the source nests deeply (here
/// too if no thread can be started).
fn on_enough_stack<T: Send>(nesting: usize, parse: &(dyn Fn() -> T + Sync)) -> T {
    if nesting <= SHALLOW {
        return parse();
    }
    std::thread::scope(|scope| {
        let spawned = std::thread::Builder::new()
            .stack_size(DEEP_STACK)
            .spawn_scoped(scope, parse);
        match spawned {
            Ok(handle) => handle
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic)),
            Err(_) => parse(),
        }
    })
}

#[cfg(test)]
mod tests;
