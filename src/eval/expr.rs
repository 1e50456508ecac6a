//! Expressions: literals, names, operators, comparisons.
//!
//! Operators on Python numbers follow Python; as soon as an array or NumPy scalar is involved
//! they go to `memory::compute`, which follows NumPy (promotion, broadcasting). A 0-d result
//! becomes a NumPy scalar, as NumPy's ufuncs return.

use crate::exception::ExceptionKind;
use std::rc::Rc;

use crate::eval::{Dialect, EvalError, EvalResult, Interpreter, constants};
use crate::memory::compute::{self, BinaryOp, CompareOp, Operand};
use crate::memory::{ArrayData, Scalar};
use crate::syntax::{BinOp, BoolOpKind, CmpOp, Expr, ExprKind, Span, UnaryOp};
use crate::value::{Module, Rule, Value};

impl Interpreter {
    /// Evaluates an expression.
    pub(crate) fn eval(&mut self, expr: &Expr) -> EvalResult<Value> {
        let span = expr.span;
        crate::eval::cancel::check(span)?;
        match &expr.kind {
            ExprKind::Int(i) => Ok(Value::Int(*i)),
            ExprKind::Float(x) => Ok(Value::Float(*x)),
            ExprKind::Str(s) => Ok(Value::Str(Rc::from(s.as_str()))),
            ExprKind::FString(parts) => Ok(Value::Str(Rc::from(self.eval_fstring(parts, span)?))),
            ExprKind::Bytes(bytes) => self.bytes_constant(bytes, span),
            ExprKind::Bool(b) => Ok(Value::Bool(*b)),
            ExprKind::None => Ok(Value::None),
            ExprKind::Ellipsis => Err(EvalError::unsupported("'...' outside an index", span)),
            ExprKind::Name(name) => self.eval_name(name, span),
            ExprKind::List(items) => self.eval_list(items, span),
            ExprKind::Tuple(items) => Ok(Value::Tuple(self.eval_display_items(items)?.into())),
            ExprKind::Unary { op, operand } => self.eval_unary(*op, operand, span),
            ExprKind::Binary { op, left, right } => {
                if let Some(bytes) = constants::folded_bytes(expr) {
                    return self.bytes_constant(&bytes, span);
                }
                let (l, r) = (self.eval(left)?, self.eval(right)?);
                let result = self.binary_op(*op, &l, &r, span);
                result.map_err(|error| blame_operand(error, span, right.span))
            }
            ExprKind::Compare { left, rest } => self.eval_compare(left, rest),
            ExprKind::BoolOp { op, values } => self.eval_bool_op(*op, values),
            ExprKind::IfElse { test, body, orelse } => {
                let condition = self.eval(test)?;
                let branch = if self.truthy(&condition, test.span)? {
                    body
                } else {
                    orelse
                };
                self.eval(branch)
            }
            ExprKind::Attribute { object, attr } => {
                let owner = self.eval(object)?;
                self.get_attribute(&owner, attr, span)
            }
            ExprKind::Call { func, args } => self.eval_call(func, args, span),
            ExprKind::Lambda { params, body } => self.eval_lambda(params, body),
            ExprKind::ListComp { elt, generators } if !generators.iter().any(|g| g.is_async) => {
                self.eval_list_comprehension(elt, generators, span)
            }
            ExprKind::Dict(items) => self.eval_dict_display(items),
            ExprKind::Set(items) => self.eval_set_display(items),
            ExprKind::SetComp { elt, generators } if !generators.iter().any(|g| g.is_async) => {
                self.eval_set_comprehension(elt, generators, span)
            }
            ExprKind::DictComp { item, generators } if !generators.iter().any(|g| g.is_async) => {
                self.eval_dict_comprehension(item, generators, span)
            }
            ExprKind::Subscript { object, index } => {
                let container = self.eval(object)?;
                self.get_item(&container, index, span)
            }
            ExprKind::Slice { .. } => Err(EvalError::new(
                ExceptionKind::SyntaxError,
                "invalid syntax",
                span,
            )),
            _ => Err(super::unsupported_syntax::expression(expr)),
        }
    }

