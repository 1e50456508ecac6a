//! Indexing arrays: basic indices make views, advanced indices make copies.
//!
//! Integers, slices, `...` and `None` only move the offset and change shape and strides: the
//! result is a view over the same buffer. Integer and boolean arrays pick elements one by one:
//! the result is a copy (and a write through them writes those elements in place); that
//! selection lives in `fancy`. This file evaluates the index items, computes basic layouts,
//! and routes reads and writes to one or the other. The rules and the error messages are
//! NumPy's.

pub(crate) mod fancy;
#[cfg(test)]
mod props;

use std::rc::Rc;

use crate::eval::{EvalError, EvalResult, Interpreter};
use crate::exception::ExceptionKind;
use crate::memory::compute::{self, Operand};
use crate::memory::layout::AxisIndex;
use crate::memory::{ArrayData, BufferId, DType, Layout, Scalar};
use crate::syntax::{Expr, ExprKind, Span};
use crate::value::{ArrayObject, Value};

/// One evaluated item of an index.
#[derive(Clone, Debug)]
pub(crate) enum IndexItem {
    /// An integer.
    Int(i64, Span),
    /// `start:stop:step`.
    Slice(Option<i64>, Option<i64>, Option<i64>, Span),
    /// `...`.
    Ellipsis(Span),
    /// `None` / `np.newaxis`.
    NewAxis,
    /// An integer array (advanced).
    IntArray(ndarray::ArrayD<i64>, Span),
    /// A boolean mask (advanced).
    BoolArray(ndarray::ArrayD<bool>, Span),
}

/// True when `items` are one integer per axis of an array of `ndim` axes: NumPy then sets
/// one element, converting the value as a scalar (an array of any size but 0-d is "a
/// sequence"), instead of broadcasting it into a view.
fn is_single_element(items: &[IndexItem], ndim: usize) -> bool {
    ndim > 0 && items.len() == ndim && items.iter().all(|i| matches!(i, IndexItem::Int(..)))
}

impl IndexItem {
    /// Whether this item picks elements one by one (an integer or boolean array).
    pub(crate) fn is_advanced(&self) -> bool {
        matches!(self, IndexItem::IntArray(..) | IndexItem::BoolArray(..))
    }
}

impl Interpreter {
    /// Evaluates the items of `a[...]`.
    pub(crate) fn index_items(&mut self, index: &Expr) -> EvalResult<Vec<IndexItem>> {
        self.index_items_mapped(index, &|error| error)
    }

    /// [`Interpreter::index_items`], with `map` applied to the errors of values that are no
    /// valid index (not to those of evaluating them).
    pub(crate) fn index_items_mapped(
        &mut self,
        index: &Expr,
        map: &dyn Fn(EvalError) -> EvalError,
    ) -> EvalResult<Vec<IndexItem>> {
        match &index.kind {
            ExprKind::Tuple(items) => items
                .iter()
                .map(|item| self.index_item(item, map))
                .collect::<EvalResult<Vec<_>>>(),
            _ => {
                let item = self.index_item(index, map)?;
                Ok(vec![item])
            }
        }
    }

    fn index_item(
        &mut self,
        item: &Expr,
        map: &dyn Fn(EvalError) -> EvalError,
    ) -> EvalResult<IndexItem> {
        let span = item.span;
        match &item.kind {
            ExprKind::Ellipsis => Ok(IndexItem::Ellipsis(span)),
            ExprKind::Slice { lower, upper, step } => {
                let mut bound = |e: &Option<Box<Expr>>| -> EvalResult<Option<i64>> {
                    match e {
                        None => Ok(None),
                        Some(e) => {
                            let v = self.eval(e)?;
                            slice_bound(&v, e.span).map_err(map)
                        }
                    }
                };
                Ok(IndexItem::Slice(
                    bound(lower)?,
                    bound(upper)?,
                    bound(step)?,
                    span,
                ))
            }
            _ => {
                let value = self.eval(item)?;
                self.classify_index_value(&value, span).map_err(map)
            }
        }
    }

