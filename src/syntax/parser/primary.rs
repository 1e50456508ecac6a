//! The tightest-binding rules: atoms and the trailers after them (attributes, calls with
//! their arguments, subscriptions with their slices).
//!
//! The indexing syntax that viewfinder is about (`a[1:, ::2]`, `a[..., None]`) stays plain
//! syntax: subscripts and slices become `Subscript` and `Slice` nodes, and `eval` decides
//! what they select. Brackets open here (and in `display`), so each goes one recursion level
//! deeper.

use super::display::{dict_or_set, for_if_clauses, list_or_comprehension, paren_form};
use super::expr::{assignment_expression, expression, named_expression, starred};
use super::input::{PResult, Tokens, at_kw, at_op, mismatch, name, op, token};
use super::invalid;
use super::node::{Node, grow, split, tallest};
use super::strings::strings;
use crate::syntax::ast::*;
use crate::syntax::lex::{Keyword, Op, TokenKind};
use crate::syntax::literal::number_value;

/// `primary`: an atom followed by any number of trailers, `np.zeros(3)[1:].T`.
pub(super) fn primary(i: Tokens) -> PResult<Node> {
    let start = i.start();
    let (mut rest, mut node) = atom(i)?;
    loop {
        let at = rest.peek().span;
        let (after, kind, height) = match rest.kind() {
            TokenKind::Op(Op::Dot) => match name(rest.advance(1)) {
                Ok((after, (attr, _))) => {
                    let height = node.height;
                    let kind = ExprKind::Attribute {
                        object: node.boxed(),
                        attr,
                    };
                    (after, kind, height)
                }
                Err(_) => return Ok((rest, node)),
            },
            TokenKind::Op(Op::LPar) => {
                let (after, (args, height)) = rest.nested(call)?;
                let height = height.max(node.height);
                let kind = ExprKind::Call {
                    func: Box::new(node.expr),
                    args,
                };
                (after, kind, height)
            }
            TokenKind::Op(Op::LSqb) => {
                let (after, index) = rest.nested(subscription)?;
                let height = index.height.max(node.height);
                let kind = ExprKind::Subscript {
                    object: node.boxed(),
                    index: index.boxed(),
                };
                (after, kind, height)
            }
            _ => return Ok((rest, node)),
        };
        let height = grow(height, at)?;
        (node, rest) = (Node::new(kind, after.span_from(start), height), after);
    }
}

/// `call`: `(arguments)`, or `(x for x in y)` as the sole argument.
fn call(i: Tokens) -> PResult<(Vec<Arg>, u32)> {
    let (rest, _) = op(Op::LPar)(i)?;
    let (rest, args) = call_arguments(rest)?;
    let (rest, _) = op(Op::RPar)(rest)?;
    Ok((rest, args))
}

/// A call's arguments: [`arguments`], or a generator expression as the only one.
fn call_arguments(i: Tokens) -> PResult<(Vec<Arg>, u32)> {
    arguments_of(i, true)
}

/// `arguments`: positional, `*args`, `name=value` and `**kwargs` arguments, in Python's
/// order, trailing comma allowed (a class's bases and keywords).
pub(super) fn arguments(i: Tokens) -> PResult<(Vec<Arg>, u32)> {
    arguments_of(i, false)
}

/// [`arguments`], where a sole generator expression is allowed when `generator` is true.
fn arguments_of(i: Tokens, generator: bool) -> PResult<(Vec<Arg>, u32)> {
    if at_op(i, Op::RPar) {
        return Ok((i, (Vec::new(), 0)));
    }
    let (mut rest, (first, mut height)) = argument(i)?;
    if generator && let Some(genexp) = sole_generator(rest, &first)? {
        let (after, node) = genexp;
        return Ok((after, (vec![Arg::Positional(node.expr)], node.height)));
    }
    let mut args = Vec::with_capacity(4);
    args.push(first);
    while let Ok((after, _)) = op(Op::Comma)(rest) {
        rest = after;
        if at_op(rest, Op::RPar) {
            break;
        }
        let (after, (arg, arg_height)) = argument(rest)?;
        if i.errors() {
            invalid::generator_argument(after, &arg)?;
        }
        (rest, height) = (after, height.max(arg_height));
        args.push(arg);
    }
    if let Some(problem) = invalid::argument_order(&args) {
        return match i.errors() {
            true => Err(problem.error(rest)),
            false => mismatch(),
        };
    }
    Ok((rest, (args, height)))
}

