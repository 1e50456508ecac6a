//! Element types and element values.
//!
//! NumPy arrays are typed: every element of an array has the same `dtype`. This module names
//! the dtypes viewfinder supports, how big each element is, how NumPy spells them, and the
//! value of one element (`Scalar`) in a form that every stage can read without generics.

use std::fmt;
use std::ops::RangeInclusive;

/// The element types viewfinder supports, with NumPy's names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DType {
    /// `bool`: one byte, 0 or 1.
    Bool,
    /// `int8`: signed, one byte.
    Int8,
    /// `int16`: signed, two bytes.
    Int16,
    /// `int32`: signed, four bytes (`array.array('i')` on every common platform).
    Int32,
    /// `int64`: signed, eight bytes: NumPy's default integer.
    Int64,
    /// `uint8`: unsigned, one byte.
    UInt8,
    /// `uint16`: unsigned, two bytes (`array.array('H')`).
    UInt16,
    /// `uint32`: unsigned, four bytes (`array.array('I')`).
    UInt32,
    /// `uint64`: unsigned, eight bytes: what unsigned sums and products give.
    UInt64,
    /// `float32`: IEEE single precision.
    Float32,
    /// `float64`: IEEE double precision: NumPy's default float.
    Float64,
}

/// The broad family of a dtype, which decides promotion and formatting.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum DTypeKind {
    /// `b`: booleans.
    Bool,
    /// `u`: unsigned integers.
    UnsignedInt,
    /// `i`: signed integers.
    SignedInt,
    /// `f`: floating point.
    Float,
}

impl DType {
    /// Every supported dtype, smallest kind first.
    pub const ALL: [DType; 11] = [
        DType::Bool,
        DType::Int8,
        DType::Int16,
        DType::Int32,
        DType::Int64,
        DType::UInt8,
        DType::UInt16,
        DType::UInt32,
        DType::UInt64,
        DType::Float32,
        DType::Float64,
    ];

    /// Bytes per element (`a.itemsize`).
    pub fn itemsize(self) -> usize {
        match self {
            DType::Bool | DType::Int8 | DType::UInt8 => 1,
            DType::Int16 | DType::UInt16 => 2,
            DType::Int32 | DType::UInt32 | DType::Float32 => 4,
            DType::Int64 | DType::UInt64 | DType::Float64 => 8,
        }
    }

