//! `str`'s methods, one table row each: formatting (`format`), splitting and joining,
//! stripping, searching, padding, case.
//!
//! Python indexes a str by code point, so the methods work on `char`s. Where CPython's
//! answer depends on Unicode tables viewfinder does not carry (`isalpha` of a non-ASCII
//! letter, the title case of `'ǆ'`), the method refuses honestly instead of guessing.

use std::rc::Rc;

use crate::eval::args::CallStyle::*;
use crate::eval::args::{Args, Native};
use crate::eval::python::as_index_int;
use crate::eval::python::bytes::window;
use crate::eval::python::{str_case, str_pieces};
use crate::eval::{EvalError, EvalResult, Interpreter};
use crate::syntax::Span;
use crate::value::Value;

/// `str`'s methods that viewfinder models.
#[rustfmt::skip]
pub(crate) static METHODS: &[Native] = &[
    Native::new("format", "(*args, **kwargs)", Custom, &[], format),
    Native::new("join", "(iterable, /)", OneArgument, &["iterable"], join),
    Native::new("split", "(sep=None, maxsplit=-1)", CPythonArgs, &["sep", "maxsplit"], split),
    Native::new("rsplit", "(sep=None, maxsplit=-1)", CPythonArgs, &["sep", "maxsplit"], rsplit),
    Native::new("strip", "(chars=None, /)", Positional, &["chars"], strip),
    Native::new("lstrip", "(chars=None, /)", Positional, &["chars"], lstrip),
    Native::new("rstrip", "(chars=None, /)", Positional, &["chars"], rstrip),
    Native::new("replace", "(old, new, count=-1, /)", Positional, &["old", "new", "count"], replace),
    Native::new("upper", "()", NoArguments, &[], upper),
    Native::new("lower", "()", NoArguments, &[], lower),
    Native::new("startswith", "(prefix, start=None, end=None, /)", ParseTuple, &["prefix", "start", "end"], startswith),
    Native::new("endswith", "(suffix, start=None, end=None, /)", ParseTuple, &["suffix", "start", "end"], endswith),
    Native::new("find", "(sub, start=None, end=None, /)", ParseTuple, &["sub", "start", "end"], find),
    Native::new("count", "(sub, start=None, end=None, /)", ParseTuple, &["sub", "start", "end"], count),
    Native::new("center", "(width, fillchar=' ', /)", Positional, &["width", "fillchar"], center),
    Native::new("ljust", "(width, fillchar=' ', /)", Positional, &["width", "fillchar"], ljust),
    Native::new("rjust", "(width, fillchar=' ', /)", Positional, &["width", "fillchar"], rjust),
    Native::new("zfill", "(width, /)", OneArgument, &["width"], zfill),
    Native::new("isdigit", "()", NoArguments, &[], isdigit),
    Native::new("isalpha", "()", NoArguments, &[], isalpha),
    Native::new("isspace", "()", NoArguments, &[], isspace),
    Native::new("title", "()", NoArguments, &[], str_case::title),
    Native::new("capitalize", "()", NoArguments, &[], str_case::capitalize),
    Native::new("swapcase", "()", NoArguments, &[], str_case::swapcase),
    Native::new("casefold", "()", NoArguments, &[], str_case::casefold),
    Native::new("isupper", "()", NoArguments, &[], str_case::isupper),
    Native::new("islower", "()", NoArguments, &[], str_case::islower),
    Native::new("istitle", "()", NoArguments, &[], str_case::istitle),
    Native::new("isalnum", "()", NoArguments, &[], str_case::isalnum),
    Native::new("isdecimal", "()", NoArguments, &[], str_case::isdecimal),
    Native::new("isnumeric", "()", NoArguments, &[], str_case::isnumeric),
    Native::new("isascii", "()", NoArguments, &[], str_case::isascii),
    Native::new("isidentifier", "()", NoArguments, &[], str_case::isidentifier),
    Native::new("isprintable", "()", NoArguments, &[], str_case::isprintable),
    Native::new("partition", "(sep, /)", OneArgument, &["sep"], str_pieces::partition),
    Native::new("rpartition", "(sep, /)", OneArgument, &["sep"], str_pieces::rpartition),
    Native::new("splitlines", "(keepends=False)", CPythonArgs, &["keepends"], str_pieces::splitlines),
    Native::new("removeprefix", "(prefix, /)", OneArgument, &["prefix"], str_pieces::removeprefix),
    Native::new("removesuffix", "(suffix, /)", OneArgument, &["suffix"], str_pieces::removesuffix),
    Native::new("expandtabs", "(tabsize=8)", CPythonArgs, &["tabsize"], str_pieces::expandtabs),
    Native::new("index", "(sub, start=None, end=None, /)", ParseTuple, &["sub", "start", "end"], str_pieces::index),
    Native::new("rfind", "(sub, start=None, end=None, /)", ParseTuple, &["sub", "start", "end"], str_pieces::rfind),
    Native::new("rindex", "(sub, start=None, end=None, /)", ParseTuple, &["sub", "start", "end"], str_pieces::rindex),
    Native::new("encode", "(encoding='utf-8', errors='strict')", CPythonArgs, &["encoding", "errors"], str_pieces::encode),
];

