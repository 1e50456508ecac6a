//! String atoms: adjacent literals joined, and f-strings with their replacement fields.
//!
//! As CPython's `_PyPegen_concatenate_strings`, each literal of a run is decoded in turn,
//! bytes and str may not mix, and an f-string's body is split (by `lex::fstring`) into text
//! and fields whose expressions are tokenized and parsed on their own, as if written in
//! parentheses. Errors found while joining are CPython's and point where CPython points: at
//! the token after the run; errors inside a field's expression get CPython 3.11's `f-string: `
//! prefix and its columns (counted inside a copy of the expression wrapped in parentheses).

use nom::Err;

use super::display::paren_form;
use super::input::{PErr, PResult, Tokens, fatal, fatal_kind};
use super::node::Node;
use crate::syntax::ast::*;
use crate::syntax::lex::fstring::{Cursor, LiteralEnd};
use crate::syntax::lex::{Op, StringFlags, Token, TokenKind, lex_fragment};
use crate::syntax::literal::{BadLiteral, Literal, decode};
use crate::syntax::parser::SyntaxError;

/// `strings`: one or more adjacent string literals, joined.
pub(super) fn strings(i: Tokens) -> PResult<Node> {
    let start = i.start();
    let first = i.peek();
    if let TokenKind::String(flags) = first.kind
        && !flags.formatted
        && !matches!(i.kind_at(1), TokenKind::String(_))
    {
        return single_string(i, flags, first.span);
    }
    let mut rest = i;
    let mut run = Vec::new();
    while let TokenKind::String(flags) = rest.kind() {
        run.push((flags, rest.peek().span));
        rest = rest.advance(1);
    }
    let blame = rest.peek().span;
    let kind = join(rest, &run, blame)?;
    Ok((rest, Node::leaf(kind, rest.span_from(start))))
}

/// A plain literal on its own: decoded directly.
fn single_string(i: Tokens, flags: StringFlags, span: Span) -> PResult<Node> {
    let rest = i.advance(1);
    let blame = rest.peek().span;
    let kind = match decode(i.text(flags.body(span)), flags) {
        Ok(Literal::Str(text)) => ExprKind::Str(text),
        Ok(Literal::Bytes(bytes)) => ExprKind::Bytes(bytes),
        Err(error) => return Err(literal_error(error, span, blame)),
    };
    Ok((rest, Node::leaf(kind, span)))
}

/// What a run of literals is, so far.
enum Joined {
    /// Nothing yet.
    Empty,
    /// `str` literals only.
    Str(String),
    /// `bytes` literals.
    Bytes(Vec<u8>),
    /// At least one f-string: the parts so far.
    Formatted(Vec<FStringPart>),
}

/// The value of a run of literals; errors point at `blame`, the token after the run.
fn join(i: Tokens, run: &[(StringFlags, Span)], blame: Span) -> Result<ExprKind, Err<PErr>> {
    let mut joined = Joined::Empty;
    for &(flags, span) in run {
        let body = flags.body(span);
        if flags.formatted {
            joined = formatted(joined, blame)?;
            let Joined::Formatted(parts) = &mut joined else {
                continue;
            };
            fstring_parts(i, body, flags.raw, false, parts, blame)?;
            continue;
        }
        let literal = decode(i.text(body), flags).map_err(|e| literal_error(e, span, blame))?;
        joined = append(joined, literal, blame)?;
    }
    Ok(match joined {
        Joined::Empty | Joined::Str(_) => ExprKind::Str(take_str(joined)),
        Joined::Bytes(bytes) => ExprKind::Bytes(bytes),
        Joined::Formatted(parts) => ExprKind::FString(parts),
    })
}

/// The text of a `Str` run (empty otherwise).
fn take_str(joined: Joined) -> String {
    match joined {
        Joined::Str(text) => text,
        _ => String::new(),
    }
}

/// The error for a literal that cannot be decoded.
fn literal_error(error: BadLiteral, token: Span, blame: Span) -> Err<PErr> {
    let at = match error.message.starts_with("bytes can only") {
        true => token,
        false => blame,
    };
    fatal_kind(error.kind, error.message, at)
}

/// "cannot mix bytes and nonbytes literals".
fn mixed(blame: Span) -> Err<PErr> {
    fatal("cannot mix bytes and nonbytes literals", blame)
}

