//! Unit tests of the parser as a whole: spans, the grammar file, errors, robustness.

use super::*;
use crate::syntax::testing::{err, expr, fails, s, show, show_target, stmt};
use proptest::prelude::*;

/// The grammar file, whose examples must parse.
const GRAMMAR: &str = include_str!("../../../grammar/viewfinder.ebnf");

/// Every `(* example: ... *)` of the grammar file.
fn grammar_examples() -> Vec<&'static str> {
    GRAMMAR
        .split("(* example: ")
        .skip(1)
        .map(|chunk| chunk.split(" *)").next().unwrap_or(""))
        .collect()
}

#[test]
fn every_grammar_example_parses() {
    let examples = grammar_examples();
    assert!(examples.len() >= 80, "only {} examples", examples.len());
    for example in examples {
        if let Err(e) = parse_program(example) {
            panic!("{example:?}: {e} at {:?}", e.span);
        }
    }
}

/// The sources that hold the grammar's rules.
const RULE_SOURCES: [&str; 17] = [
    include_str!("stmt.rs"),
    include_str!("assign.rs"),
    include_str!("compound.rs"),
    include_str!("def.rs"),
    include_str!("params.rs"),
    include_str!("pattern.rs"),
    include_str!("expr.rs"),
    include_str!("primary.rs"),
    include_str!("display.rs"),
    include_str!("strings.rs"),
    include_str!("target.rs"),
    include_str!("input.rs"),
    include_str!("../lex/mod.rs"),
    include_str!("../lex/number.rs"),
    include_str!("../lex/string.rs"),
    include_str!("../lex/fstring.rs"),
    include_str!("../lex/indent.rs"),
];

/// Lexical rules that are parts of a function named after another rule.
const RULES_WITHOUT_A_FUNCTION: [&str; 9] = [
    "keyword",
    "integer",
    "digits",
    "float",
    "exponent",
    "imaginary",
    "prefix",
    "item",
    "escape",
];

#[test]
fn every_grammar_rule_has_its_function() {
    let rules: Vec<&str> = GRAMMAR
        .lines()
        .filter_map(|line| line.split_once("::=").map(|(rule, _)| rule.trim()))
        .filter(|rule| rule.chars().all(|c| c.is_ascii_lowercase() || c == '_'))
        .filter(|rule| !RULES_WITHOUT_A_FUNCTION.contains(rule))
        .collect();
    assert!(rules.len() >= 80, "only {} rules", rules.len());
    for rule in rules {
        let signatures = [format!("fn {rule}("), format!("fn {rule}<")];
        assert!(
            RULE_SOURCES
                .iter()
                .any(|src| signatures.iter().any(|sig| src.contains(sig.as_str()))),
            "no `fn {rule}` for the grammar rule `{rule}`"
        );
    }
}

#[test]
fn spans_are_byte_offsets_in_the_whole_source() {
    let program = parse_program("x = 1\ny = a[1:, 0] + é").unwrap();
    assert_eq!(program[1].span, Span::new(6, 23));
    let StmtKind::Assign { targets, value } = &program[1].kind else {
        panic!()
    };
    assert_eq!(targets[0].span(), Span::new(6, 7));
    assert_eq!(value.span, Span::new(10, 23));
    let ExprKind::Binary { left, right, .. } = &value.kind else {
        panic!()
    };
    assert_eq!(
        (left.span, right.span),
        (Span::new(10, 18), Span::new(21, 23))
    );
    let ExprKind::Subscript { index, .. } = &left.kind else {
        panic!()
    };
    assert_eq!(index.span, Span::new(12, 17));
    let ExprKind::Tuple(items) = &index.kind else {
        panic!()
    };
    assert_eq!(items[0].span, Span::new(12, 14));
    let call = expr("f(x, k = 2)");
    let ExprKind::Call { args, .. } = &call.kind else {
        panic!()
    };
    assert!(matches!(&args[1], Arg::Keyword { span, .. } if *span == Span::new(5, 10)));
}

