//! The standard library's `math` module: its constants and one table row per function, each
//! doing what CPython 3.11's `mathmodule.c` does, bit for bit.
//!
//! Arguments become floats as `PyFloat_AsDouble` makes them (Python numbers, NumPy scalars,
//! 0-d arrays; anything else is `must be real number`) or integers as `__index__` does. The
//! floating-point functions call the same C library functions CPython calls (Rust's `f64`
//! methods where they are those calls, [`libm`] where Rust computes its own) and raise
//! CPython's `math domain error` and `math range error` by the same tests of the result.
//! The integer functions are in [`super::math_int`]; sums and norms in [`super::math_sum`].

use std::rc::Rc;

use crate::eval::args::CallStyle::*;
use crate::eval::args::{Args, Native};
use crate::eval::python::math_int as int;
use crate::eval::python::math_special as special;
use crate::eval::python::math_sum as sum;
use crate::eval::{EvalError, EvalResult, Interpreter};
use crate::exception::ExceptionKind;
use crate::syntax::Span;
use crate::value::Value;

/// The `math` module's functions viewfinder models.
#[rustfmt::skip]
pub(crate) static FUNCTIONS: &[Native] = &[
    Native::new("sqrt", "(x, /)", OneArgument, &["x"], sqrt),
    Native::new("exp", "(x, /)", OneArgument, &["x"], exp),
    Native::new("exp2", "(x, /)", OneArgument, &["x"], exp2),
    Native::new("expm1", "(x, /)", OneArgument, &["x"], expm1),
    Native::new("log", "(x, base=<no value>, /)", Custom, &[], log),
    Native::new("log2", "(x, /)", OneArgument, &["x"], log2),
    Native::new("log10", "(x, /)", OneArgument, &["x"], log10),
    Native::new("log1p", "(x, /)", OneArgument, &["x"], log1p),
    Native::new("sin", "(x, /)", OneArgument, &["x"], sin),
    Native::new("cos", "(x, /)", OneArgument, &["x"], cos),
    Native::new("tan", "(x, /)", OneArgument, &["x"], tan),
    Native::new("asin", "(x, /)", OneArgument, &["x"], asin),
    Native::new("acos", "(x, /)", OneArgument, &["x"], acos),
    Native::new("atan", "(x, /)", OneArgument, &["x"], atan),
    Native::new("atan2", "(y, x, /)", Positional, &["y", "x"], atan2),
    Native::new("sinh", "(x, /)", OneArgument, &["x"], sinh),
    Native::new("cosh", "(x, /)", OneArgument, &["x"], cosh),
    Native::new("tanh", "(x, /)", OneArgument, &["x"], tanh),
    Native::new("asinh", "(x, /)", OneArgument, &["x"], asinh),
    Native::new("acosh", "(x, /)", OneArgument, &["x"], acosh),
    Native::new("atanh", "(x, /)", OneArgument, &["x"], atanh),
    Native::new("cbrt", "(x, /)", OneArgument, &["x"], cbrt),
    Native::new("fabs", "(x, /)", OneArgument, &["x"], fabs),
    Native::new("floor", "(x, /)", OneArgument, &["x"], floor),
    Native::new("ceil", "(x, /)", OneArgument, &["x"], ceil),
    Native::new("trunc", "(x, /)", OneArgument, &["x"], trunc),
    Native::new("isfinite", "(x, /)", OneArgument, &["x"], isfinite),
    Native::new("isinf", "(x, /)", OneArgument, &["x"], isinf),
    Native::new("isnan", "(x, /)", OneArgument, &["x"], isnan),
    Native::new("isclose", "(a, b, *, rel_tol=1e-09, abs_tol=0.0)", CPythonArgs, &["a", "b", "rel_tol", "abs_tol"], isclose),
    Native::new("copysign", "(x, y, /)", Positional, &["x", "y"], copysign),
    Native::new("fmod", "(x, y, /)", Positional, &["x", "y"], fmod),
    Native::new("remainder", "(x, y, /)", Positional, &["x", "y"], remainder),
    Native::new("modf", "(x, /)", OneArgument, &["x"], modf),
    Native::new("frexp", "(x, /)", OneArgument, &["x"], frexp),
    Native::new("ldexp", "(x, i, /)", Positional, &["x", "i"], ldexp),
    Native::new("degrees", "(x, /)", OneArgument, &["x"], degrees),
    Native::new("radians", "(x, /)", OneArgument, &["x"], radians),
    Native::new("pow", "(x, y, /)", Positional, &["x", "y"], pow),
    Native::new("nextafter", "(x, y, /)", Positional, &["x", "y"], nextafter),
    Native::new("ulp", "(x, /)", OneArgument, &["x"], ulp),
    Native::new("factorial", "(n, /)", OneArgument, &["n"], int::factorial),
    Native::new("gcd", "(*integers)", Custom, &[], int::gcd),
    Native::new("lcm", "(*integers)", Custom, &[], int::lcm),
    Native::new("comb", "(n, k, /)", Positional, &["n", "k"], int::comb),
    Native::new("perm", "(n, k=None, /)", Positional, &["n", "k"], int::perm),
    Native::new("isqrt", "(n, /)", OneArgument, &["n"], int::isqrt),
    Native::new("fsum", "(seq, /)", OneArgument, &["seq"], sum::fsum),
    Native::new("prod", "(iterable, /, *, start=1)", Custom, &[], sum::prod),
    Native::new("hypot", "(*coordinates)", Custom, &[], sum::hypot),
    Native::new("dist", "(p, q, /)", Positional, &["p", "q"], sum::dist),
];

