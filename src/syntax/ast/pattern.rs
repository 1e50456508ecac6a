//! The patterns and cases of a `match` statement, as Python's `match_case` and `pattern`.

use super::{Expr, Span, Stmt};

/// `case pattern if guard: body`.
#[derive(Clone, Debug, PartialEq)]
pub struct MatchCase {
    /// What the subject must match.
    pub pattern: Pattern,
    /// The `if` condition, if any.
    pub guard: Option<Expr>,
    /// The case's block.
    pub body: Vec<Stmt>,
    /// From `case` to the end of the block.
    pub span: Span,
}

/// One pattern with its span.
#[derive(Clone, Debug, PartialEq)]
pub struct Pattern {
    /// What the pattern is.
    pub kind: PatternKind,
    /// Where it is.
    pub span: Span,
}

/// The kinds of pattern.
#[derive(Clone, Debug, PartialEq)]
pub enum PatternKind {
    /// A literal or a dotted name compared with `==` (`1`, `-2.5`, `'a'`, `Color.RED`).
    Value(Expr),
    /// `None`, `True` or `False`, compared with `is` (the expression is that constant).
    Singleton(Expr),
    /// `[a, b, *rest]` or `(a, b)` or `a, b`.
    Sequence(Vec<Pattern>),
    /// `{key: pattern, **rest}`.
    Mapping {
        /// The keys (literals or dotted names).
        keys: Vec<Expr>,
        /// The pattern for each key's value.
        patterns: Vec<Pattern>,
        /// The name after `**`.
        rest: Option<String>,
    },
    /// `Point(x, y=0)`.
    Class {
        /// The class (a name or dotted name).
        cls: Expr,
        /// The positional patterns.
        patterns: Vec<Pattern>,
        /// The keyword names, in order.
        kwd_attrs: Vec<String>,
        /// The pattern for each keyword.
        kwd_patterns: Vec<Pattern>,
    },
    /// `*name` or `*_` inside a sequence pattern.
    Star(Option<String>),
    /// `pattern as name`, a capture `name` (no pattern), or the wildcard `_` (neither).
    As {
        /// The pattern that must match first.
        pattern: Option<Box<Pattern>>,
        /// The name bound.
        name: Option<String>,
    },
    /// `a | b | c`.
    Or(Vec<Pattern>),
}
