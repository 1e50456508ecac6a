//! The methods of a Python list: `append`, `extend`, `insert`, `pop`, `index`, `count`,
//! `remove`, `reverse`, `clear`, `copy` and `sort`.
//!
//! A list is shared by every name bound to it, so each mutating method journals the list first:
//! a step that fails afterwards puts the items back.

use std::cell::RefCell;
use std::rc::Rc;

use crate::eval::call::{CallArgs, as_index_int};
use crate::eval::index::resolve_position;
use crate::eval::{EvalError, EvalResult, Interpreter};
use crate::syntax::Span;
use crate::value::Value;

impl Interpreter {
    /// Calls list method `name` (see `LIST_METHODS`) on `list`, in place where it mutates.
    pub(crate) fn call_list_method(
        &mut self,
        list: &Rc<RefCell<Vec<Value>>>,
        name: &str,
        args: &CallArgs,
    ) -> EvalResult<Value> {
        let span = args.span;
        let arg = |i: usize| args.positional.get(i).map(|(v, _)| v.clone());
        match name {
            "append" => {
                args.exactly(1)?;
                let item = arg(0).unwrap_or(Value::None);
                refuse_self_insertion(list, std::slice::from_ref(&item), span)?;
                self.before_list_change(list);
                list.borrow_mut().push(item);
            }
            "extend" => {
                args.exactly(1)?;
                let items = self.iterate(&arg(0).unwrap_or(Value::None), span)?;
                refuse_self_insertion(list, &items, span)?;
                self.before_list_change(list);
                list.borrow_mut().extend(items);
            }
            "insert" => {
                args.exactly(2)?;
                let at = as_index_int(&args.positional[0].0, span)?;
                let len = list.borrow().len() as i64;
                let at = if at < 0 {
                    (at + len).max(0)
                } else {
                    at.min(len)
                } as usize;
                let item = args.positional[1].0.clone();
                refuse_self_insertion(list, std::slice::from_ref(&item), span)?;
                self.before_list_change(list);
                list.borrow_mut().insert(at, item);
            }
            "pop" => {
                args.at_most(1)?;
                let len = list.borrow().len();
                if len == 0 {
                    return Err(EvalError::index_error("pop from empty list", span));
                }
                let i = arg(0)
                    .map(|v| as_index_int(&v, span))
                    .transpose()?
                    .unwrap_or(-1);
                let at = resolve_position(i, len)
                    .ok_or_else(|| EvalError::index_error("pop index out of range", span))?;
                self.before_list_change(list);
                return Ok(list.borrow_mut().remove(at));
            }
            "copy" => return Ok(Value::List(Rc::new(RefCell::new(list.borrow().clone())))),
            "index" | "count" | "remove" => return self.list_search(list, name, args),
            "reverse" => {
                self.before_list_change(list);
                list.borrow_mut().reverse();
            }
            "clear" => {
                self.before_list_change(list);
                list.borrow_mut().clear();
            }
            _ => {
                let items = list.borrow().clone();
                let sorted = self.sort_values(items, span)?;
                self.before_list_change(list);
                *list.borrow_mut() = sorted;
            }
        }
        Ok(Value::None)
    }

    fn list_search(
        &mut self,
        list: &Rc<RefCell<Vec<Value>>>,
        name: &str,
        args: &CallArgs,
    ) -> EvalResult<Value> {
        args.exactly(1)?;
        let needle = &args.positional[0].0;
        let items = list.borrow().clone();
        let hits: Vec<usize> = items
            .iter()
            .enumerate()
            .filter(|(_, v)| crate::eval::python::values_equal(v, needle))
            .map(|(i, _)| i)
            .collect();
        match (name, hits.first()) {
            ("count", _) => Ok(Value::Int(hits.len() as i64)),
            ("index", Some(&i)) => Ok(Value::Int(i as i64)),
            ("remove", Some(&i)) => {
                self.before_list_change(list);
                list.borrow_mut().remove(i);
                Ok(Value::None)
            }
            ("index", None) => Err(EvalError::value_error(
                format!("{} is not in list", needle.to_repr()),
                args.span,
            )),
            _ => Err(EvalError::value_error(
                "list.remove(x): x not in list",
                args.span,
            )),
        }
    }
}

/// Refuses to put `list` inside itself, directly or through nested lists and tuples
/// (`lst.append(lst)`): Python prints such a list as `[1, [...]]`, but viewfinder's printing,
/// comparing and reporting walk lists recursively, so lists stay acyclic.
pub(crate) fn refuse_self_insertion(
    list: &Rc<RefCell<Vec<Value>>>,
    items: &[Value],
    span: Span,
) -> EvalResult<()> {
    if items.iter().any(|item| contains_list(item, list)) {
        return Err(EvalError::unsupported("a list that contains itself", span));
    }
    Ok(())
}

/// Whether `value` is `list` or holds it at any depth.
fn contains_list(value: &Value, list: &Rc<RefCell<Vec<Value>>>) -> bool {
    match value {
        Value::List(inner) => {
            Rc::ptr_eq(inner, list) || inner.borrow().iter().any(|v| contains_list(v, list))
        }
        Value::Tuple(items) => items.iter().any(|v| contains_list(v, list)),
        _ => false,
    }
}
