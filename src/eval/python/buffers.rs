//! `bytes`, `bytearray` and `array.array`: Python objects over a buffer that NumPy can look
//! into. Their methods, one table row each, and the `array` module's `array` class.
//!
//! Growing a `bytearray` or an `array.array` that an array looks into is NumPy's and CPython's
//! `BufferError`; `subscript` and `buffer_append` check that before a byte moves.

use std::cell::RefCell;
use std::rc::Rc;

use crate::eval::args::CallStyle::*;
use crate::eval::args::{Args, Native};
use crate::eval::subscript::typecode_dtype;
use crate::eval::{EvalError, EvalResult, Interpreter};
use crate::value::{BufferKind, BufferObject, Value};

/// `bytearray`'s methods that viewfinder models.
#[rustfmt::skip]
pub(crate) static BYTEARRAY_METHODS: &[Native] = &[
    Native::new("append", "(item, /)", OneArgument, &["item"], append),
    Native::new("extend", "(iterable_of_ints, /)", OneArgument, &["iterable_of_ints"], extend),
];

/// `array.array`'s methods that viewfinder models.
#[rustfmt::skip]
pub(crate) static ARRAY_ARRAY_METHODS: &[Native] = &[
    Native::new("append", "(v, /)", OneArgument, &["v"], append),
    Native::new("extend", "(bb, /)", CPythonArgs, &["bb"], extend),
    Native::new("tolist", "()", NoArguments, &[], tolist),
];

/// `bytes`'s methods that viewfinder models (none yet: each is refused honestly).
#[rustfmt::skip]
pub(crate) static BYTES_METHODS: &[Native] = &[];

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
        vf.forget_resizes();
    }
    Ok(empty)
}
