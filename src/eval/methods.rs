//! Attributes and methods: `a.T`, `a.base`, `a.flags.writeable`, `a.reshape(...)`, `lst.append`.
//!
//! The array methods that make views (`view`, `reshape`, `transpose`, `ravel`, `diagonal`)
//! compute a new layout here and decide view-or-copy by NumPy's own rules.

use std::cell::RefCell;
use std::rc::Rc;

use super::call::{CallArgs, as_index_int};
use super::{EvalError, EvalResult, Interpreter};
use crate::memory::compute::{self, Reduction};
use crate::memory::layout::c_strides;
use crate::memory::{DType, Layout, Scalar};
use crate::syntax::Span;
use crate::value::{ArrayObject, BufferKind, Function, Module, OriginKind, Value};

pub(super) const ARRAY_METHODS: &[&str] = &[
    "copy",
    "view",
    "reshape",
    "transpose",
    "swapaxes",
    "ravel",
    "flatten",
    "astype",
    "diagonal",
    "sum",
    "min",
    "max",
    "mean",
    "prod",
    "any",
    "all",
    "fill",
    "tolist",
    "sort",
    "item",
];
pub(super) const LIST_METHODS: &[&str] = &[
    "append", "extend", "pop", "insert", "copy", "index", "count", "reverse", "clear", "remove",
    "sort",
];
pub(super) const BUFFER_METHODS: &[&str] = &["append", "extend", "tolist"];

impl Interpreter {
    /// `owner.attr`.
    pub(super) fn get_attribute(
        &mut self,
        owner: &Value,
        attr: &str,
        span: Span,
    ) -> EvalResult<Value> {
        let found = match owner {
            Value::Module(Module::NumPy) => super::numpy::attribute(attr),
            Value::Module(Module::Array) => {
                (attr == "array").then(|| Value::Function(Rc::new(Function::ArrayConstructor)))
            }
            Value::Array(array) => self.array_attribute(array, attr),
            Value::Flags(array) => flag(array, attr).map(Value::Bool),
            Value::DType(dtype) => dtype_attribute(*dtype, attr),
            Value::Scalar(dtype, value) => self.scalar_attribute(owner, *dtype, *value, attr),
            Value::List(_) => LIST_METHODS
                .iter()
                .find(|m| **m == attr)
                .map(|m| method(owner, m)),
            Value::Buffer(object) => buffer_attribute(owner, object.kind, attr),
            _ => None,
        };
        found.ok_or_else(|| match owner {
            Value::Module(Module::NumPy) => EvalError::new(
                "AttributeError",
                format!("module 'numpy' has no attribute '{attr}'"),
                span,
            ),
            Value::Module(Module::Array) => EvalError::new(
                "AttributeError",
                format!("module 'array' has no attribute '{attr}'"),
                span,
            ),
            other => EvalError::no_attribute(other.type_name(), attr, span),
        })
    }

    /// A NumPy scalar has the attributes and methods of a 0-d array (`x.shape`, `x.sum()`);
    /// what comes back 0-d comes back a scalar, as NumPy's scalar methods do.
    fn scalar_attribute(
        &mut self,
        owner: &Value,
        dtype: DType,
        value: Scalar,
        attr: &str,
    ) -> Option<Value> {
        if let Some(name) = ARRAY_METHODS.iter().find(|m| **m == attr) {
            return Some(method(owner, name));
        }
        let temporary = self.scalar_as_array(dtype, value);
        match attr {
            "base" => Some(Value::None),
            _ => self.array_attribute(&temporary, attr).map(zero_d_to_scalar),
        }
    }

    /// A scalar as a fresh 0-d array that no name holds.
    pub(super) fn scalar_as_array(&mut self, dtype: DType, value: Scalar) -> Rc<ArrayObject> {
        let data = crate::memory::ArrayData::from_scalars(
            crate::memory::BufferId(0),
            dtype,
            &[],
            &[value],
        );
        match self.new_array(data, OriginKind::New, "scalar", None) {
            Value::Array(array) => array,
            _ => unreachable!("new_array makes arrays"),
        }
    }

