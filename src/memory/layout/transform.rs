//! The views NumPy makes without moving a byte, as arithmetic on layouts.
//!
//! Transposing, swapping axes, reshaping without a copy, ravelling, taking a diagonal,
//! broadcasting, reading the bytes as another dtype, squeezing, adding axes and basic indexing
//! each compute a new offset, shape and strides over the same buffer, or say why they cannot
//! ([`LayoutError`]). The evaluator turns a `LayoutError` into NumPy's own message; the property
//! tests beside this file check every transform against the overlap solver and against a
//! materialised copy.

use super::{Layout, c_strides};

/// Why a layout cannot be transformed as asked. Each variant names a call that meets it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LayoutError {
    /// `a.transpose(0, 1, 2)` on a 2-d array: not one axis each.
    AxesDontMatch,
    /// `a.transpose(0, 0)`: an axis given twice.
    TransposeRepeatsAxis,
    /// `a.swapaxes(0, 5)`: `axis` is not an axis of an array of `ndim` dimensions; `argument`
    /// names the parameter in NumPy's message (`axis1`), if it does.
    AxisOutOfBounds {
        /// The axis asked for.
        axis: i64,
        /// The array's number of dimensions.
        ndim: usize,
        /// The parameter's name, when NumPy puts it first (`axis1: axis 5 is out of …`).
        argument: Option<&'static str>,
    },
    /// `m.diagonal(0, 1, 1)`.
    SameDiagonalAxes,
    /// `np.arange(3).diagonal()`.
    DiagonalNeedsTwoAxes,
    /// `np.broadcast_to(np.arange(3), (2, 4))`.
    NotBroadcastable,
    /// `a.view(np.int32)` of a 0-d int64 array.
    ZeroDimItemsize,
    /// `m.T.view(np.int8)`: the last axis is not contiguous.
    LastAxisNotContiguous,
    /// `np.zeros(3, np.int32).view('V3')`-like: the new item size does not divide the old.
    SmallerNotDivisor,
    /// `np.zeros(3, np.int8).view(np.int16)`: the last axis's bytes are not a multiple.
    LargerNotDivisor,
    /// `np.zeros((2, 3)).squeeze(0)`: the axis is longer than 1.
    SqueezeLongAxis,
    /// `np.expand_dims(a, (0, 0))`.
    RepeatedAxis,
}

/// One item of a basic index, already checked against its axis.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AxisIndex {
    /// An integer index into the axis (`a[2]`), in range.
    At(usize),
    /// A slice, as Python's `slice.indices` resolves it: the first index, the number of
    /// elements and the step.
    Slice {
        /// First index taken.
        first: i64,
        /// How many elements.
        len: usize,
        /// The step (never 0).
        step: i64,
    },
    /// `None` / `np.newaxis`: a new axis of length 1.
    NewAxis,
}

/// `axis` counted from the end when negative, checked against `ndim`.
pub fn resolve_axis(axis: i64, ndim: usize) -> Result<usize, LayoutError> {
    let resolved = if axis < 0 { axis + ndim as i64 } else { axis };
    match resolved >= 0 && resolved < ndim as i64 {
        true => Ok(resolved as usize),
        false => Err(LayoutError::AxisOutOfBounds {
            axis,
            ndim,
            argument: None,
        }),
    }
}

/// Like [`resolve_axis`], naming the parameter in the error (`axis1: axis 5 is out of …`).
fn resolve_named_axis(
    axis: i64,
    ndim: usize,
    argument: &'static str,
) -> Result<usize, LayoutError> {
    resolve_axis(axis, ndim).map_err(|_| LayoutError::AxisOutOfBounds {
        axis,
        ndim,
        argument: Some(argument),
    })
}

impl Layout {
    /// The same elements with the axes in `order` (each axis exactly once).
    pub fn permuted(&self, order: &[usize]) -> Layout {
        Layout {
            offset: self.offset,
            shape: order.iter().map(|&axis| self.shape[axis]).collect(),
            strides: order.iter().map(|&axis| self.strides[axis]).collect(),
            itemsize: self.itemsize,
        }
    }

    /// `a.transpose(axes)`: reversed axes when `axes` is `None`.
    pub fn transposed(&self, axes: Option<&[i64]>) -> Result<Layout, LayoutError> {
        let ndim = self.ndim();
        let order: Vec<usize> = match axes {
            None => (0..ndim).rev().collect(),
            Some(axes) if axes.len() != ndim => return Err(LayoutError::AxesDontMatch),
            Some(axes) => {
                let order = axes
                    .iter()
                    .map(|&axis| resolve_axis(axis, ndim))
                    .collect::<Result<Vec<usize>, _>>()?;
                let mut seen = vec![false; ndim];
                for &axis in &order {
                    if std::mem::replace(&mut seen[axis], true) {
                        return Err(LayoutError::TransposeRepeatsAxis);
                    }
                }
                order
            }
        };
        Ok(self.permuted(&order))
    }

