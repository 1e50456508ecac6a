//! NumPy's array constructors: `np.arange`, `np.zeros`/`ones`/`full`, their `*_like`
//! forms, `np.linspace`, and `np.frombuffer`.
//!
//! All but `frombuffer` allocate a fresh buffer with NumPy's dtype inference and its quirks
//! (`arange`'s first two values must fit an integer dtype, `linspace` pins its last value to
//! `stop`); `frombuffer` makes an array over the memory of a `bytes`, `bytearray` or
//! `array.array` without copying. Sizes beyond what viewfinder will allocate are refused.

use crate::exception::ExceptionKind;
use std::rc::Rc;

use crate::eval::call::{CallArgs, as_index_int};
use crate::eval::{EvalError, EvalResult, Interpreter};
use crate::memory::compute;
use crate::memory::{ArrayData, BufferId, DType, Layout, Scalar};
use crate::syntax::Span;
use crate::value::{BufferKind, Rule, Value};

impl Interpreter {
    /// `np.arange([start,] stop[, step], dtype=None)`: integers when every bound is one.
    pub(crate) fn np_arange(&mut self, args: &CallArgs) -> EvalResult<Value> {
        args.reject_unknown_keywords(&["start", "stop", "step", "dtype"])?;
        let span = args.span;
        let numbers: Vec<Value> = args
            .positional
            .iter()
            .take(3)
            .map(|(v, _)| v.clone())
            .collect();
        let dtype_arg = self.optional_dtype_arg(args.get(3, "dtype"), span)?;
        let (start, stop, step) = match &numbers[..] {
            [stop] => (Value::Int(0), stop.clone(), Value::Int(1)),
            [start, stop] => (start.clone(), stop.clone(), Value::Int(1)),
            [start, stop, step] => (start.clone(), stop.clone(), step.clone()),
            _ => match args.keyword("stop") {
                Some(stop) => (
                    args.keyword("start").cloned().unwrap_or(Value::Int(0)),
                    stop.clone(),
                    args.keyword("step").cloned().unwrap_or(Value::Int(1)),
                ),
                None => {
                    return Err(EvalError::type_error(
                        "arange() requires stop to be specified.",
                        span,
                    ));
                }
            },
        };
        let all_ints = [&start, &stop, &step].iter().all(|v| {
            matches!(v, Value::Int(_) | Value::Bool(_))
                || matches!(v, Value::Scalar(d, _) if d.is_integer())
        });
        let (start, stop, step) = (
            numeric(&start, span)?,
            numeric(&stop, span)?,
            numeric(&step, span)?,
        );
        if step.as_f64() == 0.0 {
            return Err(EvalError::new(
                ExceptionKind::ZeroDivisionError,
                "division by zero",
                span,
            ));
        }
        let len = arange_len(start, stop, step, all_ints);
        check_arange_len(len, dtype_arg.unwrap_or(DType::Int64), span)?;
        let len = self.checked_len(len, dtype_arg.unwrap_or(DType::Int64), span)?;
        let inferred = if all_ints {
            DType::Int64
        } else {
            DType::Float64
        };
        let dtype = dtype_arg.unwrap_or(inferred);
        if dtype == DType::Bool && len > 2 {
            let message =
                "arange() is only supported for booleans when the result has at most length 2.";
            return Err(EvalError::type_error(message, span));
        }
        let second = match all_ints {
            true => Scalar::Int(start.as_i64().wrapping_add(step.as_i64())),
            false => Scalar::Float(start.as_f64() + step.as_f64()),
        };
        let first_two = [start, second];
        check_arange_start_fits(&first_two[..len.min(2)], dtype, span)?;
        let id = self.new_buffer_id();
        let data = compute::fill_arange(id, dtype, len, start, second);
        Ok(self.new_array(data, Rule::Constructor("arange"), None))
    }

    /// Refuses arrays beyond what viewfinder will allocate.
    fn checked_len(&self, len: f64, dtype: DType, span: Span) -> EvalResult<usize> {
        let len = if len >= u64::MAX as f64 {
            usize::MAX
        } else {
            len as usize
        };
        crate::eval::limits::check_allocation(&[len], dtype, span)?;
        Ok(len)
    }