    fn array_attribute(&mut self, array: &Rc<ArrayObject>, attr: &str) -> Option<Value> {
        let layout = &array.data.layout;
        let ints = |values: Vec<i64>| {
            Value::Tuple(
                values
                    .into_iter()
                    .map(Value::Int)
                    .collect::<Vec<_>>()
                    .into(),
            )
        };
        Some(match attr {
            "T" => self.transposed(array, None, "a.T".into()).ok()?,
            "base" => array.base.clone().unwrap_or(Value::None),
            "flags" => Value::Flags(Rc::clone(array)),
            "shape" => ints(layout.shape.iter().map(|&n| n as i64).collect()),
            "strides" => ints(layout.strides.iter().map(|&s| s as i64).collect()),
            "ndim" => Value::Int(layout.ndim() as i64),
            "size" => Value::Int(layout.size() as i64),
            "dtype" => Value::DType(array.data.dtype),
            "itemsize" => Value::Int(layout.itemsize as i64),
            "nbytes" => Value::Int((layout.size() * layout.itemsize) as i64),
            _ => ARRAY_METHODS
                .iter()
                .find(|m| **m == attr)
                .map(|m| method(&Value::Array(Rc::clone(array)), m))?,
        })
    }

    /// `owner.attr = value`: only `a.flags.writeable` (and `a.flags['WRITEABLE']`) can be set.
    pub(super) fn set_attribute(
        &mut self,
        owner: &Value,
        attr: &str,
        value: Value,
        span: Span,
    ) -> EvalResult<()> {
        match (owner, attr) {
            (Value::Flags(array), "writeable") => {
                let on = self.truthy(&value, span)?;
                if on && !base_allows_writing(array) {
                    return Err(EvalError::value_error(
                        "cannot set WRITEABLE flag to True of this array",
                        span,
                    ));
                }
                self.journal.writeable(array);
                array.writeable.set(on);
                self.outcome.notes.push(format!(
                    "{} is now {}",
                    self.text(span),
                    if on { "writeable" } else { "read-only" }
                ));
                Ok(())
            }
            (Value::Array(_), "shape" | "strides" | "dtype") => {
                Err(EvalError::unsupported(format!("setting a.{attr}"), span))
            }
            (Value::Array(_), _)
                if ARRAY_METHODS.contains(&attr) || attr == "T" || attr == "base" =>
            {
                let message =
                    format!("attribute '{attr}' of 'numpy.ndarray' objects is not writable");
                Err(EvalError::new("AttributeError", message, span))
            }
            (other, _) => Err(EvalError::no_attribute(other.type_name(), attr, span)),
        }
    }

    /// Calls method `name` of `receiver`.
    pub(super) fn call_method(
        &mut self,
        receiver: &Value,
        name: &str,
        args: &CallArgs,
    ) -> EvalResult<Value> {
        match receiver {
            Value::Array(array) => self.call_array_method(array, name, args),
            Value::List(list) => self.call_list_method(list, name, args),
            Value::Buffer(object) => match name {
                "append" => {
                    args.exactly(1)?;
                    self.buffer_append(object, &[args.positional[0].0.clone()], args.span)
                        .map(|_| Value::None)
                }
                "extend" => {
                    args.exactly(1)?;
                    let items = self.iterate(&args.positional[0].0, args.span)?;
                    self.buffer_append(object, &items, args.span)
                        .map(|_| Value::None)
                }
                _ => Ok(Value::List(Rc::new(RefCell::new(
                    self.iterate(receiver, args.span)?,
                )))),
            },
            Value::Scalar(_, value) if matches!(name, "item" | "tolist") => {
                super::convert::scalar_to_python(*value, args.span)
            }
            Value::Scalar(dtype, value) => {
                let temporary = self.scalar_as_array(*dtype, *value);
                let result = self.call_array_method(&temporary, name, args)?;
                Ok(zero_d_to_scalar(result))
            }
            other => Err(EvalError::no_attribute(other.type_name(), name, args.span)),
        }
    }

