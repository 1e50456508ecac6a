//! Compound statements: `if`, `while`, `for`, `try`, `with`, and the blocks they own; `def`
//! and `class` (with decorators) are in `def`, `match` in `pattern`.
//!
//! A block is an indented run of statements after a line break (`Newline Indent ...
//! Dedent`), or simple statements on the header's line. In the second pass, a header whose
//! `:` is missing, or whose block is not indented, gets CPython's message naming the
//! header and its line.

use super::def::{class_def, decorated, function_def};
use super::expr::{expression, named_expression, star_expressions};
use super::input::{PResult, Tokens, at_kw, at_op, at_soft, fatal, kw, mismatch, name, op, token};
use super::invalid;
use super::invalid_stmt::{missing_block, missing_colon};
use super::pattern::match_stmt;
use super::stmt::{simple_stmts, statement_at, statements};
use super::target::star_targets;
use crate::syntax::ast::*;
use crate::syntax::lex::{Keyword, Op, TokenKind, line_of};

/// What a header is called in "expected an indented block after ..." (`'if' statement`).
pub(super) struct Header {
    /// The description (`"'if' statement"`, `"function definition"`).
    pub(super) what: &'static str,
    /// Where its keyword (or the token CPython takes) starts.
    pub(super) at: usize,
}

/// `compound_stmt`: dispatched on the statement's first token.
pub(super) fn compound_stmt(i: Tokens) -> PResult<Stmt> {
    match i.kind() {
        TokenKind::Keyword(Keyword::If) => if_stmt(i),
        TokenKind::Keyword(Keyword::While) => while_stmt(i),
        TokenKind::Keyword(Keyword::For) => for_stmt(i, i.start(), false),
        TokenKind::Keyword(Keyword::Try) => try_stmt(i),
        TokenKind::Keyword(Keyword::With) => with_stmt(i, i.start(), false),
        TokenKind::Keyword(Keyword::Def) => function_def(i, Vec::new(), i.start()),
        TokenKind::Keyword(Keyword::Class) => class_def(i, Vec::new(), i.start()),
        TokenKind::Op(Op::At) => decorated(i),
        TokenKind::Keyword(Keyword::Async) => async_stmt(i),
        TokenKind::Name if at_soft(i, "match") => match_stmt(i),
        _ => mismatch(),
    }
}

/// `async def`, `async for`, `async with`.
fn async_stmt(i: Tokens) -> PResult<Stmt> {
    let start = i.start();
    let after = i.advance(1);
    match after.kind() {
        TokenKind::Keyword(Keyword::Def) => function_def(i, Vec::new(), start),
        TokenKind::Keyword(Keyword::For) => for_stmt(after, start, true),
        TokenKind::Keyword(Keyword::With) => with_stmt(after, start, true),
        _ => mismatch(),
    }
}

/// The `:` that ends a header, or "expected ':'" (always when `forced`, as CPython's `&&':'`;
/// in the second pass when the line ends instead).
pub(super) fn colon(i: Tokens, forced: bool) -> PResult<Span> {
    if let Ok(found) = op(Op::Colon)(i) {
        return Ok(found);
    }
    if forced {
        return Err(fatal("expected ':'", i.peek().span));
    }
    match missing_colon(i) {
        Some(error) => Err(error),
        None => mismatch(),
    }
}

/// `block`: an indented block, or simple statements on the header's line.
pub(super) fn block<'t>(i: Tokens<'t>, header: &Header) -> PResult<'t, Vec<Stmt>> {
    if i.kind() != TokenKind::Newline {
        return simple_stmts(i);
    }
    let after = i.advance(1);
    if after.kind() != TokenKind::Indent {
        if i.errors() {
            let line = line_of(i.ctx.src, header.at);
            return Err(missing_block(after, header.what, line));
        }
        return mismatch();
    }
    let (rest, body) = statements(after.advance(1))?;
    if body.is_empty() {
        return mismatch();
    }
    let (rest, _) = token(TokenKind::Dedent)(rest)?;
    Ok((rest, body))
}

/// The header description for a statement starting with `keyword` at `at`.
pub(super) fn header(what: &'static str, at: usize) -> Header {
    Header { what, at }
}

/// `if_stmt`: `if test: body`, then `elif` and `else` blocks.
fn if_stmt(i: Tokens) -> PResult<Stmt> {
    let (rest, at) = kw(Keyword::If)(i)?;
    conditional(rest, at.start, None)
}