/// The `math` module's constants.
pub(crate) const CONSTANTS: &[&str] = &["pi", "e", "tau", "inf", "nan"];

/// `math.<name>` for a constant.
pub(crate) fn constant(name: &str) -> Option<Value> {
    Some(Value::Float(match name {
        "pi" => std::f64::consts::PI,
        "e" => std::f64::consts::E,
        "tau" => std::f64::consts::TAU,
        "inf" => f64::INFINITY,
        "nan" => f64::NAN,
        _ => return None,
    }))
}

/// The C library's functions CPython calls, called directly: some of Rust's `f64` methods
/// are Rust's own code (`asinh`) and round differently in the last bit (`cbrt` is
/// [`special::cbrt`]: Rust's runtime shadows the C library's symbol).
pub(crate) mod libm {
    unsafe extern "C" {
        pub(crate) safe fn exp(x: f64) -> f64;
        pub(crate) safe fn exp2(x: f64) -> f64;
        pub(crate) safe fn expm1(x: f64) -> f64;
        pub(crate) safe fn log(x: f64) -> f64;
        pub(crate) safe fn log2(x: f64) -> f64;
        pub(crate) safe fn log10(x: f64) -> f64;
        pub(crate) safe fn log1p(x: f64) -> f64;
        pub(crate) safe fn sin(x: f64) -> f64;
        pub(crate) safe fn cos(x: f64) -> f64;
        pub(crate) safe fn tan(x: f64) -> f64;
        pub(crate) safe fn asin(x: f64) -> f64;
        pub(crate) safe fn acos(x: f64) -> f64;
        pub(crate) safe fn atan(x: f64) -> f64;
        pub(crate) safe fn atan2(y: f64, x: f64) -> f64;
        pub(crate) safe fn sinh(x: f64) -> f64;
        pub(crate) safe fn cosh(x: f64) -> f64;
        pub(crate) safe fn tanh(x: f64) -> f64;
        pub(crate) safe fn asinh(x: f64) -> f64;
        pub(crate) safe fn acosh(x: f64) -> f64;
        pub(crate) safe fn atanh(x: f64) -> f64;
        pub(crate) safe fn pow(x: f64, y: f64) -> f64;
    }
}

