//! Honest refusals: a name the real NumPy or CPython has, but viewfinder does not model yet,
//! is a `NotImplementedError` naming it (`np.floor is not supported by viewfinder yet`);
//! a name the real thing lacks keeps Python's own error, with CPython's "Did you mean".
//!
//! What exists is read from the real `dir()` lists ([`crate::eval::dir_lists`]), and what
//! viewfinder models from its tables, so the refusal set is their difference and cannot drift
//! from either.

use crate::eval::EvalError;
use crate::eval::dir_lists::dir_of;
use crate::syntax::Span;
use crate::value::{Function, FunctionKind, Module, Value};

/// The error for `owner.attr` when viewfinder has no such attribute.
pub(crate) fn missing_attribute(owner: &Value, attr: &str, span: Span) -> EvalError {
    let (key, shown) = owner_names(owner);
    let own = dir_of(&key).is_some_and(|names| names.contains(&attr));
    let metaclass = is_class(owner) && dir_of("type").is_some_and(|names| names.contains(&attr));
    if own || metaclass {
        return EvalError::unsupported(format!("{shown}.{attr}"), span);
    }
    match owner {
        Value::Module(module) => EvalError::no_module_attribute(&module_name(*module), attr, span),
        Value::Class(name) => EvalError::no_class_attribute(name, attr, span),
        Value::ExceptionType(kind) => EvalError::no_class_attribute(kind.class_name(), attr, span),
        Value::Exception(_) => EvalError::no_listed_attribute(&shown, &key, attr, span),
        other => EvalError::no_attribute(other.type_name(), attr, span),
    }
}

/// True for a value that is a class (its attributes are the class's, then `type`'s).
fn is_class(value: &Value) -> bool {
    matches!(
        value,
        Value::Class(_) | Value::ScalarType(_) | Value::ExceptionType(_)
    )
}

/// The module's name as Python prints it (`numpy.linalg`).
pub(crate) fn module_name(module: Module) -> String {
    module.python_name()
}

/// `dir(value)`, as Python lists it: the real list of the value's type, when viewfinder holds
/// it.
pub(crate) fn dir_of_value(value: &Value) -> Option<&'static [&'static str]> {
    let (key, _) = owner_names(value);
    dir_of(&key).or_else(|| dir_of("type").filter(|_| is_class(value)))
}

/// The key of `owner`'s `dir()` list, and its name as users write it (`np`, `ndarray`).
fn owner_names(owner: &Value) -> (String, String) {
    match owner {
        Value::Module(Module::NumPy) => ("module numpy".into(), "np".into()),
        Value::Module(Module::NumPySub(path)) => {
            (format!("module numpy.{path}"), format!("np.{path}"))
        }
        Value::Module(
            module @ (Module::Array | Module::Copy | Module::Math | Module::Operator | Module::Sys),
        ) => {
            let name = module.python_name();
            (format!("module {name}"), name)
        }
        Value::Array(_) | Value::ObjectArray(_) => ("numpy.ndarray".into(), "ndarray".into()),
        Value::ObjectDType => ("numpy.dtype".into(), "dtype".into()),
        Value::DType(_) => ("numpy.dtype".into(), "dtype".into()),
        Value::Flags(_) => ("numpy._core.multiarray.flagsobj".into(), "flags".into()),
        Value::Class(name) => (name.to_string(), name.replace("numpy.", "np.")),
        Value::ExceptionType(kind) => (kind.python_name().into(), kind.class_name().into()),
        Value::Exception(exception) => {
            let class = exception.kind.class_name();
            (format!("exception {class}"), class.into())
        }
        Value::ScalarType(dtype) => (format!("numpy.{dtype}"), format!("np.{dtype}")),
        Value::Function(function) => function_names(function),
        other => (other.type_name().into(), other.type_name().into()),
    }
}

fn function_names(function: &Function) -> (String, String) {
    let id = match function {
        Function::Native(id) | Function::Method { id, .. } => id,
        Function::User(user) => return ("function".into(), user.code.name.clone()),
        Function::Bound { function, .. } => return ("method".into(), function.code.name.clone()),
    };
    let key = match (function, id.shown_as) {
        (Function::Method { .. }, _) | (_, FunctionKind::Builtin) => "builtin_function_or_method",
        (_, FunctionKind::Python) => "function",
        (_, FunctionKind::Ufunc) => "numpy.ufunc",
    };
    (key.into(), format!("{}{}", id.table.prefix(), id.name))
}

/// The error for a name that is not bound: a builtin Python has but viewfinder does not
/// model yet is refused honestly; any other name is `None` (the caller's `NameError`).
pub(crate) fn unmodelled_builtin(name: &str, span: Span) -> Option<EvalError> {
    let real = dir_of("module builtins")?;
    real.contains(&name)
        .then(|| EvalError::unsupported(format!("the builtin {name}"), span))
}

/// The error for `import name` or `from name import …` of a module viewfinder does not model.
pub(crate) fn unmodelled_module(name: &str, span: Span) -> EvalError {
    EvalError::unsupported(format!("the module {name}"), span)
}
