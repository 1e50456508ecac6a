//! Float elements and float scalars, as NumPy's `FloatingFormat` and Python's `repr`.
//!
//! An array of floats is printed in two passes (`arrayprint.py`, `FloatingFormat`):
//! `fill_format` looks at every displayed element to choose positional or scientific
//! notation and the common padding, then `format` prints each element with those
//! settings. Scalars (`str(np.float64(x))`, Python's `repr(float)`) print the shortest
//! digits, positional between 1e-4 and 1e16 and scientific outside.

use super::dragon4::{self, Options, Trim, Width};

/// The precision NumPy's print options default to.
const PRECISION: usize = 8;

/// Formats the float elements of one array so that they line up (NumPy's
/// `FloatingFormat` with `floatmode='maxprec'`, `sign='-'`, `suppress=False`).
#[derive(Clone, Debug)]
pub struct FloatingFormat {
    width: Width,
    exp_format: bool,
    precision: usize,
    min_digits: usize,
    trim: Trim,
    pad_left: usize,
    pad_right: usize,
    exp_size: Option<usize>,
}

impl FloatingFormat {
    /// Chooses the notation and padding from the displayed elements (`fillFormat`).
    pub fn new(data: &[f64], width: Width) -> FloatingFormat {
        let finite: Vec<f64> = data.iter().copied().filter(|x| x.is_finite()).collect();
        let mut format = FloatingFormat {
            width,
            exp_format: use_exp_format(&finite, width),
            precision: PRECISION,
            min_digits: 0,
            trim: Trim::Zeros,
            pad_left: 0,
            pad_right: 0,
            exp_size: None,
        };
        if finite.is_empty() {
        } else if format.exp_format {
            format.fill_scientific(&finite);
        } else {
            format.fill_positional(&finite);
        }
        if finite.len() != data.len() {
            format.widen_for_non_finite(data);
        }
        format
    }

    /// First-pass options: shortest digits up to `precision`, zeros trimmed.
    fn first_pass_options(&self) -> Options {
        Options {
            precision: Some(PRECISION),
            ..Options::unique(self.width, Trim::Zeros)
        }
    }

    /// The scientific branch of `fillFormat`.
    fn fill_scientific(&mut self, finite: &[f64]) {
        let opts = self.first_pass_options();
        let strs: Vec<String> = finite
            .iter()
            .map(|&x| dragon4::format_scientific(x, &opts))
            .collect();
        let (mut int_len, mut frac_len, mut exp_len) = (0, 0, 0);
        for s in &strs {
            let (mantissa, exp) = s.split_once('e').expect("scientific has 'e'");
            let (int_part, frac_part) = mantissa.split_once('.').expect("trim '.' keeps '.'");
            int_len = int_len.max(int_part.len());
            frac_len = frac_len.max(frac_part.len());
            exp_len = exp_len.max(exp.len());
        }
        let exp_size = exp_len - 1;
        self.exp_size = Some(exp_size);
        self.trim = Trim::Keep;
        self.precision = frac_len;
        self.min_digits = frac_len;
        self.pad_left = int_len;
        self.pad_right = exp_size + 2 + frac_len;
    }

    /// The positional branch of `fillFormat`.
    fn fill_positional(&mut self, finite: &[f64]) {
        let opts = self.first_pass_options();
        for &x in finite {
            let s = dragon4::format_positional(x, &opts);
            let (int_part, frac_part) = s.split_once('.').expect("trim '.' keeps '.'");
            self.pad_left = self.pad_left.max(int_part.len());
            self.pad_right = self.pad_right.max(frac_part.len());
        }
    }

    /// Makes room for `nan`, `inf` and `-inf` in the padded width.
    fn widen_for_non_finite(&mut self, data: &[f64]) {
        let neginf = data.contains(&f64::NEG_INFINITY) as usize;
        let offset = self.pad_right + 1;
        let needed = (3 + neginf).saturating_sub(offset);
        self.pad_left = self.pad_left.max(needed);
    }

