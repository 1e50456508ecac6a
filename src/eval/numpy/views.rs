//! Functions and methods that make views: `view`, `reshape`, `transpose`/`.T`, `swapaxes`,
//! `ravel`, `diagonal`, `np.broadcast_to`, `squeeze`, `expand_dims`.
//!
//! The layout arithmetic is `memory::Layout`'s; here each call reads its arguments, asks the
//! layout for the view, turns a [`LayoutError`] into NumPy's message, and names the rule that
//! made the result. `reshape` and `ravel` fall back to a copy when the layout allows no view,
//! as NumPy does.

use std::rc::Rc;

use crate::eval::args::Args;
use crate::eval::numpy::convert::{CopyRequest, copy_request, order_arg};
use crate::eval::python::as_index_int;
use crate::eval::{EvalError, EvalResult, Interpreter};
use crate::exception::ExceptionKind;
use crate::memory::compute;
use crate::memory::layout::{LayoutError, Order};
use crate::memory::{DType, Layout};
use crate::syntax::Span;
use crate::value::{ArrayObject, Rule, Value};

/// NumPy's message for a layout that cannot be transformed as asked.
pub(crate) fn layout_error(error: LayoutError, span: Span) -> EvalError {
    let value_error = |message: &str| EvalError::value_error(message, span);
    match error {
        LayoutError::AxesDontMatch => value_error("axes don't match array"),
        LayoutError::TransposeRepeatsAxis => value_error("repeated axis in transpose"),
        LayoutError::AxisOutOfBounds {
            axis,
            ndim,
            argument,
        } => {
            let prefix = argument.map_or(String::new(), |name| format!("{name}: "));
            let message =
                format!("{prefix}axis {axis} is out of bounds for array of dimension {ndim}");
            EvalError::new(ExceptionKind::AxisError, message, span)
        }
        LayoutError::SameDiagonalAxes => value_error("axis1 and axis2 cannot be the same"),
        LayoutError::DiagonalNeedsTwoAxes => {
            value_error("diag requires an array of at least two dimensions")
        }
        LayoutError::NotBroadcastable => value_error("operands could not be broadcast together"),
        LayoutError::ZeroDimItemsize => value_error(
            "Changing the dtype of a 0d array is only supported if the itemsize is unchanged",
        ),
        LayoutError::LastAxisNotContiguous => value_error(
            "To change to a dtype of a different size, the last axis must be contiguous",
        ),
        LayoutError::SmallerNotDivisor => value_error(
            "When changing to a smaller dtype, its size must be a divisor of the size of original dtype",
        ),
        LayoutError::LargerNotDivisor => value_error(
            "When changing to a larger dtype, its size must be a divisor of the total size in bytes of the last axis of the array.",
        ),
        LayoutError::SqueezeLongAxis => {
            value_error("cannot select an axis to squeeze out which has size not equal to one")
        }
        LayoutError::RepeatedAxis => value_error("repeated axis"),
    }
}

/// `a.view()`, `a.view(dtype)`, `a.view(dtype=...)`: the same bytes, read as another dtype
/// if asked.
pub(crate) fn view(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let array = vf.receiver_array(args)?;
    let span = args.span;
    if args.varargs.len() > 2 {
        let message = format!(
            "view() takes from 0 to 2 positional arguments but {} were given",
            args.varargs.len()
        );
        return Err(EvalError::type_error(message, span));
    }
    if let Some((name, _, at)) = args
        .varkw
        .iter()
        .find(|(k, _, _)| k != "dtype" && k != "type")
    {
        let message = format!("view() got an unexpected keyword argument '{name}'");
        return Err(EvalError::type_error(message, *at));
    }
    let type_given = args
        .varargs
        .get(1)
        .map(|(v, _)| v)
        .or_else(|| args.keyword("type"));
    if let Some(kind) = type_given
        && !matches!(kind, Value::Class("numpy.ndarray"))
    {
        return Err(EvalError::unsupported(
            "the 'type' argument of ndarray.view",
            span,
        ));
    }
    let dtype = args
        .varargs
        .first()
        .map(|(v, _)| v)
        .or_else(|| args.keyword("dtype"));
    let dtype = vf
        .optional_dtype_arg(dtype, span)?
        .unwrap_or(array.data.dtype);
    let text = vf.text(span);
    vf.view_as(&array, dtype, text, span)
}

