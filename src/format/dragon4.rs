//! NumPy's Dragon4 float printing, rebuilt on Rust's float formatting.
//!
//! NumPy prints every float through `dragon4_positional` / `dragon4_scientific`
//! (`numpy/_core/src/multiarray/dragon4.c`). Those generate the shortest digits that
//! round-trip for the value's own type (float32 or float64), cut off after `precision`
//! digits (rounding the *exact* binary value half-to-even), optionally extend to
//! `min_digits` digits, then trim and pad. Rust's `{:e}` gives the same shortest digits
//! except when two candidates are equally close (Dragon4 takes the even one), and
//! `{:.Ne}` with enough places gives the exact decimal expansion, which this module
//! rounds half to even itself. On top of the digits it reproduces the C layout code
//! (`FormatPositional`, `FormatScientific`).

/// The binary width of the float being printed: shortest digits depend on it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Width {
    /// IEEE single precision (`float32`).
    F32,
    /// IEEE double precision (`float64`).
    F64,
}

/// How trailing zeros and the decimal point are treated (NumPy's `trim` argument).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Trim {
    /// `'k'`: keep trailing zeros (pad to `min_digits`), keep the decimal point.
    Keep,
    /// `'.'`: trim trailing zeros, keep the decimal point.
    Zeros,
    /// `'0'`: trim trailing zeros but leave one zero after the point.
    LeaveOneZero,
    /// `'-'`: trim trailing zeros and the decimal point.
    DptZeros,
}

/// Options of one Dragon4 call, as in `format_float_positional` (all optional parts
/// are `None` when NumPy passes `-1`/`None`).
#[derive(Clone, Copy, Debug)]
pub struct Options {
    /// Width of the float type.
    pub width: Width,
    /// Maximum digits after the point (positional) or after the first digit (scientific).
    pub precision: Option<usize>,
    /// Minimum digits after the point / after the first digit.
    pub min_digits: Option<usize>,
    /// Trimming mode.
    pub trim: Trim,
    /// Print `+` for non-negative values.
    pub sign: bool,
    /// Pad with spaces until this many characters are left of the point.
    pub pad_left: Option<usize>,
    /// Pad with spaces until this many characters are right of the point (positional).
    pub pad_right: Option<usize>,
    /// Minimum exponent digits (scientific); 2 when `None`.
    pub exp_digits: Option<usize>,
}

impl Options {
    /// Shortest-unique digits, no limits, no padding.
    pub fn unique(width: Width, trim: Trim) -> Options {
        Options {
            width,
            precision: None,
            min_digits: None,
            trim,
            sign: false,
            pad_left: None,
            pad_right: None,
            exp_digits: None,
        }
    }
}

/// Decimal digits of `|x|`: value = `0.d1 d2 ... dn × 10^(exp + 1)`, i.e. `exp` is the
/// power of ten of the first digit. Zero is the single digit `0` with `exp` 0.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Digits {
    /// ASCII digits, no trailing zeros unless produced by a fixed-length rounding.
    pub digits: Vec<u8>,
    /// Power of ten of the first digit.
    pub exp: i32,
}

impl Digits {
    /// Power of ten of the last digit.
    fn last_exp(&self) -> i32 {
        self.exp - (self.digits.len() as i32 - 1)
    }
}

/// Parses Rust's `{:e}` output (`"1.2345e3"`, `"1e-5"`) of a non-negative value.
fn parse_scientific(text: &str) -> Digits {
    let (mantissa, exp) = text.split_once('e').expect("`{:e}` output has an exponent");
    let digits = mantissa.bytes().filter(|b| b.is_ascii_digit()).collect();
    Digits {
        digits,
        exp: exp.parse().expect("`{:e}` exponent is an integer"),
    }
}

/// Whether dropping `rest` rounds up, half to even on the last kept digit.
fn rounds_up(rest: &[u8], last_kept_odd: bool) -> bool {
    match rest.first() {
        Some(&b) if b > b'5' => true,
        Some(&b'5') => last_kept_odd || rest[1..].iter().any(|&b| b != b'0'),
        _ => false,
    }
}

/// Adds one unit in the last place, carrying into a new leading `1` if needed.
fn increment(d: &mut Digits) {
    for digit in d.digits.iter_mut().rev() {
        if *digit == b'9' {
            *digit = b'0';
        } else {
            *digit += 1;
            return;
        }
    }
    d.digits.insert(0, b'1');
    d.digits.pop();
    d.exp += 1;
}

