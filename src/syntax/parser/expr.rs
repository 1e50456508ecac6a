//! Expression rules by precedence, loosest first: `if`/`else`, `or`, `and`, `not`,
//! comparisons, the bitwise and arithmetic operators, unary operators and `**`.
//!
//! Each precedence level is one function named after its grammar rule, calling the next
//! tighter level for its operands; the levels that are plain left-associative chains share
//! `binary_chain`, and `primary` (in `atom`) is where the ladder ends. Chains keep count of
//! their height (see `depth`) so that a very long `1 + 1 + ...` fails cleanly.

use nom::Parser;
use nom::branch::alt;
use nom::combinator::value;
use nom::multi::many0;
use nom::sequence::preceded;

use super::atom::primary;
use super::depth::{MAX_HEIGHT, grow, tree_height};
use super::refuse::{REFUSED_EXPRESSIONS, refuse_keyword, refuse_walrus};
use super::{item_or_tuple, node};
use crate::syntax::ast::*;
use crate::syntax::lexeme::{In, PResult, failure_at, kw, nested, op, operator_in, start};

/// `a, b` (a tuple when there is a comma) or a single expression.
pub(super) fn expression_list(input: In) -> PResult<Expr> {
    item_or_tuple(input, expression)
}

/// `body if test else orelse`, or a plain disjunction.
pub(super) fn expression(input: In) -> PResult<Expr> {
    let s = start(input);
    refuse_keyword(input, &REFUSED_EXPRESSIONS)?;
    let (rest, body) = disjunction(input)?;
    refuse_walrus(rest)?;
    let Ok((rest, _)) = kw("if")(rest) else {
        return Ok((rest, body));
    };
    let (rest, test) = disjunction(rest)?;
    let Ok((rest, _)) = kw("else")(rest) else {
        return Err(failure_at(rest, "expected 'else' after 'if' expression", 0));
    };
    let (rest, orelse) = nested(rest, expression)?;
    let kind = ExprKind::IfElse {
        test: Box::new(test),
        body: Box::new(body),
        orelse: Box::new(orelse),
    };
    Ok((rest, node(kind, s, &rest)))
}

/// `a or b or c`.
fn disjunction(input: In) -> PResult<Expr> {
    bool_chain(input, "or", BoolOpKind::Or, conjunction)
}

/// `a and b and c`.
fn conjunction(input: In) -> PResult<Expr> {
    bool_chain(input, "and", BoolOpKind::And, inversion)
}

/// Operands joined by the keyword `word`, as one `BoolOp` when there are several.
fn bool_chain<'s>(
    input: In<'s>,
    word: &'static str,
    op: BoolOpKind,
    operand: fn(In<'s>) -> PResult<'s, Expr>,
) -> PResult<'s, Expr> {
    let s = start(input);
    let (rest, first) = operand(input)?;
    let (rest, more) = many0(preceded(kw(word), operand)).parse(rest)?;
    if more.is_empty() {
        return Ok((rest, first));
    }
    let values = std::iter::once(first).chain(more).collect();
    Ok((rest, node(ExprKind::BoolOp { op, values }, s, &rest)))
}

/// `not x`, or a comparison.
fn inversion(input: In) -> PResult<Expr> {
    let s = start(input);
    let Ok((rest, _)) = kw("not")(input) else {
        return comparison(input);
    };
    unary(UnaryOp::Not, s, rest, inversion)
}

/// `op` applied to what `operand` parses at `rest`, just after the prefix operator at `start`.
fn unary<'s>(
    op: UnaryOp,
    start: usize,
    rest: In<'s>,
    operand: fn(In<'s>) -> PResult<'s, Expr>,
) -> PResult<'s, Expr> {
    let (rest, operand) = nested(rest, operand)?;
    let kind = ExprKind::Unary {
        op,
        operand: Box::new(operand),
    };
    Ok((rest, node(kind, start, &rest)))
}

/// `a < b <= c`, `x is not None`, `k not in d`: chained as in Python.
fn comparison(input: In) -> PResult<Expr> {
    let s = start(input);
    let (mut rest, left) = bitwise_or(input)?;
    let mut ops = Vec::new();
    while let Ok((after, op)) = comp_op(rest) {
        let (after, right) = bitwise_or(after)?;
        ops.push((op, right));
        rest = after;
    }
    if ops.is_empty() {
        return Ok((rest, left));
    }
    let kind = ExprKind::Compare {
        left: Box::new(left),
        rest: ops,
    };
    Ok((rest, node(kind, s, &rest)))
}

