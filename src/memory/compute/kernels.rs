//! What one ufunc loop does to one pair of elements, per element type.
//!
//! NumPy's integer loops wrap on overflow, give 0 for division by zero, and follow Python's
//! sign rules for `//` and `%`; its float loops follow C (`fmod`, `pow`) with NumPy's
//! `npy_divmod` adjustments; its bool loops are logical. `Arith` spells that out for each
//! Rust element type, and the elementwise module maps these functions over ndarray views.

use super::{BinaryOp, CompareOp, UnaryOp};
use crate::memory::element::{Element, NpBool};

/// The element operations of NumPy's ufunc loops for one element type. Operations a dtype has
/// no loop for (bitwise on floats, subtract on bools) are rejected before any loop runs; their
/// methods here return a harmless value.
pub(super) trait Arith: Element + Copy {
    /// `a + b`.
    fn add(self, other: Self) -> Self;
    /// `a - b`.
    fn sub(self, other: Self) -> Self;
    /// `a * b`.
    fn mul(self, other: Self) -> Self;
    /// `a / b` (only float loops run it).
    fn div(self, other: Self) -> Self;
    /// `a // b`.
    fn floor_div(self, other: Self) -> Self;
    /// `a % b`.
    fn rem(self, other: Self) -> Self;
    /// `a ** b` (integer exponents are non-negative: checked before).
    fn pow(self, other: Self) -> Self;
    /// `a & b`.
    fn bit_and(self, other: Self) -> Self;
    /// `a | b`.
    fn bit_or(self, other: Self) -> Self;
    /// `a ^ b`.
    fn bit_xor(self, other: Self) -> Self;
    /// `a << b`.
    fn shl(self, other: Self) -> Self;
    /// `a >> b`.
    fn shr(self, other: Self) -> Self;
    /// `-a`.
    fn neg(self) -> Self;
    /// `abs(a)`.
    fn abs(self) -> Self;
    /// `~a`.
    fn invert(self) -> Self;
    /// True for a negative integer (the `**` check); false for everything else.
    fn is_negative_int(self) -> bool;
    /// `np.sqrt(a)` for floats (NumPy's `a ** 0.5` fast path); other types are unchanged.
    fn sqrt(self) -> Self {
        self
    }
}

/// The element function of a binary operator.
pub(super) fn binary_fn<T: Arith>(op: BinaryOp) -> fn(T, T) -> T {
    match op {
        BinaryOp::Add => T::add,
        BinaryOp::Sub => T::sub,
        BinaryOp::Mul => T::mul,
        BinaryOp::Div => T::div,
        BinaryOp::FloorDiv => T::floor_div,
        BinaryOp::Mod => T::rem,
        BinaryOp::Pow => T::pow,
        BinaryOp::BitAnd => T::bit_and,
        BinaryOp::BitOr => T::bit_or,
        BinaryOp::BitXor => T::bit_xor,
        BinaryOp::LShift => T::shl,
        BinaryOp::RShift => T::shr,
    }
}

/// The element function of a unary operator.
pub(super) fn unary_fn<T: Arith>(op: UnaryOp) -> fn(T) -> T {
    match op {
        UnaryOp::Neg => T::neg,
        UnaryOp::Pos => |x| x,
        UnaryOp::Invert => T::invert,
        UnaryOp::Abs => T::abs,
    }
}

/// The element function of a comparison (IEEE: NaN compares unequal to everything).
pub(super) fn compare_fn<T: PartialOrd>(op: CompareOp) -> fn(&T, &T) -> bool {
    match op {
        CompareOp::Eq => |a, b| a == b,
        CompareOp::Ne => |a, b| a != b,
        CompareOp::Lt => |a, b| a < b,
        CompareOp::Le => |a, b| a <= b,
        CompareOp::Gt => |a, b| a > b,
        CompareOp::Ge => |a, b| a >= b,
    }
}

/// `base ** exp` by repeated squaring with wrapping multiplication, as NumPy's integer power.
fn wrapping_power<T: Copy>(base: T, mut exp: u64, one: T, mul: fn(T, T) -> T) -> T {
    let (mut acc, mut square) = (one, base);
    while exp > 0 {
        if exp & 1 == 1 {
            acc = mul(acc, square);
        }
        square = mul(square, square);
        exp >>= 1;
    }
    acc
}

/// The integer operations shared by signed and unsigned types.
macro_rules! int_common {
    ($t:ty) => {
        fn add(self, o: Self) -> Self {
            self.wrapping_add(o)
        }
        fn sub(self, o: Self) -> Self {
            self.wrapping_sub(o)
        }
        fn mul(self, o: Self) -> Self {
            self.wrapping_mul(o)
        }
        fn div(self, o: Self) -> Self {
            self.floor_div(o)
        }
        fn pow(self, o: Self) -> Self {
            wrapping_power(self, o as u64, 1, <$t>::wrapping_mul)
        }
        fn bit_and(self, o: Self) -> Self {
            self & o
        }
        fn bit_or(self, o: Self) -> Self {
            self | o
        }
        fn bit_xor(self, o: Self) -> Self {
            self ^ o
        }
        fn shl(self, o: Self) -> Self {
            if (o as u64) < <$t>::BITS as u64 {
                self << o
            } else {
                0
            }
        }
        fn invert(self) -> Self {
            !self
        }
    };
}

