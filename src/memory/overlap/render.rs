//! Report text for overlaps, in NumPy's own indexing notation.
//!
//! A block reads `view[0:2] ↔ arr[1:3]`, `mt[0:4, 0:3] ↔ m[0:3, 0:4].T` or
//! `bt[:, 0:3] ↔ a[0:3] (each element of a appears 4 times in bt)`; an irregular overlap lists
//! its first pairs, `v[0] ↔ a[0], v[1] ↔ a[2], … (7 pairs in all: 7 elements of v, 7 of a)`.

use super::{AxisSel, BlockOverlap, ElementPair, PairList, Selection};

impl Selection {
    /// The NumPy expression for the selected elements of the array called `name`.
    pub fn render(&self, name: &str) -> String {
        let mut out = name.to_string();
        if let Some(shape) = &self.reshape {
            out += &format!(".reshape({})", joined(shape.iter()));
        }
        if !self.axes.is_empty() {
            out += &format!("[{}]", joined(self.axes.iter()));
        }
        match self.transpose.as_deref() {
            Some([1, 0]) => out += ".T",
            Some(order) => out += &format!(".transpose({})", joined(order.iter())),
            None => {}
        }
        out
    }
}

impl std::fmt::Display for AxisSel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {
            AxisSel::Index(i) => write!(f, "{i}"),
            AxisSel::All => write!(f, ":"),
            AxisSel::Slice { start, stop, step } => {
                let stop = stop.map_or(String::new(), |s| s.to_string());
                match step {
                    1 => write!(f, "{start}:{stop}"),
                    _ => write!(f, "{start}:{stop}:{step}"),
                }
            }
        }
    }
}

impl BlockOverlap {
    /// `a_sel ↔ b_sel`, with notes on broadcast repeats, byte overlap and axis order.
    pub fn render(&self, a_name: &str, b_name: &str) -> String {
        let mut notes = vec![];
        if self.a_repeats > 1 {
            notes.push(format!(
                "each element of {b_name} appears {} times in {a_name}",
                self.a_repeats
            ));
        }
        if self.b_repeats > 1 {
            notes.push(format!(
                "each element of {a_name} appears {} times in {b_name}",
                self.b_repeats
            ));
        }
        notes.extend(self.bytes.map(|sizes| bytes_note(sizes, a_name, b_name)));
        if self.reordered {
            notes.push("axes walked in a different order".to_string());
        }
        let pair = format!("{} ↔ {}", self.a.render(a_name), self.b.render(b_name));
        with_notes(pair, &notes)
    }
}

impl PairList {
    /// The first pairs, then `…` and the totals when there are more.
    pub fn render(&self, a_name: &str, b_name: &str) -> String {
        let mut text: Vec<String> = self.first.iter().map(|p| pair(p, a_name, b_name)).collect();
        let mut notes = vec![];
        if self.total_pairs > self.first.len() as u64 {
            text.push("…".to_string());
            notes.push(format!(
                "{} pairs in all: {} elements of {a_name}, {} of {b_name}",
                self.total_pairs, self.count_a, self.count_b
            ));
        }
        notes.extend(self.bytes.map(|sizes| bytes_note(sizes, a_name, b_name)));
        with_notes(text.join(", "), &notes)
    }
}

fn pair(pair: &ElementPair, a_name: &str, b_name: &str) -> String {
    format!(
        "{} ↔ {}",
        element(a_name, &pair.a),
        element(b_name, &pair.b)
    )
}

/// `m[1, 2]`, or just the name for a 0-d array.
fn element(name: &str, index: &[usize]) -> String {
    match index {
        [] => name.to_string(),
        _ => format!("{name}[{}]", joined(index.iter())),
    }
}

fn bytes_note((size_a, size_b): (usize, usize), a_name: &str, b_name: &str) -> String {
    if size_a == size_b {
        return format!("by bytes: the {size_a}-byte items are not aligned with each other");
    }
    format!("by bytes: {a_name} has {size_a}-byte items, {b_name} has {size_b}-byte items")
}

fn with_notes(text: String, notes: &[String]) -> String {
    match notes {
        [] => text,
        _ => format!("{text} ({})", notes.join("; ")),
    }
}

fn joined<T: ToString>(items: impl Iterator<Item = T>) -> String {
    items
        .map(|item| item.to_string())
        .collect::<Vec<_>>()
        .join(", ")
}
