//! The text-like methods `bytes` and `bytearray` share: `decode`, `upper`, `lower`,
//! `strip`, `lstrip`, `rstrip`, `replace`, `split`, `join`, `rfind`, `rindex`.
//!
//! Each makes a new object of the receiver's own kind (`bytearray.upper()` is a new
//! `bytearray`, with a buffer of its own), as CPython does; case and white space are ASCII's,
//! which is exactly what CPython uses for bytes.

use std::cell::RefCell;
use std::rc::Rc;

use super::bytes::{bytes_like, receiver_bytes, window};
use super::codecs::codec_arguments;
use crate::eval::args::Args;
use crate::eval::python::as_index_int;
use crate::eval::{EvalError, EvalResult, Interpreter};
use crate::memory::AlignedBytes;
use crate::syntax::Span;
use crate::value::{BufferKind, Value};

/// ASCII white space as CPython's bytes methods define it.
fn is_bytes_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

/// The kind of the receiver (`bytes` or `bytearray`), which the results take.
fn receiver_kind(args: &Args) -> BufferKind {
    match args.receiver() {
        Ok(Value::Buffer(object)) => object.kind,
        _ => BufferKind::Bytes,
    }
}

/// A new object of `kind` holding `bytes`.
fn made(vf: &mut Interpreter, kind: BufferKind, bytes: &[u8], span: Span) -> EvalResult<Value> {
    vf.new_buffer_object(kind, AlignedBytes::from_bytes(bytes), span)
}

/// A bytes-like argument, with CPython's message for anything else.
fn bytes_argument(value: &Value, span: Span) -> EvalResult<Vec<u8>> {
    bytes_like(value).ok_or_else(|| {
        let message = format!(
            "a bytes-like object is required, not '{}'",
            value.type_name()
        );
        EvalError::type_error(message, span)
    })
}

/// `b.decode(encoding='utf-8', errors='strict')`: a str.
pub(super) fn decode(_: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let bytes = receiver_bytes(args)?;
    let codec = codec_arguments(
        args.get("encoding"),
        args.get("errors"),
        "decode",
        args.span,
    )?;
    Ok(Value::Str(codec.decode(&bytes, args.span)?.into()))
}

/// `b.upper()`.
pub(super) fn upper(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let bytes = receiver_bytes(args)?.to_ascii_uppercase();
    made(vf, receiver_kind(args), &bytes, args.span)
}

/// `b.lower()`.
pub(super) fn lower(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let bytes = receiver_bytes(args)?.to_ascii_lowercase();
    made(vf, receiver_kind(args), &bytes, args.span)
}

/// `b.strip(bytes=None)` and its one-sided forms: white space, or any byte of the argument.
fn stripped(vf: &mut Interpreter, args: &Args, left: bool, right: bool) -> EvalResult<Value> {
    let bytes = receiver_bytes(args)?;
    let set = match args.get("bytes") {
        None | Some(Value::None) => None,
        Some(value) => Some(bytes_argument(value, args.span_of("bytes"))?),
    };
    let strips = |b: &u8| match &set {
        Some(set) => set.contains(b),
        None => is_bytes_space(*b),
    };
    let start = match left {
        true => bytes.iter().position(|b| !strips(b)).unwrap_or(bytes.len()),
        false => 0,
    };
    let end = match right {
        true => bytes
            .iter()
            .rposition(|b| !strips(b))
            .map_or(start, |at| at + 1),
        false => bytes.len(),
    };
    made(
        vf,
        receiver_kind(args),
        &bytes[start..end.max(start)],
        args.span,
    )
}

/// `b.strip(bytes=None, /)`.
pub(super) fn strip(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    stripped(vf, args, true, true)
}

/// `b.lstrip(bytes=None, /)`.
pub(super) fn lstrip(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    stripped(vf, args, true, false)
}

/// `b.rstrip(bytes=None, /)`.
pub(super) fn rstrip(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    stripped(vf, args, false, true)
}

/// `haystack` with at most `limit` occurrences of `old` replaced by `new` (an empty `old`
/// matches before every byte and at the end).
fn replaced(haystack: &[u8], old: &[u8], new: &[u8], limit: usize) -> Vec<u8> {
    let mut out = Vec::with_capacity(haystack.len());
    let mut done = 0;
    let mut at = 0;
    if old.is_empty() {
        for &b in haystack {
            if done < limit {
                out.extend_from_slice(new);
                done += 1;
            }
            out.push(b);
        }
        if done < limit {
            out.extend_from_slice(new);
        }
        return out;
    }
    while at < haystack.len() {
        if done < limit && haystack[at..].starts_with(old) {
            out.extend_from_slice(new);
            at += old.len();
            done += 1;
        } else {
            out.push(haystack[at]);
            at += 1;
        }
    }
    out
}

/// `b.replace(old, new, count=-1, /)`.
pub(super) fn replace(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let bytes = receiver_bytes(args)?;
    let old = bytes_argument(args.value("old")?, args.span_of("old"))?;
    let new = bytes_argument(args.value("new")?, args.span_of("new"))?;
    let count = match args.get("count") {
        None => -1,
        Some(value) => as_index_int(value, args.span_of("count"))?,
    };
    let limit = usize::try_from(count).unwrap_or(usize::MAX);
    made(
        vf,
        receiver_kind(args),
        &replaced(&bytes, &old, &new, limit),
        args.span,
    )
}

