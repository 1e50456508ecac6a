//! The tightest-binding rules: atoms and the trailers after them (calls, subscriptions with
//! their slices, attributes).
//!
//! This is where the expression ladder of `expr` bottoms out and where brackets open, so every
//! rule here that enters a bracket goes one nesting level deeper. The indexing syntax that
//! viewfinder is about (`a[1:, ::2]`, `a[..., None]`) stays plain syntax: subscripts and
//! slices become `Subscript` and `Slice` nodes, and `eval` decides what they select.

use nom::branch::alt;
use nom::combinator::opt;
use nom::multi::many0;
use nom::sequence::{preceded, terminated};
use nom::{Err, Parser};

use super::depth::{MAX_HEIGHT, arg_value, grow, tree_height};
use super::expr::expression;
use super::refuse::{generator_free, refuse_atom};
use super::{comma_separated, item_or_tuple, node, single_or_tuple};
use crate::syntax::ast::*;
use crate::syntax::lexeme::{
    In, Literal, PResult, failure, mismatch, name, nested, number, op, pos, start, string_literal,
    word, ws,
};

/// What follows an atom: a call, a subscription or an attribute.
enum Trailer {
    /// `(args)`.
    Call(Vec<Arg>),
    /// `[index]`, with the index (or tuple of indices and slices).
    Subscription(Expr),
    /// `.name`.
    Attribute(String),
}

/// An atom followed by any number of trailers: `np.zeros(3)[1:].T`.
pub(super) fn primary(input: In) -> PResult<Expr> {
    let s = start(input);
    let (mut rest, mut expr) = atom(input)?;
    let mut height = tree_height(&expr, MAX_HEIGHT);
    loop {
        let (after, trailer) = match trailer(rest) {
            Ok(found) => found,
            Err(Err::Error(_)) => return Ok((rest, expr)),
            Err(e) => return Err(e),
        };
        height = grow(height, trailer_height(&trailer), rest)?;
        (expr, rest) = (node(apply(trailer, expr), s, &after), after);
    }
}

/// The height of the tallest expression inside a trailer.
fn trailer_height(trailer: &Trailer) -> usize {
    match trailer {
        Trailer::Call(args) => args
            .iter()
            .map(|a| tree_height(arg_value(a), MAX_HEIGHT))
            .max()
            .unwrap_or(0),
        Trailer::Subscription(index) => tree_height(index, MAX_HEIGHT),
        Trailer::Attribute(_) => 0,
    }
}

/// The expression that `trailer` makes of `object`.
fn apply(trailer: Trailer, object: Expr) -> ExprKind {
    let object = Box::new(object);
    match trailer {
        Trailer::Call(args) => ExprKind::Call { func: object, args },
        Trailer::Subscription(index) => ExprKind::Subscript {
            object,
            index: Box::new(index),
        },
        Trailer::Attribute(attr) => ExprKind::Attribute { object, attr },
    }
}

/// `(args)`, `[index]` or `.name`.
fn trailer(input: In) -> PResult<Trailer> {
    let attribute = preceded(op("."), name).map(|(n, _)| Trailer::Attribute(n));
    alt((
        call.map(Trailer::Call),
        subscription.map(Trailer::Subscription),
        attribute,
    ))
    .parse(input)
}

/// `inside` between the brackets `open` and `close`, one nesting level deeper.
fn bracketed<'s, O>(
    input: In<'s>,
    open: &'static str,
    inside: impl FnMut(In<'s>) -> PResult<'s, O>,
    close: &'static str,
) -> PResult<'s, O> {
    let (rest, _) = op(open)(input)?;
    nested(rest, |i| terminated(inside, op(close)).parse(i))
}

/// `(a, b, dtype='int8')`.
fn call(input: In) -> PResult<Vec<Arg>> {
    bracketed(input, "(", arguments, ")")
}

/// Positional then keyword arguments, trailing comma allowed.
fn arguments(input: In) -> PResult<Vec<Arg>> {
    let (rest, (args, _)) = comma_separated(input, argument)?;
    let mut seen_keyword: Vec<&str> = Vec::new();
    for arg in &args {
        match arg {
            Arg::Positional(e) if !seen_keyword.is_empty() => {
                return Err(failure(
                    "SyntaxError",
                    "positional argument follows keyword argument",
                    e.span,
                ));
            }
            Arg::Keyword { name, span, .. } if seen_keyword.contains(&name.as_str()) => {
                return Err(failure(
                    "SyntaxError",
                    &format!("keyword argument repeated: {name}"),
                    *span,
                ));
            }
            Arg::Keyword { name, .. } => seen_keyword.push(name),
            Arg::Positional(_) => {}
        }
    }
    Ok((rest, args))
}

/// `name=value` or a positional expression.
fn argument(input: In) -> PResult<Arg> {
    alt((keyword_argument, |i| {
        generator_free(i, "generator expressions").map(|(r, e)| (r, Arg::Positional(e)))
    }))
    .parse(input)
}

/// `dtype='int8'`.
fn keyword_argument(input: In) -> PResult<Arg> {
    let s = start(input);
    let (rest, ((name, _), _, value)) = (name, op("="), expression).parse(input)?;
    let span = Span::new(s, pos(&rest));
    Ok((rest, Arg::Keyword { name, value, span }))
}

