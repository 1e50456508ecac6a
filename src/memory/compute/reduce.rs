//! Reductions (`sum`, `prod`, `min`, `max`, `mean`, `any`, `all`) over one axis or all.
//!
//! Integer reductions are exact (wrapping), but float sums depend on the order of additions,
//! and NumPy's order is particular: along the innermost axis in memory it uses pairwise
//! summation (`pairwise_sum` in `loops_utils.h.src`), along other axes a plain running sum,
//! and over a whole array that it cannot see as one strided run it sums in buffered chunks of
//! up to 8192 elements. This module reproduces that order so results match bit for bit.

use ndarray::{ArrayD, ArrayViewD, Axis, IxDyn};

use super::cast::{to_typed, with_typed};
use super::kernels::Arith;
use super::{ComputeError, Operand, Reduction, normalize_axis};
use crate::dispatch_dtype;
use crate::memory::array::ArrayData;
use crate::memory::buffer::BufferId;
use crate::memory::dtype::{DType, DTypeKind, Scalar};
use crate::memory::element::{Element, NpBool};
use crate::memory::layout::Layout;

/// NumPy's iterator buffer size, in elements.
const BUFFER_SIZE: usize = 8192;

/// Below this many elements `pairwise_sum` is a plain unrolled loop.
const PW_BLOCKSIZE: usize = 128;

/// `a.sum()`, `a.max(axis=1)`, …: a new array in buffer `out` (0-d when `axis` is `None`).
///
/// Result dtypes are NumPy's: sums and products of bools and signed integers are int64, of
/// unsigned integers uint64; means of integers are float64; `min` and `max` keep the dtype.
pub fn reduce(
    kind: Reduction,
    a: &ArrayData,
    axis: Option<isize>,
    out: BufferId,
) -> Result<ArrayData, ComputeError> {
    let axis = axis
        .map(|ax| normalize_axis(ax, a.shape().len()))
        .transpose()?;
    let reduced_len = axis.map_or(a.size(), |ax| a.shape()[ax]);
    if reduced_len == 0 && matches!(kind, Reduction::Min | Reduction::Max) {
        let name = if kind == Reduction::Min {
            "minimum"
        } else {
            "maximum"
        };
        return Err(ComputeError::value(format!(
            "zero-size array to reduction operation {name} which has no identity"
        )));
    }
    let dtype = reduced_dtype(kind, a.dtype);
    let order = MemoryOrder::of(&a.layout);
    Ok(dispatch_dtype!(dtype, T => {
        let values = match kind {
            Reduction::Min | Reduction::Max => extremum::<T>(kind, a, axis),
            Reduction::Any | Reduction::All => logical::<T>(kind, a, axis),
            _ => arithmetic::<T>(kind, a, axis, &order),
        };
        let kept: Vec<usize> = match axis {
            Some(axis) => (0..a.shape().len()).filter(|&k| k != axis).collect(),
            None => Vec::new(),
        };
        let order = crate::memory::layout::reduced_axis_order(&a.layout, &kept);
        let layout = Layout::new_array_in_axis_order(values.shape(), dtype.itemsize(), &order);
        let data = ArrayData::zeros_in(out, dtype, layout);
        data.assign(&values.view());
        data
    }))
}

/// The dtype NumPy gives the result of `kind` on `dtype`.
fn reduced_dtype(kind: Reduction, dtype: DType) -> DType {
    match kind {
        Reduction::Min | Reduction::Max => dtype,
        Reduction::Any | Reduction::All => DType::Bool,
        _ if dtype.is_float() => dtype,
        Reduction::Mean => DType::Float64,
        _ if dtype.kind() == DTypeKind::UnsignedInt => DType::UInt64,
        _ => DType::Int64,
    }
}

/// `sum`, `prod` and `mean`, accumulated in `T`.
fn arithmetic<T: Arith>(
    kind: Reduction,
    a: &ArrayData,
    axis: Option<usize>,
    order: &MemoryOrder,
) -> ArrayD<T> {
    let float_total = T::DTYPE.is_float() && axis.is_none() && kind != Reduction::Prod;
    if float_total {
        let total = scalar(order.chunked_sum::<T>(a));
        return mean_of(kind, total, a, axis);
    }
    let total = with_typed::<T, _>(&Operand::Array(a), |values| match (kind, axis) {
        (Reduction::Prod, None) => scalar(order.elements(&values).into_iter().fold(one(), T::mul)),
        (Reduction::Prod, Some(ax)) => {
            values.fold_axis(Axis(ax), one::<T>(), |&acc, &x| acc.mul(x))
        }
        (_, None) => scalar(values.iter().fold(T::default(), |acc, &x| acc.add(x))),
        (_, Some(ax)) if order.innermost() == Some(ax) => values.map_axis(Axis(ax), |lane| {
            T::default().add(pairwise_sum(&lane.to_vec()))
        }),
        (_, Some(ax)) => values.fold_axis(Axis(ax), T::default(), |&acc: &T, &x: &T| acc.add(x)),
    });
    mean_of(kind, total, a, axis)
}