/// The run so far, followed by the decoded `literal`.
fn append(joined: Joined, literal: Literal, blame: Span) -> Result<Joined, Err<PErr>> {
    Ok(match (joined, literal) {
        (Joined::Empty, Literal::Str(text)) => Joined::Str(text),
        (Joined::Empty, Literal::Bytes(bytes)) => Joined::Bytes(bytes),
        (Joined::Str(mut text), Literal::Str(more)) => {
            text.push_str(&more);
            Joined::Str(text)
        }
        (Joined::Bytes(mut bytes), Literal::Bytes(more)) => {
            bytes.extend(more);
            Joined::Bytes(bytes)
        }
        (Joined::Formatted(mut parts), Literal::Str(more)) => {
            push_text(&mut parts, more);
            Joined::Formatted(parts)
        }
        _ => return Err(mixed(blame)),
    })
}

/// The run so far as f-string parts (an f-string is next).
fn formatted(joined: Joined, blame: Span) -> Result<Joined, Err<PErr>> {
    Ok(match joined {
        Joined::Empty => Joined::Formatted(Vec::new()),
        Joined::Str(text) => {
            let mut parts = Vec::new();
            push_text(&mut parts, text);
            Joined::Formatted(parts)
        }
        Joined::Bytes(_) => return Err(mixed(blame)),
        formatted @ Joined::Formatted(_) => formatted,
    })
}

/// Appends literal text, joined to a literal part just before it.
fn push_text(parts: &mut Vec<FStringPart>, text: String) {
    if text.is_empty() {
        return;
    }
    match parts.last_mut() {
        Some(FStringPart::Literal(last)) => last.push_str(&text),
        _ => parts.push(FStringPart::Literal(text)),
    }
}

/// The parts of an f-string body (or of a format spec, when `nested`), appended to `parts`.
/// Returns the cursor position where it stopped (the `}` ending a spec).
fn fstring_parts(
    i: Tokens,
    body: Span,
    raw: bool,
    nested: bool,
    parts: &mut Vec<FStringPart>,
    blame: Span,
) -> Result<usize, Err<PErr>> {
    let bytes = &i.ctx.src.as_bytes()[body.start..body.end];
    let mut cursor = Cursor::new(bytes, body.start);
    fields(i, &mut cursor, raw, 0, nested, parts, blame)
}

/// The loop of CPython's `fstring_find_literal_and_expr` at recursion `level`.
fn fields(
    i: Tokens,
    cursor: &mut Cursor,
    raw: bool,
    level: u8,
    nested: bool,
    parts: &mut Vec<FStringPart>,
    blame: Span,
) -> Result<usize, Err<PErr>> {
    loop {
        let (text, end) = cursor.literal(raw, nested).map_err(|m| fatal(m, blame))?;
        push_text(parts, decode_text(i, text, raw, blame)?);
        if end == LiteralEnd::Doubled {
            continue;
        }
        if cursor.at_end() || cursor.peek() == Some(b'}') {
            break;
        }
        let field = field(i, cursor, raw, level, blame)?;
        parts.push(FStringPart::Field(field));
    }
    if nested && cursor.peek() != Some(b'}') {
        return Err(fatal("f-string: expecting '}'", blame));
    }
    Ok(cursor.pos())
}

/// Decodes a literal piece of an f-string.
fn decode_text(i: Tokens, text: Span, raw: bool, blame: Span) -> Result<String, Err<PErr>> {
    let flags = StringFlags {
        prefix_len: 0,
        quote_len: 1,
        bytes: false,
        raw,
        formatted: false,
    };
    match decode(i.text(text), flags) {
        Ok(Literal::Str(text)) => Ok(text),
        Ok(Literal::Bytes(_)) => Ok(String::new()),
        Err(error) => Err(fatal_kind(error.kind, error.message, blame)),
    }
}

