//! The interpreter: runs statements against an environment of names.
//!
//! Each statement is one atomic step. The interpreter evaluates it, records what it did in an
//! [`Outcome`] (bindings, in-place writes, output) for the reports, and if it fails, undoes
//! every change it made so far from a journal, so a failing step leaves all names, buffers and
//! flags exactly as they were.

pub mod api;
pub mod args;
#[cfg(test)]
mod atomic_props;
mod attributes;
mod call;
pub mod cancel;
mod class;
mod comprehension;
mod constants;
mod control;
mod dir_lists;
mod error;
mod exceptions;
mod expr;
mod function;
mod index;
mod journal;
pub mod limits;
pub mod names;
pub mod namespace;
mod numpy;
mod python;
mod refusal;
mod step;
mod stmt;
mod subscript;
pub mod suggest;
#[cfg(test)]
mod tests;
mod unpack;
mod unsupported_syntax;

use std::collections::BTreeMap;

use crate::exception::ExceptionKind;
use std::rc::Rc;

pub use error::{EvalError, EvalResult};
pub use step::{
    Dialect, NameChange, ObjectChange, ObservedStep, Outcome, Resize, ShorthandUse, StepObserver,
    StepView, Write,
};

use crate::memory::{BufferId, SharedBuffer};
use crate::syntax::{Span, Stmt};
use crate::value::{Code, Scope, Value};
use journal::Journal;
use namespace::{Namespace, SharedKey};

/// A `SystemError` for a bug that panicked while running the statement at `span`.
fn internal_error(panic: &Box<dyn std::any::Any + Send>, span: Span) -> EvalError {
    let detail = panic
        .downcast_ref::<String>()
        .map(String::as_str)
        .or_else(|| panic.downcast_ref::<&str>().copied())
        .unwrap_or("unknown failure");
    let message = format!("viewfinder internal error (please report it): {detail}");
    EvalError::new(ExceptionKind::SystemError, message, span)
}

/// What the step enclosing a running step could still undo, kept aside while it runs.
struct EnclosingStep {
    journal: Journal,
    binding_undo: Vec<(String, Option<u64>)>,
    names_undo: step::NamesUndo,
    final_write: bool,
}

/// How far the buffer ids, bytes constants and records had come at some moment: where a
/// failing step rewinds them to.
#[derive(Clone, Copy, Debug, Default)]
struct CommitPoint {
    buffer: u64,
    constant: usize,
    records: step::OutcomeMark,
}

/// The state of a session: names, dialect, and the next buffer id.
pub struct Interpreter {
    names: Namespace,
    /// When each name was first bound, for Python's dict order (`Did you mean` ties).
    binding_order: BTreeMap<String, u64>,
    /// This step's changes to `binding_order`, each with the entry it replaced, to put back
    /// if the step fails.
    binding_undo: Vec<(String, Option<u64>)>,
    /// The next entry of `binding_order`.
    next_binding: u64,
    dialect: Dialect,
    /// Where new buffers' ids come from, each after the memory check.
    buffers: limits::Allocator,
    journal: Journal,
    /// Set just before a step's last fallible action when that action is a validated write
    /// into an array: nothing after it can fail, so its buffer needs no copy in the journal.
    final_write: bool,
    /// Set just before a bind that is the step's last action (see `bind_as_last_action`).
    final_bind: bool,
    outcome: Outcome,
    /// What the last failed statement had done before it failed.
    failed_outcome: Outcome,
    source: Rc<str>,
    output: Vec<u8>,
    max_memory: usize,
    /// The `bytes` constants of the unit being run (see [`constants`]).
    constants: constants::BytesConstants,
    /// The innermost scope of the function call or comprehension running, if any.
    scope: Option<Rc<Scope>>,
    /// The calls of the program's functions running, outermost first.
    frames: Vec<Rc<Code>>,
    /// What the `return` that ended the running block returned.
    returned: Option<Value>,
    /// The exceptions the running `except` blocks handle, innermost last, each with the
    /// number of calls running when it was caught (what a bare `raise` re-raises).
    handling: Vec<(Rc<crate::value::ExceptionObject>, usize)>,
    /// Set when an expression statement's value is echoed (the prompt, `-i`, the annotated
    /// transcript): only then is the program's `__repr__` run for it.
    echoes: bool,
    /// How many steps have completed in the session.
    commits: u64,
    /// Where things stood when the last step completed.
    last_commit: CommitPoint,
}

