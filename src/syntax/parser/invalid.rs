//! CPython's `invalid_*` rules for expressions: the second pass's better error messages.
//!
//! CPython parses twice. The first pass knows only valid Python; when it fails, a second
//! pass tries, at fixed places in the grammar, rules that match common mistakes and raise a
//! specific message ("invalid syntax. Perhaps you forgot a comma?", "cannot assign to
//! function call here. Maybe you meant '==' instead of '='?"). These functions are those
//! rules. They run only in the second pass, mostly as checks on what the normal rule has
//! just parsed, so nothing is parsed twice per nesting level; each says which CPython rule it
//! is. Statement-level rules are in `invalid_stmt`.

use nom::Err;

use super::expr::{self, bitwise_or, disjunction, expression_without_invalid, star_expressions};
use super::input::{PErr, Tokens, at_kw, at_op, fatal};
use super::node::Node;
use super::target::{TargetUse, describe, target_error};
use crate::syntax::ast::*;
use crate::syntax::lex::{Keyword, Op, TokenKind};

/// A check that found nothing to report.
type Check = Result<(), Err<PErr>>;

/// A `SyntaxError` over `start..end`.
fn raise(message: impl Into<String>, start: usize, end: usize) -> Err<PErr> {
    fatal(message, Span::new(start, end))
}

/// A `SyntaxError` at the furthest token read (CPython's `RAISE_SYNTAX_ERROR`, which reports
/// the last token the tokenizer produced).
pub(super) fn at_furthest(i: Tokens, message: impl Into<String>) -> Err<PErr> {
    fatal(message, i.ctx.token(i.ctx.furthest()).span)
}

/// True for the names CPython 3.11 takes for soft keywords here: `match`, `case`, `_` and,
/// through a prefix comparison in `_PyPegen_soft_keyword_token`, any prefix of them (`c`).
fn soft_keyword_like(text: &str) -> bool {
    ["match", "case", "_"]
        .iter()
        .any(|keyword| keyword.starts_with(text))
}

/// True when the token at `i` may start an expression.
fn starts_expression(i: Tokens) -> bool {
    match i.kind() {
        TokenKind::Name | TokenKind::Number(_) | TokenKind::String(_) => true,
        TokenKind::Keyword(k) => matches!(
            k,
            Keyword::True
                | Keyword::False
                | Keyword::None
                | Keyword::Not
                | Keyword::Lambda
                | Keyword::Await
        ),
        TokenKind::Op(op) => matches!(
            op,
            Op::LPar | Op::LSqb | Op::LBrace | Op::Minus | Op::Plus | Op::Tilde | Op::Ellipsis
        ),
        _ => false,
    }
}

/// `print` or `exec` as a bare name (`_PyPegen_check_legacy_stmt`).
fn is_legacy(e: &Expr) -> bool {
    matches!(&e.kind, ExprKind::Name(n) if n == "print" || n == "exec")
}

/// `invalid_expression` and `invalid_legacy_expression`, after `a`, the disjunction at `i`.
pub(super) fn expression(i: Tokens, a: &Node, after: Tokens) -> Check {
    forgot_comma(i, a, after)?;
    if at_kw(after, Keyword::If)
        && let Ok((rest, b)) = disjunction(after.advance(1))
        && !at_kw(rest, Keyword::Else)
        && !at_op(rest, Op::Colon)
    {
        let message = "expected 'else' after 'if' expression";
        return Err(raise(message, a.expr.span.start, b.expr.span.end));
    }
    legacy_print(i, a)
}

/// `!(NAME STRING | SOFT_KEYWORD) a=disjunction b=expression_without_invalid`, inside
/// brackets: "invalid syntax. Perhaps you forgot a comma?".
fn forgot_comma(i: Tokens, a: &Node, after: Tokens) -> Check {
    let first = i.peek();
    let name_string = first.kind == TokenKind::Name
        && (matches!(i.kind_at(1), TokenKind::String(_)) || soft_keyword_like(i.text(first.span)));
    if name_string || !starts_expression(after) {
        return Ok(());
    }
    let Ok((rest, b)) = expression_without_invalid(after) else {
        return Ok(());
    };
    if is_legacy(&a.expr) || rest.last_level() == 0 {
        return Ok(());
    }
    let message = "invalid syntax. Perhaps you forgot a comma?";
    Err(raise(message, a.expr.span.start, b.expr.span.end))
}

