//! Turning Python values into arrays, and making new array objects.
//!
//! `np.array([[1, 2], [3, 4]])` discovers a shape and a dtype from nested lists exactly as
//! NumPy does (Python ints are int64, floats float64, bools bool; NumPy scalars and arrays
//! bring their own dtype), and always copies. New array objects get their `base`, writeable
//! flag and provenance here, so every view and copy is made the same way.

use std::rc::{Rc, Weak};

use crate::eval::args::Args;
use crate::eval::{EvalError, EvalResult, Interpreter};
use crate::memory::Layout;
use crate::memory::compute;
use crate::memory::layout::Order;
use crate::memory::{ArrayData, BufferId, DType, Scalar};
use crate::syntax::Span;
use crate::value::{ArrayObject, BufferKind, BufferObject, Origin, Rule, Value};

/// What `copy=` asks (NumPy 2's meaning, for `np.array`, `np.asarray`, `reshape`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum CopyRequest {
    /// `copy=True`: always a new buffer.
    Always,
    /// `copy=None`: a new buffer only when needed.
    IfNeeded,
    /// `copy=False`: never; `ValueError` when a copy would be needed.
    Never,
}

/// The `copy=` argument (`default` when absent).
pub(crate) fn copy_request(
    vf: &mut Interpreter,
    value: Option<&Value>,
    default: CopyRequest,
    span: Span,
) -> EvalResult<CopyRequest> {
    Ok(match value {
        None => default,
        Some(Value::None) => CopyRequest::IfNeeded,
        Some(value) => match vf.truthy(value, span)? {
            true => CopyRequest::Always,
            false => CopyRequest::Never,
        },
    })
}

/// An `order=` argument: `'C'`, `'F'`, `'A'`, `'K'` (either case), `default` when absent or
/// `None`, NumPy's errors otherwise.
pub(crate) fn order_arg(value: Option<&Value>, default: Order, span: Span) -> EvalResult<Order> {
    match value {
        None | Some(Value::None) => Ok(default),
        Some(Value::Str(text)) => Order::parse(text).ok_or_else(|| {
            let message = format!(
                "order must be one of 'C', 'F', 'A', or 'K' (got {})",
                crate::format::py_str_repr(text)
            );
            EvalError::value_error(message, span)
        }),
        Some(other) => {
            let message = format!("order must be str, not {}", other.type_name());
            Err(EvalError::type_error(message, span))
        }
    }
}

/// True when an array laid out as `layout` already is in `order` (`np.asarray(a, order=)`
/// then returns `a` itself).
pub(crate) fn is_in_order(layout: &Layout, order: Order) -> bool {
    match order {
        Order::C => layout.is_c_contiguous(),
        Order::F => layout.is_f_contiguous(),
        Order::A => layout.is_c_contiguous() || layout.is_f_contiguous(),
        Order::K => true,
    }
}

/// True when `value` is a number, or a list/tuple/range nest whose leaves are numbers or arrays.
pub fn is_numeric_nest(value: &Value) -> bool {
    match value {
        Value::Bool(_) | Value::Int(_) | Value::Float(_) | Value::Scalar(..) | Value::Array(_) => {
            true
        }
        Value::Range(..) => true,
        Value::List(items) => items.borrow().iter().all(is_numeric_nest),
        Value::Tuple(items) => items.iter().all(is_numeric_nest),
        _ => false,
    }
}

/// Leaves of a nest, flattened in C order, with the dtype each would have on its own.
struct Discovered {
    shape: Vec<usize>,
    leaves: Vec<(Scalar, Leaf)>,
    /// The dtypes of the arrays in the nest: an empty one has no leaves, yet its dtype counts
    /// (`np.array([np.arange(0)])` is int64).
    array_dtypes: Vec<DType>,
}

/// What kind of value a leaf was: Python's ints range-check against an explicit dtype.
#[derive(Clone, Copy, PartialEq)]
enum Leaf {
    PyInt,
    PyFloat,
    Typed(DType),
}

