//! The `match` statement and its patterns (Python 3.10's structural pattern matching).
//!
//! `match` and `case` are soft keywords: a line starting with `match` is a match statement
//! only if the whole statement parses as one, so `match = 3` and `match(x)` stay an
//! assignment and a call. Patterns follow CPython's grammar: literals, captures, `_`, dotted
//! values, groups, sequences, mappings, class patterns, `|` and `as`.

use super::compound::{block, colon, header};
use super::expr::{named_expression, star_named_expression};
use super::input::{PResult, Tokens, at_op, at_soft, fatal, kw, mismatch, name, op, token};
use super::invalid_stmt::missing_block;
use super::primary::atom;
use super::stmt::statement_at;
use crate::syntax::ast::*;
use crate::syntax::lex::{Keyword, Op, TokenKind, line_of};
use crate::syntax::literal::number_value;

/// `match_stmt`: `match subject:` then indented `case` blocks.
pub(super) fn match_stmt(i: Tokens) -> PResult<Stmt> {
    let start = i.start();
    let (rest, subject) = subject_expr(i.advance(1))?;
    let (rest, _) = colon(rest, false)?;
    let (rest, _) = token(TokenKind::Newline)(rest)?;
    if rest.kind() != TokenKind::Indent {
        return match i.errors() {
            true => Err(missing_block(
                rest,
                "'match' statement",
                line_of(i.ctx.src, start),
            )),
            false => mismatch(),
        };
    }
    let mut rest = rest.advance(1);
    let mut cases = Vec::new();
    while at_soft(rest, "case") {
        let (after, case) = case_block(rest)?;
        cases.push(case);
        rest = after;
    }
    if cases.is_empty() {
        return mismatch();
    }
    let (rest, _) = token(TokenKind::Dedent)(rest)?;
    let kind = StmtKind::Match { subject, cases };
    Ok((rest, statement_at(kind, start, &rest)))
}

/// `subject_expr`: `a, *b` (a tuple) or a named expression.
fn subject_expr(i: Tokens) -> PResult<Expr> {
    let (rest, first) = star_named_expression(i)?;
    if !at_op(rest, Op::Comma) {
        return match first.expr.kind {
            ExprKind::Starred(_) => mismatch(),
            _ => Ok((rest, first.expr)),
        };
    }
    let mut items = vec![first.expr];
    let mut rest = rest;
    while let Ok((after, _)) = op(Op::Comma)(rest) {
        rest = after;
        match star_named_expression(rest) {
            Ok((after, item)) => (items, rest) = (push(items, item.expr), after),
            Err(nom::Err::Error(_)) => break,
            Err(e) => return Err(e),
        }
    }
    let span = rest.span_from(i.start());
    Ok((
        rest,
        Expr {
            kind: ExprKind::Tuple(items),
            span,
        },
    ))
}

/// `items` with `item` pushed.
fn push<T>(mut items: Vec<T>, item: T) -> Vec<T> {
    items.push(item);
    items
}

/// `case_block`: `case patterns if guard: block`.
fn case_block(i: Tokens) -> PResult<MatchCase> {
    let start = i.start();
    let (rest, pattern) = patterns(i.advance(1))?;
    let (rest, guard) = match kw(Keyword::If)(rest) {
        Ok((after, _)) => {
            let (after, guard) = named_expression(after)?;
            (after, Some(guard.expr))
        }
        Err(_) => (rest, None),
    };
    let (rest, _) = colon(rest, false)?;
    let (rest, body) = block(rest, &header("'case' statement", start))?;
    let case = MatchCase {
        pattern,
        guard,
        body,
        span: rest.span_from(start),
    };
    Ok((rest, case))
}

/// A pattern spanning from `start` to what `rest` has consumed.
fn pattern_at(kind: PatternKind, start: usize, rest: &Tokens) -> Pattern {
    Pattern {
        kind,
        span: rest.span_from(start),
    }
}

/// `patterns`: an open sequence (`case a, b:`) or one pattern.
fn patterns(i: Tokens) -> PResult<Pattern> {
    let (rest, first) = maybe_star_pattern(i)?;
    if !at_op(rest, Op::Comma) {
        return match first.kind {
            PatternKind::Star(_) => mismatch(),
            _ => Ok((rest, first)),
        };
    }
    let (rest, items) = more_patterns(rest, first)?;
    Ok((
        rest,
        pattern_at(PatternKind::Sequence(items), i.start(), &rest),
    ))
}

