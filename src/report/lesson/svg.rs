//! The memory diagram as SVG, for the HTML handout: the same [`BufferDiagram`] model as the
//! terminal picture, with each name's cells filled in its colour, numbered in visiting order,
//! and joined by a line that follows the visit.

use super::diagram::{BufferDiagram, DiagramRow, diagram_model};
use crate::eval::Interpreter;

const CELL: usize = 46;
const ROW: usize = 34;
const LABEL: usize = 90;
/// The height of one line of a pointer buffer's legend.
const LEGEND_LINE: usize = 18;
const COLOURS: [&str; 6] = [
    "#2563eb", "#c026d3", "#16a34a", "#ca8a04", "#0891b2", "#dc2626",
];

/// The diagram of every buffer a name in `names` (all names when empty) looks into, as one
/// `<svg>` element per buffer.
pub fn render_svg_diagram(session: &Interpreter, names: &[String]) -> String {
    let diagrams = diagram_model(session, names, 24);
    if diagrams.is_empty() {
        return "<p>(no arrays or buffers to draw)</p>\n".into();
    }
    diagrams.iter().map(svg_of).collect()
}

fn svg_of(diagram: &BufferDiagram) -> String {
    let longest = diagram
        .title
        .len()
        .max(diagram.legend.iter().map(String::len).max().unwrap_or(0));
    let width = (LABEL + CELL * diagram.cells.len() + 20).max(8 * longest + 20);
    let rows_end = 58 + ROW * (diagram.rows.len() + 1) + 10;
    let height = rows_end + LEGEND_LINE * diagram.legend.len();
    let mut svg = format!(
        "<svg class=\"memory\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-label=\"{}\">\n",
        escape(&diagram.title)
    );
    svg += &format!(
        "<text x=\"4\" y=\"16\" class=\"title\">{}</text>\n",
        escape(&diagram.title)
    );
    svg += &buffer_cells(diagram);
    for (i, row) in diagram.rows.iter().enumerate() {
        svg += &name_row(row, i, 58 + ROW * (i + 1));
    }
    for (i, line) in diagram.legend.iter().enumerate() {
        let y = rows_end + LEGEND_LINE * i + 4;
        svg += &format!(
            "<text x=\"4\" y=\"{y}\" class=\"label\">{}</text>\n",
            escape(line)
        );
    }
    svg + "</svg>\n"
}

fn buffer_cells(diagram: &BufferDiagram) -> String {
    let mut svg = format!(
        "<text x=\"4\" y=\"{}\" class=\"label\">value</text>\n",
        58 + 20
    );
    for (at, (cell, value)) in diagram.cells.iter().zip(&diagram.values).enumerate() {
        let x = LABEL + CELL * at;
        let index = cell.map_or("…".to_string(), |c| c.to_string());
        svg += &format!(
            "<text x=\"{}\" y=\"48\" class=\"index\">{index}</text>\n",
            x + CELL / 2
        );
        svg += &format!(
            "<rect class=\"cell\" x=\"{x}\" y=\"58\" width=\"{CELL}\" height=\"{}\"/>\n",
            ROW - 4
        );
        svg += &format!(
            "<text x=\"{}\" y=\"{}\" class=\"value\">{}</text>\n",
            x + CELL / 2,
            58 + 20,
            escape(value)
        );
    }
    svg
}

fn name_row(row: &DiagramRow, i: usize, y: usize) -> String {
    let colour = COLOURS[i % COLOURS.len()];
    let mut svg = format!(
        "<g class=\"view\" data-name=\"{}\"><title>{}: {}</title>\n<text x=\"4\" y=\"{}\" class=\"label\" fill=\"{colour}\">{}</text>\n",
        escape(&row.name),
        escape(&row.name),
        escape(&row.summary),
        y + 20,
        escape(&row.name)
    );
    for (at, mark) in row.marks.iter().enumerate() {
        if mark.is_empty() || mark == "…" {
            continue;
        }
        let x = LABEL + CELL * at;
        svg += &format!(
            "<rect class=\"mark\" x=\"{}\" y=\"{y}\" width=\"{}\" height=\"{}\" fill=\"{colour}\" fill-opacity=\"0.22\" stroke=\"{colour}\"/>\n<text x=\"{}\" y=\"{}\" class=\"visit\" fill=\"{colour}\">{}</text>\n",
            x + 2,
            CELL - 4,
            ROW - 6,
            x + CELL / 2,
            y + 19,
            escape(mark)
        );
    }
    svg += &visit_path(row, y, colour);
    svg + "</g>\n"
}

/// A line through the visited cells in visiting order, so direction and jumps show.
fn visit_path(row: &DiagramRow, y: usize, colour: &str) -> String {
    if row.path.len() < 2 || row.path.len() > 64 {
        return String::new();
    }
    let points: Vec<String> = row
        .path
        .iter()
        .map(|&at| format!("{},{}", LABEL + CELL * at + CELL / 2, y + ROW - 8))
        .collect();
    format!(
        "<polyline points=\"{}\" fill=\"none\" stroke=\"{colour}\" stroke-width=\"1.5\" stroke-opacity=\"0.7\"/>\n",
        points.join(" ")
    )
}

/// Text safe inside HTML and SVG.
pub fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}
