//! Functions that ask about arrays without making one: `np.shares_memory`,
//! `np.may_share_memory`, `np.array_equal`, and the `np.dtype` class.

use crate::eval::args::Args;
use crate::eval::{EvalResult, Interpreter};
use crate::memory::{DType, overlap};
use crate::syntax::CmpOp;
use crate::value::Value;

/// `np.shares_memory(a, b)`: exact, by NumPy's bounded Diophantine solver.
pub(crate) fn shares_memory(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    shares(vf, args, true)
}

/// `np.may_share_memory(a, b)`: whether the byte extents meet.
pub(crate) fn may_share_memory(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    shares(vf, args, false)
}

fn shares(vf: &mut Interpreter, args: &Args, exact: bool) -> EvalResult<Value> {
    let a = vf.array_param(args, "a")?;
    let b = vf.array_param(args, "b")?;
    if !std::rc::Rc::ptr_eq(&a.data.buffer, &b.data.buffer) {
        return Ok(Value::Bool(false));
    }
    let (la, lb) = (&a.data.layout, &b.data.layout);
    Ok(Value::Bool(match exact {
        true => overlap::shares_memory(la, lb),
        false => overlap::may_share_memory(la, lb),
    }))
}

/// `np.array_equal(a1, a2)`: same shape and every element equal.
pub(crate) fn array_equal(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let a = vf.array_param(args, "a1")?;
    let b = vf.array_param(args, "a2")?;
    if a.data.shape() != b.data.shape() {
        return Ok(Value::Bool(false));
    }
    let span = args.span;
    let equal = vf.compare(CmpOp::Eq, &Value::Array(a), &Value::Array(b), span)?;
    let all = vf.call_method_named(&equal, "all", span)?;
    Ok(Value::Bool(vf.truthy(&all, span)?))
}

/// `np.dtype('int8')`, `np.dtype(np.float32)`: the dtype object.
pub(crate) fn dtype(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    if super::objects::is_object_dtype(args.get("dtype")) {
        return Ok(Value::ObjectDType);
    }
    let found = vf.dtype_arg(args.value("dtype")?, args.span_of("dtype"))?;
    Ok(Value::DType(found.unwrap_or(DType::Float64)))
}
