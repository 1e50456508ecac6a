//! String literal tokens: their prefix, their quotes, and where they end.
//!
//! Only the extent of a literal is found here, as CPython's tokenizer finds it: a backslash
//! skips the next character (so `\'` and a backslash-newline stay inside), a single-quoted
//! literal may not contain a bare newline, a triple-quoted one runs to its closing triple
//! quote. Escapes are decoded later, when the parser builds the node (`syntax::literal`).

use super::StringFlags;

/// The extent of a string literal.
#[derive(Debug)]
pub(super) struct Scanned {
    /// Bytes from the prefix to the closing quote, inclusive.
    pub(super) len: usize,
    /// Its prefix and quotes.
    pub(super) flags: StringFlags,
}

/// A string literal with no closing quote.
#[derive(Debug)]
pub(super) struct Unterminated {
    /// It opened with a triple quote.
    pub(super) triple: bool,
    /// Bytes scanned before giving up.
    pub(super) scanned: usize,
    /// More input could close it (a triple quote, or a backslash before the end).
    pub(super) incomplete: bool,
}

/// The length of a string prefix at the start of `b` when a quote follows it (`rb'`, `f"`).
pub(super) fn prefix_before_quote(b: &[u8]) -> Option<usize> {
    for len in 1..=2 {
        let next = *b.get(len)?;
        if next == b'\'' || next == b'"' {
            return is_prefix(&b[..len]).then_some(len);
        }
    }
    None
}

/// The prefixes CPython accepts, in any case.
fn is_prefix(prefix: &[u8]) -> bool {
    [b"r" as &[u8], b"u", b"b", b"f", b"br", b"rb", b"fr", b"rf"]
        .iter()
        .any(|known| known.eq_ignore_ascii_case(prefix))
}

/// Finds the end of the string literal at the start of `b`, whose prefix is `prefix` bytes.
pub(super) fn scan(b: &[u8], prefix: usize) -> Result<Scanned, Unterminated> {
    let quote = b[prefix];
    let triple = b.get(prefix + 1) == Some(&quote) && b.get(prefix + 2) == Some(&quote);
    let quote_len: usize = if triple { 3 } else { 1 };
    let flags = flags(&b[..prefix], quote_len as u8);
    let mut i = prefix + quote_len;
    let mut escaped_line_end = false;
    loop {
        match b.get(i) {
            None => {
                let incomplete = triple || escaped_line_end;
                return Err(Unterminated {
                    triple,
                    scanned: i.min(b.len()),
                    incomplete,
                });
            }
            Some(b'\n') if !triple => {
                return Err(Unterminated {
                    triple,
                    scanned: i,
                    incomplete: false,
                });
            }
            Some(b'\\') => {
                escaped_line_end = matches!(b.get(i + 1), None | Some(b'\n' | b'\r'));
                i += match b.get(i + 1..i + 3) {
                    Some(b"\r\n") => 3,
                    _ => 2,
                };
            }
            Some(&c) if c == quote && (!triple || b[i..].starts_with(&[quote; 3])) => {
                let len = i + quote_len;
                return Ok(Scanned { len, flags });
            }
            _ => {
                escaped_line_end = false;
                i += 1;
            }
        }
    }
}

/// The flags of a literal with this prefix and quote length.
fn flags(prefix: &[u8], quote_len: u8) -> StringFlags {
    let has = |letter: u8| prefix.iter().any(|b| b.to_ascii_lowercase() == letter);
    StringFlags {
        prefix_len: prefix.len() as u8,
        quote_len,
        bytes: has(b'b'),
        raw: has(b'r'),
        formatted: has(b'f'),
    }
}