    /// NumPy's name: `int64`, `float32`, `bool`.
    pub fn name(self) -> &'static str {
        match self {
            DType::Bool => "bool",
            DType::Int8 => "int8",
            DType::Int16 => "int16",
            DType::Int32 => "int32",
            DType::Int64 => "int64",
            DType::UInt8 => "uint8",
            DType::UInt16 => "uint16",
            DType::UInt32 => "uint32",
            DType::UInt64 => "uint64",
            DType::Float32 => "float32",
            DType::Float64 => "float64",
        }
    }

    /// The family the dtype belongs to.
    pub fn kind(self) -> DTypeKind {
        match self {
            DType::Bool => DTypeKind::Bool,
            DType::UInt8 | DType::UInt16 | DType::UInt32 | DType::UInt64 => DTypeKind::UnsignedInt,
            DType::Int8 | DType::Int16 | DType::Int32 | DType::Int64 => DTypeKind::SignedInt,
            DType::Float32 | DType::Float64 => DTypeKind::Float,
        }
    }

    /// True for the floating-point dtypes.
    pub fn is_float(self) -> bool {
        self.kind() == DTypeKind::Float
    }

    /// True for the signed and unsigned integer dtypes (not bool).
    pub fn is_integer(self) -> bool {
        matches!(self.kind(), DTypeKind::SignedInt | DTypeKind::UnsignedInt)
    }

    /// The values an integer dtype holds (`None` for bool and the floats).
    pub fn integer_range(self) -> Option<RangeInclusive<i128>> {
        let (low, high): (i128, i128) = match self {
            DType::Int8 => (i8::MIN.into(), i8::MAX.into()),
            DType::Int16 => (i16::MIN.into(), i16::MAX.into()),
            DType::Int32 => (i32::MIN.into(), i32::MAX.into()),
            DType::Int64 => (i64::MIN.into(), i64::MAX.into()),
            DType::UInt8 => (0, u8::MAX.into()),
            DType::UInt16 => (0, u16::MAX.into()),
            DType::UInt32 => (0, u32::MAX.into()),
            DType::UInt64 => (0, u64::MAX.into()),
            DType::Bool | DType::Float32 | DType::Float64 => return None,
        };
        Some(low..=high)
    }

    /// Reads a dtype the way `np.dtype(...)` does for the names viewfinder supports:
    /// `"int32"`, `"i4"`, `"<i4"`, `"float"`, `"f8"`, `"bool"`, `"?"`, `"B"`, `"int"`, `"u8"`,
    /// `"H"`, `"uint"`. C's `long long` (`'q'`, `'Q'`, `longlong`) is another NumPy type of the
    /// same size (its arrays print `dtype=int64`), which viewfinder does not model.
    pub fn parse(text: &str) -> Option<DType> {
        let code = text.strip_prefix(['<', '=', '|']).unwrap_or(text);
        Some(match code {
            "bool" | "?" | "b1" | "bool_" => DType::Bool,
            "int8" | "i1" | "b" | "byte" => DType::Int8,
            "int16" | "i2" | "h" | "short" => DType::Int16,
            "int32" | "i4" | "i" | "intc" => DType::Int32,
            "int64" | "i8" | "int" | "l" | "long" | "int_" | "intp" => DType::Int64,
            "p" => DType::Int64,
            "uint8" | "u1" | "B" | "ubyte" => DType::UInt8,
            "uint16" | "u2" | "H" | "ushort" => DType::UInt16,
            "uint32" | "u4" | "I" | "uintc" => DType::UInt32,
            "uint64" | "u8" | "uint" | "L" | "ulong" => DType::UInt64,
            "uintp" | "P" | "N" => DType::UInt64,
            "float32" | "f4" | "f" | "single" => DType::Float32,
            "float64" | "f8" | "d" | "float" | "double" | "float_" => DType::Float64,
            _ => return None,
        })
    }

    /// The smallest dtype that holds every value of both (NumPy's `np.promote_types`).
    pub fn promote(self, other: DType) -> DType {
        use DTypeKind::*;
        let (low, high) = if self.kind() <= other.kind() {
            (self, other)
        } else {
            (other, self)
        };
        match (low.kind(), high.kind()) {
            (Bool, _) => high,
            (UnsignedInt, SignedInt) => mixed_sign_promotion(low, high),
            (_, Float) if low.is_integer() => integer_with_float(low, high),
            _ if low.itemsize() >= high.itemsize() => low,
            _ => high,
        }
    }

    /// The signed integer dtype of `bytes` bytes.
    fn signed_of_size(bytes: usize) -> Option<DType> {
        match bytes {
            1 => Some(DType::Int8),
            2 => Some(DType::Int16),
            4 => Some(DType::Int32),
            8 => Some(DType::Int64),
            _ => None,
        }
    }
}

/// An unsigned dtype meeting a signed one: the signed one if it is wider, else the signed
/// dtype twice the unsigned one's size (`uint16` + `int8` → `int32`), and float64 past 64 bits.
fn mixed_sign_promotion(unsigned: DType, signed: DType) -> DType {
    if signed.itemsize() > unsigned.itemsize() {
        return signed;
    }
    DType::signed_of_size(2 * unsigned.itemsize()).unwrap_or(DType::Float64)
}

/// An integer dtype meeting a float one: float32 holds integers of up to two bytes exactly.
fn integer_with_float(integer: DType, float: DType) -> DType {
    if float == DType::Float32 && integer.itemsize() <= 2 {
        DType::Float32
    } else {
        DType::Float64
    }
}

impl fmt::Display for DType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// The value of one element, without its dtype (which the array or scalar carries).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Scalar {
    /// A `bool` element.
    Bool(bool),
    /// Any signed integer element, widened.
    Int(i64),
    /// Any unsigned integer element, widened.
    UInt(u64),
    /// Any float element, widened (float32 values are exactly representable).
    Float(f64),
}

impl Scalar {
    /// The value as f64 (NumPy's `float(x)`).
    pub fn as_f64(self) -> f64 {
        match self {
            Scalar::Bool(b) => b as u8 as f64,
            Scalar::Int(i) => i as f64,
            Scalar::UInt(u) => u as f64,
            Scalar::Float(x) => x,
        }
    }

