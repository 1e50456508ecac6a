//! Python's format-spec mini-language: what `format(x, spec)`, f-strings' `{x:spec}` and
//! `str.format` do with an `int`, a `float` or a `str`.
//!
//! This follows CPython 3.11's `Python/formatter_unicode.c`: the spec is parsed once
//! (`[[fill]align][sign][z][#][0][width][grouping][.precision][type]`), validated against the
//! type with CPython's messages, and the number laid out as CPython lays it out
//! (`<lpadding><sign><prefix><spadding><grouped digits><decimal><remainder><rpadding>`),
//! zero padding included in the grouping (`format(1234, '010,')` is `'00,001,234'`). Floats
//! are rendered as CPython's `PyOS_double_to_string` renders them; Rust's float formatting
//! is correctly rounded, as CPython's `dtoa` is, so the digits are the same.

use super::py_float_repr;

/// Why a spec cannot format a value: Python's `ValueError` or `OverflowError`, with its
/// message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SpecError {
    /// A `ValueError` (`Unknown format code 'd' for object of type 'str'`).
    Value(String),
    /// An `OverflowError` (`%c arg not in range(0x110000)`).
    Overflow(String),
    /// A spec viewfinder does not format (a width too large to build).
    Unsupported(String),
}

/// The widest field viewfinder builds (CPython would build any, memory permitting).
const MAX_WIDTH: usize = 1 << 20;

/// Where padding goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Align {
    /// `<`.
    Left,
    /// `>`.
    Right,
    /// `^`.
    Center,
    /// `=`: between the sign and the digits.
    AfterSign,
}

impl Align {
    fn from_char(c: char) -> Option<Align> {
        match c {
            '<' => Some(Align::Left),
            '>' => Some(Align::Right),
            '^' => Some(Align::Center),
            '=' => Some(Align::AfterSign),
            _ => None,
        }
    }
}

/// The separator between digit groups and how many digits a group has.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Grouping {
    separator: char,
    size: usize,
}

/// A parsed format spec.
#[derive(Clone, Debug)]
struct Spec {
    fill: char,
    align: Align,
    /// `'+'`, `' '` or `'-'` as written; `None` when the spec gives none (numbers then
    /// show only a minus).
    sign: Option<char>,
    no_negative_zero: bool,
    alternate: bool,
    width: Option<usize>,
    grouping: Option<Grouping>,
    precision: Option<usize>,
    /// The presentation type, `None` when the spec gives none.
    kind: Option<char>,
}

/// A `ValueError` with `message`.
fn value_error(message: impl Into<String>) -> SpecError {
    SpecError::Value(message.into())
}

/// Reads the decimal digits at the start of `rest`: the number and how many bytes it took.
fn integer_prefix(rest: &str) -> Result<(Option<usize>, usize), SpecError> {
    let len = rest.bytes().take_while(u8::is_ascii_digit).count();
    if len == 0 {
        return Ok((None, 0));
    }
    match rest[..len].parse::<usize>() {
        Ok(n) if n <= isize::MAX as usize => Ok((Some(n), len)),
        _ => Err(value_error("Too many decimal digits in format string")),
    }
}

