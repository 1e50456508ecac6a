//! `+` and `*` on Python's sequences (lists, tuples, strings, `bytes`, `bytearray`,
//! `array.array`), and the `TypeError`s CPython gives for every other operator on them.
//!
//! A sequence is never an array to Python: `(1, 2) * 2.0` is a `TypeError`, not NumPy's
//! arithmetic. Only when one operand is a NumPy object do NumPy's rules apply (`(1,) +
//! np.array([1])`), and a NumPy integer still repeats a sequence (`[1] * np.int64(2)`).

use std::cell::RefCell;
use std::rc::Rc;

use crate::eval::python::{checked_sequence_len, repeat};
use crate::eval::{EvalError, EvalResult, Interpreter};
use crate::exception::ExceptionKind;
use crate::memory::{AlignedBytes, Scalar};
use crate::syntax::{BinOp, Span};
use crate::value::{BufferKind, BufferObject, Value};

/// True for the values NumPy's operators take over (arrays and NumPy scalars).
fn is_numpy(value: &Value) -> bool {
    matches!(value, Value::Array(_) | Value::Scalar(..))
}

/// True for the sequences `*` repeats.
fn is_sequence(value: &Value) -> bool {
    matches!(
        value,
        Value::List(_) | Value::Tuple(_) | Value::Str(_) | Value::Buffer(_)
    )
}

/// The count in `seq * n`, when `n` is an integer to Python (`__index__`): a Python int or
/// bool, or a NumPy integer (not a NumPy bool).
fn repeat_count(value: &Value) -> Option<i64> {
    match value {
        Value::Int(i) => Some(*i),
        Value::Bool(b) => Some(*b as i64),
        Value::Scalar(dtype, Scalar::UInt(u)) if dtype.is_integer() => {
            Some(i64::try_from(*u).unwrap_or(i64::MAX))
        }
        Value::Scalar(dtype, s) if dtype.is_integer() => Some(s.as_i64()),
        _ => None,
    }
}

impl Interpreter {
    /// `left op right` when a sequence is involved and Python decides; `None` hands over to
    /// NumPy (or to the operators of other objects).
    pub(crate) fn sequence_binary(
        &mut self,
        op: BinOp,
        left: &Value,
        right: &Value,
        span: Span,
    ) -> EvalResult<Option<Value>> {
        if !is_sequence(left) && !is_sequence(right) && !matches!(left, Value::Range(..)) {
            return Ok(None);
        }
        match op {
            BinOp::Mul => self.sequence_repeat(left, right, span),
            BinOp::Add => self.sequence_concat(left, right, span),
            BinOp::Mod if let Value::Str(template) = left => {
                self.percent_format(template, right, span).map(Some)
            }
            BinOp::Mod if matches!(left, Value::Buffer(_)) => {
                let what = format!("%-formatting of {}", left.type_name());
                Err(EvalError::unsupported(what, span))
            }
            _ if is_numpy(left) || is_numpy(right) => Ok(None),
            _ => Err(unsupported_operands(op, left, right, span)),
        }
    }

    /// `seq * n` and `n * seq`.
    fn sequence_repeat(
        &mut self,
        left: &Value,
        right: &Value,
        span: Span,
    ) -> EvalResult<Option<Value>> {
        let (sequence, count) = match (is_sequence(left), is_sequence(right)) {
            (true, _) => (left, right),
            (false, true) => (right, left),
            _ if is_numpy(left) || is_numpy(right) => return Ok(None),
            _ => return Err(unsupported_operands(BinOp::Mul, left, right, span)),
        };
        let Some(n) = repeat_count(count) else {
            return match count {
                Value::Array(_) if matches!(sequence, Value::List(_) | Value::Tuple(_)) => Ok(None),
                Value::Array(_) => Err(EvalError::unsupported(
                    format!("{} * a NumPy array", sequence.type_name()),
                    span,
                )),
                other => {
                    let message = format!(
                        "can't multiply sequence by non-int of type '{}'",
                        other.type_name()
                    );
                    Err(EvalError::type_error(message, span))
                }
            };
        };
        self.repeated(sequence, n, span).map(Some)
    }