    /// What an index value means (`None` is a new axis, a list of bools is a mask…).
    pub(crate) fn classify_index_value(
        &mut self,
        value: &Value,
        span: Span,
    ) -> EvalResult<IndexItem> {
        match value {
            Value::Int(i) => Ok(IndexItem::Int(*i, span)),
            Value::Scalar(dtype, s) if dtype.is_integer() => Ok(IndexItem::Int(s.as_i64(), span)),
            Value::None => Ok(IndexItem::NewAxis),
            Value::Bool(b) | Value::Scalar(DType::Bool, Scalar::Bool(b)) => {
                Ok(IndexItem::BoolArray(ndarray::arr0(*b).into_dyn(), span))
            }
            Value::Tuple(_) => Err(EvalError::unsupported(
                "a tuple stored in a name as an index",
                span,
            )),
            Value::Array(array) => array_index(&array.data, span),
            Value::List(_) => {
                let data = if matches!(value, Value::List(l) if l.borrow().is_empty()) {
                    ArrayData::zeros(BufferId(0), DType::Int64, &[0])
                } else {
                    self.scratch_array_from(value, span)
                        .map_err(|_| invalid_index(span))?
                };
                array_index(&data, span)
            }
            _ => Err(invalid_index(span)),
        }
    }

    /// `a[index]` on an array.
    pub(crate) fn index_array(
        &mut self,
        array: &Rc<ArrayObject>,
        items: Vec<IndexItem>,
        span: Span,
    ) -> EvalResult<Value> {
        let text = self.text(span);
        if items.iter().any(IndexItem::is_advanced) {
            return self.index_advanced(array, items, text, span);
        }
        let (layout, all_ints) = basic_layout(&array.data.layout, &items, span)?;
        let data = array.data.with_layout(layout, array.data.dtype);
        if all_ints {
            return Ok(Value::Scalar(data.dtype, data.get(&[])));
        }
        let rule = if items.iter().any(|i| matches!(i, IndexItem::Slice(..))) {
            crate::value::Rule::BasicSlice
        } else {
            crate::value::Rule::BasicIndex
        };
        Ok(self.new_view(array, data, rule, text))
    }

    /// `a[index] = value` on an array: writes in place through basic or advanced indices.
    pub(crate) fn assign_array(
        &mut self,
        array: &Rc<ArrayObject>,
        items: Vec<IndexItem>,
        value: &Value,
        span: Span,
    ) -> EvalResult<()> {
        self.check_writeable(array, span)?;
        let single_element = is_single_element(&items, array.data.layout.ndim());
        let as_bool;
        let value = match single_element && array.data.dtype == DType::Bool {
            true => {
                as_bool = bool_element(value, span)?;
                &as_bool
            }
            false => value,
        };
        let holder = self.operand_holder(value, span)?;
        let Some(operand) = holder.operand() else {
            let message = format!(
                "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                value.type_name()
            );
            return Err(EvalError::type_error(message, span));
        };
        let text = self.text(span);
        if items.iter().any(IndexItem::is_advanced) {
            check_python_items(array.data.dtype, value, span)?;
            return self.assign_advanced(&array.data, items, operand, &text, span);
        }
        if single_element && matches!(value, Value::Array(v) if v.data.layout.ndim() > 0) {
            let scalar = "only 0-dimensional arrays can be converted to Python scalars";
            return Err(EvalError::value_error(SEQUENCE_INTO_ELEMENT, span)
                .caused_by(ExceptionKind::TypeError, scalar));
        }
        let (layout, _) = basic_layout(&array.data.layout, &items, span)?;
        check_nesting_fits(value, layout.ndim(), span)?;
        check_python_items(array.data.dtype, value, span)?;
        let dest = array.data.with_layout(layout, array.data.dtype);
        self.before_validated_write(&dest.buffer);
        compute::assign(&dest, operand).map_err(|e| EvalError::from_compute(e, span))?;
        self.record_write(&text, &dest);
        Ok(())
    }