    /// `a.swapaxes(axis1, axis2)`.
    pub fn swapped(&self, axis1: i64, axis2: i64) -> Result<Layout, LayoutError> {
        let ndim = self.ndim();
        let first = resolve_named_axis(axis1, ndim, "axis1")?;
        let second = resolve_named_axis(axis2, ndim, "axis2")?;
        let mut order: Vec<usize> = (0..ndim).collect();
        order.swap(first, second);
        Ok(self.permuted(&order))
    }

    /// `a.reshape(shape)` without a copy, when new strides can walk the same memory in C
    /// order (NumPy's `_attempt_nocopy_reshape`); `None` when the elements must be copied.
    /// `shape` must have as many elements as the layout.
    pub fn reshaped_in_place(&self, shape: &[usize]) -> Option<Layout> {
        let strides = match self.is_c_contiguous() {
            true => c_strides(shape, self.itemsize),
            false => nocopy_reshape_strides(self, shape, false)?,
        };
        Some(Layout {
            offset: self.offset,
            shape: shape.to_vec(),
            strides,
            itemsize: self.itemsize,
        })
    }

    /// `a.reshape(shape, order='F')` without a copy: NumPy's rule read in F order (its
    /// strides for length-1 axes are F order's own, not those of C order on the reversed axes).
    pub fn reshaped_in_place_f(&self, shape: &[usize]) -> Option<Layout> {
        let strides = match self.is_f_contiguous() {
            true => {
                let reversed: Vec<usize> = shape.iter().rev().copied().collect();
                let mut strides = c_strides(&reversed, self.itemsize);
                strides.reverse();
                strides
            }
            false => nocopy_reshape_strides(self, shape, true)?,
        };
        Some(Layout {
            offset: self.offset,
            shape: shape.to_vec(),
            strides,
            itemsize: self.itemsize,
        })
    }

    /// `a.ravel('K')` without a copy: when the elements, taken in memory order, are
    /// contiguous with positive strides (a transpose, a permuted array); `None` otherwise.
    pub fn raveled_in_memory_order(&self) -> Option<Layout> {
        let mut axes: Vec<usize> = (0..self.ndim()).filter(|&a| self.shape[a] != 1).collect();
        if axes.iter().any(|&a| self.strides[a] <= 0) {
            return None;
        }
        axes.sort_by_key(|&a| std::cmp::Reverse(self.strides[a]));
        let ordered = self.permuted(&axes);
        match ordered.is_c_contiguous() {
            true => Some(Layout::c_contiguous(
                self.offset,
                &[self.size()],
                self.itemsize,
            )),
            false => None,
        }
    }

    /// `a.ravel()` without a copy: only for a C-contiguous layout.
    pub fn raveled_in_place(&self) -> Option<Layout> {
        match self.is_c_contiguous() {
            true => self.reshaped_in_place(&[self.size()]),
            false => None,
        }
    }

    /// `a.diagonal(offset, axis1, axis2)`: the other axes, then the diagonal, whose stride
    /// steps along both axes at once.
    pub fn diagonal(&self, offset: i64, axis1: i64, axis2: i64) -> Result<Layout, LayoutError> {
        let ndim = self.ndim();
        if ndim < 2 {
            return Err(LayoutError::DiagonalNeedsTwoAxes);
        }
        let first = resolve_named_axis(axis1, ndim, "axis1")?;
        let second = resolve_named_axis(axis2, ndim, "axis2")?;
        if first == second {
            return Err(LayoutError::SameDiagonalAxes);
        }
        let (mut len1, mut len2) = (self.shape[first] as i64, self.shape[second] as i64);
        let mut start = self.offset;
        let (moved, along) = match offset >= 0 {
            true => (&mut len2, second),
            false => (&mut len1, first),
        };
        let skip = offset.unsigned_abs() as i64;
        let diagonal_len = if *moved < skip {
            0
        } else {
            start += skip as isize * self.strides[along];
            *moved -= skip;
            len1.min(len2)
        };
        let others = (0..ndim).filter(|&axis| axis != first && axis != second);
        let mut shape: Vec<usize> = others.clone().map(|axis| self.shape[axis]).collect();
        let mut strides: Vec<isize> = others.map(|axis| self.strides[axis]).collect();
        shape.push(diagonal_len as usize);
        strides.push(self.strides[first] + self.strides[second]);
        Ok(Layout {
            offset: start,
            shape,
            strides,
            itemsize: self.itemsize,
        })
    }

