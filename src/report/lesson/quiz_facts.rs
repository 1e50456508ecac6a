//! What each quiz question tests, as data a checker can verify against a session, and the
//! questions that read the session as it is now ("which names see a write to `v[0]`?").

use serde::Serialize;

use super::quiz::{Question, question};
use crate::eval::Interpreter;
use crate::memory::{Layout, overlap};
use crate::value::Value;

/// The fact behind a question.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "fact", rename_all = "snake_case")]
pub enum Fact {
    /// `name` prints as the correct option after step `step`.
    ValueAfter {
        /// The name.
        name: String,
        /// The step.
        step: usize,
    },
    /// The array bound to `name` at step `step` shares memory with its source (`view`) or not.
    ViewOrCopy {
        /// The name.
        name: String,
        /// The step.
        step: usize,
        /// True for a view.
        view: bool,
    },
    /// Running `statement` now changes exactly `names` (the correct option, comma separated).
    WhoSees {
        /// The hypothetical write (`view[0] = 7`).
        statement: String,
        /// The names that see it, sorted.
        names: Vec<String>,
    },
    /// A write through `through` first changed `seen` at step `step`.
    FirstVisible {
        /// The name written through.
        through: String,
        /// The name that saw it.
        seen: String,
        /// The step.
        step: usize,
    },
}

/// "Which names see the new value if you now run `v[0] = 7`?" for each view that shares
/// memory with another name; the wrong options are what a learner gets by ignoring sharing
/// (only `v`) or by thinking every array changes.
pub fn who_sees_questions(session: &Interpreter) -> Vec<Question> {
    let mut questions = vec![];
    for (name, value) in session.names() {
        let Value::Array(array) = value else { continue };
        let data = &array.data;
        if !array.writeable.get() || data.size() == 0 || array.owns_data() {
            continue;
        }
        let first = vec![0; data.layout.ndim()];
        let element = Layout {
            offset: data.layout.byte_offset_of(&first),
            shape: vec![],
            strides: vec![],
            itemsize: data.layout.itemsize,
        };
        let seeing = names_seeing_element(&element, data, session);
        if seeing.len() < 2 {
            continue;
        }
        let index = match first.len() {
            0 => String::new(),
            _ => format!("[{}]", vec!["0"; first.len()].join(", ")),
        };
        let statement = format!("{name}{index} = 7");
        let every_array = every_array_name(session);
        let wrong = vec![name.clone(), every_array.join(", ")];
        let prompt = format!("Which names see the new value if you now run `{statement}`?");
        let explanation = format!(
            "{name}{index} is one cell of buffer {}; every name whose elements include that cell sees the write: {}.",
            data.buffer.id,
            seeing.join(", ")
        );
        let fact = Fact::WhoSees {
            statement,
            names: seeing.clone(),
        };
        questions.extend(question(
            prompt,
            seeing.join(", "),
            wrong,
            explanation,
            fact,
        ));
    }
    questions
}

/// The names (sorted) whose memory includes `element` of `data`'s buffer.
fn names_seeing_element(
    element: &Layout,
    data: &crate::memory::ArrayData,
    session: &Interpreter,
) -> Vec<String> {
    let mut names = vec![];
    for (other, value) in session.names() {
        let sees = match value {
            Value::Array(a) if std::rc::Rc::ptr_eq(&a.data.buffer, &data.buffer) => {
                !overlap::element_overlap(element, &a.data.layout).is_empty()
            }
            Value::Buffer(o) => std::rc::Rc::ptr_eq(&o.buffer, &data.buffer),
            _ => false,
        };
        if sees {
            names.push(other.clone());
        }
    }
    names
}

fn every_array_name(session: &Interpreter) -> Vec<String> {
    session
        .names()
        .iter()
        .filter(|(_, v)| matches!(v, Value::Array(_)))
        .map(|(n, _)| n.clone())
        .collect()
}
