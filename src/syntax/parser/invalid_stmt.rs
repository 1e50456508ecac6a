//! CPython's `invalid_*` rules for statements, tried in the second pass only.
//!
//! `assignment` is CPython's `invalid_assignment`, whose alternatives are tried in CPython's
//! order (so `f() = 1` meets `invalid_named_expression`'s "Maybe you meant '=='" first);
//! the others cover `del`, `import` and the headers and blocks of compound statements
//! ("expected ':'", "expected an indented block after 'if' statement on line 3").

use nom::Err;

use super::display::paren_form;
use super::expr::{expression, star_expressions, star_named_expression, yield_expr};
use super::input::{PErr, Tokens, at_kw, at_op, fatal, fatal_kind, mismatch};
use super::invalid::at_furthest;
use super::node::Node;
use super::primary::atom;
use super::target::{TargetUse, describe, star_targets, target_error};
use crate::syntax::ast::*;
use crate::syntax::lex::{Keyword, Op, TokenKind};

/// `invalid_assignment`, at the start `i` of a statement the first pass could not parse.
pub(super) fn assignment(i: Tokens) -> Err<PErr> {
    let attempts: [fn(Tokens) -> Found; 5] = [
        annotated_display,
        annotated_tuple,
        illegal_annotation,
        invalid_targets,
        augmented_target,
    ];
    for rule in attempts {
        match rule(i) {
            Ok(Some(error)) | Err(error) => return error,
            Ok(None) => {}
        }
    }
    Err::Error(PErr::Mismatch)
}

/// What an `invalid_assignment` alternative found: the error it raises, if it matched, or
/// a definite error from parsing it.
type Found = Result<Option<Err<PErr>>, Err<PErr>>;

/// What a parse attempt gives: its result, or the definite error it raised (which wins).
fn attempt<'t, O>(
    result: super::input::PResult<'t, O>,
) -> Result<Option<(Tokens<'t>, O)>, Err<PErr>> {
    match result {
        Ok(found) => Ok(Some(found)),
        Err(Err::Failure(e)) => Err(Err::Failure(e)),
        Err(_) => Ok(None),
    }
}

/// True when `: expression` follows at `rest`.
fn annotation_follows(rest: Tokens) -> Result<bool, Err<PErr>> {
    if !at_op(rest, Op::Colon) {
        return Ok(false);
    }
    Ok(attempt(expression(rest.advance(1)))?.is_some())
}

/// `invalid_ann_assign_target ':' expression`: `[a]: int`, `(a, b): int`.
fn annotated_display(i: Tokens) -> Found {
    let Some((rest, target)) = attempt(display_target(i))? else {
        return Ok(None);
    };
    if !annotation_follows(rest)? {
        return Ok(None);
    }
    let message = format!(
        "only single target (not {}) can be annotated",
        describe(&target.expr.kind)
    );
    Ok(Some(fatal(message, target.expr.span)))
}

/// CPython's `invalid_ann_assign_target`: a list, a tuple, or one of those in parentheses.
fn display_target(i: Tokens) -> super::input::PResult<Node> {
    let (rest, node) = match i.kind() {
        TokenKind::Op(Op::LSqb) => atom(i)?,
        TokenKind::Op(Op::LPar) => paren_form(i)?,
        _ => return mismatch(),
    };
    match node.expr.kind {
        ExprKind::List(_) | ExprKind::Tuple(_) => Ok((rest, node)),
        _ => mismatch(),
    }
}

/// `star_named_expression ',' star_named_expressions* ':' expression`: `a, b: int`.
fn annotated_tuple(i: Tokens) -> Found {
    let Some((rest, first)) = attempt(star_named_expression(i))? else {
        return Ok(None);
    };
    if !at_op(rest, Op::Comma) {
        return Ok(None);
    }
    let mut rest = rest.advance(1);
    while let Some((after, _)) = attempt(star_named_expression(rest))? {
        rest = match at_op(after, Op::Comma) {
            true => after.advance(1),
            false => after,
        };
    }
    if !annotation_follows(rest)? {
        return Ok(None);
    }
    let message = "only single target (not tuple) can be annotated";
    Ok(Some(fatal(message, first.expr.span)))
}

/// `expression ':' expression`: `f(): int` is "illegal target for annotation".
fn illegal_annotation(i: Tokens) -> Found {
    let Some((rest, target)) = attempt(expression(i))? else {
        return Ok(None);
    };
    if !annotation_follows(rest)? {
        return Ok(None);
    }
    Ok(Some(fatal(
        "illegal target for annotation",
        target.expr.span,
    )))
}

/// `(star_targets '=')* star_expressions '='` and the same with `yield`: the first value
/// that cannot be assigned to.
fn invalid_targets(i: Tokens) -> Found {
    let mut rest = i;
    while let Some((after, _)) = attempt(star_targets(rest))? {
        match at_op(after, Op::Equal) {
            true => rest = after.advance(1),
            false => break,
        }
    }
    if let Some((after, value)) = attempt(star_expressions(rest))?
        && at_op(after, Op::Equal)
    {
        let error = invalid_target_error(after, &value.expr, TargetUse::Store);
        return Ok(Some(error));
    }
    if let Some((after, value)) = attempt(yield_expr(rest))?
        && at_op(after, Op::Equal)
    {
        let message = "assignment to yield expression not possible";
        return Ok(Some(fatal(message, value.expr.span)));
    }
    Ok(None)
}

