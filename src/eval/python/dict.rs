//! The methods of a Python dict, one table row each (`keys`, `get`, `pop`, `update`, …), and
//! `dict(...)` itself.
//!
//! A dict is shared by every name bound to it, so each change journals it first
//! ([`Interpreter::before_dict_change`]): a step that fails afterwards puts it back. The
//! operations the rest of the evaluator reaches a dict by (`d[k]`, `k in d`, iteration,
//! displays) are in [`crate::eval::python::dict_ops`].

use std::cell::RefCell;
use std::rc::Rc;

use crate::eval::args::CallStyle::*;
use crate::eval::args::{Args, Native};
use crate::eval::{EvalError, EvalResult, Interpreter};
use crate::syntax::Span;
use crate::value::{Dict, DictObject, DictViewKind, DictViewObject, Value};

/// `dict`'s methods that viewfinder models.
#[rustfmt::skip]
pub(crate) static METHODS: &[Native] = &[
    Native::new("keys", "()", NoArguments, &[], keys),
    Native::new("values", "()", NoArguments, &[], values),
    Native::new("items", "()", NoArguments, &[], items),
    Native::new("get", "(key, default=None, /)", Positional, &["key", "default"], get),
    Native::new("setdefault", "(key, default=None, /)", Positional, &["key", "default"], setdefault),
    Native::new("pop", "(key, default=<no value>, /)", Positional, &["key", "default"], pop),
    Native::new("popitem", "()", NoArguments, &[], popitem),
    Native::new("update", "(*args, **kwargs)", Custom, &[], update),
    Native::new("copy", "()", NoArguments, &[], copy),
    Native::new("clear", "()", NoArguments, &[], clear),
    Native::new("fromkeys", "(iterable, value=None, /)", Positional, &["iterable", "value"], fromkeys),
];

/// The dict a method is called on.
fn receiver_dict(args: &Args) -> EvalResult<Dict> {
    match args.receiver()? {
        Value::Dict(dict) => Ok(Rc::clone(dict)),
        other => Err(EvalError::type_error(
            format!("'{}' is not a dict", other.type_name()),
            args.span,
        )),
    }
}

/// A new dict value.
pub(crate) fn new_dict(dict: DictObject) -> Value {
    Value::Dict(Rc::new(RefCell::new(dict)))
}

/// A view of the receiver.
fn view(args: &Args, kind: DictViewKind) -> EvalResult<Value> {
    let dict = receiver_dict(args)?;
    Ok(Value::DictView(Rc::new(DictViewObject { dict, kind })))
}

/// `d.keys()`.
fn keys(_: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    view(args, DictViewKind::Keys)
}

/// `d.values()`.
fn values(_: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    view(args, DictViewKind::Values)
}

/// `d.items()`.
fn items(_: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    view(args, DictViewKind::Items)
}

/// `d.get(key, default=None)`.
fn get(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let dict = receiver_dict(args)?;
    let hash = vf.hash_key(args.value("key")?, args.span)?;
    let found = dict.borrow().get(&hash).cloned();
    Ok(found.unwrap_or_else(|| args.get("default").cloned().unwrap_or(Value::None)))
}

/// `d.setdefault(key, default=None)`: the value of `key`, set to `default` first if absent.
fn setdefault(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let dict = receiver_dict(args)?;
    let key = args.value("key")?;
    let hash = vf.hash_key(key, args.span)?;
    if let Some(found) = dict.borrow().get(&hash).cloned() {
        return Ok(found);
    }
    let default = args.get("default").cloned().unwrap_or(Value::None);
    vf.dict_store(&dict, key.clone(), default.clone(), args.span)?;
    Ok(default)
}

/// `d.pop(key[, default])`.
fn pop(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let dict = receiver_dict(args)?;
    let key = args.value("key")?;
    // CPython answers for an empty dict before it hashes the key.
    let hash = match dict.borrow().is_empty() {
        true => None,
        false => Some(vf.hash_key(key, args.span)?),
    };
    let Some(hash) = hash.filter(|hash| dict.borrow().get(hash).is_some()) else {
        return match args.get("default") {
            Some(default) => Ok(default.clone()),
            None => Err(key_error(key.clone(), args.span)),
        };
    };
    vf.before_dict_change(&dict);
    let removed = dict.borrow_mut().remove(&hash);
    Ok(removed.map_or(Value::None, |entry| entry.value))
}

/// `d.popitem()`: the last pair inserted, removed.
fn popitem(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let dict = receiver_dict(args)?;
    if dict.borrow().is_empty() {
        let message = Value::Str(Rc::from("popitem(): dictionary is empty"));
        return Err(key_error(message, args.span));
    }
    vf.before_dict_change(&dict);
    let entry = dict.borrow_mut().pop_last();
    Ok(entry.map_or(Value::None, |entry| {
        Value::Tuple(vec![entry.key, entry.value].into())
    }))
}

/// `d.update(other, **kwargs)`.
fn update(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let dict = receiver_dict(args)?;
    vf.dict_update_call(&dict, args, "update")?;
    Ok(Value::None)
}

