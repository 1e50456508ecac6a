//! How the evaluator changes and combines sets: hashing an element, adding and removing one,
//! and CPython's `set_update_internal`, `set_intersection`, `set_difference` and
//! `set_symmetric_difference_update` with any iterable on the other side.
//!
//! A change to a set some name may hold goes through [`Interpreter::set_add`],
//! [`Interpreter::set_discard`], [`Interpreter::set_pop`] (which journal the one slot they
//! touch) or follows [`Interpreter::before_set_change`] (which journals the whole table once
//! a step): a step that fails puts the set back as it was, slot for slot. A set the step is
//! making needs no journal.

use std::rc::Rc;

use crate::eval::{EvalError, EvalResult, Interpreter};
use crate::syntax::Span;
use crate::value::set_algebra::{self as algebra, set_copy};
use crate::value::{HashKey, NotHashable, Set, SetEntry, SetObject, Value};

impl Interpreter {
    /// The entry `value` is as an element, or CPython's `TypeError: unhashable type`.
    pub(crate) fn set_entry(&self, value: &Value, span: Span) -> EvalResult<SetEntry> {
        Ok(SetEntry::new(self.hash_key(value, span)?, value.clone()))
    }

    /// The entry `value` is looked up as by `in`, `remove` and `discard`: a set stands for
    /// the frozenset of its elements.
    pub(crate) fn lookup_entry(&self, value: &Value, span: Span) -> EvalResult<SetEntry> {
        match value {
            Value::Set(set) => {
                let key = crate::value::HashKey::of(&Value::FrozenSet(Rc::clone(set)));
                let key = key.map_err(|_| EvalError::type_error("unhashable type: 'set'", span))?;
                Ok(SetEntry::new(key, value.clone()))
            }
            other => self.set_entry(other, span),
        }
    }

    /// Adds `entry` to a set, journaling the slot it takes.
    pub(crate) fn set_add(&mut self, set: &Set, entry: SetEntry, span: Span) -> EvalResult<()> {
        let undo = set.borrow_mut().add(entry);
        if let Some(undo) = undo {
            self.journal.set_change(set, undo);
            self.note_set_change(set);
        }
        check_set_room(&set.borrow(), span)
    }

    /// Removes the element equal to `entry`, journaling its slot; false when absent.
    pub(crate) fn set_discard(&mut self, set: &Set, entry: &SetEntry) -> bool {
        let removed = set.borrow_mut().discard(entry);
        let Some((_, undo)) = removed else {
            return false;
        };
        self.journal.set_change(set, undo);
        self.note_set_change(set);
        true
    }

    /// `s.pop()`'s element, journaled; `None` for an empty set.
    pub(crate) fn set_pop(&mut self, set: &Set) -> Option<Value> {
        let (entry, undo) = set.borrow_mut().pop()?;
        self.journal.set_change(set, undo);
        self.note_set_change(set);
        Some(entry.value)
    }

    /// Saves a set's table before the step changes it otherwise than by one element, and
    /// notes the change for the report.
    pub(crate) fn before_set_change(&mut self, set: &Set) {
        self.journal.set(set);
        self.note_set_change(set);
    }

    /// Notes, once a step, that `set` changed in place.
    fn note_set_change(&mut self, set: &Set) {
        let changed = &mut self.outcome.sets_changed;
        if !changed.iter().any(|seen| Rc::ptr_eq(seen, set)) {
            changed.push(Rc::clone(set));
        }
    }

    /// An honest refusal of `what` when it shows the order of a set whose order is not
    /// CPython's (a `str`, `bytes` or `None` was in it); one element has one order.
    pub(crate) fn check_set_order(
        &self,
        set: &SetObject,
        what: &str,
        span: Span,
    ) -> EvalResult<()> {
        if set.order_known() || set.len() <= 1 {
            return Ok(());
        }
        Err(unordered(what, span))
    }

    /// `s.update(other)` for a set names may hold: journaled.
    pub(crate) fn update_shared_set(
        &mut self,
        set: &Set,
        other: &Value,
        span: Span,
    ) -> EvalResult<()> {
        if other.as_any_set().is_some_and(|o| Rc::ptr_eq(o, set)) {
            return Ok(());
        }
        self.before_set_change(set);
        self.update_new_set(set, other, span)
    }

