//! Statements: assignment, augmented assignment, `del`, imports, expression statements.
//!
//! Every write into an array goes through `assign_to`, whose `Target` says whether a whole
//! name is rebound or a place inside a shared buffer is written.

use crate::eval::{Dialect, EvalError, EvalResult, Interpreter};
use crate::exception::ExceptionKind;
use crate::syntax::{BinOp, Expr, ExprKind, Span, Stmt, StmtKind, Target};
use crate::value::{Module, Value};

impl Interpreter {
    /// Runs one statement (the journal and outcome are already fresh).
    pub(crate) fn exec_stmt(&mut self, stmt: &Stmt) -> EvalResult<()> {
        if let Some(refusal) = super::unsupported_syntax::inside_statement(stmt) {
            return Err(refusal);
        }
        match &stmt.kind {
            StmtKind::Expr(expr) => self.exec_expr_stmt(expr),
            StmtKind::Assign { targets, value } => self.exec_assign(targets, value),
            StmtKind::AugAssign { target, op, value } => self.exec_aug_assign(target, *op, value),
            StmtKind::Del(targets) => targets.iter().try_for_each(|t| self.exec_del(t)),
            StmtKind::Import { module, alias } => {
                self.exec_import(module, alias.as_deref(), stmt.span)
            }
            StmtKind::FromImport { module, names } => {
                self.exec_from_import(module, names, stmt.span)
            }
            StmtKind::Pass | StmtKind::Global(_) | StmtKind::Nonlocal(_) => Ok(()),
            StmtKind::Assert { test, msg } => self.exec_assert(test, msg.as_ref()),
            _ => Err(super::unsupported_syntax::statement(stmt)),
        }
    }

    /// `assert test, msg`: an `AssertionError` (with `str(msg)`) when `test` is false.
    fn exec_assert(&mut self, test: &Expr, msg: Option<&Expr>) -> EvalResult<()> {
        if self.test(test)? {
            return Ok(());
        }
        let message = match msg {
            Some(msg) => self.eval(msg)?.to_str(),
            None => String::new(),
        };
        Err(EvalError::new(
            ExceptionKind::AssertionError,
            message,
            test.span,
        ))
    }

    fn exec_expr_stmt(&mut self, expr: &Expr) -> EvalResult<()> {
        let value = self.eval(expr)?;
        crate::eval::python::ops::check_exception_reprs(&value, false, expr.span)?;
        if self.echoes && crate::eval::class::repr_needs_interpreter(&value, 998) {
            self.outcome.echo_text = Some(self.repr_of(&value, expr.span)?);
        }
        if !matches!(value, Value::None) {
            self.outcome.echo = Some(value);
        }
        Ok(())
    }

    fn exec_assign(&mut self, targets: &[Target], value: &Expr) -> EvalResult<()> {
        let value = self.eval(value)?;
        if let [Target::Name { name, .. }] = targets {
            self.bind_as_last_action(name, value);
            return Ok(());
        }
        if let [target] = targets
            && self.writes_without_side_effects(target)
        {
            return self.as_final_write(|me| me.assign_to(target, value));
        }
        targets
            .iter()
            .try_for_each(|target| self.assign_to(target, value.clone()))
    }

    /// Stores `value` into `target`: rebinding a name, or writing into an object.
    pub(crate) fn assign_to(&mut self, target: &Target, value: Value) -> EvalResult<()> {
        match target {
            Target::Name { name, .. } => {
                self.bind(name, value);
                Ok(())
            }
            Target::Subscript {
                object,
                index,
                span,
            } => {
                let container = self.eval(object)?;
                self.set_item(&container, index, value, *span)
            }
            Target::Attribute { object, attr, span } => {
                let owner = self.eval(object)?;
                self.set_attribute(&owner, attr, value, *span)
            }
            Target::Tuple { items, span } => self.assign_unpacked(items, value, *span),
            Target::Starred { span, .. } => Err(super::unsupported_syntax::starred(*span)),
        }
    }

    fn exec_aug_assign(&mut self, target: &Target, op: BinOp, value: &Expr) -> EvalResult<()> {
        let operand = self.eval(value)?;
        self.aug_assign_to(target, op, operand)
            .map_err(|error| crate::eval::expr::blame_operand(error, target.span(), value.span))
            .map_err(|error| augmented_operator_message(error, op))
    }

