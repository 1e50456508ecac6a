//! Which dtype an operation computes in, and the errors NumPy raises while deciding it.
//!
//! NumPy 2 (NEP 50) promotes arrays and NumPy scalars by `np.promote_types`, while a Python
//! scalar is "weak": it takes the other side's dtype when its kind allows (a Python int with
//! an int8 array computes in int8, and must fit it). Then each ufunc picks a loop: integers
//! divide in float64, bools have no `floor_divide` loop and go through int8, floats have no
//! bitwise loops.

use super::{BinaryOp, ComputeError, Operand};
use crate::exception::ExceptionKind;
use crate::memory::dtype::DType;

/// The dtype `op` computes in and returns for `lhs op rhs` (NumPy's `(lhs op rhs).dtype`),
/// or the error NumPy raises before computing anything.
pub fn result_dtype(op: BinaryOp, lhs: &Operand, rhs: &Operand) -> Result<DType, ComputeError> {
    if squares_bools(op, lhs, rhs) {
        return Ok(DType::Int8);
    }
    let common = common_dtype(lhs, rhs);
    // True division of integers runs a float64 loop, which takes any Python int as it is
    // (`np.array([1], np.uint8) / 300` is fine); every other loop needs it to fit `common`.
    let integer_division = op == BinaryOp::Div && !common.is_float();
    if !integer_division {
        check_weak_fits(common, lhs)?;
        check_weak_fits(common, rhs)?;
    }
    loop_dtype(op, common)
}

/// The dtype two operands meet in under NEP 50, before any ufunc-specific loop choice.
pub(super) fn common_dtype(lhs: &Operand, rhs: &Operand) -> DType {
    match (lhs.is_weak(), rhs.is_weak()) {
        (false, true) => with_weak(lhs.own_dtype(), rhs),
        (true, false) => with_weak(rhs.own_dtype(), lhs),
        _ => lhs.own_dtype().promote(rhs.own_dtype()),
    }
}

/// The dtype of many operands together (`np.where`, `np.concatenate`): strong ones promote,
/// then weak ones adapt to the result.
pub(super) fn common_dtype_of(operands: &[Operand]) -> DType {
    let strong = operands
        .iter()
        .filter(|o| !o.is_weak())
        .map(Operand::own_dtype);
    match strong.reduce(DType::promote) {
        Some(dtype) => operands
            .iter()
            .filter(|o| o.is_weak())
            .fold(dtype, with_weak),
        None => operands
            .iter()
            .map(Operand::own_dtype)
            .fold(DType::Bool, DType::promote),
    }
}

/// A strong dtype meeting a weak Python scalar.
fn with_weak(strong: DType, weak: &Operand) -> DType {
    match weak {
        Operand::PyBool(_) => strong,
        Operand::PyInt(_) if strong == DType::Bool => DType::Int64,
        Operand::PyInt(_) => strong,
        Operand::PyFloat(_) if strong.is_float() => strong,
        Operand::PyFloat(_) => DType::Float64,
        _ => strong.promote(weak.own_dtype()),
    }
}

/// True when a Python int is outside what `dtype` holds (always false for non-integers).
pub(super) fn int_out_of_range(value: i64, dtype: DType) -> bool {
    dtype
        .integer_range()
        .is_some_and(|range| !range.contains(&value.into()))
}

/// NumPy's `OverflowError` for a Python int that does not fit the dtype it must take.
pub(super) fn overflow_error(value: impl std::fmt::Display, dtype: DType) -> ComputeError {
    ComputeError::new(
        ExceptionKind::OverflowError,
        format!("Python integer {value} out of bounds for {dtype}"),
    )
}

/// A weak Python int must fit the integer dtype it adapts to.
fn check_weak_fits(dtype: DType, operand: &Operand) -> Result<(), ComputeError> {
    match *operand {
        Operand::PyInt(value) if int_out_of_range(value, dtype) => {
            Err(overflow_error(value, dtype))
        }
        _ => Ok(()),
    }
}

/// The loop `op` runs for inputs promoted to `common`.
pub(super) fn loop_dtype(op: BinaryOp, common: DType) -> Result<DType, ComputeError> {
    use BinaryOp::*;
    match (op, common) {
        (Sub, DType::Bool) => Err(ComputeError::type_error(BOOL_SUBTRACT)),
        (Div, dtype) if !dtype.is_float() => Ok(DType::Float64),
        (FloorDiv | Mod | Pow | LShift | RShift, DType::Bool) => Ok(DType::Int8),
        (op, dtype) if op.is_bitwise() && dtype.is_float() => Err(no_safe_loop(op.ufunc_name())),
        (_, dtype) => Ok(dtype),
    }
}

