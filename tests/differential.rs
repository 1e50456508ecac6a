//! Differential fuzzing against the real NumPy.
//!
//! Random programs over the README's supported subset ([`generate`]) run through python3 +
//! NumPy (long-lived workers, `tests/differential/driver.py`) and through viewfinder exactly
//! as `viewfinder --quiet FILE` runs them (in process, [`oracle`]); stdout, success or failure,
//! and the last error line are compared. A `NotImplementedError` from viewfinder after a
//! prefix of python3's output is an honest refusal, counted apart. Every mismatch is shrunk to
//! a few statements ([`minimise`]) and grouped by its signature.
//!
//! `cargo test` runs [`DEFAULT_PROGRAMS`] programs (seeds `0..300`, the same every run).
//! `VIEWFINDER_DIFF_CASES=N` runs N programs instead and `VIEWFINDER_DIFF_SEED=S` starts at
//! seed S (a campaign: build with `--release`). Either way the test fails on any mismatch
//! whose minimised signature matches no pattern of `tests/differential/known_mismatches.txt`
//! ([`known`]), and each pattern there must name a case of `tests/numpy/` listed in
//! `known_failures.txt`: a known bug is tolerated only while its minimised case is on the
//! to-do list, and when the case passes (and leaves that list) its patterns must go too. A
//! new bug whose minimised form happens to match a known pattern stays hidden until that
//! pattern's case is fixed; patterns are kept specific to limit that. Every distinct finding
//! is written to `target/tmp/differential/` (the report, and each minimal program as a
//! `.py`).

pub mod generate;
pub mod known;
pub mod minimise;
mod model;
pub mod oracle;
pub mod rng;

use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;
use std::path::PathBuf;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use known::{KNOWN_FAILURES, KNOWN_MISMATCHES, KnownMismatches};
use minimise::Minimised;
use oracle::{PythonWorker, Verdict};

use crate::util;

/// Programs a plain `cargo test` runs.
const DEFAULT_PROGRAMS: u64 = 300;
/// At most this many findings are taken from one program.
const FINDINGS_PER_PROGRAM: usize = 4;
/// Stack of each lane's thread (reserved, not used), as `main` gives its session thread.
const LANE_STACK: usize = 256 << 20;

/// Every program with one signature: the first minimised one, and how often it came up.
struct Group {
    first: Minimised,
    category: String,
    seeds: Vec<u64>,
}

/// What a run of many programs found.
#[derive(Default)]
struct Tally {
    programs: u64,
    matched: u64,
    /// Each refused feature: how often, and the first seed refused for it.
    refused: BTreeMap<String, (u64, u64)>,
    skipped: BTreeMap<String, u64>,
    mismatched: u64,
    groups: BTreeMap<String, Group>,
}

impl Tally {
    /// Counts one program's verdict, and files its findings under their signatures.
    fn record(&mut self, seed: u64, verdict: Verdict, findings: Vec<Minimised>) {
        self.programs += 1;
        match verdict {
            Verdict::Match => self.matched += 1,
            Verdict::Refused(feature) => self.refused.entry(feature).or_insert((0, seed)).0 += 1,
            Verdict::Skipped(reason) => *self.skipped.entry(reason).or_default() += 1,
            Verdict::Mismatch(_) => {
                self.mismatched += 1;
                for minimised in findings {
                    let group = self
                        .groups
                        .entry(minimised.signature.clone())
                        .or_insert_with(|| Group {
                            category: minimised.category.clone(),
                            first: minimised,
                            seeds: Vec::new(),
                        });
                    group.seeds.push(seed);
                }
            }
        }
    }
}

/// Runs the programs, prints the summary, saves the findings, and fails on a new one.
#[test]
fn generated_programs_behave_as_numpy() {
    let count = env_number("VIEWFINDER_DIFF_CASES").unwrap_or(DEFAULT_PROGRAMS);
    let first_seed = env_number("VIEWFINDER_DIFF_SEED").unwrap_or(0);
    let started = Instant::now();
    let tally = run_programs(first_seed, count);
    let elapsed = started.elapsed();
    println!("{}", summary_line(&tally, elapsed));
    let known = KnownMismatches::read();
    let report = full_report(&tally, first_seed, elapsed, &known);
    let saved = save_findings(&tally, &report);
    if count != DEFAULT_PROGRAMS {
        println!("{report}\nfindings written to {}", saved.display());
    }
    let unknown: Vec<&Group> = tally
        .groups
        .values()
        .filter(|group| known.case_for(&group.first.signature).is_none())
        .collect();
    assert!(
        unknown.is_empty(),
        "{} new mismatch(es) against NumPy (not in {KNOWN_MISMATCHES}); each needs a case in \
         tests/numpy/ listed in {KNOWN_FAILURES} and a line `<case>.py: <signature pattern>` \
         in {KNOWN_MISMATCHES}:\n\n{}",
        unknown.len(),
        unknown
            .iter()
            .map(|group| describe_group(group, None))
            .collect::<Vec<_>>()
            .join("\n")
    );
}

