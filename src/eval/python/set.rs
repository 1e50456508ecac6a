//! The methods of Python's `set` and `frozenset`, one table row each (`add`, `union`,
//! `intersection_update`, `issubset`, …), and `set(...)` and `frozenset(...)` themselves.
//!
//! Each method does what CPython's `setobject.c` does with its operands, in the same order:
//! which one it copies, which it walks, when another iterable is first made a set. A set is
//! shared by every name bound to it, so each change journals it first (see
//! [`crate::eval::python::set_ops`]): a step that fails afterwards puts it back.

use std::rc::Rc;

use crate::eval::args::CallStyle::*;
use crate::eval::args::{Args, Native};
use crate::eval::{EvalError, EvalResult, Interpreter};
use crate::value::set_algebra::{self as algebra, set_copy};
use crate::value::{Set, SetObject, Value};

/// `set`'s methods that viewfinder models.
#[rustfmt::skip]
pub(crate) static SET_METHODS: &[Native] = &[
    Native::new("add", "(object, /)", OneArgument, &["object"], add),
    Native::new("remove", "(object, /)", OneArgument, &["object"], remove),
    Native::new("discard", "(object, /)", OneArgument, &["object"], discard),
    Native::new("pop", "()", NoArguments, &[], pop),
    Native::new("clear", "()", NoArguments, &[], clear),
    Native::new("copy", "()", NoArguments, &[], copy),
    Native::new("update", "(*others)", Custom, &[], update),
    Native::new("union", "(*others)", Custom, &[], union),
    Native::new("intersection", "(*others)", Custom, &[], intersection),
    Native::new("intersection_update", "(*others)", Custom, &[], intersection_update),
    Native::new("difference", "(*others)", Custom, &[], difference),
    Native::new("difference_update", "(*others)", Custom, &[], difference_update),
    Native::new("symmetric_difference", "(other, /)", OneArgument, &["other"], symmetric_difference),
    Native::new("symmetric_difference_update", "(other, /)", OneArgument, &["other"], symmetric_difference_update),
    Native::new("issubset", "(other, /)", OneArgument, &["other"], issubset),
    Native::new("issuperset", "(other, /)", OneArgument, &["other"], issuperset),
    Native::new("isdisjoint", "(other, /)", OneArgument, &["other"], isdisjoint),
];

/// `frozenset`'s methods that viewfinder models.
#[rustfmt::skip]
pub(crate) static FROZENSET_METHODS: &[Native] = &[
    Native::new("copy", "()", NoArguments, &[], copy),
    Native::new("union", "(*others)", Custom, &[], union),
    Native::new("intersection", "(*others)", Custom, &[], intersection),
    Native::new("difference", "(*others)", Custom, &[], difference),
    Native::new("symmetric_difference", "(other, /)", OneArgument, &["other"], symmetric_difference),
    Native::new("issubset", "(other, /)", OneArgument, &["other"], issubset),
    Native::new("issuperset", "(other, /)", OneArgument, &["other"], issuperset),
    Native::new("isdisjoint", "(other, /)", OneArgument, &["other"], isdisjoint),
];

/// The set or frozenset a method is called on, and whether it is a frozenset.
fn receiver_set(args: &Args) -> EvalResult<(Set, bool)> {
    match args.receiver()? {
        Value::Set(set) => Ok((Rc::clone(set), false)),
        Value::FrozenSet(set) => Ok((Rc::clone(set), true)),
        other => Err(EvalError::type_error(
            format!("'{}' is not a set", other.type_name()),
            args.span,
        )),
    }
}

/// A new set (or frozenset, when `frozen`) value.
pub(crate) fn new_set_value(set: SetObject, frozen: bool) -> Value {
    let set = Rc::new(std::cell::RefCell::new(set));
    match frozen {
        true => Value::FrozenSet(set),
        false => Value::Set(set),
    }
}

/// The positional arguments of a `*others` method, with CPython's error for keywords.
fn others(args: &Args) -> EvalResult<Vec<Value>> {
    if !args.varkw.is_empty() {
        let kind = args.receiver.as_ref().map_or("set", Value::type_name);
        let name = args.qualified_name.rsplit('.').next().unwrap_or_default();
        let message = format!("{kind}.{name}() takes no keyword arguments");
        return Err(EvalError::type_error(message, args.span));
    }
    Ok(args
        .varargs
        .iter()
        .map(|(value, _)| value.clone())
        .collect())
}

/// `s.add(x)`.
fn add(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let (set, _) = receiver_set(args)?;
    let entry = vf.set_entry(args.value("object")?, args.span)?;
    vf.set_add(&set, entry, args.span)?;
    Ok(Value::None)
}

/// `s.remove(x)`: `KeyError(x)` when absent.
fn remove(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let (set, _) = receiver_set(args)?;
    let object = args.value("object")?;
    let entry = vf.lookup_entry(object, args.span)?;
    match vf.set_discard(&set, &entry) {
        true => Ok(Value::None),
        false => Err(crate::eval::python::dict::key_error(
            object.clone(),
            args.span,
        )),
    }
}

/// `s.discard(x)`.
fn discard(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let (set, _) = receiver_set(args)?;
    let entry = vf.lookup_entry(args.value("object")?, args.span)?;
    vf.set_discard(&set, &entry);
    Ok(Value::None)
}

/// `s.pop()`: the element at the table's finger.
fn pop(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let (set, _) = receiver_set(args)?;
    vf.check_set_order(&set.borrow(), "pop()", args.span)?;
    match vf.set_pop(&set) {
        Some(value) => Ok(value),
        None => {
            let message = Value::Str(Rc::from("pop from an empty set"));
            Err(crate::eval::python::dict::key_error(message, args.span))
        }
    }
}

