//! Advanced ("fancy") indexing: integer arrays and boolean masks pick elements one by one.
//!
//! An index with an integer or boolean array is resolved into a `Selection`: the view its basic
//! items make, the index of every picked element in it, and the result's shape, by NumPy's
//! rules (masks become `nonzero` picks, picks broadcast together, separated advanced axes go
//! first). Reading gathers those elements into a new buffer; writing scatters into the same
//! elements in place.

use std::rc::Rc;

use crate::eval::index::{IndexItem, basic_layout, expand_ellipsis, normalize_index};
use crate::eval::{EvalError, EvalResult, Interpreter};
use crate::memory::compute::{self, Operand, shape_text};
use crate::memory::layout::{Layout, advance_c_order, sorted_stride_order};
use crate::memory::{ArrayData, BufferId, Scalar};
use crate::syntax::Span;
use crate::value::{ArrayObject, Value};
use ndarray::Dimension;

/// Where the chosen elements of an advanced index are, and the result's shape and memory.
struct Selection {
    view: ArrayData,
    sources: Vec<Vec<usize>>,
    shape: Vec<usize>,
    memory: ResultMemory,
}

/// How NumPy lays out the result of an advanced index (mapping.c, `PyArray_MapIterNew`): a
/// new array with the picked axes first and the remaining ("subspace") axes after them, then,
/// when the picked axes stand together after other axes, a transposed view of it that puts
/// them back in place (`MapIterSwapAxes`); that array is the view's `.base`.
struct ResultMemory {
    /// The new array's layout (picked axes first).
    allocated: Layout,
    /// For each result axis, its axis in `allocated`, when the result is a transposed view.
    transposed: Option<Vec<usize>>,
}

/// The axes of an advanced index: the view its basic items make, which of its axes are
/// picked (and whether they stand together), the shape of the picks and their layouts.
struct PickedAxes<'a> {
    view: &'a Layout,
    adv: &'a [usize],
    rest: &'a [usize],
    consecutive: bool,
    picked: &'a [usize],
    pick_layouts: Vec<Layout>,
}

impl Interpreter {
    /// `a[picks]`: a copy of the elements an index with integer or boolean arrays picks.
    pub(crate) fn index_advanced(
        &mut self,
        array: &Rc<ArrayObject>,
        items: Vec<IndexItem>,
        text: String,
        span: Span,
    ) -> EvalResult<Value> {
        let selection = select(&array.data, items, span)?;
        let values: Vec<Scalar> = selection
            .sources
            .iter()
            .map(|i| crate::eval::cancel::checked(selection.view.get(i), span))
            .collect::<EvalResult<_>>()?;
        let id = self.allocate(&selection.shape, array.data.dtype, span)?;
        let memory = selection.memory;
        let data = ArrayData::zeros_in(id, array.data.dtype, memory.allocated.clone());
        let result = match &memory.transposed {
            Some(order) => memory.allocated.permuted(order),
            None => memory.allocated.clone(),
        };
        let view = data.with_layout(result.clone(), data.dtype);
        let mut index = vec![0; selection.shape.len()];
        for &value in &values {
            view.set(&index, value);
            advance_c_order(&mut index, &selection.shape);
        }
        let rule = crate::value::Rule::AdvancedIndex;
        if memory.transposed.is_some() {
            return Ok(self.new_copy_with_hidden_base(data, result, rule, (array, text)));
        }
        Ok(self.new_array(data, rule, Some((array, text))))
    }

    /// `a[picks] = value`: writes the picked elements of `data` in place, one by one.
    pub(crate) fn assign_advanced(
        &mut self,
        data: &ArrayData,
        items: Vec<IndexItem>,
        operand: Operand,
        text: &str,
        span: Span,
    ) -> EvalResult<()> {
        refuse_masked_overlap(data, &items, &operand, span)?;
        let selection = select(data, items, span)?;
        let dtype = selection.view.dtype;
        let staged = ArrayData::zeros(BufferId(0), dtype, &selection.shape);
        compute::assign(&staged, operand)
            .map_err(|e| fancy_assign_error(e, &selection.shape, span))?;
        self.before_write(&selection.view.buffer);
        let mut out_index = vec![0; selection.shape.len()];
        for source in &selection.sources {
            crate::eval::cancel::check(span)?;
            selection.view.set(source, staged.get(&out_index));
            advance_c_order(&mut out_index, &selection.shape);
        }
        self.record_fancy_write(text, &selection.view, &selection.sources);
        Ok(())
    }
}

/// An honest refusal of `a[mask] = v` where `v` shares memory with `a`: NumPy does not copy
/// `v` first (as it does for integer indices) but reads it while it writes, run by run of
/// the mask, so what lands depends on its copy loop.
fn refuse_masked_overlap(
    data: &ArrayData,
    items: &[IndexItem],
    operand: &Operand,
    span: Span,
) -> EvalResult<()> {
    let masked = items.iter().any(|i| matches!(i, IndexItem::BoolArray(..)));
    let Operand::Array(value) = operand else {
        return Ok(());
    };
    let overlaps = Rc::ptr_eq(&value.buffer, &data.buffer)
        && crate::memory::overlap::shares_memory(&value.layout, &data.layout);
    if masked && overlaps {
        let what = "assigning through a boolean mask from an array that shares memory with the target (NumPy reads it while it writes, by its own loop)";
        return Err(EvalError::unsupported(what, span));
    }
    Ok(())
}

