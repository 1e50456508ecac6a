//! Bracketed forms: parenthesised expressions, tuples, lists, sets, dicts, and the
//! comprehensions and generator expressions written inside them.
//!
//! Each form is decided by what follows its first item, as in CPython's grammar: a `for`
//! makes a comprehension, a `,` a tuple (or list, set), `:` inside braces a dict. `{}` is an
//! empty dict.

use super::expr::{
    bitwise_or, comma_separated, disjunction, expression, star_named_expression, yield_expr,
};
use super::input::{PResult, Tokens, at_kw, at_op, kw, mismatch, op};
use super::invalid;
use super::node::{Node, split, tallest};
use super::target::star_targets;
use crate::syntax::ast::*;
use crate::syntax::lex::{Keyword, Op, TokenKind};

/// True when a comprehension's `for` (or `async for`) comes next.
pub(super) fn at_for(i: Tokens) -> bool {
    at_kw(i, Keyword::For)
        || (at_kw(i, Keyword::Async) && i.kind_at(1) == TokenKind::Keyword(Keyword::For))
}

/// `tuple | group | genexp`: `()`, `(x)`, `(yield x)`, `(x,)`, `(a, *b)`, `(x for x in y)`.
pub(super) fn paren_form(i: Tokens) -> PResult<Node> {
    let (rest, open) = op(Op::LPar)(i)?;
    if let Ok((rest, _)) = op(Op::RPar)(rest) {
        return Ok((
            rest,
            Node::leaf(ExprKind::Tuple(Vec::new()), rest.span_from(open.start)),
        ));
    }
    if at_kw(rest, Keyword::Yield) {
        let (rest, value) = yield_expr(rest)?;
        let (rest, _) = op(Op::RPar)(rest)?;
        return Ok((rest, value));
    }
    if i.errors() {
        invalid::group(rest)?;
    }
    let (after, first) = star_named_expression(rest)?;
    if at_for(after) && !is_starred(&first) {
        return comprehension_end(after, open.start, first, Op::RPar, generator);
    }
    if let Ok((after, _)) = op(Op::RPar)(after) {
        return match is_starred(&first) {
            true => mismatch(),
            false => Ok((after, first)),
        };
    }
    if !at_op(after, Op::Comma) {
        return mismatch();
    }
    let (after, items) = more_items(after, first)?;
    let (after, _) = op(Op::RPar)(after)?;
    let (items, height) = split(items);
    Ok((
        after,
        Node::new(ExprKind::Tuple(items), after.span_from(open.start), height),
    ))
}

/// True for `*x`.
fn is_starred(node: &Node) -> bool {
    matches!(node.expr.kind, ExprKind::Starred(_))
}

/// The items after `first` in a display: `, b, *c,`.
fn more_items(i: Tokens, first: Node) -> PResult<Vec<Node>> {
    let (rest, _) = op(Op::Comma)(i)?;
    let (rest, (more, _)) = comma_separated(rest, star_named_expression)?;
    let mut items = vec![first];
    items.extend(more);
    Ok((rest, items))
}

/// A generator expression `(elt for ...)`.
fn generator(elt: Expr, generators: Vec<Comprehension>) -> ExprKind {
    ExprKind::GeneratorExp {
        elt: Box::new(elt),
        generators,
    }
}

/// The `for` clauses after a comprehension's element `elt`, then the closing `close`: the
/// node that `build` makes of them, spanning from `start`.
fn comprehension_end<'t>(
    i: Tokens<'t>,
    start: usize,
    elt: Node,
    close: Op,
    build: impl FnOnce(Expr, Vec<Comprehension>) -> ExprKind,
) -> PResult<'t, Node> {
    let (rest, (generators, height)) = for_if_clauses(i)?;
    let (rest, _) = op(close)(rest)?;
    let height = height.max(elt.height);
    Ok((
        rest,
        Node::new(build(elt.expr, generators), rest.span_from(start), height),
    ))
}