/// Rounds exact digits to `keep` significant digits (`keep >= 1`), half to even,
/// padding with zeros to exactly `keep` digits.
fn round_digits(exact: &Digits, keep: usize) -> Digits {
    let mut digits = exact.digits.clone();
    digits.resize(digits.len().max(keep), b'0');
    let rest = digits.split_off(keep);
    let odd = digits[keep - 1] % 2 == 1;
    let mut out = Digits {
        digits,
        exp: exact.exp,
    };
    if rounds_up(&rest, odd) {
        increment(&mut out);
    }
    out
}

/// Enough decimal places for Rust's `{:.N e}` to print the exact binary value of `x`
/// without rounding: `x = m·2^e` with `m` odd has about `log10(m) + |e|·log10(2 or 5)`
/// significant digits; a little slack covers the estimate's error.
fn exact_places(x: f64) -> usize {
    let bits = x.abs().to_bits();
    let (biased, fraction) = ((bits >> 52) as i32, bits & ((1 << 52) - 1));
    let (mut m, mut e) = if biased == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1 << 52), biased - 1075)
    };
    if m == 0 {
        return 1;
    }
    e += m.trailing_zeros() as i32;
    m >>= m.trailing_zeros();
    let per_power = if e >= 0 {
        std::f64::consts::LOG10_2
    } else {
        0.69897
    };
    ((m as f64).log10() + e.unsigned_abs() as f64 * per_power) as usize + 3
}

/// Every significant digit of the exact binary value of `|x|` (no trailing zeros).
fn exact_expansion(x: f64) -> Digits {
    let mut d = parse_scientific(&format!("{:.*e}", exact_places(x), x.abs()));
    let kept = d
        .digits
        .iter()
        .rposition(|&b| b != b'0')
        .map_or(1, |i| i + 1);
    d.digits.truncate(kept);
    d
}

/// Rust's shortest round-trip digits for the float type of `width`. When two candidates
/// of that length are equally close Rust takes the larger one.
fn rust_shortest(x: f64, width: Width) -> Digits {
    match width {
        Width::F32 => parse_scientific(&format!("{:e}", x.abs() as f32)),
        Width::F64 => parse_scientific(&format!("{:e}", x.abs())),
    }
}

/// Whether the decimal `d` reads back as `|x|` in the float type of `width`.
fn round_trips(d: &Digits, x: f64, width: Width) -> bool {
    let text: String = d.digits.iter().map(|&b| b as char).collect();
    let literal = format!("0.{text}e{}", d.exp + 1);
    match width {
        Width::F32 => literal.parse::<f32>() == Ok(x.abs() as f32),
        Width::F64 => literal.parse::<f64>() == Ok(x.abs()),
    }
}

/// The shortest digits that round-trip through the float type of `width`, choosing
/// between equally close candidates as Dragon4 does (the even digit).
pub fn shortest(x: f64, width: Width) -> Digits {
    if x == 0.0 {
        return Digits {
            digits: vec![b'0'],
            exp: 0,
        };
    }
    let short = rust_shortest(x, width);
    let exact = exact_expansion(x);
    if exact.digits.len() <= short.digits.len() {
        return short;
    }
    let nearest = round_digits(&exact, short.digits.len());
    if nearest != short && round_trips(&nearest, x, width) {
        nearest
    } else {
        short
    }
}

/// `|x|` rounded (exactly, half to even) to `count` significant digits (`count >= 1`).
fn exact_significant(x: f64, count: usize) -> Digits {
    round_digits(&exact_expansion(x), count)
}

/// `|x|` rounded (exactly, half to even) to `frac` digits after the point.
fn exact_fraction(x: f64, frac: usize) -> Digits {
    let exact = exact_expansion(x);
    let keep = exact.exp + 1 + frac as i32;
    if keep >= 1 {
        return round_digits(&exact, keep as usize);
    }
    // The first digit is below the last kept place: the result is 0 or one unit there.
    if keep == 0 && rounds_up(&exact.digits, false) {
        return Digits {
            digits: vec![b'1'],
            exp: -(frac as i32),
        };
    }
    Digits {
        digits: vec![b'0'],
        exp: 0,
    }
}