/// `invalid_legacy_expression`: `print x` is "Missing parentheses in call to 'print'. Did you
/// mean print(...)?".
fn legacy_print(i: Tokens, a: &Node) -> Check {
    let first = i.peek();
    let word = i.text(first.span);
    if first.kind != TokenKind::Name || !(word == "print" || word == "exec") {
        return Ok(());
    }
    if at_op(i.advance(1), Op::LPar) {
        return Ok(());
    }
    let _ = a;
    match star_expressions(i.advance(1)) {
        Ok((_, b)) => {
            let message =
                format!("Missing parentheses in call to '{word}'. Did you mean {word}(...)?");
            Err(raise(message, first.span.start, b.expr.span.end))
        }
        Err(Err::Failure(e)) => Err(Err::Failure(e)),
        Err(_) => Ok(()),
    }
}

/// `invalid_named_expression`, after `e`, the expression at `i`.
pub(super) fn named_expression(i: Tokens, e: &Node, rest: Tokens) -> Check {
    if at_op(rest, Op::ColonEqual) {
        if expr::expression(rest.advance(1)).is_ok() {
            let message = format!(
                "cannot use assignment expressions with {}",
                describe(&e.expr.kind)
            );
            return Err(raise(message, e.expr.span.start, e.expr.span.end));
        }
        return Ok(());
    }
    if !at_op(rest, Op::Equal) {
        return Ok(());
    }
    let Some(value_end) = assigned_value_end(rest) else {
        return Ok(());
    };
    let single_name = matches!(e.expr.kind, ExprKind::Name(_)) && e.expr.span.start == i.start();
    if single_name {
        let message = "invalid syntax. Maybe you meant '==' or ':=' instead of '='?";
        return Err(raise(message, e.expr.span.start, value_end));
    }
    if is_bitwise_or_level(&e.expr) && !starts_with_display(i, &e.expr) {
        let message = format!(
            "cannot assign to {} here. Maybe you meant '==' instead of '='?",
            describe(&e.expr.kind)
        );
        return Err(raise(message, e.expr.span.start, e.expr.span.end));
    }
    Ok(())
}

/// After `=` at `rest`: where `bitwise_or !('='|':=')` ends, if it matches.
fn assigned_value_end(rest: Tokens) -> Option<usize> {
    let (after, value) = bitwise_or(rest.advance(1)).ok()?;
    let chained = at_op(after, Op::Equal) || at_op(after, Op::ColonEqual);
    (!chained).then_some(value.expr.span.end)
}

/// True for expressions at the level of CPython's `bitwise_or` rule or tighter.
fn is_bitwise_or_level(e: &Expr) -> bool {
    !matches!(
        e.kind,
        ExprKind::Compare { .. }
            | ExprKind::BoolOp { .. }
            | ExprKind::IfElse { .. }
            | ExprKind::Unary {
                op: UnaryOp::Not,
                ..
            }
            | ExprKind::Lambda { .. }
            | ExprKind::NamedExpr { .. }
            | ExprKind::Starred(_)
            | ExprKind::Yield(_)
            | ExprKind::YieldFrom(_)
    )
}

/// CPython's `!(list|tuple|genexp|'True'|'None'|'False')` before `e`: true when `e` starts,
/// at `i`, with one of those.
fn starts_with_display(i: Tokens, e: &Expr) -> bool {
    let mut first = e;
    loop {
        first = match &first.kind {
            ExprKind::Attribute { object, .. } | ExprKind::Subscript { object, .. } => object,
            ExprKind::Call { func, .. } => func,
            ExprKind::Binary { left, .. } => left,
            _ => break,
        };
    }
    if first.span.start != i.start() {
        return false;
    }
    matches!(
        first.kind,
        ExprKind::List(_)
            | ExprKind::Tuple(_)
            | ExprKind::GeneratorExp { .. }
            | ExprKind::Bool(_)
            | ExprKind::None
    )
}