/// The patterns after `first` in a sequence: `, b, *c,`.
fn more_patterns(i: Tokens, first: Pattern) -> PResult<Vec<Pattern>> {
    let mut items = vec![first];
    let mut rest = i;
    while let Ok((after, _)) = op(Op::Comma)(rest) {
        rest = after;
        match maybe_star_pattern(rest) {
            Ok((after, item)) => (items, rest) = (push(items, item), after),
            Err(nom::Err::Error(_)) => break,
            Err(e) => return Err(e),
        }
    }
    Ok((rest, items))
}

/// `maybe_star_pattern`: `*name`, `*_`, or a pattern.
fn maybe_star_pattern(i: Tokens) -> PResult<Pattern> {
    let Ok((rest, star)) = op(Op::Star)(i) else {
        return pattern(i);
    };
    let (rest, (target, _)) = name(rest)?;
    let name = (target != "_").then_some(target);
    Ok((rest, pattern_at(PatternKind::Star(name), star.start, &rest)))
}

/// `pattern`: `or_pattern as name`, or an or-pattern.
fn pattern(i: Tokens) -> PResult<Pattern> {
    let (rest, first) = or_pattern(i)?;
    let Ok((after, _)) = kw(Keyword::As)(rest) else {
        return Ok((rest, first));
    };
    let target = after.peek();
    if target.kind != TokenKind::Name || i.text(target.span) == "_" {
        return match i.errors() {
            true => Err(as_target_error(after)),
            false => mismatch(),
        };
    }
    let kind = PatternKind::As {
        pattern: Some(Box::new(first)),
        name: Some(i.text(target.span).to_string()),
    };
    let after = after.advance(1);
    Ok((after, pattern_at(kind, i.start(), &after)))
}

/// `invalid_as_pattern`: `as _` or `as` something that is not a name.
fn as_target_error(i: Tokens) -> nom::Err<super::input::PErr> {
    let token = i.peek();
    match token.kind == TokenKind::Name {
        true => fatal("cannot use '_' as a target", token.span),
        false => fatal("invalid pattern target", token.span),
    }
}

/// `or_pattern`: `a | b | c`.
fn or_pattern(i: Tokens) -> PResult<Pattern> {
    let (mut rest, first) = closed_pattern(i)?;
    if !at_op(rest, Op::VBar) {
        return Ok((rest, first));
    }
    let mut items = vec![first];
    while let Ok((after, _)) = op(Op::VBar)(rest) {
        let (after, item) = closed_pattern(after)?;
        (items, rest) = (push(items, item), after);
    }
    Ok((rest, pattern_at(PatternKind::Or(items), i.start(), &rest)))
}

/// `closed_pattern`: a literal, capture, `_`, value, group, sequence, mapping or class
/// pattern.
fn closed_pattern(i: Tokens) -> PResult<Pattern> {
    let start = i.start();
    match i.kind() {
        TokenKind::Number(_) | TokenKind::String(_) | TokenKind::Op(Op::Minus) => {
            literal_pattern(i)
        }
        TokenKind::Keyword(k @ (Keyword::None | Keyword::True | Keyword::False)) => {
            let (rest, constant) = atom(i)?;
            let _ = k;
            Ok((
                rest,
                pattern_at(PatternKind::Singleton(constant.expr), start, &rest),
            ))
        }
        TokenKind::Name => name_pattern(i),
        TokenKind::Op(Op::LPar) => paren_pattern(i),
        TokenKind::Op(Op::LSqb) => {
            let (rest, items) = sequence_items(i.advance(1), Op::RSqb)?;
            Ok((rest, pattern_at(PatternKind::Sequence(items), start, &rest)))
        }
        TokenKind::Op(Op::LBrace) => mapping_pattern(i),
        _ => mismatch(),
    }
}

/// `literal_pattern`: `1`, `-2.5`, `1 + 2j`, `'text'`.
fn literal_pattern(i: Tokens) -> PResult<Pattern> {
    let start = i.start();
    let (rest, value) = match i.kind() {
        TokenKind::String(_) => {
            let (rest, node) = atom(i)?;
            (rest, node.expr)
        }
        _ => signed_number(i)?,
    };
    let (rest, value) = match rest.kind() {
        TokenKind::Op(sign @ (Op::Plus | Op::Minus)) => {
            let (after, imaginary) = number(rest.advance(1))?;
            let op = if sign == Op::Plus {
                BinOp::Add
            } else {
                BinOp::Sub
            };
            let kind = ExprKind::Binary {
                op,
                left: Box::new(value),
                right: Box::new(imaginary),
            };
            let span = after.span_from(start);
            (after, Expr { kind, span })
        }
        _ => (rest, value),
    };
    Ok((rest, pattern_at(PatternKind::Value(value), start, &rest)))
}

