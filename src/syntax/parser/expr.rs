//! Expression rules, loosest first: starred lists, `:=`, `lambda`, `if`/`else`, `or`,
//! `and`, `not`, comparisons, then the binary operators by precedence climbing, unary
//! operators, `**` and `await`.
//!
//! Each rule is one function named after its rule in `grammar/viewfinder.ebnf` (and in
//! CPython's grammar). The binary operators from `|` down to `*` share one loop,
//! [`bitwise_or`], that climbs a precedence table instead of one function per level. Rules
//! that recurse on themselves go one level deeper through `Tokens::nested`, and every node
//! carries its height (see `node`).

use super::input::{PResult, Tokens, at_kw, at_op, kw, mismatch, op};
use super::invalid;
use super::node::{Node, grow, split};
use super::params::lambdef;
use super::primary::primary;
use crate::syntax::ast::*;
use crate::syntax::lex::{Keyword, Op, TokenKind};

/// `item (',' item)* [',']`: the items, and whether a comma ended the list.
pub(super) fn comma_separated<'t, O>(
    i: Tokens<'t>,
    mut item: impl FnMut(Tokens<'t>) -> PResult<'t, O>,
) -> PResult<'t, (Vec<O>, bool)> {
    let mut items = Vec::new();
    let mut rest = i;
    loop {
        match item(rest) {
            Ok((after, o)) => {
                items.push(o);
                rest = after;
            }
            Err(nom::Err::Error(_)) => return Ok((rest, (items, !rest_is(i, rest)))),
            Err(e) => return Err(e),
        }
        match op(Op::Comma)(rest) {
            Ok((after, _)) => rest = after,
            Err(_) => return Ok((rest, (items, false))),
        }
    }
}

/// True when `rest` has not moved from `start`.
fn rest_is(start: Tokens, rest: Tokens) -> bool {
    start.index() == rest.index()
}

/// One or more `item`s separated by commas: the item itself, or a `Tuple` when a comma
/// follows any of them.
pub(super) fn item_or_tuple<'t>(
    i: Tokens<'t>,
    item: impl FnMut(Tokens<'t>) -> PResult<'t, Node>,
) -> PResult<'t, Node> {
    let start = i.start();
    let (rest, (mut items, trailing)) = comma_separated(i, item)?;
    if items.is_empty() {
        return mismatch();
    }
    if items.len() == 1 && !trailing {
        return Ok((rest, items.remove(0)));
    }
    let (items, height) = split(items);
    Ok((
        rest,
        Node::new(ExprKind::Tuple(items), rest.span_from(start), height),
    ))
}

/// `star_expressions`: `*a, b` or `a` (a tuple when there is a comma).
pub(super) fn star_expressions(i: Tokens) -> PResult<Node> {
    item_or_tuple(i, star_expression)
}

/// `star_expression`: `*bitwise_or` or an expression.
pub(super) fn star_expression(i: Tokens) -> PResult<Node> {
    match at_op(i, Op::Star) {
        true => starred(i, bitwise_or),
        false => expression(i),
    }
}

/// `star_named_expression`: `*bitwise_or` or a named expression (display items).
pub(super) fn star_named_expression(i: Tokens) -> PResult<Node> {
    match at_op(i, Op::Star) {
        true => starred(i, bitwise_or),
        false => named_expression(i),
    }
}

/// `*` then what `operand` parses, as a `Starred` node.
pub(super) fn starred<'t>(
    i: Tokens<'t>,
    operand: fn(Tokens<'t>) -> PResult<'t, Node>,
) -> PResult<'t, Node> {
    let (rest, star) = op(Op::Star)(i)?;
    let (rest, value) = rest.nested(operand)?;
    let height = grow(value.height, star)?;
    let kind = ExprKind::Starred(value.boxed());
    Ok((rest, Node::new(kind, rest.span_from(star.start), height)))
}

/// `named_expression`: `name := expression`, or an expression not followed by `:=`.
pub(super) fn named_expression(i: Tokens) -> PResult<Node> {
    if i.kind() == TokenKind::Name && i.kind_at(1) == TokenKind::Op(Op::ColonEqual) {
        return assignment_expression(i);
    }
    let (rest, e) = expression(i)?;
    if i.errors() {
        invalid::named_expression(i, &e, rest)?;
    }
    match at_op(rest, Op::ColonEqual) {
        true => mismatch(),
        false => Ok((rest, e)),
    }
}