    fn call_array_method(
        &mut self,
        array: &Rc<ArrayObject>,
        name: &str,
        args: &CallArgs,
    ) -> EvalResult<Value> {
        let span = args.span;
        let text = self.text(span);
        match name {
            "copy" => {
                args.at_most(1)?;
                self.copy_of(array, "copy()", text)
            }
            "view" => self.array_view(array, args.get(0, "dtype").cloned(), text, span),
            "reshape" => {
                let shape = self.shape_args(args)?;
                self.reshaped(array, &shape, text, span)
            }
            "transpose" => {
                let axes = self.axes_args(args)?;
                self.transposed(array, axes, text)
            }
            "swapaxes" => {
                args.exactly(2)?;
                let (a, b) = (
                    as_index_int(&args.positional[0].0, span)?,
                    as_index_int(&args.positional[1].0, span)?,
                );
                self.swapped(array, a, b, text, span)
            }
            "ravel" => self.raveled(array, text, span),
            "flatten" => {
                let copy = self.copy_of(array, "flatten()", text.clone())?;
                let Value::Array(copied) = &copy else {
                    unreachable!("copies are arrays")
                };
                let size = copied.data.size();
                let layout = Layout::c_contiguous(0, &[size], copied.data.dtype.itemsize());
                Ok(self.new_array(
                    copied.data.with_layout(layout, copied.data.dtype),
                    OriginKind::Copy,
                    "flatten()",
                    Some((array, text)),
                ))
            }
            "astype" => {
                let dtype = self
                    .dtype_arg(args.require(0, "dtype")?, span)?
                    .unwrap_or(DType::Float64);
                let id = self.new_buffer_id();
                let data = compute::cast(&array.data, dtype, id);
                Ok(self.new_array(data, OriginKind::Copy, "astype()", Some((array, text))))
            }
            "diagonal" => self.diagonal(array, args, text),
            "sum" | "min" | "max" | "mean" | "prod" | "any" | "all" => {
                self.reduce_method(array, name, args)
            }
            "fill" => {
                args.exactly(1)?;
                let value = args.positional[0].0.clone();
                self.fill(array, &value, span)
            }
            "tolist" | "item" => Ok(self.list_from(array, name == "item", span)?),
            "sort" => {
                let axis = args
                    .get(0, "axis")
                    .map(|v| as_index_int(v, span))
                    .transpose()?
                    .unwrap_or(-1);
                self.check_writeable_for(array, "sort array", span)?;
                self.before_write(&array.data.buffer);
                compute::sort_in_place(&array.data, axis as isize)
                    .map_err(|e| EvalError::from_compute(e, span))?;
                self.record_write(&text, &array.data, None);
                Ok(Value::None)
            }
            _ => Err(EvalError::no_attribute("numpy.ndarray", name, span)),
        }
    }

    /// A C-ordered copy with a buffer of its own.
    pub(super) fn copy_of(
        &mut self,
        array: &Rc<ArrayObject>,
        rule: &str,
        text: String,
    ) -> EvalResult<Value> {
        let id = self.new_buffer_id();
        let data = compute::cast(&array.data, array.data.dtype, id);
        Ok(self.new_array(data, OriginKind::Copy, rule, Some((array, text))))
    }

    fn array_view(
        &mut self,
        array: &Rc<ArrayObject>,
        dtype: Option<Value>,
        text: String,
        span: Span,
    ) -> EvalResult<Value> {
        let dtype = match dtype {
            Some(v) => self.dtype_arg(&v, span)?.unwrap_or(array.data.dtype),
            None => array.data.dtype,
        };
        let layout = reinterpret_layout(&array.data.layout, dtype.itemsize(), span)?;
        let rule = if dtype == array.data.dtype {
            "view()".to_string()
        } else {
            format!("view({dtype}): same bytes, new dtype")
        };
        Ok(self.new_view(array, array.data.with_layout(layout, dtype), &rule, text))
    }

