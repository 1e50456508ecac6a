//! The standard library's `operator` module: Python's operators as functions.
//!
//! Each row runs the evaluator's own machinery for its operator: `operator.add(a, b)` is
//! `a + b` (NumPy's broadcasting and promotion for arrays), `operator.iadd(a, b)` is
//! `a += b` (in place for arrays and lists), `operator.lt` is `<`, `operator.getitem(a, k)`
//! is `a[k]` (a view for a basic index, a copy for an advanced one) and
//! `operator.setitem(a, k, v)` writes as `a[k] = v` does, so the step report says what it
//! wrote and who sees it.

use crate::eval::args::CallStyle::*;
use crate::eval::args::{Args, CallArgs, Native};
use crate::eval::index::IndexItem;
use crate::eval::subscript::SequenceKey;
use crate::eval::{EvalError, EvalResult, Interpreter};
use crate::syntax::{BinOp, CmpOp, Span, UnaryOp};
use crate::value::Value;

/// The `operator` module's functions viewfinder models.
#[rustfmt::skip]
pub(crate) static FUNCTIONS: &[Native] = &[
    Native::new("add", "(a, b, /)", Positional, &["a", "b"], add),
    Native::new("sub", "(a, b, /)", Positional, &["a", "b"], sub),
    Native::new("mul", "(a, b, /)", Positional, &["a", "b"], mul),
    Native::new("truediv", "(a, b, /)", Positional, &["a", "b"], truediv),
    Native::new("floordiv", "(a, b, /)", Positional, &["a", "b"], floordiv),
    Native::new("mod", "(a, b, /)", Positional, &["a", "b"], mod_),
    Native::new("pow", "(a, b, /)", Positional, &["a", "b"], pow),
    Native::new("and_", "(a, b, /)", Positional, &["a", "b"], and_),
    Native::new("or_", "(a, b, /)", Positional, &["a", "b"], or_),
    Native::new("xor", "(a, b, /)", Positional, &["a", "b"], xor),
    Native::new("lshift", "(a, b, /)", Positional, &["a", "b"], lshift),
    Native::new("rshift", "(a, b, /)", Positional, &["a", "b"], rshift),
    Native::new("neg", "(a, /)", OneArgument, &["a"], neg),
    Native::new("pos", "(a, /)", OneArgument, &["a"], pos),
    Native::new("invert", "(a, /)", OneArgument, &["a"], invert),
    Native::new("abs", "(a, /)", OneArgument, &["a"], abs),
    Native::new("not_", "(a, /)", OneArgument, &["a"], not_),
    Native::new("truth", "(a, /)", OneArgument, &["a"], truth),
    Native::new("index", "(a, /)", OneArgument, &["a"], index),
    Native::new("eq", "(a, b, /)", Positional, &["a", "b"], eq),
    Native::new("ne", "(a, b, /)", Positional, &["a", "b"], ne),
    Native::new("lt", "(a, b, /)", Positional, &["a", "b"], lt),
    Native::new("le", "(a, b, /)", Positional, &["a", "b"], le),
    Native::new("gt", "(a, b, /)", Positional, &["a", "b"], gt),
    Native::new("ge", "(a, b, /)", Positional, &["a", "b"], ge),
    Native::new("contains", "(a, b, /)", Positional, &["a", "b"], contains),
    Native::new("getitem", "(a, b, /)", Positional, &["a", "b"], getitem),
    Native::new("setitem", "(a, b, c, /)", Positional, &["a", "b", "c"], setitem),
    Native::new("iadd", "(a, b, /)", Positional, &["a", "b"], iadd),
    Native::new("isub", "(a, b, /)", Positional, &["a", "b"], isub),
    Native::new("imul", "(a, b, /)", Positional, &["a", "b"], imul),
    Native::new("itruediv", "(a, b, /)", Positional, &["a", "b"], itruediv),
    Native::new("ifloordiv", "(a, b, /)", Positional, &["a", "b"], ifloordiv),
];

/// The two operands of a binary row.
fn operands(args: &Args) -> EvalResult<(Value, Value)> {
    Ok((args.value("a")?.clone(), args.value("b")?.clone()))
}

fn binary(vf: &mut Interpreter, args: &Args, op: BinOp) -> EvalResult<Value> {
    let (a, b) = operands(args)?;
    vf.binary_op(op, &a, &b, args.span)
}

fn in_place(vf: &mut Interpreter, args: &Args, op: BinOp) -> EvalResult<Value> {
    let (a, b) = operands(args)?;
    let text = vf.text(args.span_of("a"));
    vf.in_place_op(op, &a, &b, args.span, &text)
}

fn compare(vf: &mut Interpreter, args: &Args, op: CmpOp) -> EvalResult<Value> {
    let (a, b) = operands(args)?;
    vf.compare(op, &a, &b, args.span)
}

fn unary(vf: &mut Interpreter, args: &Args, op: UnaryOp) -> EvalResult<Value> {
    let a = args.value("a")?.clone();
    vf.unary_value(op, &a, args.span)
}

fn add(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    binary(vf, args, BinOp::Add)
}

fn sub(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    binary(vf, args, BinOp::Sub)
}

