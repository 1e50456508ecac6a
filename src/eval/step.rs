//! What one step did, for the reports to explain, and the observers that watch steps.
//!
//! The evaluator fills an `Outcome` as it runs a statement: which names it bound or deleted,
//! which buffer regions it wrote, what it printed. Reports read it; nothing here evaluates.

use std::cell::RefCell;
use std::rc::Rc;

use crate::eval::{EvalError, Interpreter};
use crate::memory::{ArrayData, SharedBuffer};
use crate::syntax::Span;
use crate::syntax::Stmt;
use crate::value::Value;

/// The two languages viewfinder speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dialect {
    /// `arr = [1, 2, 3]` makes an int64 array and `np.` is optional.
    Shorthand,
    /// Real Python: lists are lists, `import numpy as np` is needed.
    Python,
}

impl Dialect {
    /// The dialect's name on the command line.
    pub fn name(self) -> &'static str {
        match self {
            Dialect::Shorthand => "shorthand",
            Dialect::Python => "python",
        }
    }
}

/// A change to a name.
#[derive(Clone, Debug)]
pub enum NameChange {
    /// `name = value`; `previous` is what it held before, if anything.
    Bound {
        /// The name.
        name: String,
        /// The new value.
        value: Value,
        /// The old value, when the name was rebound.
        previous: Option<Value>,
    },
    /// `del name`.
    Deleted {
        /// The name.
        name: String,
        /// What it held.
        previous: Value,
    },
}

/// Fancy writes keep the exact elements they wrote up to this many.
pub const WRITTEN_ELEMENTS_KEPT: usize = 4096;

/// Elements written in place.
#[derive(Clone, Debug)]
pub struct Write {
    /// The target as written (`view[0]`, `a[a > 1]`, `a` for `a += 1`).
    pub target: String,
    /// The region written: a layout over the buffer.
    pub region: ArrayData,
    /// For fancy writes, the distinct indices within `region` that were written, in the order
    /// first written; `None` for a whole region, or when there were more than
    /// [`WRITTEN_ELEMENTS_KEPT`] (then `region` bounds them and reports say "may").
    pub elements: Option<Vec<Vec<usize>>>,
    /// Number of element writes (a fancy index may write one element more than once).
    pub count: usize,
    /// True when only a bound of the written elements is known (see `elements`).
    pub approximate: bool,
    /// The function whose body wrote through `target` (a name of that call, not the
    /// module's); `None` at module level.
    pub frame: Option<String>,
}

/// Widens `merged` to cover `later`'s elements too (same target, buffer and item size): a
/// region over all the buffer's items with the written ones listed in buffer order, or only
/// bounded when there are too many to list or they do not line up with the items.
fn merge_write_into(merged: &mut Write, later: &Write) {
    let itemsize = merged.region.layout.itemsize;
    let items = merged.region.buffer.len() / itemsize.max(1);
    let flat = crate::memory::Layout::c_contiguous(0, &[items], itemsize);
    if merged.region.layout != flat {
        let listed = buffer_items(merged, &flat);
        merged.region.layout = flat.clone();
        merged.elements = listed.map(|items| items.into_iter().map(|k| vec![k]).collect());
    }
    merged.count += later.count;
    let more = buffer_items(later, &flat);
    match (merged.elements.as_mut(), more) {
        (Some(listed), Some(more)) => {
            for item in more {
                if let Err(at) = listed.binary_search_by_key(&item, |index| index[0]) {
                    listed.insert(at, vec![item]);
                }
            }
            if listed.len() > WRITTEN_ELEMENTS_KEPT {
                merged.elements = None;
            }
        }
        _ => merged.elements = None,
    }
    merged.approximate = merged.elements.is_none();
}

/// The items of `items` (a layout over all of its buffer's items) that `write` wrote,
/// sorted, or `None` when they are not known one by one or do not line up.
fn buffer_items(write: &Write, items: &crate::memory::Layout) -> Option<Vec<usize>> {
    if write.approximate {
        return None;
    }
    let layout = &write.region.layout;
    let written = match &write.elements {
        Some(elements) => elements.clone(),
        None if write.region.size() <= WRITTEN_ELEMENTS_KEPT => layout.indices(),
        None => return None,
    };
    let itemsize = items.itemsize as isize;
    let mut found = written
        .iter()
        .map(|index| {
            let byte = layout.byte_offset_of(index);
            (byte % itemsize == 0).then_some((byte / itemsize) as usize)
        })
        .collect::<Option<Vec<usize>>>()?;
    found.sort_unstable();
    found.dedup();
    Some(found)
}

impl Write {
    /// The name written through, when it is one of the module's names (`r` of `r[1] = 7`;
    /// none for a write made through a function's parameter).
    pub fn module_name(&self) -> Option<String> {
        match self.frame {
            Some(_) => None,
            None => crate::report::root_name(&self.target),
        }
    }

