//! A run of many programs: lanes with their own python3 workers, the tally of what they
//! found, and the report (the summary, why programs stopped early, every distinct finding
//! worst first) printed and saved under `target/tmp/report_oracle/`.

use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;
use std::path::PathBuf;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use super::known::{self, KnownBug};
use super::{Examined, LANE_STACK, Minimised, check, examine, lock, shrink_all};
use crate::differential::generate::memory_program;
use crate::differential::oracle::PythonWorker;

/// Every program with one signature and kind.
pub struct Group {
    /// The first program found, shrunk.
    pub first: Minimised,
    /// Every seed that found it.
    pub seeds: Vec<u64>,
}

/// What a run found.
#[derive(Default)]
pub struct Tally {
    /// Programs run.
    pub programs: u64,
    steps: u64,
    clean: u64,
    with_findings: u64,
    /// Why programs stopped early: how often, and the first seed and reason.
    diverged: BTreeMap<String, (u64, u64, String)>,
    no_truth: u64,
    /// Every distinct finding, by signature and kind.
    pub groups: BTreeMap<String, Group>,
}

impl Tally {
    /// Counts one program and files its shrunk findings.
    fn record(&mut self, seed: u64, examined: &Examined, found: Vec<Minimised>) {
        self.programs += 1;
        let Examined::Compared(comparison) = examined else {
            self.no_truth += 1;
            return;
        };
        self.steps += comparison.checked as u64;
        if let Some(reason) = &comparison.diverged {
            let entry = self.diverged.entry(divergence_class(reason));
            entry.or_insert((0, seed, reason.clone())).0 += 1;
        }
        match found.is_empty() {
            true => self.clean += 1,
            false => self.with_findings += 1,
        }
        for minimised in found {
            let key = format!("{}  [{}]", minimised.signature, minimised.finding.kind);
            let group = self.groups.entry(key).or_insert_with(|| Group {
                first: minimised,
                seeds: vec![],
            });
            group.seeds.push(seed);
        }
    }
}

/// A divergence reason without its particulars, for counting: what parted and, for an
/// error, its type and first words.
fn divergence_class(reason: &str) -> String {
    let what = reason.split_once("`: ").map_or(reason, |(_, what)| what);
    if let Some(error) = what.strip_prefix("only viewfinder raised (") {
        let words: Vec<&str> = error.split(' ').take(6).collect();
        return format!("only viewfinder raised {}", words.join(" "));
    }
    if what.contains(" in python3, ") && what.contains(" is ") {
        return "a value differs".to_string();
    }
    what.split([' ', '(']).take(3).collect::<Vec<_>>().join(" ")
}

/// Runs seeds `first..first + count` on a few lanes, each with its own python3 worker.
pub fn run_programs(first: u64, count: u64) -> Tally {
    let next = AtomicU64::new(first);
    let tally = Mutex::new(Tally::default());
    let cache = Mutex::new(HashMap::new());
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

/// One lane: takes seeds until `end`, examines and shrinks each.
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
        let source = memory_program(seed);
        let examined = examine(&mut worker, &source);
        let found = match &examined {
            Examined::Compared(comparison) => shrink_all(&mut worker, &source, comparison, cache),
            Examined::NoTruth => {
                worker = PythonWorker::start();
                vec![]
            }
        };
        let mut tally = lock(tally);
        tally.record(seed, &examined, found);
        if tally.programs.is_multiple_of(1000) {
            eprintln!(
                "report oracle: {} programs, {} with findings",
                tally.programs, tally.with_findings
            );
        }
    }
}

/// `report oracle: N programs in T (R/s): S steps checked, C clean, F with findings (K distinct), D stopped early`.
pub fn summary_line(tally: &Tally, elapsed: Duration) -> String {
    let diverged: u64 = tally.diverged.values().map(|(count, _, _)| count).sum();
    format!(
        "report oracle: {} programs in {:.1?} ({:.0}/s): {} steps checked, {} clean, {} with findings ({} distinct), {diverged} stopped early where behaviour differs, {} without truth",
        tally.programs,
        elapsed,
        tally.programs as f64 / elapsed.as_secs_f64().max(1e-9),
        tally.steps,
        tally.clean,
        tally.with_findings,
        tally.groups.len(),
        tally.no_truth,
    )
}

/// One group, as the report prints it.
pub fn describe(group: &Group, entry: Option<&KnownBug>) -> String {
    let first = &group.first;
    let seeds: Vec<String> = group.seeds.iter().take(5).map(u64::to_string).collect();
    let known = entry.map_or("NEW".to_string(), |bug| {
        format!("known: {} {}", bug.id, bug.title)
    });
    let mut text = format!(
        "== {}\n   kind: {}\n   {} program(s), seeds {}; {known}\n   {}\n",
        first.signature,
        first.finding.kind,
        group.seeds.len(),
        seeds.join(", "),
        first.finding.detail
    );
    for line in first.source.lines() {
        let _ = writeln!(text, "   | {line}");
    }
    text
}

/// The whole report: the summary, why programs stopped early, every distinct finding (worst
/// first).
pub fn full_report(tally: &Tally, first_seed: u64, elapsed: Duration, bugs: &[KnownBug]) -> String {
    let mut text = format!(
        "{}\nseeds {first_seed}..{}\n\nstopped early (behaviour differs; the differential fuzzer's to find):\n",
        summary_line(tally, elapsed),
        first_seed + tally.programs
    );
    for (class, (count, seed, reason)) in &tally.diverged {
        let _ = writeln!(text, "  {count:6}  {class}  (first: seed {seed}, {reason})");
    }
    let mut groups: Vec<&Group> = tally.groups.values().collect();
    groups.sort_by_key(|g| {
        (
            check::severity(&g.first.finding.kind),
            std::cmp::Reverse(g.seeds.len()),
        )
    });
    let _ = writeln!(text, "\n{} distinct findings:\n", groups.len());
    for group in groups {
        let entry = known::entry_for(bugs, &group.first.finding.kind, &group.first.signature);
        text += &describe(group, entry);
        text.push('\n');
    }
    text
}

/// Writes the report and each finding's minimal program under the target directory.
pub fn save(tally: &Tally, report: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("report_oracle");
    let findings = dir.join("findings");
    let _ = std::fs::remove_dir_all(&findings);
    let _ = std::fs::create_dir_all(&findings);
    let _ = std::fs::write(dir.join("report.txt"), report);
    for (number, group) in tally.groups.values().enumerate() {
        let header = format!(
            "# {}\n# kind: {}\n",
            group.first.signature, group.first.finding.kind
        );
        let _ = std::fs::write(
            findings.join(format!("{number:03}.py")),
            header + &group.first.source,
        );
    }
    dir
}