    /// A name's value, noting a bare NumPy name of the shorthand dialect for `%save`.
    fn eval_name(&mut self, name: &str, span: Span) -> EvalResult<Value> {
        let value = self.lookup_name(name, span)?;
        let bound = self.names.get(name).is_some()
            || self.scope.is_some()
            || crate::eval::python::builtin(name).is_some();
        if self.dialect == Dialect::Shorthand && !bound && name != "np" {
            let use_ = crate::eval::ShorthandUse::NumpyName(span, name.to_string());
            self.outcome.record_shorthand(use_);
        }
        Ok(value)
    }

    /// A name's value: the environment, then builtins, then (shorthand) NumPy's functions.
    pub(crate) fn lookup_name(&self, name: &str, span: Span) -> EvalResult<Value> {
        if let Some(value) = self.scoped_value(name, span) {
            return value;
        }
        if let Some(value) = self.names.get(name) {
            return Ok(value.clone());
        }
        if let Some(builtin) = crate::eval::python::builtin(name) {
            return Ok(builtin);
        }
        if let Some(refused) = crate::eval::refusal::unmodelled_builtin(name, span) {
            return Err(refused);
        }
        if self.dialect == Dialect::Shorthand {
            if matches!(name, "np" | "numpy") {
                return Ok(Value::Module(Module::NumPy));
            }
            let numpy = Value::Module(Module::NumPy);
            return crate::eval::numpy::attribute(Module::NumPy, name).ok_or_else(|| {
                let refusal = crate::eval::refusal::missing_attribute(&numpy, name, span);
                match refusal.kind {
                    crate::exception::ExceptionKind::NotImplementedError => refusal,
                    _ => self.name_error(name, span),
                }
            });
        }
        Err(self.name_error(name, span))
    }

    /// `NameError`, with CPython's "Did you mean" when a close name exists (in the shorthand
    /// dialect NumPy's functions count as names too).
    pub(crate) fn name_error(&self, name: &str, span: Span) -> EvalError {
        let mut error = EvalError::name_error(name, span);
        let shorthand =
            (self.dialect == Dialect::Shorthand).then_some(crate::eval::numpy::FUNCTIONS);
        let extra = shorthand.into_iter().flatten().map(|row| row.name);
        let names = self.names_in_binding_order().into_iter().chain(extra);
        if let Some(suggestion) = crate::eval::suggest::suggest_name(name, names) {
            error.message += &format!(". Did you mean: '{suggestion}'?");
        }
        error
    }

    /// `[a, b]`: a list, or in the shorthand dialect an array when the items are numbers.
    fn eval_list(&mut self, items: &[Expr], span: Span) -> EvalResult<Value> {
        let values = self.eval_display_items(items)?;
        let list = Value::List(Rc::new(std::cell::RefCell::new(values)));
        if self.dialect == Dialect::Shorthand && crate::eval::numpy::convert::is_numeric_nest(&list)
        {
            let data = self.array_data_from(&list, None, span)?;
            let use_ = crate::eval::ShorthandUse::ListArray(span);
            self.outcome.record_shorthand(use_);
            return Ok(self.new_array(data, Rule::ListLiteral, None));
        }
        Ok(list)
    }

    fn eval_unary(&mut self, op: UnaryOp, operand: &Expr, span: Span) -> EvalResult<Value> {
        let value = self.eval(operand)?;
        self.unary_value(op, &value, span)
    }

