//! Where a name is, inside a function call or a comprehension: Python's LEGB rule.
//!
//! Inside a call, a name the function's body binds is local to the call (and reading it
//! before it is bound is an `UnboundLocalError`); a name declared `global` is the module's;
//! a `nonlocal` one, or one the function only reads, is looked up in the scopes the function
//! was defined in, then in the module, then among the builtins. A comprehension's scope holds
//! its loop variables only; everything else it reads is its surroundings'.

use std::rc::Rc;

use crate::eval::{EvalError, EvalResult, Interpreter};
use crate::exception::ExceptionKind;
use crate::syntax::Span;
use crate::value::{Scope, Value};

/// Where a name lives, seen from the running scope.
enum Place {
    /// Bound, to this value (when looking for a value to read).
    Bound(Value),
    /// In this scope (a call's local, a comprehension's variable, or a closure's cell).
    In(Rc<Scope>),
    /// Local to the running call, and not bound yet.
    UnboundLocal,
    /// Local to an enclosing call, and not bound yet.
    UnboundFree,
    /// The module's (or a builtin).
    Global,
}

impl Interpreter {
    /// The value of `name` in the running function or comprehension scopes: `None` when it
    /// is to be found in the module or among the builtins.
    pub(in crate::eval) fn scoped_value(
        &self,
        name: &str,
        span: Span,
    ) -> Option<EvalResult<Value>> {
        match self.place_of(name, false) {
            Place::Bound(value) => Some(Ok(value)),
            Place::In(_) => None,
            Place::UnboundLocal => Some(Err(unbound_local(name, span))),
            Place::UnboundFree => Some(Err(unbound_free(name, span))),
            Place::Global => None,
        }
    }

    /// Binds `name` in the running scope when it lives there: `Some(value)` back when it is
    /// the module's to bind.
    pub(in crate::eval) fn bind_in_scope(&mut self, name: &str, value: Value) -> Option<Value> {
        match self.place_of(name, true) {
            Place::In(scope) => {
                scope.vars.borrow_mut().insert(name.to_string(), value);
                None
            }
            _ => Some(value),
        }
    }

    /// Unbinds `name` in the running scope (`del x` in a function): `None` when it is the
    /// module's to unbind.
    pub(in crate::eval) fn unbind_in_scope(
        &mut self,
        name: &str,
        span: Span,
    ) -> Option<EvalResult<Value>> {
        match self.place_of(name, true) {
            Place::In(scope) => {
                let removed = scope.vars.borrow_mut().remove(name);
                Some(removed.ok_or_else(|| unbound_local(name, span)))
            }
            Place::UnboundLocal => Some(Err(unbound_local(name, span))),
            Place::UnboundFree => Some(Err(unbound_free(name, span))),
            Place::Bound(_) | Place::Global => None,
        }
    }

    /// Where `name` is for reading (its value, when bound) or, `binding`, for binding, from
    /// the running scope.
    fn place_of(&self, name: &str, binding: bool) -> Place {
        let Some(innermost) = self.scope.as_ref() else {
            return Place::Global;
        };
        let mut scope = Rc::clone(innermost);
        let mut in_running_call = true;
        let found = |scope: &Rc<Scope>| match binding {
            true => Some(Place::In(Rc::clone(scope))),
            false => scope.vars.borrow().get(name).cloned().map(Place::Bound),
        };
        loop {
            match &scope.code {
                None => {
                    if let Some(place) = found(&scope) {
                        return place;
                    }
                }
                Some(code) if in_running_call && code.globals.contains(name) => {
                    return Place::Global;
                }
                Some(code) if code.locals.contains(name) => {
                    if let Some(place) = found(&scope) {
                        return place;
                    }
                    return match in_running_call {
                        true => Place::UnboundLocal,
                        false => Place::UnboundFree,
                    };
                }
                Some(code) if binding && !code.nonlocals.contains(name) => {
                    return Place::Global;
                }
                Some(_) => in_running_call = false,
            }
            let Some(parent) = scope.parent.clone() else {
                return Place::Global;
            };
            scope = parent;
        }
    }
}

/// CPython's `UnboundLocalError`.
fn unbound_local(name: &str, span: Span) -> EvalError {
    let message =
        format!("cannot access local variable '{name}' where it is not associated with a value");
    EvalError::new(ExceptionKind::UnboundLocalError, message, span)
}

/// CPython's `NameError` for a free variable read before the enclosing call binds it.
fn unbound_free(name: &str, span: Span) -> EvalError {
    let message = format!(
        "cannot access free variable '{name}' where it is not associated with a value in enclosing scope"
    );
    EvalError::new(ExceptionKind::NameError, message, span)
}
