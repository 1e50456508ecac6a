//! Statement rules: `pass`, `del`, imports, expression statements and assignments.
//!
//! viewfinder has only simple statements, several to a line with `;`. Assignments are parsed
//! as expressions first (`a[0], b = ...` is an expression list until the `=` is seen), so
//! this file also turns the expressions left of `=` or after `del` into [`Target`]s, with
//! Python's "cannot assign to ..." messages for those that are not.

use nom::branch::alt;
use nom::combinator::opt;
use nom::multi::{many0, separated_list1};
use nom::sequence::preceded;
use nom::{Err, Parser};

use super::comma_separated;
use super::expr::expression_list;
use super::refuse::{refuse_statement, unsupported};
use crate::syntax::ast::*;
use crate::syntax::lexeme::{
    In, PErr, PResult, failure, kw, mismatch, name, op, operator_in, pos, start, ws,
};

/// Statements separated by `;`, with an optional trailing `;`.
pub(super) fn simple_stmts(input: In) -> PResult<Vec<Stmt>> {
    let (rest, groups) = separated_list1(op(";"), small_stmt).parse(input)?;
    let (rest, _) = opt(op(";")).parse(rest)?;
    Ok((rest, groups.into_iter().flatten().collect()))
}

/// One statement (`import a, b` gives one statement per module).
fn small_stmt(input: In) -> PResult<Vec<Stmt>> {
    refuse_statement(input)?;
    let one = |s: Stmt| vec![s];
    alt((
        pass_stmt.map(one),
        del_stmt.map(one),
        import_stmt,
        from_import.map(one),
        expr_stmt.map(one),
    ))
    .parse(input)
}

/// Builds a statement spanning from `start` to `rest`.
fn statement(kind: StmtKind, start: usize, rest: &In) -> Stmt {
    Stmt {
        kind,
        span: Span::new(start, pos(rest)),
    }
}

/// `pass`.
fn pass_stmt(input: In) -> PResult<Stmt> {
    let pass = |span| Stmt {
        kind: StmtKind::Pass,
        span,
    };
    kw("pass").map(pass).parse(input)
}

/// `del a, b[0]`.
fn del_stmt(input: In) -> PResult<Stmt> {
    let s = start(input);
    let (rest, _) = kw("del")(input)?;
    let (rest, list) = expression_list(rest)?;
    let items = match list.kind {
        ExprKind::Tuple(items) => items,
        _ => vec![list],
    };
    let targets = items
        .into_iter()
        .map(|e| target(e, "delete"))
        .collect::<Result<_, _>>()?;
    Ok((rest, statement(StmtKind::Del(targets), s, &rest)))
}

/// `import numpy as np, array`: one `Import` per module.
fn import_stmt(input: In) -> PResult<Vec<Stmt>> {
    let s = start(input);
    let (rest, _) = kw("import")(input)?;
    let (rest, modules) = separated_list1(op(","), dotted_as_name).parse(rest)?;
    let span = Span::new(s, pos(&rest));
    let stmt = |(module, alias)| Stmt {
        kind: StmtKind::Import { module, alias },
        span,
    };
    Ok((rest, modules.into_iter().map(stmt).collect()))
}

/// `numpy.linalg as la`.
fn dotted_as_name(input: In) -> PResult<(String, Option<String>)> {
    (dotted_name, opt(preceded(kw("as"), name).map(|(n, _)| n))).parse(input)
}

/// `numpy.linalg`.
fn dotted_name(input: In) -> PResult<String> {
    let (rest, parts) = separated_list1(op("."), name).parse(input)?;
    let parts: Vec<String> = parts.into_iter().map(|(n, _)| n).collect();
    Ok((rest, parts.join(".")))
}

/// `from numpy import zeros, arange as ar` (names may be parenthesised).
fn from_import(input: In) -> PResult<Stmt> {
    let s = start(input);
    let (rest, (_, module, _)) = (kw("from"), dotted_name, kw("import")).parse(input)?;
    if let Ok((_, span)) = op("*")(rest) {
        return Err(unsupported("star imports ('import *')", span));
    }
    let parenthesised = (op("("), import_names, op(")")).map(|(_, names, _)| names);
    let (rest, names) = alt((parenthesised, import_names)).parse(rest)?;
    let kind = StmtKind::FromImport { module, names };
    Ok((rest, statement(kind, s, &rest)))
}

/// `zeros, arange as ar,`.
fn import_names(input: In) -> PResult<Vec<(String, Option<String>)>> {
    let as_name = (name, opt(preceded(kw("as"), name))).map(|((n, _), a)| (n, a.map(|(a, _)| a)));
    let (rest, (names, _)) = comma_separated(input, as_name)?;
    if names.is_empty() {
        return Err(mismatch(ws(input)));
    }
    Ok((rest, names))
}