    /// The target as a report names it: `x (in scale)` inside a call of `scale`.
    pub fn target_text(&self) -> String {
        match &self.frame {
            Some(function) => format!("{} (in {function})", self.target),
            None => self.target.clone(),
        }
    }

    /// How many distinct elements were written: a fancy index naming one element twice writes
    /// it once (for an approximate write, the number of element writes).
    pub fn elements_written(&self) -> usize {
        self.elements.as_ref().map_or(self.count, Vec::len)
    }
}

/// A buffer whose size changed (`array.append`).
#[derive(Clone, Debug)]
pub struct Resize {
    /// The buffer.
    pub buffer: Rc<SharedBuffer>,
    /// The object resized, as written.
    pub target: String,
}

/// A change that concerns Python objects rather than bytes: which names see an object change,
/// and which pointers still hold the old object when a slot is given a new one.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(tag = "change", rename_all = "snake_case")]
pub enum ObjectChange {
    /// `obj.attr = value` on an instance that other places hold (`obj_list[0].val = 88`).
    AttributeSet {
        /// The attribute.
        attr: String,
        /// The instance's class.
        class: String,
        /// Every name, list item and object-array cell holding the instance.
        seen_as: Vec<String>,
    },
    /// `lst[i] = x` put another object into a list slot while object-array cells still point
    /// at the old one (`obj_list[1] = {}`).
    SlotRebound {
        /// The slot as the report names it (`obj_list[1]`).
        slot: String,
        /// The old object's type name.
        old_type: String,
        /// The cells still pointing at the old object.
        still_pointing: Vec<String>,
    },
    /// `oa[...] = x` repointed cells of an object array's pointer buffer.
    Repointed {
        /// The target as written (`oa[0]`).
        target: String,
        /// The pointer buffer (`b3`).
        buffer: String,
        /// How many pointers.
        count: usize,
        /// The names and cells that see the new objects.
        seen_as: Vec<String>,
    },
}

impl ObjectChange {
    /// The report's line for the change.
    pub fn text(&self) -> String {
        match self {
            ObjectChange::AttributeSet {
                attr,
                class,
                seen_as,
            } => format!(
                "set the attribute {attr} of a {class} object, seen as {}",
                seen_as.join(", ")
            ),
            ObjectChange::SlotRebound {
                slot,
                old_type,
                still_pointing,
            } => format!(
                "{slot} now refers to another object; {} still point{} at the old {old_type} (an object array holds its own pointers, not the list)",
                still_pointing.join(", "),
                if still_pointing.len() == 1 { "s" } else { "" },
            ),
            ObjectChange::Repointed {
                target,
                buffer,
                count,
                seen_as,
            } => {
                let plural = if *count == 1 { "" } else { "s" };
                let seen = match seen_as.len() {
                    0 => "no name sees them".to_string(),
                    _ => format!("seen as {}", seen_as.join(", ")),
                };
                format!(
                    "`{target}` repointed {count} pointer{plural} of buffer {buffer} at the assigned object{plural}; {seen}"
                )
            }
        }
    }
}

/// Everything one statement did.
#[derive(Clone, Debug, Default)]
pub struct Outcome {
    /// Names bound, rebound or deleted, in order.
    pub names: Vec<NameChange>,
    /// In-place writes, in order.
    pub writes: Vec<Write>,
    /// Buffers resized.
    pub resizes: Vec<Resize>,
    /// Lists changed in place (`lst[0] = 1`, `lst.append(2)`), once each.
    pub lists_changed: Vec<Rc<RefCell<Vec<Value>>>>,
    /// Dicts changed in place (`d['k'] = 1`, `d.pop('k')`), once each.
    pub dicts_changed: Vec<crate::value::Dict>,
    /// Sets changed in place (`s.add(1)`, `s |= t`), once each.
    pub sets_changed: Vec<crate::value::Set>,
    /// The value of an expression statement, for the prompt to echo (never `None`).
    pub echo: Option<Value>,
    /// The echo's text when it runs the program's own `__repr__` (set only when echoing).
    pub echo_text: Option<String>,
    /// Set when the statement switched dialects.
    pub dialect_switch: Option<Dialect>,
    /// Flag changes and other facts worth a line (`a.flags.writeable = False`).
    pub notes: Vec<String>,
    /// Changes to Python objects several names hold, and to which object a slot holds.
    pub object_changes: Vec<ObjectChange>,
    /// Where the shorthand dialect read the statement differently from Python (`%save`
    /// rewrites these so that python3 runs the saved session).
    pub shorthand: Vec<ShorthandUse>,
    /// How the running simple statement changed `names`, newest last, to undo them if it
    /// fails (a change that nothing can follow is not logged).
    names_undo: Vec<NameUndo>,
}