    /// Formats one element (`FloatingFormat.__call__`).
    pub fn format(&self, x: f64) -> String {
        if !x.is_finite() {
            return self.format_non_finite(x);
        }
        let opts = Options {
            precision: Some(self.precision),
            min_digits: Some(self.min_digits),
            pad_left: Some(self.pad_left),
            ..Options::unique(self.width, self.trim)
        };
        if self.exp_format {
            let opts = Options {
                exp_digits: self.exp_size,
                ..opts
            };
            dragon4::format_scientific(x, &opts)
        } else {
            let opts = Options {
                pad_right: Some(self.pad_right),
                ..opts
            };
            dragon4::format_positional(x, &opts)
        }
    }

    /// `nan`, `inf`, `-inf`, right-aligned in the common width.
    fn format_non_finite(&self, x: f64) -> String {
        let text = non_finite_str(x);
        let width = self.pad_left + self.pad_right + 1;
        format!("{text:>width$}")
    }
}

/// Whether `fillFormat` switches to scientific notation for these finite values.
fn use_exp_format(finite: &[f64], width: Width) -> bool {
    let abs: Vec<f64> = finite
        .iter()
        .filter(|&&x| x != 0.0)
        .map(|x| x.abs())
        .collect();
    if abs.is_empty() {
        return false;
    }
    let max = abs.iter().copied().fold(f64::MIN, f64::max);
    let min = abs.iter().copied().fold(f64::MAX, f64::min);
    match width {
        // float32 statistics compare and divide in float32 (NEP 50 weak Python floats),
        // and the cutoff is 10**min(8, finfo(float32).precision) = 1e6.
        Width::F32 => {
            let (max, min) = (max as f32, min as f32);
            max >= 1e6 || min < 1e-4 || max / min > 1000.0
        }
        Width::F64 => max >= 1e8 || min < 1e-4 || max / min > 1000.0,
    }
}

/// `nan`, `inf` or `-inf`.
fn non_finite_str(x: f64) -> &'static str {
    if x.is_nan() {
        "nan"
    } else if x > 0.0 {
        "inf"
    } else {
        "-inf"
    }
}

/// `str` of a NumPy float scalar: shortest digits of its own width, positional
/// (`1.0`, `0.0001`) for 1e-4 <= |x| < cutoff or zero, else scientific (`1e+16`,
/// `1e-05`). The cutoff is 1e16 for float64 (as Python's `repr`) and
/// `10**finfo(float32).precision` = 1e6 for float32.
pub fn float_scalar_str(x: f64, width: Width) -> String {
    if !x.is_finite() {
        return non_finite_str(x).to_string();
    }
    let abs = x.abs();
    let cutoff = match width {
        Width::F32 => 1e6,
        Width::F64 => 1e16,
    };
    // NumPy compares in long double, so float32(1e-4) (just below 1e-4) is "small".
    if abs == 0.0 || (1e-4..cutoff).contains(&abs) {
        dragon4::format_positional(x, &Options::unique(width, Trim::LeaveOneZero))
    } else {
        dragon4::format_scientific(x, &Options::unique(width, Trim::DptZeros))
    }
}