    /// `ValueError: assignment destination is read-only` unless `array` is writeable.
    pub(crate) fn check_writeable(&self, array: &ArrayObject, span: Span) -> EvalResult<()> {
        self.check_writeable_for(array, "assignment destination", span)
    }

    /// `ValueError: <what> is read-only` unless `array` is writeable (NumPy names the role:
    /// "output array" for in-place operators, "sort array" for `sort`).
    pub(crate) fn check_writeable_for(
        &self,
        array: &ArrayObject,
        what: &str,
        span: Span,
    ) -> EvalResult<()> {
        if !array.writeable.get() {
            return Err(EvalError::value_error(format!("{what} is read-only"), span));
        }
        if array.data.layout.repeats_elements() {
            return Err(EvalError::unsupported(
                "writing through a broadcast view made writeable (several indices share one element)",
                span,
            ));
        }
        Ok(())
    }

    /// Notes an in-place write for the report.
    pub(crate) fn record_write(&mut self, target: &str, region: &ArrayData) {
        let write = crate::eval::Write {
            target: target.to_string(),
            region: region.clone(),
            elements: None,
            count: region.size(),
            approximate: false,
            frame: self.running_function(),
        };
        self.outcome.record_write(write);
    }

    /// Notes a fancy write of the elements at `sources` (indices into `region`).
    pub(crate) fn record_fancy_write(
        &mut self,
        target: &str,
        region: &ArrayData,
        sources: &[Vec<usize>],
    ) {
        let mut distinct: Vec<Vec<usize>> = Vec::new();
        let mut seen = std::collections::HashSet::new();
        for index in sources {
            if distinct.len() > crate::eval::step::WRITTEN_ELEMENTS_KEPT {
                break;
            }
            if seen.insert(index) {
                distinct.push(index.clone());
            }
        }
        let approximate = distinct.len() > crate::eval::step::WRITTEN_ELEMENTS_KEPT;
        let write = crate::eval::Write {
            target: target.to_string(),
            region: region.clone(),
            elements: (!approximate).then_some(distinct),
            count: sources.len(),
            approximate,
            frame: self.running_function(),
        };
        self.outcome.record_write(write);
    }
}

fn invalid_index(span: Span) -> EvalError {
    let message = "only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices";
    EvalError::index_error(message, span)
}

/// A slice bound (`a[1:]`, `lst[:n]`): an integer, a bool, an integer NumPy scalar, or None.
pub(crate) fn slice_bound(value: &Value, span: Span) -> EvalResult<Option<i64>> {
    match value {
        Value::None => Ok(None),
        Value::Int(i) => Ok(Some(*i)),
        Value::Bool(b) => Ok(Some(*b as i64)),
        Value::Scalar(dtype, s) if dtype.is_integer() => Ok(Some(s.as_i64())),
        _ => Err(EvalError::type_error(
            "slice indices must be integers or None or have an __index__ method",
            span,
        )),
    }
}

/// An array used as an index: integer arrays pick, boolean arrays mask.
fn array_index(data: &ArrayData, span: Span) -> EvalResult<IndexItem> {
    crate::eval::limits::check_materialize(data, span)?;
    match data.dtype {
        DType::Bool => Ok(IndexItem::BoolArray(
            elements_as(data, |s| s.is_truthy()),
            span,
        )),
        dtype if dtype.is_integer() => {
            Ok(IndexItem::IntArray(elements_as(data, |s| s.as_i64()), span))
        }
        _ => Err(EvalError::index_error(
            "arrays used as indices must be of integer (or boolean) type",
            span,
        )),
    }
}

