//! What the user sees after a step: who was bound, view or copy and why, who shares memory
//! with whom and exactly which elements, who sees a write.
//!
//! Reports read the interpreter and the step's [`Outcome`]; they never change anything and
//! never print: they return text, so the REPL, scripts and tests all render the same way.

mod dicts;
mod error;
pub mod lesson;
mod mem;
mod memoryview;
mod objects;
mod screen;
mod seen;
pub mod transcript;
#[cfg(test)]
mod visibility_props;
mod whos;

pub use error::{
    CallFrame, ErrorPlace, LineCursor, line_of, render_error, render_traceback, render_uncaught,
};
pub use mem::render_mem;
pub use screen::{STEP_REPORT_LINES, cap_lines};
pub(crate) use seen::{names_seeing, written_location};
pub use whos::{render_who, render_whos, render_whos_capped};

use std::rc::Rc;

use crate::eval::namespace::SharedKey;
use crate::eval::{Dialect, Interpreter, NameChange, ObjectChange, Outcome, Write};
use crate::memory::overlap;
use crate::memory::{ArrayData, SharedBuffer};
use crate::value::{ArrayObject, OriginKind, Value};

/// Indentation of the lines that continue a report entry.
pub(crate) const INDENT: &str = "      ";

/// The report lines of one step (empty when the step changed nothing worth saying).
pub fn render_step(outcome: &Outcome, session: &Interpreter) -> String {
    let mut lines = Vec::new();
    if let Some(dialect) = outcome.dialect_switch {
        lines.push(dialect_line(dialect));
    }
    for (at, change) in outcome.names.iter().enumerate() {
        lines.extend(render_name_change(
            change,
            &outcome.names[at + 1..],
            session,
        ));
    }
    for write in &outcome.writes {
        lines.extend(render_write(write, session));
    }
    for list in &outcome.lists_changed {
        lines.extend(render_list_change(list, session));
    }
    for dict in &outcome.dicts_changed {
        lines.extend(dicts::render_dict_change(dict, session));
    }
    for set in &outcome.sets_changed {
        let holder = Value::Set(Rc::clone(set));
        lines.extend(dicts::render_container_change(&holder, session));
    }
    for resize in &outcome.resizes {
        lines.push(format!(
            "{}: buffer {} resized to {} bytes",
            resize.target,
            resize.buffer.id,
            resize.buffer.len()
        ));
    }
    lines.extend(outcome.notes.iter().cloned());
    lines.extend(outcome.object_changes.iter().map(ObjectChange::text));
    let text: String = lines.iter().map(|line| format!("{line}\n")).collect();
    cap_lines(&text, STEP_REPORT_LINES)
}

fn dialect_line(dialect: Dialect) -> String {
    match dialect {
        Dialect::Python => {
            "(python dialect from here on: [1, 2] is a Python list, np. is required)".into()
        }
        Dialect::Shorthand => "(shorthand dialect: [1, 2] makes an array)".into(),
    }
}

/// One name change; `later` are the step's changes after it.
fn render_name_change(
    change: &NameChange,
    later: &[NameChange],
    session: &Interpreter,
) -> Vec<String> {
    match change {
        NameChange::Bound {
            name,
            value,
            previous,
        } => {
            if is_shared_object(value) && previous.as_ref().is_some_and(|p| p.is_same_object(value))
            {
                return vec![format!(
                    "{name}: still the same {} (nothing made or copied)",
                    describe_kind(value)
                )];
            }
            let mut lines = render_binding(name, value, later, session);
            if let Some(previous) = previous.as_ref().filter(|p| !p.is_same_object(value)) {
                lines.push(format!(
                    "{INDENT}(rebound: {name} no longer refers to the old {})",
                    describe_kind(previous)
                ));
            }
            lines
        }
        NameChange::Deleted { name, previous } => vec![render_deletion(name, previous, session)],
    }
}

