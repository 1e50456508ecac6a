//! The inside of an f-string: literal text and the extent of each replacement field.
//!
//! In Python 3.11 an f-string is one `STRING` token; its body is split afterwards, with the
//! rules of CPython's `string_parser.c`: `{{` and `}}` are braces, a single `}` is an error,
//! and a replacement field's expression runs to the first `!`, `:`, `=` or `}` outside
//! brackets and strings, and may contain neither a backslash nor a `#`. This module moves a
//! cursor over the body and finds those extents; the parser (`parser::fstring`) compiles the
//! expressions and decodes the text, in CPython's order, so that the first error reported is
//! CPython's. Errors here are CPython's messages; CPython places them at the token after the
//! string, which the parser knows.

use crate::syntax::ast::Span;

/// A position in an f-string's body.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Cursor<'s> {
    /// The body: the source between the quotes.
    body: &'s [u8],
    /// Where the body starts in the source.
    base: usize,
    /// The current byte of the body.
    i: usize,
}

/// How a run of literal text ended.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum LiteralEnd {
    /// At a doubled brace (`{{`, `}}`): one brace belongs to the text, scanning goes on.
    Doubled,
    /// At a `{` that opens a field, at a `}` that closes a format spec, or at the end.
    Stop,
}

impl<'s> Cursor<'s> {
    /// A cursor at the start of the body `body`, which starts at source byte `base`.
    pub(crate) fn new(body: &'s [u8], base: usize) -> Cursor<'s> {
        Cursor { body, base, i: 0 }
    }

    /// The current byte, if any.
    pub(crate) fn peek(&self) -> Option<u8> {
        self.body.get(self.i).copied()
    }

    /// Moves one byte on.
    pub(crate) fn bump(&mut self) {
        self.i += 1;
    }

    /// The source offset of the cursor.
    pub(crate) fn pos(&self) -> usize {
        self.base + self.i
    }

    /// True at the end of the body.
    pub(crate) fn at_end(&self) -> bool {
        self.i >= self.body.len()
    }

    /// Skips ASCII whitespace (after a `=` debug marker).
    pub(crate) fn skip_spaces(&mut self) {
        while self
            .peek()
            .is_some_and(|b| b.is_ascii_whitespace() || b == b'\x0c')
        {
            self.i += 1;
        }
    }

    /// Literal text from the cursor: its source span and how it ended. Errors are
    /// CPython's (`f-string: single '}' is not allowed`). `nested` is true inside a
    /// format spec, where braces are never doubled and a `}` ends the spec.
    pub(crate) fn literal(
        &mut self,
        raw: bool,
        nested: bool,
    ) -> Result<(Span, LiteralEnd), String> {
        let start = self.pos();
        while let Some(b) = self.peek() {
            self.i += 1;
            let mut ch = b;
            if !raw && ch == b'\\' && !self.at_end() {
                ch = self.body[self.i];
                self.i += 1;
                if ch == b'N' {
                    self.skip_unicode_name();
                    continue;
                }
            }
            if ch == b'{' || ch == b'}' {
                if !nested && self.peek() == Some(ch) {
                    let span = Span::new(start, self.pos());
                    self.i += 1;
                    return Ok((span, LiteralEnd::Doubled));
                }
                if !nested && ch == b'}' {
                    return Err("f-string: single '}' is not allowed".into());
                }
                self.i -= 1;
                break;
            }
        }
        Ok((Span::new(start, self.pos()), LiteralEnd::Stop))
    }

    /// Skips the `{name}` of a `\N{name}` escape, so its braces open no field.
    fn skip_unicode_name(&mut self) {
        if self.peek() != Some(b'{') {
            return;
        }
        while let Some(b) = self.peek() {
            self.i += 1;
            if b == b'}' {
                break;
            }
        }
    }

    /// From the `{` of a replacement field, the span of its expression text; the cursor
    /// stops on the `!`, `:`, `=` or `}` that ends it (or at the end of the body).
    pub(crate) fn expression(&mut self) -> Result<Span, String> {
        self.i += 1;
        let start = self.pos();
        let mut scan = ExpressionScan::default();
        while let Some(ch) = self.peek() {
            if scan.step(self, ch)? {
                break;
            }
            self.i += 1;
        }
        scan.finish()?;
        Ok(Span::new(start, self.pos()))
    }

    /// True when the body continues with `text` after the cursor's byte.
    fn next_is(&self, offset: usize, byte: u8) -> bool {
        self.body.get(self.i + offset) == Some(&byte)
    }
}

/// The state of the scan over a replacement field's expression.
#[derive(Default)]
struct ExpressionScan {
    /// The quote of the string the scan is inside, and whether it is triple.
    quote: Option<(u8, bool)>,
    /// Open brackets.
    brackets: Vec<u8>,
}

impl ExpressionScan {
    /// Looks at `ch`, the cursor's byte: true when it ends the expression. Moves the
    /// cursor past multi-byte tokens (`!=`, `'''`).
    fn step(&mut self, cur: &mut Cursor, ch: u8) -> Result<bool, String> {
        if ch == b'\\' {
            return Err("f-string expression part cannot include a backslash".into());
        }
        if let Some((quote, triple)) = self.quote {
            if ch == quote && (!triple || (cur.next_is(1, ch) && cur.next_is(2, ch))) {
                cur.i += if triple { 2 } else { 0 };
                self.quote = None;
            }
            return Ok(false);
        }
        match ch {
            b'\'' | b'"' => {
                let triple = cur.next_is(1, ch) && cur.next_is(2, ch);
                cur.i += if triple { 2 } else { 0 };
                self.quote = Some((ch, triple));
            }
            b'(' | b'[' | b'{' => self.open(ch)?,
            b'#' => return Err("f-string expression part cannot include '#'".into()),
            b'!' | b':' | b'}' | b'=' | b'<' | b'>' if self.brackets.is_empty() => {
                return Ok(self.ends_expression(cur, ch));
            }
            b')' | b']' | b'}' => self.close(ch)?,
            _ => {}
        }
        Ok(false)
    }