/// The rest of an `if` or `elif` from its condition, as an `If` statement from `start`;
/// `elif` is the `elif` keyword's offset (CPython names the line of the `if`'s condition
/// but of the `elif` keyword).
fn conditional(i: Tokens, start: usize, elif: Option<usize>) -> PResult<Stmt> {
    let (rest, test) = named_expression(i)?;
    let (rest, _) = colon(rest, false)?;
    let what = match elif {
        Some(_) => header("'elif' statement", start),
        None => header("'if' statement", test.expr.span.start),
    };
    let (rest, body) = block(rest, &what)?;
    let (rest, orelse) = match rest.kind() {
        TokenKind::Keyword(Keyword::Elif) => {
            let at = rest.start();
            let (after, elif) = conditional(rest.advance(1), at, Some(at))?;
            (after, vec![elif])
        }
        _ => else_block(rest)?,
    };
    let kind = StmtKind::If {
        test: test.expr,
        body,
        orelse,
    };
    Ok((rest, statement_at(kind, start, &rest)))
}

/// `else_block`: `else: body`, if there is one (empty otherwise).
fn else_block(i: Tokens) -> PResult<Vec<Stmt>> {
    let Ok((rest, at)) = kw(Keyword::Else)(i) else {
        return Ok((i, Vec::new()));
    };
    let (rest, _) = colon(rest, true)?;
    block(rest, &header("'else' statement", at.start))
}

/// `while_stmt`: `while test: body else: orelse`.
fn while_stmt(i: Tokens) -> PResult<Stmt> {
    let (rest, at) = kw(Keyword::While)(i)?;
    let (rest, test) = named_expression(rest)?;
    let (rest, _) = colon(rest, false)?;
    let (rest, body) = block(rest, &header("'while' statement", at.start))?;
    let (rest, orelse) = else_block(rest)?;
    let kind = StmtKind::While {
        test: test.expr,
        body,
        orelse,
    };
    Ok((rest, statement_at(kind, at.start, &rest)))
}

/// `for_stmt`: `for targets in iter: body else: orelse` (`i` at `for`, the statement
/// starting at `start`, which is `async` for `async for`).
fn for_stmt(i: Tokens, start: usize, is_async: bool) -> PResult<Stmt> {
    let (rest, at) = kw(Keyword::For)(i)?;
    let (rest, target) = match star_targets(rest) {
        Ok(found) => found,
        Err(nom::Err::Error(_)) if i.errors() => return Err(invalid::for_target(rest)),
        Err(e) => return Err(e),
    };
    let Ok((rest, _)) = kw(Keyword::In)(rest) else {
        return match i.errors() {
            true => Err(invalid::for_target(i.advance(1))),
            false => mismatch(),
        };
    };
    let (rest, iter) = star_expressions(rest)?;
    let (rest, _) = colon(rest, false)?;
    let (rest, body) = block(rest, &header("'for' statement", at.start))?;
    let (rest, orelse) = else_block(rest)?;
    let kind = StmtKind::For {
        target,
        iter: iter.expr,
        body,
        orelse,
        is_async,
    };
    Ok((rest, statement_at(kind, start, &rest)))
}

/// `try_stmt`: `try:` with `except` handlers, `else` and `finally`, or `except*` handlers.
fn try_stmt(i: Tokens) -> PResult<Stmt> {
    let (rest, at) = kw(Keyword::Try)(i)?;
    let (rest, _) = colon(rest, true)?;
    let (rest, body) = block(rest, &header("'try' statement", at.start))?;
    let (rest, (handlers, is_star)) = except_blocks(rest)?;
    let (rest, orelse) = match handlers.is_empty() {
        true => (rest, Vec::new()),
        false => else_block(rest)?,
    };
    let (rest, finalbody) = finally_block(rest)?;
    if handlers.is_empty() && finalbody.is_empty() {
        return match i.errors() {
            true => Err(invalid::at_furthest(
                rest,
                "expected 'except' or 'finally' block",
            )),
            false => mismatch(),
        };
    }
    let node = Try {
        body,
        handlers,
        orelse,
        finalbody,
        is_star,
    };
    Ok((
        rest,
        statement_at(StmtKind::Try(Box::new(node)), at.start, &rest),
    ))
}

