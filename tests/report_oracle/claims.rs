//! viewfinder's side: the `--json` trace of a program, each step's claims as data.
//!
//! The program runs in process through [`run_script`] with the options `viewfinder --json
//! FILE` passes, so what is checked is exactly what the command prints; each line is read
//! back into the types below (the fields of README's "Machine-readable trace").

use serde::Deserialize;
use viewfinder::eval::{Dialect, Interpreter};
use viewfinder::report::lesson::LessonViews;
use viewfinder::script::{ScriptOptions, run_script};

/// One step of the trace.
#[derive(Debug, Deserialize)]
pub struct ClaimStep {
    /// The 1-based source line.
    pub line: usize,
    /// The statement as written.
    pub statement: String,
    /// What it printed.
    pub printed: String,
    /// `Kind: message` when it raised.
    pub error: Option<String>,
    /// What it did.
    pub events: Vec<Event>,
    /// Every name after it.
    pub names: Vec<ClaimName>,
    /// Every pair of names said to share elements.
    pub overlaps: Vec<Overlap>,
}

/// An event of a step.
#[derive(Debug, Deserialize)]
#[serde(tag = "event", rename_all = "snake_case")]
pub enum Event {
    /// A name bound to a new array.
    Made(Made),
    /// A name bound to an object other names hold.
    Alias {
        /// The new name.
        name: String,
        /// The names already holding it.
        others: Vec<String>,
    },
    /// A name bound to some other value.
    Bound {},
    /// An in-place write.
    Wrote(Wrote),
    /// `del name`.
    Deleted {
        /// The name.
        name: String,
        /// Names still reaching its buffer.
        still_reachable: Vec<String>,
    },
    /// Anything else.
    Note {},
}

/// A `made` event.
#[derive(Debug, Deserialize)]
pub struct Made {
    /// The name.
    pub name: String,
    /// `view`, `copy` or `new`.
    pub kind: String,
    /// What it was made from.
    pub source: Option<String>,
    /// Other names sharing its memory.
    pub shares: Vec<Shared>,
    /// True when `.base` is set although it is a copy.
    pub base_misleads: bool,
}

/// A `wrote` event.
#[derive(Debug, Deserialize)]
pub struct Wrote {
    /// The target as written.
    pub target: String,
    /// The buffer written.
    pub buffer: String,
    /// How many elements.
    pub count: usize,
    /// `element 1`, `the element at byte 3` or `3 elements`.
    pub location: String,
    /// Every name seeing the new values.
    pub seen_by: Vec<Shared>,
    /// Named copies said to keep their old values.
    pub copies_unchanged: Vec<String>,
}

/// A name and which of its elements (or the overlap text).
#[derive(Debug, Deserialize)]
pub struct Shared {
    /// The other name.
    pub name: String,
    /// The elements, in NumPy notation.
    pub elements: String,
}

/// A name's state after a step.
#[derive(Debug, Deserialize)]
pub struct ClaimName {
    /// The name.
    pub name: String,
    /// `str` for arrays, `repr` otherwise.
    pub value: String,
    /// Element dtype (arrays and buffer objects).
    pub dtype: Option<String>,
    /// Shape.
    pub shape: Option<Vec<usize>>,
    /// Buffer id.
    pub buffer: Option<String>,
    /// Byte offset into the buffer.
    pub offset: Option<i64>,
    /// Byte strides.
    pub strides: Option<Vec<i64>>,
    /// `flags.writeable`.
    pub writeable: Option<bool>,
    /// `flags.owndata`.
    pub owns_data: Option<bool>,
    /// The name of `.base`, `(unnamed …)`, or null.
    pub base: Option<String>,
}

/// A pair of names said to share elements.
#[derive(Debug, Deserialize)]
pub struct Overlap {
    /// One name.
    pub a: String,
    /// The other.
    pub b: String,
    /// Which elements.
    pub elements: String,
}

/// Runs `source` as `viewfinder --json FILE` does and reads its steps back.
pub fn run(source: &str) -> Result<Vec<ClaimStep>, String> {
    let mut session = Interpreter::new(Dialect::Shorthand);
    let options = ScriptOptions {
        quiet: false,
        label: "oracle.py",
        lesson: LessonViews {
            json: true,
            ..LessonViews::default()
        },
    };
    let (mut out, mut err) = (Vec::new(), Vec::new());
    run_script(source, &mut session, &options, &mut out, &mut err);
    String::from_utf8_lossy(&out)
        .lines()
        .map(|line| serde_json::from_str(line).map_err(|e| format!("{e}: {line}")))
        .collect()
}

impl ClaimStep {
    /// The state of `name` after the step.
    pub fn name(&self, name: &str) -> Option<&ClaimName> {
        self.names.iter().find(|claim| claim.name == name)
    }

    /// The events that made arrays.
    pub fn made(&self) -> impl Iterator<Item = &Made> {
        self.events.iter().filter_map(|event| match event {
            Event::Made(made) => Some(made),
            _ => None,
        })
    }

    /// The write events.
    pub fn wrote(&self) -> impl Iterator<Item = &Wrote> {
        self.events.iter().filter_map(|event| match event {
            Event::Wrote(wrote) => Some(wrote),
            _ => None,
        })
    }
}