/// `a.reshape(2, 3)`, `a.reshape((2, 3))`: NumPy's C method checks its own arguments.
pub(crate) fn reshape(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let array = vf.receiver_array(args)?;
    let span = args.span;
    let shape = reshape_arguments(vf, args)?;
    let order = reshape_order(args.keyword("order"), &array, span)?;
    let copy = copy_request(vf, args.keyword("copy"), CopyRequest::IfNeeded, span)?;
    let text = vf.text(span);
    vf.reshaped(&array, &shape, (order, copy), text, span)
}

/// The shape `a.reshape(...)` is given: one shape argument or one integer per axis (`-1`
/// still unresolved), after checking the keywords.
pub(crate) fn reshape_arguments(vf: &mut Interpreter, args: &Args) -> EvalResult<Vec<i64>> {
    let span = args.span;
    if let Some((name, _, at)) = args
        .varkw
        .iter()
        .find(|(k, _, _)| k != "order" && k != "copy")
    {
        let message = format!("'{name}' is an invalid keyword argument for this function");
        return Err(EvalError::type_error(message, *at));
    }
    match &args.varargs[..] {
        [] => Err(EvalError::type_error(
            "reshape() takes exactly 1 argument (0 given)",
            span,
        )),
        [(single, at)] => vf.shape_value(single, *at),
        many => many.iter().map(|(v, s)| as_index_int(v, *s)).collect(),
    }
}

/// `np.reshape(a, shape, order='C', copy=None)`.
pub(crate) fn np_reshape(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let array = vf.array_param(args, "a")?;
    let shape = vf.shape_value(args.value("shape")?, args.span_of("shape"))?;
    let order = reshape_order(args.get("order"), &array, args.span_of("order"))?;
    let copy = copy_request(
        vf,
        args.get("copy"),
        CopyRequest::IfNeeded,
        args.span_of("copy"),
    )?;
    let text = vf.text(args.span);
    let reshaped = vf.reshaped(&array, &shape, (order, copy), text, args.span)?;
    // NumPy calls the scalar's own `reshape`, which gives a 0-d result back as a scalar.
    Ok(match args.value("a")? {
        Value::Scalar(..) => crate::eval::numpy::ndarray::zero_d_to_scalar(reshaped),
        _ => reshaped,
    })
}

/// How `reshape` reads the elements: C or F (`'A'` is F for an F-only-contiguous array);
/// NumPy refuses `'K'`.
fn reshape_order(value: Option<&Value>, array: &ArrayObject, span: Span) -> EvalResult<Order> {
    match order_arg(value, Order::C, span)? {
        Order::K => Err(EvalError::value_error(
            "order 'K' is not permitted for reshaping",
            span,
        )),
        order => Ok(order.resolved_for(&array.data.layout)),
    }
}

/// `a.transpose()`, `a.transpose(1, 0)`, `a.transpose((1, 0))`.
pub(crate) fn transpose(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let array = vf.receiver_array(args)?;
    if let Some((_, _, at)) = args.varkw.first() {
        let message = "ndarray.transpose() takes no keyword arguments";
        return Err(EvalError::type_error(message, *at));
    }
    let axes = match &args.varargs[..] {
        [] | [(Value::None, _)] => None,
        [(single, at)] => Some(vf.shape_value(single, *at)?),
        many => Some(
            many.iter()
                .map(|(v, s)| as_index_int(v, *s))
                .collect::<EvalResult<_>>()?,
        ),
    };
    let text = vf.text(args.span);
    vf.transposed(&array, axes.as_deref(), text, args.span)
}

