//! Attributes and methods: `a.T`, `a.base`, `a.flags.writeable`, `a.sum()`, `lst.append`.
//!
//! Looking up `owner.attr` gives a property or a bound method; calling the method dispatches
//! here by receiver. The array methods that make views live in `view_methods`, the list
//! methods in `list_methods`; what stays are the lookups, `a.flags`, and the array methods that
//! copy, reduce or write (`copy`, `astype`, `sum`, `fill`, `sort`, `tolist`).

use crate::exception::ExceptionKind;
use std::cell::RefCell;
use std::rc::Rc;

use crate::eval::call::{CallArgs, as_index_int};
use crate::eval::{EvalError, EvalResult, Interpreter};
use crate::memory::compute::{self, Reduction};
use crate::memory::{DType, Layout, Scalar};
use crate::syntax::Span;
use crate::value::{ArrayObject, BufferKind, Function, Module, Rule, Value};

/// The methods of `numpy.ndarray` viewfinder implements (also NumPy scalars' methods).
pub(crate) const ARRAY_METHODS: &[&str] = &[
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
/// The methods of `list` viewfinder implements.
pub(crate) const LIST_METHODS: &[&str] = &[
    "append", "extend", "pop", "insert", "copy", "index", "count", "reverse", "clear", "remove",
    "sort",
];
/// The methods of `bytes`, `bytearray` and `array.array` viewfinder implements.
pub(crate) const BUFFER_METHODS: &[&str] = &["append", "extend", "tolist"];

impl Interpreter {
    /// `owner.attr`.
    pub(crate) fn get_attribute(
        &mut self,
        owner: &Value,
        attr: &str,
        span: Span,
    ) -> EvalResult<Value> {
        let found = match owner {
            Value::Module(Module::NumPy) => crate::eval::numpy::attribute(attr),
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
            Value::Module(Module::NumPy) => EvalError::no_module_attribute("numpy", attr, span),
            Value::Module(Module::Array) => EvalError::no_module_attribute("array", attr, span),
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
    pub(crate) fn scalar_as_array(&mut self, dtype: DType, value: Scalar) -> Rc<ArrayObject> {
        let data = crate::memory::ArrayData::from_scalars(
            crate::memory::BufferId(0),
            dtype,
            &[],
            &[value],
        );
        match self.new_array(data, Rule::ScalarTemporary, None) {
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
    pub(crate) fn set_attribute(
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
                Err(EvalError::new(ExceptionKind::AttributeError, message, span))
            }
            (other, _) => Err(EvalError::no_attribute(other.type_name(), attr, span)),
        }
    }

    /// Calls method `name` of `receiver`.
    pub(crate) fn call_method(
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
                crate::eval::numpy::convert::scalar_to_python(*value, args.span)
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
                self.copy_of(array, Rule::CopyMethod, text, span, false)
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
                crate::eval::limits::check_allocation(
                    &[array.data.size()],
                    array.data.dtype,
                    span,
                )?;
                let copy = self.copy_of(array, Rule::Flatten, text.clone(), span, false)?;
                let Value::Array(copied) = &copy else {
                    unreachable!("copies are arrays")
                };
                let size = copied.data.size();
                let layout = Layout::new_array(&[size], copied.data.dtype.itemsize());
                Ok(self.new_array(
                    copied.data.with_layout(layout, copied.data.dtype),
                    Rule::Flatten,
                    Some((array, text)),
                ))
            }
            "astype" => {
                let dtype = self
                    .dtype_arg(args.require(0, "dtype")?, span)?
                    .unwrap_or(DType::Float64);
                crate::eval::limits::check_allocation(array.data.shape(), dtype, span)?;
                let id = self.new_buffer_id();
                let data = compute::cast_keeping_order(&array.data, dtype, id);
                Ok(self.new_array(data, Rule::Astype, Some((array, text))))
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
                self.record_write(&text, &array.data);
                Ok(Value::None)
            }
            _ => Err(EvalError::no_attribute("numpy.ndarray", name, span)),
        }
    }

    /// A copy with a buffer of its own: C-ordered (`a.copy()`, `flatten`), or in the
    /// array's own memory order when `keep_order` (`np.copy`, NumPy's `order='K'`).
    pub(crate) fn copy_of(
        &mut self,
        array: &Rc<ArrayObject>,
        rule: Rule,
        text: String,
        span: Span,
        keep_order: bool,
    ) -> EvalResult<Value> {
        crate::eval::limits::check_allocation(array.data.shape(), array.data.dtype, span)?;
        let id = self.new_buffer_id();
        let data = match keep_order {
            true => compute::cast_keeping_order(&array.data, array.data.dtype, id),
            false => compute::cast(&array.data, array.data.dtype, id),
        };
        Ok(self.new_array(data, rule, Some((array, text))))
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
        crate::eval::limits::check_materialize(&array.data, args.span)?;
        let id = self.new_buffer_id();
        let data = compute::reduce(kind, &array.data, axis, id)
            .map_err(|e| EvalError::from_compute(e, args.span))?;
        Ok(self.ufunc_result(data, Rule::Reduction))
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
        self.record_write(&text, &array.data);
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
            return crate::eval::numpy::convert::scalar_to_python(data.get(&index), span);
        }
        crate::eval::python::checked_sequence_len(data.size() as u128, span)?;
        nested_list(data, &mut Vec::new(), span)
    }
}

/// A 0-d array as the scalar it holds; anything else unchanged.
fn zero_d_to_scalar(value: Value) -> Value {
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
    if array.data.buffer.readonly || repeats_elements(&array.data.layout) {
        return false;
    }
    match &array.base {
        Some(Value::Array(base)) => base.writeable.get(),
        _ => true,
    }
}

/// True when the layout reaches one element through several indices (a zero stride on an axis
/// longer than 1, as `np.broadcast_to` makes): NumPy never lets such an array be written.
fn repeats_elements(layout: &Layout) -> bool {
    layout
        .strides
        .iter()
        .zip(&layout.shape)
        .any(|(&stride, &len)| stride == 0 && len > 1)
}

/// `.tolist()`: nested lists of Python numbers.
fn nested_list(
    data: &crate::memory::ArrayData,
    prefix: &mut Vec<usize>,
    span: Span,
) -> EvalResult<Value> {
    crate::eval::cancel::check(span)?;
    let depth = prefix.len();
    if depth == data.layout.ndim() {
        return crate::eval::numpy::convert::scalar_to_python(data.get(prefix), span);
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
