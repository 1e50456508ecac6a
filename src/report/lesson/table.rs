//! The execution table (one row per step, one column per name) and the variable tracker (one
//! row per name, one column per step that changed something), as the seed lessons draw them.
//!
//! Both are first built as a plain [`Grid`] of strings, which the terminal (comfy-table, fitted
//! to the width), Markdown and HTML renderings share.

use super::history::LessonHistory;
use super::notes::step_notes;

/// What a cell shows before a name exists.
pub const NOT_YET: &str = "N/A";

/// What a cell shows after `del name`.
pub const DELETED: &str = "(deleted)";

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
        let shown = match history.value_after(name, number) {
            Some(value) => value,
            None if history.existed_by(name, number) => DELETED.to_string(),
            None => NOT_YET.to_string(),
        };
        abbreviate_value(&shown, VALUE_WIDTH)
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
    value.clone().unwrap_or_else(|| DELETED.into())
}

/// `%table` / `--table`, fitted to `width` columns. When the name columns do not fit beside
/// Action and Notes, the table is split: a few names per table, then the notes.
pub fn render_table(history: &LessonHistory, width: usize) -> String {
    let grid = table_grid(history);
    let notes = grid.headers.len() - 1;
    let natural = natural_widths(&grid);
    if natural.iter().sum::<usize>() <= width || notes <= 3 {
        return render_grid(&grid, width);
    }
    let kept = natural[0] + natural[1].min(30);
    let mut parts: Vec<String> = column_groups(&natural, kept, 2..notes, width)
        .into_iter()
        .map(|group| render_grid(&columns(&grid, &[0, 1], group), width))
        .collect();
    parts.push(render_grid(&columns(&grid, &[0, 1, notes], 0..0), width));
    parts.join("")
}

/// Each column's natural width (see [`column_width`]).
fn natural_widths(grid: &Grid) -> Vec<usize> {
    (0..grid.headers.len())
        .map(|c| column_width(grid, c))
        .collect()
}

/// Splits the columns in `range` into consecutive groups that fit in `width` beside columns
/// `kept` wide; every group has at least one column.
fn column_groups(
    natural: &[usize],
    kept: usize,
    range: std::ops::Range<usize>,
    width: usize,
) -> Vec<std::ops::Range<usize>> {
    let mut groups = vec![];
    let mut start = range.start;
    while start < range.end {
        let mut end = start + 1;
        let mut used = kept + natural[start];
        while end < range.end && used + natural[end] <= width {
            used += natural[end];
            end += 1;
        }
        groups.push(start..end);
        start = end;
    }
    groups
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

/// `%track` / `--track`, fitted to `width` columns. When the step columns do not fit, the
/// tracker is split into several tables, each repeating the Variable column; the last one
/// ends with Final.
pub fn render_tracker(history: &LessonHistory, width: usize) -> String {
    let grid = tracker_grid(history);
    let natural = natural_widths(&grid);
    if natural.iter().sum::<usize>() <= width {
        return render_grid(&grid, width);
    }
    let columns_after_name = 1..grid.headers.len();
    column_groups(&natural, natural[0], columns_after_name, width)
        .into_iter()
        .map(|group| render_grid(&columns(&grid, &[0], group), width))
        .collect()
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
    let tokens = value_tokens(line);
    let all = tokens.join(" ");
    if all.chars().count() <= max {
        return all;
    }
    let (mut head, mut tail) = (0, 0);
    let mut used = 2;
    while head + tail < tokens.len() {
        let next = if head <= tail {
            &tokens[head]
        } else {
            &tokens[tokens.len() - 1 - tail]
        };
        if used + next.chars().count() + 1 > max && head + tail >= 2 {
            break;
        }
        used += next.chars().count() + 1;
        if head <= tail { head += 1 } else { tail += 1 }
    }
    if head + tail == tokens.len() {
        return all;
    }
    let front = tokens[..head].join(" ");
    let back = tokens[tokens.len() - tail..].join(" ");
    format!("{front} … {back}")
}

/// The whitespace-separated pieces of a printed line, with a lone opening bracket (`[` before
/// a padded first element, as in `[  0   1 200]`) kept on the element it opens.
fn value_tokens(line: &str) -> Vec<String> {
    let mut tokens: Vec<String> = vec![];
    for piece in line.split_whitespace() {
        match tokens.last_mut() {
            Some(last) if last.chars().all(|c| c == '[') => last.push_str(piece),
            _ => tokens.push(piece.to_string()),
        }
    }
    tokens
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_values_are_left_alone() {
        assert_eq!(abbreviate_value("[ 1 10  3]", 28), "[ 1 10  3]");
    }

    #[test]
    fn values_that_fit_once_squeezed_lose_no_elements() {
        // All eight elements fit in 28 characters without the alignment padding: no `…`.
        let text = "[  0   1 200   3   4   5   6   7]";
        assert_eq!(abbreviate_value(text, 28), "[0 1 200 3 4 5 6 7]");
    }

    #[test]
    fn an_opening_bracket_stays_on_its_element() {
        let text = "[      0       1       2 ... 9999997 9999998 9999999]";
        let short = abbreviate_value(text, 28);
        assert!(short.starts_with("[0 1"), "{short}");
        assert!(short.contains(" … "), "{short}");
    }

    #[test]
    fn a_long_tracker_is_split_into_tables_that_fit() {
        let source: String = (0..30).map(|i| format!("a = arange({i} + 1)\n")).collect();
        let (history, _) = crate::script::record_lesson(&source);
        let text = render_tracker(&history, 80);
        assert!(text.lines().all(|l| l.chars().count() <= 80), "{text}");
        assert!(text.matches("Variable").count() > 1, "{text}");
        assert_eq!(text.matches("Final").count(), 1, "{text}");
        assert!(text.contains("After step 30"), "{text}");
    }

    #[test]
    fn deleted_and_rebound_names_are_shown_as_such() {
        let source = "a = arange(3)\nb = a[1:]\na = 5\ndel b\n";
        let (history, _) = crate::script::record_lesson(source);
        let tracker = tracker_grid(&history);
        let row = |name: &str| tracker.rows.iter().find(|r| r[0] == name).unwrap().clone();
        assert_eq!(row("a")[1..], ["[0 1 2]", "[0 1 2]", "5", "5", "5"]);
        assert_eq!(row("b")[1..], [NOT_YET, "[1 2]", "[1 2]", DELETED, DELETED]);
        let table = table_grid(&history);
        assert_eq!(table.rows[2][2], "5", "a = 5 rebinds a; it is not deleted");
        assert_eq!(table.rows[3][3], DELETED);
    }

    #[test]
    fn long_values_keep_both_ends() {
        let text = "[ 0  1  2  3  4  5  6  7  8  9 10 11 12 13 14 15 16 17 18 19]";
        let short = abbreviate_value(text, 20);
        assert!(short.starts_with("[0 1"), "{short}");
        assert!(short.ends_with("18 19]"), "{short}");
        assert!(short.contains(" … "), "{short}");
    }
}
