//! `range` objects: `start`, `stop` and `step`, their `count` and `index` (one table row
//! each), item access and slicing by arithmetic (a slice of a range is a range), and `in`.
//!
//! A range is never walked for these: `range(10**18)[5]` and `x in range(...)` are
//! arithmetic, as in CPython.

use crate::eval::args::CallStyle::*;
use crate::eval::args::{Args, Native};
use crate::eval::python::range_len;
use crate::eval::{EvalError, EvalResult, Interpreter};
use crate::syntax::Span;
use crate::value::Value;

/// `range`'s methods that viewfinder models.
#[rustfmt::skip]
pub(crate) static METHODS: &[Native] = &[
    Native::new("count", "(value, /)", OneArgument, &["value"], count),
    Native::new("index", "(value, /)", OneArgument, &["value"], index),
];

/// A range's three numbers.
fn parts(value: &Value) -> (i64, i64, i64) {
    match *value {
        Value::Range(start, stop, step) => (start, stop, step),
        _ => (0, 0, 1),
    }
}

/// `r.start`, `r.stop`, `r.step`, or a method of `r`.
pub(crate) fn attribute(range: &Value, attr: &str) -> Option<Value> {
    let (start, stop, step) = parts(range);
    match attr {
        "start" => Some(Value::Int(start)),
        "stop" => Some(Value::Int(stop)),
        "step" => Some(Value::Int(step)),
        _ => crate::eval::call::method_named(crate::value::Table::Range, attr, range),
    }
}

/// Where `i` is in `range`, if it is one of its integers (CPython's `range_contains_long`).
fn position_of(range: &Value, i: i64) -> Option<i64> {
    let (start, stop, step) = parts(range);
    let (i, start, stop, step) = (i as i128, start as i128, stop as i128, step as i128);
    let inside = if step > 0 {
        start <= i && i < stop
    } else {
        stop < i && i <= start
    };
    (inside && (i - start) % step == 0).then(|| ((i - start) / step) as i64)
}

/// An exact `int` or a `bool`: the values `range` answers by arithmetic.
fn exact_int(value: &Value) -> Option<i64> {
    match value {
        Value::Int(i) => Some(*i),
        Value::Bool(b) => Some(*b as i64),
        _ => None,
    }
}

/// `range[i]`.
pub(crate) fn item(range: &Value, i: i64, span: Span) -> EvalResult<Value> {
    let (start, stop, step) = parts(range);
    let len = range_len(start, stop, step) as i128;
    let i = if i < 0 { i as i128 + len } else { i as i128 };
    if !(0..len).contains(&i) {
        return Err(EvalError::index_error(
            "range object index out of range",
            span,
        ));
    }
    Ok(Value::Int((start as i128 + i * step as i128) as i64))
}

/// `range[a:b:c]`: a range (CPython's `compute_slice`).
pub(crate) fn slice(
    range: &Value,
    bounds: (Option<i64>, Option<i64>, Option<i64>),
    span: Span,
) -> EvalResult<Value> {
    let (start, stop, step) = parts(range);
    let len = range_len(start, stop, step) as i128;
    let slice_step = bounds.2.unwrap_or(1) as i128;
    if slice_step == 0 {
        return Err(EvalError::value_error("slice step cannot be zero", span));
    }
    let (lower, upper) = if slice_step < 0 {
        (-1, len - 1)
    } else {
        (0, len)
    };
    let clamp = |bound: Option<i64>, default: i128| match bound.map(i128::from) {
        None => default,
        Some(b) if b < 0 => (b + len).max(lower),
        Some(b) => b.min(upper),
    };
    let first = clamp(bounds.0, if slice_step < 0 { upper } else { lower });
    let last = clamp(bounds.1, if slice_step < 0 { lower } else { upper });
    let at = |k: i128| start as i128 + k * step as i128;
    let fits = |x: i128| i64::try_from(x).map_err(|_| crate::eval::expr::overflow(span));
    Ok(Value::Range(
        fits(at(first))?,
        fits(at(last))?,
        fits(step as i128 * slice_step)?,
    ))
}

impl Interpreter {
    /// `item in container` for the containers that answer without walking their items
    /// (`range`, `bytes`, `bytearray`); `None` for the others.
    pub(crate) fn contains_in_python_object(
        &mut self,
        container: &Value,
        item: &Value,
        span: Span,
    ) -> EvalResult<Option<bool>> {
        match container {
            Value::Range(..) => Ok(exact_int(item).map(|i| position_of(container, i).is_some())),
            Value::Buffer(object) => crate::eval::python::bytes::contains(object, item, span),
            _ => Ok(None),
        }
    }

    /// The items of `range` equal to `needle` (for a needle that is not an exact int).
    fn range_matches(
        &mut self,
        range: &Value,
        needle: &Value,
        span: Span,
    ) -> EvalResult<Vec<usize>> {
        let items = self.iterate(range, span)?;
        let mut found = Vec::new();
        for (i, candidate) in items.iter().enumerate() {
            crate::eval::cancel::check(span)?;
            if self.items_equal(candidate, needle, span)? {
                found.push(i);
            }
        }
        Ok(found)
    }
}

/// `r.count(x)`.
fn count(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let range = args.receiver()?.clone();
    let needle = args.value("value")?;
    if let Some(i) = exact_int(needle) {
        return Ok(Value::Int(position_of(&range, i).is_some() as i64));
    }
    let found = vf.range_matches(&range, needle, args.span)?;
    Ok(Value::Int(found.len() as i64))
}

/// `r.index(x)`.
fn index(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let range = args.receiver()?.clone();
    let needle = args.value("value")?;
    if let Some(i) = exact_int(needle) {
        return position_of(&range, i).map(Value::Int).ok_or_else(|| {
            let message = format!("{} is not in range", needle.to_repr());
            EvalError::value_error(message, args.span)
        });
    }
    match vf.range_matches(&range, needle, args.span)?.first() {
        Some(&i) => Ok(Value::Int(i as i64)),
        None => Err(EvalError::value_error(
            "sequence.index(x): x not in sequence",
            args.span,
        )),
    }
}