macro_rules! signed_arith {
    ($($t:ty),*) => {$(
        impl Arith for $t {
            int_common!($t);
            fn floor_div(self, o: Self) -> Self {
                if o == 0 {
                    return 0;
                }
                let q = self.wrapping_div(o);
                if self.wrapping_rem(o) != 0 && ((self < 0) != (o < 0)) { q - 1 } else { q }
            }
            fn rem(self, o: Self) -> Self {
                if o == 0 {
                    return 0;
                }
                let r = self.wrapping_rem(o);
                if r != 0 && ((r < 0) != (o < 0)) { r + o } else { r }
            }
            fn shr(self, o: Self) -> Self {
                match (o as u64) < <$t>::BITS as u64 {
                    true => self >> o,
                    false if self < 0 => -1,
                    false => 0,
                }
            }
            fn neg(self) -> Self {
                self.wrapping_neg()
            }
            fn abs(self) -> Self {
                self.wrapping_abs()
            }
            fn is_negative_int(self) -> bool {
                self < 0
            }
        }
    )*};
}

signed_arith!(i8, i16, i32, i64);

macro_rules! unsigned_arith {
    ($($t:ty),*) => {$(
        impl Arith for $t {
            int_common!($t);
            fn floor_div(self, o: Self) -> Self {
                self.checked_div(o).unwrap_or(0)
            }
            fn rem(self, o: Self) -> Self {
                self.checked_rem(o).unwrap_or(0)
            }
            fn shr(self, o: Self) -> Self {
                self.checked_shr(u32::try_from(o).unwrap_or(u32::MAX)).unwrap_or(0)
            }
            fn neg(self) -> Self {
                self.wrapping_neg()
            }
            fn abs(self) -> Self {
                self
            }
            fn is_negative_int(self) -> bool {
                false
            }
        }
    )*};
}

unsigned_arith!(u8, u16, u32, u64);

macro_rules! float_arith {
    ($($t:ty),*) => {$(
        impl Arith for $t {
            fn add(self, o: Self) -> Self { self + o }
            fn sub(self, o: Self) -> Self { self - o }
            fn mul(self, o: Self) -> Self { self * o }
            fn div(self, o: Self) -> Self { self / o }
            fn floor_div(self, o: Self) -> Self {
                if o == 0.0 { self / o } else { float_divmod!($t, self, o).0 }
            }
            fn rem(self, o: Self) -> Self {
                if o == 0.0 { self % o } else { float_divmod!($t, self, o).1 }
            }
            // NumPy gives `x ** 1` back unchanged, NaN bits and all, `x ** 0` is 1 even for a
            // signalling NaN, and it computes `x ** 2` and `x ** -1` as `square` and
            // `reciprocal` (which quiet a NaN's bits).
            fn pow(self, o: Self) -> Self {
                match o {
                    0.0 => 1.0,
                    1.0 => self,
                    2.0 => self * self,
                    -1.0 => 1.0 / self,
                    _ => self.powf(o),
                }
            }
            fn bit_and(self, _: Self) -> Self { self }
            fn bit_or(self, _: Self) -> Self { self }
            fn bit_xor(self, _: Self) -> Self { self }
            fn shl(self, _: Self) -> Self { self }
            fn shr(self, _: Self) -> Self { self }
            fn neg(self) -> Self { -self }
            fn abs(self) -> Self { <$t>::abs(self) }
            fn invert(self) -> Self { self }
            fn is_negative_int(self) -> bool { false }
            fn sqrt(self) -> Self { <$t>::sqrt(self) }
        }
    )*};
}

/// NumPy's `npy_divmod` for a non-zero divisor: `(floor quotient, Python-style remainder)`.
macro_rules! float_divmod {
    ($t:ty, $a:expr, $b:expr) => {{
        let (a, b): ($t, $t) = ($a, $b);
        let mut modulo = a % b;
        let mut div = (a - modulo) / b;
        if modulo != 0.0 {
            if (b < 0.0) != (modulo < 0.0) {
                modulo += b;
                div -= 1.0;
            }
        } else {
            modulo = (0.0 as $t).copysign(b);
        }
        let floordiv = if div != 0.0 {
            let floor = div.floor();
            if div - floor > 0.5 {
                floor + 1.0
            } else {
                floor
            }
        } else {
            (0.0 as $t).copysign(a / b)
        };
        (floordiv, modulo)
    }};
}

