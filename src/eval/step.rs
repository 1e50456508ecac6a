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
}

/// A buffer whose size changed (`array.append`).
#[derive(Clone, Debug)]
pub struct Resize {
    /// The buffer.
    pub buffer: Rc<SharedBuffer>,
    /// The object resized, as written.
    pub target: String,
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
    /// The value of an expression statement, for the prompt to echo (never `None`).
    pub echo: Option<Value>,
    /// Set when the statement switched dialects.
    pub dialect_switch: Option<Dialect>,
    /// Flag changes and other facts worth a line (`a.flags.writeable = False`).
    pub notes: Vec<String>,
    /// Where the shorthand dialect read the statement differently from Python (`%save`
    /// rewrites these so that python3 runs the saved session).
    pub shorthand: Vec<ShorthandUse>,
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