impl Interpreter {
    /// A new array (always a fresh buffer) from any array-like value, as `np.array(value, dtype)`.
    pub(crate) fn array_data_from(
        &mut self,
        value: &Value,
        dtype: Option<DType>,
        span: Span,
    ) -> EvalResult<ArrayData> {
        if let Value::Array(array) = value {
            let dtype_out = dtype.unwrap_or(array.data.dtype);
            let id = self.allocate(array.data.shape(), dtype_out, span)?;
            return compute::cast_keeping_order(&array.data, dtype_out, id)
                .map_err(|e| EvalError::from_compute(e, span));
        }
        if let Value::Buffer(object) = value {
            return self.array_data_from_buffer(object, dtype, span);
        }
        let discovered = discover(value, span)?;
        if discovered.shape.len() > crate::eval::limits::MAX_DIMS {
            let message = format!(
                "setting an array element with a sequence. The requested array would exceed the maximum number of dimension of {}.",
                crate::eval::limits::MAX_DIMS
            );
            return Err(EvalError::value_error(message, span));
        }
        let inferred = discovered
            .leaves
            .iter()
            .map(|(_, leaf)| leaf_dtype(*leaf))
            .chain(discovered.array_dtypes.iter().copied())
            .reduce(DType::promote);
        let dtype = dtype.or(inferred).unwrap_or(DType::Float64);
        check_python_ints_fit(&discovered, dtype, span)?;
        crate::eval::cancel::check(span)?;
        let values: Vec<Scalar> = discovered.leaves.iter().map(|(s, _)| *s).collect();
        let id = self.allocate(&discovered.shape, dtype, span)?;
        Ok(ArrayData::from_scalars(
            id,
            dtype,
            &discovered.shape,
            &values,
        ))
    }

    /// `np.array(buffer)`: an `array.array` or `bytearray` keeps its item type through the
    /// buffer protocol (`array('H')` gives uint16), then casts unsafely to `dtype`; `bytes`
    /// goes through its items as Python ints.
    fn array_data_from_buffer(
        &mut self,
        object: &BufferObject,
        dtype: Option<DType>,
        span: Span,
    ) -> EvalResult<ArrayData> {
        let items = object.items();
        if object.kind == BufferKind::Bytes {
            let ints = items.into_iter().map(|s| scalar_to_python(s, span));
            let list = ints.collect::<EvalResult<Vec<Value>>>()?;
            return self.array_data_from(&Value::List(Rc::new(list.into())), dtype, span);
        }
        let item_dtype = object.item_dtype();
        let typed = ArrayData::from_scalars(BufferId(0), item_dtype, &[items.len()], &items);
        let id = self.allocate(&[items.len()], dtype.unwrap_or(item_dtype), span)?;
        compute::cast(&typed, dtype.unwrap_or(item_dtype), id)
            .map_err(|e| EvalError::from_compute(e, span))
    }

    /// An array-like as array data that no name will ever hold (a list used as an index or an
    /// operand): it takes no buffer id, so the ids users see stay consecutive.
    pub(crate) fn scratch_array_from(
        &mut self,
        value: &Value,
        span: Span,
    ) -> EvalResult<ArrayData> {
        self.scratch_array_from_as(value, None, span)
    }

    /// Like [`Interpreter::scratch_array_from`], converted to `dtype` when given.
    pub(crate) fn scratch_array_from_as(
        &mut self,
        value: &Value,
        dtype: Option<DType>,
        span: Span,
    ) -> EvalResult<ArrayData> {
        let next = self.buffers.mark();
        let data = self.array_data_from(value, dtype, span);
        self.buffers.rewind(next);
        data
    }

    /// Wraps data that owns its buffer as a new array object.
    pub(crate) fn new_array(
        &mut self,
        data: ArrayData,
        rule: Rule,
        source: Option<(&Rc<ArrayObject>, String)>,
    ) -> Value {
        Value::Array(self.new_array_object(data, rule, source))
    }

    /// Like [`Interpreter::new_array`], as the array object itself.
    pub(crate) fn new_array_object(
        &mut self,
        data: ArrayData,
        rule: Rule,
        source: Option<(&Rc<ArrayObject>, String)>,
    ) -> Rc<ArrayObject> {
        Rc::new(ArrayObject {
            data,
            writeable: std::cell::Cell::new(true),
            base: None,
            origin: origin(rule, source),
        })
    }