float_arith!(f32, f64);

impl Arith for NpBool {
    fn add(self, o: Self) -> Self {
        NpBool((self.get() || o.get()) as u8)
    }
    fn sub(self, o: Self) -> Self {
        self.bit_xor(o)
    }
    fn mul(self, o: Self) -> Self {
        NpBool((self.get() && o.get()) as u8)
    }
    fn div(self, o: Self) -> Self {
        self.mul(o)
    }
    fn floor_div(self, o: Self) -> Self {
        self.mul(o)
    }
    fn rem(self, _: Self) -> Self {
        NpBool(0)
    }
    fn pow(self, o: Self) -> Self {
        NpBool((self.get() || !o.get()) as u8)
    }
    fn bit_and(self, o: Self) -> Self {
        self.mul(o)
    }
    fn bit_or(self, o: Self) -> Self {
        self.add(o)
    }
    fn bit_xor(self, o: Self) -> Self {
        NpBool((self.get() != o.get()) as u8)
    }
    fn shl(self, _: Self) -> Self {
        self
    }
    fn shr(self, _: Self) -> Self {
        self
    }
    fn neg(self) -> Self {
        self
    }
    fn abs(self) -> Self {
        self
    }
    fn invert(self) -> Self {
        NpBool(!self.get() as u8)
    }
    fn is_negative_int(self) -> bool {
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integer_floor_division_follows_python() {
        // np.array([-7]) // 2 -> -4, % 2 -> 1; 7 // -2 -> -4, 7 % -2 -> -1
        assert_eq!(Arith::floor_div(-7i64, 2), -4);
        assert_eq!(Arith::rem(-7i64, 2), 1);
        assert_eq!(Arith::floor_div(7i64, -2), -4);
        assert_eq!(Arith::rem(7i64, -2), -1);
        assert_eq!(Arith::floor_div(5i64, 0), 0);
        assert_eq!(Arith::rem(5u8, 0), 0);
        assert_eq!(Arith::floor_div(-128i8, -1), -128);
        assert_eq!(Arith::rem(-128i8, -1), 0);
    }

    #[test]
    fn float_floor_division_follows_numpy() {
        // -7.5 // 2 -> -4.0, -7.5 % 2 -> 0.5, 7.5 % -2 -> -0.5, 5.0 // 0 -> inf, -5.0 % 0 -> nan
        assert_eq!(Arith::floor_div(-7.5f64, 2.0), -4.0);
        assert_eq!(Arith::rem(-7.5f64, 2.0), 0.5);
        assert_eq!(Arith::rem(7.5f64, -2.0), -0.5);
        assert_eq!(Arith::floor_div(5.0f64, 0.0), f64::INFINITY);
        assert!(Arith::rem(-5.0f64, 0.0).is_nan());
        assert!(Arith::floor_div(0.0f64, 0.0).is_nan());
    }

    #[test]
    fn integer_power_and_shifts_wrap() {
        // np.array([2], np.int8) ** 7 -> -128, ** 8 -> 0; int8 1 << 8 -> 0; -1 >> 10 -> -1
        assert_eq!(Arith::pow(2i8, 7), -128);
        assert_eq!(Arith::pow(2i8, 8), 0);
        assert_eq!(Arith::pow(0i64, 0), 1);
        assert_eq!(Arith::shl(1i8, 8), 0);
        assert_eq!(Arith::shl(1i8, -1), 0);
        assert_eq!(Arith::shr(-1i8, 10), -1);
        assert_eq!(Arith::shr(-8i64, -1), -1);
        assert_eq!(Arith::shl(1u8, 9), 0);
    }

    #[test]
    fn unsigned_loops_wrap_and_shift_out() {
        // -np.array([1], np.uint64) -> [18446744073709551615]; u64 >> 64 -> 0; u32 << 33 -> 0
        assert_eq!(Arith::neg(1u64), u64::MAX);
        assert_eq!(Arith::neg(1u16), 65535);
        assert_eq!(Arith::shr(8u64, 64), 0);
        assert_eq!(Arith::shr(8u64, 1), 4);
        assert_eq!(Arith::shl(1u32, 33), 0);
        assert_eq!(Arith::floor_div(7u32, 0), 0);
        assert_eq!(Arith::rem(u64::MAX, 7), u64::MAX % 7);
        assert_eq!(Arith::pow(2u32, 40), 0);
        assert_eq!(Arith::abs(u64::MAX), u64::MAX);
        assert_eq!(Arith::invert(1u16), 65534);
    }

    #[test]
    fn bool_loops_are_logical() {
        let (t, f) = (NpBool(1), NpBool(0));
        assert_eq!(t.add(t), t);
        assert_eq!(t.mul(f), f);
        assert_eq!(t.invert(), f);
        assert_eq!(Arith::abs(-128i8), -128);
        assert_eq!(Arith::neg(1u8), 255);
    }
}