    /// `op value` for a value already evaluated (`-x`, `not x`; `operator.neg(x)`).
    pub(crate) fn unary_value(
        &mut self,
        op: UnaryOp,
        value: &Value,
        span: Span,
    ) -> EvalResult<Value> {
        let value = value.clone();
        if op == UnaryOp::Not {
            return Ok(Value::Bool(!self.truthy(&value, span)?));
        }
        match (&value, op) {
            (Value::Int(i), UnaryOp::Neg) => i
                .checked_neg()
                .map(Value::Int)
                .ok_or_else(|| overflow(span)),
            (Value::Int(i), UnaryOp::Pos) => Ok(Value::Int(*i)),
            (Value::Int(i), UnaryOp::Invert) => Ok(Value::Int(!i)),
            (Value::Bool(b), UnaryOp::Neg) => Ok(Value::Int(-(*b as i64))),
            (Value::Bool(b), UnaryOp::Pos) => Ok(Value::Int(*b as i64)),
            (Value::Bool(b), UnaryOp::Invert) => Ok(Value::Int(!(*b as i64))),
            (Value::Float(x), UnaryOp::Neg) => Ok(Value::Float(-x)),
            (Value::Float(x), UnaryOp::Pos) => Ok(Value::Float(*x)),
            (Value::ObjectArray(_), _) => Err(EvalError::unsupported(
                "unary operators on object arrays",
                span,
            )),
            (value, _) if crate::eval::python::lacks_arithmetic(value) => {
                let message = format!(
                    "bad operand type for unary {}: '{}'",
                    unary_symbol(op),
                    value.type_name()
                );
                Err(EvalError::type_error(message, span))
            }
            _ => self.numpy_unary(op, &value, span),
        }
    }

    fn numpy_unary(&mut self, op: UnaryOp, value: &Value, span: Span) -> EvalResult<Value> {
        let kind = match op {
            UnaryOp::Neg => compute::UnaryOp::Neg,
            UnaryOp::Pos => compute::UnaryOp::Pos,
            UnaryOp::Invert => compute::UnaryOp::Invert,
            UnaryOp::Not => unreachable!("handled by eval_unary"),
        };
        let holder = self.operand_holder(value, span)?;
        let Some(operand) = holder.operand() else {
            let message = format!(
                "bad operand type for unary {}: '{}'",
                unary_symbol(op),
                value.type_name()
            );
            return Err(EvalError::type_error(message, span));
        };
        let id = self.allocate(operand.shape(), operand.own_dtype(), span)?;
        let result =
            compute::unary(kind, operand, id).map_err(|e| EvalError::from_compute(e, span))?;
        Ok(self.ufunc_result(result, Rule::Arithmetic))
    }

    /// `left op right` for any two values.
    pub(crate) fn binary_op(
        &mut self,
        op: BinOp,
        left: &Value,
        right: &Value,
        span: Span,
    ) -> EvalResult<Value> {
        if matches!(left, Value::ObjectArray(_)) || matches!(right, Value::ObjectArray(_)) {
            return self.object_binary(op, left, right, span);
        }
        if let Some(result) = crate::eval::python::python_binary(op, left, right, span)? {
            return Ok(result);
        }
        if let Some(result) = Self::dict_binary(op, left, right) {
            return Ok(result);
        }
        if let Some(result) = Self::set_binary(op, left, right) {
            return Ok(result);
        }
        crate::eval::python::set_exprs::refuse_foreign_set_operand(op, left, right, span)?;
        if let Some(result) = self.sequence_binary(op, left, right, span)? {
            return Ok(result);
        }
        refuse_matmul_of_numpy(op, left, right, span)?;
        let (l, r) = (
            self.operand_holder(left, span)?,
            self.operand_holder(right, span)?,
        );
        let (Some(lo), Some(ro), Some(kind)) = (l.operand(), r.operand(), numpy_binary_op(op))
        else {
            refuse_unheld_numpy_operand(left, right, span)?;
            return Err(unsupported_operands(op.symbol(), left, right, span));
        };
        let dtype = compute::result_dtype(kind, &lo, &ro).unwrap_or(crate::memory::DType::Float64);
        let id = self.allocate(&result_shape(&lo, &ro), dtype, span)?;
        let result =
            compute::binary(kind, lo, ro, id).map_err(|e| EvalError::from_compute(e, span))?;
        Ok(self.ufunc_result(result, Rule::Arithmetic))
    }