/// `assignment_expression`: `name := expression`.
pub(super) fn assignment_expression(i: Tokens) -> PResult<Node> {
    let start = i.peek().span;
    let target = Node::leaf(ExprKind::Name(i.text(start).to_string()), start);
    let (rest, value) = i.advance(2).nested(expression)?;
    let height = grow(value.height, start)?;
    let kind = ExprKind::NamedExpr {
        target: target.boxed(),
        value: value.boxed(),
    };
    Ok((rest, Node::new(kind, rest.span_from(start.start), height)))
}

/// `expression`: a `lambda`, `body if test else orelse`, or a disjunction.
pub(super) fn expression(i: Tokens) -> PResult<Node> {
    if at_kw(i, Keyword::Lambda) {
        return lambdef(i);
    }
    let (after_body, body) = disjunction(i)?;
    if i.errors() {
        invalid::expression(i, &body, after_body)?;
    }
    if !at_kw(after_body, Keyword::If) {
        return Ok((after_body, body));
    }
    let (rest, test) = match disjunction(after_body.advance(1)) {
        Ok(found) => found,
        Err(nom::Err::Error(_)) => return Ok((after_body, body)),
        Err(e) => return Err(e),
    };
    let Ok((rest, _)) = kw(Keyword::Else)(rest) else {
        return Ok((after_body, body));
    };
    let (rest, orelse) = rest.nested(expression)?;
    let height = grow(
        body.height.max(test.height).max(orelse.height),
        orelse.expr.span,
    )?;
    let kind = ExprKind::IfElse {
        test: test.boxed(),
        body: Box::new(body.expr),
        orelse: orelse.boxed(),
    };
    Ok((rest, Node::new(kind, rest.span_from(i.start()), height)))
}

/// CPython's `expression_without_invalid`: an expression, with the error rules off.
pub(super) fn expression_without_invalid(i: Tokens) -> PResult<Node> {
    expression(i.without_errors())
}

/// `disjunction`: `a or b or c`.
pub(super) fn disjunction(i: Tokens) -> PResult<Node> {
    bool_chain(i, Keyword::Or, BoolOpKind::Or, conjunction)
}

/// `conjunction`: `a and b and c`.
fn conjunction(i: Tokens) -> PResult<Node> {
    bool_chain(i, Keyword::And, BoolOpKind::And, inversion)
}

/// Operands joined by the keyword `word`, as one flat `BoolOp` when there are several.
fn bool_chain<'t>(
    i: Tokens<'t>,
    word: Keyword,
    op: BoolOpKind,
    operand: fn(Tokens<'t>) -> PResult<'t, Node>,
) -> PResult<'t, Node> {
    let (mut rest, first) = operand(i)?;
    if !at_kw(rest, word) {
        return Ok((rest, first));
    }
    let mut values = vec![first];
    while let Ok((after, _)) = kw(word)(rest) {
        let (after, value) = operand(after)?;
        values.push(value);
        rest = after;
    }
    let (values, tallest) = split(values);
    let height = grow(tallest, rest.last_span())?;
    let kind = ExprKind::BoolOp { op, values };
    Ok((rest, Node::new(kind, rest.span_from(i.start()), height)))
}

/// `inversion`: `not x`, or a comparison.
fn inversion(i: Tokens) -> PResult<Node> {
    match kw(Keyword::Not)(i) {
        Ok((rest, not)) => unary(UnaryOp::Not, not, rest, inversion),
        Err(_) => comparison(i),
    }
}

/// `op` applied to what `operand` parses at `rest`, after the operator token at `at`.
fn unary<'t>(
    op: UnaryOp,
    at: Span,
    rest: Tokens<'t>,
    operand: fn(Tokens<'t>) -> PResult<'t, Node>,
) -> PResult<'t, Node> {
    let (rest, value) = rest.nested(operand)?;
    let height = grow(value.height, at)?;
    let kind = ExprKind::Unary {
        op,
        operand: value.boxed(),
    };
    Ok((rest, Node::new(kind, rest.span_from(at.start), height)))
}

