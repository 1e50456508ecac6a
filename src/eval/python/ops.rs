//! Python's own objects: arithmetic and comparison of numbers, strings, lists and tuples,
//! iteration and `lst += ...`.
//!
//! The first seed document is about exactly these: a list is shared by `b = a` and copied by
//! `a[:]`, while `array.array` and `bytearray` expose a buffer that NumPy can share. Item
//! access on sequences and buffer objects lives in `sequences`; when an operand is a NumPy
//! object, these functions return `None` and hand over to NumPy's rules.

use crate::exception::ExceptionKind;
use std::cell::RefCell;
use std::cmp::Ordering;
use std::rc::Rc;

use crate::eval::cancel as interrupt;
use crate::eval::expr::overflow;
use crate::eval::{EvalError, EvalResult, Interpreter};
use crate::memory::{DType, Scalar};
use crate::syntax::{BinOp, CmpOp, Span};
use crate::value::{BufferKind, BufferObject, Value};

/// A Python number as (is_float, as i64, as f64), or `None` for anything else.
fn number(value: &Value) -> Option<(bool, i64, f64)> {
    match value {
        Value::Bool(b) => Some((false, *b as i64, *b as u8 as f64)),
        Value::Int(i) => Some((false, *i, *i as f64)),
        Value::Float(x) => Some((true, *x as i64, *x)),
        _ => None,
    }
}

/// Python arithmetic when neither side is a NumPy object; `None` hands over to NumPy.
pub(crate) fn python_binary(
    op: BinOp,
    left: &Value,
    right: &Value,
    span: Span,
) -> EvalResult<Option<Value>> {
    if let Some(result) = bool_bitwise(op, left, right) {
        return Ok(Some(result));
    }
    if let (Some(l), Some(r)) = (number(left), number(right)) {
        let bitwise = matches!(
            op,
            BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor | BinOp::LShift | BinOp::RShift
        );
        if (l.0 || r.0) && bitwise {
            let symbol = op.symbol();
            return Err(crate::eval::expr::unsupported_operands(
                symbol, left, right, span,
            ));
        }
        return if l.0 || r.0 {
            float_binary(op, l.2, r.2, span)
        } else {
            int_binary(op, l.1, r.1, span)
        }
        .map(Some);
    }
    Ok(None)
}

/// `&`, `|` and `^` of two Python bools are a bool.
fn bool_bitwise(op: BinOp, left: &Value, right: &Value) -> Option<Value> {
    let (Value::Bool(a), Value::Bool(b)) = (left, right) else {
        return None;
    };
    Some(Value::Bool(match op {
        BinOp::BitAnd => a & b,
        BinOp::BitOr => a | b,
        BinOp::BitXor => a ^ b,
        _ => return None,
    }))
}

/// Lists and tuples nested this deep are too deep for CPython's `repr` (its recursion limit).
const MAX_REPR_NESTING: usize = 998;

/// CPython's `RecursionError` for printing a value nested [`MAX_REPR_NESTING`] deep
/// (100,000 lines of `l = [l]`, then `print(l)`).
pub(crate) fn check_repr_depth(value: &Value, span: Span) -> EvalResult<()> {
    if nesting(value, MAX_REPR_NESTING) >= MAX_REPR_NESTING {
        let message = "maximum recursion depth exceeded while getting the repr of an object";
        return Err(EvalError::new(ExceptionKind::RecursionError, message, span));
    }
    Ok(())
}

/// An honest refusal when showing `value` (its `str` when `as_str`, else its `repr`) would
/// need the `repr` of an exception whose arguments viewfinder does not know (a caught
/// NumPy `UFuncTypeError`, inside a list or not).
pub(crate) fn check_exception_reprs(value: &Value, as_str: bool, span: Span) -> EvalResult<()> {
    fn unknown(value: &Value, as_str: bool, cap: usize) -> Option<&'static str> {
        let inside = |items: &[Value]| items.iter().find_map(|item| unknown(item, false, cap - 1));
        match value {
            _ if cap == 0 => None,
            Value::Exception(e) if e.args.is_none() && !as_str => Some(e.kind.class_name()),
            Value::List(items) => inside(&items.borrow()),
            Value::Tuple(items) => inside(items),
            Value::Dict(dict) => {
                let values: Vec<Value> = dict.borrow().entries().map(|e| e.value.clone()).collect();
                inside(&values)
            }
            _ => None,
        }
    }
    match unknown(value, as_str, MAX_REPR_NESTING) {
        Some(class) => Err(EvalError::unsupported(
            format!("the repr of a caught {class}"),
            span,
        )),
        None => Ok(()),
    }
}

