//! The lesson history: what each step of a session did, kept for the lesson views.
//!
//! [`LessonHistory`] is a [`StepObserver`]: after every step it records the statement, what it
//! printed, its report, the facts the lesson views explain ([`Event`]s: arrays made as views or
//! copies, writes and who saw them, deletions) and the new values of the names the step touched
//! (names it bound, arrays over buffers it wrote, lists). It never records the whole session
//! and never changes it; the views read the records, plus the session for the memory diagram.

use std::collections::BTreeMap;
use std::rc::Rc;

use super::facts::{self, Event};
use crate::eval::{Interpreter, NameChange, Outcome};
use crate::eval::{ObservedStep, StepObserver};
use crate::report::transcript::{comments_between, step_header};
use crate::syntax::StmtKind;
use crate::value::Value;

/// Every step of a session, in order.
#[derive(Debug, Default)]
pub struct LessonHistory {
    steps: Vec<StepRecord>,
    names: Vec<String>,
    last_values: BTreeMap<String, String>,
    counted: usize,
    source_seen: (usize, usize),
    previous_end: usize,
}

/// One step as the lesson views see it.
#[derive(Clone, Debug)]
pub struct StepRecord {
    /// The step number in the table (`None` for imports, which set up rather than teach).
    pub number: Option<usize>,
    /// 1-based line of the statement in its source.
    pub line: usize,
    /// The comment lines written just before the statement.
    pub comments: String,
    /// The statement as written.
    pub statement: String,
    /// What the program printed.
    pub printed: String,
    /// The report lines viewfinder printed after it.
    pub report: String,
    /// The error line (`IndexError: …`) when the step raised; then nothing changed.
    pub error: Option<String>,
    /// What happened in memory.
    pub events: Vec<Event>,
    /// Names whose value changed, with the new value (`None`: the name is gone).
    pub changed: Vec<(String, Option<String>)>,
}

impl StepRecord {
    /// The transcript of the step: comments, `[line] >>> statement`, output, report, error.
    pub fn transcript(&self) -> String {
        let mut text = self.comments.clone();
        for (i, part) in self.statement.lines().enumerate() {
            let prompt = match i {
                0 => format!("[{}] >>> ", self.line),
                _ => format!("{}... ", " ".repeat(self.line.to_string().len() + 3)),
            };
            text += &format!("{prompt}{part}\n");
        }
        text += &self.printed;
        text += &self.report;
        if let Some(error) = &self.error {
            text += &format!("{error}\n");
        }
        text
    }

    /// The new value of `name` after this step, if the step changed it.
    pub fn value_of(&self, name: &str) -> Option<&Option<String>> {
        self.changed
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, value)| value)
    }
}

impl LessonHistory {
    /// An empty history.
    pub fn new() -> LessonHistory {
        LessonHistory::default()
    }

    /// Every recorded step, imports included.
    pub fn steps(&self) -> &[StepRecord] {
        &self.steps
    }

    /// The numbered steps (the rows of the execution table).
    pub fn numbered_steps(&self) -> impl Iterator<Item = (usize, &StepRecord)> {
        self.steps
            .iter()
            .filter_map(|step| step.number.map(|n| (n, step)))
    }

    /// The step numbered `number`.
    pub fn step(&self, number: usize) -> Option<&StepRecord> {
        self.steps.iter().find(|step| step.number == Some(number))
    }

    /// The names the views follow (arrays, lists, buffer objects), in order of first binding.
    pub fn names(&self) -> &[String] {
        &self.names
    }

    /// The value of `name` after step `number` (`None` before it exists or after `del`).
    pub fn value_after(&self, name: &str, number: usize) -> Option<String> {
        self.numbered_steps()
            .take_while(|(n, _)| *n <= number)
            .filter_map(|(_, step)| step.value_of(name))
            .last()
            .cloned()
            .flatten()
    }

    /// True when `name` had a value at some step up to `number` (so a missing value after it
    /// means `del`, not "not yet").
    pub fn existed_by(&self, name: &str, number: usize) -> bool {
        self.numbered_steps()
            .take_while(|(n, _)| *n <= number)
            .any(|(_, step)| step.value_of(name).is_some_and(|v| v.is_some()))
    }

    /// Forgets everything (`%reset`).
    pub fn clear(&mut self) {
        *self = LessonHistory::default();
    }

    fn record(&mut self, step: &ObservedStep, session: &Interpreter) {
        let number = self.next_number(step);
        let (events, changed, error) = match step.result {
            Ok(outcome) => (
                facts::events_of(outcome, session),
                self.changed_names(outcome, session),
                None,
            ),
            Err(error) => (
                vec![],
                vec![],
                Some(format!("{}: {}", error.kind, error.message)),
            ),
        };
        let report = match step.result {
            Ok(outcome) => crate::report::render_step(outcome, session),
            Err(_) => String::new(),
        };
        let header = step_header(step.line, step.source, step.stmt);
        let statement = header_statement(&header);
        let record = StepRecord {
            number,
            line: step.line,
            comments: self.comments_before(step),
            statement,
            printed: String::from_utf8_lossy(step.printed).into_owned(),
            report,
            error,
            events,
            changed,
        };
        self.steps.push(record);
    }