    /// `a.reshape(shape)`: a view when NumPy's no-copy rule allows, otherwise a copy.
    pub(super) fn reshaped(
        &mut self,
        array: &Rc<ArrayObject>,
        shape: &[i64],
        text: String,
        span: Span,
    ) -> EvalResult<Value> {
        let size = array.data.size();
        let shape = resolve_shape(shape, size, span)?;
        let layout = &array.data.layout;
        let strides = if layout.is_c_contiguous() {
            Some(c_strides(&shape, layout.itemsize))
        } else {
            nocopy_reshape_strides(layout, &shape)
        };
        let dtype = array.data.dtype;
        match strides {
            Some(strides) => {
                let new = Layout {
                    offset: layout.offset,
                    shape,
                    strides,
                    itemsize: layout.itemsize,
                };
                Ok(self.new_view(
                    array,
                    array.data.with_layout(new, dtype),
                    "reshape: the layout allows a view",
                    text,
                ))
            }
            None => {
                let id = self.new_buffer_id();
                let temporary = compute::cast(&array.data, dtype, id);
                let view = Layout::c_contiguous(0, &shape, layout.itemsize);
                Ok(self.new_copy_with_hidden_base(
                    temporary,
                    view,
                    "reshape of a non-contiguous layout needs a copy",
                    (array, text),
                ))
            }
        }
    }

    /// `a.T` / `a.transpose(axes)`.
    pub(super) fn transposed(
        &mut self,
        array: &Rc<ArrayObject>,
        axes: Option<Vec<i64>>,
        text: String,
    ) -> EvalResult<Value> {
        let layout = &array.data.layout;
        let ndim = layout.ndim();
        let order: Vec<usize> = match axes {
            None => (0..ndim).rev().collect(),
            Some(axes) => {
                let resolved: Option<Vec<usize>> =
                    axes.iter().map(|&a| normalize_axis(a, ndim)).collect();
                let mut sorted = resolved.clone().unwrap_or_default();
                sorted.sort();
                if resolved.is_none() || sorted != (0..ndim).collect::<Vec<_>>() {
                    return Err(EvalError::value_error(
                        "axes don't match array",
                        Span::default(),
                    ));
                }
                resolved.unwrap_or_default()
            }
        };
        let new = Layout {
            offset: layout.offset,
            shape: order.iter().map(|&a| layout.shape[a]).collect(),
            strides: order.iter().map(|&a| layout.strides[a]).collect(),
            itemsize: layout.itemsize,
        };
        Ok(self.new_view(
            array,
            array.data.with_layout(new, array.data.dtype),
            "transpose: same elements, axes swapped",
            text,
        ))
    }

    /// `a.swapaxes(i, j)`.
    pub(super) fn swapped(
        &mut self,
        array: &Rc<ArrayObject>,
        a: i64,
        b: i64,
        text: String,
        span: Span,
    ) -> EvalResult<Value> {
        let ndim = array.data.layout.ndim();
        let check = |axis: i64, which: &str| {
            normalize_axis(axis, ndim).ok_or_else(|| {
                let message =
                    format!("{which}: axis {axis} is out of bounds for array of dimension {ndim}");
                EvalError::new("numpy.exceptions.AxisError", message, span)
            })
        };
        let (a, b) = (check(a, "axis1")?, check(b, "axis2")?);
        let mut order: Vec<i64> = (0..ndim as i64).collect();
        order.swap(a, b);
        self.transposed(array, Some(order), text)
    }

    /// `a.ravel()`: a view when C-contiguous, otherwise a copy (with no base).
    pub(super) fn raveled(
        &mut self,
        array: &Rc<ArrayObject>,
        text: String,
        span: Span,
    ) -> EvalResult<Value> {
        if array.data.layout.is_c_contiguous() {
            return self.reshaped(array, &[-1], text, span);
        }
        let id = self.new_buffer_id();
        let data = compute::cast(&array.data, array.data.dtype, id);
        let flat = Layout::c_contiguous(0, &[data.size()], data.dtype.itemsize());
        let dtype = data.dtype;
        Ok(self.new_array(
            data.with_layout(flat, dtype),
            OriginKind::Copy,
            "ravel of a non-contiguous layout copies",
            Some((array, text)),
        ))
    }