/// A new str value.
fn text(value: impl Into<Rc<str>>) -> Value {
    Value::Str(value.into())
}

/// The str a method was called on.
pub(super) fn receiver(args: &Args) -> EvalResult<Rc<str>> {
    match args.receiver()? {
        Value::Str(s) => Ok(Rc::clone(s)),
        other => Err(EvalError::type_error(
            format!(
                "descriptor requires a 'str' object but received a '{}'",
                other.type_name()
            ),
            args.span,
        )),
    }
}

/// An argument that must be a str, with CPython's `must be str, not int`-style message
/// (`what` is the text before "must").
pub(super) fn str_argument(value: &Value, what: &str, span: Span) -> EvalResult<Rc<str>> {
    match value {
        Value::Str(s) => Ok(Rc::clone(s)),
        other => {
            let message = format!("{what}must be str, not {}", other.type_name());
            Err(EvalError::type_error(message, span))
        }
    }
}

/// Python's `str.isspace` of one character: Unicode's white space and the separators
/// `\x1c`–`\x1f`.
fn is_python_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\x1c'..='\x1f')
}

/// `template.format(*args, **kwargs)`.
fn format(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let template = receiver(args)?;
    Ok(text(vf.str_format(&template, args)?))
}

/// `sep.join(iterable)`: every item must be a str.
fn join(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let separator = receiver(args)?;
    let iterable = args.value("iterable")?.clone();
    let items = vf.iterate(&iterable, args.span_of("iterable"))?;
    let mut parts = Vec::with_capacity(items.len());
    for (at, item) in items.iter().enumerate() {
        match item {
            Value::Str(s) => parts.push(Rc::clone(s)),
            other => {
                let message = format!(
                    "sequence item {at}: expected str instance, {} found",
                    other.type_name()
                );
                return Err(EvalError::type_error(message, args.span));
            }
        }
    }
    let parts: Vec<&str> = parts.iter().map(|s| s.as_ref()).collect();
    Ok(text(parts.join(&separator)))
}

/// The separator and split count of `split`/`rsplit`.
fn split_arguments(args: &Args) -> EvalResult<(Option<Rc<str>>, Option<usize>)> {
    let separator = match args.get("sep") {
        None | Some(Value::None) => None,
        Some(Value::Str(s)) if s.is_empty() => {
            return Err(EvalError::value_error(
                "empty separator",
                args.span_of("sep"),
            ));
        }
        Some(Value::Str(s)) => Some(Rc::clone(s)),
        Some(other) => {
            let message = format!("must be str or None, not {}", other.type_name());
            return Err(EvalError::type_error(message, args.span_of("sep")));
        }
    };
    let limit = match args.get("maxsplit") {
        None => None,
        Some(value) => {
            let n = as_index_int(value, args.span_of("maxsplit"))?;
            usize::try_from(n).ok()
        }
    };
    Ok((separator, limit))
}

