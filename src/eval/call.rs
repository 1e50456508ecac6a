//! Calls: evaluating arguments, and finding the table row a callable points at.
//!
//! A function value names its row ([`NativeId`]); a class names its constructor's row; a
//! NumPy scalar type has a row per family of error messages. Each call binds its arguments to
//! the row's signature ([`crate::eval::args::bind`]) and runs the row's implementation.

use std::rc::Rc;

use crate::eval::args::{self, CallArgs, CallNames, CallStyle, Native};
use crate::eval::{EvalError, EvalResult, Interpreter};
use crate::syntax::{Arg, Expr, Span};
use crate::value::{Function, FunctionKind, NativeId, Table, Value};

/// The rows of `table`.
pub(crate) fn table(table: Table) -> &'static [Native] {
    use crate::eval::{numpy, python};
    match table {
        Table::Builtins => python::builtins::FUNCTIONS,
        Table::NumPy => numpy::FUNCTIONS,
        Table::NdArray => numpy::ndarray::METHODS,
        Table::List => python::list::METHODS,
        Table::Tuple => python::list::TUPLE_METHODS,
        Table::Range => python::range::METHODS,
        Table::Bytes => python::buffers::BYTES_METHODS,
        Table::ByteArray => python::buffers::BYTEARRAY_METHODS,
        Table::ArrayArray => python::buffers::ARRAY_ARRAY_METHODS,
        Table::Str => python::strings::METHODS,
        Table::Dict => python::dict::METHODS,
        Table::Set => python::set::SET_METHODS,
        Table::FrozenSet => python::set::FROZENSET_METHODS,
        Table::MemoryView => python::memoryview::METHODS,
        Table::Copy => python::copy::FUNCTIONS,
        Table::Math => python::math::FUNCTIONS,
        Table::Operator => python::operator::FUNCTIONS,
        Table::Sys => python::sys::FUNCTIONS,
    }
}

/// The row a function value points at.
pub(crate) fn row_of(id: NativeId) -> &'static Native {
    &table(id.table)[id.index]
}

/// Where `name` is in `table`, with what its `repr` needs.
fn id_of(table_name: Table, name: &str) -> Option<NativeId> {
    let index = table(table_name).iter().position(|row| row.name == name)?;
    let row = &table(table_name)[index];
    let shown_as = match row.style {
        CallStyle::PythonDef => FunctionKind::Python,
        CallStyle::Ufunc => FunctionKind::Ufunc,
        _ => FunctionKind::Builtin,
    };
    Some(NativeId {
        table: table_name,
        index,
        name: row.error_name(),
        shown_as,
    })
}

/// The function `name` of `table` (`np.zeros`, `print`), if viewfinder models it.
pub(crate) fn function_named(table: Table, name: &str) -> Option<Value> {
    id_of(table, name).map(|id| Value::Function(Rc::new(Function::Native(id))))
}

/// The method `name` of `table` bound to `receiver` (`a.copy`), if viewfinder models it.
pub(crate) fn method_named(table: Table, name: &str, receiver: &Value) -> Option<Value> {
    let id = id_of(table, name)?;
    let receiver = receiver.clone();
    Some(Value::Function(Rc::new(Function::Method { receiver, id })))
}

/// The constructor row of a class, by its qualified name (`int`, `numpy.dtype`).
fn class_row(name: &str) -> Option<&'static Native> {
    use crate::eval::{numpy, python};
    match name {
        "numpy.dtype" => numpy::CLASSES.iter().find(|row| row.name == "dtype"),
        "array.array" => python::buffers::ARRAY_MODULE.first(),
        builtin => python::builtins::CLASSES
            .iter()
            .find(|row| row.name == builtin),
    }
}

impl Interpreter {
    /// `func(args)`.
    pub(crate) fn eval_call(&mut self, func: &Expr, args: &[Arg], span: Span) -> EvalResult<Value> {
        let callee = self.eval(func)?;
        let mut call = CallArgs {
            span,
            ..CallArgs::default()
        };
        for arg in args {
            match arg {
                Arg::Positional(expr)
                    if let crate::syntax::ExprKind::Starred(inner) = &expr.kind =>
                {
                    let items = self.starred_arguments(&callee, inner, expr.span)?;
                    call.positional
                        .extend(items.into_iter().map(|item| (item, expr.span)));
                }
                Arg::Positional(expr) => {
                    let value = match self.consumed_generator(&callee, expr, args.len() == 1, span)
                    {
                        Some(items) => items?,
                        None => self.eval(expr)?,
                    };
                    call.positional.push((value, expr.span));
                }
                Arg::Keyword { name, value, span } => {
                    let value = self.eval(value)?;
                    crate::eval::python::dict_ops::check_new_keyword(&callee, &call, name, *span)?;
                    call.keywords.push((name.clone(), value, *span))
                }
                Arg::DoubleStarred { value, span } => {
                    let mapping = self.eval(value)?;
                    self.double_starred_keywords(&callee, &mut call, &mapping, *span)?;
                }
            }
        }
        self.call_value(&callee, call)
    }

