//! The special values CPython's `mathmodule.c` settles itself before (or instead of) the C
//! library: `atan2` at the infinities and zeros, IEEE `remainder` from `fmod`, and `pow`
//! when an operand is not finite, each by C99's rules as CPython writes them out; and the
//! C library's `cbrt`, whose symbol Rust's own runtime shadows with another rounding.

/// CPython's `m_atan2`: the infinities and zeros by C99's table, then the C library's.
pub(crate) fn m_atan2(y: f64, x: f64) -> f64 {
    use std::f64::consts::PI;
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    let x_positive = 1f64.copysign(x) == 1.0;
    if y.is_infinite() {
        return match (x.is_infinite(), x_positive) {
            (true, true) => (0.25 * PI).copysign(y),
            (true, false) => (0.75 * PI).copysign(y),
            (false, _) => (0.5 * PI).copysign(y),
        };
    }
    if x.is_infinite() || y == 0.0 {
        return match x_positive {
            true => 0f64.copysign(y),
            false => PI.copysign(y),
        };
    }
    super::math::libm::atan2(y, x)
}

/// CPython's `m_remainder`: IEEE 754 remainder, computed from `fmod`.
pub(crate) fn m_remainder(x: f64, y: f64) -> f64 {
    if x.is_finite() && y.is_finite() {
        if y == 0.0 {
            return f64::NAN;
        }
        let (absx, absy) = (x.abs(), y.abs());
        let m = absx % absy;
        let c = absy - m;
        let r = if m < c {
            m
        } else if m > c {
            -c
        } else {
            m - 2.0 * ((0.5 * (absx - m)) % absy)
        };
        return 1f64.copysign(x) * r;
    }
    if x.is_nan() {
        return x;
    }
    if y.is_nan() {
        return y;
    }
    if x.is_infinite() {
        return f64::NAN;
    }
    x
}

/// `math.pow` when `x` or `y` is not finite.
pub(crate) fn special_pow(x: f64, y: f64) -> f64 {
    if x.is_nan() {
        return if y == 0.0 { 1.0 } else { x };
    }
    if y.is_nan() {
        return if x == 1.0 { 1.0 } else { y };
    }
    if x.is_infinite() {
        let odd_y = y.is_finite() && (y.abs() % 2.0) == 1.0;
        return match y {
            _ if y > 0.0 => match odd_y {
                true => x,
                false => x.abs(),
            },
            _ if y == 0.0 => 1.0,
            _ => match odd_y {
                true => 0f64.copysign(x),
                false => 0.0,
            },
        };
    }
    match () {
        _ if x.abs() == 1.0 => 1.0,
        _ if y > 0.0 && x.abs() > 1.0 => y,
        _ if y < 0.0 && x.abs() < 1.0 => -y,
        _ => 0.0,
    }
}

/// glibc's `cbrt` (`sysdeps/ieee754/dbl-64/s_cbrt.c`): a polynomial guess on the reduced
/// argument, one rational correction, then the exponent's third put back. Rust's runtime
/// links its own `cbrt` in place of the C library's, so the binary computes glibc's here.
#[allow(clippy::excessive_precision)]
pub(crate) fn cbrt(x: f64) -> f64 {
    use super::math_sum::{frexp, ldexp};
    const CBRT2: f64 = 1.2599210498948731648;
    const SQR_CBRT2: f64 = 1.5874010519681994748;
    let factor = [1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2];
    let (xm, xe) = frexp(x.abs());
    if xe == 0 && (x == 0.0 || !x.is_finite()) {
        return x + x;
    }
    let poly = -1.83469277483613086 + (0.784932344976639262 - 0.145263899385486377 * xm) * xm;
    let poly = 2.44693122563534430 + poly * xm;
    let poly = -2.11499494167371287 + poly * xm;
    let poly = 1.50819193781584896 + poly * xm;
    let u = 0.354895765043919860 + poly * xm;
    let t2 = u * u * u;
    let ym = u * (t2 + 2.0 * xm) / (2.0 * t2 + xm) * factor[(2 + xe % 3) as usize];
    ldexp(if x > 0.0 { ym } else { -ym }, i64::from(xe / 3))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn atan2_follows_c99_at_the_infinities() {
        assert_eq!(
            m_atan2(f64::INFINITY, f64::NEG_INFINITY),
            0.75 * std::f64::consts::PI
        );
        assert_eq!(m_atan2(-0.0, -1.0), -std::f64::consts::PI);
        assert_eq!(m_atan2(1.0, 1.0), std::f64::consts::FRAC_PI_4);
    }

    #[test]
    fn remainder_rounds_half_to_even() {
        assert_eq!(m_remainder(5.0, 2.0), 1.0);
        assert_eq!(m_remainder(7.0, 2.0), -1.0);
        assert_eq!(m_remainder(-5.0, 2.0), -1.0);
        assert!(m_remainder(f64::INFINITY, 1.0).is_nan());
    }

    #[test]
    fn pow_of_special_values_is_c99s() {
        assert_eq!(special_pow(f64::NAN, 0.0), 1.0);
        assert_eq!(special_pow(1.0, f64::NAN), 1.0);
        assert_eq!(special_pow(f64::NEG_INFINITY, 3.0), f64::NEG_INFINITY);
        assert_eq!(special_pow(0.5, f64::NEG_INFINITY), f64::INFINITY);
        assert_eq!(special_pow(2.0, f64::NEG_INFINITY), 0.0);
    }

    #[test]
    fn cbrt_is_glibcs() {
        assert_eq!(cbrt(27.0), 3.0000000000000004);
        assert_eq!(cbrt(2.0), 1.2599210498948734);
        assert_eq!(cbrt(-0.1), -0.46415888336127786);
        assert!(cbrt(f64::NAN).is_nan());
        assert_eq!(cbrt(-0.0).to_bits(), (-0.0f64).to_bits());
    }
}
