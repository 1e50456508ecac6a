//! The rustyline helper: completion, hints from history, highlighting.
//!
//! It holds a [`NameSnapshot`] that the prompt refreshes before each entry, a history hinter
//! (the rest of the last entry that starts with what is typed, shown dim) and whether colour is
//! allowed. Multi-line input is not validated here: see the [`super`] module's note.

use std::borrow::Cow;
use std::cell::Cell;

use rustyline::Context;
use rustyline::completion::{Completer, FilenameCompleter, Pair};
use rustyline::highlight::{CmdKind, Highlighter};
use rustyline::hint::{Hinter, HistoryHinter};
use rustyline::validate::Validator;

use super::commands::command_names;
use super::complete::{NameSnapshot, complete_at};
use super::highlight::highlight_line;

/// Style of the hint after the cursor.
const HINT: anstyle::Style = anstyle::Style::new().dimmed();
/// Style of the `>>> ` and `... ` prompts.
const PROMPT: anstyle::Style = anstyle::AnsiColor::Green.on_default().bold();

/// Completion, hints and highlighting for the prompt.
pub struct ReplHelper {
    /// What completion knows about the session's names.
    pub names: NameSnapshot,
    color: bool,
    show_bracket: Cell<bool>,
    hinter: HistoryHinter,
    files: FilenameCompleter,
}

impl ReplHelper {
    /// A helper that colours when `color` is true.
    pub fn new(color: bool) -> ReplHelper {
        ReplHelper {
            names: NameSnapshot::default(),
            color,
            show_bracket: Cell::new(false),
            hinter: HistoryHinter::new(),
            files: FilenameCompleter::new(),
        }
    }
}

impl Completer for ReplHelper {
    type Candidate = Pair;

    fn complete(
        &self,
        line: &str,
        pos: usize,
        _ctx: &Context<'_>,
    ) -> rustyline::Result<(usize, Vec<Pair>)> {
        let takes_file = ["%run ", "%load ", "%save "]
            .iter()
            .any(|c| line.trim_start().starts_with(c));
        if takes_file {
            return self.files.complete_path(line, pos);
        }
        let (start, words) = complete_at(line, pos, &self.names, &command_names());
        let pairs = words
            .into_iter()
            .map(|word| Pair {
                display: word.clone(),
                replacement: word,
            })
            .collect();
        Ok((start, pairs))
    }
}

impl Hinter for ReplHelper {
    type Hint = String;

    fn hint(&self, line: &str, pos: usize, ctx: &Context<'_>) -> Option<String> {
        self.hinter.hint(line, pos, ctx)
    }
}

impl Highlighter for ReplHelper {
    fn highlight<'l>(&self, line: &'l str, pos: usize) -> Cow<'l, str> {
        if !self.color {
            return Cow::Borrowed(line);
        }
        let cursor = self.show_bracket.get().then_some(pos);
        Cow::Owned(highlight_line(line, cursor))
    }

    fn highlight_prompt<'b, 's: 'b, 'p: 'b>(
        &'s self,
        prompt: &'p str,
        default: bool,
    ) -> Cow<'b, str> {
        match (self.color, default) {
            (true, true) => Cow::Owned(format!("{PROMPT}{prompt}{PROMPT:#}")),
            _ => Cow::Borrowed(prompt),
        }
    }

    fn highlight_hint<'h>(&self, hint: &'h str) -> Cow<'h, str> {
        if !self.color {
            return Cow::Borrowed(hint);
        }
        Cow::Owned(format!("{HINT}{hint}{HINT:#}"))
    }

    fn highlight_char(&self, _line: &str, _pos: usize, kind: CmdKind) -> bool {
        self.show_bracket.set(kind != CmdKind::ForcedRefresh);
        self.color
    }
}

impl Validator for ReplHelper {}

impl rustyline::Helper for ReplHelper {}