/// Resolves an index with integer or boolean arrays into the elements it picks.
fn select(data: &ArrayData, items: Vec<IndexItem>, span: Span) -> EvalResult<Selection> {
    let items = expand_ellipsis(&items, data.layout.ndim(), span)?;
    if items.iter().any(is_scalar_mask) {
        return select_with_scalar_masks(data, &items, span);
    }
    let items = masks_to_picks(items, data.shape(), span)?;
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
    crate::eval::limits::check_allocation(&shape, data.dtype, span)?;
    let sources = source_indices(
        &view,
        &picks,
        &picked_shape,
        &adv_axes,
        &rest_axes,
        consecutive,
    );
    crate::eval::cancel::check(span)?;
    let memory = result_memory(
        PickedAxes {
            view: &view.layout,
            adv: &adv_axes,
            rest: &rest_axes,
            consecutive,
            picked: &picked_shape,
            pick_layouts: picks.iter().map(pick_layout).collect(),
        },
        data.dtype.itemsize(),
    );
    Ok(Selection {
        view,
        sources,
        shape,
        memory,
    })
}

/// NumPy's layout of an advanced index's result (see [`ResultMemory`]). The picked axes are
/// in C order when more than one element is left per pick, else in the pick arrays' memory
/// order; the remaining axes are in the order of their strides in the source.
fn result_memory(axes: PickedAxes, itemsize: usize) -> ResultMemory {
    let rest_shape: Vec<usize> = axes.rest.iter().map(|&a| axes.view.shape[a]).collect();
    let rest_strides: Vec<isize> = axes.rest.iter().map(|&a| axes.view.strides[a]).collect();
    let subspace_size: usize = rest_shape.iter().product();
    let rest_order = sorted_stride_order(&rest_strides);
    let rest_layout = Layout::new_array_in_axis_order(&rest_shape, itemsize, &rest_order);
    let unit = itemsize * subspace_size.max(1);
    let picked_layout = match subspace_size {
        1 => {
            let operands: Vec<&Layout> = axes.pick_layouts.iter().collect();
            Layout::new_array_like(axes.picked, unit, &operands, false)
        }
        _ => Layout::c_contiguous(0, axes.picked, unit),
    };
    let mut allocated = Layout {
        offset: 0,
        shape: [axes.picked, &rest_shape[..]].concat(),
        strides: [picked_layout.strides, rest_layout.strides].concat(),
        itemsize,
    };
    if allocated.size() == 0 {
        allocated.strides.fill(0);
    }
    let before = axes.rest.iter().filter(|&&a| a < axes.adv[0]).count();
    let transposed = (axes.consecutive && before > 0).then(|| {
        let n = axes.picked.len();
        let outer = n..n + before;
        outer
            .chain(0..n)
            .chain(n + before..n + axes.rest.len())
            .collect()
    });
    ResultMemory {
        allocated,
        transposed,
    }
}

/// A pick array's layout, in units of one element, as NumPy's iterator sees it.
fn pick_layout(picks: &ndarray::ArrayD<i64>) -> Layout {
    Layout {
        offset: 0,
        shape: picks.shape().to_vec(),
        strides: picks.strides().to_vec(),
        itemsize: 1,
    }
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
    if items.iter().any(|i| i.is_advanced() && !is_scalar_mask(i)) {
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
    crate::eval::limits::check_allocation(&shape, data.dtype, span)?;
    let sources = if keep { layout.indices() } else { Vec::new() };
    let memory = scalar_mask_memory(&layout, &mask_axes, keep, data.dtype.itemsize());
    let view = data.with_layout(layout, data.dtype);
    Ok(Selection {
        view,
        sources,
        shape,
        memory,
    })
}

/// A scalar mask is a picked axis of length 1 (or 0) standing where the mask does; with
/// several, viewfinder lays the result out in C order.
fn scalar_mask_memory(
    layout: &Layout,
    masks: &[usize],
    keep: bool,
    itemsize: usize,
) -> ResultMemory {
    let mut shape = layout.shape.clone();
    for &axis in masks {
        shape[axis] = keep as usize;
    }
    if masks.len() != 1 {
        return ResultMemory {
            allocated: Layout::new_array(&shape, itemsize),
            transposed: None,
        };
    }
    let rest: Vec<usize> = (0..layout.ndim()).filter(|a| !masks.contains(a)).collect();
    let picked = [keep as usize];
    let axes = PickedAxes {
        view: layout,
        adv: masks,
        rest: &rest,
        consecutive: true,
        picked: &picked,
        pick_layouts: Vec::new(),
    };
    result_memory(axes, itemsize)
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
                // An empty mask selects nothing whatever its shape, as in NumPy.
                for (k, &len) in mask.shape().iter().enumerate() {
                    if shape.get(axis + k) != Some(&len) && !mask.is_empty() {
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
        .filter(|(_, i)| i.is_advanced())
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
