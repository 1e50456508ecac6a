//! The methods of a Python list, one table row each: `append`, `extend`, `insert`, `pop`,
//! `index`, `count`, `remove`, `reverse`, `clear`, `copy` and `sort`.
//!
//! A list is shared by every name bound to it, so each mutating method journals the list first:
//! a step that fails afterwards puts the items back.

use std::cell::RefCell;
use std::rc::Rc;

use crate::eval::args::CallStyle::*;
use crate::eval::args::{Args, Native};
use crate::eval::index::resolve_position;
use crate::eval::python::as_index_int;
use crate::eval::{EvalError, EvalResult, Interpreter};
use crate::syntax::Span;
use crate::value::Value;

/// A list, shared.
type List = Rc<RefCell<Vec<Value>>>;

/// `list`'s methods that viewfinder models.
#[rustfmt::skip]
pub(crate) static METHODS: &[Native] = &[
    Native::new("append", "(object, /)", OneArgument, &["object"], append),
    Native::new("extend", "(iterable, /)", OneArgument, &["iterable"], extend),
    Native::new("insert", "(index, object, /)", Positional, &["index", "object"], insert),
    Native::new("pop", "(index=-1, /)", Positional, &["index"], pop),
    Native::new("copy", "()", NoArguments, &[], copy),
    Native::new("index", "(value, start=0, stop=9223372036854775807, /)", Positional, &["value"], index),
    Native::new("count", "(value, /)", OneArgument, &["value"], count),
    Native::new("remove", "(value, /)", OneArgument, &["value"], remove),
    Native::new("reverse", "()", NoArguments, &[], reverse),
    Native::new("clear", "()", NoArguments, &[], clear),
    Native::new("sort", "(*, key=None, reverse=False)", CPythonArgs, &["reverse"], sort),
];

/// `tuple`'s methods that viewfinder models.
#[rustfmt::skip]
pub(crate) static TUPLE_METHODS: &[Native] = &[
    Native::new("index", "(value, start=0, stop=9223372036854775807, /)", Positional, &["value"], tuple_index),
    Native::new("count", "(value, /)", OneArgument, &["value"], tuple_count),
];

/// The items of the tuple a method is called on.
fn receiver_tuple(args: &Args) -> EvalResult<List> {
    match args.receiver()? {
        Value::Tuple(items) => Ok(Rc::new(RefCell::new(items.to_vec()))),
        other => Err(EvalError::type_error(
            format!("'{}' is not a tuple", other.type_name()),
            args.span,
        )),
    }
}

/// `t.index(x)`.
fn tuple_index(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let items = receiver_tuple(args)?;
    match positions_of(vf, &items, args.value("value")?, 1, args.span)?.first() {
        Some(&i) => Ok(Value::Int(i as i64)),
        None => Err(EvalError::value_error(
            "tuple.index(x): x not in tuple",
            args.span,
        )),
    }
}

/// `t.count(x)`.
fn tuple_count(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let items = receiver_tuple(args)?;
    let found = positions_of(vf, &items, args.value("value")?, usize::MAX, args.span)?;
    Ok(Value::Int(found.len() as i64))
}

fn receiver_list(args: &Args) -> EvalResult<List> {
    match args.receiver()? {
        Value::List(list) => Ok(Rc::clone(list)),
        other => Err(EvalError::type_error(
            format!("'{}' is not a list", other.type_name()),
            args.span,
        )),
    }
}

/// `lst.append(x)`.
fn append(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let list = receiver_list(args)?;
    let item = args.value("object")?.clone();
    refuse_self_insertion(&list, std::slice::from_ref(&item), args.span)?;
    vf.before_list_growth(&list);
    list.borrow_mut().push(item);
    Ok(Value::None)
}

/// `lst.extend(iterable)`.
fn extend(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let list = receiver_list(args)?;
    let items = vf.iterate(args.value("iterable")?, args.span_of("iterable"))?;
    refuse_self_insertion(&list, &items, args.span)?;
    vf.before_list_growth(&list);
    list.borrow_mut().extend(items);
    Ok(Value::None)
}