/// `np.ndenumerate(arr)`: an iterator of `(index, element)` pairs in C order.
pub(crate) fn ndenumerate(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let array = vf.array_param(args, "arr")?;
    let next = (array.data.size() > 0).then(|| vec![0; array.data.layout.ndim()]);
    let state = crate::value::IterState::NdEnumerate { array, next };
    Ok(crate::value::IteratorObject::value("ndenumerate", state))
}

/// `np.transpose(a, axes=None)`.
pub(crate) fn np_transpose(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let array = vf.array_param(args, "a")?;
    let axes = match args.get("axes") {
        None | Some(Value::None) => None,
        Some(axes) => Some(vf.shape_value(axes, args.span_of("axes"))?),
    };
    let text = vf.text(args.span);
    let transposed = vf.transposed(&array, axes.as_deref(), text, args.span)?;
    Ok(like_a_scalar_method(args, transposed))
}

/// What `np.f(a)` gives when it calls `a.f()`, as NumPy's `_wrapfunc` does: for a NumPy
/// scalar `a`, the scalar's method, whose 0-d result is a scalar again.
fn like_a_scalar_method(args: &Args, result: Value) -> Value {
    match args.get("a") {
        Some(Value::Scalar(..)) => crate::eval::numpy::ndarray::zero_d_to_scalar(result),
        _ => result,
    }
}

/// `a.swapaxes(axis1, axis2)`.
pub(crate) fn swapaxes(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let array = vf.receiver_array(args)?;
    vf.swapped(&array, args)
}

/// `np.swapaxes(a, axis1, axis2)`.
pub(crate) fn np_swapaxes(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let array = vf.array_param(args, "a")?;
    vf.swapped(&array, args)
}

/// `a.ravel(order='C')`: a view when the elements are stored in that order, else a copy.
pub(crate) fn ravel(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let array = vf.receiver_array(args)?;
    ravel_in_order_arg(vf, &array, args)
}

/// `np.ravel(a, order='C')`.
pub(crate) fn np_ravel(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let array = vf.array_param(args, "a")?;
    ravel_in_order_arg(vf, &array, args)
}

/// The ravel of both spellings, in the order their `order=` argument names.
fn ravel_in_order_arg(
    vf: &mut Interpreter,
    array: &Rc<ArrayObject>,
    args: &Args,
) -> EvalResult<Value> {
    let order = order_arg(args.get("order"), Order::C, args.span_of("order"))?;
    let text = vf.text(args.span);
    vf.raveled(array, order, text, args.span)
}

/// `a.diagonal(offset=0, axis1=0, axis2=1)`.
pub(crate) fn diagonal(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let array = vf.receiver_array(args)?;
    vf.diagonal(&array, args)
}

/// `np.diagonal(a, offset=0, axis1=0, axis2=1)`.
pub(crate) fn np_diagonal(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let array = vf.array_param(args, "a")?;
    vf.diagonal(&array, args)
}

