//! The top of the grammar and the simple statements: assignments of every kind, expression
//! statements, `import`, `del`, `return`, `raise`, `assert`, `global`, `nonlocal`, `pass`,
//! `break`, `continue`.
//!
//! Assignments are parsed as expressions first (`a[0], b = ...` is an expression list until
//! the `=` is seen) and the expressions left of `=` then become [`Target`]s (see `target`).
//! Several simple statements may share a line, separated by `;`.

use super::compound::compound_stmt;
use super::expr::{comma_separated, expression, star_expression, star_expressions, yield_expr};
use super::input::{PResult, Tokens, at_kw, at_op, kw, mismatch, name, op, token};
use super::invalid_stmt as invalid;
use super::node::Node;
use super::primary::newline;
use super::target::{TargetUse, to_target};
use crate::syntax::ast::*;
use crate::syntax::lex::{Keyword, Op, TokenKind};

/// `file`: the statements of a whole program (about `expected` of them), then the end.
pub(super) fn file(i: Tokens, expected: usize) -> PResult<Vec<Stmt>> {
    let (rest, program) = statements_into(i, Vec::with_capacity(expected))?;
    let (rest, _) = token(TokenKind::EndMarker)(rest)?;
    Ok((rest, program))
}

/// `statements`: any number of statements.
pub(super) fn statements(i: Tokens) -> PResult<Vec<Stmt>> {
    statements_into(i, Vec::new())
}

/// [`statements`], pushed on `program`.
fn statements_into(i: Tokens, mut program: Vec<Stmt>) -> PResult<Vec<Stmt>> {
    let mut rest = i;
    loop {
        if matches!(rest.kind(), TokenKind::EndMarker | TokenKind::Dedent) {
            return Ok((rest, program));
        }
        match statement(rest, &mut program) {
            Ok((after, ())) => rest = after,
            Err(nom::Err::Error(_)) => return Ok((rest, program)),
            Err(e) => return Err(e),
        }
    }
}

/// `statement`: a compound statement, or simple statements on one line, pushed on `out`.
fn statement<'t>(i: Tokens<'t>, out: &mut Vec<Stmt>) -> PResult<'t, ()> {
    match compound_stmt(i) {
        Ok((rest, stmt)) => {
            out.push(stmt);
            Ok((rest, ()))
        }
        Err(nom::Err::Error(_)) => simple_stmts_into(i, out),
        Err(e) => Err(e),
    }
}

/// `simple_stmts`: statements separated by `;` (a trailing `;` allowed), then the line's end.
pub(super) fn simple_stmts(i: Tokens) -> PResult<Vec<Stmt>> {
    let mut stmts = Vec::new();
    let (rest, ()) = simple_stmts_into(i, &mut stmts)?;
    Ok((rest, stmts))
}

/// [`simple_stmts`], pushing the statements on `out` (nothing is left there on failure).
fn simple_stmts_into<'t>(i: Tokens<'t>, out: &mut Vec<Stmt>) -> PResult<'t, ()> {
    let before = out.len();
    let parsed = simple_stmts_line(i, out);
    if parsed.is_err() {
        out.truncate(before);
    }
    parsed
}

/// The statements of one line, pushed on `out`.
fn simple_stmts_line<'t>(i: Tokens<'t>, out: &mut Vec<Stmt>) -> PResult<'t, ()> {
    let (mut rest, ()) = simple_stmt(i, out)?;
    while let Ok((after, _)) = op(Op::Semi)(rest) {
        rest = after;
        match simple_stmt(rest, out) {
            Ok((after, ())) => rest = after,
            Err(nom::Err::Error(_)) => break,
            Err(e) => return Err(e),
        }
    }
    let (rest, _) = newline(rest)?;
    Ok((rest, ()))
}

/// A statement spanning from `start` to what `rest` has consumed.
#[inline]
pub(super) fn statement_at(kind: StmtKind, start: usize, rest: &Tokens) -> Stmt {
    Stmt {
        kind,
        span: rest.span_from(start),
    }
}

/// `simple_stmt`: one statement without a block (`import a, b` makes one per module),
/// pushed on `out`.
#[inline]
fn simple_stmt<'t>(i: Tokens<'t>, out: &mut Vec<Stmt>) -> PResult<'t, ()> {
    if at_kw(i, Keyword::Import) {
        let (rest, stmts) = import_name(i)?;
        out.extend(stmts);
        return Ok((rest, ()));
    }
    let (rest, stmt) = single_simple_stmt(i)?;
    out.push(stmt);
    Ok((rest, ()))
}

