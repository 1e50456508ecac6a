//! Parameter lists of `def` and `lambda`, and the `lambda` expression itself.
//!
//! Parameters are read as one comma-separated list of items (`a`, `a: int = 1`, `/`, `*`,
//! `*args`, `**kwargs`) and then sorted into Python's five groups. An order Python forbids
//! fails the first pass; in the second, the item at fault gets CPython's message
//! ("non-default argument follows default argument", "* argument may appear only once"...).

use nom::Err;

use super::expr::{expression, star_expression};
use super::input::{PResult, Tokens, at_op, fatal, kw, mismatch, name, op};
use super::node::{Node, grow};
use crate::syntax::ast::*;
use crate::syntax::lex::{Keyword, Op, TokenKind};

/// One item of a parameter list, before sorting.
enum Item {
    /// `name: annotation = default`.
    Plain(Param),
    /// `/`.
    Slash(Span),
    /// `*` alone or `*args`.
    Star(Span, Option<Param>),
    /// `**kwargs`.
    DoubleStar(Param),
}

/// `lambdef`: `lambda params: body`.
pub(super) fn lambdef(i: Tokens) -> PResult<Node> {
    let (rest, at) = kw(Keyword::Lambda)(i)?;
    let (rest, params) = parameter_list(rest, Op::Colon)?;
    let (rest, _) = op(Op::Colon)(rest)?;
    let (rest, body) = rest.nested(expression)?;
    let height = grow(body.height, at)?;
    let kind = ExprKind::Lambda {
        params: Box::new(params),
        body: body.boxed(),
    };
    Ok((rest, Node::new(kind, rest.span_from(at.start), height)))
}

/// `params`: the parameters of a `def`, up to (not including) its `)`.
pub(super) fn params(i: Tokens) -> PResult<Parameters> {
    parameter_list(i, Op::RPar)
}

/// The parameters before `close` (`)` for `def`, `:` for `lambda`, which has no annotations).
fn parameter_list(i: Tokens, close: Op) -> PResult<Parameters> {
    let mut items = Vec::new();
    let mut rest = i;
    while !at_op(rest, close) {
        let (after, item) = parameter_item(rest, close == Op::RPar)?;
        items.push(item);
        rest = after;
        match op(Op::Comma)(rest) {
            Ok((after, _)) => rest = after,
            Err(_) if at_op(rest, close) => break,
            Err(_) => return mismatch(),
        }
    }
    match sort(items, close) {
        Ok(params) => Ok((rest, params)),
        Err((message, span)) if i.errors() && span.start == usize::MAX => {
            Err(super::invalid::at_furthest(rest, message))
        }
        Err((message, span)) if i.errors() => Err(fatal(message, span)),
        Err(_) => mismatch(),
    }
}

/// One item: `/`, `*`, `*args`, `**kwargs` or `name: annotation = default`.
fn parameter_item(i: Tokens, annotated: bool) -> PResult<Item> {
    if i.errors() && at_op(i, Op::LPar) {
        parenthesized_parameters(i, annotated)?;
    }
    match i.kind() {
        TokenKind::Op(Op::Slash) => Ok((i.advance(1), Item::Slash(i.peek().span))),
        TokenKind::Op(Op::Star) => {
            let star = i.peek().span;
            match i.kind_at(1) {
                TokenKind::Name => {
                    let (rest, param) = parameter(i.advance(1), annotated, true)?;
                    no_default(rest, &param, "var-positional")?;
                    Ok((rest, Item::Star(star, Some(param))))
                }
                _ => Ok((i.advance(1), Item::Star(star, None))),
            }
        }
        TokenKind::Op(Op::DoubleStar) => {
            let (rest, param) = parameter(i.advance(1), annotated, false)?;
            no_default(rest, &param, "var-keyword")?;
            Ok((rest, Item::DoubleStar(param)))
        }
        _ => {
            let (rest, param) = parameter(i, annotated, false)?;
            Ok((rest, Item::Plain(param)))
        }
    }
}

/// `invalid_parameters`: `def f(a, (b, c))` is "Function parameters cannot be parenthesized"
/// (for a `lambda`, when not `annotated`, "Lambda expression parameters ...").
fn parenthesized_parameters(
    i: Tokens,
    annotated: bool,
) -> Result<(), nom::Err<super::input::PErr>> {
    let open = i.peek().span;
    let mut rest = i.advance(1);
    while let Ok((after, _)) = name(rest) {
        rest = op(Op::Comma)(after).map_or(after, |(after, _)| after);
    }
    let Ok((_, close)) = op(Op::RPar)(rest) else {
        return Ok(());
    };
    if rest.index() == i.index() + 1 {
        return Ok(());
    }
    let what = if annotated {
        "Function"
    } else {
        "Lambda expression"
    };
    let message = format!("{what} parameters cannot be parenthesized");
    Err(fatal(message, Span::new(open.start, close.end)))
}

/// `*args` and `**kwargs` take no default: "var-positional argument cannot have default
/// value" at its `=`, in the second pass (no match in the first).
fn no_default(
    rest: Tokens,
    param: &Param,
    which: &str,
) -> Result<(), nom::Err<super::input::PErr>> {
    let Some(default) = &param.default else {
        return Ok(());
    };
    if !rest.errors() {
        return mismatch();
    }
    let equal = rest.ctx.src[param.span.end..default.span.start]
        .find('=')
        .map_or(param.span.end, |n| param.span.end + n);
    let message = format!("{which} argument cannot have default value");
    Err(fatal(message, Span::new(equal, equal + 1)))
}

