//! Attributes: `owner.attr` looked up by the owner's kind, and `owner.attr = value`.
//!
//! Each kind of object finds its attributes in its table (`numpy::ndarray`, the `list` and
//! buffer method tables, `numpy`'s module table); a name the real object has but viewfinder
//! does not model is refused honestly ([`crate::eval::refusal`]).

use std::rc::Rc;

use crate::eval::numpy::ndarray::{dtype_attribute, flag};
use crate::eval::{EvalError, EvalResult, Interpreter};
use crate::exception::ExceptionKind;
use crate::syntax::Span;
use crate::value::{ArrayObject, BufferKind, Module, Rule, Table, Value};

impl Interpreter {
    /// `owner.attr`.
    pub(crate) fn get_attribute(
        &mut self,
        owner: &Value,
        attr: &str,
        span: Span,
    ) -> EvalResult<Value> {
        let found = match owner {
            Value::Instance(instance) => return self.instance_attribute(instance, attr, span),
            Value::UserClass(class) => return self.user_class_attribute(class, attr, span),
            Value::Module(Module::Array) => {
                (attr == "array").then_some(Value::Class("array.array"))
            }
            Value::Module(module @ (Module::NumPy | Module::NumPySub(_))) => {
                crate::eval::numpy::attribute(*module, attr)
            }
            Value::Module(module) => crate::eval::python::module_attribute(*module, attr),
            Value::Array(array) => self.array_attribute(array, attr, span),
            Value::ObjectArray(array) => crate::eval::numpy::objects::attribute(array, attr),
            Value::ObjectDType => crate::eval::numpy::objects::dtype_attribute(attr),
            Value::Flags(array) => flag(array, attr).map(Value::Bool),
            Value::DType(dtype) => dtype_attribute(*dtype, attr),
            Value::Scalar(dtype, value) => self.scalar_attribute(owner, *dtype, *value, attr, span),
            Value::List(_) => crate::eval::call::method_named(Table::List, attr, owner),
            Value::Str(_) => crate::eval::call::method_named(Table::Str, attr, owner),
            Value::Tuple(_) => crate::eval::call::method_named(Table::Tuple, attr, owner),
            Value::Dict(_) => crate::eval::call::method_named(Table::Dict, attr, owner),
            Value::Set(_) => crate::eval::call::method_named(Table::Set, attr, owner),
            Value::FrozenSet(_) => crate::eval::call::method_named(Table::FrozenSet, attr, owner),
            Value::Class("dict") if attr == "fromkeys" => {
                crate::eval::call::function_named(Table::Dict, attr)
            }
            Value::Range(..) => crate::eval::python::range::attribute(owner, attr),
            Value::MemoryView(_) => crate::eval::python::memoryview::attribute(owner, attr, span)?,
            Value::Buffer(object) => buffer_attribute(owner, object.kind, attr),
            Value::Class(name) => class_attribute(name, attr),
            Value::ScalarType(dtype) => class_attribute(&format!("numpy.{dtype}"), attr),
            Value::ExceptionType(kind) => exception_class_attribute(*kind, attr),
            Value::Exception(exception) => exception_attribute(exception, attr),
            Value::Function(function) => match function.as_ref() {
                crate::value::Function::User(user) => function_attribute(user, attr),
                _ => None,
            },
            _ => None,
        };
        found.ok_or_else(|| crate::eval::refusal::missing_attribute(owner, attr, span))
    }

    /// `owner.attr = value`: only `a.flags.writeable` can be set; other attributes NumPy lets
    /// a script set are refused honestly.
    pub(crate) fn set_attribute(
        &mut self,
        owner: &Value,
        attr: &str,
        value: Value,
        span: Span,
    ) -> EvalResult<()> {
        match (owner, attr) {
            (Value::Flags(array), _) if array.origin.rule == Rule::ScalarTemporary => Err(
                EvalError::value_error("Cannot set flags on array scalars.", span),
            ),
            (Value::Flags(array), "writeable") => self.set_writeable(array, &value, span),
            (
                Value::Array(_),
                "shape" | "strides" | "dtype" | "data" | "flat" | "real" | "imag",
            ) => Err(EvalError::unsupported(
                format!("setting ndarray.{attr}"),
                span,
            )),
            (Value::ObjectArray(_), _) => Err(EvalError::unsupported(
                format!("setting ndarray.{attr} of an object array"),
                span,
            )),
            (Value::Array(_), _) if is_array_member(attr) => {
                let message =
                    format!("attribute '{attr}' of 'numpy.ndarray' objects is not writable");
                Err(EvalError::new(ExceptionKind::AttributeError, message, span))
            }
            (Value::Flags(_), _) => Err(EvalError::unsupported(
                format!("setting flags.{attr}"),
                span,
            )),
            (Value::Instance(_) | Value::UserClass(_), _) => {
                self.set_object_attribute(owner, attr, value);
                Ok(())
            }
            (other, _) => Err(crate::eval::refusal::missing_attribute(other, attr, span)),
        }
    }

