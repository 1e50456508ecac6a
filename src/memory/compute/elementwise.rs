//! Elementwise operations: arithmetic, in-place arithmetic, comparisons, unary operators and
//! `np.where`.
//!
//! Each one decides its loop dtype first (and raises whatever NumPy raises there), then
//! checks shapes, and only then zips the operands over the broadcast shape: borrowed when they
//! already hold the loop type, converted copies otherwise. Results go straight into their new
//! buffer, laid out in the operands' memory order. An in-place update computes straight into
//! its target unless the other operand reads the same buffer: then it computes into a
//! temporary first, which is what makes `a[1:] += a[:-1]` behave as if the right side were
//! copied first.

use crate::exception::ExceptionKind;
use std::rc::Rc;

use ndarray::{ArrayBase, ArrayD, ArrayViewD, ArrayViewMutD, Data, IxDyn, Zip};

use super::cast::{convert, to_typed, with_typed};
use super::kernels::{Arith, binary_fn, compare_fn, unary_fn};
use super::promote::{
    can_cast_same_kind, common_dtype, common_dtype_of, int_out_of_range, no_safe_loop,
    output_cast_error, output_cast_error_of, result_dtype, squares_bools,
};
use super::{BinaryOp, CompareOp, ComputeError, Operand, UnaryOp, broadcast_all, shape_text};
use crate::dispatch_dtype;
use crate::memory::array::ArrayData;
use crate::memory::buffer::BufferId;
use crate::memory::dtype::{DType, Scalar};
use crate::memory::element::{Element, NpBool};
use crate::memory::layout::Layout;

/// `lhs op rhs` as a new array in buffer `out`, in the operands' memory order (0-d when both
/// operands are).
pub fn binary(
    op: BinaryOp,
    lhs: Operand,
    rhs: Operand,
    out: BufferId,
) -> Result<ArrayData, ComputeError> {
    let dtype = result_dtype(op, &lhs, &rhs)?;
    let shape = broadcast_all(&[lhs.shape(), rhs.shape()])?;
    dispatch_dtype!(dtype, T => {
        let result = new_result(out, T::DTYPE, T::DTYPE, &shape, &[&lhs, &rhs]);
        result.with_view_mut(|dest: ArrayViewMutD<T>| compute_into(op, &lhs, &rhs, dest))?;
        Ok(result)
    })
}

/// `target op= rhs`: computes `target op rhs` and writes it back cast to `target`'s dtype.
///
/// Everything is checked before anything is written: NumPy's `OverflowError` for a Python int,
/// the `'same_kind'` output cast, and that `rhs` broadcasts to `target`'s shape.
pub fn binary_in_place(op: BinaryOp, target: &ArrayData, rhs: Operand) -> Result<(), ComputeError> {
    let lhs = Operand::Array(target);
    let dtype = result_dtype(op, &lhs, &rhs)?;
    if squares_bools(op, &lhs, &rhs) {
        return Err(output_cast_error_of("square", dtype, target.dtype));
    }
    if !can_cast_same_kind(dtype, target.dtype) {
        return Err(output_cast_error(op, dtype, target.dtype));
    }
    let shape = broadcast_all(&[target.shape(), rhs.shape(), target.shape()])?;
    if shape != target.shape() {
        return Err(ComputeError::value(format!(
            "non-broadcastable output operand with shape {} doesn't match the broadcast shape {}",
            shape_text(target.shape()),
            shape_text(&shape)
        )));
    }
    if dtype == target.dtype && !reads_buffer_of(&rhs, target) {
        return dispatch_dtype!(dtype, T => update_in_place::<T>(op, target, &rhs));
    }
    dispatch_dtype!(dtype, T => {
        let mut values = ArrayD::<T>::default(IxDyn(&shape));
        compute_into(op, &lhs, &rhs, values.view_mut())?;
        write_back(target, &values.view());
    });
    Ok(())
}

