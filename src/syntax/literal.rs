//! The values of literal tokens: numbers, and string bodies with their escapes resolved.
//!
//! The lexer has already checked each literal's shape; this is CPython's second step, done
//! when the parser builds the node: an integer becomes an `Int` (or a `BigInt` that keeps
//! its text when it does not fit in 64 bits), and a string body is decoded as Python's
//! `unicodeescape` codec (or bytes' escape decoder) does, with the same error messages.
//! `\N{...}` escapes need Unicode's name table, which viewfinder does not carry: they are
//! refused with a `NotImplementedError`.

use super::ast::ExprKind;
use super::lex::{NumberKind, StringFlags};

/// A decoded string literal.
#[derive(Debug)]
pub(crate) enum Literal {
    /// `'…'`
    Str(String),
    /// `b'…'`
    Bytes(Vec<u8>),
}

/// Why a string body cannot be decoded: the exception kind and CPython's message.
#[derive(Debug)]
pub(crate) struct BadLiteral {
    /// `"SyntaxError"` or `"NotImplementedError"`.
    pub(crate) kind: &'static str,
    /// The message.
    pub(crate) message: String,
}

/// The value of a number token's `text`.
pub(crate) fn number_value(text: &str, kind: NumberKind) -> ExprKind {
    if let (NumberKind::Int { radix: 10 }, Ok(value)) = (kind, text.parse::<i64>()) {
        return ExprKind::Int(value);
    }
    let clean: String = text.chars().filter(|&c| c != '_').collect();
    match kind {
        NumberKind::Int { radix: 10 } => int_value(&clean, &clean, 10),
        NumberKind::Int { radix } => int_value(&clean, &clean[2..], u32::from(radix)),
        NumberKind::Float => ExprKind::Float(clean.parse().unwrap_or(f64::INFINITY)),
        NumberKind::Imaginary => {
            let digits = &clean[..clean.len() - 1];
            ExprKind::Imaginary(digits.parse().unwrap_or(f64::INFINITY))
        }
    }
}

/// An integer: an `Int` when its `digits` fit in 64 bits, else a `BigInt` of `text`.
fn int_value(text: &str, digits: &str, radix: u32) -> ExprKind {
    match i64::from_str_radix(digits, radix) {
        Ok(value) => ExprKind::Int(value),
        Err(_) => ExprKind::BigInt(text.to_string()),
    }
}

/// Decodes the body (between the quotes) of a literal with these flags.
pub(crate) fn decode(body: &str, flags: StringFlags) -> Result<Literal, BadLiteral> {
    let body = normalize_newlines(body);
    if flags.bytes {
        if !body.is_ascii() {
            return Err(syntax("bytes can only contain ASCII literal characters"));
        }
        return match flags.raw {
            true => Ok(Literal::Bytes(body.as_bytes().to_vec())),
            false => unescape_bytes(&body).map(Literal::Bytes),
        };
    }
    match flags.raw {
        true => Ok(Literal::Str(body.into_owned())),
        false => unescape_str(&body).map(Literal::Str),
    }
}

/// `\r\n` in a literal is `\n`, as Python reads source files.
fn normalize_newlines(body: &str) -> std::borrow::Cow<'_, str> {
    match body.contains('\r') {
        true => body.replace("\r\n", "\n").into(),
        false => body.into(),
    }
}

/// A `SyntaxError` message.
fn syntax(message: impl Into<String>) -> BadLiteral {
    BadLiteral {
        kind: "SyntaxError",
        message: message.into(),
    }
}

/// The escape after a backslash that means a single character (`\n`), if `e` is one.
fn simple_escape(e: char) -> Option<char> {
    Some(match e {
        'n' => '\n',
        't' => '\t',
        'r' => '\r',
        '\\' | '\'' | '"' => e,
        'a' => '\x07',
        'b' => '\x08',
        'f' => '\x0c',
        'v' => '\x0b',
        _ => return None,
    })
}

/// A `str` body with its escapes resolved, as the `unicodeescape` codec does.
fn unescape_str(body: &str) -> Result<String, BadLiteral> {
    let mut out = String::with_capacity(body.len());
    let mut chars = body.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        let Some((_, e)) = chars.next() else { break };
        if e == '\n' {
            continue;
        }
        if let Some(simple) = simple_escape(e) {
            out.push(simple);
            continue;
        }
        match e {
            '0'..='7' => out.push(octal(e, &mut chars)),
            'x' | 'u' | 'U' => out.push(hex_escape(body, at, e, &mut chars)?),
            'N' => return Err(unicode_name_refused()),
            _ => {
                out.push('\\');
                out.push(e);
            }
        }
    }
    Ok(out)
}

/// The iterator over a body's characters.
type Chars<'b> = std::iter::Peekable<std::str::CharIndices<'b>>;

/// An octal escape whose first digit is `first`: up to three digits.
fn octal(first: char, chars: &mut Chars) -> char {
    let mut value = first.to_digit(8).unwrap_or(0);
    for _ in 0..2 {
        match chars.peek().and_then(|&(_, c)| c.to_digit(8)) {
            Some(digit) => {
                value = value * 8 + digit;
                chars.next();
            }
            None => break,
        }
    }
    char::from_u32(value).unwrap_or('\u{fffd}')
}

