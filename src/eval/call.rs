//! Calls: evaluating arguments and dispatching to builtins, NumPy functions and methods.

use std::cell::RefCell;
use std::rc::Rc;

use super::python::python_scalar;
use super::sequences::typecode_dtype;
use super::{EvalError, EvalResult, Interpreter};
use crate::syntax::{Arg, Expr, Span};
use crate::value::{BufferKind, Function, Value};

/// Evaluated arguments of one call.
pub(super) struct CallArgs {
    /// The function's name, for messages.
    pub name: String,
    /// Positional arguments with their spans.
    pub positional: Vec<(Value, Span)>,
    /// Keyword arguments with their spans.
    pub keywords: Vec<(String, Value, Span)>,
    /// The whole call.
    pub span: Span,
}

impl CallArgs {
    /// The keyword argument `name`.
    pub fn keyword(&self, name: &str) -> Option<&Value> {
        self.keywords
            .iter()
            .find(|(k, _, _)| k == name)
            .map(|(_, v, _)| v)
    }

    /// The argument at `position`, or given by keyword `name`.
    pub fn get(&self, position: usize, name: &str) -> Option<&Value> {
        self.positional
            .get(position)
            .map(|(v, _)| v)
            .or_else(|| self.keyword(name))
    }

    /// Like `get`, but missing is a TypeError.
    pub fn require(&self, position: usize, name: &str) -> EvalResult<&Value> {
        self.get(position, name).ok_or_else(|| {
            let message = format!(
                "{}() missing required argument '{name}' (pos {position})",
                self.name
            );
            EvalError::type_error(message, self.span)
        })
    }

    /// The span of the argument at `position` (the call's span when absent).
    pub fn span_of(&self, position: usize) -> Span {
        self.positional.get(position).map_or(self.span, |(_, s)| *s)
    }

    /// TypeError for a keyword the function does not take.
    pub fn reject_unknown_keywords(&self, allowed: &[&str]) -> EvalResult<()> {
        match self
            .keywords
            .iter()
            .find(|(k, _, _)| !allowed.contains(&k.as_str()))
        {
            Some((k, _, span)) => {
                let message = format!("{}() got an unexpected keyword argument '{k}'", self.name);
                Err(EvalError::type_error(message, *span))
            }
            None => Ok(()),
        }
    }

    /// TypeError unless there are at most `most` positional arguments.
    pub fn at_most(&self, most: usize) -> EvalResult<()> {
        if self.positional.len() <= most {
            return Ok(());
        }
        let message = match most {
            0 => format!(
                "{}() takes no arguments ({} given)",
                self.name,
                self.positional.len()
            ),
            _ => format!(
                "{}() takes at most {most} arguments ({} given)",
                self.name,
                self.positional.len()
            ),
        };
        Err(EvalError::type_error(message, self.span))
    }

    /// TypeError unless there are exactly `n` positional arguments and no keywords.
    pub fn exactly(&self, n: usize) -> EvalResult<()> {
        self.reject_unknown_keywords(&[])?;
        if self.positional.len() == n {
            return Ok(());
        }
        let message = match n {
            0 => format!(
                "{}() takes no arguments ({} given)",
                self.name,
                self.positional.len()
            ),
            1 => format!(
                "{}() takes exactly one argument ({} given)",
                self.name,
                self.positional.len()
            ),
            _ => format!(
                "{}() takes exactly {n} arguments ({} given)",
                self.name,
                self.positional.len()
            ),
        };
        Err(EvalError::type_error(message, self.span))
    }
}

impl Interpreter {
    /// `func(args)`.
    pub(super) fn eval_call(&mut self, func: &Expr, args: &[Arg], span: Span) -> EvalResult<Value> {
        let callee = self.eval(func)?;
        let mut call = CallArgs {
            name: String::new(),
            positional: vec![],
            keywords: vec![],
            span,
        };
        for arg in args {
            match arg {
                Arg::Positional(expr) => call.positional.push((self.eval(expr)?, expr.span)),
                Arg::Keyword { name, value, span } => {
                    call.keywords.push((name.clone(), self.eval(value)?, *span))
                }
                Arg::DoubleStarred { span, .. } => {
                    return Err(super::unsupported_syntax::starred(*span));
                }
            }
        }
        self.call_value(&callee, call)
    }

