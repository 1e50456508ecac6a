//! `str % args`: printf-style formatting as CPython's `PyUnicode_Format` does it.
//!
//! Each `%[flags][width][.precision]type` takes the next argument (a tuple gives them one by
//! one, anything else is the only one), converts it (`s r a` by `str`/`repr`/`ascii`,
//! `d i u o x X` as an integer, `e E f F g G` as a float, `c` as a character) and pads it.
//! CPython's errors are kept word for word, and the order it checks things in: the argument
//! is fetched before the type character is looked at (`'%z' % ()` is "not enough
//! arguments").

use std::rc::Rc;

use crate::eval::numpy::ndarray::zero_d_to_scalar;
use crate::eval::{EvalError, EvalResult, Interpreter};
use crate::exception::ExceptionKind;
use crate::format::spec;
use crate::memory::Scalar;
use crate::syntax::Span;
use crate::value::Value;

/// The flags of one conversion.
#[derive(Clone, Copy, Debug, Default)]
struct Flags {
    left: bool,
    sign: bool,
    blank: bool,
    alternate: bool,
    zero: bool,
}

/// Where the next argument comes from.
struct Arguments<'a> {
    items: &'a [Value],
    next: usize,
    /// True when the right operand was not a tuple: it is the only argument.
    single: bool,
    /// True when the right operand has `__getitem__` (a list, an array, `bytes`): CPython
    /// then does not complain about arguments left over.
    mapping_like: bool,
}

impl Arguments<'_> {
    fn next(&mut self, span: Span) -> EvalResult<Value> {
        let item = self.items.get(self.next).cloned();
        self.next += 1;
        item.ok_or_else(|| EvalError::type_error("not enough arguments for format string", span))
    }
}

/// A converted argument ready for padding: its sign, prefix and body.
struct Converted {
    sign: &'static str,
    prefix: &'static str,
    body: String,
    numeric: bool,
}

impl Interpreter {
    /// `template % right`.
    pub(crate) fn percent_format(
        &mut self,
        template: &str,
        right: &Value,
        span: Span,
    ) -> EvalResult<Value> {
        let single = [right.clone()];
        let mut arguments = match right {
            Value::Tuple(items) => Arguments {
                items,
                next: 0,
                single: false,
                mapping_like: false,
            },
            other => Arguments {
                items: &single,
                next: 0,
                single: true,
                mapping_like: is_mapping_like(other),
            },
        };
        let text = self.percent_expand(template, &mut arguments, span)?;
        if arguments.next < arguments.items.len() && !arguments.mapping_like {
            let message = "not all arguments converted during string formatting";
            return Err(EvalError::type_error(message, span));
        }
        Ok(Value::Str(Rc::from(text)))
    }

    fn percent_expand(
        &mut self,
        template: &str,
        arguments: &mut Arguments,
        span: Span,
    ) -> EvalResult<String> {
        let chars: Vec<char> = template.chars().collect();
        let mut out = String::with_capacity(template.len());
        let mut at = 0;
        while at < chars.len() {
            if chars[at] != '%' {
                out.push(chars[at]);
                at += 1;
                continue;
            }
            at += 1;
            if chars.get(at) == Some(&'%') {
                out.push('%');
                at += 1;
                continue;
            }
            at = self.one_conversion(&chars, at, arguments, &mut out, span)?;
        }
        Ok(out)
    }

    /// The conversion starting at `chars[at]` (just after its `%`), appended to `out`; the
    /// position after it.
    fn one_conversion(
        &mut self,
        chars: &[char],
        mut at: usize,
        arguments: &mut Arguments,
        out: &mut String,
        span: Span,
    ) -> EvalResult<usize> {
        let incomplete = || EvalError::value_error("incomplete format", span);
        if chars.get(at) == Some(&'(') {
            return Err(mapping_key(chars, at, arguments, span));
        }
        let mut flags = Flags::default();
        while let Some(&c) = chars.get(at) {
            match c {
                '-' => flags.left = true,
                '+' => flags.sign = true,
                ' ' => flags.blank = true,
                '#' => flags.alternate = true,
                '0' => flags.zero = true,
                _ => break,
            }
            at += 1;
        }
        let width = self.star_or_number(chars, &mut at, arguments, &mut flags, span)?;
        let mut precision = None;
        if chars.get(at) == Some(&'.') {
            at += 1;
            let mut ignored = Flags::default();
            precision = Some(
                self.star_or_number(chars, &mut at, arguments, &mut ignored, span)?
                    .unwrap_or(0),
            );
        }
        while matches!(chars.get(at), Some('h' | 'l' | 'L')) {
            at += 1;
        }
        let Some(&kind) = chars.get(at) else {
            return Err(incomplete());
        };
        if kind == '%' {
            return Err(EvalError::unsupported(
                "a '%' conversion with flags, width or precision",
                span,
            ));
        }
        let argument = arguments.next(span)?;
        let converted = self.convert(&argument, kind, flags, precision, at, span)?;
        out.push_str(&pad(converted, flags, width.unwrap_or(0)));
        Ok(at + 1)
    }

