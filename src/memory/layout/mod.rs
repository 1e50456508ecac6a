//! Where an array's elements live inside its buffer.
//!
//! This is NumPy's own description of an array: a byte offset into a buffer, a shape, and one
//! signed byte stride per axis (zero for a broadcast axis, negative for a reversed one). Every
//! view is a new `Layout` over the same buffer (the transforms are in `transform.rs`); nothing
//! here touches element data.

#[cfg(test)]
mod props;
mod transform;

pub use transform::{AxisIndex, LayoutError, resolve_axis};

/// NumPy's `order=`: the memory order of a new array, or of how elements are read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Order {
    /// `'C'`: rows first (the last axis varies fastest).
    C,
    /// `'F'`: columns first (the first axis varies fastest).
    F,
    /// `'A'`: F when the array is F-contiguous and not C-contiguous, else C.
    A,
    /// `'K'`: the order the array's elements lie in memory.
    K,
}

impl Order {
    /// `'C'`, `'F'`, `'A'` or `'K'` (NumPy accepts lower case too).
    pub fn parse(text: &str) -> Option<Order> {
        Some(match text {
            "C" | "c" => Order::C,
            "F" | "f" => Order::F,
            "A" | "a" => Order::A,
            "K" | "k" => Order::K,
            _ => return None,
        })
    }

    /// `A` resolved against `layout` (and `K` too, to C or F, when the caller has no memory
    /// order to keep): C or F.
    pub fn resolved_for(self, layout: &Layout) -> Order {
        match self {
            Order::A | Order::K if layout.is_f_contiguous() && !layout.is_c_contiguous() => {
                Order::F
            }
            Order::A | Order::K => Order::C,
            other => other,
        }
    }
}

/// The position of an array's elements inside a buffer, in bytes.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Layout {
    /// Byte offset of element `[0, 0, …]` from the start of the buffer.
    pub offset: isize,
    /// Number of elements along each axis.
    pub shape: Vec<usize>,
    /// Bytes to step to the next element along each axis (signed; zero for broadcasts).
    pub strides: Vec<isize>,
    /// Bytes per element.
    pub itemsize: usize,
}

impl Layout {
    /// A C-contiguous (row-major) layout of `shape` starting at byte `offset`.
    pub fn c_contiguous(offset: isize, shape: &[usize], itemsize: usize) -> Layout {
        Layout {
            offset,
            shape: shape.to_vec(),
            strides: c_strides(shape, itemsize),
            itemsize,
        }
    }

    /// The layout NumPy 2 gives a new array of `shape` with a buffer of its own: C-contiguous
    /// from byte 0, except that an empty one has every stride 0 (`np.zeros((0, 3)).strides`
    /// is `(0, 0)`).
    pub fn new_array(shape: &[usize], itemsize: usize) -> Layout {
        let mut layout = Layout::c_contiguous(0, shape, itemsize);
        if layout.size() == 0 {
            layout.strides.fill(0);
        }
        layout
    }

    /// The layout of a new array of `shape` in F (column-major) order from byte 0; all strides
    /// 0 when it is empty, as for C order.
    pub fn new_array_f(shape: &[usize], itemsize: usize) -> Layout {
        let reversed: Vec<usize> = shape.iter().rev().copied().collect();
        let c = Layout::new_array(&reversed, itemsize);
        Layout {
            offset: 0,
            shape: shape.to_vec(),
            strides: c.strides.into_iter().rev().collect(),
            itemsize,
        }
    }

    /// The layout of a new array of `shape` in `order`, copying from `like`: C, F, A (F when
    /// `like` is F-contiguous only) or K (`like`'s memory order).
    pub fn new_array_in(shape: &[usize], itemsize: usize, order: Order, like: &Layout) -> Layout {
        match order {
            Order::K => Layout::new_array_keeping(shape, itemsize, like),
            other => match other.resolved_for(like) {
                Order::F => Layout::new_array_f(shape, itemsize),
                _ => Layout::new_array(shape, itemsize),
            },
        }
    }