    fn aug_assign_to(&mut self, target: &Target, op: BinOp, operand: Value) -> EvalResult<()> {
        match target {
            Target::Name { name, span } => {
                let current = self.lookup_name(name, *span)?;
                let result =
                    self.as_final_write(|me| me.in_place_op(op, &current, &operand, *span, name))?;
                if !result.is_same_object(&current) {
                    self.bind_as_last_action(name, result);
                }
                Ok(())
            }
            Target::Subscript {
                object,
                index,
                span,
            } => {
                let container = self.eval(object)?;
                let current = self.get_item(&container, index, *span)?;
                let text = self.text(*span);
                let update = |me: &mut Self| {
                    let result = me.in_place_op(op, &current, &operand, *span, &text)?;
                    me.store_updated_item(&container, index, &current, result, *span)
                };
                match self.writes_without_side_effects(target) {
                    true => self.as_final_write(update),
                    false => update(self),
                }
            }
            Target::Attribute { object, attr, span } => {
                let owner = self.eval(object)?;
                let current = self.get_attribute(&owner, attr, *span)?;
                let text = self.text(*span);
                let result = self.in_place_op(op, &current, &operand, *span, &text)?;
                self.set_attribute(&owner, attr, result, *span)
            }
            Target::Tuple { span, .. } | Target::Starred { span, .. } => Err(
                EvalError::unsupported("augmented assignment to this target", *span),
            ),
        }
    }

    /// Stores the result of `container[index] op= operand` back, as Python does, unless it
    /// was computed in place in a view of the container (then it is already there).
    fn store_updated_item(
        &mut self,
        container: &Value,
        index: &Expr,
        current: &Value,
        result: Value,
        span: Span,
    ) -> EvalResult<()> {
        let is_view_written = matches!(container, Value::Array(_))
            && matches!(current, Value::Array(a) if !a.owns_data())
            && result.is_same_object(current)
            && self.index_is_basic(index);
        if is_view_written {
            return Ok(());
        }
        self.set_item(container, index, result, span)
    }

    /// True when storing into `target` evaluates nothing that could write: a name, or a name
    /// subscripted by literals and names (`a[1:3]`, `m[i, ::2]`). Only then is the store's
    /// write the statement's last fallible action, which `as_final_write` relies on.
    fn writes_without_side_effects(&self, target: &Target) -> bool {
        match target {
            Target::Name { .. } => true,
            Target::Subscript { object, index, .. } => {
                matches!(object.kind, ExprKind::Name(_)) && is_plain_index(index)
            }
            Target::Attribute { .. } | Target::Tuple { .. } | Target::Starred { .. } => false,
        }
    }

    pub(super) fn exec_del(&mut self, target: &Target) -> EvalResult<()> {
        match target {
            Target::Name { name, span } => {
                if let Some(unbound) = self.unbind_in_scope(name, *span) {
                    return unbound.map(drop);
                }
                let previous = self
                    .names
                    .remove(name)
                    .ok_or_else(|| self.name_error(name, *span))?;
                self.forget_binding_order(name);
                self.journal.name(name, Some(previous.clone()));
                self.outcome.record_name(name, None, Some(previous), true);
                Ok(())
            }
            Target::Subscript {
                object,
                index,
                span,
            } => {
                let container = self.eval(object)?;
                self.del_item(&container, index, *span)
            }
            Target::Tuple { items, .. } => items.iter().try_for_each(|t| self.exec_del(t)),
            Target::Attribute { span, .. } => {
                Err(EvalError::unsupported("deleting attributes", *span))
            }
            Target::Starred { span, .. } => Err(super::unsupported_syntax::starred(*span)),
        }
    }

    /// `import numpy as np`, `import numpy.linalg`, `import array`.
    fn exec_import(&mut self, module: &str, alias: Option<&str>, span: Span) -> EvalResult<()> {
        let imported = module_named(module, span)?;
        match alias {
            Some(alias) => self.bind(alias, imported),
            None => {
                let top = module.split('.').next().unwrap_or(module);
                let top_module = module_named(top, span)?;
                self.bind(top, top_module);
            }
        }
        self.switch_to_python();
        Ok(())
    }

