//! `math`'s integer functions: `factorial`, `gcd`, `lcm`, `comb`, `perm`, `isqrt`.
//!
//! Arguments are integers as `__index__` makes them (Python ints and bools, NumPy integer
//! scalars and 0-d integer arrays), with CPython's messages for the rest. viewfinder's ints
//! are 64-bit: a result beyond that is refused honestly, never wrapped.

use crate::eval::args::Args;
use crate::eval::{EvalError, EvalResult, Interpreter};
use crate::syntax::Span;
use crate::value::Value;

/// `operator.index(value)`: the integer an argument stands for.
pub(crate) fn index(value: &Value, span: Span) -> EvalResult<i64> {
    match value {
        Value::Array(array) if array.data.shape().is_empty() && array.data.dtype.is_integer() => {
            let element = Value::Scalar(array.data.dtype, array.data.get(&[]));
            crate::eval::python::as_index_int(&element, span)
        }
        Value::Array(_) => Err(EvalError::type_error(
            "only integer scalar arrays can be converted to a scalar index",
            span,
        )),
        Value::Scalar(dtype, scalar) if dtype.is_integer() => {
            checked_scalar_index(*dtype, *scalar, span)
        }
        other => crate::eval::python::as_index_int(other, span),
    }
}

/// A NumPy integer scalar's `__index__`, refusing a `uint64` beyond `i64`.
fn checked_scalar_index(
    dtype: crate::memory::DType,
    scalar: crate::memory::Scalar,
    span: Span,
) -> EvalResult<i64> {
    match crate::eval::numpy::convert::scalar_to_python(scalar, span)? {
        Value::Int(i) => Ok(i),
        _ => crate::eval::python::as_index_int(&Value::Scalar(dtype, scalar), span),
    }
}

/// The integer of parameter `name`.
fn index_arg(args: &Args, name: &str) -> EvalResult<i64> {
    index(args.value(name)?, args.span_of(name))
}

/// A result that does not fit viewfinder's 64-bit ints.
fn too_big(span: Span) -> EvalError {
    crate::eval::expr::overflow(span)
}

/// `math.factorial(n)`.
pub(crate) fn factorial(_: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let n = index_arg(args, "n")?;
    if n < 0 {
        let message = "factorial() not defined for negative values";
        return Err(EvalError::value_error(message, args.span));
    }
    let product = (2..=n).try_fold(1i64, |acc, k| acc.checked_mul(k));
    product.map(Value::Int).ok_or_else(|| too_big(args.span))
}

/// The integers of a `*integers` call, with CPython's error for keywords.
fn integers(args: &Args, name: &str) -> EvalResult<Vec<i64>> {
    if !args.varkw.is_empty() {
        let message = format!("math.{name}() takes no keyword arguments");
        return Err(EvalError::type_error(message, args.span));
    }
    args.varargs
        .iter()
        .map(|(value, span)| index(value, *span))
        .collect()
}

fn gcd_of(a: u64, b: u64) -> u64 {
    let (mut a, mut b) = (a, b);
    while b != 0 {
        (a, b) = (b, a % b);
    }
    a
}

/// An absolute value as an `i64`, refused when it does not fit (`abs(-2**63)`).
fn checked_abs(i: i64, span: Span) -> EvalResult<u64> {
    match i.checked_abs() {
        Some(a) => Ok(a as u64),
        None => Err(too_big(span)),
    }
}

/// `math.gcd(*integers)`.
pub(crate) fn gcd(_: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let mut result = 0u64;
    for i in integers(args, "gcd")? {
        result = gcd_of(result, i.unsigned_abs());
    }
    i64::try_from(result)
        .map(Value::Int)
        .map_err(|_| too_big(args.span))
}

