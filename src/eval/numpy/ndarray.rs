//! `numpy.ndarray`'s methods and attributes, one table row each; `a.flags`, `a.dtype` and
//! NumPy scalars' attributes.
//!
//! NumPy scalars have the methods and attributes of a 0-d array (`x.shape`, `x.sum()`); what
//! comes back 0-d comes back a scalar, as NumPy's scalar methods do.

use std::cell::RefCell;
use std::rc::Rc;

use super::convert::str_as_element;
use super::{copies, reductions, views};
use crate::eval::args::CallStyle::*;
use crate::eval::args::{Args, Native};
use crate::eval::python::as_index_int;
use crate::eval::{EvalError, EvalResult, Interpreter};
use crate::memory::compute;
use crate::memory::{ArrayData, DType, DTypeKind, Scalar};
use crate::syntax::Span;
use crate::value::{ArrayObject, Rule, Value};

/// `numpy.ndarray`'s methods that viewfinder models.
#[rustfmt::skip]
pub(crate) static METHODS: &[Native] = &[
    Native::new("copy", "(order='C')", NumPyArgs, &["order"], copies::copy_method),
    Native::new("view", "(*args, **kwargs)", Custom, &[], views::view),
    Native::new("reshape", "(*shape, order='C', copy=None)", Custom, &[], views::reshape),
    Native::new("transpose", "(*axes)", Custom, &[], views::transpose),
    Native::new("swapaxes", "(axis1, axis2, /)", ParseTuple, &["axis1", "axis2"], views::swapaxes),
    Native::new("ravel", "(order='C')", NumPyArgs, &["order"], views::ravel),
    Native::new("flatten", "(order='C')", NumPyArgs, &["order"], copies::flatten),
    Native::new("squeeze", "(axis=None)", NumPyArgs, &["axis"], views::squeeze),
    Native::new("astype", "(dtype, order='K', casting='unsafe', subok=True, copy=True)", NumPyArgs, &["dtype", "order", "copy"], copies::astype),
    Native::new("diagonal", "(offset=0, axis1=0, axis2=1)", CPythonArgs, &["offset", "axis1", "axis2"], views::diagonal),
    Native::new("sum", "(axis=None, dtype=None, out=None, **kwargs)", PythonDef, &["a", "axis"], reductions::sum).named("_sum").binds_receiver().parsed_as("(a, axis=None, dtype=None, out=None, keepdims=False, initial=<no value>, where=True)"),
    Native::new("min", "(axis=None, out=None, **kwargs)", PythonDef, &["a", "axis"], reductions::min).named("_amin").binds_receiver().parsed_as("(a, axis=None, out=None, keepdims=False, initial=<no value>, where=True)"),
    Native::new("max", "(axis=None, out=None, **kwargs)", PythonDef, &["a", "axis"], reductions::max).named("_amax").binds_receiver().parsed_as("(a, axis=None, out=None, keepdims=False, initial=<no value>, where=True)"),
    Native::new("mean", "(axis=None, dtype=None, out=None, **kwargs)", PythonDef, &["a", "axis"], reductions::mean).named("_mean").binds_receiver().parsed_as("(a, axis=None, dtype=None, out=None, keepdims=False, *, where=True)"),
    Native::new("prod", "(axis=None, dtype=None, out=None, **kwargs)", PythonDef, &["a", "axis"], reductions::prod).named("_prod").binds_receiver().parsed_as("(a, axis=None, dtype=None, out=None, keepdims=False, initial=<no value>, where=True)"),
    Native::new("any", "(axis=None, out=None, keepdims=False, *, where=True)", PythonDef, &["a", "axis"], reductions::any).named("_any").binds_receiver().parsed_as("(a, axis=None, dtype=None, out=None, keepdims=False, *, where=True)"),
    Native::new("all", "(axis=None, out=None, keepdims=False, *, where=True)", PythonDef, &["a", "axis"], reductions::all).named("_all").binds_receiver().parsed_as("(a, axis=None, dtype=None, out=None, keepdims=False, *, where=True)"),
    Native::new("fill", "(value)", ParseTuple, &["value"], fill),
    Native::new("tolist", "()", ParseTuple, &[], tolist).named(""),
    Native::new("item", "(*args)", Custom, &[], item),
    Native::new("sort", "(axis=-1, kind=None, order=None, *, stable=None)", NumPyArgs, &["axis"], sort),
];

