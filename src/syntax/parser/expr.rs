//! Expression rules, loosest first: starred lists, `:=`, `lambda`, `if`/`else`, then
//! `or`, `and`, `not`, comparisons and the binary operators by precedence climbing, unary
//! operators, `**` and `await`.
//!
//! Each rule is one function named after its rule in `grammar/viewfinder.ebnf` (and in
//! CPython's grammar). The levels from `or` down to `*` share one loop, [`climb`], over a
//! table of binding levels instead of one function per level, so an operand costs a few
//! calls, not a dozen. Rules that recurse on themselves go one level deeper through
//! `Tokens::nested`, and every node carries its height (see `node`).

use super::input::{PResult, Tokens, at_kw, at_op, kw, mismatch, op};
use super::invalid;
use super::node::{Node, grow, split};
use super::params::lambdef;
use super::primary::{atom, primary};
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
#[inline]
pub(super) fn item_or_tuple<'t>(
    i: Tokens<'t>,
    mut item: impl FnMut(Tokens<'t>) -> PResult<'t, Node>,
) -> PResult<'t, Node> {
    let (mut rest, first) = item(i)?;
    if !at_op(rest, Op::Comma) {
        return Ok((rest, first));
    }
    let mut items = Vec::with_capacity(4);
    items.push(first);
    while let Ok((after, _)) = op(Op::Comma)(rest) {
        rest = after;
        match item(rest) {
            Ok((after, node)) => {
                items.push(node);
                rest = after;
            }
            Err(nom::Err::Error(_)) => break,
            Err(e) => return Err(e),
        }
    }
    let (items, height) = split(items);
    Ok((
        rest,
        Node::new(ExprKind::Tuple(items), rest.span_from(i.start()), height),
    ))
}

/// `star_expressions`: `*a, b` or `a` (a tuple when there is a comma).
#[inline]
pub(super) fn star_expressions(i: Tokens) -> PResult<Node> {
    item_or_tuple(i, star_expression)
}

