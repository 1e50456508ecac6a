//! The `made`, `alias` and `deleted` events: view, copy or new, and another name.
//!
//! For each array name bound by the step, NumPy says which it is:
//!
//! - the same object as before under that name: no event should make it new;
//! - an object other names held before the step (`b = a`): an `alias` event listing exactly
//!   the other names that hold it now, never a `made` event;
//! - a new object: one of its names gets a `made` event (the others may be aliases of it).
//!   It is a **view** exactly when its memory's owner already owned memory some name reached
//!   before the step; then its `source`, when it is a name (or "a temporary view of" one),
//!   must reach that same memory. An array owning its memory is never a view. A view of a
//!   temporary made by the step itself may be called a view (of a temporary, not of a
//!   name) or a copy; for a copy or a new array, `base_misleads` must be whether NumPy's
//!   `.base` is set, and for a view it must be false.
//!
//! A `deleted` event's `still_reachable` must be the names whose memory has the deleted
//! name's owner.

use std::collections::{BTreeMap, BTreeSet};

use super::check::StepCheck;
use super::claims::{Event, Made};
use super::truth::TruthName;

/// Checks the events of one step.
pub fn check(step: &mut StepCheck) {
    let mut fresh: BTreeMap<u64, Vec<String>> = BTreeMap::new();
    let arrays: Vec<(String, u64, Vec<String>)> = step
        .truth
        .names
        .iter()
        .filter(|(_, t)| t.type_name == "numpy.ndarray")
        .map(|(name, t)| (name.clone(), t.object, t.held_by_before.clone()))
        .collect();
    for (name, object, held) in arrays {
        match held.is_empty() {
            true => fresh.entry(object).or_default().push(name),
            false if held.contains(&name) => kept(step, &name),
            false => rebound(step, &name, object),
        }
    }
    for names in fresh.values() {
        new_object(step, names);
    }
    deletions(step);
}

/// The events naming `name`.
fn events_of<'e>(step: &StepCheck<'e>, name: &str) -> Vec<&'e Event> {
    step.claim
        .events
        .iter()
        .filter(|event| match event {
            Event::Made(made) => made.name == name,
            Event::Alias { name: n, .. } => n == name,
            _ => false,
        })
        .collect()
}

/// A name that still holds its array.
fn kept(step: &mut StepCheck, name: &str) {
    if events_of(step, name)
        .iter()
        .any(|e| matches!(e, Event::Made(_)))
    {
        step.find(
            "verdict: an unchanged name is reported as a new array",
            name,
        );
    }
}

/// The other names holding `object` after the step.
fn holders(step: &StepCheck, object: u64, except: &str) -> BTreeSet<String> {
    let holding = |(n, t): &(&String, &TruthName)| t.object == object && *n != except;
    step.truth
        .names
        .iter()
        .filter(holding)
        .map(|(n, _)| n.clone())
        .collect()
}

/// A name bound to an array other names held before the step.
fn rebound(step: &mut StepCheck, name: &str, object: u64) {
    let expected = holders(step, object, name);
    let events = events_of(step, name);
    let found = match events.first() {
        None => Some((
            "verdict: another name for an array is not reported",
            String::new(),
        )),
        Some(Event::Made(made)) => Some((
            "verdict: another name for an array is reported as a new array",
            format!("made {}", made.kind),
        )),
        Some(Event::Alias { others, .. }) => alias_others(others, &expected),
        Some(_) => None,
    };
    if let Some((kind, what)) = found {
        step.find(kind, format!("{name} (the array of {expected:?}): {what}"));
    }
}

/// An alias event's `others` against the names that really hold the object.
fn alias_others(others: &[String], expected: &BTreeSet<String>) -> Option<(&'static str, String)> {
    let claimed: BTreeSet<String> = others.iter().cloned().collect();
    (claimed != *expected).then(|| {
        let what = format!("others {claimed:?}, NumPy {expected:?}");
        ("verdict: an alias lists the wrong names", what)
    })
}