/// `d.copy()`: a new dict holding the same keys and values (the very same objects).
fn copy(_: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let dict = receiver_dict(args)?;
    let copied = dict.borrow().clone();
    Ok(new_dict(DictObject::from_entries(
        copied.entries().cloned(),
    )))
}

/// `d.clear()`.
fn clear(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let dict = receiver_dict(args)?;
    vf.before_dict_change(&dict);
    dict.borrow_mut().clear();
    Ok(Value::None)
}

/// `dict.fromkeys(iterable, value=None)`: every key holding the one `value`.
fn fromkeys(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let keys = vf.iterate(args.value("iterable")?, args.span_of("iterable"))?;
    let value = args.get("value").cloned().unwrap_or(Value::None);
    let mut dict = DictObject::default();
    for key in keys {
        let hash = vf.hash_key(&key, args.span)?;
        dict.insert(hash, key, value.clone());
    }
    Ok(new_dict(dict))
}

/// `dict(...)`: a new dict from a mapping or pairs, then keyword arguments.
pub(crate) fn construct(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let dict = Rc::new(RefCell::new(DictObject::default()));
    vf.dict_update_call(&dict, args, "dict")?;
    Ok(Value::Dict(dict))
}

/// `KeyError(key)`, raised at `span`: its message is the key's `repr`.
pub(crate) fn key_error(key: Value, span: Span) -> EvalError {
    if crate::eval::python::set_ops::holds_unordered_set(&key) {
        let what = "the KeyError";
        return crate::eval::python::set_ops::unordered(what, span);
    }
    let kind = crate::exception::ExceptionKind::KeyError;
    let message = crate::value::exception_message(kind, std::slice::from_ref(&key));
    let object = crate::value::ExceptionObject::new(kind, vec![key], message);
    EvalError::raising(Rc::new(object), span)
}

impl Interpreter {
    /// `update(other, **kwargs)` and `dict(other, **kwargs)`: at most one positional
    /// argument (a dict, or pairs), then the keywords in order.
    fn dict_update_call(&mut self, dict: &Dict, args: &Args, name: &str) -> EvalResult<()> {
        if args.varargs.len() > 1 {
            let message = format!(
                "{name} expected at most 1 argument, got {}",
                args.varargs.len()
            );
            return Err(EvalError::type_error(message, args.span));
        }
        if let Some((source, _)) = args.varargs.first() {
            self.dict_merge(dict, source, args.span)?;
        }
        for (key, value, _) in &args.varkw {
            let key = Value::Str(Rc::from(key.as_str()));
            self.dict_store(dict, key, value.clone(), args.span)?;
        }
        Ok(())
    }

    /// Adds the pairs of `source` (a dict, or an iterable of 2-item iterables) to `dict` one
    /// by one, as CPython does (a bad element fails after the pairs before it went in), later
    /// ones replacing earlier values.
    pub(crate) fn dict_merge(&mut self, dict: &Dict, source: &Value, span: Span) -> EvalResult<()> {
        let elements = match source {
            Value::Dict(other) => {
                let pairs: Vec<_> = other.borrow().entries().cloned().collect();
                for entry in pairs {
                    self.dict_store(dict, entry.key, entry.value, span)?;
                }
                return Ok(());
            }
            Value::Instance(_) => {
                let what = "updating a dict from an instance of a class";
                return Err(EvalError::unsupported(what, span));
            }
            other => self.iterate(other, span)?,
        };
        for (i, element) in elements.iter().enumerate() {
            let [key, value] = self.update_pair(i, element, span)?;
            self.dict_store(dict, key, value, span)?;
        }
        Ok(())
    }

    /// Element `i` of a dict update sequence as a key and a value.
    fn update_pair(&mut self, i: usize, element: &Value, span: Span) -> EvalResult<[Value; 2]> {
        if let Value::Instance(_) = element {
            let what = "a dict update sequence element that is an instance of a class";
            return Err(EvalError::unsupported(what, span));
        }
        let items = self.iterate(element, span).map_err(|error| {
            if error.kind != crate::exception::ExceptionKind::TypeError {
                return error;
            }
            let message =
                format!("cannot convert dictionary update sequence element #{i} to a sequence");
            EvalError::type_error(message, span)
        })?;
        <[Value; 2]>::try_from(items).map_err(|items| {
            let message = format!(
                "dictionary update sequence element #{i} has length {}; 2 is required",
                items.len()
            );
            EvalError::value_error(message, span)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_errors_show_the_keys_repr_and_keep_the_key() {
        let error = key_error(Value::Str(Rc::from("x")), Span::default());
        assert_eq!(error.message, "'x'");
        let object = error.exception.expect("an exception object");
        assert_eq!(object.repr().as_deref(), Some("KeyError('x')"));
    }

    #[test]
    fn every_method_row_is_named_once() {
        let mut names: Vec<_> = METHODS.iter().map(|row| row.name).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), METHODS.len());
    }
}
