//! The Rust type behind each dtype.
//!
//! Computation runs on typed `ndarray` views, so each dtype maps to one plain-old-data Rust
//! type (`Int32` → `i32`, `Bool` → [`NpBool`]). `dispatch_dtype!` turns a runtime `DType` into
//! that compile-time type so generic code can run on it.

use super::dtype::{DType, Scalar};

/// NumPy's `bool` element: one byte, 0 for false. A bool view of other bytes can hold any
/// value; like NumPy's loops, comparisons treat every non-zero byte as true.
#[derive(Clone, Copy, Debug, Default, bytemuck::Pod, bytemuck::Zeroable)]
#[repr(transparent)]
pub struct NpBool(pub u8);

impl NpBool {
    /// The element as a Rust bool (any non-zero byte is true).
    pub fn get(self) -> bool {
        self.0 != 0
    }
}

impl PartialEq for NpBool {
    fn eq(&self, other: &NpBool) -> bool {
        self.get() == other.get()
    }
}

impl Eq for NpBool {}

impl PartialOrd for NpBool {
    fn partial_cmp(&self, other: &NpBool) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for NpBool {
    fn cmp(&self, other: &NpBool) -> std::cmp::Ordering {
        self.get().cmp(&other.get())
    }
}

impl std::hash::Hash for NpBool {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.get().hash(state);
    }
}

/// A Rust type that stores one NumPy element.
pub trait Element:
    bytemuck::Pod + PartialOrd + PartialEq + std::fmt::Debug + Default + Send + Sync + 'static
{
    /// The dtype stored as this type.
    const DTYPE: DType;
    /// The element as a dtype-free value.
    fn to_scalar(self) -> Scalar;
    /// Converts a value with C casting rules (floats truncate toward zero, integers wrap).
    fn from_scalar(value: Scalar) -> Self;
    /// NumPy's sort order: ascending, with NaN after everything.
    fn sort_order(&self, other: &Self) -> std::cmp::Ordering {
        let is_nan = |x: &Self| x.partial_cmp(x).is_none();
        self.partial_cmp(other)
            .unwrap_or_else(|| is_nan(self).cmp(&is_nan(other)))
    }
}

macro_rules! integer_element {
    ($($t:ty => $dtype:ident, $variant:ident, $wide:ty, $from_float:ident);* $(;)?) => {$(
        impl Element for $t {
            const DTYPE: DType = DType::$dtype;
            fn to_scalar(self) -> Scalar {
                Scalar::$variant(self as $wide)
            }
            fn from_scalar(value: Scalar) -> Self {
                match value {
                    Scalar::Bool(b) => b as $t,
                    Scalar::Int(i) => i as $t,
                    Scalar::UInt(u) => u as $t,
                    Scalar::Float(x) => $from_float(x) as $t,
                }
            }
        }
    )*};
}

integer_element! {
    i8 => Int8, Int, i64, float_to_int;
    i16 => Int16, Int, i64, float_to_int;
    i32 => Int32, Int, i64, float_to_int;
    i64 => Int64, Int, i64, float_to_int;
    u8 => UInt8, UInt, u64, float_to_int;
    u16 => UInt16, UInt, u64, float_to_int;
    u32 => UInt32, UInt, u64, float_to_int;
    u64 => UInt64, UInt, u64, float_to_uint64;
}

/// Float to integer the way C (and so NumPy) does on x86-64 for in-range values; NaN and
/// out-of-range values become `i64::MIN`, as NumPy prints them.
fn float_to_int(x: f64) -> i64 {
    if x.is_nan() || !(-9.223_372_036_854_776e18..9.223_372_036_854_776e18).contains(&x) {
        i64::MIN
    } else {
        x as i64
    }
}

/// Float to uint64 as x86-64 compilers lower it (and so NumPy prints it): values from 2**63
/// convert after subtracting 2**63; below that, as [`float_to_int`] then reinterpreted, so
/// `-1.0` wraps to 2**64 - 1, NaN and `-inf` give 2**63, and 2**64 or more gives 0.
fn float_to_uint64(x: f64) -> u64 {
    const TWO_63: f64 = 9.223_372_036_854_776e18;
    if x >= TWO_63 {
        (float_to_int(x - TWO_63) as u64) ^ (1 << 63)
    } else {
        float_to_int(x) as u64
    }
}

