//! The direct sub-expressions of an expression, for the passes that look at every node
//! (`check`, and the tests' unparser) without each spelling out every variant.

use super::ast::*;

/// Calls `f` on each direct sub-expression of `e`, in source order.
pub(crate) fn for_each_child<'e>(e: &'e Expr, f: &mut dyn FnMut(&'e Expr)) {
    match &e.kind {
        ExprKind::List(items)
        | ExprKind::Tuple(items)
        | ExprKind::Set(items)
        | ExprKind::BoolOp { values: items, .. } => items.iter().for_each(f),
        ExprKind::Unary { operand: inner, .. }
        | ExprKind::Attribute { object: inner, .. }
        | ExprKind::YieldFrom(inner)
        | ExprKind::Await(inner)
        | ExprKind::Starred(inner) => f(inner),
        ExprKind::Yield(value) => value.iter().for_each(|v| f(v)),
        ExprKind::Binary { left, right, .. } => [left, right].into_iter().for_each(|b| f(b)),
        ExprKind::Compare { left, rest } => {
            f(left);
            rest.iter().for_each(|(_, e)| f(e));
        }
        ExprKind::IfElse { test, body, orelse } => {
            [body, test, orelse].into_iter().for_each(|b| f(b))
        }
        ExprKind::Call { func, args } => {
            f(func);
            args.iter().for_each(|arg| f(arg_value(arg)));
        }
        ExprKind::Subscript { object, index } => [object, index].into_iter().for_each(|b| f(b)),
        ExprKind::Slice { lower, upper, step } => [lower, upper, step]
            .into_iter()
            .flatten()
            .for_each(|b| f(b)),
        ExprKind::NamedExpr { target, value } => [target, value].into_iter().for_each(|b| f(b)),
        ExprKind::Lambda { params, body } => {
            parameter_exprs(params, f);
            f(body);
        }
        ExprKind::Dict(items) => items.iter().for_each(|item| match item {
            DictItem::Pair { key, value } => [key, value].into_iter().for_each(&mut *f),
            DictItem::Unpack(value) => f(value),
        }),
        ExprKind::ListComp { elt, generators }
        | ExprKind::SetComp { elt, generators }
        | ExprKind::GeneratorExp { elt, generators } => {
            f(elt);
            generators.iter().for_each(|g| comprehension_exprs(g, f));
        }
        ExprKind::DictComp { item, generators } => {
            f(&item.0);
            f(&item.1);
            generators.iter().for_each(|g| comprehension_exprs(g, f));
        }
        ExprKind::FString(parts) => fstring_exprs(parts, f),
        _ => {}
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

/// The defaults and annotations of parameters, in source order.
pub(crate) fn parameter_exprs<'e>(params: &'e Parameters, f: &mut dyn FnMut(&'e Expr)) {
    for param in all_params(params) {
        param.annotation.iter().for_each(&mut *f);
        param.default.iter().for_each(&mut *f);
    }
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
fn comprehension_exprs<'e>(clause: &'e Comprehension, f: &mut dyn FnMut(&'e Expr)) {
    target_exprs(&clause.target, f);
    f(&clause.iter);
    clause.ifs.iter().for_each(f);
}

/// The expressions inside a target (objects and indices of subscripts and attributes).
pub(crate) fn target_exprs<'e>(target: &'e Target, f: &mut dyn FnMut(&'e Expr)) {
    match target {
        Target::Name { .. } => {}
        Target::Subscript { object, index, .. } => {
            f(object);
            f(index);
        }
        Target::Attribute { object, .. } => f(object),
        Target::Tuple { items, .. } => items.iter().for_each(|t| target_exprs(t, f)),
        Target::Starred { target, .. } => target_exprs(target, f),
    }
}

/// The replacement fields' expressions of f-string parts (format specs included).
fn fstring_exprs<'e>(parts: &'e [FStringPart], f: &mut dyn FnMut(&'e Expr)) {
    for part in parts {
        if let FStringPart::Field(field) = part {
            f(&field.value);
            fstring_exprs(&field.format_spec, f);
        }
    }
}