/// `list | listcomp`: `[]`, `[a, *b]`, `[x for x in y]`.
pub(super) fn list_or_comprehension(i: Tokens) -> PResult<Node> {
    let (rest, open) = op(Op::LSqb)(i)?;
    if let Ok((rest, _)) = op(Op::RSqb)(rest) {
        return Ok((
            rest,
            Node::leaf(ExprKind::List(Vec::new()), rest.span_from(open.start)),
        ));
    }
    if i.errors() {
        invalid::comprehension(rest)?;
    }
    let (after, first) = star_named_expression(rest)?;
    if at_for(after) && !is_starred(&first) {
        return comprehension_end(after, open.start, first, Op::RSqb, |elt, generators| {
            ExprKind::ListComp {
                elt: Box::new(elt),
                generators,
            }
        });
    }
    display_end(
        after,
        i.errors(),
        first,
        Op::RSqb,
        open.start,
        ExprKind::List,
    )
}

/// `dict | set | dictcomp | setcomp`: `{}`, `{k: v, **d}`, `{a, *b}`, `{k: v for ...}`,
/// `{x for ...}`.
pub(super) fn dict_or_set(i: Tokens) -> PResult<Node> {
    let (rest, open) = op(Op::LBrace)(i)?;
    if let Ok((rest, _)) = op(Op::RBrace)(rest) {
        return Ok((
            rest,
            Node::leaf(ExprKind::Dict(Vec::new()), rest.span_from(open.start)),
        ));
    }
    if i.errors() {
        invalid::comprehension(rest)?;
    }
    if at_op(rest, Op::DoubleStar) {
        return dict_display(rest, open.start);
    }
    let (after, first) = star_named_expression(rest)?;
    if at_op(after, Op::Colon) && !is_starred(&first) {
        return dict_display(rest, open.start);
    }
    if at_for(after) && !is_starred(&first) {
        return comprehension_end(after, open.start, first, Op::RBrace, |elt, generators| {
            ExprKind::SetComp {
                elt: Box::new(elt),
                generators,
            }
        });
    }
    display_end(
        after,
        i.errors(),
        first,
        Op::RBrace,
        open.start,
        ExprKind::Set,
    )
}

/// The rest of a list or set display after its first item `first` at `i`: more items, then
/// `close`; `errors` is the second pass, which looks for CPython's messages.
fn display_end<'t>(
    i: Tokens<'t>,
    errors: bool,
    first: Node,
    close: Op,
    start: usize,
    build: fn(Vec<Expr>) -> ExprKind,
) -> PResult<'t, Node> {
    let (after, items) = match at_op(i, Op::Comma) {
        true => more_items(i, first)?,
        false => (i, vec![first]),
    };
    if errors {
        invalid::comprehension_target(&items, Some(after.last_span()), after)?;
    }
    let (after, _) = op(close)(after)?;
    let (items, height) = split(items);
    Ok((
        after,
        Node::new(build(items), after.span_from(start), height),
    ))
}

/// A dict display or comprehension from its first item at `i` (after `{`).
fn dict_display(i: Tokens, start: usize) -> PResult<Node> {
    let (rest, (first, height)) = dict_item(i, false)?;
    if let (DictItem::Pair { .. }, true) = (&first, at_for(rest)) {
        let DictItem::Pair { key, value } = first else {
            return mismatch();
        };
        let (rest, (generators, clauses)) = for_if_clauses(rest)?;
        let (rest, _) = op(Op::RBrace)(rest)?;
        let kind = ExprKind::DictComp {
            item: Box::new((key, value)),
            generators,
        };
        return Ok((
            rest,
            Node::new(kind, rest.span_from(start), height.max(clauses)),
        ));
    }
    let mut items = vec![first];
    let mut tallest_item = height;
    let mut rest = rest;
    while let Ok((after, _)) = op(Op::Comma)(rest) {
        rest = after;
        if at_op(rest, Op::RBrace) {
            break;
        }
        let (after, (item, height)) = dict_item(rest, true)?;
        (rest, tallest_item) = (after, tallest_item.max(height));
        items.push(item);
    }
    let (rest, _) = op(Op::RBrace)(rest)?;
    Ok((
        rest,
        Node::new(ExprKind::Dict(items), rest.span_from(start), tallest_item),
    ))
}