/// `np.broadcast_to(array, shape)`: a read-only view with zero strides.
pub(crate) fn broadcast_to(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let span = args.span;
    let array = vf.array_param(args, "array")?;
    let asked = vf.shape_value(args.value("shape")?, args.span_of("shape"))?;
    if asked.iter().any(|&n| n < 0) {
        let message = "all elements of broadcast shape must be non-negative";
        return Err(EvalError::value_error(message, span));
    }
    if asked.is_empty() && array.data.layout.ndim() > 0 {
        let message = "cannot broadcast a non-scalar to a scalar array";
        return Err(EvalError::value_error(message, span));
    }
    let shape: Vec<usize> = asked.into_iter().map(|n| n as usize).collect();
    let layout = array.data.layout.broadcast_to(&shape).map_err(|_| {
        let message = format!(
            "operands could not be broadcast together with remapped shapes [original->remapped]: {}  and requested shape {}",
            compute::shape_text(array.data.shape()),
            compute::shape_text(&shape)
        );
        EvalError::value_error(message, span)
    })?;
    let elements = shape
        .iter()
        .try_fold(1isize, |n, &len| n.checked_mul(isize::try_from(len).ok()?));
    if elements.is_none() {
        return Err(EvalError::value_error("iterator is too large", span));
    }
    crate::eval::numpy::constructors::check_not_too_big(&shape, array.data.dtype, span)?;
    let text = vf.text(span);
    let data = array.data.with_layout(layout, array.data.dtype);
    Ok(vf.new_read_only_view(&array, data, Rule::BroadcastTo, text))
}

/// `a.squeeze(axis=None)`.
pub(crate) fn squeeze(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let array = vf.receiver_array(args)?;
    vf.squeezed(&array, args)
}

/// `np.squeeze(a, axis=None)`.
pub(crate) fn np_squeeze(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let array = vf.array_param(args, "a")?;
    let squeezed = vf.squeezed(&array, args)?;
    Ok(like_a_scalar_method(args, squeezed))
}

/// `np.expand_dims(a, axis)`: `axis` an int or a tuple of ints.
pub(crate) fn expand_dims(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let array = vf.array_param(args, "a")?;
    let span = args.span;
    let axes = vf.axes_value(args.value("axis")?, args.span_of("axis"))?;
    let layout = array
        .data
        .layout
        .expanded(&axes)
        .map_err(|e| layout_error(e, span))?;
    let text = vf.text(span);
    let data = array.data.with_layout(layout, array.data.dtype);
    Ok(vf.new_view(&array, data, Rule::ExpandDims, text))
}

impl Interpreter {
    /// The same bytes as `dtype` (a view, whatever the dtype).
    fn view_as(
        &mut self,
        array: &Rc<ArrayObject>,
        dtype: DType,
        text: String,
        span: Span,
    ) -> EvalResult<Value> {
        let layout = array
            .data
            .layout
            .reinterpreted(dtype.itemsize())
            .map_err(|e| layout_error(e, span))?;
        let rule = match dtype == array.data.dtype {
            true => Rule::View,
            false => Rule::ViewAsDtype(dtype),
        };
        Ok(self.new_view(array, array.data.with_layout(layout, dtype), rule, text))
    }

    /// `a.reshape(shape, order=, copy=)`: a view when NumPy's no-copy rule allows it in that
    /// order (and no copy is asked for), otherwise a copy in that order, seen through the new
    /// shape (its `.base` the hidden copy, as NumPy's).
    pub(crate) fn reshaped(
        &mut self,
        array: &Rc<ArrayObject>,
        shape: &[i64],
        (order, copy): (Order, CopyRequest),
        text: String,
        span: Span,
    ) -> EvalResult<Value> {
        let size = array.data.size();
        let unchanged = shape
            .iter()
            .map(|&n| n as usize)
            .eq(array.data.shape().iter().copied())
            && shape.iter().all(|&n| n >= 0);
        let shape = resolve_shape(shape, size, span)?;
        crate::eval::numpy::constructors::check_not_too_big(&shape, array.data.dtype, span)?;
        let dtype = array.data.dtype;
        let layout = &array.data.layout;
        // NumPy's quick check: the very shape asked for (no -1) keeps the strides.
        let view = match order {
            _ if unchanged => Some(layout.clone()),
            Order::F => layout.reshaped_in_place_f(&shape),
            _ => layout.reshaped_in_place(&shape),
        };
        if let (Some(view), false) = (view, copy == CopyRequest::Always) {
            let data = array.data.with_layout(view, dtype);
            return Ok(self.new_view(array, data, Rule::ReshapeView(order), text));
        }
        if copy == CopyRequest::Never {
            let message = "Unable to avoid creating a copy while reshaping.";
            return Err(EvalError::value_error(message, span));
        }
        let id = self.allocate(array.data.shape(), dtype, span)?;
        let temporary = compute::cast_in_order(&array.data, dtype, id, order)
            .map_err(|e| EvalError::from_compute(e, span))?;
        let view = match order {
            Order::F => Layout::new_array_f(&shape, layout.itemsize),
            _ => Layout::c_contiguous(0, &shape, layout.itemsize),
        };
        Ok(
            self.new_copy_with_hidden_base(
                temporary,
                view,
                Rule::ReshapeCopy(order),
                (array, text),
            ),
        )
    }

