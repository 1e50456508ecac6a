//! Colouring the line being typed.
//!
//! A small scanner, separate from the parser because it must cope with half-typed input:
//! numbers, strings, keywords, names, operators, comments and `%` commands each get a style,
//! and the bracket matching the one under (or just before) the cursor is shown bold, an
//! unmatched one red. Only colours are added, never characters, so the line keeps its width.

use anstyle::{AnsiColor, Style};

const NUMBER: Style = AnsiColor::Cyan.on_default();
const STRING: Style = AnsiColor::Green.on_default();
const KEYWORD: Style = AnsiColor::Magenta.on_default().bold();
const NAME: Style = Style::new();
const OPERATOR: Style = AnsiColor::Yellow.on_default();
const COMMENT: Style = AnsiColor::BrightBlack.on_default();
const COMMAND: Style = AnsiColor::Blue.on_default().bold();
const MATCHED: Style = Style::new().bold().underline();
const UNMATCHED: Style = AnsiColor::Red.on_default().bold();

const KEYWORDS: &[&str] = &[
    "and", "as", "del", "else", "False", "from", "if", "import", "in", "is", "None", "not", "or",
    "pass", "True", "for", "while", "def", "class", "lambda", "return", "with",
];

/// `line` with ANSI colours; `cursor` (a byte offset) selects which bracket pair to show.
pub fn highlight_line(line: &str, cursor: Option<usize>) -> String {
    let tokens = scan(line);
    let brackets = bracket_styles(line, &tokens, cursor);
    let mut text = String::with_capacity(line.len() * 2);
    for (index, (start, end, style)) in tokens.iter().enumerate() {
        let style = brackets
            .iter()
            .find(|(i, _)| *i == index)
            .map_or(*style, |(_, s)| *s);
        let piece = &line[*start..*end];
        if style == Style::new() {
            text.push_str(piece);
        } else {
            text.push_str(&format!("{style}{piece}{style:#}"));
        }
    }
    text
}

/// Tokens as (start, end, style), covering the whole line.
fn scan(line: &str) -> Vec<(usize, usize, Style)> {
    let mut tokens = Vec::new();
    let mut at = 0;
    if line.trim_start().starts_with('%') {
        return vec![(0, line.len(), COMMAND)];
    }
    while let Some(c) = line[at..].chars().next() {
        let (len, style) = token_at(&line[at..], c);
        tokens.push((at, at + len, style));
        at += len;
    }
    tokens
}

/// The length and style of the token starting with `c` at the start of `rest`.
fn token_at(rest: &str, c: char) -> (usize, Style) {
    let word_len = |pred: fn(char) -> bool| rest.find(|c: char| !pred(c)).unwrap_or(rest.len());
    match c {
        '#' => (rest.len(), COMMENT),
        '\'' | '"' => (string_len(rest, c), STRING),
        'b' if rest[1..].starts_with(['\'', '"']) => (
            1 + string_len(&rest[1..], rest.as_bytes()[1] as char),
            STRING,
        ),
        '0'..='9' => (
            word_len(|c| c.is_alphanumeric() || c == '.' || c == '_'),
            NUMBER,
        ),
        '.' if rest[1..].starts_with(|c: char| c.is_ascii_digit()) => {
            (word_len(|c| c.is_alphanumeric() || c == '.'), NUMBER)
        }
        c if c.is_alphabetic() || c == '_' => {
            let len = word_len(|c| c.is_alphanumeric() || c == '_');
            let style = if KEYWORDS.contains(&&rest[..len]) {
                KEYWORD
            } else {
                NAME
            };
            (len, style)
        }
        '(' | ')' | '[' | ']' | '{' | '}' => (1, Style::new()),
        c if "+-*/%@&|^~<>=!:,;".contains(c) => (1, OPERATOR),
        c => (c.len_utf8(), Style::new()),
    }
}

/// Length of a string literal opened by `quote` (to the end of the line if unterminated).
fn string_len(rest: &str, quote: char) -> usize {
    let mut escaped = false;
    for (i, c) in rest.char_indices().skip(1) {
        match c {
            '\\' if !escaped => escaped = true,
            c if c == quote && !escaped => return i + 1,
            _ => escaped = false,
        }
    }
    rest.len()
}

/// Styles for bracket tokens: the pair at the cursor (bold), and brackets with no partner (red).
fn bracket_styles(
    line: &str,
    tokens: &[(usize, usize, Style)],
    cursor: Option<usize>,
) -> Vec<(usize, Style)> {
    let mut open: Vec<usize> = Vec::new();
    let mut pairs = Vec::new();
    let mut unmatched = Vec::new();
    for (index, (start, _, _)) in tokens.iter().enumerate() {
        match line.as_bytes()[*start] {
            b'(' | b'[' | b'{' if tokens[index].1 == start + 1 => open.push(index),
            c @ (b')' | b']' | b'}') if tokens[index].1 == start + 1 => match open.pop() {
                Some(o) if closes(line.as_bytes()[tokens[o].0], c) => pairs.push((o, index)),
                Some(o) => unmatched.extend([o, index]),
                None => unmatched.push(index),
            },
            _ => {}
        }
    }
    let mut styles: Vec<(usize, Style)> = unmatched.into_iter().map(|i| (i, UNMATCHED)).collect();
    if let Some(cursor) = cursor {
        let at_cursor = |i: usize| tokens[i].0 == cursor || tokens[i].1 == cursor;
        if let Some((o, c)) = pairs
            .iter()
            .rev()
            .find(|(o, c)| at_cursor(*o) || at_cursor(*c))
        {
            styles.extend([(*o, MATCHED), (*c, MATCHED)]);
        }
    }
    styles
}

fn closes(open: u8, close: u8) -> bool {
    matches!((open, close), (b'(', b')') | (b'[', b']') | (b'{', b'}'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strip(text: &str) -> String {
        let mut plain = String::new();
        let mut in_escape = false;
        for c in text.chars() {
            match (in_escape, c) {
                (false, '\x1b') => in_escape = true,
                (true, 'm') => in_escape = false,
                (true, _) => {}
                (false, c) => plain.push(c),
            }
        }
        plain
    }

    #[test]
    fn colours_never_change_the_text() {
        for line in [
            "a = [1, 2.5] + 'x' # c",
            "print(a[1:], b'\\x00')",
            "%whos all",
            "é = (",
            "",
        ] {
            assert_eq!(strip(&highlight_line(line, Some(3))), line);
        }
    }

    #[test]
    fn numbers_strings_and_keywords_are_coloured() {
        let text = highlight_line("x = 12 if 'a' else None", None);
        assert!(text.contains(&format!("{NUMBER}12{NUMBER:#}")), "{text:?}");
        assert!(text.contains(&format!("{STRING}'a'{STRING:#}")), "{text:?}");
        assert!(
            text.contains(&format!("{KEYWORD}else{KEYWORD:#}")),
            "{text:?}"
        );
    }

    #[test]
    fn the_bracket_pair_at_the_cursor_is_bold_and_a_stray_one_red() {
        let text = highlight_line("f(a[1])", Some(7));
        assert!(
            text.starts_with(&format!("f{MATCHED}({MATCHED:#}")),
            "{text:?}"
        );
        assert!(highlight_line("a]", None).contains(&format!("{UNMATCHED}]")));
    }
}
