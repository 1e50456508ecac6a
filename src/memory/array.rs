//! An array's data: a buffer seen through a layout with a dtype.
//!
//! `ArrayData` is what NumPy calls the data side of an ndarray (no Python identity, flags or
//! base: those live in `value`). It lends its elements out as typed `ndarray` views, built over
//! the lowest address with absolute strides and then flipped on the reversed axes, so that
//! arithmetic, broadcasting and reductions are ndarray's. Element reads and writes that do not
//! fit a typed view (an unaligned `.view()` of bytes) go element by element.

use std::rc::Rc;

use ndarray::{ArrayD, ArrayViewD, ArrayViewMutD, Axis, IxDyn, ShapeBuilder};

use super::buffer::{AlignedBytes, BufferId, BufferOwner, SharedBuffer};
use super::dtype::{DType, Scalar};
use super::element::Element;
use super::layout::Layout;
use crate::dispatch_dtype;

/// An array's elements: which buffer, where in it, and of which type.
#[derive(Clone, Debug)]
pub struct ArrayData {
    /// The memory the elements live in.
    pub buffer: Rc<SharedBuffer>,
    /// Where in the buffer.
    pub layout: Layout,
    /// The element type.
    pub dtype: DType,
}

impl ArrayData {
    /// A zero-filled array with a buffer of its own, laid out as [`Layout::new_array`].
    pub fn zeros(id: BufferId, dtype: DType, shape: &[usize]) -> ArrayData {
        ArrayData::zeros_in(id, dtype, Layout::new_array(shape, dtype.itemsize()))
    }

    /// A zero-filled array with a buffer of its own seen through `layout`, a dense layout
    /// from byte 0 (as [`Layout::new_array_like`] makes).
    pub fn zeros_in(id: BufferId, dtype: DType, layout: Layout) -> ArrayData {
        let bytes = AlignedBytes::zeroed(layout.size() * dtype.itemsize());
        ArrayData {
            buffer: SharedBuffer::new(id, BufferOwner::NumPy(dtype), bytes),
            layout,
            dtype,
        }
    }

    /// A new C-contiguous array holding `values` (in C order), cast to `dtype`.
    pub fn from_scalars(
        id: BufferId,
        dtype: DType,
        shape: &[usize],
        values: &[Scalar],
    ) -> ArrayData {
        let data = ArrayData::zeros(id, dtype, shape);
        dispatch_dtype!(dtype, T => {
            let mut bytes = data.buffer.data_mut();
            let slots = bytes.as_slice_mut::<T>();
            for (slot, &value) in slots.iter_mut().zip(values) {
                *slot = T::from_scalar(value);
            }
        });
        data
    }

    /// A new C-contiguous array that owns `elements`.
    pub fn from_ndarray<T: Element>(id: BufferId, elements: &ArrayViewD<T>) -> ArrayData {
        let data = ArrayData::zeros(id, T::DTYPE, elements.shape());
        data.assign(elements);
        data
    }

    /// The shape.
    pub fn shape(&self) -> &[usize] {
        &self.layout.shape
    }

    /// Number of elements.
    pub fn size(&self) -> usize {
        self.layout.size()
    }

    /// The same data seen through another layout (and maybe another dtype): a view.
    pub fn with_layout(&self, layout: Layout, dtype: DType) -> ArrayData {
        ArrayData {
            buffer: Rc::clone(&self.buffer),
            layout,
            dtype,
        }
    }

    /// Reads one element (one index per axis, each in bounds).
    pub fn get(&self, index: &[usize]) -> Scalar {
        let at = self.layout.byte_offset_of(index) as usize;
        let bytes = self.buffer.data();
        let item = &bytes.as_bytes()[at..at + self.dtype.itemsize()];
        dispatch_dtype!(self.dtype, T => bytemuck::pod_read_unaligned::<T>(item).to_scalar())
    }