/// Python's `repr(float)`: `1.0`, `0.1`, `1e+20`, `1e-05`, `inf`, `nan`, `-0.0`.
pub fn py_float_repr(x: f64) -> String {
    float_scalar_str(x, Width::F64)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(values: &[f64]) -> Vec<String> {
        let format = FloatingFormat::new(values, Width::F64);
        values.iter().map(|&x| format.format(x)).collect()
    }

    #[test]
    fn positional_rows_pad_right() {
        // str(np.array([1, 2.5, 3])) -> '[1.  2.5 3. ]'
        assert_eq!(row(&[1.0, 2.5, 3.0]), ["1. ", "2.5", "3. "]);
    }

    #[test]
    fn scientific_rows_share_precision() {
        // str(np.array([1e10, 1.5])) -> '[1.0e+10 1.5e+00]'
        assert_eq!(row(&[1e10, 1.5]), ["1.0e+10", "1.5e+00"]);
        // str(np.array([1e100, 1.])) -> '[1.e+100 1.e+000]'
        assert_eq!(row(&[1e100, 1.0]), ["1.e+100", "1.e+000"]);
    }

    #[test]
    fn non_finite_values_are_padded() {
        // str(np.array([np.nan, 1.5, -np.inf])) -> '[ nan  1.5 -inf]'
        assert_eq!(
            row(&[f64::NAN, 1.5, f64::NEG_INFINITY]),
            [" nan", " 1.5", "-inf"]
        );
        // str(np.array([np.nan, 1e10])) -> '[   nan 1.e+10]'
        assert_eq!(row(&[f64::NAN, 1e10]), ["   nan", "1.e+10"]);
    }

    #[test]
    fn python_float_repr() {
        let cases = [
            (1.0, "1.0"),
            (1e20, "1e+20"),
            (1e-5, "1e-05"),
            (0.1, "0.1"),
            (-0.0, "-0.0"),
            (1.5e16, "1.5e+16"),
            (1e16, "1e+16"),
            (1e15, "1000000000000000.0"),
            (0.0001, "0.0001"),
            (f64::INFINITY, "inf"),
            (f64::NAN, "nan"),
            (1e100, "1e+100"),
            (5e-324, "5e-324"),
        ];
        for (x, expected) in cases {
            assert_eq!(py_float_repr(x), expected);
        }
    }

    #[test]
    fn float32_scalar_str() {
        assert_eq!(float_scalar_str(0.1f32 as f64, Width::F32), "0.1");
        // str(np.float32(0.0001)) -> '1e-04'
        assert_eq!(float_scalar_str(0.0001f32 as f64, Width::F32), "1e-04");
        assert_eq!(float_scalar_str(1e16f32 as f64, Width::F32), "1e+16");
    }

    /// Checks the layout rules of Python's float repr for a finite value.
    fn check_repr_rules(x: f64, text: &str) {
        let abs = x.abs();
        let scientific = abs != 0.0 && !(1e-4..1e16).contains(&abs);
        assert_eq!(text.contains('e'), scientific, "{text}");
        if let Some((mantissa, exp)) = text.split_once('e') {
            assert!(exp.starts_with(['+', '-']) && exp.len() >= 3, "{text}");
            assert!(
                !mantissa.ends_with('0') && !mantissa.ends_with('.'),
                "{text}"
            );
        } else {
            let (_, frac) = text.split_once('.').expect("positional has a point");
            assert!(frac == "0" || !frac.ends_with('0'), "{text}");
        }
    }

    proptest::proptest! {
        #[test]
        fn py_float_repr_round_trips(bits in proptest::prelude::any::<u64>()) {
            let x = f64::from_bits(bits);
            let text = py_float_repr(x);
            if x.is_nan() {
                proptest::prop_assert_eq!(text, "nan");
            } else {
                let back: f64 = text.parse().expect("repr parses");
                proptest::prop_assert_eq!(back.to_bits(), x.to_bits());
                if x.is_finite() {
                    check_repr_rules(x, &text);
                }
            }
        }

        #[test]
        fn py_float_repr_is_shortest(x in proptest::prelude::any::<f64>()) {
            proptest::prop_assume!(x.is_finite() && x != 0.0);
            let text = py_float_repr(x);
            let mantissa = text.split('e').next().unwrap_or_default();
            let digits = mantissa.trim_start_matches('-').replace('.', "");
            let significant = digits.trim_start_matches('0').trim_end_matches('0').len();
            let rust = format!("{x:e}");
            let rust_digits = rust.split('e').next().unwrap_or_default().replace(['-', '.'], "");
            proptest::prop_assert_eq!(significant, rust_digits.len());
        }
    }
}
