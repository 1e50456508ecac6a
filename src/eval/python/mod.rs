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
pub(crate) mod copy;
pub(crate) mod dict;
pub(crate) mod dict_ops;
pub(crate) mod formatting;
pub(crate) mod identity;
pub(crate) mod introspection;
pub(crate) mod lazy;
pub(crate) mod list;
pub(crate) mod math;
pub(crate) mod math_int;
pub(crate) mod math_special;
pub(crate) mod math_sum;
pub(crate) mod memoryview;
pub(crate) mod operator;
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
pub(crate) mod sys;

pub(crate) use ops::*;

use crate::eval::{EvalError, EvalResult};
use crate::exception::ExceptionKind;
use crate::syntax::Span;
use crate::value::{Module, Table, Value};

/// The standard-library module `name`, if viewfinder models it (`copy`, `math`, `operator`,
/// `sys`).
pub(crate) fn standard_module(name: &str) -> Option<Value> {
    let module = match name {
        "copy" => Module::Copy,
        "math" => Module::Math,
        "operator" => Module::Operator,
        "sys" => Module::Sys,
        _ => return None,
    };
    Some(Value::Module(module))
}

/// The table of a standard-library module's functions.
fn module_table(module: Module) -> Option<Table> {
    Some(match module {
        Module::Copy => Table::Copy,
        Module::Math => Table::Math,
        Module::Operator => Table::Operator,
        Module::Sys => Table::Sys,
        _ => return None,
    })
}

/// `module.<name>` for a standard-library module: a function of its table or a constant.
pub(crate) fn module_attribute(module: Module, name: &str) -> Option<Value> {
    let table = module_table(module)?;
    crate::eval::call::function_named(table, name).or_else(|| match module {
        Module::Math => math::constant(name),
        Module::Sys => sys::constant(name),
        _ => None,
    })
}

/// The names a standard-library module offers on Tab.
pub(crate) fn module_names(module: Module) -> Vec<&'static str> {
    let Some(table) = module_table(module) else {
        return Vec::new();
    };
    let functions = crate::eval::call::table(table).iter().map(|row| row.name);
    let constants: &[&str] = match module {
        Module::Math => math::CONSTANTS,
        Module::Sys => sys::CONSTANTS,
        _ => &[],
    };
    functions.chain(constants.iter().copied()).collect()
}

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
