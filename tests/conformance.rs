//! Differential conformance: viewfinder against real CPython + NumPy.
//!
//! Every `tests/numpy/*.py` is run twice, through `python3 FILE` (the ground truth, produced at
//! test time, never checked in) and through `viewfinder --quiet FILE`. A case passes when
//! - stdout is byte-for-byte identical,
//! - the exit status is the same, and
//! - when Python failed, the last line of stderr (`ErrorType: message`) is the same.
//!
//! `tests/numpy/known_failures.txt` names the cases that do not match yet (one file name a line,
//! `#` starts a comment). The test fails when an unlisted case mismatches, and also when a listed
//! case now passes, so the list only ever shrinks, and honestly.
//!
//! Set `CONFORMANCE_FILTER=text` to run only the cases whose file name contains `text`. Python's
//! results are cached under the cargo target directory, keyed by each script's content and the
//! Python/NumPy versions (`VIEWFINDER_NO_PYTHON_CACHE=1` turns that off).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use crate::util::{self, Run};

/// Where the cases live, relative to the repository root.
const CASE_DIR: &str = "tests/numpy";
/// The list of cases allowed to mismatch for now.
const KNOWN_FAILURES: &str = "tests/numpy/known_failures.txt";
/// At most this many cases run at once (each runs python3 and then viewfinder).
const MAX_WORKERS: usize = 8;

/// The verdict on one case: `None` when both programs agree, else why not.
struct CaseResult {
    name: String,
    mismatch: Option<String>,
}

#[test]
fn numpy_conformance() {
    util::require_numpy();
    let cases = selected_cases();
    assert!(
        !cases.is_empty(),
        "no cases found in {CASE_DIR} (filter: {:?})",
        filter()
    );
    let known = read_known_failures(&cases);
    let results = run_all_in_parallel(&cases);

    let passed = results
        .iter()
        .filter(|result| result.mismatch.is_none())
        .count();
    println!("conformance: {passed}/{}", results.len());
    let problems: Vec<String> = [
        report_unexpected_mismatches(&results, &known),
        report_known_failures_now_passing(&results, &known),
    ]
    .into_iter()
    .flatten()
    .collect();
    print_known_failures_still_failing(&results, &known);

    assert!(
        problems.is_empty(),
        "conformance {passed}/{}:\n{}",
        results.len(),
        problems.join("\n")
    );
}

/// Prints a diff for every mismatch that is not a known failure; returns the failure reason.
fn report_unexpected_mismatches(
    results: &[CaseResult],
    known: &BTreeSet<String>,
) -> Option<String> {
    let unexpected: Vec<&CaseResult> = results
        .iter()
        .filter(|result| result.mismatch.is_some() && !known.contains(&result.name))
        .collect();
    for result in &unexpected {
        println!(
            "\nMISMATCH {}\n{}",
            result.name,
            result.mismatch.as_deref().unwrap_or("")
        );
    }
    (!unexpected.is_empty()).then(|| {
        format!(
            "{} case(s) mismatch and are not listed in {KNOWN_FAILURES}: {}",
            unexpected.len(),
            names(&unexpected, 20)
        )
    })
}

/// A listed case that passes must leave the list; returns the failure reason if any does.
fn report_known_failures_now_passing(
    results: &[CaseResult],
    known: &BTreeSet<String>,
) -> Option<String> {
    let now_passing: Vec<&CaseResult> = results
        .iter()
        .filter(|result| result.mismatch.is_none() && known.contains(&result.name))
        .collect();
    (!now_passing.is_empty()).then(|| {
        format!(
            "{} case(s) listed in {KNOWN_FAILURES} now pass; delete them from the list: {}",
            now_passing.len(),
            names(&now_passing, usize::MAX)
        )
    })
}

/// Lists the known failures that still fail (expected, so not an error).
fn print_known_failures_still_failing(results: &[CaseResult], known: &BTreeSet<String>) {
    let still_failing: Vec<&CaseResult> = results
        .iter()
        .filter(|result| result.mismatch.is_some() && known.contains(&result.name))
        .collect();
    if !still_failing.is_empty() {
        let list = names(&still_failing, usize::MAX);
        println!(
            "\nknown failures still failing ({}): {list}",
            still_failing.len()
        );
    }
}

/// The substring from `$CONFORMANCE_FILTER`, if any.
fn filter() -> Option<String> {
    std::env::var("CONFORMANCE_FILTER")
        .ok()
        .filter(|text| !text.is_empty())
}