    /// The argument for parameter `name` as an array object (array-likes converted, as
    /// `np.asarray` converts them).
    pub(crate) fn array_param(&mut self, args: &Args, name: &str) -> EvalResult<Rc<ArrayObject>> {
        let value = args.value(name)?.clone();
        self.as_array_object(&value, args.span_of(name))
    }

    /// The array a method was called on.
    pub(crate) fn receiver_array(&mut self, args: &Args) -> EvalResult<Rc<ArrayObject>> {
        let receiver = args.receiver()?.clone();
        self.as_array_object(&receiver, args.span)
    }

    /// Any array-like as an array object: arrays as they are, everything else converted.
    pub(crate) fn as_array_object(
        &mut self,
        value: &Value,
        span: Span,
    ) -> EvalResult<Rc<ArrayObject>> {
        if let Value::Array(array) = value {
            return Ok(Rc::clone(array));
        }
        let data = self.array_data_from(value, None, span)?;
        Ok(self.new_array_object(data, Rule::ConvertedToArray, None))
    }

    /// A view of `source` with a new layout: base collapses to the owner, as NumPy does, and a
    /// view of a read-only array is read-only.
    pub(crate) fn new_view(
        &mut self,
        source: &Rc<ArrayObject>,
        data: ArrayData,
        rule: Rule,
        text: String,
    ) -> Value {
        let base = view_base(source);
        let origin = origin(rule, Some((source, text)));
        let writeable = std::cell::Cell::new(source.writeable.get());
        Value::Array(Rc::new(ArrayObject {
            data,
            writeable,
            base: Some(base),
            origin,
        }))
    }

    /// A view that is never writeable, whatever `source` allows (`diagonal()`,
    /// `np.broadcast_to`).
    pub(crate) fn new_read_only_view(
        &mut self,
        source: &Rc<ArrayObject>,
        data: ArrayData,
        rule: Rule,
        text: String,
    ) -> Value {
        let view = self.new_view(source, data, rule, text);
        if let Value::Array(array) = &view {
            array.writeable.set(false);
        }
        view
    }

    /// An array whose `base` is something other than an array (a memoryview or `bytes`).
    pub(crate) fn new_foreign_view(
        &mut self,
        data: ArrayData,
        base: Value,
        writeable: bool,
        rule: Rule,
    ) -> Value {
        let origin = origin(rule, None);
        let writeable = std::cell::Cell::new(writeable);
        Value::Array(Rc::new(ArrayObject {
            data,
            writeable,
            base: Some(base),
            origin,
        }))
    }

    /// A new array seen through `view` over a hidden temporary, its `.base`, as NumPy returns
    /// from `np.linspace`: new all the same (no name reached that memory before).
    pub(crate) fn new_array_over_temporary(
        &mut self,
        temporary: ArrayData,
        view: crate::memory::Layout,
        rule: Rule,
    ) -> Value {
        let dtype = temporary.dtype;
        let data = temporary.with_layout(view, dtype);
        let hidden = self.new_array(temporary, rule, None);
        Value::Array(Rc::new(ArrayObject {
            data,
            writeable: std::cell::Cell::new(true),
            base: Some(hidden),
            origin: origin(rule, None),
        }))
    }

    /// A copy whose `.base` is a hidden temporary, as NumPy returns from reshaping a
    /// non-contiguous array or from some fancy indexing: a copy all the same.
    pub(crate) fn new_copy_with_hidden_base(
        &mut self,
        temporary: ArrayData,
        view: crate::memory::Layout,
        rule: Rule,
        source: (&Rc<ArrayObject>, String),
    ) -> Value {
        let dtype = temporary.dtype;
        let data = temporary.with_layout(view, dtype);
        let hidden = self.new_array(temporary, rule, None);
        let origin = origin(rule, Some(source));
        let object = ArrayObject {
            data,
            writeable: std::cell::Cell::new(true),
            base: Some(hidden),
            origin,
        };
        Value::Array(Rc::new(object))
    }