    /// A width or precision: `*` (the next argument, an int) or digits.
    fn star_or_number(
        &mut self,
        chars: &[char],
        at: &mut usize,
        arguments: &mut Arguments,
        flags: &mut Flags,
        span: Span,
    ) -> EvalResult<Option<usize>> {
        if chars.get(*at) == Some(&'*') {
            *at += 1;
            let value = match arguments.next(span)? {
                Value::Int(i) => i,
                Value::Bool(b) => i64::from(b),
                _ => return Err(EvalError::type_error("* wants int", span)),
            };
            if value < 0 {
                flags.left = true;
            }
            return Ok(Some(value.unsigned_abs() as usize));
        }
        let start = *at;
        while chars.get(*at).is_some_and(char::is_ascii_digit) {
            *at += 1;
        }
        let digits: String = chars[start..*at].iter().collect();
        match digits.is_empty() {
            true => Ok(None),
            false => match digits.parse::<usize>() {
                Ok(n) if n <= 1 << 20 => Ok(Some(n)),
                _ => Err(EvalError::unsupported("format widths beyond 2**20", span)),
            },
        }
    }

    /// One argument converted by its type character (`kind`, at `position` in the format).
    fn convert(
        &mut self,
        argument: &Value,
        kind: char,
        flags: Flags,
        precision: Option<usize>,
        position: usize,
        span: Span,
    ) -> EvalResult<Converted> {
        let text = |body: String| Converted {
            sign: "",
            prefix: "",
            body,
            numeric: false,
        };
        let truncated = |body: String| match precision {
            Some(keep) => body.chars().take(keep).collect(),
            None => body,
        };
        match kind {
            's' => Ok(text(truncated(self.checked_str(argument, span)?))),
            'r' => Ok(text(truncated(self.checked_repr(argument, span)?))),
            'a' => Ok(text(truncated(self.ascii_of(argument, span)?))),
            'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
                let (negative, digits) = integer_argument(argument, kind, span)?;
                Ok(integer_conversion(negative, digits, kind, flags, precision))
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                let value = crate::eval::python::math::real(argument, span)?;
                Ok(float_conversion(value, kind, flags, precision))
            }
            'c' => Ok(text(char_argument(argument, span)?)),
            other => {
                let message = format!(
                    "unsupported format character '{other}' (0x{:x}) at index {position}",
                    other as u32
                );
                Err(EvalError::value_error(message, span))
            }
        }
    }
}

/// Whether CPython's `PyMapping_Check` holds for a right operand that is not a tuple or a
/// str (it has `__getitem__`).
fn is_mapping_like(value: &Value) -> bool {
    matches!(
        value,
        Value::List(_)
            | Value::Array(_)
            | Value::ObjectArray(_)
            | Value::Scalar(..)
            | Value::Buffer(_)
            | Value::Range(..)
            | Value::MemoryView(_)
    )
}

/// The error of a `%(key)` conversion: CPython's when the key is unterminated or the
/// operand is no mapping, else an honest refusal (dicts are not modelled here).
fn mapping_key(chars: &[char], at: usize, arguments: &Arguments, span: Span) -> EvalError {
    let mut depth = 0;
    let closed = chars[at..].iter().any(|&c| {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            _ => {}
        }
        depth == 0
    });
    if !closed {
        return EvalError::value_error("incomplete format key", span);
    }
    if !arguments.single || !arguments.mapping_like {
        return EvalError::type_error("format requires a mapping", span);
    }
    EvalError::unsupported("'%(key)' conversions", span)
}

/// The sign and digits (in the conversion's base) of the integer a `%d`/`%x` conversion
/// formats, with CPython's errors: `%d` truncates a float, `%x` and `%o` need an integer.
fn integer_argument(argument: &Value, kind: char, span: Span) -> EvalResult<(bool, String)> {
    let needs_index = matches!(kind, 'o' | 'x' | 'X');
    let value = match argument {
        Value::Int(i) => Some(i128::from(*i)),
        Value::Bool(b) => Some(i128::from(*b)),
        Value::Scalar(_, Scalar::Int(i)) => Some(i128::from(*i)),
        Value::Scalar(_, Scalar::UInt(u)) => Some(i128::from(*u)),
        Value::Scalar(_, Scalar::Bool(b)) if !needs_index => Some(i128::from(*b)),
        Value::Float(x) | Value::Scalar(_, Scalar::Float(x)) if !needs_index => {
            return truncated_float(*x, span);
        }
        Value::Array(array) if array.data.shape().is_empty() => {
            let item = array.data.get(&[]);
            let integral = matches!(item, Scalar::Int(_) | Scalar::UInt(_));
            if integral || !needs_index {
                let item = Value::Scalar(array.data.dtype, item);
                return integer_argument(&item, kind, span);
            }
            None
        }
        _ => None,
    };
    let Some(value) = value else {
        let wanted = if needs_index {
            "an integer"
        } else {
            "a real number"
        };
        let message = format!(
            "%{kind} format: {wanted} is required, not {}",
            argument.type_name()
        );
        return Err(EvalError::type_error(message, span));
    };
    let (digits, _) = spec::radix_digits(value.unsigned_abs(), kind);
    Ok((value < 0, digits))
}