/// A simple statement other than `import`.
#[inline]
fn single_simple_stmt(i: Tokens) -> PResult<Stmt> {
    let start = i.start();
    let keyword = |kind: StmtKind| Ok((i.advance(1), statement_at(kind, start, &i.advance(1))));
    match i.kind() {
        TokenKind::Keyword(Keyword::Pass) => keyword(StmtKind::Pass),
        TokenKind::Keyword(Keyword::Break) => keyword(StmtKind::Break),
        TokenKind::Keyword(Keyword::Continue) => keyword(StmtKind::Continue),
        TokenKind::Keyword(Keyword::Return) => return_stmt(i),
        TokenKind::Keyword(Keyword::From) => import_from(i),
        TokenKind::Keyword(Keyword::Raise) => raise_stmt(i),
        TokenKind::Keyword(Keyword::Del) => del_stmt(i),
        TokenKind::Keyword(Keyword::Assert) => assert_stmt(i),
        TokenKind::Keyword(Keyword::Global) => names_stmt(i, StmtKind::Global),
        TokenKind::Keyword(Keyword::Nonlocal) => names_stmt(i, StmtKind::Nonlocal),
        _ => assignment(i),
    }
}

/// `return` or `return value`.
fn return_stmt(i: Tokens) -> PResult<Stmt> {
    let (rest, at) = kw(Keyword::Return)(i)?;
    let (rest, value) = optional_value(rest, star_expressions)?;
    Ok((rest, statement_at(StmtKind::Return(value), at.start, &rest)))
}

/// What `rule` parses, if anything.
fn optional_value<'t>(
    i: Tokens<'t>,
    rule: fn(Tokens<'t>) -> PResult<'t, Node>,
) -> PResult<'t, Option<Expr>> {
    match rule(i) {
        Ok((rest, node)) => Ok((rest, Some(node.expr))),
        Err(nom::Err::Error(_)) => Ok((i, None)),
        Err(e) => Err(e),
    }
}

/// `raise`, `raise exc`, `raise exc from cause`.
fn raise_stmt(i: Tokens) -> PResult<Stmt> {
    let (rest, at) = kw(Keyword::Raise)(i)?;
    let (rest, exc) = optional_value(rest, expression)?;
    let (rest, cause) = match (&exc, kw(Keyword::From)(rest)) {
        (Some(_), Ok((after, _))) => {
            let (after, cause) = expression(after)?;
            (after, Some(cause.expr))
        }
        _ => (rest, None),
    };
    Ok((
        rest,
        statement_at(StmtKind::Raise { exc, cause }, at.start, &rest),
    ))
}

/// `assert test` or `assert test, msg`.
fn assert_stmt(i: Tokens) -> PResult<Stmt> {
    let (rest, at) = kw(Keyword::Assert)(i)?;
    let (rest, test) = expression(rest)?;
    let (rest, msg) = match op(Op::Comma)(rest) {
        Ok((after, _)) => {
            let (after, msg) = expression(after)?;
            (after, Some(msg.expr))
        }
        Err(_) => (rest, None),
    };
    let kind = StmtKind::Assert {
        test: test.expr,
        msg,
    };
    Ok((rest, statement_at(kind, at.start, &rest)))
}

/// `global a, b` or `nonlocal a, b`.
fn names_stmt(i: Tokens, build: fn(Vec<String>) -> StmtKind) -> PResult<Stmt> {
    let start = i.start();
    let (rest, (names, trailing)) = comma_separated(i.advance(1), name)?;
    if names.is_empty() || trailing {
        return mismatch();
    }
    let names = names.into_iter().map(|(n, _)| n).collect();
    Ok((rest, statement_at(build(names), start, &rest)))
}

/// `del a, b[0]`, followed by `;` or the line's end.
fn del_stmt(i: Tokens) -> PResult<Stmt> {
    let (rest, at) = kw(Keyword::Del)(i)?;
    let (after, (items, _)) = comma_separated(rest, star_expression)?;
    let ends = at_op(after, Op::Semi) || after.kind() == TokenKind::Newline;
    let targets: Result<Vec<Target>, Expr> = items
        .into_iter()
        .map(|node| to_target(node.expr, TargetUse::Delete))
        .collect();
    match (targets, ends) {
        (Ok(targets), true) if !targets.is_empty() => Ok((
            after,
            statement_at(StmtKind::Del(targets), at.start, &after),
        )),
        _ if i.errors() => Err(invalid::del_targets(rest)),
        _ => mismatch(),
    }
}

