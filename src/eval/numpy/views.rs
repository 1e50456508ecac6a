//! Array methods that make views: `view`, `reshape`, `transpose`/`.T`, `swapaxes`, `ravel` and
//! `diagonal`.
//!
//! Each computes a new layout over the same buffer and decides view-or-copy by NumPy's own
//! rules (`_attempt_nocopy_reshape` for `reshape`, contiguity for `ravel`, the last axis for a
//! `.view(dtype)` of another item size). The layout arithmetic lives here beside the methods, so
//! the reason a call copied can be read next to the code that decided it.

use crate::eval::call::{CallArgs, as_index_int};
use crate::eval::index::resolve_position;
use crate::eval::{EvalError, EvalResult, Interpreter};
use crate::exception::ExceptionKind;
use crate::memory::Layout;
use crate::memory::compute;
use crate::memory::layout::c_strides;
use crate::syntax::Span;
use crate::value::{ArrayObject, Rule, Value};
use std::rc::Rc;

impl Interpreter {
    /// `a.view()` / `a.view(dtype)`: the same bytes, read as another dtype if asked.
    pub(crate) fn array_view(
        &mut self,
        array: &Rc<ArrayObject>,
        dtype: Option<Value>,
        text: String,
        span: Span,
    ) -> EvalResult<Value> {
        let dtype = self
            .optional_dtype_arg(dtype.as_ref(), span)?
            .unwrap_or(array.data.dtype);
        let layout = reinterpret_layout(&array.data.layout, dtype.itemsize(), span)?;
        let rule = if dtype == array.data.dtype {
            Rule::View
        } else {
            Rule::ViewAsDtype(dtype)
        };
        Ok(self.new_view(array, array.data.with_layout(layout, dtype), rule, text))
    }

    /// `a.reshape(shape)`: a view when NumPy's no-copy rule allows, otherwise a copy.
    pub(crate) fn reshaped(
        &mut self,
        array: &Rc<ArrayObject>,
        shape: &[i64],
        text: String,
        span: Span,
    ) -> EvalResult<Value> {
        let size = array.data.size();
        let shape = resolve_shape(shape, size, span)?;
        crate::eval::numpy::constructors::check_not_too_big(&shape, array.data.dtype, span)?;
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
                    Rule::ReshapeView,
                    text,
                ))
            }
            None => {
                crate::eval::limits::check_allocation(array.data.shape(), dtype, span)?;
                let id = self.new_buffer_id();
                let temporary = compute::cast(&array.data, dtype, id);
                let view = Layout::c_contiguous(0, &shape, layout.itemsize);
                Ok(self.new_copy_with_hidden_base(
                    temporary,
                    view,
                    Rule::ReshapeCopy,
                    (array, text),
                ))
            }
        }
    }

    /// `a.T` / `a.transpose(axes)`.
    pub(crate) fn transposed(
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
                    axes.iter().map(|&a| resolve_position(a, ndim)).collect();
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
            Rule::Transpose,
            text,
        ))
    }

    /// `a.swapaxes(i, j)`.
    pub(crate) fn swapped(
        &mut self,
        array: &Rc<ArrayObject>,
        a: i64,
        b: i64,
        text: String,
        span: Span,
    ) -> EvalResult<Value> {
        let ndim = array.data.layout.ndim();
        let check = |axis: i64, which: &str| {
            resolve_position(axis, ndim).ok_or_else(|| {
                let message =
                    format!("{which}: axis {axis} is out of bounds for array of dimension {ndim}");
                EvalError::new(ExceptionKind::AxisError, message, span)
            })
        };
        let (a, b) = (check(a, "axis1")?, check(b, "axis2")?);
        let mut order: Vec<i64> = (0..ndim as i64).collect();
        order.swap(a, b);
        self.transposed(array, Some(order), text)
    }

    /// `a.ravel()`: a view when C-contiguous, otherwise a copy (with no base).
    pub(crate) fn raveled(
        &mut self,
        array: &Rc<ArrayObject>,
        text: String,
        span: Span,
    ) -> EvalResult<Value> {
        if array.data.layout.is_c_contiguous() {
            return self.reshaped(array, &[-1], text, span);
        }
        crate::eval::limits::check_allocation(&[array.data.size()], array.data.dtype, span)?;
        let id = self.new_buffer_id();
        let data = compute::cast(&array.data, array.data.dtype, id);
        let flat = Layout::c_contiguous(0, &[data.size()], data.dtype.itemsize());
        let dtype = data.dtype;
        Ok(self.new_array(
            data.with_layout(flat, dtype),
            Rule::RavelCopy,
            Some((array, text)),
        ))
    }

    /// `a.diagonal(offset=0)` of a 2-d array: a read-only view stepping down and right.
    pub(crate) fn diagonal(
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
        Ok(self.new_read_only_view(
            array,
            array.data.with_layout(new, array.data.dtype),
            Rule::Diagonal,
            text,
        ))
    }

    /// Shape arguments: `reshape(2, 3)`, `reshape((2, 3))`, `reshape(-1)`.
    pub(crate) fn shape_args(&mut self, args: &CallArgs) -> EvalResult<Vec<i64>> {
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

    /// The axes of `transpose(...)`: none, `None`, a tuple, or one int per axis.
    pub(crate) fn axes_args(&mut self, args: &CallArgs) -> EvalResult<Option<Vec<i64>>> {
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

/// Resolves `-1` in a requested shape and checks the size, with NumPy's messages.
fn resolve_shape(requested: &[i64], size: usize, span: Span) -> EvalResult<Vec<usize>> {
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
    EvalError::value_error(
        format!("cannot reshape array of size {size} into shape {shape}"),
        span,
    )
}

/// NumPy's `_attempt_nocopy_reshape` (C order): strides for `shape` over the same memory, or
/// `None` when the elements cannot be reached by strides alone.
fn nocopy_reshape_strides(layout: &Layout, shape: &[usize]) -> Option<Vec<isize>> {
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