/// The name records a step would undo, kept aside while a step inside it runs.
#[derive(Debug, Default)]
pub(crate) struct NamesUndo(Vec<NameUndo>);

/// One change to [`Outcome::names`], and what puts it back.
#[derive(Clone, Debug)]
enum NameUndo {
    /// An entry was added at the end.
    Pushed,
    /// The entry at this position was replaced; this is the old one.
    Replaced(usize, NameChange),
    /// The entry at this position was removed; this is it.
    Removed(usize, NameChange),
}

/// How far an [`Outcome`] had grown when a simple statement began, to cut a failing one's
/// records off again.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct OutcomeMark {
    writes: usize,
    resizes: usize,
    lists_changed: usize,
    dicts_changed: usize,
    sets_changed: usize,
    notes: usize,
    object_changes: usize,
    shorthand: usize,
}

impl NameChange {
    /// The name changed.
    pub fn name(&self) -> &str {
        match self {
            NameChange::Bound { name, .. } | NameChange::Deleted { name, .. } => name,
        }
    }

    /// What the name held before the change, if anything.
    fn held_before(&self) -> Option<&Value> {
        match self {
            NameChange::Bound { previous, .. } => previous.as_ref(),
            NameChange::Deleted { previous, .. } => Some(previous),
        }
    }
}

impl Outcome {
    /// True when the step changed nothing a report shows: no name, write, resize or list.
    pub fn changed_nothing(&self) -> bool {
        self.names.is_empty()
            && self.writes.is_empty()
            && self.resizes.is_empty()
            && self.lists_changed.is_empty()
            && self.dicts_changed.is_empty()
            && self.sets_changed.is_empty()
    }

    /// Where every record stands as a simple statement begins (see [`Outcome::cut_back`]).
    pub(crate) fn mark(&self) -> OutcomeMark {
        OutcomeMark {
            writes: self.writes.len(),
            resizes: self.resizes.len(),
            lists_changed: self.lists_changed.len(),
            dicts_changed: self.dicts_changed.len(),
            sets_changed: self.sets_changed.len(),
            notes: self.notes.len(),
            object_changes: self.object_changes.len(),
            shorthand: self.shorthand.len(),
        }
    }

    /// The undo entries of the enclosing step's names, taken away while a step inside it
    /// (a statement in a function it calls) runs; [`Outcome::restore_names_undo`] puts them
    /// back.
    pub(crate) fn take_names_undo(&mut self) -> NamesUndo {
        NamesUndo(std::mem::take(&mut self.names_undo))
    }

    /// Puts back what [`Outcome::take_names_undo`] took.
    pub(crate) fn restore_names_undo(&mut self, saved: NamesUndo) {
        self.names_undo = saved.0;
    }

    /// The running simple statement succeeded: its records stay.
    pub(crate) fn settle(&mut self) {
        self.names_undo.clear();
    }

    /// Forgets everything recorded since `mark` (a failed statement's: it changed nothing).
    pub(crate) fn cut_back(&mut self, mark: OutcomeMark) {
        for undo in std::mem::take(&mut self.names_undo).into_iter().rev() {
            match undo {
                NameUndo::Pushed => {
                    self.names.pop();
                }
                NameUndo::Replaced(at, entry) => self.names[at] = entry,
                NameUndo::Removed(at, entry) => self.names.insert(at, entry),
            }
        }
        self.writes.truncate(mark.writes);
        self.resizes.truncate(mark.resizes);
        self.lists_changed.truncate(mark.lists_changed);
        self.dicts_changed.truncate(mark.dicts_changed);
        self.sets_changed.truncate(mark.sets_changed);
        self.notes.truncate(mark.notes);
        self.object_changes.truncate(mark.object_changes);
        self.shorthand.truncate(mark.shorthand);
    }

    /// Records that `name` now holds `now` (`None`: it was deleted) where it held `before`.
    /// A name changed twice in one step (a loop's variable) keeps one entry: what it held
    /// before the step and what it holds now. `logged` is false when nothing in the running
    /// statement can fail after the change, which then needs no undo.
    pub(crate) fn record_name(
        &mut self,
        name: &str,
        now: Option<Value>,
        before: Option<Value>,
        logged: bool,
    ) {
        let Some(at) = self.names.iter().position(|c| c.name() == name) else {
            let change = match (now, before) {
                (Some(value), previous) => NameChange::Bound {
                    name: name.to_string(),
                    value,
                    previous,
                },
                (None, Some(previous)) => NameChange::Deleted {
                    name: name.to_string(),
                    previous,
                },
                (None, None) => return,
            };
            self.names.push(change);
            if logged {
                self.names_undo.push(NameUndo::Pushed);
            }
            return;
        };
        if logged {
            let saved = self.names[at].clone();
            self.names_undo.push(NameUndo::Replaced(at, saved));
        }
        let entry = &mut self.names[at];
        let first_before = entry.held_before().cloned();
        match (now, first_before) {
            (Some(value), previous) => match entry {
                NameChange::Bound { value: held, .. } => *held = value,
                NameChange::Deleted { name, .. } => {
                    let name = std::mem::take(name);
                    *entry = NameChange::Bound {
                        name,
                        value,
                        previous,
                    }
                }
            },
            (None, Some(previous)) => {
                let name = match entry {
                    NameChange::Bound { name, .. } | NameChange::Deleted { name, .. } => {
                        std::mem::take(name)
                    }
                };
                *entry = NameChange::Deleted { name, previous };
            }
            // Made and deleted again within the step: the name is as it was.
            (None, None) => {
                let removed = self.names.remove(at);
                if logged {
                    self.names_undo.pop();
                    self.names_undo.push(NameUndo::Removed(at, removed));
                }
            }
        }
    }

