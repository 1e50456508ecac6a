//! The report oracle: viewfinder's `--json` report, step by step, against NumPy's own memory.
//!
//! Random programs ([`memory_program`](crate::differential::generate::memory_program):
//! arrays of at most 64 elements, views, copies, writes, buffers) run statement by statement
//! in python3 (the differential fuzzer's workers; the truth is read from NumPy by
//! `tests/differential/truth.py`) and through viewfinder exactly as `viewfinder --json FILE`
//! runs them ([`claims`]). After every step on which the two still behave alike ([`check`]),
//! every claim is held to the truth, strictly: anything claimed that NumPy contradicts is a
//! finding, and so is anything true left out.
//!
//! - **sharing** ([`sharing`]): `overlaps`, and each `made` event's `shares`, list exactly the
//!   pairs of names (arrays, bytearrays, bytes, `array.array`s) with a byte in common;
//! - **elements** ([`elements`]): each pair's text, read back ([`notation`], [`selection`]),
//!   states exactly the element pairs whose bytes intersect (or, where it only says which
//!   elements take part, exactly those);
//! - **verdicts** ([`events`]): a new array is a view exactly when its memory's owner owned
//!   memory a name reached before the step; another name for an array is an alias;
//!   `base_misleads`, `source`, `still_reachable`;
//! - **writes** ([`writes`]): `seen_by` names exactly the names whose elements meet the
//!   bytes written (a target's elements, computed before it runs, so writes of equal values
//!   count; plus every byte that changed), with `count`, `location` and element places true;
//! - **layout** ([`layout`]): shape, dtype, strides, offset, flags, `.base`, and buffer ids
//!   that agree with NumPy's owners.
//!
//! Each finding is cut after its step and shrunk with the differential fuzzer's minimiser,
//! then grouped by signature (the program with names numbered and numbers classed, and the
//! finding's kind). `cargo test` runs [`DEFAULT_PROGRAMS`] programs (seeds `0..`, the same
//! every run); `VIEWFINDER_ORACLE_CASES=N` runs N (a campaign: build with `--release`) and
//! `VIEWFINDER_ORACLE_SEED=S` starts at seed S. The test fails on a finding that no entry of
//! `tests/report_oracle/known_report_bugs.txt` records ([`known`]), and every entry there
//! must still reproduce, so the list only shrinks. Every distinct finding is written to
//! `target/tmp/report_oracle/`.

mod campaign;
mod check;
mod claims;
mod elements;
mod events;
mod known;
mod layout;
mod notation;
mod selection;
mod sharing;
mod truth;
mod writes;

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::Instant;

use campaign::{Group, describe, full_report, run_programs, save, summary_line};
use check::{Comparison, Finding};
use known::KNOWN_REPORT_BUGS;

use crate::differential::generate::memory_program;
use crate::differential::known::glob_matches;
use crate::differential::minimise::{self, StillFails};
use crate::differential::oracle::PythonWorker;

/// Programs a plain `cargo test` runs.
const DEFAULT_PROGRAMS: u64 = 250;
/// At most this many kinds of finding are shrunk per program.
const FINDINGS_PER_PROGRAM: usize = 4;
/// The most candidate programs one shrink may run.
const BUDGET: usize = 300;
/// Stack of each lane's thread, as `main` gives its session thread.
const LANE_STACK: usize = 256 << 20;

/// How one program went.
enum Examined {
    /// Both runs, compared.
    Compared(Comparison),
    /// python3 timed out or its worker died: no truth.
    NoTruth,
}

/// Runs `source` through python3 (the truth) and viewfinder (the claims) and compares them.
fn examine(worker: &mut PythonWorker, source: &str) -> Examined {
    if worker
        .send(&serde_json::json!({"op": "trace", "src": source}))
        .is_err()
    {
        return Examined::NoTruth;
    }
    let claims = claims::run(source);
    let Some(trace) = truth::finish(worker) else {
        return Examined::NoTruth;
    };
    Examined::Compared(match claims {
        Ok(claims) => check::compare(&trace, &claims),
        Err(error) => Comparison {
            findings: vec![(
                0,
                Finding {
                    kind: "json: unreadable trace".to_string(),
                    detail: error,
                },
            )],
            ..Comparison::default()
        },
    })
}

/// A finding shrunk to a few statements.
#[derive(Clone, Debug)]
struct Minimised {
    source: String,
    signature: String,
    finding: Finding,
}

/// The shrinking predicate: the program still makes a finding of one kind.
struct SameKind<'w> {
    worker: &'w mut PythonWorker,
    kind: String,
    runs: usize,
}