/// The pieces of `s` split at `separator` (runs of white space when `None`), at most
/// `limit` splits, from the left or (`from_right`) from the right.
fn split_pieces(
    s: &str,
    separator: Option<&str>,
    limit: Option<usize>,
    from_right: bool,
) -> Vec<String> {
    let limit = limit.unwrap_or(usize::MAX);
    match (separator, from_right) {
        (Some(sep), false) => s
            .splitn(limit.saturating_add(1), sep)
            .map(str::to_string)
            .collect(),
        (Some(sep), true) => {
            let mut pieces: Vec<String> = s
                .rsplitn(limit.saturating_add(1), sep)
                .map(str::to_string)
                .collect();
            pieces.reverse();
            pieces
        }
        (None, _) => split_whitespace(s, limit, from_right),
    }
}

/// `split()` without a separator: runs of white space split, none kept at the ends; past
/// `limit` splits the rest is one piece, from its first non-space character on.
fn split_whitespace(s: &str, limit: usize, from_right: bool) -> Vec<String> {
    let chars: Vec<char> = if from_right {
        s.chars().rev().collect()
    } else {
        s.chars().collect()
    };
    let mut pieces = Vec::new();
    let mut at = 0;
    while at < chars.len() {
        while at < chars.len() && is_python_space(chars[at]) {
            at += 1;
        }
        if at == chars.len() {
            break;
        }
        if pieces.len() == limit {
            pieces.push(chars[at..].to_vec());
            break;
        }
        let start = at;
        while at < chars.len() && !is_python_space(chars[at]) {
            at += 1;
        }
        pieces.push(chars[start..at].to_vec());
    }
    let mut pieces: Vec<String> = pieces
        .into_iter()
        .map(|piece| match from_right {
            true => piece.into_iter().rev().collect(),
            false => piece.into_iter().collect(),
        })
        .collect();
    if from_right {
        pieces.reverse();
    }
    pieces
}

/// A list of strs.
fn str_list(pieces: Vec<String>) -> Value {
    let items = pieces.into_iter().map(text).collect();
    Value::List(Rc::new(std::cell::RefCell::new(items)))
}

/// `s.split(...)` or (`from_right`) `s.rsplit(...)`.
fn split_from(args: &Args, from_right: bool) -> EvalResult<Value> {
    let s = receiver(args)?;
    let (separator, limit) = split_arguments(args)?;
    let pieces = split_pieces(&s, separator.as_deref(), limit, from_right);
    Ok(str_list(pieces))
}

/// `s.split(sep=None, maxsplit=-1)`.
fn split(_: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    split_from(args, false)
}

/// `s.rsplit(sep=None, maxsplit=-1)`.
fn rsplit(_: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    split_from(args, true)
}

/// Which ends `strip` takes characters from.
#[derive(Clone, Copy)]
enum Ends {
    Both,
    Left,
    Right,
}

/// `s.strip(chars)`, `lstrip`, `rstrip`: white space, or any of `chars`.
fn stripped(args: &Args, ends: Ends, name: &str) -> EvalResult<Value> {
    let s = receiver(args)?;
    let chars: Option<Vec<char>> = match args.get("chars") {
        None | Some(Value::None) => None,
        Some(Value::Str(set)) => Some(set.chars().collect()),
        Some(_) => {
            let message = format!("{name} arg must be None or str");
            return Err(EvalError::type_error(message, args.span_of("chars")));
        }
    };
    let strip = |c: char| match &chars {
        Some(set) => set.contains(&c),
        None => is_python_space(c),
    };
    let result = match ends {
        Ends::Both => s.trim_matches(strip),
        Ends::Left => s.trim_start_matches(strip),
        Ends::Right => s.trim_end_matches(strip),
    };
    Ok(text(result))
}