/// `star_expression`: `*bitwise_or` or an expression.
#[inline]
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
#[inline]
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
#[inline]
pub(super) fn expression(i: Tokens) -> PResult<Node> {
    if !i.errors() && is_single_token_atom(i.kind()) && ends_expression(i.kind_at(1)) {
        return atom(i);
    }
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
    let (rest, orelse) = match rest.nested(expression) {
        Ok(found) => found,
        Err(nom::Err::Error(_)) => return Ok((after_body, body)),
        Err(e) => return Err(e),
    };
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

/// True for the tokens that are a whole atom by themselves (a name, a number, a string,
/// `True`, `False`, `None`, `...`).
#[inline]
fn is_single_token_atom(kind: TokenKind) -> bool {
    matches!(
        kind,
        TokenKind::Name
            | TokenKind::Number(_)
            | TokenKind::String(_)
            | TokenKind::Keyword(Keyword::True | Keyword::False | Keyword::None)
            | TokenKind::Op(Op::Ellipsis)
    )
}

/// True for the tokens that cannot continue an expression, so that a lone atom before one
/// is the whole expression (the common case, parsed without climbing the rule ladder).
#[inline]
fn ends_expression(kind: TokenKind) -> bool {
    matches!(
        kind,
        TokenKind::Newline
            | TokenKind::EndMarker
            | TokenKind::Op(
                Op::Comma | Op::RPar | Op::RSqb | Op::RBrace | Op::Colon | Op::Equal | Op::Semi
            )
    )
}

/// CPython's `expression_without_invalid`: an expression, with the error rules off.
pub(super) fn expression_without_invalid(i: Tokens) -> PResult<Node> {
    expression(i.without_errors())
}

/// Binding levels of the operators between operands, loosest first, for precedence
/// climbing: `or`, `and`, the prefix `not`, comparisons, then `|`, `^`, `&`, shifts, `+ -`
/// and `* / // % @`.
mod level {
    pub(super) const OR: u8 = 1;
    pub(super) const AND: u8 = 2;
    pub(super) const NOT: u8 = 3;
    pub(super) const COMPARE: u8 = 4;
    pub(super) const BIT_OR: u8 = 5;
}

/// `disjunction`: `or`, `and`, `not`, comparisons and every binary operator down to `*`
/// (CPython's `disjunction` to `term`), by precedence climbing.
#[inline]
pub(super) fn disjunction(i: Tokens) -> PResult<Node> {
    climb(i, level::OR)
}

/// `bitwise_or`: the binary operators from `|` down to `*` (`a | b ^ c & d << e + f * g`).
#[inline]
pub(super) fn bitwise_or(i: Tokens) -> PResult<Node> {
    climb(i, level::BIT_OR)
}

/// Operands joined by operators that bind at level `min` or tighter: each loop step takes
/// the next operator and its right operand, which binds tighter (left-associative), except
/// that `and`, `or` and comparisons gather all their operands into one node, as Python's
/// `BoolOp` and `Compare`.
fn climb(i: Tokens, min: u8) -> PResult<Node> {
    let (mut rest, mut left) = operand(i, min)?;
    while let Some(found) = infix_level(rest).filter(|&l| l >= min) {
        let step = match found {
            level::OR => bool_op(rest, left, Keyword::Or, i.start())?,
            level::AND => bool_op(rest, left, Keyword::And, i.start())?,
            level::COMPARE => comparison(rest, left, i.start())?,
            _ => binary(rest, left, found, i.start())?,
        };
        match step {
            Step::Grew(after, node) => (rest, left) = (after, node),
            Step::Stopped(node) => return Ok((rest, node)),
        }
    }
    Ok((rest, left))
}

/// What one step of [`climb`] did: took an operator and its operand, or found no operand
/// after the operator (then the expression ends before it, as in a PEG parser).
enum Step<'t> {
    /// The expression grew to this node, ending at these tokens.
    Grew(Tokens<'t>, Node),
    /// The expression is this node, and ends before the operator.
    Stopped(Node),
}

/// The result of a step.
type StepResult<'t> = Result<Step<'t>, nom::Err<super::input::PErr>>;

/// The first operand at level `min`: `not x` (an inversion) where `not` may be, else a
/// factor.
#[inline]
fn operand(i: Tokens, min: u8) -> PResult<Node> {
    if min <= level::NOT && at_kw(i, Keyword::Not) {
        let not = i.peek().span;
        return unary(UnaryOp::Not, not, i.advance(1), |rest| {
            climb(rest, level::NOT)
        });
    }
    factor(i)
}

/// The binding level of the operator at `i`, if one is there.
#[inline]
fn infix_level(i: Tokens) -> Option<u8> {
    match i.kind() {
        TokenKind::Keyword(Keyword::Or) => Some(level::OR),
        TokenKind::Keyword(Keyword::And) => Some(level::AND),
        _ if comp_op(i).is_some() => Some(level::COMPARE),
        _ => binary_op(i).map(|(_, level)| level),
    }
}

/// `a or b or c` (or `and`), from the first `word` at `i` after `first`: one flat
/// `BoolOp` of operands that bind tighter.
fn bool_op<'t>(i: Tokens<'t>, first: Node, word: Keyword, start: usize) -> StepResult<'t> {
    let (op, tighter) = match word {
        Keyword::Or => (BoolOpKind::Or, level::AND),
        _ => (BoolOpKind::And, level::NOT),
    };
    let mut values = vec![first];
    let mut rest = i;
    while let Ok((after, _)) = kw(word)(rest) {
        match climb(after, tighter) {
            Ok((after, value)) => (values, rest) = (pushed(values, value), after),
            Err(nom::Err::Error(_)) => break,
            Err(e) => return Err(e),
        }
    }
    if values.len() == 1 {
        return Ok(Step::Stopped(values.remove(0)));
    }
    let (values, tallest) = split(values);
    let height = grow(tallest, rest.last_span())?;
    let kind = ExprKind::BoolOp { op, values };
    Ok(Step::Grew(
        rest,
        Node::new(kind, rest.span_from(start), height),
    ))
}

/// `values` with `value` pushed.
fn pushed(mut values: Vec<Node>, value: Node) -> Vec<Node> {
    values.push(value);
    values
}