    /// `set_update_internal`: another set is merged, a dict's keys are added after one
    /// resize for all of them, any other iterable's items are added one by one.
    pub(crate) fn update_new_set(
        &mut self,
        set: &Set,
        other: &Value,
        span: Span,
    ) -> EvalResult<()> {
        match other {
            Value::Set(source) | Value::FrozenSet(source) => {
                set.borrow_mut().merge(&source.borrow());
                Ok(())
            }
            Value::Dict(dict) => {
                let entries: Vec<SetEntry> = dict
                    .borrow()
                    .entries()
                    .map(|e| SetEntry::new(e.hash.clone(), e.key.clone()))
                    .collect();
                let mut set = set.borrow_mut();
                set.reserve(entries.len());
                for entry in entries {
                    set.add(entry);
                }
                Ok(())
            }
            other => {
                let mut items = self.set_operand_items(other, span)?;
                while let Some(item) = self.next_item(&mut items, span)? {
                    let entry = self.set_entry(&item, span)?;
                    set.borrow_mut().add(entry);
                    check_set_room(&set.borrow(), span)?;
                }
                Ok(())
            }
        }
    }

    /// What walking `other` visits, one item at a time.
    fn set_operand_items(
        &mut self,
        other: &Value,
        span: Span,
    ) -> EvalResult<crate::value::IterState> {
        self.loop_items(other.clone(), span)
    }

    /// `set(iterable)`: a new set of its items.
    pub(crate) fn new_set_from(&mut self, iterable: &Value, span: Span) -> EvalResult<Set> {
        let set: Set = Default::default();
        self.update_new_set(&set, iterable, span)?;
        Ok(set)
    }

    /// `other` itself when it is a set or frozenset, else a new set of its items.
    pub(crate) fn as_set_operand(&mut self, other: &Value, span: Span) -> EvalResult<Set> {
        match other.as_any_set() {
            Some(set) => Ok(Rc::clone(set)),
            None => self.new_set_from(other, span),
        }
    }

    /// `set_intersection_multi`: `set` intersected with each of `others` in turn (a copy
    /// of it when there are none).
    pub(crate) fn intersect_all(
        &mut self,
        set: &Set,
        others: &[Value],
        span: Span,
    ) -> EvalResult<SetObject> {
        let mut result = Rc::clone(set);
        for other in others {
            let next = self.intersect(&result, other, span)?;
            result = Rc::new(next.into());
        }
        if Rc::ptr_eq(&result, set) {
            return Ok(set_copy(&set.borrow()));
        }
        Ok(result.take())
    }

    /// `set_intersection`: a set is intersected by walking the smaller; any other iterable
    /// is walked, each item `set` holds added (the item's own object).
    pub(crate) fn intersect(
        &mut self,
        set: &Set,
        other: &Value,
        span: Span,
    ) -> EvalResult<SetObject> {
        if let Some(other) = other.as_any_set() {
            if Rc::ptr_eq(other, set) {
                return Ok(set_copy(&set.borrow()));
            }
            return Ok(algebra::intersection(&set.borrow(), &other.borrow()));
        }
        let mut result = SetObject::default();
        let mut items = self.set_operand_items(other, span)?;
        while let Some(item) = self.next_item(&mut items, span)? {
            let entry = self.set_entry(&item, span)?;
            if set.borrow().contains(&entry) {
                result.add(entry);
            }
        }
        Ok(result)
    }

    /// `set_difference`: against a set or dict not much smaller, `set` walked and each
    /// element the other lacks added; otherwise a copy with the other's items removed.
    pub(crate) fn set_difference(
        &mut self,
        set: &Set,
        other: &Value,
        span: Span,
    ) -> EvalResult<SetObject> {
        let other_len = match other {
            Value::Set(o) | Value::FrozenSet(o) => Some(o.borrow().len()),
            Value::Dict(dict) => Some(dict.borrow().len()),
            _ => None,
        };
        let walk = other_len.is_some_and(|len| (set.borrow().len() >> 2) <= len);
        if !walk {
            let result: Set = Rc::new(set_copy(&set.borrow()).into());
            self.difference_update_set(&result, other, span)?;
            return Ok(result.take());
        }
        if let Some(other) = other.as_any_set() {
            return Ok(algebra::difference(&set.borrow(), &other.borrow()));
        }
        let Value::Dict(dict) = other else {
            return Ok(SetObject::default());
        };
        let (set, dict) = (set.borrow(), dict.borrow());
        let mut result = SetObject::default();
        result.forget_order(set.order_known());
        for entry in set.entries().filter(|e| dict.get(&e.key).is_none()) {
            result.add(entry.clone());
        }
        Ok(result)
    }