/// A new zero-filled array of `shape` in buffer `out`, its axes in the memory order of the
/// array `operands` (NumPy's `order='K'`: `m.T + 1` is F-ordered like `m.T`).
/// `loop_dtype` is the type the operation reads its operands in.
fn new_result(
    out: BufferId,
    dtype: DType,
    loop_dtype: DType,
    shape: &[usize],
    operands: &[&Operand],
) -> ArrayData {
    let arrays: Vec<&ArrayData> = operands
        .iter()
        .filter_map(|operand| match operand {
            Operand::Array(array) => Some(*array),
            _ => None,
        })
        .collect();
    let uncast = arrays.iter().all(|array| array.dtype == loop_dtype);
    let layouts: Vec<&Layout> = arrays.iter().map(|array| &array.layout).collect();
    let layout = Layout::new_array_like(shape, dtype.itemsize(), &layouts, uncast);
    ArrayData::zeros_in(out, dtype, layout)
}

/// True when `operand` is an array in `target`'s buffer: writing `target` while reading it
/// element by element could read values already written, so such updates go through a copy.
fn reads_buffer_of(operand: &Operand, target: &ArrayData) -> bool {
    matches!(operand, Operand::Array(a) if Rc::ptr_eq(&a.buffer, &target.buffer))
}

/// `target op= rhs` computed in `target`'s own dtype straight into its elements, with no
/// temporary (as NumPy's `out=` loops); `rhs` lives in another buffer.
fn update_in_place<T: Arith>(
    op: BinaryOp,
    target: &ArrayData,
    rhs: &Operand,
) -> Result<(), ComputeError> {
    let sqrt = is_sqrt_power(op, &Operand::Array(target), rhs);
    check_float_power::<T>(op, rhs)?;
    with_typed::<T, _>(rhs, |b| {
        let b = stretch(&b, target.shape())?;
        check_exponents(op, &b)?;
        let f = binary_fn::<T>(op);
        target.with_view_mut(|mut dest: ArrayViewMutD<T>| match sqrt {
            true => dest.mapv_inplace(T::sqrt),
            false => Zip::from(&mut dest).and(&b).for_each(|x, &y| *x = f(*x, y)),
        });
        Ok(())
    })
}

/// Writes `values` (of `target`'s shape) into `target`, cast to its dtype.
pub(super) fn write_back<T: Element>(target: &ArrayData, values: &ArrayViewD<T>) {
    if target.dtype == T::DTYPE {
        return target.assign(values);
    }
    dispatch_dtype!(target.dtype, D => {
        let converted = values.mapv(|x| convert::<D>(x.to_scalar()));
        target.assign(&converted.view());
    })
}

/// Fills `dest` (of the broadcast shape) with the elements of `lhs op rhs` computed in `T`.
fn compute_into<T: Arith>(
    op: BinaryOp,
    lhs: &Operand,
    rhs: &Operand,
    mut dest: ArrayViewMutD<T>,
) -> Result<(), ComputeError> {
    let sqrt = is_sqrt_power(op, lhs, rhs);
    check_float_power::<T>(op, rhs)?;
    let shape = dest.shape().to_vec();
    with_typed::<T, _>(lhs, |a| {
        with_typed::<T, _>(rhs, |b| {
            let (a, b) = (stretch(&a, &shape)?, stretch(&b, &shape)?);
            check_exponents(op, &b)?;
            let f = binary_fn::<T>(op);
            match sqrt {
                true => Zip::from(&mut dest).and(&a).for_each(|x, &y| *x = y.sqrt()),
                false => Zip::from(&mut dest)
                    .and(&a)
                    .and(&b)
                    .for_each(|x, &y, &z| *x = f(y, z)),
            }
            Ok(())
        })
    })
}

/// NumPy's refusal of negative integer exponents, checked before anything is written.
fn check_exponents<T: Arith>(op: BinaryOp, exponents: &ArrayViewD<T>) -> Result<(), ComputeError> {
    if op == BinaryOp::Pow && exponents.iter().any(|x| x.is_negative_int()) {
        return Err(ComputeError::value(
            "Integers to negative integer powers are not allowed.",
        ));
    }
    Ok(())
}

/// The exponents NumPy computes exactly for a float base (by `np.square`, `np.reciprocal`,
/// `np.sqrt` or a copy) when the exponent is a scalar or 0-d. Every other float power goes
/// through NumPy's SIMD `pow`, which on CPUs with AVX-512 rounds a few results in a hundred
/// to another last bit than the C library's `pow` does: viewfinder cannot know which.
const EXACT_FLOAT_EXPONENTS: [f64; 5] = [2.0, -1.0, 1.0, 0.5, 0.0];