    /// `np.zeros`, `np.ones`, `np.full`: a new array of `shape` holding one value.
    pub(crate) fn np_filled(&mut self, name: &'static str, args: &CallArgs) -> EvalResult<Value> {
        args.reject_unknown_keywords(&["shape", "dtype", "fill_value", "order"])?;
        let span = args.span;
        let shape_value = args.require(0, "shape")?.clone();
        let shape = self.shape_value(&shape_value, span)?;
        if shape.iter().any(|&n| n < 0) {
            return Err(EvalError::value_error(
                "negative dimensions are not allowed",
                span,
            ));
        }
        let shape: Vec<usize> = shape.iter().map(|&n| n as usize).collect();
        let (fill, dtype_position) = match name {
            "full" => (args.require(1, "fill_value")?.clone(), 2),
            "ones" => (Value::Int(1), 1),
            _ => (Value::Int(0), 1),
        };
        let dtype = self.optional_dtype_arg(args.get(dtype_position, "dtype"), span)?;
        let dtype = dtype.unwrap_or_else(|| {
            if name == "full" {
                value_dtype(&fill)
            } else {
                DType::Float64
            }
        });
        check_not_too_big(&shape, dtype, span)?;
        self.filled_array(&shape, dtype, &fill, Rule::Constructor(name), span)
    }

    fn filled_array(
        &mut self,
        shape: &[usize],
        dtype: DType,
        fill: &Value,
        rule: Rule,
        span: Span,
    ) -> EvalResult<Value> {
        crate::eval::limits::check_allocation(shape, dtype, span)?;
        let id = self.new_buffer_id();
        let data = ArrayData::zeros(id, dtype, shape);
        let holder = self.operand_holder(fill, span)?;
        let operand = holder
            .operand()
            .ok_or_else(|| EvalError::type_error("fill value must be a number", span))?;
        // NumPy fills with `copyto(casting='unsafe')`, which checks only that a Python int
        // fits; a float (`np.full(3, -1.0, dtype=np.uint8)` is 255s) is cast as an array is.
        let fill_array = match operand {
            compute::Operand::PyFloat(_) | compute::Operand::NumPy(..) => {
                let value = operand.scalar().unwrap_or(Scalar::Int(0));
                Some(ArrayData::from_scalars(
                    BufferId(0),
                    operand.own_dtype(),
                    &[],
                    &[value],
                ))
            }
            _ => None,
        };
        let operand = fill_array.as_ref().map_or(operand, compute::Operand::Array);
        // A new buffer is already all zero bytes, and its pages stay untouched (so unpaid
        // for, as in NumPy) until something writes them.
        if !is_zero_bytes(fill) {
            compute::assign(&data, operand).map_err(|e| EvalError::from_compute(e, span))?;
        }
        Ok(self.new_array(data, rule, None))
    }

    /// `np.zeros_like`, `np.ones_like`, `np.full_like`: the shape and dtype of an array.
    pub(crate) fn np_filled_like(
        &mut self,
        name: &'static str,
        args: &CallArgs,
    ) -> EvalResult<Value> {
        let span = args.span;
        let like = self.array_arg(args, 0, "a")?;
        let fill = match name {
            "full_like" => args.require(1, "fill_value")?.clone(),
            "ones_like" => Value::Int(1),
            _ => Value::Int(0),
        };
        let dtype = self
            .optional_dtype_arg(args.keyword("dtype"), span)?
            .unwrap_or(like.data.dtype);
        let shape = like.data.shape().to_vec();
        self.filled_array(&shape, dtype, &fill, Rule::Constructor(name), span)
    }

