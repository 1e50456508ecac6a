//! Definitions: `def` (and `async def`) with parameters and a return annotation, `class`
//! with bases and keywords, and the decorators above either.

use super::compound::{block, colon, header};
use super::expr::{expression, named_expression};
use super::input::{PResult, Tokens, at_kw, at_op, fatal, kw, mismatch, name, op};
use super::params::params;
use super::primary::{arguments, newline};
use super::stmt::statement_at;
use crate::syntax::ast::*;
use crate::syntax::lex::{Keyword, Op, TokenKind};

/// `decorators` then a function or class definition.
pub(super) fn decorated(i: Tokens) -> PResult<Stmt> {
    let start = i.start();
    let mut decorators = Vec::new();
    let mut rest = i;
    while let Ok((after, _)) = op(Op::At)(rest) {
        let (after, decorator) = named_expression(after)?;
        let (after, _) = newline(after)?;
        decorators.push(decorator.expr);
        rest = after;
    }
    match rest.kind() {
        TokenKind::Keyword(Keyword::Class) => class_def(rest, decorators, start),
        TokenKind::Keyword(Keyword::Def) => function_def(rest, decorators, start),
        TokenKind::Keyword(Keyword::Async)
            if rest.kind_at(1) == TokenKind::Keyword(Keyword::Def) =>
        {
            function_def(rest, decorators, start)
        }
        _ => mismatch(),
    }
}

/// `function_def`: `[async] def name(params) -> returns: body`, as a statement from `start`
/// (its first decorator, or `async`, or `def`).
pub(super) fn function_def(i: Tokens, decorators: Vec<Expr>, start: usize) -> PResult<Stmt> {
    let is_async = at_kw(i, Keyword::Async);
    let (rest, at) = kw(Keyword::Def)(i.advance(usize::from(is_async)))?;
    let (rest, (name, _)) = name(rest)?;
    let rest = match op(Op::LPar)(rest) {
        Ok((after, _)) => after,
        Err(_) => return Err(fatal("expected '('", rest.peek().span)),
    };
    let (rest, params) = params(rest)?;
    let (rest, _) = op(Op::RPar)(rest)?;
    let (rest, returns) = match op(Op::RArrow)(rest) {
        Ok((after, _)) => {
            let (after, returns) = expression(after)?;
            (after, Some(returns.expr))
        }
        Err(_) => (rest, None),
    };
    let (rest, _) = colon(rest, true)?;
    let (rest, body) = block(rest, &header("function definition", at.start))?;
    let def = FunctionDef {
        name,
        params,
        body,
        decorators,
        returns,
        is_async,
    };
    Ok((
        rest,
        statement_at(StmtKind::FunctionDef(Box::new(def)), start, &rest),
    ))
}

/// `class_def`: `class name(bases, keywords): body`, as a statement from `start`.
pub(super) fn class_def(i: Tokens, decorators: Vec<Expr>, start: usize) -> PResult<Stmt> {
    let (rest, at) = kw(Keyword::Class)(i)?;
    let (rest, (name, _)) = name(rest)?;
    let (rest, arguments) = match at_op(rest, Op::LPar) {
        true => {
            let (after, (args, _)) = arguments(rest.advance(1))?;
            let (after, _) = op(Op::RPar)(after)?;
            (after, args)
        }
        false => (rest, Vec::new()),
    };
    let (rest, _) = colon(rest, false)?;
    let (rest, body) = block(rest, &header("class definition", at.start))?;
    let class = ClassDef {
        name,
        arguments,
        body,
        decorators,
    };
    Ok((
        rest,
        statement_at(StmtKind::ClassDef(Box::new(class)), start, &rest),
    ))
}

#[cfg(test)]
mod tests {
    use crate::syntax::ast::*;
    use crate::syntax::testing::{show, show_params, stmt};

    #[test]
    fn functions() {
        let StmtKind::FunctionDef(def) =
            stmt("@cache\n@app.route('/')\nasync def f(a, /, b: int = 1, *args, c, **kw) -> str:\n    pass").kind
        else {
            panic!()
        };
        assert_eq!(def.name, "f");
        assert!(def.is_async);
        let decorators: Vec<String> = def.decorators.iter().map(show).collect();
        assert_eq!(decorators, ["cache", "(call (. app route) \"/\")"]);
        assert_eq!(show_params(&def.params), "a / b:int=1 *args c **kw");
        assert_eq!(def.returns.as_ref().map(show).as_deref(), Some("str"));
    }

    #[test]
    fn classes() {
        let StmtKind::ClassDef(class) = stmt("class A(B, *bases, metaclass=M):\n    x = 1").kind
        else {
            panic!()
        };
        assert_eq!(
            (class.name.as_str(), class.arguments.len(), class.body.len()),
            ("A", 3, 1)
        );
        let StmtKind::ClassDef(class) = stmt("class A: pass").kind else {
            panic!()
        };
        assert!(class.arguments.is_empty());
    }
}
