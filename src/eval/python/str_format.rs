//! `str.format`: CPython's format-string grammar (`Objects/stringlib/unicode_format.h`).
//!
//! A format string is literal text (`{{` and `}}` stand for braces) and replacement fields
//! `{field_name!conversion:spec}`. A field name is empty (the next positional argument), a
//! number, or a keyword, followed by `.attribute` and `[key]` lookups; a spec may hold
//! fields of its own, expanded first (one level deep, as CPython allows).

use std::rc::Rc;

use crate::eval::args::Args;
use crate::eval::{EvalError, EvalResult, Interpreter};
use crate::exception::ExceptionKind;
use crate::syntax::Span;
use crate::value::Value;

/// How deep specs may nest fields (`'{:{}}'` is depth 2): CPython's recursion limit.
const MAX_DEPTH: usize = 2;

/// One replacement field, as written.
struct Field<'a> {
    name: &'a str,
    conversion: Option<char>,
    spec: &'a str,
}

/// A `ValueError` of the format string.
fn bad_format(message: impl Into<String>, span: Span) -> EvalError {
    EvalError::value_error(message, span)
}

/// The arguments of one `str.format` call, and which field numbering it has used.
struct Arguments<'a> {
    positional: &'a [(Value, Span)],
    keywords: &'a [(String, Value, Span)],
    /// `Some(next)` once an empty field name was used; `None` before.
    auto: Option<usize>,
    manual: bool,
    span: Span,
}

impl Interpreter {
    /// `template.format(*args, **kwargs)`.
    pub(crate) fn str_format(&mut self, template: &str, args: &Args) -> EvalResult<String> {
        let mut arguments = Arguments {
            positional: &args.varargs,
            keywords: &args.varkw,
            auto: None,
            manual: false,
            span: args.span,
        };
        self.expand(template, &mut arguments, MAX_DEPTH)
    }

    /// The text of `template` with its fields replaced.
    fn expand(
        &mut self,
        template: &str,
        arguments: &mut Arguments,
        depth: usize,
    ) -> EvalResult<String> {
        let span = arguments.span;
        if depth == 0 {
            return Err(bad_format("Max string recursion exceeded", span));
        }
        let mut out = String::new();
        let mut rest = template;
        while !rest.is_empty() {
            let (literal, field, after) = next_piece(rest, span)?;
            out.push_str(&literal);
            if let Some(field) = field {
                out.push_str(&self.replace_field(&field, arguments, depth)?);
            }
            rest = after;
        }
        Ok(out)
    }

    /// The formatted text of one field.
    fn replace_field(
        &mut self,
        field: &Field,
        arguments: &mut Arguments,
        depth: usize,
    ) -> EvalResult<String> {
        let span = arguments.span;
        let value = self.field_value(field.name, arguments)?;
        let value = match field.conversion {
            None => value,
            Some('r') => Value::Str(Rc::from(self.checked_repr(&value, span)?)),
            Some('s') => Value::Str(Rc::from(self.checked_str(&value, span)?)),
            Some('a') => Value::Str(Rc::from(self.ascii_of(&value, span)?)),
            Some(other) => {
                let shown = match other as u32 {
                    33..=127 => other.to_string(),
                    code => format!("\\x{code:x}"),
                };
                let message = format!("Unknown conversion specifier {shown}");
                return Err(bad_format(message, span));
            }
        };
        let spec = match field.spec.contains('{') {
            true => self.expand(field.spec, arguments, depth - 1)?,
            false => field.spec.to_string(),
        };
        self.format_value(&value, &spec, span)
    }

    /// The object a field name names: an argument, then its `.attribute`s and `[key]`s.
    fn field_value(&mut self, name: &str, arguments: &mut Arguments) -> EvalResult<Value> {
        let span = arguments.span;
        let first_end = name.find(['.', '[']).unwrap_or(name.len());
        let (first, mut rest) = name.split_at(first_end);
        let mut value = arguments.argument(first)?;
        while !rest.is_empty() {
            let (step, after) = lookup_step(rest, span)?;
            value = match step {
                Lookup::Attribute(attr) => self.get_attribute(&value, attr, span)?,
                Lookup::Item(key) => self.format_item(&value, key, span)?,
            };
            rest = after;
        }
        Ok(value)
    }

    /// `value[key]` of a field name: an integer key when it is all digits, else a str.
    fn format_item(&mut self, value: &Value, key: &str, span: Span) -> EvalResult<Value> {
        let key = match key.parse::<i64>() {
            Ok(index) if key.bytes().all(|b| b.is_ascii_digit()) => Value::Int(index),
            _ => Value::Str(Rc::from(key)),
        };
        if let Value::Dict(dict) = value {
            return self.dict_lookup(dict, &key, span);
        }
        match self.sequence_item(value, key, span) {
            Some(item) => item,
            None => {
                let what = format!("'[key]' in a format field on a {}", value.type_name());
                Err(EvalError::unsupported(what, span))
            }
        }
    }
}

