//! Converting elements between dtypes the way NumPy's C casts do.
//!
//! Every kernel first turns its operands into owned ndarrays of the loop's element type; this
//! module does that conversion. NumPy's casts are C's: integers wrap, floats truncate toward
//! zero, and a float out of range of a small integer type goes through a 32-bit conversion
//! on x86-64 (so `np.array([1e10]).astype(np.int16)` is 0, not the low bits of 10**10).

use ndarray::{ArrayD, ArrayViewD, IxDyn};

use super::{ComputeError, Operand};
use crate::dispatch_dtype;
use crate::exception::ExceptionKind;
use crate::memory::array::ArrayData;
use crate::memory::buffer::BufferId;
use crate::memory::dtype::{DType, Scalar};
use crate::memory::element::Element;
use crate::memory::layout::{Layout, Order};

/// A copy of `a` in C order converted to `dtype` (`a.copy()`), in a new buffer `out`.
pub fn cast(a: &ArrayData, dtype: DType, out: BufferId) -> Result<ArrayData, ComputeError> {
    check_float_cast(a, dtype)?;
    Ok(copy_into(
        a,
        dtype,
        out,
        Layout::new_array(a.shape(), dtype.itemsize()),
    ))
}

/// A copy of `a` converted to `dtype` in a new buffer `out`, its axes in `a`'s memory order
/// (NumPy's `order='K'`, the default of `np.copy`, `np.array` and `astype`: a copy of `m.T`
/// is F-ordered, one of a broadcast view has the repeated axis innermost).
pub fn cast_keeping_order(
    a: &ArrayData,
    dtype: DType,
    out: BufferId,
) -> Result<ArrayData, ComputeError> {
    check_float_cast(a, dtype)?;
    let layout = Layout::new_array_keeping(a.shape(), dtype.itemsize(), &a.layout);
    Ok(copy_into(a, dtype, out, layout))
}

/// A copy of `a` converted to `dtype` in a new buffer `out` laid out in `order` (`a.copy(order=)`,
/// `astype(order=)`).
pub fn cast_in_order(
    a: &ArrayData,
    dtype: DType,
    out: BufferId,
    order: Order,
) -> Result<ArrayData, ComputeError> {
    check_float_cast(a, dtype)?;
    let layout = Layout::new_array_in(a.shape(), dtype.itemsize(), order, &a.layout);
    Ok(copy_into(a, dtype, out, layout))
}

/// The elements of `a` as `dtype` in a new buffer `out`, laid out so that reading it in
/// memory order is `flatten(order)`'s order: for `'K'`, the order NumPy's iterator walks `a`
/// in (a broadcast axis, stride 0, stays where C order puts it).
pub fn flattened_in_order(
    a: &ArrayData,
    dtype: DType,
    out: BufferId,
    order: Order,
) -> Result<ArrayData, ComputeError> {
    if order != Order::K {
        return cast_in_order(a, dtype, out, order);
    }
    check_float_cast(a, dtype)?;
    let walk = crate::memory::layout::iteration_order(&a.layout);
    let layout = Layout::new_array_in_axis_order(a.shape(), dtype.itemsize(), &walk);
    Ok(copy_into(a, dtype, out, layout))
}

/// NumPy's float-to-integer casts warn (`RuntimeWarning: invalid value encountered in cast`)
/// for NaN and the infinities and store whatever the machine's vector or scalar conversion
/// gives for them, which differs between loops. viewfinder refuses those casts rather than
/// guess the values (finite values out of range follow the C conversions below), and so too
/// casts to uint32 of values outside `[-2**31, 2**32)`: NumPy's vector loop gives 0 or 2**31
/// for them and its scalar loop the low 32 bits, so the result depends on the array's length.
pub fn check_float_cast(a: &ArrayData, dtype: DType) -> Result<(), ComputeError> {
    if !a.dtype.is_float() || !dtype.is_integer() {
        return Ok(());
    }
    let uint32 = dtype == DType::UInt32;
    let refused =
        |x: f64| !x.is_finite() || (uint32 && !(-2_147_483_648.0..4_294_967_296.0).contains(&x));
    let invalid = dispatch_dtype!(a.dtype, T => a.with_view(|view: ArrayViewD<T>| {
        view.iter().map(|x| x.to_scalar().as_f64()).find(|&x| refused(x))
    }));
    let what = match invalid {
        None => return Ok(()),
        Some(x) if !x.is_finite() => format!(
            "casting nan or inf to {dtype} (NumPy warns: invalid value encountered in cast)"
        ),
        Some(_) => format!(
            "casting floats outside [-2**31, 2**32) to {dtype} (NumPy's result depends on its loop)"
        ),
    };
    Err(ComputeError::new(
        ExceptionKind::NotImplementedError,
        format!("{what} is not supported by viewfinder yet"),
    ))
}

/// `a`'s elements converted to `dtype` in a new buffer `out` seen through `layout`.
fn copy_into(a: &ArrayData, dtype: DType, out: BufferId, layout: Layout) -> ArrayData {
    let copy = ArrayData::zeros_in(out, dtype, layout);
    dispatch_dtype!(dtype, T => copy.assign(&to_typed::<T>(&Operand::Array(a)).view()));
    copy
}

