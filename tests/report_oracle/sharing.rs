//! Which names share memory: the `overlaps` of every step and the `shares` of every `made`
//! event, against NumPy.
//!
//! Two names share when some byte of an element of one is a byte of an element of the other
//! (what `np.shares_memory` answers exactly; an empty array shares nothing). The claimed pairs
//! must be exactly the true ones, and the element text of each pair must be true too
//! ([`elements`](super::elements)).

use std::collections::{BTreeMap, BTreeSet};

use super::check::StepCheck;
use super::elements;
use super::truth::overlapping_pairs;

/// Checks the step's `overlaps` list and every `made` event's `shares`.
pub fn check(step: &mut StepCheck) {
    let truth = sharing_pairs(step);
    let mut claimed: BTreeMap<(String, String), String> = BTreeMap::new();
    for overlap in &step.claim.overlaps {
        claimed.insert(ordered(&overlap.a, &overlap.b), overlap.elements.clone());
    }
    compare_pairs(step, &truth, &claimed, "overlaps");
    let made: Vec<(String, Vec<(String, String)>)> = step
        .claim
        .made()
        .map(|m| {
            let shares = m
                .shares
                .iter()
                .map(|s| (s.name.clone(), s.elements.clone()));
            (m.name.clone(), shares.collect())
        })
        .collect();
    for (name, shares) in made {
        let truth_here: BTreeSet<(String, String)> = truth
            .iter()
            .filter(|(a, b)| *a == name || *b == name)
            .cloned()
            .collect();
        let claimed_here = shares
            .into_iter()
            .map(|(other, text)| (ordered(&name, &other), text))
            .collect();
        compare_pairs(
            step,
            &truth_here,
            &claimed_here,
            &format!("the shares of {name}"),
        );
    }
}

/// Every unordered pair of names (arrays and buffer objects) sharing a byte, in NumPy.
fn sharing_pairs(step: &StepCheck) -> BTreeSet<(String, String)> {
    let modelled: Vec<_> = step.truth.modelled().collect();
    let mut pairs = BTreeSet::new();
    for (i, (a, memory_a)) in modelled.iter().enumerate() {
        for (b, memory_b) in &modelled[i + 1..] {
            if !overlapping_pairs(memory_a, memory_b).is_empty() {
                pairs.insert(ordered(a, b));
            }
        }
    }
    pairs
}

/// Missing pairs, false pairs, and the element text of the true ones.
fn compare_pairs(
    step: &mut StepCheck,
    truth: &BTreeSet<(String, String)>,
    claimed: &BTreeMap<(String, String), String>,
    place: &str,
) {
    for (a, b) in truth {
        match claimed.get(&(a.clone(), b.clone())) {
            Some(text) => elements::check(step, a, b, text, place),
            None => {
                let kind = format!("sharing: missing pair {}", types(step, a, b));
                step.find(
                    kind,
                    format!("{a} and {b} share memory; {place} does not say so"),
                );
            }
        }
    }
    for ((a, b), text) in claimed {
        if !truth.contains(&(a.clone(), b.clone())) {
            let kind = format!("sharing: false pair {}", types(step, a, b));
            step.find(
                kind,
                format!("{place} says {a} and {b} share ({text}); NumPy: no shared byte"),
            );
        }
    }
}

/// `array–bytearray`: the pair's types, in a fixed order.
fn types(step: &StepCheck, a: &str, b: &str) -> String {
    let mut kinds = [step.kind_of(a), step.kind_of(b)];
    kinds.sort_unstable();
    format!("{}–{}", kinds[0], kinds[1])
}

/// A pair in name order.
fn ordered(a: &str, b: &str) -> (String, String) {
    match a <= b {
        true => (a.to_string(), b.to_string()),
        false => (b.to_string(), a.to_string()),
    }
}
