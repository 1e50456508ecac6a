//! `math`'s sums and norms: `fsum` (Shewchuk's exact partials, as CPython's `math_fsum`),
//! `prod` (Python's `*`, so NumPy scalars multiply as NumPy's do), and `hypot` and `dist`
//! (CPython's `vector_norm`: lossless scaling, exact squares, compensated summation and a
//! corrected square root). Also `frexp` and `ldexp` of the bits, for `math.frexp` and
//! `math.ldexp`.

use crate::eval::args::Args;
use crate::eval::python::math::real;
use crate::eval::{EvalError, EvalResult, Interpreter};
use crate::exception::ExceptionKind;
use crate::syntax::{BinOp, Span};
use crate::value::Value;

/// `math.fsum(seq)`: the correctly rounded sum of the floats.
pub(crate) fn fsum(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let items = vf.iterate(args.value("seq")?, args.span_of("seq"))?;
    let mut floats = Vec::with_capacity(items.len());
    for item in &items {
        crate::eval::cancel::check(args.span)?;
        floats.push(real(item, args.span)?);
    }
    exact_sum(&floats, args.span).map(Value::Float)
}

/// One step of the partials: `x` added to every partial, the non-zero low parts kept.
fn add_to_partials(partials: &mut Vec<f64>, mut x: f64) -> f64 {
    let mut kept = 0;
    for j in 0..partials.len() {
        let mut y = partials[j];
        if x.abs() < y.abs() {
            std::mem::swap(&mut x, &mut y);
        }
        let hi = x + y;
        let lo = y - (hi - x);
        if lo != 0.0 {
            partials[kept] = lo;
            kept += 1;
        }
        x = hi;
    }
    partials.truncate(kept);
    x
}

/// CPython's `math_fsum` over `values`.
fn exact_sum(values: &[f64], span: Span) -> EvalResult<f64> {
    let mut partials: Vec<f64> = Vec::new();
    let (mut special_sum, mut inf_sum) = (0.0f64, 0.0f64);
    for &value in values {
        let x = add_to_partials(&mut partials, value);
        if x == 0.0 {
            continue;
        }
        if x.is_finite() {
            partials.push(x);
            continue;
        }
        if value.is_finite() {
            let message = "intermediate overflow in fsum";
            return Err(EvalError::new(ExceptionKind::OverflowError, message, span));
        }
        if value.is_infinite() {
            inf_sum += value;
        }
        special_sum += value;
        partials.clear();
    }
    if special_sum != 0.0 {
        if inf_sum.is_nan() {
            return Err(EvalError::value_error("-inf + inf in fsum", span));
        }
        return Ok(special_sum);
    }
    Ok(round_partials(&partials))
}

/// The sum of the partials from the top, stopping where it becomes inexact, with the
/// half-even correction across partials.
fn round_partials(partials: &[f64]) -> f64 {
    let mut n = partials.len();
    if n == 0 {
        return 0.0;
    }
    n -= 1;
    let mut hi = partials[n];
    let mut lo = 0.0;
    while n > 0 {
        let x = hi;
        n -= 1;
        let y = partials[n];
        hi = x + y;
        lo = y - (hi - x);
        if lo != 0.0 {
            break;
        }
    }
    if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
        let y = lo * 2.0;
        let x = hi + y;
        if y == x - hi {
            hi = x;
        }
    }
    hi
}

/// `math.prod(iterable, /, *, start=1)`: Python's `*` from `start` over the items.
pub(crate) fn prod(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let span = args.span;
    let given = args.varargs.len() + args.varkw.len();
    if given > 2 {
        let message = format!("prod() takes at most 2 arguments ({given} given)");
        return Err(EvalError::type_error(message, span));
    }
    let [(iterable, at)] = args.varargs.as_slice() else {
        let given = args.varargs.len();
        let message = format!("prod() takes exactly 1 positional argument ({given} given)");
        return Err(EvalError::type_error(message, span));
    };
    if let Some((name, _, at)) = args.varkw.iter().find(|(k, _, _)| k != "start") {
        let message = format!("'{name}' is an invalid keyword argument for prod()");
        return Err(EvalError::type_error(message, *at));
    }
    let mut total = args.keyword("start").cloned().unwrap_or(Value::Int(1));
    for item in vf.iterate(iterable, *at)? {
        crate::eval::cancel::check(span)?;
        total = vf.binary_op(BinOp::Mul, &total, &item, span)?;
    }
    Ok(total)
}

/// `math.hypot(*coordinates)`.
pub(crate) fn hypot(_: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    if !args.varkw.is_empty() {
        let message = "math.hypot() takes no keyword arguments";
        return Err(EvalError::type_error(message, args.span));
    }
    let mut coordinates = Vec::with_capacity(args.varargs.len());
    for (value, span) in &args.varargs {
        coordinates.push(real(value, *span)?.abs());
    }
    Ok(Value::Float(norm(coordinates)))
}

