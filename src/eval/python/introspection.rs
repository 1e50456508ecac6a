//! The builtins that ask about objects and convert between numbers and text: `isinstance`,
//! `issubclass`, `callable`, `hasattr`, `getattr`, `setattr`, `any`, `all`, `chr`, `ord`, `hex`,
//! `oct`, `bin`, `divmod`, `pow`, one table row each in [`crate::eval::python::builtins`].

use std::rc::Rc;

use crate::eval::args::Args;
use crate::eval::python::as_index_int;
use crate::eval::{EvalError, EvalResult, Interpreter};
use crate::exception::ExceptionKind;
use crate::memory::DType;
use crate::syntax::{BinOp, Span};
use crate::value::{Function, Value};

/// `isinstance(obj, class_or_tuple)`.
pub(crate) fn isinstance(_: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let object = args.value("obj")?;
    let class = args.value("class_or_tuple")?;
    Ok(Value::Bool(is_instance(object, class, args.span)?))
}

/// Whether `object` is an instance of `class` (a class, or a tuple of them, nested).
fn is_instance(object: &Value, class: &Value, span: Span) -> EvalResult<bool> {
    match class {
        Value::Tuple(classes) => {
            for class in classes.iter() {
                if is_instance(object, class, span)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        Value::Class(name) => Ok(builtin_class_holds(object, name)),
        Value::ScalarType(dtype) => Ok(matches!(object, Value::Scalar(d, _) if d == dtype)),
        Value::ExceptionType(kind) => Ok(match object {
            Value::Exception(exception) => exception.kind.is_subclass_of(*kind),
            _ => false,
        }),
        Value::UserClass(class) => Ok(match object {
            Value::Instance(instance) => instance.class.mro().iter().any(|c| Rc::ptr_eq(c, class)),
            _ => false,
        }),
        _ => Err(EvalError::type_error(
            "isinstance() arg 2 must be a type, a tuple of types, or a union",
            span,
        )),
    }
}

/// Whether `object`'s type is the builtin class `name` or a subclass of it: `bool` is an
/// `int`, `numpy.float64` a `float`, every exception and instance an `object`.
fn builtin_class_holds(object: &Value, name: &str) -> bool {
    match (name, object) {
        ("int", Value::Bool(_)) => true,
        ("float", Value::Scalar(DType::Float64, _)) => true,
        (_, Value::Scalar(..)) => false,
        (_, Value::Function(function)) => {
            let class = match function.as_ref() {
                Function::User(_) => "function",
                Function::Bound { .. } => "method",
                _ => "builtin_function_or_method",
            };
            class == name
        }
        _ => object.type_name() == name,
    }
}

/// `callable(obj)`: functions, methods and classes.
pub(crate) fn callable(_: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let answer = match args.value("obj")? {
        Value::Function(_)
        | Value::Class(_)
        | Value::ScalarType(_)
        | Value::ExceptionType(_)
        | Value::UserClass(_) => true,
        Value::Instance(_) => {
            let what = "callable() of an instance (its class may define __call__)";
            return Err(EvalError::unsupported(what, args.span));
        }
        _ => false,
    };
    Ok(Value::Bool(answer))
}

/// The attribute name argument of `hasattr`/`getattr`, with CPython's error.
fn attribute_name(args: &Args) -> EvalResult<Rc<str>> {
    match args.value("name")? {
        Value::Str(name) => Ok(Rc::clone(name)),
        other => {
            let message = format!("attribute name must be string, not '{}'", other.type_name());
            Err(EvalError::type_error(message, args.span))
        }
    }
}

/// `obj.name`, with `None` for an `AttributeError` (any other error, a refusal included,
/// stands).
fn attribute_or_none(
    vf: &mut Interpreter,
    object: &Value,
    name: &str,
    span: Span,
) -> EvalResult<Option<Value>> {
    match vf.get_attribute(object, name, span) {
        Ok(value) => Ok(Some(value)),
        Err(error) if error.kind == ExceptionKind::AttributeError && error.is_catchable() => {
            Ok(None)
        }
        Err(error) => Err(error),
    }
}

/// `hasattr(obj, name)`.
pub(crate) fn hasattr(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let object = args.value("obj")?.clone();
    let name = attribute_name(args)?;
    let found = attribute_or_none(vf, &object, &name, args.span)?;
    Ok(Value::Bool(found.is_some()))
}

/// `getattr(object, name[, default])`.
pub(crate) fn getattr(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let object = args.value("object")?.clone();
    let name = attribute_name(args)?;
    match args.get("default").cloned() {
        None => vf.get_attribute(&object, &name, args.span),
        Some(default) => Ok(attribute_or_none(vf, &object, &name, args.span)?.unwrap_or(default)),
    }
}

/// `any(iterable)` and `all(iterable)`: the truth of the items, read until one decides.
fn any_or_all(vf: &mut Interpreter, args: &Args, wanted: bool) -> EvalResult<Value> {
    let iterable = args.value("iterable")?.clone();
    let items = vf.iterate(&iterable, args.span_of("iterable"))?;
    for item in &items {
        if vf.truthy(item, args.span)? == wanted {
            return Ok(Value::Bool(wanted));
        }
    }
    Ok(Value::Bool(!wanted))
}

/// `any(iterable)`.
pub(crate) fn any(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    any_or_all(vf, args, true)
}

/// `all(iterable)`.
pub(crate) fn all(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    any_or_all(vf, args, false)
}

/// `chr(i)`.
pub(crate) fn chr(_: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let code = as_index_int(args.value("i")?, args.span_of("i"))?;
    let out_of_range = || {
        let message = "chr() arg not in range(0x110000)";
        EvalError::value_error(message, args.span)
    };
    let code = u32::try_from(code).map_err(|_| out_of_range())?;
    match char::from_u32(code) {
        Some(c) => Ok(Value::Str(Rc::from(c.to_string()))),
        None if code < 0x110000 => Err(EvalError::unsupported("chr() of a surrogate", args.span)),
        None => Err(out_of_range()),
    }
}

/// `ord(c)`: the code point of a one-character str (or the byte of a one-byte bytes).
pub(crate) fn ord(_: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let value = args.value("c")?;
    let (count, first) = match value {
        Value::Str(s) => (s.chars().count(), s.chars().next().map(u32::from)),
        other => match other.bytes_object() {
            Some(object) if !matches!(other, Value::MemoryView(_)) => {
                let bytes = object.buffer.data().as_bytes().to_vec();
                (bytes.len(), bytes.first().map(|&b| u32::from(b)))
            }
            _ => {
                let message = format!(
                    "ord() expected string of length 1, but {} found",
                    other.type_name()
                );
                return Err(EvalError::type_error(message, args.span));
            }
        },
    };
    match (count, first) {
        (1, Some(code)) => Ok(Value::Int(i64::from(code))),
        _ => {
            let message = format!("ord() expected a character, but string of length {count} found");
            Err(EvalError::type_error(message, args.span))
        }
    }
}

/// `hex(n)`, `oct(n)`, `bin(n)`: the integer in the alternate form of the format type
/// `kind` (`format(n, '#x')`, `-0x1f`).
fn with_prefix(args: &Args, kind: &str) -> EvalResult<Value> {
    let n = as_index_int(args.value("number")?, args.span_of("number"))?;
    let text = crate::format::spec::format_int(i128::from(n), kind, "int")
        .map_err(|error| crate::eval::python::formatting::spec_error(error, args.span))?;
    Ok(Value::Str(Rc::from(text)))
}

/// `hex(number)`.
pub(crate) fn hex(_: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    with_prefix(args, "#x")
}

/// `oct(number)`.
pub(crate) fn oct(_: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    with_prefix(args, "#o")
}

/// `bin(number)`.
pub(crate) fn bin(_: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    with_prefix(args, "#b")
}

/// `divmod(x, y)` of Python numbers: `(x // y, x % y)`, with CPython's messages.
pub(crate) fn divmod(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let (x, y) = (args.value("x")?, args.value("y")?);
    let number = |v: &Value| matches!(v, Value::Int(_) | Value::Bool(_) | Value::Float(_));
    if !number(x) || !number(y) {
        if matches!(x, Value::Scalar(..) | Value::Array(_))
            || matches!(y, Value::Scalar(..) | Value::Array(_))
        {
            return Err(EvalError::unsupported(
                "divmod() of NumPy values",
                args.span,
            ));
        }
        let message = format!(
            "unsupported operand type(s) for divmod(): '{}' and '{}'",
            x.type_name(),
            y.type_name()
        );
        return Err(EvalError::type_error(message, args.span));
    }
    let float_zero = matches!(y, Value::Float(f) if *f == 0.0)
        || (matches!(x, Value::Float(_)) && matches!(y, Value::Int(0) | Value::Bool(false)));
    if float_zero {
        return Err(EvalError::new(
            ExceptionKind::ZeroDivisionError,
            "float divmod()",
            args.span,
        ));
    }
    let quotient = vf.binary_op(BinOp::FloorDiv, x, y, args.span)?;
    let remainder = vf.binary_op(BinOp::Mod, x, y, args.span)?;
    Ok(Value::Tuple(Rc::from([quotient, remainder])))
}

/// `issubclass(cls, class_or_tuple)`.
pub(crate) fn issubclass(_: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let class = args.value("cls")?;
    if !is_class(class) {
        let message = "issubclass() arg 1 must be a class";
        return Err(EvalError::type_error(message, args.span));
    }
    let of = args.value("class_or_tuple")?;
    Ok(Value::Bool(is_subclass(class, of, args.span)?))
}

/// Whether `value` is a class.
fn is_class(value: &Value) -> bool {
    matches!(
        value,
        Value::Class(_) | Value::ScalarType(_) | Value::ExceptionType(_) | Value::UserClass(_)
    )
}

/// Whether `class` is `of` or derives from it (`of` may be a tuple of classes, nested).
fn is_subclass(class: &Value, of: &Value, span: Span) -> EvalResult<bool> {
    if let Value::Tuple(classes) = of {
        for candidate in classes.iter() {
            if is_subclass(class, candidate, span)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if !is_class(of) {
        let message = "issubclass() arg 2 must be a class, a tuple of classes, or a union";
        return Err(EvalError::type_error(message, span));
    }
    Ok(match (class, of) {
        (Value::Class("bool"), Value::Class("int")) => true,
        (Value::ScalarType(DType::Float64), Value::Class("float")) => true,
        (Value::ExceptionType(kind), Value::ExceptionType(base)) => kind.is_subclass_of(*base),
        (Value::UserClass(kind), Value::UserClass(base)) => {
            kind.mro().iter().any(|c| Rc::ptr_eq(c, base))
        }
        _ => class.is_same_object(of),
    })
}

/// `setattr(obj, name, value)`.
pub(crate) fn setattr(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let object = args.value("obj")?.clone();
    let name = attribute_name(args)?;
    let value = args.value("value")?.clone();
    vf.set_attribute(&object, &name, value, args.span)?;
    Ok(Value::None)
}

/// `pow(base, exp, mod=None)`: `base ** exp`, or for three Python ints the power modulo
/// `mod` (a negative `exp` takes the modular inverse), with the sign of `mod`, as CPython.
pub(crate) fn pow(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let (base, exp) = (args.value("base")?, args.value("exp")?);
    let modulus = args.get("mod").filter(|m| !matches!(m, Value::None));
    let Some(modulus) = modulus else {
        return vf.binary_op(BinOp::Pow, base, exp, args.span);
    };
    let int = |v: &Value| match v {
        Value::Int(i) => Some(i128::from(*i)),
        Value::Bool(b) => Some(i128::from(*b)),
        _ => None,
    };
    let (Some(base), Some(exp), Some(modulus)) = (int(base), int(exp), int(modulus)) else {
        let message = "pow() 3rd argument not allowed unless all arguments are integers";
        return Err(EvalError::type_error(message, args.span));
    };
    if modulus == 0 {
        return Err(EvalError::value_error(
            "pow() 3rd argument cannot be 0",
            args.span,
        ));
    }
    let size = modulus.abs();
    let mut base = base.rem_euclid(size);
    if exp < 0 {
        base = modular_inverse(base, size).ok_or_else(|| {
            EvalError::value_error("base is not invertible for the given modulus", args.span)
        })?;
    }
    let mut result = 1 % size;
    let mut power = exp.unsigned_abs();
    while power > 0 {
        if power & 1 == 1 {
            result = result * base % size;
        }
        base = base * base % size;
        power >>= 1;
    }
    if modulus < 0 && result != 0 {
        result -= size;
    }
    Ok(Value::Int(result as i64))
}

/// The inverse of `value` modulo `size` (both non-negative, `size` > 0), if there is one.
fn modular_inverse(value: i128, size: i128) -> Option<i128> {
    let (mut old_r, mut r) = (value, size);
    let (mut old_s, mut s) = (1i128, 0i128);
    while r != 0 {
        let quotient = old_r / r;
        (old_r, r) = (r, old_r - quotient * r);
        (old_s, s) = (s, old_s - quotient * s);
    }
    (old_r == 1 || size == 1).then(|| old_s.rem_euclid(size))
}
