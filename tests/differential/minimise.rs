//! Shrinking a mismatching program to a few statements.
//!
//! First the program is cut after the first statement where the two interpreters part (the
//! shortest prefix that mismatches), so the finding is about that statement and not about an
//! error later; a compound statement (`for`, `while`, `if` with its blocks and clauses) counts
//! as one statement there. Then three passes, each keeping a change only while the program
//! still mismatches in the same way (same [`category`](super::oracle::category)): drop
//! statements (top-level ones in halves, then quarters, down to single ones, `import numpy as
//! np` staying; then single statements inside blocks, an emptied block keeping a `pass`; then
//! compound statements replaced by one of their blocks, dedented, or stripped of an `elif` or
//! `else` clause; again from the top while the inner passes change something); simplify
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
    /// The top-level statement of the original program where the two interpreters parted
    /// (0-based, a compound statement counting as one).
    pub parted_at: usize,
    /// How python3 ran it.
    pub python: Ran,
    /// How viewfinder ran it.
    pub viewfinder: Ran,
}

/// Says whether a candidate program still shows the finding being shrunk; the shrinking
/// passes below take any, so the report oracle (`tests/report_oracle.rs`) shrinks its
/// findings with them too.
pub trait StillFails {
    /// The worker that proposes simpler candidates.
    fn worker(&mut self) -> &mut PythonWorker;
    /// True when `source` still shows the finding (false once the budget is spent).
    fn still_fails(&mut self, source: &str) -> bool;
}

/// Runs candidates through both interpreters and says whether each still mismatches alike.
struct Oracle<'a> {
    worker: &'a mut PythonWorker,
    category: String,
    runs: usize,
}

impl StillFails for Oracle<'_> {
    fn worker(&mut self) -> &mut PythonWorker {
        self.worker
    }

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
    let prefix_lines: Vec<String> = prefix.lines().map(str::to_string).collect();
    let parted_at = statements_in(&prefix_lines, 0..prefix_lines.len())
        .len()
        .saturating_sub(1);
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