    /// `sequence * n` for an integer `n` (no items when `n <= 0`).
    fn repeated(&mut self, sequence: &Value, n: i64, span: Span) -> EvalResult<Value> {
        Ok(match sequence {
            Value::List(items) => {
                let items = repeat(&items.borrow(), n, span)?;
                Value::List(Rc::new(RefCell::new(items)))
            }
            Value::Tuple(items) => Value::Tuple(repeat(items, n, span)?.into()),
            Value::Str(s) => {
                let times = n.max(0) as usize;
                checked_sequence_len(s.len() as u128 * times as u128, span)?;
                Value::Str(Rc::from(s.repeat(times)))
            }
            Value::Buffer(object) => return self.repeated_buffer(object, n, span),
            _ => unreachable!("only sequences repeat"),
        })
    }

    /// `bytes * n`, `bytearray * n`, `array.array * n`: a new object of the same type.
    fn repeated_buffer(&mut self, object: &BufferObject, n: i64, span: Span) -> EvalResult<Value> {
        let bytes = object.buffer.data().as_bytes().to_vec();
        let times = n.max(0) as u128;
        let total = bytes.len() as u128 * times;
        if total > i64::MAX as u128 {
            return Err(match object.kind {
                BufferKind::Bytes => EvalError::new(
                    ExceptionKind::OverflowError,
                    "repeated bytes are too long",
                    span,
                ),
                _ => EvalError::new(ExceptionKind::MemoryError, "", span),
            });
        }
        crate::eval::limits::check_buffer_object(object.kind.type_name(), total, span)?;
        let repeated = bytes.repeat(times as usize);
        self.new_buffer_object(object.kind, AlignedBytes::from_bytes(&repeated), span)
    }

    /// `seq + other`.
    fn sequence_concat(
        &mut self,
        left: &Value,
        right: &Value,
        span: Span,
    ) -> EvalResult<Option<Value>> {
        Ok(Some(match (left, right) {
            (Value::Str(a), Value::Str(b)) => Value::Str(Rc::from(format!("{a}{b}"))),
            (Value::List(a), Value::List(b)) => {
                let items: Vec<Value> = a
                    .borrow()
                    .iter()
                    .chain(b.borrow().iter())
                    .cloned()
                    .collect();
                Value::List(Rc::new(RefCell::new(items)))
            }
            (Value::Tuple(a), Value::Tuple(b)) => {
                Value::Tuple(a.iter().chain(b.iter()).cloned().collect())
            }
            (Value::Buffer(a), Value::Buffer(b)) => {
                let right_name = right.type_name();
                return self.concatenated_buffers(a, b, right_name, span).map(Some);
            }
            (Value::Buffer(a), Value::MemoryView(view)) => {
                if matches!(a.kind, BufferKind::ArrayModule(..)) {
                    return Err(concat_error(a.kind, "memoryview", span));
                }
                crate::eval::python::memoryview::live_memory(view, span)?;
                let right = crate::eval::python::memoryview::bytes_of(right).unwrap_or_default();
                return self.joined_bytes(a, &right, span).map(Some);
            }
            _ if is_numpy(left) || is_numpy(right) => {
                if matches!(left, Value::Buffer(_)) || matches!(right, Value::Buffer(_)) {
                    let what = format!("{} + {}", left.type_name(), right.type_name());
                    return Err(EvalError::unsupported(what, span));
                }
                return Ok(None);
            }
            (Value::Buffer(a), other) => return Err(concat_error(a.kind, other.type_name(), span)),
            (Value::List(_) | Value::Tuple(_) | Value::Str(_), other) => {
                let kind = left.type_name();
                let message = format!(
                    "can only concatenate {kind} (not \"{}\") to {kind}",
                    other.type_name()
                );
                return Err(EvalError::type_error(message, span));
            }
            _ => return Err(unsupported_operands(BinOp::Add, left, right, span)),
        }))
    }

