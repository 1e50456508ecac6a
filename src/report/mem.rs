//! `%mem`: every buffer the session can reach, and which names reach it.
//!
//! `%whos` is organised by name; `%mem` turns it around and lists memory: one row per buffer
//! with its id, the kind of object that allocated it, its dtype, element count and bytes, every
//! name through which it can be read or written, whether it is read-only, and (for
//! `array.array` and `bytearray`) how many NumPy arrays hold it exported, which blocks resizing.

use std::collections::BTreeMap;
use std::rc::Rc;

use crate::eval::Interpreter;
use crate::memory::{BufferId, BufferOwner, DType, SharedBuffer};
use crate::value::Value;

/// One buffer and what reaches it.
struct BufferRow {
    buffer: Rc<SharedBuffer>,
    dtype: DType,
    exported: usize,
    names: Vec<String>,
    readonly_views: bool,
}

/// The `%mem` table (fitted to `width` columns when given).
pub fn render_mem(session: &Interpreter, width: Option<u16>) -> String {
    let rows = buffer_rows(session);
    if rows.is_empty() {
        return "No buffers: no name holds an array or a buffer object.\n".into();
    }
    let mut table = super::new_table(width);
    table.set_header([
        "Buffer",
        "Owner",
        "DType",
        "Size",
        "Bytes",
        "Names",
        "Read-only",
        "Exported",
    ]);
    for row in rows.values() {
        table.add_row(mem_row(row));
    }
    format!("{table}\n")
}

fn mem_row(row: &BufferRow) -> Vec<String> {
    let bytes = row.buffer.len();
    let readonly = match (row.buffer.readonly, row.readonly_views) {
        (true, _) => "yes".to_string(),
        (false, true) => "some views".to_string(),
        (false, false) => "no".to_string(),
    };
    vec![
        row.buffer.id.to_string(),
        owner_text(row.buffer.owner),
        row.dtype.to_string(),
        (bytes / row.dtype.itemsize().max(1)).to_string(),
        bytes.to_string(),
        row.names.join(", "),
        readonly,
        exported_text(row.buffer.owner, row.exported),
    ]
}

fn owner_text(owner: BufferOwner) -> String {
    match owner {
        BufferOwner::NumPy(_) => "ndarray".into(),
        BufferOwner::ArrayModule(code, _) => format!("array('{code}')"),
        BufferOwner::ByteArray => "bytearray".into(),
        BufferOwner::Bytes => "bytes".into(),
    }
}

fn exported_text(owner: BufferOwner, count: usize) -> String {
    match (owner, count) {
        (BufferOwner::NumPy(_), _) => "-".into(),
        (_, 0) => "no".into(),
        // The count of holders is not CPython's count of exports (a view of an array that
        // looks into a bytearray holds it too), so only the fact is shown.
        (_, _) => "yes".into(),
    }
}

/// Every buffer reachable from a name (or from an item of a list or tuple a name holds).
fn buffer_rows(session: &Interpreter) -> BTreeMap<BufferId, BufferRow> {
    let mut rows = BTreeMap::new();
    for (name, value) in session.names() {
        visit(name, value, &mut rows);
        for (index, item) in container_items(value).iter().enumerate() {
            visit(&format!("{name}[{index}]"), item, &mut rows);
        }
    }
    rows
}

fn container_items(value: &Value) -> Vec<Value> {
    match value {
        Value::List(items) => items.borrow().clone(),
        Value::Tuple(items) => items.to_vec(),
        _ => Vec::new(),
    }
}

fn visit(name: &str, value: &Value, rows: &mut BTreeMap<BufferId, BufferRow>) {
    match value {
        Value::Array(array) => {
            let data = &array.data;
            let readonly = !array.writeable.get();
            add_holder(
                name,
                &data.buffer,
                data.dtype,
                readonly,
                array.owns_data(),
                rows,
            );
        }
        Value::Buffer(object) => {
            add_holder(
                name,
                &object.buffer,
                object.item_dtype(),
                false,
                false,
                rows,
            );
        }
        Value::MemoryView(view) => {
            if let Some(memory) = view.memory() {
                add_holder(
                    name,
                    &memory.buffer,
                    memory.dtype,
                    view.readonly,
                    false,
                    rows,
                );
            }
        }
        _ => {}
    }
}

/// Counts `name` among the holders of `buffer` (an owning array names its dtype).
fn add_holder(
    name: &str,
    buffer: &Rc<SharedBuffer>,
    dtype: DType,
    readonly_view: bool,
    owns: bool,
    rows: &mut BTreeMap<BufferId, BufferRow>,
) {
    let exported = buffer.export_count();
    let row = rows.entry(buffer.id).or_insert_with(|| BufferRow {
        buffer: Rc::clone(buffer),
        dtype,
        exported,
        names: Vec::new(),
        readonly_views: false,
    });
    if owns {
        row.dtype = dtype;
    }
    row.readonly_views |= readonly_view;
    row.names.push(name.to_string());
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::eval::Dialect;

    fn session_after(source: &str) -> Interpreter {
        let source: Rc<str> = Rc::from(source);
        let mut session = Interpreter::new(Dialect::Shorthand);
        for stmt in crate::syntax::parse_program(&source).unwrap() {
            session.run(&stmt, &source, &mut Vec::new()).unwrap();
        }
        session
    }

    #[test]
    fn one_row_per_buffer_with_every_name_that_reaches_it() {
        let session = session_after("a = arange(4)\nv = a[1:]\nc = a.copy()\nl = [1, 2]\n");
        let text = render_mem(&session, Some(120));
        let lines: Vec<&str> = text.lines().filter(|l| l.contains("│ b")).collect();
        assert_eq!(lines.len(), 3, "{text}");
        assert!(lines[0].contains("a, v"), "{text}");
        assert!(
            lines[0].contains("int64") && lines[0].contains("32"),
            "{text}"
        );
    }

    #[test]
    fn exported_bytearray_is_marked() {
        let session = session_after(
            "import numpy as np\nb = bytearray(4)\nv = np.frombuffer(b, dtype=np.uint8)\n",
        );
        let text = render_mem(&session, Some(120));
        assert!(text.contains("bytearray") && text.contains("yes"), "{text}");
    }

    #[test]
    fn empty_session_says_so() {
        assert!(render_mem(&session_after(""), None).starts_with("No buffers"));
    }
}
