//! Builders and readers shared by the compute tests.

use super::Operand;
use crate::memory::array::ArrayData;
use crate::memory::buffer::BufferId;
use crate::memory::dtype::{DType, Scalar};
use crate::memory::layout::Layout;

/// An array of `dtype` and `shape` holding `values` (C order).
pub fn ints(dtype: DType, shape: &[usize], values: &[i64]) -> ArrayData {
    let scalars: Vec<Scalar> = values.iter().map(|&v| Scalar::Int(v)).collect();
    ArrayData::from_scalars(BufferId(1), dtype, shape, &scalars)
}

/// A float64 (or other `dtype`) array holding `values` (C order).
pub fn floats(dtype: DType, shape: &[usize], values: &[f64]) -> ArrayData {
    let scalars: Vec<Scalar> = values.iter().map(|&v| Scalar::Float(v)).collect();
    ArrayData::from_scalars(BufferId(1), dtype, shape, &scalars)
}

/// `np.arange(n)` as int64.
pub fn arange(n: i64) -> ArrayData {
    ints(DType::Int64, &[n as usize], &(0..n).collect::<Vec<_>>())
}

/// A view of `base` with another layout (same dtype).
pub fn view(base: &ArrayData, offset: isize, shape: &[usize], strides: &[isize]) -> ArrayData {
    let itemsize = base.dtype.itemsize();
    let layout = Layout {
        offset,
        shape: shape.to_vec(),
        strides: strides.to_vec(),
        itemsize,
    };
    base.with_layout(layout, base.dtype)
}

/// Every element in C order, as f64.
pub fn f64s(a: &ArrayData) -> Vec<f64> {
    a.layout
        .indices()
        .iter()
        .map(|i| a.get(i).as_f64())
        .collect()
}

/// Every element in C order, as i64.
pub fn i64s(a: &ArrayData) -> Vec<i64> {
    a.layout
        .indices()
        .iter()
        .map(|i| a.get(i).as_i64())
        .collect()
}

/// Every element in C order, as bool.
pub fn bools(a: &ArrayData) -> Vec<bool> {
    a.layout
        .indices()
        .iter()
        .map(|i| a.get(i).is_truthy())
        .collect()
}

/// An array operand.
pub fn arr(a: &ArrayData) -> Operand<'_> {
    Operand::Array(a)
}

/// The output buffer id used by tests.
pub const OUT: BufferId = BufferId(99);
