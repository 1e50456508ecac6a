//! Operations that move elements rather than combine them: assignment (`a[...] = b`),
//! sorting in place, `np.concatenate`, and filling `np.arange`.
//!
//! Assignment is where NumPy casts unsafely (a float written into an int array truncates) yet
//! still refuses a Python number that cannot fit; all of that is checked, and the source
//! copied out, before the destination is touched.

use crate::exception::ExceptionKind;

use ndarray::{ArrayD, ArrayViewD, ArrayViewMutD, Axis, IxDyn};

use super::cast::{convert, to_typed};
use super::elementwise::stretch;
use super::kernels::Arith;
use super::promote::{common_dtype_of, overflow_error};
use super::{ComputeError, Operand, normalize_axis, shape_text};
use crate::dispatch_dtype;
use crate::memory::array::ArrayData;
use crate::memory::buffer::BufferId;
use crate::memory::dtype::{DType, DTypeKind, Scalar};
use crate::memory::element::Element;
use crate::memory::layout::Layout;

/// `dest[...] = src`: broadcasts `src` to `dest`'s shape and writes it cast (unsafely, as
/// NumPy's setitem) to `dest`'s dtype. A scalar that cannot become an integer of `dest`'s
/// dtype is NumPy's `OverflowError`/`ValueError`. Nothing is written unless all is valid; a
/// source sharing `dest`'s buffer is read completely before writing.
pub fn assign(dest: &ArrayData, src: Operand) -> Result<(), ComputeError> {
    if dest.dtype.is_integer() {
        check_integer_scalar(dest.dtype, &src)?;
    }
    if let Operand::Array(source) = &src
        && dest.size() > 0
    {
        super::cast::check_float_cast(source, dest.dtype)?;
    }
    let shape = src_shape_for(src.shape(), dest.shape().len());
    let fits = super::broadcast_shapes(&shape, dest.shape()).is_ok_and(|s| s == dest.shape());
    if !fits {
        return Err(ComputeError::value(format!(
            "could not broadcast input array from shape {} into shape {}",
            shape_text(src.shape()),
            shape_text(dest.shape())
        )));
    }
    if let Operand::Array(source) = &src
        && overlaps_without_a_copy(dest, source)
    {
        return assign_in_numpy_order(dest, source, &shape);
    }
    dispatch_dtype!(dest.dtype, T => {
        let values = to_typed::<T>(&src);
        let values = match values.to_shape(IxDyn(&shape)) {
            Ok(reshaped) => reshaped.into_owned(),
            Err(e) => return Err(ComputeError::value(e.to_string())),
        };
        dest.assign(&stretch(&values, dest.shape())?);
    });
    Ok(())
}

/// `np.arange`'s elements in a new buffer `out`: the first two are `first` and `second` cast to
/// `dtype`, and element `i` is `first + i * (second - first)` computed in `dtype` itself, as
/// NumPy's `fill` loops do (so `np.arange(-1.5, 5, dtype=np.int8)` steps by
/// `int8(-0.5) - int8(-1.5) = 1`, and float32 ranges round as float32).
pub fn fill_arange(
    out: BufferId,
    dtype: DType,
    len: usize,
    first: Scalar,
    second: Scalar,
) -> ArrayData {
    dispatch_dtype!(dtype, T => {
        let data = ArrayData::zeros(out, dtype, &[len]);
        let (start, next) = (convert::<T>(first), convert::<T>(second));
        let delta = next.sub(start);
        data.with_view_mut(|mut elements: ArrayViewMutD<T>| {
            for (i, slot) in elements.iter_mut().enumerate() {
                *slot = match i {
                    0 => start,
                    1 => next,
                    _ => start.add(convert::<T>(Scalar::Int(i as i64)).mul(delta)),
                };
            }
        });
        data
    })
}

/// True when NumPy writes `dest[...] = source` straight from the shared memory, element by
/// element, rather than through a temporary copy: a 1-D destination whose stride points the
/// same way as the source's last one, overlapping it (`PyArray_AssignArray`).
fn overlaps_without_a_copy(dest: &ArrayData, source: &ArrayData) -> bool {
    let (Some(&dest_stride), Some(&source_stride)) =
        (dest.layout.strides.first(), source.layout.strides.last())
    else {
        return false;
    };
    dest.layout.ndim() == 1
        && dest.size() > 1
        && dest_stride.signum() * source_stride.signum() >= 0
        && std::rc::Rc::ptr_eq(&dest.buffer, &source.buffer)
        && crate::memory::overlap::shares_memory(&dest.layout, &source.layout)
}