    /// Writes one element, cast to the dtype.
    pub fn set(&self, index: &[usize], value: Scalar) {
        let at = self.layout.byte_offset_of(index) as usize;
        let mut bytes = self.buffer.data_mut();
        let item = &mut bytes.as_bytes_mut()[at..at + self.dtype.itemsize()];
        dispatch_dtype!(self.dtype, T => item.copy_from_slice(bytemuck::bytes_of(&T::from_scalar(value))));
    }

    /// Lends the elements as a typed ndarray view. `T` must be the dtype's element type.
    pub fn with_view<T: Element, R>(&self, f: impl FnOnce(ArrayViewD<T>) -> R) -> R {
        debug_assert_eq!(T::DTYPE, self.dtype);
        match self.aligned_plan(size_of::<T>()) {
            Some(plan) => {
                let bytes = self.buffer.data();
                let slice = &bytes.as_slice::<T>()[plan.start..];
                let shape = IxDyn(&self.layout.shape).strides(IxDyn(&plan.abs_strides));
                let mut view =
                    ArrayViewD::from_shape(shape, slice).expect("layout fits its buffer");
                plan.flipped
                    .iter()
                    .for_each(|&axis| view.invert_axis(Axis(axis)));
                f(view)
            }
            None => f(self.gather::<T>().view()),
        }
    }

    /// The elements copied into a new C-ordered ndarray.
    pub fn to_ndarray<T: Element>(&self) -> ArrayD<T> {
        self.with_view(|view: ArrayViewD<T>| view.to_owned())
    }

    /// Lends the elements as a writable typed view. Callers have checked writeability.
    pub fn with_view_mut<T: Element, R>(&self, f: impl FnOnce(ArrayViewMutD<T>) -> R) -> R {
        debug_assert_eq!(T::DTYPE, self.dtype);
        match self.aligned_plan(size_of::<T>()) {
            Some(plan) => {
                let mut bytes = self.buffer.data_mut();
                let slice = &mut bytes.as_slice_mut::<T>()[plan.start..];
                let shape = IxDyn(&self.layout.shape).strides(IxDyn(&plan.abs_strides));
                let mut view =
                    ArrayViewMutD::from_shape(shape, slice).expect("writable layouts never alias");
                plan.flipped
                    .iter()
                    .for_each(|&axis| view.invert_axis(Axis(axis)));
                f(view)
            }
            None => {
                let mut scratch = self.gather::<T>();
                let result = f(scratch.view_mut());
                self.scatter(&scratch.view());
                result
            }
        }
    }

    /// Writes `values` (already of this shape and dtype) over the elements.
    pub fn assign<T: Element>(&self, values: &ArrayViewD<T>) {
        self.with_view_mut(|mut view: ArrayViewMutD<T>| view.assign(values));
    }

    /// How to see the elements as a typed slice: the element index of the lowest address,
    /// absolute strides in elements, and the axes to flip. `None` when unaligned.
    fn aligned_plan(&self, itemsize: usize) -> Option<AlignedPlan> {
        let size = itemsize as isize;
        let layout = &self.layout;
        let aligned = layout.offset % size == 0 && layout.strides.iter().all(|s| s % size == 0);
        if !aligned || layout.size() == 0 {
            return None;
        }
        let (low, _) = layout.byte_extent()?;
        let abs_strides = layout
            .strides
            .iter()
            .zip(&layout.shape)
            .map(|(&s, &len)| {
                if len <= 1 {
                    0
                } else {
                    (s / size).unsigned_abs()
                }
            })
            .collect();
        let flipped = (0..layout.ndim()).filter(|&a| layout.strides[a] < 0 && layout.shape[a] > 1);
        Some(AlignedPlan {
            start: (low / size) as usize,
            abs_strides,
            flipped: flipped.collect(),
        })
    }