/// What a freshly bound name holds.
fn render_binding(
    name: &str,
    value: &Value,
    later: &[NameChange],
    session: &Interpreter,
) -> Vec<String> {
    let (others, held_before) = other_holders(name, value, later, session);
    if held_before && is_shared_object(value) {
        let list = others.join(", ");
        return vec![format!(
            "{name}: another name for the same {} as {list} (no copy: changes through one show in the other)",
            describe_kind(value)
        )];
    }
    match value {
        Value::Array(array) => render_array_binding(name, array, session),
        Value::ObjectArray(array) => objects::render_object_array_binding(name, array, session),
        Value::MemoryView(view) => memoryview::render_memoryview_binding(name, view, session),
        Value::Buffer(object) => vec![format!(
            "{name}: new {} over buffer {} ({} bytes)",
            value.type_name(),
            object.buffer.id,
            object.buffer.len()
        )],
        Value::Module(module) => vec![format!("{name}: the {} module", module_name(*module))],
        Value::Dict(dict) => dicts::render_dict_binding(name, dict, session),
        other => vec![format!(
            "{name}: {} {}",
            other.type_name(),
            short(&other.to_repr())
        )],
    }
}

fn render_array_binding(name: &str, array: &Rc<ArrayObject>, session: &Interpreter) -> Vec<String> {
    let data = &array.data;
    let mut lines = vec![array_headline(name, array, session)];
    let mut sharing = sharing_lines(name, data, session);
    if sharing.is_empty() && array.origin.kind() == OriginKind::View {
        sharing.push(format!("{INDENT}shares memory with no other name"));
    }
    match array.origin.kind() {
        _ if array.owns_data() => {}
        OriginKind::Copy => lines.push(format!("{INDENT}note: {name}.base is not None, yet {name} is a copy: NumPy keeps the temporary it copied into as the base")),
        OriginKind::New => lines.push(format!("{INDENT}note: {name}.base is not None, yet {name} is new: NumPy keeps the temporary it computed into as the base")),
        OriginKind::View => {}
    }
    lines.extend(sharing);
    lines
}

/// `shares memory with b: …` for every other name whose elements meet `data`'s, and for the
/// buffer objects owning its memory.
pub(crate) fn sharing_lines(name: &str, data: &ArrayData, session: &Interpreter) -> Vec<String> {
    let mut sharing = Vec::new();
    for (other, other_data) in arrays_on_buffer(&data.buffer, session) {
        if other == name {
            continue;
        }
        let found = overlap::element_overlap(&data.layout, &other_data.layout);
        if !found.is_empty() {
            sharing.push(format!(
                "{INDENT}shares memory with {other}: {}",
                found.render(name, &other)
            ));
        }
    }
    for (other, _) in buffer_objects_under(data, session) {
        sharing.push(format!(
            "{INDENT}shares memory with {other} ({} buffer {})",
            "its", data.buffer.id
        ));
    }
    sharing
}

fn array_headline(name: &str, array: &ArrayObject, session: &Interpreter) -> String {
    let data = &array.data;
    let layout = &data.layout;
    let shape = tuple_text(&layout.shape);
    let source = source_name(array, session);
    let readonly = if array.writeable.get() {
        ""
    } else {
        ", read-only"
    };
    match array.origin.kind() {
        OriginKind::View => format!(
            "{name}: VIEW of {source} ({}) — {}, offset {} B, strides {}{readonly}",
            array.origin.rule,
            data.buffer.id,
            layout.offset,
            tuple_text(&layout.strides)
        ),
        OriginKind::Copy => format!(
            "{name}: COPY of {source} ({}) — new buffer {}, {} {shape}{readonly}; shares memory with no other name",
            array.origin.rule, data.buffer.id, data.dtype
        ),
        OriginKind::New => format!(
            "{name}: new {} array {shape} ({}), owns buffer {} ({} bytes){readonly}",
            data.dtype,
            array.origin.rule,
            data.buffer.id,
            data.buffer.len()
        ),
    }
}

