//! Indexing arrays: basic indices make views, advanced indices make copies.
//!
//! Integers, slices, `...` and `None` only move the offset and change shape and strides: the
//! result is a view over the same buffer. Integer and boolean arrays pick elements one by one:
//! the result is a copy (and a write through them writes those elements in place). The rules
//! and the error messages are NumPy's.

use std::rc::Rc;

use super::{EvalError, EvalResult, Interpreter};
use crate::memory::compute::{self, Operand};
use crate::memory::layout::advance_c_order;
use crate::memory::{ArrayData, BufferId, DType, Layout, Scalar};
use crate::syntax::{Expr, ExprKind, Span};
use crate::value::{ArrayObject, Value};
use ndarray::Dimension;

/// One evaluated item of an index.
#[derive(Clone, Debug)]
pub(super) enum IndexItem {
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

/// Where the chosen elements of an advanced index are, and the result's shape.
struct Selection {
    view: ArrayData,
    sources: Vec<Vec<usize>>,
    shape: Vec<usize>,
    hidden_base: bool,
}

impl Interpreter {
    /// Evaluates the items of `a[...]`.
    pub(super) fn index_items(&mut self, index: &Expr) -> EvalResult<Vec<IndexItem>> {
        match &index.kind {
            ExprKind::Tuple(items) => items
                .iter()
                .map(|item| self.index_item(item))
                .collect::<EvalResult<Vec<_>>>(),
            _ => {
                let item = self.index_item(index)?;
                Ok(vec![item])
            }
        }
    }