    /// `a.T` / `a.transpose(axes)`.
    pub(crate) fn transposed(
        &mut self,
        array: &Rc<ArrayObject>,
        axes: Option<&[i64]>,
        text: String,
        span: Span,
    ) -> EvalResult<Value> {
        let layout = array
            .data
            .layout
            .transposed(axes)
            .map_err(|e| layout_error(e, span))?;
        let data = array.data.with_layout(layout, array.data.dtype);
        Ok(self.new_view(array, data, Rule::Transpose, text))
    }

    fn swapped(&mut self, array: &Rc<ArrayObject>, args: &Args) -> EvalResult<Value> {
        let span = args.span;
        let axis1 = as_index_int(args.value("axis1")?, args.span_of("axis1"))?;
        let axis2 = as_index_int(args.value("axis2")?, args.span_of("axis2"))?;
        let layout = array
            .data
            .layout
            .swapped(axis1, axis2)
            .map_err(|e| layout_error(e, span))?;
        let text = self.text(span);
        let data = array.data.with_layout(layout, array.data.dtype);
        Ok(self.new_view(array, data, Rule::Transpose, text))
    }

    /// `a.ravel(order)`: a view when the elements lie in memory in that order (C, F, or for
    /// `'K'` any order with positive strides), otherwise a copy (with no base) in that order.
    pub(crate) fn raveled(
        &mut self,
        array: &Rc<ArrayObject>,
        order: Order,
        text: String,
        span: Span,
    ) -> EvalResult<Value> {
        let dtype = array.data.dtype;
        let layout = &array.data.layout;
        let order = match order {
            Order::K => Order::K,
            other => other.resolved_for(layout),
        };
        let view = match order {
            Order::F => layout.reshaped_in_place_f(&[layout.size()]),
            Order::K => layout.raveled_in_memory_order(),
            _ => layout.raveled_in_place(),
        };
        if let Some(view) = view {
            return Ok(self.new_view(
                array,
                array.data.with_layout(view, dtype),
                Rule::RavelView(order),
                text,
            ));
        }
        let id = self.allocate(&[array.data.size()], dtype, span)?;
        let data = compute::flattened_in_order(&array.data, dtype, id, order)
            .map_err(|e| EvalError::from_compute(e, span))?;
        let flat = Layout::c_contiguous(0, &[data.size()], dtype.itemsize());
        let rule = Rule::RavelCopy(order);
        Ok(self.new_array(data.with_layout(flat, dtype), rule, Some((array, text))))
    }

    fn diagonal(&mut self, array: &Rc<ArrayObject>, args: &Args) -> EvalResult<Value> {
        let span = args.span;
        let int = |name: &str, default: i64| match args.get(name) {
            Some(v) => as_index_int(v, args.span_of(name)),
            None => Ok(default),
        };
        let (offset, axis1, axis2) = (int("offset", 0)?, int("axis1", 0)?, int("axis2", 1)?);
        let layout = array
            .data
            .layout
            .diagonal(offset, axis1, axis2)
            .map_err(|e| layout_error(e, span))?;
        let text = self.text(span);
        let data = array.data.with_layout(layout, array.data.dtype);
        Ok(self.new_read_only_view(array, data, Rule::Diagonal, text))
    }