/// A new array, bound to `names` (several after `x = y = ...`).
fn new_object(step: &mut StepCheck, names: &[String]) {
    let object = step.truth.names[&names[0]].object;
    let mut made_any = false;
    for name in names {
        let events = events_of(step, name);
        for event in events {
            match event {
                Event::Made(made) => {
                    made_any = true;
                    verdict(step, made);
                }
                Event::Alias { others, .. } => {
                    let expected = holders(step, object, name);
                    if let Some((kind, what)) = alias_others(others, &expected) {
                        step.find(kind, format!("{name}: {what}"));
                    }
                }
                _ => {}
            }
        }
    }
    if !made_any {
        let aliased = names.iter().all(|n| !events_of(step, n).is_empty());
        let kind = match aliased {
            true => "verdict: a new array is reported only as another name",
            false => "verdict: a new array is not reported",
        };
        step.find(kind, format!("{names:?}"));
    }
}

/// View, copy or new, the source and `base_misleads` of one `made` event.
fn verdict(step: &mut StepCheck, made: &Made) {
    let truth = &step.truth.names[&made.name];
    let Some(memory) = truth.memory.clone() else {
        return;
    };
    let owns = memory.owner == truth.object;
    let kind = made.kind.as_str();
    let detail = format!("{} made {kind} from {:?}", made.name, made.source);
    if memory.owner_existed && kind != "view" {
        let kind = format!("verdict: a view of existing memory is reported as a {kind}");
        return step.find(kind, &detail);
    }
    if owns && kind == "view" {
        return step.find(
            "verdict: an array owning its memory is reported as a view",
            &detail,
        );
    }
    if kind == "view" {
        source(step, made, memory.owner, memory.owner_existed);
    }
    let misleads = kind != "view" && memory.base.is_some();
    if made.base_misleads != misleads {
        let what = format!(
            "{detail}: base_misleads {}, NumPy's .base {:?}",
            made.base_misleads, memory.base_type
        );
        step.find(format!("verdict: wrong base_misleads for a {kind}"), what);
    }
}

/// The source of a view: a name reaching the view's memory, a temporary, or something
/// unnamed (then no other name may reach that memory).
fn source(step: &mut StepCheck, made: &Made, owner: u64, existed: bool) {
    let Some(text) = made.source.as_deref() else {
        return;
    };
    let named = text.strip_prefix("a temporary view of ").unwrap_or(text);
    let named = same_object_as(named).unwrap_or(named);
    let Some(source) = step.memory(named).map(|m| m.owner) else {
        let others_reach = step
            .truth
            .modelled()
            .any(|(name, memory)| *name != made.name && memory.owner == owner);
        if existed && !text.starts_with("a temporary") && others_reach {
            let what = format!("{} from {text:?}", made.name);
            step.find("verdict: a view's source is not a name of its memory", what);
        }
        return;
    };
    if source != owner {
        let kind = match existed {
            true => "verdict: a view's source does not hold its memory",
            false => "verdict: a view of a temporary is reported as a view of a name",
        };
        step.find(kind, format!("{} from {text:?}", made.name));
    }
}

/// The name in `the same bytes object as x` (a base no name holds, that `x` views too).
fn same_object_as(text: &str) -> Option<&str> {
    let rest = text.strip_prefix("the same ")?;
    let (_kind, name) = rest.split_once(" object as ")?;
    Some(name)
}

/// `deleted` events: the names still reaching the deleted name's memory.
fn deletions(step: &mut StepCheck) {
    let events: Vec<(String, Vec<String>)> = step
        .claim
        .events
        .iter()
        .filter_map(|event| match event {
            Event::Deleted {
                name,
                still_reachable,
            } => Some((name.clone(), still_reachable.clone())),
            _ => None,
        })
        .collect();
    for (name, claimed) in events {
        let Some(&owner) = step.truth.deleted.get(&name) else {
            continue;
        };
        let expected: BTreeSet<String> = step
            .truth
            .modelled()
            .filter(|(_, m)| m.owner == owner)
            .map(|(n, _)| n.clone())
            .collect();
        let claimed: BTreeSet<String> = claimed.into_iter().collect();
        if claimed != expected {
            let what = format!("del {name}: still reachable {claimed:?}, NumPy {expected:?}");
            step.find("deleted: wrong names still reaching the memory", what);
        }
    }
}