    /// `np.linspace(start, stop, num=50, endpoint=True)`.
    pub(crate) fn np_linspace(&mut self, args: &CallArgs) -> EvalResult<Value> {
        args.reject_unknown_keywords(&["start", "stop", "num", "endpoint", "dtype"])?;
        let span = args.span;
        let start = numeric(args.require(0, "start")?, span)?.as_f64();
        let stop = numeric(args.require(1, "stop")?, span)?.as_f64();
        let num = match args.get(2, "num") {
            Some(v) => as_index_int(v, span)?,
            None => 50,
        };
        if num < 0 {
            return Err(EvalError::value_error(
                format!("Number of samples, {num}, must be non-negative."),
                span,
            ));
        }
        let endpoint = match args.get(3, "endpoint") {
            Some(v) => self.truthy(v, span)?,
            None => true,
        };
        let num = self.checked_len(num as f64, DType::Float64, span)?;
        let values = linspace(start, stop, num, endpoint);
        let dtype = self
            .optional_dtype_arg(args.get(5, "dtype"), span)?
            .unwrap_or(DType::Float64);
        let scalars: Vec<Scalar> = values.into_iter().map(Scalar::Float).collect();
        let id = self.new_buffer_id();
        let data = ArrayData::from_scalars(id, dtype, &[num], &scalars);
        Ok(self.new_array(data, Rule::Constructor("linspace"), None))
    }

    /// `np.frombuffer(buffer, dtype, count, offset)`: a view of a buffer object's memory.
    pub(crate) fn np_frombuffer(&mut self, args: &CallArgs) -> EvalResult<Value> {
        args.reject_unknown_keywords(&["buffer", "dtype", "count", "offset"])?;
        let span = args.span;
        let source = args.require(0, "buffer")?.clone();
        let Value::Buffer(object) = &source else {
            return Err(EvalError::type_error(
                "a bytes-like object is required, not '".to_string() + source.type_name() + "'",
                span,
            ));
        };
        let dtype = self
            .optional_dtype_arg(args.get(1, "dtype"), span)?
            .unwrap_or(DType::Float64);
        let offset = match args.get(3, "offset") {
            Some(v) => as_index_int(v, span)?,
            None => 0,
        };
        let total = object.buffer.len() as i64;
        if offset < 0 || offset > total {
            return Err(EvalError::value_error(
                format!("offset must be non-negative and no greater than buffer length ({total})"),
                span,
            ));
        }
        let available = (total - offset) as usize;
        if !available.is_multiple_of(dtype.itemsize()) {
            return Err(EvalError::value_error(
                "buffer size must be a multiple of element size",
                span,
            ));
        }
        let count = match args.get(2, "count") {
            Some(v) => as_index_int(v, span)?,
            None => -1,
        };
        let len = if count < 0 {
            available / dtype.itemsize()
        } else {
            count as usize
        };
        if len * dtype.itemsize() > available {
            return Err(EvalError::value_error(
                "buffer is smaller than requested size",
                span,
            ));
        }
        let layout = Layout::c_contiguous(offset as isize, &[len], dtype.itemsize());
        let data = ArrayData {
            buffer: Rc::clone(&object.buffer),
            layout,
            dtype,
        };
        let (base, writeable) = match object.kind {
            BufferKind::Bytes => (source.clone(), false),
            _ => (Value::MemoryView(Rc::clone(object)), true),
        };
        let rule = Rule::FromBuffer(source.type_name());
        Ok(self.new_foreign_view(data, base, writeable, rule))
    }
}

/// A numeric argument as a scalar.
fn numeric(value: &Value, span: Span) -> EvalResult<Scalar> {
    match value {
        Value::Int(_) | Value::Float(_) | Value::Bool(_) | Value::Scalar(..) => {
            Ok(crate::eval::python::python_scalar(value))
        }
        other => Err(EvalError::type_error(
            format!("unsupported operand type: '{}'", other.type_name()),
            span,
        )),
    }
}

/// The dtype NumPy gives an array filled with `value`.
fn value_dtype(value: &Value) -> DType {
    match value {
        Value::Bool(_) => DType::Bool,
        Value::Float(_) => DType::Float64,
        Value::Scalar(dtype, _) => *dtype,
        Value::Array(a) => a.data.dtype,
        _ => DType::Int64,
    }
}