/// `s.strip(chars=None)`.
fn strip(_: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    stripped(args, Ends::Both, "strip")
}

/// `s.lstrip(chars=None)`.
fn lstrip(_: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    stripped(args, Ends::Left, "lstrip")
}

/// `s.rstrip(chars=None)`.
fn rstrip(_: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    stripped(args, Ends::Right, "rstrip")
}

/// `s.replace(old, new, count=-1)`: an empty `old` matches between every two characters.
fn replace(_: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let s = receiver(args)?;
    let old = str_argument(
        args.value("old")?,
        "replace() argument 1 ",
        args.span_of("old"),
    )?;
    let new = str_argument(
        args.value("new")?,
        "replace() argument 2 ",
        args.span_of("new"),
    )?;
    let count = match args.get("count") {
        None => -1,
        Some(value) => as_index_int(value, args.span_of("count"))?,
    };
    let limit = usize::try_from(count).unwrap_or(usize::MAX);
    if !old.is_empty() {
        return Ok(text(s.replacen(old.as_ref(), &new, limit)));
    }
    let mut out = String::new();
    let mut inserted = 0;
    for c in s.chars() {
        if inserted < limit {
            out.push_str(&new);
            inserted += 1;
        }
        out.push(c);
    }
    if inserted < limit {
        out.push_str(&new);
    }
    Ok(text(out))
}

/// `s.upper()`.
fn upper(_: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    Ok(text(receiver(args)?.to_uppercase()))
}

/// `s.lower()`.
fn lower(_: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    Ok(text(receiver(args)?.to_lowercase()))
}

/// The receiver's characters in the search window, as a str (`None`: an empty window past
/// the end).
fn window_text(args: &Args) -> EvalResult<Option<String>> {
    let s = receiver(args)?;
    let chars: Vec<char> = s.chars().collect();
    Ok(window(args, chars.len())?.map(|(start, end)| chars[start..end].iter().collect()))
}

