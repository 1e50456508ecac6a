//! Formatting values as Python does: `format(value, spec)`, f-strings, `ascii()`.
//!
//! `format` dispatches on the value's type as CPython's `__format__` methods do: `str`,
//! `int`, `bool` and `float` use the format-spec mini-language ([`crate::format::spec`]);
//! NumPy's scalars convert to the Python number first (`numpy.float64` is a `float`
//! subclass and formats itself); an array of one element formats that element, any other
//! array takes only the empty spec (then it is `str(a)`), as do every other object.

use std::rc::Rc;

use crate::eval::numpy::ndarray::zero_d_to_scalar;
use crate::eval::python::{check_exception_reprs, check_repr_depth};
use crate::eval::{EvalError, EvalResult, Interpreter};
use crate::exception::ExceptionKind;
use crate::format::spec::{self, SpecError};
use crate::memory::Scalar;
use crate::syntax::{FStringPart, FormattedValue, Span};
use crate::value::Value;

impl Interpreter {
    /// Python's `format(value, spec)`.
    pub(crate) fn format_value(
        &mut self,
        value: &Value,
        spec: &str,
        span: Span,
    ) -> EvalResult<String> {
        let formatted = match value {
            Value::Str(text) => spec::format_str(text, spec, "str"),
            Value::Bool(b) if spec.is_empty() => Ok(crate::value::py_bool(*b).to_string()),
            Value::Bool(b) => spec::format_int(i128::from(*b), spec, "bool"),
            Value::Int(i) => spec::format_int(i128::from(*i), spec, "int"),
            Value::Float(x) if spec.is_empty() => Ok(crate::format::py_float_repr(*x)),
            Value::Float(x) => spec::format_float(*x, spec, "float"),
            Value::Scalar(_, scalar) => return self.format_scalar(*scalar, spec, span),
            Value::Array(array) if array.data.shape().is_empty() => {
                return self.format_value(&zero_d_to_scalar(value.clone()), spec, span);
            }
            other => return self.format_object(other, spec, span),
        };
        formatted.map_err(|error| spec_error(error, span))
    }

    /// `format` of a NumPy scalar: NumPy converts it to the Python `bool`, `int` or `float`
    /// and formats that (`numpy.float64` too, though it is a `float` subclass).
    fn format_scalar(&mut self, scalar: Scalar, spec: &str, span: Span) -> EvalResult<String> {
        let python = match scalar {
            Scalar::Bool(b) => Value::Bool(b),
            Scalar::Int(i) => Value::Int(i),
            Scalar::UInt(u) => {
                let formatted = spec::format_int(i128::from(u), spec, "int");
                return formatted.map_err(|error| spec_error(error, span));
            }
            Scalar::Float(x) => Value::Float(x),
        };
        self.format_value(&python, spec, span)
    }

    /// `object.__format__`: the empty spec gives `str(value)`, any other is a `TypeError`
    /// naming the type.
    fn format_object(&mut self, value: &Value, spec: &str, span: Span) -> EvalResult<String> {
        if spec.is_empty() {
            return self.checked_str(value, span);
        }
        let type_name = match value {
            Value::Array(_) => "numpy.ndarray".to_string(),
            Value::None
            | Value::List(_)
            | Value::Tuple(_)
            | Value::Range(..)
            | Value::Buffer(_)
            | Value::MemoryView(_) => value.type_name().to_string(),
            Value::Instance(instance) => instance.class.name.to_string(),
            _ => {
                let what = format!("format() of a {} with a format spec", value.type_name());
                return Err(EvalError::unsupported(what, span));
            }
        };
        let message = format!("unsupported format string passed to {type_name}.__format__");
        Err(EvalError::type_error(message, span))
    }

    /// The text of an f-string: its literal parts and its fields, left to right.
    pub(crate) fn eval_fstring(&mut self, parts: &[FStringPart], span: Span) -> EvalResult<String> {
        let mut text = String::new();
        for part in parts {
            match part {
                FStringPart::Literal(literal) => text.push_str(literal),
                FStringPart::Field(field) => text.push_str(&self.eval_fstring_field(field, span)?),
            }
        }
        Ok(text)
    }

    /// One `{value!conversion:spec}` field (`{value=}` prints its text first): the value is
    /// evaluated, then the spec's own fields, then the conversion and `format` run. Errors of
    /// `format` point at the whole f-string, as CPython's do.
    fn eval_fstring_field(&mut self, field: &FormattedValue, whole: Span) -> EvalResult<String> {
        let value = self.eval(&field.value)?;
        let spec = self.eval_fstring(&field.format_spec, whole)?;
        let debug = field.debug_text.as_deref();
        let conversion = match (field.conversion, debug) {
            (None, Some(_)) if field.format_spec.is_empty() => Some('r'),
            (conversion, _) => conversion,
        };
        let converted = match conversion {
            Some('r') => Value::Str(Rc::from(self.checked_repr(&value, whole)?)),
            Some('s') => Value::Str(Rc::from(self.checked_str(&value, whole)?)),
            Some('a') => Value::Str(Rc::from(self.ascii_of(&value, whole)?)),
            _ => value,
        };
        let formatted = self.format_value(&converted, &spec, whole)?;
        Ok(format!("{}{formatted}", debug.unwrap_or("")))
    }

    /// Python's `ascii(value)`: its `repr` with every non-ASCII character escaped.
    pub(crate) fn ascii_of(&mut self, value: &Value, span: Span) -> EvalResult<String> {
        Ok(ascii_escaped(&self.checked_repr(value, span)?))
    }

    /// Python's `repr(value)`, refused honestly where viewfinder cannot know it.
    pub(crate) fn checked_repr(&mut self, value: &Value, span: Span) -> EvalResult<String> {
        check_repr_depth(value, span)?;
        check_exception_reprs(value, false, span)?;
        Self::check_shown_set_orders(value, span)?;
        self.repr_of(value, span)
    }

    /// Python's `str(value)`, refused honestly where viewfinder cannot know it.
    pub(crate) fn checked_str(&mut self, value: &Value, span: Span) -> EvalResult<String> {
        check_repr_depth(value, span)?;
        check_exception_reprs(value, true, span)?;
        Self::check_shown_set_orders(value, span)?;
        self.str_of(value, span)
    }
}

/// `text` with each non-ASCII character as `\xhh`, `\uhhhh` or `\Uhhhhhhhh`.
pub(crate) fn ascii_escaped(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c as u32 {
            0..=0x7f => escaped.push(c),
            code @ 0x80..=0xff => escaped.push_str(&format!("\\x{code:02x}")),
            code @ 0x100..=0xffff => escaped.push_str(&format!("\\u{code:04x}")),
            code => escaped.push_str(&format!("\\U{code:08x}")),
        }
    }
    escaped
}

/// The Python exception of a spec that cannot format its value.
pub(crate) fn spec_error(error: SpecError, span: Span) -> EvalError {
    match error {
        SpecError::Value(message) => EvalError::value_error(message, span),
        SpecError::Overflow(message) => EvalError::new(ExceptionKind::OverflowError, message, span),
        SpecError::Unsupported(what) => EvalError::unsupported(what, span),
    }
}
