//! Python's builtins that viewfinder models, one table row each: the functions (`print`,
//! `len`, `sorted`, …) and the classes called as constructors (`int`, `list`, `range`, …).
//!
//! A builtin name without a row is refused honestly when Python has it (`exec`, `open`): the
//! refusal set is CPython's `dir(builtins)` minus this table.

use std::cell::RefCell;
use std::rc::Rc;

use crate::eval::args::CallStyle::*;
use crate::eval::args::{Args, Native};
use crate::eval::python::{as_index_int, introspection, lazy, python_scalar, range_len};
use crate::eval::{EvalError, EvalResult, Interpreter};
use crate::exception::ExceptionKind;
use crate::memory::Scalar;
use crate::syntax::{BinOp, CmpOp, Span};
use crate::value::{BufferKind, IterState, IteratorObject, Value};

/// The builtin functions viewfinder models.
#[rustfmt::skip]
pub(crate) static FUNCTIONS: &[Native] = &[
    Native::new("print", "(*args, sep=' ', end='\\n', file=None, flush=False)", Custom, &[], print),
    Native::new("len", "(obj, /)", OneArgument, &["obj"], len),
    Native::new("repr", "(obj, /)", OneArgument, &["obj"], repr),
    Native::new("abs", "(x, /)", OneArgument, &["x"], abs),
    Native::new("min", "(iterable, /, *, key=None, default=<no value>)", Custom, &[], min),
    Native::new("max", "(iterable, /, *, key=None, default=<no value>)", Custom, &[], max),
    Native::new("sum", "(iterable, /, start=0)", CPythonArgs, &["iterable", "start"], sum),
    Native::new("sorted", "(iterable, /, *, key=None, reverse=False)", Custom, &[], sorted),
    Native::new("round", "(number, ndigits=None)", CPythonArgs, &["number", "ndigits"], round),
    Native::new("dir", "(object=<no value>, /)", Positional, &["object"], dir),
    Native::new("iter", "(object, sentinel=<no value>, /)", Positional, &["object"], iter),
    Native::new("next", "(iterator, default=<no value>, /)", Positional, &["iterator", "default"], next),
    Native::new("format", "(value, format_spec='', /)", Positional, &["value", "format_spec"], format),
    Native::new("ascii", "(obj, /)", OneArgument, &["obj"], ascii),
    Native::new("isinstance", "(obj, class_or_tuple, /)", Positional, &["obj", "class_or_tuple"], introspection::isinstance),
    Native::new("callable", "(obj, /)", OneArgument, &["obj"], introspection::callable),
    Native::new("hasattr", "(obj, name, /)", Positional, &["obj", "name"], introspection::hasattr),
    Native::new("getattr", "(object, name, default=<no value>, /)", Positional, &["object", "name", "default"], introspection::getattr),
    Native::new("any", "(iterable, /)", OneArgument, &["iterable"], introspection::any),
    Native::new("all", "(iterable, /)", OneArgument, &["iterable"], introspection::all),
    Native::new("chr", "(i, /)", OneArgument, &["i"], introspection::chr),
    Native::new("ord", "(c, /)", OneArgument, &["c"], introspection::ord),
    Native::new("hex", "(number, /)", OneArgument, &["number"], introspection::hex),
    Native::new("oct", "(number, /)", OneArgument, &["number"], introspection::oct),
    Native::new("bin", "(number, /)", OneArgument, &["number"], introspection::bin),
    Native::new("divmod", "(x, y, /)", Positional, &["x", "y"], introspection::divmod),
    Native::new("pow", "(base, exp, mod=None)", CPythonArgs, &["base", "exp", "mod"], introspection::pow),
    Native::new("issubclass", "(cls, class_or_tuple, /)", Positional, &["cls", "class_or_tuple"], introspection::issubclass),
    Native::new("setattr", "(obj, name, value, /)", Positional, &["obj", "name", "value"], introspection::setattr),
    Native::new("hash", "(obj, /)", OneArgument, &["obj"], hash),
    Native::new("id", "(obj, /)", OneArgument, &["obj"], crate::eval::python::identity::id),
];

