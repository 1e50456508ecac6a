//! List comprehensions, generator expressions consumed at once by the call they are passed
//! to (`sum(x * x for x in a)`, `", ".join(str(n) for n in a)`), and those `any` and `all`
//! read item by item, stopping where Python's would.
//!
//! As in Python 3, a comprehension runs in a scope of its own: its `for` targets are bound
//! there and vanish when it ends, so `[i for i in range(3)]` leaves no `i` behind; the first
//! iterable is evaluated in the enclosing scope, everything else inside.

use std::rc::Rc;

use crate::eval::{EvalResult, Interpreter};
use crate::syntax::{Comprehension, Expr, ExprKind, Span};
use crate::value::{Function, Scope, Table, Value};

impl Interpreter {
    /// `[elt for ...]` at `span`: a new list.
    pub(super) fn eval_list_comprehension(
        &mut self,
        elt: &Expr,
        generators: &[Comprehension],
        span: Span,
    ) -> EvalResult<Value> {
        self.collect_comprehension(elt, generators, ("<listcomp>", span))
    }

    /// The items of a comprehension; an error inside it gets the frame CPython gives it
    /// (`frame`: its name, and where the enclosing frame points, the comprehension or the
    /// call that reads the generator).
    fn collect_comprehension(
        &mut self,
        elt: &Expr,
        generators: &[Comprehension],
        frame: (&'static str, Span),
    ) -> EvalResult<Value> {
        let mut items = Vec::new();
        self.run_comprehension(generators, frame, &mut |me| {
            items.push(me.eval(elt)?);
            Ok(Step::Continue)
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
        call_span: Span,
    ) -> Option<EvalResult<Value>> {
        let ExprKind::GeneratorExp { elt, generators } = &arg.kind else {
            return None;
        };
        if !only_argument {
            return None;
        }
        let frame = ("<genexpr>", call_span);
        if let Some(wanted) = short_circuit_truth(callee) {
            return Some(self.items_until_truth(elt, generators, wanted, frame));
        }
        if matches!(callee, Value::Class("set" | "frozenset")) {
            return Some(self.hashable_items(elt, generators, frame));
        }
        if !consumes_whole(callee) {
            return None;
        }
        Some(self.collect_comprehension(elt, generators, frame))
    }

    /// The items `any(elt for ...)` (`wanted` true) or `all(...)` (false) reads: computed one
    /// at a time up to the first whose truth is `wanted`, where Python's generator stops
    /// being read (a list of them, which the call then reads to the same answer).
    fn items_until_truth(
        &mut self,
        elt: &Expr,
        generators: &[Comprehension],
        wanted: bool,
        frame: (&'static str, Span),
    ) -> EvalResult<Value> {
        let mut items = Vec::new();
        self.run_comprehension(generators, frame, &mut |me| {
            let item = me.eval(elt)?;
            let decides = me.truthy(&item, elt.span)? == wanted;
            items.push(item);
            Ok(if decides { Step::Stop } else { Step::Continue })
        })?;
        Ok(Value::List(Rc::new(std::cell::RefCell::new(items))))
    }

    /// The items `set(elt for ...)` reads: computed one at a time, each hashed before the
    /// next is computed as `set` adds it (its `TypeError` raised outside the generator's
    /// frame, where `set` raises it); `set` then adds them in the same order.
    fn hashable_items(
        &mut self,
        elt: &Expr,
        generators: &[Comprehension],
        frame: (&'static str, Span),
    ) -> EvalResult<Value> {
        let mut items = Vec::new();
        let mut unhashable = None;
        self.run_comprehension(generators, frame, &mut |me| {
            let item = me.eval(elt)?;
            if let Err(error) = me.hash_key(&item, frame.1) {
                unhashable = Some(error);
                return Ok(Step::Stop);
            }
            items.push(item);
            Ok(Step::Continue)
        })?;
        match unhashable {
            Some(error) => Err(error),
            None => Ok(Value::List(Rc::new(std::cell::RefCell::new(items)))),
        }
    }

    /// Runs `each` once for every combination of items the `for` clauses visit and their
    /// `if`s keep, inside a new scope: the comprehension's own frame (`frame`), which an
    /// error raised inside it leaves through (the first iterable is evaluated outside).
    pub(super) fn run_comprehension(
        &mut self,
        generators: &[Comprehension],
        frame: (&'static str, Span),
        each: &mut dyn FnMut(&mut Self) -> EvalResult<Step>,
    ) -> EvalResult<()> {
        let first = self.eval_iterable(&generators[0].iter)?;
        let scope = Scope::of_comprehension(self.scope.clone());
        let enclosing = self.scope.replace(Rc::new(scope));
        let result = self.comprehension_clause(generators, first, each);
        self.scope = enclosing;
        let source = Rc::clone(&self.source);
        result
            .map(|_| ())
            .map_err(|error| error.through_frame(frame.0, source, frame.1))
    }

    /// The clause `generators[0]` over `iterable`, and the clauses after it.
    fn comprehension_clause(
        &mut self,
        generators: &[Comprehension],
        iterable: Value,
        each: &mut dyn FnMut(&mut Self) -> EvalResult<Step>,
    ) -> EvalResult<Step> {
        let clause = &generators[0];
        let mut items = self.loop_items(iterable, clause.iter.span)?;
        while let Some(item) = self.next_item(&mut items, clause.iter.span)? {
            self.assign_to(&clause.target, item)?;
            if !self.all_true(&clause.ifs)? {
                continue;
            }
            let step = match &generators[1..] {
                [] => each(self)?,
                inner => {
                    let iterable = self.eval_iterable(&inner[0].iter)?;
                    self.comprehension_clause(inner, iterable, each)?
                }
            };
            if step == Step::Stop {
                return Ok(Step::Stop);
            }
        }
        Ok(Step::Continue)
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

/// Whether a comprehension goes on to its next item.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Step {
    Continue,
    Stop,
}

/// True for the callables that read a whole iterable before they do anything else.
fn consumes_whole(callee: &Value) -> bool {
    match callee {
        Value::Function(function) => match function.as_ref() {
            Function::Native(id) => {
                id.table == Table::Builtins && matches!(id.name, "sum" | "min" | "max" | "sorted")
            }
            Function::Method { id, .. } => id.table == Table::Str && id.name == "join",
            _ => false,
        },
        Value::Class(name) => matches!(*name, "list" | "tuple"),
        _ => false,
    }
}

/// For `any` (true) and `all` (false): the truth that ends their reading.
fn short_circuit_truth(callee: &Value) -> Option<bool> {
    let Value::Function(function) = callee else {
        return None;
    };
    match function.as_ref() {
        Function::Native(id) if id.table == Table::Builtins && id.name == "any" => Some(true),
        Function::Native(id) if id.table == Table::Builtins && id.name == "all" => Some(false),
        _ => None,
    }
}