    fn diagonal(
        &mut self,
        array: &Rc<ArrayObject>,
        args: &CallArgs,
        text: String,
    ) -> EvalResult<Value> {
        let layout = &array.data.layout;
        if layout.ndim() < 2 {
            return Err(EvalError::value_error(
                "diag requires an array of at least two dimensions",
                args.span,
            ));
        }
        if layout.ndim() > 2 {
            return Err(EvalError::unsupported(
                "diagonal() of arrays with more than two dimensions",
                args.span,
            ));
        }
        let k = args
            .get(0, "offset")
            .map(|v| as_index_int(v, args.span))
            .transpose()?
            .unwrap_or(0);
        let (rows, cols) = (layout.shape[0] as i64, layout.shape[1] as i64);
        let (row0, col0) = if k >= 0 { (0, k) } else { (-k, 0) };
        let len = (rows - row0).min(cols - col0).max(0) as usize;
        let offset = if len > 0 {
            layout.offset + row0 as isize * layout.strides[0] + col0 as isize * layout.strides[1]
        } else {
            layout.offset
        };
        let new = Layout {
            offset,
            shape: vec![len],
            strides: vec![layout.strides[0] + layout.strides[1]],
            itemsize: layout.itemsize,
        };
        let view = self.new_view(
            array,
            array.data.with_layout(new, array.data.dtype),
            "diagonal(): a read-only view",
            text,
        );
        if let Value::Array(v) = &view {
            v.writeable.set(false);
        }
        Ok(view)
    }

    fn reduce_method(
        &mut self,
        array: &Rc<ArrayObject>,
        name: &str,
        args: &CallArgs,
    ) -> EvalResult<Value> {
        args.reject_unknown_keywords(&["axis"])?;
        let axis = match args.get(0, "axis") {
            None | Some(Value::None) => None,
            Some(v) => Some(as_index_int(v, args.span)? as isize),
        };
        let axis = axis.filter(|a| array.data.layout.ndim() > 0 || !matches!(a, 0 | -1));
        let kind = match name {
            "sum" => Reduction::Sum,
            "min" => Reduction::Min,
            "max" => Reduction::Max,
            "mean" => Reduction::Mean,
            "prod" => Reduction::Prod,
            "any" => Reduction::Any,
            _ => Reduction::All,
        };
        let id = self.new_buffer_id();
        let data = compute::reduce(kind, &array.data, axis, id)
            .map_err(|e| EvalError::from_compute(e, args.span))?;
        Ok(self.ufunc_result(data, "reduction result"))
    }

    fn fill(&mut self, array: &Rc<ArrayObject>, value: &Value, span: Span) -> EvalResult<Value> {
        self.check_writeable(array, span)?;
        let holder = self.operand_holder(value, span)?;
        let Some(operand) = holder.operand() else {
            return Err(EvalError::type_error(
                format!(
                    "float() argument must be a string or a real number, not '{}'",
                    value.type_name()
                ),
                span,
            ));
        };
        self.before_write(&array.data.buffer);
        compute::assign(&array.data, operand).map_err(|e| EvalError::from_compute(e, span))?;
        let text = self.text(span);
        self.record_write(&text, &array.data, None);
        Ok(Value::None)
    }

    fn list_from(
        &mut self,
        array: &Rc<ArrayObject>,
        single: bool,
        span: Span,
    ) -> EvalResult<Value> {
        let data = &array.data;
        if single {
            if data.size() != 1 {
                return Err(EvalError::value_error(
                    "can only convert an array of size 1 to a Python scalar",
                    span,
                ));
            }
            let index = vec![0; data.layout.ndim()];
            return super::convert::scalar_to_python(data.get(&index), span);
        }
        nested_list(data, &mut Vec::new(), span)
    }