/// How many lists and tuples deep `value` goes, counting no further than `cap`.
fn nesting(value: &Value, cap: usize) -> usize {
    let deepest = |items: &[Value]| {
        items
            .iter()
            .map(|item| nesting(item, cap - 1))
            .max()
            .unwrap_or(0)
    };
    match value {
        _ if cap == 0 => 0,
        Value::List(items) => 1 + deepest(&items.borrow()),
        Value::Tuple(items) => 1 + deepest(items),
        Value::Dict(dict) => {
            let values: Vec<Value> = dict.borrow().entries().map(|e| e.value.clone()).collect();
            1 + deepest(&values)
        }
        _ => 0,
    }
}

/// The most items (or bytes) viewfinder builds into one list, tuple, str, bytes or range walk;
/// beyond it, a `MemoryError` (where Python would try, and usually fail the same way).
const MAX_SEQUENCE_LEN: u128 = 1 << 28;

/// `len` when a new sequence of that many items may be built (at most [`MAX_SEQUENCE_LEN`],
/// and room for them under the session's memory limit), else `MemoryError`.
pub(crate) fn checked_sequence_len(len: u128, span: Span) -> EvalResult<usize> {
    let bytes = len.saturating_mul(std::mem::size_of::<Value>() as u128);
    if len > MAX_SEQUENCE_LEN || !crate::eval::limits::fits(bytes) {
        return Err(EvalError::new(ExceptionKind::MemoryError, "", span));
    }
    Ok(len as usize)
}

/// `items * n`: the items repeated `n` times (none when `n <= 0`).
pub(crate) fn repeat(items: &[Value], n: i64, span: Span) -> EvalResult<Vec<Value>> {
    let len = checked_sequence_len(items.len() as u128 * n.max(0) as u128, span)?;
    let repeated = items.iter().cloned().cycle().take(len);
    repeated
        .map(|item| interrupt::checked(item, span))
        .collect()
}

fn int_binary(op: BinOp, a: i64, b: i64, span: Span) -> EvalResult<Value> {
    let zero = |what: &str| EvalError::new(ExceptionKind::ZeroDivisionError, what, span);
    let result = match op {
        BinOp::Add => a.checked_add(b),
        BinOp::Sub => a.checked_sub(b),
        BinOp::Mul => a.checked_mul(b),
        BinOp::Div if b == 0 => return Err(zero("division by zero")),
        BinOp::Div => return Ok(Value::Float(int_true_divide(a, b))),
        BinOp::FloorDiv if b == 0 => return Err(zero("integer division or modulo by zero")),
        BinOp::FloorDiv => a.checked_div_euclid(b).map(|_| floor_div(a, b)),
        BinOp::Mod if b == 0 => return Err(zero("integer modulo by zero")),
        BinOp::Mod => Some(floor_mod(a, b)),
        BinOp::Pow if b < 0 => return float_binary(op, a as f64, b as f64, span),
        BinOp::Pow => u32::try_from(b).ok().and_then(|b| a.checked_pow(b)),
        BinOp::BitAnd => Some(a & b),
        BinOp::BitOr => Some(a | b),
        BinOp::BitXor => Some(a ^ b),
        BinOp::LShift | BinOp::RShift if b < 0 => {
            return Err(EvalError::value_error("negative shift count", span));
        }
        BinOp::LShift => shift_left(a, b),
        BinOp::RShift => Some(a >> b.min(63)),
        BinOp::MatMul => None,
    };
    result.map(Value::Int).ok_or_else(|| overflow(span))
}