    /// Calls a value with evaluated arguments.
    pub(super) fn call_value(&mut self, callee: &Value, mut args: CallArgs) -> EvalResult<Value> {
        let Value::Function(function) = callee else {
            return match callee {
                Value::ScalarType(dtype) => {
                    args.name = dtype.name().to_string();
                    self.call_scalar_type(*dtype, &args)
                }
                other => Err(EvalError::type_error(
                    format!("'{}' object is not callable", other.type_name()),
                    args.span,
                )),
            };
        };
        match function.as_ref() {
            Function::Builtin(name) => {
                args.name = name.to_string();
                self.call_builtin(name, &args)
            }
            Function::NumPy(name) => {
                args.name = name.to_string();
                self.call_numpy(name, &args)
            }
            Function::ArrayConstructor => {
                args.name = "array".into();
                self.call_array_constructor(&args)
            }
            Function::Method { receiver, name } => {
                args.name = match receiver {
                    Value::List(_) => format!("list.{name}"),
                    _ => name.to_string(),
                };
                self.call_method(receiver, name, &args)
            }
        }
    }

    /// Calls a method with no arguments (`x.any()`).
    pub(super) fn call_method_named(
        &mut self,
        receiver: &Value,
        name: &'static str,
        span: Span,
    ) -> EvalResult<Value> {
        let args = CallArgs {
            name: name.to_string(),
            positional: vec![],
            keywords: vec![],
            span,
        };
        self.call_method(receiver, name, &args)
    }

    fn call_builtin(&mut self, name: &str, args: &CallArgs) -> EvalResult<Value> {
        let span = args.span;
        match name {
            "print" => self.builtin_print(args),
            "len" => {
                args.exactly(1)?;
                self.builtin_len(&args.positional[0].0, span)
            }
            "repr" => {
                args.exactly(1)?;
                super::python::check_repr_depth(&args.positional[0].0, span)?;
                Ok(Value::Str(Rc::from(args.positional[0].0.to_repr())))
            }
            "str" => {
                args.at_most(1)?;
                if let Some(value) = args.get(0, "object") {
                    super::python::check_repr_depth(value, span)?;
                }
                Ok(Value::Str(Rc::from(
                    args.get(0, "object").map(Value::to_str).unwrap_or_default(),
                )))
            }
            "int" | "float" | "bool" => self.builtin_number(name, args),
            "list" | "tuple" => {
                args.at_most(1)?;
                let items = match args.get(0, "iterable") {
                    Some(value) => self.iterate(value, span)?,
                    None => vec![],
                };
                Ok(if name == "list" {
                    Value::List(Rc::new(RefCell::new(items)))
                } else {
                    Value::Tuple(items.into())
                })
            }
            "range" => self.builtin_range(args),
            "abs" => {
                args.exactly(1)?;
                let value = args.positional[0].0.clone();
                self.builtin_abs(&value, span)
            }
            "min" | "max" => self.builtin_min_max(name, args),
            "sum" => self.builtin_sum(args),
            "sorted" => self.builtin_sorted(args),
            "round" => self.builtin_round(args),
            "type" => {
                args.exactly(1)?;
                Ok(args.positional[0].0.class())
            }
            "bytes" | "bytearray" => self.builtin_bytes(name, args),
            _ => Err(EvalError::unsupported(
                format!("the builtin '{name}'"),
                span,
            )),
        }
    }

    fn builtin_len(&mut self, value: &Value, span: Span) -> EvalResult<Value> {
        let len = match value {
            Value::Array(a) if a.data.layout.ndim() == 0 => {
                return Err(EvalError::type_error("len() of unsized object", span));
            }
            Value::Array(a) => a.data.shape()[0],
            Value::Str(s) => s.chars().count(),
            Value::Range(start, stop, step) => {
                let len = super::python::range_len(*start, *stop, *step);
                i64::try_from(len).map_err(|_| {
                    let message = "Python int too large to convert to C ssize_t";
                    EvalError::new("OverflowError", message, span)
                })? as usize
            }
            Value::List(items) => items.borrow().len(),
            Value::Tuple(items) => items.len(),
            Value::Buffer(object) => object.len(),
            other => {
                return Err(EvalError::type_error(
                    format!("object of type '{}' has no len()", other.type_name()),
                    span,
                ));
            }
        };
        Ok(Value::Int(len as i64))
    }

    fn builtin_number(&mut self, name: &str, args: &CallArgs) -> EvalResult<Value> {
        args.at_most(1)?;
        let span = args.span;
        let Some(value) = args.get(0, "x") else {
            return Ok(match name {
                "int" => Value::Int(0),
                "float" => Value::Float(0.0),
                _ => Value::Bool(false),
            });
        };
        if name == "bool" {
            return Ok(Value::Bool(self.truthy(value, span)?));
        }
        let scalar = match value {
            Value::Str(s) => return parse_number(name, s, span),
            Value::Array(a) if a.data.size() == 1 && a.data.layout.ndim() == 0 => a.data.get(&[]),
            Value::Array(_) => {
                return Err(EvalError::type_error(
                    "only 0-dimensional arrays can be converted to Python scalars",
                    span,
                ));
            }
            Value::Int(_) | Value::Float(_) | Value::Bool(_) | Value::Scalar(..) => {
                python_scalar(value)
            }
            other => {
                let message = format!(
                    "{name}() argument must be a string or a real number, not '{}'",
                    other.type_name()
                );
                return Err(EvalError::type_error(message, span));
            }
        };
        Ok(if name == "int" {
            match scalar {
                crate::memory::Scalar::UInt(_) => super::convert::scalar_to_python(scalar, span)?,
                crate::memory::Scalar::Float(x) => Value::Int(float_to_int(x, span)?),
                other => Value::Int(other.as_i64()),
            }
        } else {
            Value::Float(scalar.as_f64())
        })
    }