/// Refuses a float power NumPy may round differently from `pow` (see
/// [`EXACT_FLOAT_EXPONENTS`]); integer powers are exact and pass.
fn check_float_power<T: Element>(op: BinaryOp, exponent: &Operand) -> Result<(), ComputeError> {
    if op != BinaryOp::Pow || !T::DTYPE.is_float() {
        return Ok(());
    }
    let scalar = match exponent {
        Operand::Array(b) if b.shape().is_empty() => Some(b.get(&[])),
        Operand::Array(_) => None,
        other => other.scalar(),
    };
    match scalar.map(|e| e.as_f64()) {
        Some(e) if EXACT_FLOAT_EXPONENTS.contains(&e) => Ok(()),
        _ => Err(ComputeError::new(
            ExceptionKind::NotImplementedError,
            "float powers other than ** 2, ** -1, ** 1, ** 0.5 and ** 0 (NumPy's SIMD pow rounds some results differently on some CPUs) are not supported by viewfinder yet",
        )),
    }
}

/// NumPy computes `float_array ** 0.5` (exponent a scalar or 0-d) as `np.sqrt`, which differs
/// from `pow` for `-0.0` and `-inf`.
fn is_sqrt_power(op: BinaryOp, lhs: &Operand, rhs: &Operand) -> bool {
    let float_array = matches!(lhs, Operand::Array(a) if a.dtype.is_float());
    let exponent = match rhs {
        Operand::Array(b) if b.shape().is_empty() => Some(b.get(&[])),
        other => other.scalar(),
    };
    op == BinaryOp::Pow && float_array && exponent.is_some_and(|e| e.as_f64() == 0.5)
}

/// `values` (an owned array or a view) seen with `shape` by broadcasting.
pub(super) fn stretch<'a, T, S: Data<Elem = T>>(
    values: &'a ArrayBase<S, IxDyn>,
    shape: &[usize],
) -> Result<ArrayViewD<'a, T>, ComputeError> {
    values.broadcast(IxDyn(shape)).ok_or_else(|| {
        ComputeError::value(format!(
            "could not broadcast input array from shape {} into shape {}",
            shape_text(values.shape()),
            shape_text(shape)
        ))
    })
}

/// `lhs op rhs` for a comparison: a bool array in buffer `out`.
///
/// Integers compare by exact value whenever their common dtype cannot hold both sides: a
/// Python int outside an integer array's range (NumPy 2 gives `np.array([1], np.uint8) > -1`
/// → `True`, no error) and uint64 against a signed integer (which would promote to float64).
pub fn compare(
    op: CompareOp,
    lhs: Operand,
    rhs: Operand,
    out: BufferId,
) -> Result<ArrayData, ComputeError> {
    let shape = broadcast_all(&[lhs.shape(), rhs.shape()])?;
    let common = common_dtype(&lhs, &rhs);
    let values = if needs_exact_integer_compare(common, &lhs, &rhs) {
        compare_in::<i128>(op, &exact_integers(&lhs), &exact_integers(&rhs), &shape)?
    } else {
        dispatch_dtype!(common, T => compare_in(op, &to_typed::<T>(&lhs), &to_typed::<T>(&rhs), &shape)?)
    };
    let result = new_result(out, NpBool::DTYPE, common, values.shape(), &[&lhs, &rhs]);
    result.assign(&values.view());
    Ok(result)
}

/// True when both sides are integers (or bools) that `common` cannot compare exactly.
fn needs_exact_integer_compare(common: DType, lhs: &Operand, rhs: &Operand) -> bool {
    let integral = |o: &Operand| !o.own_dtype().is_float();
    let overflows = |o: &Operand| matches!(*o, Operand::PyInt(v) if int_out_of_range(v, common));
    integral(lhs) && integral(rhs) && (common.is_float() || overflows(lhs) || overflows(rhs))
}

/// The elements of `a` and `b`, broadcast to `shape`, compared with `op`.
fn compare_in<T: PartialOrd>(
    op: CompareOp,
    a: &ArrayD<T>,
    b: &ArrayD<T>,
    shape: &[usize],
) -> Result<ArrayD<NpBool>, ComputeError> {
    let (a, b) = (stretch(a, shape)?, stretch(b, shape)?);
    let f = compare_fn::<T>(op);
    Ok(Zip::from(&a)
        .and(&b)
        .map_collect(|x, y| NpBool(f(x, y) as u8)))
}

