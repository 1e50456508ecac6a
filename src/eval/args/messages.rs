//! Matching arguments to parameters, with each callable family's own `TypeError` wording.
//!
//! Python functions (CPython's `initialize_locals`), NumPy's C parser (`npy_parse_arguments`),
//! CPython's keyword parser (`vgetargskeywords`), its positional-only checks
//! (`_PyArg_CheckPositional`, `METH_O`, `METH_NOARGS`) and NumPy's ufuncs all bind the same way
//! in the end, but check in different orders and say different things. Each style here follows
//! its C source's order of checks, so the first error python3 would raise is the one raised.

use super::{CallArgs, CallStyle, Native, Param, ParamKind};
use crate::eval::{EvalError, EvalResult};
use crate::syntax::Span;
use crate::value::Value;

/// What each parameter received, by position.
pub(crate) type Bound = Vec<Option<(Value, Span)>>;
/// Bound parameters, extra positional arguments, extra keyword arguments.
pub(crate) type Binding = (Bound, Vec<(Value, Span)>, Vec<(String, Value, Span)>);

/// Binds `call` to `params` as `row`'s style does; `qualname` is Python's qualified name
/// (`list.append`), which some of CPython's messages use instead of the bare one.
pub(super) fn bind_by_style(
    row: &Native,
    qualname: &str,
    params: &[Param],
    call: CallArgs,
) -> EvalResult<Binding> {
    let name = row.error_name();
    match row.style {
        CallStyle::PythonDef => bind_python_def(name, params, call),
        CallStyle::NumPyArgs => bind_numpy_args(name, params, call),
        CallStyle::CPythonArgs => bind_cpython_args(name, params, call),
        CallStyle::Positional => {
            no_keywords(qualname, &call).and_then(|()| bind_positional(name, params, call))
        }
        CallStyle::ParseTuple => {
            no_keywords(qualname, &call).and_then(|()| bind_parse_tuple(name, params, call))
        }
        CallStyle::OneArgument => bind_counted(qualname, params, call, 1),
        CallStyle::NoArguments => bind_counted(qualname, params, call, 0),
        CallStyle::Ufunc => bind_ufunc(name, params, call),
        CallStyle::Custom => Ok((Vec::new(), call.positional, call.keywords)),
    }
}

/// `list.pop() takes no keyword arguments`: CPython's check before a positional-only
/// callable runs.
fn no_keywords(qualname: &str, call: &CallArgs) -> EvalResult<()> {
    match call.keywords.first() {
        Some((_, _, at)) => Err(type_error(
            format!("{qualname}() takes no keyword arguments"),
            *at,
        )),
        None => Ok(()),
    }
}

/// `PyArg_ParseTuple`: `fill() takes exactly 1 argument (0 given)`, `function takes at most
/// 2 arguments (3 given)` for a callable with no name.
fn bind_parse_tuple(name: &str, params: &[Param], call: CallArgs) -> EvalResult<Binding> {
    let least = params.iter().filter(|p| p.is_required()).count();
    let most = params.iter().filter(|p| p.takes_position()).count();
    let given = call.positional.len();
    if given < least || given > most {
        let (bound, limit) = match (least == most, given < least) {
            (true, _) => ("exactly", least),
            (false, true) => ("at least", least),
            (false, false) => ("at most", most),
        };
        let message = format!(
            "{} takes {bound} {limit} argument{} ({given} given)",
            cpython_callee(name),
            plural(limit)
        );
        return Err(type_error(message, call.span));
    }
    let mut bound: Bound = vec![None; params.len()];
    bind_positions(params, &mut bound, call.positional);
    Ok((bound, Vec::new(), Vec::new()))
}

fn type_error(message: String, span: Span) -> EvalError {
    EvalError::type_error(message, span)
}

/// `s` when `n` is not 1.
fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

fn has_kind(params: &[Param], kind: ParamKind) -> bool {
    params.iter().any(|p| p.kind == kind)
}

/// Puts positional arguments into the positional parameters; returns those left over.
fn bind_positions(
    params: &[Param],
    bound: &mut Bound,
    positional: Vec<(Value, Span)>,
) -> Vec<(Value, Span)> {
    let slots: Vec<usize> = (0..params.len())
        .filter(|&i| params[i].takes_position())
        .collect();
    let mut rest = Vec::new();
    for (i, arg) in positional.into_iter().enumerate() {
        match slots.get(i) {
            Some(&slot) => bound[slot] = Some(arg),
            None => rest.push(arg),
        }
    }
    rest
}

