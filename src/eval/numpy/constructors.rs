//! NumPy's array constructors: `np.array`/`np.asarray`, `np.arange`, `np.zeros`/`ones`/`full`,
//! their `*_like` forms, `np.linspace`, and `np.frombuffer`.
//!
//! All but `frombuffer` (and `asarray` of something already in memory) allocate a fresh buffer
//! with NumPy's dtype inference and its quirks (`arange`'s first two values must fit an integer
//! dtype, `linspace` pins its last value to `stop`); `frombuffer` makes an array over the
//! memory of a `bytes`, `bytearray` or `array.array` without copying. Sizes beyond what
//! viewfinder will allocate are refused.

use std::rc::Rc;

use crate::eval::args::CallStyle::{CPythonArgs, Positional};
use crate::eval::args::{Args, Native};
use crate::eval::numpy::convert::{CopyRequest, copy_request, is_in_order, order_arg};
use crate::eval::python::as_index_int;
use crate::eval::{EvalError, EvalResult, Interpreter};
use crate::exception::ExceptionKind;
use crate::memory::compute;
use crate::memory::layout::Order;
use crate::memory::{ArrayData, BufferId, DType, Layout, Scalar};
use crate::syntax::Span;
use crate::value::{BufferKind, BufferObject, MemoryViewObject, Rule, Value};

/// NumPy 2's error for `copy=False` when a copy cannot be avoided.
const CANNOT_AVOID_COPY: &str = "Unable to avoid copy while creating an array as requested.\nIf using `np.array(obj, copy=False)` replace it with `np.asarray(obj)` to allow a copy when needed (no behavior change in NumPy 1.x).\nFor more details, see https://numpy.org/devdocs/numpy_2_0_migration_guide.html#adapting-to-changes-in-the-copy-keyword.";

/// `np.array(object, dtype=None, *, copy=True)`.
pub(crate) fn array(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let copy = copy_request(
        vf,
        args.get("copy"),
        CopyRequest::Always,
        args.span_of("copy"),
    )?;
    vf.array_like(args, "object", copy)
}

/// `np.asarray(a, dtype=None, *, copy=None)`.
pub(crate) fn asarray(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let copy = copy_request(
        vf,
        args.get("copy"),
        CopyRequest::IfNeeded,
        args.span_of("copy"),
    )?;
    vf.array_like(args, "a", copy)
}

impl Interpreter {
    /// `np.array`/`np.asarray` of the parameter `name`: the same array when no copy is
    /// needed and none is asked for, a view of a buffer object's memory, or a new array.
    fn array_like(&mut self, args: &Args, name: &str, copy: CopyRequest) -> EvalResult<Value> {
        let span = args.span;
        let object = args.value(name)?.clone();
        let dtype_arg = args.get("dtype");
        if matches!(object, Value::ObjectArray(_)) || super::objects::is_object_dtype(dtype_arg) {
            if args.get("order").is_some() {
                return Err(EvalError::unsupported("order= for object arrays", span));
            }
            return self.object_array_like(&object, dtype_arg, copy == CopyRequest::Always, span);
        }
        let dtype = self.optional_dtype_arg(dtype_arg, args.span_of("dtype"))?;
        let order = order_arg(args.get("order"), Order::K, args.span_of("order"))?;
        if let Value::Array(array) = &object
            && copy != CopyRequest::Always
            && dtype.is_none_or(|d| d == array.data.dtype)
            && is_in_order(&array.data.layout, order)
        {
            return Ok(object.clone());
        }
        if let Value::Buffer(buffer) = &object {
            return self.array_of_buffer_object(&object, buffer, dtype, copy, span);
        }
        if copy == CopyRequest::Never {
            return Err(EvalError::value_error(CANNOT_AVOID_COPY, span));
        }
        let data = match &object {
            Value::Array(array) => {
                let dtype = dtype.unwrap_or(array.data.dtype);
                let id = self.allocate(array.data.shape(), dtype, span)?;
                compute::cast_in_order(&array.data, dtype, id, order)
                    .map_err(|e| EvalError::from_compute(e, span))?
            }
            _ => self.new_array_data_in(&object, dtype, order, span)?,
        };
        let text = self.text(span);
        let (rule, source) = match &object {
            Value::Array(array) => (Rule::ArrayCopy, Some((array, text))),
            Value::List(_) | Value::Tuple(_) => (Rule::ArrayFromList, None),
            _ => (Rule::ArrayFromOther, None),
        };
        Ok(self.new_array(data, rule, source))
    }