    fn set_writeable(
        &mut self,
        array: &Rc<ArrayObject>,
        value: &Value,
        span: Span,
    ) -> EvalResult<()> {
        let on = self.truthy(value, span)?;
        if on && !base_allows_writing(array) {
            let message = "cannot set WRITEABLE flag to True of this array";
            return Err(EvalError::value_error(message, span));
        }
        self.journal.writeable(array);
        array.writeable.set(on);
        let state = if on { "writeable" } else { "read-only" };
        let note = format!("{} is now {state}", self.text(span));
        self.outcome.record_note(note);
        Ok(())
    }
}

/// `cls.__name__`, `cls.__qualname__`, `cls.__module__` of a class viewfinder names by its
/// dotted path (`list`, `numpy.ndarray`, `array.array`).
fn class_attribute(path: &str, attr: &str) -> Option<Value> {
    let (module, name) = path.rsplit_once('.').unwrap_or(("builtins", path));
    match attr {
        "__name__" | "__qualname__" => Some(Value::Str(Rc::from(name))),
        "__module__" => Some(Value::Str(Rc::from(module))),
        _ => None,
    }
}

/// `ValueError.__name__` and the other names of an exception class.
fn exception_class_attribute(kind: crate::exception::ExceptionKind, attr: &str) -> Option<Value> {
    let text = |s: &str| Some(Value::Str(Rc::from(s)));
    match attr {
        "__name__" => text(kind.dunder_name()),
        "__qualname__" => text(kind.class_name()),
        "__module__" => text(
            kind.python_name()
                .rsplit_once('.')
                .map_or("builtins", |(module, _)| module),
        ),
        _ => None,
    }
}

/// `e.args`, `e.__context__`, `e.__cause__` and the other attributes of an exception
/// viewfinder models.
fn exception_attribute(exception: &Rc<crate::value::ExceptionObject>, attr: &str) -> Option<Value> {
    let linked = |link: &std::cell::RefCell<Option<Rc<crate::value::ExceptionObject>>>| {
        link.borrow().clone().map_or(Value::None, Value::Exception)
    };
    match attr {
        "args" => exception.args.clone().map(Value::Tuple),
        "__class__" => Some(Value::ExceptionType(exception.kind)),
        "__context__" => Some(linked(&exception.context)),
        "__cause__" => Some(linked(&exception.cause)),
        "__suppress_context__" => Some(Value::Bool(exception.suppress_context.get())),
        _ => None,
    }
}

/// True for a name `numpy.ndarray` has (a method or a read-only attribute).
fn is_array_member(attr: &str) -> bool {
    crate::eval::dir_lists::dir_of("numpy.ndarray").is_some_and(|names| names.contains(&attr))
}

/// `arr.typecode`, `arr.itemsize` and the methods of `bytes`, `bytearray` and `array.array`.
fn buffer_attribute(owner: &Value, kind: BufferKind, attr: &str) -> Option<Value> {
    match (kind, attr) {
        (BufferKind::ArrayModule(code, _), "typecode") => {
            Some(Value::Str(Rc::from(code.to_string())))
        }
        (BufferKind::ArrayModule(_, dtype), "itemsize") => {
            Some(Value::Int(dtype.itemsize() as i64))
        }
        (BufferKind::Bytes, _) => crate::eval::call::method_named(Table::Bytes, attr, owner),
        (BufferKind::ByteArray, _) => {
            crate::eval::call::method_named(Table::ByteArray, attr, owner)
        }
        (BufferKind::ArrayModule(..), _) => {
            crate::eval::call::method_named(Table::ArrayArray, attr, owner)
        }
    }
}

/// Whether the memory under an array may be written at all (not `bytes`, not a read-only owner).
/// NumPy 2 lets a broadcast view be made writeable; a write then reaches every index that
/// shares the element.
fn base_allows_writing(array: &ArrayObject) -> bool {
    if array.data.buffer.readonly {
        return false;
    }
    match &array.base {
        Some(Value::Array(base)) => base.writeable.get(),
        _ => true,
    }
}

/// `f.__name__`, `f.__qualname__`, `f.__doc__`, `f.__defaults__` of a function the program
/// defined.
fn function_attribute(function: &crate::value::UserFunction, attr: &str) -> Option<Value> {
    let code = &function.code;
    let text = |s: &str| Value::Str(std::rc::Rc::from(s));
    Some(match attr {
        "__name__" => text(&code.name),
        "__qualname__" => text(&code.qualname),
        "__doc__" => code.doc.as_deref().map_or(Value::None, text),
        "__defaults__" if function.defaults.is_empty() => Value::None,
        "__defaults__" => Value::Tuple(function.defaults.clone().into()),
        _ => return None,
    })
}