/// The builtin classes viewfinder can call, by their name (`type(x)` gives the same class).
#[rustfmt::skip]
pub(crate) static CLASSES: &[Native] = &[
    Native::new("int", "(x=0, /, base=10)", CPythonArgs, &["x"], int),
    Native::new("float", "(x=0, /)", Positional, &["x"], float),
    Native::new("bool", "(x=False, /)", Positional, &["x"], bool_),
    Native::new("str", "(object='', encoding='utf-8', errors='strict')", CPythonArgs, &["object", "encoding", "errors"], str_),
    Native::new("list", "(iterable=(), /)", Positional, &["iterable"], list),
    Native::new("tuple", "(iterable=(), /)", Positional, &["iterable"], tuple),
    Native::new("range", "(start, stop=None, step=None, /)", Positional, &["start", "stop", "step"], range),
    Native::new("bytes", "(source=b'', encoding='utf-8', errors='strict')", CPythonArgs, &["source", "encoding", "errors"], bytes),
    Native::new("bytearray", "(source=b'', encoding='utf-8', errors='strict')", CPythonArgs, &["source", "encoding", "errors"], bytearray),
    Native::new("type", "(object, /)", Custom, &[], type_),
    Native::new("enumerate", "(iterable, start=0)", Custom, &[], enumerate),
    Native::new("zip", "(*iterables, strict=False)", Custom, &[], zip),
    Native::new("reversed", "(sequence, /)", Positional, &["sequence"], reversed),
    Native::new("map", "(func, *iterables)", Custom, &[], lazy::map),
    Native::new("filter", "(function, iterable, /)", Custom, &[], lazy::filter),
    Native::new("dict", "(*args, **kwargs)", Custom, &[], crate::eval::python::dict::construct),
    Native::new("set", "(iterable=(), /)", Positional, &["iterable"], crate::eval::python::set::construct_set),
    Native::new("frozenset", "(iterable=(), /)", Positional, &["iterable"], crate::eval::python::set::construct_frozenset),
    Native::new("object", "()", Custom, &[], object),
    Native::new("memoryview", "(object)", CPythonArgs, &["object"], crate::eval::python::memoryview::construct),
];

/// `object()`: a featureless object, whose only use in teaching code is its identity, and
/// whose `repr` shows its address.
fn object(_: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    if !args.varargs.is_empty() || !args.varkw.is_empty() {
        let message = "object() takes no arguments";
        return Err(EvalError::type_error(message, args.span));
    }
    Err(EvalError::unsupported("instances of object()", args.span))
}

/// `enumerate(iterable, start=0)`: `(count, item)` pairs, taken as the loop goes.
fn enumerate(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let ((iterable, span), start) = enumerate_arguments(args)?;
    let count = match start {
        Some((start, at)) => as_index_int(&start, at)?,
        None => 0,
    };
    let inner = Box::new(vf.loop_items(iterable, span)?);
    let state = IterState::Enumerate { count, inner };
    Ok(IteratorObject::value("enumerate", state))
}

/// A value passed to a call, and where.
type Passed = (Value, Span);

/// The iterable and start of an `enumerate` call, with CPython's errors for the others
/// (its fast path words them its own way).
fn enumerate_arguments(args: &Args) -> EvalResult<(Passed, Option<Passed>)> {
    let given = args.varargs.len() + args.varkw.len();
    if given > 2 {
        let message = format!("enumerate() takes at most 2 arguments ({given} given)");
        return Err(EvalError::type_error(message, args.span));
    }
    let mut iterable = args.varargs.first().cloned();
    let mut start = args.varargs.get(1).cloned();
    for (name, value, at) in &args.varkw {
        match name.as_str() {
            "iterable" if iterable.is_none() => iterable = Some((value.clone(), *at)),
            "start" if iterable.is_some() && start.is_none() => start = Some((value.clone(), *at)),
            _ => {
                let message = format!("'{name}' is an invalid keyword argument for enumerate()");
                return Err(EvalError::type_error(message, *at));
            }
        }
    }
    let missing = || {
        EvalError::type_error(
            "enumerate() missing required argument 'iterable'",
            args.span,
        )
    };
    Ok((iterable.ok_or_else(missing)?, start))
}

/// `zip(*iterables, strict=False)`: tuples of one item of each, until the shortest runs out.
fn zip(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    if args.varkw.len() > 1 {
        let message = format!(
            "zip() takes at most 1 keyword argument ({} given)",
            args.varkw.len()
        );
        return Err(EvalError::type_error(message, args.span));
    }
    if let Some((name, value, at)) = args.varkw.first() {
        if name != "strict" {
            let message = format!("'{name}' is an invalid keyword argument for zip()");
            return Err(EvalError::type_error(message, *at));
        }
        if vf.truthy(value, *at)? {
            return Err(EvalError::unsupported("zip(strict=True)", *at));
        }
    }
    let sources = args
        .varargs
        .iter()
        .map(|(value, span)| vf.loop_items(value.clone(), *span))
        .collect::<EvalResult<Vec<_>>>()?;
    Ok(IteratorObject::value("zip", IterState::Zip(sources)))
}