/// `op` applied to what `operand` parses at `rest`, after the operator token at `at`.
fn unary<'t>(
    op: UnaryOp,
    at: Span,
    rest: Tokens<'t>,
    operand: impl FnOnce(Tokens<'t>) -> PResult<'t, Node>,
) -> PResult<'t, Node> {
    let (rest, value) = rest.nested(operand)?;
    let height = grow(value.height, at)?;
    let kind = ExprKind::Unary {
        op,
        operand: value.boxed(),
    };
    Ok((rest, Node::new(kind, rest.span_from(at.start), height)))
}

/// `a < b <= c`, `x is not None`, `k not in d`, from the first operator at `i` after
/// `left`: chained as in Python, one `Compare` node.
fn comparison<'t>(i: Tokens<'t>, left: Node, start: usize) -> StepResult<'t> {
    let mut rest = i;
    let mut ops = Vec::new();
    let mut tallest = left.height;
    while let Some((op, len)) = comp_op(rest) {
        let (after, right) = match climb(rest.advance(len), level::BIT_OR) {
            Ok(found) => found,
            Err(nom::Err::Error(_)) => break,
            Err(e) => return Err(e),
        };
        tallest = tallest.max(right.height);
        ops.push((op, right.expr));
        rest = after;
    }
    if ops.is_empty() {
        return Ok(Step::Stopped(left));
    }
    let height = grow(tallest, rest.last_span())?;
    let kind = ExprKind::Compare {
        left: Box::new(left.expr),
        rest: ops,
    };
    Ok(Step::Grew(
        rest,
        Node::new(kind, rest.span_from(start), height),
    ))
}

/// `comp_op`: the comparison operator at `i`, and how many tokens it takes.
#[inline]
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

/// The binary operator at `i` and its binding level (5 for `|` up to 10 for `*`).
#[inline]
fn binary_op(i: Tokens) -> Option<(BinOp, u8)> {
    let TokenKind::Op(op) = i.kind() else {
        return None;
    };
    Some(match op {
        Op::VBar => (BinOp::BitOr, 5),
        Op::Circumflex => (BinOp::BitXor, 6),
        Op::Amper => (BinOp::BitAnd, 7),
        Op::LeftShift => (BinOp::LShift, 8),
        Op::RightShift => (BinOp::RShift, 8),
        Op::Plus => (BinOp::Add, 9),
        Op::Minus => (BinOp::Sub, 9),
        Op::Star => (BinOp::Mul, 10),
        Op::Slash => (BinOp::Div, 10),
        Op::DoubleSlash => (BinOp::FloorDiv, 10),
        Op::Percent => (BinOp::Mod, 10),
        Op::At => (BinOp::MatMul, 10),
        _ => return None,
    })
}

/// `left op right` for the binary operator at `i` (of binding `level`): the right operand
/// binds tighter, so chains associate to the left.
fn binary<'t>(i: Tokens<'t>, left: Node, level: u8, start: usize) -> StepResult<'t> {
    let Some((op, _)) = binary_op(i) else {
        return Ok(Step::Stopped(left));
    };
    let at = i.peek().span;
    let (rest, right) = match climb(i.advance(1), level + 1) {
        Ok(found) => found,
        Err(nom::Err::Error(_)) => return Ok(Step::Stopped(left)),
        Err(e) => return Err(e),
    };
    let height = grow(left.height.max(right.height), at)?;
    let kind = ExprKind::Binary {
        op,
        left: left.boxed(),
        right: right.boxed(),
    };
    Ok(Step::Grew(
        rest,
        Node::new(kind, rest.span_from(start), height),
    ))
}

/// `factor`: `-x`, `+x`, `~x`, or a power.
#[inline]
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
#[inline]
fn power(i: Tokens) -> PResult<Node> {
    let (after_base, base) = await_primary(i)?;
    let Ok((rest, at)) = op(Op::DoubleStar)(after_base) else {
        return Ok((after_base, base));
    };
    let (rest, exponent) = match rest.nested(factor) {
        Ok(found) => found,
        Err(nom::Err::Error(_)) => return Ok((after_base, base)),
        Err(e) => return Err(e),
    };
    let height = grow(base.height.max(exponent.height), at)?;
    let kind = ExprKind::Binary {
        op: BinOp::Pow,
        left: base.boxed(),
        right: exponent.boxed(),
    };
    Ok((rest, Node::new(kind, rest.span_from(i.start()), height)))
}

/// `await_primary`: `await x`, or a primary.
#[inline]
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