/// `differential: N programs in T: M match, R refused honestly, X mismatched (K distinct)`.
fn summary_line(tally: &Tally, elapsed: Duration) -> String {
    let refused: u64 = tally.refused.values().map(|(count, _)| count).sum();
    let skipped: u64 = tally.skipped.values().sum();
    let mut line = format!(
        "differential: {} programs in {:.1?} ({:.0}/s): {} match, {refused} refused honestly, {} mismatched ({} distinct)",
        tally.programs,
        elapsed,
        tally.programs as f64 / elapsed.as_secs_f64().max(1e-9),
        tally.matched,
        tally.mismatched,
        tally.groups.len()
    );
    if skipped > 0 {
        line += &format!(", {skipped} skipped (no ground truth)");
    }
    line
}

/// Runs seeds `first..first + count` on a few lanes, each a thread with its own python3
/// worker that also runs viewfinder in process.
fn run_programs(first: u64, count: u64) -> Tally {
    let next = AtomicU64::new(first);
    let tally = Mutex::new(Tally::default());
    let cache: Mutex<HashMap<String, Minimised>> = Mutex::new(HashMap::new());
    let lanes = std::thread::available_parallelism()
        .map_or(2, |n| n.get())
        .clamp(1, 4);
    std::thread::scope(|scope| {
        for _ in 0..lanes {
            std::thread::Builder::new()
                .stack_size(LANE_STACK)
                .spawn_scoped(scope, || run_lane(&next, first + count, &tally, &cache))
                .expect("a lane thread starts");
        }
    });
    tally
        .into_inner()
        .unwrap_or_else(|poison| poison.into_inner())
}

/// One lane: takes seeds until `end`, runs, judges and minimises each.
fn run_lane(
    next: &AtomicU64,
    end: u64,
    tally: &Mutex<Tally>,
    cache: &Mutex<HashMap<String, Minimised>>,
) {
    let mut worker = PythonWorker::start();
    loop {
        let seed = next.fetch_add(1, Ordering::SeqCst);
        if seed >= end {
            return;
        }
        let source = generate::program(seed);
        let (verdict, findings) = match minimise::both(&mut worker, &source) {
            None => {
                worker = PythonWorker::start();
                (
                    Verdict::Skipped("python3 timed out or died".to_string()),
                    Vec::new(),
                )
            }
            Some((python, got)) => {
                let verdict = oracle::judge(&python, &got);
                let findings = match &verdict {
                    Verdict::Mismatch(category) => {
                        every_finding(&mut worker, &source, category, cache)
                    }
                    _ => Vec::new(),
                };
                (verdict, findings)
            }
        };
        let mut tally = tally.lock().unwrap_or_else(|poison| poison.into_inner());
        tally.record(seed, verdict, findings);
        if tally.programs.is_multiple_of(2000) {
            eprintln!(
                "differential: {} programs, {} mismatched so far",
                tally.programs, tally.mismatched
            );
        }
    }
}

/// Minimises the mismatch of `source`, then takes out the top-level statement (a whole
/// compound one) where the interpreters parted and looks again, so one program can show up to [`FINDINGS_PER_PROGRAM`] bugs (a
/// common bug early in a program would otherwise hide the rarer ones after it).
fn every_finding(
    worker: &mut PythonWorker,
    source: &str,
    category: &str,
    cache: &Mutex<HashMap<String, Minimised>>,
) -> Vec<Minimised> {
    let mut findings = Vec::new();
    let (mut program, mut category) = (source.to_string(), category.to_string());
    while findings.len() < FINDINGS_PER_PROGRAM {
        let found = shrink(worker, &program, &category, cache);
        let rest = minimise::without_statement(&program, found.parted_at);
        findings.push(found);
        match minimise::both(worker, &rest).map(|(python, got)| oracle::judge(&python, &got)) {
            Some(Verdict::Mismatch(next)) if rest != program => (program, category) = (rest, next),
            _ => break,
        }
    }
    findings
}

/// Minimises a mismatching program, reusing what earlier shrinks of the same bug found.
fn shrink(
    worker: &mut PythonWorker,
    source: &str,
    category: &str,
    cache: &Mutex<HashMap<String, Minimised>>,
) -> Minimised {
    let known = |signature: &str| {
        let cache = cache.lock().unwrap_or_else(|poison| poison.into_inner());
        cache.get(signature).cloned()
    };
    let remember = |signature: &str, found: &Minimised| {
        let mut cache = cache.lock().unwrap_or_else(|poison| poison.into_inner());
        cache.insert(signature.to_string(), found.clone());
    };
    minimise::minimise(worker, source, category, &known, &remember)
}