    fn next_number(&mut self, step: &ObservedStep) -> Option<usize> {
        let setup = matches!(
            step.stmt.kind,
            StmtKind::Import { .. } | StmtKind::FromImport { .. }
        );
        if setup && step.result.is_ok() {
            return None;
        }
        self.counted += 1;
        Some(self.counted)
    }

    /// The comment lines between the previous statement of the same source and this one.
    fn comments_before(&mut self, step: &ObservedStep) -> String {
        let identity = (step.source.as_ptr() as usize, step.source.len());
        if identity != self.source_seen {
            self.source_seen = identity;
            self.previous_end = 0;
        }
        let from = self.previous_end.min(step.stmt.span.start);
        self.previous_end = step.stmt.span.end;
        comments_between(step.source, from, step.stmt.span.start)
    }

    /// The followed names whose value this step changed, with their new values.
    fn changed_names(
        &mut self,
        outcome: &Outcome,
        session: &Interpreter,
    ) -> Vec<(String, Option<String>)> {
        let mut candidates: Vec<String> = outcome.names.iter().map(changed_name).collect();
        candidates.extend(written_names(outcome, session));
        candidates.extend(list_names(session));
        candidates.sort();
        candidates.dedup();
        let mut changed = vec![];
        for name in candidates {
            let text = self.followed_text(&name, session);
            if text.as_ref() == self.last_values.get(&name) {
                continue;
            }
            self.remember(&name, text.clone());
            changed.push((name, text));
        }
        changed
    }

    /// How `name` is shown now: a followed value's text; for a name already followed that now
    /// holds something else (`a = 5` after `a = arange(3)`), that value's repr; `None` when
    /// the name is gone or was never followed.
    fn followed_text(&self, name: &str, session: &Interpreter) -> Option<String> {
        let value = session.lookup(name)?;
        if is_followed(value) {
            return Some(value_text(value));
        }
        let followed_before = self.names.iter().any(|n| n == name);
        followed_before.then(|| crate::report::short(&value.to_repr()))
    }

    fn remember(&mut self, name: &str, text: Option<String>) {
        match text {
            Some(text) => {
                if !self.names.iter().any(|n| n == name) {
                    self.names.push(name.to_string());
                }
                self.last_values.insert(name.to_string(), text);
            }
            None => {
                self.last_values.remove(name);
            }
        }
    }
}

impl StepObserver for LessonHistory {
    fn observe(&mut self, step: &ObservedStep, session: &Interpreter) {
        self.record(step, session);
    }
}

/// `[3] >>> view[0] = 10\n` → `view[0] = 10` (continuation prompts removed).
fn header_statement(header: &str) -> String {
    header
        .lines()
        .map(
            |line| match line.split_once(">>> ").or(line.split_once("... ")) {
                Some((_, rest)) => rest,
                None => line,
            },
        )
        .collect::<Vec<_>>()
        .join("\n")
}

/// Lists and object arrays change without a recorded write (`a[0] = 0` on a list, `oa[0] =
/// {}`), so they are compared.
fn list_names(session: &Interpreter) -> Vec<String> {
    let lists = session.names().iter();
    lists
        .filter(|(_, value)| matches!(value, Value::List(_) | Value::ObjectArray(_)))
        .map(|(name, _)| name.clone())
        .collect()
}

fn changed_name(change: &NameChange) -> String {
    match change {
        NameChange::Bound { name, .. } | NameChange::Deleted { name, .. } => name.clone(),
    }
}

/// The names that look into a buffer the step wrote.
fn written_names(outcome: &Outcome, session: &Interpreter) -> Vec<String> {
    let mut names = vec![];
    for write in &outcome.writes {
        let buffer = &write.region.buffer;
        for (name, value) in session.names() {
            if buffer_of(value).is_some_and(|b| Rc::ptr_eq(&b, buffer)) {
                names.push(name.clone());
            }
        }
    }
    names
}

fn buffer_of(value: &Value) -> Option<Rc<crate::memory::SharedBuffer>> {
    match value {
        Value::Array(a) => Some(Rc::clone(&a.data.buffer)),
        Value::Buffer(o) => Some(Rc::clone(&o.buffer)),
        _ => None,
    }
}

/// True for the values a lesson follows: arrays (object arrays too), lists and buffer objects.
pub fn is_followed(value: &Value) -> bool {
    matches!(
        value,
        Value::Array(_) | Value::ObjectArray(_) | Value::List(_) | Value::Buffer(_)
    )
}

/// How a followed value is shown: `str` for arrays (as `print` shows it), `repr` otherwise.
pub fn value_text(value: &Value) -> String {
    match value {
        Value::Array(array) => array.to_str(),
        Value::ObjectArray(_) => value.to_str(),
        Value::List(items) if items.borrow().len() > 1000 => {
            format!("[… {} items]", items.borrow().len())
        }
        other => other.to_repr(),
    }
}
