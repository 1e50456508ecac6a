//! Runtime errors, named and worded as Python and NumPy word them.

use std::fmt;

use std::rc::Rc;

use crate::exception::ExceptionKind;
use crate::syntax::Span;
use crate::value::ExceptionObject;
pub use crate::value::TraceFrame;

/// An exception raised while evaluating a statement.
#[derive(Clone, Debug)]
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
    /// The exception object, once there is one: the program made it (`raise ValueError(x)`)
    /// or caught it (`except ... as e`). It keeps the chain of exceptions before it.
    pub exception: Option<Rc<ExceptionObject>>,
    /// Set when a statement it passed through had changed something before it failed, and
    /// that change was undone. Python keeps such changes; a program that catches the error
    /// would see them, so viewfinder refuses to catch it.
    pub undid_effects: bool,
}

impl PartialEq for EvalError {
    fn eq(&self, other: &EvalError) -> bool {
        let same_object = match (&self.exception, &other.exception) {
            (Some(a), Some(b)) => Rc::ptr_eq(a, b),
            (a, b) => a.is_none() && b.is_none(),
        };
        (self.kind, &self.message, self.span, &self.traceback)
            == (other.kind, &other.message, other.span, &other.traceback)
            && same_object
    }
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
            exception: None,
            undid_effects: false,
        }
    }

    /// CPython's own `NotImplementedError` (a memoryview's sub-views), which a program may
    /// catch, unlike viewfinder's refusals.
    pub fn python_not_implemented(message: &str, span: Span) -> EvalError {
        let kind = ExceptionKind::NotImplementedError;
        EvalError::raising(Rc::new(ExceptionObject::raised(kind, message)), span)
    }

    /// The error that raising `exception` at `span` makes.
    pub fn raising(exception: Rc<ExceptionObject>, span: Span) -> EvalError {
        let mut error = EvalError::new(exception.kind, exception.printed(), span);
        error.exception = Some(exception);
        error
    }

    /// An error raised `from` another that never had a traceback of its own (NumPy's C code
    /// chains them so): an uncaught one prints the cause's line, then "The above exception
    /// was the direct cause…", then its own traceback.
    pub fn caused_by(mut self, kind: ExceptionKind, message: &str) -> EvalError {
        let cause = Rc::new(ExceptionObject::raised(kind, message));
        let object = self.exception_object();
        *object.cause.borrow_mut() = Some(cause);
        object.suppress_context.set(true);
        self
    }

    /// The exception object of this error, made now if the error is viewfinder's own
    /// (its `args` are its message, where Python's are).
    pub fn exception_object(&mut self) -> Rc<ExceptionObject> {
        let (kind, message) = (self.kind, &self.message);
        let object = self
            .exception
            .get_or_insert_with(|| Rc::new(ExceptionObject::raised(kind, message)));
        Rc::clone(object)
    }

    /// True when a program's `except` may catch this error: every exception Python would
    /// raise, but not viewfinder's refusal to run something it does not model (nor its
    /// internal errors), which must stop the program rather than take a path Python would
    /// not take.
    pub fn is_catchable(&self) -> bool {
        let viewfinders_own = matches!(
            self.kind,
            ExceptionKind::NotImplementedError | ExceptionKind::SystemError
        );
        !viewfinders_own || self.exception.is_some()
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
        EvalError::no_listed_attribute(type_name, type_name, attr, span)
    }

    /// `no_attribute`, the suggestion taken from the `dir()` list `dir_key`.
    pub fn no_listed_attribute(
        type_name: &str,
        dir_key: &str,
        attr: &str,
        span: Span,
    ) -> EvalError {
        let message = format!("'{type_name}' object has no attribute '{attr}'");
        EvalError::new(
            ExceptionKind::AttributeError,
            message + &did_you_mean(dir_key, attr),
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