/// Python's `a / b` for ints, `b != 0`: correctly rounded, as CPython's `long_true_divide`
/// (`(2**53 + 1) / 3` is not `float(2**53 + 1) / 3`). The quotient is taken with 55 to 57
/// bits, a sticky bit records any remainder, and the conversion to `f64` rounds once.
fn int_true_divide(a: i64, b: i64) -> f64 {
    const EXACT: u128 = 1 << 53;
    let negative = (a < 0) != (b < 0);
    let (n, d) = (a.unsigned_abs() as u128, b.unsigned_abs() as u128);
    if n <= EXACT && d <= EXACT {
        return a as f64 / b as f64;
    }
    let bits = |x: u128| 128 - x.leading_zeros() as i32;
    let shift = 56 - (bits(n) - bits(d));
    let (scaled, mut inexact) = if shift >= 0 {
        (n << shift, false)
    } else {
        let dropped = -shift as u32;
        (n >> dropped, n & ((1 << dropped) - 1) != 0)
    };
    let (quotient, remainder) = (scaled / d, scaled % d);
    inexact |= remainder != 0;
    let magnitude = (quotient as u64 | inexact as u64) as f64 * 2f64.powi(-shift);
    if negative { -magnitude } else { magnitude }
}

/// Python's `a % b` for `b != 0`: the remainder takes the sign of `b` (`i64::MIN % -1` is 0).
fn floor_mod(a: i64, b: i64) -> i64 {
    let r = a.wrapping_rem(b);
    if r != 0 && ((r < 0) != (b < 0)) {
        r + b
    } else {
        r
    }
}

/// `a << b` for `b >= 0`, or `None` when the result needs more than 64 bits.
fn shift_left(a: i64, b: i64) -> Option<i64> {
    if a == 0 {
        return Some(0);
    }
    let shifted = a.checked_shl(u32::try_from(b).ok()?)?;
    (shifted >> b == a).then_some(shifted)
}

fn floor_div(a: i64, b: i64) -> i64 {
    let q = a / b;
    if (a % b != 0) && ((a < 0) != (b < 0)) {
        q - 1
    } else {
        q
    }
}

fn float_binary(op: BinOp, a: f64, b: f64, span: Span) -> EvalResult<Value> {
    let zero = |what: &str| Err(EvalError::new(ExceptionKind::ZeroDivisionError, what, span));
    Ok(Value::Float(match op {
        BinOp::Add => a + b,
        BinOp::Sub => a - b,
        BinOp::Mul => a * b,
        BinOp::Div if b == 0.0 => return zero("float division by zero"),
        BinOp::Div => a / b,
        BinOp::FloorDiv if b == 0.0 => return zero("float floor division by zero"),
        BinOp::FloorDiv => float_divmod(a, b).0,
        BinOp::Mod if b == 0.0 => return zero("float modulo"),
        BinOp::Mod => float_divmod(a, b).1,
        BinOp::Pow if a == 0.0 && b < 0.0 => {
            return zero("0.0 cannot be raised to a negative power");
        }
        BinOp::Pow if a < 0.0 && b.is_finite() && b.fract() != 0.0 => {
            return Err(EvalError::unsupported("complex numbers", span));
        }
        BinOp::Pow => {
            let power = a.powf(b);
            if power.is_infinite() && a.is_finite() && b.is_finite() {
                let message = "(34, 'Numerical result out of range')";
                return Err(EvalError::new(ExceptionKind::OverflowError, message, span));
            }
            power
        }
        _ => {
            let message = format!(
                "unsupported operand type(s) for {}: 'float' and 'float'",
                op.symbol()
            );
            return Err(EvalError::type_error(message, span));
        }
    }))
}

/// Python's `divmod` of floats (CPython's `float_divmod`): `1 // 0.1` is `9.0`, because the
/// quotient is taken of `a - a % b`, not rounded from `a / b`.
fn float_divmod(a: f64, b: f64) -> (f64, f64) {
    let mut m = a % b;
    let mut div = (a - m) / b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m += b;
            div -= 1.0;
        }
    } else {
        m = 0.0_f64.copysign(b);
    }
    if div == 0.0 {
        return (0.0_f64.copysign(a / b), m);
    }
    let floor = div.floor();
    if div - floor > 0.5 {
        (floor + 1.0, m)
    } else {
        (floor, m)
    }
}