/// `invalid_kwarg`'s first rule: `True=1` is "cannot assign to True".
pub(super) fn constant_keyword(i: Tokens) -> Check {
    let first = i.peek();
    let TokenKind::Keyword(word @ (Keyword::True | Keyword::False | Keyword::None)) = first.kind
    else {
        return Ok(());
    };
    match at_op(i.advance(1), Op::Equal) {
        true => {
            let end = i.advance(1).peek().span.end;
            Err(raise(
                format!("cannot assign to {}", word.text()),
                first.span.start,
                end,
            ))
        }
        false => Ok(()),
    }
}

/// `invalid_kwarg`'s `NAME '=' expression for_if_clauses`.
pub(super) fn keyword_then_for(i: Tokens, rest: Tokens) -> Check {
    if !super::display::at_for(rest) || super::display::for_if_clauses(rest).is_err() {
        return Ok(());
    }
    let message = "invalid syntax. Maybe you meant '==' or ':=' instead of '='?";
    let equal = i.advance(1).peek().span;
    Err(raise(message, i.start(), equal.end))
}

/// `invalid_kwarg`'s `!(NAME '=') a=expression b='='`: 'expression cannot contain
/// assignment, perhaps you meant "=="?'.
pub(super) fn assignment_in_argument(node: &Node, rest: Tokens) -> Check {
    if !at_op(rest, Op::Equal) {
        return Ok(());
    }
    let message = "expression cannot contain assignment, perhaps you meant \"==\"?";
    Err(raise(message, node.expr.span.start, rest.peek().span.end))
}

/// `invalid_arguments`: `f(a, x for x in y)` is "Generator expression must be
/// parenthesized".
pub(super) fn generator_argument(after: Tokens, arg: &Arg) -> Check {
    let Arg::Positional(elt) = arg else {
        return Ok(());
    };
    if !super::display::at_for(after) {
        return Ok(());
    }
    match super::display::for_if_clauses(after) {
        Ok((_, (generators, _))) => unparenthesized_generator(elt, &generators, after),
        Err(_) => Ok(()),
    }
}

/// "Generator expression must be parenthesized", from `elt` to the end of its clauses.
pub(super) fn unparenthesized_generator(
    elt: &Expr,
    generators: &[Comprehension],
    _after: Tokens,
) -> Check {
    let end = generators.last().map_or(elt.span.end, last_item_end);
    let message = "Generator expression must be parenthesized";
    Err(raise(message, elt.span.start, end))
}

/// Where CPython's `_PyPegen_get_last_comprehension_item` ends: the last `if`, or the
/// iterable.
fn last_item_end(clause: &Comprehension) -> usize {
    clause
        .ifs
        .last()
        .map_or(clause.iter.span.end, |cond| cond.span.end)
}

/// What is wrong with the order of a call's arguments.
pub(super) enum ArgumentOrder {
    /// A positional argument after a keyword one (or after `**`, when `unpacking`).
    Positional {
        /// A `**` came before it.
        unpacking: bool,
    },
    /// `*x` after `**y`, at the `*`.
    IterableAfterUnpacking(Span),
}

impl ArgumentOrder {
    /// CPython's error for it, placed as CPython places it.
    pub(super) fn error(self, rest: Tokens) -> Err<PErr> {
        match self {
            ArgumentOrder::Positional { unpacking } => at_furthest(
                rest,
                match unpacking {
                    true => "positional argument follows keyword argument unpacking",
                    false => "positional argument follows keyword argument",
                },
            ),
            ArgumentOrder::IterableAfterUnpacking(span) => fatal(
                "iterable argument unpacking follows keyword argument unpacking",
                Span::new(span.start, span.start + 1),
            ),
        }
    }
}