    /// Reads a `dtype=` argument that may be absent: `None` when absent or `None`.
    pub(crate) fn optional_dtype_arg(
        &self,
        value: Option<&Value>,
        span: Span,
    ) -> EvalResult<Option<DType>> {
        value.map_or(Ok(None), |value| self.dtype_arg(value, span))
    }

    /// Reads a `dtype=` argument: a name (`'int8'`), `np.int8`, a dtype, or `int`/`float`/`bool`.
    /// A dtype NumPy has but viewfinder does not model (`complex`, `'U5'`, `'>i4'`) is refused
    /// honestly.
    pub(crate) fn dtype_arg(&self, value: &Value, span: Span) -> EvalResult<Option<DType>> {
        match value {
            Value::None => Ok(None),
            Value::DType(dtype) | Value::ScalarType(dtype) => Ok(Some(*dtype)),
            Value::Str(name) => match DType::parse(name) {
                Some(dtype) => Ok(Some(dtype)),
                None if numpy_understands(name) => {
                    Err(unmodelled_dtype(&crate::format::py_str_repr(name), span))
                }
                None => {
                    let message = format!(
                        "data type {} not understood",
                        crate::format::py_str_repr(name)
                    );
                    Err(EvalError::type_error(message, span))
                }
            },
            Value::Class("int") => Ok(Some(DType::Int64)),
            Value::Class("float") => Ok(Some(DType::Float64)),
            Value::Class("bool") => Ok(Some(DType::Bool)),
            Value::Class(name @ ("str" | "bytes" | "complex" | "object" | "dict")) => {
                Err(unmodelled_dtype(name, span))
            }
            Value::List(_) | Value::Tuple(_) => Err(EvalError::unsupported(
                "structured dtypes (a list of fields)",
                span,
            )),
            Value::Dict(_) => Err(EvalError::unsupported(
                "structured dtypes (a dict of fields)",
                span,
            )),
            Value::Function(_) => {
                let shown = value.to_repr();
                if !shown.starts_with("<built-in function") && !shown.starts_with("<ufunc") {
                    // NumPy's message shows the function's address.
                    let what = "dtype= given a function NumPy defines in Python or a method";
                    return Err(EvalError::unsupported(what, span));
                }
                let message = format!("Cannot interpret '{shown}' as a data type");
                Err(EvalError::type_error(message, span))
            }
            Value::Module(_) => Err(EvalError::unsupported(
                "dtype= given a module (NumPy's message shows where the module's file is)",
                span,
            )),
            other => {
                let message = format!("Cannot interpret '{}' as a data type", other.to_repr());
                Err(EvalError::type_error(message, span))
            }
        }
    }
}

/// `NotImplementedError` for a dtype NumPy has and viewfinder does not model yet.
fn unmodelled_dtype(shown: &str, span: Span) -> EvalError {
    EvalError::unsupported(format!("the dtype {shown}"), span)
}

/// NumPy's dtype names that viewfinder does not model (`np.sctypeDict`'s other keys).
const OTHER_NUMPY_DTYPE_NAMES: &[&str] = &[
    "a",
    "bytes",
    "bytes_",
    "cdouble",
    "clongdouble",
    "complex",
    "complex128",
    "complex256",
    "complex64",
    "csingle",
    "datetime64",
    "float128",
    "float16",
    "half",
    "longdouble",
    "object",
    "object_",
    "str",
    "str_",
    "timedelta64",
    "unicode",
    "void",
];

/// True when `text` is a dtype NumPy reads: one of its names, or a type code with a byte order
/// and a size (`'>i4'`, `'U10'`, `'M8[ns]'`), or fields (`'i4,f8'`).
fn numpy_understands(text: &str) -> bool {
    let code = text.trim_start_matches(['<', '>', '=', '|']);
    let unit_stripped = code.split('[').next().unwrap_or(code);
    if OTHER_NUMPY_DTYPE_NAMES.contains(&unit_stripped) || text.contains(',') {
        return true;
    }
    let mut chars = code.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    let rest = chars.as_str();
    let sized = rest.chars().all(|c| c.is_ascii_digit());
    let dated = matches!(first, 'M' | 'm')
        && rest
            .trim_start_matches(|c: char| c.is_ascii_digit())
            .starts_with('[');
    "?bBhHiIlLqQpPnNefdgFDGSaUVOMmc".contains(first) && (sized || dated)
}