/// An integer or bool operand's values, exactly, as i128 (a scalar becomes a 0-d array).
fn exact_integers(operand: &Operand) -> ArrayD<i128> {
    let wide = |value: Scalar| match value {
        Scalar::UInt(u) => i128::from(u),
        other => i128::from(other.as_i64()),
    };
    match operand {
        Operand::Array(a) => dispatch_dtype!(a.dtype, S => a.with_view(|v: ArrayViewD<S>| {
            v.mapv(|x| wide(x.to_scalar()))
        })),
        other => ArrayD::from_elem(IxDyn(&[]), wide(other.scalar().unwrap_or(Scalar::Int(0)))),
    }
}

/// `-a`, `+a`, `~a` or `abs(a)` as a new array in buffer `out`.
pub fn unary(op: UnaryOp, a: Operand, out: BufferId) -> Result<ArrayData, ComputeError> {
    let dtype = a.own_dtype();
    check_unary(op, dtype)?;
    dispatch_dtype!(dtype, T => {
        let values = to_typed::<T>(&a).mapv(unary_fn::<T>(op));
        let result = new_result(out, T::DTYPE, T::DTYPE, values.shape(), &[&a]);
        result.assign(&values.view());
        Ok(result)
    })
}

/// NumPy's errors for unary operators without a loop for `dtype`.
fn check_unary(op: UnaryOp, dtype: DType) -> Result<(), ComputeError> {
    match (op, dtype) {
        (UnaryOp::Neg, DType::Bool) => Err(ComputeError::type_error(
            "The numpy boolean negative, the `-` operator, is not supported, use the `~` \
             operator or the logical_not function instead.",
        )),
        (UnaryOp::Pos, DType::Bool) => Err(ComputeError::new(
            ExceptionKind::UFuncNoLoopError,
            "ufunc 'positive' did not contain a loop with signature matching types \
             <class 'numpy.dtypes.BoolDType'> -> None",
        )),
        (UnaryOp::Invert, d) if d.is_float() => Err(no_safe_loop("invert")),
        _ => Ok(()),
    }
}

