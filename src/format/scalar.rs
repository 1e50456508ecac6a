//! NumPy scalars and dtypes as Python prints them: `str(np.float32(0.1))` is `0.1`,
//! `repr(np.int32(3))` is `np.int32(3)`, `repr(a.dtype)` is `dtype('int64')`.
//!
//! NumPy 2 reprs scalars with their type (`np.float64(2.5)`), while `str` prints just
//! the value with the shortest digits of the scalar's own width.

use super::element::float_width;
use super::float::float_scalar_str;
use crate::memory::{DType, Scalar};

/// `str` of a NumPy scalar: `True`, `-3`, `2.5`, `1e+20`, `nan`.
pub fn scalar_str(dtype: DType, value: Scalar) -> String {
    match dtype {
        DType::Bool => bool_str(value.is_truthy()).to_string(),
        DType::Float32 | DType::Float64 => float_scalar_str(value.as_f64(), float_width(dtype)),
        _ => match value {
            Scalar::UInt(u) => u.to_string(),
            other => other.as_i64().to_string(),
        },
    }
}

/// Python's spelling of a bool.
fn bool_str(b: bool) -> &'static str {
    if b { "True" } else { "False" }
}

/// `repr` of a NumPy scalar: `np.int64(5)`, `np.float32(0.1)`, `np.True_`.
pub fn scalar_repr(dtype: DType, value: Scalar) -> String {
    match dtype {
        DType::Bool => format!("np.{}_", bool_str(value.is_truthy())),
        _ => format!("np.{}({})", dtype.name(), scalar_str(dtype, value)),
    }
}

/// `repr(a.dtype)`: `dtype('int64')`, `dtype('bool')` (the `str` is just the name).
pub fn dtype_repr(dtype: DType) -> String {
    format!("dtype('{}')", dtype.name())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scalar_reprs_match_numpy() {
        assert_eq!(scalar_repr(DType::Int64, Scalar::Int(5)), "np.int64(5)");
        assert_eq!(
            scalar_repr(DType::Float64, Scalar::Float(2.5)),
            "np.float64(2.5)"
        );
        assert_eq!(scalar_repr(DType::Bool, Scalar::Bool(true)), "np.True_");
        assert_eq!(scalar_repr(DType::Bool, Scalar::Bool(false)), "np.False_");
        let f = Scalar::Float(0.1f32 as f64);
        assert_eq!(scalar_repr(DType::Float32, f), "np.float32(0.1)");
        assert_eq!(scalar_repr(DType::UInt8, Scalar::UInt(3)), "np.uint8(3)");
        assert_eq!(
            scalar_repr(DType::Float64, Scalar::Float(f64::NAN)),
            "np.float64(nan)"
        );
        assert_eq!(
            scalar_repr(DType::Float64, Scalar::Float(f64::NEG_INFINITY)),
            "np.float64(-inf)"
        );
        assert_eq!(scalar_repr(DType::Int32, Scalar::Int(-3)), "np.int32(-3)");
    }

    #[test]
    fn scalar_strs_match_numpy() {
        assert_eq!(scalar_str(DType::Bool, Scalar::Bool(true)), "True");
        assert_eq!(scalar_str(DType::Float64, Scalar::Float(1e20)), "1e+20");
        assert_eq!(scalar_str(DType::Float64, Scalar::Float(1.0)), "1.0");
        assert_eq!(
            scalar_str(DType::Float32, Scalar::Float(0.1f32 as f64)),
            "0.1"
        );
    }

    #[test]
    fn dtype_reprs() {
        assert_eq!(dtype_repr(DType::Int64), "dtype('int64')");
        assert_eq!(dtype_repr(DType::Bool), "dtype('bool')");
    }
}
