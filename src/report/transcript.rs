//! The annotated transcript's pieces: a step's `[line] >>> statement` header and the comment
//! lines a teacher wrote before it.

use crate::syntax::Stmt;

/// The comment lines a teacher wrote before a step, so the transcript keeps the narrative.
pub fn comments_between(source: &str, from: usize, to: usize) -> String {
    let gap = source.get(from..to).unwrap_or("");
    gap.lines()
        .map(str::trim)
        .filter(|line| line.starts_with('#'))
        .map(|line| format!("{line}\n"))
        .collect()
}

/// `[3] >>> view[0] = 10` for a statement on `line`, with `...` before the continuation lines
/// of a multi-line statement.
pub fn step_header(line: usize, source: &str, stmt: &Stmt) -> String {
    let text = source.get(stmt.span.start..stmt.span.end).unwrap_or("");
    let mut header = String::new();
    for (i, part) in text.lines().enumerate() {
        let prompt = if i == 0 {
            format!("[{line}] >>> ")
        } else {
            format!("{}... ", " ".repeat(line.to_string().len() + 3))
        };
        header.push_str(&prompt);
        header.push_str(part);
        header.push('\n');
    }
    header
}