/// An attribute of an array that is not a method: its name and how to read it.
type Attribute = (
    &'static str,
    fn(&mut Interpreter, &Rc<ArrayObject>, Span) -> Value,
);

/// `numpy.ndarray`'s attributes that viewfinder models.
pub(crate) static ATTRIBUTES: &[Attribute] = &[
    ("T", |vf, array, span| {
        let text = vf.text(span);
        vf.transposed(array, None, text, span)
            .unwrap_or(Value::None)
    }),
    ("base", |_, array, _| {
        array.base.clone().unwrap_or(Value::None)
    }),
    ("flags", |_, array, _| Value::Flags(Rc::clone(array))),
    ("shape", |_, array, _| {
        int_tuple(array.data.layout.shape.iter().map(|&n| n as i64))
    }),
    ("strides", |_, array, _| {
        int_tuple(array.data.layout.strides.iter().map(|&s| s as i64))
    }),
    ("ndim", |_, array, _| {
        Value::Int(array.data.layout.ndim() as i64)
    }),
    ("size", |_, array, _| Value::Int(array.data.size() as i64)),
    ("dtype", |_, array, _| Value::DType(array.data.dtype)),
    ("itemsize", |_, array, _| {
        Value::Int(array.data.layout.itemsize as i64)
    }),
    ("nbytes", |_, array, _| {
        Value::Int((array.data.size() * array.data.layout.itemsize) as i64)
    }),
];

/// `a.flags.<name>` that viewfinder models.
pub(crate) const FLAG_NAMES: &[&str] = &[
    "aligned",
    "c_contiguous",
    "contiguous",
    "f_contiguous",
    "fortran",
    "owndata",
    "writeable",
    "writebackifcopy",
];

/// `a.dtype.<name>` that viewfinder models.
pub(crate) const DTYPE_ATTRIBUTES: &[&str] = &["itemsize", "kind", "name", "type"];

fn int_tuple(values: impl Iterator<Item = i64>) -> Value {
    Value::Tuple(values.map(Value::Int).collect::<Vec<_>>().into())
}

impl Interpreter {
    /// `a.<attr>` for an array: an attribute, or a bound method.
    pub(crate) fn array_attribute(
        &mut self,
        array: &Rc<ArrayObject>,
        attr: &str,
        span: Span,
    ) -> Option<Value> {
        if let Some((_, read)) = ATTRIBUTES.iter().find(|(name, _)| *name == attr) {
            return Some(read(self, array, span));
        }
        let owner = Value::Array(Rc::clone(array));
        crate::eval::call::method_named(crate::value::Table::NdArray, attr, &owner)
    }

    /// `x.<attr>` for a NumPy scalar: the methods of arrays (they run on a 0-d array), and
    /// the attributes of a 0-d array, a 0-d answer given back as a scalar.
    pub(crate) fn scalar_attribute(
        &mut self,
        owner: &Value,
        dtype: DType,
        value: Scalar,
        attr: &str,
        span: Span,
    ) -> Option<Value> {
        if let Some(method) =
            crate::eval::call::method_named(crate::value::Table::NdArray, attr, owner)
        {
            return Some(method);
        }
        let temporary = self.scalar_as_array(dtype, value);
        match attr {
            "base" => Some(Value::None),
            "flags" => {
                temporary.writeable.set(false);
                Some(Value::Flags(temporary))
            }
            _ => self
                .array_attribute(&temporary, attr, span)
                .map(zero_d_to_scalar),
        }
    }