/// `[index]`: one subscript, or a tuple of them.
fn subscription(input: In) -> PResult<Expr> {
    bracketed(input, "[", subscript_list, "]")
}

/// `1:, ::2`: a tuple when there is a comma.
fn subscript_list(input: In) -> PResult<Expr> {
    item_or_tuple(input, subscript)
}

/// An index expression or a slice `lower:upper:step`.
fn subscript(input: In) -> PResult<Expr> {
    let s = start(input);
    let (rest, lower) = opt(|i| generator_free(i, "generator expressions")).parse(input)?;
    let Ok((rest, _)) = op(":")(rest) else {
        return lower.map(|e| (rest, e)).ok_or_else(|| mismatch(ws(rest)));
    };
    let (rest, upper) = opt(expression).parse(rest)?;
    let (rest, step) = opt(preceded(op(":"), opt(expression))).parse(rest)?;
    let (lower, upper, step) = (
        lower.map(Box::new),
        upper.map(Box::new),
        step.flatten().map(Box::new),
    );
    Ok((rest, node(ExprKind::Slice { lower, upper, step }, s, &rest)))
}

/// A name, literal, list, or parenthesised form.
fn atom(input: In) -> PResult<Expr> {
    refuse_atom(input)?;
    alt((
        number,
        strings,
        keyword_constant,
        name_atom,
        ellipsis,
        list_display,
        paren_form,
    ))
    .parse(input)
}

/// `True`, `False`, `None`.
fn keyword_constant(input: In) -> PResult<Expr> {
    let (rest, (w, span)) = word(input)?;
    let kind = match w {
        "True" => ExprKind::Bool(true),
        "False" => ExprKind::Bool(false),
        "None" => ExprKind::None,
        _ => return Err(mismatch(ws(input))),
    };
    Ok((rest, Expr { kind, span }))
}

/// A variable name.
fn name_atom(input: In) -> PResult<Expr> {
    let (rest, (n, span)) = name(input)?;
    let kind = ExprKind::Name(n);
    Ok((rest, Expr { kind, span }))
}

/// `...`.
fn ellipsis(input: In) -> PResult<Expr> {
    let ellipsis = |span| Expr {
        kind: ExprKind::Ellipsis,
        span,
    };
    op("...").map(ellipsis).parse(input)
}

/// `[a, b, c]`.
fn list_display(input: In) -> PResult<Expr> {
    let s = start(input);
    let items = |i| comma_separated(i, |i| generator_free(i, "list comprehensions"));
    let (rest, (items, _)) = bracketed(input, "[", items, "]")?;
    Ok((rest, node(ExprKind::List(items), s, &rest)))
}

/// `()`, `(x)`, `(x,)`, `(a, b)`.
fn paren_form(input: In) -> PResult<Expr> {
    let s = start(input);
    let items = |i| comma_separated(i, |i| generator_free(i, "generator expressions"));
    let (rest, (items, trailing)) = bracketed(input, "(", items, ")")?;
    Ok((rest, single_or_tuple(items, trailing, s, &rest)))
}

/// Adjacent string literals, joined: `'a' "b"` is `'ab'`.
fn strings(input: In) -> PResult<Expr> {
    let s = start(input);
    let (rest, (first, _)) = string_literal(input)?;
    let (rest, more) = many0(string_literal).parse(rest)?;
    let mut acc = first;
    for (piece, span) in more {
        acc = match (acc, piece) {
            (Literal::Str(a), Literal::Str(b)) => Literal::Str(a + &b),
            (Literal::Bytes(mut a), Literal::Bytes(b)) => {
                a.extend(b);
                Literal::Bytes(a)
            }
            _ => {
                let msg = "cannot mix bytes and nonbytes literals";
                return Err(failure("SyntaxError", msg, span));
            }
        };
    }
    let kind = match acc {
        Literal::Str(text) => ExprKind::Str(text),
        Literal::Bytes(bytes) => ExprKind::Bytes(bytes),
    };
    Ok((rest, node(kind, s, &rest)))
}

#[cfg(test)]
mod tests {
    use crate::syntax::testing::{fails, s};

    #[test]
    fn postfix_calls_subscripts_attributes() {
        assert_eq!(s("f(a, b, dtype='int8',)"), r#"(call f a b dtype="int8")"#);
        assert_eq!(
            s("np.zeros(3)[1:].T"),
            "(. (sub (call (. np zeros) 3) 1:_:_) T)"
        );
        assert_eq!(s("f()()"), "(call (call f ) )");
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
        assert_eq!(s("a[::]"), "(sub a _:_:_)");
        fails("(1:2)", "SyntaxError", "invalid syntax", 2);
        fails("a[]", "SyntaxError", "invalid syntax", 2);
    }

    #[test]
    fn tuples_and_lists() {
        assert_eq!(s("()"), "(tuple )");
        assert_eq!(s("(1,)"), "(tuple 1)");
        assert_eq!(s("(1)"), "1");
        assert_eq!(s("1, 2"), "(tuple 1 2)");
        assert_eq!(s("[]"), "[]");
        assert_eq!(s("[1, [2],]"), "[1 [2]]");
        fails("(,)", "SyntaxError", "invalid syntax", 1);
    }
}