/// Every element of `data`, converted, as an `ndarray` of the same shape whose axes lie in
/// memory in the order `data`'s do (NumPy lays an advanced index's result out by it).
fn elements_as<T: Clone>(data: &ArrayData, convert: impl Fn(Scalar) -> T) -> ndarray::ArrayD<T> {
    use ndarray::ShapeBuilder;
    let shape = data.shape().to_vec();
    if data.size() == 0 {
        return ndarray::ArrayD::from_shape_vec(shape, Vec::new()).expect("empty");
    }
    let dense = crate::memory::Layout::new_array_like(&shape, 1, &[&data.layout], false);
    let mut slots: Vec<Option<T>> = vec![None; data.size()];
    for index in data.layout.indices() {
        let at = dense.byte_offset_of(&index) as usize;
        slots[at] = Some(convert(data.get(&index)));
    }
    let values: Option<Vec<T>> = slots.into_iter().collect();
    let strides: Vec<usize> = dense.strides.iter().map(|&s| s as usize).collect();
    let values = values.expect("a dense layout reaches every slot once");
    ndarray::ArrayD::from_shape_vec(shape.strides(strides), values).expect("shape matches")
}

/// Replaces `...` by full slices and appends full slices for axes not mentioned.
pub(crate) fn expand_ellipsis(
    items: &[IndexItem],
    ndim: usize,
    span: Span,
) -> EvalResult<Vec<IndexItem>> {
    let consumed: usize = items.iter().map(axes_consumed).sum();
    let ellipses = items
        .iter()
        .filter(|i| matches!(i, IndexItem::Ellipsis(_)))
        .count();
    if let Some(IndexItem::Ellipsis(second)) = items
        .iter()
        .filter(|i| matches!(i, IndexItem::Ellipsis(_)))
        .nth(1)
    {
        return Err(EvalError::index_error(
            "an index can only have a single ellipsis ('...')",
            *second,
        ));
    }
    if consumed > ndim {
        let message = format!(
            "too many indices for array: array is {ndim}-dimensional, but {consumed} were indexed"
        );
        return Err(EvalError::index_error(message, span));
    }
    let full = || IndexItem::Slice(None, None, None, span);
    let mut expanded = Vec::with_capacity(items.len() + ndim);
    for item in items {
        match item {
            IndexItem::Ellipsis(_) => expanded.extend((consumed..ndim).map(|_| full())),
            other => expanded.push(other.clone()),
        }
    }
    if ellipses == 0 {
        expanded.extend((consumed..ndim).map(|_| full()));
    }
    Ok(expanded)
}

fn axes_consumed(item: &IndexItem) -> usize {
    match item {
        IndexItem::Int(..) | IndexItem::Slice(..) | IndexItem::IntArray(..) => 1,
        IndexItem::BoolArray(mask, _) => mask.ndim(),
        IndexItem::Ellipsis(_) | IndexItem::NewAxis => 0,
    }
}

/// The layout that basic indices select, and whether every axis was taken by an integer (then
/// NumPy returns a scalar; an index holding `...` always gives an array, a 0-d view at least).
/// Each item is checked against its axis here (NumPy's messages); the arithmetic is
/// [`Layout::selected`].
pub(crate) fn basic_layout(
    layout: &Layout,
    items: &[IndexItem],
    span: Span,
) -> EvalResult<(Layout, bool)> {
    let has_ellipsis = items.iter().any(|i| matches!(i, IndexItem::Ellipsis(_)));
    let items = expand_ellipsis(items, layout.ndim(), span)?;
    let all_ints = !has_ellipsis && items.iter().all(|i| matches!(i, IndexItem::Int(..)));
    let mut checked = Vec::with_capacity(items.len());
    let mut axis = 0;
    for item in &items {
        checked.push(match item {
            IndexItem::Int(i, span) => {
                axis += 1;
                AxisIndex::At(normalize_index(
                    *i,
                    layout.shape[axis - 1],
                    axis - 1,
                    *span,
                )?)
            }
            IndexItem::Slice(start, stop, step, span) => {
                axis += 1;
                let (first, len, step) =
                    slice_indices(*start, *stop, *step, layout.shape[axis - 1], *span)?;
                AxisIndex::Slice { first, len, step }
            }
            IndexItem::NewAxis => AxisIndex::NewAxis,
            _ => unreachable!("only basic items reach basic_layout"),
        });
    }
    let result = layout.selected(&checked);
    if result.ndim() > crate::eval::limits::MAX_DIMS {
        let message = format!(
            "number of dimensions must be within [0, {}], indexing result would have {}",
            crate::eval::limits::MAX_DIMS,
            result.ndim()
        );
        return Err(EvalError::index_error(message, span));
    }
    Ok((result, all_ints))
}