/// `reversed(sequence)`: its items from the last, taken as the loop goes.
fn reversed(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let sequence = args.get("sequence").cloned().unwrap_or(Value::None);
    let span = args.span_of("sequence");
    let (type_name, state) = match sequence {
        Value::List(list) => {
            let at = list.borrow().len();
            ("list_reverseiterator", IterState::ReversedList { list, at })
        }
        Value::Range(start, stop, step) => {
            let left = crate::eval::python::ops::range_len(start, stop, step);
            let last = start as i128 + (left as i128 - 1) * step as i128;
            let state = IterState::Range {
                next: last,
                left,
                step: -(step as i128),
            };
            ("range_iterator", state)
        }
        Value::Array(array) if array.data.layout.ndim() > 0 => {
            let positions = 0..array.data.shape()[0];
            let state = IterState::Array {
                array,
                positions,
                reversed: true,
            };
            ("reversed", state)
        }
        value @ (Value::Tuple(_) | Value::Str(_) | Value::Buffer(_)) => {
            let mut items = vf.iterate(&value, span)?;
            items.reverse();
            ("reversed", IterState::Values(items.into_iter()))
        }
        Value::Array(_) => return Err(EvalError::type_error("len() of unsized object", span)),
        Value::Dict(_) | Value::DictView(_) => {
            return Err(EvalError::unsupported("reversed() of a dict", span));
        }
        other => {
            let message = format!("'{}' object is not reversible", other.type_name());
            return Err(EvalError::type_error(message, span));
        }
    };
    Ok(IteratorObject::value(type_name, state))
}

/// `iter(object)`: an iterator over it, of the type CPython's would be (an iterator is its
/// own).
fn iter(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let object = args.value("object")?;
    let span = args.span_of("object");
    if args.get("sentinel").is_some() {
        return Err(EvalError::unsupported(
            "iter(callable, sentinel)",
            args.span,
        ));
    }
    let type_name = match object {
        Value::Iterator(_) => return Ok(object.clone()),
        Value::List(_) => "list_iterator",
        Value::Tuple(_) => "tuple_iterator",
        Value::Range(..) => "range_iterator",
        Value::Str(s) if s.is_ascii() => "str_ascii_iterator",
        Value::Str(_) => "str_iterator",
        Value::Array(_) => "iterator",
        Value::Dict(_) => "dict_keyiterator",
        Value::Set(_) | Value::FrozenSet(_) => "set_iterator",
        Value::DictView(view) => view.kind.iterator_name(),
        Value::Buffer(buffer) => match buffer.kind {
            BufferKind::Bytes => "bytes_iterator",
            BufferKind::ByteArray => "bytearray_iterator",
            BufferKind::ArrayModule(..) => "arrayiterator",
        },
        Value::MemoryView(_) => "memory_iterator",
        other => {
            let message = format!("'{}' object is not iterable", other.type_name());
            return Err(EvalError::type_error(message, span));
        }
    };
    let state = vf.loop_items(object.clone(), span)?;
    Ok(IteratorObject::value(type_name, state))
}

/// `next(iterator, default)`: its next item, else `default`, else `StopIteration`.
fn next(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let Value::Iterator(iterator) = args.value("iterator")? else {
        let type_name = args.value("iterator")?.type_name();
        let message = format!("'{type_name}' object is not an iterator");
        return Err(EvalError::type_error(message, args.span));
    };
    let mut state = IterState::Shared(Rc::clone(iterator));
    match vf.next_item(&mut state, args.span)? {
        Some(item) => Ok(item),
        None => match args.get("default") {
            Some(default) => Ok(default.clone()),
            None => Err(EvalError::new(ExceptionKind::StopIteration, "", args.span)),
        },
    }
}

/// `print(*args, sep=' ', end='\n')`.
fn print(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let allowed = ["sep", "end", "file", "flush"];
    if let Some((name, _, at)) = args
        .varkw
        .iter()
        .find(|(k, _, _)| !allowed.contains(&k.as_str()))
    {
        let message = format!("'{name}' is an invalid keyword argument for print()");
        return Err(EvalError::type_error(message, *at));
    }
    if let Some(file) = args.keyword("file")
        && !matches!(file, Value::None)
    {
        return Err(EvalError::unsupported(
            "the 'file' argument of print",
            args.span,
        ));
    }
    let text = |name: &str, default: &str| -> EvalResult<String> {
        match args.keyword(name) {
            None | Some(Value::None) => Ok(default.to_string()),
            Some(Value::Str(s)) => Ok(s.to_string()),
            Some(other) => {
                let message = format!("{name} must be None or a string, not {}", other.type_name());
                Err(EvalError::type_error(message, args.span))
            }
        }
    };
    let (sep, end) = (text("sep", " ")?, text("end", "\n")?);
    let mut line = Vec::with_capacity(args.varargs.len());
    for (value, span) in &args.varargs {
        line.push(vf.checked_str(value, *span)?);
    }
    vf.write_output(&(line.join(&sep) + &end));
    Ok(Value::None)
}