    /// At depth 0: `!=`, `==`, `<=`, `>=`, `<` and `>` belong to the expression; `!`, `:`,
    /// `=` and `}` end it.
    fn ends_expression(&mut self, cur: &mut Cursor, ch: u8) -> bool {
        if cur.next_is(1, b'=') && matches!(ch, b'!' | b'=' | b'<' | b'>') {
            cur.i += 1;
            return false;
        }
        !matches!(ch, b'<' | b'>')
    }

    /// An opening bracket.
    fn open(&mut self, ch: u8) -> Result<(), String> {
        if self.brackets.len() >= 200 {
            return Err("f-string: too many nested parenthesis".into());
        }
        self.brackets.push(ch);
        Ok(())
    }

    /// A closing bracket, which must match.
    fn close(&mut self, ch: u8) -> Result<(), String> {
        let Some(opening) = self.brackets.pop() else {
            return Err(format!("f-string: unmatched '{}'", ch as char));
        };
        let expected = match opening {
            b'(' => b')',
            b'[' => b']',
            _ => b'}',
        };
        if expected != ch {
            return Err(format!(
                "f-string: closing parenthesis '{}' does not match opening parenthesis '{}'",
                ch as char, opening as char
            ));
        }
        Ok(())
    }

    /// Errors for a scan that ended inside a string or a bracket.
    fn finish(&self) -> Result<(), String> {
        if self.quote.is_some() {
            return Err("f-string: unterminated string".into());
        }
        match self.brackets.last() {
            Some(&open) => Err(format!("f-string: unmatched '{}'", open as char)),
            None => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The literal and expression extents of `body`, as text, or the first error.
    fn split(body: &str) -> Result<Vec<String>, String> {
        let mut cur = Cursor::new(body.as_bytes(), 0);
        let mut out = Vec::new();
        loop {
            let (span, end) = cur.literal(false, false)?;
            out.push(format!("lit {:?}", &body[span.start..span.end]));
            if end == LiteralEnd::Doubled {
                continue;
            }
            if cur.at_end() {
                return Ok(out);
            }
            let expr = cur.expression()?;
            out.push(format!("expr {:?}", &body[expr.start..expr.end]));
            while cur.peek().is_some_and(|b| b != b'}') {
                cur.bump();
            }
            cur.bump();
        }
    }

    #[test]
    fn literals_and_fields() {
        assert_eq!(
            split("a{b}c").unwrap(),
            ["lit \"a\"", "expr \"b\"", "lit \"c\""]
        );
        assert_eq!(
            split("{{x}}").unwrap(),
            ["lit \"{\"", "lit \"x}\"", "lit \"\""]
        );
        assert_eq!(
            split("{a!=b!r}").unwrap(),
            ["lit \"\"", "expr \"a!=b\"", "lit \"\""]
        );
        assert_eq!(
            split("{d['}']:>3}").unwrap(),
            ["lit \"\"", "expr \"d['}']\"", "lit \"\""]
        );
        assert_eq!(
            split("{x < y}").unwrap(),
            ["lit \"\"", "expr \"x < y\"", "lit \"\""]
        );
    }

    #[test]
    fn errors_are_cpythons() {
        assert_eq!(
            split("}").unwrap_err(),
            "f-string: single '}' is not allowed"
        );
        assert_eq!(
            split("{a\\n}").unwrap_err(),
            "f-string expression part cannot include a backslash"
        );
        assert_eq!(
            split("{#}").unwrap_err(),
            "f-string expression part cannot include '#'"
        );
        assert_eq!(split("{a)}").unwrap_err(), "f-string: unmatched ')'");
        assert_eq!(
            split("{(a}").unwrap_err(),
            "f-string: closing parenthesis '}' does not match opening parenthesis '('"
        );
        assert_eq!(split("{'a}").unwrap_err(), "f-string: unterminated string");
    }
}
