//! How much memory a session's buffers may take.
//!
//! Every buffer viewfinder allocates lives in this process; asking for more memory than the
//! machine has would abort the whole session. So the session has a limit on the total bytes of
//! its live buffers (arrays, `array.array`, `bytearray`, `bytes`), [`DEFAULT_MAX_MEMORY`]
//! unless `--max-memory` says otherwise, and every new buffer is checked against it before it
//! is made: an array past it is NumPy's `_ArrayMemoryError` (a `MemoryError`), worded as NumPy
//! words it, followed by the limit and what is in use. The bytes in use are counted by the
//! buffers themselves ([`crate::memory::live_bytes`]), so dropping the last name of a buffer
//! gives its memory back.

use crate::eval::{EvalError, EvalResult};
use crate::exception::ExceptionKind;
use std::rc::Rc;

use crate::memory::compute::{self, Operand};
use crate::memory::{ArrayData, BufferId, DType, live_bytes};
use crate::syntax::Span;
use crate::value::ArrayObject;

/// The one source of buffer ids, so every new buffer passes the memory check first: an id
/// for a new array comes only from [`Allocator::allocate`], which refuses one past the
/// session's limit, and an id for a `bytes`/`bytearray`/`array.array` only from
/// [`Allocator::allocate_bytes`].
#[derive(Debug)]
pub struct Allocator {
    /// The id the next buffer gets (`b1`, `b2`, …).
    next: u64,
}

impl Default for Allocator {
    fn default() -> Allocator {
        Allocator { next: 1 }
    }
}

impl Allocator {
    /// An id for a new array of `shape` and `dtype`, or NumPy's `MemoryError` when it would
    /// not fit under the session's limit.
    pub fn allocate(&mut self, shape: &[usize], dtype: DType, span: Span) -> EvalResult<BufferId> {
        check_allocation(shape, dtype, span)?;
        Ok(self.take())
    }

    /// An id for a new `what` (`bytearray`, …) of `bytes` bytes, or a `MemoryError`.
    pub fn allocate_bytes(&mut self, what: &str, bytes: u128, span: Span) -> EvalResult<BufferId> {
        check_buffer_object(what, bytes, span)?;
        Ok(self.take())
    }

    fn take(&mut self) -> BufferId {
        let id = BufferId(self.next);
        self.next += 1;
        id
    }

    /// Where the ids stand, to [`Allocator::rewind`] to when a step fails or a scratch array
    /// (one no name will hold) should not use up an id users would see.
    pub fn mark(&self) -> u64 {
        self.next
    }

    /// Gives back every id taken since `mark`.
    pub fn rewind(&mut self, mark: u64) {
        self.next = mark;
    }
}

/// The most axes an array may have, as in NumPy.
pub const MAX_DIMS: usize = 64;

/// NumPy's error for a shape of more than [`MAX_DIMS`] axes.
pub fn check_dims(ndim: usize, span: Span) -> EvalResult<()> {
    if ndim > MAX_DIMS {
        let message = format!(
            "maximum supported dimension for an ndarray is currently {MAX_DIMS}, found {ndim}"
        );
        return Err(EvalError::value_error(message, span));
    }
    Ok(())
}

/// The default limit on the bytes of a session's live buffers: 4 GiB.
pub const DEFAULT_MAX_MEMORY: usize = 4 << 30;

/// Makes `limit` the one [`check_allocation`] applies on this thread (a session lives on one
/// thread; `Interpreter::run` calls this first), and the memory layer's backstop.
pub fn enter_session(limit: usize) {
    crate::memory::set_byte_limit(limit);
}

/// The limit in force.
fn session_limit() -> usize {
    crate::memory::byte_limit()
}

/// How many bytes an array of `shape` and `dtype` takes (`None` past `u128`).
fn array_bytes(shape: &[usize], dtype: DType) -> Option<u128> {
    let elements = shape
        .iter()
        .try_fold(1u128, |n, &len| n.checked_mul(len as u128));
    elements.and_then(|n| n.checked_mul(dtype.itemsize() as u128))
}

/// True when `bytes` more fit under the limit beside the buffers alive now.
pub fn fits(bytes: u128) -> bool {
    bytes.saturating_add(live_bytes() as u128) <= session_limit() as u128
}

/// "(viewfinder's memory limit is 4.00 GiB, 24 bytes in use; --max-memory sets it)".
fn limit_note() -> String {
    format!(
        "(viewfinder's memory limit is {}, {} in use; --max-memory sets it)",
        size_to_string(session_limit() as u128),
        size_to_string(live_bytes() as u128)
    )
}

/// `MemoryError` unless a new array of `shape` and `dtype` fits under the session's limit.
pub fn check_allocation(shape: &[usize], dtype: DType, span: Span) -> EvalResult<()> {
    let bytes = array_bytes(shape, dtype);
    if bytes.is_some_and(fits) {
        return Ok(());
    }
    let asked = bytes.map_or("more than 16 EiB".to_string(), size_to_string);
    let message = format!(
        "Unable to allocate {asked} for an array with shape {} and data type {dtype} {}",
        shape_text_spaced(shape),
        limit_note()
    );
    Err(EvalError::new(
        ExceptionKind::ArrayMemoryError,
        message,
        span,
    ))
}

/// Computing on `array` copies its elements out first: fine for an array within its buffer,
/// but a broadcast view (`np.broadcast_to(a, (2**40, 5))`) has far more elements than bytes,
/// and those must fit under the limit as a new array would.
pub fn check_materialize(array: &ArrayData, span: Span) -> EvalResult<()> {
    let bytes = array_bytes(array.shape(), array.dtype);
    match bytes {
        Some(bytes) if bytes <= array.buffer.len() as u128 => Ok(()),
        _ => check_allocation(array.shape(), array.dtype, span),
    }
}