/// `s.clear()`.
fn clear(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let (set, _) = receiver_set(args)?;
    vf.before_set_change(&set);
    set.borrow_mut().clear();
    Ok(Value::None)
}

/// `s.copy()`: a new set; a frozenset's copy is itself.
fn copy(_: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let (set, frozen) = receiver_set(args)?;
    if frozen {
        return Ok(Value::FrozenSet(set));
    }
    Ok(new_set_value(set_copy(&set.borrow()), false))
}

/// `s.update(*others)`.
fn update(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let (set, _) = receiver_set(args)?;
    for other in others(args)? {
        vf.update_shared_set(&set, &other, args.span)?;
    }
    Ok(Value::None)
}

/// `s.union(*others)`: a copy of `s`, each other merged in.
fn union(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let (set, frozen) = receiver_set(args)?;
    let others = others(args)?;
    let result: Set = Rc::new(set_copy(&set.borrow()).into());
    for other in others {
        if other.as_any_set().is_some_and(|o| Rc::ptr_eq(o, &set)) {
            continue;
        }
        vf.update_new_set(&result, &other, args.span)?;
    }
    Ok(new_set_value(result.take(), frozen))
}

/// `s.intersection(*others)`: `s` intersected with each other in turn.
fn intersection(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let (set, frozen) = receiver_set(args)?;
    let result = vf.intersect_all(&set, &others(args)?, args.span)?;
    Ok(new_set_value(result, frozen))
}

/// `s.intersection_update(*others)`: `s` takes the intersection's table.
fn intersection_update(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let (set, _) = receiver_set(args)?;
    let result = vf.intersect_all(&set, &others(args)?, args.span)?;
    vf.before_set_change(&set);
    set.borrow_mut().take_table_of(result);
    Ok(Value::None)
}

/// `s.difference(*others)`.
fn difference(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let (set, frozen) = receiver_set(args)?;
    let others = others(args)?;
    let Some((first, rest)) = others.split_first() else {
        return Ok(new_set_value(set_copy(&set.borrow()), frozen));
    };
    let result: Set = Rc::new(vf.set_difference(&set, first, args.span)?.into());
    for other in rest {
        vf.difference_update_set(&result, other, args.span)?;
    }
    Ok(new_set_value(result.take(), frozen))
}

/// `s.difference_update(*others)`.
fn difference_update(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let (set, _) = receiver_set(args)?;
    for other in others(args)? {
        vf.before_set_change(&set);
        vf.difference_update_set(&set, &other, args.span)?;
    }
    Ok(Value::None)
}

/// `s.symmetric_difference(other)`: a new set of `other`'s elements, updated by `s`.
fn symmetric_difference(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let (set, frozen) = receiver_set(args)?;
    let result = vf.new_set_from(args.value("other")?, args.span)?;
    let mut result = result.take();
    algebra::symmetric_difference_update(&mut result, &set.borrow());
    Ok(new_set_value(result, frozen))
}

/// `s.symmetric_difference_update(other)`.
fn symmetric_difference_update(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let (set, _) = receiver_set(args)?;
    vf.symmetric_difference_update_set(&set, args.value("other")?, args.span)?;
    Ok(Value::None)
}

/// `s.issubset(other)`: another iterable is made a set first.
fn issubset(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let (set, _) = receiver_set(args)?;
    let other = vf.as_set_operand(args.value("other")?, args.span)?;
    let result = algebra::is_subset(&set.borrow(), &other.borrow());
    Ok(Value::Bool(result))
}

/// `s.issuperset(other)`: another iterable is walked until an element is missing.
fn issuperset(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let (set, _) = receiver_set(args)?;
    let other = args.value("other")?;
    if let Some(other) = other.as_any_set() {
        let result = algebra::is_subset(&other.borrow(), &set.borrow());
        return Ok(Value::Bool(result));
    }
    let missing = vf.find_in_iterable(&set, other, false, args.span)?;
    Ok(Value::Bool(!missing))
}

/// `s.isdisjoint(other)`: another iterable is walked until an element is found.
fn isdisjoint(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let (set, _) = receiver_set(args)?;
    let other = args.value("other")?;
    if let Some(other) = other.as_any_set() {
        if Rc::ptr_eq(other, &set) {
            return Ok(Value::Bool(set.borrow().is_empty()));
        }
        let result = algebra::is_disjoint(&set.borrow(), &other.borrow());
        return Ok(Value::Bool(result));
    }
    let found = vf.find_in_iterable(&set, other, true, args.span)?;
    Ok(Value::Bool(!found))
}

/// `set(iterable=())`.
pub(crate) fn construct_set(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let set = match args.get("iterable") {
        Some(iterable) => vf.new_set_from(iterable, args.span)?.take(),
        None => SetObject::default(),
    };
    Ok(new_set_value(set, false))
}

/// `frozenset(iterable=())`: a frozenset given is itself.
pub(crate) fn construct_frozenset(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let set = match args.get("iterable") {
        Some(Value::FrozenSet(set)) => return Ok(Value::FrozenSet(Rc::clone(set))),
        Some(iterable) => vf.new_set_from(iterable, args.span)?.take(),
        None => SetObject::default(),
    };
    Ok(new_set_value(set, true))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_method_row_is_named_once_and_frozensets_only_read() {
        for table in [SET_METHODS, FROZENSET_METHODS] {
            let mut names: Vec<_> = table.iter().map(|row| row.name).collect();
            names.sort_unstable();
            names.dedup();
            assert_eq!(names.len(), table.len());
        }
        let mutating = ["add", "remove", "discard", "pop", "clear", "update"];
        assert!(
            FROZENSET_METHODS
                .iter()
                .all(|row| !mutating.contains(&row.name))
        );
    }
}