/// `lst.insert(i, x)`: `i` clamped into the list, as Python does.
fn insert(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let list = receiver_list(args)?;
    let at = as_index_int(args.value("index")?, args.span_of("index"))?;
    let len = list.borrow().len() as i64;
    let at = if at < 0 {
        (at + len).max(0)
    } else {
        at.min(len)
    } as usize;
    let item = args.value("object")?.clone();
    refuse_self_insertion(&list, std::slice::from_ref(&item), args.span)?;
    vf.before_list_change(&list);
    list.borrow_mut().insert(at, item);
    Ok(Value::None)
}

/// `lst.pop(i=-1)`.
fn pop(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let list = receiver_list(args)?;
    let span = args.span;
    let len = list.borrow().len();
    if len == 0 {
        return Err(EvalError::index_error("pop from empty list", span));
    }
    let i = match args.get("index") {
        Some(v) => as_index_int(v, args.span_of("index"))?,
        None => -1,
    };
    let at = resolve_position(i, len)
        .ok_or_else(|| EvalError::index_error("pop index out of range", span))?;
    vf.before_list_change(&list);
    Ok(list.borrow_mut().remove(at))
}

/// `lst.copy()`: a shallow copy (the same items).
fn copy(_: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let list = receiver_list(args)?;
    Ok(Value::List(Rc::new(RefCell::new(list.borrow().clone()))))
}

/// The positions of the items that are `needle` or equal to it, up to `limit` of them.
fn positions_of(
    vf: &mut Interpreter,
    list: &List,
    needle: &Value,
    limit: usize,
    span: Span,
) -> EvalResult<Vec<usize>> {
    let items = list.borrow().clone();
    let mut found = Vec::new();
    for (i, item) in items.iter().enumerate() {
        if found.len() == limit {
            break;
        }
        crate::eval::cancel::check(span)?;
        if vf.items_equal(item, needle, span)? {
            found.push(i);
        }
    }
    Ok(found)
}

/// `lst.index(x)`.
fn index(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let list = receiver_list(args)?;
    let needle = args.value("value")?;
    match positions_of(vf, &list, needle, 1, args.span)?.first() {
        Some(&i) => Ok(Value::Int(i as i64)),
        None => {
            let message = format!("{} is not in list", needle.to_repr());
            Err(EvalError::value_error(message, args.span))
        }
    }
}

/// `lst.count(x)`.
fn count(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let list = receiver_list(args)?;
    let found = positions_of(vf, &list, args.value("value")?, usize::MAX, args.span)?;
    Ok(Value::Int(found.len() as i64))
}

/// `lst.remove(x)`: the first equal item.
fn remove(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let list = receiver_list(args)?;
    let Some(&at) = positions_of(vf, &list, args.value("value")?, 1, args.span)?.first() else {
        return Err(EvalError::value_error(
            "list.remove(x): x not in list",
            args.span,
        ));
    };
    vf.before_list_change(&list);
    list.borrow_mut().remove(at);
    Ok(Value::None)
}

/// `lst.reverse()`.
fn reverse(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let list = receiver_list(args)?;
    vf.before_list_change(&list);
    list.borrow_mut().reverse();
    Ok(Value::None)
}

/// `lst.clear()`.
fn clear(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let list = receiver_list(args)?;
    vf.before_list_change(&list);
    list.borrow_mut().clear();
    Ok(Value::None)
}

/// `lst.sort(reverse=False)`: stable, and with `reverse=True` equal items keep their order,
/// as CPython's sort does.
fn sort(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let list = receiver_list(args)?;
    let reverse = match args.get("reverse") {
        Some(v) => vf.truthy(v, args.span_of("reverse"))?,
        None => false,
    };
    let items = list.borrow().clone();
    let sorted = vf.sorted_values(items, reverse, args.span)?;
    vf.before_list_change(&list);
    *list.borrow_mut() = sorted;
    Ok(Value::None)
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
        Value::Dict(dict) => dict
            .borrow()
            .entries()
            .any(|e| contains_list(&e.value, list)),
        Value::DictView(view) => view
            .dict
            .borrow()
            .entries()
            .any(|e| contains_list(&e.value, list)),
        _ => false,
    }
}