    fn builtin_range(&mut self, args: &CallArgs) -> EvalResult<Value> {
        args.reject_unknown_keywords(&[])?;
        let ints = args
            .positional
            .iter()
            .map(|(v, s)| as_index_int(v, *s))
            .collect::<EvalResult<Vec<i64>>>()?;
        let (start, stop, step) = match ints[..] {
            [stop] => (0, stop, 1),
            [start, stop] => (start, stop, 1),
            [start, stop, step] => (start, stop, step),
            _ => {
                let message = format!("range expected at most 3 arguments, got {}", ints.len());
                return Err(EvalError::type_error(message, args.span));
            }
        };
        if step == 0 {
            return Err(EvalError::value_error(
                "range() arg 3 must not be zero",
                args.span,
            ));
        }
        Ok(Value::Range(start, stop, step))
    }

    fn builtin_abs(&mut self, value: &Value, span: Span) -> EvalResult<Value> {
        match value {
            Value::Int(i) => i
                .checked_abs()
                .map(Value::Int)
                .ok_or_else(|| super::expr::overflow(span)),
            Value::Bool(b) => Ok(Value::Int(*b as i64)),
            Value::Float(x) => Ok(Value::Float(x.abs())),
            _ => self.numpy_function_on(value, "absolute", span),
        }
    }

    fn builtin_min_max(&mut self, name: &str, args: &CallArgs) -> EvalResult<Value> {
        let span = args.span;
        let items = match &args.positional[..] {
            [] => {
                return Err(EvalError::type_error(
                    format!("{name} expected at least 1 argument, got 0"),
                    span,
                ));
            }
            [(single, s)] => self.iterate(single, *s)?,
            many => many.iter().map(|(v, _)| v.clone()).collect(),
        };
        let mut best = items.first().cloned().ok_or_else(|| {
            EvalError::value_error(format!("{name}() arg is an empty sequence"), span)
        })?;
        let op = if name == "min" {
            crate::syntax::CmpOp::Lt
        } else {
            crate::syntax::CmpOp::Gt
        };
        for item in items.into_iter().skip(1) {
            crate::interrupt::check(span)?;
            let better = self.compare(op, &item, &best, span)?;
            if self.truthy(&better, span)? {
                best = item;
            }
        }
        Ok(best)
    }

    fn builtin_sum(&mut self, args: &CallArgs) -> EvalResult<Value> {
        let span = args.span;
        let iterable = args.require(0, "iterable")?.clone();
        let mut total = args.get(1, "start").cloned().unwrap_or(Value::Int(0));
        for item in self.iterate(&iterable, span)? {
            crate::interrupt::check(span)?;
            total = self.binary_op(crate::syntax::BinOp::Add, &total, &item, span)?;
        }
        Ok(total)
    }

    fn builtin_sorted(&mut self, args: &CallArgs) -> EvalResult<Value> {
        args.reject_unknown_keywords(&["reverse"])?;
        let items = self.iterate(args.require(0, "iterable")?, args.span)?;
        let sorted = self.sort_values(items, args.span)?;
        let reverse = match args.keyword("reverse") {
            Some(v) => self.truthy(v, args.span)?,
            None => false,
        };
        let sorted = if reverse {
            sorted.into_iter().rev().collect()
        } else {
            sorted
        };
        Ok(Value::List(Rc::new(RefCell::new(sorted))))
    }

    /// Insertion sort with Python's `<` (stable, and raises like Python on mixed types).
    pub(super) fn sort_values(&mut self, items: Vec<Value>, span: Span) -> EvalResult<Vec<Value>> {
        let mut sorted: Vec<Value> = Vec::with_capacity(items.len());
        for item in items {
            crate::interrupt::check(span)?;
            let mut at = sorted.len();
            while at > 0 {
                let less = self.compare(crate::syntax::CmpOp::Lt, &item, &sorted[at - 1], span)?;
                if !self.truthy(&less, span)? {
                    break;
                }
                at -= 1;
            }
            sorted.insert(at, item);
        }
        Ok(sorted)
    }

