//! Python's exception objects: what `except ValueError as e` binds and `raise` throws.
//!
//! An exception is an object like any other: `e.args`, `str(e)`, `type(e).__name__`, and
//! its identity (a bare `raise` re-raises the very object). Once caught it remembers its
//! traceback from the frame that caught it down, and what it was raised while handling
//! (`__context__`) or `from` (`__cause__`), so an uncaught exception prints CPython's whole
//! chain.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::Value;
use crate::exception::ExceptionKind;
use crate::syntax::Span;

/// One frame of a traceback: the function, and where in it the exception passed.
#[derive(Clone, Debug, PartialEq)]
pub struct TraceFrame {
    /// The function's name (`f`, `<lambda>`, `<module>`).
    pub function: String,
    /// The text `span` points into.
    pub source: Rc<str>,
    /// The part of the function's body that raised (or called the next frame).
    pub span: Span,
}

/// A Python exception object.
#[derive(Debug)]
pub struct ExceptionObject {
    /// Its class.
    pub kind: ExceptionKind,
    /// `e.args`; `None` for an exception viewfinder raised whose arguments it does not
    /// model (a `KeyError` knows its message, not its key).
    pub args: Option<Rc<[Value]>>,
    /// `str(e)`.
    pub message: String,
    /// What CPython's traceback printer adds after `str(e)` for a name or attribute that
    /// does not exist (`. Did you mean: 'append'?`), else nothing.
    pub suggestion: String,
    /// Its traceback once caught, the catching frame first (`e.__traceback__`).
    pub traceback: RefCell<Vec<TraceFrame>>,
    /// The exception being handled when it was raised (`e.__context__`).
    pub context: RefCell<Option<Rc<ExceptionObject>>>,
    /// The exception of `raise e from cause` (`e.__cause__`).
    pub cause: RefCell<Option<Rc<ExceptionObject>>>,
    /// Set by `raise ... from`: the context is not printed (`e.__suppress_context__`).
    pub suppress_context: Cell<bool>,
}

/// Exception types whose arguments viewfinder's own errors do not carry: their `args` are
/// not the message (`KeyError('x').args` is `('x',)`).
const ARGS_NOT_THE_MESSAGE: [ExceptionKind; 5] = [
    ExceptionKind::KeyError,
    ExceptionKind::UnicodeDecodeError,
    ExceptionKind::UFuncNoLoopError,
    ExceptionKind::UFuncOutputCastingError,
    ExceptionKind::ArrayMemoryError,
];

impl ExceptionObject {
    /// `kind(*args)` as the program calls it, `str(e)` already computed.
    pub fn new(kind: ExceptionKind, args: Vec<Value>, message: String) -> ExceptionObject {
        ExceptionObject::with_args(kind, Some(args.into()), message)
    }

    /// The object of an exception viewfinder raised with `message` (as an uncaught one
    /// prints it): its `args` are `(message,)` (or `()` for none), as CPython's and NumPy's
    /// are, where that is so; a "Did you mean" is not part of them.
    pub fn raised(kind: ExceptionKind, printed: &str) -> ExceptionObject {
        let (message, suggestion) = match printed.find(SUGGESTION) {
            Some(at)
                if kind.is_subclass_of(ExceptionKind::NameError)
                    || kind == ExceptionKind::AttributeError =>
            {
                printed.split_at(at)
            }
            _ => (printed, ""),
        };
        let args: Option<Rc<[Value]>> = match () {
            _ if kind == ExceptionKind::AxisError => axis_error_args(message),
            _ if ARGS_NOT_THE_MESSAGE.contains(&kind) => None,
            _ if message.is_empty() => Some(Rc::from([])),
            _ => Some(Rc::from([Value::Str(Rc::from(message))])),
        };
        let mut object = ExceptionObject::with_args(kind, args, message.to_string());
        object.suggestion = suggestion.to_string();
        object
    }

    fn with_args(
        kind: ExceptionKind,
        args: Option<Rc<[Value]>>,
        message: String,
    ) -> ExceptionObject {
        ExceptionObject {
            kind,
            args,
            message,
            suggestion: String::new(),
            traceback: RefCell::new(Vec::new()),
            context: RefCell::new(None),
            cause: RefCell::new(None),
            suppress_context: Cell::new(false),
        }
    }

    /// What an uncaught one prints after its class: `str(e)` and the traceback printer's
    /// suggestion.
    pub fn printed(&self) -> String {
        format!("{}{}", self.message, self.suggestion)
    }

    /// Python's `repr(e)` (`ValueError('bad', 1)`), when its arguments are known.
    pub fn repr(&self) -> Option<String> {
        let args = self.args.as_ref()?;
        Some(format!(
            "{}({})",
            self.kind.dunder_name(),
            super::join_reprs(args)
        ))
    }

