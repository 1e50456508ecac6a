//! The mismatches already recorded: `tests/differential/known_mismatches.txt`.
//!
//! Each line is `<case>.py: <signature pattern>`, where the pattern is a signature as the
//! fuzzer prints it after `== `, and `*` stands for any text (so one line covers a bug's
//! variants: `*step=*` is every program that the `np.arange(..., step=)` bug makes differ).
//! The first matching line names the case. A line is honest only while its case is in
//! `tests/numpy/` and listed in `tests/numpy/known_failures.txt` (the conformance suite fails
//! when a listed case passes, so a fixed bug's case leaves that list, and then its lines here
//! must go too: [`KnownMismatches::read`] panics on a line naming an unlisted case).

use std::collections::BTreeSet;

use crate::util;

/// Where the patterns live.
pub const KNOWN_MISMATCHES: &str = "tests/differential/known_mismatches.txt";
/// The conformance suite's to-do list, which every known mismatch must point into.
pub const KNOWN_FAILURES: &str = "tests/numpy/known_failures.txt";

/// The recorded patterns, in file order.
pub struct KnownMismatches {
    lines: Vec<(String, String)>,
}

impl KnownMismatches {
    /// Reads the file; panics on a malformed line or one whose case is not a listed known
    /// failure.
    pub fn read() -> KnownMismatches {
        let root = util::repo_root();
        let text = std::fs::read_to_string(root.join(KNOWN_MISMATCHES)).unwrap_or_default();
        let failures = std::fs::read_to_string(root.join(KNOWN_FAILURES)).unwrap_or_default();
        let listed: BTreeSet<&str> = failures
            .lines()
            .map(|line| line.split('#').next().unwrap_or("").trim())
            .filter(|name| !name.is_empty())
            .collect();
        let lines = text
            .lines()
            .filter(|line| !line.trim().is_empty() && !line.starts_with('#'))
            .map(|line| parse_line(line, &listed))
            .collect();
        KnownMismatches { lines }
    }

    /// The case recording `signature`, if a line matches it.
    pub fn case_for(&self, signature: &str) -> Option<&str> {
        self.lines
            .iter()
            .find(|(_, pattern)| glob_matches(pattern, signature))
            .map(|(case, _)| case.as_str())
    }
}

/// `(case, pattern)` from `case.py: pattern`, checking the case is a listed known failure.
fn parse_line(line: &str, listed: &BTreeSet<&str>) -> (String, String) {
    let (case, pattern) = line
        .split_once(": ")
        .unwrap_or_else(|| panic!("{KNOWN_MISMATCHES}: `case.py: pattern` expected, got {line:?}"));
    let case = case.trim();
    assert!(
        listed.contains(case),
        "{KNOWN_MISMATCHES} names {case}, which is not listed in {KNOWN_FAILURES}: a fixed \
         bug's patterns leave with its case"
    );
    (case.to_string(), pattern.to_string())
}

/// True when `text` matches `pattern`, in which `*` stands for any text (nothing else is
/// special).
pub fn glob_matches(pattern: &str, text: &str) -> bool {
    let parts: Vec<&str> = pattern.split('*').collect();
    let (first, last) = (parts[0], parts[parts.len() - 1]);
    if parts.len() == 1 {
        return pattern == text;
    }
    if !text.starts_with(first) || text.len() < first.len() + last.len() {
        return false;
    }
    let mut rest = &text[first.len()..text.len() - last.len()];
    if !text.ends_with(last) {
        return false;
    }
    for middle in &parts[1..parts.len() - 1] {
        match rest.find(middle) {
            Some(at) => rest = &rest[at + middle.len()..],
            None => return false,
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::glob_matches;

    #[test]
    fn stars_stand_for_any_text() {
        assert!(glob_matches(
            "*step=*",
            "print(np.arange(N, step=N))  [both ok]"
        ));
        assert!(glob_matches("print(range(*)[*", "print(range(0)[:])"));
        assert!(!glob_matches("print(range(*)[*", "print(np.arange(0)[:])"));
        assert!(glob_matches("a*b*c", "abc"));
        assert!(!glob_matches("a*b*c", "acb"));
        assert!(!glob_matches("ab*ba", "aba"));
        assert!(glob_matches("exact", "exact"));
        assert!(!glob_matches("exact", "exactly"));
    }
}