/// The `.base` a new view of `source` gets: the source if it owns its data or its base is not
/// an array, otherwise the source's own base (already collapsed to the owner).
fn view_base(source: &Rc<ArrayObject>) -> Value {
    match &source.base {
        Some(base @ Value::Array(_)) => base.clone(),
        _ => Value::Array(Rc::clone(source)),
    }
}

fn origin(rule: Rule, source: Option<(&Rc<ArrayObject>, String)>) -> Origin {
    let (source, source_owner, source_text) = match source {
        Some((array, text)) => {
            let owner = match &array.base {
                Some(Value::Array(owner)) => Some(Rc::downgrade(owner)),
                _ => None,
            };
            (Some(Rc::downgrade(array)), owner, Some(text))
        }
        None => (None::<Weak<ArrayObject>>, None, None),
    };
    Origin {
        rule,
        source,
        source_owner,
        source_text,
    }
}

/// A NumPy element as the Python value `.tolist()` gives; a uint64 above 2**63 - 1 is beyond
/// viewfinder's 64-bit Python ints.
pub fn scalar_to_python(value: Scalar, span: Span) -> EvalResult<Value> {
    Ok(match value {
        Scalar::Bool(b) => Value::Bool(b),
        Scalar::Int(i) => Value::Int(i),
        Scalar::UInt(u) => {
            Value::Int(i64::try_from(u).map_err(|_| crate::eval::expr::overflow(span))?)
        }
        Scalar::Float(x) => Value::Float(x),
    })
}

fn leaf_dtype(leaf: Leaf) -> DType {
    match leaf {
        Leaf::PyInt => DType::Int64,
        Leaf::PyFloat => DType::Float64,
        Leaf::Typed(dtype) => dtype,
    }
}

/// Finds the shape and leaves of a nest, refusing ragged ones with NumPy's message.
fn discover(value: &Value, span: Span) -> EvalResult<Discovered> {
    let mut found = Discovered {
        shape: Vec::new(),
        leaves: Vec::new(),
        array_dtypes: Vec::new(),
    };
    let shape = discover_into(value, 0, &mut found, span)?;
    found.shape = shape.unwrap_or_default();
    Ok(found)
}

fn discover_into(
    value: &Value,
    depth: usize,
    found: &mut Discovered,
    span: Span,
) -> EvalResult<Option<Vec<usize>>> {
    let leaves = &mut found.leaves;
    if depth > 32 {
        return Err(EvalError::value_error(
            "maximum supported dimension for an ndarray is currently 64, found 65",
            span,
        ));
    }
    let items: Vec<Value> = match value {
        Value::Bool(b) => return push_leaf(leaves, Scalar::Bool(*b), Leaf::Typed(DType::Bool)),
        Value::Int(i) => return push_leaf(leaves, Scalar::Int(*i), Leaf::PyInt),
        Value::Float(x) => {
            return push_leaf(leaves, Scalar::Float(*x), Leaf::PyFloat);
        }
        Value::Scalar(dtype, s) => return push_leaf(leaves, *s, Leaf::Typed(*dtype)),
        Value::Array(array) => {
            found.array_dtypes.push(array.data.dtype);
            // A 0-d array stands beside scalars as one element (`[np.array(0), 1]`).
            let shape = push_array(&mut found.leaves, array);
            return Ok((!shape.is_empty()).then_some(shape));
        }
        Value::List(items) => items.borrow().clone(),
        Value::Tuple(items) => items.to_vec(),
        Value::Range(start, stop, step) => {
            crate::eval::python::checked_sequence_len(
                crate::eval::python::range_len(*start, *stop, *step),
                span,
            )?;
            crate::eval::python::range_items(value)
                .map(|i| crate::eval::cancel::checked(Value::Int(i), span))
                .collect::<EvalResult<_>>()?
        }
        Value::Set(_) | Value::FrozenSet(_) | Value::Dict(_) => {
            let what = format!(
                "an array of a {} (NumPy makes a 0-d object array)",
                value.type_name()
            );
            return Err(EvalError::unsupported(what, span));
        }
        other => {
            return Err(EvalError::unsupported(
                format!("an array of {} items", other.type_name()),
                span,
            ));
        }
    };
    let mut inner: Option<Option<Vec<usize>>> = None;
    for item in &items {
        crate::eval::cancel::check(span)?;
        let shape = discover_into(item, depth + 1, found, span)
            .map_err(|error| with_outer_length(error, items.len()))?;
        match &inner {
            None => inner = Some(shape),
            Some(seen) if *seen == shape => {}
            Some(_) => return Err(inhomogeneous(depth + 1, items.len(), span)),
        }
    }
    let mut shape = vec![items.len()];
    shape.extend(inner.flatten().unwrap_or_default());
    Ok(Some(shape))
}