/// `PyFloat_AsDouble`: the float a real number argument stands for (a math function's, a
/// `%f` conversion's).
pub(crate) fn real(value: &Value, span: Span) -> EvalResult<f64> {
    match value {
        Value::Float(x) => Ok(*x),
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(f64::from(u8::from(*b))),
        Value::Scalar(_, scalar) => Ok(scalar.as_f64()),
        Value::Array(array) if array.data.shape().is_empty() => Ok(array.data.get(&[]).as_f64()),
        Value::Array(_) => Err(EvalError::type_error(
            "only 0-dimensional arrays can be converted to Python scalars",
            span,
        )),
        Value::ObjectArray(_) => Err(EvalError::unsupported(
            "an object array where a float is needed",
            span,
        )),
        other => {
            let message = format!("must be real number, not {}", other.type_name());
            Err(EvalError::type_error(message, span))
        }
    }
}

/// The float of parameter `name`.
fn real_arg(args: &Args, name: &str) -> EvalResult<f64> {
    real(args.value(name)?, args.span_of(name))
}

/// `ValueError: math domain error`.
pub(crate) fn domain_error(span: Span) -> EvalError {
    EvalError::value_error("math domain error", span)
}

/// `OverflowError: math range error`.
pub(crate) fn range_error(span: Span) -> EvalError {
    EvalError::new(ExceptionKind::OverflowError, "math range error", span)
}

/// CPython's `math_1`: `f(x)`, a NaN from a number a domain error, an infinity from a finite
/// number a range error when `f` can overflow and a domain error (a pole) when it cannot.
fn math_1(args: &Args, f: fn(f64) -> f64, can_overflow: bool) -> EvalResult<Value> {
    let x = real_arg(args, "x")?;
    checked_1(x, f(x), can_overflow, args.span).map(Value::Float)
}

fn checked_1(x: f64, r: f64, can_overflow: bool, span: Span) -> EvalResult<f64> {
    if r.is_nan() && !x.is_nan() {
        return Err(domain_error(span));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(match can_overflow {
            true => range_error(span),
            false => domain_error(span),
        });
    }
    Ok(r)
}

/// CPython's `math_2`: `f(x, y)`, NaN from numbers a domain error, an infinity from finite
/// numbers a range error.
fn math_2(args: &Args, names: [&str; 2], f: fn(f64, f64) -> f64) -> EvalResult<Value> {
    let (x, y) = (real_arg(args, names[0])?, real_arg(args, names[1])?);
    let r = f(x, y);
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error(args.span));
    }
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(range_error(args.span));
    }
    Ok(Value::Float(r))
}

fn sqrt(_: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    math_1(args, f64::sqrt, false)
}

fn exp(_: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    math_1(args, |x| libm::exp(x), true)
}

fn exp2(_: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    math_1(args, |x| libm::exp2(x), true)
}

fn expm1(_: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    math_1(args, |x| libm::expm1(x), true)
}

fn log1p(_: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    math_1(args, |x| libm::log1p(x), false)
}

fn sin(_: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    math_1(args, |x| libm::sin(x), false)
}

fn cos(_: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    math_1(args, |x| libm::cos(x), false)
}

fn tan(_: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    math_1(args, |x| libm::tan(x), false)
}

fn asin(_: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    math_1(args, |x| libm::asin(x), false)
}

fn acos(_: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    math_1(args, |x| libm::acos(x), false)
}

fn atan(_: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    math_1(args, |x| libm::atan(x), false)
}

fn sinh(_: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    math_1(args, |x| libm::sinh(x), true)
}

fn cosh(_: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    math_1(args, |x| libm::cosh(x), true)
}

fn tanh(_: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    math_1(args, |x| libm::tanh(x), false)
}

fn asinh(_: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    math_1(args, |x| libm::asinh(x), false)
}

fn acosh(_: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    math_1(args, |x| libm::acosh(x), false)
}

fn atanh(_: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    math_1(args, |x| libm::atanh(x), false)
}

fn cbrt(_: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    math_1(args, special::cbrt, false)
}

fn fabs(_: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    math_1(args, f64::abs, false)
}

/// `loghelper`: a positive int is converted and logged, zero or a negative int is a domain
/// error; anything else goes through `math_1`.
fn log_of(value: &Value, f: fn(f64) -> f64, span: Span) -> EvalResult<f64> {
    if let Value::Int(i) = value
        && *i <= 0
    {
        return Err(domain_error(span));
    }
    if let Value::Bool(false) = value {
        return Err(domain_error(span));
    }
    let x = real(value, span)?;
    checked_1(x, f(x), false, span)
}

