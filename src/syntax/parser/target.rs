//! Assignment targets: where `=`, `for`, `with ... as`, `del` and comprehensions write.
//!
//! Targets are parsed as expressions and then turned into [`Target`]s, which only names,
//! attributes, subscripts, tuples and lists of those (and `*starred` inside them) can be.
//! The first expression that cannot be a target is CPython's `_PyPegen_get_invalid_target`,
//! and "cannot assign to ..." or "cannot delete ..." names it with `describe`, CPython's
//! `_PyPegen_get_expr_name`.

use super::expr::{bitwise_or, comma_separated, starred};
use super::input::{PResult, Tokens, at_op, mismatch};
use super::node::Node;
use crate::syntax::ast::*;
use crate::syntax::lex::Op;

/// What a target is for, which decides the wording and what is allowed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum TargetUse {
    /// `=`, `with ... as`, comprehensions: "cannot assign to".
    Store,
    /// `for` loops: as `Store`, but `a in b` parsed as a comparison blames `a`.
    For,
    /// `del`: "cannot delete", and no starred targets.
    Delete,
}

/// `star_targets`: targets up to `=`, `in` or `:` (`a`, `a, *b`, `[x, y]`, `d[k].v`).
pub(super) fn star_targets(i: Tokens) -> PResult<Target> {
    let start = i.start();
    let (rest, (items, trailing)) = comma_separated(i, star_target)?;
    let node = match (items.len(), trailing) {
        (0, _) => return mismatch(),
        (1, false) => items.into_iter().next().map(|n| n.expr),
        _ => {
            let items = items.into_iter().map(|n| n.expr).collect();
            let span = rest.span_from(start);
            Some(Expr {
                kind: ExprKind::Tuple(items),
                span,
            })
        }
    };
    match node.map(|e| to_target(e, TargetUse::Store)) {
        Some(Ok(target)) => Ok((rest, target)),
        _ => mismatch(),
    }
}

/// One `star_target` (no tuple without parentheses), as the target of `with ... as`.
pub(super) fn star_target_alone(i: Tokens) -> PResult<Target> {
    let (rest, node) = star_target(i)?;
    match to_target(node.expr, TargetUse::Store) {
        Ok(target) => Ok((rest, target)),
        Err(_) => mismatch(),
    }
}

/// `star_target`: `*target` or a target-shaped expression.
fn star_target(i: Tokens) -> PResult<Node> {
    match at_op(i, Op::Star) {
        true => starred(i, bitwise_or),
        false => bitwise_or(i),
    }
}

/// Turns `e` into a target, or returns the first sub-expression that cannot be one.
pub(super) fn to_target(e: Expr, usage: TargetUse) -> Result<Target, Expr> {
    let span = e.span;
    match e.kind {
        ExprKind::Name(name) => Ok(Target::Name { name, span }),
        ExprKind::Subscript { object, index } => Ok(Target::Subscript {
            object,
            index,
            span,
        }),
        ExprKind::Attribute { object, attr } => Ok(Target::Attribute { object, attr, span }),
        ExprKind::Tuple(items) | ExprKind::List(items) => {
            let items = items
                .into_iter()
                .map(|item| to_target(item, usage))
                .collect::<Result<_, _>>()?;
            Ok(Target::Tuple { items, span })
        }
        ExprKind::Starred(inner) if usage != TargetUse::Delete => {
            let target = Box::new(to_target(*inner, usage)?);
            Ok(Target::Starred { target, span })
        }
        kind => Err(Expr { kind, span }),
    }
}

/// CPython's `_PyPegen_get_invalid_target`: the first part of `e` that cannot be a target,
/// if any.
pub(super) fn invalid_target(e: &Expr, usage: TargetUse) -> Option<&Expr> {
    match &e.kind {
        ExprKind::List(items) | ExprKind::Tuple(items) => {
            items.iter().find_map(|item| invalid_target(item, usage))
        }
        ExprKind::Starred(_) if usage == TargetUse::Delete => Some(e),
        ExprKind::Starred(inner) => invalid_target(inner, usage),
        ExprKind::Compare { left, rest } if usage == TargetUse::For => match rest.first() {
            Some((CmpOp::In, _)) => invalid_target(left, usage),
            _ => None,
        },
        ExprKind::Name(_) | ExprKind::Subscript { .. } | ExprKind::Attribute { .. } => None,
        _ => Some(e),
    }
}

/// What an expression is called in messages (CPython's `_PyPegen_get_expr_name`).
pub(super) fn describe(kind: &ExprKind) -> &'static str {
    match kind {
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Starred(_) => "starred",
        ExprKind::Name(_) => "name",
        ExprKind::List(_) => "list",
        ExprKind::Tuple(_) => "tuple",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::Call { .. } => "function call",
        ExprKind::BoolOp { .. } | ExprKind::Binary { .. } | ExprKind::Unary { .. } => "expression",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
        ExprKind::Await(_) => "await expression",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::Dict(_) => "dict literal",
        ExprKind::Set(_) => "set display",
        ExprKind::FString(_) => "f-string expression",
        ExprKind::None => "None",
        ExprKind::Bool(true) => "True",
        ExprKind::Bool(false) => "False",
        ExprKind::Ellipsis => "ellipsis",
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfElse { .. } => "conditional expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Slice { .. } => "slice",
        _ => "literal",
    }
}

/// "cannot assign to X" or "cannot delete X" for the first invalid part of `e` (CPython's
/// `RAISE_SYNTAX_ERROR_INVALID_TARGET`), or `None` when every part could be a target.
pub(super) fn target_error(e: &Expr, usage: TargetUse) -> Option<(String, Span)> {
    let bad = invalid_target(e, usage)?;
    let verb = match usage {
        TargetUse::Delete => "cannot delete",
        _ => "cannot assign to",
    };
    Some((format!("{verb} {}", describe(&bad.kind)), bad.span))
}