/// `name`, `name: annotation` (when `annotated`), then `= default`. The annotation of
/// `*args` may be starred (`*args: *Ts`).
fn parameter(i: Tokens, annotated: bool, star: bool) -> PResult<Param> {
    let (rest, (name, span)) = name(i)?;
    let (rest, annotation) = match (annotated, op(Op::Colon)(rest)) {
        (true, Ok((after, _))) => {
            let annotation = if star { star_expression } else { expression };
            let (after, node) = annotation(after)?;
            (after, Some(node.expr))
        }
        _ => (rest, None),
    };
    let span = rest.span_from(span.start);
    let (rest, default) = match op(Op::Equal)(rest) {
        Ok((after, equal)) => match expression(after) {
            Ok((after, node)) => (after, Some(node.expr)),
            Err(Err::Error(_)) if i.errors() => {
                return Err(fatal("expected default value expression", equal));
            }
            Err(e) => return Err(e),
        },
        Err(_) => (rest, None),
    };
    let param = Param {
        name,
        annotation,
        default,
        span,
    };
    Ok((rest, param))
}

/// Where the sort has got to: before `/`, before `*`, after `*`, after `**`.
#[derive(Clone, Copy, PartialEq, PartialOrd)]
enum Stage {
    Positional,
    Args,
    KeywordOnly,
    Done,
}

/// Sorts items into Python's groups, or says (with CPython's message) which one is out of
/// place.
fn sort(items: Vec<Item>, close: Op) -> Result<Parameters, (String, Span)> {
    let mut params = Parameters::default();
    let mut stage = Stage::Positional;
    let mut seen_default = false;
    let mut bare_star: Option<Span> = None;
    let count = items.len();
    for (n, item) in items.into_iter().enumerate() {
        if stage == Stage::Done {
            return Err(after_kwargs(&item));
        }
        match item {
            Item::Slash(span) => {
                slash(&mut params, stage, span)?;
                stage = Stage::Args;
            }
            Item::Star(span, vararg) => {
                if stage == Stage::KeywordOnly {
                    return Err(("* argument may appear only once".into(), span));
                }
                bare_star = vararg.is_none().then_some(span);
                if bare_star.is_some() && n + 1 == count {
                    return Err(bare_star_error(span, close));
                }
                params.vararg = vararg;
                stage = Stage::KeywordOnly;
            }
            Item::DoubleStar(param) => {
                if let Some(span) = bare_star.filter(|_| params.kwonly.is_empty()) {
                    return Err(bare_star_error(span, close));
                }
                params.kwarg = Some(param);
                stage = Stage::Done;
            }
            Item::Plain(param) if stage == Stage::KeywordOnly => params.kwonly.push(param),
            Item::Plain(param) => {
                if param.default.is_none() && seen_default {
                    let message = "non-default argument follows default argument".into();
                    return Err((message, param.span));
                }
                seen_default |= param.default.is_some();
                params.args.push(param);
            }
        }
    }
    Ok(params)
}

/// A `/`: the parameters before it become positional-only. It needs some, once, and
/// before any `*`.
fn slash(params: &mut Parameters, stage: Stage, span: Span) -> Result<(), (String, Span)> {
    let message = match stage {
        Stage::Positional if params.args.is_empty() => "at least one argument must precede /",
        Stage::Positional => {
            params.posonly = std::mem::take(&mut params.args);
            return Ok(());
        }
        Stage::Args => "/ may appear only once",
        _ => "/ must be ahead of *",
    };
    Err((message.into(), span))
}

/// "named arguments must follow bare *": at the `*` in a `def`, at the furthest token read in
/// a `lambda` (CPython raises it without a location there), which an empty span at
/// `usize::MAX` stands for.
fn bare_star_error(span: Span, close: Op) -> (String, Span) {
    let at = match close {
        Op::Colon => Span::new(usize::MAX, usize::MAX),
        _ => span,
    };
    ("named arguments must follow bare *".into(), at)
}

/// Anything after `**kwargs`.
fn after_kwargs(item: &Item) -> (String, Span) {
    let span = match item {
        Item::Plain(p) | Item::DoubleStar(p) => p.span,
        Item::Slash(span) | Item::Star(span, _) => *span,
    };
    ("arguments cannot follow var-keyword argument".into(), span)
}

#[cfg(test)]
mod tests {
    use crate::syntax::testing::{fails, s};

    #[test]
    fn lambdas() {
        assert_eq!(s("lambda: 0"), "(lambda () 0)");
        assert_eq!(
            s("lambda x, y=1, *a, k, **kw: x"),
            "(lambda (x y=1 *a k **kw) x)"
        );
        assert_eq!(s("lambda a, /, b, *, c=2: a"), "(lambda (a / b * c=2) a)");
        assert_eq!(
            s("lambda x: lambda y: x + y"),
            "(lambda (x) (lambda (y) (+ x y)))"
        );
    }

    #[test]
    fn parameter_order() {
        let cases = [
            (
                "def f(a=1, b): pass",
                "non-default argument follows default argument",
                11,
            ),
            ("def f(*a, *b): pass", "* argument may appear only once", 10),
            (
                "def f(**k, a): pass",
                "arguments cannot follow var-keyword argument",
                11,
            ),
            ("def f(a, /, b, /): pass", "/ may appear only once", 15),
            (
                "def f(/, a): pass",
                "at least one argument must precede /",
                6,
            ),
            ("def f(*): pass", "named arguments must follow bare *", 6),
            (
                "def f(*a=1): pass",
                "var-positional argument cannot have default value",
                8,
            ),
        ];
        for (src, message, at) in cases {
            fails(src, "SyntaxError", message, at);
        }
    }
}