/// `total` itself, or divided by the reduced length for a `mean`.
fn mean_of<T: Arith>(
    kind: Reduction,
    total: ArrayD<T>,
    a: &ArrayData,
    axis: Option<usize>,
) -> ArrayD<T> {
    if kind != Reduction::Mean {
        return total;
    }
    let count = axis.map_or(a.size(), |ax| a.shape()[ax]);
    let count = super::cast::convert::<T>(Scalar::UInt(count as u64));
    total.mapv(|sum| sum.div(count))
}

/// `min` and `max` in the array's own dtype; NaN wins, as in NumPy. The reduced length is
/// non-zero (checked by the caller).
fn extremum<T: Element>(kind: Reduction, a: &ArrayData, axis: Option<usize>) -> ArrayD<T> {
    let pick: fn(T, T) -> T = if kind == Reduction::Min {
        pick_min
    } else {
        pick_max
    };
    a.with_view(|view: ArrayViewD<T>| match axis {
        None => scalar(view.iter().copied().reduce(pick).unwrap_or_default()),
        Some(ax) => view.map_axis(Axis(ax), |lane| {
            lane.iter().copied().reduce(pick).unwrap_or_default()
        }),
    })
}

/// The larger of two elements, or the NaN if either is one; on a tie the later element (which
/// only shows for `0.0` and `-0.0`), as NumPy's loop `(acc > x || isnan(acc)) ? acc : x`.
fn pick_max<T: PartialOrd>(acc: T, x: T) -> T {
    if x >= acc || is_nan(&x) { x } else { acc }
}

/// The smaller of two elements, or the NaN if either is one; on a tie the later element.
fn pick_min<T: PartialOrd>(acc: T, x: T) -> T {
    if x <= acc || is_nan(&x) { x } else { acc }
}

/// True only for a float NaN (the one value not comparable with itself).
fn is_nan<T: PartialOrd>(x: &T) -> bool {
    x.partial_cmp(x).is_none()
}

/// `any` and `all` (`T` is `NpBool`; other types never reach here).
fn logical<T: Element>(kind: Reduction, a: &ArrayData, axis: Option<usize>) -> ArrayD<T> {
    let truth = to_typed::<NpBool>(&Operand::Array(a));
    let all = kind == Reduction::All;
    let combine = move |acc: bool, b: &NpBool| if all { acc && b.get() } else { acc || b.get() };
    let folded = match axis {
        None => scalar(NpBool(truth.iter().fold(all, combine) as u8)),
        Some(ax) => truth.fold_axis(Axis(ax), NpBool(all as u8), |acc, b| {
            NpBool(combine(acc.get(), b) as u8)
        }),
    };
    folded.mapv(|b| T::from_scalar(b.to_scalar()))
}

/// A 0-d array holding `value`.
fn scalar<T: Clone>(value: T) -> ArrayD<T> {
    ArrayD::from_elem(IxDyn(&[]), value)
}

/// The multiplicative identity of `T`.
fn one<T: Element>() -> T {
    T::from_scalar(Scalar::Int(1))
}

/// The sum of `elements` converted to `T`, one pairwise sum per load of `chunk` elements
/// added to a running total, as NumPy's buffered reduction adds them.
fn sum_in_loads<'a, S: Element, T: Arith>(
    elements: impl Iterator<Item = &'a S>,
    chunk: usize,
) -> T {
    let mut load: Vec<T> = Vec::with_capacity(chunk);
    let mut total = T::default();
    for &x in elements {
        load.push(super::cast::convert::<T>(x.to_scalar()));
        if load.len() == chunk {
            total = total.add(pairwise_sum(&load));
            load.clear();
        }
    }
    if load.is_empty() {
        total
    } else {
        total.add(pairwise_sum(&load))
    }
}

