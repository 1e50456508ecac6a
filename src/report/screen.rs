//! Keeping one step's report within a screenful.
//!
//! A write into a buffer that fifty names share would otherwise print fifty arrays. Reports are
//! cut at [`STEP_REPORT_LINES`] lines, and the last line says how many were left out and where
//! to see everything (`%whos all`).

/// The most lines one step's report prints.
pub const STEP_REPORT_LINES: usize = 40;

/// `text` cut to `max` lines, with a last line saying how many more there were.
pub fn cap_lines(text: &str, max: usize) -> String {
    let total = text.lines().count();
    if total <= max {
        return text.to_string();
    }
    let kept = max.saturating_sub(1);
    let mut capped: String = text.lines().take(kept).map(|l| format!("{l}\n")).collect();
    capped.push_str(&format!("… {} more (%whos all)\n", total - kept));
    capped
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_text_is_unchanged() {
        assert_eq!(cap_lines("a\nb\n", 2), "a\nb\n");
    }

    #[test]
    fn long_text_ends_with_a_count_of_what_was_cut() {
        let text: String = (0..10).map(|i| format!("{i}\n")).collect();
        assert_eq!(cap_lines(&text, 4), "0\n1\n2\n… 7 more (%whos all)\n");
    }
}