    fn call_list_method(
        &mut self,
        list: &Rc<RefCell<Vec<Value>>>,
        name: &str,
        args: &CallArgs,
    ) -> EvalResult<Value> {
        let span = args.span;
        let arg = |i: usize| args.positional.get(i).map(|(v, _)| v.clone());
        match name {
            "append" => {
                args.exactly(1)?;
                self.journal.list(list);
                list.borrow_mut().push(arg(0).unwrap_or(Value::None));
            }
            "extend" => {
                args.exactly(1)?;
                let items = self.iterate(&arg(0).unwrap_or(Value::None), span)?;
                self.journal.list(list);
                list.borrow_mut().extend(items);
            }
            "insert" => {
                args.exactly(2)?;
                let at = as_index_int(&args.positional[0].0, span)?;
                let len = list.borrow().len() as i64;
                let at = if at < 0 {
                    (at + len).max(0)
                } else {
                    at.min(len)
                } as usize;
                self.journal.list(list);
                list.borrow_mut().insert(at, args.positional[1].0.clone());
            }
            "pop" => {
                args.at_most(1)?;
                let len = list.borrow().len();
                if len == 0 {
                    return Err(EvalError::index_error("pop from empty list", span));
                }
                let i = arg(0)
                    .map(|v| as_index_int(&v, span))
                    .transpose()?
                    .unwrap_or(-1);
                let at = super::python::resolve_position(i, len)
                    .ok_or_else(|| EvalError::index_error("pop index out of range", span))?;
                self.journal.list(list);
                return Ok(list.borrow_mut().remove(at));
            }
            "copy" => return Ok(Value::List(Rc::new(RefCell::new(list.borrow().clone())))),
            "index" | "count" | "remove" => return self.list_search(list, name, args),
            "reverse" => {
                self.journal.list(list);
                list.borrow_mut().reverse();
            }
            "clear" => {
                self.journal.list(list);
                list.borrow_mut().clear();
            }
            _ => {
                let items = list.borrow().clone();
                let sorted = self.sort_values(items, span)?;
                self.journal.list(list);
                *list.borrow_mut() = sorted;
            }
        }
        Ok(Value::None)
    }

    fn list_search(
        &mut self,
        list: &Rc<RefCell<Vec<Value>>>,
        name: &str,
        args: &CallArgs,
    ) -> EvalResult<Value> {
        args.exactly(1)?;
        let needle = &args.positional[0].0;
        let items = list.borrow().clone();
        let hits: Vec<usize> = items
            .iter()
            .enumerate()
            .filter(|(_, v)| super::python::values_equal(v, needle))
            .map(|(i, _)| i)
            .collect();
        match (name, hits.first()) {
            ("count", _) => Ok(Value::Int(hits.len() as i64)),
            ("index", Some(&i)) => Ok(Value::Int(i as i64)),
            ("remove", Some(&i)) => {
                self.journal.list(list);
                list.borrow_mut().remove(i);
                Ok(Value::None)
            }
            ("index", None) => Err(EvalError::value_error(
                format!("{} is not in list", needle.to_repr()),
                args.span,
            )),
            _ => Err(EvalError::value_error(
                "list.remove(x): x not in list",
                args.span,
            )),
        }
    }

    /// Shape arguments: `reshape(2, 3)`, `reshape((2, 3))`, `reshape(-1)`.
    pub(super) fn shape_args(&mut self, args: &CallArgs) -> EvalResult<Vec<i64>> {
        args.reject_unknown_keywords(&["order", "shape"])?;
        match &args.positional[..] {
            [] => match args.keyword("shape") {
                Some(v) => self.shape_value(v, args.span),
                None => Err(EvalError::type_error(
                    "reshape() missing required argument 'shape' (pos 1)",
                    args.span,
                )),
            },
            [(single, span)] => self.shape_value(single, *span),
            many => many.iter().map(|(v, s)| as_index_int(v, *s)).collect(),
        }
    }

    /// A shape given as an int or a tuple/list of ints.
    pub(super) fn shape_value(&mut self, value: &Value, span: Span) -> EvalResult<Vec<i64>> {
        match value {
            Value::Tuple(_) | Value::List(_) => self
                .iterate(value, span)?
                .iter()
                .map(|v| as_index_int(v, span))
                .collect(),
            other => Ok(vec![as_index_int(other, span)?]),
        }
    }

    fn axes_args(&mut self, args: &CallArgs) -> EvalResult<Option<Vec<i64>>> {
        match &args.positional[..] {
            [] => Ok(None),
            [(Value::None, _)] => Ok(None),
            [(single, span)] => self.shape_value(single, *span).map(Some),
            many => many
                .iter()
                .map(|(v, s)| as_index_int(v, *s))
                .collect::<EvalResult<Vec<_>>>()
                .map(Some),
        }
    }
}

/// A 0-d array as the scalar it holds; anything else unchanged.
pub(super) fn zero_d_to_scalar(value: Value) -> Value {
    match &value {
        Value::Array(array) if array.data.shape().is_empty() => {
            Value::Scalar(array.data.dtype, array.data.get(&[]))
        }
        _ => value,
    }
}