    /// `np.array(list, order=)`: the values discovered as NumPy does, laid out in `order`
    /// (only F differs from C for a new array).
    fn new_array_data_in(
        &mut self,
        object: &Value,
        dtype: Option<DType>,
        order: Order,
        span: Span,
    ) -> EvalResult<ArrayData> {
        if order != Order::F {
            return self.array_data_from(object, dtype, span);
        }
        let scratch = self.scratch_array_from_as(object, dtype, span)?;
        let id = self.allocate(scratch.shape(), scratch.dtype, span)?;
        compute::cast_in_order(&scratch, scratch.dtype, id, Order::F)
            .map_err(|e| EvalError::from_compute(e, span))
    }

    /// `np.asarray(bytearray)` looks into the object's memory, as `np.frombuffer` does;
    /// `np.array(bytearray)` copies its items. `bytes` become NumPy's `S` dtype, which
    /// viewfinder does not model yet.
    fn array_of_buffer_object(
        &mut self,
        object: &Value,
        buffer: &Rc<BufferObject>,
        dtype: Option<DType>,
        copy: CopyRequest,
        span: Span,
    ) -> EvalResult<Value> {
        if buffer.kind == BufferKind::Bytes {
            return Err(EvalError::unsupported(
                "an array of a bytes object (dtype 'S')",
                span,
            ));
        }
        if let (BufferKind::ArrayModule(code @ ('q' | 'Q'), _), None) = (buffer.kind, dtype) {
            let what = format!("an array of an array.array('{code}') (NumPy's longlong types)");
            return Err(EvalError::unsupported(what, span));
        }
        let item = buffer.item_dtype();
        if copy == CopyRequest::Always || dtype.is_some_and(|d| d != item) {
            if copy == CopyRequest::Never {
                return Err(EvalError::value_error(CANNOT_AVOID_COPY, span));
            }
            let data = self.array_data_from(object, dtype, span)?;
            return Ok(self.new_array(data, Rule::ArrayFromOther, None));
        }
        let layout = Layout::c_contiguous(0, &[buffer.len()], item.itemsize());
        let data = ArrayData {
            buffer: Rc::clone(&buffer.buffer),
            layout,
            dtype: item,
        };
        let base = Value::MemoryView(BufferObject::new_memoryview(buffer));
        Ok(self.new_foreign_view(data, base, true, Rule::FromBuffer(object.type_name())))
    }
}

/// `np.arange([start,] stop[, step], dtype=None)`: integers when every bound is one.
pub(crate) fn arange(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let span = args.span;
    let requires_stop = || {
        let message = "arange() requires stop to be specified.";
        EvalError::type_error(message, span)
    };
    // NumPy's `array_arange`: a lone `stop=` is the stop; a missing stop makes the first
    // argument the stop, which must then have been given by position.
    let (first, stop) = match (args.get("start"), args.get("stop")) {
        (_, None) if args.positional_count == 0 => return Err(requires_stop()),
        (None, Some(stop)) => (Some(stop), None),
        (first, stop) => (first, stop),
    };
    let first = first.cloned().ok_or_else(requires_stop)?;
    let (start, stop) = match stop {
        None | Some(Value::None) => (Value::Int(0), first),
        Some(stop) => (first, stop.clone()),
    };
    let step = match args.get("step") {
        None | Some(Value::None) => Value::Int(1),
        Some(step) => step.clone(),
    };
    if super::objects::is_object_dtype(args.get("dtype")) {
        return vf.object_arange(&start, &stop, &step, span);
    }
    let dtype = vf.optional_dtype_arg(args.get("dtype"), args.span_of("dtype"))?;
    vf.arange(start, stop, step, dtype, span)
}