impl StillFails for SameKind<'_> {
    fn worker(&mut self) -> &mut PythonWorker {
        self.worker
    }

    fn still_fails(&mut self, source: &str) -> bool {
        if self.runs >= BUDGET {
            return false;
        }
        self.runs += 1;
        finding_of(self.worker, source, &self.kind).is_some()
    }
}

/// The first finding of `kind` that `source` makes, if any.
fn finding_of(worker: &mut PythonWorker, source: &str, kind: &str) -> Option<Finding> {
    match examine(worker, source) {
        Examined::Compared(comparison) => comparison
            .findings
            .into_iter()
            .map(|(_, finding)| finding)
            .find(|finding| finding.kind == kind),
        Examined::NoTruth => None,
    }
}

/// Every kind of finding `source` makes.
fn kinds_of(worker: &mut PythonWorker, source: &str) -> Vec<String> {
    match examine(worker, source) {
        Examined::Compared(comparison) => comparison
            .findings
            .into_iter()
            .map(|(_, finding)| finding.kind)
            .collect(),
        Examined::NoTruth => vec![],
    }
}

/// The signature of a minimised program: the driver's normalised text.
fn signature(worker: &mut PythonWorker, source: &str) -> String {
    let answer = worker.ask(&serde_json::json!({"op": "signature", "src": source}));
    answer
        .ok()
        .and_then(|a| a["signature"].as_str().map(str::to_string))
        .unwrap_or_else(|| source.trim().replace('\n', "; "))
}

/// Shrinks `source` (cut after `step`) keeping a finding of `kind`; `cache` maps the
/// signature after the first pass to a finished result.
fn shrink(
    worker: &mut PythonWorker,
    source: &str,
    step: usize,
    kind: &str,
    cache: &Mutex<HashMap<String, Minimised>>,
) -> Minimised {
    let prefix: String = source
        .lines()
        .take(step + 1)
        .map(|l| format!("{l}\n"))
        .collect();
    let mut predicate = SameKind {
        worker,
        kind: kind.to_string(),
        runs: 0,
    };
    let first = if predicate.still_fails(&prefix) {
        prefix
    } else {
        source.to_string()
    };
    let key = format!("{}  [{kind}]", signature(predicate.worker, &first));
    if let Some(done) = lock(cache).get(&key).cloned() {
        return done;
    }
    let minimal = minimise::shrink(&mut predicate, &first);
    let finding = finding_of(predicate.worker, &minimal, kind).unwrap_or(Finding {
        kind: kind.to_string(),
        detail: "(did not reproduce after shrinking)".to_string(),
    });
    let result = Minimised {
        signature: signature(predicate.worker, &minimal),
        source: minimal,
        finding,
    };
    lock(cache).insert(key, result.clone());
    result
}

/// Every distinct kind of finding of one program, each shrunk.
fn shrink_all(
    worker: &mut PythonWorker,
    source: &str,
    comparison: &Comparison,
    cache: &Mutex<HashMap<String, Minimised>>,
) -> Vec<Minimised> {
    let mut firsts: Vec<(usize, &Finding)> = vec![];
    for (step, finding) in &comparison.findings {
        if firsts.iter().all(|(_, f)| f.kind != finding.kind) {
            firsts.push((*step, finding));
        }
    }
    firsts.sort_by_key(|(_, f)| check::severity(&f.kind));
    firsts
        .into_iter()
        .take(FINDINGS_PER_PROGRAM)
        .map(|(step, finding)| shrink(worker, source, step, &finding.kind, cache))
        .collect()
}

/// A mutex's contents, poisoned or not.
fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(|poison| poison.into_inner())
}

/// A number from the environment variable `name`.
fn env_number(name: &str) -> Option<u64> {
    std::env::var(name)
        .ok()
        .and_then(|text| text.trim().parse().ok())
}

/// Runs the programs, prints the summary, saves the findings, and fails on a new one.
#[test]
fn generated_reports_are_true() {
    let count = env_number("VIEWFINDER_ORACLE_CASES").unwrap_or(DEFAULT_PROGRAMS);
    let first_seed = env_number("VIEWFINDER_ORACLE_SEED").unwrap_or(0);
    let started = Instant::now();
    let tally = run_programs(first_seed, count);
    let elapsed = started.elapsed();
    println!("{}", summary_line(&tally, elapsed));
    let bugs = known::read();
    let report = full_report(&tally, first_seed, elapsed, &bugs);
    let saved = save(&tally, &report);
    if count != DEFAULT_PROGRAMS {
        println!("{report}\nfindings written to {}", saved.display());
    }
    let unknown: Vec<&Group> = tally
        .groups
        .values()
        .filter(|g| known::entry_for(&bugs, &g.first.finding.kind, &g.first.signature).is_none())
        .collect();
    assert!(
        unknown.is_empty(),
        "{} report finding(s) not recorded in {KNOWN_REPORT_BUGS}; each is a false or missing claim \
         about NumPy's memory (record it there with its minimal program, kind and a specific \
         pattern):\n\n{}",
        unknown.len(),
        unknown
            .iter()
            .map(|g| describe(g, None))
            .collect::<Vec<_>>()
            .join("\n")
    );
}

