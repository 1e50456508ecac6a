//! The execution table (one row per step, one column per name) and the variable tracker (one
//! row per name, one column per step that changed something), as the seed lessons draw them.
//!
//! Both are first built as a plain [`Grid`] of strings, which the terminal (comfy-table, fitted
//! to the width), Markdown and HTML renderings share.

use super::history::LessonHistory;
use super::notes::step_notes;

/// What a cell shows before a name exists.
pub const NOT_YET: &str = "N/A";

/// Values longer than this many characters per line are abbreviated in tables.
pub const VALUE_WIDTH: usize = 28;

/// A table as plain text cells.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Grid {
    /// The header row.
    pub headers: Vec<String>,
    /// The body rows, each as long as the header.
    pub rows: Vec<Vec<String>>,
}

/// The execution table: Step, Action, one column per name (its value after the step), Notes.
pub fn table_grid(history: &LessonHistory) -> Grid {
    let names = history.names();
    let mut headers = vec!["Step".to_string(), "Action".to_string()];
    headers.extend(names.iter().cloned());
    headers.push("Notes".into());
    let mut current: Vec<String> = vec![NOT_YET.to_string(); names.len()];
    let mut rows = vec![];
    for (number, step) in history.numbered_steps() {
        for (i, name) in names.iter().enumerate() {
            if let Some(value) = step.value_of(name) {
                current[i] = shown(value);
            }
        }
        let mut row = vec![number.to_string(), step.statement.clone()];
        row.extend(current.iter().map(|v| abbreviate_value(v, VALUE_WIDTH)));
        row.push(step_notes(step));
        rows.push(row);
    }
    Grid { headers, rows }
}

/// The variable tracker: one row per name; a column for each step where anything changed
/// (the name's value there), then its final value.
pub fn tracker_grid(history: &LessonHistory) -> Grid {
    let steps = tracker_columns(history);
    let mut headers = vec!["Variable".to_string()];
    headers.extend(steps.iter().map(|n| format!("After step {n}")));
    headers.push("Final".into());
    let rows = history
        .names()
        .iter()
        .map(|name| tracker_row(history, name, &steps))
        .collect();
    Grid { headers, rows }
}

fn tracker_row(history: &LessonHistory, name: &str, steps: &[usize]) -> Vec<String> {
    let value_at = |number: usize| {
        let value = history.value_after(name, number);
        abbreviate_value(value.as_deref().unwrap_or(NOT_YET), VALUE_WIDTH)
    };
    let mut row = vec![name.to_string()];
    row.extend(steps.iter().map(|&n| value_at(n)));
    let last = history.numbered_steps().last().map_or(0, |(n, _)| n);
    row.push(value_at(last));
    row
}

/// The steps that changed the value of some followed name.
pub fn tracker_columns(history: &LessonHistory) -> Vec<usize> {
    history
        .numbered_steps()
        .filter(|(_, step)| !step.changed.is_empty())
        .map(|(n, _)| n)
        .collect()
}

fn shown(value: &Option<String>) -> String {
    value.clone().unwrap_or_else(|| "(deleted)".into())
}

/// `%table` / `--table`, fitted to `width` columns. When the name columns do not fit beside
/// Action and Notes, the table is split: a few names per table, then the notes.
pub fn render_table(history: &LessonHistory, width: usize) -> String {
    let grid = table_grid(history);
    let names = grid.headers.len() - 3;
    let natural: Vec<usize> = (0..grid.headers.len())
        .map(|c| column_width(&grid, c))
        .collect();
    let fixed = natural[0] + natural[1].min(30) + 30;
    if natural.iter().sum::<usize>() <= width || names <= 1 {
        return render_grid(&grid, width);
    }
    let mut parts = vec![];
    let mut start = 2;
    while start < 2 + names {
        let mut end = start + 1;
        let mut used = fixed - 30 + natural[start];
        while end < 2 + names && used + natural[end] <= width {
            used += natural[end];
            end += 1;
        }
        parts.push(render_grid(&columns(&grid, &[0, 1], start..end), width));
        start = end;
    }
    parts.push(render_grid(
        &columns(&grid, &[0, 1, grid.headers.len() - 1], 0..0),
        width,
    ));
    parts.join("")
}

/// The widest line in column `c`, plus borders and padding.
fn column_width(grid: &Grid, c: usize) -> usize {
    let cells = grid.rows.iter().map(|r| &r[c]).chain([&grid.headers[c]]);
    cells
        .flat_map(|t| t.lines())
        .map(|l| l.chars().count())
        .max()
        .unwrap_or(0)
        + 3
}

/// The columns `keep` followed by the columns in `range`.
fn columns(grid: &Grid, keep: &[usize], range: std::ops::Range<usize>) -> Grid {
    let pick = |row: &Vec<String>| {
        let chosen = keep.iter().copied().chain(range.clone());
        chosen.map(|c| row[c].clone()).collect::<Vec<_>>()
    };
    Grid {
        headers: pick(&grid.headers),
        rows: grid.rows.iter().map(pick).collect(),
    }
}

/// `%track` / `--track`, fitted to `width` columns.
pub fn render_tracker(history: &LessonHistory, width: usize) -> String {
    render_grid(&tracker_grid(history), width)
}

/// A grid as a comfy-table, wrapped to `width`.
pub fn render_grid(grid: &Grid, width: usize) -> String {
    if grid.rows.is_empty() {
        return "(no steps yet)\n".into();
    }
    let mut table = crate::report::new_table(Some(width.clamp(20, u16::MAX as usize) as u16));
    table.set_header(grid.headers.clone());
    for row in &grid.rows {
        table.add_row(row.clone());
    }
    format!("{table}\n")
}

/// Abbreviates each line of a printed value to about `max` characters, keeping whole elements
/// from both ends: `[   0    1    2 …  997  998  999]`.
pub fn abbreviate_value(text: &str, max: usize) -> String {
    text.lines()
        .map(|line| abbreviate_line(line, max))
        .collect::<Vec<_>>()
        .join("\n")
}

fn abbreviate_line(line: &str, max: usize) -> String {
    if line.chars().count() <= max {
        return line.to_string();
    }
    let tokens: Vec<&str> = line.split_whitespace().collect();
    let (mut head, mut tail) = (0, 0);
    let mut used = 2;
    while head + tail < tokens.len() {
        let next = if head <= tail {
            tokens[head]
        } else {
            tokens[tokens.len() - 1 - tail]
        };
        if used + next.chars().count() + 1 > max && head + tail >= 2 {
            break;
        }
        used += next.chars().count() + 1;
        if head <= tail { head += 1 } else { tail += 1 }
    }
    let front = tokens[..head].join(" ");
    let back = tokens[tokens.len() - tail..].join(" ");
    format!("{front} … {back}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_values_are_left_alone() {
        assert_eq!(abbreviate_value("[ 1 10  3]", 28), "[ 1 10  3]");
    }

    #[test]
    fn long_values_keep_both_ends() {
        let text = "[ 0  1  2  3  4  5  6  7  8  9 10 11 12 13 14 15 16 17 18 19]";
        let short = abbreviate_value(text, 20);
        assert!(short.starts_with("[ 0 1"), "{short}");
        assert!(short.ends_with("18 19]"), "{short}");
        assert!(short.contains(" … "), "{short}");
    }
}
