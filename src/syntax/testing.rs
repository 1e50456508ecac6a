//! Helpers for the parser's unit tests, shared by the files under `parser/` and `lexeme/`.
//!
//! Each rule's tests sit at the bottom of the file that holds the rule, but they all go
//! through [`parse_program`] and compare against the same compact rendering of the tree, so
//! that rendering and the assertion helpers live here once.

use super::ast::*;
use super::parser::{SyntaxError, parse_program};

/// The single statement of `src`.
pub(crate) fn stmt(src: &str) -> Stmt {
    let mut stmts = parse_program(src).unwrap_or_else(|e| panic!("{src:?}: {e} at {:?}", e.span));
    assert_eq!(stmts.len(), 1, "{src:?}");
    stmts.remove(0)
}

/// The expression of the single expression statement `src`.
pub(crate) fn expr(src: &str) -> Expr {
    match stmt(src).kind {
        StmtKind::Expr(e) => e,
        other => panic!("not an expression: {other:?}"),
    }
}

/// A compact prefix rendering of an expression, for precedence tests.
pub(crate) fn show(e: &Expr) -> String {
    let list = |items: &[Expr]| items.iter().map(show).collect::<Vec<_>>().join(" ");
    let opt = |o: &Option<Box<Expr>>| o.as_deref().map_or("_".to_string(), show);
    match &e.kind {
        ExprKind::Int(i) => i.to_string(),
        ExprKind::Float(f) => format!("{f:?}"),
        ExprKind::Str(s) => format!("{s:?}"),
        ExprKind::Bytes(b) => format!("b{b:?}"),
        ExprKind::Bool(b) => b.to_string(),
        ExprKind::None => "None".into(),
        ExprKind::Ellipsis => "...".into(),
        ExprKind::Name(n) => n.clone(),
        ExprKind::List(items) => format!("[{}]", list(items)),
        ExprKind::Tuple(items) => format!("(tuple {})", list(items)),
        ExprKind::Unary { op, operand } => format!("({op:?} {})", show(operand)),
        ExprKind::Binary { op, left, right } => {
            format!("({} {} {})", op.symbol(), show(left), show(right))
        }
        ExprKind::Compare { left, rest } => {
            let rest: Vec<String> = rest
                .iter()
                .map(|(op, e)| format!("{} {}", op.symbol(), show(e)))
                .collect();
            format!("(cmp {} {})", show(left), rest.join(" "))
        }
        ExprKind::BoolOp { op, values } => format!("({op:?} {})", list(values)),
        ExprKind::IfElse { test, body, orelse } => {
            format!("(if {} {} {})", show(test), show(body), show(orelse))
        }
        ExprKind::Attribute { object, attr } => format!("(. {} {attr})", show(object)),
        ExprKind::Call { func, args } => {
            let args: Vec<String> = args
                .iter()
                .map(|a| match a {
                    Arg::Positional(e) => show(e),
                    Arg::Keyword { name, value, .. } => format!("{name}={}", show(value)),
                })
                .collect();
            format!("(call {} {})", show(func), args.join(" "))
        }
        ExprKind::Subscript { object, index } => {
            format!("(sub {} {})", show(object), show(index))
        }
        ExprKind::Slice { lower, upper, step } => {
            format!("{}:{}:{}", opt(lower), opt(upper), opt(step))
        }
    }
}

/// `show` of the expression statement `src`.
pub(crate) fn s(src: &str) -> String {
    show(&expr(src))
}

/// The error for `src`, which must not parse.
pub(crate) fn err(src: &str) -> SyntaxError {
    match parse_program(src) {
        Err(e) => e,
        Ok(stmts) => panic!("{src:?} parsed: {stmts:?}"),
    }
}

/// Asserts `src` fails with `kind`, a message containing `msg`, starting at byte `col`.
pub(crate) fn fails(src: &str, kind: &str, msg: &str, col: usize) {
    let e = err(src);
    let short: String = src.chars().take(60).collect();
    assert_eq!((e.kind, e.span.start), (kind, col), "{short:?}: {e}");
    assert!(e.message.contains(msg), "{short:?}: {e}");
}
