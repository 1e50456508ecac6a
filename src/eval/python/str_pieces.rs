//! `str`'s methods that cut a str into pieces or search it from either end: `partition`,
//! `rpartition`, `splitlines`, `removeprefix`, `removesuffix`, `expandtabs`, `index`,
//! `rfind`, `rindex`, and `encode`.
//!
//! Positions are in characters (code points), as Python counts them.

use std::rc::Rc;

use super::codecs::codec_arguments;
use super::strings::{receiver, str_argument};
use crate::eval::args::Args;
use crate::eval::python::as_index_int;
use crate::eval::python::bytes::window;
use crate::eval::{EvalError, EvalResult, Interpreter};
use crate::value::Value;

/// A new str value.
fn text(value: impl Into<Rc<str>>) -> Value {
    Value::Str(value.into())
}

/// The separator of `partition`/`rpartition`: a str that is not empty.
fn separator(args: &Args) -> EvalResult<Rc<str>> {
    let sep = str_argument(args.value("sep")?, "", args.span_of("sep"))?;
    if sep.is_empty() {
        return Err(EvalError::value_error(
            "empty separator",
            args.span_of("sep"),
        ));
    }
    Ok(sep)
}

/// A 3-tuple of strs.
fn three(head: &str, sep: &str, tail: &str) -> Value {
    Value::Tuple(vec![text(head), text(sep), text(tail)].into())
}

/// `s.partition(sep)`: before the first `sep`, `sep`, after it; `(s, '', '')` without one.
pub(super) fn partition(_: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let s = receiver(args)?;
    let sep = separator(args)?;
    Ok(match s.split_once(sep.as_ref()) {
        Some((head, tail)) => three(head, &sep, tail),
        None => three(&s, "", ""),
    })
}

/// `s.rpartition(sep)`: around the last `sep`; `('', '', s)` without one.
pub(super) fn rpartition(_: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let s = receiver(args)?;
    let sep = separator(args)?;
    Ok(match s.rsplit_once(sep.as_ref()) {
        Some((head, tail)) => three(head, &sep, tail),
        None => three("", "", &s),
    })
}

/// Python's line boundaries for `str.splitlines` (`\r\n` is one).
fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\x0b'
            | '\x0c'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

/// The lines of `s`, each with its line break when `keep_ends`.
fn lines_of(s: &str, keep_ends: bool) -> Vec<String> {
    let chars: Vec<char> = s.chars().collect();
    let mut lines = Vec::new();
    let mut start = 0;
    let mut at = 0;
    while at < chars.len() {
        if !is_line_break(chars[at]) {
            at += 1;
            continue;
        }
        let mut end = at + 1;
        if chars[at] == '\r' && chars.get(at + 1) == Some(&'\n') {
            end += 1;
        }
        let stop = if keep_ends { end } else { at };
        lines.push(chars[start..stop].iter().collect());
        start = end;
        at = end;
    }
    if start < chars.len() {
        lines.push(chars[start..].iter().collect());
    }
    lines
}

/// `s.splitlines(keepends=False)`.
pub(super) fn splitlines(_: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let s = receiver(args)?;
    let keep_ends = match args.get("keepends") {
        None => false,
        Some(flag) => as_index_int(flag, args.span_of("keepends"))? != 0,
    };
    let lines = lines_of(&s, keep_ends).into_iter().map(text).collect();
    Ok(Value::List(Rc::new(std::cell::RefCell::new(lines))))
}

/// The affix of `removeprefix`/`removesuffix`, with CPython's message for a wrong type.
fn affix_argument(args: &Args, name: &str, param: &str) -> EvalResult<Rc<str>> {
    let what = format!("{name}() argument ");
    str_argument(args.value(param)?, &what, args.span_of(param))
}

/// `s.removeprefix(prefix)`.
pub(super) fn removeprefix(_: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let s = receiver(args)?;
    let prefix = affix_argument(args, "removeprefix", "prefix")?;
    Ok(text(s.strip_prefix(prefix.as_ref()).unwrap_or(&s)))
}

/// `s.removesuffix(suffix)`.
pub(super) fn removesuffix(_: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let s = receiver(args)?;
    let suffix = affix_argument(args, "removesuffix", "suffix")?;
    Ok(text(s.strip_suffix(suffix.as_ref()).unwrap_or(&s)))
}

/// `s.expandtabs(tabsize=8)`: each tab becomes spaces up to the next multiple of `tabsize`
/// columns (none for a size of 0 or less); a line break starts counting again.
pub(super) fn expandtabs(_: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let s = receiver(args)?;
    let size = match args.get("tabsize") {
        None => 8,
        Some(value) => as_index_int(value, args.span_of("tabsize"))?,
    };
    let mut out = String::new();
    let mut column: i64 = 0;
    for c in s.chars() {
        match c {
            '\t' if size > 0 => {
                let spaces = size - column % size;
                out.extend(std::iter::repeat_n(' ', spaces as usize));
                column += spaces;
            }
            '\t' => {}
            '\n' | '\r' => {
                out.push(c);
                column = 0;
            }
            _ => {
                out.push(c);
                column += 1;
            }
        }
    }
    Ok(text(out))
}

/// Where `sub` is in the receiver's search window, first (`from_right` false) or last, in
/// characters.
fn position(args: &Args, from_right: bool) -> EvalResult<Option<usize>> {
    let sub = str_argument(args.value("sub")?, "", args.span_of("sub"))?;
    let chars: Vec<char> = receiver(args)?.chars().collect();
    let Some((start, end)) = window(args, chars.len())? else {
        return Ok(None);
    };
    let part: String = chars[start..end].iter().collect();
    let byte = match from_right {
        true => part.rfind(sub.as_ref()),
        false => part.find(sub.as_ref()),
    };
    Ok(byte.map(|byte| start + part[..byte].chars().count()))
}

/// The position as Python's int, or `-1`.
fn found_or_minus_one(found: Option<usize>) -> Value {
    Value::Int(found.map_or(-1, |at| at as i64))
}

/// The position, or `ValueError: substring not found`.
fn found_or_error(found: Option<usize>, args: &Args) -> EvalResult<Value> {
    match found {
        Some(at) => Ok(Value::Int(at as i64)),
        None => Err(EvalError::value_error("substring not found", args.span)),
    }
}

/// `s.rfind(sub[, start[, end]])`.
pub(super) fn rfind(_: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    Ok(found_or_minus_one(position(args, true)?))
}

/// `s.index(sub[, start[, end]])`.
pub(super) fn index(_: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    found_or_error(position(args, false)?, args)
}

/// `s.rindex(sub[, start[, end]])`.
pub(super) fn rindex(_: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    found_or_error(position(args, true)?, args)
}

/// `s.encode(encoding='utf-8', errors='strict')`: a new `bytes`.
pub(super) fn encode(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let s = receiver(args)?;
    let codec = codec_arguments(
        args.get("encoding"),
        args.get("errors"),
        "encode",
        args.span,
    )?;
    let bytes = codec.encode(&s, args.span)?;
    vf.new_bytes(&bytes, args.span)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crlf_is_one_line_break_and_a_last_break_adds_no_empty_line() {
        assert_eq!(lines_of("a\r\nb\n\nc\n", false), ["a", "b", "", "c"]);
        assert_eq!(lines_of("a\r\nb", true), ["a\r\n", "b"]);
        assert!(lines_of("", false).is_empty());
    }
}
