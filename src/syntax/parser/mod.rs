//! Text to syntax tree, one grammar rule per function.
//!
//! viewfinder reads a small subset of Python: statements at the top level, NumPy-style
//! expressions, imports. This module turns such text into [`Stmt`]s with byte spans, or into a
//! [`SyntaxError`] whose span points at the offending column, with Python's wording where
//! that is easy, and a clear "not supported" for Python constructs outside the language.
//! The functions are named after the rules of `grammar/viewfinder.ebnf`: this file holds the
//! entry points and `logical_line`, `stmt` the statements, `expr` the operators by
//! precedence, `atom` atoms and their trailers; `refuse` turns Python constructs outside the
//! language into clear errors, and `depth` keeps trees shallow enough to walk. Characters
//! (whitespace, tokens, literals, logical lines) are handled in `lexeme`.

mod atom;
mod depth;
mod expr;
mod refuse;
mod stmt;

use nom::{Err, Parser};

use super::ast::*;
use super::lexeme::{
    In, Line, PErr, PResult, Shared, failure, logical_lines, mismatch, op, pos, start,
    syntax_error, ws,
};

/// A syntax error: Python's kind (`"SyntaxError"`, `"IndentationError"`, or
/// `"NotImplementedError"` for constructs outside viewfinder's language), a message, and the
/// span it points at.
#[derive(Clone, Debug, PartialEq)]
pub struct SyntaxError {
    /// The Python exception name.
    pub kind: &'static str,
    /// What went wrong (`"invalid syntax"`).
    pub message: String,
    /// The offending bytes of the source.
    pub span: Span,
}

impl std::fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.kind, self.message)
    }
}

impl std::error::Error for SyntaxError {}

/// Parses a whole program (or one REPL entry) into statements.
pub fn parse_program(source: &str) -> Result<Vec<Stmt>, SyntaxError> {
    if let Some(at) = source.find('\0') {
        let msg = "source code cannot contain null bytes";
        return Err(syntax_error("SyntaxError", msg, Span::new(at, at + 1)));
    }
    let mut program = Vec::new();
    for line in logical_lines(source).map_err(|e| e.error)? {
        program.extend(parse_line(source, line)?);
    }
    Ok(program)
}

/// For the REPL: true when the text so far cannot be complete (an open bracket, a trailing
/// backslash, an unterminated triple-quoted string), so it should ask for a continuation line.
pub fn is_incomplete(source: &str) -> bool {
    matches!(logical_lines(source), Err(e) if e.incomplete)
}

/// Stack reserved for parsing a deeply nested line: each bracket level costs tens of KB in
/// unoptimised builds, and up to 200 are allowed.
const DEEP_STACK: usize = 64 << 20;

/// Parses one logical line; a deep or long one on a thread with a stack big enough for it.
fn parse_line(source: &str, line: Line) -> Result<Vec<Stmt>, SyntaxError> {
    let run = || {
        let shared = Shared::new(source, line.range.clone());
        logical_line(shared.input()).map_err(|e| shared.resolve(e))
    };
    if line.depth <= 4 && line.range.len() <= 128 {
        return run();
    }
    std::thread::scope(|scope| {
        match std::thread::Builder::new()
            .stack_size(DEEP_STACK)
            .spawn_scoped(scope, run)
        {
            Ok(handle) => handle
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic)),
            Err(_) => run(),
        }
    })
}

/// One logical line: blank, or statements; it must not be indented.
fn logical_line(input: In) -> Result<Vec<Stmt>, Err<PErr>> {
    let first = ws(input);
    if first.fragment().is_empty() {
        return Ok(Vec::new());
    }
    if input.fragment().starts_with([' ', '\t', '\x0c']) {
        let at = pos(&first);
        return Err(failure(
            "IndentationError",
            "unexpected indent",
            Span::new(at, at + 1),
        ));
    }
    let (rest, stmts) = stmt::simple_stmts(input)?;
    if !ws(rest).fragment().is_empty() {
        return Err(mismatch(ws(rest)));
    }
    Ok(stmts)
}

/// Builds an expression node spanning from `start` to `rest`.
fn node(kind: ExprKind, start: usize, rest: &In) -> Expr {
    Expr {
        kind,
        span: Span::new(start, pos(rest)),
    }
}