/// NumPy's `pairwise_sum`: eight running sums for up to 128 elements, halves beyond.
pub(super) fn pairwise_sum<T: Arith>(values: &[T]) -> T {
    let n = values.len();
    if n < 8 {
        return values.iter().fold(T::default(), |acc, &x| acc.add(x));
    }
    if n > PW_BLOCKSIZE {
        let half = n / 2;
        let half = half - half % 8;
        return pairwise_sum(&values[..half]).add(pairwise_sum(&values[half..]));
    }
    let (blocks, rest) = values.split_at(n - n % 8);
    let mut r = [T::default(); 8];
    r.copy_from_slice(&blocks[..8]);
    for block in blocks[8..].chunks_exact(8) {
        r.iter_mut()
            .zip(block)
            .for_each(|(acc, &x)| *acc = acc.add(x));
    }
    let res = (r[0].add(r[1]).add(r[2].add(r[3]))).add(r[4].add(r[5]).add(r[6].add(r[7])));
    rest.iter().fold(res, |acc, &x| acc.add(x))
}

/// How NumPy's reduction iterator walks an array: axes in memory order (largest stride first,
/// broadcast axes where C order puts them; reversed axes stay reversed), and how many
/// innermost elements form one evenly strided run.
#[derive(Debug)]
struct MemoryOrder {
    /// Axes of length > 1, outermost first.
    axes: Vec<usize>,
    /// Elements in the innermost run after merging axes that continue each other.
    run: usize,
    /// True when the whole array is one strided run.
    single_run: bool,
}

impl MemoryOrder {
    /// The walk order of `layout`.
    fn of(layout: &Layout) -> MemoryOrder {
        let axes: Vec<usize> = crate::memory::layout::iteration_order(layout)
            .into_iter()
            .filter(|&ax| layout.shape[ax] != 1)
            .collect();
        let continues = |pair: &&[usize]| {
            layout.strides[pair[0]] == layout.strides[pair[1]] * layout.shape[pair[1]] as isize
        };
        let merged = axes.windows(2).rev().take_while(continues).count();
        let run_axes = &axes[axes.len().saturating_sub(merged + 1)..];
        let run = run_axes.iter().map(|&ax| layout.shape[ax]).product();
        let single_run = merged + 1 >= axes.len();
        MemoryOrder {
            axes,
            run,
            single_run,
        }
    }

    /// The innermost axis in memory, if any axis is longer than 1.
    fn innermost(&self) -> Option<usize> {
        self.axes.last().copied()
    }

    /// The elements of `values` (shaped like the array this order describes) in walk order.
    fn elements<T: Copy>(&self, values: &ArrayViewD<T>) -> Vec<T> {
        let view = values.view();
        let unit = (0..view.ndim()).filter(|ax| !self.axes.contains(ax));
        let order: Vec<usize> = unit.chain(self.axes.iter().copied()).collect();
        view.permuted_axes(IxDyn(&order)).iter().copied().collect()
    }

    /// The sum of all elements of `a`, in `T`, the way NumPy's reduction loop adds them: one
    /// pairwise sum per strided run or buffer load, added to a running total that starts at
    /// zero. Elements stream through one buffer load at a time, so nothing the size of `a` is
    /// copied unless `a` is one long strided run (NumPy's pairwise sum spans the whole run).
    fn chunked_sum<T: Arith>(&self, a: &ArrayData) -> T {
        let casts = a.dtype != T::DTYPE;
        let run = self.run.max(1);
        let chunk = match (self.single_run, casts) {
            (true, false) => run,
            (true, true) => BUFFER_SIZE,
            (false, _) if run >= BUFFER_SIZE => run,
            (false, _) => BUFFER_SIZE / run * run,
        };
        dispatch_dtype!(a.dtype, S => a.with_view(|view: ArrayViewD<S>| {
            match (casts, self.contiguous_run(&view)) {
                (false, Some(slice)) => {
                    let slice: &[T] = bytemuck::cast_slice(slice);
                    slice.chunks(chunk).fold(T::default(), |acc, part| acc.add(pairwise_sum(part)))
                }
                (true, Some(slice)) => sum_in_loads(slice.iter(), chunk),
                (_, None) => sum_in_loads(self.walk(&view).iter(), chunk),
            }
        }))
    }

