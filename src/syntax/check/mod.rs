//! The errors CPython raises after parsing and before running anything.
//!
//! `python3 script.py` compiles the whole file first, so some mistakes stop a program before
//! its first line runs even though the file parses: `break` outside a loop, `return` outside
//! a function, a repeated keyword argument, `*a = x`. CPython finds them in two steps, and
//! so does this module: `scope` is its symbol table (`global` and `nonlocal` rules,
//! duplicate parameters, `yield` in a comprehension), then this file's walk is its
//! compiler, in source order.

mod scope;

use std::collections::HashSet;

use super::ast::*;
use super::lex::{Features, Keyword, syntax_error};
use super::parser::SyntaxError;
use super::walk::{all_params, try_for_each_child, try_parameter_exprs};

/// Checks a parsed program as CPython's symbol table and compiler do. `features` says what
/// the source uses: a pass that looks only for what it cannot contain is skipped.
pub(crate) fn check_program(program: &[Stmt], features: Features) -> Result<(), SyntaxError> {
    if needs_symbol_table(features) {
        scope::check_scopes(program, features)?;
    }
    if !needs_compiler(features) {
        return Ok(());
    }
    let mut compiler = Compiler {
        context: Context::default(),
    };
    compiler.block(program)
}

/// Symbol-table errors need `global`, `nonlocal`, parameters, or `yield` in a comprehension.
fn needs_symbol_table(features: Features) -> bool {
    use Keyword::*;
    [Global, Nonlocal, Def, Lambda]
        .iter()
        .any(|&k| features.has(k))
        || (features.has(For) && features.has(Yield))
}

/// The compiler's errors need one of these keywords, a `*`, a keyword argument or
/// `__debug__`.
fn needs_compiler(features: Features) -> bool {
    use Keyword::*;
    [Break, Continue, Return, Yield, Await, Try]
        .iter()
        .any(|&k| features.has(k))
        || [Features::STAR, Features::KEYWORD_ARGUMENT, Features::DEBUG]
            .iter()
            .any(|&bit| features.has_bit(bit))
}

/// What kind of function the code being checked is in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Function {
    /// `def`.
    Sync,
    /// `async def`.
    Async,
    /// `lambda`.
    Lambda,
}

/// Where the code being checked is.
#[derive(Clone, Copy, Debug, Default)]
struct Context {
    /// The innermost function (a class body ends it), if any.
    function: Option<Function>,
    /// That function is a generator (it has a `yield` of its own).
    generator: bool,
    /// Inside a loop body of that function (or of the module).
    in_loop: bool,
}

/// The result of a check.
type Checked = Result<(), SyntaxError>;

/// A `SyntaxError` at `span`.
fn error(message: impl Into<String>, span: Span) -> Checked {
    Err(syntax_error("SyntaxError", message, span))
}

/// CPython's compiler checks, walking statements and expressions in source order.
struct Compiler {
    context: Context,
}

impl Compiler {
    /// Checks statements in order.
    fn block(&mut self, stmts: &[Stmt]) -> Checked {
        stmts.iter().try_for_each(|s| self.stmt(s))
    }

    /// Checks `stmts` in `context`, then restores the current one.
    fn block_in(&mut self, context: Context, stmts: &[Stmt]) -> Checked {
        let saved = std::mem::replace(&mut self.context, context);
        let checked = self.block(stmts);
        self.context = saved;
        checked
    }

    /// Checks `stmts` as a loop body.
    fn loop_body(&mut self, stmts: &[Stmt]) -> Checked {
        let context = Context {
            in_loop: true,
            ..self.context
        };
        self.block_in(context, stmts)
    }