/// NumPy's `linspace` arithmetic: `arange(num) * step + start`, the last value pinned to `stop`.
fn linspace(start: f64, stop: f64, num: usize, endpoint: bool) -> Vec<f64> {
    let div = if endpoint { num.saturating_sub(1) } else { num } as f64;
    let delta = stop - start;
    let step = delta / div;
    let mut values: Vec<f64> = (0..num)
        .map(|i| {
            if div > 0.0 && step != 0.0 {
                i as f64 * step + start
            } else if div > 0.0 {
                i as f64 / div * delta + start
            } else {
                i as f64 * delta + start
            }
        })
        .collect();
    if endpoint && num > 1 {
        values[num - 1] = stop;
    }
    values
}
/// `np.arange` with an integer dtype converts its first two values (`start`, `start + step`)
/// as Python ints, which must fit; the rest wrap (`np.arange(-3, 3, dtype=np.uint8)` is an
/// `OverflowError`, `np.arange(3, -3, -1, dtype=np.uint8)` ends in 255, 254).
fn check_arange_start_fits(values: &[Scalar], dtype: DType, span: Span) -> EvalResult<()> {
    let Some(range) = dtype.integer_range() else {
        return Ok(());
    };
    let as_python_int = |value: &Scalar| match *value {
        Scalar::Float(x) => x.trunc() as i128,
        Scalar::UInt(u) => i128::from(u),
        other => i128::from(other.as_i64()),
    };
    match values
        .iter()
        .take(2)
        .map(as_python_int)
        .find(|i| !range.contains(i))
    {
        Some(i) => Err(EvalError::new(
            ExceptionKind::OverflowError,
            format!("Python integer {i} out of bounds for {dtype}"),
            span,
        )),
        None => Ok(()),
    }
}

/// NumPy's checks on the length of an `arange`: an `isize`, and so are its bytes.
/// How many elements `np.arange(start, stop, step)` has: `ceil((stop - start) / step)`, exact
/// for integers (Python ints subtract exactly, so `np.arange(2**62, 2**62 + 10, 3)` has 4),
/// never negative.
fn arange_len(start: Scalar, stop: Scalar, step: Scalar, all_ints: bool) -> f64 {
    if all_ints {
        let span = i128::from(stop.as_i64()) - i128::from(start.as_i64());
        let step = i128::from(step.as_i64());
        let len = span / step + i128::from(span % step != 0 && (span < 0) == (step < 0));
        return len.max(0) as f64;
    }
    ((stop.as_f64() - start.as_f64()) / step.as_f64())
        .ceil()
        .max(0.0)
}

fn check_arange_len(len: f64, dtype: DType, span: Span) -> EvalResult<()> {
    if len >= isize::MAX as f64 {
        return Err(EvalError::value_error(
            "Maximum allowed size exceeded",
            span,
        ));
    }
    check_not_too_big(&[len as usize], dtype, span)
}

/// NumPy's check before it allocates: the non-zero dimensions times the item size must fit in
/// an `isize`, even when a zero dimension leaves the array empty (`np.zeros((0, 2**62, 4))`).
pub(crate) fn check_not_too_big(shape: &[usize], dtype: DType, span: Span) -> EvalResult<()> {
    let bytes = shape
        .iter()
        .filter(|&&n| n != 0)
        .try_fold(dtype.itemsize() as isize, |bytes, &n| {
            bytes.checked_mul(isize::try_from(n).ok()?)
        });
    if bytes.is_none() {
        let message = "array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.";
        return Err(EvalError::value_error(message, span));
    }
    Ok(())
}

/// True for fill values stored as all zero bytes in every dtype: `0`, `False`, `0.0` (not
/// `-0.0`, whose sign bit is set).
fn is_zero_bytes(fill: &Value) -> bool {
    match fill {
        Value::Int(0) | Value::Bool(false) => true,
        Value::Float(x) => x.to_bits() == 0,
        _ => false,
    }
}