impl Interpreter {
    /// A fresh session in `dialect`.
    pub fn new(dialect: Dialect) -> Interpreter {
        Interpreter {
            names: Namespace::default(),
            binding_order: BTreeMap::new(),
            binding_undo: Vec::new(),
            next_binding: 0,
            dialect,
            buffers: limits::Allocator::default(),
            journal: Journal::default(),
            final_write: false,
            final_bind: false,
            outcome: Outcome::default(),
            failed_outcome: Outcome::default(),
            source: Rc::from(""),
            output: Vec::new(),
            max_memory: limits::DEFAULT_MAX_MEMORY,
            constants: constants::BytesConstants::default(),
            scope: None,
            frames: Vec::new(),
            returned: None,
            handling: Vec::new(),
            echoes: false,
            commits: 0,
            last_commit: CommitPoint::default(),
        }
    }

    /// Sets the most bytes the session's live buffers may take together (`--max-memory`);
    /// a statement that would pass it fails with a `MemoryError`.
    pub fn set_max_memory(&mut self, bytes: usize) {
        self.max_memory = bytes;
    }

    /// The limit on the bytes of the session's live buffers.
    pub fn max_memory(&self) -> usize {
        self.max_memory
    }

    /// Whether expression statements' values are echoed (their `repr` computed then).
    pub fn set_echo(&mut self, echoes: bool) {
        self.echoes = echoes;
    }

    /// The current dialect.
    pub fn dialect(&self) -> Dialect {
        self.dialect
    }

    /// Switches dialect (the `--dialect` flag and `%dialect`).
    pub fn set_dialect(&mut self, dialect: Dialect) {
        self.dialect = dialect;
    }

    /// Every name and its value, sorted by name.
    pub fn names(&self) -> &BTreeMap<String, Value> {
        self.names.all()
    }

    /// The names bound to values that share `key` (a buffer or a list), in name order: what
    /// a report asks after a step, answered without looking at the other names.
    pub fn names_sharing(&self, key: SharedKey) -> impl Iterator<Item = (&String, &Value)> {
        self.names.sharing(key)
    }

    /// The names bound to `object` itself and the list items (`lst[2]`) that hold it: every
    /// place of the module from which a change to it is seen.
    pub fn paths_to(&self, object: &Value) -> Vec<String> {
        let mut paths: Vec<String> = match namespace::SharedKey::of_value(object) {
            Some(key) => self
                .names_sharing(key)
                .filter(|(_, value)| value.is_same_object(object))
                .map(|(name, _)| name.clone())
                .collect(),
            None => self
                .names()
                .iter()
                .filter(|(_, value)| value.is_same_object(object))
                .map(|(name, _)| name.clone())
                .collect(),
        };
        for (name, value) in self.names() {
            if let Value::List(outer) = value {
                let items = outer.borrow();
                let inside = items
                    .iter()
                    .enumerate()
                    .filter(|(_, item)| item.is_same_object(object));
                paths.extend(inside.map(|(i, _)| format!("{name}[{i}]")));
            }
            if let Value::ObjectArray(outer) = value {
                let inside = outer.elements().into_iter();
                let inside = inside.filter(|(_, item)| item.is_same_object(object));
                paths
                    .extend(inside.map(|(i, _)| format!("{name}{}", crate::value::index_text(&i))));
            }
            if let Value::Dict(outer) = value {
                let outer = outer.borrow();
                let inside = outer.entries().filter(|e| e.value.is_same_object(object));
                paths.extend(inside.map(|e| format!("{name}[{}]", e.key.to_repr())));
            }
        }
        paths
    }

    /// The names in the order they were bound, as a Python module's `globals()` lists them.
    pub fn names_in_binding_order(&self) -> Vec<&str> {
        let mut names: Vec<&str> = self.names.all().keys().map(String::as_str).collect();
        names.sort_by_key(|name| self.binding_order.get(*name).copied().unwrap_or(u64::MAX));
        names
    }

    /// The value bound to `name`.
    pub fn lookup(&self, name: &str) -> Option<&Value> {
        self.names.get(name)
    }

    /// Forgets every name (`%reset`).
    pub fn reset(&mut self) {
        self.names.clear();
    }