/// Parses `spec` as CPython's `parse_internal_render_format_spec` does, for an object of
/// `type_name` whose default alignment is `default_align` and default presentation type
/// `default_kind` (`s` for str, `d` for int, none for float).
fn parse(
    spec: &str,
    default_align: Align,
    default_kind: Option<char>,
    type_name: &str,
) -> Result<Spec, SpecError> {
    let chars: Vec<char> = spec.chars().collect();
    let mut at = 0;
    let mut parsed = Spec {
        fill: ' ',
        align: default_align,
        sign: None,
        no_negative_zero: false,
        alternate: false,
        width: None,
        grouping: None,
        precision: None,
        kind: None,
    };
    let mut fill_given = false;
    let mut align_given = false;
    if let Some(align) = chars.get(1).copied().and_then(Align::from_char) {
        parsed.fill = chars[0];
        parsed.align = align;
        (fill_given, align_given) = (true, true);
        at = 2;
    } else if let Some(align) = chars.first().copied().and_then(Align::from_char) {
        parsed.align = align;
        align_given = true;
        at = 1;
    }
    let next_is = |at: usize, c: char| chars.get(at) == Some(&c);
    if let Some(&sign @ ('+' | '-' | ' ')) = chars.get(at) {
        parsed.sign = Some(sign);
        at += 1;
    }
    if next_is(at, 'z') {
        parsed.no_negative_zero = true;
        at += 1;
    }
    if next_is(at, '#') {
        parsed.alternate = true;
        at += 1;
    }
    if !fill_given && next_is(at, '0') {
        parsed.fill = '0';
        if !align_given && default_align == Align::Right {
            parsed.align = Align::AfterSign;
        }
        at += 1;
    }
    let rest: String = chars[at..].iter().collect();
    let (width, used) = integer_prefix(&rest)?;
    parsed.width = width;
    let mut rest = &rest[used..];
    let both = || value_error("Cannot specify both ',' and '_'.");
    if let Some(after) = rest.strip_prefix(',') {
        parsed.grouping = Some(Grouping {
            separator: ',',
            size: 3,
        });
        rest = after;
    }
    if let Some(after) = rest.strip_prefix('_') {
        if parsed.grouping.is_some() {
            return Err(both());
        }
        parsed.grouping = Some(Grouping {
            separator: '_',
            size: 3,
        });
        rest = after;
    }
    if rest.starts_with(',') && parsed.grouping.is_some_and(|g| g.separator == '_') {
        return Err(both());
    }
    if let Some(after) = rest.strip_prefix('.') {
        let (precision, used) = integer_prefix(after)?;
        if precision.is_none() {
            return Err(value_error("Format specifier missing precision"));
        }
        parsed.precision = precision;
        rest = &after[used..];
    }
    let mut kinds = rest.chars();
    parsed.kind = kinds.next().or(default_kind);
    if kinds.next().is_some() {
        return Err(value_error(format!(
            "Invalid format specifier '{spec}' for object of type '{type_name}'"
        )));
    }
    check_grouping(&mut parsed)?;
    if parsed.width.is_some_and(|w| w > MAX_WIDTH) {
        let message = format!("format widths beyond {MAX_WIDTH} characters");
        return Err(SpecError::Unsupported(message));
    }
    Ok(parsed)
}

/// CPython's check of a grouping against the presentation type; `_` groups binary, octal and
/// hexadecimal digits by four.
fn check_grouping(spec: &mut Spec) -> Result<(), SpecError> {
    let Some(grouping) = spec.grouping.as_mut() else {
        return Ok(());
    };
    match spec.kind {
        None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => Ok(()),
        Some('b' | 'o' | 'x' | 'X') if grouping.separator == '_' => {
            grouping.size = 4;
            Ok(())
        }
        Some(kind) => Err(value_error(format!(
            "Cannot specify '{}' with {}.",
            grouping.separator,
            quoted_code(kind)
        ))),
    }
}

/// A presentation type as CPython's messages quote it: `'x'`, or `'\x7f'` when not printable.
fn quoted_code(kind: char) -> String {
    match kind as u32 {
        33..=127 => format!("'{kind}'"),
        code => format!("'\\x{code:x}'"),
    }
}

/// CPython's error for a presentation type the object's type does not have.
fn unknown_code(kind: char, type_name: &str) -> SpecError {
    value_error(format!(
        "Unknown format code {} for object of type '{type_name}'",
        quoted_code(kind)
    ))
}

/// `format(s, spec)` for a `str` (`type_name` is `str`, or the subclass's name).
pub fn format_str(text: &str, spec: &str, type_name: &str) -> Result<String, SpecError> {
    if spec.is_empty() {
        return Ok(text.to_string());
    }
    let parsed = parse(spec, Align::Left, Some('s'), type_name)?;
    match parsed.kind {
        None | Some('s') => {}
        Some(kind) => return Err(unknown_code(kind, type_name)),
    }
    let refuse = |what: &str| value_error(format!("{what} not allowed in string format specifier"));
    if let Some(sign) = parsed.sign {
        return Err(refuse(if sign == ' ' { "Space" } else { "Sign" }));
    }
    if parsed.no_negative_zero {
        return Err(refuse("Negative zero coercion (z)"));
    }
    if parsed.alternate {
        return Err(refuse("Alternate form (#)"));
    }
    if parsed.align == Align::AfterSign {
        return Err(refuse("'=' alignment"));
    }
    let shown: String = match parsed.precision {
        Some(keep) => text.chars().take(keep).collect(),
        None => text.to_string(),
    };
    Ok(pad(&shown, &parsed))
}