    fn index_item(&mut self, item: &Expr) -> EvalResult<IndexItem> {
        let span = item.span;
        match &item.kind {
            ExprKind::Ellipsis => Ok(IndexItem::Ellipsis(span)),
            ExprKind::Slice { lower, upper, step } => {
                let mut bound = |e: &Option<Box<Expr>>| -> EvalResult<Option<i64>> {
                    match e {
                        None => Ok(None),
                        Some(e) => {
                            let v = self.eval(e)?;
                            slice_bound(&v, e.span)
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
                self.classify_index_value(&value, span)
            }
        }
    }

    /// What an index value means (`None` is a new axis, a list of bools is a mask…).
    fn classify_index_value(&mut self, value: &Value, span: Span) -> EvalResult<IndexItem> {
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
    pub(super) fn index_array(
        &mut self,
        array: &Rc<ArrayObject>,
        items: Vec<IndexItem>,
        span: Span,
    ) -> EvalResult<Value> {
        let text = self.text(span);
        if items.iter().any(is_advanced) {
            let selection = select(&array.data, items, span)?;
            return Ok(self.gather_selection(array, selection, text));
        }
        let (layout, all_ints) = basic_layout(&array.data.layout, &items, span)?;
        let data = array.data.with_layout(layout, array.data.dtype);
        if all_ints {
            return Ok(Value::Scalar(data.dtype, data.get(&[])));
        }
        let rule = if items.iter().any(|i| matches!(i, IndexItem::Slice(..))) {
            "basic slice"
        } else {
            "basic index"
        };
        Ok(self.new_view(array, data, rule, text))
    }

    fn gather_selection(
        &mut self,
        array: &Rc<ArrayObject>,
        selection: Selection,
        text: String,
    ) -> Value {
        let values: Vec<Scalar> = selection
            .sources
            .iter()
            .map(|i| selection.view.get(i))
            .collect();
        let id = self.new_buffer_id();
        let mut data = ArrayData::from_scalars(id, array.data.dtype, &selection.shape, &values);
        if data.size() == 0 {
            data.layout.strides.fill(0);
        }
        let rule = "advanced index: integer list or mask";
        if selection.hidden_base {
            let layout = data.layout.clone();
            return self.new_copy_with_hidden_base(data, layout, rule, (array, text));
        }
        self.new_array(
            data,
            crate::value::OriginKind::Copy,
            rule,
            Some((array, text)),
        )
    }

    /// `a[index] = value` on an array: writes in place through basic or advanced indices.
    pub(super) fn assign_array(
        &mut self,
        array: &Rc<ArrayObject>,
        items: Vec<IndexItem>,
        value: &Value,
        span: Span,
    ) -> EvalResult<()> {
        self.check_writeable(array, span)?;
        let holder = self.operand_holder(value, span)?;
        let Some(operand) = holder.operand() else {
            let message = format!(
                "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                value.type_name()
            );
            return Err(EvalError::type_error(message, span));
        };
        let text = self.text(span);
        if items.iter().any(is_advanced) {
            let selection = select(&array.data, items, span)?;
            return self.scatter_selection(selection, operand, &text, span);
        }
        let (layout, _) = basic_layout(&array.data.layout, &items, span)?;
        let dest = array.data.with_layout(layout, array.data.dtype);
        self.before_write(&dest.buffer);
        compute::assign(&dest, operand).map_err(|e| EvalError::from_compute(e, span))?;
        self.record_write(&text, &dest, None);
        Ok(())
    }

    fn scatter_selection(
        &mut self,
        selection: Selection,
        operand: Operand,
        text: &str,
        span: Span,
    ) -> EvalResult<()> {
        let dtype = selection.view.dtype;
        let staged = ArrayData::zeros(BufferId(0), dtype, &selection.shape);
        compute::assign(&staged, operand)
            .map_err(|e| fancy_assign_error(e, &selection.shape, span))?;
        self.before_write(&selection.view.buffer);
        let mut out_index = vec![0; selection.shape.len()];
        for source in &selection.sources {
            selection.view.set(source, staged.get(&out_index));
            advance_c_order(&mut out_index, &selection.shape);
        }
        let written: Vec<Vec<usize>> = selection.sources.iter().take(64).cloned().collect();
        self.record_write(text, &selection.view, Some(written));
        Ok(())
    }

    /// `ValueError: assignment destination is read-only` unless `array` is writeable.
    pub(super) fn check_writeable(&self, array: &ArrayObject, span: Span) -> EvalResult<()> {
        self.check_writeable_for(array, "assignment destination", span)
    }

    /// `ValueError: <what> is read-only` unless `array` is writeable (NumPy names the role:
    /// "output array" for in-place operators, "sort array" for `sort`).
    pub(super) fn check_writeable_for(
        &self,
        array: &ArrayObject,
        what: &str,
        span: Span,
    ) -> EvalResult<()> {
        if array.writeable.get() {
            Ok(())
        } else {
            Err(EvalError::value_error(format!("{what} is read-only"), span))
        }
    }

    /// Notes an in-place write for the report.
    pub(super) fn record_write(
        &mut self,
        target: &str,
        region: &ArrayData,
        elements: Option<Vec<Vec<usize>>>,
    ) {
        let count = elements.as_ref().map_or(region.size(), Vec::len);
        let write = super::Write {
            target: target.to_string(),
            region: region.clone(),
            elements,
            count,
        };
        self.outcome.writes.push(write);
    }
}

fn is_advanced(item: &IndexItem) -> bool {
    matches!(item, IndexItem::IntArray(..) | IndexItem::BoolArray(..))
}

fn invalid_index(span: Span) -> EvalError {
    let message = "only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices";
    EvalError::index_error(message, span)
}

fn slice_bound(value: &Value, span: Span) -> EvalResult<Option<i64>> {
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
    match data.dtype {
        DType::Bool => {
            let values = data
                .layout
                .indices()
                .iter()
                .map(|i| data.get(i).is_truthy())
                .collect();
            let mask = ndarray::ArrayD::from_shape_vec(data.shape().to_vec(), values)
                .expect("shape matches");
            Ok(IndexItem::BoolArray(mask, span))
        }
        dtype if dtype.is_integer() => {
            let values = data
                .layout
                .indices()
                .iter()
                .map(|i| data.get(i).as_i64())
                .collect();
            let picks = ndarray::ArrayD::from_shape_vec(data.shape().to_vec(), values)
                .expect("shape matches");
            Ok(IndexItem::IntArray(picks, span))
        }
        _ => Err(EvalError::index_error(
            "arrays used as indices must be of integer (or boolean) type",
            span,
        )),
    }
}

/// Replaces `...` by full slices and appends full slices for axes not mentioned.
fn expand_ellipsis(items: &[IndexItem], ndim: usize, span: Span) -> EvalResult<Vec<IndexItem>> {
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

/// The layout that basic indices select, and whether every axis was taken by an integer.
pub(super) fn basic_layout(
    layout: &Layout,
    items: &[IndexItem],
    span: Span,
) -> EvalResult<(Layout, bool)> {
    let items = expand_ellipsis(items, layout.ndim(), span)?;
    let mut result = Layout {
        offset: layout.offset,
        shape: vec![],
        strides: vec![],
        itemsize: layout.itemsize,
    };
    let mut axis = 0;
    for item in &items {
        match item {
            IndexItem::Int(i, span) => {
                let at = normalize_index(*i, layout.shape[axis], axis, *span)?;
                result.offset += at as isize * layout.strides[axis];
                axis += 1;
            }
            IndexItem::Slice(start, stop, step, span) => {
                let (first, len, step) =
                    slice_indices(*start, *stop, *step, layout.shape[axis], *span)?;
                result.offset += first as isize * layout.strides[axis];
                result.shape.push(len);
                result.strides.push(layout.strides[axis] * step as isize);
                axis += 1;
            }
            IndexItem::NewAxis => {
                result.shape.push(1);
                result.strides.push(0);
            }
            _ => unreachable!("only basic items reach basic_layout"),
        }
    }
    let all_ints = items.iter().all(|i| matches!(i, IndexItem::Int(..)));
    Ok((result, all_ints))
}

/// A possibly negative index into an axis of `len`, checked.
pub(super) fn normalize_index(
    index: i64,
    len: usize,
    axis: usize,
    span: Span,
) -> EvalResult<usize> {
    let adjusted = if index < 0 { index + len as i64 } else { index };
    if adjusted < 0 || adjusted >= len as i64 {
        let message = format!("index {index} is out of bounds for axis {axis} with size {len}");
        return Err(EvalError::index_error(message, span));
    }
    Ok(adjusted as usize)
}

/// Python's `slice.indices(len)`: the first index, the number of elements and the step.
pub(super) fn slice_indices(
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
    let count = if step < 0 {
        if last < first {
            (first - last - 1) / (-step) + 1
        } else {
            0
        }
    } else if first < last {
        (last - first - 1) / step + 1
    } else {
        0
    };
    Ok((first, count as usize, step))
}

/// Resolves an index with integer or boolean arrays into the elements it picks.
fn select(data: &ArrayData, items: Vec<IndexItem>, span: Span) -> EvalResult<Selection> {
    let items = expand_ellipsis(&items, data.layout.ndim(), span)?;
    if items.iter().any(is_scalar_mask) {
        return select_with_scalar_masks(data, &items, span);
    }
    let items = masks_to_picks(items, data.shape(), span)?;
    let hidden_base = first_advanced_follows_basic(&items);
    let (view, adv_axes, picks) = basic_part(data, &items, span)?;
    let picked_shape = broadcast_picks(&picks, span)?;
    check_picks_in_bounds(&items, data.shape())?;
    let consecutive = adv_positions_consecutive(&items);
    let rest_axes: Vec<usize> = (0..view.shape().len())
        .filter(|a| !adv_axes.contains(a))
        .collect();
    let shape = result_shape(
        &picked_shape,
        &rest_axes,
        &adv_axes,
        view.shape(),
        consecutive,
    );
    let sources = source_indices(
        &view,
        &picks,
        &picked_shape,
        &adv_axes,
        &rest_axes,
        consecutive,
    );
    Ok(Selection {
        view,
        sources,
        shape,
        hidden_base,
    })
}

fn is_scalar_mask(item: &IndexItem) -> bool {
    matches!(item, IndexItem::BoolArray(mask, _) if mask.ndim() == 0)
}

/// `x[True]` / `x[False]`: NumPy adds an axis of length 1 (or 0) and copies.
fn select_with_scalar_masks(
    data: &ArrayData,
    items: &[IndexItem],
    span: Span,
) -> EvalResult<Selection> {
    if items.iter().any(|i| is_advanced(i) && !is_scalar_mask(i)) {
        return Err(EvalError::unsupported(
            "mixing a scalar boolean index with array indices",
            span,
        ));
    }
    let keep = items.iter().all(|i| match i {
        IndexItem::BoolArray(mask, _) if mask.ndim() == 0 => mask.iter().all(|b| *b),
        _ => true,
    });
    let basic: Vec<IndexItem> = items
        .iter()
        .map(|i| {
            if is_scalar_mask(i) {
                IndexItem::NewAxis
            } else {
                i.clone()
            }
        })
        .collect();
    let (layout, _) = basic_layout(&data.layout, &basic, span)?;
    let mut shape = layout.shape.clone();
    let mask_axes = basic_axes_of_masks(items);
    for &axis in &mask_axes {
        shape[axis] = keep as usize;
    }
    let sources = if keep { layout.indices() } else { Vec::new() };
    let view = data.with_layout(layout, data.dtype);
    Ok(Selection {
        view,
        sources,
        shape,
        hidden_base: false,
    })
}

/// Where each scalar mask's new axis lands in the result.
fn basic_axes_of_masks(items: &[IndexItem]) -> Vec<usize> {
    let mut axis = 0;
    let mut found = Vec::new();
    for item in items {
        match item {
            IndexItem::Int(..) => {}
            i if is_scalar_mask(i) => {
                found.push(axis);
                axis += 1;
            }
            _ => axis += 1,
        }
    }
    found
}

/// Boolean masks become one integer pick array per masked axis (`np.nonzero`); plain integers
/// become 0-d pick arrays, as NumPy treats them alongside advanced indices.
fn masks_to_picks(
    items: Vec<IndexItem>,
    shape: &[usize],
    span: Span,
) -> EvalResult<Vec<IndexItem>> {
    let mut axis = 0;
    let mut out = Vec::new();
    for item in items {
        match item {
            IndexItem::BoolArray(mask, mspan) => {
                for (k, &len) in mask.shape().iter().enumerate() {
                    if shape.get(axis + k) != Some(&len) {
                        let message = format!(
                            "boolean index did not match indexed array along axis {}; size of axis is {} but size of corresponding boolean axis is {}",
                            axis + k,
                            shape.get(axis + k).copied().unwrap_or(0),
                            len
                        );
                        return Err(EvalError::index_error(message, span));
                    }
                }
                let hits: Vec<Vec<usize>> = mask
                    .indexed_iter()
                    .filter(|(_, b)| **b)
                    .map(|(i, _)| i.slice().to_vec())
                    .collect();
                for k in 0..mask.ndim() {
                    let picks = hits.iter().map(|h| h[k] as i64).collect::<Vec<_>>();
                    out.push(IndexItem::IntArray(
                        ndarray::ArrayD::from_shape_vec(vec![picks.len()], picks).expect("1-d"),
                        mspan,
                    ));
                }
                axis += mask.ndim();
            }
            IndexItem::Int(i, ispan) => {
                out.push(IndexItem::IntArray(ndarray::arr0(i).into_dyn(), ispan));
                axis += 1;
            }
            IndexItem::NewAxis => out.push(IndexItem::NewAxis),
            other => {
                out.push(other);
                axis += 1;
            }
        }
    }
    Ok(out)
}

fn first_advanced_follows_basic(items: &[IndexItem]) -> bool {
    let first = items.iter().position(is_advanced).unwrap_or(0);
    items[..first]
        .iter()
        .any(|i| matches!(i, IndexItem::Slice(..) | IndexItem::NewAxis))
}

/// Applies the slices and new axes, keeping advanced axes whole; returns the view, which of
/// its axes are picked, and the pick arrays in order.
fn basic_part(
    data: &ArrayData,
    items: &[IndexItem],
    span: Span,
) -> EvalResult<(ArrayData, Vec<usize>, Vec<ndarray::ArrayD<i64>>)> {
    let mut basic = Vec::new();
    let mut adv_axes = Vec::new();
    let mut picks = Vec::new();
    for item in items {
        match item {
            IndexItem::IntArray(p, _) => {
                adv_axes.push(basic.len());
                picks.push(p.clone());
                basic.push(IndexItem::Slice(None, None, None, span));
            }
            other => basic.push(other.clone()),
        }
    }
    let (layout, _) = basic_layout(&data.layout, &basic, span)?;
    Ok((data.with_layout(layout, data.dtype), adv_axes, picks))
}

fn broadcast_picks(picks: &[ndarray::ArrayD<i64>], span: Span) -> EvalResult<Vec<usize>> {
    let mut shape: Vec<usize> = Vec::new();
    for p in picks {
        shape = compute::broadcast_shapes(&shape, p.shape()).map_err(|_| {
            let shapes: Vec<String> = picks.iter().map(|p| shape_text(p.shape())).collect();
            let message = format!(
                "shape mismatch: indexing arrays could not be broadcast together with shapes {} ",
                shapes.join(" ")
            );
            EvalError::index_error(message, span)
        })?;
    }
    Ok(shape)
}

/// Every picked index must be inside its axis (NumPy's message, pointing at the pick array).
fn check_picks_in_bounds(items: &[IndexItem], shape: &[usize]) -> EvalResult<()> {
    let mut axis = 0;
    for item in items {
        match item {
            IndexItem::IntArray(picks, span) => {
                for &i in picks {
                    normalize_index(i, shape[axis], axis, *span)?;
                }
                axis += 1;
            }
            IndexItem::NewAxis => {}
            _ => axis += 1,
        }
    }
    Ok(())
}

fn adv_positions_consecutive(items: &[IndexItem]) -> bool {
    let positions: Vec<usize> = items
        .iter()
        .enumerate()
        .filter(|(_, i)| is_advanced(i))
        .map(|(p, _)| p)
        .collect();
    positions.windows(2).all(|w| w[1] == w[0] + 1)
}

fn result_shape(
    picked: &[usize],
    rest: &[usize],
    adv: &[usize],
    view: &[usize],
    consecutive: bool,
) -> Vec<usize> {
    let rest_shape = rest.iter().map(|&a| view[a]);
    if consecutive {
        let first = adv[0];
        let before = rest.iter().filter(|&&a| a < first).count();
        let mut shape: Vec<usize> = rest_shape.clone().take(before).collect();
        shape.extend(picked);
        shape.extend(rest_shape.skip(before));
        shape
    } else {
        picked.iter().copied().chain(rest_shape).collect()
    }
}

/// The index into `view` of every result element, in the result's C order.
fn source_indices(
    view: &ArrayData,
    picks: &[ndarray::ArrayD<i64>],
    picked: &[usize],
    adv: &[usize],
    rest: &[usize],
    consecutive: bool,
) -> Vec<Vec<usize>> {
    let broadcast: Vec<ndarray::ArrayViewD<i64>> = picks
        .iter()
        .map(|p| p.broadcast(picked.to_vec()).expect("checked"))
        .collect();
    let rest_shape: Vec<usize> = rest.iter().map(|&a| view.shape()[a]).collect();
    let before = if consecutive {
        rest.iter().filter(|&&a| a < adv[0]).count()
    } else {
        0
    };
    let mut sources = Vec::new();
    for_each_index(&rest_shape[..before], |outer| {
        for_each_index(picked, |p| {
            for_each_index(&rest_shape[before..], |inner| {
                let mut source = vec![0; view.shape().len()];
                for (k, &axis) in adv.iter().enumerate() {
                    let i = broadcast[k][p];
                    source[axis] = if i < 0 {
                        (i + view.shape()[axis] as i64) as usize
                    } else {
                        i as usize
                    };
                }
                for (r, &axis) in rest.iter().enumerate() {
                    source[axis] = if r < before {
                        outer[r]
                    } else {
                        inner[r - before]
                    };
                }
                sources.push(source);
            });
        });
    });
    sources
}

/// Calls `f` with every multi-index of `shape` in C order.
fn for_each_index(shape: &[usize], mut f: impl FnMut(&[usize])) {
    if shape.contains(&0) {
        return;
    }
    let mut index = vec![0; shape.len()];
    loop {
        f(&index);
        if !advance_c_order(&mut index, shape) {
            return;
        }
    }
}

fn fancy_assign_error(error: compute::ComputeError, shape: &[usize], span: Span) -> EvalError {
    if error
        .message
        .starts_with("could not broadcast input array from shape")
    {
        let from = error
            .message
            .split("shape ")
            .nth(1)
            .and_then(|s| s.split(' ').next())
            .unwrap_or("");
        let message = format!(
            "shape mismatch: value array of shape {from} could not be broadcast to indexing result of shape {}",
            shape_text(shape)
        );
        return EvalError::value_error(message, span);
    }
    EvalError::from_compute(error, span)
}

pub(super) use crate::memory::compute::shape_text;

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
