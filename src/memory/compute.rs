//! The numeric kernels: arithmetic, comparisons, reductions, sorting and copying with NumPy's
//! dtype rules.
//!
//! Everything a statement computes (as opposed to the views it makes) ends up here. The rules
//! that decide a result's dtype (NumPy 2's NEP 50 promotion, with Python scalars weak and NumPy
//! scalars strong), the exact exception NumPy raises, and the order of floating-point additions
//! all follow NumPy 2.4 so that printed results match it digit for digit. The element work
//! itself is ndarray's: operands become typed views, broadcast and zipped together.

mod arrange;
mod cast;
mod elementwise;
mod kernels;
mod promote;
mod reduce;
#[cfg(test)]
mod test_util;

pub use arrange::{assign, check_integer_scalar, concatenate, fill_arange, sort_in_place};
pub use cast::{cast, cast_in_order, cast_keeping_order, flattened_in_order};
pub use elementwise::{binary, binary_in_place, compare, unary, where_select};
pub use promote::result_dtype;
pub use reduce::reduce;

use std::fmt;

use super::array::ArrayData;
use super::dtype::{DType, Scalar};
use crate::exception::ExceptionKind;

/// An exception NumPy would raise: Python's exception type name and NumPy's exact message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ComputeError {
    /// The exception's type (`ValueError`, NumPy's `AxisError`, …).
    pub kind: ExceptionKind,
    /// The message after the `: `, exactly as NumPy words it.
    pub message: String,
}

impl ComputeError {
    /// An error of type `kind` saying `message`.
    pub fn new(kind: ExceptionKind, message: impl Into<String>) -> ComputeError {
        ComputeError {
            kind,
            message: message.into(),
        }
    }

    /// A `ValueError`.
    pub fn value(message: impl Into<String>) -> ComputeError {
        ComputeError::new(ExceptionKind::ValueError, message)
    }

    /// A `TypeError`.
    pub fn type_error(message: impl Into<String>) -> ComputeError {
        ComputeError::new(ExceptionKind::TypeError, message)
    }

    /// NumPy's `AxisError` for `axis` on an array of `ndim` dimensions.
    pub fn axis(axis: isize, ndim: usize) -> ComputeError {
        ComputeError::new(
            ExceptionKind::AxisError,
            format!("axis {axis} is out of bounds for array of dimension {ndim}"),
        )
    }
}

impl fmt::Display for ComputeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.kind, self.message)
    }
}

impl std::error::Error for ComputeError {}

/// One side of an operation: an array, a Python scalar (weak under NEP 50: it adapts to the
/// other side's dtype), or a NumPy scalar (strong: it behaves like a 0-d array of its dtype).
#[derive(Clone, Copy, Debug)]
pub enum Operand<'a> {
    /// An array (any shape, including 0-d).
    Array(&'a ArrayData),
    /// A Python `bool`.
    PyBool(bool),
    /// A Python `int`.
    PyInt(i64),
    /// A Python `float`.
    PyFloat(f64),
    /// A NumPy scalar such as `np.int8(3)`.
    NumPy(DType, Scalar),
}

impl Operand<'_> {
    /// The operand's shape: a scalar is 0-d.
    pub fn shape(&self) -> &[usize] {
        match self {
            Operand::Array(a) => a.shape(),
            _ => &[],
        }
    }

    /// True for Python scalars, whose dtype is decided by the other operand.
    pub fn is_weak(&self) -> bool {
        matches!(
            self,
            Operand::PyBool(_) | Operand::PyInt(_) | Operand::PyFloat(_)
        )
    }

    /// The dtype the operand has on its own (Python scalars: NumPy's defaults).
    pub fn own_dtype(&self) -> DType {
        match self {
            Operand::Array(a) => a.dtype,
            Operand::PyBool(_) => DType::Bool,
            Operand::PyInt(_) => DType::Int64,
            Operand::PyFloat(_) => DType::Float64,
            Operand::NumPy(dtype, _) => *dtype,
        }
    }

    /// The value of a scalar operand (`None` for arrays).
    pub fn scalar(&self) -> Option<Scalar> {
        match *self {
            Operand::Array(_) => None,
            Operand::PyBool(b) => Some(Scalar::Bool(b)),
            Operand::PyInt(i) => Some(Scalar::Int(i)),
            Operand::PyFloat(x) => Some(Scalar::Float(x)),
            Operand::NumPy(_, value) => Some(value),
        }
    }
}

/// A binary arithmetic or bitwise operator (`a + b`, `a << b`, …).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BinaryOp {
    /// `+` (`np.add`; logical or on bools).
    Add,
    /// `-` (`np.subtract`; an error on bools).
    Sub,
    /// `*` (`np.multiply`; logical and on bools).
    Mul,
    /// `/` (`np.true_divide`: integers give float64).
    Div,
    /// `//` (`np.floor_divide`, Python's sign rules).
    FloorDiv,
    /// `%` (`np.remainder`, Python's sign rules).
    Mod,
    /// `**` (`np.power`).
    Pow,
    /// `&` (`np.bitwise_and`).
    BitAnd,
    /// `|` (`np.bitwise_or`).
    BitOr,
    /// `^` (`np.bitwise_xor`).
    BitXor,
    /// `<<` (`np.left_shift`).
    LShift,
    /// `>>` (`np.right_shift`).
    RShift,
}