/// The comparison operators, as tokens.
const CMP_OPS: [(&str, CmpOp); 6] = [
    ("==", CmpOp::Eq),
    ("!=", CmpOp::NotEq),
    ("<", CmpOp::Lt),
    ("<=", CmpOp::LtE),
    (">", CmpOp::Gt),
    (">=", CmpOp::GtE),
];

/// `==`, `<`, `is`, `is not`, `in`, `not in`, ...
fn comp_op(input: In) -> PResult<CmpOp> {
    let symbolic = |i| operator_in(i, &CMP_OPS);
    let is_not = (kw("is"), kw("not"));
    let not_in = (kw("not"), kw("in"));
    let words = (
        value(CmpOp::IsNot, is_not),
        value(CmpOp::Is, kw("is")),
        value(CmpOp::NotIn, not_in),
    );
    alt((alt(words), value(CmpOp::In, kw("in")), symbolic)).parse(input)
}

/// `a | b`.
fn bitwise_or(input: In) -> PResult<Expr> {
    binary_chain(input, &[("|", BinOp::BitOr)], bitwise_xor)
}

/// `a ^ b`.
fn bitwise_xor(input: In) -> PResult<Expr> {
    binary_chain(input, &[("^", BinOp::BitXor)], bitwise_and)
}

/// `a & b`.
fn bitwise_and(input: In) -> PResult<Expr> {
    binary_chain(input, &[("&", BinOp::BitAnd)], shift_expr)
}

/// `a << b`, `a >> b`.
fn shift_expr(input: In) -> PResult<Expr> {
    binary_chain(input, &[("<<", BinOp::LShift), (">>", BinOp::RShift)], sum)
}

/// `a + b`, `a - b`.
fn sum(input: In) -> PResult<Expr> {
    binary_chain(input, &[("+", BinOp::Add), ("-", BinOp::Sub)], term)
}

/// The multiplicative operators, as tokens.
const TERM_OPS: [(&str, BinOp); 5] = [
    ("*", BinOp::Mul),
    ("/", BinOp::Div),
    ("//", BinOp::FloorDiv),
    ("%", BinOp::Mod),
    ("@", BinOp::MatMul),
];

/// `a * b`, `a / b`, `a // b`, `a % b`, `a @ b`.
fn term(input: In) -> PResult<Expr> {
    binary_chain(input, &TERM_OPS, factor)
}

/// Left-associative operands joined by the operators of `ops`.
fn binary_chain<'s>(
    input: In<'s>,
    ops: &[(&str, BinOp)],
    operand: fn(In<'s>) -> PResult<'s, Expr>,
) -> PResult<'s, Expr> {
    let s = start(input);
    let (mut rest, mut acc) = operand(input)?;
    let mut height = tree_height(&acc, MAX_HEIGHT);
    while let Ok((after, op)) = operator_in(rest, ops) {
        let (after, right) = operand(after)?;
        height = grow(height, tree_height(&right, MAX_HEIGHT), rest)?;
        (acc, rest) = (node(binary(op, acc, right), s, &after), after);
    }
    Ok((rest, acc))
}

/// `left op right`.
fn binary(op: BinOp, left: Expr, right: Expr) -> ExprKind {
    ExprKind::Binary {
        op,
        left: Box::new(left),
        right: Box::new(right),
    }
}

/// The prefix arithmetic operators, as tokens.
const UNARY_OPS: [(&str, UnaryOp); 3] = [
    ("-", UnaryOp::Neg),
    ("+", UnaryOp::Pos),
    ("~", UnaryOp::Invert),
];

/// `-x`, `+x`, `~x`, or a power.
fn factor(input: In) -> PResult<Expr> {
    let s = start(input);
    match operator_in(input, &UNARY_OPS) {
        Ok((rest, op)) => unary(op, s, rest, factor),
        Err(_) => power(input),
    }
}

/// `a ** b`: right-associative, and tighter than a unary operator on its left.
fn power(input: In) -> PResult<Expr> {
    let s = start(input);
    let (rest, base) = primary(input)?;
    let Ok((rest, _)) = op("**")(rest) else {
        return Ok((rest, base));
    };
    let (rest, exponent) = nested(rest, factor)?;
    Ok((rest, node(binary(BinOp::Pow, base, exponent), s, &rest)))
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
        assert_eq!(s("(1 + 2) * 3"), "(* (+ 1 2) 3)");
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
