//! Element types and element values.
//!
//! NumPy arrays are typed: every element of an array has the same `dtype`. This module names
//! the dtypes viewfinder supports, how big each element is, how NumPy spells them, and the
//! value of one element (`Scalar`) in a form that every stage can read without generics.

use std::fmt;

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
    pub const ALL: [DType; 8] = [
        DType::Bool,
        DType::Int8,
        DType::Int16,
        DType::Int32,
        DType::Int64,
        DType::UInt8,
        DType::Float32,
        DType::Float64,
    ];

    /// Bytes per element (`a.itemsize`).
    pub fn itemsize(self) -> usize {
        match self {
            DType::Bool | DType::Int8 | DType::UInt8 => 1,
            DType::Int16 => 2,
            DType::Int32 | DType::Float32 => 4,
            DType::Int64 | DType::Float64 => 8,
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
            DType::Float32 => "float32",
            DType::Float64 => "float64",
        }
    }

    /// The family the dtype belongs to.
    pub fn kind(self) -> DTypeKind {
        match self {
            DType::Bool => DTypeKind::Bool,
            DType::UInt8 => DTypeKind::UnsignedInt,
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

    /// Reads a dtype the way `np.dtype(...)` does for the names viewfinder supports:
    /// `"int32"`, `"i4"`, `"<i4"`, `"float"`, `"f8"`, `"bool"`, `"?"`, `"B"`, `"int"`.
    pub fn parse(text: &str) -> Option<DType> {
        let code = text.strip_prefix(['<', '=', '|']).unwrap_or(text);
        let dtype = match code {
            "bool" | "?" | "b1" | "bool_" => DType::Bool,
            "int8" | "i1" | "b" | "byte" => DType::Int8,
            "int16" | "i2" | "h" | "short" => DType::Int16,
            "int32" | "i4" | "i" | "intc" => DType::Int32,
            "int64" | "i8" | "int" | "l" | "q" | "long" | "longlong" | "int_" | "intp" | "p" => {
                DType::Int64
            }
            "uint8" | "u1" | "B" | "ubyte" => DType::UInt8,
            "float32" | "f4" | "f" | "single" => DType::Float32,
            "float64" | "f8" | "d" | "float" | "double" | "float_" => DType::Float64,
            _ => return None,
        };
        Some(dtype)
    }

    /// The smallest dtype that holds every value of both (NumPy's `np.promote_types`).
    pub fn promote(self, other: DType) -> DType {
        use DType::*;
        if self == other {
            return self;
        }
        let (low, high) = if self <= other {
            (self, other)
        } else {
            (other, self)
        };
        match (low, high) {
            (Bool, x) => x,
            (Float32, Float64) => Float64,
            (a, Float32) if a.is_integer() => {
                if a.itemsize() <= 2 {
                    Float32
                } else {
                    Float64
                }
            }
            (_, Float64) => Float64,
            (Int8 | Int16 | Int32 | Int64, UInt8) => {
                if low == Int8 {
                    Int16
                } else {
                    low
                }
            }
            (a, b) if a.is_integer() && b.is_integer() => {
                if a.itemsize() >= b.itemsize() {
                    a
                } else {
                    b
                }
            }
            (a, b) => unreachable!("promotion of {a:?} and {b:?} is covered above"),
        }
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

    #[test]
    fn promotion_follows_numpy_table() {
        use DType::*;
        assert_eq!(Int8.promote(UInt8), Int16);
        assert_eq!(UInt8.promote(Int32), Int32);
        assert_eq!(Int64.promote(Float32), Float64);
        assert_eq!(Int16.promote(Float32), Float32);
        assert_eq!(Bool.promote(Int8), Int8);
        assert_eq!(Float32.promote(Float64), Float64);
        assert_eq!(Int32.promote(Int64), Int64);
    }

    #[test]
    fn parses_numpy_spellings() {
        assert_eq!(DType::parse("i4"), Some(DType::Int32));
        assert_eq!(DType::parse("<f8"), Some(DType::Float64));
        assert_eq!(DType::parse("int"), Some(DType::Int64));
        assert_eq!(DType::parse("complex"), None);
    }
}