/// An expression statement, an assignment `a = b = value`, or an augmented one `a += 1`.
fn expr_stmt(input: In) -> PResult<Stmt> {
    let s = start(input);
    let (rest, first) = expression_list(input)?;
    if let Ok((after, op)) = augassign(rest) {
        let (after, value) = expression_list(after)?;
        let target = aug_target(first)?;
        let kind = StmtKind::AugAssign { target, op, value };
        return Ok((after, statement(kind, s, &after)));
    }
    let (rest, mut values) = many0(preceded(op("="), expression_list)).parse(rest)?;
    if let [value] = values.as_slice() {
        check_equality_typo(&first, value, input)?;
    }
    let kind = match values.pop() {
        None => StmtKind::Expr(first),
        Some(value) => {
            let targets = std::iter::once(first)
                .chain(values)
                .map(|t| target(t, "assign to"));
            StmtKind::Assign {
                targets: targets.collect::<Result<_, _>>()?,
                value,
            }
        }
    };
    Ok((rest, statement(kind, s, &rest)))
}

/// The augmented-assignment operators, as tokens.
const AUG_OPS: [(&str, BinOp); 13] = [
    ("+=", BinOp::Add),
    ("-=", BinOp::Sub),
    ("*=", BinOp::Mul),
    ("/=", BinOp::Div),
    ("//=", BinOp::FloorDiv),
    ("%=", BinOp::Mod),
    ("**=", BinOp::Pow),
    ("@=", BinOp::MatMul),
    ("&=", BinOp::BitAnd),
    ("|=", BinOp::BitOr),
    ("^=", BinOp::BitXor),
    ("<<=", BinOp::LShift),
    (">>=", BinOp::RShift),
];

/// `+=`, `//=`, ...
fn augassign(input: In) -> PResult<BinOp> {
    operator_in(input, &AUG_OPS)
}

/// What an expression is called in "cannot assign to ..." messages.
fn describe(kind: &ExprKind) -> &'static str {
    match kind {
        ExprKind::Int(_) | ExprKind::Float(_) | ExprKind::Str(_) | ExprKind::Bytes(_) => "literal",
        ExprKind::Bool(true) => "True",
        ExprKind::Bool(false) => "False",
        ExprKind::None => "None",
        ExprKind::Ellipsis => "ellipsis",
        ExprKind::Call { .. } => "function call",
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfElse { .. } => "conditional expression",
        ExprKind::Tuple(_) => "tuple",
        ExprKind::List(_) => "list",
        _ => "expression",
    }
}

/// Turns an expression on the left of `=` (or after `del`) into a target.
fn target(e: Expr, verb: &str) -> Result<Target, Err<PErr>> {
    let span = e.span;
    Ok(match e.kind {
        ExprKind::Name(name) => Target::Name { name, span },
        ExprKind::Subscript { object, index } => Target::Subscript {
            object,
            index,
            span,
        },
        ExprKind::Attribute { object, attr } => Target::Attribute { object, attr, span },
        ExprKind::Tuple(items) | ExprKind::List(items) => {
            let items = items
                .into_iter()
                .map(|i| target(i, verb))
                .collect::<Result<_, _>>()?;
            Target::Tuple { items, span }
        }
        kind => {
            let msg = format!("cannot {verb} {}", describe(&kind));
            return Err(failure("SyntaxError", &msg, span));
        }
    })
}

/// CPython's guess that `f() = 1` meant `f() == 1`: for a single `=`, when the target that
/// cannot be assigned (or the last item of an unparenthesised tuple of targets, the one right
/// before `=`) is an operand such as a call, a literal or an arithmetic expression, and the
/// value starts with an operand too, the error is "cannot assign to function call here.
/// Maybe you meant '==' instead of '='?" (CPython's `invalid_named_expression` rule).
fn check_equality_typo(first: &Expr, value: &Expr, input: In) -> Result<(), Err<PErr>> {
    let text = |span: Span| {
        let offset = input.location_offset();
        input
            .fragment()
            .get(span.start - offset..span.end - offset)
            .unwrap_or("")
    };
    let candidate = match &first.kind {
        ExprKind::Tuple(items) if !text(first.span).starts_with('(') => match items.split_last() {
            Some((last, earlier)) if earlier.iter().all(is_assignable) => last,
            _ => return Ok(()),
        },
        _ => first,
    };
    let value_text = text(value.span);
    let first_word = value_text
        .split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .next()
        .unwrap_or("");
    let value_starts_with_operand =
        !matches!(first_word, "not" | "lambda" | "yield") && !value_text.starts_with('*');
    if is_operand(candidate) && !is_assignable(candidate) && value_starts_with_operand {
        let message = format!(
            "cannot assign to {} here. Maybe you meant '==' instead of '='?",
            describe(&candidate.kind)
        );
        return Err(failure("SyntaxError", &message, candidate.span));
    }
    Ok(())
}