/// `import numpy as np, array`: one `Import` per module.
fn import_name(i: Tokens) -> PResult<Vec<Stmt>> {
    let (rest, at) = kw(Keyword::Import)(i)?;
    let (rest, (modules, trailing)) = comma_separated(rest, dotted_as_name)?;
    if modules.is_empty() || trailing {
        return mismatch();
    }
    let span = rest.span_from(at.start);
    let stmts = modules
        .into_iter()
        .map(|(module, alias)| Stmt {
            kind: StmtKind::Import { module, alias },
            span,
        })
        .collect();
    Ok((rest, stmts))
}

/// `dotted_as_name`: `numpy.linalg as la`.
fn dotted_as_name(i: Tokens) -> PResult<(String, Option<String>)> {
    let (rest, module) = dotted_name(i)?;
    let (rest, alias) = as_name(rest)?;
    Ok((rest, (module, alias)))
}

/// `as name`, if written.
fn as_name(i: Tokens) -> PResult<Option<String>> {
    match kw(Keyword::As)(i) {
        Ok((rest, _)) => {
            let (rest, (alias, _)) = name(rest)?;
            Ok((rest, Some(alias)))
        }
        Err(_) => Ok((i, None)),
    }
}

/// `dotted_name`: `numpy.linalg`.
fn dotted_name(i: Tokens) -> PResult<String> {
    let (mut rest, (mut dotted, _)) = name(i)?;
    while let Ok((after, _)) = op(Op::Dot)(rest) {
        let (after, (part, _)) = name(after)?;
        dotted.push('.');
        dotted.push_str(&part);
        rest = after;
    }
    Ok((rest, dotted))
}

/// `import_from`: `from numpy import zeros, arange as ar`, `from . import x`,
/// `from m import (a, b)`, `from m import *`. Relative imports keep their dots in the
/// module's name (`"..pkg"`); `*` is the name `"*"`.
fn import_from(i: Tokens) -> PResult<Stmt> {
    let (mut rest, at) = kw(Keyword::From)(i)?;
    let mut module = String::new();
    while let TokenKind::Op(dots @ (Op::Dot | Op::Ellipsis)) = rest.kind() {
        module.push_str(if dots == Op::Dot { "." } else { "..." });
        rest = rest.advance(1);
    }
    let rest = match dotted_name(rest) {
        Ok((after, name)) => {
            module.push_str(&name);
            after
        }
        Err(_) if !module.is_empty() => rest,
        Err(e) => return Err(e),
    };
    let (rest, _) = kw(Keyword::Import)(rest)?;
    let (rest, names) = import_from_targets(rest)?;
    let kind = StmtKind::FromImport { module, names };
    Ok((rest, statement_at(kind, at.start, &rest)))
}

/// `import_from_targets`: `(a, b as c,)`, `a, b as c`, or `*`.
fn import_from_targets(i: Tokens) -> PResult<Vec<(String, Option<String>)>> {
    if let Ok((rest, _)) = op(Op::Star)(i) {
        return Ok((rest, vec![("*".to_string(), None)]));
    }
    let parenthesized = at_op(i, Op::LPar);
    let inner = if parenthesized { i.advance(1) } else { i };
    let (rest, (names, trailing)) = comma_separated(inner, import_as_name)?;
    if names.is_empty() {
        return mismatch();
    }
    if parenthesized {
        let (rest, _) = op(Op::RPar)(rest)?;
        return Ok((rest, names));
    }
    if trailing {
        return match i.errors() && rest.kind() == TokenKind::Newline {
            true => Err(invalid::trailing_import_comma(rest)),
            false => mismatch(),
        };
    }
    Ok((rest, names))
}

/// `name as alias`.
fn import_as_name(i: Tokens) -> PResult<(String, Option<String>)> {
    let (rest, (imported, _)) = name(i)?;
    let (rest, alias) = as_name(rest)?;
    Ok((rest, (imported, alias)))
}

/// `yield_expr | star_expressions`: the right-hand side of an assignment.
#[inline]
pub(super) fn right_hand_side(i: Tokens) -> PResult<Node> {
    match at_kw(i, Keyword::Yield) {
        true => yield_expr(i),
        false => star_expressions(i),
    }
}