/// `dir(object)`: the names Python lists for the object (the real list, whether or not
/// viewfinder models each name). `dir()` of the module's names is not modelled yet.
fn dir(_: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let Some(object) = args.get("object") else {
        return Err(EvalError::unsupported(
            "dir() without an argument",
            args.span,
        ));
    };
    let names = crate::eval::refusal::dir_of_value(object).ok_or_else(|| {
        let message = format!("dir() of a {} object", object.type_name());
        EvalError::unsupported(message, args.span)
    })?;
    let items = names
        .iter()
        .map(|name| Value::Str(Rc::from(*name)))
        .collect();
    Ok(Value::List(Rc::new(RefCell::new(items))))
}

/// `len(obj)`.
fn len(_: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let span = args.span;
    let len = match args.value("obj")? {
        Value::Array(a) if a.data.layout.ndim() == 0 => {
            return Err(EvalError::type_error("len() of unsized object", span));
        }
        Value::Array(a) => a.data.shape()[0],
        Value::ObjectArray(a) => a.shape()[0],
        Value::Str(s) => s.chars().count(),
        Value::Range(start, stop, step) => {
            let len = range_len(*start, *stop, *step);
            i64::try_from(len).map_err(|_| {
                let message = "Python int too large to convert to C ssize_t";
                EvalError::new(ExceptionKind::OverflowError, message, span)
            })? as usize
        }
        Value::List(items) => items.borrow().len(),
        Value::Tuple(items) => items.len(),
        Value::Buffer(object) => object.len(),
        Value::MemoryView(view) => crate::eval::python::memoryview::length(view, span)?,
        Value::Dict(dict) => dict.borrow().len(),
        Value::DictView(view) => view.dict.borrow().len(),
        Value::Set(set) | Value::FrozenSet(set) => set.borrow().len(),
        other => {
            let message = format!("object of type '{}' has no len()", other.type_name());
            return Err(EvalError::type_error(message, span));
        }
    };
    Ok(Value::Int(len as i64))
}

/// `hash(obj)`: CPython's number for the values whose hash does not change from run to run.
fn hash(_: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let value = args.value("obj")?;
    crate::eval::python::set_ops::python_hash_of(value, args.span).map(Value::Int)
}

/// `repr(obj)`.
fn repr(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let value = args.value("obj")?;
    Ok(Value::Str(Rc::from(vf.checked_repr(value, args.span)?)))
}

/// `format(value, format_spec='')`.
fn format(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let value = args.value("value")?;
    let spec = match args.get("format_spec") {
        None => "",
        Some(Value::Str(spec)) => spec,
        Some(other) => {
            let message = format!("format() argument 2 must be str, not {}", other.type_name());
            return Err(EvalError::type_error(message, args.span_of("format_spec")));
        }
    };
    Ok(Value::Str(Rc::from(
        vf.format_value(value, spec, args.span)?,
    )))
}

/// `ascii(obj)`: its `repr` with every non-ASCII character escaped.
fn ascii(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let value = args.value("obj")?;
    Ok(Value::Str(Rc::from(vf.ascii_of(value, args.span)?)))
}

/// `abs(x)`: Python's for Python numbers, NumPy's `absolute` for the rest.
fn abs(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let span = args.span;
    match args.value("x")? {
        Value::Int(i) => i
            .checked_abs()
            .map(Value::Int)
            .ok_or_else(|| crate::eval::expr::overflow(span)),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::Float(x) => Ok(Value::Float(x.abs())),
        other if crate::eval::python::lacks_arithmetic(other) => {
            let message = format!("bad operand type for abs(): '{}'", other.type_name());
            Err(EvalError::type_error(message, span))
        }
        other => {
            let other = other.clone();
            vf.numpy_function_on(&other, "abs", span)
        }
    }
}

/// `min(iterable)` / `min(a, b, ...)`.
fn min(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    vf.extreme("min", CmpOp::Lt, args)
}

/// `max(iterable)` / `max(a, b, ...)`.
fn max(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    vf.extreme("max", CmpOp::Gt, args)
}

/// `sum(iterable, start=0)`: `start + item + item + …`, left to right, as Python adds.
fn sum(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let span = args.span;
    let iterable = args.value("iterable")?.clone();
    let mut total = args.get("start").cloned().unwrap_or(Value::Int(0));
    for item in vf.iterate(&iterable, args.span_of("iterable"))? {
        crate::eval::cancel::check(span)?;
        total = vf.binary_op(BinOp::Add, &total, &item, span)?;
    }
    Ok(total)
}

