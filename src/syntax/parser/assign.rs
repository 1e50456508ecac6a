//! Assignment statements, once the first expression list has been read: `a = b = value`,
//! `a += 1`, `x: int = 3`.
//!
//! The expressions left of `=` become targets here; one that cannot be a target fails the
//! first pass, and the second pass's `invalid_assignment` (in `invalid_stmt`) says why.

use super::expr::expression;
use super::input::{PResult, Tokens, at_op, mismatch};
use super::node::Node;
use super::stmt::{right_hand_side, statement_at};
use super::target::{TargetUse, to_target};
use crate::syntax::ast::*;
use crate::syntax::lex::{Op, TokenKind};

/// The augmented-assignment operator `op` stands for (`+=` is `Add`), if it is one.
pub(super) fn augmented_op(op: Op) -> Option<BinOp> {
    Some(match op {
        Op::PlusEqual => BinOp::Add,
        Op::MinEqual => BinOp::Sub,
        Op::StarEqual => BinOp::Mul,
        Op::SlashEqual => BinOp::Div,
        Op::DoubleSlashEqual => BinOp::FloorDiv,
        Op::PercentEqual => BinOp::Mod,
        Op::DoubleStarEqual => BinOp::Pow,
        Op::AtEqual => BinOp::MatMul,
        Op::AmperEqual => BinOp::BitAnd,
        Op::VBarEqual => BinOp::BitOr,
        Op::CircumflexEqual => BinOp::BitXor,
        Op::LeftShiftEqual => BinOp::LShift,
        Op::RightShiftEqual => BinOp::RShift,
        _ => return None,
    })
}

/// A single target: a name, attribute or subscript (parentheses allowed around it).
fn single_target(e: Expr) -> Option<Target> {
    match e.kind {
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {
            to_target(e, TargetUse::Store).ok()
        }
        _ => None,
    }
}

/// `target: annotation = value`, with `i` at the target and `rest` at the `:`.
pub(super) fn annotated<'t>(i: Tokens<'t>, first: Node, rest: Tokens<'t>) -> PResult<'t, Stmt> {
    let simple = i.kind() == TokenKind::Name && matches!(first.expr.kind, ExprKind::Name(_));
    let Some(target) = single_target(first.expr) else {
        return mismatch();
    };
    let (rest, annotation) = expression(rest.advance(1))?;
    let (rest, value) = match at_op(rest, Op::Equal) {
        true => {
            let (after, value) = right_hand_side(rest.advance(1))?;
            (after, Some(value.expr))
        }
        false => (rest, None),
    };
    let kind = StmtKind::AnnAssign {
        target,
        annotation: annotation.expr,
        value,
        simple,
    };
    Ok((rest, statement_at(kind, i.start(), &rest)))
}

/// `a = b = value`, with `i` at the first target and `rest` at the first `=`.
pub(super) fn chained<'t>(i: Tokens<'t>, first: Node, rest: Tokens<'t>) -> PResult<'t, Stmt> {
    let (after, value) = right_hand_side(rest.advance(1))?;
    if !at_op(after, Op::Equal) {
        let Ok(target) = store_target(first.expr) else {
            return mismatch();
        };
        let kind = StmtKind::Assign {
            targets: vec![target],
            value: value.expr,
        };
        return Ok((after, statement_at(kind, i.start(), &after)));
    }
    let mut sides = vec![first.expr, value.expr];
    let mut rest = after;
    while at_op(rest, Op::Equal) {
        let (after, side) = right_hand_side(rest.advance(1))?;
        sides.push(side.expr);
        rest = after;
    }
    let Some(value) = sides.pop() else {
        return mismatch();
    };
    let targets: Result<Vec<Target>, Expr> = sides.into_iter().map(store_target).collect();
    let Ok(targets) = targets else {
        return mismatch();
    };
    let kind = StmtKind::Assign { targets, value };
    Ok((rest, statement_at(kind, i.start(), &rest)))
}

/// The expression left of an `=` as a target (a `yield` never is one).
fn store_target(side: Expr) -> Result<Target, Expr> {
    match side.kind {
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => Err(side),
        _ => to_target(side, TargetUse::Store),
    }
}

/// `target op= value`, with `i` at the target and `rest` at the operator.
pub(super) fn augmented<'t>(i: Tokens<'t>, first: Node, rest: Tokens<'t>) -> PResult<'t, Stmt> {
    let TokenKind::Op(symbol) = rest.kind() else {
        return mismatch();
    };
    let (Some(op), Some(target)) = (augmented_op(symbol), single_target(first.expr)) else {
        return mismatch();
    };
    let (rest, value) = right_hand_side(rest.advance(1))?;
    let kind = StmtKind::AugAssign {
        target,
        op,
        value: value.expr,
    };
    Ok((rest, statement_at(kind, i.start(), &rest)))
}
