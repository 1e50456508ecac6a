//! NumPy's ufuncs as functions (`np.absolute`, `np.abs`): elementwise, into a new array, or a
//! NumPy scalar for a scalar operand.

use crate::eval::args::Args;
use crate::eval::{EvalError, EvalResult, Interpreter};
use crate::memory::compute;
use crate::syntax::Span;
use crate::value::{Rule, Value};

/// `np.absolute(x)` / `np.abs(x)`.
pub(crate) fn absolute(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let value = args.value("x")?.clone();
    vf.numpy_function_on(&value, "absolute", args.span)
}

impl Interpreter {
    /// Applies a one-argument NumPy function (`absolute`) to any value.
    pub(crate) fn numpy_function_on(
        &mut self,
        value: &Value,
        name: &str,
        span: Span,
    ) -> EvalResult<Value> {
        let holder = self.operand_holder(value, span)?;
        let operand = holder.operand().ok_or_else(|| {
            let message = format!("bad operand type for {name}(): '{}'", value.type_name());
            EvalError::type_error(message, span)
        })?;
        let id = self.allocate(operand.shape(), operand.own_dtype(), span)?;
        let data = compute::unary(compute::UnaryOp::Abs, operand, id)
            .map_err(|e| EvalError::from_compute(e, span))?;
        Ok(self.ufunc_result(data, Rule::Arithmetic))
    }
}