/// One replacement field, from its `{` to its `}` (CPython's `fstring_find_expr`).
fn field(
    i: Tokens,
    cursor: &mut Cursor,
    raw: bool,
    level: u8,
    blame: Span,
) -> Result<FormattedValue, Err<PErr>> {
    let open = cursor.pos();
    let expecting = || fatal("f-string: expecting '}'", blame);
    if level >= 2 {
        return Err(fatal("f-string: expressions nested too deeply", blame));
    }
    let expr = cursor.expression().map_err(|m| fatal(m, blame))?;
    if cursor.at_end() {
        return Err(expecting());
    }
    let value = field_expression(i, expr, cursor.peek().unwrap_or(b'}'), blame)?;
    let debug_text = debug(i, cursor, expr).ok_or_else(expecting)?;
    let conversion = conversion(cursor, blame)?;
    let mut format_spec = Vec::new();
    if cursor.peek() == Some(b':') {
        cursor.bump();
        if cursor.at_end() {
            return Err(expecting());
        }
        fields(i, cursor, raw, level + 1, true, &mut format_spec, blame)?;
    }
    if cursor.peek() != Some(b'}') {
        return Err(expecting());
    }
    cursor.bump();
    Ok(FormattedValue {
        value: Box::new(value),
        conversion,
        format_spec,
        debug_text,
        span: Span::new(open, cursor.pos()),
    })
}

/// After `=` (the debug form): its text with the spaces after it; `None` when the body
/// ends there. No `=` gives `Some(None)`.
fn debug(i: Tokens, cursor: &mut Cursor, expr: Span) -> Option<Option<String>> {
    if cursor.peek() != Some(b'=') {
        return Some(None);
    }
    cursor.bump();
    cursor.skip_spaces();
    if cursor.at_end() {
        return None;
    }
    Some(Some(i.ctx.src[expr.start..cursor.pos()].to_string()))
}

/// `!r`, `!s` or `!a`, if written.
fn conversion(cursor: &mut Cursor, blame: Span) -> Result<Option<char>, Err<PErr>> {
    if cursor.peek() != Some(b'!') {
        return Ok(None);
    }
    cursor.bump();
    let Some(c) = cursor.peek() else {
        return Err(fatal("f-string: expecting '}'", blame));
    };
    cursor.bump();
    match c {
        b's' | b'r' | b'a' => Ok(Some(c as char)),
        _ => Err(fatal(
            "f-string: invalid conversion character: expected 's', 'r', or 'a'",
            blame,
        )),
    }
}