fn method(receiver: &Value, name: &'static str) -> Value {
    Value::Function(Rc::new(Function::Method {
        receiver: receiver.clone(),
        name,
    }))
}

fn buffer_attribute(owner: &Value, kind: BufferKind, attr: &str) -> Option<Value> {
    match (kind, attr) {
        (BufferKind::ArrayModule(code, _), "typecode") => {
            Some(Value::Str(Rc::from(code.to_string())))
        }
        (BufferKind::ArrayModule(_, dtype), "itemsize") => {
            Some(Value::Int(dtype.itemsize() as i64))
        }
        (BufferKind::Bytes, "append" | "extend") => None,
        (BufferKind::ByteArray, "tolist") => None,
        (_, _) => BUFFER_METHODS
            .iter()
            .find(|m| **m == attr)
            .map(|m| method(owner, m)),
    }
}

fn dtype_attribute(dtype: DType, attr: &str) -> Option<Value> {
    Some(match attr {
        "name" => Value::Str(Rc::from(dtype.name())),
        "itemsize" => Value::Int(dtype.itemsize() as i64),
        "kind" => Value::Str(Rc::from(match dtype.kind() {
            crate::memory::DTypeKind::Bool => "b",
            crate::memory::DTypeKind::SignedInt => "i",
            crate::memory::DTypeKind::UnsignedInt => "u",
            crate::memory::DTypeKind::Float => "f",
        })),
        "type" => Value::ScalarType(dtype),
        _ => return None,
    })
}

/// `a.flags.<name>`.
fn flag(array: &ArrayObject, name: &str) -> Option<bool> {
    let layout = &array.data.layout;
    Some(match name {
        "owndata" => array.owns_data(),
        "writeable" => array.writeable.get(),
        "c_contiguous" | "contiguous" => layout.is_c_contiguous(),
        "f_contiguous" | "fortran" => layout.is_f_contiguous(),
        "aligned" => crate::value::is_aligned(array),
        "writebackifcopy" => false,
        _ => return None,
    })
}

/// Whether the memory under an array may be written at all (not `bytes`, not a read-only owner).
fn base_allows_writing(array: &ArrayObject) -> bool {
    if array.data.buffer.readonly {
        return false;
    }
    match &array.base {
        Some(Value::Array(base)) => base.writeable.get(),
        _ => true,
    }
}

/// A negative axis counted from the end, or `None` when out of range.
pub(super) fn normalize_axis(axis: i64, ndim: usize) -> Option<usize> {
    let adjusted = if axis < 0 { axis + ndim as i64 } else { axis };
    (0..ndim as i64)
        .contains(&adjusted)
        .then_some(adjusted as usize)
}

/// Resolves `-1` in a requested shape and checks the size, with NumPy's messages.
pub(super) fn resolve_shape(requested: &[i64], size: usize, span: Span) -> EvalResult<Vec<usize>> {
    let unknown: Vec<usize> = requested
        .iter()
        .enumerate()
        .filter(|(_, n)| **n < 0)
        .map(|(i, _)| i)
        .collect();
    if unknown.len() > 1 {
        return Err(EvalError::value_error(
            "can only specify one unknown dimension",
            span,
        ));
    }
    if requested.iter().any(|&n| n < -1) {
        return Err(EvalError::value_error(
            "negative dimensions not allowed",
            span,
        ));
    }
    let known: usize = requested
        .iter()
        .filter(|&&n| n >= 0)
        .map(|&n| n as usize)
        .product();
    let mut shape: Vec<usize> = requested.iter().map(|&n| n.max(0) as usize).collect();
    if let Some(&at) = unknown.first() {
        if known == 0 || !size.is_multiple_of(known) {
            return Err(cannot_reshape(size, requested, span));
        }
        shape[at] = size / known;
    }
    if shape.iter().product::<usize>() != size {
        return Err(cannot_reshape(size, requested, span));
    }
    Ok(shape)
}

