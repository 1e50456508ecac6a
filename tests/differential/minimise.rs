//! Shrinking a mismatching program to a few statements.
//!
//! First the program is cut after the first statement where the two interpreters part (the
//! shortest prefix that mismatches), so the finding is about that statement and not about an
//! error later. Then three passes, each keeping a change only while the program still
//! mismatches in the same way (same [`category`](super::oracle::category)): drop statements
//! (halves, then quarters, down to single lines; `import numpy as np` stays); simplify
//! expressions with the driver's candidates (an operand for its operation, an argument or
//! keyword dropped, a smaller literal), greedily, until none helps; drop statements again. The result
//! gets a signature (names numbered, numbers reduced to size classes, the category appended),
//! which groups findings that are the same bug.

use serde_json::json;

use super::oracle::{self, PythonWorker, Ran, Verdict};

/// The most programs one minimisation may run (each through both interpreters).
const BUDGET: usize = 400;

/// A minimised mismatch.
#[derive(Clone, Debug)]
pub struct Minimised {
    /// The minimal program.
    pub source: String,
    /// Its signature (see the module documentation).
    pub signature: String,
    /// How it mismatches.
    pub category: String,
    /// The line of the original program where the two interpreters parted (0-based).
    pub parted_at: usize,
    /// How python3 ran it.
    pub python: Ran,
    /// How viewfinder ran it.
    pub viewfinder: Ran,
}

/// Runs candidates through both interpreters and says whether each still mismatches alike.
struct Oracle<'a> {
    worker: &'a mut PythonWorker,
    category: String,
    runs: usize,
}

impl Oracle<'_> {
    /// True when `source` mismatches in the category being minimised.
    fn still_fails(&mut self, source: &str) -> bool {
        if self.runs >= BUDGET {
            return false;
        }
        self.runs += 1;
        match both(self.worker, source) {
            Some((python, got)) => {
                oracle::judge(&python, &got) == Verdict::Mismatch(self.category.clone())
            }
            None => false,
        }
    }
}

/// python3's and viewfinder's runs of `source` (python3 working while viewfinder runs).
pub fn both(worker: &mut PythonWorker, source: &str) -> Option<(Ran, Ran)> {
    worker.send(&json!({"op": "run", "src": source})).ok()?;
    let got = oracle::run_viewfinder(source);
    let python = worker.finish_run().ok()?;
    Some((python, got))
}

/// Shrinks `source`, which mismatches in `category`. `known` maps a program's signature
/// after the first pass to a finished result, so a bug seen before is not shrunk again.
pub fn minimise(
    worker: &mut PythonWorker,
    source: &str,
    category: &str,
    known: &dyn Fn(&str) -> Option<Minimised>,
    remember: &dyn Fn(&str, &Minimised),
) -> Minimised {
    let (prefix, category) = first_parting(worker, source, category);
    let parted_at = prefix.lines().count().saturating_sub(1);
    let category = category.as_str();
    let mut oracle = Oracle {
        worker,
        category: category.to_string(),
        runs: 0,
    };
    let dropped = drop_statements(&mut oracle, &prefix);
    let first_signature = signature(oracle.worker, &dropped, category);
    if let Some(done) = known(&first_signature) {
        return Minimised { parted_at, ..done };
    }
    let simpler = simplify_expressions(&mut oracle, dropped);
    let minimal = drop_statements(&mut oracle, &simpler);
    let (python, viewfinder) =
        both(oracle.worker, &minimal).unwrap_or_else(|| (Ran::default(), Ran::default()));
    let result = Minimised {
        signature: signature(oracle.worker, &minimal, category),
        category: category.to_string(),
        parted_at,
        source: minimal,
        python,
        viewfinder,
    };
    remember(&first_signature, &result);
    result
}

/// The shortest prefix of `source` (in statements) that mismatches, and how it does: a
/// binary search, as a prefix of a mismatching prefix rarely mismatches once a longer one
/// does not.
fn first_parting(worker: &mut PythonWorker, source: &str, category: &str) -> (String, String) {
    let lines: Vec<String> = source.lines().map(str::to_string).collect();
    let (mut low, mut high) = (2, lines.len());
    let mut found = (source.to_string(), category.to_string());
    while low < high {
        let middle = (low + high) / 2;
        let prefix = program_text(&lines[..middle]);
        match both(worker, &prefix).map(|(python, got)| oracle::judge(&python, &got)) {
            Some(Verdict::Mismatch(category)) => {
                found = (prefix, category);
                high = middle;
            }
            _ => low = middle + 1,
        }
    }
    found
}

/// Removes chunks of statements, biggest first, while the program still fails.
fn drop_statements(oracle: &mut Oracle, source: &str) -> String {
    let mut lines: Vec<String> = source.lines().map(str::to_string).collect();
    let mut chunk = lines.len().div_ceil(2).max(1);
    loop {
        let mut start = 1;
        while start < lines.len() {
            let end = (start + chunk).min(lines.len());
            let candidate: Vec<String> = [&lines[..start], &lines[end..]].concat();
            match oracle.still_fails(&program_text(&candidate)) {
                true => lines = candidate,
                false => start = end,
            }
        }
        if chunk == 1 {
            return program_text(&lines);
        }
        chunk = chunk.div_ceil(2);
    }
}

/// Takes the driver's simpler variants greedily until none still fails.
fn simplify_expressions(oracle: &mut Oracle, mut source: String) -> String {
    'outer: loop {
        let answer = oracle.worker.ask(&json!({"op": "simplify", "src": source}));
        let candidates = answer
            .ok()
            .and_then(|answer| answer["candidates"].as_array().cloned())
            .unwrap_or_default();
        for candidate in candidates.iter().filter_map(|c| c.as_str()) {
            if oracle.runs >= BUDGET {
                return source;
            }
            if oracle.still_fails(candidate) {
                source = candidate.to_string();
                continue 'outer;
            }
        }
        return source;
    }
}

/// The driver's signature of `source`, with the category.
pub fn signature(worker: &mut PythonWorker, source: &str, category: &str) -> String {
    let answer = worker.ask(&json!({"op": "signature", "src": source}));
    let text = answer
        .ok()
        .and_then(|answer| answer["signature"].as_str().map(str::to_string))
        .unwrap_or_else(|| source.trim().replace('\n', "; "));
    format!("{text}  [{category}]")
}

/// Lines back into a program's text.
fn program_text(lines: &[String]) -> String {
    let mut text = lines.join("\n");
    text.push('\n');
    text
}