/// Python comparisons of Python values; `None` hands over to NumPy.
pub(crate) fn python_compare(
    op: CmpOp,
    left: &Value,
    right: &Value,
    span: Span,
) -> EvalResult<Option<Value>> {
    let ordering = match (left, right) {
        (l, r) if number(l).is_some() && number(r).is_some() => number_ordering(l, r),
        (Value::Str(a), Value::Str(b)) => Some(a.cmp(b)),
        (Value::Array(_) | Value::Scalar(..), _) | (_, Value::Array(_) | Value::Scalar(..)) => {
            return Ok(None);
        }
        _ => return fallback_compare(op, left, right, span).map(Some),
    };
    Ok(Some(Value::Bool(match op {
        CmpOp::Eq => ordering == Some(std::cmp::Ordering::Equal),
        CmpOp::NotEq => ordering != Some(std::cmp::Ordering::Equal),
        CmpOp::Lt => ordering == Some(std::cmp::Ordering::Less),
        CmpOp::LtE => matches!(
            ordering,
            Some(std::cmp::Ordering::Less | std::cmp::Ordering::Equal)
        ),
        CmpOp::Gt => ordering == Some(std::cmp::Ordering::Greater),
        _ => matches!(
            ordering,
            Some(std::cmp::Ordering::Greater | std::cmp::Ordering::Equal)
        ),
    })))
}

/// `==` and `!=` by value for containers, identity for the rest; ordering is a TypeError.
pub(crate) fn fallback_compare(
    op: CmpOp,
    left: &Value,
    right: &Value,
    span: Span,
) -> EvalResult<Value> {
    match op {
        CmpOp::Eq => Ok(Value::Bool(values_equal(left, right))),
        CmpOp::NotEq => Ok(Value::Bool(!values_equal(left, right))),
        _ => {
            let message = format!(
                "'{}' not supported between instances of '{}' and '{}'",
                op.symbol(),
                left.type_name(),
                right.type_name()
            );
            Err(EvalError::type_error(message, span))
        }
    }
}

/// True for the Python values that have no unary arithmetic (`-x`, `abs(x)`): containers,
/// strs, buffers, memoryviews and None raise Python's TypeError rather than becoming arrays.
pub(crate) fn lacks_arithmetic(value: &Value) -> bool {
    matches!(
        value,
        Value::List(_)
            | Value::Tuple(_)
            | Value::Str(_)
            | Value::Dict(_)
            | Value::Set(_)
            | Value::FrozenSet(_)
            | Value::Range(..)
            | Value::Buffer(_)
            | Value::MemoryView(_)
            | Value::None
    )
}

/// Python's `==` for values that are not arrays.
pub(crate) fn values_equal(left: &Value, right: &Value) -> bool {
    match (left, right) {
        (Value::List(a), Value::List(b)) => seq_equal(&a.borrow(), &b.borrow()),
        (Value::Tuple(a), Value::Tuple(b)) => seq_equal(a, b),
        (Value::Str(a), Value::Str(b)) => a == b,
        (Value::Buffer(a), Value::Buffer(b)) => buffers_equal(a, b),
        (Value::Buffer(a), Value::MemoryView(_)) if a.kind == BufferKind::ByteArray => {
            // bytearray's `==` comes first and compares the raw bytes of any buffer.
            crate::eval::python::memoryview::bytes_of(right)
                .is_some_and(|bytes| bytes == a.buffer.data().as_bytes())
        }
        (Value::MemoryView(view), other) | (other, Value::MemoryView(view)) => {
            crate::eval::python::memoryview::memory_equal(view, other)
        }
        (Value::DType(a) | Value::ScalarType(a), Value::DType(b) | Value::ScalarType(b)) => a == b,
        (Value::DType(a), Value::Str(s)) | (Value::Str(s), Value::DType(a)) => {
            DType::parse(s) == Some(*a)
        }
        (l, r) if exact_number(l).is_some() && exact_number(r).is_some() => {
            number_ordering(l, r) == Some(Ordering::Equal)
        }
        _ => left.is_same_object(right),
    }
}