/// `math.dist(p, q)`: the norm of the differences of two points of one dimension.
pub(crate) fn dist(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let p = vf.iterate(args.value("p")?, args.span_of("p"))?;
    let q = vf.iterate(args.value("q")?, args.span_of("q"))?;
    if p.len() != q.len() {
        let message = "both points must have the same number of dimensions";
        return Err(EvalError::value_error(message, args.span));
    }
    let mut differences = Vec::with_capacity(p.len());
    for (a, b) in p.iter().zip(&q) {
        let (a, b) = (real(a, args.span)?, real(b, args.span)?);
        differences.push((a - b).abs());
    }
    Ok(Value::Float(norm(differences)))
}

/// The norm of absolute values, as CPython finds their largest and any NaN first.
fn norm(mut values: Vec<f64>) -> f64 {
    let found_nan = values.iter().any(|x| x.is_nan());
    let max = values
        .iter()
        .fold(0.0f64, |m, &x| if x > m { x } else { m });
    vector_norm(&mut values, max, found_nan)
}

/// `(hi, lo)` with `hi + lo == a + b` exactly, for `|a| >= |b|`.
fn fast_sum(a: f64, b: f64) -> (f64, f64) {
    let x = a + b;
    (x, (a - x) + b)
}

/// `(hi, lo)` with `hi + lo == x * y` exactly.
fn exact_product(x: f64, y: f64) -> (f64, f64) {
    let z = x * y;
    (z, x.mul_add(y, -z))
}

/// CPython's `vector_norm`.
fn vector_norm(values: &mut [f64], max: f64, found_nan: bool) -> f64 {
    const DBL_MIN: f64 = f64::MIN_POSITIVE;
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || values.len() <= 1 {
        return max;
    }
    let (_, max_e) = frexp(max);
    if max_e < -1023 {
        values.iter_mut().for_each(|x| *x /= DBL_MIN);
        return DBL_MIN * vector_norm(values, max / DBL_MIN, found_nan);
    }
    let scale = ldexp(1.0, -i64::from(max_e));
    let (mut csum, mut frac1, mut frac2) = (1.0f64, 0.0f64, 0.0f64);
    for &value in values.iter() {
        let x = value * scale;
        let (hi, lo) = exact_product(x, x);
        let (sum, rest) = fast_sum(csum, hi);
        csum = sum;
        frac1 += lo;
        frac2 += rest;
    }
    let mut h = (csum - 1.0 + (frac1 + frac2)).sqrt();
    let (hi, lo) = exact_product(-h, h);
    let (sum, rest) = fast_sum(csum, hi);
    csum = sum;
    frac1 += lo;
    frac2 += rest;
    let x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    h / scale
}

/// C's `frexp`: `(m, e)` with `x == m * 2**e`, `0.5 <= |m| < 1` (zero, NaN and the
/// infinities as themselves with `e == 0`).
pub(crate) fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let (x, bias) = match x.abs() < f64::MIN_POSITIVE {
        true => (x * 2f64.powi(54), -54),
        false => (x, 0),
    };
    let bits = x.to_bits();
    let exponent = ((bits >> 52) & 0x7ff) as i32 - 1022;
    let mantissa = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (mantissa, exponent + bias)
}

/// C's `ldexp` (musl's `scalbn`): `x * 2**n`, rounded once.
pub(crate) fn ldexp(x: f64, n: i64) -> f64 {
    let two_to = |e: i64| f64::from_bits(((0x3ff + e) as u64) << 52);
    let (mut y, mut n) = (x, n);
    if n > 1023 {
        y *= two_to(1023);
        n -= 1023;
        if n > 1023 {
            y *= two_to(1023);
            n = (n - 1023).min(1023);
        }
    } else if n < -1022 {
        // Scaling by 2**-1022 * 2**53 keeps the first rounding away from the subnormals.
        let down = two_to(-1022) * two_to(53);
        y *= down;
        n += 1022 - 53;
        if n < -1022 {
            y *= down;
            n = (n + 1022 - 53).max(-1022);
        }
    }
    y * two_to(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fsum_is_exact_where_plain_addition_is_not() {
        let span = Span::default();
        assert_eq!(exact_sum(&[0.1; 10], span).ok(), Some(1.0));
        assert_eq!(exact_sum(&[1e100, 1.0, -1e100], span).ok(), Some(1.0));
        assert_eq!(
            exact_sum(&[1e-16, 1.0, 1e16], span).ok(),
            Some(10000000000000002.0)
        );
        assert!(exact_sum(&[f64::INFINITY, f64::NEG_INFINITY], span).is_err());
        assert!(exact_sum(&[f64::MAX, f64::MAX], span).is_err());
    }

    #[test]
    fn hypot_of_a_pythagorean_triple_is_exact() {
        assert_eq!(norm(vec![3.0, 4.0]), 5.0);
        assert_eq!(norm(vec![]), 0.0);
        assert_eq!(norm(vec![f64::INFINITY, f64::NAN]), f64::INFINITY);
    }

    #[test]
    fn frexp_and_ldexp_undo_each_other() {
        assert_eq!(frexp(-8.5), (-0.53125, 4));
        assert_eq!(frexp(5e-324), (0.5, -1073));
        assert_eq!(ldexp(0.5, -1073), 5e-324);
        assert_eq!(ldexp(1.0, 1024), f64::INFINITY);
        assert_eq!(ldexp(1.5, 3), 12.0);
    }
}