/// `np.where(cond, x, y)`: elements of `x` where `cond` is true, else of `y`, broadcast
/// together; the dtype promotes `x` and `y` (Python scalars weakly, cast unsafely).
pub fn where_select(
    cond: Operand,
    x: Operand,
    y: Operand,
    out: BufferId,
) -> Result<ArrayData, ComputeError> {
    let dtype = common_dtype_of(&[x, y]);
    let shape = broadcast_all(&[cond.shape(), x.shape(), y.shape()])?;
    let c = to_typed::<NpBool>(&cond);
    let c = stretch(&c, &shape)?;
    dispatch_dtype!(dtype, T => {
        let (a, b) = (to_typed::<T>(&x), to_typed::<T>(&y));
        let (a, b) = (stretch(&a, &shape)?, stretch(&b, &shape)?);
        let result = new_result(out, T::DTYPE, T::DTYPE, &shape, &[&cond, &x, &y]);
        result.with_view_mut(|dest: ArrayViewMutD<T>| {
            Zip::from(dest).and(&c).and(&a).and(&b).for_each(|d, c, &a, &b| *d = if c.get() { a } else { b })
        });
        Ok(result)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::memory::compute::test_util::*;
    use proptest::prelude::*;

    fn bin(op: BinaryOp, lhs: Operand, rhs: Operand) -> ArrayData {
        binary(op, lhs, rhs, OUT).expect("numpy computes this")
    }

    #[test]
    fn python_int_keeps_array_dtype_or_overflows() {
        let a = ints(DType::Int8, &[2], &[1, 100]);
        let r = bin(BinaryOp::Add, arr(&a), Operand::PyInt(100));
        assert_eq!((r.dtype, i64s(&r)), (DType::Int8, vec![101, -56]));
        let err = binary(BinaryOp::Add, arr(&a), Operand::PyInt(300), OUT).unwrap_err();
        assert_eq!(
            err.to_string(),
            "OverflowError: Python integer 300 out of bounds for int8"
        );
    }

    #[test]
    fn true_division_of_integers_is_float64() {
        // np.array([1], np.int8) / np.array([0], np.int8) -> [inf]; 0/0 -> [nan]
        let (one, zero) = (ints(DType::Int8, &[1], &[1]), ints(DType::Int8, &[1], &[0]));
        let r = bin(BinaryOp::Div, arr(&one), arr(&zero));
        assert_eq!((r.dtype, f64s(&r)), (DType::Float64, vec![f64::INFINITY]));
        assert!(f64s(&bin(BinaryOp::Div, arr(&zero), arr(&zero)))[0].is_nan());
        let f = floats(DType::Float32, &[1], &[3.0]);
        assert_eq!(bin(BinaryOp::Div, arr(&f), arr(&one)).dtype, DType::Float32);
    }

    #[test]
    fn floor_division_and_modulo_follow_python() {
        // np.array([-7, 7, 5]) // [2, -2, 0] -> [-4 -4 0]; % -> [1 -1 0]
        let (a, b) = (
            ints(DType::Int64, &[3], &[-7, 7, 5]),
            ints(DType::Int64, &[3], &[2, -2, 0]),
        );
        assert_eq!(
            i64s(&bin(BinaryOp::FloorDiv, arr(&a), arr(&b))),
            vec![-4, -4, 0]
        );
        assert_eq!(i64s(&bin(BinaryOp::Mod, arr(&a), arr(&b))), vec![1, -1, 0]);
        let x = floats(DType::Float64, &[2], &[-7.5, 7.5]);
        let r = bin(BinaryOp::Mod, arr(&x), Operand::PyInt(-2));
        assert_eq!(f64s(&r), vec![-1.5, -0.5]);
    }

    #[test]
    fn negative_integer_powers_are_rejected() {
        let a = arange(3);
        let err = binary(BinaryOp::Pow, arr(&a), Operand::PyInt(-1), OUT).unwrap_err();
        assert_eq!(
            err.to_string(),
            "ValueError: Integers to negative integer powers are not allowed."
        );
        let r = bin(
            BinaryOp::Pow,
            arr(&ints(DType::Int8, &[1], &[2])),
            Operand::PyInt(7),
        );
        assert_eq!(i64s(&r), vec![-128]);
    }

    #[test]
    fn float_power_half_is_sqrt() {
        // np.array([-0.0]) ** 0.5 -> [-0.] (np.sqrt, not pow)
        let a = floats(DType::Float64, &[1], &[-0.0]);
        let r = bin(BinaryOp::Pow, arr(&a), Operand::PyFloat(0.5));
        assert!(f64s(&r)[0].is_sign_negative());
    }

    #[test]
    fn float_powers_through_simd_pow_are_refused() {
        let a = floats(DType::Float64, &[2], &[27.0, 2.0]);
        let half = floats(DType::Float64, &[1], &[0.5]);
        for exponent in [Operand::PyFloat(1.0 / 3.0), Operand::PyInt(3), arr(&half)] {
            let err = binary(BinaryOp::Pow, arr(&a), exponent, OUT).unwrap_err();
            assert_eq!(err.kind, ExceptionKind::NotImplementedError);
        }
        let squares = bin(BinaryOp::Pow, arr(&a), Operand::PyInt(2));
        assert_eq!(f64s(&squares), vec![729.0, 4.0]);
    }

    #[test]
    fn bool_arithmetic() {
        let t = ints(DType::Bool, &[2], &[1, 0]);
        let r = bin(BinaryOp::Add, arr(&t), Operand::PyBool(true));
        assert_eq!((r.dtype, bools(&r)), (DType::Bool, vec![true, true]));
        assert_eq!(
            bin(BinaryOp::Add, arr(&t), Operand::PyInt(5)).dtype,
            DType::Int64
        );
        assert_eq!(bin(BinaryOp::FloorDiv, arr(&t), arr(&t)).dtype, DType::Int8);
        let err = binary(BinaryOp::Sub, arr(&t), arr(&t), OUT).unwrap_err();
        assert_eq!(err.kind.python_name(), "TypeError");
    }

    #[test]
    fn broadcasting_and_its_error() {
        let (row, col) = (arange(3), ints(DType::Int64, &[2, 1], &[10, 20]));
        let r = bin(BinaryOp::Add, arr(&row), arr(&col));
        assert_eq!(
            (r.shape().to_vec(), i64s(&r)),
            (vec![2, 3], vec![10, 11, 12, 20, 21, 22])
        );
        let err = binary(BinaryOp::Add, arr(&row), arr(&arange(2)), OUT).unwrap_err();
        assert_eq!(
            err.message,
            "operands could not be broadcast together with shapes (3,) (2,) "
        );
    }

    #[test]
    fn scalar_operands_give_0d() {
        let r = bin(
            BinaryOp::Mul,
            Operand::NumPy(DType::Int8, Scalar::Int(3)),
            Operand::PyInt(2),
        );
        assert_eq!(
            (r.dtype, r.shape().len(), i64s(&r)),
            (DType::Int8, 0, vec![6])
        );
    }

    #[test]
    fn in_place_overlap_reads_a_copy() {
        // a = np.arange(5); a[1:] += a[:-1] -> [0 1 3 5 7]
        let a = arange(5);
        let (tail, head) = (view(&a, 8, &[4], &[8]), view(&a, 0, &[4], &[8]));
        binary_in_place(BinaryOp::Add, &tail, arr(&head)).unwrap();
        assert_eq!(i64s(&a), vec![0, 1, 3, 5, 7]);
    }

    #[test]
    fn in_place_validates_before_writing() {
        let a = arange(3);
        let err = binary_in_place(BinaryOp::Add, &a, Operand::PyFloat(1.5)).unwrap_err();
        assert_eq!(
            err.kind.python_name(),
            "numpy._core._exceptions._UFuncOutputCastingError"
        );
        assert_eq!(
            err.message,
            "Cannot cast ufunc 'add' output from dtype('float64') to dtype('int64') with casting rule 'same_kind'"
        );
        let wide = ints(DType::Int64, &[2, 3], &[1; 6]);
        let err = binary_in_place(BinaryOp::Add, &a, arr(&wide)).unwrap_err();
        assert_eq!(
            err.message,
            "non-broadcastable output operand with shape (3,) doesn't match the broadcast shape (2,3)"
        );
        let err = binary_in_place(BinaryOp::Add, &a, arr(&arange(2))).unwrap_err();
        assert_eq!(
            err.message,
            "operands could not be broadcast together with shapes (3,) (2,) (3,) "
        );
        assert_eq!(i64s(&a), vec![0, 1, 2]);
    }

    #[test]
    fn in_place_casts_same_kind() {
        // a = np.arange(3, dtype=np.int8); a += np.array([127, 127, 127]) -> [127 -128 -127]
        let a = ints(DType::Int8, &[3], &[0, 1, 2]);
        binary_in_place(BinaryOp::Add, &a, arr(&ints(DType::Int64, &[1], &[127]))).unwrap();
        assert_eq!(i64s(&a), vec![127, -128, -127]);
    }

    #[test]
    fn comparisons_across_dtypes() {
        let u = ints(DType::UInt8, &[2], &[0, 255]);
        let r = compare(CompareOp::Gt, arr(&u), Operand::PyInt(-1), OUT).unwrap();
        assert_eq!(bools(&r), vec![true, true]);
        let r = compare(CompareOp::Eq, arr(&u), Operand::PyInt(-1), OUT).unwrap();
        assert_eq!(bools(&r), vec![false, false]);
        let (i, f) = (
            arange(3),
            floats(DType::Float64, &[3], &[0.0, 1.5, f64::NAN]),
        );
        let r = compare(CompareOp::Lt, arr(&i), arr(&f), OUT).unwrap();
        assert_eq!(bools(&r), vec![false, true, false]);
        let r = compare(CompareOp::Ne, arr(&f), arr(&f), OUT).unwrap();
        assert_eq!(bools(&r), vec![false, false, true]);
    }

    #[test]
    fn uint64_compares_exactly_with_signed_integers() {
        // np.array([2**53 + 1], np.uint64) == np.array([2**53]) -> [False] (float64 says True)
        let u = ints(DType::UInt64, &[2], &[(1 << 53) + 1, -1]);
        let i = ints(DType::Int64, &[2], &[1 << 53, -1]);
        let r = compare(CompareOp::Eq, arr(&u), arr(&i), OUT).unwrap();
        assert_eq!(bools(&r), vec![false, false]);
        let r = compare(CompareOp::Gt, arr(&u), Operand::PyInt(-1), OUT).unwrap();
        assert_eq!(bools(&r), vec![true, true]);
        let r = compare(CompareOp::Gt, arr(&u), Operand::PyInt(1 << 62), OUT).unwrap();
        assert_eq!(bools(&r), vec![false, true]);
    }

    #[test]
    fn unsigned_arithmetic_keeps_dtype_and_wraps() {
        // np.array([0, 5], np.uint16) - 1 -> [65535 4]; u16 * int8 array -> int32
        let u = ints(DType::UInt16, &[2], &[0, 5]);
        let r = bin(BinaryOp::Sub, arr(&u), Operand::PyInt(1));
        assert_eq!((r.dtype, i64s(&r)), (DType::UInt16, vec![65535, 4]));
        let s = ints(DType::Int8, &[2], &[-1, 2]);
        let r = bin(BinaryOp::Mul, arr(&u), arr(&s));
        assert_eq!((r.dtype, i64s(&r)), (DType::Int32, vec![0, 10]));
        let err = binary(BinaryOp::Add, arr(&u), Operand::PyInt(-1), OUT).unwrap_err();
        assert_eq!(err.message, "Python integer -1 out of bounds for uint16");
    }

    #[test]
    fn unary_operators() {
        let b = ints(DType::Bool, &[2], &[1, 0]);
        assert_eq!(
            bools(&unary(UnaryOp::Invert, arr(&b), OUT).unwrap()),
            vec![false, true]
        );
        assert_eq!(
            unary(UnaryOp::Neg, arr(&b), OUT)
                .unwrap_err()
                .kind
                .python_name(),
            "TypeError"
        );
        let pos = unary(UnaryOp::Pos, arr(&b), OUT).unwrap_err();
        assert_eq!(
            pos.kind.python_name(),
            "numpy._core._exceptions._UFuncNoLoopError"
        );
        let i = ints(DType::Int8, &[2], &[5, -128]);
        assert_eq!(
            i64s(&unary(UnaryOp::Invert, arr(&i), OUT).unwrap()),
            vec![-6, 127]
        );
        assert_eq!(
            i64s(&unary(UnaryOp::Abs, arr(&i), OUT).unwrap()),
            vec![5, -128]
        );
        let f = floats(DType::Float64, &[1], &[1.5]);
        assert!(
            unary(UnaryOp::Invert, arr(&f), OUT)
                .unwrap_err()
                .message
                .contains("'invert'")
        );
    }

    #[test]
    fn where_promotes_and_broadcasts() {
        // np.where([True, False], np.array([1], np.int8), 300) -> [1 44] int8
        let c = ints(DType::Bool, &[2], &[1, 0]);
        let one = ints(DType::Int8, &[1], &[1]);
        let r = where_select(arr(&c), arr(&one), Operand::PyInt(300), OUT).unwrap();
        assert_eq!((r.dtype, i64s(&r)), (DType::Int8, vec![1, 44]));
        let r = where_select(arr(&c), Operand::PyInt(1), Operand::PyFloat(2.5), OUT).unwrap();
        assert_eq!((r.dtype, f64s(&r)), (DType::Float64, vec![1.0, 2.5]));
        let err = where_select(arr(&c), arr(&arange(3)), Operand::PyInt(2), OUT).unwrap_err();
        assert_eq!(
            err.message,
            "operands could not be broadcast together with shapes (2,) (3,) () "
        );
    }

    proptest! {
        #[test]
        fn add_matches_elementwise_reference(
            rows in 1usize..4, cols in 1usize..4, lhs_rows in any::<bool>(), rhs_cols in any::<bool>(),
            seed in proptest::collection::vec(-200i64..200, 32),
        ) {
            let lshape = if lhs_rows { vec![rows, 1] } else { vec![rows, cols] };
            let rshape = if rhs_cols { vec![cols] } else { vec![1, cols] };
            let lsize: usize = lshape.iter().product();
            let rsize: usize = rshape.iter().product();
            let a = ints(DType::Int16, &lshape, &seed[..lsize]);
            let b = ints(DType::Int8, &rshape, &seed[16..16 + rsize].iter().map(|v| v % 128).collect::<Vec<_>>());
            let r = binary(BinaryOp::Add, arr(&a), arr(&b), OUT).unwrap();
            prop_assert_eq!(r.shape(), &[rows, cols][..]);
            for i in 0..rows {
                for j in 0..cols {
                    let x = a.get(&[i, if lhs_rows { 0 } else { j }]).as_i64();
                    let y = if rhs_cols { b.get(&[j]) } else { b.get(&[0, j]) }.as_i64();
                    prop_assert_eq!(r.get(&[i, j]).as_i64(), x + y);
                }
            }
        }
    }
}
