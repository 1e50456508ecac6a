//! A callable's real signature, read from the text `inspect.signature` prints.
//!
//! Each table row carries its callable's signature as Python prints it
//! (`(shape, dtype=None, order='C', *, device=None, like=None)`), so the row can be checked
//! against the real thing and read by anyone who knows Python. This file turns that text into
//! parameters once per signature and keeps them for the session.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

/// How a parameter may be given.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParamKind {
    /// Before `/`: by position only.
    PositionalOnly,
    /// By position or by name.
    PositionalOrKeyword,
    /// After `*` or `*args`: by name only.
    KeywordOnly,
    /// `*args`.
    VarPositional,
    /// `**kwargs`.
    VarKeyword,
}

/// A parameter's default, as the signature prints it.
#[derive(Clone, Debug, PartialEq)]
pub enum DefaultValue {
    /// `None`.
    None,
    /// `True` / `False`.
    Bool(bool),
    /// An integer (`0`, `-1`).
    Int(i64),
    /// A float (`1.0`).
    Float(f64),
    /// A string (`'C'`, `'same_kind'`).
    Str(&'static str),
    /// A bytes literal (`b''`).
    Bytes(&'static str),
    /// `()`.
    EmptyTuple,
    /// NumPy's `<no value>`: the argument counts as absent.
    NoValue,
}

/// One parameter of a signature.
#[derive(Clone, Debug, PartialEq)]
pub struct Param {
    /// Its name.
    pub name: &'static str,
    /// How it may be given.
    pub kind: ParamKind,
    /// Its default; `None` when it is required (or is `*args`/`**kwargs`).
    pub default: Option<DefaultValue>,
}

impl Param {
    /// True for a parameter that must be given.
    pub fn is_required(&self) -> bool {
        self.default.is_none()
            && !matches!(self.kind, ParamKind::VarPositional | ParamKind::VarKeyword)
    }

    /// True when a positional argument can land here.
    pub fn takes_position(&self) -> bool {
        matches!(
            self.kind,
            ParamKind::PositionalOnly | ParamKind::PositionalOrKeyword
        )
    }

    /// True when a keyword argument can land here.
    pub fn takes_keyword(&self) -> bool {
        matches!(
            self.kind,
            ParamKind::PositionalOrKeyword | ParamKind::KeywordOnly
        )
    }
}

thread_local! {
    /// Parsed signatures, by the address of their text (each row's text is a `'static`).
    static PARSED: RefCell<HashMap<usize, Rc<[Param]>>> = RefCell::new(HashMap::new());
}

/// The parameters of `text`, parsed once per session thread.
pub fn params_of(text: &'static str) -> Rc<[Param]> {
    let key = text.as_ptr() as usize;
    if let Some(found) = PARSED.with(|cache| cache.borrow().get(&key).cloned()) {
        return found;
    }
    let params: Rc<[Param]> = parse_signature(text).into();
    PARSED.with(|cache| cache.borrow_mut().insert(key, Rc::clone(&params)));
    params
}

/// Parses `(a, /, b=1, *args, c, **kwargs)`. The texts are the project's own, checked against
/// python3 by a test, so a malformed one is a bug in a table row and panics.
pub fn parse_signature(text: &'static str) -> Vec<Param> {
    let inner = text
        .strip_prefix('(')
        .and_then(|t| t.strip_suffix(')'))
        .unwrap_or_else(|| panic!("signature {text:?} is not parenthesised"));
    let mut params = Vec::new();
    let mut keyword_only = false;
    for part in split_top_level(inner) {
        match part {
            "/" => mark_positional_only(&mut params),
            "*" => keyword_only = true,
            _ if part.starts_with("**") => params.push(variadic(&part[2..], ParamKind::VarKeyword)),
            _ if part.starts_with('*') => {
                keyword_only = true;
                params.push(variadic(&part[1..], ParamKind::VarPositional));
            }
            _ => params.push(named(part, keyword_only)),
        }
    }
    params
}

/// The comma-separated parts of a parameter list, ignoring commas inside brackets and quotes.
fn split_top_level(text: &'static str) -> Vec<&'static str> {
    let (mut parts, mut depth, mut quote, mut start) = (Vec::new(), 0i32, None, 0);
    for (at, c) in text.char_indices() {
        match (quote, c) {
            (Some(q), _) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '\'' | '"') => quote = Some(c),
            (None, '(' | '[' | '<') => depth += 1,
            (None, ')' | ']' | '>') => depth -= 1,
            (None, ',') if depth == 0 => {
                parts.push(text[start..at].trim());
                start = at + 1;
            }
            _ => {}
        }
    }
    let last = text[start..].trim();
    if !last.is_empty() {
        parts.push(last);
    }
    parts
}

fn mark_positional_only(params: &mut [Param]) {
    for param in params {
        param.kind = ParamKind::PositionalOnly;
    }
}

fn variadic(name: &'static str, kind: ParamKind) -> Param {
    Param {
        name,
        kind,
        default: None,
    }
}

fn named(part: &'static str, keyword_only: bool) -> Param {
    let (name, default) = match part.split_once('=') {
        Some((name, default)) => (name.trim(), Some(parse_default(default.trim()))),
        None => (part, None),
    };
    let kind = match keyword_only {
        true => ParamKind::KeywordOnly,
        false => ParamKind::PositionalOrKeyword,
    };
    Param {
        name,
        kind,
        default,
    }
}

fn parse_default(text: &'static str) -> DefaultValue {
    match text {
        "None" => DefaultValue::None,
        "True" => DefaultValue::Bool(true),
        "False" => DefaultValue::Bool(false),
        "()" => DefaultValue::EmptyTuple,
        "<no value>" => DefaultValue::NoValue,
        quoted if quoted.starts_with(['\'', '"']) => {
            DefaultValue::Str(&quoted[1..quoted.len() - 1])
        }
        bytes if bytes.starts_with("b'") => DefaultValue::Bytes(&bytes[2..bytes.len() - 1]),
        number => number
            .parse::<i64>()
            .map(DefaultValue::Int)
            .or_else(|_| number.parse::<f64>().map(DefaultValue::Float))
            .unwrap_or_else(|_| panic!("default {number:?} is not one viewfinder reads")),
    }
}

/// The signature as `inspect.signature` prints it, from the parameters: what the test
/// compares with python3's.
pub fn render_signature(params: &[Param]) -> String {
    let mut parts = Vec::new();
    let mut marked_keyword_only = false;
    for (i, param) in params.iter().enumerate() {
        let next_is_positional = params
            .get(i + 1)
            .is_some_and(|p| p.kind == ParamKind::PositionalOnly);
        if param.kind == ParamKind::KeywordOnly && !marked_keyword_only {
            parts.push("*".to_string());
        }
        marked_keyword_only |= matches!(
            param.kind,
            ParamKind::KeywordOnly | ParamKind::VarPositional
        );
        parts.push(render_param(param));
        if param.kind == ParamKind::PositionalOnly && !next_is_positional {
            parts.push("/".into());
        }
    }
    format!("({})", parts.join(", "))
}

fn render_param(param: &Param) -> String {
    let prefix = match param.kind {
        ParamKind::VarPositional => "*",
        ParamKind::VarKeyword => "**",
        _ => "",
    };
    match &param.default {
        None => format!("{prefix}{}", param.name),
        Some(default) => format!("{}={}", param.name, render_default(default)),
    }
}

fn render_default(default: &DefaultValue) -> String {
    match default {
        DefaultValue::None => "None".into(),
        DefaultValue::Bool(b) => crate::value::py_bool(*b).into(),
        DefaultValue::Int(i) => i.to_string(),
        DefaultValue::Float(x) => crate::format::py_float_repr(*x),
        DefaultValue::Str(s) => format!("'{s}'"),
        DefaultValue::Bytes(s) => format!("b'{s}'"),
        DefaultValue::EmptyTuple => "()".into(),
        DefaultValue::NoValue => "<no value>".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_of_parameter_is_read() {
        let params = parse_signature("(a, /, b=1, *args, c, d='C', **kwargs)");
        let kinds: Vec<ParamKind> = params.iter().map(|p| p.kind).collect();
        use ParamKind::*;
        assert_eq!(
            kinds,
            [
                PositionalOnly,
                PositionalOrKeyword,
                VarPositional,
                KeywordOnly,
                KeywordOnly,
                VarKeyword
            ]
        );
        assert_eq!(params[1].default, Some(DefaultValue::Int(1)));
        assert_eq!(params[4].default, Some(DefaultValue::Str("C")));
        assert!(params[0].is_required() && params[3].is_required());
        assert!(!params[2].is_required());
    }

    #[test]
    fn signatures_print_back_as_python_prints_them() {
        for text in [
            "(shape, dtype=None, order='C', *, device=None, like=None)",
            "(a, /, shape, order='C', *, copy=None)",
            "(x1, x2, /, out=None, *, where=True, casting='same_kind')",
            "(*shape, order='C', copy=None)",
            "(a, axis=None, keepdims=<no value>)",
            "()",
            "(iterable=(), /)",
        ] {
            assert_eq!(render_signature(&parse_signature(text)), text);
        }
    }
}