    fn squeezed(&mut self, array: &Rc<ArrayObject>, args: &Args) -> EvalResult<Value> {
        let span = args.span;
        let axes = match args.get("axis") {
            None | Some(Value::None) => None,
            // NumPy lets a 0-d array name its one "axis" as a single 0 or -1.
            Some(axis @ (Value::Int(_) | Value::Scalar(..)))
                if array.data.layout.ndim() == 0
                    && matches!(as_index_int(axis, args.span_of("axis")), Ok(0 | -1)) =>
            {
                Some(Vec::new())
            }
            Some(axis) => Some(self.axes_value(axis, args.span_of("axis"))?),
        };
        let layout = array
            .data
            .layout
            .squeezed(axes.as_deref())
            .map_err(|e| layout_error(e, span))?;
        let text = self.text(span);
        let data = array.data.with_layout(layout, array.data.dtype);
        Ok(self.new_view(array, data, Rule::Squeeze, text))
    }

    /// A shape given as an int or a tuple/list of ints.
    pub(crate) fn shape_value(&mut self, value: &Value, span: Span) -> EvalResult<Vec<i64>> {
        let shape: Vec<i64> = match value {
            Value::Tuple(_) | Value::List(_) => self
                .iterate(value, span)?
                .iter()
                .map(|v| as_index_int(v, span))
                .collect::<EvalResult<_>>()?,
            other => vec![as_index_int(other, span)?],
        };
        crate::eval::limits::check_dims(shape.len(), span)?;
        Ok(shape)
    }

    /// An axis argument that may be an int or a tuple of ints (`squeeze`, `expand_dims`).
    fn axes_value(&mut self, value: &Value, span: Span) -> EvalResult<Vec<i64>> {
        match value {
            Value::Tuple(_) | Value::List(_) => self.shape_value(value, span),
            other => Ok(vec![as_index_int(other, span)?]),
        }
    }
}

/// Resolves `-1` in a requested shape and checks the size, with NumPy's messages.
pub(crate) fn resolve_shape(requested: &[i64], size: usize, span: Span) -> EvalResult<Vec<usize>> {
    let unknown: Vec<usize> = (0..requested.len()).filter(|&i| requested[i] < 0).collect();
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
    let known = requested
        .iter()
        .filter(|&&n| n >= 0)
        .try_fold(1usize, |known, &n| known.checked_mul(n as usize))
        .ok_or_else(|| cannot_reshape(size, requested, span))?;
    let mut shape: Vec<usize> = requested.iter().map(|&n| n.max(0) as usize).collect();
    if let Some(&at) = unknown.first() {
        if known == 0 || !size.is_multiple_of(known) {
            return Err(cannot_reshape(size, requested, span));
        }
        shape[at] = size / known;
    }
    if unknown.is_empty() && known != size {
        return Err(cannot_reshape(size, requested, span));
    }
    Ok(shape)
}

/// NumPy's reshape size error. Its `convert_shape_to_string` leaves out leading unknown (`-1`)
/// dimensions and spells later ones `newaxis`: `(-1, 0)` prints as `(0)`, `(0, -1)` as
/// `(0,newaxis)`.
fn cannot_reshape(size: usize, requested: &[i64], span: Span) -> EvalError {
    let leading_unknown = requested.iter().take_while(|&&n| n < 0).count();
    let dims: Vec<String> = requested[leading_unknown..]
        .iter()
        .map(|&n| {
            if n < 0 {
                "newaxis".into()
            } else {
                n.to_string()
            }
        })
        .collect();
    let shape = if dims.is_empty() {
        "()".to_string()
    } else if requested.len() == 1 {
        format!("({},)", dims[0])
    } else {
        format!("({})", dims.join(","))
    };
    let message = format!("cannot reshape array of size {size} into shape {shape}");
    EvalError::value_error(message, span)
}