    /// `np.broadcast_to(a, shape)`: stretched axes and new leading axes get stride 0.
    pub fn broadcast_to(&self, shape: &[usize]) -> Result<Layout, LayoutError> {
        if shape.len() < self.ndim() {
            return Err(LayoutError::NotBroadcastable);
        }
        let extra = shape.len() - self.ndim();
        let mut strides = vec![0isize; shape.len()];
        for axis in 0..self.ndim() {
            let (have, want) = (self.shape[axis], shape[extra + axis]);
            strides[extra + axis] = match (have == want, have == 1) {
                (true, _) if want == 1 => 0,
                (true, _) => self.strides[axis],
                (false, true) => 0,
                (false, false) => return Err(LayoutError::NotBroadcastable),
            };
        }
        Ok(Layout {
            offset: self.offset,
            shape: shape.to_vec(),
            strides,
            itemsize: self.itemsize,
        })
    }

    /// `a.view(dtype)` with items of `itemsize` bytes: the last axis is rescaled.
    pub fn reinterpreted(&self, itemsize: usize) -> Result<Layout, LayoutError> {
        if itemsize == self.itemsize {
            return Ok(self.clone());
        }
        let Some(last) = self.ndim().checked_sub(1) else {
            return Err(LayoutError::ZeroDimItemsize);
        };
        let strided = self.shape[last] != 1 && self.strides[last] != self.itemsize as isize;
        if strided && self.size() != 0 {
            return Err(LayoutError::LastAxisNotContiguous);
        }
        let bytes = self.shape[last] * self.itemsize;
        if itemsize < self.itemsize && !self.itemsize.is_multiple_of(itemsize) {
            return Err(LayoutError::SmallerNotDivisor);
        }
        if !bytes.is_multiple_of(itemsize) {
            return Err(LayoutError::LargerNotDivisor);
        }
        let mut new = self.clone();
        new.shape[last] = bytes / itemsize;
        new.strides[last] = itemsize as isize;
        new.itemsize = itemsize;
        Ok(new)
    }

    /// `a.squeeze(axes)`: the axes of length 1 dropped (all of them when `axes` is `None`).
    pub fn squeezed(&self, axes: Option<&[i64]>) -> Result<Layout, LayoutError> {
        let ndim = self.ndim();
        let mut drop = vec![false; ndim];
        match axes {
            None => (0..ndim).for_each(|axis| drop[axis] = self.shape[axis] == 1),
            Some(axes) => {
                for &axis in axes {
                    let axis = resolve_axis(axis, ndim)?;
                    if self.shape[axis] != 1 {
                        return Err(LayoutError::SqueezeLongAxis);
                    }
                    drop[axis] = true;
                }
            }
        }
        let kept: Vec<usize> = (0..ndim).filter(|&axis| !drop[axis]).collect();
        Ok(self.permuted(&kept))
    }

    /// `np.expand_dims(a, axes)`: new axes of length 1 at `axes` of the result. NumPy does
    /// it by reshaping, so the new axes get the strides reshape gives them.
    pub fn expanded(&self, axes: &[i64]) -> Result<Layout, LayoutError> {
        let ndim = self.ndim() + axes.len();
        let mut is_new = vec![false; ndim];
        for &axis in axes {
            let axis = resolve_axis(axis, ndim)?;
            if std::mem::replace(&mut is_new[axis], true) {
                return Err(LayoutError::RepeatedAxis);
            }
        }
        let mut old = self.shape.iter();
        let shape: Vec<usize> = is_new
            .iter()
            .map(|&added| if added { 1 } else { *old.next().unwrap_or(&1) })
            .collect();
        // Adding axes of length 1 never needs a copy; should reshape's rule ever say
        // otherwise, the new axes still step nowhere.
        Ok(self.reshaped_in_place(&shape).unwrap_or_else(|| {
            let mut strides = self.strides.iter();
            Layout {
                offset: self.offset,
                strides: is_new
                    .iter()
                    .map(|&added| {
                        if added {
                            0
                        } else {
                            *strides.next().unwrap_or(&0)
                        }
                    })
                    .collect(),
                shape,
                itemsize: self.itemsize,
            }
        }))
    }

    /// Basic indexing: one item per axis (`NewAxis` items take none), every item checked.
    /// An empty slice keeps the axis's stride and moves nothing, as NumPy does.
    pub fn selected(&self, items: &[AxisIndex]) -> Layout {
        let mut result = Layout {
            offset: self.offset,
            shape: Vec::new(),
            strides: Vec::new(),
            itemsize: self.itemsize,
        };
        let mut axis = 0;
        for item in items {
            match *item {
                AxisIndex::At(at) => {
                    result.offset += at as isize * self.strides[axis];
                    axis += 1;
                }
                AxisIndex::Slice { first, len, step } => {
                    let (first, step) = if len == 0 { (0, 1) } else { (first, step) };
                    result.offset += first as isize * self.strides[axis];
                    result.shape.push(len);
                    // NumPy multiplies without overflow checks: `a[::2**62]` has stride 0.
                    result
                        .strides
                        .push(self.strides[axis].wrapping_mul(step as isize));
                    axis += 1;
                }
                AxisIndex::NewAxis => {
                    result.shape.push(1);
                    result.strides.push(0);
                }
            }
        }
        result
    }
}

