//! What the lexer hands the parser: tokens with a kind and a byte span.
//!
//! Keywords and operators are decided here, once, as enums, so the parser compares small
//! values instead of strings. A token carries no text of its own: names, numbers and strings
//! are read back from the source through the span when the parser builds a node. The
//! synthetic tokens (`Newline`, `Indent`, `Dedent`, `EndMarker`) sit where CPython's
//! tokenizer reports them, so that errors pointing at them land on CPython's columns.

use crate::syntax::ast::Span;

/// One token: what it is and where it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Token {
    /// What the token is.
    pub(crate) kind: TokenKind,
    /// Its bytes in the source (empty for `Indent`, `Dedent`, `EndMarker`, and for a
    /// `Newline` with no comment before it).
    pub(crate) span: Span,
    /// How many brackets are open after it, as CPython's token `level`.
    pub(crate) level: u8,
}

/// The kinds of token, as CPython's tokenizer makes them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum TokenKind {
    /// An identifier that is not a keyword (soft keywords such as `match` are names).
    Name,
    /// A reserved word.
    Keyword(Keyword),
    /// A number literal, already checked.
    Number(NumberKind),
    /// A string literal (any prefix), already checked to be terminated.
    String(StringFlags),
    /// An operator or delimiter.
    Op(Op),
    /// A character that is no token of Python's (`$`, `?`, a lone `!`): always a syntax error.
    Unknown,
    /// The end of a logical line.
    Newline,
    /// A line indented deeper than the one before.
    Indent,
    /// One level of indentation closed.
    Dedent,
    /// The end of the source.
    EndMarker,
}

/// Python's reserved words.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[allow(missing_docs)]
pub(crate) enum Keyword {
    False,
    None,
    True,
    And,
    As,
    Assert,
    Async,
    Await,
    Break,
    Class,
    Continue,
    Def,
    Del,
    Elif,
    Else,
    Except,
    Finally,
    For,
    From,
    Global,
    If,
    Import,
    In,
    Is,
    Lambda,
    Nonlocal,
    Not,
    Or,
    Pass,
    Raise,
    Return,
    Try,
    While,
    With,
    Yield,
}

/// Every keyword with its spelling.
const KEYWORDS: [(&str, Keyword); 35] = [
    ("False", Keyword::False),
    ("None", Keyword::None),
    ("True", Keyword::True),
    ("and", Keyword::And),
    ("as", Keyword::As),
    ("assert", Keyword::Assert),
    ("async", Keyword::Async),
    ("await", Keyword::Await),
    ("break", Keyword::Break),
    ("class", Keyword::Class),
    ("continue", Keyword::Continue),
    ("def", Keyword::Def),
    ("del", Keyword::Del),
    ("elif", Keyword::Elif),
    ("else", Keyword::Else),
    ("except", Keyword::Except),
    ("finally", Keyword::Finally),
    ("for", Keyword::For),
    ("from", Keyword::From),
    ("global", Keyword::Global),
    ("if", Keyword::If),
    ("import", Keyword::Import),
    ("in", Keyword::In),
    ("is", Keyword::Is),
    ("lambda", Keyword::Lambda),
    ("nonlocal", Keyword::Nonlocal),
    ("not", Keyword::Not),
    ("or", Keyword::Or),
    ("pass", Keyword::Pass),
    ("raise", Keyword::Raise),
    ("return", Keyword::Return),
    ("try", Keyword::Try),
    ("while", Keyword::While),
    ("with", Keyword::With),
    ("yield", Keyword::Yield),
];

impl Keyword {
    /// The keyword spelled `word`, if it is one.
    pub(crate) fn from_word(word: &str) -> Option<Keyword> {
        let first = *word.as_bytes().first()?;
        if word.len() > 8 || !(first.is_ascii_lowercase() || matches!(first, b'F' | b'N' | b'T')) {
            return None;
        }
        Some(match word {
            "False" => Keyword::False,
            "None" => Keyword::None,
            "True" => Keyword::True,
            "and" => Keyword::And,
            "as" => Keyword::As,
            "assert" => Keyword::Assert,
            "async" => Keyword::Async,
            "await" => Keyword::Await,
            "break" => Keyword::Break,
            "class" => Keyword::Class,
            "continue" => Keyword::Continue,
            "def" => Keyword::Def,
            "del" => Keyword::Del,
            "elif" => Keyword::Elif,
            "else" => Keyword::Else,
            "except" => Keyword::Except,
            "finally" => Keyword::Finally,
            "for" => Keyword::For,
            "from" => Keyword::From,
            "global" => Keyword::Global,
            "if" => Keyword::If,
            "import" => Keyword::Import,
            "in" => Keyword::In,
            "is" => Keyword::Is,
            "lambda" => Keyword::Lambda,
            "nonlocal" => Keyword::Nonlocal,
            "not" => Keyword::Not,
            "or" => Keyword::Or,
            "pass" => Keyword::Pass,
            "raise" => Keyword::Raise,
            "return" => Keyword::Return,
            "try" => Keyword::Try,
            "while" => Keyword::While,
            "with" => Keyword::With,
            "yield" => Keyword::Yield,
            _ => return None,
        })
    }