/// A possibly negative index into an axis of `len`, checked.
pub(crate) fn normalize_index(
    index: i64,
    len: usize,
    axis: usize,
    span: Span,
) -> EvalResult<usize> {
    resolve_position(index, len).ok_or_else(|| {
        let message = format!("index {index} is out of bounds for axis {axis} with size {len}");
        EvalError::index_error(message, span)
    })
}

/// A possibly negative position (an index, an axis) counted from the end of `len`, or `None`
/// when out of range.
pub(crate) fn resolve_position(i: i64, len: usize) -> Option<usize> {
    let at = if i < 0 { i + len as i64 } else { i };
    (at >= 0 && at < len as i64).then_some(at as usize)
}

/// Python's `slice.indices(len)`: the first index, the number of elements and the step.
pub(crate) fn slice_indices(
    start: Option<i64>,
    stop: Option<i64>,
    step: Option<i64>,
    len: usize,
    span: Span,
) -> EvalResult<(i64, usize, i64)> {
    let step = step.unwrap_or(1);
    if step == 0 {
        return Err(EvalError::value_error("slice step cannot be zero", span));
    }
    let len = len as i64;
    let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let clamp = |bound: Option<i64>, default: i64| match bound {
        None => default,
        Some(b) if b < 0 => (b.saturating_add(len)).max(lower),
        Some(b) => b.min(upper),
    };
    let first = clamp(start, if step < 0 { upper } else { lower });
    let last = clamp(stop, if step < 0 { lower } else { upper });
    let (near, far) = if step < 0 {
        (last, first)
    } else {
        (first, last)
    };
    let count = if near < far {
        (far - near - 1) as u64 / step.unsigned_abs() + 1
    } else {
        0
    };
    Ok((first, count as usize, step))
}

/// NumPy turns a list written into `ndim` dimensions into an array of at most `ndim`
/// dimensions, so `a[1:4] = [[1, 2, 3]]` into a 1-D array is an error, not a broadcast.
fn check_nesting_fits(value: &Value, ndim: usize, span: Span) -> EvalResult<()> {
    if nesting_depth(value) <= ndim {
        return Ok(());
    }
    let message = match ndim {
        0 => "setting an array element with a sequence.".to_string(),
        _ => format!(
            "setting an array element with a sequence. The requested array would exceed the \
             maximum number of dimension of {ndim}."
        ),
    };
    Err(EvalError::value_error(message, span))
}

/// How deeply lists and tuples nest along their first items: `[[1, 2]]` is 2, `5` is 0.
fn nesting_depth(value: &Value) -> usize {
    match value {
        Value::List(items) => 1 + items.borrow().first().map_or(0, nesting_depth),
        Value::Tuple(items) => 1 + items.first().map_or(0, nesting_depth),
        _ => 0,
    }
}

/// NumPy converts each Python number of a list or tuple written into an integer array the way
/// it converts a lone scalar, so `u8[:2] = [-1, 2]` is an `OverflowError`, not 255, and
/// `i8[:] = [np.nan]` a `ValueError`.
fn check_python_items(dtype: DType, value: &Value, span: Span) -> EvalResult<()> {
    let check = |operand: Operand| {
        compute::check_integer_scalar(dtype, &operand).map_err(|e| EvalError::from_compute(e, span))
    };
    match value {
        _ if !dtype.is_integer() => Ok(()),
        Value::List(items) => items
            .borrow()
            .iter()
            .try_for_each(|item| check_python_items(dtype, item, span)),
        Value::Tuple(items) => items
            .iter()
            .try_for_each(|item| check_python_items(dtype, item, span)),
        Value::Int(i) => check(Operand::PyInt(*i)),
        Value::Float(x) => check(Operand::PyFloat(*x)),
        _ => Ok(()),
    }
}

