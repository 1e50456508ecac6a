//! Python's own objects: arithmetic and comparison of numbers, strings, lists and tuples,
//! iteration, `lst += ...`, `print`, and the names of the builtins.
//!
//! The first seed document is about exactly these: a list is shared by `b = a` and copied by
//! `a[:]`, while `array.array` and `bytearray` expose a buffer that NumPy can share. Item
//! access on sequences and buffer objects lives in `sequences`; when an operand is a NumPy
//! object, these functions return `None` and hand over to NumPy's rules.

use std::cell::RefCell;
use std::rc::Rc;

use super::call::CallArgs;
use super::expr::overflow;
use super::{EvalError, EvalResult, Interpreter};
use crate::memory::{DType, Scalar};
use crate::syntax::{BinOp, CmpOp, Span};
use crate::value::{Function, Value};

/// Names every program can use without importing anything.
pub(super) const BUILTINS: &[&str] = &[
    "print",
    "len",
    "repr",
    "str",
    "int",
    "float",
    "bool",
    "list",
    "tuple",
    "range",
    "abs",
    "min",
    "max",
    "sum",
    "bytes",
    "bytearray",
    "sorted",
    "round",
    "type",
];

/// The builtin called `name`, if there is one.
pub(super) fn builtin(name: &str) -> Option<Value> {
    BUILTINS
        .iter()
        .find(|b| **b == name)
        .map(|b| Value::Function(Rc::new(Function::Builtin(b))))
}

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
pub(super) fn python_binary(
    op: BinOp,
    left: &Value,
    right: &Value,
    span: Span,
) -> EvalResult<Option<Value>> {
    if let (Some(l), Some(r)) = (number(left), number(right)) {
        return if l.0 || r.0 {
            float_binary(op, l.2, r.2, span)
        } else {
            int_binary(op, l.1, r.1, span)
        }
        .map(Some);
    }
    Ok(match (op, left, right) {
        (BinOp::Add, Value::Str(a), Value::Str(b)) => Some(Value::Str(Rc::from(format!("{a}{b}")))),
        (BinOp::Add, Value::List(a), Value::List(b)) => {
            let items: Vec<Value> = a
                .borrow()
                .iter()
                .chain(b.borrow().iter())
                .cloned()
                .collect();
            Some(Value::List(Rc::new(RefCell::new(items))))
        }
        (BinOp::Add, Value::Tuple(a), Value::Tuple(b)) => {
            Some(Value::Tuple(a.iter().chain(b.iter()).cloned().collect()))
        }
        (BinOp::Mul, Value::List(a), Value::Int(n))
        | (BinOp::Mul, Value::Int(n), Value::List(a)) => {
            let items = repeat(&a.borrow(), *n);
            Some(Value::List(Rc::new(RefCell::new(items))))
        }
        (BinOp::Mul, Value::Tuple(a), Value::Int(n)) => Some(Value::Tuple(repeat(a, *n).into())),
        (BinOp::Mul, Value::Str(s), Value::Int(n)) => {
            Some(Value::Str(Rc::from(s.repeat((*n).max(0) as usize))))
        }
        (BinOp::Add, Value::List(_), other) if !matches!(other, Value::Array(_)) => {
            let message = format!(
                "can only concatenate list (not \"{}\") to list",
                other.type_name()
            );
            return Err(EvalError::type_error(message, span));
        }
        _ => None,
    })
}

fn repeat(items: &[Value], n: i64) -> Vec<Value> {
    (0..n.max(0)).flat_map(|_| items.iter().cloned()).collect()
}

fn int_binary(op: BinOp, a: i64, b: i64, span: Span) -> EvalResult<Value> {
    let zero = |what: &str| EvalError::new("ZeroDivisionError", what, span);
    let result = match op {
        BinOp::Add => a.checked_add(b),
        BinOp::Sub => a.checked_sub(b),
        BinOp::Mul => a.checked_mul(b),
        BinOp::Div if b == 0 => return Err(zero("division by zero")),
        BinOp::Div => return Ok(Value::Float(a as f64 / b as f64)),
        BinOp::FloorDiv if b == 0 => return Err(zero("integer division or modulo by zero")),
        BinOp::FloorDiv => a.checked_div_euclid(b).map(|_| floor_div(a, b)),
        BinOp::Mod if b == 0 => return Err(zero("integer modulo by zero")),
        BinOp::Mod => Some(a - b * floor_div(a, b)),
        BinOp::Pow if b < 0 => return Ok(Value::Float((a as f64).powf(b as f64))),
        BinOp::Pow => u32::try_from(b).ok().and_then(|b| a.checked_pow(b)),
        BinOp::BitAnd => Some(a & b),
        BinOp::BitOr => Some(a | b),
        BinOp::BitXor => Some(a ^ b),
        BinOp::LShift => u32::try_from(b).ok().and_then(|b| a.checked_shl(b)),
        BinOp::RShift => Some(a >> b.clamp(0, 63)),
        BinOp::MatMul => None,
    };
    result.map(Value::Int).ok_or_else(|| overflow(span))
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
    let zero = |what: &str| Err(EvalError::new("ZeroDivisionError", what, span));
    Ok(Value::Float(match op {
        BinOp::Add => a + b,
        BinOp::Sub => a - b,
        BinOp::Mul => a * b,
        BinOp::Div if b == 0.0 => return zero("float division by zero"),
        BinOp::Div => a / b,
        BinOp::FloorDiv if b == 0.0 => return zero("float floor division by zero"),
        BinOp::FloorDiv => (a / b).floor(),
        BinOp::Mod if b == 0.0 => return zero("float modulo by zero"),
        BinOp::Mod => {
            let m = a % b;
            if m != 0.0 && ((m < 0.0) != (b < 0.0)) {
                m + b
            } else {
                m
            }
        }
        BinOp::Pow => a.powf(b),
        _ => {
            let message = format!(
                "unsupported operand type(s) for {}: 'float' and 'float'",
                op.symbol()
            );
            return Err(EvalError::type_error(message, span));
        }
    }))
}

