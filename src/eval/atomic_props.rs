//! Property test: every step is atomic. A random sequence of statements, some of which fail
//! (some after a first write or binding), leaves the session exactly as a fresh session that
//! ran only the statements that succeeded: the same names, values, dtypes, layouts, flags,
//! buffer bytes, export counts, sharing, buffer ids, and next buffer id.

use std::collections::BTreeMap;
use std::rc::Rc;

use proptest::prelude::*;

use crate::eval::{Dialect, Interpreter};
use crate::syntax::parse_program;
use crate::value::Value;

/// Run in both sessions before the random statements.
const PRELUDE: &str = "import numpy as np
a = np.arange(6)
b = a[1:4]
c = np.zeros((2, 3))
l = [1, 2, 3]
ba = bytearray(4)
";

/// Statements over a few names; many fail, several only after changing something.
const STATEMENTS: &[&str] = &[
    "a[0] = 5",
    "b[1] = 7",
    "x = a[10]",
    "x = a[0] = b[10] = 1",
    "x = a[0] = 9",
    "a[0], b[9] = 1, 2",
    "a += 1",
    "a += 1.5",
    "c += 1.5",
    "c = c + a",
    "c = c + 1",
    "d = a[2:]",
    "d = a[::2]",
    "d = a.reshape(2, 3)",
    "d = a.reshape(4, 4)",
    "d = a.copy()[10]",
    "d = np.ones(3) + np.ones(4)",
    "d = np.zeros(10**12)",
    "d[0] = 1",
    "del d",
    "del a, zz",
    "a.flags.writeable = False",
    "a.flags.writeable = True",
    "b.flags.writeable = True",
    "b[:] = 0",
    "a[[0, 1]] = [7, 8]",
    "a[[0, 9]] = 1",
    "a[a > 2] = 0",
    "l.append(a)",
    "l.append(1)",
    "l[5] = 1",
    "l[0] = q",
    "l += [1, zz]",
    "m = np.frombuffer(ba, dtype=np.uint8)",
    "ba.append(1)",
    "ba[0] = 300",
    "ba[1] = 3",
    "del m",
    "q = undefined_name",
    "x = a + 'text'",
    "y = z = a.copy()",
    "e = np.concatenate([a, c])",
    "e = np.concatenate([a, b])",
    "a.sort()",
    "a.fill(2.5)",
    "c[0] = [1, 2]",
    "c[0] = [1, 2, 3]",
    "t = a.T; t[0] = 1; t[99] = 2",
    "print(a); a[0] = 3; a[77]",
];

/// Everything observable about one name's value.
fn fingerprint_value(value: &Value) -> String {
    let mut text = format!("{} {}", value.type_name(), value.to_repr());
    match value {
        Value::Array(array) => {
            let data = &array.data;
            text += &format!(
                " dtype={} shape={:?} strides={:?} offset={} writeable={} buffer={} bytes={:?} exports={}",
                data.dtype,
                data.layout.shape,
                data.layout.strides,
                data.layout.offset,
                array.writeable.get(),
                data.buffer.id,
                data.buffer.data().as_bytes(),
                data.buffer.export_count(),
            );
        }
        Value::Buffer(object) => {
            text += &format!(
                " buffer={} bytes={:?} exports={}",
                object.buffer.id,
                object.buffer.data().as_bytes(),
                object.buffer.export_count(),
            );
        }
        _ => {}
    }
    text
}

/// The buffer a name's value looks into, if any.
fn buffer_of(value: &Value) -> Option<usize> {
    match value {
        Value::Array(array) => Some(Rc::as_ptr(&array.data.buffer) as usize),
        Value::Buffer(object) => Some(Rc::as_ptr(&object.buffer) as usize),
        _ => None,
    }
}

/// Every name's fingerprint, which names share a buffer, and the next buffer id.
fn fingerprint(session: &Interpreter) -> String {
    let mut sharing: BTreeMap<usize, Vec<&str>> = BTreeMap::new();
    let mut text = String::new();
    for (name, value) in session.names() {
        text += &format!("{name}: {}\n", fingerprint_value(value));
        if let Some(buffer) = buffer_of(value) {
            sharing.entry(buffer).or_default().push(name);
        }
    }
    let mut groups: Vec<_> = sharing.into_values().collect();
    groups.sort();
    text += &format!(
        "sharing: {groups:?}\nnext buffer: {}\n",
        session.buffers.mark()
    );
    text += &format!("order: {:?}\n", session.names_in_binding_order());
    text
}

/// Runs `program` statement by statement; the statements (as text) that succeeded.
fn run_all(session: &mut Interpreter, program: &str) -> Vec<String> {
    let source: Rc<str> = Rc::from(program);
    let mut succeeded = Vec::new();
    for stmt in parse_program(program).expect("the statements parse") {
        if session.run(&stmt, &source, &mut Vec::new()).is_ok() {
            succeeded.push(program[stmt.span.start..stmt.span.end].to_string());
        }
    }
    succeeded
}

/// A fresh session after the prelude.
fn prepared() -> Interpreter {
    let mut session = Interpreter::new(Dialect::Shorthand);
    let done = run_all(&mut session, PRELUDE);
    assert_eq!(done.len(), PRELUDE.lines().count(), "the prelude runs");
    session
}

/// Each line runs as one entry, as at the prompt: a line of several statements is several
/// steps, and each may fail on its own.
fn run_lines(session: &mut Interpreter, lines: &[&str]) -> Vec<String> {
    lines
        .iter()
        .flat_map(|line| run_all(session, &format!("{line}\n")))
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn failing_steps_change_nothing(picks in prop::collection::vec(0..STATEMENTS.len(), 1..14)) {
        let lines: Vec<&str> = picks.iter().map(|&i| STATEMENTS[i]).collect();
        let mut everything = prepared();
        let succeeded = run_lines(&mut everything, &lines);
        let mut only_successes = prepared();
        let replay: Vec<&str> = succeeded.iter().map(String::as_str).collect();
        let replayed = run_lines(&mut only_successes, &replay);
        prop_assert_eq!(&replayed, &succeeded, "the successful steps succeed again");
        prop_assert_eq!(fingerprint(&everything), fingerprint(&only_successes));
    }
}

#[test]
fn a_failing_step_keeps_the_next_buffer_id() {
    let mut session = prepared();
    let before = fingerprint(&session);
    assert!(run_lines(&mut session, &["d = np.ones(3) + np.ones(4)"]).is_empty());
    assert_eq!(fingerprint(&session), before);
}

#[test]
fn a_chained_assignment_failing_midway_is_undone() {
    let mut session = prepared();
    let before = fingerprint(&session);
    assert!(run_lines(&mut session, &["x = a[0] = b[10] = 1"]).is_empty());
    assert_eq!(fingerprint(&session), before);
}