    /// The exception an uncaught one prints before it, and the sentence between them:
    /// its cause, else its context unless `from` suppressed it.
    pub fn chained(&self) -> Option<(Rc<ExceptionObject>, &'static str)> {
        if let Some(cause) = self.cause.borrow().as_ref() {
            return Some((Rc::clone(cause), DIRECT_CAUSE));
        }
        if self.suppress_context.get() {
            return None;
        }
        let context = self.context.borrow();
        context.as_ref().map(|c| (Rc::clone(c), DURING_HANDLING))
    }

    /// Makes `handled` the end of this exception's context chain (CPython sets
    /// `__context__` to the exception being handled when another is raised), unless it is
    /// already in the chain.
    pub fn chain_context(self: &Rc<Self>, handled: &Rc<ExceptionObject>) {
        let mut last = Rc::clone(self);
        loop {
            if Rc::ptr_eq(&last, handled) {
                return;
            }
            let next = last.context.borrow().clone();
            match next {
                Some(next) => last = next,
                None => break,
            }
        }
        *last.context.borrow_mut() = Some(Rc::clone(handled));
    }
}

/// Where CPython's traceback printer's suggestion starts.
const SUGGESTION: &str = ". Did you mean: '";

/// NumPy's `AxisError(axis, ndim, None).args`, read back from the message it makes
/// (`axis 2 is out of bounds for array of dimension 1`); `None` for one with a prefix.
fn axis_error_args(message: &str) -> Option<Rc<[Value]>> {
    let rest = message.strip_prefix("axis ")?;
    let (axis, ndim) = rest.split_once(" is out of bounds for array of dimension ")?;
    let number = |text: &str| text.parse::<i64>().ok().map(Value::Int);
    Some(Rc::from([number(axis)?, number(ndim)?, Value::None]))
}

/// What CPython prints between an exception and the one it was raised `from`.
const DIRECT_CAUSE: &str = "The above exception was the direct cause of the following exception:";

/// What CPython prints between an exception and one raised while handling it.
const DURING_HANDLING: &str = "During handling of the above exception, another exception occurred:";

/// Python's `str(e)` of `kind(*args)` given each argument's `str` and `repr`: nothing for no
/// arguments, the one argument's `str` (its `repr` for a `KeyError`), else the tuple's repr.
pub fn exception_message(kind: ExceptionKind, args: &[Value]) -> String {
    match args {
        [] => String::new(),
        [one] if kind.is_subclass_of(ExceptionKind::KeyError) => one.to_repr(),
        [one] => one.to_str(),
        several => Value::Tuple(several.to_vec().into()).to_repr(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(s: &str) -> Value {
        Value::Str(Rc::from(s))
    }

    #[test]
    fn str_and_repr_follow_the_arguments() {
        let kind = ExceptionKind::ValueError;
        assert_eq!(exception_message(kind, &[]), "");
        assert_eq!(exception_message(kind, &[text("bad")]), "bad");
        let two = [text("bad"), Value::Int(1)];
        assert_eq!(exception_message(kind, &two), "('bad', 1)");
        let key = ExceptionKind::KeyError;
        assert_eq!(exception_message(key, &[text("x")]), "'x'");
        let object = ExceptionObject::new(kind, two.to_vec(), String::new());
        assert_eq!(object.repr().as_deref(), Some("ValueError('bad', 1)"));
    }

    #[test]
    fn raised_errors_carry_their_message_as_args_where_python_does() {
        let index = ExceptionObject::raised(ExceptionKind::IndexError, "out");
        assert_eq!(index.repr().as_deref(), Some("IndexError('out')"));
        let empty = ExceptionObject::raised(ExceptionKind::MemoryError, "");
        assert_eq!(empty.repr().as_deref(), Some("MemoryError()"));
        assert!(
            ExceptionObject::raised(ExceptionKind::KeyError, "'x'")
                .args
                .is_none()
        );
        let message = "axis 2 is out of bounds for array of dimension 1";
        let axis = ExceptionObject::raised(ExceptionKind::AxisError, message);
        assert_eq!(axis.repr().as_deref(), Some("AxisError(2, 1, None)"));
    }

    #[test]
    fn a_context_chain_gains_the_handled_exception_once() {
        let make = || Rc::new(ExceptionObject::raised(ExceptionKind::ValueError, "v"));
        let (outer, inner, handled) = (make(), make(), make());
        outer.chain_context(&inner);
        outer.chain_context(&handled);
        outer.chain_context(&handled);
        let second = outer.context.borrow().clone().expect("inner");
        assert!(Rc::ptr_eq(&second, &inner));
        let third = second.context.borrow().clone().expect("handled");
        assert!(Rc::ptr_eq(&third, &handled));
        assert!(third.context.borrow().is_none());
    }
}