/// `dest[...] = source` over shared memory as NumPy's raw loop does it: after turning the
/// destination's stride positive, it runs backwards when the source starts below the
/// destination and reaches past its start, else forwards, each element read just before it
/// is written (so a source whose stride differs can read what the loop already wrote).
fn assign_in_numpy_order(
    dest: &ArrayData,
    source: &ArrayData,
    shape: &[usize],
) -> Result<(), ComputeError> {
    if source.dtype != dest.dtype {
        return Err(ComputeError::new(
            ExceptionKind::NotImplementedError,
            "casting while assigning from an array that overlaps the destination (NumPy's loop may buffer) is not supported by viewfinder yet",
        ));
    }
    let n = dest.size() as isize;
    let mut dest_at = dest.layout.offset;
    let mut dest_stride = dest.layout.strides[0];
    let mut src_at = source.layout.offset;
    let mut src_stride = match shape.last() {
        Some(&1) | None => 0,
        Some(_) => *source.layout.strides.last().unwrap_or(&0),
    };
    if dest_stride < 0 {
        dest_at += dest_stride * (n - 1);
        src_at += src_stride * (n - 1);
        (dest_stride, src_stride) = (-dest_stride, -src_stride);
    }
    if src_at < dest_at && src_at + n * src_stride > dest_at {
        dest_at += dest_stride * (n - 1);
        src_at += src_stride * (n - 1);
        (dest_stride, src_stride) = (-dest_stride, -src_stride);
    }
    let size = dest.dtype.itemsize();
    let mut bytes = dest.buffer.data_mut();
    let bytes = bytes.as_bytes_mut();
    for i in 0..n {
        let from = (src_at + i * src_stride) as usize;
        let to = (dest_at + i * dest_stride) as usize;
        bytes.copy_within(from..from + size, to);
    }
    Ok(())
}

/// `src`'s shape without the leading length-1 axes beyond `ndim` (NumPy drops them).
fn src_shape_for(shape: &[usize], ndim: usize) -> Vec<usize> {
    let extra = shape.len().saturating_sub(ndim);
    let droppable = shape[..extra].iter().take_while(|&&len| len == 1).count();
    shape[droppable..].to_vec()
}

/// NumPy converts a scalar written into an integer array through a Python int: it must be a
/// finite number whose integer part fits the dtype. Unsigned arrays are the exception for
/// NumPy scalars, which they cast like C (`u8[0] = np.int64(-1)` stores 255).
pub fn check_integer_scalar(dtype: DType, src: &Operand) -> Result<(), ComputeError> {
    let value = match src {
        Operand::Array(_) | Operand::PyBool(_) => return Ok(()),
        Operand::NumPy(..) if dtype.kind() == DTypeKind::UnsignedInt => return Ok(()),
        other => other.scalar().unwrap_or(Scalar::Bool(false)),
    };
    let integer = match value {
        Scalar::Float(x) => i128::from(float_to_python_int(x)?),
        Scalar::Int(i) => i128::from(i),
        Scalar::UInt(u) => i128::from(u),
        Scalar::Bool(_) => return Ok(()),
    };
    match dtype.integer_range() {
        _ if i64::try_from(integer).is_err() => Err(c_long_overflow()),
        Some(range) if !range.contains(&integer) => Err(overflow_error(integer, dtype)),
        _ => Ok(()),
    }
}

/// Python's `int(x)` followed by conversion to a C long.
fn float_to_python_int(x: f64) -> Result<i64, ComputeError> {
    if x.is_nan() {
        return Err(ComputeError::value("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(ComputeError::new(
            ExceptionKind::OverflowError,
            "cannot convert float infinity to integer",
        ));
    }
    if !(-9.223_372_036_854_776e18..9.223_372_036_854_776e18).contains(&x) {
        return Err(c_long_overflow());
    }
    Ok(x as i64)
}

/// Python's error converting an int beyond 64 bits to a C long.
fn c_long_overflow() -> ComputeError {
    ComputeError::new(
        ExceptionKind::OverflowError,
        "Python int too large to convert to C long",
    )
}

