//! Source text to tokens, in one pass, as CPython's tokenizer makes them.
//!
//! The lexer walks the source once. It joins lines inside brackets and after a backslash,
//! skips comments and blank lines, turns indentation into `Indent` and `Dedent` tokens, ends
//! each logical line with a `Newline`, and checks every literal as it goes, so the parser
//! never looks at characters. Its errors are CPython's tokenizer errors (unterminated
//! strings, bad numbers, inconsistent tabs, unmatched brackets) at CPython's columns; they
//! say whether more input could fix them, which the REPL's `... ` prompt asks. A bracket
//! still open at the end is not an error here: the parser decides, as CPython does, whether
//! that or its own error is reported. `indent` handles the start of a line, `number` and
//! `string` the literals, `fstring` the inside of f-strings, `token` the token types.

pub(crate) mod fstring;
mod indent;
mod number;
mod string;
pub(crate) mod token;

pub(crate) use token::{Keyword, NumberKind, Op, StringFlags, Token, TokenKind};

use super::ast::Span;
use super::parser::SyntaxError;
use indent::Indents;

/// Deepest bracket nesting accepted, as CPython's `MAXLEVEL` ("too many nested parentheses").
const MAX_BRACKETS: usize = 200;

/// The tokens of a whole source.
#[derive(Debug)]
pub(crate) struct Lexed {
    /// Every token, ending with `EndMarker`.
    pub(crate) tokens: Vec<Token>,
    /// The innermost bracket still open at the end of the source, if any.
    pub(crate) unclosed: Option<Unclosed>,
    /// A bound on how deep the parser will recurse: brackets, prefix operators and blocks.
    pub(crate) nesting: usize,
    /// Which keywords and constructs the source uses (for checks that can be skipped).
    pub(crate) features: Features,
    /// How many logical lines start at column 0: about how many statements the program has.
    pub(crate) top_level_lines: usize,
}

/// A set of the keywords and a few constructs a source uses, so that passes looking for
/// something the source cannot contain can be skipped.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Features(u64);

impl Features {
    /// A `*` or `**` operator.
    pub(crate) const STAR: u32 = 40;
    /// A `=` inside brackets (a keyword argument or a default).
    pub(crate) const KEYWORD_ARGUMENT: u32 = 41;
    /// The name `__debug__`.
    pub(crate) const DEBUG: u32 = 42;

    /// Adds the feature with this bit.
    fn add(&mut self, bit: u32) {
        self.0 |= 1 << bit;
    }

    /// True when the source uses `keyword`.
    pub(crate) fn has(self, keyword: Keyword) -> bool {
        self.has_bit(keyword as u32)
    }

    /// True when the source uses the feature with this bit.
    pub(crate) fn has_bit(self, bit: u32) -> bool {
        self.0 & (1 << bit) != 0
    }
}

/// A bracket left open at the end of the source.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Unclosed {
    /// The bracket (`(`, `[` or `{`).
    pub(crate) bracket: u8,
    /// Its byte offset.
    pub(crate) at: usize,
    /// Its 1-based line.
    pub(crate) line: usize,
}

impl Unclosed {
    /// CPython's "'(' was never closed", pointing at the bracket.
    pub(crate) fn error(self) -> SyntaxError {
        let message = format!("'{}' was never closed", self.bracket as char);
        syntax_error("SyntaxError", message, Span::new(self.at, self.at))
    }
}

/// Why the source cannot be tokenized.
#[derive(Debug)]
pub(crate) struct LexError {
    /// The error to report.
    pub(crate) error: SyntaxError,
    /// True when more input could fix it (a trailing backslash, an open triple-quoted string).
    pub(crate) incomplete: bool,
}

/// A `SyntaxError` (or another kind) at `span`.
pub(crate) fn syntax_error(
    kind: &'static str,
    message: impl Into<String>,
    span: Span,
) -> SyntaxError {
    SyntaxError {
        kind,
        message: message.into(),
        span,
    }
}