    /// `bytes + bytes-like`: the bytes of both, as the left operand's type; two
    /// `array.array`s join only with the same typecode.
    fn concatenated_buffers(
        &mut self,
        left: &BufferObject,
        right: &BufferObject,
        right_name: &str,
        span: Span,
    ) -> EvalResult<Value> {
        match (left.kind, right.kind) {
            (BufferKind::ArrayModule(a, _), BufferKind::ArrayModule(b, _)) if a != b => {
                let message = "bad argument type for built-in operation";
                return Err(EvalError::type_error(message, span));
            }
            (BufferKind::ArrayModule(..), BufferKind::ArrayModule(..)) => {}
            (BufferKind::ArrayModule(..), _) => {
                return Err(concat_error(left.kind, right_name, span));
            }
            _ => {}
        }
        let right = right.buffer.data().as_bytes().to_vec();
        self.joined_bytes(left, &right, span)
    }

    /// A new object of `left`'s type holding its bytes, then `right`.
    fn joined_bytes(&mut self, left: &BufferObject, right: &[u8], span: Span) -> EvalResult<Value> {
        let mut bytes = left.buffer.data().as_bytes().to_vec();
        bytes.extend_from_slice(right);
        crate::eval::limits::check_buffer_object(left.kind.type_name(), bytes.len() as u128, span)?;
        self.new_buffer_object(left.kind, AlignedBytes::from_bytes(&bytes), span)
    }
}

impl Interpreter {
    /// `ba += b'xy'` and `arr += other_arr`: the same object grows (refused while NumPy looks
    /// into it, as `append` is); the other augmented operators are Python's binary ones, which
    /// raise for these types.
    pub(crate) fn buffer_in_place(
        &mut self,
        object: &Rc<BufferObject>,
        op: BinOp,
        operand: &Value,
        span: Span,
    ) -> EvalResult<()> {
        let receiver = Value::Buffer(Rc::clone(object));
        let same_items = match (object.kind, operand) {
            (BufferKind::ArrayModule(a, _), Value::Buffer(other)) => {
                matches!(other.kind, BufferKind::ArrayModule(b, _) if a == b)
            }
            (_, Value::Buffer(other)) => !matches!(other.kind, BufferKind::ArrayModule(..)),
            _ => false,
        };
        match op {
            BinOp::Add if same_items => {
                let items = self.iterate(operand, span)?;
                self.buffer_append(object, &items, span)
            }
            BinOp::Add | BinOp::Mul => {
                self.binary_op(op, &receiver, operand, span)?;
                let what = format!("{}= on {}", op.symbol(), receiver.type_name());
                Err(EvalError::unsupported(what, span))
            }
            _ => self.binary_op(op, &receiver, operand, span).map(|_| ()),
        }
    }
}

/// CPython's `TypeError` for `bytes + x`, `bytearray + x` and `array.array + x`.
fn concat_error(kind: BufferKind, other: &str, span: Span) -> EvalError {
    let message = match kind {
        BufferKind::ArrayModule(..) => format!("can only append array (not \"{other}\") to array"),
        _ => format!("can't concat {other} to {}", kind.type_name()),
    };
    EvalError::type_error(message, span)
}

/// `TypeError: unsupported operand type(s) for -: 'tuple' and 'int'` (`** or pow()` for
/// `**`, as CPython names it).
pub(crate) fn unsupported_operands(
    op: BinOp,
    left: &Value,
    right: &Value,
    span: Span,
) -> EvalError {
    let symbol = match op {
        BinOp::Pow => "** or pow()",
        other => other.symbol(),
    };
    crate::eval::expr::unsupported_operands(symbol, left, right, span)
}