/// Checks Python's order of arguments: positional and `*x`, then keywords and `*x`, then
/// keywords and `**x`.
pub(super) fn argument_order(args: &[Arg]) -> Option<ArgumentOrder> {
    let (mut keyword, mut unpacking) = (false, false);
    for arg in args {
        match arg {
            Arg::Positional(e) if matches!(e.kind, ExprKind::Starred(_)) => {
                if unpacking {
                    return Some(ArgumentOrder::IterableAfterUnpacking(e.span));
                }
            }
            Arg::Positional(_) if keyword || unpacking => {
                return Some(ArgumentOrder::Positional { unpacking });
            }
            Arg::Positional(_) => {}
            Arg::Keyword { .. } => keyword = true,
            Arg::DoubleStarred { .. } => unpacking = true,
        }
    }
    None
}

/// `invalid_group`: `(*x)` and `(**x)`.
pub(super) fn group(i: Tokens) -> Check {
    let first = i.peek();
    let message = match first.kind {
        TokenKind::Op(Op::Star) => "cannot use starred expression here",
        TokenKind::Op(Op::DoubleStar) => "cannot use double starred expression here",
        _ => return Ok(()),
    };
    let Ok((rest, value)) = expr::expression(i.advance(1)) else {
        return Ok(());
    };
    if !at_op(rest, Op::RPar) {
        return Ok(());
    }
    let end = match first.kind {
        TokenKind::Op(Op::Star) => value.expr.span.end,
        _ => first.span.end,
    };
    Err(raise(message, first.span.start, end))
}

/// `invalid_comprehension`'s first rule: `[*x for x in y]`.
pub(super) fn comprehension(i: Tokens) -> Check {
    if !at_op(i, Op::Star) {
        return Ok(());
    }
    let Ok((rest, value)) = expr::expression(i.advance(1)) else {
        return Ok(());
    };
    if !super::display::at_for(rest) || super::display::for_if_clauses(rest).is_err() {
        return Ok(());
    }
    let message = "iterable unpacking cannot be used in comprehension";
    Err(raise(message, i.start(), value.expr.span.end))
}

/// `invalid_comprehension`'s other rules: `[a, b for ...]` is "did you forget parentheses
/// around the comprehension target?".
pub(super) fn comprehension_target(items: &[Node], comma: Option<Span>, rest: Tokens) -> Check {
    if items.is_empty()
        || !super::display::at_for(rest)
        || super::display::for_if_clauses(rest).is_err()
    {
        return Ok(());
    }
    let start = items[0].expr.span.start;
    let end = match (items.len(), comma) {
        (1, Some(comma)) => comma.end,
        _ => items[items.len() - 1].expr.span.end,
    };
    let message = "did you forget parentheses around the comprehension target?";
    Err(raise(message, start, end))
}

/// `invalid_double_starred_kvpairs` and `invalid_kvpair`, after the key `key` of a dict item
/// (`later` when it is not the first item): a missing `:`, a starred value, a missing value.
pub(super) fn dict_value(key: &Node, rest: Tokens, later: bool) -> Check {
    if !at_op(rest, Op::Colon) {
        if later {
            let at = key.expr.span.end.saturating_sub(1);
            return Err(raise("':' expected after dictionary key", at, at));
        }
        return Ok(());
    }
    let colon = rest.peek().span;
    let value = rest.advance(1);
    if at_op(value, Op::Star)
        && let Ok((after, _)) = bitwise_or(value.advance(1))
    {
        let message = "cannot use a starred expression in a dictionary value";
        return Err(raise(message, value.start(), after.end()));
    }
    if at_op(value, Op::RBrace) || at_op(value, Op::Comma) {
        let message = "expression expected after dictionary key and ':'";
        return Err(raise(message, colon.start, colon.end));
    }
    Ok(())
}

/// `invalid_for_target`: the targets after `for` at `i` cannot be assigned to.
pub(super) fn for_target(i: Tokens) -> Err<PErr> {
    match star_expressions(i) {
        Ok((_, targets)) => match target_error(&targets.expr, TargetUse::For) {
            Some((message, span)) => fatal(message, span),
            None => at_furthest(i, "invalid syntax"),
        },
        Err(Err::Failure(e)) => Err::Failure(e),
        Err(_) => Err::Error(PErr::Mismatch),
    }
}