/// `==` between two of `bytes`, `bytearray` and `array.array`: a `bytearray` on either side
/// compares raw bytes (it reads any buffer), two `array.array`s compare items, and `bytes`
/// equals only `bytes`.
fn buffers_equal(a: &BufferObject, b: &BufferObject) -> bool {
    match (a.kind, b.kind) {
        (BufferKind::ByteArray, _)
        | (_, BufferKind::ByteArray)
        | (BufferKind::Bytes, BufferKind::Bytes) => {
            a.buffer.data().as_bytes() == b.buffer.data().as_bytes()
        }
        (BufferKind::ArrayModule(..), BufferKind::ArrayModule(..)) => {
            let (mine, theirs) = (a.items(), b.items());
            let same =
                |(x, y): (&Scalar, &Scalar)| crate::eval::python::memoryview::scalars_equal(*x, *y);
            mine.len() == theirs.len() && mine.iter().zip(&theirs).all(same)
        }
        _ => false,
    }
}

/// A Python or NumPy number, kept exact: integers are not rounded through `f64`.
#[derive(Clone, Copy)]
enum ExactNumber {
    Int(i128),
    Float(f64),
}

fn exact_number(value: &Value) -> Option<ExactNumber> {
    let scalar = match value {
        Value::Scalar(_, s) => *s,
        Value::Bool(b) => Scalar::Int(*b as i64),
        Value::Int(i) => Scalar::Int(*i),
        Value::Float(x) => Scalar::Float(*x),
        _ => return None,
    };
    Some(match scalar {
        Scalar::Bool(b) => ExactNumber::Int(b as i128),
        Scalar::Int(i) => ExactNumber::Int(i as i128),
        Scalar::UInt(u) => ExactNumber::Int(u as i128),
        Scalar::Float(x) => ExactNumber::Float(x),
    })
}

/// How number `left` orders against number `right` (`None` if either is not a number, or NaN).
fn number_ordering(left: &Value, right: &Value) -> Option<Ordering> {
    compare_numbers(exact_number(left)?, exact_number(right)?)
}

/// Python's ordering of two numbers: exact between an int and a float (`2**53 + 1 > 2.0**53`);
/// `None` when a NaN is involved.
fn compare_numbers(a: ExactNumber, b: ExactNumber) -> Option<Ordering> {
    match (a, b) {
        (ExactNumber::Int(a), ExactNumber::Int(b)) => Some(a.cmp(&b)),
        (ExactNumber::Float(a), ExactNumber::Float(b)) => a.partial_cmp(&b),
        (ExactNumber::Int(i), ExactNumber::Float(x)) => int_float_cmp(i, x),
        (ExactNumber::Float(x), ExactNumber::Int(i)) => int_float_cmp(i, x).map(Ordering::reverse),
    }
}

/// Orders an integer against a float without rounding the integer: when `i as f64` equals `x`,
/// `x` is a whole number below 2**65 and compares exactly as an `i128`.
fn int_float_cmp(i: i128, x: f64) -> Option<Ordering> {
    match (i as f64).partial_cmp(&x)? {
        Ordering::Equal => Some(i.cmp(&(x as i128))),
        unequal => Some(unequal),
    }
}

fn seq_equal(a: &[Value], b: &[Value]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| values_equal(x, y))
}

/// The integers of a `range`, one by one.
pub(crate) fn range_items(value: &Value) -> impl Iterator<Item = i64> {
    let (start, stop, step) = match *value {
        Value::Range(start, stop, step) => (start, stop, step),
        _ => (0, 0, 1),
    };
    let len = range_len(start, stop, step) as i128;
    (0..len).map(move |k| (start as i128 + k * step as i128) as i64)
}