    /// A scalar as a fresh 0-d array that no name holds.
    pub(crate) fn scalar_as_array(&mut self, dtype: DType, value: Scalar) -> Rc<ArrayObject> {
        let data = ArrayData::from_scalars(crate::memory::BufferId(0), dtype, &[], &[value]);
        self.new_array_object(data, Rule::ScalarTemporary, None)
    }
}

/// A 0-d array as the scalar it holds; anything else unchanged.
pub(crate) fn zero_d_to_scalar(value: Value) -> Value {
    match &value {
        Value::Array(array) if array.data.shape().is_empty() => {
            Value::Scalar(array.data.dtype, array.data.get(&[]))
        }
        _ => value,
    }
}

/// `a.dtype.<attr>`.
pub(crate) fn dtype_attribute(dtype: DType, attr: &str) -> Option<Value> {
    Some(match attr {
        "name" => Value::Str(Rc::from(dtype.name())),
        "itemsize" => Value::Int(dtype.itemsize() as i64),
        "kind" => Value::Str(Rc::from(match dtype.kind() {
            DTypeKind::Bool => "b",
            DTypeKind::SignedInt => "i",
            DTypeKind::UnsignedInt => "u",
            DTypeKind::Float => "f",
        })),
        "type" => Value::ScalarType(dtype),
        _ => return None,
    })
}

/// `a.flags.<name>`.
pub(crate) fn flag(array: &ArrayObject, name: &str) -> Option<bool> {
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

/// `a.fill(value)`: every element set to `value`, in place.
fn fill(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let array = vf.receiver_array(args)?;
    let span = args.span;
    let value = str_as_element(array.data.dtype, args.value("value")?.clone(), span)?;
    vf.check_writeable(&array, span)?;
    let holder = vf.operand_holder(&value, span)?;
    let Some(operand) = holder.operand() else {
        let message = format!(
            "float() argument must be a string or a real number, not '{}'",
            value.type_name()
        );
        return Err(EvalError::type_error(message, span));
    };
    vf.before_write(&array.data.buffer);
    compute::assign(&array.data, operand).map_err(|e| EvalError::from_compute(e, span))?;
    let text = vf.text(span);
    vf.record_write(&text, &array.data);
    Ok(Value::None)
}

/// `a.sort(axis=-1)`: sorted in place.
fn sort(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let array = vf.receiver_array(args)?;
    let span = args.span;
    let axis = match args.get("axis") {
        Some(v) => as_index_int(v, args.span_of("axis"))?,
        None => -1,
    };
    vf.check_writeable_for(&array, "sort array", span)?;
    vf.before_write(&array.data.buffer);
    compute::sort_in_place(&array.data, axis as isize)
        .map_err(|e| EvalError::from_compute(e, span))?;
    let text = vf.text(span);
    vf.record_write(&text, &array.data);
    Ok(Value::None)
}

/// `a.tolist()`: nested lists of Python numbers.
fn tolist(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let array = vf.receiver_array(args)?;
    let data = &array.data;
    crate::eval::python::checked_sequence_len(data.size() as u128, args.span)?;
    nested_list(data, &mut Vec::new(), args.span)
}

/// `a.item()`: the one element as a Python number.
fn item(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let array = vf.receiver_array(args)?;
    let span = args.span;
    if let Some((_, _, at)) = args.varkw.first() {
        return Err(EvalError::type_error(
            "ndarray.item() takes no keyword arguments",
            *at,
        ));
    }
    if !args.varargs.is_empty() {
        return Err(EvalError::unsupported("ndarray.item() with an index", span));
    }
    let data = &array.data;
    if data.size() != 1 {
        let message = "can only convert an array of size 1 to a Python scalar";
        return Err(EvalError::value_error(message, span));
    }
    let index = vec![0; data.layout.ndim()];
    crate::eval::numpy::convert::scalar_to_python(data.get(&index), span)
}

/// `.tolist()`: nested lists of Python numbers.
fn nested_list(data: &ArrayData, prefix: &mut Vec<usize>, span: Span) -> EvalResult<Value> {
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