/// Sorts `a` in place along `axis` (negative counts from the end); NaN sorts last, as NumPy.
///
/// NumPy's sort is not stable, so where equal keys can be told apart (`0.0` and `-0.0` in one
/// lane) the order it leaves them in is its algorithm's: that is refused, not guessed. So is a
/// NaN other than NumPy's own (`0.0 * inf` is `-nan` on x86): its vectorised sort writes its
/// NaNs back as `nan`, its other paths keep their bits, depending on the CPU.
pub fn sort_in_place(a: &ArrayData, axis: isize) -> Result<(), ComputeError> {
    let axis = Axis(normalize_axis(axis, a.shape().len())?);
    let canonical = f64::NAN.to_bits();
    let odd_nan = a.dtype.is_float()
        && dispatch_dtype!(a.dtype, T => a.with_view(|view: ArrayViewD<T>| {
            view.iter().any(|x| {
                let x = x.to_scalar().as_f64();
                x.is_nan() && x.to_bits() != canonical
            })
        }));
    if odd_nan {
        return Err(ComputeError::new(
            ExceptionKind::NotImplementedError,
            "sorting a NaN whose bits are not NumPy's nan (its vectorised sort rewrites them) is not supported by viewfinder yet",
        ));
    }
    let both_zeros = dispatch_dtype!(a.dtype, T => a.with_view(|view: ArrayViewD<T>| has_both_zeros(&view, axis)));
    if both_zeros {
        return Err(ComputeError::new(
            ExceptionKind::NotImplementedError,
            "sorting 0.0 and -0.0 together (NumPy's order for equal zeros) is not supported by viewfinder yet",
        ));
    }
    dispatch_dtype!(a.dtype, T => a.with_view_mut(|mut view: ArrayViewMutD<T>| {
        view.lanes_mut(axis).into_iter().for_each(|mut lane| {
            let mut values = lane.to_vec();
            values.sort_by(T::sort_order);
            lane.iter_mut().zip(values).for_each(|(slot, value)| *slot = value);
        });
    }));
    Ok(())
}

/// True when a lane along `axis` holds both a `0.0` and a `-0.0` (never for integers).
fn has_both_zeros<T: Element>(view: &ArrayViewD<T>, axis: Axis) -> bool {
    if !T::DTYPE.is_float() {
        return false;
    }
    view.lanes(axis).into_iter().any(|lane| {
        let (mut positive, mut negative) = (false, false);
        for value in lane.iter().map(|x| x.to_scalar().as_f64()) {
            positive |= value == 0.0 && value.is_sign_positive();
            negative |= value == 0.0 && value.is_sign_negative();
        }
        positive && negative
    })
}

/// `np.concatenate(parts, axis)` as a new array in buffer `out`; `axis=None` flattens every
/// part first. The dtype promotes all parts (Python scalars weakly).
pub fn concatenate(
    parts: &[Operand],
    axis: Option<isize>,
    out: BufferId,
) -> Result<ArrayData, ComputeError> {
    let first = parts
        .first()
        .ok_or_else(|| ComputeError::value("need at least one array to concatenate"))?;
    let axis = match axis {
        Some(axis) => Some(check_parts(parts, first.shape(), axis)?),
        None => None,
    };
    let dtype = common_dtype_of(parts);
    dispatch_dtype!(dtype, T => {
        let typed: Vec<ArrayD<T>> = parts.iter().map(|p| to_typed::<T>(p)).collect();
        let joined = join(&typed, axis)?;
        let layout = joined_layout(parts, axis, joined.shape(), dtype.itemsize());
        let data = ArrayData::zeros_in(out, dtype, layout);
        data.assign(&joined.view());
        Ok(data)
    })
}

/// The layout NumPy gives joined arrays: the parts' common memory order along an axis (a
/// 1-d result when the parts were flattened).
fn joined_layout(
    parts: &[Operand],
    axis: Option<usize>,
    shape: &[usize],
    itemsize: usize,
) -> Layout {
    let layouts: Vec<Layout> = parts
        .iter()
        .map(|part| match part {
            Operand::Array(data) => data.layout.clone(),
            other => Layout::c_contiguous(0, other.shape(), itemsize),
        })
        .collect();
    if axis.is_none() || layouts.iter().any(|l| l.ndim() != shape.len()) {
        return Layout::new_array(shape, itemsize);
    }
    let parts: Vec<&Layout> = layouts.iter().collect();
    let order = crate::memory::layout::joined_axis_order(shape.len(), &parts);
    Layout::new_array_in_axis_order(shape, itemsize, &order)
}

