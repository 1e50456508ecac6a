//! Number and string literals.
//!
//! A literal is one token, but it is checked and decoded here, as Python does, so the parser
//! gets a value: integers (decimal, `0x`, `0o`, `0b`, with `_` between digits) that must fit
//! in 64 bits, floats, and `str` or `bytes` literals with their escapes resolved. Complex
//! numbers, f-strings and `\N{...}` escapes are refused with a clear message.

use nom::Err;

use super::token::{is_word_char, token, ws};
use super::{In, PErr, PResult, failure, first_char_len, mismatch, pos, refused};
use crate::syntax::ast::{Expr, ExprKind, Span};

/// Length of the run of digits (of `radix`) and underscores at the start of `text`.
fn digit_run(text: &str, radix: u32) -> usize {
    text.find(|c: char| !(c.is_digit(radix) || c == '_'))
        .unwrap_or(text.len())
}

/// Underscores only between digits (`1_000`, not `1__0` or `1_`).
fn underscores_ok(run: &str, may_lead: bool) -> bool {
    !run.contains("__") && !run.ends_with('_') && (may_lead || !run.starts_with('_'))
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
            i += 1 + first_char_len(&body[i + 1..]);
        } else if body[i..].starts_with(quote) {
            return Some(i);
        } else {
            i += first_char_len(&body[i..]);
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

#[cfg(test)]
mod tests {
    use crate::syntax::testing::{fails, s};

    #[test]
    fn numbers() {
        assert_eq!(s("0x1f, 0o17, 0b101, 1_000, 0"), "(tuple 31 15 5 1000 0)");
        assert_eq!(
            s("1.5, 1., .5, 1e3, 1E-3, 1_0.5"),
            "(tuple 1.5 1.0 0.5 1000.0 0.001 10.5)"
        );
        assert_eq!(s("9223372036854775807"), "9223372036854775807");
        fails(
            "x = 9223372036854775808",
            "NotImplementedError",
            "beyond 64 bits",
            4,
        );
        fails("1abc", "SyntaxError", "invalid decimal literal", 0);
        fails("a = 1__0", "SyntaxError", "invalid decimal literal", 4);
        fails("0x", "SyntaxError", "invalid hexadecimal literal", 0);
        fails("012", "SyntaxError", "leading zeros", 0);
        fails("1j", "NotImplementedError", "complex", 0);
    }

    #[test]
    fn strings_and_bytes() {
        assert_eq!(
            s(r#"'a\n\t\\\'\"\x41\u00e9\0'"#),
            "\"a\\n\\t\\\\'\\\"Aé\\0\""
        );
        assert_eq!(s("'a' \"b\" '''c'''"), "\"abc\"");
        assert_eq!(s(r"r'\d' R'\n'"), r#""\\d\\n""#);
        assert_eq!(s(r"b'A\x00' B'\xff'"), "b[65, 0, 255]");
        assert_eq!(s("'''two\nlines'''"), "\"two\\nlines\"");
        fails(
            "b'é'",
            "SyntaxError",
            "bytes can only contain ASCII literal characters",
            0,
        );
        fails("'a' b'b'", "SyntaxError", "cannot mix bytes", 4);
        fails(
            "x = f'{a}'",
            "NotImplementedError",
            "f-strings are not supported by viewfinder",
            4,
        );
        fails("'\\x4'", "SyntaxError", "truncated", 0);
    }
}