/// Every case file, or those matching the filter.
fn selected_cases() -> Vec<PathBuf> {
    let all = util::python_files_in(&util::repo_root().join(CASE_DIR));
    match filter() {
        Some(text) => all
            .into_iter()
            .filter(|path| util::file_name(path).contains(&text))
            .collect(),
        None => all,
    }
}

/// Reads the known-failures list. A name that is not a case file is an error (a typo would
/// otherwise hide a regression); names outside the current filter are ignored.
fn read_known_failures(selected: &[PathBuf]) -> BTreeSet<String> {
    let path = util::repo_root().join(KNOWN_FAILURES);
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    let listed: BTreeSet<String> = text
        .lines()
        .map(|line| line.split('#').next().unwrap_or("").trim())
        .filter(|name| !name.is_empty())
        .map(str::to_owned)
        .collect();
    let case_dir = util::repo_root().join(CASE_DIR);
    let missing: Vec<&String> = listed
        .iter()
        .filter(|name| !case_dir.join(name).is_file())
        .collect();
    assert!(
        missing.is_empty(),
        "{KNOWN_FAILURES} lists files that are not cases in {CASE_DIR}: {missing:?}"
    );
    let selected_names: BTreeSet<String> =
        selected.iter().map(|path| util::file_name(path)).collect();
    listed.intersection(&selected_names).cloned().collect()
}

/// Runs every case on a few worker threads; results come back in case order.
fn run_all_in_parallel(cases: &[PathBuf]) -> Vec<CaseResult> {
    let next = AtomicUsize::new(0);
    let slots: Mutex<Vec<Option<CaseResult>>> =
        Mutex::new((0..cases.len()).map(|_| None).collect());
    let workers = std::thread::available_parallelism()
        .map_or(4, |count| count.get())
        .clamp(2, MAX_WORKERS);
    std::thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| {
                loop {
                    let index = next.fetch_add(1, Ordering::SeqCst);
                    let Some(case) = cases.get(index) else { break };
                    let result = run_case(case);
                    slots.lock().unwrap_or_else(|poison| poison.into_inner())[index] = Some(result);
                }
            });
        }
    });
    slots
        .into_inner()
        .unwrap_or_else(|poison| poison.into_inner())
        .into_iter()
        .map(|slot| slot.expect("every case was run"))
        .collect()
}

/// Runs one case through both programs and compares them.
fn run_case(case: &Path) -> CaseResult {
    let expected = util::run_python_cached(case);
    let got = util::run_viewfinder_quiet(case);
    CaseResult {
        name: util::file_name(case),
        mismatch: compare(&expected, &got),
    }
}

/// `None` when viewfinder behaved like Python; otherwise a readable account of the difference.
fn compare(expected: &Run, got: &Run) -> Option<String> {
    let mut reasons = Vec::new();
    if expected.timed_out {
        reasons
            .push("  python3 itself timed out: the case is too slow or waits for input".to_owned());
    }
    if got.stdout != expected.stdout {
        let diff = util::describe_difference(&expected.stdout_text(), &got.stdout_text());
        reasons.push(format!("  stdout differs; {diff}"));
    }
    if got.code != expected.code || got.timed_out {
        reasons.push(format!(
            "  exit: python3 {}, viewfinder {}",
            expected.status_text(),
            got.status_text()
        ));
    }
    if !expected.success() {
        let want = expected.last_stderr_line();
        let have = got.last_stderr_line();
        if want != have {
            reasons.push(format!(
                "  last stderr line differs:\n    - {}   (python3)\n    + {}   (viewfinder)",
                quoted(want),
                quoted(have)
            ));
        }
    }
    if reasons.is_empty() {
        return None;
    }
    let stderr = got.stderr_text();
    if !stderr.trim().is_empty() {
        reasons.push(format!(
            "  viewfinder stderr (last lines):\n{}",
            util::tail(&stderr, 4)
        ));
    }
    Some(reasons.join("\n"))
}

fn quoted(line: Option<String>) -> String {
    line.map_or("<no stderr>".to_owned(), |text| format!("{text:?}"))
}

/// The cases' names, comma-separated, cut after `shown` names.
fn names(results: &[&CaseResult], shown: usize) -> String {
    let mut text = results
        .iter()
        .take(shown)
        .map(|result| result.name.as_str())
        .collect::<Vec<_>>()
        .join(", ");
    if results.len() > shown {
        text += &format!(", ... and {} more", results.len() - shown);
    }
    text
}