/// `math.lcm(*integers)`.
pub(crate) fn lcm(_: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let mut result: i64 = 1;
    for i in integers(args, "lcm")? {
        if result == 0 || i == 0 {
            result = 0;
            continue;
        }
        let a = checked_abs(i, args.span)?;
        let r = result as u64;
        let step = (r / gcd_of(r, a)).checked_mul(a);
        result = step
            .and_then(|v| i64::try_from(v).ok())
            .ok_or_else(|| too_big(args.span))?;
    }
    Ok(Value::Int(result))
}

/// `n` and `k` of `comb` and `perm`, checked non-negative as CPython checks them.
fn n_and_k(n: i64, k: i64, span: Span) -> EvalResult<(u128, u128)> {
    if n < 0 {
        return Err(EvalError::value_error(
            "n must be a non-negative integer",
            span,
        ));
    }
    if k < 0 {
        return Err(EvalError::value_error(
            "k must be a non-negative integer",
            span,
        ));
    }
    Ok((n as u128, k as u128))
}

/// An exact `u128` result as a Python int, refused beyond 64 bits.
fn int_result(value: Option<u128>, span: Span) -> EvalResult<Value> {
    value
        .and_then(|v| i64::try_from(v).ok())
        .map(Value::Int)
        .ok_or_else(|| too_big(span))
}

/// `math.comb(n, k)`: `n! / (k! (n - k)!)`, zero when `k > n`.
pub(crate) fn comb(_: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let (n, k) = n_and_k(index_arg(args, "n")?, index_arg(args, "k")?, args.span)?;
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = k.min(n - k);
    let mut result: Option<u128> = Some(1);
    for i in 0..k {
        // Each partial product is itself a binomial coefficient, so the division is exact.
        result = result
            .and_then(|r| r.checked_mul(n - i))
            .map(|r| r / (i + 1));
        if result.is_none_or(|r| r > i64::MAX as u128) {
            return Err(too_big(args.span));
        }
    }
    int_result(result, args.span)
}

/// `math.perm(n, k=None)`: `n! / (n - k)!`, zero when `k > n`.
pub(crate) fn perm(_: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let n = index_arg(args, "n")?;
    let k = match args.get("k") {
        None | Some(Value::None) if n < 0 => {
            let message = "factorial() not defined for negative values";
            return Err(EvalError::value_error(message, args.span));
        }
        None | Some(Value::None) => n,
        Some(value) => index(value, args.span_of("k"))?,
    };
    let (n, k) = n_and_k(n, k, args.span)?;
    if k > n {
        return Ok(Value::Int(0));
    }
    let mut result: Option<u128> = Some(1);
    for i in 0..k {
        result = result.and_then(|r| r.checked_mul(n - i));
        if result.is_none_or(|r| r > i64::MAX as u128) {
            return Err(too_big(args.span));
        }
    }
    int_result(result, args.span)
}

/// The largest `r` with `r * r <= n`.
fn integer_sqrt(n: u64) -> u64 {
    let mut r = (n as f64).sqrt() as u64;
    while r.checked_mul(r).is_none_or(|sq| sq > n) {
        r -= 1;
    }
    while (r + 1).checked_mul(r + 1).is_some_and(|sq| sq <= n) {
        r += 1;
    }
    r
}

/// `math.isqrt(n)`.
pub(crate) fn isqrt(_: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let n = index_arg(args, "n")?;
    if n < 0 {
        let message = "isqrt() argument must be nonnegative";
        return Err(EvalError::value_error(message, args.span));
    }
    Ok(Value::Int(integer_sqrt(n as u64) as i64))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integer_square_roots_are_exact_at_the_edges() {
        assert_eq!(integer_sqrt(0), 0);
        assert_eq!(integer_sqrt(15), 3);
        assert_eq!(integer_sqrt(16), 4);
        assert_eq!(integer_sqrt(i64::MAX as u64), 3_037_000_499);
    }

    #[test]
    fn gcd_of_zero_is_the_other() {
        assert_eq!(gcd_of(0, 6), 6);
        assert_eq!(gcd_of(12, 18), 6);
    }
}