/// CPython's `RAISE_SYNTAX_ERROR_INVALID_TARGET`: "cannot assign to X" at the first part of
/// `e` that cannot be a target, else "invalid syntax" at the furthest token.
fn invalid_target_error(i: Tokens, e: &Expr, usage: TargetUse) -> Err<PErr> {
    match target_error(e, usage) {
        Some((message, span)) => fatal(message, span),
        None => at_furthest(i, "invalid syntax"),
    }
}

/// `star_expressions augassign (yield_expr | star_expressions)`: `f() += 1` is "'function
/// call' is an illegal expression for augmented assignment".
fn augmented_target(i: Tokens) -> Found {
    let Some((rest, target)) = attempt(star_expressions(i))? else {
        return Ok(None);
    };
    let TokenKind::Op(op) = rest.kind() else {
        return Ok(None);
    };
    if super::assign::augmented_op(op).is_none() {
        return Ok(None);
    }
    let value = match at_kw(rest.advance(1), Keyword::Yield) {
        true => attempt(yield_expr(rest.advance(1)))?,
        false => attempt(star_expressions(rest.advance(1)))?,
    };
    if value.is_none() {
        return Ok(None);
    }
    let message = format!(
        "'{}' is an illegal expression for augmented assignment",
        describe(&target.expr.kind)
    );
    Ok(Some(fatal(message, target.expr.span)))
}

/// `invalid_del_stmt`: `del f()` is "cannot delete function call".
pub(super) fn del_targets(i: Tokens) -> Err<PErr> {
    match star_expressions(i) {
        Ok((rest, targets)) => invalid_target_error(rest, &targets.expr, TargetUse::Delete),
        Err(Err::Failure(e)) => Err::Failure(e),
        Err(_) => Err::Error(PErr::Mismatch),
    }
}

/// `invalid_import_from_targets`: `from m import a,` then the line's end.
pub(super) fn trailing_import_comma(i: Tokens) -> Err<PErr> {
    at_furthest(
        i,
        "trailing comma not allowed without surrounding parentheses",
    )
}

/// What follows a compound statement's header: "expected ':'" in the second pass when the
/// line ends where the `:` should be (CPython's `invalid_if_stmt` and friends).
pub(super) fn missing_colon(i: Tokens) -> Option<Err<PErr>> {
    (i.errors() && i.kind() == TokenKind::Newline).then(|| at_furthest(i, "expected ':'"))
}

/// A block that should start at `i` (after the header's `:` and line break) but is not
/// indented: CPython's "expected an indented block after ..." (`header`, on `line`).
pub(super) fn missing_block(i: Tokens, header: &str, line: usize) -> Err<PErr> {
    let message = match header {
        "" => "expected an indented block".to_string(),
        _ => format!("expected an indented block after {header} on line {line}"),
    };
    let span = i.ctx.token(i.ctx.furthest()).span;
    fatal_kind("IndentationError", message, span)
}

/// `invalid_with_item`: `with a as 1:` is "cannot assign to literal".
pub(super) fn with_target(i: Tokens) -> Err<PErr> {
    match expression(i) {
        Ok((rest, target))
            if matches!(rest.kind(), TokenKind::Op(Op::Comma | Op::RPar | Op::Colon)) =>
        {
            invalid_target_error(rest, &target.expr, TargetUse::Store)
        }
        Err(Err::Failure(e)) => Err::Failure(e),
        _ => Err::Error(PErr::Mismatch),
    }
}

/// `invalid_with_stmt`: `with a as b` then the line's end is "expected ':'".
pub(super) fn with_colon(i: Tokens) -> Err<PErr> {
    let parenthesized = at_op(i, Op::LPar);
    let mut rest = if parenthesized { i.advance(1) } else { i };
    loop {
        let Ok((after, _)) = expression(rest) else {
            return Err::Error(PErr::Mismatch);
        };
        rest = after;
        if let Ok((after, _)) = super::input::kw(Keyword::As)(rest) {
            match super::target::star_target_alone(after) {
                Ok((after, _)) => rest = after,
                Err(_) => return Err::Error(PErr::Mismatch),
            }
        }
        if !at_op(rest, Op::Comma) {
            break;
        }
        rest = rest.advance(1);
        if parenthesized && at_op(rest, Op::RPar) {
            break;
        }
    }
    if parenthesized {
        let Ok((after, _)) = super::input::op(Op::RPar)(rest) else {
            return Err::Error(PErr::Mismatch);
        };
        rest = after;
    }
    match rest.kind() == TokenKind::Newline {
        true => at_furthest(rest, "expected ':'"),
        false => Err::Error(PErr::Mismatch),
    }
}