/// NumPy's message for `bool_array - bool_array`.
const BOOL_SUBTRACT: &str = "numpy boolean subtract, the `-` operator, is not supported, use the \
     bitwise_xor, the `^` operator, or the logical_xor function instead.";

/// NumPy's `TypeError` when no loop of `ufunc` accepts the inputs (bitwise ops on floats).
pub(super) fn no_safe_loop(ufunc: &str) -> ComputeError {
    ComputeError::type_error(format!(
        "ufunc '{ufunc}' not supported for the input types, and the inputs could not be safely \
         coerced to any supported types according to the casting rule ''safe''"
    ))
}

/// NumPy's `'same_kind'` casting rule: bool < unsigned < signed < float, any size within a kind.
pub(super) fn can_cast_same_kind(from: DType, to: DType) -> bool {
    from.kind() <= to.kind()
}

/// NumPy's error when an in-place result cannot be written back into the target's dtype.
pub(super) fn output_cast_error(op: BinaryOp, from: DType, to: DType) -> ComputeError {
    output_cast_error_of(op.ufunc_name(), from, to)
}

/// [`output_cast_error`] naming the ufunc NumPy actually ran.
pub(super) fn output_cast_error_of(ufunc: &str, from: DType, to: DType) -> ComputeError {
    ComputeError::new(
        ExceptionKind::UFuncOutputCastingError,
        format!(
            "Cannot cast ufunc '{ufunc}' output from dtype('{from}') to dtype('{to}') with casting \
             rule 'same_kind'"
        ),
    )
}