/// Items separated by commas, maybe none, maybe with a trailing comma (reported as `true`).
fn comma_separated<'s, O>(
    input: In<'s>,
    mut item: impl Parser<In<'s>, Output = O, Error = PErr>,
) -> PResult<'s, (Vec<O>, bool)> {
    let (mut items, mut rest) = (Vec::new(), input);
    loop {
        match item.parse(rest) {
            Ok((after, o)) => {
                items.push(o);
                rest = after;
            }
            Err(Err::Error(_)) => {
                let trailing = !items.is_empty();
                return Ok((rest, (items, trailing)));
            }
            Err(e) => return Err(e),
        }
        match op(",")(rest) {
            Ok((after, _)) => rest = after,
            Err(_) => return Ok((rest, (items, false))),
        }
    }
}

/// At least one `item`, comma-separated: the item itself, or a tuple when there is a comma.
fn item_or_tuple<'s>(
    input: In<'s>,
    item: impl Parser<In<'s>, Output = Expr, Error = PErr>,
) -> PResult<'s, Expr> {
    let s = start(input);
    let (rest, (items, trailing)) = comma_separated(input, item)?;
    if items.is_empty() {
        return Err(mismatch(ws(input)));
    }
    Ok((rest, single_or_tuple(items, trailing, s, &rest)))
}

/// One expression without a trailing comma is itself; anything else is a tuple from `start`.
fn single_or_tuple(mut items: Vec<Expr>, trailing: bool, start: usize, rest: &In) -> Expr {
    if items.len() == 1 && !trailing {
        return items.remove(0);
    }
    node(ExprKind::Tuple(items), start, rest)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syntax::testing::{err, expr, fails};
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
        assert!(examples.len() >= 60, "only {} examples", examples.len());
        for example in examples {
            if let Err(e) = parse_program(example) {
                panic!("{example:?}: {e} at {:?}", e.span);
            }
        }
    }

    /// The sources that hold the grammar's rules.
    const RULE_SOURCES: [&str; 8] = [
        include_str!("mod.rs"),
        include_str!("stmt.rs"),
        include_str!("expr.rs"),
        include_str!("atom.rs"),
        include_str!("../lexeme/token.rs"),
        include_str!("../lexeme/literal.rs"),
        include_str!("../lexeme/lines.rs"),
        include_str!("../lexeme/mod.rs"),
    ];

    /// Lexical rules that are parts of a function named after another rule, and `program`,
    /// which is `parse_program`.
    const RULES_WITHOUT_A_FUNCTION: [&str; 8] = [
        "program", "keyword", "integer", "digits", "float", "prefix", "item", "escape",
    ];

    #[test]
    fn every_grammar_rule_has_its_function() {
        let rules: Vec<&str> = GRAMMAR
            .lines()
            .filter_map(|line| line.split_once("::=").map(|(rule, _)| rule.trim()))
            .filter(|rule| rule.chars().all(|c| c.is_ascii_lowercase() || c == '_'))
            .filter(|rule| !RULES_WITHOUT_A_FUNCTION.contains(rule))
            .collect();
        assert!(rules.len() >= 40, "only {} rules", rules.len());
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
            6,
        );
        fails(
            "a = 1 + \\",
            "SyntaxError",
            "unexpected EOF while parsing",
            8,
        );
        fails("x = 1\n  y = 2", "IndentationError", "unexpected indent", 8);
        fails(
            "f(a=1, b)",
            "SyntaxError",
            "positional argument follows keyword argument",
            7,
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
            10,
        );
        fails("break", "SyntaxError", "'break' outside loop", 0);
        fails("a\0", "SyntaxError", "null bytes", 1);
        assert_eq!(err("a b").to_string(), "SyntaxError: invalid syntax");
    }

    /// Python-ish pieces for the never-panic property.
    const PIECES: [&str; 44] = [
        "a", "np", "1", "0x", "1.5e", "_", " ", "\n", "\t", "\\", "\\\n", "#", "(", ")", "[", "]",
        "{", "}", ",", ":", ";", ".", "...", "=", "+=", "**", "*", "-", "~", "not", "is", "in",
        "if", "else", "for", "lambda", "'", "\"", "'''", "b'", "r'", "é", "\0", "\\x",
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
}