    /// Checks one statement.
    fn stmt(&mut self, s: &Stmt) -> Checked {
        match &s.kind {
            StmtKind::Break if !self.context.in_loop => error("'break' outside loop", s.span),
            StmtKind::Continue if !self.context.in_loop => {
                error("'continue' not properly in loop", s.span)
            }
            StmtKind::Return(value) => self.return_stmt(value.as_ref(), s.span),
            StmtKind::Expr(e) => self.expr(e),
            StmtKind::Assign { targets, value } => {
                self.expr(value)?;
                targets.iter().try_for_each(|t| self.target(t, true))
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.target(target, true)?;
                self.expr(value)
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                ..
            } => {
                self.target(target, true)?;
                self.expr(annotation)?;
                value.iter().try_for_each(|v| self.expr(v))
            }
            StmtKind::Del(targets) => targets.iter().try_for_each(|t| self.target(t, true)),
            StmtKind::If { test, body, orelse } => {
                self.expr(test)?;
                self.block(body)?;
                self.block(orelse)
            }
            StmtKind::While { test, body, orelse } => {
                self.expr(test)?;
                self.loop_body(body)?;
                self.block(orelse)
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                ..
            } => {
                self.expr(iter)?;
                self.target(target, true)?;
                self.loop_body(body)?;
                self.block(orelse)
            }
            StmtKind::FunctionDef(def) => self.function_def(def, s.span),
            StmtKind::ClassDef(class) => self.class_def(class),
            StmtKind::Try(node) => self.try_stmt(node),
            StmtKind::With { items, body, .. } => {
                for item in items {
                    self.expr(&item.context)?;
                    item.target.iter().try_for_each(|t| self.target(t, true))?;
                }
                self.block(body)
            }
            StmtKind::Match { subject, cases } => {
                self.expr(subject)?;
                for case in cases {
                    case.guard.iter().try_for_each(|g| self.expr(g))?;
                    self.block(&case.body)?;
                }
                Ok(())
            }
            StmtKind::Raise { exc, cause } => {
                exc.iter().chain(cause).try_for_each(|e| self.expr(e))
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test)?;
                msg.iter().try_for_each(|m| self.expr(m))
            }
            _ => Ok(()),
        }
    }

    /// `return`: only in a function.
    fn return_stmt(&mut self, value: Option<&Expr>, span: Span) -> Checked {
        if !matches!(
            self.context.function,
            Some(Function::Sync | Function::Async)
        ) {
            return error("'return' outside function", span);
        }
        let async_generator =
            self.context.function == Some(Function::Async) && self.context.generator;
        if value.is_some() && async_generator {
            return error("'return' with value in async generator", span);
        }
        value.iter().try_for_each(|v| self.expr(v))
    }

    /// A `def`: decorators, defaults and annotations here, the body in a new function.
    fn function_def(&mut self, def: &FunctionDef, span: Span) -> Checked {
        def.decorators.iter().try_for_each(|d| self.expr(d))?;
        self.parameters(&def.params, span)?;
        def.returns.iter().try_for_each(|r| self.expr(r))?;
        let function = if def.is_async {
            Function::Async
        } else {
            Function::Sync
        };
        let context = Context {
            function: Some(function),
            generator: def.body.iter().any(yields),
            in_loop: false,
        };
        self.block_in(context, &def.body)
    }

    /// Parameters' defaults and annotations, and "cannot assign to __debug__" (at `span`).
    fn parameters(&mut self, params: &Parameters, span: Span) -> Checked {
        try_parameter_exprs(params, &mut |e| self.expr(e))?;
        if all_params(params).any(|p| p.name == "__debug__") {
            return error("cannot assign to __debug__", span);
        }
        Ok(())
    }

    /// A `class`: decorators and bases here, the body outside any function.
    fn class_def(&mut self, class: &ClassDef) -> Checked {
        class.decorators.iter().try_for_each(|d| self.expr(d))?;
        self.arguments(&class.arguments)?;
        self.block_in(Context::default(), &class.body)
    }

    /// A `try`: a bare `except:` must be the last handler.
    fn try_stmt(&mut self, node: &Try) -> Checked {
        self.block(&node.body)?;
        let last = node.handlers.len().saturating_sub(1);
        for (n, handler) in node.handlers.iter().enumerate() {
            if handler.exception.is_none() && n < last {
                return error("default 'except:' must be last", handler.span);
            }
            handler.exception.iter().try_for_each(|e| self.expr(e))?;
            self.block(&handler.body)?;
        }
        self.block(&node.orelse)?;
        self.block(&node.finalbody)
    }

    /// A target: `*x` must be inside a tuple or list (once), and `__debug__` cannot be
    /// assigned. `top` is true for a whole target.
    fn target(&mut self, target: &Target, top: bool) -> Checked {
        match target {
            Target::Name { name, span } if name == "__debug__" => {
                error("cannot assign to __debug__", *span)
            }
            Target::Name { .. } => Ok(()),
            Target::Attribute { attr, span, .. } if attr == "__debug__" => {
                error("cannot assign to __debug__", *span)
            }
            Target::Attribute { object, .. } => self.expr(object),
            Target::Subscript { object, index, .. } => {
                self.expr(object)?;
                self.expr(index)
            }
            Target::Starred { span, .. } if top => error(
                "starred assignment target must be in a list or tuple",
                *span,
            ),
            Target::Starred { target, .. } => self.target(target, false),
            Target::Tuple { items, span } => {
                let starred = items
                    .iter()
                    .filter(|t| matches!(t, Target::Starred { .. }))
                    .count();
                if starred > 1 {
                    return error("multiple starred expressions in assignment", *span);
                }
                items.iter().try_for_each(|t| self.target(t, false))
            }
        }
    }

    /// Checks an expression and everything in it.
    fn expr(&mut self, e: &Expr) -> Checked {
        match &e.kind {
            ExprKind::Yield(_) | ExprKind::YieldFrom(_) => self.yield_expr(e)?,
            ExprKind::Await(_) => self.await_expr(e)?,
            ExprKind::Starred(_) => return error("can't use starred expression here", e.span),
            ExprKind::List(items) | ExprKind::Tuple(items) | ExprKind::Set(items) => {
                return items.iter().try_for_each(|item| self.element(item));
            }
            ExprKind::Call { func, args } => {
                self.expr(func)?;
                return self.arguments(args);
            }
            ExprKind::Lambda { params, body } => return self.lambda(params, body, e.span),
            _ => {}
        }
        try_for_each_child(e, &mut |child| self.expr(child))
    }

    /// An element of a display, which may be `*x`.
    fn element(&mut self, item: &Expr) -> Checked {
        match &item.kind {
            ExprKind::Starred(inner) => self.expr(inner),
            _ => self.expr(item),
        }
    }

    /// `yield`: only in a function; `yield from` not in an `async def`.
    fn yield_expr(&mut self, e: &Expr) -> Checked {
        match self.context.function {
            None => error("'yield' outside function", e.span),
            Some(Function::Async) if matches!(e.kind, ExprKind::YieldFrom(_)) => {
                error("'yield from' inside async function", e.span)
            }
            _ => Ok(()),
        }
    }

    /// `await`: only in an `async def`.
    fn await_expr(&mut self, e: &Expr) -> Checked {
        match self.context.function {
            None => error("'await' outside function", e.span),
            Some(Function::Async) => Ok(()),
            Some(_) => error("'await' outside async function", e.span),
        }
    }

    /// A call's (or a class's) arguments: `*x` allowed, each keyword at most once.
    fn arguments(&mut self, args: &[Arg]) -> Checked {
        let mut seen = HashSet::new();
        for arg in args {
            match arg {
                Arg::Positional(value) => self.element(value)?,
                Arg::Keyword { name, value, span } => {
                    if name == "__debug__" {
                        return error("cannot assign to __debug__", *span);
                    }
                    if !seen.insert(name.as_str()) {
                        return error(format!("keyword argument repeated: {name}"), *span);
                    }
                    self.expr(value)?;
                }
                Arg::DoubleStarred { value, .. } => self.expr(value)?,
            }
        }
        Ok(())
    }

    /// A `lambda`: defaults here, the body as a function's.
    fn lambda(&mut self, params: &Parameters, body: &Expr, span: Span) -> Checked {
        self.parameters(params, span)?;
        let saved = self.context;
        self.context = Context {
            function: Some(Function::Lambda),
            generator: false,
            in_loop: false,
        };
        let checked = self.expr(body);
        self.context = saved;
        checked
    }
}

