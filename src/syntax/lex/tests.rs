//! Unit tests of the lexer: token sequences, indentation, literals, and its errors.

use super::*;

/// The tokens of `src`, written compactly: names and numbers as their text, operators as
/// written, and `NL`, `IN`, `DE`, `END` for the synthetic tokens.
fn tokens(src: &str) -> String {
    let lexed = lex(src).unwrap_or_else(|e| panic!("{src:?}: {:?}", e.error));
    let words: Vec<String> = lexed
        .tokens
        .iter()
        .map(|t| match t.kind {
            TokenKind::Newline => "NL".to_string(),
            TokenKind::Indent => "IN".to_string(),
            TokenKind::Dedent => "DE".to_string(),
            TokenKind::EndMarker => "END".to_string(),
            TokenKind::Keyword(k) => format!("kw:{}", k.text()),
            _ => src[t.span.start..t.span.end].to_string(),
        })
        .collect();
    words.join(" ")
}

/// The error of `src`: its kind, message and where it points.
fn error(src: &str) -> (&'static str, String, usize, bool) {
    let e = lex(src).expect_err(src);
    (
        e.error.kind,
        e.error.message,
        e.error.span.start,
        e.incomplete,
    )
}

#[test]
fn logical_lines_end_with_newline() {
    assert_eq!(tokens("x = 1\ny = 2\n"), "x = 1 NL y = 2 NL END");
    assert_eq!(tokens("x = 1"), "x = 1 NL END");
    assert_eq!(tokens(""), "END");
    assert_eq!(tokens("\n\n# only a comment\n   \n"), "END");
    assert_eq!(tokens("f(1,\n  2)  # two lines\n"), "f ( 1 , 2 ) NL END");
    assert_eq!(tokens("a = 1 + \\\n 2\n"), "a = 1 + 2 NL END");
    assert_eq!(tokens("a = 1; b = 2"), "a = 1 ; b = 2 NL END");
}

#[test]
fn indentation_makes_indent_and_dedent() {
    let src = "if x:\n    y = 1\n    if z:\n        w\n\n    v\nu\n";
    assert_eq!(
        tokens(src),
        "kw:if x : NL IN y = 1 NL kw:if z : NL IN w NL DE v NL DE u NL END"
    );
    assert_eq!(
        tokens("if x:\n  a\n  # c\n\n  b"),
        "kw:if x : NL IN a NL b NL DE END"
    );
    assert_eq!(
        tokens("def f():\n\tif x:\n\t\treturn 1\n"),
        "kw:def f ( ) : NL IN kw:if x : NL IN kw:return 1 NL DE DE END"
    );
    assert_eq!(tokens("x = [\n  1,\n    2]\n"), "x = [ 1 , 2 ] NL END");
}

#[test]
fn synthetic_tokens_sit_where_cpython_reports_them() {
    let lexed = lex("x = 1 +  # c\n").unwrap();
    let newline = lexed.tokens[4];
    assert_eq!(
        (newline.kind, newline.span),
        (TokenKind::Newline, Span::new(9, 12))
    );
    let lexed = lex("if x:\n    y").unwrap();
    let indent = lexed.tokens[4];
    assert_eq!(
        (indent.kind, indent.span),
        (TokenKind::Indent, Span::new(9, 9))
    );
    let end = lexed.tokens.last().unwrap();
    assert_eq!(end.span, Span::new(11, 11));
    assert_eq!(
        lex("x\n").unwrap().tokens.last().unwrap().span,
        Span::new(1, 1)
    );
}

#[test]
fn indentation_errors_are_cpythons() {
    let unindent = "unindent does not match any outer indentation level";
    assert_eq!(
        error("if x:\n    a\n  b"),
        ("IndentationError", unindent.into(), 15, false)
    );
    let tabs = "inconsistent use of tabs and spaces in indentation";
    assert_eq!(
        error("if x:\n        a\n\tb"),
        ("TabError", tabs.into(), 16, false)
    );
    let deep: String = (0..100)
        .map(|n| format!("{}if x:\n", " ".repeat(n)))
        .collect();
    let (kind, message, _, _) = error(&format!("{deep}{}pass\n", " ".repeat(100)));
    assert_eq!(
        (kind, message.as_str()),
        ("IndentationError", "too many levels of indentation")
    );
}

#[test]
fn numbers() {
    assert_eq!(
        tokens("0x1f 0o17 0b101 1_000 0 00 1.5 1. .5 1e3 1E-3 2j 1.5e3J 1_0.5"),
        "0x1f 0o17 0b101 1_000 0 00 1.5 1. .5 1e3 1E-3 2j 1.5e3J 1_0.5 NL END"
    );
    assert_eq!(tokens("1if x else 2"), "1 kw:if x kw:else 2 NL END");
    assert_eq!(tokens("0x1for"), "0x1f kw:or NL END");
    assert_eq!(tokens("1.e5j"), "1.e5j NL END");
    let cases = [
        ("1abc", "invalid decimal literal", 0),
        ("x = 1__0", "invalid decimal literal", 5),
        ("x = 1_", "invalid decimal literal", 5),
        ("x = 1e", "invalid decimal literal", 4),
        ("x = 1e+", "invalid decimal literal", 6),
        ("0x", "invalid hexadecimal literal", 1),
        ("x = 0b2", "invalid digit '2' in binary literal", 6),
        ("x = 0o8", "invalid digit '8' in octal literal", 6),
    ];
    for (src, message, at) in cases {
        assert_eq!(
            error(src),
            ("SyntaxError", message.into(), at, false),
            "{src}"
        );
    }
    let (_, message, at, _) = error("x = 0_7");
    assert!(message.starts_with("leading zeros"), "{message}");
    assert_eq!(at, 4);
}