    /// `target op= value`: in place for arrays and lists, rebinding for everything else.
    pub(crate) fn in_place_op(
        &mut self,
        op: BinOp,
        current: &Value,
        operand: &Value,
        span: Span,
        target_text: &str,
    ) -> EvalResult<Value> {
        match current {
            Value::ObjectArray(_) => Err(EvalError::unsupported(
                "augmented assignment to an object array",
                span,
            )),
            Value::Array(array) => {
                refuse_matmul_of_numpy(op, current, operand, span)?;
                let holder = self.operand_holder(operand, span)?;
                let (Some(rhs), Some(kind)) = (holder.operand(), numpy_binary_op(op)) else {
                    refuse_unheld_numpy_operand(current, operand, span)?;
                    return Err(unsupported_operands(
                        &format!("{}=", op.symbol()),
                        current,
                        operand,
                        span,
                    ));
                };
                self.check_writeable_for(array, "output array", span)?;
                self.before_validated_write(&array.data.buffer);
                compute::binary_in_place(kind, &array.data, rhs)
                    .map_err(|e| EvalError::from_compute(e, span))?;
                self.record_write(target_text, &array.data);
                Ok(current.clone())
            }
            Value::List(list) if matches!(op, BinOp::Add | BinOp::Mul) => {
                self.list_in_place(list, op, operand, span)?;
                Ok(current.clone())
            }
            Value::Dict(dict) if op == BinOp::BitOr => {
                self.dict_in_place(dict, operand, span)?;
                Ok(current.clone())
            }
            Value::Set(_) | Value::FrozenSet(_) => {
                crate::eval::python::set_exprs::refuse_foreign_set_operand(
                    op, current, operand, span,
                )?;
                match self.set_in_place(current, op, operand, span) {
                    Some(result) => result,
                    None => self.binary_op(op, current, operand, span),
                }
            }
            Value::Buffer(object) if object.kind != crate::value::BufferKind::Bytes => {
                self.buffer_in_place(object, op, operand, span)?;
                Ok(current.clone())
            }
            _ => self.binary_op(op, current, operand, span),
        }
    }

    /// Turns a computed array into the value NumPy returns: a scalar when 0-d.
    pub(crate) fn ufunc_result(&mut self, data: ArrayData, rule: Rule) -> Value {
        if data.shape().is_empty() {
            return Value::Scalar(data.dtype, data.get(&[]));
        }
        self.new_array(data, rule, None)
    }

    fn eval_compare(&mut self, left: &Expr, rest: &[(CmpOp, Expr)]) -> EvalResult<Value> {
        let mut current = self.eval(left)?;
        let mut current_expr = left;
        let mut result = Value::Bool(true);
        for (op, right_expr) in rest {
            let right = self.eval(right_expr)?;
            let span = left.span.to(right_expr.span);
            let is = matches!(op, CmpOp::Is | CmpOp::IsNot);
            result = match same_name(current_expr, right_expr) {
                // One name holds one object, even a float or NumPy scalar viewfinder keeps
                // no identity for (`x is not x` is False).
                true if is => Value::Bool(*op == CmpOp::Is),
                false if is && both_names(current_expr, right_expr) => {
                    refuse_aliased_scalars(&current, &right, span)?;
                    self.compare(*op, &current, &right, span)?
                }
                _ => self.compare(*op, &current, &right, span)?,
            };
            current_expr = right_expr;
            if rest.len() > 1 && !self.truthy(&result, right_expr.span)? {
                return Ok(result);
            }
            current = right;
        }
        Ok(result)
    }