/// Checks that `parts` can be joined along `axis`, NumPy's way and in its order; returns
/// the axis resolved.
fn check_parts(parts: &[Operand], first: &[usize], axis: isize) -> Result<usize, ComputeError> {
    if first.is_empty() {
        return Err(ComputeError::value(
            "zero-dimensional arrays cannot be concatenated",
        ));
    }
    let axis = normalize_axis(axis, first.len())?;
    for (index, part) in parts.iter().enumerate().skip(1) {
        let shape = part.shape();
        if shape.len() != first.len() {
            return Err(ComputeError::value(format!(
                "all the input arrays must have same number of dimensions, but the array at \
                 index 0 has {} dimension(s) and the array at index {index} has {} dimension(s)",
                first.len(),
                shape.len()
            )));
        }
        let mismatch = (0..first.len()).find(|&d| d != axis && shape[d] != first[d]);
        if let Some(d) = mismatch {
            return Err(ComputeError::value(format!(
                "all the input array dimensions except for the concatenation axis must match \
                 exactly, but along dimension {d}, the array at index 0 has size {} and the \
                 array at index {index} has size {}",
                first[d], shape[d]
            )));
        }
    }
    Ok(axis)
}

/// Joins checked parts along `axis`, or flattened when `None`.
fn join<T: Element>(parts: &[ArrayD<T>], axis: Option<usize>) -> Result<ArrayD<T>, ComputeError> {
    let flat: Vec<ArrayD<T>>;
    let (views, axis): (Vec<ArrayViewD<T>>, usize) = match axis {
        Some(axis) => (parts.iter().map(|p| p.view()).collect(), axis),
        None => {
            flat = parts
                .iter()
                .map(|p| p.iter().copied().collect::<ndarray::Array1<T>>().into_dyn())
                .collect();
            (flat.iter().map(|p| p.view()).collect(), 0)
        }
    };
    ndarray::concatenate(Axis(axis), &views).map_err(|e| ComputeError::value(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::memory::compute::test_util::*;

    #[test]
    fn assign_broadcasts_and_casts_unsafely() {
        // a = np.zeros(3, np.int8); a[:] = np.array([1.9, -2.7, 300.5]) -> [1 -2 44]
        let a = ints(DType::Int8, &[3], &[0, 0, 0]);
        assign(
            &a,
            Operand::Array(&floats(DType::Float64, &[3], &[1.9, -2.7, 300.5])),
        )
        .unwrap();
        assert_eq!(i64s(&a), vec![1, -2, 44]);
        let grid = ints(DType::Int64, &[2, 3], &[0; 6]);
        assign(&grid, Operand::Array(&arange(3))).unwrap();
        assert_eq!(i64s(&grid), vec![0, 1, 2, 0, 1, 2]);
        assign(
            &grid,
            Operand::Array(&ints(DType::Int64, &[1, 1, 3], &[7, 8, 9])),
        )
        .unwrap();
        assert_eq!(i64s(&grid), vec![7, 8, 9, 7, 8, 9]);
        assign(&a, Operand::PyFloat(-1.5)).unwrap();
        assert_eq!(i64s(&a), vec![-1, -1, -1]);
    }

    #[test]
    fn assign_errors_leave_dest_alone() {
        let a = arange(3);
        let head = view(&a, 0, &[2], &[8]);
        let err = assign(&head, Operand::Array(&arange(3))).unwrap_err();
        assert_eq!(
            err.message,
            "could not broadcast input array from shape (3,) into shape (2,)"
        );
        let small = ints(DType::Int8, &[2], &[0, 0]);
        let err = assign(&small, Operand::PyInt(300)).unwrap_err();
        assert_eq!(
            err.to_string(),
            "OverflowError: Python integer 300 out of bounds for int8"
        );
        let err = assign(&small, Operand::NumPy(DType::Float64, Scalar::Float(300.5))).unwrap_err();
        assert_eq!(err.message, "Python integer 300 out of bounds for int8");
        let err = assign(&small, Operand::PyFloat(f64::NAN)).unwrap_err();
        assert_eq!(
            err.to_string(),
            "ValueError: cannot convert float NaN to integer"
        );
        let err = assign(&small, Operand::PyFloat(1e19)).unwrap_err();
        assert_eq!(err.message, "Python int too large to convert to C long");
        assert_eq!(i64s(&a), vec![0, 1, 2]);
        assert_eq!(i64s(&small), vec![0, 0]);
    }

    #[test]
    fn assign_from_overlapping_source_copies_first() {
        // a = np.arange(5); a[1:] = a[:-1] -> [0 0 1 2 3]
        let a = arange(5);
        assign(
            &view(&a, 8, &[4], &[8]),
            Operand::Array(&view(&a, 0, &[4], &[8])),
        )
        .unwrap();
        assert_eq!(i64s(&a), vec![0, 0, 1, 2, 3]);
    }

    #[test]
    fn sort_along_axis_with_nan_last() {
        // np.sort([3, nan, 1, -inf]) -> [-inf 1. 3. nan]
        let f = floats(
            DType::Float64,
            &[4],
            &[3.0, f64::NAN, 1.0, f64::NEG_INFINITY],
        );
        sort_in_place(&f, -1).unwrap();
        let got = f64s(&f);
        assert_eq!(got[..3], [f64::NEG_INFINITY, 1.0, 3.0]);
        assert!(got[3].is_nan());
        // np.sort([[3, 1], [0, 2]], axis=0) -> [[0 1] [3 2]]
        let g = ints(DType::Int32, &[2, 2], &[3, 1, 0, 2]);
        sort_in_place(&g, 0).unwrap();
        assert_eq!(i64s(&g), vec![0, 1, 3, 2]);
        let err = sort_in_place(&ints(DType::Int64, &[], &[5]), -1).unwrap_err();
        assert_eq!(
            err.message,
            "axis -1 is out of bounds for array of dimension 0"
        );
    }

    #[test]
    fn concatenate_promotes_and_joins() {
        let (a, b) = (
            ints(DType::Int8, &[1], &[1]),
            ints(DType::UInt8, &[2], &[2, 3]),
        );
        let r = concatenate(&[Operand::Array(&a), Operand::Array(&b)], Some(0), OUT).unwrap();
        assert_eq!((r.dtype, i64s(&r)), (DType::Int16, vec![1, 2, 3]));
        let m = ints(DType::Int64, &[1, 2], &[1, 2]);
        let n = ints(DType::Int64, &[1, 3], &[3, 4, 5]);
        let r = concatenate(&[Operand::Array(&m), Operand::Array(&n)], Some(1), OUT).unwrap();
        assert_eq!(
            (r.shape().to_vec(), i64s(&r)),
            (vec![1, 5], vec![1, 2, 3, 4, 5])
        );
        // np.concatenate([np.array([1], np.int8), 300], axis=None) -> [1 44] int8
        let r = concatenate(&[Operand::Array(&a), Operand::PyInt(300)], None, OUT).unwrap();
        assert_eq!((r.dtype, i64s(&r)), (DType::Int8, vec![1, 44]));
    }

    #[test]
    fn concatenate_errors() {
        let (m, n) = (
            ints(DType::Int64, &[1, 2], &[1, 2]),
            ints(DType::Int64, &[1, 3], &[3, 4, 5]),
        );
        let err = concatenate(&[Operand::Array(&m), Operand::Array(&n)], Some(0), OUT).unwrap_err();
        assert_eq!(
            err.message,
            "all the input array dimensions except for the concatenation axis must match exactly, \
             but along dimension 1, the array at index 0 has size 2 and the array at index 1 has size 3"
        );
        let one = arange(1);
        let err =
            concatenate(&[Operand::Array(&one), Operand::Array(&m)], Some(0), OUT).unwrap_err();
        assert_eq!(
            err.message,
            "all the input arrays must have same number of dimensions, but the array at index 0 \
             has 1 dimension(s) and the array at index 1 has 2 dimension(s)"
        );
        let err = concatenate(&[Operand::PyInt(1), Operand::PyInt(2)], Some(0), OUT).unwrap_err();
        assert_eq!(
            err.message,
            "zero-dimensional arrays cannot be concatenated"
        );
        assert_eq!(
            concatenate(&[], Some(0), OUT).unwrap_err().message,
            "need at least one array to concatenate"
        );
        let err = concatenate(&[Operand::Array(&one)], Some(1), OUT).unwrap_err();
        assert_eq!(err.kind.python_name(), "numpy.exceptions.AxisError");
    }
}
