//! Limits on the height of the syntax tree.
//!
//! Bracket nesting is bounded by the line scanner and recursion by `lexeme::nested`, but a
//! long flat chain such as `1 + 1 + ...` or `a.b[0]().b[0]()...` builds a tall tree without
//! recursing while it is parsed. Whatever walks that tree later (evaluation, reports, `Drop`)
//! would overflow the stack, so the chains measure their height here and fail with
//! "expression is too deeply nested" past [`MAX_HEIGHT`].

use nom::Err;

use crate::syntax::ast::{Arg, Expr, ExprKind};
use crate::syntax::lexeme::{In, PErr, failure_at};

/// Tallest syntax tree accepted: deeper ones would overflow the stack of whatever walks them.
pub(super) const MAX_HEIGHT: usize = 1000;

/// The height of a chain after one more link whose new operand has height `added`.
pub(super) fn grow(height: usize, added: usize, at: In) -> Result<usize, Err<PErr>> {
    let grown = height.max(added) + 1;
    if grown > MAX_HEIGHT {
        return Err(failure_at(at, "expression is too deeply nested", 1));
    }
    Ok(grown)
}

/// The height of `e`, or something above `cap` when it is taller than that.
pub(super) fn tree_height(e: &Expr, cap: usize) -> usize {
    if cap == 0 {
        return 1;
    }
    let mut tallest = 0;
    for_each_child(e, &mut |child| {
        tallest = tallest.max(tree_height(child, cap - 1))
    });
    tallest + 1
}

/// Calls `f` on every direct sub-expression of `e`.
fn for_each_child(e: &Expr, f: &mut dyn FnMut(&Expr)) {
    let boxes = |items: &[&Option<Box<Expr>>], f: &mut dyn FnMut(&Expr)| {
        items.iter().filter_map(|o| o.as_deref()).for_each(f)
    };
    match &e.kind {
        ExprKind::List(items) | ExprKind::Tuple(items) | ExprKind::BoolOp { values: items, .. } => {
            items.iter().for_each(f)
        }
        ExprKind::Unary { operand, .. } => f(operand),
        ExprKind::Binary { left, right, .. } => [left, right].into_iter().for_each(|b| f(b)),
        ExprKind::Compare { left, rest } => std::iter::once(&**left)
            .chain(rest.iter().map(|(_, e)| e))
            .for_each(f),
        ExprKind::IfElse { test, body, orelse } => {
            [test, body, orelse].into_iter().for_each(|b| f(b))
        }
        ExprKind::Attribute { object, .. } => f(object),
        ExprKind::Call { func, args } => std::iter::once(&**func)
            .chain(args.iter().map(arg_value))
            .for_each(f),
        ExprKind::Subscript { object, index } => [object, index].into_iter().for_each(|b| f(b)),
        ExprKind::Slice { lower, upper, step } => boxes(&[lower, upper, step], f),
        _ => {}
    }
}

/// The value of an argument.
pub(super) fn arg_value(arg: &Arg) -> &Expr {
    match arg {
        Arg::Positional(value) | Arg::Keyword { value, .. } => value,
    }
}

#[cfg(test)]
mod tests {
    use crate::syntax::parse_program;
    use crate::syntax::testing::{err, fails, s};

    #[test]
    fn nesting_limit() {
        let ok = format!("{}1{}", "(".repeat(200), ")".repeat(200));
        assert_eq!(s(&ok), "1");
        fails(
            &"[".repeat(100_000),
            "SyntaxError",
            "too many nested parentheses",
            200,
        );
        let deep = format!("x = {}1", "-".repeat(100_000));
        fails(&deep, "SyntaxError", "too deeply nested", 405);
        let deep = format!("x = {}", "not ".repeat(100_000));
        assert_eq!(err(&deep).message, "expression is too deeply nested");
        let deep = format!("x = 2{}", "**2".repeat(100_000));
        assert_eq!(err(&deep).message, "expression is too deeply nested");
        let mixed = format!("{}1{}", "(-".repeat(200), ")".repeat(200));
        assert!(parse_program(&mixed).is_ok() || err(&mixed).message.contains("nested"));
    }

    #[test]
    fn long_inputs_do_not_overflow() {
        let long = format!("x = {}1", "1 + ".repeat(900));
        assert_eq!(parse_program(&long).unwrap().len(), 1);
        let too_long = format!("x = {}1", "1 + ".repeat(200_000));
        assert_eq!(err(&too_long).message, "expression is too deeply nested");
        let trailers = format!("x = a{}", ".b[0]()".repeat(100_000));
        assert_eq!(err(&trailers).message, "expression is too deeply nested");
        let list = format!("[{}]", "0, ".repeat(20_000));
        assert_eq!(parse_program(&list).unwrap().len(), 1);
        let strings = "'a' ".repeat(20_000);
        assert_eq!(parse_program(&strings).unwrap().len(), 1);
        assert!(parse_program(&"é".repeat(200_000)).is_ok());
    }
}
