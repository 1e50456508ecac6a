//! `str`'s case methods and character tests beyond `upper`/`lower`/`isdigit`: `title`,
//! `capitalize`, `swapcase`, `casefold`, `isupper`, `islower`, `istitle`, `isalnum`,
//! `isdecimal`, `isnumeric`, `isascii`, `isidentifier`, `isprintable`.
//!
//! CPython answers these from Unicode's character database (cased letters, title case,
//! numeric values). viewfinder carries no copy of it, so for ASCII text it applies ASCII's
//! rules, which are exactly Unicode's there, and for any other text it refuses honestly.
//! `isascii` needs no table and answers for every str.

use std::rc::Rc;

use crate::eval::args::Args;
use crate::eval::{EvalError, EvalResult, Interpreter};
use crate::value::Value;

/// The receiver, which must be ASCII for `str.{name}()` to be answered.
fn ascii_receiver(args: &Args, name: &str) -> EvalResult<Rc<str>> {
    let s = super::strings::receiver(args)?;
    if !s.is_ascii() {
        let what = format!("str.{name}() of non-ASCII text");
        return Err(EvalError::unsupported(what, args.span));
    }
    Ok(s)
}

/// A new str value.
fn text(value: String) -> Value {
    Value::Str(value.into())
}

/// `s.title()`: a letter after a non-letter becomes upper case, one after a letter lower
/// case (so `"they're"` becomes `"They'Re"`, as in CPython).
pub(super) fn title(_: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let s = ascii_receiver(args, "title")?;
    let mut after_letter = false;
    let titled = s
        .chars()
        .map(|c| {
            let out = match after_letter {
                true => c.to_ascii_lowercase(),
                false => c.to_ascii_uppercase(),
            };
            after_letter = c.is_ascii_alphabetic();
            out
        })
        .collect();
    Ok(text(titled))
}

/// `s.capitalize()`: the first character upper case, the rest lower case.
pub(super) fn capitalize(_: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let s = ascii_receiver(args, "capitalize")?;
    let mut chars = s.chars();
    let first = chars.next().map(|c| c.to_ascii_uppercase());
    let rest = chars.map(|c| c.to_ascii_lowercase());
    Ok(text(first.into_iter().chain(rest).collect()))
}

/// `s.swapcase()`.
pub(super) fn swapcase(_: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let s = ascii_receiver(args, "swapcase")?;
    let swapped = s
        .chars()
        .map(|c| match c.is_ascii_uppercase() {
            true => c.to_ascii_lowercase(),
            false => c.to_ascii_uppercase(),
        })
        .collect();
    Ok(text(swapped))
}

/// `s.casefold()`: for ASCII, lower case.
pub(super) fn casefold(_: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let s = ascii_receiver(args, "casefold")?;
    Ok(text(s.to_ascii_lowercase()))
}

/// `s.isupper()`: some letter, and no lower-case one.
pub(super) fn isupper(_: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let s = ascii_receiver(args, "isupper")?;
    let cased = s.chars().any(|c| c.is_ascii_alphabetic());
    Ok(Value::Bool(
        cased && !s.chars().any(|c| c.is_ascii_lowercase()),
    ))
}

/// `s.islower()`: some letter, and no upper-case one.
pub(super) fn islower(_: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let s = ascii_receiver(args, "islower")?;
    let cased = s.chars().any(|c| c.is_ascii_alphabetic());
    Ok(Value::Bool(
        cased && !s.chars().any(|c| c.is_ascii_uppercase()),
    ))
}

/// `s.istitle()`: some letter; upper case only after a non-letter, lower case only after a
/// letter.
pub(super) fn istitle(_: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let s = ascii_receiver(args, "istitle")?;
    let mut after_letter = false;
    let mut cased = false;
    for c in s.chars() {
        if c.is_ascii_uppercase() && after_letter || c.is_ascii_lowercase() && !after_letter {
            return Ok(Value::Bool(false));
        }
        after_letter = c.is_ascii_alphabetic();
        cased |= after_letter;
    }
    Ok(Value::Bool(cased))
}

/// True when the str is not empty and every character passes `test`.
fn every(args: &Args, name: &str, test: fn(&char) -> bool) -> EvalResult<Value> {
    let s = ascii_receiver(args, name)?;
    Ok(Value::Bool(!s.is_empty() && s.chars().all(|c| test(&c))))
}

/// `s.isalnum()`.
pub(super) fn isalnum(_: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    every(args, "isalnum", char::is_ascii_alphanumeric)
}

/// `s.isdecimal()`.
pub(super) fn isdecimal(_: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    every(args, "isdecimal", char::is_ascii_digit)
}

/// `s.isnumeric()`.
pub(super) fn isnumeric(_: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    every(args, "isnumeric", char::is_ascii_digit)
}

/// `s.isascii()`: true for the empty str too; needs no Unicode table.
pub(super) fn isascii(_: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    Ok(Value::Bool(super::strings::receiver(args)?.is_ascii()))
}

/// `s.isidentifier()`: a letter or `_`, then letters, digits and `_` (keywords included, as
/// in CPython).
pub(super) fn isidentifier(_: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let s = ascii_receiver(args, "isidentifier")?;
    let mut chars = s.chars();
    let starts = chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_');
    let rest = chars.all(|c| c.is_ascii_alphanumeric() || c == '_');
    Ok(Value::Bool(starts && rest))
}

/// `s.isprintable()`: no control character (true for the empty str).
pub(super) fn isprintable(_: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let s = ascii_receiver(args, "isprintable")?;
    Ok(Value::Bool(s.chars().all(|c| (' '..='~').contains(&c))))
}