/// The shortest prefix of `source` (in top-level statements) that mismatches, and how it
/// does: a binary search, as a prefix of a mismatching prefix rarely mismatches once a longer
/// one does not.
fn first_parting(worker: &mut PythonWorker, source: &str, category: &str) -> (String, String) {
    let lines: Vec<String> = source.lines().map(str::to_string).collect();
    let statements = statements_in(&lines, 0..lines.len());
    let (mut low, mut high) = (2, statements.len());
    let mut found = (source.to_string(), category.to_string());
    while low < high {
        let middle = (low + high) / 2;
        let prefix = program_text(&lines[..statements[middle - 1].end]);
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

/// `source` without its top-level statement number `index` (a compound one with its blocks);
/// the first statement (`import numpy as np`) and indices past the end leave it as it is.
pub fn without_statement(source: &str, index: usize) -> String {
    let lines: Vec<String> = source.lines().map(str::to_string).collect();
    let statements = statements_in(&lines, 0..lines.len());
    match statements.get(index).filter(|_| index > 0) {
        Some(statement) => {
            program_text(&[&lines[..statement.start], &lines[statement.end..]].concat())
        }
        None => source.to_string(),
    }
}

/// Drops statements, simplifies expressions, drops statements again: the passes of
/// [`minimise`] after its first cut, for any [`StillFails`].
pub fn shrink(oracle: &mut dyn StillFails, source: &str) -> String {
    let dropped = drop_statements(oracle, source);
    let simpler = simplify_expressions(oracle, dropped);
    drop_statements(oracle, &simpler)
}

/// Removes statements while the program still fails: chunks of top-level statements, biggest
/// first; then single statements inside blocks (an emptied block gets `pass`), and compound
/// statements replaced by one of their blocks or stripped of a clause (never inside a loop:
/// see [`all_statements`]); and again from the top while the inner passes change something.
fn drop_statements(oracle: &mut dyn StillFails, source: &str) -> String {
    let mut lines: Vec<String> = source.lines().map(str::to_string).collect();
    loop {
        lines = drop_top_level(oracle, lines);
        let inner = drop_inner(oracle, &mut lines);
        let unwrapped = unwrap_blocks(oracle, &mut lines);
        if !inner && !unwrapped {
            return program_text(&lines);
        }
    }
}

/// Removes chunks of top-level statements, biggest first, keeping the first statement.
fn drop_top_level(oracle: &mut dyn StillFails, mut lines: Vec<String>) -> Vec<String> {
    let count = statements_in(&lines, 0..lines.len()).len();
    let mut chunk = count.div_ceil(2).max(1);
    loop {
        let mut start = 1;
        loop {
            let statements = statements_in(&lines, 0..lines.len());
            if start >= statements.len() {
                break;
            }
            let end = (start + chunk).min(statements.len());
            let (from, to) = (statements[start].start, statements[end - 1].end);
            let candidate: Vec<String> = [&lines[..from], &lines[to..]].concat();
            match oracle.still_fails(&program_text(&candidate)) {
                true => lines = candidate,
                false => start = end,
            }
        }
        if chunk == 1 {
            return lines;
        }
        chunk = chunk.div_ceil(2);
    }
}

/// Removes single statements inside blocks; true when one went.
fn drop_inner(oracle: &mut dyn StillFails, lines: &mut Vec<String>) -> bool {
    let mut changed = false;
    let mut at = 0;
    loop {
        let inner = inner_statements(lines);
        let Some((statement, body)) = inner.get(at) else {
            return changed;
        };
        let mut candidate: Vec<String> = lines[..statement.start].to_vec();
        if body.len() == statement.len() {
            let indent = " ".repeat(indentation(&lines[statement.start]));
            candidate.push(format!("{indent}pass"));
        }
        candidate.extend_from_slice(&lines[statement.end..]);
        match candidate != *lines && oracle.still_fails(&program_text(&candidate)) {
            true => {
                *lines = candidate;
                changed = true;
            }
            false => at += 1,
        }
    }
}

/// Replaces compound statements by one of their blocks (dedented), or drops one of their
/// `elif`/`else` clauses; true when one changed.
fn unwrap_blocks(oracle: &mut dyn StillFails, lines: &mut Vec<String>) -> bool {
    let mut changed = false;
    let mut at = 0;
    loop {
        let candidates = unwrapped_candidates(lines);
        let Some(candidate) = candidates.get(at) else {
            return changed;
        };
        match oracle.still_fails(&program_text(candidate)) {
            true => {
                *lines = candidate.clone();
                changed = true;
                at = 0;
            }
            false => at += 1,
        }
    }
}

/// Every way of replacing one compound statement of `lines` (not inside a loop) by one of its
/// blocks, or of dropping one of its later clauses.
fn unwrapped_candidates(lines: &[String]) -> Vec<Vec<String>> {
    let mut found = Vec::new();
    for statement in all_statements(lines, 0..lines.len()) {
        let blocks = blocks_of(lines, statement.clone());
        if blocks.is_empty() {
            continue;
        }
        let indent = indentation(&lines[statement.start]);
        for body in &blocks {
            let deeper = indentation(&lines[body.start]) - indent;
            let margin = " ".repeat(deeper);
            let dedented = lines[body.clone()]
                .iter()
                .map(|line| line.strip_prefix(&margin).unwrap_or(line).to_string());
            let mut candidate = lines[..statement.start].to_vec();
            candidate.extend(dedented);
            candidate.extend_from_slice(&lines[statement.end..]);
            found.push(candidate);
        }
        for body in blocks.iter().skip(1) {
            let candidate = [&lines[..body.start - 1], &lines[body.end..]].concat();
            found.push(candidate);
        }
    }
    found
}

/// The statements of the block `lines[range]` (all indented alike), as line ranges: each
/// runs from its first line to the next line as little indented that does not continue it
/// (`elif`, `else`, `except`, `finally`).
fn statements_in(lines: &[String], range: std::ops::Range<usize>) -> Vec<std::ops::Range<usize>> {
    let indent = lines.get(range.start).map_or(0, |line| indentation(line));
    let mut found: Vec<std::ops::Range<usize>> = Vec::new();
    for at in range {
        let line = &lines[at];
        let starts = indentation(line) <= indent && !continues(line);
        match found.last_mut() {
            Some(last) if !starts => last.end = at + 1,
            _ => found.push(at..at + 1),
        }
    }
    found
}

/// The bodies of the compound statement `lines[statement]` (its first block, then each
/// clause's), as line ranges; none for a simple statement.
fn blocks_of(lines: &[String], statement: std::ops::Range<usize>) -> Vec<std::ops::Range<usize>> {
    let indent = indentation(&lines[statement.start]);
    let mut blocks: Vec<std::ops::Range<usize>> = Vec::new();
    for (at, line) in lines
        .iter()
        .enumerate()
        .take(statement.end)
        .skip(statement.start + 1)
    {
        match indentation(line) > indent {
            true => match blocks.last_mut() {
                Some(last) if last.end == at => last.end = at + 1,
                _ => blocks.push(at..at + 1),
            },
            false => blocks.push(at + 1..at + 1),
        }
    }
    blocks.retain(|body| !body.is_empty());
    blocks
}

/// Every statement of `lines[range]` that is not inside a loop, nested ones after the
/// statement holding them. A loop's inside is never changed, only the whole loop dropped or
/// replaced by its body: a loop whose counter step, `break` or guard went could run forever
/// in viewfinder, which runs in this process without a time limit.
fn all_statements(lines: &[String], range: std::ops::Range<usize>) -> Vec<std::ops::Range<usize>> {
    let mut found = Vec::new();
    for statement in statements_in(lines, range) {
        found.push(statement.clone());
        if is_loop(&lines[statement.start]) {
            continue;
        }
        for body in blocks_of(lines, statement) {
            found.extend(all_statements(lines, body));
        }
    }
    found
}

/// Every statement inside a block that is not a loop's, with the block holding it.
fn inner_statements(lines: &[String]) -> Vec<(std::ops::Range<usize>, std::ops::Range<usize>)> {
    let mut found = Vec::new();
    for statement in all_statements(lines, 0..lines.len()) {
        if is_loop(&lines[statement.start]) {
            continue;
        }
        for body in blocks_of(lines, statement) {
            for inner in statements_in(lines, body.clone()) {
                found.push((inner, body.clone()));
            }
        }
    }
    found
}

/// How many spaces `line` starts with.
fn indentation(line: &str) -> usize {
    line.len() - line.trim_start_matches(' ').len()
}

/// Whether `line` starts a `for` or `while` loop.
fn is_loop(line: &str) -> bool {
    let text = line.trim_start();
    ["for ", "while ", "async for "]
        .iter()
        .any(|keyword| text.starts_with(keyword))
}

/// Whether `line` continues the compound statement above it rather than starting one.
fn continues(line: &str) -> bool {
    let text = line.trim_start();
    ["elif ", "else:", "except", "finally:"]
        .iter()
        .any(|clause| text.starts_with(clause))
}

/// Takes the driver's simpler variants greedily until none still fails.
fn simplify_expressions(oracle: &mut dyn StillFails, mut source: String) -> String {
    'outer: loop {
        let answer = oracle
            .worker()
            .ask(&json!({"op": "simplify", "src": source}));
        let candidates = answer
            .ok()
            .and_then(|answer| answer["candidates"].as_array().cloned())
            .unwrap_or_default();
        for candidate in candidates.iter().filter_map(|c| c.as_str()) {
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

#[cfg(test)]
mod tests {
    use super::*;

    const PROGRAM: &str = "import numpy as np\nm = np.zeros((2, 2))\nfor row in m:\n    \
        if row[0] > 0:\n        break\n    else:\n        row[1] = 1\nelse:\n    print(1)\nprint(m)\n";

    fn lines() -> Vec<String> {
        PROGRAM.lines().map(str::to_string).collect()
    }

    #[test]
    fn a_compound_statement_is_one_top_level_statement() {
        let lines = lines();
        assert_eq!(
            statements_in(&lines, 0..lines.len()),
            [0..1, 1..2, 2..9, 9..10]
        );
        assert_eq!(blocks_of(&lines, 2..9), [3..7, 8..9]);
        assert_eq!(blocks_of(&lines, 3..7), [4..5, 6..7]);
        assert!(blocks_of(&lines, 1..2).is_empty());
    }

    #[test]
    fn statements_inside_loops_are_left_alone() {
        assert!(inner_statements(&lines()).is_empty());
        let candidates = unwrapped_candidates(&lines());
        assert_eq!(candidates.len(), 3);
        let inner: Vec<_> = inner_statements(&candidates[0])
            .into_iter()
            .map(|(s, _)| s)
            .collect();
        assert_eq!(inner, [3..4, 5..6]);
    }

    #[test]
    fn a_block_replaces_its_statement_dedented() {
        let candidates = unwrapped_candidates(&lines());
        let loop_body = program_text(&candidates[0]);
        assert!(loop_body.contains("\nif row[0] > 0:\n    break\nelse:\n    row[1] = 1\nprint"));
        assert!(
            candidates
                .iter()
                .any(|c| !c.iter().any(|line| line == "else:"))
        );
    }

    #[test]
    fn without_statement_drops_a_whole_loop() {
        assert_eq!(
            without_statement(PROGRAM, 2),
            "import numpy as np\nm = np.zeros((2, 2))\nprint(m)\n"
        );
        assert_eq!(without_statement(PROGRAM, 0), PROGRAM);
        assert_eq!(without_statement(PROGRAM, 9), PROGRAM);
    }
}