    /// Records a write. Writes through the same target into the same buffer (a loop's
    /// `a[i] = ...`) merge into one, over the buffer's items, listing each element written;
    /// past [`WRITTEN_ELEMENTS_KEPT`] elements (or for items that do not line up) the merged
    /// write only bounds them, and the report says "may".
    pub(crate) fn record_write(&mut self, write: Write) {
        let same = |w: &Write| {
            w.target == write.target
                && w.frame == write.frame
                && Rc::ptr_eq(&w.region.buffer, &write.region.buffer)
                && w.region.layout.itemsize == write.region.layout.itemsize
        };
        match self.writes.iter().position(same) {
            Some(at) => merge_write_into(&mut self.writes[at], &write),
            None => self.writes.push(write),
        }
    }

    /// Records a resize, once per buffer (the report reads the size the buffer has now).
    pub(crate) fn record_resize(&mut self, resize: Resize) {
        if !self
            .resizes
            .iter()
            .any(|r| Rc::ptr_eq(&r.buffer, &resize.buffer))
        {
            self.resizes.push(resize);
        }
    }

    /// Records a change to shared Python objects, once.
    pub(crate) fn record_object_change(&mut self, change: ObjectChange) {
        if !self.object_changes.contains(&change) {
            self.object_changes.push(change);
        }
    }

    /// Records a note, once.
    pub(crate) fn record_note(&mut self, note: String) {
        if !self.notes.contains(&note) {
            self.notes.push(note);
        }
    }

    /// Records a place where the shorthand dialect departs from Python, once.
    pub(crate) fn record_shorthand(&mut self, use_: ShorthandUse) {
        if !self.shorthand.contains(&use_) {
            self.shorthand.push(use_);
        }
    }
}

/// A place where the shorthand dialect departs from Python.
#[derive(Clone, Debug, PartialEq)]
pub enum ShorthandUse {
    /// A list literal that became an array (Python: `np.array([...])`).
    ListArray(Span),
    /// A bare NumPy name such as `arange` (Python: `np.arange`).
    NumpyName(Span, String),
}

/// What is shown around each step besides the program's own output.
#[derive(Clone, Copy, Debug)]
pub struct StepView {
    /// Echo `[line] >>> statement` (and the comment lines before it) first.
    pub headers: bool,
    /// Echo an expression statement's value, as Python's prompt does.
    pub echo: bool,
    /// Print the step's report.
    pub report: bool,
}

/// One finished step, as an observer sees it.
pub struct ObservedStep<'a> {
    /// The statement.
    pub stmt: &'a Stmt,
    /// The whole source it came from (its span points into this).
    pub source: &'a str,
    /// Its 1-based line number.
    pub line: usize,
    /// What it printed (the program's own output).
    pub printed: &'a [u8],
    /// What it did, or the error it raised (then nothing changed).
    pub result: Result<&'a Outcome, &'a EvalError>,
}

/// Watches every step of a script or a prompt session (the lesson history behind
/// `--table`, `--json` and friends keeps one).
pub trait StepObserver {
    /// Called after each step, with the session as the step left it.
    fn observe(&mut self, step: &ObservedStep, session: &Interpreter);
}

/// Observes nothing.
impl StepObserver for () {
    fn observe(&mut self, _step: &ObservedStep, _session: &Interpreter) {}
}

/// Two observers watching the same steps, first then second.
impl<A: StepObserver, B: StepObserver> StepObserver for (A, B) {
    fn observe(&mut self, step: &ObservedStep, session: &Interpreter) {
        self.0.observe(step, session);
        self.1.observe(step, session);
    }
}

/// A borrowed observer is an observer.
impl<T: StepObserver + ?Sized> StepObserver for &mut T {
    fn observe(&mut self, step: &ObservedStep, session: &Interpreter) {
        (**self).observe(step, session);
    }
}