impl Interpreter {
    fn arange(
        &mut self,
        start: Value,
        stop: Value,
        step: Value,
        dtype_arg: Option<DType>,
        span: Span,
    ) -> EvalResult<Value> {
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
        let id = self.allocate(&[len], dtype, span)?;
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
}

/// `np.zeros(shape, dtype=float)`.
pub(crate) fn zeros(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    vf.filled(args, "zeros", &Value::Int(0))
}

/// `np.ones(shape, dtype=float)`.
pub(crate) fn ones(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    vf.filled(args, "ones", &Value::Int(1))
}

/// `np.full(shape, fill_value, dtype=None)`: the dtype of the fill value unless given.
pub(crate) fn full(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let fill = args.value("fill_value")?.clone();
    vf.filled(args, "full", &fill)
}

/// `np.zeros_like(a, dtype=None)`.
pub(crate) fn zeros_like(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    vf.filled_like(args, "zeros_like", &Value::Int(0))
}

/// `np.ones_like(a, dtype=None)`.
pub(crate) fn ones_like(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    vf.filled_like(args, "ones_like", &Value::Int(1))
}

/// `np.full_like(a, fill_value, dtype=None)`.
pub(crate) fn full_like(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let fill = args.value("fill_value")?.clone();
    vf.filled_like(args, "full_like", &fill)
}

impl Interpreter {
    /// `np.zeros`, `np.ones`, `np.full`: a new array of `shape` holding one value.
    fn filled(&mut self, args: &Args, name: &'static str, fill: &Value) -> EvalResult<Value> {
        let span = args.span;
        let shape = self.shape_value(args.value("shape")?, args.span_of("shape"))?;
        if shape.iter().any(|&n| n < 0) {
            let message = "negative dimensions are not allowed";
            return Err(EvalError::value_error(message, span));
        }
        let shape: Vec<usize> = shape.iter().map(|&n| n as usize).collect();
        if super::objects::is_object_dtype(args.get("dtype")) {
            if args.get("order").is_some() {
                return Err(EvalError::unsupported("order= for object arrays", span));
            }
            return self.filled_object_array(&shape, fill, name, span);
        }
        let dtype = self.optional_dtype_arg(args.get("dtype"), args.span_of("dtype"))?;
        let dtype = dtype.unwrap_or_else(|| match name {
            "full" => value_dtype(fill),
            _ => DType::Float64,
        });
        check_not_too_big(&shape, dtype, span)?;
        let layout = match order_arg(args.get("order"), Order::C, args.span_of("order"))? {
            Order::C => Layout::new_array(&shape, dtype.itemsize()),
            Order::F => Layout::new_array_f(&shape, dtype.itemsize()),
            _ => {
                let message = "only 'C' or 'F' order is permitted";
                return Err(EvalError::value_error(message, args.span_of("order")));
            }
        };
        self.filled_array(layout, dtype, fill, Rule::Constructor(name), span)
    }

    /// `np.zeros_like`, `np.ones_like`, `np.full_like`: the shape and dtype of an array.
    fn filled_like(&mut self, args: &Args, name: &'static str, fill: &Value) -> EvalResult<Value> {
        let like = self.array_param(args, "a")?;
        let dtype = self
            .optional_dtype_arg(args.get("dtype"), args.span_of("dtype"))?
            .unwrap_or(like.data.dtype);
        let order = order_arg(args.get("order"), Order::K, args.span_of("order"))?;
        let layout = Layout::new_array_in(
            like.data.shape(),
            dtype.itemsize(),
            order,
            &like.data.layout,
        );
        self.filled_array(layout, dtype, fill, Rule::Constructor(name), args.span)
    }