#[test]
fn compound_statements_span_their_blocks() {
    let program = parse_program("if x:\n    y = 1\nelse:\n    y = 2\nz = 3\n").unwrap();
    assert_eq!(program.len(), 2);
    assert_eq!(program[0].span, Span::new(0, 31));
    let StmtKind::If { body, orelse, .. } = &program[0].kind else {
        panic!()
    };
    assert_eq!((body.len(), orelse.len()), (1, 1));
    assert_eq!(program[1].span, Span::new(32, 37));
}

#[test]
fn syntax_errors_point_at_the_column() {
    fails("a b", "SyntaxError", "invalid syntax", 2);
    fails("a = (1 +)", "SyntaxError", "invalid syntax", 8);
    fails("x = 1 +", "SyntaxError", "invalid syntax", 7);
    fails("x = (1,\n", "SyntaxError", "'(' was never closed", 4);
    fails(
        "x = [1, 2)",
        "SyntaxError",
        "closing parenthesis ')' does not match opening parenthesis '['",
        9,
    );
    fails("x = 1)", "SyntaxError", "unmatched ')'", 5);
    fails(
        "a = 1 \\ b",
        "SyntaxError",
        "unexpected character after line continuation character",
        7,
    );
    fails(
        "a = 1 + \\",
        "SyntaxError",
        "unexpected EOF while parsing",
        9,
    );
    fails("x = 1\n  y = 2", "IndentationError", "unexpected indent", 7);
    fails(
        "f(a=1, b)",
        "SyntaxError",
        "positional argument follows keyword argument",
        8,
    );
    fails(
        "f(a=1, a=2)",
        "SyntaxError",
        "keyword argument repeated: a",
        7,
    );
    fails(
        "x = a if b",
        "SyntaxError",
        "expected 'else' after 'if' expression",
        4,
    );
    fails("break", "SyntaxError", "'break' outside loop", 0);
    fails("a\0", "SyntaxError", "null bytes", 1);
    assert_eq!(err("a b").to_string(), "SyntaxError: invalid syntax");
}

#[test]
fn the_whole_statement_language_parses() {
    let program = "\
import numpy as np
from . import x
from m import (a, b as c,)
from m import *
@decorator(1)
async def f(a, /, b: int = 1, *args, c, d=2, **kwargs) -> list[int]:
    global g
    x: int = 3
    for i, *rest in zip(a, b):
        if i:
            continue
        elif i is None:
            break
        else:
            pass
    else:
        x = [j async for j in y if j]
    while True:
        try:
            await g()
        except (ValueError, TypeError) as e:
            raise e from None
        except Exception:
            raise
        else:
            x += 1
        finally:
            del x
    async with a as b, c:
        await b
class C(Base, metaclass=M):
    def g(self):
        yield from self
        nonlocal_ = lambda x, *, y=1: x + y
        assert x, 'msg'
        return {k: v for k, v in d.items()} | {*s} | {**d}
match command:
    case [x, *rest] if x > 0:
        pass
    case {'a': 1, **kw} as p:
        pass
    case Point(x=0, y=_) as p:
        pass
    case -1 | 1 + 2j | 'text' | None | Color.RED:
        pass
    case _:
        pass
match = 3
print(f'{a!r:>{width}} {b=}', sum(x for x in y), *args, **kwargs)
";
    let parsed = parse_program(program).unwrap_or_else(|e| panic!("{e} at {:?}", e.span));
    assert_eq!(parsed.len(), 9);
}

#[test]
fn soft_keywords_stay_names() {
    assert!(matches!(stmt("match = 3").kind, StmtKind::Assign { .. }));
    assert_eq!(s("match(x)"), "(call match x)");
    assert_eq!(s("match[1]"), "(sub match 1)");
    assert!(matches!(stmt("case = _").kind, StmtKind::Assign { .. }));
    let StmtKind::Match { cases, .. } = stmt("match x:\n    case 1:\n        pass\n").kind else {
        panic!()
    };
    assert_eq!(cases.len(), 1);
}

#[test]
fn for_targets_and_starred() {
    let StmtKind::For { target, iter, .. } = stmt("for a, (b, *c) in x: pass").kind else {
        panic!()
    };
    assert_eq!(show_target(&target), "(tuple a (tuple b (* c)))");
    assert_eq!(show(&iter), "x");
    let StmtKind::Assign { targets, .. } = stmt("[a, *b] = x").kind else {
        panic!()
    };
    assert_eq!(show_target(&targets[0]), "(tuple a (* b))");
}