    /// Runs one statement of `source`. What it prints goes to `out`; what it did is returned.
    /// A simple statement that fails changes nothing. In a compound statement (a loop, an
    /// `if`) each simple statement is such a step: when one fails, those that completed
    /// before it keep their effects, as in Python, and [`Interpreter::take_failed_outcome`]
    /// tells what they were. Statements run with the same `source` (one `Rc`) are one unit,
    /// as python3 compiles a script or one interactive input: equal `bytes` constants in
    /// them are one object.
    pub fn run(
        &mut self,
        stmt: &Stmt,
        source: &Rc<str>,
        out: &mut dyn std::io::Write,
    ) -> EvalResult<Outcome> {
        if !Rc::ptr_eq(&self.source, source) {
            self.constants.new_unit();
        }
        self.source = Rc::clone(source);
        self.outcome = Outcome::default();
        self.failed_outcome = Outcome::default();
        self.scope = None;
        self.frames.clear();
        self.handling.clear();
        self.last_commit = self.commit_point();
        self.output.clear();
        limits::enter_session(self.max_memory);
        let result = self.exec_statement(stmt);
        let printed = std::mem::take(&mut self.output);
        let _ = out.write_all(&printed).and_then(|_| out.flush());
        let outcome = std::mem::take(&mut self.outcome);
        match result {
            Ok(_) => Ok(outcome),
            Err(error) => {
                self.failed_outcome = outcome;
                Err(error)
            }
        }
    }

    /// What the last statement that failed had done before its failing part: the effects of
    /// the simple statements it completed (empty for a simple statement, which changes
    /// nothing when it fails).
    pub fn take_failed_outcome(&mut self) -> Outcome {
        std::mem::take(&mut self.failed_outcome)
    }