/// A `\x`, `\u` or `\U` escape starting at byte `at` (the backslash) of `body`.
fn hex_escape(body: &str, at: usize, e: char, chars: &mut Chars) -> Result<char, BadLiteral> {
    let (width, name) = match e {
        'x' => (2, "truncated \\xXX escape"),
        'u' => (4, "truncated \\uXXXX escape"),
        _ => (8, "truncated \\UXXXXXXXX escape"),
    };
    let (mut value, mut count) = (0u32, 0);
    while count < width {
        match chars.peek().and_then(|&(_, c)| c.to_digit(16)) {
            Some(digit) => {
                value = value * 16 + digit;
                chars.next();
                count += 1;
            }
            None => break,
        }
    }
    let start = codec_position(body, at);
    let end = start + 1 + count;
    if count < width {
        return Err(codec_error(start, end, name));
    }
    char::from_u32(value).ok_or_else(|| match value {
        0xd800..=0xdfff => surrogate_refused(),
        _ => codec_error(start, end, "illegal Unicode character"),
    })
}

/// The position the codec reports for byte `at` of a body: CPython first writes each
/// non-ASCII character as a ten-byte `\U` escape.
fn codec_position(body: &str, at: usize) -> usize {
    body[..at]
        .chars()
        .map(|c| if c.is_ascii() { 1 } else { 10 })
        .sum()
}

/// CPython's `(unicode error)` message for bytes `start..=end` of the decoded body.
fn codec_error(start: usize, end: usize, reason: &str) -> BadLiteral {
    syntax(format!(
        "(unicode error) 'unicodeescape' codec can't decode bytes in position {start}-{end}: {reason}"
    ))
}

/// `\N{...}` needs Unicode's name table.
fn unicode_name_refused() -> BadLiteral {
    BadLiteral {
        kind: "NotImplementedError",
        message: "\\N{...} escapes are not supported by viewfinder yet".into(),
    }
}

/// A lone surrogate cannot be held in viewfinder's strings.
fn surrogate_refused() -> BadLiteral {
    BadLiteral {
        kind: "NotImplementedError",
        message: "lone surrogates in strings are not supported by viewfinder yet".into(),
    }
}

/// A `bytes` body with its escapes resolved.
fn unescape_bytes(body: &str) -> Result<Vec<u8>, BadLiteral> {
    let b = body.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] != b'\\' || i + 1 == b.len() {
            out.push(b[i]);
            i += 1;
            continue;
        }
        let e = b[i + 1];
        i += 2;
        match e {
            b'\n' => {}
            b'0'..=b'7' => {
                let mut value = u32::from(e - b'0');
                for _ in 0..2 {
                    match b.get(i) {
                        Some(&d @ b'0'..=b'7') => {
                            value = value * 8 + u32::from(d - b'0');
                            i += 1;
                        }
                        _ => break,
                    }
                }
                out.push((value & 0xff) as u8);
            }
            b'x' => {
                let digits = b
                    .get(i..i + 2)
                    .filter(|d| d.iter().all(u8::is_ascii_hexdigit));
                let Some(digits) = digits else {
                    let message = format!("(value error) invalid \\x escape at position {}", i - 2);
                    return Err(syntax(message));
                };
                let text = std::str::from_utf8(digits).unwrap_or("0");
                out.push(u8::from_str_radix(text, 16).unwrap_or(0));
                i += 2;
            }
            _ => match simple_escape(e as char) {
                Some(c) => out.push(c as u8),
                None => out.extend([b'\\', e]),
            },
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn flags(bytes: bool, raw: bool) -> StringFlags {
        StringFlags {
            prefix_len: 0,
            quote_len: 1,
            bytes,
            raw,
            formatted: false,
        }
    }

    fn text(body: &str) -> String {
        match decode(body, flags(false, false)) {
            Ok(Literal::Str(s)) => s,
            other => panic!("{body:?}: {other:?}"),
        }
    }

    #[test]
    fn str_escapes() {
        assert_eq!(text(r#"a\n\t\\\'\"\x41\u00e9\0\101"#), "a\n\t\\'\"Aé\0A");
        assert_eq!(text("a\\\nb"), "ab");
        assert_eq!(text(r"\d\q"), r"\d\q");
        assert_eq!(text(r"\777"), "\u{1ff}");
        let err = decode(r"é\x4", flags(false, false)).unwrap_err();
        assert!(
            err.message
                .ends_with("position 10-12: truncated \\xXX escape")
        );
        let err = decode(r"\N{BULLET}", flags(false, false)).unwrap_err();
        assert_eq!(err.kind, "NotImplementedError");
    }

    #[test]
    fn bytes_escapes() {
        let Ok(Literal::Bytes(b)) = decode(r"A\x00\xff\n\777", flags(true, false)) else {
            panic!()
        };
        assert_eq!(b, [65, 0, 255, 10, 255]);
        let err = decode(r"\x4", flags(true, false)).unwrap_err();
        assert_eq!(
            err.message,
            "(value error) invalid \\x escape at position 0"
        );
        assert!(decode("é", flags(true, false)).is_err());
        let Ok(Literal::Bytes(b)) = decode(r"\d", flags(true, true)) else {
            panic!()
        };
        assert_eq!(b, b"\\d");
    }

    #[test]
    fn numbers() {
        let int = |t| number_value(t, NumberKind::Int { radix: 10 });
        assert_eq!(int("1_000"), ExprKind::Int(1000));
        assert_eq!(
            int("99999999999999999999"),
            ExprKind::BigInt("99999999999999999999".into())
        );
        assert_eq!(
            number_value("0xff", NumberKind::Int { radix: 16 }),
            ExprKind::Int(255)
        );
        assert_eq!(
            number_value("1e3", NumberKind::Float),
            ExprKind::Float(1000.0)
        );
        assert_eq!(
            number_value("2.5J", NumberKind::Imaginary),
            ExprKind::Imaginary(2.5)
        );
    }
}