/// `math.log(x[, base])`.
fn log(_: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    if !args.varkw.is_empty() {
        return Err(EvalError::type_error(
            "log() takes no keyword arguments",
            args.span,
        ));
    }
    let (x, base) = match args.varargs.as_slice() {
        [x] => (x, None),
        [x, base] => (x, Some(base)),
        _ => {
            let message = "math.log requires 1 to 2 arguments";
            return Err(EvalError::type_error(message, args.span));
        }
    };
    let num = log_of(&x.0, |x| libm::log(x), x.1)?;
    let Some((base, at)) = base else {
        return Ok(Value::Float(num));
    };
    let den = log_of(base, |x| libm::log(x), *at)?;
    if den == 0.0 {
        let error = ExceptionKind::ZeroDivisionError;
        return Err(EvalError::new(error, "float division by zero", args.span));
    }
    Ok(Value::Float(num / den))
}

fn log2(_: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    log_of(args.value("x")?, |x| libm::log2(x), args.span).map(Value::Float)
}

fn log10(_: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    log_of(args.value("x")?, |x| libm::log10(x), args.span).map(Value::Float)
}

fn atan2(_: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    math_2(args, ["y", "x"], special::m_atan2)
}

fn copysign(_: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    math_2(args, ["x", "y"], f64::copysign)
}

/// `math.fmod(x, y)`: `x` itself for an infinite `y`.
fn fmod(_: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let (x, y) = (real_arg(args, "x")?, real_arg(args, "y")?);
    if y.is_infinite() && x.is_finite() {
        return Ok(Value::Float(x));
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error(args.span));
    }
    Ok(Value::Float(r))
}

fn remainder(_: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    math_2(args, ["x", "y"], special::m_remainder)
}

/// `math.floor`, `math.ceil`, `math.trunc`: an int stays itself, a float is rounded to an
/// int (NaN and infinity cannot be).
fn rounded(args: &Args, round: fn(f64) -> f64, name: &str) -> EvalResult<Value> {
    let value = args.value("x")?;
    match value {
        Value::Int(i) => return Ok(Value::Int(*i)),
        Value::Bool(b) => return Ok(Value::Int(i64::from(*b))),
        Value::Scalar(dtype, scalar) if dtype.is_integer() && name != "trunc" => {
            let scalar = Value::Scalar(*dtype, *scalar);
            return crate::eval::python::as_index_int(&scalar, args.span).map(Value::Int);
        }
        _ => {}
    }
    let has_trunc = matches!(value, Value::Float(_))
        || matches!(value, Value::Scalar(crate::memory::DType::Float64, _));
    if name == "trunc" && !has_trunc {
        let message = format!("type {} doesn't define __trunc__ method", value.type_name());
        return Err(EvalError::type_error(message, args.span));
    }
    let x = real(value, args.span_of("x"))?;
    let whole = crate::eval::python::builtins::float_to_int(round(x), args.span)?;
    Ok(Value::Int(whole))
}

fn floor(_: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    rounded(args, f64::floor, "floor")
}

fn ceil(_: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    rounded(args, f64::ceil, "ceil")
}

fn trunc(_: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    rounded(args, f64::trunc, "trunc")
}

fn isfinite(_: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    Ok(Value::Bool(real_arg(args, "x")?.is_finite()))
}

fn isinf(_: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    Ok(Value::Bool(real_arg(args, "x")?.is_infinite()))
}

fn isnan(_: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    Ok(Value::Bool(real_arg(args, "x")?.is_nan()))
}