/// `text` padded to the spec's width with its fill, as its alignment says.
fn pad(text: &str, spec: &Spec) -> String {
    let len = text.chars().count();
    let total = spec.width.unwrap_or(0).max(len);
    let padding = total - len;
    let (left, right) = match spec.align {
        Align::Left => (0, padding),
        Align::Center => (padding / 2, padding - padding / 2),
        Align::Right | Align::AfterSign => (padding, 0),
    };
    let fill = |n: usize| std::iter::repeat_n(spec.fill, n).collect::<String>();
    format!("{}{text}{}", fill(left), fill(right))
}

/// `format(n, spec)` for an `int` (a `bool` too: `type_name` says which), or a NumPy integer
/// converted to one.
pub fn format_int(value: i128, spec: &str, type_name: &str) -> Result<String, SpecError> {
    let parsed = parse(spec, Align::Right, Some('d'), type_name)?;
    match parsed.kind {
        None | Some('b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n') => int_body(value, &parsed),
        Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') => float_body(value as f64, &parsed),
        Some(kind) => Err(unknown_code(kind, type_name)),
    }
}

/// `format(x, spec)` for a `float` (or a NumPy float converted to one, or `numpy.float64`,
/// a subclass: `type_name` says which). The empty spec is `str(x)`, the caller's to give.
pub fn format_float(value: f64, spec: &str, type_name: &str) -> Result<String, SpecError> {
    let parsed = parse(spec, Align::Right, None, type_name)?;
    match parsed.kind {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => float_body(value, &parsed),
        Some(kind) => Err(unknown_code(kind, type_name)),
    }
}