/// A number from the environment variable `name`.
fn env_number(name: &str) -> Option<u64> {
    std::env::var(name)
        .ok()
        .and_then(|text| text.trim().parse().ok())
}

/// One finding: its signature, how often and where it came up, the minimal program and
/// what each interpreter did with it.
fn describe_group(group: &Group, case: Option<&str>) -> String {
    let first = &group.first;
    let seeds: Vec<String> = group.seeds.iter().take(5).map(u64::to_string).collect();
    let mut text = format!(
        "== {}\n   {} program(s), seeds {}\n   {}; {}\n",
        first.signature,
        group.seeds.len(),
        seeds.join(", "),
        group.category,
        case.map_or("NEW".to_string(), |case| format!(
            "known: tests/numpy/{case}"
        ))
    );
    for line in first.source.lines() {
        let _ = writeln!(text, "   | {line}");
    }
    let outcome = |ran: &oracle::Ran| match &ran.error {
        Some(error) => format!("raised {error}"),
        None => "exit 0".to_string(),
    };
    let _ = writeln!(
        text,
        "   python3 ({}):\n{}",
        outcome(&first.python),
        util::tail(&first.python.stdout, 6)
    );
    let _ = writeln!(
        text,
        "   viewfinder ({}):\n{}",
        outcome(&first.viewfinder),
        util::tail(&first.viewfinder.stdout, 6)
    );
    text
}

/// The whole report: summary, most common refusals, findings ordered by how wrong they are.
fn full_report(
    tally: &Tally,
    first_seed: u64,
    elapsed: Duration,
    known: &KnownMismatches,
) -> String {
    let mut text = format!(
        "{}\nseeds {first_seed}..{}\n\nmost common honest refusals:\n",
        summary_line(tally, elapsed),
        first_seed + tally.programs
    );
    let mut refusals: Vec<(&String, &(u64, u64))> = tally.refused.iter().collect();
    refusals.sort_by_key(|(_, (count, _))| std::cmp::Reverse(*count));
    for (feature, (count, seed)) in refusals.iter().take(30) {
        let _ = writeln!(text, "  {count:6}  {feature}  (first: seed {seed})");
    }
    let mut groups: Vec<&Group> = tally.groups.values().collect();
    groups.sort_by_key(|group| {
        (
            oracle::severity(&group.category),
            std::cmp::Reverse(group.seeds.len()),
        )
    });
    let _ = writeln!(text, "\n{} distinct mismatches:\n", groups.len());
    for group in groups {
        text += &describe_group(group, known.case_for(&group.first.signature));
        text.push('\n');
    }
    text
}

/// Writes the report and each finding's minimal program under the target directory.
fn save_findings(tally: &Tally, report: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("differential");
    let findings = dir.join("findings");
    let _ = std::fs::remove_dir_all(&findings);
    let _ = std::fs::create_dir_all(&findings);
    let _ = std::fs::write(dir.join("report.txt"), report);
    for (number, group) in tally.groups.values().enumerate() {
        let header: String = group
            .first
            .signature
            .lines()
            .chain(std::iter::once(group.category.as_str()))
            .map(|line| format!("# {line}\n"))
            .collect();
        let path = findings.join(format!("{number:03}.py"));
        let _ = std::fs::write(path, header + &group.first.source);
    }
    dir
}

/// The generator's model of values stays close to NumPy's: most programs run to the end
/// (one in eight ends in a deliberate error, a few more in one the model did not foresee).
#[test]
fn most_generated_programs_run_to_the_end_in_python() {
    let mut worker = PythonWorker::start();
    let programs = 200;
    let mut completed = 0;
    for seed in 0..programs {
        let ran = worker
            .run(&generate::program(seed))
            .expect("python3 runs the program");
        completed += usize::from(ran.error.is_none());
    }
    println!(
        "differential: {completed} of {programs} generated programs run to the end in python3"
    );
    assert!(
        completed * 100 >= programs as usize * 70,
        "only {completed} of {programs} generated programs ran without error in python3: \
         the generator's model of the values has drifted from NumPy's"
    );
}

/// Not a check: prints generated programs and how python3 ends each, for working on the
/// generator (`cargo test --test tests show_programs -- --ignored --nocapture`, with
/// `VIEWFINDER_DIFF_SEED` and `VIEWFINDER_DIFF_CASES`).
#[test]
#[ignore]
fn show_programs() {
    let first = env_number("VIEWFINDER_DIFF_SEED").unwrap_or(0);
    let mut worker = PythonWorker::start();
    for seed in first..first + env_number("VIEWFINDER_DIFF_CASES").unwrap_or(10) {
        let source = generate::program(seed);
        let ran = worker.run(&source).unwrap();
        println!("### seed {seed}\n{source}--> {:?}\n", ran.error);
    }
}
