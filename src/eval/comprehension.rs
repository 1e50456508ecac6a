//! List comprehensions, and generator expressions consumed at once by the call they are
//! passed to (`sum(x * x for x in a)`).
//!
//! As in Python 3, a comprehension runs in a scope of its own: its `for` targets are bound
//! there and vanish when it ends, so `[i for i in range(3)]` leaves no `i` behind; the first
//! iterable is evaluated in the enclosing scope, everything else inside.

use std::rc::Rc;

use crate::eval::{EvalResult, Interpreter};
use crate::syntax::{Comprehension, Expr, ExprKind};
use crate::value::{Function, Scope, Table, Value};

impl Interpreter {
    /// `[elt for ...]`: a new list.
    pub(super) fn eval_list_comprehension(
        &mut self,
        elt: &Expr,
        generators: &[Comprehension],
    ) -> EvalResult<Value> {
        let mut items = Vec::new();
        self.run_comprehension(generators, &mut |me| {
            items.push(me.eval(elt)?);
            Ok(())
        })?;
        Ok(Value::List(Rc::new(std::cell::RefCell::new(items))))
    }

    /// The argument `arg` of a call to `callee`, with a generator expression that is the
    /// call's only argument computed at once when `callee` consumes it whole before doing
    /// anything else (`sum`, `min`, `max`, `sorted`, `list`, `tuple`): the same items, in
    /// the same order, as Python's lazy generator gives it. `None` for any other argument.
    pub(super) fn consumed_generator(
        &mut self,
        callee: &Value,
        arg: &Expr,
        only_argument: bool,
    ) -> Option<EvalResult<Value>> {
        let ExprKind::GeneratorExp { elt, generators } = &arg.kind else {
            return None;
        };
        if !only_argument || !consumes_whole(callee) {
            return None;
        }
        Some(self.eval_list_comprehension(elt, generators))
    }

    /// Runs `each` once for every combination of items the `for` clauses visit and their
    /// `if`s keep, inside a new scope.
    pub(super) fn run_comprehension(
        &mut self,
        generators: &[Comprehension],
        each: &mut dyn FnMut(&mut Self) -> EvalResult<()>,
    ) -> EvalResult<()> {
        let first = self.eval(&generators[0].iter)?;
        let scope = Scope::of_comprehension(self.scope.clone());
        let enclosing = self.scope.replace(Rc::new(scope));
        let result = self.comprehension_clause(generators, first, each);
        self.scope = enclosing;
        result
    }

    /// The clause `generators[0]` over `iterable`, and the clauses after it.
    fn comprehension_clause(
        &mut self,
        generators: &[Comprehension],
        iterable: Value,
        each: &mut dyn FnMut(&mut Self) -> EvalResult<()>,
    ) -> EvalResult<()> {
        let clause = &generators[0];
        let mut items = self.loop_items(iterable, clause.iter.span)?;
        while let Some(item) = self.next_item(&mut items, clause.iter.span)? {
            self.assign_to(&clause.target, item)?;
            if !self.all_true(&clause.ifs)? {
                continue;
            }
            match &generators[1..] {
                [] => each(self)?,
                inner => {
                    let iterable = self.eval(&inner[0].iter)?;
                    self.comprehension_clause(inner, iterable, each)?;
                }
            }
        }
        Ok(())
    }

    /// True when every condition holds (tested left to right, stopping at the first false).
    fn all_true(&mut self, conditions: &[Expr]) -> EvalResult<bool> {
        for condition in conditions {
            if !self.test(condition)? {
                return Ok(false);
            }
        }
        Ok(true)
    }
}

/// True for the builtins that read a whole iterable before they do anything else.
fn consumes_whole(callee: &Value) -> bool {
    match callee {
        Value::Function(function) => matches!(
            function.as_ref(),
            Function::Native(id) if id.table == Table::Builtins
                && matches!(id.name, "sum" | "min" | "max" | "sorted")
        ),
        Value::Class(name) => matches!(*name, "list" | "tuple"),
        _ => false,
    }
}