/// `double_starred_kvpair`: `**mapping` or `key: value` (`later` after the first item).
fn dict_item(i: Tokens, later: bool) -> PResult<(DictItem, u32)> {
    if let Ok((rest, _)) = op(Op::DoubleStar)(i) {
        let (rest, value) = rest.nested(bitwise_or)?;
        return Ok((rest, (DictItem::Unpack(value.expr), value.height)));
    }
    let key_input = match later {
        true => i.without_errors(),
        false => i,
    };
    let (rest, key) = expression(key_input)?;
    let rest = rest.with_errors_of(i);
    if i.errors() {
        invalid::dict_value(&key, rest, later)?;
    }
    let (rest, _) = op(Op::Colon)(rest)?;
    let (rest, value) = expression(rest)?;
    let height = key.height.max(value.height);
    let item = DictItem::Pair {
        key: key.expr,
        value: value.expr,
    };
    Ok((rest, (item, height)))
}

/// `for_if_clauses`: one or more `[async] for targets in iter (if cond)*`.
pub(super) fn for_if_clauses(i: Tokens) -> PResult<(Vec<Comprehension>, u32)> {
    let mut clauses = Vec::new();
    let mut height = 0;
    let mut rest = i;
    while at_for(rest) {
        let (after, (clause, clause_height)) = for_if_clause(rest)?;
        clauses.push(clause);
        (rest, height) = (after, height.max(clause_height));
    }
    match clauses.is_empty() {
        true => mismatch(),
        false => Ok((rest, (clauses, height))),
    }
}

/// `for_if_clause`: `[async] for targets in iter (if cond)*`.
fn for_if_clause(i: Tokens) -> PResult<(Comprehension, u32)> {
    let start = i.start();
    let is_async = at_kw(i, Keyword::Async);
    let rest = i.advance(1 + usize::from(is_async));
    let (rest, target) = match star_targets(rest) {
        Ok(found) => found,
        Err(nom::Err::Error(_)) if i.errors() => {
            return Err(invalid::for_target(rest));
        }
        Err(e) => return Err(e),
    };
    let (rest, _) = kw(Keyword::In)(rest)?;
    let (mut rest, iter) = disjunction(rest)?;
    let mut ifs = Vec::new();
    while let Ok((after, _)) = kw(Keyword::If)(rest) {
        let (after, cond) = disjunction(after)?;
        ifs.push(cond);
        rest = after;
    }
    let height = tallest(std::iter::once(&iter).chain(&ifs));
    let clause = Comprehension {
        target,
        iter: iter.expr,
        ifs: ifs.into_iter().map(|n| n.expr).collect(),
        is_async,
        span: rest.span_from(start),
    };
    Ok((rest, (clause, height)))
}

#[cfg(test)]
mod tests {
    use crate::syntax::testing::s;

    #[test]
    fn displays() {
        assert_eq!(s("()"), "(tuple )");
        assert_eq!(s("(1,)"), "(tuple 1)");
        assert_eq!(s("(1)"), "1");
        assert_eq!(s("(*a, b)"), "(tuple (* a) b)");
        assert_eq!(s("[]"), "[]");
        assert_eq!(s("[1, *a, [2],]"), "[1 (* a) [2]]");
        assert_eq!(s("{}"), "{}");
        assert_eq!(s("{1: 2, **d, 'k': v}"), "{1:2 **d \"k\":v}");
        assert_eq!(s("{1, *s}"), "(set 1 (* s))");
    }

    #[test]
    fn comprehensions() {
        assert_eq!(s("[x for x in y]"), "(listcomp x (for x in y))");
        assert_eq!(
            s("[i * j for i in a if i for j in b if j if i > j]"),
            "(listcomp (* i j) (for i in a if i) (for j in b if j if (cmp i > j)))"
        );
        assert_eq!(
            s("{k: v for k, v in d}"),
            "(dictcomp k:v (for (tuple k v) in d))"
        );
        assert_eq!(s("{x async for x in y}"), "(setcomp x (async for x in y))");
        assert_eq!(s("(x for x in y)"), "(genexp x (for x in y))");
        assert_eq!(s("sum(x for x in y)"), "(call sum (genexp x (for x in y)))");
        assert_eq!(
            s("[x for x in a if x or y]"),
            "(listcomp x (for x in a if (Or x y)))"
        );
    }
}
