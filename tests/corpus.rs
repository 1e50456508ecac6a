//! The corpus: viewfinder against real CPython + NumPy on teaching code it was not written for.
//!
//! `conformance` holds viewfinder to an exact match on cases written for it. This suite takes
//! scripts as they stand in the NumPy user guide and reference, the Python Data Science Handbook,
//! numpy-100 and the Scientific Python Lectures (`tests/corpus/cases/*.py`, see
//! `tests/corpus/README.md`), runs each through `python3` (the ground truth, run at test time and
//! cached under the target directory, never checked in) and `viewfinder --quiet`, and gives each
//! the verdict `/work/shared/tools/classify.py` would give:
//!
//! - `match`: same stdout, and both exited zero or both non-zero;
//! - `honest`: viewfinder stopped with `NotImplementedError` after printing a prefix of python3's
//!   stdout;
//! - `fake`: viewfinder stopped with another error where python3 went on (a made-up error),
//!   after printing a prefix of python3's stdout;
//! - `silent`: anything else: viewfinder printed what python3 did not, exited zero where python3
//!   failed, or timed out.
//!
//! `tests/corpus/known_bad.txt` lists the `fake` and `silent` cases of today, each with its
//! verdict and reason (`name.py  # fake: AttributeError: ...`). The test fails on a `fake` or
//! `silent` case that is not listed, on a listed case whose verdict changed, and on a listed case
//! that is no longer `fake` or `silent`, so the list only shrinks. `CORPUS_FILTER=text` runs only
//! the cases whose file name contains `text`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use crate::util::{self, Run};

/// Where the cases live, relative to the repository root.
const CASE_DIR: &str = "tests/corpus/cases";
/// The cases allowed to be `fake` or `silent` for now, with their verdict and reason.
const KNOWN_BAD: &str = "tests/corpus/known_bad.txt";
/// At most this many cases run at once (each runs python3, then viewfinder).
const MAX_WORKERS: usize = 8;
/// How long one viewfinder run may take before it is killed (and the case is `silent`).
const CASE_TIMEOUT: Duration = Duration::from_secs(10);
/// The exit status classify.py records for a run killed by its timeout.
const TIMEOUT_STATUS: i32 = 124;
/// How much of the last stderr line the summary shows, as classify.py does.
const SHOWN_CHARS: usize = 150;

/// What a case is, against python3. Ordered worst first, the order of the report.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Verdict {
    /// Different output, or success where python3 failed, or a timeout.
    Silent,
    /// A made-up error where python3 went on.
    Fake,
    /// A `NotImplementedError` after a correct prefix of the output.
    Honest,
    /// The same output and the same kind of exit.
    Match,
}

impl Verdict {
    /// The verdict's name, as classify.py prints it.
    fn name(self) -> &'static str {
        match self {
            Verdict::Silent => "silent",
            Verdict::Fake => "fake",
            Verdict::Honest => "honest",
            Verdict::Match => "match",
        }
    }

    /// The verdict named `text` (`fake`, `silent`, ...).
    fn parse(text: &str) -> Option<Verdict> {
        [
            Verdict::Silent,
            Verdict::Fake,
            Verdict::Honest,
            Verdict::Match,
        ]
        .into_iter()
        .find(|verdict| verdict.name() == text)
    }

    /// True for the verdicts that must never happen: `fake` and `silent`.
    fn is_bad(self) -> bool {
        matches!(self, Verdict::Silent | Verdict::Fake)
    }
}

/// One case's result: its verdict and what explains it.
struct CaseResult {
    /// The case's file name (`np100_021.py`).
    name: String,
    /// How viewfinder did against python3.
    verdict: Verdict,
    /// Viewfinder's exit status (124 after a timeout, -1 when killed by a signal).
    status: i32,
    /// The last line of viewfinder's stderr (`timeout` after a timeout).
    last_line: String,
    /// Where viewfinder's stdout first departs from python3's.
    difference: String,
    /// The last lines of viewfinder's stderr, for an unexpected verdict.
    stderr_tail: String,
}

