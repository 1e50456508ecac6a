//! What the step report says about an object array: its buffer of pointers (shared by its
//! views, exactly as a numeric array's bytes are) and the Python objects its cells point at
//! (shared with every other name that holds them — a list, another array, an attribute).

use std::rc::Rc;

use super::{INDENT, tuple_text};
use crate::eval::Interpreter;
use crate::eval::namespace::SharedKey;
use crate::memory::overlap;
use crate::value::{ObjectArrayObject, OriginKind, Value, index_text};

/// The most cells whose other holders are listed one by one.
const LISTED_CELLS: usize = 4;

/// The lines for a name freshly bound to an object array.
pub(crate) fn render_object_array_binding(
    name: &str,
    array: &Rc<ObjectArrayObject>,
    session: &Interpreter,
) -> Vec<String> {
    let mut lines = vec![headline(name, array, session)];
    for (other, elements) in pointer_sharing(name, array, session) {
        lines.push(format!("{INDENT}shares pointers with {other}: {elements}"));
    }
    if array.rule.kind() != OriginKind::View {
        let shared = shared_objects(name, array, session).into_iter();
        lines.extend(shared.map(|line| format!("{INDENT}{line}")));
    }
    lines
}

/// The other object arrays whose cells overlap `array`'s, with the overlap in NumPy notation
/// (`v[0:2] ↔ oa[1:3]`).
pub(crate) fn pointer_sharing(
    name: &str,
    array: &ObjectArrayObject,
    session: &Interpreter,
) -> Vec<(String, String)> {
    let key = SharedKey::of_object_buffer(&array.buffer);
    let mut sharing = Vec::new();
    for (other, value) in session.names_sharing(key) {
        let Value::ObjectArray(other_array) = value else {
            continue;
        };
        let found = overlap::element_overlap(&array.layout, &other_array.layout);
        if other != name && !found.is_empty() {
            sharing.push((other.clone(), found.render(name, other)));
        }
    }
    sharing
}

/// The name of the array an object array's view looks into.
pub(crate) fn source_of(array: &ObjectArrayObject, session: &Interpreter) -> Option<String> {
    array.base.as_ref().map(|_| base_name(array, session))
}

fn headline(name: &str, array: &ObjectArrayObject, session: &Interpreter) -> String {
    let layout = &array.layout;
    let buffer = &array.buffer;
    match array.rule.kind() {
        OriginKind::View => format!(
            "{name}: VIEW of {} ({}) — pointer buffer {}, offset {} B, strides {}",
            base_name(array, session),
            array.rule.label(),
            buffer.id,
            layout.offset,
            tuple_text(&layout.strides)
        ),
        OriginKind::Copy => format!(
            "{name}: COPY ({}) — new pointer buffer {}, object {}: the pointers are copied, the objects they point at are not",
            array.rule.label(),
            buffer.id,
            tuple_text(&layout.shape)
        ),
        OriginKind::New => format!(
            "{name}: new object array {} ({}), owns pointer buffer {} ({} bytes: one 8-byte pointer per cell)",
            tuple_text(&layout.shape),
            array.rule.label(),
            buffer.id,
            buffer.len_bytes()
        ),
    }
}

/// The name of the array a view's buffer belongs to.
fn base_name(array: &ObjectArrayObject, session: &Interpreter) -> String {
    let Some(base) = &array.base else {
        return "an unnamed array".into();
    };
    session
        .paths_to(base)
        .into_iter()
        .next()
        .unwrap_or_else(|| "an unnamed object array".into())
}

/// Which other names hold the objects the cells point at: one line per cell for a few
/// cells, or one line for a run of cells matching a run of one list.
pub(crate) fn shared_objects(
    name: &str,
    array: &ObjectArrayObject,
    session: &Interpreter,
) -> Vec<String> {
    let mut pairs = Vec::new();
    for (index, object) in array.elements() {
        if !is_mutable_object(&object) {
            continue;
        }
        let own = format!("{name}{}", index_text(&index));
        let others: Vec<String> = session
            .paths_to(&object)
            .into_iter()
            .filter(|path| !path.starts_with(&format!("{name}[")) && path != name)
            .collect();
        if let Some(first) = others.into_iter().next() {
            pairs.push((own, first));
        }
    }
    if pairs.is_empty() {
        return vec![];
    }
    if let Some(run) = list_run(name, &pairs, array.size()) {
        return vec![run];
    }
    let mut lines: Vec<String> = pairs
        .iter()
        .take(LISTED_CELLS)
        .map(|(own, other)| format!("{own} is the same object as {other}"))
        .collect();
    if pairs.len() > LISTED_CELLS {
        lines.push(format!(
            "… and {} more cells point at objects other names hold",
            pairs.len() - LISTED_CELLS
        ));
    }
    lines
}

/// `obj_array[0:7] point at the same objects as obj_list[0:7]` when every cell of a 1-D
/// array is paired, in order, with consecutive items of one list.
fn list_run(name: &str, pairs: &[(String, String)], size: usize) -> Option<String> {
    if pairs.len() != size || size < 2 {
        return None;
    }
    let (list, first) = split_item(&pairs[0].1)?;
    for (at, (_, other)) in pairs.iter().enumerate() {
        let (other_list, position) = split_item(other)?;
        if other_list != list || position != first + at {
            return None;
        }
    }
    Some(format!(
        "{name}[0:{size}] point at the very objects {list}[{first}:{}] holds (no object was copied)",
        first + size
    ))
}

/// `("obj_list", 3)` for `obj_list[3]`.
fn split_item(path: &str) -> Option<(&str, usize)> {
    let (list, rest) = path.split_once('[')?;
    let position = rest.strip_suffix(']')?.parse().ok()?;
    Some((list, position))
}

/// Objects whose sharing a lesson is about: those a program can change in place.
fn is_mutable_object(value: &Value) -> bool {
    matches!(
        value,
        Value::Instance(_)
            | Value::List(_)
            | Value::Dict(_)
            | Value::Set(_)
            | Value::Array(_)
            | Value::ObjectArray(_)
            | Value::Buffer(_)
    )
}
