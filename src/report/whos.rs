//! `%who` and `%whos`: every name, and for arrays where their elements live.

use super::tuple_text;
use crate::eval::Interpreter;
use crate::value::Value;

/// `%who`: the names, space separated.
pub fn render_who(session: &Interpreter) -> String {
    let names: Vec<&str> = session.names().keys().map(String::as_str).collect();
    if names.is_empty() {
        "Interactive namespace is empty.\n".into()
    } else {
        format!("{}\n", names.join("  "))
    }
}

/// `%whos`: a table of every name with type, dtype, shape, buffer, offset, strides, whether it
/// owns its data, whether it is writeable, and its base.
pub fn render_whos(session: &Interpreter, width: Option<u16>) -> String {
    render_whos_capped(session, width, usize::MAX)
}

/// `%whos` at the prompt: at most `max_rows` names, then a line saying how many more there
/// are (`%whos all` lists them all).
pub fn render_whos_capped(session: &Interpreter, width: Option<u16>, max_rows: usize) -> String {
    if session.names().is_empty() {
        return "Interactive namespace is empty.\n".into();
    }
    let mut table = super::new_table(width);
    table.set_header([
        "Name",
        "Type",
        "DType",
        "Shape",
        "Buffer",
        "Offset",
        "Strides",
        "Owns data",
        "Writeable",
        "Base",
    ]);
    for (name, value) in session.names().iter().take(max_rows) {
        table.add_row(whos_row(name, value, session));
    }
    let hidden = session.names().len().saturating_sub(max_rows);
    match hidden {
        0 => format!("{table}\n"),
        n => format!("{table}\n… {n} more (%whos all)\n"),
    }
}

fn whos_row(name: &str, value: &Value, session: &Interpreter) -> Vec<String> {
    let blank = || "".to_string();
    match value {
        Value::Array(array) => {
            let layout = &array.data.layout;
            let base = match &array.base {
                None => "None".to_string(),
                Some(base) => name_of(base, session)
                    .unwrap_or_else(|| format!("(unnamed {})", base.type_name())),
            };
            vec![
                name.into(),
                "ndarray".into(),
                array.data.dtype.to_string(),
                tuple_text(&layout.shape),
                array.data.buffer.id.to_string(),
                layout.offset.to_string(),
                tuple_text(&layout.strides),
                yes_no(array.owns_data()),
                yes_no(array.writeable.get()),
                base,
            ]
        }
        Value::MemoryView(view) => match view.memory() {
            Some(memory) => vec![
                name.into(),
                "memoryview".into(),
                format!("{} ('{}')", memory.dtype, view.format.0),
                tuple_text(&memory.layout.shape),
                memory.buffer.id.to_string(),
                memory.layout.offset.to_string(),
                tuple_text(&memory.layout.strides),
                "no".into(),
                yes_no(!view.readonly),
                name_of(&view.obj, session)
                    .unwrap_or_else(|| format!("(unnamed {})", view.obj.type_name())),
            ],
            None => vec![
                name.into(),
                "memoryview".into(),
                "(released)".into(),
                blank(),
                blank(),
                blank(),
                blank(),
                blank(),
                blank(),
                blank(),
            ],
        },
        Value::Buffer(object) => vec![
            name.into(),
            value.type_name().into(),
            object.item_dtype().to_string(),
            format!("({},)", object.len()),
            object.buffer.id.to_string(),
            "0".into(),
            blank(),
            "yes".into(),
            yes_no(!object.buffer.readonly),
            blank(),
        ],
        other => vec![
            name.into(),
            other.type_name().into(),
            blank(),
            blank(),
            blank(),
            blank(),
            blank(),
            blank(),
            blank(),
            blank(),
        ],
    }
}

fn name_of(value: &Value, session: &Interpreter) -> Option<String> {
    session
        .names()
        .iter()
        .find(|(_, v)| v.is_same_object(value))
        .map(|(n, _)| n.clone())
}

fn yes_no(flag: bool) -> String {
    if flag { "yes" } else { "no" }.into()
}
