//! Runtime errors, named and worded as Python and NumPy word them.

use std::fmt;

use crate::exception::ExceptionKind;
use crate::syntax::Span;

/// An exception raised while evaluating a statement.
#[derive(Clone, Debug, PartialEq)]
pub struct EvalError {
    /// The exception's type (`IndexError`, NumPy's `AxisError`).
    pub kind: ExceptionKind,
    /// The message after the colon.
    pub message: String,
    /// The part of the statement that raised it: in the outermost frame, the call that led
    /// to it when it was raised inside a function.
    pub span: Span,
    /// The frames of the functions it passed through, outermost first, as the lines of
    /// CPython's traceback after the `<module>` one.
    pub traceback: Vec<TraceFrame>,
}

/// One function frame of a traceback: the function, and where in it the error was.
#[derive(Clone, Debug, PartialEq)]
pub struct TraceFrame {
    /// The function's name (`f`, `<lambda>`).
    pub function: String,
    /// The text `span` points into.
    pub source: std::rc::Rc<str>,
    /// The part of the function's body that raised (or called the next frame).
    pub span: Span,
}

/// Result of evaluating anything.
pub type EvalResult<T> = Result<T, EvalError>;

impl EvalError {
    /// An error of `kind` with `message` at `span`.
    pub fn new(kind: ExceptionKind, message: impl Into<String>, span: Span) -> EvalError {
        EvalError {
            kind,
            message: message.into(),
            span,
            traceback: Vec::new(),
        }
    }

    /// The same error, raised at `span` (CPython points at a whole subscript, not its index).
    pub fn at(mut self, span: Span) -> EvalError {
        self.span = span;
        self
    }

    /// `TypeError: message`.
    pub fn type_error(message: impl Into<String>, span: Span) -> EvalError {
        EvalError::new(ExceptionKind::TypeError, message, span)
    }

    /// `ValueError: message`.
    pub fn value_error(message: impl Into<String>, span: Span) -> EvalError {
        EvalError::new(ExceptionKind::ValueError, message, span)
    }

    /// `IndexError: message`.
    pub fn index_error(message: impl Into<String>, span: Span) -> EvalError {
        EvalError::new(ExceptionKind::IndexError, message, span)
    }

    /// `NameError: name 'x' is not defined`.
    pub fn name_error(name: &str, span: Span) -> EvalError {
        EvalError::new(
            ExceptionKind::NameError,
            format!("name '{name}' is not defined"),
            span,
        )
    }

    /// `AttributeError: 'T' object has no attribute 'name'`, with CPython's "Did you mean"
    /// when `dir()` of such an object has a close name.
    pub fn no_attribute(type_name: &str, attr: &str, span: Span) -> EvalError {
        let message = format!("'{type_name}' object has no attribute '{attr}'");
        EvalError::new(
            ExceptionKind::AttributeError,
            message + &did_you_mean(type_name, attr),
            span,
        )
    }

    /// `AttributeError: module 'numpy' has no attribute 'name'`, with the suggestion.
    pub fn no_module_attribute(module: &str, attr: &str, span: Span) -> EvalError {
        let message = format!("module '{module}' has no attribute '{attr}'");
        let hint = did_you_mean(&format!("module {module}"), attr);
        EvalError::new(ExceptionKind::AttributeError, message + &hint, span)
    }

    /// `AttributeError: type object 'int' has no attribute 'name'`, with the suggestion.
    pub fn no_class_attribute(class: &str, attr: &str, span: Span) -> EvalError {
        let message = format!("type object '{class}' has no attribute '{attr}'");
        EvalError::new(
            ExceptionKind::AttributeError,
            message + &did_you_mean(class, attr),
            span,
        )
    }

    /// `NotImplementedError` for something Python or NumPy has and viewfinder does not model
    /// yet: `np.floor is not supported by viewfinder yet`.
    pub fn unsupported(what: impl fmt::Display, span: Span) -> EvalError {
        let message = format!("{what} is not supported by viewfinder yet");
        EvalError::new(ExceptionKind::NotImplementedError, message, span)
    }

    /// A compute error placed at `span`.
    pub fn from_compute(error: crate::memory::compute::ComputeError, span: Span) -> EvalError {
        EvalError::new(error.kind, error.message, span)
    }
}

/// `. Did you mean: 'reshape'?` when CPython would say so, else nothing.
fn did_you_mean(type_name: &str, attr: &str) -> String {
    crate::eval::dir_lists::dir_of(type_name)
        .and_then(|names| crate::eval::suggest::closest(attr, names))
        .map_or(String::new(), |name| format!(". Did you mean: '{name}'?"))
}

impl fmt::Display for EvalError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.message.is_empty() {
            write!(f, "{}", self.kind)
        } else {
            write!(f, "{}: {}", self.kind, self.message)
        }
    }
}

impl std::error::Error for EvalError {}