    /// `left op right` for a comparison operator.
    pub(crate) fn compare(
        &mut self,
        op: CmpOp,
        left: &Value,
        right: &Value,
        span: Span,
    ) -> EvalResult<Value> {
        match op {
            CmpOp::Is | CmpOp::IsNot => {
                let same = identical(left, right, span)?;
                return Ok(Value::Bool(same == (op == CmpOp::Is)));
            }
            CmpOp::In | CmpOp::NotIn if matches!(right, Value::ObjectArray(_)) => {
                return Err(EvalError::unsupported("`in` on an object array", span));
            }
            CmpOp::In | CmpOp::NotIn => {
                let found = self.contains(right, left, span)?;
                return Ok(Value::Bool(found == (op == CmpOp::In)));
            }
            _ => {}
        }
        if matches!(left, Value::ObjectArray(_)) || matches!(right, Value::ObjectArray(_)) {
            return self.object_compare(op, left, right, span);
        }
        if let Some(result) = crate::eval::numpy::objects::compare_object_dtype(op, left, right) {
            return result.map_err(|what| EvalError::unsupported(what, span));
        }
        if let Some(result) = self.compare_dicts(op, left, right, span)? {
            return Ok(result);
        }
        if let Some(result) = Self::compare_sets(op, left, right, span)? {
            return Ok(result);
        }
        if let Some(result) = self.compare_containers(op, left, right, span)? {
            return Ok(result);
        }
        if let Some(result) = crate::eval::python::python_compare(op, left, right, span)? {
            return Ok(result);
        }
        if matches!(left, Value::List(_) | Value::Tuple(_)) && matches!(right, Value::Array(_)) {
            // The list's comparison gives up, so Python asks the array, operands swapped
            // (NumPy's broadcasting error then names the array's shape first).
            return self.compare(reflected(op), right, left, span);
        }
        let (l, r) = (
            self.operand_holder(left, span)?,
            self.operand_holder(right, span)?,
        );
        let (Some(lo), Some(ro)) = (l.operand(), r.operand()) else {
            let numpy_side = |v: &Value| matches!(v, Value::Array(_) | Value::Scalar(..));
            let text_side = |v: &Value| matches!(v, Value::Str(_) | Value::Buffer(_));
            if (numpy_side(left) && text_side(right)) || (text_side(left) && numpy_side(right)) {
                let what =
                    "ordering a NumPy value against a str or bytes (NumPy's ufunc loop error)";
                return Err(EvalError::unsupported(what, span));
            }
            if matches!(op, CmpOp::Eq | CmpOp::NotEq) && (numpy_side(left) || numpy_side(right)) {
                let other = if numpy_side(left) { right } else { left };
                let what = format!(
                    "comparing a NumPy value with a {} (NumPy compares elementwise, as objects)",
                    other.type_name()
                );
                return Err(EvalError::unsupported(what, span));
            }
            return crate::eval::python::fallback_compare(op, left, right, span);
        };
        let id = self.allocate(&result_shape(&lo, &ro), crate::memory::DType::Bool, span)?;
        let kind = numpy_compare_op(op);
        let result =
            compute::compare(kind, lo, ro, id).map_err(|e| EvalError::from_compute(e, span))?;
        Ok(self.ufunc_result(result, Rule::Comparison))
    }

