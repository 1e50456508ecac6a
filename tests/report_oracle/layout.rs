//! The memory facts of each name in the trace's `names`, against NumPy's.
//!
//! Compared for every array and buffer object: shape, dtype, `flags.writeable`,
//! `flags.owndata`, `.base` (a name must hold NumPy's `.base` object, `(unnamed T)` means no
//! name does and `T` is its type, `null` means there is none); for non-empty ones also the
//! strides of every axis longer than one (NumPy's strides elsewhere never move an element)
//! and the byte offset from the start of the owner's memory; and the buffer ids: two
//! non-empty names are on one buffer exactly when NumPy's memory owner is the same object.

use super::check::StepCheck;
use super::claims::ClaimName;
use super::truth::Memory;

/// Checks every name's facts and the buffer partition.
pub fn check(step: &mut StepCheck) {
    let names: Vec<(String, Memory)> = step
        .truth
        .modelled()
        .map(|(name, memory)| (name.clone(), memory.clone()))
        .collect();
    for (name, memory) in &names {
        if let Some(claim) = step.claim.name(name) {
            name_facts(step, name, memory, claim);
        }
    }
    buffers(step, &names);
}

/// One name's facts.
fn name_facts(step: &mut StepCheck, name: &str, memory: &Memory, claim: &ClaimName) {
    let kind = step.kind_of(name).to_string();
    let mut differs = |what: &str, claimed: String, truth: String| {
        let kind_text = format!(
            "layout: {what} of a{} {kind}",
            if kind == "array" { "n" } else { "" }
        );
        step.find(
            kind_text,
            format!("{name}: claimed {claimed}, NumPy {truth}"),
        );
    };
    if claim.shape.as_ref() != Some(&memory.shape) {
        differs(
            "shape",
            format!("{:?}", claim.shape),
            format!("{:?}", memory.shape),
        );
        return;
    }
    if kind == "array" {
        let same = |claimed: Option<bool>, truth: Option<bool>| claimed == truth;
        if claim.dtype != memory.dtype {
            differs(
                "dtype",
                format!("{:?}", claim.dtype),
                format!("{:?}", memory.dtype),
            );
        }
        if !same(claim.writeable, memory.writeable) {
            differs(
                "writeable",
                format!("{:?}", claim.writeable),
                format!("{:?}", memory.writeable),
            );
        }
        if !same(claim.owns_data, memory.owndata) {
            differs(
                "owns_data",
                format!("{:?}", claim.owns_data),
                format!("{:?}", memory.owndata),
            );
        }
    }
    if memory.size() > 0 {
        let strides = claim.strides.clone().unwrap_or_default();
        let moving = |s: &[i64]| -> Vec<Option<i64>> {
            let on_long_axes = memory
                .shape
                .iter()
                .zip(s)
                .map(|(&len, &st)| (len > 1).then_some(st));
            on_long_axes.collect()
        };
        if moving(&strides) != moving(&memory.strides) {
            differs(
                "strides",
                format!("{strides:?}"),
                format!("{:?}", memory.strides),
            );
        }
        let offset = memory.address - memory.owner_address;
        if memory.owner_address != 0 && claim.offset != Some(offset) {
            differs("offset", format!("{:?}", claim.offset), format!("{offset}"));
        }
    }
    if kind == "array" {
        base(step, name, memory, claim);
    }
}

/// `.base`: a name, `(unnamed T)` or `null`, against NumPy's `.base`.
fn base(step: &mut StepCheck, name: &str, memory: &Memory, claim: &ClaimName) {
    let holders: Vec<&String> = step
        .truth
        .names
        .iter()
        .filter(|(_, t)| Some(t.object) == memory.base)
        .map(|(n, _)| n)
        .collect();
    let fine = match (&claim.base, memory.base) {
        (None, None) => true,
        (Some(text), Some(_)) => match text.strip_prefix("(unnamed ") {
            Some(kind) => {
                holders.is_empty()
                    && Some(kind.trim_end_matches(')')) == memory.base_type.as_deref()
            }
            None => holders.contains(&text),
        },
        _ => false,
    };
    if !fine {
        let truth = match memory.base {
            None => "None".to_string(),
            Some(_) => format!(
                "a {} held by {holders:?}",
                memory.base_type.as_deref().unwrap_or("?")
            ),
        };
        step.find(
            "layout: base",
            format!("{name}.base: claimed {:?}, NumPy {truth}", claim.base),
        );
    }
}

/// Same buffer id exactly when the same owner, for non-empty names.
fn buffers(step: &mut StepCheck, names: &[(String, Memory)]) {
    let nonempty: Vec<&(String, Memory)> = names.iter().filter(|(_, m)| m.size() > 0).collect();
    for (i, (a, memory_a)) in nonempty.iter().enumerate() {
        for (b, memory_b) in &nonempty[i + 1..] {
            let buffer = |n: &str| step.claim.name(n).and_then(|c| c.buffer.clone());
            let same_buffer = buffer(a) == buffer(b);
            if same_buffer != (memory_a.owner == memory_b.owner) {
                let kind = match same_buffer {
                    true => "layout: one buffer, two owners",
                    false => "layout: one owner, two buffers",
                };
                step.find(
                    kind,
                    format!("{a} and {b}: buffers {:?} and {:?}", buffer(a), buffer(b)),
                );
            }
        }
    }
}