    /// The layout NumPy gives a new array of `shape` computed from arrays laid out as
    /// `operands` (broadcast to `shape`): its axes lie in memory in the order the operands'
    /// do, NumPy's default `order='K'` (`m.T + 1` is F-ordered like `m.T`), C order where
    /// they disagree or say nothing; strides are positive, and all 0 when it is empty.
    /// `uncast` says the operands are read without a cast, which lets NumPy take its short
    /// way for contiguous operands (it decides where axes of length 1 go).
    pub fn new_array_like(
        shape: &[usize],
        itemsize: usize,
        operands: &[&Layout],
        uncast: bool,
    ) -> Layout {
        let mut layout = Layout::new_array(shape, itemsize);
        if layout.size() == 0 {
            return layout;
        }
        let mut step = itemsize as isize;
        for axis in new_axis_order(shape, operands, uncast).into_iter().rev() {
            layout.strides[axis] = step;
            step *= shape[axis] as isize;
        }
        layout
    }

    /// The layout NumPy gives a copy of `like` in `order='K'` (`PyArray_NewLikeArray`: `np.copy`,
    /// `np.array`, `astype`, `*_like`): C order when `like` is C-contiguous (or of another
    /// number of axes), F order when it is F-contiguous, else its axes by decreasing absolute
    /// stride, ties (a zero-stride broadcast axis among them) in axis order; so the copy of a
    /// broadcast view has its repeated axis innermost.
    pub fn new_array_keeping(shape: &[usize], itemsize: usize, like: &Layout) -> Layout {
        if like.ndim() != shape.len() || like.is_c_contiguous() {
            return Layout::new_array(shape, itemsize);
        }
        if like.is_f_contiguous() {
            return Layout::new_array_f(shape, itemsize);
        }
        Layout::new_array_in_axis_order(shape, itemsize, &sorted_stride_order(&like.strides))
    }

    /// A new dense array of `shape` whose axes lie in memory in `order` (slowest first);
    /// all strides 0 when it is empty.
    pub fn new_array_in_axis_order(shape: &[usize], itemsize: usize, order: &[usize]) -> Layout {
        let mut layout = Layout::new_array(shape, itemsize);
        if layout.size() == 0 {
            return layout;
        }
        let mut step = itemsize as isize;
        for &axis in order.iter().rev() {
            layout.strides[axis] = step;
            step *= shape[axis] as isize;
        }
        layout
    }

    /// The strides NumPy's iterator sees for this layout broadcast to `shape`: 0 on the axes
    /// it lacks or stretches from length 1, and on axes of length 1.
    fn strides_as(&self, shape: &[usize]) -> Vec<isize> {
        let missing = shape.len().saturating_sub(self.ndim());
        let own = self.shape.iter().zip(&self.strides).zip(&shape[missing..]);
        let stretched = own.map(
            |((&len, &stride), &target)| match len == target && len > 1 {
                true => stride,
                false => 0,
            },
        );
        std::iter::repeat_n(0, missing).chain(stretched).collect()
    }

    /// Number of axes (`a.ndim`).
    pub fn ndim(&self) -> usize {
        self.shape.len()
    }

    /// Number of elements (`a.size`).
    pub fn size(&self) -> usize {
        self.shape.iter().product()
    }

    /// Byte offset of the element at `index` (one entry per axis, each within the shape).
    pub fn byte_offset_of(&self, index: &[usize]) -> isize {
        index
            .iter()
            .zip(&self.strides)
            .fold(self.offset, |at, (&i, &stride)| at + i as isize * stride)
    }

    /// The half-open byte range `[low, high)` the elements occupy, or `None` when empty.
    pub fn byte_extent(&self) -> Option<(isize, isize)> {
        if self.size() == 0 {
            return None;
        }
        let (mut low, mut high) = (self.offset, self.offset);
        for (&len, &stride) in self.shape.iter().zip(&self.strides) {
            let span = (len as isize - 1) * stride;
            if span < 0 {
                low += span;
            } else {
                high += span;
            }
        }
        Some((low, high + self.itemsize as isize))
    }

    /// True when the layout reaches one element through several indices: a zero stride on an
    /// axis longer than 1, as `np.broadcast_to` makes.
    pub fn repeats_elements(&self) -> bool {
        self.strides
            .iter()
            .zip(&self.shape)
            .any(|(&stride, &len)| stride == 0 && len > 1)
    }

    /// True when the elements are stored row by row with no gaps (`flags.c_contiguous`).
    pub fn is_c_contiguous(&self) -> bool {
        contiguous_in_order(self, self.shape.len(), |axis| self.shape.len() - 1 - axis)
    }

    /// True when the elements are stored column by column with no gaps (`flags.f_contiguous`).
    pub fn is_f_contiguous(&self) -> bool {
        contiguous_in_order(self, self.shape.len(), |axis| axis)
    }