/// When the first argument is followed by `for`, the generator expression it starts
/// (`sum(x for x in y)`), which must then be the only argument.
fn sole_generator<'t>(
    rest: Tokens<'t>,
    first: &Arg,
) -> Result<Option<(Tokens<'t>, Node)>, nom::Err<super::input::PErr>> {
    let Arg::Positional(elt) = first else {
        return Ok(None);
    };
    if !(at_kw(rest, Keyword::For) || at_kw(rest, Keyword::Async)) {
        return Ok(None);
    }
    let (after, (generators, height)) = for_if_clauses(rest)?;
    if !at_op(after, Op::RPar) {
        if rest.errors() {
            invalid::unparenthesized_generator(elt, &generators, after)?;
        }
        return mismatch();
    }
    let span = Span::new(elt.span.start, after.end());
    let kind = ExprKind::GeneratorExp {
        elt: Box::new(elt.clone()),
        generators,
    };
    Ok(Some((after, Node::new(kind, span, height))))
}

/// One argument: `*x`, `**x`, `name=value`, or a positional expression.
#[inline]
fn argument(i: Tokens) -> PResult<(Arg, u32)> {
    let start = i.start();
    if i.errors() {
        invalid::constant_keyword(i)?;
    }
    match i.kind() {
        TokenKind::Op(Op::Star) => {
            let (rest, node) = starred(i, expression)?;
            Ok((rest, (Arg::Positional(node.expr), node.height)))
        }
        TokenKind::Op(Op::DoubleStar) => {
            let (rest, value) = i.advance(1).nested(expression)?;
            let span = rest.span_from(start);
            let height = value.height + 1;
            Ok((
                rest,
                (
                    Arg::DoubleStarred {
                        value: value.expr,
                        span,
                    },
                    height,
                ),
            ))
        }
        TokenKind::Name if i.kind_at(1) == TokenKind::Op(Op::Equal) => keyword_argument(i),
        _ => positional_argument(i),
    }
}

/// `name=value`.
fn keyword_argument(i: Tokens) -> PResult<(Arg, u32)> {
    let (rest, (name, span)) = name(i)?;
    let (rest, value) = expression(rest.advance(1))?;
    if i.errors() {
        invalid::keyword_then_for(i, rest)?;
    }
    let span = rest.span_from(span.start);
    let height = value.height + 1;
    Ok((
        rest,
        (
            Arg::Keyword {
                name,
                value: value.expr,
                span,
            },
            height,
        ),
    ))
}

/// A positional argument: `name := value`, or an expression not followed by `:=` or `=`.
#[inline]
fn positional_argument(i: Tokens) -> PResult<(Arg, u32)> {
    let walrus = i.kind() == TokenKind::Name && i.kind_at(1) == TokenKind::Op(Op::ColonEqual);
    let (rest, node) = match walrus {
        true => assignment_expression(i)?,
        false => expression(i)?,
    };
    if i.errors() {
        invalid::assignment_in_argument(&node, rest)?;
    }
    match at_op(rest, Op::Equal) || at_op(rest, Op::ColonEqual) {
        true => mismatch(),
        false => Ok((rest, (Arg::Positional(node.expr), node.height))),
    }
}

/// `subscription`: `[slices]`.
fn subscription(i: Tokens) -> PResult<Node> {
    let (rest, _) = op(Op::LSqb)(i)?;
    let (rest, index) = slices(rest)?;
    let (rest, _) = op(Op::RSqb)(rest)?;
    Ok((rest, index))
}

/// `slices`: one slice, or a tuple of slices and starred expressions (`a[1:, ::2]`).
fn slices(i: Tokens) -> PResult<Node> {
    let start = i.start();
    let (rest, first) = slice_item(i)?;
    let starred = matches!(first.expr.kind, ExprKind::Starred(_));
    if !at_op(rest, Op::Comma) && !starred {
        return Ok((rest, first));
    }
    let mut items = Vec::with_capacity(4);
    items.push(first);
    let mut rest = rest;
    while let Ok((after, _)) = op(Op::Comma)(rest) {
        rest = after;
        match slice_item(rest) {
            Ok((after, item)) => (items, rest) = (push(items, item), after),
            Err(nom::Err::Error(_)) => break,
            Err(e) => return Err(e),
        }
    }
    let (items, height) = split(items);
    Ok((
        rest,
        Node::new(ExprKind::Tuple(items), rest.span_from(start), height),
    ))
}

/// `items` with `item` pushed.
fn push(mut items: Vec<Node>, item: Node) -> Vec<Node> {
    items.push(item);
    items
}

/// A slice, or a starred expression inside a tuple of slices.
fn slice_item(i: Tokens) -> PResult<Node> {
    match at_op(i, Op::Star) {
        true => starred(i, expression),
        false => slice(i),
    }
}

