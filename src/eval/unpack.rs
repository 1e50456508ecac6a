//! Unpacking: `a, *rest = x` and `for a, *b in ...`, `*x` inside list and tuple displays,
//! and `f(*args)` in calls, each with CPython's errors for what cannot be unpacked.

use crate::eval::{EvalError, EvalResult, Interpreter};
use crate::syntax::{Expr, ExprKind, Span, Target};
use crate::value::{Function, Value};

impl Interpreter {
    /// The items of `value` for an unpacking, a value that is not iterable at all raising a
    /// `TypeError` worded `not_iterable` (an iterable that fails keeps its own error).
    fn unpacked_items(
        &mut self,
        value: &Value,
        span: Span,
        not_iterable: impl FnOnce(&str) -> String,
    ) -> EvalResult<Vec<Value>> {
        self.iterate(value, span).map_err(|error| {
            let plain = format!("'{}' object is not iterable", value.type_name());
            match error.message == plain {
                true => EvalError::type_error(not_iterable(value.type_name()), span),
                false => error,
            }
        })
    }

    /// `targets = value` for a tuple of targets, at most one of them starred (it takes a
    /// list of what the others leave).
    pub(super) fn assign_unpacked(
        &mut self,
        targets: &[Target],
        value: Value,
        span: Span,
    ) -> EvalResult<()> {
        let not_iterable =
            |type_name: &str| format!("cannot unpack non-iterable {type_name} object");
        let mut values = self.unpacked_items(&value, span, not_iterable)?;
        let starred = targets
            .iter()
            .position(|target| matches!(target, Target::Starred { .. }));
        let Some(star) = starred else {
            check_unpacked_count(values.len(), targets.len(), span)?;
            return targets
                .iter()
                .zip(values)
                .try_for_each(|(target, value)| self.assign_to(target, value));
        };
        let fixed = targets.len() - 1;
        if values.len() < fixed {
            let message = format!(
                "not enough values to unpack (expected at least {fixed}, got {})",
                values.len()
            );
            return Err(EvalError::value_error(message, span));
        }
        let after = values.split_off(values.len() - (fixed - star));
        let middle = values.split_off(star);
        let rest = Value::List(std::rc::Rc::new(std::cell::RefCell::new(middle)));
        let ordered = values.into_iter().chain([rest]).chain(after);
        targets
            .iter()
            .zip(ordered)
            .try_for_each(|(target, value)| match target {
                Target::Starred { target, .. } => self.assign_to(target, value),
                plain => self.assign_to(plain, value),
            })
    }

    /// The values of a list or tuple display's items, each `*x` spread out.
    pub(super) fn eval_display_items(&mut self, items: &[Expr]) -> EvalResult<Vec<Value>> {
        let mut values = Vec::with_capacity(items.len());
        for item in items {
            match &item.kind {
                ExprKind::Starred(inner) => {
                    let value = self.eval(inner)?;
                    let not_iterable =
                        |t: &str| format!("Value after * must be an iterable, not {t}");
                    values.extend(self.unpacked_items(&value, item.span, not_iterable)?);
                }
                _ => values.push(self.eval(item)?),
            }
        }
        Ok(values)
    }

    /// The positional arguments `*inner` gives a call of `callee`.
    pub(super) fn starred_arguments(
        &mut self,
        callee: &Value,
        inner: &Expr,
        span: Span,
    ) -> EvalResult<Vec<Value>> {
        let value = self.eval(inner)?;
        if is_not_iterable(&value) {
            let Some(shown) = function_str(callee) else {
                return Err(EvalError::unsupported(
                    "a '*' argument that is not iterable, for this callable",
                    span,
                ));
            };
            let message = format!(
                "{shown} argument after * must be an iterable, not {}",
                value.type_name()
            );
            return Err(EvalError::type_error(message, span));
        }
        self.iterate(&value, span)
    }
}

/// True for the values Python cannot iterate at all.
fn is_not_iterable(value: &Value) -> bool {
    matches!(
        value,
        Value::None
            | Value::Bool(_)
            | Value::Int(_)
            | Value::Float(_)
            | Value::Scalar(..)
            | Value::DType(_)
            | Value::Function(_)
            | Value::Module(_)
            | Value::Exception(_)
            | Value::ExceptionType(_)
    )
}

/// CPython's `ValueError` when `got` values do not unpack into `expected` targets.
fn check_unpacked_count(got: usize, expected: usize, span: Span) -> EvalResult<()> {
    let message = match got.cmp(&expected) {
        std::cmp::Ordering::Equal => return Ok(()),
        std::cmp::Ordering::Greater => format!("too many values to unpack (expected {expected})"),
        std::cmp::Ordering::Less => {
            format!("not enough values to unpack (expected {expected}, got {got})")
        }
    };
    Err(EvalError::value_error(message, span))
}

/// How CPython names a callable in a call's argument errors (`_PyObject_FunctionStr`):
/// `__main__.f()`, `print()`, `numpy.zeros()`, `ndarray.sum()`; `None` where viewfinder does
/// not know it.
fn function_str(callee: &Value) -> Option<String> {
    use crate::value::{FunctionKind, Table};
    match callee {
        Value::Function(function) => match function.as_ref() {
            Function::User(user) | Function::Bound { function: user, .. } => {
                Some(format!("__main__.{}()", user.code.qualname))
            }
            Function::Native(id) => match (id.table, id.shown_as) {
                (Table::Builtins, _) => Some(format!("{}()", id.name)),
                (Table::NumPy, FunctionKind::Python | FunctionKind::Builtin) => {
                    Some(format!("numpy.{}()", id.name))
                }
                _ => None,
            },
            Function::Method { id, receiver } => match (id.table, receiver) {
                (Table::NdArray, Value::Array(_))
                | (Table::List | Table::Tuple | Table::Bytes | Table::ByteArray, _) => {
                    let name = crate::eval::call::row_of(*id).name;
                    Some(format!("{}{name}()", id.table.prefix()))
                }
                _ => None,
            },
        },
        Value::Class(name) if !name.contains('.') => Some(format!("{name}()")),
        _ => None,
    }
}
