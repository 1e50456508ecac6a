//! Functions and methods that copy: `a.copy()`, `np.copy`, `a.flatten()`, `a.astype()`,
//! `np.sort`, `np.concatenate`, `np.where`.
//!
//! Each allocates a new buffer (through the session's allocator, which checks the memory
//! limit) and records the array it came from, so the report can say what was copied.

use std::rc::Rc;

use crate::eval::args::Args;
use crate::eval::numpy::convert::{is_in_order, order_arg};
use crate::eval::python::as_index_int;
use crate::eval::{EvalError, EvalResult, Interpreter};
use crate::memory::Layout;
use crate::memory::compute::{self, Operand};
use crate::memory::layout::Order;
use crate::syntax::Span;
use crate::value::{ArrayObject, Rule, Value};

/// `a.copy()`: C order.
pub(crate) fn copy_method(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let array = vf.receiver_array(args)?;
    let order = order_arg(args.get("order"), Order::C, args.span_of("order"))?;
    let text = vf.text(args.span);
    vf.copy_of(&array, Rule::CopyMethod, text, args.span, order)
}

/// `np.copy(a)`: the array's own memory order (NumPy's `order='K'`).
pub(crate) fn np_copy(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let array = vf.array_param(args, "a")?;
    let order = order_arg(args.get("order"), Order::K, args.span_of("order"))?;
    let text = vf.text(args.span);
    vf.copy_of(&array, Rule::NpCopy, text, args.span, order)
}

/// `a.flatten()`: a C-ordered 1-d copy.
pub(crate) fn flatten(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let array = vf.receiver_array(args)?;
    let span = args.span;
    let text = vf.text(span);
    let order = order_arg(args.get("order"), Order::C, args.span_of("order"))?;
    let id = vf.allocate(&[array.data.size()], array.data.dtype, span)?;
    let data = compute::flattened_in_order(&array.data, array.data.dtype, id, order)
        .map_err(|e| EvalError::from_compute(e, span))?;
    let layout = Layout::new_array(&[data.size()], data.dtype.itemsize());
    let dtype = data.dtype;
    Ok(vf.new_array(
        data.with_layout(layout, dtype),
        Rule::Flatten,
        Some((&array, text)),
    ))
}

/// `a.astype(dtype, copy=True)`: a converted copy in the array's memory order; with
/// `copy=False`, the array itself when its dtype already matches.
pub(crate) fn astype(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let array = vf.receiver_array(args)?;
    let span = args.span;
    let dtype = vf
        .dtype_arg(args.value("dtype")?, args.span_of("dtype"))?
        .unwrap_or(crate::memory::DType::Float64);
    let copy = match args.get("copy") {
        Some(value) => vf.truthy(value, args.span_of("copy"))?,
        None => true,
    };
    let order = order_arg(args.get("order"), Order::K, args.span_of("order"))?;
    if !copy && dtype == array.data.dtype && is_in_order(&array.data.layout, order) {
        return Ok(Value::Array(array));
    }
    let id = vf.allocate(array.data.shape(), dtype, span)?;
    let data = compute::cast_in_order(&array.data, dtype, id, order)
        .map_err(|e| EvalError::from_compute(e, span))?;
    let text = vf.text(span);
    Ok(vf.new_array(data, Rule::Astype, Some((&array, text))))
}

/// `np.sort(a, axis=-1)`: a sorted copy in the array's memory order. Sorting the new copy
/// writes memory no name reached before, so it is no write the report speaks of.
pub(crate) fn np_sort(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let array = vf.array_param(args, "a")?;
    let span = args.span;
    let text = vf.text(span);
    let (source, axis) = match args.get("axis") {
        Some(Value::None) => {
            let flat = vf.raveled(&array, Order::C, text.clone(), span)?;
            (vf.as_array_object(&flat, span)?, -1)
        }
        Some(axis) => (array, as_index_int(axis, args.span_of("axis"))?),
        None => (array, -1),
    };
    let copy = vf.copy_of(&source, Rule::SortedCopy, text, span, Order::K)?;
    let sorted = vf.as_array_object(&copy, span)?;
    compute::sort_in_place(&sorted.data, axis as isize)
        .map_err(|e| EvalError::from_compute(e, span))?;
    Ok(copy)
}

/// `np.concatenate(arrays, axis=0)`; `axis=None` joins the flattened arrays.
pub(crate) fn concatenate(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let span = args.span;
    let arrays = args.value("arrays")?;
    if !matches!(arrays, Value::List(_) | Value::Tuple(_) | Value::Array(_)) {
        let message = "dispatcher for __array_function__ did not return an iterable";
        return Err(EvalError::type_error(message, span));
    }
    let parts = vf.iterate(arrays, args.span_of("arrays"))?;
    let arrays = parts
        .iter()
        .map(|v| vf.as_array_object(v, span))
        .collect::<EvalResult<Vec<_>>>()?;
    let axis = match args.get("axis") {
        Some(Value::None) => None,
        Some(v) => Some(as_index_int(v, args.span_of("axis"))? as isize),
        None => Some(0),
    };
    let operands: Vec<Operand> = arrays.iter().map(|a| Operand::Array(&a.data)).collect();
    let (shape, dtype) = crate::eval::limits::concatenation_result(&arrays, axis);
    let id = vf.allocate(&shape, dtype, span)?;
    let data =
        compute::concatenate(&operands, axis, id).map_err(|e| EvalError::from_compute(e, span))?;
    Ok(vf.new_array(data, Rule::Concatenate, None))
}

/// `np.where(condition, x, y)`: each element from `x` where the condition holds, else from `y`.
pub(crate) fn where_(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let span = args.span;
    let (x, y) = (args.get("x"), args.get("y"));
    let (x, y) = match (x, y) {
        (Some(x), Some(y)) => (x.clone(), y.clone()),
        (None, None) => {
            return Err(EvalError::unsupported(
                "np.where with one argument (np.nonzero)",
                span,
            ));
        }
        _ => {
            let message = "either both or neither of x and y should be given";
            return Err(EvalError::value_error(message, span));
        }
    };
    let condition = args.value("condition")?.clone();
    let holders = [condition, x, y]
        .iter()
        .map(|value| vf.operand_holder(value, span))
        .collect::<EvalResult<Vec<_>>>()?;
    let operands: Option<Vec<Operand>> = holders.iter().map(|h| h.operand()).collect();
    let operands = operands
        .ok_or_else(|| EvalError::type_error("np.where() arguments must be array-like", span))?;
    let (shape, dtype) = crate::eval::limits::where_result(&operands);
    let id = vf.allocate(&shape, dtype, span)?;
    let data = compute::where_select(operands[0], operands[1], operands[2], id)
        .map_err(|e| EvalError::from_compute(e, span))?;
    Ok(vf.new_array(data, Rule::Where, None))
}

impl Interpreter {
    /// A copy with a buffer of its own, laid out in `order` (`a.copy()` is C, `np.copy` K: the
    /// array's own memory order).
    pub(crate) fn copy_of(
        &mut self,
        array: &Rc<ArrayObject>,
        rule: Rule,
        text: String,
        span: Span,
        order: Order,
    ) -> EvalResult<Value> {
        let id = self.allocate(array.data.shape(), array.data.dtype, span)?;
        let data = compute::cast_in_order(&array.data, array.data.dtype, id, order)
            .map_err(|e| EvalError::from_compute(e, span))?;
        Ok(self.new_array(data, rule, Some((array, text))))
    }
}