    fn contains(&mut self, container: &Value, item: &Value, span: Span) -> EvalResult<bool> {
        if let Value::Array(_) = container {
            let equal = self.compare(CmpOp::Eq, container, item, span)?;
            return self
                .call_method_named(&equal, "any", span)
                .and_then(|v| self.truthy(&v, span));
        }
        if let Some(found) = self.dict_contains(container, item, span)? {
            return Ok(found);
        }
        if let Some(found) = self.set_contains(container, item, span)? {
            return Ok(found);
        }
        if let Some(found) = self.contains_in_python_object(container, item, span)? {
            return Ok(found);
        }
        if let Value::Str(haystack) = container {
            let Value::Str(needle) = item else {
                let message = format!(
                    "'in <string>' requires string as left operand, not {}",
                    item.type_name()
                );
                return Err(EvalError::type_error(message, span));
            };
            return Ok(haystack.contains(needle.as_ref()));
        }
        if !matches!(
            container,
            Value::List(_)
                | Value::Tuple(_)
                | Value::Iterator(_)
                | Value::Buffer(_)
                | Value::MemoryView(_)
        ) {
            let message = format!(
                "argument of type '{}' is not iterable",
                container.type_name()
            );
            return Err(EvalError::type_error(message, span));
        }
        let items = self.iterate(container, span)?;
        for candidate in items {
            crate::eval::cancel::check(span)?;
            if self.items_equal(&candidate, item, span)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    fn eval_bool_op(&mut self, op: BoolOpKind, values: &[Expr]) -> EvalResult<Value> {
        let mut last = Value::None;
        for expr in values {
            last = self.eval(expr)?;
            let truth = self.truthy(&last, expr.span)?;
            if truth == (op == BoolOpKind::Or) {
                return Ok(last);
            }
        }
        Ok(last)
    }

    /// Python's `bool(value)`, with NumPy's refusal for arrays of several elements.
    pub(crate) fn truthy(&self, value: &Value, span: Span) -> EvalResult<bool> {
        Ok(match value {
            Value::None => false,
            Value::Bool(b) => *b,
            Value::Int(i) => *i != 0,
            Value::Float(x) => *x != 0.0,
            Value::Str(s) => !s.is_empty(),
            Value::Scalar(_, s) => s.is_truthy(),
            Value::List(items) => !items.borrow().is_empty(),
            Value::Dict(dict) => !dict.borrow().is_empty(),
            Value::DictView(view) => !view.dict.borrow().is_empty(),
            Value::Set(set) | Value::FrozenSet(set) => !set.borrow().is_empty(),
            Value::Tuple(items) => !items.is_empty(),
            Value::Range(start, stop, step) => {
                crate::eval::python::range_len(*start, *stop, *step) > 0
            }
            Value::Buffer(object) => !object.is_empty(),
            Value::MemoryView(view) => crate::eval::python::memoryview::length(view, span)? > 0,
            Value::ObjectArray(array) if array.size() == 1 => {
                let only = array.get(&vec![0; array.layout.ndim()]);
                return self.truthy(&only, span);
            }
            Value::ObjectArray(array) => return Err(ambiguous_truth(array.size(), span)),
            Value::Array(array) if array.data.size() == 1 => array
                .data
                .get(&vec![0; array.data.layout.ndim()])
                .is_truthy(),
            Value::Array(array) => return Err(ambiguous_truth(array.data.size(), span)),
            _ => true,
        })
    }

    /// Holds what an operand borrows (a list converted to an array lives here).
    pub(crate) fn operand_holder(
        &mut self,
        value: &Value,
        span: Span,
    ) -> EvalResult<OperandHolder> {
        Ok(match value {
            Value::Array(array) => OperandHolder::Array(array.data.clone()),
            Value::Bool(b) => OperandHolder::Scalar(ScalarOperand::PyBool(*b)),
            Value::Int(i) => OperandHolder::Scalar(ScalarOperand::PyInt(*i)),
            Value::Float(x) => OperandHolder::Scalar(ScalarOperand::PyFloat(*x)),
            Value::Scalar(dtype, s) => OperandHolder::Scalar(ScalarOperand::NumPy(*dtype, *s)),
            Value::List(_) | Value::Tuple(_) | Value::Range(..)
                if crate::eval::numpy::convert::is_numeric_nest(value) =>
            {
                OperandHolder::Array(self.scratch_array_from(value, span)?)
            }
            _ => OperandHolder::None,
        })
    }
}

/// A value ready to be an [`Operand`].
pub(crate) enum OperandHolder {
    /// An array's data.
    Array(ArrayData),
    /// A scalar.
    Scalar(ScalarOperand),
    /// Not a NumPy operand.
    None,
}

/// The scalar kinds of [`Operand`].
#[derive(Clone, Copy)]
pub(crate) enum ScalarOperand {
    PyBool(bool),
    PyInt(i64),
    PyFloat(f64),
    NumPy(crate::memory::DType, Scalar),
}

impl OperandHolder {
    /// The operand, if this is one.
    pub(crate) fn operand(&self) -> Option<Operand<'_>> {
        Some(match self {
            OperandHolder::Array(data) => Operand::Array(data),
            OperandHolder::Scalar(ScalarOperand::PyBool(b)) => Operand::PyBool(*b),
            OperandHolder::Scalar(ScalarOperand::PyInt(i)) => Operand::PyInt(*i),
            OperandHolder::Scalar(ScalarOperand::PyFloat(x)) => Operand::PyFloat(*x),
            OperandHolder::Scalar(ScalarOperand::NumPy(d, s)) => Operand::NumPy(*d, *s),
            OperandHolder::None => return None,
        })
    }
}

fn numpy_binary_op(op: BinOp) -> Option<BinaryOp> {
    Some(match op {
        BinOp::Add => BinaryOp::Add,
        BinOp::Sub => BinaryOp::Sub,
        BinOp::Mul => BinaryOp::Mul,
        BinOp::Div => BinaryOp::Div,
        BinOp::FloorDiv => BinaryOp::FloorDiv,
        BinOp::Mod => BinaryOp::Mod,
        BinOp::Pow => BinaryOp::Pow,
        BinOp::BitAnd => BinaryOp::BitAnd,
        BinOp::BitOr => BinaryOp::BitOr,
        BinOp::BitXor => BinaryOp::BitXor,
        BinOp::LShift => BinaryOp::LShift,
        BinOp::RShift => BinaryOp::RShift,
        BinOp::MatMul => return None,
    })
}

/// `a @ b` with an array or NumPy scalar on either side is NumPy's matmul, which viewfinder
/// does not model yet; between Python objects `@` keeps Python's `TypeError`.
fn refuse_matmul_of_numpy(op: BinOp, left: &Value, right: &Value, span: Span) -> EvalResult<()> {
    let numpy = |v: &Value| matches!(v, Value::Array(_) | Value::Scalar(..));
    match op == BinOp::MatMul && (numpy(left) || numpy(right)) {
        true => Err(EvalError::unsupported("the @ operator (np.matmul)", span)),
        false => Ok(()),
    }
}

/// The operator that asks the same question with the operands swapped (`a < b` is `b > a`).
fn reflected(op: CmpOp) -> CmpOp {
    match op {
        CmpOp::Lt => CmpOp::Gt,
        CmpOp::Gt => CmpOp::Lt,
        CmpOp::LtE => CmpOp::GtE,
        CmpOp::GtE => CmpOp::LtE,
        other => other,
    }
}

fn numpy_compare_op(op: CmpOp) -> CompareOp {
    match op {
        CmpOp::Eq => CompareOp::Eq,
        CmpOp::NotEq => CompareOp::Ne,
        CmpOp::Lt => CompareOp::Lt,
        CmpOp::LtE => CompareOp::Le,
        CmpOp::Gt => CompareOp::Gt,
        _ => CompareOp::Ge,
    }
}

/// NumPy's `ValueError` for `bool()` of an array of `size` elements (not one).
fn ambiguous_truth(size: usize, span: Span) -> EvalError {
    let message = match size {
        0 => {
            "The truth value of an empty array is ambiguous. Use `array.size > 0` to check that an array is not empty."
        }
        _ => {
            "The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()"
        }
    };
    EvalError::value_error(message, span)
}

fn unary_symbol(op: UnaryOp) -> &'static str {
    match op {
        UnaryOp::Neg => "-",
        UnaryOp::Pos => "+",
        UnaryOp::Invert => "~",
        UnaryOp::Not => "not",
    }
}

