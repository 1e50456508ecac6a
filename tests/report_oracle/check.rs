//! Comparing one program's trace with the truth, step by step.
//!
//! Steps are paired in order. A step is checked only while the two runs still behave alike:
//! the same statement, the same printed text (addresses blanked), both succeeding, and the
//! same names holding arrays and buffer objects with the same values. The first step where
//! they part ends the comparison (a behaviour difference is the differential fuzzer's to
//! find, and every claim after it would be about different arrays). On the steps that agree,
//! [`layout`](super::layout), [`sharing`](super::sharing), [`events`](super::events) and
//! [`writes`](super::writes) compare every claim with NumPy's facts and file a [`Finding`]
//! for each one that is false or incomplete.

use super::claims::ClaimStep;
use super::truth::{Memory, Trace, TruthStep};
use super::{events, layout, sharing, writes};
use crate::differential::oracle::without_addresses;

/// A claim of the report that NumPy contradicts, or a true fact it leaves out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    /// What is wrong, with no names or numbers in it: findings are grouped, shrunk and
    /// recorded by kind (`sharing: missing pair array–bytearray`).
    pub kind: String,
    /// The particulars: the step's statement, the names, what was claimed and what is true.
    pub detail: String,
}

/// How far one program's comparison got.
#[derive(Debug, Default)]
pub struct Comparison {
    /// Steps whose claims were checked.
    pub checked: usize,
    /// Why the comparison stopped early, if it did (`None`: every step was checked).
    pub diverged: Option<String>,
    /// Every finding, with the index of the step it was found at.
    pub findings: Vec<(usize, Finding)>,
}

/// One step being checked: the truth, the claims, and the findings so far.
pub struct StepCheck<'a> {
    /// NumPy's facts after the step.
    pub truth: &'a TruthStep,
    /// viewfinder's trace of the step.
    pub claim: &'a ClaimStep,
    /// What was found wrong.
    pub findings: Vec<Finding>,
}

impl StepCheck<'_> {
    /// Files a finding of `kind`, with `detail` after the statement.
    pub fn find(&mut self, kind: impl Into<String>, detail: impl AsRef<str>) {
        let finding = Finding {
            kind: kind.into(),
            detail: format!("`{}`: {}", self.claim.statement, detail.as_ref()),
        };
        if !self.findings.contains(&finding) {
            self.findings.push(finding);
        }
    }

    /// NumPy's memory facts of `name`, if it is an array or buffer object.
    pub fn memory(&self, name: &str) -> Option<&Memory> {
        self.truth.names.get(name)?.memory.as_ref()
    }

    /// `array`, `bytearray`, `bytes` or `array.array`: the type of `name` in a finding's kind.
    pub fn kind_of(&self, name: &str) -> &str {
        match self.truth.names.get(name).map(|t| t.type_name.as_str()) {
            Some("numpy.ndarray") => "array",
            Some(other) => other,
            None => "unknown",
        }
    }
}

/// Compares every step; see the module documentation.
pub fn compare(truth: &Trace, claims: &[ClaimStep]) -> Comparison {
    let mut comparison = Comparison::default();
    for (index, (expected, claim)) in truth.steps.iter().zip(claims).enumerate() {
        if let Some(reason) = parting(expected, claim) {
            comparison.diverged = Some(format!(
                "step {} `{}`: {reason}",
                index + 1,
                claim.statement
            ));
            return comparison;
        }
        if expected.error.is_some() {
            return comparison;
        }
        comparison.checked += 1;
        let found = check_step(expected, claim);
        comparison
            .findings
            .extend(found.into_iter().map(|f| (index, f)));
    }
    if truth.steps.len() != claims.len() {
        comparison.diverged = Some(format!(
            "python3 ran {} steps, viewfinder {}",
            truth.steps.len(),
            claims.len()
        ));
    }
    comparison
}

/// Every claim of one step checked against the truth.
pub fn check_step(truth: &TruthStep, claim: &ClaimStep) -> Vec<Finding> {
    let mut step = StepCheck {
        truth,
        claim,
        findings: vec![],
    };
    layout::check(&mut step);
    sharing::check(&mut step);
    events::check(&mut step);
    writes::check(&mut step);
    step.findings
}

/// Why the two runs are no longer comparable at this step, if they are not.
fn parting(truth: &TruthStep, claim: &ClaimStep) -> Option<String> {
    if truth.line != claim.line {
        return Some(format!(
            "python3 ran line {}, viewfinder line {}",
            truth.line, claim.line
        ));
    }
    if without_addresses(&truth.printed) != without_addresses(&claim.printed) {
        return Some("printed differently".to_string());
    }
    match (&truth.error, &claim.error) {
        (None, None) => {}
        (Some(_), Some(_)) => return None,
        (Some(error), None) => return Some(format!("only python3 raised ({error})")),
        (None, Some(error)) => return Some(format!("only viewfinder raised ({error})")),
    }
    values_part(truth, claim)
}

/// The first array or buffer object whose presence or value differs.
fn values_part(truth: &TruthStep, claim: &ClaimStep) -> Option<String> {
    let claimed: Vec<&str> = claim
        .names
        .iter()
        .filter(|name| name.buffer.is_some())
        .map(|name| name.name.as_str())
        .collect();
    let modelled: Vec<&str> = truth.modelled().map(|(name, _)| name.as_str()).collect();
    if claimed != modelled {
        return Some(format!(
            "arrays and buffers {modelled:?} in python3, {claimed:?} in viewfinder"
        ));
    }
    truth.modelled().find_map(|(name, _)| {
        let expected = &truth.names[name].text;
        let got = &claim.name(name)?.value;
        (without_addresses(expected) != without_addresses(got))
            .then(|| format!("{name} is {expected:?} in python3, {got:?} in viewfinder"))
    })
}

/// How bad a finding of `kind` is, for ordering (0 is worst): a false claim about sharing,
/// then a wrong verdict, then a wrong account of a write, then imprecise element maps, then
/// the layout facts.
pub fn severity(kind: &str) -> u8 {
    match kind.split(':').next().unwrap_or("") {
        "sharing" => 0,
        "verdict" | "deleted" => 1,
        "seen_by" | "write" => 2,
        "elements" => 3,
        _ => 4,
    }
}
