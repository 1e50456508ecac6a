//! The teaching scripts in `examples/` and their checked-in outputs.
//!
//! Each `examples/NAME.py` has `examples/NAME.out`, exactly what `python3 examples/NAME.py`
//! prints. Three promises are checked, each by its own test so one broken promise does not hide
//! the others:
//! - the `.out` is not stale: real NumPy still prints it;
//! - `viewfinder --quiet examples/NAME.py` prints exactly the `.out`;
//! - `viewfinder examples/NAME.py` (annotated) exits 0 and its transcript contains every line of
//!   the `.out`, in order.

use std::path::{Path, PathBuf};

use crate::util;

/// Each example script with the path of its expected output.
fn examples() -> Vec<(PathBuf, PathBuf)> {
    let scripts = util::python_files_in(&util::repo_root().join("examples"));
    assert!(!scripts.is_empty(), "no examples/*.py found");
    scripts
        .into_iter()
        .map(|script| {
            let out = script.with_extension("out");
            (script, out)
        })
        .collect()
}

/// The checked-in expected output, or a failure that says how to create it.
fn read_expected(script: &Path, out: &Path) -> Result<String, String> {
    std::fs::read_to_string(out).map_err(|err| {
        format!(
            "{}: cannot read {} ({err}); create it with `python3 {} > {}`",
            util::file_name(script),
            util::file_name(out),
            relative(script),
            relative(out)
        )
    })
}

fn relative(path: &Path) -> String {
    path.strip_prefix(util::repo_root())
        .unwrap_or(path)
        .display()
        .to_string()
}

/// Panics listing every failure, after all examples were checked.
fn report(what: &str, failures: Vec<String>) {
    assert!(
        failures.is_empty(),
        "{what}: {} failure(s)\n\n{}",
        failures.len(),
        failures.join("\n\n")
    );
}

#[test]
fn example_outputs_match_python() {
    util::require_numpy();
    let mut failures = Vec::new();
    for (script, out) in examples() {
        let expected = match read_expected(&script, &out) {
            Ok(text) => text,
            Err(message) => {
                failures.push(message);
                continue;
            }
        };
        let python = util::run_python(&script);
        if !python.success() {
            failures.push(format!(
                "{}: python3 failed ({}); examples must run cleanly:\n{}",
                relative(&script),
                python.status_text(),
                util::tail(&python.stderr_text(), 6)
            ));
        } else if python.stdout_text() != expected {
            failures.push(format!(
                "{} is stale: python3 now prints something else. Regenerate it with \
                 `python3 {} > {}` (never edit it by hand).\n{}",
                relative(&out),
                relative(&script),
                relative(&out),
                util::describe_difference_labeled(
                    &expected,
                    &python.stdout_text(),
                    &relative(&out),
                    "python3 now"
                )
            ));
        }
    }
    report("examples/*.out vs python3", failures);
}

#[test]
fn example_quiet_output_matches() {
    let mut failures = Vec::new();
    for (script, out) in examples() {
        let Ok(expected) = read_expected(&script, &out) else {
            continue;
        };
        let run = util::run_viewfinder_quiet(&script);
        let mut problems = Vec::new();
        if run.stdout_text() != expected {
            problems.push(util::describe_difference_labeled(
                &expected,
                &run.stdout_text(),
                &relative(&out),
                "viewfinder --quiet",
            ));
        }
        if !run.success() {
            problems.push(format!("expected exit status 0, got {}", run.status_text()));
        }
        if !problems.is_empty() {
            failures.push(format!(
                "viewfinder --quiet {}: {}\n  stderr:\n{}",
                relative(&script),
                problems.join("\n"),
                util::tail(&run.stderr_text(), 4)
            ));
        }
    }
    report("viewfinder --quiet on examples", failures);
}

#[test]
fn example_annotated_transcript_contains_output() {
    let mut failures = Vec::new();
    for (script, out) in examples() {
        let Ok(expected) = read_expected(&script, &out) else {
            continue;
        };
        let run = util::run_viewfinder_annotated(&script);
        let transcript = run.stdout_text();
        let mut problems = Vec::new();
        if !run.success() {
            problems.push(format!("expected exit status 0, got {}", run.status_text()));
        }
        if let Some(line) = first_line_missing_in_order(&expected, &transcript) {
            problems.push(format!(
                "the transcript lacks the program output line {line:?} (or has it out of order)"
            ));
        }
        if !problems.is_empty() {
            failures.push(format!(
                "viewfinder {}: {}\n  stderr:\n{}",
                relative(&script),
                problems.join("\n"),
                util::tail(&run.stderr_text(), 4)
            ));
        }
    }
    report("annotated viewfinder on examples", failures);
}

/// The first non-blank line of `expected` that does not occur in `transcript` after the previous
/// one's occurrence. Annotations may surround or indent the program's lines; they may not drop
/// or reorder them.
fn first_line_missing_in_order(expected: &str, transcript: &str) -> Option<String> {
    let mut from = 0;
    for line in expected.lines().filter(|line| !line.trim().is_empty()) {
        match transcript[from..].find(line) {
            Some(position) => from += position + line.len(),
            None => return Some(line.to_owned()),
        }
    }
    None
}

#[test]
fn in_order_search_finds_lines_and_rejects_reordering() {
    assert_eq!(
        first_line_missing_in_order("a\nb\n", ">>> x\n  a\nnote\n  b\n"),
        None
    );
    assert_eq!(
        first_line_missing_in_order("b\na\n", "a\nb\n"),
        Some("a".to_owned())
    );
    assert_eq!(first_line_missing_in_order("a\n\nc\n", "a c"), None);
}
