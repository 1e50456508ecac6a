//! What the report says about dicts (and sets): a dict is one shared, mutable object like a
//! list, so a change to it is seen by every name bound to it; a shallow copy (`d.copy()`, `dict(d)`) is
//! a new dict holding the very same values; and a write into an array a dict holds is seen
//! as `d['x']`.

use std::rc::Rc;

use crate::eval::Interpreter;
use crate::memory::SharedBuffer;
use crate::report::{INDENT, short};
use crate::value::{Dict, Value};

/// A dict changed in place: every name (and list item, and dict value) holding it sees it.
pub(crate) fn render_dict_change(dict: &Dict, session: &Interpreter) -> Vec<String> {
    render_container_change(&Value::Dict(Rc::clone(dict)), session)
}

/// A list or dict (`holder`) changed in place: the line naming every place it is reached
/// from, then its value as each of them.
pub(crate) fn render_container_change(holder: &Value, session: &Interpreter) -> Vec<String> {
    let kind = holder.type_name();
    let names = session.paths_to(holder);
    let Some(first) = names.first() else {
        return vec![format!("changed a {kind} no name holds")];
    };
    let mut line = format!("changed the {kind} {first} in place");
    match &names[1..] {
        [] => line.push_str("; no other name refers to it"),
        others => line.push_str(&format!(
            "; the same {kind} is also {} (one {kind}, several names)",
            others.join(", ")
        )),
    }
    let width = names.iter().map(String::len).max().unwrap_or(0);
    let mut lines = vec![line];
    let text = short(&holder.to_repr());
    lines.extend(
        names
            .iter()
            .map(|name| format!("{INDENT}{name:<width$} = {text}")),
    );
    lines
}

/// The lines for a name bound to a new dict: its contents, and for each value that some
/// other place already holds (an array, a list, a dict), that it is the very same object
/// there (a shallow copy shares what it holds).
pub(crate) fn render_dict_binding(name: &str, dict: &Dict, session: &Interpreter) -> Vec<String> {
    let holder = Value::Dict(Rc::clone(dict));
    let mut lines = vec![format!("{name}: new dict {}", short(&holder.to_repr()))];
    let entries: Vec<_> = dict.borrow().entries().cloned().collect();
    for entry in entries {
        if !is_shared(&entry.value) {
            continue;
        }
        let here = format!("{name}[{}]", entry.key.to_repr());
        let elsewhere: Vec<String> = session
            .paths_to(&entry.value)
            .into_iter()
            .filter(|path| *path != here)
            .collect();
        if !elsewhere.is_empty() {
            lines.push(format!(
                "{INDENT}{here} is the same {} as {} (not copied: a change to one shows in the other)",
                entry.value.type_name(),
                elsewhere.join(", ")
            ));
        }
    }
    lines
}

/// Values whose changes show wherever they are held.
fn is_shared(value: &Value) -> bool {
    matches!(
        value,
        Value::Array(_) | Value::List(_) | Value::Dict(_) | Value::Set(_)
    )
}

/// `d['x']` for each value of a named dict that is an array over `buffer` (a write into the
/// array shows there).
pub(crate) fn dict_values_holding(buffer: &Rc<SharedBuffer>, session: &Interpreter) -> Vec<String> {
    let mut found = Vec::new();
    for (name, value) in session.names() {
        let Value::Dict(dict) = value else {
            continue;
        };
        let dict = dict.borrow();
        let on_buffer =
            |v: &Value| matches!(v, Value::Array(a) if Rc::ptr_eq(&a.data.buffer, buffer));
        found.extend(
            dict.entries()
                .filter(|entry| on_buffer(&entry.value))
                .map(|entry| format!("{name}[{}]", entry.key.to_repr())),
        );
    }
    found
}

#[cfg(test)]
mod tests {
    use std::rc::Rc;

    use crate::eval::{Dialect, Interpreter};
    use crate::report::render_step;
    use crate::syntax::parse_program;

    /// The report of each statement of `program`, joined.
    fn reports(program: &str) -> String {
        let mut session = Interpreter::new(Dialect::Python);
        let source: Rc<str> = Rc::from(program);
        let mut text = String::new();
        for stmt in parse_program(program).expect("test programs parse") {
            match session.run(&stmt, &source, &mut Vec::new()) {
                Ok(outcome) => text += &render_step(&outcome, &session),
                Err(error) => text += &format!("{error}\n"),
            }
        }
        text
    }

    #[test]
    fn another_name_for_a_dict_and_a_change_seen_by_both() {
        let text = reports("d = {'x': 1}\ne = d\ne['y'] = 2\n");
        assert!(
            text.contains("e: another name for the same dict as d"),
            "{text}"
        );
        assert!(
            text.contains("changed the dict d in place; the same dict is also e"),
            "{text}"
        );
    }

    #[test]
    fn a_shallow_copy_holds_the_same_arrays_and_a_write_shows_through_it() {
        let program = "import numpy as np\na = np.zeros(2)\nd = {'x': a}\nc = d.copy()\na[0] = 1\n";
        let text = reports(program);
        assert!(
            text.contains("c['x'] is the same numpy.ndarray as a, d['x']"),
            "{text}"
        );
        assert!(text.contains("also visible as c['x'], d['x']"), "{text}");
    }

    #[test]
    fn a_failing_statement_leaves_the_dict_as_it_was() {
        let program = "d = {'x': 1}\nd.update([('y', 2), 3])\nd['z'] = 1 / 0\nd.pop('x') + d[[1]]\nprint(d)\n";
        let mut session = Interpreter::new(Dialect::Python);
        let source: Rc<str> = Rc::from(program);
        let mut out = Vec::new();
        for stmt in parse_program(program).expect("parses") {
            let _ = session.run(&stmt, &source, &mut out);
        }
        assert_eq!(String::from_utf8(out).expect("utf-8"), "{'x': 1}\n");
    }
}
