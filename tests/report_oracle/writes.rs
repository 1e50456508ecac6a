//! The `wrote` events: how many elements, where, and who sees the write.
//!
//! The truth is what the step wrote: each assignment target's elements (computed before the
//! statement ran, so a write of equal values counts) and every byte that changed. Every name
//! whose elements meet those bytes sees the write, and the union of the events' `seen_by`
//! must be exactly those names. An event whose target is one of the statement's targets is
//! held to that target: its `count` is the number of distinct elements written; its
//! `location` for one element is `element K` when that element is item K of the memory's
//! owner (same item size, aligned) and `the element at byte B` otherwise (B from the owner's
//! first byte), and `N elements` for more; a place given for a name (`a[1]`) must be exactly
//! that name's elements meeting the written bytes, and a byte note in it must name the
//! arrays and item sizes involved. A name in `copies_unchanged` must not see the write.

use std::collections::BTreeSet;

use super::check::StepCheck;
use super::claims::Wrote;
use super::notation::{self, Note};
use super::selection::pick;
use super::truth::TruthWrite;

/// Checks the step's writes.
pub fn check(step: &mut StepCheck) {
    let written = step.truth.written();
    let truth = names_meeting(step, &written);
    let events: Vec<&Wrote> = step.claim.wrote().collect();
    let claimed: BTreeSet<String> = events
        .iter()
        .flat_map(|w| w.seen_by.iter().map(|s| s.name.clone()))
        .collect();
    compare_names(step, &truth, &claimed, "the step's writes");
    let writes = step.truth.writes.clone();
    for target in &writes {
        if let Some(event) = matching(step, &events, target) {
            one_write(step, event, target, events.len() > 1);
        }
    }
    for event in &events {
        for name in &event.copies_unchanged {
            if truth.contains(name) {
                step.find("write: a copy said to keep its values sees the write", name);
            }
        }
    }
}

/// The names whose elements meet `ranges`.
fn names_meeting(step: &StepCheck, ranges: &[[i64; 2]]) -> BTreeSet<String> {
    step.truth
        .modelled()
        .filter(|(_, memory)| !memory.meeting(ranges).is_empty())
        .map(|(name, _)| name.clone())
        .collect()
}

/// Names seeing the write that are missing, and names listed that do not see it.
fn compare_names(
    step: &mut StepCheck,
    truth: &BTreeSet<String>,
    claimed: &BTreeSet<String>,
    place: &str,
) {
    for name in truth.difference(claimed) {
        let kind = format!(
            "seen_by: missing a {} that sees the write",
            step.kind_of(name)
        );
        step.find(kind, format!("{place}: {name} sees it"));
    }
    for name in claimed.difference(truth) {
        let made_here = step
            .memory(name)
            .is_some_and(|memory| !memory.owner_existed);
        let kind = match made_here {
            true => "write: reported into memory the step made".to_string(),
            false => format!(
                "seen_by: lists a {} that does not see the write",
                step.kind_of(name)
            ),
        };
        step.find(kind, format!("{place}: {name} does not see it"));
    }
}

/// The event about the statement's target `target`: the last written the same way into the
/// same memory (a name's, or on both sides a temporary's), or the only event when the step
/// has a single write. (`r[mask] += 1` writes into the temporary `r[mask]` first, then back
/// into `r`: the last event is the one about the target.)
fn matching<'e>(step: &StepCheck, events: &[&'e Wrote], target: &TruthWrite) -> Option<&'e Wrote> {
    let owner_of = |buffer: &str| {
        let named = step
            .claim
            .names
            .iter()
            .find(|n| n.buffer.as_deref() == Some(buffer))?;
        step.memory(&named.name).map(|memory| memory.owner)
    };
    let named_owners: BTreeSet<u64> = step.truth.modelled().map(|(_, m)| m.owner).collect();
    let fits = |event: &&&Wrote| match owner_of(&event.buffer) {
        Some(owner) => target.owner == owner,
        None => !named_owners.contains(&target.owner),
    };
    let fitting: Vec<&&Wrote> = events.iter().filter(fits).collect();
    let same = fitting
        .iter()
        .rev()
        .find(|event| event.target == target.target);
    let only = (events.len() == 1 && step.truth.writes.len() == 1)
        .then(|| fitting.first())
        .flatten();
    same.or(only).map(|event| **event)
}

