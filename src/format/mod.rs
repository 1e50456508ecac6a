//! Text output exactly as CPython + NumPy 2.4 print it.
//!
//! viewfinder shows the results of NumPy statements, so every array, scalar, dtype and
//! plain Python object must print character for character like the real thing. This
//! module mirrors `numpy/_core/arrayprint.py` (default print options: precision 8,
//! `floatmode='maxprec'`, linewidth 75, threshold 1000, edgeitems 3) and NumPy's Dragon4
//! float printer, plus CPython's reprs of `float`, `str`, `bytes`, `bytearray` and
//! `array.array`. It never owns array data: callers describe an array with an
//! [`ElementSource`], and only the displayed elements are ever read.

mod array;
mod dragon4;
mod element;
mod float;
mod python;
mod scalar;
pub mod spec;

#[cfg(test)]
mod differential;

use crate::memory::{DType, Scalar};

pub use array::{array_repr, array_str, object_array_text};
pub use float::py_float_repr;
pub use python::{array_module_repr, bytearray_repr, py_bytes_repr, py_str_repr};
pub use scalar::{dtype_repr, scalar_repr, scalar_str};

/// What the formatter needs to print an array without owning its data: the shape, the
/// dtype, and a way to read the element at a multi-index (C order, one index per axis).
pub struct ElementSource<'a> {
    /// The array's shape; empty for a 0-d array.
    pub shape: &'a [usize],
    /// The element type.
    pub dtype: DType,
    /// Reads the element at a multi-index. Called only for displayed elements.
    pub get: &'a dyn Fn(&[usize]) -> Scalar,
}