/// `sorted(iterable, reverse=False)`: `sorted` passes its keywords on to `list.sort`, whose
/// name its keyword errors carry.
fn sorted(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let span = args.span;
    if args.varargs.len() != 1 {
        let message = format!("sorted expected 1 argument, got {}", args.varargs.len());
        return Err(EvalError::type_error(message, span));
    }
    if let Some((name, _, at)) = args
        .varkw
        .iter()
        .find(|(k, _, _)| k != "key" && k != "reverse")
    {
        let message = format!("'{name}' is an invalid keyword argument for sort()");
        return Err(EvalError::type_error(message, *at));
    }
    if args
        .keyword("key")
        .is_some_and(|key| !matches!(key, Value::None))
    {
        return Err(EvalError::unsupported("the 'key' argument of sorted", span));
    }
    let reverse = match args.keyword("reverse") {
        Some(v) => vf.truthy(v, span)?,
        None => false,
    };
    let (iterable, at) = &args.varargs[0];
    let items = match Interpreter::order_free_items(iterable) {
        Some(items) => items,
        None => vf.iterate(iterable, *at)?,
    };
    let sorted = vf.sorted_values(items, reverse, span)?;
    Ok(Value::List(Rc::new(RefCell::new(sorted))))
}

/// `round(number, ndigits=None)`, as Python rounds its numbers and NumPy its scalars.
fn round(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let span = args.span;
    let number = args.value("number")?.clone();
    let digits = match args.get("ndigits") {
        None | Some(Value::None) => None,
        Some(digits) => Some(as_index_int(digits, args.span_of("ndigits"))?),
    };
    match (&number, digits) {
        (Value::Int(i), digits) => round_int(*i, digits.unwrap_or(0), span).map(Value::Int),
        (Value::Bool(b), digits) => round_int(*b as i64, digits.unwrap_or(0), span).map(Value::Int),
        (Value::Float(x), None) => float_to_int(round_half_even(*x), span).map(Value::Int),
        (Value::Float(x), Some(digits)) => Ok(Value::Float(round_float(*x, digits))),
        (Value::Scalar(crate::memory::DType::Bool, _), _) => Err(EvalError::type_error(
            "type numpy.bool doesn't define __round__ method",
            span,
        )),
        (Value::Scalar(dtype, value), digits) => {
            vf.round_numpy_scalar(*dtype, *value, digits, span)
        }
        (other, _) => {
            let message = format!("type {} doesn't define __round__ method", other.type_name());
            Err(EvalError::type_error(message, span))
        }
    }
}

/// Python's `round(int, ndigits)`: unchanged for `ndigits >= 0`, else to the nearest multiple
/// of `10**-ndigits`, halves to even.
fn round_int(i: i64, digits: i64, span: Span) -> EvalResult<i64> {
    if digits >= 0 {
        return Ok(i);
    }
    let Some(unit) = u32::try_from(-digits)
        .ok()
        .and_then(|d| 10i128.checked_pow(d))
    else {
        return Ok(0);
    };
    let value = i as i128;
    let (quotient, remainder) = (value.div_euclid(unit), value.rem_euclid(unit));
    let rounded = match (2 * remainder).cmp(&unit) {
        std::cmp::Ordering::Less => quotient,
        std::cmp::Ordering::Greater => quotient + 1,
        std::cmp::Ordering::Equal => quotient + (quotient & 1),
    };
    i64::try_from(rounded * unit).map_err(|_| crate::eval::expr::overflow(span))
}

/// `round(np.int8(25), -1)`: NumPy divides by the power of ten in float64, rounds halves to
/// even and multiplies back, then casts to the dtype; a result the dtype cannot hold (where
/// NumPy's cast wraps or warns) is refused.
fn round_numpy_integer(
    dtype: crate::memory::DType,
    value: Scalar,
    digits: i64,
    span: Span,
) -> EvalResult<Value> {
    let scale = 10f64.powi(digits.unsigned_abs().min(400) as i32);
    let rounded = round_half_even(value.as_f64() / scale) * scale;
    let range = dtype.integer_range().unwrap_or(0..=0);
    let whole = rounded as i128;
    if !rounded.is_finite() || !range.contains(&whole) || whole as f64 != rounded {
        let what = format!("round() of np.{dtype} to a value it cannot hold");
        return Err(EvalError::unsupported(what, span));
    }
    let scalar = match value {
        Scalar::UInt(_) => Scalar::UInt(whole as u64),
        _ => Scalar::Int(whole as i64),
    };
    Ok(Value::Scalar(dtype, scalar))
}

/// Python's `round(float, ndigits)`: the exact decimal rounding (halves to even), as CPython
/// gets it from its correctly rounded `dtoa`.
fn round_float(x: f64, digits: i64) -> f64 {
    if !x.is_finite() || digits > 323 {
        return x;
    }
    if digits < -308 {
        return 0.0 * x;
    }
    if digits >= 0 {
        return format!("{x:.*}", digits as usize).parse().unwrap_or(x);
    }
    let unit = 10f64.powi(-digits as i32);
    let rounded = round_half_even(x / unit) * unit;
    if rounded.is_finite() { rounded } else { x }
}