/// `comparison`: `a < b <= c`, `x is not None`, `k not in d`, chained as in Python.
fn comparison(i: Tokens) -> PResult<Node> {
    let (mut rest, left) = bitwise_or(i)?;
    let mut ops = Vec::new();
    let mut tallest = left.height;
    while let Some((op, len)) = comp_op(rest) {
        let (after, right) = bitwise_or(rest.advance(len))?;
        tallest = tallest.max(right.height);
        ops.push((op, right.expr));
        rest = after;
    }
    if ops.is_empty() {
        return Ok((rest, left));
    }
    let height = grow(tallest, rest.last_span())?;
    let kind = ExprKind::Compare {
        left: Box::new(left.expr),
        rest: ops,
    };
    Ok((rest, Node::new(kind, rest.span_from(i.start()), height)))
}

/// `comp_op`: the comparison operator at `i`, and how many tokens it takes.
fn comp_op(i: Tokens) -> Option<(CmpOp, usize)> {
    let op = match i.kind() {
        TokenKind::Op(Op::EqEqual) => CmpOp::Eq,
        TokenKind::Op(Op::NotEqual) => CmpOp::NotEq,
        TokenKind::Op(Op::Less) => CmpOp::Lt,
        TokenKind::Op(Op::LessEqual) => CmpOp::LtE,
        TokenKind::Op(Op::Greater) => CmpOp::Gt,
        TokenKind::Op(Op::GreaterEqual) => CmpOp::GtE,
        TokenKind::Keyword(Keyword::In) => CmpOp::In,
        TokenKind::Keyword(Keyword::Not) if i.kind_at(1) == TokenKind::Keyword(Keyword::In) => {
            return Some((CmpOp::NotIn, 2));
        }
        TokenKind::Keyword(Keyword::Is) if i.kind_at(1) == TokenKind::Keyword(Keyword::Not) => {
            return Some((CmpOp::IsNot, 2));
        }
        TokenKind::Keyword(Keyword::Is) => CmpOp::Is,
        _ => return None,
    };
    Some((op, 1))
}

/// The binary operator at `i` and its precedence (1 for `|` up to 6 for `*`).
fn binary_op(i: Tokens) -> Option<(BinOp, u8)> {
    let TokenKind::Op(op) = i.kind() else {
        return None;
    };
    Some(match op {
        Op::VBar => (BinOp::BitOr, 1),
        Op::Circumflex => (BinOp::BitXor, 2),
        Op::Amper => (BinOp::BitAnd, 3),
        Op::LeftShift => (BinOp::LShift, 4),
        Op::RightShift => (BinOp::RShift, 4),
        Op::Plus => (BinOp::Add, 5),
        Op::Minus => (BinOp::Sub, 5),
        Op::Star => (BinOp::Mul, 6),
        Op::Slash => (BinOp::Div, 6),
        Op::DoubleSlash => (BinOp::FloorDiv, 6),
        Op::Percent => (BinOp::Mod, 6),
        Op::At => (BinOp::MatMul, 6),
        _ => return None,
    })
}

/// `bitwise_or`: every binary operator from `|` to `*` (`a | b ^ c & d << e + f * g`),
/// left-associative, by precedence climbing.
pub(super) fn bitwise_or(i: Tokens) -> PResult<Node> {
    binary(i, 1)
}

/// Operands joined by binary operators of precedence `min` or tighter.
fn binary(i: Tokens, min: u8) -> PResult<Node> {
    let (mut rest, mut left) = factor(i)?;
    while let Some((op, precedence)) = binary_op(rest).filter(|&(_, p)| p >= min) {
        let at = rest.peek().span;
        let (after, right) = binary(rest.advance(1), precedence + 1)?;
        let height = grow(left.height.max(right.height), at)?;
        let kind = ExprKind::Binary {
            op,
            left: left.boxed(),
            right: right.boxed(),
        };
        (left, rest) = (Node::new(kind, after.span_from(i.start()), height), after);
    }
    Ok((rest, left))
}

/// `factor`: `-x`, `+x`, `~x`, or a power.
fn factor(i: Tokens) -> PResult<Node> {
    let op = match i.kind() {
        TokenKind::Op(Op::Minus) => UnaryOp::Neg,
        TokenKind::Op(Op::Plus) => UnaryOp::Pos,
        TokenKind::Op(Op::Tilde) => UnaryOp::Invert,
        _ => return power(i),
    };
    unary(op, i.peek().span, i.advance(1), factor)
}