/// The shape two operands broadcast to (`a[:, None] + b` of two long vectors is checked
/// against the memory limit before it is computed); empty when they do not broadcast, which
/// the operation itself reports.
fn result_shape(lo: &Operand, ro: &Operand) -> Vec<usize> {
    compute::broadcast_shapes(lo.shape(), ro.shape()).unwrap_or_default()
}

/// An honest refusal of arithmetic between a NumPy value and an operand NumPy would turn into
/// a string or object array (`a + 'x'`, `a * None`): NumPy then raises from its ufunc
/// machinery (`_UFuncNoLoopError` naming a `<U1` dtype) or runs Python's operator per
/// element, neither of which viewfinder models.
fn refuse_unheld_numpy_operand(left: &Value, right: &Value, span: Span) -> EvalResult<()> {
    let is_numpy = |v: &Value| matches!(v, Value::Array(_) | Value::Scalar(..));
    let other = match (is_numpy(left), is_numpy(right)) {
        (true, _) => right,
        (_, true) => left,
        _ => return Ok(()),
    };
    Err(EvalError::unsupported(
        format!(
            "arithmetic between a NumPy value and a {} (NumPy's string and object dtypes)",
            other.type_name()
        ),
        span,
    ))
}

/// `TypeError: unsupported operand type(s) for +: 'int' and 'str'`.
pub(crate) fn unsupported_operands(
    symbol: &str,
    left: &Value,
    right: &Value,
    span: Span,
) -> EvalError {
    let message = format!(
        "unsupported operand type(s) for {symbol}: '{}' and '{}'",
        left.type_name(),
        right.type_name()
    );
    EvalError::type_error(message, span)
}

