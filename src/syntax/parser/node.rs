//! Expressions as the rules build them: each with the height of its tree.
//!
//! Recursion while parsing is bounded by [`Tokens::nested`](super::input::Tokens::nested),
//! but a flat chain such as `1 + 1 + ...` or `a.b[0]().b[0]()...` builds a tall tree in a
//! loop. Whatever walks that tree later (evaluation, reports, `Drop`) would overflow the
//! stack, so every rule returns its tree's height with it, computed bottom-up from its
//! children's, and a node taller than [`MAX_HEIGHT`] is "expression is too deeply nested".

use nom::Err;

use super::input::{PErr, fatal};
use crate::syntax::ast::{Expr, ExprKind, Span};

/// Tallest expression tree accepted.
pub(super) const MAX_HEIGHT: u32 = 1000;

/// An expression and the height of its tree (a leaf is 1).
#[derive(Clone, Debug)]
pub(super) struct Node {
    /// The expression.
    pub(super) expr: Expr,
    /// Its height.
    pub(super) height: u32,
}

impl Node {
    /// A node without sub-expressions.
    #[inline]
    pub(super) fn leaf(kind: ExprKind, span: Span) -> Node {
        Node {
            expr: Expr { kind, span },
            height: 1,
        }
    }

    /// A node one above its tallest child, whose height is `tallest`.
    #[inline]
    pub(super) fn new(kind: ExprKind, span: Span, tallest: u32) -> Node {
        Node {
            expr: Expr { kind, span },
            height: tallest + 1,
        }
    }

    /// The expression, boxed.
    #[inline]
    pub(super) fn boxed(self) -> Box<Expr> {
        Box::new(self.expr)
    }
}

/// The height of a node over children at most `tallest` high, failing at `at` when it would
/// be taller than [`MAX_HEIGHT`].
#[inline]
pub(super) fn grow(tallest: u32, at: Span) -> Result<u32, Err<PErr>> {
    match tallest + 1 > MAX_HEIGHT {
        true => Err(fatal("expression is too deeply nested", at)),
        false => Ok(tallest),
    }
}

/// The tallest of some nodes' heights (0 for none).
pub(super) fn tallest<'n>(nodes: impl IntoIterator<Item = &'n Node>) -> u32 {
    nodes.into_iter().map(|n| n.height).max().unwrap_or(0)
}

/// The expressions of some nodes, and the height of the tallest.
pub(super) fn split(nodes: Vec<Node>) -> (Vec<Expr>, u32) {
    let height = tallest(&nodes);
    (nodes.into_iter().map(|n| n.expr).collect(), height)
}
