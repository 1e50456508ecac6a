//! Property test: after any write, the report names exactly the names whose elements share a
//! byte with the written elements (checked by enumerating addresses), and every name whose
//! value changed is among them.

use std::collections::{BTreeMap, BTreeSet};
use std::rc::Rc;

use proptest::prelude::*;

use super::names_seeing;
use crate::eval::{Dialect, Interpreter, Write};
use crate::memory::Layout;
use crate::syntax::parse_program;
use crate::value::Value;

/// One random statement over arrays named `a0`, `a1`, … (shorthand dialect).
fn statement(count: usize) -> impl Strategy<Value = String> {
    let name = move || (0..count).prop_map(|i| format!("a{i}"));
    let slice = prop_oneof![
        Just("::-1"),
        Just("1:"),
        Just("::2"),
        Just(":2"),
        Just("1::2"),
        Just(":")
    ];
    prop_oneof![
        (name(), name(), slice.clone()).prop_map(|(t, s, i)| format!("{t} = {s}[{i}]")),
        (name(), name()).prop_map(|(t, s)| format!("{t} = {s}.T")),
        (name(), name()).prop_map(|(t, s)| format!("{t} = {s}.reshape(-1)")),
        (name(), name(), slice.clone()).prop_map(|(t, s, i)| format!("{t} = {s}[..., {i}]")),
        (name(), slice.clone(), 0..9i64).prop_map(|(t, i, k)| format!("{t}[{i}] = {k}")),
        (name(), 0..9i64).prop_map(|(t, k)| format!("{t}[{t} > 3] = {k}")),
        (name(), 0..3usize, 0..3usize).prop_map(|(t, i, j)| format!("{t}[[{i}, {j}]] = 8")),
        name().prop_map(|t| format!("{t} += 1")),
        (name(), name()).prop_map(|(t, s)| format!("{t} = {s}.copy()")),
    ]
}

/// Every byte an array's elements occupy.
fn bytes_of(layout: &Layout) -> BTreeSet<isize> {
    let size = layout.itemsize as isize;
    layout
        .indices()
        .iter()
        .flat_map(|i| {
            let at = layout.byte_offset_of(i);
            at..at + size
        })
        .collect()
}

/// Every byte the write touched.
fn written_bytes(write: &Write) -> BTreeSet<isize> {
    let layout = &write.region.layout;
    match &write.elements {
        None => bytes_of(layout),
        Some(indices) => indices
            .iter()
            .flat_map(|i| {
                let at = layout.byte_offset_of(i);
                at..at + layout.itemsize as isize
            })
            .collect(),
    }
}

fn values(session: &Interpreter) -> BTreeMap<String, String> {
    session
        .names()
        .iter()
        .map(|(n, v)| (n.clone(), v.to_str()))
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn writes_are_reported_through_exactly_the_names_that_share_the_bytes(
        statements in prop::collection::vec(statement(3), 1..12),
    ) {
        let mut program = String::from("a0 = arange(12).reshape(3, 4)\na1 = a0[1:]\na2 = a0.T\n");
        for s in &statements {
            program += s;
            program.push('\n');
        }
        let source: Rc<str> = Rc::from(program.as_str());
        let mut session = Interpreter::new(Dialect::Shorthand);
        for stmt in parse_program(&program).unwrap() {
            let before = values(&session);
            let Ok(outcome) = session.run(&stmt, &source, &mut Vec::new()) else { continue };
            let after = values(&session);
            for write in &outcome.writes {
                let written = written_bytes(write);
                let expected: BTreeSet<String> = session.names().iter().filter_map(|(name, value)| match value {
                    Value::Array(a) if Rc::ptr_eq(&a.data.buffer, &write.region.buffer)
                        && !bytes_of(&a.data.layout).is_disjoint(&written) => Some(name.clone()),
                    _ => None,
                }).collect();
                let reported: BTreeSet<String> = names_seeing(write, &session).into_iter().map(|(n, _)| n).collect();
                prop_assert_eq!(&reported, &expected, "{}", &source[stmt.span.start..stmt.span.end]);
                for (name, value) in &after {
                    let changed = before.get(name).is_some_and(|old| old != value);
                    let rebound = outcome.names.iter().any(|c| matches!(c, crate::eval::NameChange::Bound { name: n, .. } if n == name));
                    prop_assert!(!changed || rebound || reported.contains(name), "{} changed unreported", name);
                }
            }
        }
    }
}