    /// The elements as one slice in walk order, when they are contiguous in memory with
    /// every stride positive (then the walk is the memory order).
    fn contiguous_run<'a, S>(&self, view: &ArrayViewD<'a, S>) -> Option<&'a [S]> {
        let forward = view.strides().iter().all(|&s| s >= 0);
        forward.then(|| view.to_slice_memory_order()).flatten()
    }

    /// `view` with its axes permuted into walk order.
    fn walk<'a, S>(&self, view: &ArrayViewD<'a, S>) -> ArrayViewD<'a, S> {
        let unit = (0..view.ndim()).filter(|ax| !self.axes.contains(ax));
        let order: Vec<usize> = unit.chain(self.axes.iter().copied()).collect();
        view.clone().permuted_axes(IxDyn(&order))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::memory::compute::test_util::*;

    fn run(kind: Reduction, a: &ArrayData, axis: Option<isize>) -> ArrayData {
        reduce(kind, a, axis, OUT).expect("numpy reduces this")
    }

    /// `1.0 / np.arange(1, n + 1)`.
    fn harmonic(n: usize) -> Vec<f64> {
        (1..=n).map(|k| 1.0 / k as f64).collect()
    }

    #[test]
    fn float_sum_is_pairwise() {
        // (1.0 / np.arange(1, 2001)).sum() -> 8.178368103610282 (naive: ...284)
        let h = floats(DType::Float64, &[2000], &harmonic(2000));
        assert_eq!(
            f64s(&run(Reduction::Sum, &h, None)),
            vec![8.178368103610282]
        );
        // (np.arange(1000) * 0.1).sum() -> 49950.0
        let tenths: Vec<f64> = (0..1000).map(|k| k as f64 * 0.1).collect();
        let t = floats(DType::Float64, &[1000], &tenths);
        assert_eq!(f64s(&run(Reduction::Sum, &t, None)), vec![49950.0]);
    }

    #[test]
    fn axis_sums_pairwise_inside_rows_naive_across() {
        // hh = (1.0 / np.arange(1, 30001)).reshape(100, 300)
        let hh = floats(DType::Float64, &[100, 300], &harmonic(30000));
        let rows = f64s(&run(Reduction::Sum, &hh, Some(1)));
        assert_eq!(
            rows[..3],
            [6.282663880299504, 0.6923145416700919, 0.40518745893115804]
        );
        let cols = f64s(&run(Reduction::Sum, &hh, Some(-2)));
        assert_eq!(
            cols[..3],
            [1.0172398040676904, 0.5172217713183059, 0.3505371593574116]
        );
    }

    #[test]
    fn whole_array_sums_follow_numpy_iteration() {
        let hh = floats(DType::Float64, &[100, 300], &harmonic(30000));
        // hh[:, :150].sum() -> 8.012284093398394 (buffered chunks of 8100)
        let left = view(&hh, 0, &[100, 150], &[2400, 8]);
        assert_eq!(
            f64s(&run(Reduction::Sum, &left, None)),
            vec![8.012284093398394]
        );
        // hh.T.sum() -> 10.8861849921199, hh.ravel()[::-1].sum() -> 10.886184992119897
        let transposed = view(&hh, 0, &[300, 100], &[8, 2400]);
        assert_eq!(
            f64s(&run(Reduction::Sum, &transposed, None)),
            vec![10.8861849921199]
        );
        let reversed = view(&hh, 8 * 29999, &[30000], &[-8]);
        assert_eq!(
            f64s(&run(Reduction::Sum, &reversed, None)),
            vec![10.886184992119897]
        );
    }

    #[test]
    fn broadcast_axes_keep_c_order_in_the_walk() {
        // np.broadcast_to([-M, 0, M], (2, 3)).mean() -> 0.0: row by row, never -M + -M
        let row = floats(DType::Float64, &[3], &[-f64::MAX, 0.0, f64::MAX]);
        let broadcast = view(&row, 0, &[2, 3], &[0, 8]);
        assert_eq!(f64s(&run(Reduction::Mean, &broadcast, None)), vec![0.0]);
    }

    #[test]
    fn float32_sums_in_float32() {
        // (np.float32(1) / np.arange(1, 2001, dtype=np.float32)): sum 8.178369, mean 0.004089184
        let h32: Vec<f64> = (1..=2000).map(|k| (1.0f32 / k as f32) as f64).collect();
        let h = floats(DType::Float32, &[2000], &h32);
        let sum = run(Reduction::Sum, &h, None);
        assert_eq!(
            (sum.dtype, f64s(&sum)),
            (DType::Float32, vec![8.178369f32 as f64])
        );
        let mean = run(Reduction::Mean, &h, None);
        assert_eq!(
            (mean.dtype, f64s(&mean)),
            (DType::Float32, vec![0.004089184f32 as f64])
        );
    }

    #[test]
    fn integer_reductions_widen_and_wrap() {
        // np.array([100, 100, 100], np.int8): sum 300, prod 1000000 (int64)
        let a = ints(DType::Int8, &[3], &[100, 100, 100]);
        let sum = run(Reduction::Sum, &a, None);
        assert_eq!((sum.dtype, i64s(&sum)), (DType::Int64, vec![300]));
        assert_eq!(i64s(&run(Reduction::Prod, &a, None)), vec![1_000_000]);
        let big = ints(DType::Int64, &[2], &[1 << 62, 1 << 62]);
        assert_eq!(i64s(&run(Reduction::Sum, &big, None)), vec![i64::MIN]);
    }

    #[test]
    fn unsigned_reductions_give_uint64() {
        // np.array([1, 2, 250], np.uint8).sum() -> np.uint64(253); .prod() -> np.uint64(500)
        let a = ints(DType::UInt8, &[3], &[1, 2, 250]);
        let sum = run(Reduction::Sum, &a, None);
        assert_eq!(
            (sum.dtype, sum.get(&[])),
            (DType::UInt64, Scalar::UInt(253))
        );
        assert_eq!(run(Reduction::Prod, &a, None).get(&[]), Scalar::UInt(500));
        let big = ints(DType::UInt32, &[2], &[4_000_000_000, 4_000_000_000]);
        let sum = run(Reduction::Sum, &big, None);
        assert_eq!(sum.get(&[]), Scalar::UInt(8_000_000_000));
        let max = run(Reduction::Max, &big, None);
        assert_eq!(max.dtype, DType::UInt32);
        assert_eq!(run(Reduction::Mean, &big, None).dtype, DType::Float64);
    }

    #[test]
    fn mean_of_integers_is_float64() {
        // np.array([1, 2, 3, 4], np.int8).reshape(2, 2).mean(axis=0) -> [2. 3.]
        let a = ints(DType::Int8, &[2, 2], &[1, 2, 3, 4]);
        let m = run(Reduction::Mean, &a, Some(0));
        assert_eq!((m.dtype, f64s(&m)), (DType::Float64, vec![2.0, 3.0]));
        let empty = floats(DType::Float64, &[0], &[]);
        assert!(f64s(&run(Reduction::Mean, &empty, None))[0].is_nan());
    }

    #[test]
    fn min_max_keep_dtype_and_propagate_nan() {
        // np.array([[3,1,2],[0,5,4]]).min(axis=0) -> [0 1 2]; .max(axis=1) -> [3 5]
        let a = ints(DType::Int16, &[2, 3], &[3, 1, 2, 0, 5, 4]);
        let min = run(Reduction::Min, &a, Some(0));
        assert_eq!((min.dtype, i64s(&min)), (DType::Int16, vec![0, 1, 2]));
        assert_eq!(i64s(&run(Reduction::Max, &a, Some(1))), vec![3, 5]);
        let f = floats(DType::Float64, &[3], &[1.0, f64::NAN, 3.0]);
        assert!(f64s(&run(Reduction::Max, &f, None))[0].is_nan());
    }

    #[test]
    fn empty_min_and_bad_axis_are_errors() {
        let empty = ints(DType::Int8, &[0], &[]);
        let err = reduce(Reduction::Min, &empty, None, OUT).unwrap_err();
        assert_eq!(
            err.message,
            "zero-size array to reduction operation minimum which has no identity"
        );
        let rows = floats(DType::Float64, &[0, 3], &[]);
        assert_eq!(run(Reduction::Max, &rows, Some(1)).shape(), &[0]);
        assert!(reduce(Reduction::Max, &rows, Some(0), OUT).is_err());
        let err = reduce(Reduction::Sum, &arange(2), Some(2), OUT).unwrap_err();
        assert_eq!(
            err.to_string(),
            "numpy.exceptions.AxisError: axis 2 is out of bounds for array of dimension 1"
        );
        assert_eq!(
            f64s(&run(Reduction::Prod, &rows, Some(1))),
            Vec::<f64>::new()
        );
    }

    #[test]
    fn any_and_all() {
        let a = ints(DType::Int64, &[2, 2], &[1, 0, 1, 1]);
        let all = run(Reduction::All, &a, Some(1));
        assert_eq!((all.dtype, bools(&all)), (DType::Bool, vec![false, true]));
        assert_eq!(bools(&run(Reduction::Any, &a, None)), vec![true]);
        assert_eq!(
            bools(&run(
                Reduction::All,
                &floats(DType::Float64, &[0], &[]),
                None
            )),
            vec![true]
        );
    }
}