/// Every recorded bug still makes a finding of its kind, and its program matches its own
/// patterns; an entry that no longer reproduces was fixed and must leave the list.
#[test]
fn known_report_bugs_still_reproduce() {
    let mut worker = PythonWorker::start();
    let mut problems = vec![];
    for bug in known::read() {
        let found = kinds_of(&mut worker, &bug.program);
        for kind in bug.kinds.iter().filter(|kind| !found.contains(kind)) {
            problems.push(format!(
                "{} ({}) no longer makes a `{kind}` finding: fixed? Then that kind (or the \
                 entry) goes",
                bug.id, bug.title
            ));
        }
        let own = signature(&mut worker, &bug.program);
        if !bug.patterns.iter().any(|p| glob_matches(p, &own)) {
            problems.push(format!(
                "{}: its program's signature {own:?} matches none of its patterns",
                bug.id
            ));
        }
    }
    assert!(
        problems.is_empty(),
        "{KNOWN_REPORT_BUGS}:\n{}",
        problems.join("\n")
    );
}

/// Programs whose reports are true make no findings: the oracle is not crying wolf on the
/// forms it reads (blocks, transposes, reshapes, broadcasts, byte views, pair lists, buffers,
/// writes through views, aliases, deletions).
#[test]
fn true_reports_make_no_findings() {
    let programs = [
        "a = np.arange(12)\nv = a[2:8:2]\nm = a.reshape(3, 4)\nt = m.T\nv[1] = 5\nt[1:3, 0] = 7\n",
        "m = np.zeros((3, 4))\nb = np.broadcast_to(m[0], (2, 4))\nc = m[::2, ::3]\nd = m[:, ::-1]\n",
        "a = np.arange(6, dtype=np.int64)\nu = a.view(np.uint64)[::-1]\nu[3] = 1\nb = a.view(np.int32)\nc = a.copy()\nw = a\ndel a\n",
        "ba = bytearray(8)\nx = np.frombuffer(ba, dtype=np.uint8)\nx[1] = 3\ny = x[::2]\nba[0] = 1\n",
        "m = np.arange(24).reshape(2, 3, 4)\ns = m.swapaxes(0, 2)\nr = m[1, :, ::2]\nr += 1\nf = m[[0, 1]]\n",
    ];
    let mut worker = PythonWorker::start();
    for body in programs {
        let source = format!("import numpy as np\n{body}");
        let Examined::Compared(comparison) = examine(&mut worker, &source) else {
            panic!("python3 ran {source}");
        };
        assert!(
            comparison.diverged.is_none(),
            "{source}: {:?}",
            comparison.diverged
        );
        assert!(
            comparison.findings.is_empty(),
            "{source}:\n{:#?}",
            comparison.findings
        );
    }
}

/// Not a check: the oracle's findings for one program, for working on a bug
/// (`VIEWFINDER_ORACLE_FILE=bug.py cargo test --test tests explain_program -- --ignored
/// --nocapture`), or the program of seed `VIEWFINDER_ORACLE_SEED` when no file is given.
#[test]
#[ignore]
fn explain_program() {
    let source = match std::env::var("VIEWFINDER_ORACLE_FILE") {
        Ok(path) => std::fs::read_to_string(path).expect("the file reads"),
        Err(_) => memory_program(env_number("VIEWFINDER_ORACLE_SEED").unwrap_or(0)),
    };
    let mut worker = PythonWorker::start();
    println!("{source}");
    match examine(&mut worker, &source) {
        Examined::Compared(comparison) => {
            println!(
                "{} steps checked; stopped early: {:?}",
                comparison.checked, comparison.diverged
            );
            for (step, finding) in &comparison.findings {
                println!("step {}: [{}] {}", step + 1, finding.kind, finding.detail);
            }
            println!("signature: {}", signature(&mut worker, &source));
        }
        Examined::NoTruth => println!("python3 gave no truth"),
    }
}