/// `power`: `a ** b`, right-associative and tighter than a unary operator on its left.
fn power(i: Tokens) -> PResult<Node> {
    let (rest, base) = await_primary(i)?;
    let Ok((rest, at)) = op(Op::DoubleStar)(rest) else {
        return Ok((rest, base));
    };
    let (rest, exponent) = rest.nested(factor)?;
    let height = grow(base.height.max(exponent.height), at)?;
    let kind = ExprKind::Binary {
        op: BinOp::Pow,
        left: base.boxed(),
        right: exponent.boxed(),
    };
    Ok((rest, Node::new(kind, rest.span_from(i.start()), height)))
}

/// `await_primary`: `await x`, or a primary.
fn await_primary(i: Tokens) -> PResult<Node> {
    let Ok((rest, at)) = kw(Keyword::Await)(i) else {
        return primary(i);
    };
    let (rest, value) = rest.nested(primary)?;
    let height = grow(value.height, at)?;
    let kind = ExprKind::Await(value.boxed());
    Ok((rest, Node::new(kind, rest.span_from(at.start), height)))
}

/// `yield_expr`: `yield from x`, `yield`, `yield a, b`.
pub(super) fn yield_expr(i: Tokens) -> PResult<Node> {
    let (rest, at) = kw(Keyword::Yield)(i)?;
    if let Ok((rest, _)) = kw(Keyword::From)(rest) {
        let (rest, value) = rest.nested(expression)?;
        let height = grow(value.height, at)?;
        let kind = ExprKind::YieldFrom(value.boxed());
        return Ok((rest, Node::new(kind, rest.span_from(at.start), height)));
    }
    match rest.nested(star_expressions) {
        Ok((rest, value)) => {
            let height = grow(value.height, at)?;
            let kind = ExprKind::Yield(Some(value.boxed()));
            Ok((rest, Node::new(kind, rest.span_from(at.start), height)))
        }
        Err(nom::Err::Error(_)) => Ok((rest, Node::leaf(ExprKind::Yield(None), at))),
        Err(e) => Err(e),
    }
}

#[cfg(test)]
mod tests {
    use crate::syntax::testing::s;

    #[test]
    fn arithmetic_precedence() {
        assert_eq!(s("1 + 2 * 3"), "(+ 1 (* 2 3))");
        assert_eq!(s("1 - 2 - 3"), "(- (- 1 2) 3)");
        assert_eq!(s("a @ b // c % d"), "(% (// (@ a b) c) d)");
        assert_eq!(s("1 << 2 + 3"), "(<< 1 (+ 2 3))");
        assert_eq!(s("a | b ^ c & d"), "(| a (^ b (& c d)))");
        assert_eq!(s("a & b | c ^ d"), "(| (& a b) (^ c d))");
        assert_eq!(s("(1 + 2) * 3"), "(* (+ 1 2) 3)");
        assert_eq!(s("a * b + c * d"), "(+ (* a b) (* c d))");
    }

    #[test]
    fn power_and_unary() {
        assert_eq!(s("-2**2"), "(Neg (** 2 2))");
        assert_eq!(s("2**-1"), "(** 2 (Neg 1))");
        assert_eq!(s("2**3**2"), "(** 2 (** 3 2))");
        assert_eq!(s("~-+x"), "(Invert (Neg (Pos x)))");
        assert_eq!(s("-a.T ** 2"), "(Neg (** (. a T) 2))");
    }

    #[test]
    fn boolean_and_comparison() {
        assert_eq!(s("not a == b"), "(Not (cmp a == b))");
        assert_eq!(s("a or b and not c"), "(Or a (And b (Not c)))");
        assert_eq!(s("0 <= i < n"), "(cmp 0 <= i < n)");
        assert_eq!(s("a is not None"), "(cmp a is not None)");
        assert_eq!(s("x not in y"), "(cmp x not in y)");
        assert_eq!(s("a | b < c"), "(cmp (| a b) < c)");
        assert_eq!(s("a if b or c else d"), "(if (Or b c) a d)");
        assert_eq!(s("a if b else c if d else e"), "(if b a (if d c e))");
    }
}