/// The `except` (or `except*`) clauses, and whether they are `except*`.
fn except_blocks(i: Tokens) -> PResult<(Vec<ExceptHandler>, bool)> {
    let mut handlers = Vec::new();
    let mut star = None;
    let mut rest = i;
    while at_kw(rest, Keyword::Except) {
        let is_star = at_op(rest.advance(1), Op::Star);
        if star.is_some_and(|s| s != is_star) {
            let message = "cannot have both 'except' and 'except*' on the same 'try'";
            return Err(fatal(message, rest.peek().span));
        }
        star = Some(is_star);
        let (after, handler) = except_block(rest, is_star)?;
        handlers.push(handler);
        rest = after;
    }
    Ok((rest, (handlers, star.unwrap_or(false))))
}

/// `except_block`: `except`, `except E`, `except E as name`, `except* E ...`, then a block.
fn except_block(i: Tokens, is_star: bool) -> PResult<ExceptHandler> {
    let (rest, at) = kw(Keyword::Except)(i)?;
    let rest = rest.advance(usize::from(is_star));
    let (rest, exception) = match at_op(rest, Op::Colon) && !is_star {
        true => (rest, None),
        false => {
            let (after, e) = expression(rest)?;
            if i.errors() && at_op(after, Op::Comma) {
                let (end, _) = star_expressions(after.advance(1))?;
                let message = "multiple exception types must be parenthesized";
                return Err(fatal(message, Span::new(e.expr.span.start, end.end())));
            }
            (after, Some(e.expr))
        }
    };
    let (rest, name) = match kw(Keyword::As)(rest) {
        Ok((after, _)) => {
            let (after, (name, _)) = name(after)?;
            (after, Some(name))
        }
        Err(_) => (rest, None),
    };
    let (rest, _) = colon(rest, false)?;
    let what = if is_star {
        "'except*' statement"
    } else {
        "'except' statement"
    };
    let (rest, body) = block(rest, &header(what, at.start))?;
    let handler = ExceptHandler {
        exception,
        name,
        body,
        span: rest.span_from(at.start),
    };
    Ok((rest, handler))
}

/// `finally_block`: `finally: body`, if there is one.
fn finally_block(i: Tokens) -> PResult<Vec<Stmt>> {
    let Ok((rest, at)) = kw(Keyword::Finally)(i) else {
        return Ok((i, Vec::new()));
    };
    let (rest, _) = colon(rest, true)?;
    block(rest, &header("'finally' statement", at.start))
}

/// `with_stmt`: `with a as b, c: body`, or the items in parentheses.
fn with_stmt(i: Tokens, start: usize, is_async: bool) -> PResult<Stmt> {
    let (after_with, at) = kw(Keyword::With)(i)?;
    let items = match parenthesized_items(after_with) {
        Ok(found) => Ok(found),
        Err(nom::Err::Error(_)) => with_items(after_with),
        Err(e) => Err(e),
    };
    let colon_found = items.and_then(|(rest, items)| Ok((colon(rest, false)?.0, items)));
    let (rest, items) = match colon_found {
        Err(nom::Err::Error(_)) if i.errors() => {
            return Err(super::invalid_stmt::with_colon(after_with));
        }
        other => other?,
    };
    let (rest, body) = block(rest, &header("'with' statement", at.start))?;
    let kind = StmtKind::With {
        items,
        body,
        is_async,
    };
    Ok((rest, statement_at(kind, start, &rest)))
}

/// `'(' with_item (',' with_item)* [','] ')'` followed by `:`.
fn parenthesized_items(i: Tokens) -> PResult<Vec<WithItem>> {
    let (rest, _) = op(Op::LPar)(i)?;
    let (rest, items) = with_items(rest)?;
    let rest = match op(Op::Comma)(rest) {
        Ok((after, _)) => after,
        Err(_) => rest,
    };
    let (rest, _) = op(Op::RPar)(rest)?;
    match at_op(rest, Op::Colon) {
        true => Ok((rest, items)),
        false => mismatch(),
    }
}

/// `with_item (',' with_item)*`.
fn with_items(i: Tokens) -> PResult<Vec<WithItem>> {
    let (mut rest, first) = with_item(i)?;
    let mut items = vec![first];
    while at_op(rest, Op::Comma) {
        match with_item(rest.advance(1)) {
            Ok((after, item)) => {
                items.push(item);
                rest = after;
            }
            Err(nom::Err::Error(_)) => break,
            Err(e) => return Err(e),
        }
    }
    Ok((rest, items))
}

