//! The direct sub-expressions of an expression, for the passes that look at every node
//! (`check`, and the tests' unparser) without each spelling out every variant.

use super::ast::*;

/// Calls `f` on each direct sub-expression of `e`, in source order, stopping at its first
/// error.
pub(crate) fn try_for_each_child<'e, E>(
    e: &'e Expr,
    f: &mut dyn FnMut(&'e Expr) -> Result<(), E>,
) -> Result<(), E> {
    match &e.kind {
        ExprKind::List(items)
        | ExprKind::Tuple(items)
        | ExprKind::Set(items)
        | ExprKind::BoolOp { values: items, .. } => items.iter().try_for_each(f),
        ExprKind::Unary { operand: inner, .. }
        | ExprKind::Attribute { object: inner, .. }
        | ExprKind::YieldFrom(inner)
        | ExprKind::Await(inner)
        | ExprKind::Starred(inner) => f(inner),
        ExprKind::Yield(value) => value.iter().try_for_each(|v| f(v)),
        ExprKind::Binary { left, right, .. } => {
            f(left)?;
            f(right)
        }
        ExprKind::Compare { left, rest } => {
            f(left)?;
            rest.iter().try_for_each(|(_, e)| f(e))
        }
        ExprKind::IfElse { test, body, orelse } => {
            f(body)?;
            f(test)?;
            f(orelse)
        }
        ExprKind::Call { func, args } => {
            f(func)?;
            args.iter().try_for_each(|arg| f(arg_value(arg)))
        }
        ExprKind::Subscript { object, index } => {
            f(object)?;
            f(index)
        }
        ExprKind::Slice { lower, upper, step } => [lower, upper, step]
            .into_iter()
            .flatten()
            .try_for_each(|b| f(b)),
        ExprKind::NamedExpr { target, value } => {
            f(target)?;
            f(value)
        }
        ExprKind::Lambda { params, body } => {
            try_parameter_exprs(params, f)?;
            f(body)
        }
        ExprKind::Dict(items) => items.iter().try_for_each(|item| match item {
            DictItem::Pair { key, value } => {
                f(key)?;
                f(value)
            }
            DictItem::Unpack(value) => f(value),
        }),
        ExprKind::ListComp { elt, generators }
        | ExprKind::SetComp { elt, generators }
        | ExprKind::GeneratorExp { elt, generators } => {
            f(elt)?;
            generators
                .iter()
                .try_for_each(|g| comprehension_exprs(g, f))
        }
        ExprKind::DictComp { item, generators } => {
            f(&item.0)?;
            f(&item.1)?;
            generators
                .iter()
                .try_for_each(|g| comprehension_exprs(g, f))
        }
        ExprKind::FString(parts) => fstring_exprs(parts, f),
        _ => Ok(()),
    }
}

/// The value of a call argument.
pub(crate) fn arg_value(arg: &Arg) -> &Expr {
    match arg {
        Arg::Positional(value) | Arg::Keyword { value, .. } | Arg::DoubleStarred { value, .. } => {
            value
        }
    }
}

/// Calls `f` on the annotations and defaults of parameters, in source order.
pub(crate) fn try_parameter_exprs<'e, E>(
    params: &'e Parameters,
    f: &mut dyn FnMut(&'e Expr) -> Result<(), E>,
) -> Result<(), E> {
    for param in all_params(params) {
        param.annotation.iter().try_for_each(&mut *f)?;
        param.default.iter().try_for_each(&mut *f)?;
    }
    Ok(())
}

/// Every parameter, in source order.
pub(crate) fn all_params(params: &Parameters) -> impl Iterator<Item = &Param> {
    params
        .posonly
        .iter()
        .chain(&params.args)
        .chain(&params.vararg)
        .chain(&params.kwonly)
        .chain(&params.kwarg)
}

/// The expressions inside a comprehension clause (its target's included).
fn comprehension_exprs<'e, E>(
    clause: &'e Comprehension,
    f: &mut dyn FnMut(&'e Expr) -> Result<(), E>,
) -> Result<(), E> {
    try_target_exprs(&clause.target, f)?;
    f(&clause.iter)?;
    clause.ifs.iter().try_for_each(f)
}

/// Calls `f` on the expressions inside a target (objects and indices of subscripts and
/// attributes).
pub(crate) fn try_target_exprs<'e, E>(
    target: &'e Target,
    f: &mut dyn FnMut(&'e Expr) -> Result<(), E>,
) -> Result<(), E> {
    match target {
        Target::Name { .. } => Ok(()),
        Target::Subscript { object, index, .. } => {
            f(object)?;
            f(index)
        }
        Target::Attribute { object, .. } => f(object),
        Target::Tuple { items, .. } => items.iter().try_for_each(|t| try_target_exprs(t, f)),
        Target::Starred { target, .. } => try_target_exprs(target, f),
    }
}

/// The replacement fields' expressions of f-string parts (format specs included).
fn fstring_exprs<'e, E>(
    parts: &'e [FStringPart],
    f: &mut dyn FnMut(&'e Expr) -> Result<(), E>,
) -> Result<(), E> {
    for part in parts {
        if let FStringPart::Field(field) = part {
            f(&field.value)?;
            fstring_exprs(&field.format_spec, f)?;
        }
    }
    Ok(())
}

/// The blocks directly inside `stmt`, in source order: the bodies and `else` blocks of `if`,
/// loops and `with`, a `try`'s body, handlers, `else` and `finally`, each `case` of a
/// `match`, the body of a `def` or `class`; none for a simple statement.
pub(crate) fn child_blocks(stmt: &Stmt) -> Vec<&[Stmt]> {
    match &stmt.kind {
        StmtKind::If { body, orelse, .. }
        | StmtKind::While { body, orelse, .. }
        | StmtKind::For { body, orelse, .. } => vec![body, orelse],
        StmtKind::With { body, .. } => vec![body],
        StmtKind::FunctionDef(def) => vec![&def.body],
        StmtKind::ClassDef(class) => vec![&class.body],
        StmtKind::Match { cases, .. } => cases.iter().map(|case| case.body.as_slice()).collect(),
        StmtKind::Try(node) => {
            let handlers = node.handlers.iter().map(|h| h.body.as_slice());
            let mut blocks: Vec<&[Stmt]> = vec![&node.body];
            blocks.extend(handlers);
            blocks.extend([node.orelse.as_slice(), node.finalbody.as_slice()]);
            blocks
        }
        _ => Vec::new(),
    }
}