    /// The value as i64, truncating floats toward zero (C casting, as `astype(int)`).
    pub fn as_i64(self) -> i64 {
        match self {
            Scalar::Bool(b) => b as i64,
            Scalar::Int(i) => i,
            Scalar::UInt(u) => u as i64,
            Scalar::Float(x) => x as i64,
        }
    }

    /// Truthiness, as Python's `bool(x)`.
    pub fn is_truthy(self) -> bool {
        match self {
            Scalar::Bool(b) => b,
            Scalar::Int(i) => i != 0,
            Scalar::UInt(u) => u != 0,
            Scalar::Float(x) => x != 0.0,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `np.promote_types(a, b)` for every pair of `DType::ALL`, rows and columns in that order,
    /// printed by python3 with NumPy 2.4.6.
    #[rustfmt::skip]
    const NUMPY_PROMOTION_TABLE: [[DType; 11]; 11] = {
        use DType::{
            Bool as B, Float32 as F32, Float64 as F64, Int8 as I8, Int16 as I16, Int32 as I32,
            Int64 as I64, UInt8 as U8, UInt16 as U16, UInt32 as U32, UInt64 as U64,
        };
        [
            [B, I8, I16, I32, I64, U8, U16, U32, U64, F32, F64], // bool
            [I8, I8, I16, I32, I64, I16, I32, I64, F64, F32, F64], // int8
            [I16, I16, I16, I32, I64, I16, I32, I64, F64, F32, F64], // int16
            [I32, I32, I32, I32, I64, I32, I32, I64, F64, F64, F64], // int32
            [I64, I64, I64, I64, I64, I64, I64, I64, F64, F64, F64], // int64
            [U8, I16, I16, I32, I64, U8, U16, U32, U64, F32, F64], // uint8
            [U16, I32, I32, I32, I64, U16, U16, U32, U64, F32, F64], // uint16
            [U32, I64, I64, I64, I64, U32, U32, U32, U64, F64, F64], // uint32
            [U64, F64, F64, F64, F64, U64, U64, U64, U64, F64, F64], // uint64
            [F32, F32, F32, F64, F64, F32, F32, F64, F64, F32, F64], // float32
            [F64, F64, F64, F64, F64, F64, F64, F64, F64, F64, F64], // float64
        ]
    };

    #[test]
    fn promotion_matches_numpy_for_every_pair() {
        for (row, a) in DType::ALL.into_iter().enumerate() {
            for (col, b) in DType::ALL.into_iter().enumerate() {
                let want = NUMPY_PROMOTION_TABLE[row][col];
                assert_eq!(a.promote(b), want, "np.promote_types({a}, {b})");
            }
        }
    }

    #[test]
    fn parses_numpy_spellings() {
        assert_eq!(DType::parse("i4"), Some(DType::Int32));
        assert_eq!(DType::parse("<f8"), Some(DType::Float64));
        assert_eq!(DType::parse("int"), Some(DType::Int64));
        assert_eq!(DType::parse("complex"), None);
        assert_eq!(DType::parse("u2"), Some(DType::UInt16));
        assert_eq!(DType::parse("I"), Some(DType::UInt32));
        assert_eq!(DType::parse("=u4"), Some(DType::UInt32));
        for spelling in ["u8", "<u8", "L", "uint", "ulong", "uintp"] {
            assert_eq!(DType::parse(spelling), Some(DType::UInt64), "{spelling}");
        }
        assert_eq!(DType::parse("u"), None);
    }

    #[test]
    fn unsigned_dtypes_have_numpy_names_and_sizes() {
        let sizes: Vec<(&str, usize)> = [DType::UInt16, DType::UInt32, DType::UInt64]
            .into_iter()
            .map(|d| (d.name(), d.itemsize()))
            .collect();
        assert_eq!(sizes, [("uint16", 2), ("uint32", 4), ("uint64", 8)]);
        assert_eq!(DType::UInt64.kind(), DTypeKind::UnsignedInt);
        assert_eq!(DType::UInt64.integer_range(), Some(0..=u64::MAX.into()));
        assert_eq!(DType::UInt16.integer_range(), Some(0..=65535));
        assert_eq!(DType::Float32.integer_range(), None);
    }
}