/// A Python function, checked in CPython 3.11's order: keywords (multiple values, then
/// positional-only names given by keyword, then unknown names), too many positionals, missing
/// positionals, missing keyword-only arguments.
pub(crate) fn bind_python_def(name: &str, params: &[Param], call: CallArgs) -> EvalResult<Binding> {
    let span = call.span;
    let mut bound: Bound = vec![None; params.len()];
    let given = call.positional.len();
    let extra = bind_positions(params, &mut bound, call.positional);
    let has_varargs = has_kind(params, ParamKind::VarPositional);
    let has_varkw = has_kind(params, ParamKind::VarKeyword);
    let mut varkw = Vec::new();
    let keyword_names: Vec<String> = call.keywords.iter().map(|(k, _, _)| k.clone()).collect();
    for (keyword, value, at) in call.keywords {
        match params
            .iter()
            .position(|p| p.name == keyword && p.takes_keyword())
        {
            Some(slot) if bound[slot].is_some() => {
                let message = format!("{name}() got multiple values for argument '{keyword}'");
                return Err(type_error(message, at));
            }
            Some(slot) => bound[slot] = Some((value, at)),
            None if has_varkw => varkw.push((keyword, value, at)),
            None => {
                return Err(unknown_python_keyword(
                    name,
                    params,
                    &keyword_names,
                    &keyword,
                    at,
                ));
            }
        }
    }
    if !extra.is_empty() && !has_varargs {
        return Err(too_many_python_positionals(
            name, params, &bound, given, span,
        ));
    }
    check_python_missing(name, params, &bound, span)?;
    Ok((bound, if has_varargs { extra } else { Vec::new() }, varkw))
}

/// `f() got some positional-only arguments passed as keyword arguments: 'a, b'`, or
/// `f() got an unexpected keyword argument 'x'`.
fn unknown_python_keyword(
    name: &str,
    params: &[Param],
    keywords: &[String],
    keyword: &str,
    at: Span,
) -> EvalError {
    let positional_only: Vec<&str> = keywords
        .iter()
        .filter(|k| {
            params
                .iter()
                .any(|p| p.name == *k && p.kind == ParamKind::PositionalOnly)
        })
        .map(String::as_str)
        .collect();
    if !positional_only.is_empty() {
        let message = format!(
            "{name}() got some positional-only arguments passed as keyword arguments: '{}'",
            positional_only.join(", ")
        );
        return type_error(message, at);
    }
    type_error(
        format!("{name}() got an unexpected keyword argument '{keyword}'"),
        at,
    )
}

/// CPython's `too_many_positional`.
fn too_many_python_positionals(
    name: &str,
    params: &[Param],
    bound: &Bound,
    given: usize,
    span: Span,
) -> EvalError {
    let positional: Vec<&Param> = params.iter().filter(|p| p.takes_position()).collect();
    let with_default = positional.iter().filter(|p| p.default.is_some()).count();
    let count = positional.len();
    let (takes, plural_takes) = match with_default {
        0 => (count.to_string(), count != 1),
        _ => (format!("from {} to {count}", count - with_default), true),
    };
    let keyword_only_given = params
        .iter()
        .zip(bound)
        .filter(|(p, slot)| p.kind == ParamKind::KeywordOnly && slot.is_some())
        .count();
    let also = match keyword_only_given {
        0 => String::new(),
        n => format!(
            " positional argument{} (and {n} keyword-only argument{})",
            plural(given),
            plural(n)
        ),
    };
    let verb = if given == 1 && keyword_only_given == 0 {
        "was"
    } else {
        "were"
    };
    let s = if plural_takes { "s" } else { "" };
    type_error(
        format!("{name}() takes {takes} positional argument{s} but {given}{also} {verb} given"),
        span,
    )
}

