//! The memory diagram: each buffer as a row of cells (index and value), and under it one row
//! per name that looks into it, marking exactly the cells it covers, numbered in the order the
//! name visits them (C order over its own indices).
//!
//! So `a[::-1]` reads `2 1 0`, `a[::2]` reads `0 · 1 · 2`, a transpose of a 2×3 block reads
//! `0 2 4 1 3 5`, a column `· 0 · · 1 ·`, and a zero-stride broadcast visits one cell several
//! times (`0×4`). The [`BufferDiagram`] model is drawn both as text here and as SVG for the
//! handout. Big buffers keep their first and last cells around a `…`.

use std::collections::BTreeMap;
use std::rc::Rc;

use anstyle::{AnsiColor, Style};

use super::history::is_followed;
use crate::eval::Interpreter;
use crate::memory::overlap;
use crate::memory::{DType, Layout, SharedBuffer};
use crate::report::tuple_text;
use crate::value::{OBJECT_ITEMSIZE, ObjectBuffer, Value, read_scalar};

/// Arrays with more elements than this are marked cell by cell (without visit numbers).
pub const ENUMERATE_LIMIT: usize = 1 << 16;

/// One buffer and the names that look into it.
#[derive(Clone, Debug)]
pub struct BufferDiagram {
    /// `b1`.
    pub buffer: String,
    /// `buffer b1: int64, 3 cells of 8 bytes`.
    pub title: String,
    /// The cells shown, in memory order; `None` marks the gap of an abbreviated buffer.
    pub cells: Vec<Option<usize>>,
    /// The value in each shown cell (`…` in the gap).
    pub values: Vec<String>,
    /// One row per name.
    pub rows: Vec<DiagramRow>,
    /// For a pointer buffer: what each object label stands for, and who else holds it
    /// (`o1: a MutableInt object, also obj_list[0]`).
    pub legend: Vec<String>,
}

/// One name's row under a buffer.
#[derive(Clone, Debug)]
pub struct DiagramRow {
    /// The name.
    pub name: String,
    /// `(2,) int64, offset 8 B, strides (8,)`.
    pub summary: String,
    /// Per shown cell: `""` (not covered), the visit number (`0`), `0×4` for a cell visited
    /// several times, `•` for covered (huge arrays), `…` in the gap.
    pub marks: Vec<String>,
    /// Positions (into `cells`) in the order the name first visits them.
    pub path: Vec<usize>,
}

/// Which names look at which buffer.
type Viewers = BTreeMap<u64, (Rc<SharedBuffer>, Vec<(String, Viewer)>)>;

#[derive(Clone, Debug)]
struct Viewer {
    layout: Layout,
    dtype: DType,
    owner: bool,
}

/// Which object arrays look at which pointer buffer.
type PointerViewers = BTreeMap<u64, (Rc<ObjectBuffer>, Vec<(String, Layout, bool)>)>;

/// The diagrams of every buffer that a followed name (or one of `names`, when not empty)
/// looks into, showing at most `max_cells` cells each.
pub fn diagram_model(
    session: &Interpreter,
    names: &[String],
    max_cells: usize,
) -> Vec<BufferDiagram> {
    let mut viewers: Viewers = BTreeMap::new();
    let mut pointer_viewers: PointerViewers = BTreeMap::new();
    for (name, value) in session.names() {
        if !names.is_empty() && !names.contains(name) || !is_followed(value) {
            continue;
        }
        if let Some((buffer, viewer)) = viewer_of(value) {
            let entry = viewers.entry(buffer.id.0).or_insert((buffer, vec![]));
            entry.1.push((name.clone(), viewer));
        }
        if let Value::ObjectArray(array) = value {
            let buffer = Rc::clone(&array.buffer);
            let entry = pointer_viewers
                .entry(buffer.id.0)
                .or_insert((buffer, vec![]));
            let owner = array.base.is_none();
            entry.1.push((name.clone(), array.layout.clone(), owner));
        }
    }
    let max_cells = max_cells.max(4);
    let numeric = viewers.into_iter().map(|(id, (buffer, mut named))| {
        named.sort_by_key(|(_, v)| !v.owner);
        (id, buffer_diagram(&buffer, &named, max_cells))
    });
    let pointers = pointer_viewers
        .into_iter()
        .map(|(id, (buffer, mut named))| {
            named.sort_by_key(|(_, _, owner)| !owner);
            (id, pointer_diagram(&buffer, &named, max_cells, session))
        });
    let mut diagrams: Vec<(u64, BufferDiagram)> = numeric.chain(pointers).collect();
    diagrams.sort_by_key(|(id, _)| *id);
    diagrams.into_iter().map(|(_, diagram)| diagram).collect()
}