/// Dragon4 in "total length" mode: shortest digits, at most `precision + 1` and at least
/// `min_digits + 1` significant digits (extra digits are exact, rounded half to even).
pub fn digits_scientific(x: f64, opts: &Options) -> Digits {
    let short = shortest(x, opts.width);
    if x == 0.0 {
        return short;
    }
    let count = short.digits.len();
    if let Some(p) = opts.precision.filter(|&p| count > p + 1) {
        return exact_significant(x, p + 1);
    }
    if let Some(m) = opts.min_digits.filter(|&m| count < m + 1) {
        return exact_significant(x, m + 1);
    }
    short
}

/// Dragon4 in "fraction length" mode: shortest digits, cut off at `precision` digits
/// after the point and extended to `min_digits` digits after the point.
pub fn digits_positional(x: f64, opts: &Options) -> Digits {
    let short = shortest(x, opts.width);
    if x == 0.0 {
        return short;
    }
    let frac = -short.last_exp();
    if let Some(p) = opts.precision.filter(|&p| frac > p as i32) {
        return exact_fraction(x, p);
    }
    if let Some(m) = opts.min_digits.filter(|&m| frac < m as i32) {
        return exact_fraction(x, m);
    }
    short
}

/// The sign character NumPy prints: `-` for negative values (including `-0.0`).
fn sign_str(x: f64, plus: bool) -> &'static str {
    if x.is_sign_negative() {
        "-"
    } else if plus {
        "+"
    } else {
        ""
    }
}

/// Splits digits into the whole part and the fraction part of a positional number.
fn split_whole_fraction(d: &Digits) -> (String, String) {
    let text: String = d.digits.iter().map(|&b| b as char).collect();
    if d.exp < 0 {
        let zeros = "0".repeat((-d.exp - 1) as usize);
        return ("0".to_string(), zeros + &text);
    }
    let whole_len = d.exp as usize + 1;
    if text.len() <= whole_len {
        let pad = "0".repeat(whole_len - text.len());
        (text + &pad, String::new())
    } else {
        (text[..whole_len].to_string(), text[whole_len..].to_string())
    }
}

/// Applies `trim` and `add_digits` to a fraction; returns it and whether to print the point.
fn trim_fraction(mut frac: String, trim: Trim, add_digits: usize) -> (String, bool) {
    match trim {
        Trim::Keep => {
            while frac.len() < add_digits {
                frac.push('0');
            }
            (frac, true)
        }
        Trim::Zeros | Trim::LeaveOneZero | Trim::DptZeros => {
            let kept = frac.trim_end_matches('0').len();
            frac.truncate(kept);
            if frac.is_empty() && trim == Trim::LeaveOneZero {
                frac.push('0');
            }
            let point = !(frac.is_empty() && trim == Trim::DptZeros);
            (frac, point)
        }
    }
}

/// Left-pads `text` with spaces so `left_chars` grows to `pad_left`.
fn pad_left(text: String, left_chars: usize, pad_left: Option<usize>) -> String {
    match pad_left {
        Some(p) if p > left_chars => " ".repeat(p - left_chars) + &text,
        _ => text,
    }
}

/// NumPy's `dragon4_positional` (fractional mode) for a finite value.
pub fn format_positional(x: f64, opts: &Options) -> String {
    let digits = digits_positional(x, opts);
    let (whole, frac) = split_whole_fraction(&digits);
    let add = opts.min_digits.unwrap_or(0);
    let (frac, point) = trim_fraction(frac, opts.trim, add);
    let sign = sign_str(x, opts.sign);
    let mut out = format!("{sign}{whole}{}{frac}", if point { "." } else { "" });
    if let Some(right) = opts.pad_right.filter(|&r| r >= frac.len()) {
        if !point {
            out.push(' ');
        }
        out.push_str(&" ".repeat(right - frac.len()));
    }
    pad_left(out, whole.len() + sign.len(), opts.pad_left)
}

/// The exponent as NumPy prints it: `e`, sign, at least `min_digits` digits.
fn exponent_str(exp: i32, min_digits: Option<usize>) -> String {
    let sign = if exp >= 0 { '+' } else { '-' };
    let width = min_digits.unwrap_or(2).min(5);
    format!("e{sign}{:0width$}", exp.unsigned_abs())
}

