//! `bytes`, `bytearray` and `array.array`: Python objects over a buffer that NumPy can look
//! into. Their methods, one table row each, and the `array` module's `array` class.
//!
//! Growing a `bytearray` or an `array.array` that an array looks into is NumPy's and CPython's
//! `BufferError`; `subscript` and `buffer_append` check that before a byte moves.

use std::cell::RefCell;
use std::rc::Rc;

use crate::eval::args::CallStyle::*;
use crate::eval::args::{Args, Native};
use crate::eval::python::{bytes, bytes_text};
use crate::eval::subscript::typecode_dtype;
use crate::eval::{EvalError, EvalResult, Interpreter};
use crate::value::{BufferKind, BufferObject, Value};

/// `bytearray`'s methods that viewfinder models.
#[rustfmt::skip]
pub(crate) static BYTEARRAY_METHODS: &[Native] = &[
    Native::new("append", "(item, /)", OneArgument, &["item"], append),
    Native::new("extend", "(iterable_of_ints, /)", OneArgument, &["iterable_of_ints"], extend),
    Native::new("pop", "(index=-1, /)", Positional, &["index"], pop),
    Native::new("count", "(sub, start=None, end=None, /)", ParseTuple, &["sub", "start", "end"], bytes::count),
    Native::new("find", "(sub, start=None, end=None, /)", ParseTuple, &["sub", "start", "end"], bytes::find),
    Native::new("index", "(sub, start=None, end=None, /)", ParseTuple, &["sub", "start", "end"], bytes::index),
    Native::new("startswith", "(prefix, start=None, end=None, /)", ParseTuple, &["prefix", "start", "end"], bytes::startswith),
    Native::new("endswith", "(suffix, start=None, end=None, /)", ParseTuple, &["suffix", "start", "end"], bytes::endswith),
    Native::new("hex", "(sep=None, bytes_per_sep=1)", CPythonArgs, &["sep", "bytes_per_sep"], bytes::hex),
    Native::new("decode", "(encoding='utf-8', errors='strict')", CPythonArgs, &["encoding", "errors"], bytes_text::decode),
    Native::new("upper", "()", NoArguments, &[], bytes_text::upper),
    Native::new("lower", "()", NoArguments, &[], bytes_text::lower),
    Native::new("strip", "(bytes=None, /)", Positional, &["bytes"], bytes_text::strip),
    Native::new("lstrip", "(bytes=None, /)", Positional, &["bytes"], bytes_text::lstrip),
    Native::new("rstrip", "(bytes=None, /)", Positional, &["bytes"], bytes_text::rstrip),
    Native::new("replace", "(old, new, count=-1, /)", Positional, &["old", "new", "count"], bytes_text::replace),
    Native::new("split", "(sep=None, maxsplit=-1)", CPythonArgs, &["sep", "maxsplit"], bytes_text::split),
    Native::new("join", "(iterable_of_bytes, /)", OneArgument, &["iterable_of_bytes"], bytes_text::join),
    Native::new("rfind", "(sub, start=None, end=None, /)", ParseTuple, &["sub", "start", "end"], bytes_text::rfind),
    Native::new("rindex", "(sub, start=None, end=None, /)", ParseTuple, &["sub", "start", "end"], bytes_text::rindex),
];

/// `array.array`'s methods that viewfinder models.
#[rustfmt::skip]
pub(crate) static ARRAY_ARRAY_METHODS: &[Native] = &[
    Native::new("append", "(v, /)", OneArgument, &["v"], append),
    Native::new("extend", "(bb, /)", CPythonArgs, &["bb"], extend),
    Native::new("tolist", "()", NoArguments, &[], tolist),
    Native::new("pop", "(i=-1, /)", Positional, &["i"], pop),
    Native::new("insert", "(i, v, /)", Positional, &["i", "v"], insert),
    Native::new("count", "(v, /)", OneArgument, &["v"], count),
    Native::new("index", "(v, start=0, stop=9223372036854775807, /)", Positional, &["v"], index),
    Native::new("reverse", "()", NoArguments, &[], reverse),
    Native::new("remove", "(v, /)", OneArgument, &["v"], remove),
    Native::new("tobytes", "()", NoArguments, &[], tobytes),
];