    /// How the keyword is written.
    pub(crate) fn text(self) -> &'static str {
        KEYWORDS
            .iter()
            .find(|(_, k)| *k == self)
            .map_or("", |&(text, _)| text)
    }
}

/// What kind of number a `Number` token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum NumberKind {
    /// An integer in base 2, 8, 10 or 16.
    Int {
        /// The base.
        radix: u8,
    },
    /// A float (`1.5`, `1e3`, `.5`).
    Float,
    /// An imaginary literal (`2j`, `1.5e3J`).
    Imaginary,
}

/// The prefix and quotes of a `String` token.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct StringFlags {
    /// Bytes of prefix letters before the quote (`rb` is 2).
    pub(crate) prefix_len: u8,
    /// 1 for `'…'`, 3 for `'''…'''`.
    pub(crate) quote_len: u8,
    /// A `b` prefix.
    pub(crate) bytes: bool,
    /// An `r` prefix: backslashes stay as written.
    pub(crate) raw: bool,
    /// An `f` prefix: a formatted string.
    pub(crate) formatted: bool,
}

impl StringFlags {
    /// The span of the literal's body, between its quotes, for a token at `span`.
    pub(crate) fn body(self, span: Span) -> Span {
        let open = usize::from(self.prefix_len + self.quote_len);
        Span::new(span.start + open, span.end - usize::from(self.quote_len))
    }
}

/// Python's operators and delimiters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[allow(missing_docs)]
pub(crate) enum Op {
    LPar,
    RPar,
    LSqb,
    RSqb,
    LBrace,
    RBrace,
    Colon,
    Comma,
    Semi,
    Plus,
    Minus,
    Star,
    Slash,
    VBar,
    Amper,
    Less,
    Greater,
    Equal,
    Dot,
    Percent,
    EqEqual,
    NotEqual,
    LessEqual,
    GreaterEqual,
    Tilde,
    Circumflex,
    LeftShift,
    RightShift,
    DoubleStar,
    PlusEqual,
    MinEqual,
    StarEqual,
    SlashEqual,
    PercentEqual,
    AmperEqual,
    VBarEqual,
    CircumflexEqual,
    LeftShiftEqual,
    RightShiftEqual,
    DoubleStarEqual,
    DoubleSlash,
    DoubleSlashEqual,
    At,
    AtEqual,
    RArrow,
    Ellipsis,
    ColonEqual,
}

/// Every operator with its spelling, longest first so that a scan finds the longest match.
#[cfg(test)]
pub(crate) const OPERATORS: [(&str, Op); 47] = [
    ("**=", Op::DoubleStarEqual),
    ("//=", Op::DoubleSlashEqual),
    (">>=", Op::RightShiftEqual),
    ("<<=", Op::LeftShiftEqual),
    ("...", Op::Ellipsis),
    ("**", Op::DoubleStar),
    ("//", Op::DoubleSlash),
    (">>", Op::RightShift),
    ("<<", Op::LeftShift),
    ("<=", Op::LessEqual),
    (">=", Op::GreaterEqual),
    ("==", Op::EqEqual),
    ("!=", Op::NotEqual),
    ("->", Op::RArrow),
    (":=", Op::ColonEqual),
    ("+=", Op::PlusEqual),
    ("-=", Op::MinEqual),
    ("*=", Op::StarEqual),
    ("/=", Op::SlashEqual),
    ("%=", Op::PercentEqual),
    ("&=", Op::AmperEqual),
    ("|=", Op::VBarEqual),
    ("^=", Op::CircumflexEqual),
    ("@=", Op::AtEqual),
    ("+", Op::Plus),
    ("-", Op::Minus),
    ("*", Op::Star),
    ("/", Op::Slash),
    ("%", Op::Percent),
    ("@", Op::At),
    ("&", Op::Amper),
    ("|", Op::VBar),
    ("^", Op::Circumflex),
    ("~", Op::Tilde),
    ("<", Op::Less),
    (">", Op::Greater),
    ("=", Op::Equal),
    ("(", Op::LPar),
    (")", Op::RPar),
    ("[", Op::LSqb),
    ("]", Op::RSqb),
    ("{", Op::LBrace),
    ("}", Op::RBrace),
    (",", Op::Comma),
    (":", Op::Colon),
    (".", Op::Dot),
    (";", Op::Semi),
];