/// NumPy's `dragon4_scientific` for a finite value.
pub fn format_scientific(x: f64, opts: &Options) -> String {
    let digits = digits_scientific(x, opts);
    let text: String = digits.digits.iter().map(|&b| b as char).collect();
    let (first, rest) = text.split_at(1);
    let add = opts.min_digits.unwrap_or(0);
    let (frac, point) = trim_fraction(rest.to_string(), opts.trim, add);
    let sign = sign_str(x, opts.sign);
    let exp = exponent_str(digits.exp, opts.exp_digits);
    let point = if point { "." } else { "" };
    let out = format!("{sign}{first}{point}{frac}{exp}");
    pad_left(out, 1 + sign.len(), opts.pad_left)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opts(precision: Option<usize>, trim: Trim) -> Options {
        Options {
            precision,
            ..Options::unique(Width::F64, trim)
        }
    }

    #[test]
    fn shortest_digits_follow_the_type() {
        assert_eq!(shortest(0.1, Width::F64).digits, b"1");
        let f = 0.1f32 as f64;
        assert_eq!(shortest(f, Width::F32).digits, b"1");
        assert_eq!(shortest(f, Width::F64).digits.len(), 17);
    }

    #[test]
    fn positional_matches_numpy() {
        // np.format_float_positional(1/3, precision=8) -> '0.33333333'
        assert_eq!(
            format_positional(1.0 / 3.0, &opts(Some(8), Trim::Zeros)),
            "0.33333333"
        );
        // np.format_float_positional(100.0, trim='.') -> '100.'
        assert_eq!(format_positional(100.0, &opts(None, Trim::Zeros)), "100.");
        // np.format_float_positional(-0.0, trim='.') -> '-0.'
        assert_eq!(format_positional(-0.0, &opts(None, Trim::Zeros)), "-0.");
        // np.format_float_positional(0.5, precision=0, trim='-') -> '0'
        assert_eq!(format_positional(0.5, &opts(Some(0), Trim::DptZeros)), "0");
        // np.format_float_positional(1.5, pad_left=3, pad_right=3) -> '  1.5  '
        let padded = Options {
            pad_left: Some(3),
            pad_right: Some(3),
            ..opts(None, Trim::Zeros)
        };
        assert_eq!(format_positional(1.5, &padded), "  1.5  ");
    }

    #[test]
    fn scientific_matches_numpy() {
        // np.format_float_scientific(1/3, precision=3) -> '3.333e-01'
        assert_eq!(
            format_scientific(1.0 / 3.0, &opts(Some(3), Trim::Keep)),
            "3.333e-01"
        );
        // np.format_float_scientific(1e10, trim='.') -> '1.e+10'
        assert_eq!(format_scientific(1e10, &opts(None, Trim::Zeros)), "1.e+10");
        // np.format_float_scientific(1e100, trim='-') -> '1e+100'
        assert_eq!(
            format_scientific(1e100, &opts(None, Trim::DptZeros)),
            "1e+100"
        );
        // np.format_float_scientific(np.float32(1e-5), min_digits=7) -> '9.9999997e-06'
        let f32_opts = Options {
            min_digits: Some(7),
            ..Options::unique(Width::F32, Trim::Keep)
        };
        assert_eq!(
            format_scientific(1e-5f32 as f64, &f32_opts),
            "9.9999997e-06"
        );
    }

    #[test]
    fn shortest_ties_take_the_even_digit() {
        // str(np.array([-477976.125, 1e6], dtype=np.float32)) has '-4.7797612e+05'
        assert_eq!(shortest(477976.125, Width::F32).digits, b"47797612");
        assert_eq!(shortest(3049625.25, Width::F32).digits, b"30496252");
    }

    #[test]
    fn exact_rounding_is_half_to_even() {
        // np.format_float_scientific(np.float32(-3049625.25), precision=7) -> '-3.0496252e+06'
        let d = exact_significant(3049625.25, 8);
        assert_eq!((d.digits.as_slice(), d.exp), (&b"30496252"[..], 6));
        let d = exact_significant(3049625.35, 8);
        assert_eq!(d.digits, b"30496254");
        let d = exact_significant(9.9999, 2);
        assert_eq!((d.digits.as_slice(), d.exp), (&b"10"[..], 1));
        let d = exact_fraction(0.000_06, 4);
        assert_eq!((d.digits.as_slice(), d.exp), (&b"1"[..], -4));
        assert_eq!(exact_fraction(0.000_04, 4).digits, b"0");
    }
}