/// Python ints beyond 64 bits.
/// Points a broadcasting error raised for the whole of `whole` at the operand (`operand`) whose
/// shape does not fit, so the caret lands under it.
pub(crate) fn blame_operand(mut error: EvalError, whole: Span, operand: Span) -> EvalError {
    let broadcast = error
        .message
        .starts_with("operands could not be broadcast together");
    if broadcast && error.span == whole {
        error.span = operand;
    }
    error
}

pub(crate) fn overflow(span: Span) -> EvalError {
    EvalError::unsupported("integers beyond 64 bits", span)
}

/// Whether both expressions are the same plain name (`x is x`).
/// `left is right`. viewfinder keeps no identity for numbers, strs and tuples, so two equal
/// ones that are not known to be one object could be one object or two in CPython (its
/// compiler merges equal constants, its runtime caches some values and copies none when a
/// name is bound): that answer is refused honestly rather than guessed.
fn identical(left: &Value, right: &Value, span: Span) -> EvalResult<bool> {
    if left.is_same_object(right) {
        return Ok(true);
    }
    match identity_unknown(left, right) {
        Some(kind) => Err(EvalError::unsupported(
            format!(
                "`is` between two equal {kind} objects (whether CPython made them one object depends on how each was made)"
            ),
            span,
        )),
        None => Ok(false),
    }
}

/// The type name of two values whose identity viewfinder cannot tell: equal Python numbers,
/// strs and tuples of them (the empty tuple is one object). NumPy's scalars are never merged
/// or cached (but for its two bools), so two made apart are two objects: only two names
/// holding equal ones are in doubt ([`refuse_aliased_scalars`]).
fn identity_unknown(left: &Value, right: &Value) -> Option<&'static str> {
    let unknown = match (left, right) {
        (Value::Int(a), Value::Int(b)) => a == b,
        (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
        (Value::Str(a), Value::Str(b)) => a == b,
        (Value::Tuple(a), Value::Tuple(b)) if a.is_empty() && b.is_empty() => return None,
        (Value::Tuple(a), Value::Tuple(b)) => {
            a.len() == b.len()
                && a.iter()
                    .zip(b.iter())
                    .all(|(x, y)| x.is_same_object(y) || identity_unknown(x, y).is_some())
        }
        _ => false,
    };
    unknown.then(|| left.type_name())
}

/// `x is y` for two names holding equal NumPy scalars: one may have been bound from the
/// other (`y = x`), which viewfinder does not follow for scalars, so it is refused honestly.
fn refuse_aliased_scalars(left: &Value, right: &Value, span: Span) -> EvalResult<()> {
    match (left, right) {
        (Value::Scalar(a, x), Value::Scalar(b, y))
            if a == b && *a != crate::memory::DType::Bool && same_bits(x, y) =>
        {
            Err(EvalError::unsupported(
                format!(
                    "`is` between two names holding equal {} objects (one may have been bound from the other)",
                    left.type_name()
                ),
                span,
            ))
        }
        _ => Ok(()),
    }
}

fn both_names(left: &Expr, right: &Expr) -> bool {
    matches!(
        (&left.kind, &right.kind),
        (ExprKind::Name(_), ExprKind::Name(_))
    )
}

/// Equal elements, a NaN counting as equal to a NaN of the same bits.
fn same_bits(x: &crate::memory::Scalar, y: &crate::memory::Scalar) -> bool {
    use crate::memory::Scalar::Float;
    x == y || matches!((x, y), (Float(p), Float(q)) if p.to_bits() == q.to_bits())
}

fn same_name(left: &Expr, right: &Expr) -> bool {
    matches!((&left.kind, &right.kind), (ExprKind::Name(a), ExprKind::Name(b)) if a == b)
}