    /// Every element's multi-index in C order. Only for small arrays and tests.
    pub fn indices(&self) -> Vec<Vec<usize>> {
        let mut all = Vec::with_capacity(self.size());
        if self.size() == 0 {
            return all;
        }
        let mut index = vec![0; self.ndim()];
        loop {
            all.push(index.clone());
            if !advance_c_order(&mut index, &self.shape) {
                return all;
            }
        }
    }
}

/// Strides of a C-contiguous array of `shape`.
pub fn c_strides(shape: &[usize], itemsize: usize) -> Vec<isize> {
    let mut strides = vec![0isize; shape.len()];
    let mut step = itemsize as isize;
    for axis in (0..shape.len()).rev() {
        strides[axis] = step;
        step *= shape[axis].max(1) as isize;
    }
    strides
}

/// The axes of a new array of `shape` from slowest to fastest in memory. Operands of its very
/// shape read without a cast that are all C-contiguous give C order, all F-contiguous F order
/// (NumPy's short way for contiguous loops); otherwise the order NumPy's iterator finds.
fn new_axis_order(shape: &[usize], operands: &[&Layout], uncast: bool) -> Vec<usize> {
    let same_shape = uncast && operands.iter().all(|op| op.shape == shape);
    let c_order: Vec<usize> = (0..shape.len()).collect();
    if same_shape && operands.iter().all(|op| op.is_c_contiguous()) {
        return c_order;
    }
    if same_shape && operands.iter().all(|op| op.is_f_contiguous()) {
        return c_order.into_iter().rev().collect();
    }
    let strides: Vec<Vec<isize>> = operands.iter().map(|op| op.strides_as(shape)).collect();
    memory_order(shape.len(), &strides)
}

/// The axes of a new array from slowest to fastest in memory, as NumPy's iterator orders them
/// for operands with `strides` (`npyiter_find_best_axis_ordering`): starting from C order, an
/// axis moves inside another only when every operand that steps along both has the smaller
/// stride on it; ties and conflicts keep C order.
fn memory_order(ndim: usize, strides: &[Vec<isize>]) -> Vec<usize> {
    let mut fastest_first = insertion_order((0..ndim).rev().collect(), |outer, inner| {
        unanimous(strides.iter().filter_map(|operand| {
            let (s_outer, s_inner) = (operand[outer], operand[inner]);
            let steps_along_both = s_outer != 0 && s_inner != 0;
            steps_along_both.then(|| s_inner.unsigned_abs() > s_outer.unsigned_abs())
        }))
    });
    fastest_first.reverse();
    fastest_first
}

/// The insertion sort NumPy orders axes with (`npyiter_find_best_axis_ordering`,
/// `PyArray_CreateMultiSortedStridePerm`): each axis of `order` in turn moves back past the
/// earlier axes for which `passes(axis, earlier)` is `Some(true)`, skipping those it says
/// nothing about (`None`) and stopping at the first `Some(false)`.
fn insertion_order(
    mut order: Vec<usize>,
    passes: impl Fn(usize, usize) -> Option<bool>,
) -> Vec<usize> {
    for i0 in 1..order.len() {
        let axis0 = order[i0];
        let mut position = i0;
        for i1 in (0..i0).rev() {
            match passes(axis0, order[i1]) {
                Some(true) => position = i1,
                Some(false) => break,
                None => {}
            }
        }
        order.remove(i0);
        order.insert(position, axis0);
    }
    order
}

/// The verdict of the operands that have one: `None` when none has, otherwise true only when
/// the first says so and none says no (NumPy's `shouldswap` over its operands).
fn unanimous(votes: impl Iterator<Item = bool>) -> Option<bool> {
    votes.fold(None, |verdict, vote| Some(verdict.unwrap_or(vote) && vote))
}

/// The axes from slowest to fastest by decreasing absolute stride, equal ones in axis order
/// (NumPy's `PyArray_CreateSortedStridePerm`; zero strides and axes of length 1 included).
pub fn sorted_stride_order(strides: &[isize]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..strides.len()).collect();
    order.sort_by_key(|&axis| std::cmp::Reverse(strides[axis].unsigned_abs()));
    order
}

