//! How big a new array may be.
//!
//! Every array viewfinder allocates lives in this process; asking for more memory than the
//! machine has would abort the whole session. So new buffers are checked before they are
//! made: more than [`MAX_ARRAY_BYTES`] is NumPy's `_ArrayMemoryError` (a `MemoryError`), worded as
//! NumPy words it, plus the limit.

use super::{EvalError, EvalResult};
use crate::memory::DType;
use crate::syntax::Span;

/// The largest buffer one array may have: 4 GiB.
pub const MAX_ARRAY_BYTES: u128 = 4 << 30;

/// `MemoryError` unless an array of `shape` and `dtype` fits within [`MAX_ARRAY_BYTES`].
pub fn check_allocation(shape: &[usize], dtype: DType, span: Span) -> EvalResult<()> {
    let elements = shape
        .iter()
        .try_fold(1u128, |n, &len| n.checked_mul(len as u128));
    let bytes = elements.and_then(|n| n.checked_mul(dtype.itemsize() as u128));
    match bytes {
        Some(bytes) if bytes <= MAX_ARRAY_BYTES => Ok(()),
        _ => {
            let asked = bytes.map_or("more than 16 EiB".to_string(), size_to_string);
            let message = format!(
                "Unable to allocate {asked} for an array with shape {} and data type {dtype} (viewfinder allows {} per array)",
                shape_text_spaced(shape),
                size_to_string(MAX_ARRAY_BYTES)
            );
            Err(EvalError::new(
                "numpy._core._exceptions._ArrayMemoryError",
                message,
                span,
            ))
        }
    }
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
        let error =
            check_allocation(&[1_000_000, 1_000_000], DType::Float64, Span::default()).unwrap_err();
        assert_eq!(error.kind, "numpy._core._exceptions._ArrayMemoryError");
        assert!(error.message.starts_with("Unable to allocate 7.28 TiB for an array with shape (1000000, 1000000) and data type float64"), "{}", error.message);
        assert!(check_allocation(&[1000, 1000], DType::Float64, Span::default()).is_ok());
    }
}