/// `len(range(start, stop, step))` for `step != 0`, without walking it.
pub(crate) fn range_len(start: i64, stop: i64, step: i64) -> u128 {
    let (start, stop, step) = (start as i128, stop as i128, step as i128);
    let span = if step > 0 { stop - start } else { start - stop };
    if span <= 0 {
        0
    } else {
        ((span + step.abs() - 1) / step.abs()) as u128
    }
}

impl Interpreter {
    /// The items `for x in value` would visit.
    pub(crate) fn iterate(&mut self, value: &Value, span: Span) -> EvalResult<Vec<Value>> {
        Ok(match value {
            Value::List(items) => items.borrow().clone(),
            Value::Tuple(items) => items.to_vec(),
            Value::Dict(dict) => Self::dict_items(dict, crate::value::DictViewKind::Keys),
            Value::DictView(view) => Self::dict_items(&view.dict, view.kind),
            Value::Set(set) | Value::FrozenSet(set) => self.set_items(set, span)?,
            Value::Range(start, stop, step) => {
                checked_sequence_len(range_len(*start, *stop, *step), span)?;
                range_items(value)
                    .map(|i| interrupt::checked(Value::Int(i), span))
                    .collect::<EvalResult<_>>()?
            }
            Value::Str(s) => s
                .chars()
                .map(|c| Value::Str(Rc::from(c.to_string())))
                .collect(),
            Value::Buffer(object) => object
                .items()
                .into_iter()
                .map(|s| crate::eval::numpy::convert::scalar_to_python(s, span))
                .collect::<EvalResult<_>>()?,
            Value::MemoryView(view) => self.memoryview_items(view, span)?,
            Value::Array(array) if array.data.layout.ndim() > 0 => {
                let len = checked_sequence_len(array.data.shape()[0] as u128, span)?;
                (0..len as i64)
                    .map(|i| {
                        interrupt::check(span)?;
                        self.index_array(
                            array,
                            vec![crate::eval::index::IndexItem::Int(i, span)],
                            span,
                        )
                    })
                    .collect::<EvalResult<_>>()?
            }
            Value::Array(_) => {
                return Err(EvalError::type_error("iteration over a 0-d array", span));
            }
            Value::ObjectArray(array) => {
                let len = array.shape()[0] as i64;
                (0..len)
                    .map(|i| self.object_array_row(array, i, span))
                    .collect::<EvalResult<_>>()?
            }
            Value::Iterator(iterator) => {
                let mut items = Vec::new();
                let mut state = crate::value::IterState::Shared(Rc::clone(iterator));
                while let Some(item) = self.next_item(&mut state, span)? {
                    items.push(item);
                }
                items
            }
            other => {
                return Err(EvalError::type_error(
                    format!("'{}' object is not iterable", other.type_name()),
                    span,
                ));
            }
        })
    }

    /// `lst += other` / `lst *= n`, in place.
    pub(crate) fn list_in_place(
        &mut self,
        list: &Rc<RefCell<Vec<Value>>>,
        op: BinOp,
        operand: &Value,
        span: Span,
    ) -> EvalResult<()> {
        let extra = match (op, operand) {
            (BinOp::Add, other) => self.iterate(other, span)?,
            (BinOp::Mul, Value::Int(n)) => {
                let items = repeat(&list.borrow(), n.saturating_sub(1), span)?;
                if *n <= 0 {
                    self.before_list_change(list);
                    list.borrow_mut().clear();
                    return Ok(());
                }
                items
            }
            _ => {
                return Err(crate::eval::expr::unsupported_operands(
                    "*=",
                    &Value::List(Rc::clone(list)),
                    operand,
                    span,
                ));
            }
        };
        crate::eval::python::list::refuse_self_insertion(list, &extra, span)?;
        self.before_list_growth(list);
        list.borrow_mut().extend(extra);
        Ok(())
    }
}

/// A Python number (or NumPy scalar) as a dtype-free value.
pub(crate) fn python_scalar(value: &Value) -> Scalar {
    match value {
        Value::Bool(b) => Scalar::Bool(*b),
        Value::Int(i) => Scalar::Int(*i),
        Value::Float(x) => Scalar::Float(*x),
        Value::Scalar(_, s) => *s,
        _ => Scalar::Int(0),
    }
}
