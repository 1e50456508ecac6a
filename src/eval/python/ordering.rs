//! Comparing containers as CPython does: lists and tuples lexicographically, item by item,
//! where two items are equal when they are the same object or `==` says so (CPython's
//! `PyObject_RichCompareBool`, which `in`, `count`, `index` and `remove` use too); ranges as
//! the sequences they stand for.

use crate::eval::python::range_len;
use crate::eval::{EvalResult, Interpreter};
use crate::syntax::{CmpOp, Span};
use crate::value::Value;

impl Interpreter {
    /// Python's `x is y or x == y`, as containers compare their items.
    pub(crate) fn items_equal(&mut self, x: &Value, y: &Value, span: Span) -> EvalResult<bool> {
        if x.is_same_object(y) {
            return Ok(true);
        }
        if is_nan(x) && is_nan(y) {
            // Equal only when they are one object (`np.nan` is; two `float('nan')` are not),
            // and viewfinder keeps no identity for floats.
            let what = "comparing two NaN floats as container items (Python tests identity first)";
            return Err(crate::eval::EvalError::unsupported(what, span));
        }
        let equal = self.compare(CmpOp::Eq, x, y, span)?;
        self.truthy(&equal, span)
    }

    /// `left op right` when both are lists, both tuples or both ranges; `None` otherwise.
    pub(crate) fn compare_containers(
        &mut self,
        op: CmpOp,
        left: &Value,
        right: &Value,
        span: Span,
    ) -> EvalResult<Option<Value>> {
        let (left_items, right_items, is_list) = match (left, right) {
            (Value::List(a), Value::List(b)) => (a.borrow().clone(), b.borrow().clone(), true),
            (Value::Tuple(a), Value::Tuple(b)) => (a.to_vec(), b.to_vec(), false),
            (Value::Range(..), Value::Range(..)) if matches!(op, CmpOp::Eq | CmpOp::NotEq) => {
                let equal = ranges_equal(left, right);
                return Ok(Some(Value::Bool(equal == (op == CmpOp::Eq))));
            }
            _ => return Ok(None),
        };
        let lengths_differ = left_items.len() != right_items.len();
        if is_list && lengths_differ && matches!(op, CmpOp::Eq | CmpOp::NotEq) {
            return Ok(Some(Value::Bool(op == CmpOp::NotEq)));
        }
        self.compare_items(op, &left_items, &right_items, span)
            .map(Some)
    }

    /// CPython's lexicographic comparison: the first pair of items that are not equal decides
    /// (by `op` on them, whatever it returns), else the lengths do.
    fn compare_items(
        &mut self,
        op: CmpOp,
        left: &[Value],
        right: &[Value],
        span: Span,
    ) -> EvalResult<Value> {
        for (x, y) in left.iter().zip(right) {
            crate::eval::cancel::check(span)?;
            if self.items_equal(x, y, span)? {
                continue;
            }
            return match op {
                CmpOp::Eq => Ok(Value::Bool(false)),
                CmpOp::NotEq => Ok(Value::Bool(true)),
                _ => self.compare(op, x, y, span),
            };
        }
        let ordering = left.len().cmp(&right.len());
        Ok(Value::Bool(match op {
            CmpOp::Eq => ordering.is_eq(),
            CmpOp::NotEq => ordering.is_ne(),
            CmpOp::Lt => ordering.is_lt(),
            CmpOp::LtE => ordering.is_le(),
            CmpOp::Gt => ordering.is_gt(),
            _ => ordering.is_ge(),
        }))
    }
}

/// `range == range`: the same integers in the same order (`range(0) == range(5, 5)`).
fn ranges_equal(left: &Value, right: &Value) -> bool {
    let (Value::Range(a0, a1, a2), Value::Range(b0, b1, b2)) = (left, right) else {
        return false;
    };
    let (len_a, len_b) = (range_len(*a0, *a1, *a2), range_len(*b0, *b1, *b2));
    len_a == len_b && (len_a == 0 || (a0 == b0 && (len_a == 1 || a2 == b2)))
}

/// A float or NumPy float scalar holding NaN.
fn is_nan(value: &Value) -> bool {
    match value {
        Value::Float(x) => x.is_nan(),
        Value::Scalar(dtype, scalar) => dtype.is_float() && scalar.as_f64().is_nan(),
        _ => false,
    }
}