impl Interpreter {
    /// `round` of a NumPy scalar: a Python int without `ndigits`, else `np.round`'s
    /// arithmetic (scale by a power of ten, round halves to even, scale back) in the dtype.
    fn round_numpy_scalar(
        &mut self,
        dtype: crate::memory::DType,
        value: Scalar,
        digits: Option<i64>,
        span: Span,
    ) -> EvalResult<Value> {
        let Some(digits) = digits else {
            return match value {
                Scalar::Float(x) => float_to_int(round_half_even(x), span).map(Value::Int),
                other => crate::eval::numpy::convert::scalar_to_python(other, span),
            };
        };
        if !dtype.is_float() {
            return match digits >= 0 {
                true => Ok(Value::Scalar(dtype, value)),
                false => round_numpy_integer(dtype, value, digits, span),
            };
        }
        let x = value.as_f64();
        let scale = 10f64.powi(digits.unsigned_abs().min(400) as i32);
        if dtype == crate::memory::DType::Float32 {
            // NumPy rounds a float32 in float32 arithmetic, the power of ten a float32 too.
            let (x, scale) = (x as f32, scale as f32);
            let rounded = match digits >= 0 {
                true => (x * scale).round_ties_even() / scale,
                false => (x / scale).round_ties_even() * scale,
            };
            return Ok(Value::Scalar(dtype, Scalar::Float(rounded as f64)));
        }
        let rounded = match digits >= 0 {
            true => round_half_even(x * scale) / scale,
            false => round_half_even(x / scale) * scale,
        };
        let data = crate::memory::ArrayData::from_scalars(
            crate::memory::BufferId(0),
            dtype,
            &[],
            &[Scalar::Float(rounded)],
        );
        Ok(Value::Scalar(dtype, data.get(&[])))
    }

    /// `min`/`max`: one iterable, or several arguments; the first of equal extremes wins.
    fn extreme(&mut self, name: &str, better: CmpOp, args: &Args) -> EvalResult<Value> {
        let span = args.span;
        if args.varargs.is_empty() {
            let message = format!("{name} expected at least 1 argument, got 0");
            return Err(EvalError::type_error(message, span));
        }
        if let Some((keyword, _, at)) = args
            .varkw
            .iter()
            .find(|(k, _, _)| k != "key" && k != "default")
        {
            let message = format!("'{keyword}' is an invalid keyword argument for {name}()");
            return Err(EvalError::type_error(message, *at));
        }
        if !args.varkw.is_empty() {
            return Err(EvalError::unsupported(
                format!("keyword arguments of {name}()"),
                span,
            ));
        }
        let items = match &args.varargs[..] {
            [(single, at)] => match Self::order_free_items(single) {
                Some(items) => items,
                None => self.iterate(single, *at)?,
            },
            many => many.iter().map(|(v, _)| v.clone()).collect(),
        };
        let mut items = items.into_iter();
        let mut best = items.next().ok_or_else(|| {
            EvalError::value_error(format!("{name}() arg is an empty sequence"), span)
        })?;
        for item in items {
            crate::eval::cancel::check(span)?;
            let is_better = self.compare(better, &item, &best, span)?;
            if self.truthy(&is_better, span)? {
                best = item;
            }
        }
        Ok(best)
    }

    /// Python's sort: CPython's algorithm ([`crate::eval::python::sort`]) with Python's `<`
    /// (raising as Python does on mixed types); with `reverse`, the items are reversed before
    /// and after, so equal items keep their order, as CPython's do.
    pub(crate) fn sorted_values(
        &mut self,
        mut items: Vec<Value>,
        reverse: bool,
        span: Span,
    ) -> EvalResult<Vec<Value>> {
        if reverse {
            items.reverse();
        }
        let mut less = |x: &Value, y: &Value| -> EvalResult<bool> {
            crate::eval::cancel::check(span)?;
            let less = self.compare(CmpOp::Lt, x, y, span)?;
            self.truthy(&less, span)
        };
        crate::eval::python::sort::timsort(&mut items, &mut less)?;
        if reverse {
            items.reverse();
        }
        Ok(items)
    }
}

/// `int(x=0)`: Python ints, floats (truncated), strings, NumPy scalars and 0-d arrays.
fn int(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    vf.number("int", args.get("x"), args.span)
}

/// `float(x=0)`.
fn float(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    vf.number("float", args.get("x"), args.span)
}