/// The shape and dtype of `np.where(c, x, y)`'s result: the three operands broadcast, in
/// `x` and `y`'s type (no shape when they do not broadcast: the operation says so).
pub fn where_result(operands: &[Operand]) -> (Vec<usize>, DType) {
    let shape = operands.iter().try_fold(Vec::new(), |shape, operand| {
        compute::broadcast_shapes(&shape, operand.shape())
    });
    let dtype = operands[1].own_dtype().promote(operands[2].own_dtype());
    (shape.unwrap_or_default(), dtype)
}

/// `np.concatenate(arrays, axis)`: the joined shape (one axis of every size for
/// `axis=None`), when the arrays agree enough to be joined (else empty; the join reports the
/// rest), and the first array's dtype.
pub fn concatenation_result(
    arrays: &[Rc<ArrayObject>],
    axis: Option<isize>,
) -> (Vec<usize>, DType) {
    let Some(first) = arrays.first() else {
        return (Vec::new(), DType::Float64);
    };
    let mut shape = first.data.shape().to_vec();
    let joined = match axis {
        None => {
            shape = vec![0];
            0
        }
        Some(axis) if axis >= 0 && (axis as usize) < shape.len() => axis as usize,
        Some(axis) if axis < 0 && axis.unsigned_abs() <= shape.len() => {
            shape.len() - axis.unsigned_abs()
        }
        Some(_) => return (Vec::new(), first.data.dtype),
    };
    shape[joined] = 0;
    for array in arrays {
        let part = match axis {
            None => array.data.size(),
            Some(_) => array.data.shape().get(joined).copied().unwrap_or(0),
        };
        shape[joined] = shape[joined].saturating_add(part);
    }
    (shape, first.data.dtype)
}

/// `MemoryError` unless a new `what` (a `bytearray`, `bytes` or `array.array`) of `bytes`
/// fits under the session's limit.
pub fn check_buffer_object(what: &str, bytes: u128, span: Span) -> EvalResult<()> {
    if fits(bytes) {
        return Ok(());
    }
    let message = format!(
        "cannot allocate a {what} of {} {}",
        size_to_string(bytes),
        limit_note()
    );
    Err(EvalError::new(ExceptionKind::MemoryError, message, span))
}

/// A shape as NumPy's memory errors show it, a Python tuple: `(1000000, 1000000)`, `(5,)`.
fn shape_text_spaced(shape: &[usize]) -> String {
    match shape {
        [one] => format!("({one},)"),
        _ => format!(
            "({})",
            shape
                .iter()
                .map(usize::to_string)
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

/// NumPy's `_size_to_string`: `7.28 TiB`, `4.00 GiB`, `512 bytes`.
pub fn size_to_string(bytes: u128) -> String {
    const UNITS: [&str; 7] = ["bytes", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"];
    let bit_length = 128 - bytes.leading_zeros() as usize;
    let mut unit = (bit_length.saturating_sub(1)).max(1) / 10;
    let mut value = bytes as f64 / (1u128 << (unit * 10)) as f64;
    if value.round() == 1024.0 {
        unit += 1;
        value /= 1024.0;
    }
    if unit >= UNITS.len() {
        value *= (1u128 << ((unit - UNITS.len() + 1) * 10)) as f64;
        unit = UNITS.len() - 1;
    }
    match (unit, value.round()) {
        (0, _) => format!("{value:.0} {}", UNITS[0]),
        (_, r) if r < 1000.0 => format!("{} {}", three_significant(value), UNITS[unit]),
        _ => format!("{value:.0}. {}", UNITS[unit]),
    }
}

/// Python's `'{:#.3g}'` for 1 <= x < 1000: `7.28`, `10.0`, `123.`.
fn three_significant(x: f64) -> String {
    if x >= 99.95 {
        format!("{x:.0}.")
    } else if x >= 9.995 {
        format!("{x:.1}")
    } else {
        format!("{x:.2}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_read_like_numpy() {
        assert_eq!(size_to_string(8_000_000_000_000), "7.28 TiB");
        assert_eq!(size_to_string(512), "512 bytes");
        assert_eq!(size_to_string(4 << 30), "4.00 GiB");
        assert_eq!(size_to_string(80_000_000), "76.3 MiB");
    }

    #[test]
    fn too_big_is_a_memory_error_naming_shape_and_limit() {
        enter_session(DEFAULT_MAX_MEMORY);
        let error =
            check_allocation(&[1_000_000, 1_000_000], DType::Float64, Span::default()).unwrap_err();
        assert_eq!(
            error.kind.python_name(),
            "numpy._core._exceptions._ArrayMemoryError"
        );
        assert!(error.message.starts_with("Unable to allocate 7.28 TiB for an array with shape (1000000, 1000000) and data type float64 (viewfinder's memory limit is 4.00 GiB, "), "{}", error.message);
        assert!(check_allocation(&[1000, 1000], DType::Float64, Span::default()).is_ok());
    }

    #[test]
    fn the_limit_counts_live_buffers() {
        enter_session(1000);
        assert!(check_allocation(&[100], DType::Int64, Span::default()).is_ok());
        let held = crate::memory::AlignedBytes::zeroed(600);
        let error = check_allocation(&[100], DType::Int64, Span::default()).unwrap_err();
        assert!(
            error.message.ends_with(
                "(viewfinder's memory limit is 1000 bytes, 600 bytes in use; --max-memory sets it)"
            ),
            "{}",
            error.message
        );
        drop(held);
        assert!(check_allocation(&[100], DType::Int64, Span::default()).is_ok());
        enter_session(DEFAULT_MAX_MEMORY);
    }
}