fn cannot_reshape(size: usize, requested: &[i64], span: Span) -> EvalError {
    let dims: Vec<String> = requested
        .iter()
        .map(|&n| {
            if n < 0 {
                "newaxis".into()
            } else {
                n.to_string()
            }
        })
        .collect();
    let shape = if dims.len() == 1 {
        format!("({},)", dims[0])
    } else {
        format!("({})", dims.join(","))
    };
    EvalError::value_error(
        format!("cannot reshape array of size {size} into shape {shape}"),
        span,
    )
}

/// NumPy's `_attempt_nocopy_reshape` (C order): strides for `shape` over the same memory, or
/// `None` when the elements cannot be reached by strides alone.
pub(super) fn nocopy_reshape_strides(layout: &Layout, shape: &[usize]) -> Option<Vec<isize>> {
    let (old_dims, old_strides): (Vec<usize>, Vec<isize>) = layout
        .shape
        .iter()
        .zip(&layout.strides)
        .filter(|(n, _)| **n != 1)
        .map(|(&n, &s)| (n, s))
        .unzip();
    let mut strides = vec![0isize; shape.len()];
    let (mut oi, mut oj, mut ni, mut nj) = (0, 1, 0, 1);
    while ni < shape.len() && oi < old_dims.len() {
        let (mut np, mut op) = (shape[ni], old_dims[oi]);
        while np != op {
            if np < op {
                np *= *shape.get(nj)?;
                nj += 1;
            } else {
                op *= *old_dims.get(oj)?;
                oj += 1;
            }
        }
        if (oi..oj - 1).any(|k| old_strides[k] != old_dims[k + 1] as isize * old_strides[k + 1]) {
            return None;
        }
        strides[nj - 1] = old_strides[oj - 1];
        for k in (ni + 1..nj).rev() {
            strides[k - 1] = strides[k] * shape[k] as isize;
        }
        ni = nj;
        nj += 1;
        oi = oj;
        oj += 1;
    }
    let last = if ni >= 1 {
        strides[ni - 1]
    } else {
        layout.itemsize as isize
    };
    strides[ni..].iter_mut().for_each(|s| *s = last);
    Some(strides)
}

/// The layout of `.view(dtype)` with a different item size: the last axis is rescaled.
fn reinterpret_layout(layout: &Layout, itemsize: usize, span: Span) -> EvalResult<Layout> {
    if itemsize == layout.itemsize {
        return Ok(layout.clone());
    }
    if layout.ndim() == 0 {
        return Err(EvalError::value_error(
            "Changing the dtype of a 0d array is only supported if the itemsize is unchanged",
            span,
        ));
    }
    let last = layout.ndim() - 1;
    if layout.shape[last] != 1 && layout.strides[last] != layout.itemsize as isize {
        return Err(EvalError::value_error(
            "To change to a dtype of a different size, the last axis must be contiguous",
            span,
        ));
    }
    let bytes = layout.shape[last] * layout.itemsize;
    if itemsize < layout.itemsize && !layout.itemsize.is_multiple_of(itemsize) {
        return Err(EvalError::value_error(
            "When changing to a smaller dtype, its size must be a divisor of the size of original dtype",
            span,
        ));
    }
    if !bytes.is_multiple_of(itemsize) {
        return Err(EvalError::value_error(
            "When changing to a larger dtype, its size must be a divisor of the total size in bytes of the last axis of the array.",
            span,
        ));
    }
    let mut new = layout.clone();
    new.shape[last] = bytes / itemsize;
    new.strides[last] = itemsize as isize;
    new.itemsize = itemsize;
    Ok(new)
}

/// `.tolist()`: nested lists of Python numbers.
fn nested_list(
    data: &crate::memory::ArrayData,
    prefix: &mut Vec<usize>,
    span: Span,
) -> EvalResult<Value> {
    let depth = prefix.len();
    if depth == data.layout.ndim() {
        return super::convert::scalar_to_python(data.get(prefix), span);
    }
    let items = (0..data.shape()[depth])
        .map(|i| {
            prefix.push(i);
            let item = nested_list(data, prefix, span);
            prefix.pop();
            item
        })
        .collect::<EvalResult<_>>()?;
    Ok(Value::List(Rc::new(RefCell::new(items))))
}
