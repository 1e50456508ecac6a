//! Python constructs outside viewfinder's language, refused with a clear message.
//!
//! Without these checks, `for i in x: pass` or `[i for i in x]` would fail somewhere inside
//! the grammar with a bare "invalid syntax". Each rule that could meet such a construct asks
//! here first, and the user gets a `NotImplementedError` naming the construct, pointing at
//! its keyword or symbol.

use nom::branch::alt;
use nom::{Err, Parser};

use super::expr::expression;
use crate::syntax::ast::{Expr, Span};
use crate::syntax::lexeme::{In, PErr, PResult, failure, kw, op, operator, refused, word};

/// Statement keywords outside viewfinder's language, with what to call them.
const REFUSED_STATEMENTS: [(&str, &str); 13] = [
    ("for", "'for' loops"),
    ("while", "'while' loops"),
    ("if", "'if' statements"),
    ("def", "function definitions ('def')"),
    ("class", "class definitions ('class')"),
    ("with", "'with' statements"),
    ("try", "'try' statements"),
    ("return", "'return' statements"),
    ("global", "'global' statements"),
    ("nonlocal", "'nonlocal' statements"),
    ("assert", "'assert' statements"),
    ("raise", "'raise' statements"),
    ("async", "'async' functions and loops"),
];

/// Expression keywords outside viewfinder's language.
pub(super) const REFUSED_EXPRESSIONS: [(&str, &str); 3] = [
    ("lambda", "'lambda' expressions"),
    ("yield", "'yield' expressions"),
    ("await", "'await' expressions"),
];

/// "`what` are not supported by viewfinder", pointing at `span`.
pub(super) fn unsupported(what: &str, span: Span) -> Err<PErr> {
    refused(&format!("{what} are not supported by viewfinder"), span)
}

/// Fails with a clear message when `input` starts with a keyword from `table`.
pub(super) fn refuse_keyword(input: In, table: &[(&str, &str)]) -> Result<(), Err<PErr>> {
    match word(input) {
        Ok((_, (w, span))) => match table.iter().find(|(k, _)| *k == w) {
            Some((_, what)) => Err(unsupported(what, span)),
            None => Ok(()),
        },
        Err(_) => Ok(()),
    }
}

/// Refuses compound statements, decorators and `break`/`continue` before trying the grammar.
pub(super) fn refuse_statement(input: In) -> Result<(), Err<PErr>> {
    refuse_keyword(input, &REFUSED_STATEMENTS)?;
    if let Ok((_, span)) = op("@")(input) {
        return Err(unsupported("decorators ('@')", span));
    }
    match word(input) {
        Ok((_, (w @ ("break" | "continue"), span))) => {
            Err(failure("SyntaxError", &format!("'{w}' outside loop"), span))
        }
        _ => Ok(()),
    }
}

/// Refuses `:=` after an expression.
pub(super) fn refuse_walrus(input: In) -> Result<(), Err<PErr>> {
    match op(":=")(input) {
        Ok((_, span)) => Err(unsupported("assignment expressions (':=')", span)),
        Err(_) => Ok(()),
    }
}

/// Refuses `{...}`, `*x` and the expression keywords where an atom should be.
pub(super) fn refuse_atom(input: In) -> Result<(), Err<PErr>> {
    refuse_keyword(input, &REFUSED_EXPRESSIONS)?;
    match operator(input) {
        Ok((_, ("{", span))) => Err(unsupported("dict and set literals ('{...}')", span)),
        Ok((_, ("*" | "**", span))) => Err(unsupported(
            "star-arguments and starred expressions ('*x', '**x')",
            span,
        )),
        _ => Ok(()),
    }
}

/// An expression not followed by `for` (comprehensions are refused, naming `what`).
pub(super) fn generator_free<'s>(input: In<'s>, what: &str) -> PResult<'s, Expr> {
    let (rest, e) = expression(input)?;
    match alt((kw("for"), kw("async"))).parse(rest) {
        Ok((_, span)) => Err(unsupported(what, span)),
        Err(_) => Ok((rest, e)),
    }
}

#[cfg(test)]
mod tests {
    use crate::syntax::testing::fails;

    #[test]
    fn refused_constructs() {
        let cases = [
            (
                "for i in x: pass",
                0,
                "'for' loops are not supported by viewfinder",
            ),
            ("while x: pass", 0, "'while' loops"),
            ("if x: pass", 0, "'if' statements"),
            ("def f(): pass", 0, "function definitions"),
            ("class A: pass", 0, "class definitions"),
            ("f = lambda: 0", 4, "'lambda' expressions"),
            ("with x: pass", 0, "'with' statements"),
            ("try: pass", 0, "'try' statements"),
            ("return 1", 0, "'return'"),
            ("x = yield", 4, "'yield'"),
            ("global x", 0, "'global'"),
            ("nonlocal x", 0, "'nonlocal'"),
            ("assert x", 0, "'assert'"),
            ("raise E", 0, "'raise'"),
            ("async def f(): pass", 0, "'async'"),
            ("x = await y", 4, "'await'"),
            ("[i for i in x]", 3, "list comprehensions"),
            ("sum(i for i in x)", 6, "generator expressions"),
            ("(i for i in x)", 3, "generator expressions"),
            ("d = {}", 4, "dict and set literals"),
            ("x = f\"{a}\"", 4, "f-strings"),
            ("(y := 1)", 3, "assignment expressions"),
            ("f(*args)", 2, "star-arguments"),
            ("f(**kw)", 2, "star-arguments"),
            ("a, *b = x", 3, "starred"),
            ("@dec", 0, "decorators"),
            ("from numpy import *", 18, "star imports"),
        ];
        for (src, col, msg) in cases {
            fails(src, "NotImplementedError", msg, col);
        }
    }
}