/// Tokenizes a whole source.
pub(crate) fn lex(source: &str) -> Result<Lexed, LexError> {
    let mut lexer = Lexer::new(source);
    lexer.tokens = Vec::with_capacity(source.len() / 3 + 16);
    lexer.run()?;
    Ok(lexer.finish())
}

/// Tokenizes the expression of an f-string's replacement field at `span` of `src`, as if it
/// were inside parentheses (so line breaks join): its tokens, with no `EndMarker`.
///
/// Only the fragment is read: the line counter starts at 1 (messages from inside a field
/// name no line), so that many fields cost no more than their own text.
pub(crate) fn lex_fragment(src: &str, span: Span) -> Result<Vec<Token>, LexError> {
    let mut lexer = Lexer::new(&src[..span.end]);
    lexer.tokens = Vec::with_capacity(span.end - span.start + 2);
    lexer.i = span.start;
    lexer.line_start = src[..span.start].rfind('\n').map_or(0, |n| n + 1);
    lexer.at_line_start = false;
    lexer
        .brackets
        .push((b'(', span.start.saturating_sub(1), lexer.line));
    lexer.run()?;
    Ok(lexer.tokens)
}

/// The lexer's state while it walks the source.
struct Lexer<'s> {
    src: &'s str,
    /// The next byte to read.
    i: usize,
    tokens: Vec<Token>,
    /// Open brackets: the bracket, its offset and its line.
    brackets: Vec<(u8, usize, usize)>,
    indents: Indents,
    /// The 1-based line of `i`.
    line: usize,
    /// Where the physical line of `i` starts.
    line_start: usize,
    /// Where the current logical line starts (for CPython's continuation-error column).
    logical_start: usize,
    /// True before the first token of a logical line.
    at_line_start: bool,
    /// The comment seen on this line, which a `Newline` token covers as in CPython.
    comment: Option<Span>,
    /// Tokens that make the parser recurse, counted in this logical line.
    recursion: usize,
    /// The deepest bracket nesting of this logical line.
    line_depth: usize,
    /// The largest `recursion + line_depth` of any logical line so far.
    nesting: usize,
    /// What the source uses so far.
    features: Features,
    /// Logical lines ended at column 0 so far.
    top_level_lines: usize,
}