/// The axes from slowest to fastest for the result of joining arrays laid out as `parts` (all
/// of `ndim` axes), as NumPy's `np.concatenate` orders them
/// (`PyArray_CreateMultiSortedStridePerm`): from C order, an axis moves outside another only
/// when every part long on both has the larger absolute stride on it; conflicts keep C order.
pub fn joined_axis_order(ndim: usize, parts: &[&Layout]) -> Vec<usize> {
    insertion_order((0..ndim).collect(), |later, earlier| {
        unanimous(parts.iter().filter_map(|part| {
            let long_on_both = part.shape[later] != 1 && part.shape[earlier] != 1;
            long_on_both
                .then(|| part.strides[later].unsigned_abs() > part.strides[earlier].unsigned_abs())
        }))
    })
}

/// The axes of a reduction's result (`kept`, axes of `source`) from slowest to fastest, as
/// NumPy's iterator allocates it: in the order the iterator finds for the source's axes.
pub fn reduced_axis_order(source: &Layout, kept: &[usize]) -> Vec<usize> {
    let full = iteration_order(source);
    full.into_iter()
        .filter_map(|axis| kept.iter().position(|&k| k == axis))
        .collect()
}

/// The axes of `layout` from slowest to fastest as NumPy's iterator walks it alone: larger
/// strides outside, and an axis it steps along with stride 0 (broadcast) stays where C order
/// puts it, since a zero stride says nothing about memory order.
pub fn iteration_order(layout: &Layout) -> Vec<usize> {
    memory_order(layout.ndim(), &[layout.strides_as(&layout.shape)])
}

/// Steps a multi-index to the next one in C order; false once it has wrapped past the end.
pub fn advance_c_order(index: &mut [usize], shape: &[usize]) -> bool {
    for axis in (0..shape.len()).rev() {
        index[axis] += 1;
        if index[axis] < shape[axis] {
            return true;
        }
        index[axis] = 0;
    }
    false
}

/// NumPy's contiguity test: walking axes from fastest to slowest, each stride equals the
/// product of the item size and the lengths already walked; axes of length 1 are ignored and
/// an empty array is contiguous.
fn contiguous_in_order(layout: &Layout, ndim: usize, axis_at: impl Fn(usize) -> usize) -> bool {
    if layout.size() == 0 {
        return true;
    }
    let mut expected = layout.itemsize as isize;
    for position in 0..ndim {
        let axis = axis_at(position);
        let len = layout.shape[axis];
        if len == 1 {
            continue;
        }
        if layout.strides[axis] != expected {
            return false;
        }
        expected *= len as isize;
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn new_arrays_follow_their_operands_memory_order() {
        let m = Layout::c_contiguous(0, &[2, 3], 8);
        let t = Layout {
            offset: 0,
            shape: vec![3, 2],
            strides: vec![8, 24],
            itemsize: 8,
        };
        let like =
            |shape: &[usize], ops: &[&Layout]| Layout::new_array_like(shape, 8, ops, true).strides;
        assert_eq!(like(&[3, 2], &[&t]), vec![8, 24]);
        assert_eq!(like(&[2, 3], &[&m]), vec![24, 8]);
        // C order wins a conflict, and a broadcast row says nothing about the rows' axis.
        let c = Layout::c_contiguous(0, &[3, 2], 8);
        assert_eq!(like(&[3, 2], &[&t, &c]), vec![16, 8]);
        let row = Layout::c_contiguous(0, &[2], 8);
        assert_eq!(like(&[3, 2], &[&t, &row]), vec![8, 24]);
        assert_eq!(like(&[0, 2], &[&t]), vec![0, 0]);
    }

    #[test]
    fn c_strides_of_a_3d_array() {
        assert_eq!(c_strides(&[2, 3, 4], 8), vec![96, 32, 8]);
    }

    #[test]
    fn extent_of_a_reversed_view() {
        let reversed = Layout {
            offset: 16,
            shape: vec![3],
            strides: vec![-8],
            itemsize: 8,
        };
        assert_eq!(reversed.byte_extent(), Some((0, 24)));
    }

    #[test]
    fn transposed_is_f_not_c_contiguous() {
        let t = Layout {
            offset: 0,
            shape: vec![3, 2],
            strides: vec![8, 24],
            itemsize: 8,
        };
        assert!(!t.is_c_contiguous());
        assert!(t.is_f_contiguous());
    }

    #[test]
    fn indices_walk_in_c_order() {
        let l = Layout::c_contiguous(0, &[2, 2], 1);
        assert_eq!(
            l.indices(),
            vec![vec![0, 0], vec![0, 1], vec![1, 0], vec![1, 1]]
        );
    }
}