    /// Calls a value with evaluated arguments.
    pub(crate) fn call_value(&mut self, callee: &Value, call: CallArgs) -> EvalResult<Value> {
        match callee {
            Value::Function(function) => match function.as_ref() {
                Function::Native(id) => self.call_row(*id, None, call),
                Function::Method { receiver, id } => {
                    self.call_row(*id, Some(receiver.clone()), call)
                }
                Function::User(user) => self.call_user_function(user, call),
                Function::Bound { receiver, function } => {
                    let mut call = call;
                    call.positional.insert(0, (receiver.clone(), call.span));
                    self.call_user_function(function, call)
                }
            },
            Value::UserClass(class) => self.instantiate(class, call),
            Value::Class(name) => self.call_class(name, call),
            Value::ExceptionType(kind) => new_exception(*kind, call),
            Value::ScalarType(dtype) => {
                let row = crate::eval::numpy::constructors::scalar_type_row(*dtype);
                let names = CallNames {
                    python: row.error_name().into(),
                    shown: format!("np.{dtype}"),
                };
                let args = args::bind(row, Some(callee.clone()), names, call)?;
                (row.run)(self, &args)
            }
            other => {
                let message = format!("'{}' object is not callable", other.type_name());
                Err(EvalError::type_error(message, call.span))
            }
        }
    }

    /// Runs the row `id` points at, on `receiver` for a method. A NumPy scalar's methods run
    /// on a 0-d array, and a 0-d result comes back a scalar.
    fn call_row(
        &mut self,
        id: NativeId,
        receiver: Option<Value>,
        call: CallArgs,
    ) -> EvalResult<Value> {
        let row = row_of(id);
        let names = CallNames {
            python: format!("{}{}", id.table.python_prefix(), row.name),
            shown: format!("{}{}", id.table.prefix(), row.name),
        };
        let (receiver, from_scalar) = match receiver {
            Some(Value::Scalar(dtype, value)) => {
                let array = self.scalar_as_array(dtype, value);
                (Some(Value::Array(array)), true)
            }
            other => (other, false),
        };
        let objects =
            crate::eval::numpy::objects::call_brings_object_array(receiver.as_ref(), &call);
        let shown = objects.then(|| names.shown.clone());
        let args = args::bind(row, receiver, names, call)?;
        if let Some(shown) = shown {
            return self.call_row_with_object_array(row, id.table, &shown, &args);
        }
        let result = (row.run)(self, &args)?;
        Ok(match from_scalar {
            true => crate::eval::numpy::ndarray::zero_d_to_scalar(result),
            false => result,
        })
    }

    /// `int(x)`, `list(x)`, `np.dtype(x)`: a class called as its constructor.
    fn call_class(&mut self, name: &'static str, call: CallArgs) -> EvalResult<Value> {
        let Some(row) = class_row(name) else {
            let shown = name
                .strip_prefix("numpy.")
                .map_or(name.to_string(), |n| format!("np.{n}"));
            return Err(EvalError::unsupported(
                format!("calling {shown}"),
                call.span,
            ));
        };
        let names = CallNames {
            python: name.into(),
            shown: name.replace("numpy.", "np."),
        };
        let args = args::bind(row, None, names, call)?;
        (row.run)(self, &args)
    }

    /// Calls method `name` of `receiver` with `call` (`copy.sort()` for `np.sort`).
    pub(crate) fn call_method(
        &mut self,
        receiver: &Value,
        name: &str,
        call: CallArgs,
    ) -> EvalResult<Value> {
        let method = self.get_attribute(receiver, name, call.span)?;
        self.call_value(&method, call)
    }

    /// Calls a method with no arguments (`x.all()`).
    pub(crate) fn call_method_named(
        &mut self,
        receiver: &Value,
        name: &str,
        span: Span,
    ) -> EvalResult<Value> {
        let call = CallArgs {
            span,
            ..CallArgs::default()
        };
        self.call_method(receiver, name, call)
    }
}

/// `ValueError('bad', 1)`: an exception object holding its arguments.
fn new_exception(kind: crate::exception::ExceptionKind, call: CallArgs) -> EvalResult<Value> {
    if let Some((_, _, span)) = call.keywords.first() {
        let message = format!("{}() takes no keyword arguments", kind.class_name());
        return Err(EvalError::type_error(message, *span));
    }
    let args: Vec<Value> = call
        .positional
        .into_iter()
        .map(|(value, _)| value)
        .collect();
    let message = crate::value::exception_message(kind, &args);
    let object = crate::value::ExceptionObject::new(kind, args, message);
    Ok(Value::Exception(std::rc::Rc::new(object)))
}