/// True for expressions that are valid assignment targets.
fn is_assignable(e: &Expr) -> bool {
    target(e.clone(), "assign to").is_ok()
}

/// True for expressions at the level of an operand of `|` (CPython's `bitwise_or`), other than
/// list and tuple displays and `True`, `False`, `None`.
fn is_operand(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Unary { op, .. } => *op != UnaryOp::Not,
        ExprKind::Compare { .. } | ExprKind::BoolOp { .. } | ExprKind::IfElse { .. } => false,
        ExprKind::List(_) | ExprKind::Tuple(_) | ExprKind::Bool(_) | ExprKind::None => false,
        _ => true,
    }
}

/// The target of an augmented assignment: a name, subscript or attribute.
fn aug_target(e: Expr) -> Result<Target, Err<PErr>> {
    match e.kind {
        ExprKind::Name(_) | ExprKind::Subscript { .. } | ExprKind::Attribute { .. } => {
            target(e, "assign to")
        }
        ref kind => {
            let msg = format!(
                "'{}' is an illegal expression for augmented assignment",
                describe(kind)
            );
            Err(failure("SyntaxError", &msg, e.span))
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::syntax::ast::*;
    use crate::syntax::parse_program;
    use crate::syntax::testing::{fails, show, stmt};

    #[test]
    fn statements() {
        assert!(matches!(stmt("pass").kind, StmtKind::Pass));
        let StmtKind::Import { module, alias } = stmt("import numpy as np").kind else {
            panic!()
        };
        assert_eq!((module.as_str(), alias.as_deref()), ("numpy", Some("np")));
        assert_eq!(parse_program("import array, numpy").unwrap().len(), 2);
        let StmtKind::FromImport { module, names } =
            stmt("from numpy import zeros, arange as ar").kind
        else {
            panic!()
        };
        assert_eq!(module, "numpy");
        assert_eq!(
            names,
            vec![("zeros".into(), None), ("arange".into(), Some("ar".into()))]
        );
        let StmtKind::Del(targets) = stmt("del a, b[0]").kind else {
            panic!()
        };
        assert!(matches!(
            targets.as_slice(),
            [Target::Name { .. }, Target::Subscript { .. }]
        ));
        let StmtKind::AugAssign { op, .. } = stmt("a[0] //= 2").kind else {
            panic!()
        };
        assert_eq!(op, BinOp::FloorDiv);
        assert_eq!(
            parse_program("a = 1; b = 2;\n\n# c\nc = 3  # end")
                .unwrap()
                .len(),
            3
        );
    }

    #[test]
    fn assignment_targets() {
        let StmtKind::Assign { targets, value } = stmt("a = b.c = d[0] = 1, 2").kind else {
            panic!()
        };
        assert!(matches!(
            targets.as_slice(),
            [
                Target::Name { .. },
                Target::Attribute { .. },
                Target::Subscript { .. }
            ]
        ));
        assert_eq!(show(&value), "(tuple 1 2)");
        let StmtKind::Assign { targets, .. } = stmt("a, (b, c) = x").kind else {
            panic!()
        };
        let [Target::Tuple { items, span }] = targets.as_slice() else {
            panic!()
        };
        assert_eq!((items.len(), *span), (2, Span::new(0, 9)));
        fails(
            "1 = a",
            "SyntaxError",
            "cannot assign to literal here. Maybe you meant '==' instead of '='?",
            0,
        );
        fails("1 = not a", "SyntaxError", "cannot assign to literal", 0);
        fails(
            "a, f() = notx",
            "SyntaxError",
            "cannot assign to function call here. Maybe you meant '==' instead of '='?",
            3,
        );
        fails(
            "a, f() = x",
            "SyntaxError",
            "cannot assign to function call",
            3,
        );
        fails(
            "x = a < b = 1",
            "SyntaxError",
            "cannot assign to comparison",
            4,
        );
        fails("del 1", "SyntaxError", "cannot delete literal", 4);
        fails(
            "a, b += 1",
            "SyntaxError",
            "'tuple' is an illegal expression for augmented assignment",
            0,
        );
    }
}