/// `with_item`: `context` or `context as target` (the target followed by `,`, `)` or `:`).
fn with_item(i: Tokens) -> PResult<WithItem> {
    let (rest, context) = expression(i)?;
    let plain = |rest: Tokens<'_>| {
        let span = rest.span_from(i.start());
        WithItem {
            context: context.expr.clone(),
            target: None,
            span,
        }
    };
    let Ok((after, _)) = kw(Keyword::As)(rest) else {
        return Ok((rest, plain(rest)));
    };
    match star_targets_single(after) {
        Ok((after, target)) => {
            let span = after.span_from(i.start());
            let item = WithItem {
                context: context.expr,
                target: Some(target),
                span,
            };
            Ok((after, item))
        }
        Err(nom::Err::Error(_)) if i.errors() => Err(super::invalid_stmt::with_target(after)),
        Err(e) => Err(e),
    }
}

/// The target of `with ... as target`, which must be followed by `,`, `)` or `:`.
fn star_targets_single(i: Tokens) -> PResult<Target> {
    let (rest, target) = super::target::star_target_alone(i)?;
    match rest.kind() {
        TokenKind::Op(Op::Comma | Op::RPar | Op::Colon) => Ok((rest, target)),
        _ => mismatch(),
    }
}

#[cfg(test)]
mod tests {
    use crate::syntax::ast::*;
    use crate::syntax::testing::{show, show_target, stmt};

    #[test]
    fn if_elif_else() {
        let StmtKind::If { test, body, orelse } =
            stmt("if a:\n    x\nelif b:\n    y\nelse:\n    z\n").kind
        else {
            panic!()
        };
        assert_eq!((show(&test), body.len()), ("a".into(), 1));
        let [
            Stmt {
                kind: StmtKind::If { test, orelse, .. },
                ..
            },
        ] = orelse.as_slice()
        else {
            panic!()
        };
        assert_eq!((show(test), orelse.len()), ("b".into(), 1));
        assert!(
            matches!(stmt("if x: y = 1; z = 2").kind, StmtKind::If { ref body, .. } if body.len() == 2)
        );
    }

    #[test]
    fn loops() {
        let StmtKind::For {
            target,
            iter,
            orelse,
            is_async,
            ..
        } = stmt("for i, (j, *k) in zip(a, b):\n    pass\nelse:\n    pass").kind
        else {
            panic!()
        };
        assert_eq!(show_target(&target), "(tuple i (tuple j (* k)))");
        assert_eq!(
            (show(&iter), orelse.len(), is_async),
            ("(call zip a b)".into(), 1, false)
        );
        let StmtKind::While { test, .. } = stmt("while (n := n - 1) > 0: pass").kind else {
            panic!()
        };
        assert_eq!(show(&test), "(cmp (:= n (- n 1)) > 0)");
    }

    #[test]
    fn try_and_with() {
        let src = "try:\n    x\nexcept (A, B) as e:\n    y\nexcept C:\n    z\nexcept:\n    w\nelse:\n    v\nfinally:\n    u\n";
        let StmtKind::Try(node) = stmt(src).kind else {
            panic!()
        };
        let handlers: Vec<(Option<String>, Option<String>)> = node
            .handlers
            .iter()
            .map(|h| (h.exception.as_ref().map(show), h.name.clone()))
            .collect();
        assert_eq!(
            handlers,
            [
                (Some("(tuple A B)".into()), Some("e".into())),
                (Some("C".into()), None),
                (None, None)
            ]
        );
        assert_eq!(
            (node.orelse.len(), node.finalbody.len(), node.is_star),
            (1, 1, false)
        );
        let StmtKind::Try(node) = stmt("try:\n    x\nexcept* E:\n    y\n").kind else {
            panic!()
        };
        assert!(node.is_star);
        let StmtKind::With { items, .. } = stmt("with a as b, c as (d, e), f:\n    pass").kind
        else {
            panic!()
        };
        let shown: Vec<String> = items
            .iter()
            .map(|i| i.target.as_ref().map_or("-".into(), show_target))
            .collect();
        assert_eq!(shown, ["b", "(tuple d e)", "-"]);
        let StmtKind::With { items, .. } = stmt("with (a as b, c):\n    pass").kind else {
            panic!()
        };
        assert_eq!(items.len(), 2);
    }
}