/// `bool(x=False)`: Python's truth value.
fn bool_(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    match args.get("x") {
        Some(value) => {
            let value = value.clone();
            Ok(Value::Bool(vf.truthy(&value, args.span)?))
        }
        None => Ok(Value::Bool(false)),
    }
}

impl Interpreter {
    fn number(&mut self, name: &str, value: Option<&Value>, span: Span) -> EvalResult<Value> {
        let Some(value) = value else {
            return Ok(match name {
                "int" => Value::Int(0),
                _ => Value::Float(0.0),
            });
        };
        let scalar = match value {
            Value::Str(s) => return parse_number(name, s, span),
            Value::Array(a) if a.data.size() == 1 && a.data.layout.ndim() == 0 => a.data.get(&[]),
            Value::Array(_) => {
                let message = "only 0-dimensional arrays can be converted to Python scalars";
                return Err(EvalError::type_error(message, span));
            }
            Value::Int(_) | Value::Float(_) | Value::Bool(_) | Value::Scalar(..) => {
                python_scalar(value)
            }
            Value::Buffer(_) | Value::MemoryView(_) if name == "int" => {
                return Err(EvalError::unsupported("int() of a bytes-like object", span));
            }
            other => {
                let accepted = match name {
                    "int" => "a string, a bytes-like object or a real number",
                    _ => "a string or a real number",
                };
                let message = format!(
                    "{name}() argument must be {accepted}, not '{}'",
                    other.type_name()
                );
                return Err(EvalError::type_error(message, span));
            }
        };
        Ok(match name {
            "int" => match scalar {
                Scalar::UInt(_) => crate::eval::numpy::convert::scalar_to_python(scalar, span)?,
                Scalar::Float(x) => Value::Int(float_to_int(x, span)?),
                other => Value::Int(other.as_i64()),
            },
            _ => Value::Float(scalar.as_f64()),
        })
    }
}

/// `str(object='')`.
fn str_(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    if args.get("encoding").is_some() || args.get("errors").is_some() {
        return decoded_str(args);
    }
    let Some(value) = args.get("object") else {
        return Ok(Value::Str(Rc::from("")));
    };
    Ok(Value::Str(Rc::from(vf.checked_str(value, args.span)?)))
}

/// `str(b, encoding, errors)`: the bytes-like object decoded.
fn decoded_str(args: &Args) -> EvalResult<Value> {
    let span = args.span;
    let bytes = match args.get("object") {
        None => return Ok(Value::Str(Rc::from(""))),
        Some(Value::Str(_)) => {
            return Err(EvalError::type_error("decoding str is not supported", span));
        }
        Some(value) => match crate::eval::python::memoryview::bytes_of(value) {
            Some(bytes) => bytes,
            None => {
                let message = format!(
                    "decoding to str: need a bytes-like object, {} found",
                    value.type_name()
                );
                return Err(EvalError::type_error(message, span));
            }
        },
    };
    let codec =
        super::codecs::codec_arguments(args.get("encoding"), args.get("errors"), "str", span)?;
    Ok(Value::Str(codec.decode(&bytes, span)?.into()))
}

/// `list(iterable=())`: a new list of the items.
fn list(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let items = vf.items_of(args)?;
    Ok(Value::List(Rc::new(RefCell::new(items))))
}

/// `tuple(iterable=())`.
fn tuple(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    Ok(Value::Tuple(vf.items_of(args)?.into()))
}

impl Interpreter {
    fn items_of(&mut self, args: &Args) -> EvalResult<Vec<Value>> {
        match args.get("iterable") {
            // Python points an error of the iteration at the whole call (`list(5)`).
            Some(value) => {
                let value = value.clone();
                self.iterate(&value, args.span)
            }
            None => Ok(Vec::new()),
        }
    }
}

/// `range(stop)`, `range(start, stop[, step])`.
fn range(_: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let int = |name: &str| {
        args.get(name)
            .map(|v| as_index_int(v, args.span_of(name)))
            .transpose()
    };
    let (first, stop, step) = (int("start")?, int("stop")?, int("step")?);
    let (start, stop) = match (first, stop) {
        (Some(stop), None) => (0, stop),
        (Some(start), Some(stop)) => (start, stop),
        _ => (0, 0),
    };
    let step = step.unwrap_or(1);
    if step == 0 {
        return Err(EvalError::value_error(
            "range() arg 3 must not be zero",
            args.span,
        ));
    }
    Ok(Value::Range(start, stop, step))
}

/// `bytes(source)`.
fn bytes(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    vf.new_bytes_like(BufferKind::Bytes, "bytes", args)
}

/// `bytearray(source)`.
fn bytearray(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    vf.new_bytes_like(BufferKind::ByteArray, "bytearray", args)
}

