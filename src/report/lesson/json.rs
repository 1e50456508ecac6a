//! `--json`: the machine-readable trace, one JSON object per step (JSON Lines) for editors and
//! course tools. Each object carries the step's statement, output and error, the events of
//! the lesson history, and the state of every name after the step: type, dtype, shape, buffer,
//! offset, strides, flags, base, view-or-copy and its rule, value, and every overlap. The
//! fields are documented in the README ("Machine-readable trace").

use std::io::Write;

use serde::Serialize;

use super::facts::{Event, Kind, SharedWith, sharing_of};
use super::history::{LessonHistory, value_text};
use crate::eval::Interpreter;
use crate::eval::{ObservedStep, StepObserver};
use crate::value::{ArrayObject, Value};

/// A [`StepObserver`] that keeps a [`LessonHistory`] and writes one JSON line per step to `out`.
pub struct JsonTrace<W: Write> {
    history: LessonHistory,
    out: W,
}

/// One step of the trace.
#[derive(Serialize)]
pub struct StepTrace<'a> {
    /// The step number (`null` for imports).
    pub step: Option<usize>,
    /// The 1-based source line.
    pub line: usize,
    /// The statement as written.
    pub statement: &'a str,
    /// What the program printed.
    pub printed: &'a str,
    /// `Kind: message` when the step raised (then nothing changed).
    pub error: Option<&'a str>,
    /// What the step did: made, alias, bound, wrote, deleted, note.
    pub events: &'a [Event],
    /// Every name after the step.
    pub names: Vec<NameState>,
    /// Every pair of names whose elements overlap.
    pub overlaps: Vec<OverlapState>,
}

/// A name's state after a step.
#[derive(Serialize)]
pub struct NameState {
    /// The name.
    pub name: String,
    /// Python's type name (`numpy.ndarray`, `list`).
    #[serde(rename = "type")]
    pub type_name: &'static str,
    /// `str()` for arrays, `repr()` otherwise.
    pub value: String,
    /// For arrays and buffer objects: where the elements live.
    #[serde(flatten)]
    pub memory: Option<MemoryState>,
}

/// Where an array's (or buffer object's) elements live.
#[derive(Serialize)]
pub struct MemoryState {
    /// Element dtype.
    pub dtype: String,
    /// Shape.
    pub shape: Vec<usize>,
    /// Buffer id (`b1`).
    pub buffer: String,
    /// Byte offset.
    pub offset: isize,
    /// Byte strides.
    pub strides: Vec<isize>,
    /// `flags.writeable`.
    pub writeable: bool,
    /// `flags.owndata`.
    pub owns_data: bool,
    /// The name of `.base` (`null` when it owns its data; `(unnamed …)` for a temporary).
    pub base: Option<String>,
    /// `view`, `copy` or `new`.
    pub origin: Option<Kind>,
    /// The rule that made it a view or copy.
    pub rule: Option<String>,
}

/// Two names that share elements.
#[derive(Serialize)]
pub struct OverlapState {
    /// One name.
    pub a: String,
    /// The other.
    pub b: String,
    /// Which elements, in NumPy notation (`view[0:2] ↔ arr[1:3]`).
    pub elements: String,
}

impl<W: Write> JsonTrace<W> {
    /// A trace writing to `out`.
    pub fn new(out: W) -> JsonTrace<W> {
        JsonTrace {
            history: LessonHistory::new(),
            out,
        }
    }

    /// The history it kept (for `--export` alongside `--json`).
    pub fn into_history(self) -> LessonHistory {
        self.history
    }
}

impl<W: Write> StepObserver for JsonTrace<W> {
    fn observe(&mut self, step: &ObservedStep, session: &Interpreter) {
        self.history.observe(step, session);
        let Some(record) = self.history.steps().last() else {
            return;
        };
        let trace = StepTrace {
            step: record.number,
            line: record.line,
            statement: &record.statement,
            printed: &record.printed,
            error: record.error.as_deref(),
            events: &record.events,
            names: name_states(session),
            overlaps: overlap_states(session),
        };
        if let Ok(line) = serde_json::to_string(&trace) {
            let _ = writeln!(self.out, "{line}");
        }
    }
}

/// Every name except modules and functions.
pub fn name_states(session: &Interpreter) -> Vec<NameState> {
    session
        .names()
        .iter()
        .filter(|(_, v)| !matches!(v, Value::Module(_) | Value::Function(_)))
        .map(|(name, value)| NameState {
            name: name.clone(),
            type_name: value.type_name(),
            value: value_text(value),
            memory: memory_state(value, session),
        })
        .collect()
}

fn memory_state(value: &Value, session: &Interpreter) -> Option<MemoryState> {
    match value {
        Value::Array(array) => Some(array_state(array, session)),
        Value::Buffer(object) => Some(MemoryState {
            dtype: object.item_dtype().to_string(),
            shape: vec![object.len()],
            buffer: object.buffer.id.to_string(),
            offset: 0,
            strides: vec![object.item_dtype().itemsize() as isize],
            writeable: !object.buffer.readonly,
            owns_data: true,
            base: None,
            origin: None,
            rule: None,
        }),
        _ => None,
    }
}

fn array_state(array: &ArrayObject, session: &Interpreter) -> MemoryState {
    let layout = &array.data.layout;
    let base = array.base.as_ref().map(|base| {
        let named = session.names().iter().find(|(_, v)| v.is_same_object(base));
        named.map_or_else(
            || format!("(unnamed {})", base.type_name()),
            |(n, _)| n.clone(),
        )
    });
    MemoryState {
        dtype: array.data.dtype.to_string(),
        shape: layout.shape.clone(),
        buffer: array.data.buffer.id.to_string(),
        offset: layout.offset,
        strides: layout.strides.clone(),
        writeable: array.writeable.get(),
        owns_data: array.owns_data(),
        base,
        origin: Some(array.origin.kind().into()),
        rule: Some(array.origin.rule.label()),
    }
}

/// Every pair of names (in name order) whose elements overlap.
pub fn overlap_states(session: &Interpreter) -> Vec<OverlapState> {
    let mut pairs = vec![];
    for (name, value) in session.names() {
        let Value::Array(array) = value else { continue };
        for SharedWith {
            name: other,
            elements,
        } in sharing_of(name, &array.data, session)
        {
            if name < &other || !matches!(session.lookup(&other), Some(Value::Array(_))) {
                pairs.push(OverlapState {
                    a: name.clone(),
                    b: other,
                    elements,
                });
            }
        }
    }
    pairs
}