/// The pieces of `bytes` split at `sep`, at most `limit` splits from the left.
fn split_at_separator(bytes: &[u8], sep: &[u8], limit: usize) -> Vec<Vec<u8>> {
    let mut pieces = Vec::new();
    let mut start = 0;
    let mut at = 0;
    while pieces.len() < limit && at + sep.len() <= bytes.len() {
        if bytes[at..].starts_with(sep) {
            pieces.push(bytes[start..at].to_vec());
            at += sep.len();
            start = at;
        } else {
            at += 1;
        }
    }
    pieces.push(bytes[start..].to_vec());
    pieces
}

/// The pieces of `bytes` split at runs of white space, at most `limit` splits.
fn split_at_spaces(bytes: &[u8], limit: usize) -> Vec<Vec<u8>> {
    let mut pieces = Vec::new();
    let mut at = 0;
    loop {
        while at < bytes.len() && is_bytes_space(bytes[at]) {
            at += 1;
        }
        if at == bytes.len() {
            return pieces;
        }
        if pieces.len() == limit {
            pieces.push(bytes[at..].to_vec());
            return pieces;
        }
        let start = at;
        while at < bytes.len() && !is_bytes_space(bytes[at]) {
            at += 1;
        }
        pieces.push(bytes[start..at].to_vec());
    }
}

/// `b.split(sep=None, maxsplit=-1)`: a list of objects of the receiver's kind.
pub(super) fn split(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let bytes = receiver_bytes(args)?;
    let limit = match args.get("maxsplit") {
        None => usize::MAX,
        Some(value) => {
            usize::try_from(as_index_int(value, args.span_of("maxsplit"))?).unwrap_or(usize::MAX)
        }
    };
    let pieces = match args.get("sep") {
        None | Some(Value::None) => split_at_spaces(&bytes, limit),
        Some(value) => {
            let sep = bytes_argument(value, args.span_of("sep"))?;
            if sep.is_empty() {
                return Err(EvalError::value_error(
                    "empty separator",
                    args.span_of("sep"),
                ));
            }
            split_at_separator(&bytes, &sep, limit)
        }
    };
    let kind = receiver_kind(args);
    let mut items = Vec::with_capacity(pieces.len());
    for piece in pieces {
        items.push(made(vf, kind, &piece, args.span)?);
    }
    Ok(Value::List(Rc::new(RefCell::new(items))))
}

/// `sep.join(iterable_of_bytes)`: every item must be bytes-like.
pub(super) fn join(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let separator = receiver_bytes(args)?;
    let iterable = args.value("iterable_of_bytes")?.clone();
    let items = vf.iterate(&iterable, args.span_of("iterable_of_bytes"))?;
    let mut joined = Vec::new();
    for (at, item) in items.iter().enumerate() {
        let Some(bytes) = bytes_like(item) else {
            let message = format!(
                "sequence item {at}: expected a bytes-like object, {} found",
                item.type_name()
            );
            return Err(EvalError::type_error(message, args.span));
        };
        if at > 0 {
            joined.extend_from_slice(&separator);
        }
        joined.extend_from_slice(&bytes);
    }
    made(vf, receiver_kind(args), &joined, args.span)
}

/// The last position of `sub` (a bytes-like object or an int) in the search window.
fn last_position(args: &Args) -> EvalResult<Option<usize>> {
    let bytes = receiver_bytes(args)?;
    let sub = super::bytes::needle(args.value("sub")?, args.span_of("sub"), "search")?;
    let Some((start, end)) = window(args, bytes.len())? else {
        return Ok(None);
    };
    let part = &bytes[start..end];
    if sub.is_empty() {
        return Ok(Some(end));
    }
    let found = part.windows(sub.len()).rposition(|w| w == sub.as_slice());
    Ok(found.map(|at| start + at))
}

/// `b.rfind(sub[, start[, end]])`.
pub(super) fn rfind(_: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    Ok(Value::Int(last_position(args)?.map_or(-1, |at| at as i64)))
}

/// `b.rindex(sub[, start[, end]])`.
pub(super) fn rindex(_: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    match last_position(args)? {
        Some(at) => Ok(Value::Int(at as i64)),
        None => Err(EvalError::value_error("subsection not found", args.span)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn split_without_a_separator_keeps_the_rest_after_the_last_split() {
        let pieces = split_at_spaces(b"  a b  c  ", 1);
        assert_eq!(pieces, [b"a".to_vec(), b"b  c  ".to_vec()]);
        assert!(split_at_spaces(b"   ", usize::MAX).is_empty());
    }

    #[test]
    fn an_empty_old_value_is_replaced_between_every_byte() {
        assert_eq!(replaced(b"ab", b"", b"-", usize::MAX), b"-a-b-");
        assert_eq!(replaced(b"aaa", b"a", b"b", 2), b"bba");
    }
}
