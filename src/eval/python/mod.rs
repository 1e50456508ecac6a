//! Python's own objects and builtins: numbers, strings, lists, tuples, ranges, `bytes`,
//! `bytearray` and `array.array`.
//!
//! `builtins` is the table of builtin functions and classes, `list`, `dict`, `set` and
//! `buffers` the tables of their methods, `ops` Python's arithmetic, comparisons and iteration.

pub(crate) mod buffers;
pub(crate) mod builtins;
pub(crate) mod bytes;
mod bytes_text;
mod codecs;
pub(crate) mod dict;
pub(crate) mod dict_ops;
pub(crate) mod formatting;
pub(crate) mod introspection;
pub(crate) mod lazy;
pub(crate) mod list;
pub(crate) mod memoryview;
pub(crate) mod ops;
pub(crate) mod ordering;
pub(crate) mod percent;
pub(crate) mod range;
pub(crate) mod sequence_ops;
pub(crate) mod set;
pub(crate) mod set_exprs;
pub(crate) mod set_ops;
pub(crate) mod sort;
mod str_case;
pub(crate) mod str_format;
mod str_pieces;
pub(crate) mod strings;

pub(crate) use ops::*;

use crate::eval::{EvalError, EvalResult};
use crate::exception::ExceptionKind;
use crate::syntax::Span;
use crate::value::{Table, Value};

/// The builtin `name`, if viewfinder models it: a function, or a class (`int`, `list`).
pub(crate) fn builtin(name: &str) -> Option<Value> {
    crate::eval::call::function_named(Table::Builtins, name).or_else(|| {
        builtins::CLASSES
            .iter()
            .find(|row| row.name == name)
            .map(|row| Value::Class(row.name))
            .or_else(|| ExceptionKind::builtin_named(name).map(Value::ExceptionType))
    })
}

/// The names of the builtins viewfinder models, for completion.
pub(crate) fn builtin_names() -> impl Iterator<Item = &'static str> {
    let functions = builtins::FUNCTIONS.iter().map(|row| row.name);
    let classes = builtins::CLASSES.iter().map(|row| row.name);
    functions
        .chain(classes)
        .chain(ExceptionKind::builtin_names())
}

/// An integer argument (`range(3)`, `round(x, 2)`).
pub(crate) fn as_index_int(value: &Value, span: Span) -> EvalResult<i64> {
    match value {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        Value::Scalar(d, s) if d.is_integer() => Ok(s.as_i64()),
        other => {
            let message = format!(
                "'{}' object cannot be interpreted as an integer",
                other.type_name()
            );
            Err(EvalError::type_error(message, span))
        }
    }
}