/// `assignment`, or an expression statement: `a = b = value`, `a += 1`, `x: int = 3`, `a.b`.
#[inline]
fn assignment(i: Tokens) -> PResult<Stmt> {
    let start = i.start();
    let (rest, first) = right_hand_side(i)?;
    let result = match rest.kind() {
        TokenKind::Op(Op::Colon) => super::assign::annotated(i, first, rest),
        TokenKind::Op(Op::Equal) => super::assign::chained(i, first, rest),
        TokenKind::Op(op) if super::assign::augmented_op(op).is_some() => {
            super::assign::augmented(i, first, rest)
        }
        _ => {
            if i.errors()
                && let nom::Err::Failure(error) = invalid::assignment(i)
            {
                return Err(nom::Err::Failure(error));
            }
            Ok((rest, statement_at(StmtKind::Expr(first.expr), start, &rest)))
        }
    };
    match result {
        Err(nom::Err::Error(_)) if i.errors() => Err(invalid::assignment(i)),
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use crate::syntax::ast::*;
    use crate::syntax::parse_program;
    use crate::syntax::testing::{show, show_target, stmt};

    #[test]
    fn imports() {
        let StmtKind::Import { module, alias } = stmt("import numpy.linalg as la").kind else {
            panic!()
        };
        assert_eq!(
            (module.as_str(), alias.as_deref()),
            ("numpy.linalg", Some("la"))
        );
        assert_eq!(parse_program("import array, numpy").unwrap().len(), 2);
        let from = |src| match stmt(src).kind {
            StmtKind::FromImport { module, names } => (module, names),
            other => panic!("{other:?}"),
        };
        let (module, names) = from("from numpy import zeros, arange as ar");
        assert_eq!(module, "numpy");
        assert_eq!(
            names,
            [("zeros".into(), None), ("arange".into(), Some("ar".into()))]
        );
        assert_eq!(from("from . import x").0, ".");
        assert_eq!(from("from ...pkg.m import (a, b,)").0, "...pkg.m");
        assert_eq!(from("from m import *").1, [("*".to_string(), None)]);
    }

    #[test]
    fn simple_statements() {
        assert!(matches!(stmt("pass").kind, StmtKind::Pass));
        let StmtKind::Del(targets) = stmt("del a, b[0], (c, d)").kind else {
            panic!()
        };
        let shown: Vec<String> = targets.iter().map(show_target).collect();
        assert_eq!(shown, ["a", "(sub b 0)", "(tuple c d)"]);
        let StmtKind::Raise { exc, cause } = stmt("raise E('x') from None").kind else {
            panic!()
        };
        assert_eq!(
            (show(&exc.unwrap()), show(&cause.unwrap())),
            ("(call E \"x\")".into(), "None".into())
        );
        assert!(matches!(
            stmt("raise").kind,
            StmtKind::Raise {
                exc: None,
                cause: None
            }
        ));
        let StmtKind::Assert { msg, .. } = stmt("assert x, 'msg'").kind else {
            panic!()
        };
        assert!(msg.is_some());
        let StmtKind::Global(names) = stmt("global a, b").kind else {
            panic!()
        };
        assert_eq!(names, ["a", "b"]);
        let program = parse_program("a = 1; b = 2;\n\n# c\nc = 3  # end").unwrap();
        assert_eq!(program.len(), 3);
    }

    #[test]
    fn assignments() {
        let StmtKind::Assign { targets, value } = stmt("a = b.c = d[0] = 1, 2").kind else {
            panic!()
        };
        let shown: Vec<String> = targets.iter().map(show_target).collect();
        assert_eq!(shown, ["a", "(. b c)", "(sub d 0)"]);
        assert_eq!(show(&value), "(tuple 1 2)");
        let StmtKind::AugAssign { op, target, .. } = stmt("a.b //= 2").kind else {
            panic!()
        };
        assert_eq!(
            (op, show_target(&target)),
            (BinOp::FloorDiv, "(. a b)".to_string())
        );
        let StmtKind::AnnAssign { simple, value, .. } = stmt("x: int = 3").kind else {
            panic!()
        };
        assert!(simple && value.is_some());
        let StmtKind::AnnAssign { simple, value, .. } = stmt("(x): list[int]").kind else {
            panic!()
        };
        assert!(!simple && value.is_none());
        let StmtKind::FunctionDef(def) = stmt("def f():\n    x = yield y").kind else {
            panic!()
        };
        let StmtKind::Assign { value, .. } = &def.body[0].kind else {
            panic!()
        };
        assert_eq!(show(value), "(yield y)");
    }
}
