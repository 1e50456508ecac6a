//! `%who` and `%whos`: every name, and for arrays where their elements live.

use super::tuple_text;
use crate::eval::Interpreter;
use crate::memory::ArrayData;
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
            let base = match &array.base {
                None => "None".to_string(),
                Some(base) => base_name(base, session),
            };
            let mut row = vec![name.into(), "ndarray".into(), array.data.dtype.to_string()];
            row.extend(memory_columns(&array.data));
            row.extend([
                yes_no(array.owns_data()),
                yes_no(array.writeable.get()),
                base,
            ]);
            row
        }
        Value::MemoryView(view) => match view.memory() {
            Some(memory) => {
                let dtype = format!("{} ('{}')", memory.dtype, view.format.0);
                let mut row = vec![name.into(), "memoryview".into(), dtype];
                row.extend(memory_columns(&memory));
                row.extend([
                    "no".into(),
                    yes_no(!view.readonly),
                    base_name(&view.obj, session),
                ]);
                row
            }
            None => bare_row(name, "memoryview", "(released)"),
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
        other => bare_row(name, other.type_name(), ""),
    }
}

/// A row with only a name, a type and what stands in the dtype column.
fn bare_row(name: &str, type_name: &str, dtype: &str) -> Vec<String> {
    let mut row = vec![name.to_string(), type_name.to_string(), dtype.to_string()];
    row.resize(10, String::new());
    row
}

/// The shape, buffer, offset and strides columns of memory seen through a layout.
fn memory_columns(data: &ArrayData) -> [String; 4] {
    [
        tuple_text(&data.layout.shape),
        data.buffer.id.to_string(),
        data.layout.offset.to_string(),
        tuple_text(&data.layout.strides),
    ]
}

/// The name holding `base`, or what it is when none does.
fn base_name(base: &Value, session: &Interpreter) -> String {
    name_of(base, session).unwrap_or_else(|| format!("(unnamed {})", base.type_name()))
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
