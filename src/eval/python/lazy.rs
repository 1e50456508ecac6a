//! `map` and `filter`: iterators that call a function for each item when the item is asked
//! for, as Python's do (a `map` nobody reads calls nothing).

use crate::eval::args::Args;
use crate::eval::{EvalError, EvalResult, Interpreter};
use crate::value::{IterState, IteratorObject, Value};

/// `map(func, *iterables)`: `func` of one item of each, until the shortest runs out.
pub(crate) fn map(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    if !args.varkw.is_empty() {
        return Err(EvalError::type_error(
            "map() takes no keyword arguments",
            args.span,
        ));
    }
    let Some(((function, _), iterables)) = args
        .varargs
        .split_first()
        .filter(|(_, rest)| !rest.is_empty())
    else {
        let message = "map() must have at least two arguments.";
        return Err(EvalError::type_error(message, args.span));
    };
    let sources = iterables
        .iter()
        .map(|(value, span)| vf.loop_items(value.clone(), *span))
        .collect::<EvalResult<Vec<_>>>()?;
    let state = IterState::Map {
        function: function.clone(),
        sources,
    };
    Ok(IteratorObject::value("map", state))
}

/// `filter(function, iterable)`: the items for which `function` (their own truth, for
/// `None`) is true.
pub(crate) fn filter(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    if !args.varkw.is_empty() {
        return Err(EvalError::type_error(
            "filter() takes no keyword arguments",
            args.span,
        ));
    }
    let [(function, _), (iterable, at)] = args.varargs.as_slice() else {
        let message = format!("filter expected 2 arguments, got {}", args.varargs.len());
        return Err(EvalError::type_error(message, args.span));
    };
    let inner = Box::new(vf.loop_items(iterable.clone(), *at)?);
    let function = (!matches!(function, Value::None)).then(|| function.clone());
    Ok(IteratorObject::value(
        "filter",
        IterState::Filter { function, inner },
    ))
}
