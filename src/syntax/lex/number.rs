//! Number literals, checked as CPython's tokenizer checks them.
//!
//! The scan follows `tok_get`'s number branch step by step, so the errors are CPython's
//! ("invalid decimal literal", "invalid digit '8' in octal literal", "leading zeros in
//! decimal integer literals are not permitted...") at CPython's columns: the tokenizer
//! reports the character before its cursor, which is where `at` points. A literal directly
//! followed by one of the keywords that may follow a number (`1if x else 2`, `0x1for`) ends
//! there, as in CPython. Values are read later, from the token's text.

use super::NumberKind;
use super::is_identifier_char;

/// A number literal CPython's tokenizer rejects.
#[derive(Debug)]
pub(super) struct BadNumber {
    /// CPython's message.
    pub(super) message: String,
    /// Where the error points, in bytes from the literal's start.
    pub(super) at: usize,
    /// Where its range ends, when CPython gives one.
    pub(super) end: Option<usize>,
}

/// What a scan step returns: where the literal has got to, or why it is bad.
type Scan = Result<(usize, NumberKind), BadNumber>;

/// A `BadNumber` pointing at byte `at`.
fn bad(message: impl Into<String>, at: usize) -> BadNumber {
    BadNumber {
        message: message.into(),
        at,
        end: None,
    }
}

/// The byte at `i`, or 0 past the end.
fn at(b: &[u8], i: usize) -> u8 {
    b.get(i).copied().unwrap_or(0)
}

/// Scans the number literal at the start of `b` (a digit, or `.` before a digit): its
/// length and kind.
pub(super) fn scan(b: &[u8]) -> Scan {
    let digits = b.iter().take_while(|d| d.is_ascii_digit()).count();
    let next = at(b, digits);
    let plain = digits > 0 && (b[0] != b'0' || digits == 1);
    if plain && !is_identifier_char(next) && next != b'.' && next != b'_' {
        return Ok((digits, NumberKind::Int { radix: 10 }));
    }
    match (at(b, 0), at(b, 1) | 0x20) {
        (b'.', _) => fraction(b, 1),
        (b'0', b'x') => radix(b, 16, "hexadecimal"),
        (b'0', b'o') => radix(b, 8, "octal"),
        (b'0', b'b') => radix(b, 2, "binary"),
        (b'0', _) => zero(b),
        _ => {
            let end = decimal_tail(b, 0)?;
            after_digits(b, end, false)
        }
    }
}

/// Digits and single underscores from `i`: where they end.
fn decimal_tail(b: &[u8], mut i: usize) -> Result<usize, BadNumber> {
    loop {
        while at(b, i).is_ascii_digit() {
            i += 1;
        }
        if at(b, i) != b'_' {
            return Ok(i);
        }
        i += 1;
        if !at(b, i).is_ascii_digit() {
            return Err(bad("invalid decimal literal", i - 1));
        }
    }
}

/// After the integer part of a decimal: a fraction, an exponent, `j`, or the end.
fn after_digits(b: &[u8], i: usize, float: bool) -> Scan {
    match at(b, i) {
        b'.' if !float => fraction(b, i + 1),
        b'e' | b'E' => exponent(b, i),
        b'j' | b'J' => imaginary(b, i),
        _ => {
            verify_end(b, i, "decimal")?;
            Ok((i, kind(float)))
        }
    }
}

/// `Float` or a decimal `Int`.
fn kind(float: bool) -> NumberKind {
    match float {
        true => NumberKind::Float,
        false => NumberKind::Int { radix: 10 },
    }
}

/// The digits after a decimal point at `i`.
fn fraction(b: &[u8], i: usize) -> Scan {
    let end = match at(b, i).is_ascii_digit() {
        true => decimal_tail(b, i)?,
        false => i,
    };
    after_digits(b, end, true)
}