#[test]
fn strings() {
    assert_eq!(
        tokens(r#"'a' "b" '''c''' r'\d' b'x' Rb"y" f'{z}' u'w'"#),
        r#"'a' "b" '''c''' r'\d' b'x' Rb"y" f'{z}' u'w' NL END"#
    );
    assert_eq!(tokens("'it\\'s' \"q\\\"\""), "'it\\'s' \"q\\\"\" NL END");
    assert_eq!(
        tokens("x = '''two\nlines'''\ny"),
        "x = '''two\nlines''' NL y NL END"
    );
    assert_eq!(tokens("ur'a'"), "ur 'a' NL END");
    assert_eq!(tokens("bar'a'"), "bar 'a' NL END");
    let lexed = lex("s = rb'\\x'").unwrap();
    let TokenKind::String(flags) = lexed.tokens[2].kind else {
        panic!()
    };
    assert_eq!(
        (
            flags.prefix_len,
            flags.quote_len,
            flags.bytes,
            flags.raw,
            flags.formatted
        ),
        (2, 1, true, true, false)
    );
}

#[test]
fn unterminated_strings() {
    assert_eq!(
        error("a = 'abc\nb = 1"),
        (
            "SyntaxError",
            "unterminated string literal (detected at line 1)".into(),
            4,
            false
        )
    );
    assert!(error("x = 'abc\\").3);
    let (_, message, at, incomplete) = error("x = '''abc\n\ny");
    assert_eq!(
        (message.as_str(), at, incomplete),
        (
            "unterminated triple-quoted string literal (detected at line 3)",
            4,
            true
        )
    );
}

#[test]
fn brackets() {
    assert_eq!(
        error("x = 1)"),
        ("SyntaxError", "unmatched ')'".into(), 5, false)
    );
    let mismatch = "closing parenthesis ']' does not match opening parenthesis '(' on line 1";
    assert_eq!(
        error("x = (1,\n 2]"),
        ("SyntaxError", mismatch.into(), 10, false)
    );
    let deep = error(&"[".repeat(100_000));
    assert_eq!(
        (deep.1.as_str(), deep.2),
        ("too many nested parentheses", 200)
    );
    let open = lex("x = (1,\n2").unwrap().unclosed.unwrap();
    assert_eq!((open.bracket, open.at, open.line), (b'(', 4, 1));
}

#[test]
fn other_characters() {
    assert_eq!(tokens("x = $ ? !"), "x = $ ? ! NL END");
    let (_, message, at, _) = error("x = 1 € 2");
    assert_eq!(
        (message.as_str(), at),
        ("invalid character '€' (U+20AC)", 6)
    );
    let (_, message, _, _) = error("x = 1\u{a0}+ 2");
    assert_eq!(message, "invalid non-printable character U+00A0");
    assert_eq!(tokens("état = 1"), "état = 1 NL END");
    let (_, message, at, incomplete) = error("x = \\");
    assert_eq!(
        (message.as_str(), at, incomplete),
        ("unexpected EOF while parsing", 5, true)
    );
    let continuation = "unexpected character after line continuation character";
    assert_eq!(error("a = 1 \\ b").1, continuation);
}

#[test]
fn features_say_what_the_source_uses() {
    let features = lex("def f(a=1): return a * 2").unwrap().features;
    assert!(features.has(Keyword::Def) && features.has(Keyword::Return));
    assert!(!features.has(Keyword::For));
    assert!(features.has_bit(Features::STAR) && features.has_bit(Features::KEYWORD_ARGUMENT));
}

#[test]
fn features_of_f_string_fields_are_read_from_their_text() {
    let plain = lex("x = f'{y}'").unwrap().features;
    assert_eq!(plain, lex("x = y").unwrap().features);
    let features = lex("x = f'{(yield)} {g(*a, k=1)} {__debug__}'")
        .unwrap()
        .features;
    assert!(features.has(Keyword::Yield) && features.has_bit(Features::DEBUG));
    assert!(features.has_bit(Features::STAR) && features.has_bit(Features::KEYWORD_ARGUMENT));
    let nested = lex("f'{f\"{lambda: 0}\"}'").unwrap().features;
    assert!(nested.has(Keyword::Lambda));
}

#[test]
fn fragments_are_lexed_as_if_in_parentheses() {
    let src = "f'{a +\n b}'";
    let tokens = lex_fragment(src, Span::new(3, 9)).unwrap();
    let texts: Vec<&str> = tokens
        .iter()
        .map(|t| &src[t.span.start..t.span.end])
        .collect();
    assert_eq!(texts, ["a", "+", "b"]);
}
