//! What a step's report says of a new memoryview: whose memory it looks into and where, the
//! other names whose elements it meets, and that its exporter cannot be resized while it is
//! held.

use std::rc::Rc;

use crate::eval::Interpreter;
use crate::report::{INDENT, sharing_lines, tuple_text};
use crate::value::{BufferKind, MemoryViewObject, Value};

/// The lines for `name = memoryview(...)` (or a slice or cast of one).
pub(crate) fn render_memoryview_binding(
    name: &str,
    view: &Rc<MemoryViewObject>,
    session: &Interpreter,
) -> Vec<String> {
    let Some(memory) = view.memory() else {
        return vec![format!(
            "{name}: a released memoryview (it holds no memory)"
        )];
    };
    let layout = &memory.layout;
    let readonly = if view.readonly { ", read-only" } else { "" };
    let mut lines = vec![format!(
        "{name}: VIEW of {} (a memoryview, format '{}', shape {}: no copy) — {}, offset {} B, strides {}{readonly}",
        exporter_name(&view.obj, session),
        view.format.0,
        tuple_text(&layout.shape),
        memory.buffer.id,
        layout.offset,
        tuple_text(&layout.strides),
    )];
    lines.extend(sharing_lines(name, &memory, session));
    if let Some(note) = resize_note(name, &view.obj, session) {
        lines.push(note);
    }
    lines
}

/// The name of the object a view exports, or what it is when no name holds it.
fn exporter_name(obj: &Value, session: &Interpreter) -> String {
    session
        .paths_to(obj)
        .into_iter()
        .next()
        .unwrap_or_else(|| format!("an unnamed {}", obj.type_name()))
}

/// `ba cannot be resized while m holds its memory`, for the exporters that can grow.
fn resize_note(name: &str, obj: &Value, session: &Interpreter) -> Option<String> {
    let Value::Buffer(object) = obj else {
        return None;
    };
    if object.kind == BufferKind::Bytes {
        return None;
    }
    let exporter = exporter_name(obj, session);
    Some(format!(
        "{INDENT}while {name} holds it, {exporter} cannot be resized (BufferError) until {name}.release()"
    ))
}