/// One value converted to `T` with NumPy's C casting.
pub(super) fn convert<T: Element>(value: Scalar) -> T {
    match (T::DTYPE, value) {
        (DType::Float32, Scalar::Int(i)) => T::from_scalar(Scalar::Float(f64::from(i as f32))),
        (DType::Float32, Scalar::UInt(u)) => T::from_scalar(Scalar::Float(f64::from(u as f32))),
        (
            DType::Int8 | DType::Int16 | DType::Int32 | DType::UInt8 | DType::UInt16,
            Scalar::Float(x),
        ) => T::from_scalar(Scalar::Int(float_to_i32(x).into())),
        _ => T::from_scalar(value),
    }
}

/// `cvttsd2si` with a 32-bit destination: truncation, or `i32::MIN` when out of range or NaN.
fn float_to_i32(x: f64) -> i32 {
    if x.is_nan() || x >= 2_147_483_648.0 || x <= -2_147_483_649.0 {
        i32::MIN
    } else {
        x as i32
    }
}

/// Lends an operand's elements as `T` to `f`: the array's own elements, borrowed, when it
/// already holds `T`; otherwise a converted copy (a scalar becomes a 0-d array).
pub(super) fn with_typed<T: Element, R>(
    operand: &Operand,
    f: impl FnOnce(ArrayViewD<T>) -> R,
) -> R {
    match operand {
        Operand::Array(a) if a.dtype == T::DTYPE => a.with_view(f),
        _ => f(to_typed::<T>(operand).view()),
    }
}

/// An operand's elements converted to `T` (a scalar becomes a 0-d array).
pub(super) fn to_typed<T: Element>(operand: &Operand) -> ArrayD<T> {
    match operand {
        Operand::Array(a) if a.dtype == T::DTYPE => a.to_ndarray::<T>(),
        Operand::Array(a) => dispatch_dtype!(a.dtype, S => a.with_view(|v: ArrayViewD<S>| {
            v.mapv(|x| convert::<T>(x.to_scalar()))
        })),
        other => {
            let value = other.scalar().unwrap_or(Scalar::Bool(false));
            ArrayD::from_elem(IxDyn(&[]), convert::<T>(value))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn floats(values: &[f64]) -> ArrayData {
        let scalars: Vec<Scalar> = values.iter().map(|&x| Scalar::Float(x)).collect();
        ArrayData::from_scalars(BufferId(1), DType::Float64, &[values.len()], &scalars)
    }

    fn cast_values(a: &ArrayData, dtype: DType) -> Vec<Scalar> {
        let c = cast(a, dtype, BufferId(2)).expect("a valid cast");
        (0..c.size()).map(|i| c.get(&[i])).collect()
    }

    #[test]
    fn float_to_small_int_goes_through_int32() {
        // np.array([1e10, -1e10, 200.0, 3e9, -129.5]).astype(np.int8) -> [0 0 -56 0 127]
        let a = floats(&[1e10, -1e10, 200.0, 3e9, -129.5]);
        let want: Vec<Scalar> = [0, 0, -56, 0, 127].into_iter().map(Scalar::Int).collect();
        assert_eq!(cast_values(&a, DType::Int8), want);
        // .astype(np.uint8) of [1e10, -1e10, 200, -1, 256] -> [0 0 200 255 0]
        let a = floats(&[1e10, -1e10, 200.0, -1.0, 256.0]);
        let want: Vec<Scalar> = [0, 0, 200, 255, 0].into_iter().map(Scalar::UInt).collect();
        assert_eq!(cast_values(&a, DType::UInt8), want);
        // np.array([1e10]).astype(np.int16) -> [0]
        assert_eq!(
            cast_values(&floats(&[1e10]), DType::Int16),
            vec![Scalar::Int(0)]
        );
    }

    #[test]
    fn float_to_unsigned_follows_numpy() {
        // [1.5, -2.5, 300.7, 1e10] .astype(np.uint16) -> [1 65534 300 0];
        // .astype(np.uint32) of [1.5, -2.5, 3e9] -> [1 4294967294 3000000000]
        let a = floats(&[1.5, -2.5, 300.7, 1e10]);
        let want: Vec<Scalar> = [1, 65534, 300, 0].into_iter().map(Scalar::UInt).collect();
        assert_eq!(cast_values(&a, DType::UInt16), want);
        let a = floats(&[1.5, -2.5, 3e9]);
        let want: Vec<Scalar> = [1, 4_294_967_294, 3_000_000_000]
            .into_iter()
            .map(Scalar::UInt)
            .collect();
        assert_eq!(cast_values(&a, DType::UInt32), want);
    }

    #[test]
    fn float_to_int64_out_of_range_is_min() {
        let a = floats(&[1e20, -2.7]);
        let want = vec![Scalar::Int(i64::MIN), Scalar::Int(-2)];
        assert_eq!(cast_values(&a, DType::Int64), want);
    }

    #[test]
    fn casting_nan_or_inf_to_an_integer_is_refused() {
        for value in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
            let error = cast(&floats(&[1.0, value]), DType::UInt32, BufferId(2)).unwrap_err();
            assert_eq!(error.kind, ExceptionKind::NotImplementedError);
        }
        assert!(cast(&floats(&[f64::NAN]), DType::Bool, BufferId(2)).is_ok());
    }

    #[test]
    fn int64_to_float32_rounds_once() {
        // 2**60 + 2**36 + 1 rounds up in one step, down via float64
        let v = (1i64 << 60) + (1 << 36) + 1;
        assert_eq!(convert::<f32>(Scalar::Int(v)), v as f32);
    }
}