    /// Copies the elements out one by one (unaligned layouts and empty arrays).
    fn gather<T: Element>(&self) -> ArrayD<T> {
        let bytes = self.buffer.data();
        let values = self.layout.indices().into_iter().map(|index| {
            let at = self.layout.byte_offset_of(&index) as usize;
            bytemuck::pod_read_unaligned::<T>(&bytes.as_bytes()[at..at + size_of::<T>()])
        });
        ArrayD::from_shape_vec(IxDyn(&self.layout.shape), values.collect())
            .expect("one value per index")
    }

    /// Writes elements back one by one (the counterpart of `gather`).
    fn scatter<T: Element>(&self, values: &ArrayViewD<T>) {
        let mut bytes = self.buffer.data_mut();
        for (index, value) in self.layout.indices().into_iter().zip(values.iter()) {
            let at = self.layout.byte_offset_of(&index) as usize;
            bytes.as_bytes_mut()[at..at + size_of::<T>()]
                .copy_from_slice(bytemuck::bytes_of(value));
        }
    }
}

/// See [`ArrayData::aligned_plan`].
struct AlignedPlan {
    start: usize,
    abs_strides: Vec<usize>,
    flipped: Vec<usize>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn arange(n: i64) -> ArrayData {
        let values: Vec<Scalar> = (0..n).map(Scalar::Int).collect();
        ArrayData::from_scalars(BufferId(1), DType::Int64, &[n as usize], &values)
    }

    #[test]
    fn reversed_view_reads_backwards() {
        let a = arange(5);
        let reversed = a.with_layout(
            Layout {
                offset: 32,
                shape: vec![5],
                strides: vec![-8],
                itemsize: 8,
            },
            DType::Int64,
        );
        let seen: Vec<i64> = reversed.to_ndarray::<i64>().iter().copied().collect();
        assert_eq!(seen, vec![4, 3, 2, 1, 0]);
    }

    #[test]
    fn writes_through_a_strided_view_land_in_the_base() {
        let a = arange(6);
        let evens = a.with_layout(
            Layout {
                offset: 0,
                shape: vec![3],
                strides: vec![16],
                itemsize: 8,
            },
            DType::Int64,
        );
        evens.with_view_mut(|mut v: ArrayViewMutD<i64>| v.fill(-1));
        let seen: Vec<i64> = a.to_ndarray::<i64>().iter().copied().collect();
        assert_eq!(seen, vec![-1, 1, -1, 3, -1, 5]);
    }

    #[test]
    fn broadcast_view_with_zero_stride_reads() {
        let a = arange(3);
        let rows = a.with_layout(
            Layout {
                offset: 0,
                shape: vec![2, 3],
                strides: vec![0, 8],
                itemsize: 8,
            },
            DType::Int64,
        );
        assert_eq!(rows.to_ndarray::<i64>().sum(), 6);
    }

    #[test]
    fn unaligned_views_go_element_by_element() {
        let bytes = ArrayData::zeros(BufferId(2), DType::UInt8, &[9]);
        let shifted = bytes.with_layout(
            Layout {
                offset: 1,
                shape: vec![2],
                strides: vec![4],
                itemsize: 4,
            },
            DType::Int32,
        );
        shifted.with_view_mut(|mut v: ArrayViewMutD<i32>| v.fill(0x01020304));
        assert_eq!(bytes.get(&[1]), Scalar::UInt(4));
        assert_eq!(shifted.get(&[1]), Scalar::Int(0x01020304));
    }

    #[test]
    fn newaxis_zero_stride_is_writable() {
        let a = arange(3);
        let lifted = a.with_layout(
            Layout {
                offset: 0,
                shape: vec![1, 3],
                strides: vec![0, 8],
                itemsize: 8,
            },
            DType::Int64,
        );
        lifted.with_view_mut(|mut v: ArrayViewMutD<i64>| v[[0, 2]] = 9);
        assert_eq!(a.get(&[2]), Scalar::Int(9));
    }
}