/// `bytes`'s methods that viewfinder models.
#[rustfmt::skip]
pub(crate) static BYTES_METHODS: &[Native] = &[
    Native::new("count", "(sub, start=None, end=None, /)", ParseTuple, &["sub", "start", "end"], bytes::count),
    Native::new("find", "(sub, start=None, end=None, /)", ParseTuple, &["sub", "start", "end"], bytes::find),
    Native::new("index", "(sub, start=None, end=None, /)", ParseTuple, &["sub", "start", "end"], bytes::index),
    Native::new("startswith", "(prefix, start=None, end=None, /)", ParseTuple, &["prefix", "start", "end"], bytes::startswith),
    Native::new("endswith", "(suffix, start=None, end=None, /)", ParseTuple, &["suffix", "start", "end"], bytes::endswith),
    Native::new("hex", "(sep=None, bytes_per_sep=1)", CPythonArgs, &["sep", "bytes_per_sep"], bytes::hex),
    Native::new("decode", "(encoding='utf-8', errors='strict')", CPythonArgs, &["encoding", "errors"], bytes_text::decode),
    Native::new("upper", "()", NoArguments, &[], bytes_text::upper),
    Native::new("lower", "()", NoArguments, &[], bytes_text::lower),
    Native::new("strip", "(bytes=None, /)", Positional, &["bytes"], bytes_text::strip),
    Native::new("lstrip", "(bytes=None, /)", Positional, &["bytes"], bytes_text::lstrip),
    Native::new("rstrip", "(bytes=None, /)", Positional, &["bytes"], bytes_text::rstrip),
    Native::new("replace", "(old, new, count=-1, /)", Positional, &["old", "new", "count"], bytes_text::replace),
    Native::new("split", "(sep=None, maxsplit=-1)", CPythonArgs, &["sep", "maxsplit"], bytes_text::split),
    Native::new("join", "(iterable_of_bytes, /)", OneArgument, &["iterable_of_bytes"], bytes_text::join),
    Native::new("rfind", "(sub, start=None, end=None, /)", ParseTuple, &["sub", "start", "end"], bytes_text::rfind),
    Native::new("rindex", "(sub, start=None, end=None, /)", ParseTuple, &["sub", "start", "end"], bytes_text::rindex),
];

/// The `array` module's functions: its class `array`.
#[rustfmt::skip]
pub(crate) static ARRAY_MODULE: &[Native] = &[
    Native::new("array", "(typecode, initializer=None, /)", ParseTuple, &["typecode", "initializer"], array_array),
];

fn receiver_object(args: &Args) -> EvalResult<Rc<BufferObject>> {
    match args.receiver()? {
        Value::Buffer(object) => Ok(Rc::clone(object)),
        other => {
            let message = format!("'{}' is not a buffer object", other.type_name());
            Err(EvalError::type_error(message, args.span))
        }
    }
}

/// The one argument of a `METH_O` method, whatever the row calls it.
fn only_argument(args: &Args) -> EvalResult<Value> {
    ["item", "v", "iterable_of_ints", "bb"]
        .iter()
        .find_map(|name| args.get(name))
        .cloned()
        .ok_or_else(|| EvalError::type_error("expected one argument", args.span))
}

/// `ba.append(x)`, `arr.append(x)`.
fn append(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let object = receiver_object(args)?;
    let item = only_argument(args)?;
    vf.buffer_append(&object, &[item], args.span)?;
    Ok(Value::None)
}

/// `ba.extend(iterable)`, `arr.extend(iterable)`.
fn extend(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let object = receiver_object(args)?;
    let items = vf.iterate(&only_argument(args)?, args.span)?;
    vf.buffer_append(&object, &items, args.span)?;
    Ok(Value::None)
}

/// `arr.tolist()`: the items as Python numbers.
fn tolist(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let receiver = args.receiver()?.clone();
    let items = vf.iterate(&receiver, args.span)?;
    Ok(Value::List(Rc::new(RefCell::new(items))))
}

/// `array.array(typecode, initializer)`.
fn array_array(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let span = args.span;
    let code = match args.value("typecode")? {
        Value::Str(s) => s.to_string(),
        other => {
            let message = format!(
                "array() argument 1 must be a unicode character, not {}",
                other.type_name()
            );
            return Err(EvalError::type_error(message, span));
        }
    };
    let (code, dtype) = typecode_dtype(&code).ok_or_else(|| {
        let message = "bad typecode (must be b, B, u, w, h, H, i, I, l, L, q, Q, f or d)";
        EvalError::value_error(message, span)
    })?;
    let kind = BufferKind::ArrayModule(code, dtype);
    let empty = vf.new_buffer_object(kind, Default::default(), span)?;
    let Value::Buffer(object) = &empty else {
        unreachable!("new_buffer_object makes buffer objects")
    };
    if let Some(initial) = args.get("initializer") {
        if matches!(initial, Value::Buffer(b) if b.kind == BufferKind::Bytes) {
            return Err(EvalError::unsupported("array.array from bytes", span));
        }
        let initial = initial.clone();
        let items = vf.iterate(&initial, span)?;
        vf.buffer_append(object, &items, span)?;
        vf.forget_resizes_of(&object.buffer);
    }
    Ok(empty)
}