impl Interpreter {
    fn new_bytes_like(&mut self, kind: BufferKind, name: &str, args: &Args) -> EvalResult<Value> {
        let span = args.span;
        let encoded = args.get("encoding").is_some() || args.get("errors").is_some();
        let bytes: Vec<u8> = match args.get("source") {
            Some(Value::Str(text)) if encoded => {
                let codec = super::codecs::codec_arguments(
                    args.get("encoding"),
                    args.get("errors"),
                    name,
                    span,
                )?;
                codec.encode(text, span)?
            }
            _ if encoded => {
                let what = match args.get("encoding") {
                    Some(_) => "encoding",
                    None => "errors",
                };
                let message = format!("{what} without a string argument");
                return Err(EvalError::type_error(message, span));
            }
            None => vec![],
            Some(Value::Int(n)) if *n >= 0 => {
                crate::eval::limits::check_buffer_object(name, *n as u128, span)?;
                vec![0; *n as usize]
            }
            Some(Value::Int(_)) => return Err(EvalError::value_error("negative count", span)),
            Some(source @ (Value::Buffer(_) | Value::MemoryView(_) | Value::Array(_))) => {
                crate::eval::python::memoryview::exported_bytes(source, span)?.unwrap_or_default()
            }
            Some(Value::Str(_)) => {
                return Err(EvalError::type_error(
                    "string argument without an encoding",
                    span,
                ));
            }
            Some(other) => {
                let other = other.clone();
                let items = self.iterate(&other, span)?;
                items
                    .iter()
                    .map(|v| byte_value(v, span))
                    .collect::<EvalResult<_>>()?
            }
        };
        self.new_buffer_object(kind, crate::memory::AlignedBytes::from_bytes(&bytes), span)
    }
}

/// `type(object)`: the object's class (the three-argument form makes classes: not modelled).
fn type_(_: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    match &args.varargs[..] {
        [(value, _)] if args.varkw.is_empty() => Ok(value.class()),
        [_, _, _] => Err(EvalError::unsupported(
            "type() with three arguments",
            args.span,
        )),
        _ => Err(EvalError::type_error(
            "type() takes 1 or 3 arguments",
            args.span,
        )),
    }
}

fn byte_value(value: &Value, span: Span) -> EvalResult<u8> {
    let i = as_index_int(value, span)?;
    u8::try_from(i).map_err(|_| EvalError::value_error("bytes must be in range(0, 256)", span))
}

/// `int(text)` (`name` is `"int"`) or `float(text)`, with Python's `ValueError`.
pub(crate) fn parse_number(name: &str, text: &str, span: Span) -> EvalResult<Value> {
    let trimmed = text.trim();
    let parsed = match name {
        "int" => trimmed.replace('_', "").parse::<i64>().ok().map(Value::Int),
        _ => trimmed.parse::<f64>().ok().map(Value::Float),
    };
    parsed.ok_or_else(|| {
        let shown = crate::format::py_str_repr(text);
        let message = match name {
            "int" => format!("invalid literal for int() with base 10: {shown}"),
            _ => format!("could not convert string to float: {shown}"),
        };
        EvalError::value_error(message, span)
    })
}

/// Python's `round`: halves go to the even neighbour.
pub(crate) fn round_half_even(x: f64) -> f64 {
    let rounded = x.round();
    if (x - x.trunc()).abs() == 0.5 {
        2.0 * (x / 2.0).round()
    } else {
        rounded
    }
}

/// Python's `int(x)` of a float: truncates toward zero; NaN, infinity and values beyond 64
/// bits are errors instead of saturating.
pub(crate) fn float_to_int(x: f64, span: Span) -> EvalResult<i64> {
    if x.is_nan() {
        return Err(EvalError::value_error(
            "cannot convert float NaN to integer",
            span,
        ));
    }
    if x.is_infinite() {
        let message = "cannot convert float infinity to integer";
        return Err(EvalError::new(ExceptionKind::OverflowError, message, span));
    }
    let truncated = x.trunc();
    if truncated < -(2f64.powi(63)) || truncated >= 2f64.powi(63) {
        return Err(crate::eval::expr::overflow(span));
    }
    Ok(truncated as i64)
}

#[cfg(test)]
mod tests {
    use super::*;

    // Expected values are CPython 3.11's `round` of the same numbers.
    #[test]
    fn rounding_is_pythons() {
        assert_eq!(round_int(25, -1, Span::default()), Ok(20));
        assert_eq!(round_int(35, -1, Span::default()), Ok(40));
        assert_eq!(round_int(-25, -1, Span::default()), Ok(-20));
        assert_eq!(round_int(5, 1, Span::default()), Ok(5));
        assert_eq!(round_float(2.675, 2), 2.67);
        assert_eq!(round_float(0.125, 2), 0.12);
        assert_eq!(round_float(0.375, 2), 0.38);
    }
}