/// The sign and decimal digits of `int(x)` for a float (exact, however large), with
/// CPython's errors for infinities and NaN.
fn truncated_float(x: f64, span: Span) -> EvalResult<(bool, String)> {
    if x.is_nan() {
        let message = "cannot convert float NaN to integer";
        return Err(EvalError::value_error(message, span));
    }
    if x.is_infinite() {
        let message = "cannot convert float infinity to integer";
        return Err(EvalError::new(ExceptionKind::OverflowError, message, span));
    }
    let whole = x.trunc();
    Ok((whole < 0.0, format!("{:.0}", whole.abs())))
}

/// The character a `%c` conversion prints: a code point, or a one-character str.
fn char_argument(argument: &Value, span: Span) -> EvalResult<String> {
    let code = match argument {
        Value::Str(text) if text.chars().count() == 1 => return Ok(text.to_string()),
        Value::Int(i) => i128::from(*i),
        Value::Bool(b) => i128::from(*b),
        Value::Scalar(_, Scalar::Int(i)) => i128::from(*i),
        Value::Scalar(_, Scalar::UInt(u)) => i128::from(*u),
        Value::Array(array) if array.data.shape().is_empty() => {
            return char_argument(&zero_d_to_scalar(argument.clone()), span);
        }
        _ => return Err(EvalError::type_error("%c requires int or char", span)),
    };
    let overflow = || {
        let message = "%c arg not in range(0x110000)";
        EvalError::new(ExceptionKind::OverflowError, message, span)
    };
    let code = u32::try_from(code).map_err(|_| overflow())?;
    match char::from_u32(code) {
        Some(c) => Ok(c.to_string()),
        None if code <= 0x10ffff => Err(EvalError::unsupported("a lone surrogate with %c", span)),
        None => Err(overflow()),
    }
}

/// The sign a number shows under `flags`.
fn sign_of(negative: bool, flags: Flags) -> &'static str {
    match (negative, flags.sign, flags.blank) {
        (true, _, _) => "-",
        (false, true, _) => "+",
        (false, false, true) => " ",
        _ => "",
    }
}

/// `%d`, `%o`, `%x`, `%X`: the digits (at least `precision` of them), a prefix when
/// alternate.
fn integer_conversion(
    negative: bool,
    digits: String,
    kind: char,
    flags: Flags,
    precision: Option<usize>,
) -> Converted {
    let (_, prefix) = spec::radix_digits(0, kind);
    let width = precision.unwrap_or(0);
    Converted {
        sign: sign_of(negative, flags),
        prefix: if flags.alternate { prefix } else { "" },
        body: format!("{digits:0>width$}"),
        numeric: true,
    }
}

/// `%e`, `%f`, `%g` (and upper case): CPython's float rendering, precision 6 by default.
fn float_conversion(value: f64, kind: char, flags: Flags, precision: Option<usize>) -> Converted {
    let mut format_spec = String::new();
    if flags.alternate {
        format_spec.push('#');
    }
    format_spec.push_str(&format!(".{}{kind}", precision.unwrap_or(6)));
    let text = spec::format_float(value.abs(), &format_spec, "float").unwrap_or_default();
    let negative = value.is_sign_negative() && !value.is_nan();
    Converted {
        sign: sign_of(negative, flags),
        prefix: "",
        body: text,
        numeric: true,
    }
}

/// The converted argument padded to `width`: spaces on the left (on the right with `-`), or
/// zeros after the sign and prefix for a number with `0`.
fn pad(converted: Converted, flags: Flags, width: usize) -> String {
    let Converted {
        sign,
        prefix,
        body,
        numeric,
    } = converted;
    let len = sign.len() + prefix.len() + body.chars().count();
    let padding = width.saturating_sub(len);
    if flags.left {
        return format!("{sign}{prefix}{body}{}", " ".repeat(padding));
    }
    if flags.zero && numeric {
        return format!("{sign}{prefix}{}{body}", "0".repeat(padding));
    }
    format!("{}{sign}{prefix}{body}", " ".repeat(padding))
}