/// An integer laid out with an integer presentation type (CPython's `format_long_internal`).
fn int_body(value: i128, spec: &Spec) -> Result<String, SpecError> {
    if spec.precision.is_some() {
        return Err(value_error(
            "Precision not allowed in integer format specifier",
        ));
    }
    if spec.no_negative_zero {
        return Err(value_error(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    if spec.kind == Some('c') {
        return char_body(value, spec);
    }
    let (digits, prefix) = radix_digits(value.unsigned_abs(), spec.kind.unwrap_or('d'));
    let prefix = if spec.alternate { prefix } else { "" };
    let grouping = match spec.kind {
        Some('n') => None,
        _ => spec.grouping,
    };
    let number = Number {
        negative: value < 0,
        prefix,
        digits: &digits,
        decimal: false,
        remainder: "",
    };
    Ok(lay_out(&number, spec, grouping))
}

/// The digits of `magnitude` for the presentation type `kind` (`b`, `o`, `x`, `X`; any other
/// is decimal) and the prefix its alternate form takes (`0x`; `0X` for `X`, as CPython).
pub fn radix_digits(magnitude: u128, kind: char) -> (String, &'static str) {
    match kind {
        'b' => (format!("{magnitude:b}"), "0b"),
        'o' => (format!("{magnitude:o}"), "0o"),
        'x' => (format!("{magnitude:x}"), "0x"),
        'X' => (format!("{magnitude:X}"), "0X"),
        _ => (magnitude.to_string(), ""),
    }
}

/// `format(n, 'c')`: the character of that code point.
fn char_body(value: i128, spec: &Spec) -> Result<String, SpecError> {
    if spec.sign.is_some() {
        return Err(value_error(
            "Sign not allowed with integer format specifier 'c'",
        ));
    }
    if spec.alternate {
        return Err(value_error(
            "Alternate form (#) not allowed with integer format specifier 'c'",
        ));
    }
    if i64::try_from(value).is_err() {
        let message = "Python int too large to convert to C long";
        return Err(SpecError::Overflow(message.into()));
    }
    let character = u32::try_from(value)
        .ok()
        .filter(|&code| code <= 0x10ffff)
        .ok_or_else(|| SpecError::Overflow("%c arg not in range(0x110000)".into()))?;
    match char::from_u32(character) {
        Some(c) => Ok(pad(&c.to_string(), spec)),
        None => Err(SpecError::Unsupported(
            "formatting a lone surrogate code point with 'c'".into(),
        )),
    }
}

/// A float laid out as CPython's `format_float_internal` does.
fn float_body(value: f64, spec: &Spec) -> Result<String, SpecError> {
    let mut value = value;
    let mut kind = spec.kind.unwrap_or('r');
    let mut add_dot_zero = spec.kind.is_none();
    if kind == 'n' {
        kind = 'g';
    }
    let percent = kind == '%';
    if percent {
        kind = 'f';
        value *= 100.0;
    }
    let precision = match (spec.precision, kind) {
        (Some(p), 'r') => {
            kind = 'g';
            p
        }
        (Some(p), _) => p,
        (None, 'r') => 0,
        (None, _) => 6,
    };
    if kind != 'g' {
        add_dot_zero &= kind == 'r';
    }
    let options = FloatOptions {
        kind,
        precision,
        alternate: spec.alternate,
        add_dot_zero,
        no_negative_zero: spec.no_negative_zero,
    };
    let mut text = double_to_string(value, &options);
    if percent {
        text.push('%');
    }
    let negative = text.starts_with('-');
    let unsigned = text.trim_start_matches('-');
    let digits_end = unsigned
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(unsigned.len());
    let (digits, after) = unsigned.split_at(digits_end);
    let (decimal, remainder) = match after.strip_prefix('.') {
        Some(remainder) => (true, remainder),
        None => (false, after),
    };
    let number = Number {
        negative,
        prefix: "",
        digits,
        decimal,
        remainder,
    };
    let grouping = match spec.kind {
        Some('n') => None,
        _ => spec.grouping,
    };
    Ok(lay_out(&number, spec, grouping))
}

/// How `double_to_string` renders a float.
struct FloatOptions {
    /// `e`, `f`, `g`, `r` (repr), or an upper-case `E`, `F`, `G`.
    kind: char,
    precision: usize,
    alternate: bool,
    /// For the spec without a type: at least one digit after the point, and `g` switches to
    /// an exponent one digit earlier.
    add_dot_zero: bool,
    /// `z`: a result that rounds to zero loses its minus sign.
    no_negative_zero: bool,
}

/// CPython's `PyOS_double_to_string` for the codes `format` uses: the sign (`-` only), the
/// digits, the point and the exponent.
fn double_to_string(value: f64, options: &FloatOptions) -> String {
    let upper = options.kind.is_ascii_uppercase();
    let kind = options.kind.to_ascii_lowercase();
    if !value.is_finite() {
        let word = if value.is_nan() { "nan" } else { "inf" };
        let sign = if value.is_infinite() && value < 0.0 {
            "-"
        } else {
            ""
        };
        let word = if upper {
            word.to_ascii_uppercase()
        } else {
            word.to_string()
        };
        return format!("{sign}{word}");
    }
    let magnitude = value.abs();
    let mut body = match kind {
        'e' => exponent_form(magnitude, options.precision, options.alternate),
        'f' => fixed_form(magnitude, options.precision, options.alternate),
        'g' => general_form(magnitude, options),
        _ => repr_form(magnitude, options.alternate),
    };
    if upper {
        body = body.to_ascii_uppercase();
    }
    let negative = value.is_sign_negative();
    let mantissa = body.split(['e', 'E']).next().unwrap_or("");
    let rounds_to_zero = !mantissa.bytes().any(|b| matches!(b, b'1'..=b'9'));
    if negative && !(options.no_negative_zero && rounds_to_zero) {
        body.insert(0, '-');
    }
    body
}

/// The shortest repr; the alternate form keeps a point before an exponent (`1.e+300`).
fn repr_form(magnitude: f64, alternate: bool) -> String {
    let repr = py_float_repr(magnitude);
    match repr.split_once('e') {
        Some((mantissa, exponent)) if alternate && !mantissa.contains('.') => {
            format!("{mantissa}.e{exponent}")
        }
        _ => repr,
    }
}

/// `d.ddde+XX` with `precision` digits after the point.
fn exponent_form(magnitude: f64, precision: usize, alternate: bool) -> String {
    let rust = format!("{magnitude:.precision$e}");
    let (mantissa, exponent) = rust.split_once('e').unwrap_or((&rust, "0"));
    let exponent: i32 = exponent.parse().unwrap_or(0);
    let point = if alternate && precision == 0 { "." } else { "" };
    format!("{mantissa}{point}e{}", exponent_text(exponent))
}

/// CPython's exponent: a sign and at least two digits (`+05`, `-123`).
fn exponent_text(exponent: i32) -> String {
    let sign = if exponent < 0 { '-' } else { '+' };
    format!("{sign}{:02}", exponent.unsigned_abs())
}

/// `ddd.ddd` with `precision` digits after the point.
fn fixed_form(magnitude: f64, precision: usize, alternate: bool) -> String {
    let mut text = format!("{magnitude:.precision$}");
    if alternate && precision == 0 {
        text.push('.');
    }
    text
}

/// The `g` form: `precision` significant digits (0 counts as 1), fixed or with an exponent
/// by where the point falls, trailing zeros dropped unless alternate.
fn general_form(magnitude: f64, options: &FloatOptions) -> String {
    let precision = options.precision.max(1);
    let rounded = format!("{magnitude:.prec$e}", prec = precision - 1);
    let (mantissa, exponent) = rounded.split_once('e').unwrap_or((&rounded, "0"));
    let exponent: i64 = exponent.parse().unwrap_or(0);
    let decimal_point = exponent + 1;
    let limit = if options.add_dot_zero {
        precision as i64 - 1
    } else {
        precision as i64
    };
    if decimal_point <= -4 || decimal_point > limit {
        let mantissa = match options.alternate {
            true if !mantissa.contains('.') => format!("{mantissa}."),
            true => mantissa.to_string(),
            false => trim_fraction(mantissa).to_string(),
        };
        return format!("{mantissa}e{}", exponent_text(exponent as i32));
    }
    let decimals = (precision as i64 - decimal_point).max(0) as usize;
    let fixed = format!("{magnitude:.decimals$}");
    match (options.alternate, options.add_dot_zero) {
        (true, _) if !fixed.contains('.') => format!("{fixed}."),
        (true, _) => fixed,
        (false, true) if !trim_fraction(&fixed).contains('.') => {
            format!("{}.0", trim_fraction(&fixed))
        }
        (false, _) => trim_fraction(&fixed).to_string(),
    }
}

/// `text` without the trailing zeros of its fraction, and without the point when nothing
/// is left after it.
fn trim_fraction(text: &str) -> &str {
    if !text.contains('.') {
        return text;
    }
    text.trim_end_matches('0').trim_end_matches('.')
}

/// A number split as CPython's layout needs it.
struct Number<'a> {
    negative: bool,
    /// `0x`, `0b`, `0o` (alternate form), or empty.
    prefix: &'a str,
    /// The digits before the point (grouped).
    digits: &'a str,
    /// Whether a point follows the digits.
    decimal: bool,
    /// What follows the point (or the digits): fraction, exponent, `%`, or `inf`/`nan`.
    remainder: &'a str,
}

/// CPython's `calc_number_widths` and `fill_number`: padding, sign, prefix, grouped digits,
/// point, remainder.
fn lay_out(number: &Number, spec: &Spec, grouping: Option<Grouping>) -> String {
    let sign = match (spec.sign, number.negative) {
        (_, true) => "-",
        (Some('+'), false) => "+",
        (Some(' '), false) => " ",
        _ => "",
    };
    let fixed_len = sign.len()
        + number.prefix.len()
        + usize::from(number.decimal)
        + number.remainder.chars().count();
    let min_width = match (spec.fill, spec.align) {
        ('0', Align::AfterSign) => spec.width.unwrap_or(0) as isize - fixed_len as isize,
        _ => 0,
    };
    let grouped = match number.digits.is_empty() {
        true => String::new(),
        false => group_digits(number.digits, min_width, grouping),
    };
    let len = fixed_len + grouped.chars().count();
    let padding = spec.width.unwrap_or(0).saturating_sub(len);
    let (left, middle, right) = match spec.align {
        Align::Left => (0, 0, padding),
        Align::Center => (padding / 2, 0, padding - padding / 2),
        Align::AfterSign => (0, padding, 0),
        Align::Right => (padding, 0, 0),
    };
    let fill = |n: usize| std::iter::repeat_n(spec.fill, n).collect::<String>();
    let point = if number.decimal { "." } else { "" };
    format!(
        "{}{sign}{}{}{grouped}{point}{}{}",
        fill(left),
        number.prefix,
        fill(middle),
        number.remainder,
        fill(right)
    )
}

/// The digits with separators every `grouping.size` from the right, widened with zeros to
/// `min_width` characters (separators included) as CPython's
/// `_PyUnicode_InsertThousandsGrouping` does; without a grouping, only the zeros.
fn group_digits(digits: &str, min_width: isize, grouping: Option<Grouping>) -> String {
    let digits: Vec<char> = digits.chars().collect();
    let mut remaining = digits.len() as isize;
    let mut min_width = min_width;
    let mut groups: Vec<String> = Vec::new();
    let take = |remaining: isize, size: isize| {
        let zeros = (size - remaining).max(0) as usize;
        let chars = remaining.min(size).max(0) as usize;
        let start = (remaining as usize) - chars;
        let mut group: String = std::iter::repeat_n('0', zeros).collect();
        group.extend(&digits[start..remaining as usize]);
        (group, chars as isize)
    };
    let mut finished = false;
    if let Some(Grouping { size, .. }) = grouping {
        loop {
            let size = (size as isize).min(remaining.max(min_width).max(1));
            let (group, used) = take(remaining, size);
            groups.push(group);
            remaining -= used;
            min_width -= size;
            if remaining <= 0 && min_width <= 0 {
                finished = true;
                break;
            }
            min_width -= 1;
        }
    }
    if !finished {
        let size = remaining.max(min_width).max(1);
        let (group, _) = take(remaining, size);
        groups.push(group);
    }
    groups.reverse();
    let separator = grouping.map_or(String::new(), |g| g.separator.to_string());
    groups.join(&separator)
}

#[cfg(test)]
mod tests {
    use super::*;

    // The expected strings are what python3.11 prints for `format(value, spec)`; the
    // differential test `format_specs_match_python` checks thousands more against python3.
    #[test]
    fn zero_padding_is_grouped() {
        assert_eq!(format_int(1234, "010,", "int").unwrap(), "00,001,234");
        assert_eq!(format_int(1234, "0>10,", "int").unwrap(), "000001,234");
        assert_eq!(format_int(1234, "09,", "int").unwrap(), "0,001,234");
    }

    #[test]
    fn floats_follow_cpython_rendering() {
        assert_eq!(format_float(100.0, ".3", "float").unwrap(), "1e+02");
        assert_eq!(
            format_float(1234567.0, ",", "float").unwrap(),
            "1,234,567.0"
        );
        assert_eq!(
            format_float(f64::INFINITY, "010", "float").unwrap(),
            "0000000inf"
        );
        assert_eq!(format_float(-0.0, "z.1f", "float").unwrap(), "0.0");
        assert_eq!(format_float(1.5, "#.0f", "float").unwrap(), "2.");
    }

    #[test]
    fn errors_are_cpythons() {
        let error = format_int(1, "s", "int").unwrap_err();
        assert_eq!(
            error,
            value_error("Unknown format code 's' for object of type 'int'")
        );
        let error = format_str("a", ",s", "str").unwrap_err();
        assert_eq!(error, value_error("Cannot specify ',' with 's'."));
    }
}