/// The name (or expression) an array was made from.
pub(crate) fn source_name(array: &ArrayObject, session: &Interpreter) -> String {
    let origin = &array.origin;
    if let Some(source) = origin.source.as_ref().and_then(|weak| weak.upgrade())
        && let Some(name) = name_of_array(&source, session)
    {
        return name;
    }
    if let Some(owner) = origin.source_owner.as_ref().and_then(|weak| weak.upgrade())
        && let Some(name) = name_of_array(&owner, session)
    {
        return format!("a temporary view of {name}");
    }
    if let Some(Value::Buffer(_) | Value::MemoryView(_)) = &array.base
        && let Some(name) = buffer_objects_on(&array.data.buffer, session).first()
    {
        return name.0.clone();
    }
    if let Some(exporter) = array.base.as_ref().and_then(Value::bytes_object) {
        return unnamed_exporter(array, exporter, session);
    }
    match &origin.source_text {
        Some(text) => format!("a temporary array (in `{text}`)"),
        None => "an unnamed array".into(),
    }
}

/// The `bytes`, `bytearray` or `array.array` whose memory `array` is in, when its chain of
/// bases ends at one (or at a memoryview of one).
fn exporter_of(array: &ArrayObject) -> Option<Rc<crate::value::BufferObject>> {
    match array.base.as_ref()? {
        Value::Array(base) => exporter_of(base),
        other => other.bytes_object().cloned(),
    }
}

/// An exporter that no name holds: the other named array whose memory is that very object,
/// if any (`np.frombuffer` of one bytes literal twice), else unnamed.
fn unnamed_exporter(
    array: &ArrayObject,
    exporter: &crate::value::BufferObject,
    session: &Interpreter,
) -> String {
    let kind = exporter.kind.type_name();
    let same_exporter = |other: &ArrayObject| {
        exporter_of(other).is_some_and(|o| Rc::ptr_eq(&o.buffer, &exporter.buffer))
    };
    let sibling = session
        .names_sharing(SharedKey::of_buffer(&exporter.buffer))
        .find(|(_, value)| {
            matches!(value, Value::Array(other)
                if !std::ptr::eq(Rc::as_ptr(other), array) && same_exporter(other))
        });
    match sibling {
        Some((name, _)) => format!("the same {kind} object as {name}"),
        None => format!("an unnamed {kind} object"),
    }
}

fn render_deletion(name: &str, previous: &Value, session: &Interpreter) -> String {
    let Some(buffer) = buffer_of(previous) else {
        return format!("del {name}: the name is gone");
    };
    let holders: Vec<String> = arrays_on_buffer(&buffer, session)
        .into_iter()
        .map(|(n, _)| n)
        .chain(
            buffer_objects_on(&buffer, session)
                .into_iter()
                .map(|(n, _)| n),
        )
        .collect();
    if holders.is_empty() {
        format!("del {name}: no name reaches buffer {} any more", buffer.id)
    } else {
        format!(
            "del {name}: buffer {} is still reachable from {}",
            buffer.id,
            holders.join(", ")
        )
    }
}