impl BinaryOp {
    /// The NumPy ufunc's name, as error messages spell it.
    pub fn ufunc_name(self) -> &'static str {
        match self {
            BinaryOp::Add => "add",
            BinaryOp::Sub => "subtract",
            BinaryOp::Mul => "multiply",
            BinaryOp::Div => "divide",
            BinaryOp::FloorDiv => "floor_divide",
            BinaryOp::Mod => "remainder",
            BinaryOp::Pow => "power",
            BinaryOp::BitAnd => "bitwise_and",
            BinaryOp::BitOr => "bitwise_or",
            BinaryOp::BitXor => "bitwise_xor",
            BinaryOp::LShift => "left_shift",
            BinaryOp::RShift => "right_shift",
        }
    }

    /// True for the operators that only have integer (and bool) loops.
    pub fn is_bitwise(self) -> bool {
        matches!(
            self,
            BinaryOp::BitAnd
                | BinaryOp::BitOr
                | BinaryOp::BitXor
                | BinaryOp::LShift
                | BinaryOp::RShift
        )
    }
}

/// A comparison operator; the result is always a bool array.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CompareOp {
    /// `==`.
    Eq,
    /// `!=`.
    Ne,
    /// `<`.
    Lt,
    /// `<=`.
    Le,
    /// `>`.
    Gt,
    /// `>=`.
    Ge,
}

/// A unary operator.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum UnaryOp {
    /// `-a` (`np.negative`; an error on bools).
    Neg,
    /// `+a` (`np.positive`; no bool loop).
    Pos,
    /// `~a` (`np.invert`: logical not on bools, bitwise on integers).
    Invert,
    /// `abs(a)` (`np.absolute`).
    Abs,
}

/// A reduction over one axis or over the whole array.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Reduction {
    /// `sum`: integers widen to int64, floats keep their dtype.
    Sum,
    /// `prod`: as `sum`.
    Prod,
    /// `min`: keeps the dtype; an error on empty input.
    Min,
    /// `max`: keeps the dtype; an error on empty input.
    Max,
    /// `mean`: integers give float64, float32 stays float32.
    Mean,
    /// `any`: bool result.
    Any,
    /// `all`: bool result.
    All,
}

/// The shape two shapes broadcast to, NumPy's rules (align right; 1 stretches).
///
/// The error's message is only a placeholder: each caller words it its own way.
pub fn broadcast_shapes(a: &[usize], b: &[usize]) -> Result<Vec<usize>, ComputeError> {
    let ndim = a.len().max(b.len());
    let at =
        |shape: &[usize], i: usize| (i + shape.len()).checked_sub(ndim).map_or(1, |j| shape[j]);
    (0..ndim)
        .map(|i| match (at(a, i), at(b, i)) {
            (x, y) if x == y || y == 1 => Ok(x),
            (1, y) => Ok(y),
            _ => Err(ComputeError::value(broadcast_message(&[a, b]))),
        })
        .collect()
}

/// The shape all of `shapes` broadcast to, or NumPy's "could not be broadcast" error.
fn broadcast_all(shapes: &[&[usize]]) -> Result<Vec<usize>, ComputeError> {
    shapes.iter().try_fold(Vec::new(), |acc, shape| {
        broadcast_shapes(&acc, shape).map_err(|_| ComputeError::value(broadcast_message(shapes)))
    })
}

/// `operands could not be broadcast together with shapes (3,) (2,) ` (trailing space).
fn broadcast_message(shapes: &[&[usize]]) -> String {
    let listed: String = shapes
        .iter()
        .map(|s| format!("{} ", shape_text(s)))
        .collect();
    format!("operands could not be broadcast together with shapes {listed}")
}

/// A shape as Python prints a tuple: `(3,)`, `(2,3)` in NumPy's compact error style, `()`.
pub fn shape_text(shape: &[usize]) -> String {
    match shape {
        [one] => format!("({one},)"),
        _ => {
            let parts: Vec<String> = shape.iter().map(usize::to_string).collect();
            format!("({})", parts.join(","))
        }
    }
}

/// Resolves a possibly negative axis against `ndim`, or NumPy's `AxisError`.
fn normalize_axis(axis: isize, ndim: usize) -> Result<usize, ComputeError> {
    let resolved = if axis < 0 { axis + ndim as isize } else { axis };
    if (0..ndim as isize).contains(&resolved) {
        Ok(resolved as usize)
    } else {
        Err(ComputeError::axis(axis, ndim))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn broadcasting_aligns_right() {
        assert_eq!(broadcast_shapes(&[2, 1], &[3]).unwrap(), vec![2, 3]);
        assert_eq!(broadcast_shapes(&[], &[4]).unwrap(), vec![4]);
        assert_eq!(broadcast_shapes(&[0], &[1]).unwrap(), vec![0]);
    }

    #[test]
    fn broadcast_failure_message_has_trailing_space() {
        let err = broadcast_shapes(&[1, 3], &[2]).unwrap_err();
        assert_eq!(
            err.message,
            "operands could not be broadcast together with shapes (1,3) (2,) "
        );
    }

    #[test]
    fn negative_axes_count_from_the_end() {
        assert_eq!(normalize_axis(-1, 2), Ok(1));
        assert_eq!(
            normalize_axis(2, 1).unwrap_err().to_string(),
            "numpy.exceptions.AxisError: axis 2 is out of bounds for array of dimension 1"
        );
    }
}