fn viewer_of(value: &Value) -> Option<(Rc<SharedBuffer>, Viewer)> {
    match value {
        Value::Array(array) => Some((
            Rc::clone(&array.data.buffer),
            Viewer {
                layout: array.data.layout.clone(),
                dtype: array.data.dtype,
                owner: array.owns_data(),
            },
        )),
        Value::Buffer(object) => {
            let dtype = object.item_dtype();
            let layout = Layout::c_contiguous(0, &[object.len()], dtype.itemsize());
            let owner = true;
            Some((
                Rc::clone(&object.buffer),
                Viewer {
                    layout,
                    dtype,
                    owner,
                },
            ))
        }
        _ => None,
    }
}

fn buffer_diagram(
    buffer: &SharedBuffer,
    named: &[(String, Viewer)],
    max_cells: usize,
) -> BufferDiagram {
    let dtype = cell_dtype(named);
    let size = dtype.itemsize();
    let count = buffer.len() / size;
    let cells = shown_cells(count, max_cells, &anchors_of(named, size));
    let values = cell_values(buffer, dtype, &cells);
    let rows = named
        .iter()
        .map(|(name, v)| diagram_row(name, &v.layout, &v.dtype.to_string(), &cells, size))
        .collect();
    BufferDiagram {
        buffer: buffer.id.to_string(),
        title: format!(
            "buffer {}: {dtype}, {count} cells of {size} {}",
            buffer.id,
            if size == 1 { "byte" } else { "bytes" }
        ),
        cells,
        values,
        rows,
        legend: vec![],
    }
}

/// The diagram of an object array's pointer buffer: each cell shows the object it points at
/// (a short number or string as itself, any other object as a label the legend explains).
fn pointer_diagram(
    buffer: &ObjectBuffer,
    named: &[(String, Layout, bool)],
    max_cells: usize,
    session: &Interpreter,
) -> BufferDiagram {
    let size = OBJECT_ITEMSIZE;
    let count = buffer.cells.borrow().len();
    let extents = named
        .iter()
        .filter_map(|(_, layout, _)| layout.byte_extent());
    let anchors: Vec<usize> = extents
        .flat_map(|(low, high)| [low as usize / size, (high as usize - 1) / size])
        .collect();
    let cells = shown_cells(count, max_cells, &anchors);
    let array_names: Vec<&str> = named.iter().map(|(name, ..)| name.as_str()).collect();
    let (values, legend) = pointee_labels(buffer, &cells, &array_names, session);
    let rows = named
        .iter()
        .map(|(name, layout, _)| diagram_row(name, layout, "object", &cells, size))
        .collect();
    BufferDiagram {
        buffer: buffer.id.to_string(),
        title: format!(
            "pointer buffer {}: object, {count} cells, each an 8-byte pointer",
            buffer.id
        ),
        cells,
        values,
        rows,
        legend,
    }
}

/// What each shown cell points at, and the legend of the labelled objects: the same object
/// in two cells gets the same label, and the legend names the other places holding it.
fn pointee_labels(
    buffer: &ObjectBuffer,
    cells: &[Option<usize>],
    array_names: &[&str],
    session: &Interpreter,
) -> (Vec<String>, Vec<String>) {
    let pointees = buffer.cells.borrow();
    let mut labelled: Vec<Value> = vec![];
    let mut values = vec![];
    for cell in cells {
        let Some(cell) = cell else {
            values.push("…".to_string());
            continue;
        };
        let object = &pointees[*cell];
        if let Some(text) = shown_as_itself(object) {
            values.push(text);
            continue;
        }
        let known = labelled.iter().position(|o| o.is_same_object(object));
        let at = known.unwrap_or_else(|| {
            labelled.push(object.clone());
            labelled.len() - 1
        });
        values.push(format!("o{}", at + 1));
    }
    let legend = labelled
        .iter()
        .enumerate()
        .map(|(at, object)| legend_line(at + 1, object, array_names, session))
        .collect();
    (values, legend)
}

