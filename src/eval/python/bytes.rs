//! The searching methods `bytes` and `bytearray` share (`count`, `find`, `index`,
//! `startswith`, `endswith`, `hex`), one table row each, and `x in b`: a subsequence test
//! for a bytes-like `x`, an item test for an int.

use std::rc::Rc;

use crate::eval::args::Args;
use crate::eval::python::as_index_int;
use crate::eval::{EvalError, EvalResult, Interpreter};
use crate::syntax::Span;
use crate::value::{BufferKind, BufferObject, Value};

/// The bytes of a bytes-like value (`bytes`, `bytearray`, `array.array`, `memoryview`).
pub(super) fn bytes_like(value: &Value) -> Option<Vec<u8>> {
    crate::eval::python::memoryview::bytes_of(value)
}

/// What a search looks for: a bytes-like value, or an int as one byte (CPython's
/// `byte must be in range(0, 256)`, `argument should be integer or bytes-like object`).
pub(super) fn needle(value: &Value, span: Span, what: &str) -> EvalResult<Vec<u8>> {
    if let Some(bytes) = bytes_like(value) {
        return Ok(bytes);
    }
    match value {
        Value::Int(_) | Value::Bool(_) | Value::Scalar(..) if value_is_index(value) => {
            let i = as_index_int(value, span)?;
            u8::try_from(i)
                .map(|b| vec![b])
                .map_err(|_| EvalError::value_error("byte must be in range(0, 256)", span))
        }
        other => {
            let message = match what {
                "in" => format!(
                    "a bytes-like object is required, not '{}'",
                    other.type_name()
                ),
                _ => format!(
                    "argument should be integer or bytes-like object, not '{}'",
                    other.type_name()
                ),
            };
            Err(EvalError::type_error(message, span))
        }
    }
}

fn value_is_index(value: &Value) -> bool {
    match value {
        Value::Scalar(dtype, _) => dtype.is_integer(),
        _ => true,
    }
}

/// `x in b` for `bytes` and `bytearray`; `None` for `array.array` (an item test).
pub(crate) fn contains(
    object: &BufferObject,
    item: &Value,
    span: Span,
) -> EvalResult<Option<bool>> {
    if matches!(object.kind, BufferKind::ArrayModule(..)) {
        return Ok(None);
    }
    let sub = needle(item, span, "in")?;
    let data = object.buffer.data();
    Ok(Some(find_in(data.as_bytes(), &sub).is_some()))
}

/// The first position of `sub` in `haystack` (`b''` is at 0).
fn find_in(haystack: &[u8], sub: &[u8]) -> Option<usize> {
    if sub.is_empty() {
        return Some(0);
    }
    haystack.windows(sub.len()).position(|w| w == sub)
}

/// The receiver's bytes.
pub(super) fn receiver_bytes(args: &Args) -> EvalResult<Vec<u8>> {
    bytes_like(args.receiver()?)
        .ok_or_else(|| EvalError::type_error("expected a bytes object", args.span))
}

/// The `start:end` window a search looks in (of `len` bytes, or characters for a str),
/// clamped as slice bounds (CPython's `ADJUST_INDICES`), or `None` when `start` is past the
/// end.
pub(crate) fn window(args: &Args, len: usize) -> EvalResult<Option<(usize, usize)>> {
    let bound = |name: &str| -> EvalResult<Option<i64>> {
        match args.get(name) {
            None | Some(Value::None) => Ok(None),
            Some(v) => crate::eval::index::slice_bound(v, args.span_of(name)),
        }
    };
    let len_i = len as i64;
    let adjust = |b: i64| if b < 0 { (b + len_i).max(0) } else { b };
    let start = bound("start")?.map_or(0, adjust);
    let end = bound("end")?.map_or(len_i, adjust).min(len_i);
    Ok((start <= len_i).then_some((start as usize, end.max(start) as usize)))
}

/// A search method's haystack, needle and window (`None` when the window is empty past the
/// end).
type Search = (Vec<u8>, Vec<u8>, Option<(usize, usize)>);

/// The receiver's bytes, the needle and the window of a search method.
fn search(args: &Args) -> EvalResult<Search> {
    let haystack = receiver_bytes(args)?;
    let sub = needle(args.value("sub")?, args.span_of("sub"), "search")?;
    let window = window(args, haystack.len())?;
    Ok((haystack, sub, window))
}

