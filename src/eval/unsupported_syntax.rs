//! Python constructs that parse but that viewfinder does not run yet, refused by name.
//!
//! The parser reads the whole statement language; the evaluator runs part of it. A
//! statement or expression outside that part stops the program where it is reached, with
//! `NotImplementedError: <construct> are not supported by viewfinder yet` pointing at the
//! construct's keyword, so a script runs up to its first unsupported statement, honestly.

use super::EvalError;
use crate::exception::ExceptionKind;
use crate::syntax::{Expr, ExprKind, Span, Stmt, StmtKind, Target};

/// "`what` are not supported by viewfinder yet", at `span`.
fn refused(what: &str, span: Span) -> EvalError {
    let message = format!("{what} are not supported by viewfinder yet");
    EvalError::new(ExceptionKind::NotImplementedError, message, span)
}

/// The first `len` bytes of `span`: the keyword a construct starts with.
fn keyword(span: Span, len: usize) -> Span {
    Span::new(span.start, (span.start + len).min(span.end))
}

/// The refusal of a statement the evaluator does not run.
pub(super) fn statement(stmt: &Stmt) -> EvalError {
    let at = |len| keyword(stmt.span, len);
    let (what, span) = match &stmt.kind {
        StmtKind::For { .. } | StmtKind::With { is_async: true, .. } => {
            ("'async' functions and loops", at(5))
        }
        StmtKind::FunctionDef(def) if !def.decorators.is_empty() => ("decorators ('@')", at(1)),
        StmtKind::FunctionDef(def) if def.is_async => ("'async' functions and loops", at(5)),
        StmtKind::ClassDef(class) if !class.decorators.is_empty() => ("decorators ('@')", at(1)),
        StmtKind::Try(_) => ("exception groups ('except*')", at(3)),
        StmtKind::With { .. } => ("'with' statements", at(4)),
        StmtKind::Match { .. } => ("'match' statements", at(5)),
        StmtKind::AnnAssign { .. } => ("annotated assignments ('x: int = ...')", stmt.span),
        _ => ("these statements", stmt.span),
    };
    refused(what, span)
}

/// The refusal of something inside a statement the evaluator otherwise runs: a starred
/// target (`a, *b = x`) or a star import (`from m import *`).
pub(super) fn inside_statement(stmt: &Stmt) -> Option<EvalError> {
    match &stmt.kind {
        StmtKind::Del(targets) => targets.iter().find_map(starred_in),
        StmtKind::AugAssign { target, .. } => starred_in(target),
        StmtKind::FromImport { names, .. } if names.iter().any(|(n, _)| n == "*") => {
            let span = Span::new(stmt.span.end.saturating_sub(1), stmt.span.end);
            Some(refused("star imports ('import *')", span))
        }
        _ => None,
    }
}

/// The refusal of the first starred target inside `target`, if any.
fn starred_in(target: &Target) -> Option<EvalError> {
    match target {
        Target::Starred { span, .. } => Some(starred(*span)),
        Target::Tuple { items, .. } => items.iter().find_map(starred_in),
        _ => None,
    }
}

/// The refusal of `*x` or `**x` at `span`.
pub(super) fn starred(span: Span) -> EvalError {
    refused("star-arguments and starred expressions ('*x', '**x')", span)
}

/// The refusal of an expression the evaluator does not compute.
pub(super) fn expression(expr: &Expr) -> EvalError {
    let at = |len| keyword(expr.span, len);
    let (what, span) = match &expr.kind {
        ExprKind::BigInt(_) => ("integers beyond 64 bits", expr.span),
        ExprKind::Imaginary(_) => ("complex numbers", expr.span),
        ExprKind::Dict(_) => ("dict displays ('{...}')", at(1)),
        ExprKind::Set(_) => ("set displays ('{...}')", at(1)),
        ExprKind::ListComp { generators, .. } => ("list comprehensions", clause(generators)),
        ExprKind::SetComp { generators, .. } => ("set comprehensions", clause(generators)),
        ExprKind::DictComp { generators, .. } => ("dict comprehensions", clause(generators)),
        ExprKind::GeneratorExp { generators, .. } => ("generator expressions", clause(generators)),
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => ("'yield' expressions", at(5)),
        ExprKind::Await(_) => ("'await' expressions", at(5)),
        ExprKind::NamedExpr { .. } => ("assignment expressions (':=')", expr.span),
        ExprKind::Starred(_) => return starred(expr.span),
        _ => ("these expressions", expr.span),
    };
    refused(what, span)
}

/// The `for` of a comprehension's first clause.
fn clause(generators: &[crate::syntax::Comprehension]) -> Span {
    generators.first().map_or(Span::default(), |g| {
        let len = if g.is_async { 5 } else { 3 };
        keyword(g.span, len)
    })
}
