//! Lessons: the whole session told back as a teacher would — an execution table, a variable
//! tracker, a picture of memory, explanations, a quiz, a handout, and a JSON trace.
//!
//! A [`LessonHistory`] watches the steps as they run (it is a
//! [`StepObserver`](crate::eval::StepObserver)) and records what each one touched; every view
//! here is a function of that history (and, for the memory diagram, of the session as it is
//! now). Like the rest of [`report`](crate::report), views return text and never change
//! anything, so the REPL commands (`%table`, `%track`, …) and the script flags (`--table`,
//! `--track`, …) print the same thing.
//!
//! | view | function | REPL | flag |
//! |---|---|---|---|
//! | execution table | [`render_table`] | `%table` | `--table` |
//! | variable tracker | [`render_tracker`] | `%track` | `--track` |
//! | memory diagram | [`render_diagram`] | `%diagram [names]` | `--diagram[=names]` |
//! | explanations | [`render_explanations`] | `%explain [step]` | `--explain` |
//! | quiz | [`Quiz`], [`render_quiz`] | `%quiz` | `--quiz`, `--seed N` |
//! | handout | [`render_handout`] | `%export FILE` | `--export FILE` |
//! | JSON trace | [`JsonTrace`] | | `--json` |

mod diagram;
mod explain;
mod export;
mod facts;
mod history;
mod json;
mod notes;
mod quiz;
mod quiz_facts;
mod svg;
mod table;

pub use diagram::{BufferDiagram, DiagramRow, diagram_model, render_diagram};
pub use explain::{KeyMoment, key_moments, render_explanations};
pub use export::{render_handout, render_html, render_markdown};
pub use facts::{Event, Kind, MadeArray, SharedWith, WriteFact};
pub use history::{LessonHistory, StepRecord};
pub use json::{JsonTrace, NameState, name_states, overlap_states};
pub use notes::step_notes;
pub use quiz::{Question, Quiz, Verdict, render_quiz};
pub use quiz_facts::Fact;
pub use svg::render_svg_diagram;
pub use table::{
    Grid, abbreviate_value, render_grid, render_table, render_tracker, table_grid, tracker_columns,
    tracker_grid,
};

use std::path::PathBuf;

/// Which lesson views to show after a script, and how.
#[derive(Clone, Debug, Default)]
pub struct LessonViews {
    /// `--table`.
    pub table: bool,
    /// `--track`.
    pub track: bool,
    /// `--diagram`: `Some(names)` to draw (empty: every name).
    pub diagram: Option<Vec<String>>,
    /// `--explain`.
    pub explain: bool,
    /// `--quiz`, with its seed.
    pub quiz: Option<u64>,
    /// `--export FILE`.
    pub export: Option<PathBuf>,
    /// `--json`: one JSON object per step on stdout instead of the transcript.
    pub json: bool,
    /// Terminal width the tables and diagram fit.
    pub width: usize,
    /// Colour in the diagram.
    pub color: bool,
}

impl LessonViews {
    /// True when anything needs a history.
    pub fn wanted(&self) -> bool {
        self.table
            || self.track
            || self.diagram.is_some()
            || self.explain
            || self.quiz.is_some()
            || self.export.is_some()
            || self.json
    }
}

/// The views asked for, one after another under a heading each (the export is written
/// separately, by [`render_handout`]).
pub fn render_lesson(
    history: &LessonHistory,
    session: &crate::eval::Interpreter,
    views: &LessonViews,
) -> String {
    let mut sections = vec![];
    if views.table {
        sections.push(("Execution table", render_table(history, views.width)));
    }
    if views.track {
        sections.push(("Variable tracker", render_tracker(history, views.width)));
    }
    if let Some(names) = &views.diagram {
        let text = render_diagram(session, names, views.width, views.color);
        sections.push(("Memory diagram", text));
    }
    if views.explain {
        sections.push(("Key moments", render_explanations(history, None)));
    }
    if let Some(seed) = views.quiz {
        let quiz = Quiz::generate(history, session, seed);
        sections.push(("Quiz", render_quiz(&quiz)));
    }
    sections
        .into_iter()
        .map(|(title, body)| format!("\n== {title} ==\n{body}"))
        .collect()
}