/// NumPy's `_attempt_nocopy_reshape` (in C order, or F order when `f_order`): strides for
/// `shape` over the same memory, or `None` when the elements cannot be reached by strides
/// alone.
fn nocopy_reshape_strides(layout: &Layout, shape: &[usize], f_order: bool) -> Option<Vec<isize>> {
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
        let joined = |k: usize| match f_order {
            true => old_strides[k + 1] == old_dims[k] as isize * old_strides[k],
            false => old_strides[k] == old_dims[k + 1] as isize * old_strides[k + 1],
        };
        if !(oi..oj - 1).all(joined) {
            return None;
        }
        if f_order {
            strides[ni] = old_strides[oi];
            for k in ni + 1..nj {
                strides[k] = strides[k - 1] * shape[k - 1] as isize;
            }
        } else {
            strides[nj - 1] = old_strides[oj - 1];
            for k in (ni + 1..nj).rev() {
                strides[k - 1] = strides[k] * shape[k] as isize;
            }
        }
        ni = nj;
        nj += 1;
        oi = oj;
        oj += 1;
    }
    let last = match (ni >= 1, f_order) {
        (true, false) => strides[ni - 1],
        (true, true) => strides[ni - 1] * shape[ni - 1] as isize,
        (false, _) => layout.itemsize as isize,
    };
    strides[ni..].iter_mut().for_each(|s| *s = last);
    Some(strides)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn matrix() -> Layout {
        Layout::c_contiguous(0, &[2, 3, 4], 8)
    }

    // Expected layouts are NumPy's, read off `a.diagonal(...)` of `np.arange(24).reshape(2, 3, 4)`
    // (shape, strides, byte offset of the first element).
    #[test]
    fn diagonals_of_a_3d_array_are_numpys() {
        let check = |args: (i64, i64, i64), shape: &[usize], strides: &[isize], offset: isize| {
            let d = matrix().diagonal(args.0, args.1, args.2).unwrap();
            assert_eq!(
                (d.shape.as_slice(), d.strides.as_slice(), d.offset),
                (shape, strides, offset),
                "{args:?}"
            );
        };
        check((0, 0, 1), &[4, 2], &[8, 128], 0);
        check((1, 0, 1), &[4, 2], &[8, 128], 32);
        check((-1, 0, 1), &[4, 1], &[8, 128], 96);
        check((2, 1, 2), &[2, 2], &[96, 40], 16);
        check((5, 1, 2), &[2, 0], &[96, 40], 0);
        check((0, 2, 0), &[3, 2], &[32, 104], 0);
        check((1, -1, -2), &[2, 2], &[96, 40], 32);
        check((-3, 1, 2), &[2, 0], &[96, 40], 96);
        assert_eq!(
            matrix().diagonal(0, 0, 0),
            Err(LayoutError::SameDiagonalAxes)
        );
    }

    #[test]
    fn squeeze_and_expand_dims_undo_each_other() {
        let row = Layout::c_contiguous(8, &[1, 3], 8);
        let squeezed = row.squeezed(None).unwrap();
        assert_eq!(
            (squeezed.shape.clone(), squeezed.strides.clone()),
            (vec![3], vec![8])
        );
        let expanded = squeezed.expanded(&[0]).unwrap();
        assert_eq!(expanded.shape, vec![1, 3]);
        assert_eq!(row.squeezed(Some(&[1])), Err(LayoutError::SqueezeLongAxis));
        assert_eq!(squeezed.expanded(&[0, 0]), Err(LayoutError::RepeatedAxis));
    }

    #[test]
    fn an_empty_slice_keeps_the_stride() {
        let a = Layout::c_contiguous(0, &[10], 8);
        let empty = a.selected(&[AxisIndex::Slice {
            first: 5,
            len: 0,
            step: 2,
        }]);
        assert_eq!((empty.offset, empty.strides.clone()), (0, vec![8]));
        let one = a.selected(&[AxisIndex::Slice {
            first: 5,
            len: 1,
            step: -3,
        }]);
        assert_eq!((one.offset, one.strides.clone()), (40, vec![-24]));
    }

    #[test]
    fn broadcasting_a_length_one_axis_to_one_gives_stride_zero() {
        let row = Layout::c_contiguous(0, &[1, 2], 8);
        let b = row.broadcast_to(&[1, 1, 2]).unwrap();
        assert_eq!(b.strides, vec![0, 0, 8]);
    }
}
