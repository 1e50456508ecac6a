//! Compound statements: `if`, `while`, `for`, and the `break` and `continue` inside them.
//!
//! A compound statement is not one atomic step: each simple statement in it, and each test
//! or iteration of its header, is one (`Interpreter::atomically`). When one fails, what the
//! steps before it did stays done, as in Python, and the failure ends the whole statement.

use std::rc::Rc;

use crate::eval::{EvalResult, Interpreter};
use crate::syntax::{Expr, Span, Stmt, StmtKind, Target};
use crate::value::{IterState, Value};

/// How a block of statements ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Flow {
    /// It ran to its end.
    Normal,
    /// A `break` left the innermost loop.
    Break,
    /// A `continue` goes on with the innermost loop's next iteration.
    Continue,
    /// A `return` ended the running call (its value is `Interpreter::returned`).
    Return,
}

impl Interpreter {
    /// Runs one statement of any kind: a simple one as one atomic step, a compound one as
    /// the steps inside it.
    pub(super) fn exec_statement(&mut self, stmt: &Stmt) -> EvalResult<Flow> {
        match &stmt.kind {
            StmtKind::If { test, body, orelse } => {
                let branch = match self.atomically(test.span, |me| me.test(test))? {
                    true => body,
                    false => orelse,
                };
                self.exec_block(branch)
            }
            StmtKind::While { test, body, orelse } => self.exec_while(test, body, orelse),
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                is_async: false,
            } => self.exec_for(target, iter, body, orelse),
            StmtKind::Try(node) if !node.is_star => self.exec_try(node),
            StmtKind::ClassDef(def) if def.decorators.is_empty() => self
                .atomically(stmt.span, |me| me.exec_class(def, stmt.span))
                .map(|()| Flow::Normal),
            StmtKind::Raise { exc, cause } => self
                .atomically(stmt.span, |me| {
                    me.exec_raise(exc.as_ref(), cause.as_ref(), stmt.span)
                })
                .map(|()| Flow::Normal),
            StmtKind::Break => Ok(Flow::Break),
            StmtKind::Continue => Ok(Flow::Continue),
            StmtKind::Return(value) => {
                self.atomically(stmt.span, |me| me.exec_return(value.as_ref()))
            }
            StmtKind::FunctionDef(def) if def.decorators.is_empty() && !def.is_async => self
                .atomically(stmt.span, |me| me.exec_def(def))
                .map(|()| Flow::Normal),
            _ => self
                .atomically(stmt.span, |me| me.exec_stmt(stmt))
                .map(|()| Flow::Normal),
        }
    }

    /// Runs `body` until it ends or a `break` or `continue` leaves it.
    pub(super) fn exec_block(&mut self, body: &[Stmt]) -> EvalResult<Flow> {
        for stmt in body {
            match self.exec_statement(stmt)? {
                Flow::Normal => {}
                left => return Ok(left),
            }
        }
        Ok(Flow::Normal)
    }

    /// Python's truth of the condition `test`.
    pub(super) fn test(&mut self, test: &Expr) -> EvalResult<bool> {
        let condition = self.eval(test)?;
        self.truthy(&condition, test.span)
    }

    fn exec_while(&mut self, test: &Expr, body: &[Stmt], orelse: &[Stmt]) -> EvalResult<Flow> {
        while self.atomically(test.span, |me| me.test(test))? {
            match self.exec_block(body)? {
                Flow::Break => return Ok(Flow::Normal),
                Flow::Return => return Ok(Flow::Return),
                Flow::Normal | Flow::Continue => {}
            }
        }
        self.exec_block(orelse)
    }

    fn exec_for(
        &mut self,
        target: &Target,
        iter: &Expr,
        body: &[Stmt],
        orelse: &[Stmt],
    ) -> EvalResult<Flow> {
        let mut items = self.atomically(iter.span, |me| {
            let iterable = me.eval_iterable(iter)?;
            me.loop_items(iterable, iter.span)
        })?;
        loop {
            let next = self.atomically(iter.span, |me| me.next_item(&mut items, iter.span))?;
            let Some(item) = next else {
                return self.exec_block(orelse);
            };
            match target {
                Target::Name { name, .. } => self.bind_as_last_action(name, item),
                _ => self.atomically(target.span(), |me| me.assign_to(target, item))?,
            }
            match self.exec_block(body)? {
                Flow::Break => return Ok(Flow::Normal),
                Flow::Return => return Ok(Flow::Return),
                Flow::Normal | Flow::Continue => {}
            }
        }
    }

    /// What `for x in value` visits, taken one item at a time as Python's iterators take
    /// them: a list is read by position as it is then (items appended in the loop are
    /// visited), a range computes each number, an array gives `a[i]` (a view of a row for
    /// an N-d array, a NumPy scalar for a 1-d one), an iterator object is shared.
    pub(crate) fn loop_items(&mut self, value: Value, span: Span) -> EvalResult<IterState> {
        Ok(match value {
            Value::List(list) => IterState::List { list, at: 0 },
            Value::Range(start, stop, step) => IterState::Range {
                next: start as i128,
                left: crate::eval::python::ops::range_len(start, stop, step),
                step: step as i128,
            },
            Value::Array(array) if array.data.layout.ndim() > 0 => IterState::Array {
                positions: 0..array.data.shape()[0],
                array,
                reversed: false,
            },
            Value::Iterator(iterator) => IterState::Shared(iterator),
            Value::Dict(dict) => Self::dict_loop(&dict, crate::value::DictViewKind::Keys),
            Value::DictView(view) => Self::dict_loop(&view.dict, view.kind),
            Value::Set(set) | Value::FrozenSet(set) => self.set_loop(set, span)?,
            other => IterState::Values(self.iterate(&other, span)?.into_iter()),
        })
    }

    /// The next item of `items`, or `None` when it is used up.
    pub(crate) fn next_item(
        &mut self,
        items: &mut IterState,
        span: Span,
    ) -> EvalResult<Option<Value>> {
        crate::eval::cancel::check(span)?;
        Ok(match items {
            IterState::List { list, at } => {
                let item = list.borrow().get(*at).cloned();
                *at += 1;
                item
            }
            IterState::ReversedList { list, at } => {
                let item = at
                    .checked_sub(1)
                    .and_then(|i| list.borrow().get(i).cloned());
                *at = match item {
                    Some(_) => *at - 1,
                    None => 0,
                };
                item
            }
            IterState::Range { next, left, step } => {
                if *left == 0 {
                    return Ok(None);
                }
                let item = *next as i64;
                *left -= 1;
                *next += *step;
                Some(Value::Int(item))
            }
            IterState::Array {
                array,
                positions,
                reversed,
            } => {
                let position = match reversed {
                    true => positions.next_back(),
                    false => positions.next(),
                };
                let Some(at) = position else {
                    return Ok(None);
                };
                let index = vec![crate::eval::index::IndexItem::Int(at as i64, span)];
                Some(self.index_array(array, index, span)?)
            }
            IterState::Values(values) => values.next(),
            IterState::Dict {
                dict,
                kind,
                at,
                len,
                version,
            } => crate::eval::python::dict_ops::next_dict_item(
                dict, *kind, at, *len, *version, span,
            )?,
            IterState::Set {
                set,
                at,
                len,
                version,
            } => crate::eval::python::set_exprs::next_set_item(set, at, *len, *version, span)?,
            IterState::Enumerate { count, inner } => match self.next_item(inner, span)? {
                Some(item) => {
                    *count += 1;
                    Some(Value::Tuple(vec![Value::Int(*count - 1), item].into()))
                }
                None => None,
            },
            IterState::Zip(sources) => {
                let mut tuple = Vec::with_capacity(sources.len());
                for source in sources.iter_mut() {
                    match self.next_item(source, span)? {
                        Some(item) => tuple.push(item),
                        None => return Ok(None),
                    }
                }
                (!tuple.is_empty()).then(|| Value::Tuple(tuple.into()))
            }
            IterState::Map { function, sources } => {
                let mut positional = Vec::with_capacity(sources.len());
                for source in sources.iter_mut() {
                    match self.next_item(source, span)? {
                        Some(item) => positional.push((item, span)),
                        None => return Ok(None),
                    }
                }
                let call = crate::eval::args::CallArgs {
                    positional,
                    keywords: Vec::new(),
                    span,
                };
                Some(self.call_value(&function.clone(), call)?)
            }
            IterState::Filter { function, inner } => loop {
                let Some(item) = self.next_item(inner, span)? else {
                    break None;
                };
                let verdict = match function {
                    None => item.clone(),
                    Some(function) => {
                        let call = crate::eval::args::CallArgs {
                            positional: vec![(item.clone(), span)],
                            keywords: Vec::new(),
                            span,
                        };
                        self.call_value(&function.clone(), call)?
                    }
                };
                if self.truthy(&verdict, span)? {
                    break Some(item);
                }
            },
            IterState::NdEnumerate { array, next } => {
                let Some(index) = next.take() else {
                    return Ok(None);
                };
                let element = Value::Scalar(array.data.dtype, array.data.get(&index));
                let position: Vec<Value> = index.iter().map(|&i| Value::Int(i as i64)).collect();
                let mut following = index;
                let shape = array.data.shape();
                if crate::memory::layout::advance_c_order(&mut following, shape) {
                    *next = Some(following);
                }
                Some(Value::Tuple(
                    vec![Value::Tuple(position.into()), element].into(),
                ))
            }
            IterState::Shared(iterator) => {
                let iterator = Rc::clone(iterator);
                let mut state = iterator
                    .state
                    .replace(IterState::Values(Vec::new().into_iter()));
                let item = self.next_item(&mut state, span);
                *iterator.state.borrow_mut() = state;
                item?
            }
        })
    }
}