/// The value NumPy stores into one element of a bool array: a list, tuple or str by its
/// truth (`a[0] = [1, 2]` stores True), an array of one element by that element's, any other
/// array "a sequence"; other values as they are.
fn bool_element(value: &Value, span: Span) -> EvalResult<Value> {
    Ok(match value {
        Value::List(items) => Value::Bool(!items.borrow().is_empty()),
        Value::Tuple(items) => Value::Bool(!items.is_empty()),
        Value::Array(array) if array.data.layout.ndim() > 0 => match array.data.size() {
            1 => Value::Scalar(
                array.data.dtype,
                array.data.get(&vec![0; array.data.layout.ndim()]),
            ),
            size => {
                let truth = match size {
                    0 => {
                        "The truth value of an empty array is ambiguous. Use `array.size > 0` to check that an array is not empty."
                    }
                    _ => {
                        "The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()"
                    }
                };
                return Err(EvalError::value_error(SEQUENCE_INTO_ELEMENT, span)
                    .caused_by(ExceptionKind::ValueError, truth));
            }
        },
        other => other.clone(),
    })
}

/// NumPy's error for an array stored into one element.
const SEQUENCE_INTO_ELEMENT: &str = "setting an array element with a sequence.";

#[cfg(test)]
mod tests {
    use super::*;

    fn span() -> Span {
        Span::default()
    }

    #[test]
    fn slice_indices_match_python() {
        assert_eq!(
            slice_indices(Some(1), None, None, 3, span()).unwrap(),
            (1, 2, 1)
        );
        assert_eq!(
            slice_indices(None, None, Some(-1), 5, span()).unwrap(),
            (4, 5, -1)
        );
        assert_eq!(
            slice_indices(Some(-2), Some(-10), Some(-1), 5, span()).unwrap(),
            (3, 4, -1)
        );
        assert_eq!(
            slice_indices(Some(10), Some(20), None, 5, span()).unwrap(),
            (5, 0, 1)
        );
        assert!(slice_indices(None, None, Some(0), 5, span()).is_err());
        assert_eq!(
            slice_indices(None, None, Some(i64::MIN), 5, span()).unwrap(),
            (4, 1, i64::MIN)
        );
    }

    #[test]
    fn positions_count_back_from_the_end() {
        assert_eq!(resolve_position(-1, 3), Some(2));
        assert_eq!(resolve_position(2, 3), Some(2));
        assert_eq!(resolve_position(3, 3), None);
        assert_eq!(resolve_position(-4, 3), None);
        assert_eq!(resolve_position(0, 0), None);
    }

    #[test]
    fn basic_layout_of_a_reversed_column() {
        let m = Layout::c_contiguous(0, &[3, 4], 8);
        let items = vec![
            IndexItem::Slice(None, None, Some(-1), span()),
            IndexItem::Int(1, span()),
        ];
        let (view, all_ints) = basic_layout(&m, &items, span()).unwrap();
        assert_eq!(
            (view.offset, view.shape, view.strides, all_ints),
            (72, vec![3], vec![-32], false)
        );
    }

    #[test]
    fn too_many_indices_is_numpys_message() {
        let a = Layout::c_contiguous(0, &[3], 8);
        let items = vec![IndexItem::Int(0, span()), IndexItem::Int(0, span())];
        let error = basic_layout(&a, &items, span()).unwrap_err();
        assert_eq!(
            error.message,
            "too many indices for array: array is 1-dimensional, but 2 were indexed"
        );
    }
}