/// The lines after an in-place write: which elements changed, and every name that sees them.
pub(crate) fn render_write(write: &Write, session: &Interpreter) -> Vec<String> {
    let region = &write.region;
    let through = write.module_name();
    let what = written_location(write);
    let via = match &write.frame {
        Some(function) => format!("through {} inside {function}()", write.target),
        None => format!("({})", write.target),
    };
    let mut lines = vec![format!("wrote {} {what} {via}", region.buffer.id)];
    let seen = names_seeing(write, session);
    let elsewhere: Vec<String> = seen
        .iter()
        .filter(|(name, _)| Some(name.as_str()) != through.as_deref())
        .map(|(name, where_)| {
            if where_.is_empty() {
                name.clone()
            } else {
                where_.clone()
            }
        })
        .collect();
    let elsewhere: Vec<String> = elsewhere
        .into_iter()
        .chain(attributes_holding(&region.buffer, session))
        .chain(dicts::dict_values_holding(&region.buffer, session))
        .collect();
    if elsewhere.is_empty() {
        lines[0].push_str("; no other name sees it");
    } else if write.approximate {
        let names = elsewhere.join(", ");
        lines[0].push_str(&format!(
            "; may also be visible as {names} (too many elements to check one by one)"
        ));
    } else {
        lines[0].push_str(&format!("; also visible as {}", elsewhere.join(", ")));
    }
    let width = seen.iter().map(|(n, _)| n.len()).max().unwrap_or(0);
    for (name, _) in &seen {
        if let Some(value) = session.lookup(name) {
            let text = indent_continuation(&value.to_str(), INDENT.len() + width + 3);
            lines.push(format!("{INDENT}{name:<width$} = {text}"));
        }
    }
    lines
}

/// `obj.attr` for each attribute of a named instance that holds an array on `buffer` (the
/// array a method wrote through `self.data` is also `w.data`).
fn attributes_holding(
    buffer: &Rc<crate::memory::SharedBuffer>,
    session: &Interpreter,
) -> Vec<String> {
    let mut found = Vec::new();
    for (name, value) in session.names() {
        let Value::Instance(instance) = value else {
            continue;
        };
        let attrs = instance.attrs.borrow();
        let mut names: Vec<&String> = attrs
            .iter()
            .filter(|(_, v)| matches!(v, Value::Array(a) if Rc::ptr_eq(&a.data.buffer, buffer)))
            .map(|(attr, _)| attr)
            .collect();
        names.sort();
        found.extend(names.into_iter().map(|attr| format!("{name}.{attr}")));
    }
    found
}

/// A list changed in place: every name bound to it sees the change (the first seed's point).
fn render_list_change(
    list: &Rc<std::cell::RefCell<Vec<Value>>>,
    session: &Interpreter,
) -> Vec<String> {
    dicts::render_container_change(&Value::List(Rc::clone(list)), session)
}

/// The name at the start of a target (`view` in `view[0]`).
pub(crate) fn root_name(target: &str) -> Option<String> {
    let name: String = target
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .collect();
    (!name.is_empty()).then_some(name)
}

/// Every named array or (unreleased) memoryview over `buffer`, with its memory, in name order.
pub(crate) fn arrays_on_buffer(
    buffer: &Rc<SharedBuffer>,
    session: &Interpreter,
) -> Vec<(String, ArrayData)> {
    session
        .names_sharing(SharedKey::of_buffer(buffer))
        .filter_map(|(name, value)| match value {
            Value::Array(a) => Some((name.clone(), a.data.clone())),
            Value::MemoryView(view) => view.memory().map(|memory| (name.clone(), memory)),
            _ => None,
        })
        .collect()
}

/// Every named `bytes`/`bytearray`/`array.array` owning `buffer`.
pub(crate) fn buffer_objects_on(
    buffer: &Rc<SharedBuffer>,
    session: &Interpreter,
) -> Vec<(String, Value)> {
    session
        .names_sharing(SharedKey::of_buffer(buffer))
        .filter(|(_, value)| matches!(value, Value::Buffer(o) if Rc::ptr_eq(&o.buffer, buffer)))
        .map(|(n, v)| (n.clone(), v.clone()))
        .collect()
}

/// The named buffer objects whose memory an array's elements are in: those owning its
/// buffer, or none for an empty array (it has no byte of theirs).
pub(crate) fn buffer_objects_under(
    data: &ArrayData,
    session: &Interpreter,
) -> Vec<(String, Value)> {
    match data.layout.size() {
        0 => vec![],
        _ => buffer_objects_on(&data.buffer, session),
    }
}