/// Parses a field's expression, `expr` in the source, as CPython does: as `(expr)`.
fn field_expression(i: Tokens, expr: Span, ender: u8, blame: Span) -> Result<Expr, Err<PErr>> {
    let text = i.text(expr);
    if text
        .bytes()
        .all(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\x0c'))
    {
        let message = match ender {
            b'!' | b':' | b'=' => {
                format!("f-string: expression required before '{}'", ender as char)
            }
            _ => "f-string: empty expression not allowed".to_string(),
        };
        return Err(fatal(message, blame));
    }
    let src = i.ctx.src;
    let tokens = expression_tokens(src, expr).map_err(|e| relocated(src, expr, e))?;
    parse_parenthesized(src, &tokens).map_err(|e| relocated(src, expr, e))
}

/// The tokens of `(expr)`: a `(` on the field's `{`, the expression's own, a `)` on the
/// character that ends it.
fn expression_tokens(src: &str, expr: Span) -> Result<Vec<Token>, SyntaxError> {
    let inner = lex_fragment(src, expr).map_err(|e| e.error)?;
    let paren = |op, at: usize| Token {
        kind: TokenKind::Op(op),
        span: Span::new(at, at + 1),
        level: 0,
    };
    let mut tokens = Vec::with_capacity(inner.len() + 3);
    tokens.push(paren(Op::LPar, expr.start - 1));
    tokens.extend(inner);
    tokens.push(paren(Op::RPar, expr.end));
    tokens.push(Token {
        kind: TokenKind::EndMarker,
        span: Span::new(expr.end + 1, expr.end + 1),
        level: 0,
    });
    Ok(tokens)
}

/// Parses `(expr)` tokens as a group, tuple or generator expression (two passes, as any
/// parse).
fn parse_parenthesized(src: &str, tokens: &[Token]) -> Result<Expr, SyntaxError> {
    super::two_passes(src, tokens, |i| {
        let (rest, node) = paren_form(i)?;
        match rest.kind() {
            TokenKind::EndMarker => Ok((rest, node.expr)),
            _ => super::input::mismatch(),
        }
    })
}

/// A parse error inside a field's expression at `expr`, as CPython 3.11 reports it: with
/// `f-string: ` before the message, and on the expression's first line at the column it has
/// in `(expr)`.
fn relocated(src: &str, expr: Span, mut error: SyntaxError) -> Err<PErr> {
    if error.kind == "SyntaxError" && !error.message.starts_with("f-string") {
        error.message = format!("f-string: {}", error.message);
    }
    error.span = Span::new(
        fake_position(src, expr, error.span.start),
        fake_position(src, expr, error.span.end),
    );
    Err::Failure(PErr::Fatal(Box::new(error)))
}

/// Where CPython 3.11 reports source byte `at` of a field expression at `expr`: on later
/// lines of the expression, where it is; on its first line, at the column it has in the copy
/// `(expr)`, counted from the start of that line.
fn fake_position(src: &str, expr: Span, at: usize) -> usize {
    let at = at.clamp(expr.start - 1, expr.end + 1);
    let inside = &src[expr.start.min(at)..at.min(expr.end)];
    if inside.contains('\n') {
        return at;
    }
    let column = match at < expr.start {
        true => 0,
        false => 1 + inside.chars().count() + at.saturating_sub(expr.end),
    };
    let line_start = src[..expr.start].rfind('\n').map_or(0, |n| n + 1);
    let line_end = src[line_start..]
        .find('\n')
        .map_or(src.len(), |n| line_start + n);
    src[line_start..line_end]
        .char_indices()
        .nth(column)
        .map_or(line_end, |(n, _)| line_start + n)
}

#[cfg(test)]
mod tests {
    use crate::syntax::testing::{fails, s};

    #[test]
    fn literals_join() {
        assert_eq!(s("'a' \"b\" '''c'''"), "\"abc\"");
        assert_eq!(s(r"b'A\x00' B'\xff'"), "b[65, 0, 255]");
        assert_eq!(s(r"r'\d' R'\n'"), r#""\\d\\n""#);
        fails(
            "'a' b'b'",
            "SyntaxError",
            "cannot mix bytes and nonbytes literals",
            8,
        );
        fails(
            "b'é'",
            "SyntaxError",
            "bytes can only contain ASCII literal characters",
            0,
        );
    }

    #[test]
    fn fstring_parts() {
        assert_eq!(s("f'a{b}c'"), "(f \"a\" {b} \"c\")");
        assert_eq!(
            s("'x' f'{a!r:>{w}}' 'y'"),
            "(f \"x\" {a!r:\">\" {w}} \"y\")"
        );
        assert_eq!(s("f'{x=}'"), "(f {\"x=\"=x})");
        assert_eq!(s("f'{ x = !s}'"), "(f {\" x = \"=x!s})");
        assert_eq!(
            s("f'{{literal}} {a[1:2]}'"),
            "(f \"{literal} \" {(sub a 1:2:_)})"
        );
        assert_eq!(s("f'{a, b}'"), "(f {(tuple a b)})");
        assert_eq!(s("f'{x for x in y}'"), "(f {(genexp x (for x in y))})");
        assert_eq!(s("f'{\"q\"}'"), "(f {\"q\"})");
        assert_eq!(s("f'{a:{b}.{c}f}'"), "(f {a:{b} \".\" {c} \"f\"})");
        assert_eq!(s("rf'\\d{x}'"), "(f \"\\\\d\" {x})");
    }

    #[test]
    fn fstring_errors() {
        let cases = [
            ("f'{a'", "f-string: expecting '}'"),
            ("f'}'", "f-string: single '}' is not allowed"),
            ("f'{}'", "f-string: empty expression not allowed"),
            (
                "f'{a!x}'",
                "f-string: invalid conversion character: expected 's', 'r', or 'a'",
            ),
            (
                "f'{a\\n}'",
                "f-string expression part cannot include a backslash",
            ),
            (
                "f'{a b}'",
                "f-string: invalid syntax. Perhaps you forgot a comma?",
            ),
            ("f'{a:{b:{c}}}'", "f-string: expressions nested too deeply"),
        ];
        for (src, message) in cases {
            let e = crate::syntax::testing::err(src);
            assert_eq!(e.message, message, "{src}");
        }
    }
}
