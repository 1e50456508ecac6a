//! The standard library's `sys` module: `sys.getsizeof` and `sys.maxsize`.
//!
//! `sys.getsizeof` is the object's `__sizeof__` plus CPython's garbage-collector header for
//! objects it tracks, on CPython 3.11 and NumPy 2 for 64-bit Linux: an array is 96 bytes of
//! header, 16 per axis (its shape and strides) and, when it owns its data, the data itself;
//! a view counts no data. Sizes that depend on an object's history (a list's, a dict's or a
//! set's over-allocation after it grew) or on caches viewfinder does not keep (a non-ASCII
//! str's) are refused honestly. The rest of `sys` is refused by name.

use crate::eval::args::CallStyle::*;
use crate::eval::args::{Args, Native};
use crate::eval::{EvalError, EvalResult, Interpreter};
use crate::memory::DType;
use crate::syntax::Span;
use crate::value::{BufferKind, Value};

/// The `sys` module's functions viewfinder models.
#[rustfmt::skip]
pub(crate) static FUNCTIONS: &[Native] = &[
    Native::new("getsizeof", "(object, default=<no value>)", CPythonArgs, &["object", "default"], getsizeof),
];

/// The `sys` module's constants viewfinder models.
pub(crate) const CONSTANTS: &[&str] = &["maxsize"];

/// `sys.<name>` for a constant.
pub(crate) fn constant(name: &str) -> Option<Value> {
    match name {
        "maxsize" => Some(Value::Int(i64::MAX)),
        _ => None,
    }
}

/// An ndarray object without its axes or data: `PyArrayObject` and the GC header.
const ARRAY_HEADER: usize = 96;
/// The GC header CPython puts before every object its collector tracks.
const GC_HEADER: usize = 16;

/// `sys.getsizeof(object[, default])`.
fn getsizeof(_: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let size = size_of(args.value("object")?, args.span)?;
    i64::try_from(size)
        .map(Value::Int)
        .map_err(|_| crate::eval::expr::overflow(args.span))
}

/// The bytes `sys.getsizeof` reports for `value`.
fn size_of(value: &Value, span: Span) -> EvalResult<usize> {
    Ok(match value {
        Value::None => 16,
        Value::Bool(b) => int_size(i64::from(*b)),
        Value::Int(i) => int_size(*i),
        Value::Float(_) => 24,
        Value::Str(text) if text.is_ascii() => 49 + text.len(),
        Value::Scalar(dtype, _) => scalar_size(*dtype),
        Value::Array(array) => {
            let data = match array.owns_data() {
                true => array.data.size() * array.data.dtype.itemsize(),
                false => 0,
            };
            ARRAY_HEADER + 16 * array.data.layout.ndim() + data
        }
        Value::ObjectArray(array) => {
            let data = match array.base.is_none() {
                true => array.size() * crate::value::OBJECT_ITEMSIZE,
                false => 0,
            };
            ARRAY_HEADER + 16 * array.layout.ndim() + data
        }
        Value::Tuple(items) => 24 + GC_HEADER + 8 * items.len(),
        Value::Range(..) => 48,
        Value::Buffer(object) if object.kind == BufferKind::Bytes => 33 + object.buffer.len(),
        other => return Err(unmodelled(other, span)),
    })
}

/// An int: a 24-byte header and 30-bit digits, at least one.
fn int_size(i: i64) -> usize {
    let bits = 64 - i.unsigned_abs().leading_zeros() as usize;
    24 + 4 * bits.div_ceil(30).max(1)
}

/// A NumPy scalar: a 24-byte header and the value (NumPy's bool adds one byte).
fn scalar_size(dtype: DType) -> usize {
    24 + dtype.itemsize()
}

/// The refusal for an object whose size viewfinder cannot know.
fn unmodelled(value: &Value, span: Span) -> EvalError {
    let why = match value {
        Value::List(_) | Value::Dict(_) | Value::Set(_) | Value::FrozenSet(_) => {
            " (it depends on how the object grew)"
        }
        Value::Str(_) => " of a non-ASCII str",
        _ => "",
    };
    let shown = match value {
        Value::Str(_) => String::new(),
        other => format!(" of a '{}' object", other.type_name()),
    };
    EvalError::unsupported(format!("sys.getsizeof{shown}{why}"), span)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ints_grow_by_thirty_bit_digits() {
        assert_eq!(int_size(0), 28);
        assert_eq!(int_size((1 << 30) - 1), 28);
        assert_eq!(int_size(1 << 30), 32);
        assert_eq!(int_size(1 << 60), 36);
        assert_eq!(int_size(i64::MIN), 36);
    }

    #[test]
    fn numpy_scalars_are_a_header_and_the_value() {
        assert_eq!(scalar_size(DType::Bool), 25);
        assert_eq!(scalar_size(DType::Float64), 32);
        assert_eq!(scalar_size(DType::Int16), 26);
    }
}