/// The items of a `bytearray` or `array.array` as Python values.
fn receiver_items(vf: &mut Interpreter, args: &Args) -> EvalResult<(Rc<BufferObject>, Vec<Value>)> {
    let object = receiver_object(args)?;
    let items = vf.iterate(&Value::Buffer(Rc::clone(&object)), args.span)?;
    Ok((object, items))
}

/// An index argument, or `default` when it was not given.
fn index_argument(args: &Args, name: &str, default: i64) -> EvalResult<i64> {
    match args.get(name) {
        Some(v) => crate::eval::python::as_index_int(v, args.span_of(name)),
        None => Ok(default),
    }
}

/// `ba.pop(i=-1)`, `arr.pop(i=-1)`: removes and returns an item.
fn pop(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let (object, mut items) = receiver_items(vf, args)?;
    let what = if object.kind == BufferKind::ByteArray {
        "bytearray"
    } else {
        "array"
    };
    if items.is_empty() {
        let message = format!("pop from empty {what}");
        return Err(EvalError::index_error(message, args.span));
    }
    let i = index_argument(args, if what == "array" { "i" } else { "index" }, -1)?;
    let at = crate::eval::index::resolve_position(i, items.len())
        .ok_or_else(|| EvalError::index_error("pop index out of range", args.span))?;
    let item = items.remove(at);
    vf.replace_buffer_items(&object, &items, args.span)?;
    Ok(item)
}

/// `arr.insert(i, v)`: `i` clamped into the array, as Python does.
fn insert(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let (object, mut items) = receiver_items(vf, args)?;
    let len = items.len() as i64;
    let at = index_argument(args, "i", 0)?;
    let at = if at < 0 {
        (at + len).max(0)
    } else {
        at.min(len)
    } as usize;
    items.insert(at, args.value("v")?.clone());
    vf.replace_buffer_items(&object, &items, args.span)?;
    Ok(Value::None)
}

/// The positions of the items that are `needle` or equal to it.
fn matches(
    vf: &mut Interpreter,
    items: &[Value],
    needle: &Value,
    span: crate::syntax::Span,
) -> EvalResult<Vec<usize>> {
    let mut found = Vec::new();
    for (i, item) in items.iter().enumerate() {
        if vf.items_equal(item, needle, span)? {
            found.push(i);
        }
    }
    Ok(found)
}

/// `arr.count(v)`.
fn count(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let (_, items) = receiver_items(vf, args)?;
    let found = matches(vf, &items, args.value("v")?, args.span)?;
    Ok(Value::Int(found.len() as i64))
}

/// `arr.index(v)`.
fn index(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let (_, items) = receiver_items(vf, args)?;
    match matches(vf, &items, args.value("v")?, args.span)?.first() {
        Some(&i) => Ok(Value::Int(i as i64)),
        None => Err(EvalError::value_error(
            "array.index(x): x not in array",
            args.span,
        )),
    }
}

/// `arr.remove(v)`: the first equal item.
fn remove(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let (object, mut items) = receiver_items(vf, args)?;
    let Some(&at) = matches(vf, &items, args.value("v")?, args.span)?.first() else {
        return Err(EvalError::value_error(
            "array.remove(x): x not in array",
            args.span,
        ));
    };
    items.remove(at);
    vf.replace_buffer_items(&object, &items, args.span)?;
    Ok(Value::None)
}

/// `arr.reverse()`: in place (no resize, so NumPy's views see it).
fn reverse(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let (object, mut items) = receiver_items(vf, args)?;
    items.reverse();
    vf.replace_buffer_items(&object, &items, args.span)?;
    Ok(Value::None)
}

/// `arr.tobytes()`: the items' bytes, as a new `bytes`.
fn tobytes(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let object = receiver_object(args)?;
    let bytes = object.buffer.data().as_bytes().to_vec();
    vf.new_bytes(&bytes, args.span)
}