    /// `set_difference_update_internal` (not journaled: the caller journals a shared set):
    /// itself empties it, a set's elements are removed, any other iterable's items are
    /// removed one by one; then a table more than a quarter dummies is rebuilt.
    pub(crate) fn difference_update_set(
        &mut self,
        set: &Set,
        other: &Value,
        span: Span,
    ) -> EvalResult<()> {
        if let Some(other) = other.as_any_set() {
            if Rc::ptr_eq(other, set) {
                set.borrow_mut().clear();
            } else {
                algebra::difference_update(&mut set.borrow_mut(), &other.borrow());
            }
            return Ok(());
        }
        let mut items = self.set_operand_items(other, span)?;
        while let Some(item) = self.next_item(&mut items, span)? {
            let entry = self.set_entry(&item, span)?;
            set.borrow_mut().discard(&entry);
        }
        set.borrow_mut().purge_dummies();
        Ok(())
    }

    /// `s ^= other` / `s.symmetric_difference_update(other)`, journaled: itself empties
    /// it, a dict's keys (in the dict's order) and a set's elements are each removed when
    /// present and added when not; any other iterable is made a set first.
    pub(crate) fn symmetric_difference_update_set(
        &mut self,
        set: &Set,
        other: &Value,
        span: Span,
    ) -> EvalResult<()> {
        let other = match other {
            Value::Set(o) | Value::FrozenSet(o) if Rc::ptr_eq(o, set) => {
                self.before_set_change(set);
                set.borrow_mut().clear();
                return Ok(());
            }
            Value::Dict(dict) => {
                let keys: Vec<SetEntry> = dict
                    .borrow()
                    .entries()
                    .map(|e| SetEntry::new(e.hash.clone(), e.key.clone()))
                    .collect();
                self.before_set_change(set);
                let mut set = set.borrow_mut();
                for entry in keys {
                    if set.discard(&entry).is_none() {
                        set.add(entry);
                    }
                }
                return Ok(());
            }
            other => self.as_set_operand(other, span)?,
        };
        self.before_set_change(set);
        algebra::symmetric_difference_update(&mut set.borrow_mut(), &other.borrow());
        Ok(())
    }

    /// Walks `other` until an item whose presence in `set` is `present` turns up (`true`
    /// then): `issuperset` looks for a missing one, `isdisjoint` for a shared one.
    pub(crate) fn find_in_iterable(
        &mut self,
        set: &Set,
        other: &Value,
        present: bool,
        span: Span,
    ) -> EvalResult<bool> {
        let mut items = self.set_operand_items(other, span)?;
        while let Some(item) = self.next_item(&mut items, span)? {
            let entry = self.set_entry(&item, span)?;
            if set.borrow().contains(&entry) == present {
                return Ok(true);
            }
        }
        Ok(false)
    }
}

/// The most elements viewfinder puts in one set.
const MAX_SET_LEN: usize = 1 << 26;

/// CPython's `MemoryError` when a growing set reaches [`MAX_SET_LEN`] elements or its table
/// no longer fits under the session's memory limit (asked as the size doubles).
pub(crate) fn check_set_room(set: &SetObject, span: Span) -> EvalResult<()> {
    let len = set.len();
    if !len.is_power_of_two() {
        return Ok(());
    }
    if len >= MAX_SET_LEN || !crate::eval::limits::fits(2 * set.table_bytes() as u128) {
        let kind = crate::exception::ExceptionKind::MemoryError;
        return Err(EvalError::new(kind, "", span));
    }
    Ok(())
}

/// The refusal of `what`, which would show a set in an order CPython's run picks.
pub(crate) fn unordered(what: &str, span: Span) -> EvalError {
    let what = format!(
        "{what} of a set that held a str, bytes or None (their CPython hashes change from run \
         to run, and with them the order)"
    );
    EvalError::unsupported(what, span)
}