    /// Runs `action` as one atomic step: if it fails, every change it made is undone from
    /// the journal and its records leave the outcome; a bug that panics becomes a
    /// `SystemError` for this step (undone like any failing step) instead of ending the
    /// session.
    ///
    /// Steps nest: a statement in a function body is a step inside the step of the
    /// statement that called it. When the inner one completes, its effects stay, as in
    /// Python, and so do those the enclosing steps had made before it (they happened
    /// first; none of them can be undone without undoing it): the enclosing steps can then
    /// only undo what they change after it.
    fn atomically<R>(
        &mut self,
        span: Span,
        action: impl FnOnce(&mut Self) -> EvalResult<R>,
    ) -> EvalResult<R> {
        let enclosing = EnclosingStep {
            journal: std::mem::take(&mut self.journal),
            binding_undo: std::mem::take(&mut self.binding_undo),
            names_undo: self.outcome.take_names_undo(),
            final_write: std::mem::take(&mut self.final_write),
        };
        let commits = self.commits;
        let start = self.commit_point();
        let attempt = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| action(self)));
        let result = attempt.unwrap_or_else(|panic| Err(internal_error(&panic, span)));
        match result {
            Ok(value) => {
                self.journal = Journal::default();
                self.binding_undo.clear();
                self.outcome.settle();
                self.final_write = false;
                self.commits += 1;
                self.last_commit = self.commit_point();
                Ok(value)
            }
            Err(mut error) => {
                let journal = std::mem::take(&mut self.journal);
                error.undid_effects |= !journal.is_empty();
                journal.undo(&mut self.names);
                self.undo_binding_order();
                let committed_inside = self.commits != commits;
                let start = if committed_inside {
                    self.last_commit
                } else {
                    start
                };
                self.buffers.rewind(start.buffer);
                self.constants.rewind(start.constant);
                self.outcome.cut_back(start.records);
                if !committed_inside {
                    self.journal = enclosing.journal;
                    self.binding_undo = enclosing.binding_undo;
                    self.outcome.restore_names_undo(enclosing.names_undo);
                    self.final_write = enclosing.final_write;
                }
                Err(error)
            }
        }
    }

    /// Where the buffer ids, constants and records stand now.
    fn commit_point(&self) -> CommitPoint {
        CommitPoint {
            buffer: self.buffers.mark(),
            constant: self.constants.mark(),
            records: self.outcome.mark(),
        }
    }

    /// The id of a new array's buffer, once the session's memory limit allows `shape` of
    /// `dtype` (NumPy's `MemoryError` otherwise).
    fn allocate(
        &mut self,
        shape: &[usize],
        dtype: crate::memory::DType,
        span: Span,
    ) -> EvalResult<BufferId> {
        self.buffers.allocate(shape, dtype, span)
    }

    /// The source text of `span` (for reports: "view of `arr.T`").
    fn text(&self, span: Span) -> String {
        self.source
            .get(span.start..span.end)
            .unwrap_or("")
            .to_string()
    }

    /// Puts `binding_order` back as it was before the failed step.
    fn undo_binding_order(&mut self) {
        for (name, previous) in self.binding_undo.drain(..).rev() {
            match previous {
                Some(order) => self.binding_order.insert(name, order),
                None => self.binding_order.remove(&name),
            };
        }
    }

    /// Forgets when `name` was bound (`del`), keeping it to put back if the step fails.
    fn forget_binding_order(&mut self, name: &str) {
        let previous = self.binding_order.remove(name);
        self.binding_undo.push((name.to_string(), previous));
    }

    /// Binds `name`, journaling the old value unless the statement marked the bind as its
    /// last action ([`Interpreter::bind_as_last_action`]).
    fn bind(&mut self, name: &str, value: Value) {
        let logged = !std::mem::take(&mut self.final_bind);
        let Some(value) = self.bind_in_scope(name, value) else {
            return;
        };
        let previous = self.names.insert(name, value.clone());
        if previous.is_none() {
            let replaced = self
                .binding_order
                .insert(name.to_string(), self.next_binding);
            self.binding_undo.push((name.to_string(), replaced));
            self.next_binding += 1;
        }
        if logged {
            self.journal.name(name, previous.clone());
        }
        self.outcome
            .record_name(name, Some(value), previous, logged);
    }

    /// Binds `name` as the statement's last action: nothing can fail after it, so the old
    /// value needs no copy in the journal (`total += i` in a loop costs one store).
    fn bind_as_last_action(&mut self, name: &str, value: Value) {
        self.final_bind = true;
        self.bind(name, value);
        self.final_bind = false;
    }

    /// Appends `text` to what the step printed.
    fn write_output(&mut self, text: &str) {
        self.output.extend_from_slice(text.as_bytes());
    }

    /// Forgets the resizes of `buffer` (a new object filled as it is made has grown, but
    /// nothing saw it smaller).
    fn forget_resizes_of(&mut self, buffer: &Rc<SharedBuffer>) {
        let resizes = &mut self.outcome.resizes;
        resizes.retain(|resize| !Rc::ptr_eq(&resize.buffer, buffer));
    }

    /// Saves a list's items before the step changes it, and notes the change for the report.
    fn before_list_change(&mut self, list: &Rc<std::cell::RefCell<Vec<Value>>>) {
        self.journal.list(list);
        self.note_list_change(list);
    }

    /// Like `before_list_change`, for a change that only appends items: the journal keeps
    /// the length, so `lst.append(x)` in a loop costs nothing per item already there.
    fn before_list_growth(&mut self, list: &Rc<std::cell::RefCell<Vec<Value>>>) {
        self.journal.list_length(list);
        self.note_list_change(list);
    }

    /// Notes, once a step, that `list` changed in place.
    fn note_list_change(&mut self, list: &Rc<std::cell::RefCell<Vec<Value>>>) {
        if !self
            .outcome
            .lists_changed
            .iter()
            .any(|seen| Rc::ptr_eq(seen, list))
        {
            self.outcome.lists_changed.push(Rc::clone(list));
        }
    }

    /// Saves a buffer's bytes before the step first writes it.
    fn before_write(&mut self, buffer: &Rc<SharedBuffer>) {
        self.journal.bytes(buffer);
    }

    /// Like `before_write`, for a write that checks everything before it writes a byte. When
    /// the statement marked it as its last fallible action (`final_write`), a failure can only
    /// come before the buffer changes, so the copy is skipped: `big[::2] += 1` costs no more
    /// memory than in NumPy.
    fn before_validated_write(&mut self, buffer: &Rc<SharedBuffer>) {
        if !std::mem::take(&mut self.final_write) {
            self.journal.bytes(buffer);
        }
    }

    /// Runs `action` (the statement's last fallible one) with `final_write` set, and clears
    /// the mark afterwards whether or not a write used it.
    fn as_final_write<R>(&mut self, action: impl FnOnce(&mut Self) -> R) -> R {
        self.final_write = true;
        let result = action(self);
        self.final_write = false;
        result
    }
}