pub(crate) fn name_of_array(array: &Rc<ArrayObject>, session: &Interpreter) -> Option<String> {
    session
        .names_sharing(SharedKey::of_buffer(&array.data.buffer))
        .find(|(_, v)| matches!(v, Value::Array(a) if Rc::ptr_eq(a, array)))
        .map(|(n, _)| n.clone())
}

/// The other names bound to `value` after the step, and whether one of them held it before
/// `name` was bound: not when every other is bound by the step after `name` (`x = y = a[:]`
/// makes one array, first bound to `x`; `y` is then another name for it).
pub(crate) fn other_holders(
    name: &str,
    value: &Value,
    later: &[NameChange],
    session: &Interpreter,
) -> (Vec<String>, bool) {
    let others = other_names_for(name, value, session);
    let bound_later = |other: &String| {
        later.iter().any(|change| match change {
            NameChange::Bound {
                name: later_name,
                previous,
                ..
            } => later_name == other && !previous.as_ref().is_some_and(|p| p.is_same_object(value)),
            NameChange::Deleted { .. } => false,
        })
    };
    let held_before = others.iter().any(|other| !bound_later(other));
    (others, held_before)
}

/// Other names bound to the very same object.
fn other_names_for(name: &str, value: &Value, session: &Interpreter) -> Vec<String> {
    let is_other = |(n, v): &(&String, &Value)| n.as_str() != name && v.is_same_object(value);
    match SharedKey::of_value(value) {
        Some(key) => session
            .names_sharing(key)
            .filter(is_other)
            .map(|(n, _)| n.clone())
            .collect(),
        None => session
            .names()
            .iter()
            .filter(is_other)
            .map(|(n, _)| n.clone())
            .collect(),
    }
}

/// True for the objects whose names can share (arrays, lists, buffer objects).
pub(crate) fn is_shared_object(value: &Value) -> bool {
    matches!(
        value,
        Value::Array(_)
            | Value::ObjectArray(_)
            | Value::List(_)
            | Value::Buffer(_)
            | Value::Dict(_)
            | Value::Set(_)
    )
}

fn buffer_of(value: &Value) -> Option<Rc<SharedBuffer>> {
    match value {
        Value::Array(a) => Some(Rc::clone(&a.data.buffer)),
        Value::Buffer(o) => Some(Rc::clone(&o.buffer)),
        _ => None,
    }
}

fn describe_kind(value: &Value) -> String {
    match value {
        Value::Array(a) => format!("{} array {}", a.data.dtype, tuple_text(a.data.shape())),
        Value::ObjectArray(a) => format!("object array {}", tuple_text(a.shape())),
        other => other.type_name().to_string(),
    }
}

/// An empty table in viewfinder's style, fitted to `width` columns when given (`%whos`,
/// `%mem`, the execution table).
pub fn new_table(width: Option<u16>) -> comfy_table::Table {
    let mut table = comfy_table::Table::new();
    table
        .load_style(comfy_table::presets::UTF8_FULL_CONDENSED)
        .set_content_arrangement(comfy_table::ContentArrangement::Dynamic);
    if let Some(width) = width {
        table.set_width(width);
    }
    table
}

/// A shape or strides as Python prints a tuple: `(3,)`, `(2, 3)`.
pub fn tuple_text<T: std::fmt::Display>(items: &[T]) -> String {
    match items {
        [one] => format!("({one},)"),
        _ => format!(
            "({})",
            items
                .iter()
                .map(|s| s.to_string())
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

fn module_name(module: crate::value::Module) -> String {
    module.python_name()
}

/// Long values cut to one line.
pub(crate) fn short(text: &str) -> String {
    let first = text.lines().next().unwrap_or("");
    if first.chars().count() > 60 || text.contains('\n') {
        format!("{}…", first.chars().take(60).collect::<String>())
    } else {
        first.to_string()
    }
}

/// Indents every line after the first by `by` spaces (multi-line array values).
fn indent_continuation(text: &str, by: usize) -> String {
    text.replace('\n', &format!("\n{}", " ".repeat(by)))
}