/// Count, location, names and places of one event held to its target.
fn one_write(step: &mut StepCheck, event: &Wrote, target: &TruthWrite, several: bool) {
    let ranges = target.ranges();
    let detail = |what: String| format!("{}: {what}", event.target);
    if event.count != target.addresses.len() {
        let what = format!("count {}, NumPy {}", event.count, target.addresses.len());
        step.find("write: wrong number of elements written", detail(what));
    } else if let Some(expected) = location(target).filter(|l| *l != event.location) {
        let what = format!("location {:?}, NumPy {expected:?}", event.location);
        step.find("write: wrong location", detail(what));
    }
    if several {
        let truth = names_meeting(step, &ranges);
        let claimed = event.seen_by.iter().map(|s| s.name.clone()).collect();
        compare_names(step, &truth, &claimed, &event.target);
    }
    for seen in &event.seen_by {
        if seen.elements != seen.name {
            place(step, &seen.name, &seen.elements, target);
        }
    }
}

/// The true `location` of a write (`None` when the owner's memory is not known).
fn location(target: &TruthWrite) -> Option<String> {
    if target.owner_address == 0 {
        return None;
    }
    Some(match target.addresses.as_slice() {
        [one] => {
            let (byte, size) = (one - target.owner_address, target.itemsize as i64);
            match target.itemsize == target.owner_itemsize && byte % size == 0 {
                true => format!("element {}", byte / size),
                false => format!("the element at byte {byte}"),
            }
        }
        all => format!("{} elements", all.len()),
    })
}

/// One `seen_by` place (`a[1]`, `ba[4:8]`) against the elements of `name` the write met.
fn place(step: &mut StepCheck, name: &str, text: &str, target: &TruthWrite) {
    let detail = |what: &str| format!("{}: {name} at {text:?}: {what}", target.target);
    let Some(memory) = step.memory(name).cloned() else {
        return;
    };
    let (selection, notes) = match notation::place(text) {
        Ok(read) => read,
        Err(error) => return step.find("seen_by: unreadable place", detail(&error)),
    };
    if selection.name != name {
        return step.find(
            "seen_by: the place names another array",
            detail("wrong name"),
        );
    }
    for note in &notes {
        if let Some((kind, what)) = byte_note(step, note, name, target, memory.itemsize) {
            step.find(kind, detail(&what));
        }
    }
    let claimed: BTreeSet<usize> = match pick(&selection, &memory.shape) {
        Ok(picked) => picked.flat.into_iter().collect(),
        Err(error) => return step.find("seen_by: a place NumPy cannot apply", detail(&error)),
    };
    let truth: BTreeSet<usize> = memory.meeting(&target.ranges()).into_iter().collect();
    if claimed != truth {
        let what = format!("elements {claimed:?}, NumPy {truth:?}");
        step.find(
            "seen_by: wrong elements of a name that sees the write",
            detail(&what),
        );
    }
}

/// A byte note in a place: the written array and the seen one, with their item sizes.
fn byte_note(
    step: &StepCheck,
    note: &Note,
    name: &str,
    target: &TruthWrite,
    seen_size: usize,
) -> Option<(&'static str, String)> {
    let Note::Bytes {
        a: Some((first, first_size)),
        b: Some((second, second_size)),
        ..
    } = note
    else {
        return None;
    };
    if step.memory(first).is_none() || second != name {
        return Some(("seen_by: the byte note names no array", format!("{note:?}")));
    }
    let sizes = (*first_size, *second_size);
    (sizes != (target.itemsize, seen_size)).then(|| {
        (
            "seen_by: wrong item sizes in the byte note",
            format!("{note:?}"),
        )
    })
}