/// True when `stmt` has a `yield` of the function it is in (not of a nested function,
/// class or lambda).
fn yields(stmt: &Stmt) -> bool {
    let mut found = false;
    let mut look = |e: &Expr| {
        found |= expr_yields(e);
    };
    match &stmt.kind {
        StmtKind::FunctionDef(_) | StmtKind::ClassDef(_) => return false,
        StmtKind::Expr(e) | StmtKind::Return(Some(e)) => look(e),
        StmtKind::Assign { value, .. } | StmtKind::AugAssign { value, .. } => look(value),
        StmtKind::AnnAssign {
            value: Some(value), ..
        } => look(value),
        _ => {}
    }
    found
        || nested_blocks(stmt)
            .iter()
            .any(|block| block.iter().any(yields))
}

/// True when `e` has a `yield` outside any lambda.
fn expr_yields(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => true,
        ExprKind::Lambda { .. } => false,
        _ => {
            let mut found = false;
            let _ = try_for_each_child(e, &mut |child| {
                found |= expr_yields(child);
                Ok::<(), ()>(())
            });
            found
        }
    }
}

/// The blocks directly inside a compound statement.
fn nested_blocks(stmt: &Stmt) -> Vec<&[Stmt]> {
    match &stmt.kind {
        StmtKind::If { body, orelse, .. }
        | StmtKind::While { body, orelse, .. }
        | StmtKind::For { body, orelse, .. } => vec![body, orelse],
        StmtKind::With { body, .. } => vec![body],
        StmtKind::Try(node) => {
            let mut blocks: Vec<&[Stmt]> = vec![&node.body, &node.orelse, &node.finalbody];
            blocks.extend(node.handlers.iter().map(|h| h.body.as_slice()));
            blocks
        }
        StmtKind::Match { cases, .. } => cases.iter().map(|c| c.body.as_slice()).collect(),
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests;