/// `slice`: `lower:upper:step` (each part optional), or a named expression.
fn slice(i: Tokens) -> PResult<Node> {
    let start = i.start();
    let (rest, lower) = optional(i, |i| match at_op(i, Op::Colon) {
        true => mismatch(),
        false => expression(i),
    })?;
    let Ok((rest, _)) = op(Op::Colon)(rest) else {
        return match lower {
            Some(node) if !i.errors() && !at_op(rest, Op::ColonEqual) => Ok((rest, node)),
            Some(_) => named_expression(i),
            None => mismatch(),
        };
    };
    let (rest, upper) = optional(rest, expression)?;
    let (rest, step) = match op(Op::Colon)(rest) {
        Ok((after, _)) => optional(after, expression)?,
        Err(_) => (rest, None),
    };
    let height = tallest(lower.iter().chain(&upper).chain(&step));
    let kind = ExprKind::Slice {
        lower: lower.map(Node::boxed),
        upper: upper.map(Node::boxed),
        step: step.map(Node::boxed),
    };
    Ok((rest, Node::new(kind, rest.span_from(start), height)))
}

/// `rule`, if it matches here.
pub(super) fn optional<'t, O>(
    i: Tokens<'t>,
    rule: impl FnOnce(Tokens<'t>) -> PResult<'t, O>,
) -> PResult<'t, Option<O>> {
    match rule(i) {
        Ok((rest, o)) => Ok((rest, Some(o))),
        Err(nom::Err::Error(_)) => Ok((i, None)),
        Err(e) => Err(e),
    }
}

/// `atom`: a name, a keyword constant, strings, a number, a bracketed form, or `...`.
#[inline]
pub(super) fn atom(i: Tokens) -> PResult<Node> {
    let token = i.peek();
    let leaf = |kind| Ok((i.advance(1), Node::leaf(kind, token.span)));
    match token.kind {
        TokenKind::Name => leaf(ExprKind::Name(i.text(token.span).to_string())),
        TokenKind::Keyword(Keyword::True) => leaf(ExprKind::Bool(true)),
        TokenKind::Keyword(Keyword::False) => leaf(ExprKind::Bool(false)),
        TokenKind::Keyword(Keyword::None) => leaf(ExprKind::None),
        TokenKind::Number(kind) => leaf(number_value(i.text(token.span), kind)),
        TokenKind::String(_) => strings(i),
        TokenKind::Op(Op::LPar) => i.nested(paren_form),
        TokenKind::Op(Op::LSqb) => i.nested(list_or_comprehension),
        TokenKind::Op(Op::LBrace) => i.nested(dict_or_set),
        TokenKind::Op(Op::Ellipsis) => leaf(ExprKind::Ellipsis),
        _ => mismatch(),
    }
}

/// The `Newline` that ends a simple statement.
pub(super) fn newline(i: Tokens) -> PResult<Span> {
    token(TokenKind::Newline)(i)
}

#[cfg(test)]
mod tests {
    use crate::syntax::testing::{fails, s};

    #[test]
    fn calls_subscripts_attributes() {
        assert_eq!(s("f(a, b, dtype='int8',)"), r#"(call f a b dtype="int8")"#);
        assert_eq!(
            s("np.zeros(3)[1:].T"),
            "(. (sub (call (. np zeros) 3) 1:_:_) T)"
        );
        assert_eq!(s("f()()"), "(call (call f ) )");
        assert_eq!(s("f(*a, k=1, *b, **c)"), "(call f (* a) k=1 (* b) **c)");
        assert_eq!(s("f(x := 1)"), "(call f (:= x 1))");
    }

    #[test]
    fn slices_and_indices() {
        assert_eq!(s("a[1]"), "(sub a 1)");
        assert_eq!(s("a[1:3]"), "(sub a 1:3:_)");
        assert_eq!(s("a[::-1]"), "(sub a _:_:(Neg 1))");
        assert_eq!(s("a[1:, ::2]"), "(sub a (tuple 1:_:_ _:_:2))");
        assert_eq!(s("a[..., None]"), "(sub a (tuple ... None))");
        assert_eq!(s("a[[0, 2]]"), "(sub a [0 2])");
        assert_eq!(s("a[a > 1]"), "(sub a (cmp a > 1))");
        assert_eq!(s("a[0,]"), "(sub a (tuple 0))");
        assert_eq!(s("a[:]"), "(sub a _:_:_)");
        assert_eq!(s("a[*b]"), "(sub a (tuple (* b)))");
        assert_eq!(s("a[i := 0]"), "(sub a (:= i 0))");
        fails("(1:2)", "SyntaxError", "invalid syntax", 2);
        fails("a[]", "SyntaxError", "invalid syntax", 2);
    }

    #[test]
    fn atoms() {
        assert_eq!(s("0x1f, 0o17, 0b101, 1_000, 0"), "(tuple 31 15 5 1000 0)");
        assert_eq!(s("1.5, 1., .5, 1e3, 2j"), "(tuple 1.5 1.0 0.5 1000.0 2.0j)");
        assert_eq!(s("9223372036854775807"), "9223372036854775807");
        assert_eq!(s("9223372036854775808"), "big 9223372036854775808");
        assert_eq!(s("0x_1_0000_0000_0000_0000"), "big 0x10000000000000000");
        assert_eq!(s("True, False, None, ..."), "(tuple true false None ...)");
    }
}