fn mul(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    binary(vf, args, BinOp::Mul)
}

fn truediv(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    binary(vf, args, BinOp::Div)
}

fn floordiv(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    binary(vf, args, BinOp::FloorDiv)
}

fn mod_(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    binary(vf, args, BinOp::Mod)
}

fn pow(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    binary(vf, args, BinOp::Pow)
}

fn and_(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    binary(vf, args, BinOp::BitAnd)
}

fn or_(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    binary(vf, args, BinOp::BitOr)
}

fn xor(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    binary(vf, args, BinOp::BitXor)
}

fn lshift(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    binary(vf, args, BinOp::LShift)
}

fn rshift(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    binary(vf, args, BinOp::RShift)
}

fn iadd(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    in_place(vf, args, BinOp::Add)
}

fn isub(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    in_place(vf, args, BinOp::Sub)
}

fn imul(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    in_place(vf, args, BinOp::Mul)
}

fn itruediv(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    in_place(vf, args, BinOp::Div)
}

fn ifloordiv(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    in_place(vf, args, BinOp::FloorDiv)
}

fn neg(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    unary(vf, args, UnaryOp::Neg)
}

fn pos(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    unary(vf, args, UnaryOp::Pos)
}

fn invert(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    unary(vf, args, UnaryOp::Invert)
}

fn not_(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    unary(vf, args, UnaryOp::Not)
}

fn truth(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let a = args.value("a")?.clone();
    Ok(Value::Bool(vf.truthy(&a, args.span)?))
}

/// `operator.abs(a)`: the builtin `abs`.
fn abs(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let a = args.value("a")?.clone();
    let builtin = crate::eval::python::builtin("abs").unwrap_or(Value::None);
    let call = CallArgs {
        positional: vec![(a, args.span_of("a"))],
        keywords: Vec::new(),
        span: args.span,
    };
    vf.call_value(&builtin, call)
}

/// `operator.index(a)`: `a.__index__()`.
fn index(_: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let a = args.value("a")?;
    crate::eval::python::math_int::index(a, args.span).map(Value::Int)
}

fn eq(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    compare(vf, args, CmpOp::Eq)
}

fn ne(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    compare(vf, args, CmpOp::NotEq)
}

fn lt(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    compare(vf, args, CmpOp::Lt)
}

fn le(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    compare(vf, args, CmpOp::LtE)
}

fn gt(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    compare(vf, args, CmpOp::Gt)
}

fn ge(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    compare(vf, args, CmpOp::GtE)
}

/// `operator.contains(a, b)`: `b in a`.
fn contains(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let (a, b) = operands(args)?;
    vf.compare(CmpOp::In, &b, &a, args.span)
}

/// `operator.getitem(a, b)`: `a[b]`.
fn getitem(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let (a, b) = operands(args)?;
    let span = args.span;
    match &a {
        Value::Array(array) => {
            let items = vf.index_items_of_value(&b, args.span_of("b"))?;
            vf.index_array(array, items, span)
        }
        Value::Dict(dict) => vf.dict_lookup(dict, &b, span),
        Value::ObjectArray(_) => Err(EvalError::unsupported(
            "operator.getitem of an object array",
            span,
        )),
        _ => match vf.sequence_item(&a, b, span) {
            Some(result) => result,
            None => Err(not_subscriptable(&a, span)),
        },
    }
}

/// `operator.setitem(a, b, c)`: `a[b] = c`.
fn setitem(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let (a, b) = operands(args)?;
    let c = args.value("c")?.clone();
    let span = args.span;
    match &a {
        Value::Array(array) => {
            let items = vf.index_items_of_value(&b, args.span_of("b"))?;
            let c = crate::eval::numpy::convert::str_as_element(array.data.dtype, c, span)?;
            vf.assign_array(array, items, &c, span)?;
        }
        Value::Dict(dict) => vf.dict_store(dict, b, c, span)?,
        Value::List(list) => vf.set_list_item(list, SequenceKey::Value(b), c, span)?,
        Value::Tuple(_) | Value::Str(_) | Value::Range(..) => {
            let message = format!(
                "'{}' object does not support item assignment",
                a.type_name()
            );
            return Err(EvalError::type_error(message, span));
        }
        other => {
            return Err(EvalError::unsupported(
                format!("operator.setitem of a '{}' object", other.type_name()),
                span,
            ));
        }
    }
    Ok(Value::None)
}

/// `TypeError: 'int' object is not subscriptable`.
fn not_subscriptable(value: &Value, span: Span) -> EvalError {
    let message = format!("'{}' object is not subscriptable", value.type_name());
    EvalError::type_error(message, span)
}

impl Interpreter {
    /// The index items of a key given as a value (`operator.getitem(a, (0, 1))`).
    fn index_items_of_value(&mut self, key: &Value, span: Span) -> EvalResult<Vec<IndexItem>> {
        match key {
            Value::Tuple(items) => items
                .iter()
                .map(|item| self.classify_index_value(item, span))
                .collect(),
            other => Ok(vec![self.classify_index_value(other, span)?]),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_row_is_named_once() {
        let mut names: Vec<&str> = FUNCTIONS.iter().map(|row| row.name).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), FUNCTIONS.len());
    }
}