/// `signed_number`: `NUMBER` or `-NUMBER`.
fn signed_number(i: Tokens) -> PResult<Expr> {
    let Ok((rest, minus)) = op(Op::Minus)(i) else {
        return number(i);
    };
    let (rest, value) = number(rest)?;
    let kind = ExprKind::Unary {
        op: UnaryOp::Neg,
        operand: Box::new(value),
    };
    Ok((
        rest,
        Expr {
            kind,
            span: rest.span_from(minus.start),
        },
    ))
}

/// A number token.
fn number(i: Tokens) -> PResult<Expr> {
    let token = i.peek();
    let TokenKind::Number(kind) = token.kind else {
        return mismatch();
    };
    let kind = number_value(i.text(token.span), kind);
    Ok((
        i.advance(1),
        Expr {
            kind,
            span: token.span,
        },
    ))
}

/// A pattern starting with a name: `_`, a capture, a dotted value, or a class pattern.
fn name_pattern(i: Tokens) -> PResult<Pattern> {
    let start = i.start();
    let (mut rest, (first, span)) = name(i)?;
    let mut value = Expr {
        kind: ExprKind::Name(first.clone()),
        span,
    };
    let mut dotted = false;
    while let Ok((after, _)) = op(Op::Dot)(rest) {
        let (after, (attr, _)) = name(after)?;
        let kind = ExprKind::Attribute {
            object: Box::new(value),
            attr,
        };
        value = Expr {
            kind,
            span: after.span_from(start),
        };
        (rest, dotted) = (after, true);
    }
    if at_op(rest, Op::LPar) {
        return class_pattern(rest, value, start);
    }
    let kind = match (dotted, first.as_str()) {
        (true, _) => PatternKind::Value(value),
        (false, "_") => PatternKind::As {
            pattern: None,
            name: None,
        },
        (false, _) => PatternKind::As {
            pattern: None,
            name: Some(first),
        },
    };
    Ok((rest, pattern_at(kind, start, &rest)))
}

/// `( pattern )` or `( patterns, )`.
fn paren_pattern(i: Tokens) -> PResult<Pattern> {
    let start = i.start();
    let inner = i.advance(1);
    if let Ok((rest, _)) = op(Op::RPar)(inner) {
        return Ok((
            rest,
            pattern_at(PatternKind::Sequence(Vec::new()), start, &rest),
        ));
    }
    let (rest, first) = maybe_star_pattern(inner)?;
    if let (Ok((after, _)), false) = (
        op(Op::RPar)(rest),
        matches!(first.kind, PatternKind::Star(_)),
    ) {
        return Ok((after, first));
    }
    let (rest, items) = more_patterns(rest, first)?;
    let (rest, _) = op(Op::RPar)(rest)?;
    Ok((rest, pattern_at(PatternKind::Sequence(items), start, &rest)))
}

/// The patterns of `[...]` up to `close`.
fn sequence_items(i: Tokens, close: Op) -> PResult<Vec<Pattern>> {
    if let Ok((rest, _)) = op(close)(i) {
        return Ok((rest, Vec::new()));
    }
    let (rest, first) = maybe_star_pattern(i)?;
    let (rest, items) = more_patterns(rest, first)?;
    let (rest, _) = op(close)(rest)?;
    Ok((rest, items))
}

/// `mapping_pattern`: `{key: pattern, **rest}`.
fn mapping_pattern(i: Tokens) -> PResult<Pattern> {
    let start = i.start();
    let mut rest = i.advance(1);
    let (mut keys, mut patterns, mut rest_name) = (Vec::new(), Vec::new(), None);
    while !at_op(rest, Op::RBrace) {
        if let Ok((after, _)) = op(Op::DoubleStar)(rest) {
            let (after, (target, _)) = name(after)?;
            (rest_name, rest) = (Some(target), after);
            rest = op(Op::Comma)(rest).map_or(rest, |(after, _)| after);
            break;
        } else {
            let (after, key) = mapping_key(rest)?;
            let (after, _) = op(Op::Colon)(after)?;
            let (after, value) = pattern(after)?;
            keys.push(key);
            patterns.push(value);
            rest = after;
        }
        match op(Op::Comma)(rest) {
            Ok((after, _)) => rest = after,
            Err(_) => break,
        }
    }
    let (rest, _) = op(Op::RBrace)(rest)?;
    let kind = PatternKind::Mapping {
        keys,
        patterns,
        rest: rest_name,
    };
    Ok((rest, pattern_at(kind, start, &rest)))
}