impl Arguments<'_> {
    /// The argument a field name starts with (`''` is the next one by position).
    fn argument(&mut self, first: &str) -> EvalResult<Value> {
        let span = self.span;
        if first.is_empty() {
            if self.manual {
                let message =
                    "cannot switch from manual field specification to automatic field numbering";
                return Err(bad_format(message, span));
            }
            let index = self.auto.unwrap_or(0);
            self.auto = Some(index + 1);
            return self.positional_argument(index);
        }
        if first.bytes().all(|b| b.is_ascii_digit()) {
            if self.auto.is_some() {
                let message =
                    "cannot switch from automatic field numbering to manual field specification";
                return Err(bad_format(message, span));
            }
            self.manual = true;
            let index = first.parse::<usize>().unwrap_or(usize::MAX);
            return self.positional_argument(index);
        }
        match self.keywords.iter().find(|(name, _, _)| name == first) {
            Some((_, value, _)) => Ok(value.clone()),
            None => {
                let key = crate::format::py_str_repr(first);
                Err(EvalError::new(ExceptionKind::KeyError, key, span))
            }
        }
    }

    fn positional_argument(&self, index: usize) -> EvalResult<Value> {
        match self.positional.get(index) {
            Some((value, _)) => Ok(value.clone()),
            None => {
                let message =
                    format!("Replacement index {index} out of range for positional args tuple");
                Err(EvalError::new(
                    ExceptionKind::IndexError,
                    message,
                    self.span,
                ))
            }
        }
    }
}

/// A lookup after a field name's first part.
enum Lookup<'a> {
    /// `.name`.
    Attribute(&'a str),
    /// `[key]`.
    Item(&'a str),
}

/// The first `.name` or `[key]` of `rest`, and what follows it.
fn lookup_step(rest: &str, span: Span) -> EvalResult<(Lookup<'_>, &str)> {
    if let Some(after) = rest.strip_prefix('.') {
        let end = after.find(['.', '[']).unwrap_or(after.len());
        if end == 0 {
            return Err(bad_format("Empty attribute in format string", span));
        }
        return Ok((Lookup::Attribute(&after[..end]), &after[end..]));
    }
    let after = rest.strip_prefix('[').unwrap_or(rest);
    let Some(close) = after.find(']') else {
        return Err(bad_format("Missing ']' in format string", span));
    };
    if close == 0 {
        return Err(bad_format("Empty attribute in format string", span));
    }
    let remaining = &after[close + 1..];
    if !remaining.is_empty() && !remaining.starts_with(['.', '[']) {
        let message = "Only '.' or '[' may follow ']' in format field specifier";
        return Err(bad_format(message, span));
    }
    Ok((Lookup::Item(&after[..close]), remaining))
}

/// The literal text at the start of `text` (braces halved), the field after it if any, and
/// the rest: CPython's `MarkupIterator_next`.
fn next_piece(text: &str, span: Span) -> EvalResult<(String, Option<Field<'_>>, &str)> {
    let Some(brace) = text.find(['{', '}']) else {
        return Ok((text.to_string(), None, ""));
    };
    let mut literal = text[..brace].to_string();
    let opening = text.as_bytes()[brace];
    let after = &text[brace + 1..];
    if after.as_bytes().first() == Some(&opening) {
        literal.push(opening as char);
        return Ok((literal, None, &after[1..]));
    }
    if opening == b'}' {
        return Err(bad_format("Single '}' encountered in format string", span));
    }
    if after.is_empty() {
        return Err(bad_format("Single '{' encountered in format string", span));
    }
    let (field, rest) = parse_field(after, span)?;
    Ok((literal, Some(field), rest))
}

/// A field after its `{`: name, conversion and spec up to the matching `}` (CPython's
/// `parse_field`).
fn parse_field(text: &str, span: Span) -> EvalResult<(Field<'_>, &str)> {
    let bytes = text.as_bytes();
    let mut at = 0;
    let mut stop = None;
    while at < bytes.len() {
        let c = bytes[at];
        at += 1;
        match c {
            b'{' => return Err(bad_format("unexpected '{' in field name", span)),
            b'[' => {
                while at < bytes.len() && bytes[at] != b']' {
                    at += 1;
                }
            }
            b'}' | b':' | b'!' => {
                stop = Some(c);
                break;
            }
            _ => {}
        }
    }
    let name_end = if stop.is_some() { at - 1 } else { at };
    let mut field = Field {
        name: &text[..name_end],
        conversion: None,
        spec: "",
    };
    match stop {
        Some(b'}') => return Ok((field, &text[at..])),
        None => return Err(bad_format("expected '}' before end of string", span)),
        _ => {}
    }
    if stop == Some(b'!') {
        let Some(conversion) = text[at..].chars().next() else {
            let message = "end of string while looking for conversion specifier";
            return Err(bad_format(message, span));
        };
        field.conversion = Some(conversion);
        at += conversion.len_utf8();
        match bytes.get(at) {
            Some(b'}') => return Ok((field, &text[at + 1..])),
            Some(b':') => at += 1,
            Some(_) => {
                let message = "expected ':' after conversion specifier";
                return Err(bad_format(message, span));
            }
            None => return Err(bad_format("unmatched '{' in format spec", span)),
        }
    }
    let spec_start = at;
    let mut depth = 1;
    while at < bytes.len() {
        match bytes[at] {
            b'{' => depth += 1,
            b'}' => {
                depth -= 1;
                if depth == 0 {
                    field.spec = &text[spec_start..at];
                    return Ok((field, &text[at + 1..]));
                }
            }
            _ => {}
        }
        at += 1;
    }
    Err(bad_format("unmatched '{' in format spec", span))
}