/// NumPy runs `array ** 2` (a Python int 2) as `np.square`, whose loop for booleans is int8:
/// `np.array([True]) ** 2` is `array([1], dtype=int8)`.
pub(super) fn squares_bools(op: BinaryOp, lhs: &Operand, rhs: &Operand) -> bool {
    let bools = matches!(lhs, Operand::Array(a) if a.dtype == DType::Bool);
    op == BinaryOp::Pow && bools && matches!(rhs, Operand::PyInt(2))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::memory::array::ArrayData;
    use crate::memory::buffer::BufferId;
    use DType::*;

    fn arr(dtype: DType) -> ArrayData {
        ArrayData::zeros(BufferId(0), dtype, &[1])
    }

    fn dtype_of(op: BinaryOp, lhs: Operand, rhs: Operand) -> Result<DType, ComputeError> {
        result_dtype(op, &lhs, &rhs)
    }

    #[test]
    fn arrays_promote_by_table() {
        // np.array([1], np.uint8) + np.array([1], np.int8) -> int16, etc.
        let cases = [
            (UInt8, Int8, Int16),
            (Int8, Float32, Float32),
            (Int32, Float32, Float64),
            (UInt8, Int64, Int64),
        ];
        for (a, b, want) in cases {
            let (x, y) = (arr(a), arr(b));
            let got = dtype_of(BinaryOp::Add, Operand::Array(&x), Operand::Array(&y));
            assert_eq!(got, Ok(want), "{a} + {b}");
        }
    }

    #[test]
    fn python_scalars_are_weak() {
        let (i8a, b, f32a) = (arr(Int8), arr(Bool), arr(Float32));
        let add = |x, y| dtype_of(BinaryOp::Add, x, y);
        assert_eq!(add(Operand::Array(&i8a), Operand::PyInt(5)), Ok(Int8));
        assert_eq!(
            add(Operand::Array(&i8a), Operand::PyFloat(1.5)),
            Ok(Float64)
        );
        assert_eq!(
            add(Operand::Array(&f32a), Operand::PyFloat(1.5)),
            Ok(Float32)
        );
        assert_eq!(add(Operand::Array(&f32a), Operand::PyInt(3)), Ok(Float32));
        assert_eq!(add(Operand::Array(&b), Operand::PyInt(5)), Ok(Int64));
        assert_eq!(add(Operand::Array(&b), Operand::PyBool(true)), Ok(Bool));
        assert_eq!(add(Operand::Array(&i8a), Operand::PyBool(true)), Ok(Int8));
        assert_eq!(
            add(Operand::Array(&i8a), Operand::NumPy(Int64, Scalar::Int(1))),
            Ok(Int64)
        );
    }

    use crate::memory::dtype::Scalar;

    #[test]
    fn python_int_must_fit() {
        let (i8a, u8a) = (arr(Int8), arr(UInt8));
        let err = dtype_of(BinaryOp::Add, Operand::Array(&i8a), Operand::PyInt(300)).unwrap_err();
        assert_eq!(
            err.to_string(),
            "OverflowError: Python integer 300 out of bounds for int8"
        );
        let err = dtype_of(BinaryOp::Add, Operand::PyInt(-1), Operand::Array(&u8a)).unwrap_err();
        assert_eq!(err.message, "Python integer -1 out of bounds for uint8");
        let strong = Operand::NumPy(Int8, Scalar::Int(1));
        assert!(dtype_of(BinaryOp::Add, strong, Operand::PyInt(300)).is_err());
    }

    #[test]
    fn unsigned_arrays_with_python_ints_and_signed_arrays() {
        // u16 + 65536, u64 + -1: OverflowError; u16 - 1 stays uint16; u64 + int64 -> float64
        let (u16a, u32a, u64a) = (arr(UInt16), arr(UInt32), arr(UInt64));
        let err = dtype_of(BinaryOp::Add, Operand::Array(&u16a), Operand::PyInt(65536));
        assert_eq!(
            err.unwrap_err().message,
            "Python integer 65536 out of bounds for uint16"
        );
        let err = dtype_of(BinaryOp::Add, Operand::Array(&u64a), Operand::PyInt(-1));
        assert_eq!(
            err.unwrap_err().message,
            "Python integer -1 out of bounds for uint64"
        );
        let sub = dtype_of(BinaryOp::Sub, Operand::Array(&u16a), Operand::PyInt(1));
        assert_eq!(sub, Ok(UInt16));
        let (i8a, i32a, i64a) = (arr(Int8), arr(Int32), arr(Int64));
        let add = |x, y| dtype_of(BinaryOp::Add, Operand::Array(x), Operand::Array(y));
        assert_eq!(add(&u16a, &i8a), Ok(Int32));
        assert_eq!(add(&u32a, &i32a), Ok(Int64));
        assert_eq!(add(&u64a, &i64a), Ok(Float64));
        let half = dtype_of(BinaryOp::Mul, Operand::Array(&u64a), Operand::PyFloat(2.5));
        assert_eq!(half, Ok(Float64));
    }

    #[test]
    fn division_and_bool_loops() {
        let (i8a, u8a, i16a, b) = (arr(Int8), arr(UInt8), arr(Int16), arr(Bool));
        let div = dtype_of(BinaryOp::Div, Operand::Array(&i8a), Operand::Array(&i8a));
        assert_eq!(div, Ok(Float64));
        assert_eq!(
            dtype_of(BinaryOp::Div, Operand::Array(&u8a), Operand::Array(&i16a)),
            Ok(Float64)
        );
        assert_eq!(
            dtype_of(BinaryOp::FloorDiv, Operand::Array(&b), Operand::Array(&b)),
            Ok(Int8)
        );
        assert_eq!(
            dtype_of(BinaryOp::Pow, Operand::Array(&b), Operand::Array(&b)),
            Ok(Int8)
        );
        assert_eq!(
            dtype_of(BinaryOp::Add, Operand::Array(&b), Operand::Array(&b)),
            Ok(Bool)
        );
        let err = dtype_of(BinaryOp::Sub, Operand::Array(&b), Operand::PyBool(true)).unwrap_err();
        assert!(
            err.message
                .starts_with("numpy boolean subtract, the `-` operator")
        );
    }

    #[test]
    fn bitwise_on_floats_has_no_loop() {
        let f = arr(Float64);
        let err = dtype_of(BinaryOp::BitAnd, Operand::Array(&f), Operand::PyInt(1)).unwrap_err();
        assert_eq!(err.kind.python_name(), "TypeError");
        assert!(
            err.message
                .ends_with("according to the casting rule ''safe''")
        );
    }

    #[test]
    fn same_kind_casting() {
        assert!(can_cast_same_kind(Int64, Int8));
        assert!(can_cast_same_kind(UInt8, Int8));
        assert!(!can_cast_same_kind(Int64, UInt8));
        assert!(!can_cast_same_kind(Float64, Int64));
        assert!(can_cast_same_kind(Float64, Float32));
    }
}