    /// `from numpy import zeros, arange as ar`: each name as an attribute of the module, a
    /// name the module has but viewfinder does not model refused honestly.
    fn exec_from_import(
        &mut self,
        module: &str,
        names: &[(String, Option<String>)],
        span: Span,
    ) -> EvalResult<()> {
        let source = module_named(module, span)?;
        for (name, alias) in names {
            if name == "*" {
                return Err(EvalError::unsupported(
                    format!("from {module} import *"),
                    span,
                ));
            }
            let value =
                self.get_attribute(&source, name, span)
                    .map_err(|error| match error.kind {
                        ExceptionKind::NotImplementedError => error,
                        _ => {
                            let message = format!("cannot import name '{name}' from '{module}'");
                            EvalError::new(ExceptionKind::ImportError, message, span)
                        }
                    })?;
            self.bind(alias.as_deref().unwrap_or(name), value);
        }
        self.switch_to_python();
        Ok(())
    }

    fn switch_to_python(&mut self) {
        if self.dialect != Dialect::Python {
            self.dialect = Dialect::Python;
            self.outcome.dialect_switch = Some(Dialect::Python);
        }
    }

    /// True when every item of a subscript is an integer, slice, `...` or `None` literal or
    /// a name holding an integer: indexing with it makes a view.
    fn index_is_basic(&self, index: &Expr) -> bool {
        let items: Vec<&Expr> = match &index.kind {
            ExprKind::Tuple(items) => items.iter().collect(),
            _ => vec![index],
        };
        items.iter().all(|item| match &item.kind {
            ExprKind::Slice { .. } | ExprKind::Ellipsis | ExprKind::None | ExprKind::Int(_) => true,
            ExprKind::Unary { operand, .. } => matches!(operand.kind, ExprKind::Int(_)),
            ExprKind::Name(name) => matches!(self.names.get(name), Some(Value::Int(_)) | None),
            _ => false,
        })
    }
}

/// True when an index is made of literals, names, `...`, `None` and slices of those: reading
/// it has no side effects.
fn is_plain_index(index: &Expr) -> bool {
    let is_plain = |part: &Expr| match &part.kind {
        ExprKind::Int(_) | ExprKind::Name(_) | ExprKind::None | ExprKind::Ellipsis => true,
        ExprKind::Unary { operand, .. } => matches!(operand.kind, ExprKind::Int(_)),
        _ => false,
    };
    let is_plain_item = |item: &Expr| match &item.kind {
        ExprKind::Slice { lower, upper, step } => [lower, upper, step]
            .into_iter()
            .flatten()
            .all(|part| is_plain(part)),
        _ => is_plain(item),
    };
    match &index.kind {
        ExprKind::Tuple(items) => items.iter().all(is_plain_item),
        _ => is_plain_item(index),
    }
}

/// The module `name` (dotted), if viewfinder models it, else an honest refusal (viewfinder
/// cannot tell a module it does not model from one that does not exist).
fn module_named(name: &str, span: Span) -> EvalResult<Value> {
    let found = match name.split_once('.') {
        None if name == "numpy" => Some(Value::Module(Module::NumPy)),
        None if name == "array" => Some(Value::Module(Module::Array)),
        None => crate::eval::python::standard_module(name),
        Some(("numpy", path)) => crate::eval::numpy::submodule(path),
        _ => None,
    };
    found.ok_or_else(|| crate::eval::refusal::unmodelled_module(name, span))
}

/// CPython names the augmented operator in the `TypeError` of `x op= y` when neither operand
/// supports it (`unsupported operand type(s) for -=: 'tuple' and 'int'`).
fn augmented_operator_message(mut error: EvalError, op: BinOp) -> EvalError {
    let binary = match op {
        BinOp::Pow => "** or pow()".to_string(),
        _ => op.symbol().to_string(),
    };
    let prefix = format!("unsupported operand type(s) for {binary}:");
    if error.kind == ExceptionKind::TypeError && error.message.starts_with(&prefix) {
        let rest = &error.message[prefix.len()..];
        error.message = format!("unsupported operand type(s) for {}=:{rest}", op.symbol());
    }
    error
}
