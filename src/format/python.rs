//! Python's own reprs for the non-NumPy objects viewfinder shows: `str`, `bytes`,
//! `bytearray` and `array.array`.
//!
//! These follow CPython's `unicode_repr` and `bytes_repr`: single quotes unless the text
//! holds a single quote and no double quote, backslash escapes for quotes, backslashes,
//! tabs, newlines, carriage returns and unprintable characters.

use super::float::py_float_repr;
use crate::memory::Scalar;

/// The quote CPython picks: `"` only when the text has `'` and no `"`.
fn pick_quote(has_single: bool, has_double: bool) -> char {
    if has_single && !has_double { '"' } else { '\'' }
}

/// The escape for characters every repr escapes the same way.
fn common_escape(c: char, quote: char) -> Option<String> {
    match c {
        '\\' => Some("\\\\".to_string()),
        '\t' => Some("\\t".to_string()),
        '\n' => Some("\\n".to_string()),
        '\r' => Some("\\r".to_string()),
        c if c == quote => Some(format!("\\{c}")),
        c if (c as u32) < 0x20 || c as u32 == 0x7f => Some(format!("\\x{:02x}", c as u32)),
        _ => None,
    }
}

/// Whether Python's `str.isprintable()` holds for a non-ASCII character. This is an
/// approximation without Unicode tables: it knows the control, separator, format,
/// private-use and non-character code points, and treats every other one as printable.
fn is_printable(c: char) -> bool {
    let u = c as u32;
    let not_printable = matches!(u,
        0x80..=0xa0 | 0xad | 0x600..=0x605 | 0x61c | 0x6dd | 0x70f | 0x1680 | 0x180e
        | 0x2000..=0x200f | 0x2028..=0x202f | 0x205f..=0x2064 | 0x2066..=0x206f
        | 0x3000 | 0xe000..=0xf8ff | 0xfeff | 0xfff9..=0xfffb | 0xfffe | 0xffff
        | 0x110bd | 0x1d173..=0x1d17a | 0xe0001 | 0xe0020..=0xe007f
        | 0xf0000..=0x10ffff);
    !not_printable
}

/// The `\x`, `\u` or `\U` escape of an unprintable non-ASCII character.
fn unicode_escape(c: char) -> String {
    let u = c as u32;
    if u <= 0xff {
        format!("\\x{u:02x}")
    } else if u <= 0xffff {
        format!("\\u{u:04x}")
    } else {
        format!("\\U{u:08x}")
    }
}

/// Python's `repr(str)`: `'a'`, `"it's"`, `'\n'`.
pub fn py_str_repr(s: &str) -> String {
    let quote = pick_quote(s.contains('\''), s.contains('"'));
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        if let Some(escaped) = common_escape(c, quote) {
            out.push_str(&escaped);
        } else if c.is_ascii() || is_printable(c) {
            out.push(c);
        } else {
            out.push_str(&unicode_escape(c));
        }
    }
    out.push(quote);
    out
}

/// Python's `repr(bytes)`: `b'AbCD'`, `b'\x00\xff'`, `b"it's"`.
pub fn py_bytes_repr(b: &[u8]) -> String {
    let quote = pick_quote(b.contains(&b'\''), b.contains(&b'"'));
    let mut out = format!("b{quote}");
    for &byte in b {
        let c = byte as char;
        if let Some(escaped) = common_escape(c, quote) {
            out.push_str(&escaped);
        } else if byte >= 0x80 {
            out.push_str(&format!("\\x{byte:02x}"));
        } else {
            out.push(c);
        }
    }
    out.push(quote);
    out
}

/// Python's `repr(bytearray)`: `bytearray(b'AbCD')`.
/// CPython's `bytearray` repr escapes a `'` even inside double quotes
/// (`bytearray(b"it\'s")`), where `bytes` does not.
pub fn bytearray_repr(b: &[u8]) -> String {
    let inner = py_bytes_repr(b);
    let inner = match inner.strip_prefix("b\"") {
        Some(rest) => format!("b\"{}", rest.replace('\'', "\\'")),
        None => inner,
    };
    format!("bytearray({inner})")
}

/// One item of an `array.array`, as Python prints it in the list.
fn array_item(typecode: char, item: Scalar) -> String {
    match (typecode, item) {
        ('f', v) => py_float_repr(v.as_f64() as f32 as f64),
        ('d', v) => py_float_repr(v.as_f64()),
        (_, Scalar::UInt(u)) => u.to_string(),
        (_, v) => v.as_i64().to_string(),
    }
}

/// Python's `repr(array.array(...))`: `array('i', [1, 2, 3])`, `array('d', [1.0, 2.5])`,
/// `array('i')` when empty.
pub fn array_module_repr(typecode: char, items: &[Scalar]) -> String {
    if items.is_empty() {
        return format!("array('{typecode}')");
    }
    let list: Vec<String> = items.iter().map(|&v| array_item(typecode, v)).collect();
    format!("array('{typecode}', [{}])", list.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn str_reprs_match_cpython() {
        // Expected values from python3: repr('a'), repr("it's"), repr('\n'), ...
        assert_eq!(py_str_repr("a"), "'a'");
        assert_eq!(py_str_repr("it's"), "\"it's\"");
        assert_eq!(py_str_repr("\n"), "'\\n'");
        assert_eq!(py_str_repr("both ' and \""), "'both \\' and \"'");
        assert_eq!(py_str_repr("back\\slash"), "'back\\\\slash'");
        assert_eq!(py_str_repr("\x00\x7f"), "'\\x00\\x7f'");
        assert_eq!(py_str_repr("é\u{a0}\u{200b}😀"), "'é\\xa0\\u200b😀'");
    }

    #[test]
    fn bytes_reprs_match_cpython() {
        assert_eq!(py_bytes_repr(b"AbCD"), "b'AbCD'");
        assert_eq!(py_bytes_repr(b"\x00\xff"), "b'\\x00\\xff'");
        assert_eq!(py_bytes_repr(b"it's"), "b\"it's\"");
        assert_eq!(py_bytes_repr(b"\t\r\n"), "b'\\t\\r\\n'");
        assert_eq!(bytearray_repr(b"AbCD"), "bytearray(b'AbCD')");
        assert_eq!(bytearray_repr(b""), "bytearray(b'')");
    }

    #[test]
    fn array_module_reprs_match_cpython() {
        let ints = [Scalar::Int(1), Scalar::Int(2), Scalar::Int(3)];
        assert_eq!(array_module_repr('i', &ints), "array('i', [1, 2, 3])");
        let floats = [Scalar::Float(1.0), Scalar::Float(2.5)];
        assert_eq!(array_module_repr('d', &floats), "array('d', [1.0, 2.5])");
        assert_eq!(
            array_module_repr('f', &[Scalar::Float(0.1)]),
            "array('f', [0.10000000149011612])"
        );
        assert_eq!(array_module_repr('i', &[]), "array('i')");
        assert_eq!(
            array_module_repr('B', &[Scalar::UInt(255)]),
            "array('B', [255])"
        );
    }
}