/// The operator at the start of `b` (longest match) and its length.
pub(crate) fn operator_at(b: &[u8]) -> Option<(Op, usize)> {
    let at = |i: usize| b.get(i).copied().unwrap_or(0);
    let (next, third) = (at(1), at(2));
    let with_equal = |plain: Op, equal: Op| match next == b'=' {
        true => (equal, 2),
        false => (plain, 1),
    };
    Some(match at(0) {
        b'(' => (Op::LPar, 1),
        b')' => (Op::RPar, 1),
        b'[' => (Op::LSqb, 1),
        b']' => (Op::RSqb, 1),
        b'{' => (Op::LBrace, 1),
        b'}' => (Op::RBrace, 1),
        b',' => (Op::Comma, 1),
        b';' => (Op::Semi, 1),
        b'~' => (Op::Tilde, 1),
        b'.' if next == b'.' && third == b'.' => (Op::Ellipsis, 3),
        b'.' => (Op::Dot, 1),
        b':' => with_equal(Op::Colon, Op::ColonEqual),
        b'=' => with_equal(Op::Equal, Op::EqEqual),
        b'!' if next == b'=' => (Op::NotEqual, 2),
        b'+' => with_equal(Op::Plus, Op::PlusEqual),
        b'-' if next == b'>' => (Op::RArrow, 2),
        b'-' => with_equal(Op::Minus, Op::MinEqual),
        b'%' => with_equal(Op::Percent, Op::PercentEqual),
        b'&' => with_equal(Op::Amper, Op::AmperEqual),
        b'|' => with_equal(Op::VBar, Op::VBarEqual),
        b'^' => with_equal(Op::Circumflex, Op::CircumflexEqual),
        b'@' => with_equal(Op::At, Op::AtEqual),
        b'*' => doubled(
            next,
            third,
            [Op::Star, Op::StarEqual, Op::DoubleStar, Op::DoubleStarEqual],
            b'*',
        ),
        b'/' => doubled(
            next,
            third,
            [
                Op::Slash,
                Op::SlashEqual,
                Op::DoubleSlash,
                Op::DoubleSlashEqual,
            ],
            b'/',
        ),
        b'<' => doubled(
            next,
            third,
            [Op::Less, Op::LessEqual, Op::LeftShift, Op::LeftShiftEqual],
            b'<',
        ),
        b'>' => doubled(
            next,
            third,
            [
                Op::Greater,
                Op::GreaterEqual,
                Op::RightShift,
                Op::RightShiftEqual,
            ],
            b'>',
        ),
        _ => return None,
    })
}

/// An operator that may be doubled and take `=` (`*`, `*=`, `**`, `**=`), given the two
/// bytes after its first: `ops` are the four forms in that order.
fn doubled(next: u8, third: u8, ops: [Op; 4], same: u8) -> (Op, usize) {
    match (next, third) {
        (n, b'=') if n == same => (ops[3], 3),
        (n, _) if n == same => (ops[2], 2),
        (b'=', _) => (ops[1], 2),
        _ => (ops[0], 1),
    }
}

impl Op {
    /// How the operator is written.
    #[cfg(test)]
    pub(crate) fn text(self) -> &'static str {
        OPERATORS
            .iter()
            .find(|(_, op)| *op == self)
            .map_or("", |&(text, _)| text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keywords_round_trip() {
        for (text, keyword) in KEYWORDS {
            assert_eq!(Keyword::from_word(text), Some(keyword));
            assert_eq!(keyword.text(), text);
        }
        assert_eq!(Keyword::from_word("match"), None);
        assert_eq!(Keyword::from_word("Iffy"), None);
    }

    #[test]
    fn operator_at_finds_the_longest_match() {
        for (text, op) in OPERATORS {
            let found = operator_at(text.as_bytes());
            assert_eq!(found, Some((op, text.len())), "{text}");
            let longer = format!("{text} x");
            assert_eq!(
                operator_at(longer.as_bytes()),
                Some((op, text.len())),
                "{text}"
            );
        }
        assert_eq!(operator_at(b"!"), None);
        assert_eq!(operator_at(b"$"), None);
        assert_eq!(operator_at(b"->"), Some((Op::RArrow, 2)));
    }

    #[test]
    fn operators_are_longest_first() {
        for (i, (a, _)) in OPERATORS.iter().enumerate() {
            for (b, _) in &OPERATORS[i + 1..] {
                assert!(!b.starts_with(a) || b == a, "{b} after its prefix {a}");
            }
        }
        assert_eq!(Op::DoubleStarEqual.text(), "**=");
    }
}
