//! Python's own objects: numbers, strings, lists, tuples, ranges, `bytes`, `bytearray`,
//! `array.array`, and the builtins that work on them.
//!
//! The first seed document is about exactly these: a list is shared by `b = a` and copied by
//! `a[:]`, while `array.array` and `bytearray` expose a buffer that NumPy can share.

use std::cell::RefCell;
use std::rc::Rc;

use super::call::CallArgs;
use super::expr::overflow;
use super::index::IndexItem;
use super::{EvalError, EvalResult, Interpreter};
use crate::memory::{AlignedBytes, ArrayData, BufferOwner, DType, Layout, Scalar, SharedBuffer};
use crate::syntax::{BinOp, CmpOp, Expr, ExprKind, Span};
use crate::value::{BufferKind, BufferObject, Function, Value};

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

    /// A new `bytes` object.
    pub(super) fn new_bytes(&mut self, bytes: &[u8]) -> Value {
        self.new_buffer_object(BufferKind::Bytes, AlignedBytes::from_bytes(bytes))
    }

    /// A new `bytes`, `bytearray` or `array.array` holding `bytes`.
    pub(super) fn new_buffer_object(&mut self, kind: BufferKind, bytes: AlignedBytes) -> Value {
        let owner = match kind {
            BufferKind::Bytes => BufferOwner::Bytes,
            BufferKind::ByteArray => BufferOwner::ByteArray,
            BufferKind::ArrayModule(code, _) => BufferOwner::ArrayModule(code),
        };
        let buffer = SharedBuffer::new(self.new_buffer_id(), owner, bytes);
        Value::Buffer(Rc::new(BufferObject { kind, buffer }))
    }

    /// `container[index]` for any value.
    pub(super) fn get_item(
        &mut self,
        container: &Value,
        index: &Expr,
        span: Span,
    ) -> EvalResult<Value> {
        match container {
            Value::Array(array) => {
                let items = self.index_items(index)?;
                self.index_array(array, items, span)
            }
            Value::Scalar(dtype, value) => {
                let temporary = self.scalar_as_array(*dtype, *value);
                let items = self.index_items(index)?;
                if items.iter().any(|i| {
                    matches!(
                        i,
                        IndexItem::Int(..) | IndexItem::Slice(..) | IndexItem::IntArray(..)
                    )
                }) {
                    return Err(EvalError::index_error(
                        "invalid index to scalar variable.",
                        span,
                    ));
                }
                self.index_array(&temporary, items, span)
            }
            Value::Flags(_) => {
                let key = self.eval(index)?;
                let name = key.to_str().to_lowercase();
                self.get_attribute(container, &name, span)
                    .map_err(|_| EvalError::new("KeyError", "Unknown flag", span))
            }
            _ => {
                let key = self.sequence_key(index)?;
                self.get_sequence_item(container, key, span)
            }
        }
    }

    fn sequence_key(&mut self, index: &Expr) -> EvalResult<SequenceKey> {
        if let ExprKind::Slice { lower, upper, step } = &index.kind {
            let mut bound = |e: &Option<Box<Expr>>| -> EvalResult<Option<i64>> {
                let Some(e) = e else { return Ok(None) };
                match self.eval(e)? {
                    Value::None => Ok(None),
                    Value::Int(i) => Ok(Some(i)),
                    Value::Scalar(d, s) if d.is_integer() => Ok(Some(s.as_i64())),
                    _ => Err(EvalError::type_error(
                        "slice indices must be integers or None or have an __index__ method",
                        e.span,
                    )),
                }
            };
            return Ok(SequenceKey::Slice(
                bound(lower)?,
                bound(upper)?,
                bound(step)?,
            ));
        }
        Ok(SequenceKey::Value(self.eval(index)?))
    }

    fn get_sequence_item(
        &mut self,
        container: &Value,
        key: SequenceKey,
        span: Span,
    ) -> EvalResult<Value> {
        let items = match container {
            Value::List(_)
            | Value::Tuple(_)
            | Value::Str(_)
            | Value::Range(..)
            | Value::Buffer(_) => self.iterate(container, span)?,
            other => {
                let message = format!("'{}' object is not subscriptable", other.type_name());
                return Err(EvalError::type_error(message, span));
            }
        };
        match key {
            SequenceKey::Slice(start, stop, step) => {
                let (first, count, step) =
                    super::index::slice_indices(start, stop, step, items.len(), span)?;
                let picked: Vec<Value> = (0..count as i64)
                    .map(|k| items[(first + k * step) as usize].clone())
                    .collect();
                self.rebuild_sequence(container, picked)
            }
            SequenceKey::Value(key) => {
                let i = sequence_index(&key, container, span)?;
                let at = resolve_position(i, items.len())
                    .ok_or_else(|| out_of_range(container, span))?;
                Ok(items[at].clone())
            }
        }
    }

    /// A new sequence of the same type as `like` (slicing copies).
    fn rebuild_sequence(&mut self, like: &Value, items: Vec<Value>) -> EvalResult<Value> {
        Ok(match like {
            Value::List(_) => Value::List(Rc::new(RefCell::new(items))),
            Value::Tuple(_) => Value::Tuple(items.into()),
            Value::Str(_) => Value::Str(Rc::from(
                items.iter().map(Value::to_str).collect::<String>(),
            )),
            Value::Range(..) => Value::List(Rc::new(RefCell::new(items))),
            Value::Buffer(object) => {
                let dtype = object.item_dtype();
                let values: Vec<Scalar> = items.iter().map(python_scalar).collect();
                let bytes = scalars_to_bytes(dtype, &values);
                self.new_buffer_object(object.kind, bytes)
            }
            _ => unreachable!("only sequences are sliced"),
        })
    }

    /// `container[index] = value` for any value.
    pub(super) fn set_item(
        &mut self,
        container: &Value,
        index: &Expr,
        value: Value,
        span: Span,
    ) -> EvalResult<()> {
        match container {
            Value::Array(array) => {
                let items = self.index_items(index)?;
                self.assign_array(array, items, &value, span)
            }
            Value::List(list) => {
                let key = self.sequence_key(index)?;
                self.set_list_item(list, key, value, span)
            }
            Value::Buffer(object) if object.kind != BufferKind::Bytes => {
                let key = self.eval(index)?;
                self.set_buffer_item(object, &key, &value, span)
            }
            other => {
                let message = format!(
                    "'{}' object does not support item assignment",
                    other.type_name()
                );
                Err(EvalError::type_error(message, span))
            }
        }
    }

    fn set_list_item(
        &mut self,
        list: &Rc<RefCell<Vec<Value>>>,
        key: SequenceKey,
        value: Value,
        span: Span,
    ) -> EvalResult<()> {
        let len = list.borrow().len();
        match key {
            SequenceKey::Value(key) => {
                let i = sequence_index(&key, &Value::List(Rc::clone(list)), span)?;
                let at = resolve_position(i, len).ok_or_else(|| {
                    EvalError::index_error("list assignment index out of range", span)
                })?;
                self.journal.list(list);
                list.borrow_mut()[at] = value;
            }
            SequenceKey::Slice(start, stop, None | Some(1)) => {
                let replacement = self.iterate(&value, span)?;
                let (first, count, _) = super::index::slice_indices(start, stop, None, len, span)?;
                self.journal.list(list);
                let first = first as usize;
                list.borrow_mut().splice(first..first + count, replacement);
            }
            SequenceKey::Slice(..) => {
                return Err(EvalError::unsupported(
                    "extended slice assignment on lists",
                    span,
                ));
            }
        }
        Ok(())
    }

    fn set_buffer_item(
        &mut self,
        object: &Rc<BufferObject>,
        key: &Value,
        value: &Value,
        span: Span,
    ) -> EvalResult<()> {
        let container = Value::Buffer(Rc::clone(object));
        let i = sequence_index(key, &container, span)?;
        let at = resolve_position(i, object.len()).ok_or_else(|| {
            let what = if object.kind == BufferKind::ByteArray {
                "bytearray"
            } else {
                "array"
            };
            EvalError::index_error(format!("{what} assignment index out of range"), span)
        })?;
        let scalar = self.buffer_item_value(object, value, span)?;
        let dtype = object.item_dtype();
        let layout = Layout {
            offset: (at * dtype.itemsize()) as isize,
            shape: vec![],
            strides: vec![],
            itemsize: dtype.itemsize(),
        };
        let region = ArrayData {
            buffer: Rc::clone(&object.buffer),
            layout,
            dtype,
        };
        self.before_write(&object.buffer);
        region.set(&[], scalar);
        let text = self.text(span);
        self.record_write(&text, &region, None);
        Ok(())
    }

    /// Checks and converts a value stored into a `bytearray` or `array.array`.
    fn buffer_item_value(
        &self,
        object: &BufferObject,
        value: &Value,
        span: Span,
    ) -> EvalResult<Scalar> {
        let dtype = object.item_dtype();
        match (value, dtype.is_float()) {
            (Value::Int(_) | Value::Bool(_) | Value::Float(_) | Value::Scalar(..), true) => {
                Ok(python_scalar(value))
            }
            (Value::Int(_) | Value::Bool(_), false)
            | (Value::Scalar(_, Scalar::Int(_) | Scalar::UInt(_)), false) => {
                let scalar = python_scalar(value);
                let wide = match scalar {
                    Scalar::UInt(u) => i128::from(u),
                    other => i128::from(other.as_i64()),
                };
                check_item_range(object.kind, dtype, wide, span)?;
                Ok(scalar)
            }
            _ => {
                let message = format!(
                    "'{}' object cannot be interpreted as an integer",
                    value.type_name()
                );
                Err(EvalError::type_error(message, span))
            }
        }
    }

    /// `del container[index]` for lists.
    pub(super) fn del_item(
        &mut self,
        container: &Value,
        index: &Expr,
        span: Span,
    ) -> EvalResult<()> {
        match container {
            Value::List(list) => {
                let key = self.sequence_key(index)?;
                let len = list.borrow().len();
                let range = match key {
                    SequenceKey::Value(key) => {
                        let i = sequence_index(&key, container, span)?;
                        let at = resolve_position(i, len).ok_or_else(|| {
                            EvalError::index_error("list assignment index out of range", span)
                        })?;
                        at..at + 1
                    }
                    SequenceKey::Slice(start, stop, None | Some(1)) => {
                        let (first, count, _) =
                            super::index::slice_indices(start, stop, None, len, span)?;
                        first as usize..first as usize + count
                    }
                    SequenceKey::Slice(..) => {
                        return Err(EvalError::unsupported("extended slice deletion", span));
                    }
                };
                self.journal.list(list);
                list.borrow_mut().drain(range);
                Ok(())
            }
            Value::Array(_) => Err(EvalError::value_error("cannot delete array elements", span)),
            other => Err(EvalError::type_error(
                format!(
                    "'{}' object doesn't support item deletion",
                    other.type_name()
                ),
                span,
            )),
        }
    }

    /// Appends items to a `bytearray` or `array.array`, refusing while NumPy looks into it.
    pub(super) fn buffer_append(
        &mut self,
        object: &Rc<BufferObject>,
        values: &[Value],
        span: Span,
    ) -> EvalResult<()> {
        if object.kind == BufferKind::Bytes {
            return Err(EvalError::no_attribute("bytes", "append", span));
        }
        let scalars = values
            .iter()
            .map(|v| self.buffer_item_value(object, v, span))
            .collect::<EvalResult<Vec<_>>>()?;
        if object.buffer.export_count() > 0 {
            let message = match object.kind {
                BufferKind::ByteArray => "Existing exports of data: object cannot be re-sized",
                _ => "cannot resize an array that is exporting buffers",
            };
            return Err(EvalError::new("BufferError", message, span));
        }
        self.before_write(&object.buffer);
        let dtype = object.item_dtype();
        let old_len = object.buffer.len();
        object
            .buffer
            .data_mut()
            .resize(old_len + scalars.len() * dtype.itemsize());
        let added = scalars_to_bytes(dtype, &scalars);
        object.buffer.data_mut().as_bytes_mut()[old_len..].copy_from_slice(added.as_bytes());
        let resize = super::Resize {
            buffer: Rc::clone(&object.buffer),
            target: self.text(span),
        };
        self.outcome.resizes.push(resize);
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

/// An index into a Python sequence: a position or a slice.
pub(super) enum SequenceKey {
    Value(Value),
    Slice(Option<i64>, Option<i64>, Option<i64>),
}

fn sequence_index(key: &Value, container: &Value, span: Span) -> EvalResult<i64> {
    match key {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        Value::Scalar(d, s) if d.is_integer() => Ok(s.as_i64()),
        other => {
            let what = match container {
                Value::Buffer(o) if o.kind == BufferKind::ArrayModule('i', DType::Int32) => {
                    "array".to_string()
                }
                c => c.type_name().to_string(),
            };
            let message = format!(
                "{what} indices must be integers or slices, not {}",
                other.type_name()
            );
            Err(EvalError::type_error(message, span))
        }
    }
}

/// A possibly negative position, or `None` when out of range.
pub(super) fn resolve_position(i: i64, len: usize) -> Option<usize> {
    let at = if i < 0 { i + len as i64 } else { i };
    (at >= 0 && at < len as i64).then_some(at as usize)
}

fn out_of_range(container: &Value, span: Span) -> EvalError {
    let message = match container {
        Value::List(_) => "list index out of range",
        Value::Tuple(_) => "tuple index out of range",
        Value::Str(_) => "string index out of range",
        Value::Range(..) => "range object index out of range",
        Value::Buffer(o) => match o.kind {
            BufferKind::Bytes => "index out of range",
            BufferKind::ByteArray => "bytearray index out of range",
            BufferKind::ArrayModule(..) => "array index out of range",
        },
        _ => "index out of range",
    };
    EvalError::index_error(message, span)
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

/// Packs values as elements of `dtype`.
pub(super) fn scalars_to_bytes(dtype: DType, values: &[Scalar]) -> AlignedBytes {
    let data = ArrayData::from_scalars(crate::memory::BufferId(0), dtype, &[values.len()], values);

    data.buffer.data().clone()
}

/// The range an `array.array` or `bytearray` item must be in, with Python's complaint.
fn check_item_range(kind: BufferKind, dtype: DType, value: i128, span: Span) -> EvalResult<()> {
    let range = dtype.integer_range().expect("integer item types");
    if range.contains(&value) {
        return Ok(());
    }
    let message = match kind {
        BufferKind::ArrayModule(code, _) => typecode_overflow_message(code, value),
        _ => {
            return Err(EvalError::value_error(
                "byte must be in range(0, 256)",
                span,
            ));
        }
    };
    Err(EvalError::new("OverflowError", message, span))
}

/// CPython's `OverflowError` message for an out-of-range `array.array` item: each typecode
/// parses through a C type first (`'H'` through `int`, `'b'` through `short`), so the message
/// names whichever C type the value overflowed first.
fn typecode_overflow_message(code: char, value: i128) -> String {
    let bound = if value > 0 {
        "greater than maximum"
    } else {
        "less than minimum"
    };
    let fits = |dtype: DType| dtype.integer_range().is_some_and(|r| r.contains(&value));
    let c_type = match code {
        'b' if !fits(DType::Int16) => "signed short integer",
        'b' => "signed char",
        'B' => "unsigned byte integer",
        'h' => "signed short integer",
        'H' if !fits(DType::Int32) => "signed integer",
        'H' => "unsigned short",
        'I' | 'L' if value < 0 => return "can't convert negative value to unsigned int".into(),
        'Q' if value < 0 => return "can't convert negative int to unsigned".into(),
        'I' => "unsigned int",
        'i' => "signed integer",
        _ => "signed long integer",
    };
    format!("{c_type} is {bound}")
}

/// The dtype of an `array.array` typecode.
pub(super) fn typecode_dtype(code: &str) -> Option<(char, DType)> {
    let dtype = match code {
        "b" => DType::Int8,
        "B" => DType::UInt8,
        "h" => DType::Int16,
        "H" => DType::UInt16,
        "i" => DType::Int32,
        "I" => DType::UInt32,
        "l" | "q" => DType::Int64,
        "L" | "Q" => DType::UInt64,
        "f" => DType::Float32,
        "d" => DType::Float64,
        _ => return None,
    };
    Some((code.chars().next()?, dtype))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unsigned_typecodes_map_to_unsigned_dtypes() {
        assert_eq!(typecode_dtype("H"), Some(('H', DType::UInt16)));
        assert_eq!(typecode_dtype("I"), Some(('I', DType::UInt32)));
        assert_eq!(typecode_dtype("L"), Some(('L', DType::UInt64)));
        assert_eq!(typecode_dtype("Q"), Some(('Q', DType::UInt64)));
    }

    #[test]
    fn overflow_messages_match_cpython() {
        // array.array(code, [value]) in CPython 3.11
        let cases = [
            ('b', 256, "signed char is greater than maximum"),
            ('b', 65536, "signed short integer is greater than maximum"),
            ('B', -1, "unsigned byte integer is less than minimum"),
            ('h', -32769, "signed short integer is less than minimum"),
            ('H', 65536, "unsigned short is greater than maximum"),
            ('H', -1, "unsigned short is less than minimum"),
            ('H', 1 << 31, "signed integer is greater than maximum"),
            ('H', -(1 << 40), "signed integer is less than minimum"),
            ('i', 1 << 31, "signed integer is greater than maximum"),
            ('I', -1, "can't convert negative value to unsigned int"),
            ('I', 1 << 32, "unsigned int is greater than maximum"),
            ('L', -1, "can't convert negative value to unsigned int"),
            ('Q', -5, "can't convert negative int to unsigned"),
        ];
        for (code, value, want) in cases {
            assert_eq!(
                typecode_overflow_message(code, value),
                want,
                "{code} {value}"
            );
        }
    }
}