/// A number, bool, `None` or string short enough to stand in a cell.
fn shown_as_itself(object: &Value) -> Option<String> {
    let plain = matches!(
        object,
        Value::Int(_) | Value::Float(_) | Value::Bool(_) | Value::None | Value::Str(_)
    );
    let text = object.to_repr();
    (plain && text.chars().count() <= 6).then_some(text)
}

/// `o1: a MutableInt object, also obj_list[0]`.
fn legend_line(
    label: usize,
    object: &Value,
    array_names: &[&str],
    session: &Interpreter,
) -> String {
    let in_these_arrays = |path: &String| {
        array_names.iter().any(|name| {
            path.strip_prefix(name)
                .is_some_and(|rest| rest.starts_with('['))
        })
    };
    let others: Vec<String> = session
        .paths_to(object)
        .into_iter()
        .filter(|path| !in_these_arrays(path))
        .collect();
    let held = match others.len() {
        0 => "no other name holds it".to_string(),
        _ => format!("also {}", others.join(", ")),
    };
    format!("o{label}: {} object, {held}", a_or_an(object.type_name()))
}

fn a_or_an(type_name: &str) -> String {
    let vowel = type_name.starts_with(|c: char| "aeiouAEIOU".contains(c));
    format!("{} {type_name}", if vowel { "an" } else { "a" })
}

/// The dtype the cells are shown in: the smallest item size, preferring an owner's dtype.
fn cell_dtype(named: &[(String, Viewer)]) -> DType {
    let smallest = named
        .iter()
        .map(|(_, v)| v.dtype.itemsize())
        .min()
        .unwrap_or(1);
    named
        .iter()
        .map(|(_, v)| v.dtype)
        .find(|d| d.itemsize() == smallest)
        .unwrap_or(DType::UInt8)
}

/// All cells, or — for a big buffer — the first and last cells plus the cells where each
/// name's elements begin and end, with `None` for each gap.
fn shown_cells(count: usize, max_cells: usize, anchors: &[usize]) -> Vec<Option<usize>> {
    if count <= max_cells {
        return (0..count).map(Some).collect();
    }
    let mut chosen = std::collections::BTreeSet::new();
    let mut starts: Vec<usize> = vec![0, count.saturating_sub(2)];
    starts.extend(anchors.iter().map(|&a| a.min(count - 1)));
    let budget = max_cells.saturating_sub(starts.len());
    for step in 0..count {
        for &start in &starts {
            if chosen.len() < budget && start + step < count {
                chosen.insert(start + step);
            }
        }
        if chosen.len() >= budget {
            break;
        }
    }
    with_gaps(&chosen)
}

fn with_gaps(chosen: &std::collections::BTreeSet<usize>) -> Vec<Option<usize>> {
    let mut cells = vec![];
    let mut previous: Option<usize> = None;
    for &cell in chosen {
        if previous.is_some_and(|p| p + 1 != cell) {
            cells.push(None);
        }
        cells.push(Some(cell));
        previous = Some(cell);
    }
    cells
}

/// The cells where each name's elements begin and end.
fn anchors_of(named: &[(String, Viewer)], size: usize) -> Vec<usize> {
    let extents = named.iter().filter_map(|(_, v)| v.layout.byte_extent());
    extents
        .flat_map(|(low, high)| [low as usize / size, (high as usize - 1) / size])
        .collect()
}

fn cell_values(buffer: &SharedBuffer, dtype: DType, cells: &[Option<usize>]) -> Vec<String> {
    let data = buffer.data();
    let bytes = data.as_bytes();
    let size = dtype.itemsize();
    cells
        .iter()
        .map(|cell| match cell {
            Some(i) => {
                let scalar = read_scalar(dtype, &bytes[i * size..(i + 1) * size]);
                Value::Scalar(dtype, scalar).to_str()
            }
            None => "…".into(),
        })
        .collect()
}

fn diagram_row(
    name: &str,
    layout: &Layout,
    dtype: &str,
    cells: &[Option<usize>],
    size: usize,
) -> DiagramRow {
    let summary = format!(
        "{} {dtype}, offset {} B, strides {}",
        tuple_text(&layout.shape),
        layout.offset,
        tuple_text(&layout.strides)
    );
    let (marks, path) = if layout.size() <= ENUMERATE_LIMIT {
        numbered_marks(layout, cells, size)
    } else {
        covered_marks(layout, cells, size)
    };
    DiagramRow {
        name: name.to_string(),
        summary,
        marks,
        path,
    }
}