#[test]
fn is_incomplete_waits_for_blocks_and_brackets() {
    assert!(is_incomplete("a = (1,"));
    assert!(is_incomplete("a = 1 + \\"));
    assert!(is_incomplete("s = '''abc"));
    assert!(is_incomplete("f(a[0\n"));
    assert!(is_incomplete("if x:"));
    assert!(is_incomplete("if x:\n    y = 1"));
    assert!(is_incomplete("for i in range(3): print(i)"));
    assert!(is_incomplete("try:\n    x"));
    assert!(is_incomplete("@dec"));
    assert!(!is_incomplete("if x:\n    y = 1\n"));
    assert!(!is_incomplete("if x:\ny = 1"));
    assert!(!is_incomplete("a = 1"));
    assert!(!is_incomplete("a = 1)"));
    assert!(!is_incomplete("s = 'abc"));
    assert!(!is_incomplete("match = 3"));
    assert!(!is_incomplete(""));
}

#[test]
fn nesting_limits() {
    let ok = format!("{}1{}", "(".repeat(200), ")".repeat(200));
    assert_eq!(s(&ok), "1");
    fails(
        &"[".repeat(100_000),
        "SyntaxError",
        "too many nested parentheses",
        200,
    );
    let deep = format!("x = {}1", "-".repeat(100_000));
    assert_eq!(err(&deep).message, "expression is too deeply nested");
    let deep = format!("x = {}", "not ".repeat(100_000));
    assert_eq!(err(&deep).message, "expression is too deeply nested");
    let deep = format!("x = 2{}", "**2".repeat(100_000));
    assert_eq!(err(&deep).message, "expression is too deeply nested");
    let mixed = format!("{}1{}", "(-".repeat(200), ")".repeat(200));
    assert!(parse_program(&mixed).is_ok() || err(&mixed).message.contains("nested"));
}

#[test]
fn long_inputs_do_not_overflow() {
    let long = format!("x = {}1", "1 + ".repeat(900));
    assert_eq!(parse_program(&long).unwrap().len(), 1);
    let too_long = format!("x = {}1", "1 + ".repeat(200_000));
    assert_eq!(err(&too_long).message, "expression is too deeply nested");
    let trailers = format!("x = a{}", ".b[0]()".repeat(100_000));
    assert_eq!(err(&trailers).message, "expression is too deeply nested");
    let list = format!("[{}]", "0, ".repeat(20_000));
    assert_eq!(parse_program(&list).unwrap().len(), 1);
    let strings = "'a' ".repeat(20_000);
    assert_eq!(parse_program(&strings).unwrap().len(), 1);
    assert!(parse_program(&"é".repeat(200_000)).is_ok());
    let blocks: String = (0..99)
        .map(|n| format!("{}if x:\n", "  ".repeat(n)))
        .collect();
    let blocks = format!("{blocks}{}pass\n", "  ".repeat(99));
    assert_eq!(parse_program(&blocks).unwrap().len(), 1);
}

/// Python-ish pieces for the never-panic property.
const PIECES: [&str; 52] = [
    "a", "np", "1", "0x", "1.5e", "_", " ", "\n", "\t", "\\", "\\\n", "#", "(", ")", "[", "]", "{",
    "}", ",", ":", ";", ".", "...", "=", "+=", "**", "*", "-", "~", "not", "is", "in", "if",
    "else", "for", "lambda", "'", "\"", "'''", "b'", "r'", "f'", "{x!r}", "é", "\0", "\\x", "    ",
    "def", "match", "case", "@", "yield",
];

proptest! {
    #[test]
    fn never_panics(pieces in proptest::collection::vec(0..PIECES.len(), 0..40)) {
        let src: String = pieces.iter().map(|&i| PIECES[i]).collect();
        let _ = is_incomplete(&src);
        if let Err(e) = parse_program(&src) {
            prop_assert!(e.span.start <= e.span.end && e.span.end <= src.len() + 1, "{:?}: {:?}", src, e);
        }
    }
}