/// Python comparisons of Python values; `None` hands over to NumPy.
pub(super) fn python_compare(
    op: CmpOp,
    left: &Value,
    right: &Value,
    span: Span,
) -> EvalResult<Option<Value>> {
    let ordering = match (left, right) {
        (l, r) if number(l).is_some() && number(r).is_some() => {
            let (a, b) = (number(l).unwrap(), number(r).unwrap());
            if a.0 || b.0 {
                a.2.partial_cmp(&b.2)
            } else {
                Some(a.1.cmp(&b.1))
            }
        }
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
pub(super) fn fallback_compare(
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

/// Python's `==` for values that are not arrays.
pub(super) fn values_equal(left: &Value, right: &Value) -> bool {
    let scalar = |v: &Value| match v {
        Value::Scalar(_, s) => Some(s.as_f64()),
        other => number(other).map(|n| n.2),
    };
    match (left, right) {
        (Value::List(a), Value::List(b)) => seq_equal(&a.borrow(), &b.borrow()),
        (Value::Tuple(a), Value::Tuple(b)) => seq_equal(a, b),
        (Value::Str(a), Value::Str(b)) => a == b,
        (Value::Buffer(a), Value::Buffer(b)) => a.items() == b.items(),
        (Value::DType(a) | Value::ScalarType(a), Value::DType(b) | Value::ScalarType(b)) => a == b,
        (Value::DType(a), Value::Str(s)) | (Value::Str(s), Value::DType(a)) => {
            DType::parse(s) == Some(*a)
        }
        (l, r) if scalar(l).is_some() && scalar(r).is_some() => scalar(l) == scalar(r),
        _ => left.is_same_object(right),
    }
}

fn seq_equal(a: &[Value], b: &[Value]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| values_equal(x, y))
}

/// The integers of a `range`.
pub(super) fn range_items(value: &Value) -> Vec<i64> {
    let Value::Range(start, stop, step) = *value else {
        return Vec::new();
    };
    let mut items = Vec::new();
    let mut i = start;
    while (step > 0 && i < stop) || (step < 0 && i > stop) {
        items.push(i);
        i += step;
    }
    items
}

impl Interpreter {
    /// The items `for x in value` would visit.
    pub(super) fn iterate(&mut self, value: &Value, span: Span) -> EvalResult<Vec<Value>> {
        Ok(match value {
            Value::List(items) => items.borrow().clone(),
            Value::Tuple(items) => items.to_vec(),
            Value::Range(..) => range_items(value).into_iter().map(Value::Int).collect(),
            Value::Str(s) => s
                .chars()
                .map(|c| Value::Str(Rc::from(c.to_string())))
                .collect(),
            Value::Buffer(object) => object
                .items()
                .into_iter()
                .map(|s| super::convert::scalar_to_python(s, span))
                .collect::<EvalResult<_>>()?,
            Value::Array(array) if array.data.layout.ndim() > 0 => {
                let len = array.data.shape()[0];
                (0..len as i64)
                    .map(|i| {
                        self.index_array(array, vec![super::index::IndexItem::Int(i, span)], span)
                    })
                    .collect::<EvalResult<_>>()?
            }
            Value::Array(_) => {
                return Err(EvalError::type_error("iteration over a 0-d array", span));
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
    pub(super) fn list_in_place(
        &mut self,
        list: &Rc<RefCell<Vec<Value>>>,
        op: BinOp,
        operand: &Value,
        span: Span,
    ) -> EvalResult<()> {
        let extra = match (op, operand) {
            (BinOp::Add, other) => self.iterate(other, span)?,
            (BinOp::Mul, Value::Int(n)) => {
                let items = repeat(&list.borrow(), *n - 1);
                if *n <= 0 {
                    self.journal.list(list);
                    list.borrow_mut().clear();
                    return Ok(());
                }
                items
            }
            _ => {
                return Err(super::expr::unsupported_operands(
                    "*=",
                    &Value::List(Rc::clone(list)),
                    operand,
                    span,
                ));
            }
        };
        self.journal.list(list);
        list.borrow_mut().extend(extra);
        Ok(())
    }

    /// `print(*args, sep=' ', end='\n')`.
    pub(super) fn builtin_print(&mut self, args: &CallArgs) -> EvalResult<Value> {
        args.reject_unknown_keywords(&["sep", "end", "flush", "file"])?;
        let text_arg = |name: &str, default: &str| -> EvalResult<String> {
            match args.keyword(name) {
                None | Some(Value::None) => Ok(default.to_string()),
                Some(Value::Str(s)) => Ok(s.to_string()),
                Some(other) => Err(EvalError::type_error(
                    format!("{name} must be None or a string, not {}", other.type_name()),
                    args.span,
                )),
            }
        };
        let (sep, end) = (text_arg("sep", " ")?, text_arg("end", "\n")?);
        let line: Vec<String> = args.positional.iter().map(|(v, _)| v.to_str()).collect();
        self.output.extend_from_slice(line.join(&sep).as_bytes());
        self.output.extend_from_slice(end.as_bytes());
        Ok(Value::None)
    }
}

/// A Python number (or NumPy scalar) as a dtype-free value.
pub(super) fn python_scalar(value: &Value) -> Scalar {
    match value {
        Value::Bool(b) => Scalar::Bool(*b),
        Value::Int(i) => Scalar::Int(*i),
        Value::Float(x) => Scalar::Float(*x),
        Value::Scalar(_, s) => *s,
        _ => Scalar::Int(0),
    }
}