/// `s.startswith(prefix[, start[, end]])` and `endswith`: a str or a tuple of strs.
fn affix(args: &Args, at_end: bool) -> EvalResult<Value> {
    let (name, first) = match at_end {
        true => ("endswith", "suffix"),
        false => ("startswith", "prefix"),
    };
    let candidates = match args.value(first)? {
        Value::Tuple(items) => items.to_vec(),
        other => vec![other.clone()],
    };
    let part = window_text(args)?;
    for candidate in &candidates {
        let Value::Str(affix) = candidate else {
            let message = format!(
                "{name} first arg must be str or a tuple of str, not {}",
                candidate.type_name()
            );
            return Err(EvalError::type_error(message, args.span_of(first)));
        };
        let Some(part) = &part else { continue };
        let hit = match at_end {
            true => part.ends_with(affix.as_ref()),
            false => part.starts_with(affix.as_ref()),
        };
        if hit {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

/// `s.startswith(prefix[, start[, end]])`.
fn startswith(_: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    affix(args, false)
}

/// `s.endswith(suffix[, start[, end]])`.
fn endswith(_: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    affix(args, true)
}

/// `s.find(sub[, start[, end]])`: the first position (in characters), or -1.
fn find(_: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let sub = str_argument(args.value("sub")?, "", args.span_of("sub"))?;
    let s = receiver(args)?;
    let chars: Vec<char> = s.chars().collect();
    let Some((start, end)) = window(args, chars.len())? else {
        return Ok(Value::Int(-1));
    };
    let part: String = chars[start..end].iter().collect();
    let found = part
        .find(sub.as_ref())
        .map(|byte| (start + part[..byte].chars().count()) as i64);
    Ok(Value::Int(found.unwrap_or(-1)))
}

/// `s.count(sub[, start[, end]])`: non-overlapping occurrences.
fn count(_: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let sub = str_argument(args.value("sub")?, "", args.span_of("sub"))?;
    let Some(part) = window_text(args)? else {
        return Ok(Value::Int(0));
    };
    let found = match sub.is_empty() {
        true => part.chars().count() + 1,
        false => part.matches(sub.as_ref()).count(),
    };
    Ok(Value::Int(found as i64))
}

/// The width and fill character of `center`, `ljust` and `rjust`.
fn padding_arguments(args: &Args) -> EvalResult<(usize, char)> {
    let width = as_index_int(args.value("width")?, args.span_of("width"))?;
    let fill = match args.get("fillchar") {
        None => ' ',
        Some(Value::Str(s)) if s.chars().count() == 1 => s.chars().next().unwrap_or(' '),
        Some(Value::Str(_)) => {
            let message = "The fill character must be exactly one character long";
            return Err(EvalError::type_error(message, args.span_of("fillchar")));
        }
        Some(other) => {
            let message = format!(
                "The fill character must be a unicode character, not {}",
                other.type_name()
            );
            return Err(EvalError::type_error(message, args.span_of("fillchar")));
        }
    };
    Ok((usize::try_from(width).unwrap_or(0), fill))
}

/// `s` with `left` and `right` fill characters around it.
fn padded(s: &str, left: usize, right: usize, fill: char) -> Value {
    let fill = |n| std::iter::repeat_n(fill, n).collect::<String>();
    text(format!("{}{s}{}", fill(left), fill(right)))
}

/// `s.center(width, fillchar=' ')`: CPython puts the odd character on the left when the
/// width is odd.
fn center(_: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let s = receiver(args)?;
    let (width, fill) = padding_arguments(args)?;
    let margin = width.saturating_sub(s.chars().count());
    let left = margin / 2 + (margin & width & 1);
    Ok(padded(&s, left, margin - left, fill))
}

/// `s.ljust(width, fillchar=' ')`.
fn ljust(_: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let s = receiver(args)?;
    let (width, fill) = padding_arguments(args)?;
    Ok(padded(&s, 0, width.saturating_sub(s.chars().count()), fill))
}

/// `s.rjust(width, fillchar=' ')`.
fn rjust(_: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let s = receiver(args)?;
    let (width, fill) = padding_arguments(args)?;
    Ok(padded(&s, width.saturating_sub(s.chars().count()), 0, fill))
}

/// `s.zfill(width)`: zeros on the left, after a leading sign.
fn zfill(_: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let s = receiver(args)?;
    let width = as_index_int(args.value("width")?, args.span_of("width"))?;
    let zeros = usize::try_from(width)
        .unwrap_or(0)
        .saturating_sub(s.chars().count());
    let (sign, digits) = match s.strip_prefix(['+', '-']) {
        Some(rest) => (&s[..1], rest),
        None => ("", s.as_ref()),
    };
    Ok(text(format!("{sign}{}{digits}", "0".repeat(zeros))))
}

/// A character test of every character (false for the empty str), refused for non-ASCII
/// text whose answer needs Unicode's categories.
fn every_char(args: &Args, name: &str, test: fn(char) -> bool) -> EvalResult<Value> {
    let s = receiver(args)?;
    if !s.is_ascii() {
        let what = format!("str.{name}() of non-ASCII text");
        return Err(EvalError::unsupported(what, args.span));
    }
    Ok(Value::Bool(!s.is_empty() && s.chars().all(test)))
}

/// `s.isdigit()`.
fn isdigit(_: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    every_char(args, "isdigit", |c| c.is_ascii_digit())
}

/// `s.isalpha()`.
fn isalpha(_: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    every_char(args, "isalpha", |c| c.is_ascii_alphabetic())
}

/// `s.isspace()`.
fn isspace(_: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    every_char(args, "isspace", is_python_space)
}