/// A mapping pattern's key: a literal or a dotted name.
fn mapping_key(i: Tokens) -> PResult<Expr> {
    let (rest, key) = closed_pattern(i)?;
    match key.kind {
        PatternKind::Value(value) | PatternKind::Singleton(value) => Ok((rest, value)),
        _ => mismatch(),
    }
}

/// `class_pattern`: `cls(positional, keyword=pattern)`, with `i` at the `(`.
fn class_pattern(i: Tokens, cls: Expr, start: usize) -> PResult<Pattern> {
    let mut rest = i.advance(1);
    let (mut patterns, mut kwd_attrs, mut kwd_patterns) = (Vec::new(), Vec::new(), Vec::new());
    while !at_op(rest, Op::RPar) {
        if rest.kind() == TokenKind::Name && rest.kind_at(1) == TokenKind::Op(Op::Equal) {
            let (after, (attr, _)) = name(rest)?;
            let (after, value) = pattern(after.advance(1))?;
            kwd_attrs.push(attr);
            kwd_patterns.push(value);
            rest = after;
        } else {
            if !kwd_attrs.is_empty() {
                return match rest.errors() {
                    true => Err(positional_after_keyword(rest)),
                    false => mismatch(),
                };
            }
            let (after, value) = pattern(rest)?;
            patterns.push(value);
            rest = after;
        }
        match op(Op::Comma)(rest) {
            Ok((after, _)) => rest = after,
            Err(_) => break,
        }
    }
    let (rest, _) = op(Op::RPar)(rest)?;
    let kind = PatternKind::Class {
        cls,
        patterns,
        kwd_attrs,
        kwd_patterns,
    };
    Ok((rest, pattern_at(kind, start, &rest)))
}

/// `invalid_class_pattern`: positional patterns after keyword ones, from the first to the
/// last of them.
fn positional_after_keyword(i: Tokens) -> nom::Err<super::input::PErr> {
    let mut rest = i;
    let mut last = i.start();
    while let Ok((after, item)) = pattern(rest) {
        last = item.span.end;
        rest = after;
        match op(Op::Comma)(rest) {
            Ok((after, _)) => rest = after,
            Err(_) => break,
        }
    }
    fatal(
        "positional patterns follow keyword patterns",
        Span::new(i.start(), last),
    )
}

#[cfg(test)]
mod tests {
    use crate::syntax::ast::*;
    use crate::syntax::testing::stmt;

    /// The kinds of the patterns of each case of a match statement.
    fn patterns(src: &str) -> Vec<String> {
        let StmtKind::Match { cases, .. } = stmt(src).kind else {
            panic!("{src}")
        };
        cases.iter().map(|c| kind(&c.pattern)).collect()
    }

    /// A compact rendering of a pattern.
    fn kind(p: &Pattern) -> String {
        let all = |ps: &[Pattern]| ps.iter().map(kind).collect::<Vec<_>>().join(" ");
        match &p.kind {
            PatternKind::Value(_) => "value".into(),
            PatternKind::Singleton(_) => "singleton".into(),
            PatternKind::Sequence(ps) => format!("[{}]", all(ps)),
            PatternKind::Mapping { patterns, rest, .. } => {
                format!("{{{} {rest:?}}}", all(patterns))
            }
            PatternKind::Class {
                patterns,
                kwd_attrs,
                ..
            } => format!("class({} {kwd_attrs:?})", all(patterns)),
            PatternKind::Star(name) => format!("*{name:?}"),
            PatternKind::As {
                pattern: None,
                name,
            } => format!("as {name:?}"),
            PatternKind::As {
                pattern: Some(p),
                name,
            } => format!("({} as {name:?})", kind(p)),
            PatternKind::Or(ps) => format!("(or {})", all(ps)),
        }
    }

    #[test]
    fn match_patterns() {
        let src = "match p:\n    case 1 | -2 | 3+4j | 'a':\n        pass\n    case None:\n        pass\n    case [x, *rest]:\n        pass\n    case (a, b) as pair:\n        pass\n    case {'k': v, **kw}:\n        pass\n    case Point(0, y=1):\n        pass\n    case Color.RED:\n        pass\n    case _:\n        pass\n";
        assert_eq!(
            patterns(src),
            [
                "(or value value value value)",
                "singleton",
                "[as Some(\"x\") *Some(\"rest\")]",
                "([as Some(\"a\") as Some(\"b\")] as Some(\"pair\"))",
                "{as Some(\"v\") Some(\"kw\")}",
                "class(value [\"y\"])",
                "value",
                "as None",
            ]
        );
        assert_eq!(
            patterns("match a, b:\n    case 1, 2:\n        pass"),
            ["[value value]"]
        );
    }
}