/// An exponent at `e` (the `e` or `E`), which ends the literal before it when no digits
/// follow and a keyword does (`1else`).
fn exponent(b: &[u8], e: usize) -> Scan {
    let mut i = e + 1;
    if matches!(at(b, i), b'+' | b'-') {
        i += 1;
        if !at(b, i).is_ascii_digit() {
            return Err(bad("invalid decimal literal", i - 1));
        }
    } else if !at(b, i).is_ascii_digit() {
        verify_end(b, e, "decimal")?;
        return Ok((e, NumberKind::Float));
    }
    let end = decimal_tail(b, i)?;
    match at(b, end) {
        b'j' | b'J' => imaginary(b, end),
        _ => {
            verify_end(b, end, "decimal")?;
            Ok((end, NumberKind::Float))
        }
    }
}

/// The `j` at `i` that makes a literal imaginary.
fn imaginary(b: &[u8], i: usize) -> Scan {
    verify_end(b, i + 1, "imaginary")?;
    Ok((i + 1, NumberKind::Imaginary))
}

/// A literal starting with `0` that is not `0x`/`0o`/`0b`: zeros, or a float, or an error.
fn zero(b: &[u8]) -> Scan {
    let mut i = 1;
    loop {
        if at(b, i) == b'_' {
            i += 1;
            if !at(b, i).is_ascii_digit() {
                return Err(bad("invalid decimal literal", i - 1));
            }
        }
        if at(b, i) != b'0' {
            break;
        }
        i += 1;
    }
    let zeros_end = i;
    let nonzero = at(b, i).is_ascii_digit();
    if nonzero {
        i = decimal_tail(b, i)?;
    }
    match at(b, i) {
        b'.' | b'e' | b'E' | b'j' | b'J' => after_digits(b, i, false),
        _ if nonzero => Err(BadNumber {
            end: Some(zeros_end),
            ..bad(LEADING_ZEROS, 0)
        }),
        _ => {
            verify_end(b, i, "decimal")?;
            Ok((i, NumberKind::Int { radix: 10 }))
        }
    }
}

/// CPython's message for `012`.
const LEADING_ZEROS: &str = "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers";

/// A `0x`, `0o` or `0b` literal, whose digits are those of `radix`.
fn radix(b: &[u8], radix: u32, name: &str) -> Scan {
    let mut i = 2;
    loop {
        if at(b, i) == b'_' {
            i += 1;
        }
        let c = at(b, i);
        if !(c as char).is_digit(radix) {
            return Err(bad_digit(c, i, radix, name));
        }
        while (at(b, i) as char).is_digit(radix) {
            i += 1;
        }
        if at(b, i) != b'_' {
            break;
        }
    }
    if radix != 16 && at(b, i).is_ascii_digit() {
        return Err(bad_digit(at(b, i), i, radix, name));
    }
    verify_end(b, i, name)?;
    Ok((i, NumberKind::Int { radix: radix as u8 }))
}

/// The error for the character `c` at `i` where a digit of `radix` should be.
fn bad_digit(c: u8, i: usize, radix: u32, name: &str) -> BadNumber {
    if radix != 16 && c.is_ascii_digit() {
        return bad(
            format!("invalid digit '{}' in {name} literal", c as char),
            i,
        );
    }
    bad(format!("invalid {name} literal"), i - 1)
}

/// CPython's `verify_end_of_number`: a literal may be followed by a keyword that can come
/// after a number (`and`, `else`, `for`, `if`, `in`, `is`, `not`, `or`), but not glued to
/// any other ASCII name character (a non-ASCII character starts a token of its own).
fn verify_end(b: &[u8], i: usize, name: &str) -> Result<(), BadNumber> {
    let rest = &b[i.min(b.len())..];
    let keyword_follows = match at(b, i) {
        b'a' => rest.starts_with(b"and"),
        b'e' => rest.starts_with(b"else"),
        b'f' => rest.starts_with(b"for"),
        b'i' => matches!(at(b, i + 1), b'f' | b'n' | b's'),
        b'o' => rest.starts_with(b"or"),
        b'n' => rest.starts_with(b"not"),
        _ => false,
    };
    if !keyword_follows && i < b.len() && b[i] < 0x80 && is_identifier_char(b[i]) {
        return Err(bad(format!("invalid {name} literal"), i - 1));
    }
    Ok(())
}