/// Visit numbers, from walking every element in C order.
fn numbered_marks(
    layout: &Layout,
    cells: &[Option<usize>],
    size: usize,
) -> (Vec<String>, Vec<usize>) {
    let position: BTreeMap<usize, usize> = cells
        .iter()
        .enumerate()
        .filter_map(|(i, c)| c.map(|c| (c, i)))
        .collect();
    let mut visits: BTreeMap<usize, (usize, usize)> = BTreeMap::new();
    let mut path = vec![];
    for (k, index) in layout.indices().iter().enumerate() {
        let start = layout.byte_offset_of(index) as usize;
        for cell in start / size..(start + layout.itemsize).div_ceil(size) {
            let Some(&at) = position.get(&cell) else {
                continue;
            };
            let entry = visits.entry(at).or_insert((k, 0));
            if entry.1 == 0 {
                path.push(at);
            }
            entry.1 += 1;
        }
    }
    let marks = (0..cells.len())
        .map(|at| match (cells[at], visits.get(&at)) {
            (None, _) => "…".into(),
            (_, None) => String::new(),
            (_, Some((first, 1))) => first.to_string(),
            (_, Some((first, times))) => format!("{first}×{times}"),
        })
        .collect();
    (marks, path)
}

/// For huge arrays: which shown cells are covered at all (exact overlap test per cell).
fn covered_marks(
    layout: &Layout,
    cells: &[Option<usize>],
    size: usize,
) -> (Vec<String>, Vec<usize>) {
    let marks = cells
        .iter()
        .map(|cell| match cell {
            None => "…".to_string(),
            Some(c) => {
                let one = Layout::c_contiguous((c * size) as isize, &[], size);
                let hit = overlap::shares_memory(&one, layout);
                if hit { "•".into() } else { String::new() }
            }
        })
        .collect();
    (marks, vec![])
}

/// `%diagram [names]` / `--diagram`: the diagrams fitted to `width`, coloured when `color`.
pub fn render_diagram(
    session: &Interpreter,
    names: &[String],
    width: usize,
    color: bool,
) -> String {
    let label = session
        .names()
        .keys()
        .map(String::len)
        .max()
        .unwrap_or(5)
        .max(5);
    let room = width.saturating_sub(label + 3);
    let mut diagrams = diagram_model(session, names, (room / 5).clamp(6, 32));
    let widest = diagrams.iter().map(cell_width).max().unwrap_or(1);
    if widest > 5 {
        diagrams = diagram_model(session, names, (room / widest).clamp(6, 32));
    }
    if diagrams.is_empty() {
        return "(no arrays or buffers to draw)\n".into();
    }
    let mut text = String::new();
    for diagram in &diagrams {
        text += &render_one(diagram, label, color);
    }
    text += "numbers: the order each name visits the cells; ·: not covered; ×k: visited k times (zero stride)\n";
    text
}

fn render_one(diagram: &BufferDiagram, label: usize, color: bool) -> String {
    let index: Vec<String> = diagram
        .cells
        .iter()
        .map(|c| c.map_or("…".to_string(), |c| c.to_string()))
        .collect();
    let cell = cell_width(diagram);
    let line = |name: &str, items: &[String], style: Style| {
        let body: String = items
            .iter()
            .map(|s| {
                paint(
                    &format!("{:>cell$}", if s.is_empty() { "·" } else { s }),
                    style,
                    color && !s.is_empty(),
                )
            })
            .collect();
        format!(
            "{} │{body}\n",
            paint(&format!("{name:>label$}"), style, color)
        )
    };
    let mut text = format!("{}\n", diagram.title);
    text += &line("index", &index, Style::new().dimmed());
    text += &line("value", &diagram.values, Style::new().bold());
    text += &format!(
        "{}─┼{}\n",
        "─".repeat(label),
        "─".repeat(cell * index.len())
    );
    for (i, row) in diagram.rows.iter().enumerate() {
        text += &line(&row.name, &row.marks, name_style(i));
    }
    for row in &diagram.rows {
        text += &format!("{:>label$}   {}: {}\n", "", row.name, row.summary);
    }
    for line in &diagram.legend {
        text += &format!("{:>label$}   {line}\n", "");
    }
    text + "\n"
}