impl<'s> Lexer<'s> {
    fn new(src: &'s str) -> Lexer<'s> {
        Lexer {
            src,
            i: 0,
            tokens: Vec::new(),
            brackets: Vec::new(),
            indents: Indents::new(),
            line: 1,
            line_start: 0,
            logical_start: 0,
            at_line_start: true,
            comment: None,
            recursion: 0,
            line_depth: 0,
            nesting: 0,
            features: Features::default(),
            top_level_lines: 0,
        }
    }

    /// Reads tokens until the end of the source.
    fn run(&mut self) -> Result<(), LexError> {
        loop {
            if self.at_line_start && self.brackets.is_empty() {
                self.start_line()?;
            }
            self.skip_blanks();
            let Some(&byte) = self.src.as_bytes().get(self.i) else {
                return Ok(());
            };
            self.token(byte)?;
        }
    }

    /// Reads the token (or comment, newline, continuation) starting with `byte`.
    fn token(&mut self, byte: u8) -> Result<(), LexError> {
        match byte {
            b'#' => self.comment_here(),
            b'\n' => self.newline(1),
            b'\r' if self.src.as_bytes().get(self.i + 1) == Some(&b'\n') => self.newline(2),
            b'\\' => return self.continuation(),
            b'0'..=b'9' => return self.number(),
            b'.' if self.peek(1).is_ascii_digit() => return self.number(),
            b'\'' | b'"' => return self.string(self.i, 0),
            b'(' | b'[' | b'{' => return self.open(byte),
            b')' | b']' | b'}' => return self.close(byte),
            _ if is_identifier_start(byte) => return self.word(),
            _ => return self.operator(),
        }
        Ok(())
    }

    /// The byte `ahead` bytes past the cursor (0 past the end).
    #[inline]
    fn peek(&self, ahead: usize) -> u8 {
        self.src
            .as_bytes()
            .get(self.i + ahead)
            .copied()
            .unwrap_or(0)
    }

    /// Skips spaces, tabs and form feeds between tokens.
    #[inline]
    fn skip_blanks(&mut self) {
        while matches!(self.peek(0), b' ' | b'\t' | b'\x0c') {
            self.i += 1;
        }
    }

    /// Pushes a token of `kind` over `start..end`, and moves the cursor to `end`.
    #[inline]
    fn push(&mut self, kind: TokenKind, start: usize, end: usize) {
        self.tokens.push(Token {
            kind,
            span: Span::new(start, end),
            level: self.brackets.len() as u8,
        });
        self.i = end;
    }

    /// A comment: to the end of the line; the line's `Newline` will cover it.
    fn comment_here(&mut self) {
        let rest = &self.src[self.i..];
        let len = rest.find(['\n', '\r']).unwrap_or(rest.len());
        self.comment = Some(Span::new(self.i, self.i + len));
        self.i += len;
    }

    /// A line break of `len` bytes: ends the logical line unless a bracket is open.
    fn newline(&mut self, len: usize) {
        let at = self.i;
        let comment = self.comment.take();
        self.i += len;
        self.next_physical_line();
        if !self.brackets.is_empty() {
            return;
        }
        let span = comment.unwrap_or(Span::new(at, at));
        self.tokens.push(Token {
            kind: TokenKind::Newline,
            span,
            level: 0,
        });
        self.end_logical_line();
    }

    /// Moves the line counters to the line starting at the cursor.
    fn next_physical_line(&mut self) {
        self.line += 1;
        self.line_start = self.i;
        self.comment = None;
    }

    /// Resets the per-line state after a `Newline`.
    fn end_logical_line(&mut self) {
        self.top_level_lines += usize::from(self.indents.depth() == 1);
        self.at_line_start = true;
        self.logical_start = self.i;
        self.nesting = self.nesting.max(self.recursion + self.line_depth);
        (self.recursion, self.line_depth) = (0, 0);
    }

    /// A backslash: a line continuation when a newline follows it.
    fn continuation(&mut self) -> Result<(), LexError> {
        let after = match (self.peek(1), self.peek(2)) {
            (b'\n', _) => 2,
            (b'\r', b'\n') => 3,
            (0, _) if self.i + 1 >= self.src.len() => return Err(self.eof_error()),
            _ => return Err(self.continuation_error()),
        };
        self.i += after;
        self.next_physical_line();
        if self.i >= self.src.len() {
            return Err(self.eof_error());
        }
        Ok(())
    }

    /// "unexpected EOF while parsing", at the end of the source (more input could fix it).
    fn eof_error(&self) -> LexError {
        let at = eof_position(self.src);
        LexError {
            error: syntax_error(
                "SyntaxError",
                "unexpected EOF while parsing",
                Span::new(at, at),
            ),
            incomplete: true,
        }
    }

    /// "unexpected character after line continuation character". CPython counts the column
    /// from the start of the logical line but reports the current line; on one line, that is
    /// the character after the backslash.
    fn continuation_error(&self) -> LexError {
        let column = self.src[self.logical_start..self.i + 1].chars().count();
        let line_end = self.src[self.line_start..]
            .find('\n')
            .map_or(self.src.len(), |n| self.line_start + n);
        let at = advance_chars(self.src, self.line_start, column).min(line_end);
        self.error_at("unexpected character after line continuation character", at)
    }

    /// A `SyntaxError` at byte `at` that no more input can fix.
    fn error_at(&self, message: impl Into<String>, at: usize) -> LexError {
        self.error_kind("SyntaxError", message, at)
    }

    /// An error of `kind` at byte `at` that no more input can fix.
    fn error_kind(&self, kind: &'static str, message: impl Into<String>, at: usize) -> LexError {
        LexError {
            error: syntax_error(kind, message, Span::new(at, at)),
            incomplete: false,
        }
    }

    /// An opening bracket.
    fn open(&mut self, bracket: u8) -> Result<(), LexError> {
        if self.brackets.len() >= MAX_BRACKETS {
            return Err(self.error_at("too many nested parentheses", self.i));
        }
        self.brackets.push((bracket, self.i, self.line));
        self.line_depth = self.line_depth.max(self.brackets.len());
        self.push(TokenKind::Op(bracket_op(bracket)), self.i, self.i + 1);
        Ok(())
    }

    /// A closing bracket, which must match the innermost open one.
    fn close(&mut self, closer: u8) -> Result<(), LexError> {
        let Some((opener, _, line)) = self.brackets.pop() else {
            let message = format!("unmatched '{}'", closer as char);
            return Err(self.error_at(message, self.i));
        };
        if matching_closer(opener) != closer {
            let mut message = format!(
                "closing parenthesis '{}' does not match opening parenthesis '{}'",
                closer as char, opener as char
            );
            if line != self.line {
                message += &format!(" on line {line}");
            }
            return Err(self.error_at(message, self.i));
        }
        self.push(TokenKind::Op(bracket_op(closer)), self.i, self.i + 1);
        Ok(())
    }

    /// An operator, or a character that is no token of Python's.
    fn operator(&mut self) -> Result<(), LexError> {
        if let Some((op, len)) = token::operator_at(&self.src.as_bytes()[self.i..]) {
            self.recursion += usize::from(recurses(op));
            self.note_operator(op);
            self.push(TokenKind::Op(op), self.i, self.i + len);
            return Ok(());
        }
        let c = self.src[self.i..].chars().next().unwrap_or(' ');
        if !is_printable(c) {
            let message = format!("invalid non-printable character U+{:04X}", u32::from(c));
            return Err(self.error_at(message, self.i));
        }
        self.push(TokenKind::Unknown, self.i, self.i + c.len_utf8());
        Ok(())
    }

    /// A name, a keyword, or the prefix of a string literal.
    fn word(&mut self) -> Result<(), LexError> {
        let start = self.i;
        let bytes = self.src.as_bytes();
        if matches!(bytes[start] | 0x20, b'r' | b'b' | b'u' | b'f')
            && let Some(prefix) = string::prefix_before_quote(&bytes[start..])
        {
            return self.string(start, prefix);
        }
        let (mut end, mut ascii) = (start, true);
        while end < bytes.len() && is_identifier_char(bytes[end]) {
            ascii &= bytes[end] < 0x80;
            end += 1;
        }
        let len = end - start;
        let text = &self.src[start..end];
        if !ascii {
            self.check_identifier(text, start)?;
        }
        let kind = match self.note_word(text) {
            Some(keyword) => {
                self.recursion += usize::from(keyword_recurses(keyword));
                TokenKind::Keyword(keyword)
            }
            None => TokenKind::Name,
        };
        self.push(kind, start, start + len);
        Ok(())
    }

    /// Records the feature a word is (a keyword, or the name `__debug__`), and returns its
    /// keyword.
    fn note_word(&mut self, text: &str) -> Option<Keyword> {
        let keyword = Keyword::from_word(text);
        match keyword {
            Some(keyword) => self.features.add(keyword as u32),
            None if text == "__debug__" => self.features.add(Features::DEBUG),
            None => {}
        }
        keyword
    }

    /// Records what the replacement fields of an f-string may use, read from the bytes of
    /// the whole literal (its fields are tokenized only when parsed): every word that is a
    /// keyword or `__debug__`, any `*`, and any `=` (as a keyword argument, since a field is
    /// read as if in parentheses). Words and signs of the literal text count too; that only
    /// runs a check that then finds nothing.
    fn note_formatted(&mut self, literal: &str) {
        let bytes = literal.as_bytes();
        let mut at = 0;
        while at < bytes.len() {
            if is_identifier_start(bytes[at]) {
                let end = word_end(bytes, at);
                self.note_word(&literal[at..end]);
                at = end;
                continue;
            }
            match bytes[at] {
                b'*' => self.features.add(Features::STAR),
                b'=' => self.features.add(Features::KEYWORD_ARGUMENT),
                _ => {}
            }
            at += 1;
        }
    }

    /// Records the constructs an operator reveals.
    fn note_operator(&mut self, op: Op) {
        match op {
            Op::Star | Op::DoubleStar => self.features.add(Features::STAR),
            Op::Equal if !self.brackets.is_empty() => self.features.add(Features::KEYWORD_ARGUMENT),
            _ => {}
        }
    }

    /// CPython's check of a non-ASCII identifier: the first character that cannot be in one
    /// is "invalid character".
    fn check_identifier(&self, text: &str, start: usize) -> Result<(), LexError> {
        let bad = text.char_indices().find(|&(i, c)| {
            let allowed = match i {
                0 => c == '_' || unicode_ident::is_xid_start(c),
                _ => unicode_ident::is_xid_continue(c),
            };
            !allowed
        });
        let Some((offset, c)) = bad else {
            return Ok(());
        };
        let message = match is_printable(c) {
            true => format!("invalid character '{c}' (U+{:04X})", u32::from(c)),
            false => format!("invalid non-printable character U+{:04X}", u32::from(c)),
        };
        Err(self.error_at(message, start + offset))
    }

    /// A number literal.
    fn number(&mut self) -> Result<(), LexError> {
        let start = self.i;
        match number::scan(&self.src.as_bytes()[start..]) {
            Ok((len, kind)) => {
                self.push(TokenKind::Number(kind), start, start + len);
                Ok(())
            }
            Err(bad) => Err(self.number_error(start, bad)),
        }
    }

    /// The error for a bad number literal starting at `start`.
    fn number_error(&self, start: usize, bad: number::BadNumber) -> LexError {
        let mut error = self.error_at(bad.message, start + bad.at);
        error.error.span.end = start + bad.end.unwrap_or(bad.at);
        error
    }

    /// A string literal whose prefix (of `prefix` bytes) starts at `start`.
    fn string(&mut self, start: usize, prefix: usize) -> Result<(), LexError> {
        let scanned = string::scan(&self.src.as_bytes()[start..], prefix);
        match scanned {
            Ok(found) => {
                if found.flags.formatted {
                    let src = self.src;
                    self.note_formatted(&src[start..start + found.len]);
                }
                let newlines = self.src[start..start + found.len].matches('\n').count();
                self.push(TokenKind::String(found.flags), start, start + found.len);
                if newlines > 0 {
                    self.line += newlines;
                    let last = self.src[start..self.i].rfind('\n').unwrap_or(0);
                    self.line_start = start + last + 1;
                }
                Ok(())
            }
            Err(open) => Err(self.unterminated(start, open)),
        }
    }

    /// "unterminated string literal (detected at line N)", at the literal's start.
    fn unterminated(&self, start: usize, open: string::Unterminated) -> LexError {
        let message = match open.triple {
            true => {
                let line = line_of(self.src, eof_position(self.src));
                format!("unterminated triple-quoted string literal (detected at line {line})")
            }
            false => format!(
                "unterminated string literal (detected at line {})",
                self.line + self.src[start..start + open.scanned].matches('\n').count()
            ),
        };
        let mut error = self.error_at(message, start);
        error.incomplete = open.incomplete;
        error
    }

    /// The tokens that end the source: a last `Newline`, the `Dedent`s, `EndMarker`.
    fn finish(mut self) -> Lexed {
        let eof = eof_position(self.src);
        let mut unclosed = None;
        if let Some(&(bracket, at, line)) = self.brackets.last() {
            unclosed = Some(Unclosed { bracket, at, line });
        } else {
            if !self.at_line_start {
                let span = self.comment.take().unwrap_or(Span::new(self.i, self.i));
                self.tokens.push(Token {
                    kind: TokenKind::Newline,
                    span,
                    level: 0,
                });
            }
            for _ in 1..self.indents.depth() {
                self.push_synthetic(TokenKind::Dedent, eof);
            }
        }
        self.push_synthetic(TokenKind::EndMarker, eof);
        let last_line = self.recursion + self.line_depth;
        let nesting = self.nesting.max(last_line) + 2 * self.indents.deepest();
        Lexed {
            tokens: self.tokens,
            unclosed,
            nesting,
            features: self.features,
            top_level_lines: self.top_level_lines + 1,
        }
    }

    /// A zero-width token at byte `at`.
    fn push_synthetic(&mut self, kind: TokenKind, at: usize) {
        self.tokens.push(Token {
            kind,
            span: Span::new(at, at),
            level: self.brackets.len() as u8,
        });
    }
}

/// Where CPython places tokens and errors at the end of the source: the last line break, or
/// the very end when the source does not end with one.
pub(crate) fn eof_position(src: &str) -> usize {
    match src.ends_with('\n') {
        true => src.len() - 1,
        false => src.len(),
    }
}

/// The 1-based line of byte `at`.
pub(crate) fn line_of(src: &str, at: usize) -> usize {
    1 + src.as_bytes()[..at.min(src.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
}

/// The byte offset `chars` characters after `from` (stopping at the end).
fn advance_chars(src: &str, from: usize, chars: usize) -> usize {
    src[from..]
        .char_indices()
        .nth(chars)
        .map_or(src.len(), |(i, _)| from + i)
}

/// The closing bracket of `opener`.
fn matching_closer(opener: u8) -> u8 {
    match opener {
        b'(' => b')',
        b'[' => b']',
        _ => b'}',
    }
}

/// The operator of a bracket character.
fn bracket_op(bracket: u8) -> Op {
    match bracket {
        b'(' => Op::LPar,
        b')' => Op::RPar,
        b'[' => Op::LSqb,
        b']' => Op::RSqb,
        b'{' => Op::LBrace,
        _ => Op::RBrace,
    }
}

/// Operators after which the parser may recurse (prefix operators, `**`, `:=`).
fn recurses(op: Op) -> bool {
    matches!(
        op,
        Op::Minus | Op::Plus | Op::Tilde | Op::DoubleStar | Op::Star | Op::ColonEqual
    )
}

/// Keywords after which the parser may recurse.
fn keyword_recurses(keyword: Keyword) -> bool {
    matches!(
        keyword,
        Keyword::Not | Keyword::Lambda | Keyword::If | Keyword::Await | Keyword::Yield
    )
}

/// Bytes that may start a name: ASCII letters, `_`, and any non-ASCII byte (checked later).
fn is_identifier_start(b: u8) -> bool {
    b.is_ascii_alphabetic() || b == b'_' || b >= 0x80
}

/// Where the word of name bytes starting at `start` ends.
fn word_end(bytes: &[u8], start: usize) -> usize {
    let len = bytes[start..]
        .iter()
        .take_while(|&&b| is_identifier_char(b));
    start + len.count()
}

/// Bytes that may continue a name.
#[inline]
pub(crate) fn is_identifier_char(b: u8) -> bool {
    IDENTIFIER_BYTES[usize::from(b)]
}

/// [`is_identifier_char`] for every byte: ASCII letters, digits, `_`, and non-ASCII bytes.
static IDENTIFIER_BYTES: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        let byte = b as u8;
        table[b] = byte.is_ascii_alphanumeric() || byte == b'_' || byte >= 0x80;
        b += 1;
    }
    table
};

/// Python's `str.isprintable` for one character, closely enough for error messages.
fn is_printable(c: char) -> bool {
    c == ' ' || !(c.is_control() || c.is_whitespace() || is_format_char(c))
}

/// Unicode format characters (category Cf) that turn up in pasted code.
fn is_format_char(c: char) -> bool {
    matches!(c, '\u{00ad}' | '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{2064}' | '\u{feff}')
}

#[cfg(test)]
mod tests;