/// `b.count(sub[, start[, end]])`: non-overlapping occurrences.
pub(crate) fn count(_: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let (haystack, sub, window) = search(args)?;
    let Some((start, end)) = window else {
        return Ok(Value::Int(0));
    };
    let part = &haystack[start..end];
    if sub.is_empty() {
        return Ok(Value::Int(part.len() as i64 + 1));
    }
    let (mut found, mut at) = (0, 0);
    while let Some(i) = find_in(&part[at..], &sub) {
        found += 1;
        at += i + sub.len();
    }
    Ok(Value::Int(found))
}

/// Where `sub` first is in the window, if anywhere.
fn first_position(args: &Args) -> EvalResult<Option<usize>> {
    let (haystack, sub, window) = search(args)?;
    let Some((start, end)) = window else {
        return Ok(None);
    };
    if end - start < sub.len() {
        return Ok(None);
    }
    Ok(find_in(&haystack[start..end], &sub).map(|i| i + start))
}

/// `b.find(sub[, start[, end]])`: the first position, or -1.
pub(crate) fn find(_: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    Ok(Value::Int(first_position(args)?.map_or(-1, |i| i as i64)))
}

/// `b.index(sub[, start[, end]])`: the first position, or `ValueError`.
pub(crate) fn index(_: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    first_position(args)?
        .map(|i| Value::Int(i as i64))
        .ok_or_else(|| EvalError::value_error("subsection not found", args.span))
}

/// `b.startswith(prefix[, start[, end]])` and `endswith`: a bytes-like or a tuple of them.
fn affix(args: &Args, at_end: bool) -> EvalResult<Value> {
    let haystack = receiver_bytes(args)?;
    let (name, first) = match at_end {
        true => ("endswith", "suffix"),
        false => ("startswith", "prefix"),
    };
    let candidates = match args.value(first)? {
        Value::Tuple(items) => items.to_vec(),
        other => vec![other.clone()],
    };
    let Some((start, end)) = window(args, haystack.len())? else {
        return Ok(Value::Bool(false));
    };
    let part = &haystack[start..end];
    for candidate in &candidates {
        let Some(affix) = bytes_like(candidate) else {
            let message = format!(
                "{name} first arg must be bytes or a tuple of bytes, not {}",
                candidate.type_name()
            );
            return Err(EvalError::type_error(message, args.span_of(first)));
        };
        let hit = if at_end {
            part.ends_with(&affix)
        } else {
            part.starts_with(&affix)
        };
        if hit {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

/// `b.startswith(prefix[, start[, end]])`.
pub(crate) fn startswith(_: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    affix(args, false)
}

/// `b.endswith(suffix[, start[, end]])`.
pub(crate) fn endswith(_: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    affix(args, true)
}

/// `b.hex(sep=None, bytes_per_sep=1)`: two lowercase hex digits per byte.
pub(crate) fn hex(_: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    hex_of(&receiver_bytes(args)?, args)
}

/// The hex digits of `bytes`, with `sep` between groups of `bytes_per_sep` bytes (counted
/// from the right, or from the left when negative), as CPython's `_Py_strhex` writes them.
pub(crate) fn hex_of(bytes: &[u8], args: &Args) -> EvalResult<Value> {
    let separator = hex_separator(args)?;
    let per = match args.get("bytes_per_sep") {
        Some(value) => as_index_int(value, args.span_of("bytes_per_sep"))?,
        None => 1,
    };
    let group = per.unsigned_abs() as usize;
    let mut text = String::with_capacity(bytes.len() * 3);
    for (i, byte) in bytes.iter().enumerate() {
        let boundary = match (separator, group) {
            (Some(_), g) if g > 0 && i > 0 => {
                let counted = if per < 0 { i } else { bytes.len() - i };
                counted % g == 0
            }
            _ => false,
        };
        if let (true, Some(sep)) = (boundary, separator) {
            text.push(sep);
        }
        text.push_str(&format!("{byte:02x}"));
    }
    Ok(Value::Str(Rc::from(text)))
}

/// The one ASCII character `sep=` names (a str or bytes of length 1), if given.
fn hex_separator(args: &Args) -> EvalResult<Option<char>> {
    let span = args.span_of("sep");
    let text: Vec<char> = match args.get("sep") {
        None | Some(Value::None) => return Ok(None),
        Some(Value::Str(s)) => s.chars().collect(),
        Some(other) => match bytes_like(other) {
            Some(bytes) => bytes.into_iter().map(char::from).collect(),
            None => {
                let message = format!("object of type '{}' has no len()", other.type_name());
                return Err(EvalError::type_error(message, span));
            }
        },
    };
    match text.as_slice() {
        [c] if c.is_ascii() => Ok(Some(*c)),
        [_] => Err(EvalError::value_error("sep must be ASCII.", span)),
        _ => Err(EvalError::value_error("sep must be length 1.", span)),
    }
}