fn push_leaf(
    leaves: &mut Vec<(Scalar, Leaf)>,
    value: Scalar,
    leaf: Leaf,
) -> EvalResult<Option<Vec<usize>>> {
    leaves.push((value, leaf));
    Ok(None)
}

fn push_array(leaves: &mut Vec<(Scalar, Leaf)>, array: &ArrayObject) -> Vec<usize> {
    let dtype = array.data.dtype;
    leaves.extend(
        array
            .data
            .layout
            .indices()
            .iter()
            .map(|i| (array.data.get(i), Leaf::Typed(dtype))),
    );
    array.data.shape().to_vec()
}

/// A ragged list's error raised inside a nested list names the lengths of every level it got
/// through: the outer list's length goes in front of the detected shape.
fn with_outer_length(mut error: EvalError, len: usize) -> EvalError {
    const BEFORE: &str = "The detected shape was (";
    const AFTER: &str = ") + inhomogeneous part.";
    let Some(start) = error.message.find(BEFORE).map(|at| at + BEFORE.len()) else {
        return error;
    };
    let Some(end) = error.message.find(AFTER) else {
        return error;
    };
    let mut lengths = vec![len.to_string()];
    lengths.extend(
        error.message[start..end]
            .split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string),
    );
    let shown = lengths.join(", ");
    error.message.replace_range(start..end, &shown);
    error
}

fn inhomogeneous(depth: usize, len: usize, span: Span) -> EvalError {
    let message = format!(
        "setting an array element with a sequence. The requested array has an inhomogeneous shape after {depth} dimensions. The detected shape was ({len},) + inhomogeneous part."
    );
    EvalError::value_error(message, span)
}

/// NumPy 2 converts Python ints and floats for an integer dtype through a Python int, which
/// must fit (`np.array([-1.0], dtype='H')` is an `OverflowError`, NaN a `ValueError`).
fn check_python_ints_fit(found: &Discovered, dtype: DType, span: Span) -> EvalResult<()> {
    if dtype.integer_range().is_none() {
        return Ok(());
    }
    for (value, leaf) in &found.leaves {
        let operand = match (value, leaf) {
            (Scalar::Int(i), Leaf::PyInt) => compute::Operand::PyInt(*i),
            (Scalar::Float(x), Leaf::PyFloat) => compute::Operand::PyFloat(*x),
            _ => continue,
        };
        compute::check_integer_scalar(dtype, &operand)
            .map_err(|error| EvalError::from_compute(error, span))?;
    }
    Ok(())
}

/// A string written into an element of a `dtype` array becomes the Python number NumPy makes
/// of it: `int(text)` for integers, `float(text)` for floats, `bool(text)` for bools (so
/// `a[0] = 'nan'` on a float array stores NaN). Other values are unchanged.
pub(crate) fn str_as_element(dtype: DType, value: Value, span: Span) -> EvalResult<Value> {
    let Value::Str(text) = &value else {
        return Ok(value);
    };
    match dtype {
        DType::Bool => Ok(Value::Bool(!text.is_empty())),
        _ if dtype.is_integer() => crate::eval::python::builtins::parse_number("int", text, span),
        _ => crate::eval::python::builtins::parse_number("float", text, span),
    }
}
