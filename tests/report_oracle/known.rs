//! The report bugs already found: `tests/report_oracle/known_report_bugs.txt`.
//!
//! Each entry is one distinct bug: a title line `[Rnn] what is wrong`, one or more `kind:`
//! lines (the exact kinds of finding it makes), one or more `match:` lines (patterns over
//! the signature of a minimised program, as the oracle prints it after `== `; `*` stands for
//! any text), and `program:` followed by a minimised program, indented two spaces, that
//! makes every one of its kinds. Entries are separated by blank lines; `#` starts a comment.
//!
//! A finding is tolerated only when an entry has its exact kind and a pattern matching its
//! signature, so a new kind of wrongness can never hide behind an old entry, and patterns are
//! kept specific to the statement that goes wrong. Every entry's program must still make a
//! finding of each of its kinds (the test `known_report_bugs_still_reproduce`): when a bug is
//! fixed, its entry fails that test and must go, so the list only shrinks.

use crate::differential::known::glob_matches;
use crate::util;

/// Where the entries live.
pub const KNOWN_REPORT_BUGS: &str = "tests/report_oracle/known_report_bugs.txt";

/// One recorded bug.
#[derive(Clone, Debug, Default)]
pub struct KnownBug {
    /// `R01`.
    pub id: String,
    /// What is wrong, in a line.
    pub title: String,
    /// The exact kinds of finding.
    pub kinds: Vec<String>,
    /// Patterns over minimised signatures.
    pub patterns: Vec<String>,
    /// The minimised program.
    pub program: String,
}

/// Every recorded bug, in file order.
pub fn read() -> Vec<KnownBug> {
    let text = std::fs::read_to_string(util::repo_root().join(KNOWN_REPORT_BUGS))
        .unwrap_or_else(|err| panic!("cannot read {KNOWN_REPORT_BUGS}: {err}"));
    parse(&text)
}

/// The entries of `text`; panics on a malformed one.
pub fn parse(text: &str) -> Vec<KnownBug> {
    let mut bugs = vec![];
    let mut current: Option<KnownBug> = None;
    let mut in_program = false;
    for line in text.lines() {
        if line.starts_with('#') {
            continue;
        }
        if line.trim().is_empty() {
            bugs.extend(current.take().map(checked));
            in_program = false;
            continue;
        }
        let bug = current.get_or_insert_with(KnownBug::default);
        if in_program {
            let code = line.strip_prefix("  ").unwrap_or_else(|| {
                panic!("{KNOWN_REPORT_BUGS}: program lines are indented two spaces: {line:?}")
            });
            bug.program += code;
            bug.program.push('\n');
        } else if let Some(rest) = line.strip_prefix('[') {
            let (id, title) = rest
                .split_once("] ")
                .unwrap_or_else(|| panic!("bad title {line:?}"));
            (bug.id, bug.title) = (id.to_string(), title.to_string());
        } else if let Some(kind) = line.strip_prefix("kind: ") {
            bug.kinds.push(kind.to_string());
        } else if let Some(pattern) = line.strip_prefix("match: ") {
            bug.patterns.push(pattern.to_string());
        } else if line == "program:" {
            in_program = true;
        } else {
            panic!("{KNOWN_REPORT_BUGS}: unexpected line {line:?}");
        }
    }
    bugs.extend(current.map(checked));
    bugs
}

/// An entry with every part present.
fn checked(bug: KnownBug) -> KnownBug {
    let complete = !bug.id.is_empty()
        && !bug.kinds.is_empty()
        && !bug.patterns.is_empty()
        && !bug.program.is_empty();
    assert!(complete, "{KNOWN_REPORT_BUGS}: incomplete entry {bug:?}");
    bug
}

/// The entry recording a finding of `kind` whose minimised program has `signature`.
pub fn entry_for<'b>(bugs: &'b [KnownBug], kind: &str, signature: &str) -> Option<&'b KnownBug> {
    bugs.iter().find(|bug| {
        bug.kinds.iter().any(|k| k == kind)
            && bug.patterns.iter().any(|p| glob_matches(p, signature))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "# a comment\n\
        [R01] one array, two names\n\
        kind: verdict: x\n\
        match: v1 = v2 = *\n\
        program:\n  import numpy as np\n  x = y = np.arange(3)[:]\n\n\
        [R02] another\nkind: k\nmatch: *\nprogram:\n  pass\n";

    #[test]
    fn entries_read_with_their_programs() {
        let bugs = parse(SAMPLE);
        assert_eq!(bugs.len(), 2);
        assert_eq!(
            bugs[0].program,
            "import numpy as np\nx = y = np.arange(3)[:]\n"
        );
        assert!(entry_for(&bugs, "verdict: x", "v1 = v2 = v3[:]").is_some());
        assert!(entry_for(&bugs, "verdict: y", "v1 = v2 = v3[:]").is_none());
    }
}