/// Every case gets a verdict; `fake` and `silent` ones must be exactly those `known_bad.txt`
/// lists, with the verdict it lists.
#[test]
fn corpus_against_python() {
    util::require_numpy();
    let started = Instant::now();
    let cases = selected_cases();
    assert!(
        !cases.is_empty(),
        "no cases found in {CASE_DIR} (filter: {:?})",
        filter()
    );
    let known = read_known_bad(&cases);
    let results = run_all_in_parallel(&cases);
    print_summary(&results, started.elapsed());
    let problems = find_problems(&results, &known);
    assert!(
        problems.is_empty(),
        "corpus: {} problem(s):\n{}",
        problems.len(),
        problems.join("\n")
    );
}

/// The substring from `$CORPUS_FILTER`, if any.
fn filter() -> Option<String> {
    std::env::var("CORPUS_FILTER")
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

/// Reads `known_bad.txt` into case name → listed verdict. Every entry must name a case file and
/// say `# fake: reason` or `# silent: reason`; entries outside the current filter are dropped.
fn read_known_bad(selected: &[PathBuf]) -> BTreeMap<String, Verdict> {
    let text = std::fs::read_to_string(util::repo_root().join(KNOWN_BAD)).unwrap_or_default();
    let entries: Vec<(String, Result<Verdict, String>)> =
        text.lines().filter_map(parse_known_bad_line).collect();
    assert_known_bad_well_formed(&entries);
    let selected_names: Vec<String> = selected.iter().map(|path| util::file_name(path)).collect();
    entries
        .into_iter()
        .filter(|(name, _)| selected_names.contains(name))
        .filter_map(|(name, listed)| listed.ok().map(|verdict| (name, verdict)))
        .collect()
}

/// Panics listing every entry without a readable verdict or without a case file.
fn assert_known_bad_well_formed(entries: &[(String, Result<Verdict, String>)]) {
    let broken: Vec<String> = entries
        .iter()
        .filter_map(|(name, listed)| listed.as_ref().err().map(|err| format!("{name}: {err}")))
        .chain(missing_case_files(entries))
        .collect();
    assert!(
        broken.is_empty(),
        "{KNOWN_BAD} is malformed:\n{}",
        broken.join("\n")
    );
}

/// One line of `known_bad.txt`: `None` for blank and comment lines, else the case name and the
/// verdict written after `#` (or why it cannot be read).
fn parse_known_bad_line(line: &str) -> Option<(String, Result<Verdict, String>)> {
    let (name, comment) = line.split_once('#').unwrap_or((line, ""));
    let name = name.trim();
    if name.is_empty() {
        return None;
    }
    let listed = comment
        .split_once(':')
        .and_then(|(verdict, _)| Verdict::parse(verdict.trim()))
        .filter(|verdict| verdict.is_bad())
        .ok_or_else(|| "needs a `# fake: reason` or `# silent: reason` comment".to_owned());
    Some((name.to_owned(), listed))
}

/// The listed names that are not case files (a typo would hide a regression).
fn missing_case_files(entries: &[(String, Result<Verdict, String>)]) -> Vec<String> {
    let case_dir = util::repo_root().join(CASE_DIR);
    entries
        .iter()
        .filter(|(name, _)| !case_dir.join(name).is_file())
        .map(|(name, _)| format!("{name}: not a case in {CASE_DIR}"))
        .collect()
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

/// Runs one case through python3 (cached) and viewfinder, and classifies it.
fn run_case(case: &Path) -> CaseResult {
    let expected = util::run_python_cached(case);
    assert!(
        !expected.timed_out,
        "python3 timed out on {}: a corpus case must run in a few seconds",
        case.display()
    );
    let got = util::run_viewfinder_quiet_within(case, CASE_TIMEOUT);
    CaseResult {
        name: util::file_name(case),
        verdict: classify(&expected, &got),
        status: exit_status(&got),
        last_line: last_line(&got),
        difference: util::describe_difference(&expected.stdout_text(), &got.stdout_text()),
        stderr_tail: util::tail(&got.stderr_text(), 4),
    }
}

/// The verdict, by classify.py's rules (see the module documentation).
fn classify(expected: &Run, got: &Run) -> Verdict {
    let (want, have) = (exit_status(expected), exit_status(got));
    if got.stdout == expected.stdout && (have == 0) == (want == 0) {
        return Verdict::Match;
    }
    let stopped = have != 0 && have != TIMEOUT_STATUS;
    let printed_prefix = expected.stdout.starts_with(&got.stdout);
    if stopped && printed_prefix && (got.stdout != expected.stdout || want == 0) {
        if last_line(got).starts_with("NotImplementedError") {
            Verdict::Honest
        } else {
            Verdict::Fake
        }
    } else {
        Verdict::Silent
    }
}

/// The exit status as classify.py sees it: 124 after the timeout, -1 when killed by a signal.
fn exit_status(run: &Run) -> i32 {
    if run.timed_out {
        TIMEOUT_STATUS
    } else {
        run.code.unwrap_or(-1)
    }
}

/// The last line of stderr once surrounding blank space is stripped, as classify.py reads it.
fn last_line(run: &Run) -> String {
    if run.timed_out {
        return "timeout".to_owned();
    }
    let stderr = run.stderr_text();
    stderr.trim().lines().last().unwrap_or("").to_owned()
}

/// Prints classify.py's report: one line per case that does not match, worst first (with the
/// first differing line for a `silent` one), then the counts and the time taken.
fn print_summary(results: &[CaseResult], elapsed: Duration) {
    let mut not_matching: Vec<&CaseResult> = results
        .iter()
        .filter(|result| result.verdict != Verdict::Match)
        .collect();
    not_matching.sort_by_key(|result| result.verdict);
    for result in not_matching {
        print_result_line(result);
    }
    let count = |verdict| results.iter().filter(|r| r.verdict == verdict).count();
    println!(
        "corpus: match {}/{}, honest {}, fake {}, silent {}  ({:.1}s)",
        count(Verdict::Match),
        results.len(),
        count(Verdict::Honest),
        count(Verdict::Fake),
        count(Verdict::Silent),
        elapsed.as_secs_f64()
    );
}

/// One case's line of the report.
fn print_result_line(result: &CaseResult) {
    let shown: String = result.last_line.chars().take(SHOWN_CHARS).collect();
    println!(
        "{:7} {}: rc={} {shown}",
        result.verdict.name(),
        result.name,
        result.status
    );
    if result.verdict == Verdict::Silent {
        for line in result.difference.lines().skip(1).take(3) {
            println!("          {line}");
        }
    }
}

/// Every way the results disagree with `known_bad.txt`, one message each.
fn find_problems(results: &[CaseResult], known: &BTreeMap<String, Verdict>) -> Vec<String> {
    results
        .iter()
        .filter_map(|result| problem_with(result, known.get(&result.name).copied()))
        .collect()
}

/// What is wrong with one result given its listed verdict (`None` when it is not listed).
fn problem_with(result: &CaseResult, listed: Option<Verdict>) -> Option<String> {
    let verdict = result.verdict;
    match listed {
        None if verdict.is_bad() => Some(format!(
            "{} is {} and not listed in {KNOWN_BAD}:\n  last stderr line: {}\n  stdout {}\n{}",
            result.name,
            verdict.name(),
            result.last_line,
            result.difference,
            result.stderr_tail
        )),
        Some(_) if !verdict.is_bad() => Some(format!(
            "{} is now {}: delete it from {KNOWN_BAD}",
            result.name,
            verdict.name()
        )),
        Some(listed) if listed != verdict => Some(format!(
            "{} is listed as {} but is now {} (last stderr line {:?}): update {KNOWN_BAD}",
            result.name,
            listed.name(),
            verdict.name(),
            result.last_line
        )),
        _ => None,
    }
}