/// `math.isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)`.
fn isclose(_: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let (a, b) = (real_arg(args, "a")?, real_arg(args, "b")?);
    let rel_tol = match args.get("rel_tol") {
        Some(value) => real(value, args.span_of("rel_tol"))?,
        None => 1e-9,
    };
    let abs_tol = match args.get("abs_tol") {
        Some(value) => real(value, args.span_of("abs_tol"))?,
        None => 0.0,
    };
    if rel_tol < 0.0 || abs_tol < 0.0 {
        let message = "tolerances must be non-negative";
        return Err(EvalError::value_error(message, args.span));
    }
    if a == b {
        return Ok(Value::Bool(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = (b - a).abs();
    let close = diff <= (rel_tol * b).abs() || diff <= (rel_tol * a).abs() || diff <= abs_tol;
    Ok(Value::Bool(close))
}

/// `math.modf(x)`: the fractional and whole parts, both with `x`'s sign.
fn modf(_: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let x = real_arg(args, "x")?;
    let (fraction, whole) = match x {
        _ if x.is_infinite() => (0f64.copysign(x), x),
        _ if x.is_nan() => (x, x),
        _ => ((x - x.trunc()).copysign(x), x.trunc()),
    };
    let parts = [Value::Float(fraction), Value::Float(whole)];
    Ok(Value::Tuple(Rc::from(parts.to_vec())))
}

/// `math.frexp(x)`: `(m, e)` with `x == m * 2**e` and `0.5 <= abs(m) < 1`.
fn frexp(_: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let (mantissa, exponent) = sum::frexp(real_arg(args, "x")?);
    let parts = [Value::Float(mantissa), Value::Int(i64::from(exponent))];
    Ok(Value::Tuple(Rc::from(parts.to_vec())))
}

/// `math.ldexp(x, i)`: `x * 2**i`, rounded once; `i` must be an int.
fn ldexp(_: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let x = real_arg(args, "x")?;
    let exponent = match args.value("i")? {
        Value::Int(i) => *i,
        Value::Bool(b) => i64::from(*b),
        _ => {
            let message = "Expected an int as second argument to ldexp.";
            return Err(EvalError::type_error(message, args.span_of("i")));
        }
    };
    if x == 0.0 || !x.is_finite() {
        return Ok(Value::Float(x));
    }
    let r = sum::ldexp(
        x,
        exponent.clamp(i64::from(i32::MIN), i64::from(i32::MAX) + 1),
    );
    if r.is_infinite() {
        return Err(range_error(args.span));
    }
    Ok(Value::Float(r))
}

fn degrees(_: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    Ok(Value::Float(
        real_arg(args, "x")? * (180.0 / std::f64::consts::PI),
    ))
}

fn radians(_: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    Ok(Value::Float(
        real_arg(args, "x")? * (std::f64::consts::PI / 180.0),
    ))
}

/// `math.pow(x, y)`: IEEE special values by C99's rules, the C library's `pow` for the rest.
fn pow(_: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let (x, y) = (real_arg(args, "x")?, real_arg(args, "y")?);
    if !x.is_finite() || !y.is_finite() {
        return Ok(Value::Float(special::special_pow(x, y)));
    }
    let r = libm::pow(x, y);
    if r.is_nan() || (r.is_infinite() && x == 0.0) {
        return Err(domain_error(args.span));
    }
    if r.is_infinite() {
        return Err(range_error(args.span));
    }
    Ok(Value::Float(r))
}

/// `math.nextafter(x, y)`: the next float after `x` towards `y`.
fn nextafter(_: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let (x, y) = (real_arg(args, "x")?, real_arg(args, "y")?);
    let r = match () {
        _ if x.is_nan() || y.is_nan() => x + y,
        _ if x == y => y,
        _ if y > x => x.next_up(),
        _ => x.next_down(),
    };
    Ok(Value::Float(r))
}

/// `math.ulp(x)`: the gap from `abs(x)` to the next float up (down, at the largest float).
fn ulp(_: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let x = real_arg(args, "x")?;
    if x.is_nan() {
        return Ok(Value::Float(x));
    }
    let x = x.abs();
    if x.is_infinite() {
        return Ok(Value::Float(x));
    }
    let up = x.next_up();
    Ok(Value::Float(match up.is_infinite() {
        true => x - x.next_down(),
        false => up - x,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_c_librarys_inverse_hyperbolics_are_called() {
        assert_eq!(libm::asinh(0.0), 0.0);
        assert_eq!(libm::acosh(1.0), 0.0);
        assert!(libm::atanh(1.0).is_infinite());
    }
}