/// Characters per cell: the widest index, value or mark, plus a space.
fn cell_width(diagram: &BufferDiagram) -> usize {
    let index = diagram.cells.iter().flatten().map(|c| c.to_string().len());
    let values = diagram.values.iter().map(|v| v.chars().count());
    let marks = diagram
        .rows
        .iter()
        .flat_map(|r| r.marks.iter().map(|m| m.chars().count()));
    index.chain(values).chain(marks).max().unwrap_or(1) + 1
}

/// The colour of the `i`th name under a buffer.
pub fn name_style(i: usize) -> Style {
    const PALETTE: [AnsiColor; 6] = [
        AnsiColor::Blue,
        AnsiColor::Magenta,
        AnsiColor::Green,
        AnsiColor::Yellow,
        AnsiColor::Cyan,
        AnsiColor::Red,
    ];
    Style::new()
        .fg_color(Some(PALETTE[i % PALETTE.len()].into()))
        .bold()
}

fn paint(text: &str, style: Style, color: bool) -> String {
    if color {
        format!("{style}{text}{style:#}")
    } else {
        text.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::eval::Dialect;

    fn session_after(source: &str) -> Interpreter {
        let shared: Rc<str> = Rc::from(source);
        let dialect = match source.starts_with("import") {
            true => Dialect::Python,
            false => Dialect::Shorthand,
        };
        let mut session = Interpreter::new(dialect);
        for stmt in crate::syntax::parse_program(source).unwrap() {
            session.run(&stmt, &shared, &mut Vec::new()).unwrap();
        }
        session
    }

    fn marks_of(source: &str, name: &str) -> Vec<String> {
        let session = session_after(source);
        let diagrams = diagram_model(&session, &[], 32);
        let row = diagrams
            .iter()
            .flat_map(|d| &d.rows)
            .find(|r| r.name == name);
        row.unwrap().marks.clone()
    }

    #[test]
    fn reversed_view_visits_cells_backwards() {
        assert_eq!(marks_of("a = arange(3); r = a[::-1]", "r"), ["2", "1", "0"]);
    }

    #[test]
    fn stepped_view_skips_cells() {
        assert_eq!(
            marks_of("a = arange(5); e = a[::2]", "e"),
            ["0", "", "1", "", "2"]
        );
    }

    #[test]
    fn transpose_and_column_differ_from_rows() {
        let setup = "m = arange(6).reshape(2, 3); t = m.T; c = m[:, 1]";
        assert_eq!(marks_of(setup, "t"), ["0", "2", "4", "1", "3", "5"]);
        assert_eq!(marks_of(setup, "c"), ["", "0", "", "", "1", ""]);
    }

    #[test]
    fn broadcast_visits_a_cell_more_than_once() {
        let setup = "a = arange(2); b = np.broadcast_to(a, (3, 2))";
        assert_eq!(marks_of(setup, "b"), ["0×3", "1×3"]);
    }

    #[test]
    fn big_buffers_keep_the_cells_where_views_start() {
        let session = session_after("a = arange(1000); s = a[500:503]");
        let diagram = &diagram_model(&session, &[], 16)[0];
        assert!(diagram.cells.len() <= 16 + 4);
        assert!(diagram.cells.contains(&Some(500)));
        assert!(diagram.cells.contains(&None));
    }

    #[test]
    fn a_pointer_buffer_labels_each_object_once_and_names_its_other_holders() {
        let source = "import numpy as np\nclass C:\n    pass\nc = C()\nobjs = [c, 5, c, []]\noa = np.array(objs, dtype=object)\nv = oa[1:]\n";
        let session = session_after(source);
        let diagram = &diagram_model(&session, &[], 32)[0];
        assert_eq!(diagram.values, ["o1", "5", "o1", "o2"]);
        assert_eq!(diagram.rows[1].marks, ["", "0", "1", "2"]);
        assert_eq!(
            diagram.legend,
            [
                "o1: a C object, also c, objs[0], objs[2]",
                "o2: a list object, also objs[3]"
            ]
        );
    }

    #[test]
    fn plain_text_without_colour() {
        let session = session_after("a = arange(3); v = a[1:]");
        let text = render_diagram(&session, &[], 80, false);
        assert!(!text.contains('\u{1b}'), "{text}");
        assert!(text.contains("    v │ · 0 1\n"), "{text}");
        let coloured = render_diagram(&session, &[], 80, true);
        assert!(coloured.contains('\u{1b}'));
    }
}