    fn filled_array(
        &mut self,
        layout: Layout,
        dtype: DType,
        fill: &Value,
        rule: Rule,
        span: Span,
    ) -> EvalResult<Value> {
        let id = self.allocate(&layout.shape, dtype, span)?;
        let data = ArrayData::zeros_in(id, dtype, layout);
        let holder = self.operand_holder(fill, span)?;
        let operand = holder.operand().ok_or_else(|| {
            let what = format!(
                "a fill value of type {} (NumPy's string and object dtypes)",
                fill.type_name()
            );
            EvalError::unsupported(what, span)
        })?;
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
}

/// `np.linspace(start, stop, num=50, endpoint=True, dtype=None)`.
pub(crate) fn linspace(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let span = args.span;
    let start = numeric(args.value("start")?, args.span_of("start"))?.as_f64();
    let stop = numeric(args.value("stop")?, args.span_of("stop"))?.as_f64();
    let num = match args.get("num") {
        Some(v) => as_index_int(v, args.span_of("num"))?,
        None => 50,
    };
    if num < 0 {
        let message = format!("Number of samples, {num}, must be non-negative.");
        return Err(EvalError::value_error(message, span));
    }
    let endpoint = match args.get("endpoint") {
        Some(v) => vf.truthy(v, span)?,
        None => true,
    };
    let num = vf.checked_len(num as f64, DType::Float64, span)?;
    let values = linspace_values(start, stop, num, endpoint);
    let dtype = vf
        .optional_dtype_arg(args.get("dtype"), args.span_of("dtype"))?
        .unwrap_or(DType::Float64);
    let floor = dtype.is_integer();
    let scalars: Vec<Scalar> = values
        .into_iter()
        .map(|x| Scalar::Float(if floor { x.floor() } else { x }))
        .collect();
    let id = vf.allocate(&[num], dtype, span)?;
    let data = ArrayData::from_scalars(id, dtype, &[num], &scalars);
    let rule = Rule::Constructor("linspace");
    // NumPy computes float64 samples into a temporary and returns a view of it when it divides
    // the interval (into `num - 1` steps with the endpoint, `num` without); other dtypes are
    // cast into an array of their own.
    let divisions = if endpoint { num.saturating_sub(1) } else { num };
    if divisions == 0 || dtype != DType::Float64 {
        return Ok(vf.new_array(data, rule, None));
    }
    let layout = data.layout.clone();
    Ok(vf.new_array_over_temporary(data, layout, rule))
}

/// `np.frombuffer(buffer, dtype=float, count=-1, offset=0)`: a view of a buffer object's memory.
pub(crate) fn frombuffer(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let span = args.span;
    let source = args.value("buffer")?.clone();
    if let Value::MemoryView(view) = &source {
        return frombuffer_memoryview(vf, args, view);
    }
    let Value::Buffer(object) = &source else {
        let message = format!(
            "a bytes-like object is required, not '{}'",
            source.type_name()
        );
        return Err(EvalError::type_error(message, span));
    };
    let (dtype, offset, count) = frombuffer_arguments(vf, args)?;
    let layout = frombuffer_layout(object.buffer.len() as i64, dtype, offset, count, span)?;
    let data = ArrayData {
        buffer: Rc::clone(&object.buffer),
        layout,
        dtype,
    };
    let (base, writeable) = match object.kind {
        BufferKind::Bytes => (source.clone(), false),
        _ => (
            Value::MemoryView(BufferObject::new_memoryview(object)),
            true,
        ),
    };
    let rule = Rule::FromBuffer(source.type_name());
    Ok(vf.new_foreign_view(data, base, writeable, rule))
}

/// `np.frombuffer(m)` of a memoryview: its bytes (it must be C-contiguous), with a new view
/// of the same memory as the array's base, as NumPy makes one.
fn frombuffer_memoryview(
    vf: &mut Interpreter,
    args: &Args,
    view: &Rc<MemoryViewObject>,
) -> EvalResult<Value> {
    let span = args.span;
    let memory = crate::eval::python::memoryview::live_memory(view, span)?;
    if !memory.layout.is_c_contiguous() {
        let message = "memoryview: underlying buffer is not C-contiguous";
        return Err(EvalError::new(ExceptionKind::BufferError, message, span));
    }
    let (dtype, offset, count) = frombuffer_arguments(vf, args)?;
    let nbytes = (memory.layout.size() * memory.layout.itemsize) as i64;
    let mut layout = frombuffer_layout(nbytes, dtype, offset, count, span)?;
    layout.offset += memory.layout.offset;
    let data = ArrayData {
        buffer: Rc::clone(&memory.buffer),
        layout,
        dtype,
    };
    let base = MemoryViewObject::new(view.obj.clone(), view.format, view.readonly, memory);
    let rule = Rule::FromBuffer("memoryview");
    Ok(vf.new_foreign_view(data, Value::MemoryView(base), !view.readonly, rule))
}

/// `np.frombuffer`'s `dtype`, `offset` and `count`.
fn frombuffer_arguments(vf: &mut Interpreter, args: &Args) -> EvalResult<(DType, i64, i64)> {
    let dtype = vf
        .optional_dtype_arg(args.get("dtype"), args.span_of("dtype"))?
        .unwrap_or(DType::Float64);
    let offset = match args.get("offset") {
        Some(v) => as_index_int(v, args.span_of("offset"))?,
        None => 0,
    };
    let count = match args.get("count") {
        Some(v) => as_index_int(v, args.span_of("count"))?,
        None => -1,
    };
    Ok((dtype, offset, count))
}

/// The layout `np.frombuffer` reads: `count` items (all, when negative) from byte `offset`.
fn frombuffer_layout(
    total: i64,
    dtype: DType,
    offset: i64,
    count: i64,
    span: Span,
) -> EvalResult<Layout> {
    if offset < 0 || offset > total {
        let message =
            format!("offset must be non-negative and no greater than buffer length ({total})");
        return Err(EvalError::value_error(message, span));
    }
    let available = (total - offset) as usize;
    if !available.is_multiple_of(dtype.itemsize()) && count < 0 {
        return Err(EvalError::value_error(
            "buffer size must be a multiple of element size",
            span,
        ));
    }
    let len = if count < 0 {
        available / dtype.itemsize()
    } else {
        count as usize
    };
    if len.saturating_mul(dtype.itemsize()) > available {
        return Err(EvalError::value_error(
            "buffer is smaller than requested size",
            span,
        ));
    }
    Ok(Layout::c_contiguous(
        offset as isize,
        &[len],
        dtype.itemsize(),
    ))
}

/// The NumPy scalar types as callables (`np.int8(5)`): rows by the argument errors each
/// family words differently.
#[rustfmt::skip]
pub(crate) static SCALAR_TYPES: [Native; 3] = [
    Native::new("int8", "(value=0, /)", CPythonArgs, &["value"], scalar_type).named(""),
    Native::new("float64", "(value=0, /)", Positional, &["value"], scalar_type).named("float"),
    Native::new("bool", "(value=False, /)", CPythonArgs, &["value"], scalar_type).named("bool_"),
];

/// The row that binds a call of the scalar type `dtype`.
pub(crate) fn scalar_type_row(dtype: DType) -> &'static Native {
    match dtype {
        DType::Float64 => &SCALAR_TYPES[1],
        DType::Bool => &SCALAR_TYPES[2],
        _ => &SCALAR_TYPES[0],
    }
}

/// `np.int8(5)`, `np.float32(0.1)`, `np.int8([1, 2])`: the scalar type is the receiver.
fn scalar_type(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let Value::ScalarType(dtype) = args.receiver()? else {
        return Err(EvalError::type_error("not a NumPy scalar type", args.span));
    };
    let dtype = *dtype;
    let span = args.span;
    let value = args.get("value").cloned().unwrap_or(Value::Int(0));
    if let (Value::Int(i), Some(range)) = (&value, dtype.integer_range())
        && !range.contains(&(*i as i128))
    {
        let message = format!("Python integer {i} out of bounds for {dtype}");
        return Err(EvalError::new(ExceptionKind::OverflowError, message, span));
    }
    let data = vf.array_data_from(&value, Some(dtype), span)?;
    if data.shape().is_empty() {
        return Ok(Value::Scalar(dtype, data.get(&[])));
    }
    Ok(vf.new_array(data, Rule::Constructor(dtype.name()), None))
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
fn linspace_values(start: f64, stop: f64, num: usize, endpoint: bool) -> Vec<f64> {
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