/// True when `value` is or holds (through lists, tuples, dicts and sets) a set of more than
/// one element whose order is not CPython's.
pub(crate) fn holds_unordered_set(value: &Value) -> bool {
    match value {
        Value::Set(set) | Value::FrozenSet(set) => {
            let set = set.borrow();
            (!set.order_known() && set.len() > 1)
                || set.entries().any(|e| holds_unordered_set(&e.value))
        }
        Value::List(items) => items.borrow().iter().any(holds_unordered_set),
        Value::Tuple(items) => items.iter().any(holds_unordered_set),
        Value::Dict(dict) => dict
            .borrow()
            .entries()
            .any(|e| holds_unordered_set(&e.key) || holds_unordered_set(&e.value)),
        Value::ObjectArray(array) => array.values().iter().any(holds_unordered_set),
        _ => false,
    }
}

/// The error of `hash(value)` when viewfinder cannot give CPython's number.
pub(crate) fn hash_refusal(value: &Value, span: Span) -> EvalError {
    let what = match value {
        Value::Float(x) if x.is_nan() => "hash() of NaN (CPython hashes it by identity)".into(),
        Value::Scalar(_, s) if s.as_f64().is_nan() => {
            "hash() of NaN (CPython hashes it by identity)".into()
        }
        Value::Str(_) | Value::Buffer(_) => format!(
            "hash() of a {} (CPython salts it per run)",
            value.type_name()
        ),
        Value::None => "hash() of None (CPython's is its address)".into(),
        Value::Tuple(_) | Value::FrozenSet(_) => format!(
            "hash() of a {} holding a str, bytes or None (CPython salts their hashes per run)",
            value.type_name()
        ),
        other => format!(
            "hash() of a {} (CPython's hash of it is its address or the program's own)",
            other.type_name()
        ),
    };
    EvalError::unsupported(what, span)
}

/// `hash(value)`: CPython's number, its `TypeError` for an unhashable value, or an honest
/// refusal where CPython's number changes from run to run.
pub(crate) fn python_hash_of(value: &Value, span: Span) -> EvalResult<i64> {
    if let Value::MemoryView(view) = value {
        crate::eval::python::memoryview::check_hashable(view, span)?;
    }
    match HashKey::of(value) {
        Ok(key) => crate::value::python_hash(&key).ok_or_else(|| hash_refusal(value, span)),
        Err(NotHashable::Unhashable(name)) => Err(EvalError::type_error(
            format!("unhashable type: '{name}'"),
            span,
        )),
        Err(NotHashable::Unmodelled(_)) => Err(hash_refusal(value, span)),
    }
}

#[cfg(test)]
mod tests {
    use std::rc::Rc;

    use crate::eval::tests::printed_past_errors as printed;

    #[test]
    fn a_failing_statement_leaves_the_set_slot_for_slot_as_it_was() {
        let program = "s = {1, 9, 17}\ns.discard(9)\ns.update([2, 3, 33, 41, 49, []])\nx = s.pop() + [1]\ns.discard(1) or s.add([])\nprint(s)\n";
        assert_eq!(
            printed(program),
            printed("s = {1, 9, 17}\ns.discard(9)\nprint(s)\n")
        );
    }

    #[test]
    fn hashes_refuse_salted_values_and_reject_unhashable_ones() {
        use crate::value::Value;
        let span = crate::syntax::Span::default();
        assert_eq!(super::python_hash_of(&Value::Int(-1), span).ok(), Some(-2));
        let refused = super::python_hash_of(&Value::Str(Rc::from("a")), span);
        assert!(refused.is_err_and(|e| e.message.contains("salts")));
        let list = Value::List(Default::default());
        let error = super::python_hash_of(&list, span).expect_err("unhashable");
        assert_eq!(error.message, "unhashable type: 'list'");
    }

    #[test]
    fn a_set_of_strings_answers_what_its_order_cannot_change() {
        let program =
            "s = {'b', 'a'}\nprint(len(s), 'a' in s, sorted(s), s == {'a', 'b'})\nprint(s)\n";
        assert_eq!(printed(program), "2 True ['a', 'b'] True\n");
    }
}