/// CPython's `missing_arguments`, for positional and then keyword-only parameters.
fn check_python_missing(name: &str, params: &[Param], bound: &Bound, span: Span) -> EvalResult<()> {
    for (kind, label) in [
        (ParamKind::PositionalOrKeyword, "positional"),
        (ParamKind::KeywordOnly, "keyword-only"),
    ] {
        let missing: Vec<&str> = params
            .iter()
            .zip(bound)
            .filter(|(p, slot)| slot.is_none() && p.is_required())
            .filter(|(p, _)| {
                p.kind == kind
                    || (kind == ParamKind::PositionalOrKeyword
                        && p.kind == ParamKind::PositionalOnly)
            })
            .map(|(p, _)| p.name)
            .collect();
        if !missing.is_empty() {
            let message = format!(
                "{name}() missing {} required {label} argument{}: {}",
                missing.len(),
                plural(missing.len()),
                quoted_list(&missing)
            );
            return Err(type_error(message, span));
        }
    }
    Ok(())
}

/// `'a'`, `'a' and 'b'`, `'a', 'b', and 'c'`, as CPython lists missing arguments.
fn quoted_list(names: &[&str]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match quoted.len() {
        0 | 1 => quoted.concat(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        n => format!("{}, and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
    }
}

/// NumPy's `npy_parse_arguments`: too many positionals, then keywords (unknown, or given by
/// position too), then the first missing required argument.
fn bind_numpy_args(name: &str, params: &[Param], call: CallArgs) -> EvalResult<Binding> {
    let span = call.span;
    let positional = params.iter().filter(|p| p.takes_position()).count();
    let required = params.iter().take_while(|p| p.is_required()).count();
    let given = call.positional.len();
    if given > positional {
        let verb = if given == 1 { "was" } else { "were" };
        let takes = match positional == required {
            true => positional.to_string(),
            false => format!("from {required} to {positional}"),
        };
        let message =
            format!("{name}() takes {takes} positional arguments but {given} {verb} given");
        return Err(type_error(message, span));
    }
    let mut bound: Bound = vec![None; params.len()];
    bind_positions(params, &mut bound, call.positional);
    for (keyword, value, at) in call.keywords {
        let Some(slot) = params
            .iter()
            .position(|p| p.name == keyword && p.takes_keyword())
        else {
            let message = format!("{name}() got an unexpected keyword argument '{keyword}'");
            return Err(type_error(message, at));
        };
        if bound[slot].is_some() {
            let message = format!(
                "argument for {name}() given by name ('{keyword}') and position (position {slot})"
            );
            return Err(type_error(message, at));
        }
        bound[slot] = Some((value, at));
    }
    if let Some(slot) = (0..required).find(|&i| bound[i].is_none()) {
        let message = match params[slot].kind {
            ParamKind::PositionalOnly => {
                format!("{name}() missing required positional argument {slot}")
            }
            _ => format!(
                "{name}() missing required argument '{}' (pos {slot})",
                params[slot].name
            ),
        };
        return Err(type_error(message, span));
    }
    Ok((bound, Vec::new(), Vec::new()))
}

/// CPython's `vgetargskeywords`: the total count, positionals past the keyword-only marker,
/// each missing required argument in turn, then keywords given by position too, then unknown
/// keywords.
fn bind_cpython_args(name: &str, params: &[Param], call: CallArgs) -> EvalResult<Binding> {
    let span = call.span;
    let (given, keywords) = (call.positional.len(), call.keywords.len());
    let total = params.len();
    if given + keywords > total {
        let keyword = if given == 0 { "keyword " } else { "" };
        let message = format!(
            "{} takes at most {total} {keyword}argument{} ({} given)",
            cpython_callee(name),
            plural(total),
            given + keywords
        );
        return Err(type_error(message, span));
    }
    check_cpython_positional_count(name, params, given, span)?;
    let mut bound: Bound = vec![None; params.len()];
    bind_positions(params, &mut bound, call.positional);
    let mut keywords = call.keywords;
    let positional_only = params
        .iter()
        .filter(|p| p.kind == ParamKind::PositionalOnly)
        .count();
    for (slot, param) in params.iter().enumerate() {
        if bound[slot].is_none()
            && slot >= positional_only
            && let Some(at) = keywords.iter().position(|(k, _, _)| k == param.name)
        {
            let (_, value, span) = keywords.remove(at);
            bound[slot] = Some((value, span));
        }
        if bound[slot].is_none() && param.is_required() {
            return Err(cpython_missing(
                name,
                params,
                slot,
                positional_only,
                given,
                span,
            ));
        }
    }
    if let Some((keyword, _, at)) = keywords.first() {
        let message = match params[..given].iter().position(|p| p.name == *keyword) {
            Some(slot) => format!(
                "argument for {} given by name ('{keyword}') and position ({})",
                cpython_callee(name),
                slot + 1
            ),
            None => format!(
                "'{keyword}' is an invalid keyword argument for {}",
                cpython_this(name)
            ),
        };
        return Err(type_error(message, *at));
    }
    Ok((bound, Vec::new(), Vec::new()))
}

/// How CPython's keyword parser names a callable: `round()`, or `function` when it has no name.
fn cpython_callee(name: &str) -> String {
    match name {
        "" => "function".into(),
        _ => format!("{name}()"),
    }
}

/// `round()`, or `this function` when the callable has no name.
fn cpython_this(name: &str) -> String {
    match name {
        "" => "this function".into(),
        _ => format!("{name}()"),
    }
}

/// `takes at most N positional arguments` when positionals run into keyword-only parameters.
fn check_cpython_positional_count(
    name: &str,
    params: &[Param],
    given: usize,
    span: Span,
) -> EvalResult<()> {
    let most = params.iter().filter(|p| p.takes_position()).count();
    if given <= most || most == params.len() {
        return Ok(());
    }
    let message = match most {
        0 => format!("{} takes no positional arguments", cpython_callee(name)),
        _ => {
            let some_optional = params.iter().any(|p| !p.is_required());
            let bound = if some_optional { "at most" } else { "exactly" };
            format!(
                "{} takes {bound} {most} positional argument{} ({given} given)",
                cpython_callee(name),
                plural(most)
            )
        }
    };
    Err(type_error(message, span))
}

fn cpython_missing(
    name: &str,
    params: &[Param],
    slot: usize,
    positional_only: usize,
    given: usize,
    span: Span,
) -> EvalError {
    if slot < positional_only {
        let required = params.iter().take_while(|p| p.is_required()).count();
        let least = positional_only.min(required);
        let bound = if least < params.len() {
            "at least"
        } else {
            "exactly"
        };
        let message = format!(
            "{} takes {bound} {least} positional argument{} ({given} given)",
            cpython_callee(name),
            plural(least)
        );
        return type_error(message, span);
    }
    let message = format!(
        "{} missing required argument '{}' (pos {})",
        cpython_callee(name),
        params[slot].name,
        slot + 1
    );
    type_error(message, span)
}

/// `_PyArg_CheckPositional` (keywords were refused before).
fn bind_positional(name: &str, params: &[Param], call: CallArgs) -> EvalResult<Binding> {
    let least = params.iter().filter(|p| p.is_required()).count();
    let most = match has_kind(params, ParamKind::VarPositional) {
        true => usize::MAX,
        false => params.iter().filter(|p| p.takes_position()).count(),
    };
    let given = call.positional.len();
    let (bound_text, limit) = match (given < least, given > most) {
        (true, _) => (if least == most { "" } else { "at least " }, least),
        (_, true) => (if least == most { "" } else { "at most " }, most),
        _ => {
            let mut bound: Bound = vec![None; params.len()];
            let rest = bind_positions(params, &mut bound, call.positional);
            return Ok((bound, rest, Vec::new()));
        }
    };
    let message = format!(
        "{name} expected {bound_text}{limit} argument{}, got {given}",
        plural(limit)
    );
    Err(type_error(message, call.span))
}

/// `METH_O` (`count` 1) and `METH_NOARGS` (`count` 0) callables.
fn bind_counted(name: &str, params: &[Param], call: CallArgs, count: usize) -> EvalResult<Binding> {
    if let Some((_, _, at)) = call.keywords.first() {
        return Err(type_error(
            format!("{name}() takes no keyword arguments"),
            *at,
        ));
    }
    let given = call.positional.len();
    if given != count {
        let message = match count {
            0 => format!("{name}() takes no arguments ({given} given)"),
            _ => format!("{name}() takes exactly one argument ({given} given)"),
        };
        return Err(type_error(message, call.span));
    }
    let mut bound: Bound = vec![None; params.len()];
    bind_positions(params, &mut bound, call.positional);
    Ok((bound, Vec::new(), Vec::new()))
}

/// A ufunc: its operands (and an optional positional `out`) are counted first, then the
/// keywords are bound as NumPy's parser binds them.
fn bind_ufunc(name: &str, params: &[Param], call: CallArgs) -> EvalResult<Binding> {
    let operands = params
        .iter()
        .filter(|p| p.kind == ParamKind::PositionalOnly)
        .count();
    let most = params.iter().filter(|p| p.takes_position()).count();
    let given = call.positional.len();
    if given < operands || given > most {
        let verb = if given == 1 { "was" } else { "were" };
        let message = format!(
            "{name}() takes from {operands} to {most} positional arguments but {given} {verb} given"
        );
        return Err(type_error(message, call.span));
    }
    bind_numpy_args(name, params, call)
}

#[cfg(test)]
mod tests {
    use super::super::signature::parse_signature;
    use super::*;

    fn call(positional: usize, keywords: &[&str]) -> CallArgs {
        CallArgs {
            positional: (0..positional)
                .map(|i| (Value::Int(i as i64), Span::default()))
                .collect(),
            keywords: keywords
                .iter()
                .map(|k| (k.to_string(), Value::Int(0), Span::default()))
                .collect(),
            span: Span::default(),
        }
    }

    fn error(
        bind: fn(&str, &[Param], CallArgs) -> EvalResult<Binding>,
        signature: &'static str,
        positional: usize,
        keywords: &[&str],
    ) -> String {
        let params = parse_signature(signature);
        match bind("f", &params, call(positional, keywords)) {
            Ok(_) => "ok".into(),
            Err(e) => e.message,
        }
    }

    // Expected messages below are what CPython 3.11 prints for the same calls of a `def`
    // with the same signature (checked against python3 for every row by tests/signatures.rs).
    #[test]
    fn python_functions_word_errors_as_cpython() {
        let sig = "(a, b, /, c, d=1, *, e, g=2)";
        assert_eq!(
            error(bind_python_def, sig, 0, &[]),
            "f() missing 3 required positional arguments: 'a', 'b', and 'c'"
        );
        assert_eq!(
            error(bind_python_def, sig, 3, &[]),
            "f() missing 1 required keyword-only argument: 'e'"
        );
        assert_eq!(
            error(bind_python_def, sig, 5, &["e"]),
            "f() takes from 3 to 4 positional arguments but 5 positional arguments (and 1 keyword-only argument) were given"
        );
        assert_eq!(
            error(bind_python_def, sig, 3, &["e", "c"]),
            "f() got multiple values for argument 'c'"
        );
        assert_eq!(
            error(bind_python_def, sig, 0, &["a", "b", "c", "e"]),
            "f() got some positional-only arguments passed as keyword arguments: 'a, b'"
        );
        assert_eq!(
            error(bind_python_def, "(*, x)", 1, &[]),
            "f() takes 0 positional arguments but 1 was given"
        );
    }

    #[test]
    fn numpy_c_functions_word_errors_as_numpy() {
        let sig = "(shape, dtype=None, order='C', *, device=None, like=None)";
        assert_eq!(
            error(bind_numpy_args, sig, 0, &[]),
            "f() missing required argument 'shape' (pos 0)"
        );
        assert_eq!(
            error(bind_numpy_args, sig, 5, &[]),
            "f() takes from 1 to 3 positional arguments but 5 were given"
        );
        assert_eq!(
            error(bind_numpy_args, sig, 1, &["shape"]),
            "argument for f() given by name ('shape') and position (position 0)"
        );
        assert_eq!(
            error(bind_numpy_args, sig, 1, &["foo"]),
            "f() got an unexpected keyword argument 'foo'"
        );
    }

    #[test]
    fn cpython_c_functions_word_errors_as_cpython() {
        assert_eq!(
            error(bind_cpython_args, "(number, ndigits=None)", 3, &[]),
            "f() takes at most 2 arguments (3 given)"
        );
        assert_eq!(
            error(bind_cpython_args, "(number, ndigits=None)", 0, &["x"]),
            "f() missing required argument 'number' (pos 1)"
        );
        assert_eq!(
            error(bind_cpython_args, "(x=0, base=10)", 0, &["foo"]),
            "'foo' is an invalid keyword argument for f()"
        );
        assert_eq!(
            error(bind_positional, "(index=-1, /)", 2, &[]),
            "f expected at most 1 argument, got 2"
        );
        assert_eq!(
            error(bind_counted1, "(object, /)", 0, &[]),
            "f() takes exactly one argument (0 given)"
        );
    }

    fn bind_counted1(name: &str, params: &[Param], call: CallArgs) -> EvalResult<Binding> {
        bind_counted(name, params, call, 1)
    }
}