    fn builtin_round(&mut self, args: &CallArgs) -> EvalResult<Value> {
        let value = python_scalar(args.require(0, "number")?);
        match args.get(1, "ndigits") {
            None | Some(Value::None) => match value {
                crate::memory::Scalar::Int(i) => Ok(Value::Int(i)),
                other => float_to_int(round_half_even(other.as_f64()), args.span).map(Value::Int),
            },
            Some(digits) => {
                let factor = 10f64.powi(as_index_int(digits, args.span)? as i32);
                Ok(Value::Float(
                    round_half_even(value.as_f64() * factor) / factor,
                ))
            }
        }
    }

    fn builtin_bytes(&mut self, name: &str, args: &CallArgs) -> EvalResult<Value> {
        args.at_most(1)?;
        let span = args.span;
        let bytes: Vec<u8> = match args.get(0, "source") {
            None => vec![],
            Some(Value::Int(n)) if *n >= 0 => {
                super::limits::check_buffer_object(name, *n as u128, span)?;
                vec![0; *n as usize]
            }
            Some(Value::Int(_)) => return Err(EvalError::value_error("negative count", span)),
            Some(Value::Buffer(object)) => object.buffer.data().as_bytes().to_vec(),
            Some(other) => {
                let items = self.iterate(other, span)?;
                items
                    .iter()
                    .map(|v| byte_value(v, span))
                    .collect::<EvalResult<_>>()?
            }
        };
        let kind = if name == "bytes" {
            BufferKind::Bytes
        } else {
            BufferKind::ByteArray
        };
        Ok(self.new_buffer_object(kind, crate::memory::AlignedBytes::from_bytes(&bytes)))
    }

    /// `array.array(typecode, initializer)`.
    fn call_array_constructor(&mut self, args: &CallArgs) -> EvalResult<Value> {
        let span = args.span;
        let code = match args.require(0, "typecode")? {
            Value::Str(s) => s.to_string(),
            other => {
                let message = format!(
                    "array() argument 1 must be a unicode character, not {}",
                    other.type_name()
                );
                return Err(EvalError::type_error(message, span));
            }
        };
        let (code, dtype) = typecode_dtype(&code).ok_or_else(|| {
            EvalError::value_error(
                "bad typecode (must be b, B, u, w, h, H, i, I, l, L, q, Q, f or d)",
                span,
            )
        })?;
        let empty =
            self.new_buffer_object(BufferKind::ArrayModule(code, dtype), Default::default());
        let Value::Buffer(object) = &empty else {
            unreachable!("new_buffer_object makes buffers")
        };
        if let Some(initial) = args.get(1, "initializer") {
            let items = self.iterate(initial, span)?;
            self.buffer_append(object, &items, span)?;
            self.outcome.resizes.clear();
        }
        Ok(empty)
    }
}

/// An integer argument (`range(3)`, `round(x, 2)`).
pub(super) fn as_index_int(value: &Value, span: Span) -> EvalResult<i64> {
    match value {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        Value::Scalar(d, s) if d.is_integer() => Ok(s.as_i64()),
        other => Err(EvalError::type_error(
            format!(
                "'{}' object cannot be interpreted as an integer",
                other.type_name()
            ),
            span,
        )),
    }
}

fn byte_value(value: &Value, span: Span) -> EvalResult<u8> {
    let i = as_index_int(value, span)?;
    u8::try_from(i).map_err(|_| EvalError::value_error("bytes must be in range(0, 256)", span))
}

fn parse_number(name: &str, text: &str, span: Span) -> EvalResult<Value> {
    let trimmed = text.trim();
    let parsed = if name == "int" {
        trimmed.replace('_', "").parse::<i64>().ok().map(Value::Int)
    } else {
        trimmed.parse::<f64>().ok().map(Value::Float)
    };
    parsed.ok_or_else(|| {
        let message = if name == "int" {
            format!(
                "invalid literal for int() with base 10: {}",
                crate::format::py_str_repr(text)
            )
        } else {
            format!(
                "could not convert string to float: {}",
                crate::format::py_str_repr(text)
            )
        };
        EvalError::value_error(message, span)
    })
}

/// Python's `round`: halves go to the even neighbour.
pub(super) fn round_half_even(x: f64) -> f64 {
    let rounded = x.round();
    if (x - x.trunc()).abs() == 0.5 {
        2.0 * (x / 2.0).round()
    } else {
        rounded
    }
}

/// Python's `int(x)` of a float: truncates toward zero; NaN, infinity and values beyond 64
/// bits are errors instead of saturating.
fn float_to_int(x: f64, span: Span) -> EvalResult<i64> {
    if x.is_nan() {
        return Err(EvalError::value_error(
            "cannot convert float NaN to integer",
            span,
        ));
    }
    if x.is_infinite() {
        let message = "cannot convert float infinity to integer";
        return Err(EvalError::new("OverflowError", message, span));
    }
    let truncated = x.trunc();
    if truncated < -(2f64.powi(63)) || truncated >= 2f64.powi(63) {
        return Err(super::expr::overflow(span));
    }
    Ok(truncated as i64)
}