impl Element for f32 {
    const DTYPE: DType = DType::Float32;
    fn to_scalar(self) -> Scalar {
        Scalar::Float(self as f64)
    }
    fn from_scalar(value: Scalar) -> Self {
        value.as_f64() as f32
    }
}

impl Element for f64 {
    const DTYPE: DType = DType::Float64;
    fn to_scalar(self) -> Scalar {
        Scalar::Float(self)
    }
    fn from_scalar(value: Scalar) -> Self {
        value.as_f64()
    }
}

impl Element for NpBool {
    const DTYPE: DType = DType::Bool;
    fn to_scalar(self) -> Scalar {
        Scalar::Bool(self.get())
    }
    fn from_scalar(value: Scalar) -> Self {
        NpBool(value.is_truthy() as u8)
    }
    /// NumPy sorts bools as their bytes, so a bool view keeps the bytes it sorts.
    fn sort_order(&self, other: &NpBool) -> std::cmp::Ordering {
        self.0.cmp(&other.0)
    }
}

/// Runs `$body` with `$t` bound to the Rust element type of `$dtype`.
///
/// ```ignore
/// let size = dispatch_dtype!(dtype, T => std::mem::size_of::<T>());
/// ```
#[macro_export]
macro_rules! dispatch_dtype {
    ($dtype:expr, $t:ident => $body:expr) => {{
        use $crate::memory::dtype::DType as __DType;
        match $dtype {
            __DType::Bool => {
                type $t = $crate::memory::element::NpBool;
                $body
            }
            __DType::Int8 => {
                type $t = i8;
                $body
            }
            __DType::Int16 => {
                type $t = i16;
                $body
            }
            __DType::Int32 => {
                type $t = i32;
                $body
            }
            __DType::Int64 => {
                type $t = i64;
                $body
            }
            __DType::UInt8 => {
                type $t = u8;
                $body
            }
            __DType::UInt16 => {
                type $t = u16;
                $body
            }
            __DType::UInt32 => {
                type $t = u32;
                $body
            }
            __DType::UInt64 => {
                type $t = u64;
                $body
            }
            __DType::Float32 => {
                type $t = f32;
                $body
            }
            __DType::Float64 => {
                type $t = f64;
                $body
            }
        }
    }};
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_dtype_maps_to_a_type_of_its_itemsize() {
        for dtype in DType::ALL {
            let size = dispatch_dtype!(dtype, T => std::mem::size_of::<T>());
            assert_eq!(size, dtype.itemsize(), "{dtype}");
        }
    }

    #[test]
    fn casting_truncates_and_wraps_like_c() {
        assert_eq!(i64::from_scalar(Scalar::Float(-2.7)), -2);
        assert_eq!(i8::from_scalar(Scalar::Int(300)), 44);
        assert_eq!(u8::from_scalar(Scalar::Int(-1)), 255);
        assert_eq!(NpBool::from_scalar(Scalar::Float(0.5)), NpBool(1));
        assert_eq!(u16::from_scalar(Scalar::Int(70000)), 4464);
        assert_eq!(u32::from_scalar(Scalar::Float(-5.5)), 4_294_967_291);
        assert_eq!(u64::from_scalar(Scalar::Int(-1)), u64::MAX);
    }

    #[test]
    fn float_to_uint64_matches_numpy() {
        // np.array([-1.0, 1.8e19, 2e19, nan, inf, -inf, -9.3e18]).astype(np.uint64)
        let cases = [
            (-1.0, u64::MAX),
            (1.8e19, 18_000_000_000_000_000_000),
            (2e19, 0),
            (f64::NAN, 1 << 63),
            (f64::INFINITY, 0),
            (f64::NEG_INFINITY, 1 << 63),
            (-9.3e18, 1 << 63),
            (-1e10, 18_446_744_063_709_551_616),
        ];
        for (x, want) in cases {
            assert_eq!(u64::from_scalar(Scalar::Float(x)), want, "{x}");
        }
    }
}
