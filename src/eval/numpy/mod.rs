//! The `np` namespace: constructors, introspection, and functions that mirror array methods.

use crate::exception::ExceptionKind;
pub(crate) mod constructors;
pub(crate) mod convert;
pub(crate) mod views;

use std::rc::Rc;

use crate::eval::call::{CallArgs, as_index_int};
use crate::eval::{EvalError, EvalResult, Interpreter};
use crate::memory::compute::{self, Operand};
use crate::memory::{DType, Layout, overlap};
use crate::syntax::Span;
use crate::value::{ArrayObject, Function, Rule, Value};

/// NumPy functions viewfinder implements.
pub(crate) const FUNCTIONS: &[&str] = &[
    "array",
    "asarray",
    "arange",
    "zeros",
    "ones",
    "full",
    "zeros_like",
    "ones_like",
    "full_like",
    "linspace",
    "copy",
    "shares_memory",
    "may_share_memory",
    "reshape",
    "transpose",
    "swapaxes",
    "ravel",
    "broadcast_to",
    "frombuffer",
    "concatenate",
    "where",
    "sort",
    "sum",
    "min",
    "max",
    "amin",
    "amax",
    "mean",
    "prod",
    "any",
    "all",
    "abs",
    "absolute",
    "dtype",
    "array_equal",
    "diagonal",
];

/// `np.<name>`, or `None` if NumPy has nothing of that name in viewfinder.
pub(crate) fn attribute(name: &str) -> Option<Value> {
    if let Some(f) = FUNCTIONS.iter().find(|f| **f == name) {
        return Some(Value::Function(Rc::new(Function::NumPy(f))));
    }
    Some(match name {
        "newaxis" => Value::None,
        "ndarray" => Value::Class("numpy.ndarray"),
        "nan" => Value::Float(f64::NAN),
        "inf" => Value::Float(f64::INFINITY),
        "pi" => Value::Float(std::f64::consts::PI),
        "e" => Value::Float(std::f64::consts::E),
        "bool_" | "bool" => Value::ScalarType(DType::Bool),
        "int_" | "intp" => Value::ScalarType(DType::Int64),
        "uint" | "uintp" => Value::ScalarType(DType::UInt64),
        "float64" | "double" => Value::ScalarType(DType::Float64),
        other => Value::ScalarType(DType::ALL.into_iter().find(|d| d.name() == other)?),
    })
}

impl Interpreter {
    /// Calls `np.<name>`.
    pub(crate) fn call_numpy(&mut self, name: &'static str, args: &CallArgs) -> EvalResult<Value> {
        let span = args.span;
        match name {
            "array" | "asarray" => self.np_array(name == "asarray", args),
            "arange" => self.np_arange(args),
            "zeros" | "ones" | "full" => self.np_filled(name, args),
            "zeros_like" | "ones_like" | "full_like" => self.np_filled_like(name, args),
            "linspace" => self.np_linspace(args),
            "copy" => {
                let array = self.array_arg(args, 0, "a")?;
                let text = self.text(span);
                self.copy_of(&array, Rule::NpCopy, text, span, true)
            }
            "shares_memory" | "may_share_memory" => self.np_shares(name == "shares_memory", args),
            "frombuffer" => self.np_frombuffer(args),
            "broadcast_to" => self.np_broadcast_to(args),
            "concatenate" => self.np_concatenate(args),
            "where" => self.np_where(args),
            "array_equal" => {
                let (a, b) = (
                    self.array_arg(args, 0, "a1")?,
                    self.array_arg(args, 1, "a2")?,
                );
                let same_shape = a.data.shape() == b.data.shape();
                let equal = same_shape && {
                    let eq = self.compare(
                        crate::syntax::CmpOp::Eq,
                        &Value::Array(a),
                        &Value::Array(b),
                        span,
                    )?;
                    let all = self.call_method_named(&eq, "all", span)?;
                    self.truthy(&all, span)?
                };
                Ok(Value::Bool(equal))
            }
            "dtype" => Ok(Value::DType(
                self.dtype_arg(args.require(0, "dtype")?, span)?
                    .unwrap_or(DType::Float64),
            )),
            "abs" | "absolute" => {
                let value = args.require(0, "x")?.clone();
                self.numpy_function_on(&value, "absolute", span)
            }
            _ => self.np_array_method(name, args),
        }
    }

    /// NumPy functions that are array methods in disguise (`np.sum(a)` is `a.sum()`).
    fn np_array_method(&mut self, name: &str, args: &CallArgs) -> EvalResult<Value> {
        let array = self.array_arg(args, 0, "a")?;
        let method = match name {
            "amin" => "min",
            "amax" => "max",
            other => other,
        };
        let rest = CallArgs {
            name: name.to_string(),
            positional: args.positional.iter().skip(1).cloned().collect(),
            keywords: args.keywords.clone(),
            span: args.span,
        };
        match method {
            "sort" => {
                let text = self.text(args.span);
                let copy = self.copy_of(&array, Rule::SortedCopy, text, args.span, true)?;
                self.call_method(&copy, "sort", &rest)?;
                Ok(copy)
            }
            "reshape" if rest.positional.is_empty() && rest.keyword("newshape").is_some() => {
                let shape = self.shape_value(
                    &rest.keyword("newshape").cloned().unwrap_or(Value::None),
                    args.span,
                )?;
                let text = self.text(args.span);
                self.reshaped(&array, &shape, text, args.span)
            }
            _ => self.call_method(&Value::Array(array), method, &rest),
        }
    }

    /// The argument at `position` as an array object (converting lists, as `np.asarray`).
    pub(crate) fn array_arg(
        &mut self,
        args: &CallArgs,
        position: usize,
        name: &str,
    ) -> EvalResult<Rc<ArrayObject>> {
        let value = args.require(position, name)?.clone();
        self.as_array_object(&value, args.span_of(position))
    }

    /// Any array-like as an array object: arrays as they are, everything else converted.
    fn as_array_object(&mut self, value: &Value, span: Span) -> EvalResult<Rc<ArrayObject>> {
        if let Value::Array(array) = value {
            return Ok(Rc::clone(array));
        }
        let data = self.array_data_from(value, None, span)?;
        match self.new_array(data, Rule::ConvertedToArray, None) {
            Value::Array(array) => Ok(array),
            _ => unreachable!("new_array makes arrays"),
        }
    }

    fn np_array(&mut self, as_is: bool, args: &CallArgs) -> EvalResult<Value> {
        args.reject_unknown_keywords(&["dtype", "copy", "object"])?;
        let span = args.span;
        let object = args.require(0, "object")?.clone();
        let dtype = self.optional_dtype_arg(args.get(1, "dtype"), span)?;
        let no_copy_asked = matches!(
            args.keyword("copy"),
            Some(Value::Bool(false)) | Some(Value::None)
        );
        if let Value::Array(array) = &object
            && (as_is || no_copy_asked)
            && dtype.is_none_or(|d| d == array.data.dtype)
        {
            return Ok(object.clone());
        }
        let data = self.array_data_from(&object, dtype, span)?;
        let text = self.text(span);
        let (rule, source) = match &object {
            Value::Array(array) => (Rule::ArrayCopy, Some((array, text))),
            Value::List(_) | Value::Tuple(_) => (Rule::ArrayFromList, None),
            _ => (Rule::ArrayFromOther, None),
        };
        Ok(self.new_array(data, rule, source))
    }

    fn np_shares(&mut self, exact: bool, args: &CallArgs) -> EvalResult<Value> {
        let (a, b) = (self.array_arg(args, 0, "a")?, self.array_arg(args, 1, "b")?);
        if !Rc::ptr_eq(&a.data.buffer, &b.data.buffer) {
            return Ok(Value::Bool(false));
        }
        let (la, lb) = (&a.data.layout, &b.data.layout);
        Ok(Value::Bool(if exact {
            overlap::shares_memory(la, lb)
        } else {
            overlap::may_share_memory(la, lb)
        }))
    }

    fn np_broadcast_to(&mut self, args: &CallArgs) -> EvalResult<Value> {
        let span = args.span;
        let array = self.array_arg(args, 0, "array")?;
        let shape_value = args.require(1, "shape")?.clone();
        let shape: Vec<usize> = self
            .shape_value(&shape_value, span)?
            .into_iter()
            .map(|n| n.max(0) as usize)
            .collect();
        let layout = &array.data.layout;
        let strides = broadcast_strides(layout, &shape).ok_or_else(|| {
            let message = format!(
                "operands could not be broadcast together with remapped shapes [original->remapped]: {}  and requested shape {}",
                compute::shape_text(&layout.shape),
                compute::shape_text(&shape)
            );
            EvalError::value_error(message, span)
        })?;
        let elements = shape
            .iter()
            .try_fold(1isize, |n, &len| n.checked_mul(isize::try_from(len).ok()?));
        if elements.is_none() {
            return Err(EvalError::value_error("iterator is too large", span));
        }
        crate::eval::numpy::constructors::check_not_too_big(&shape, array.data.dtype, span)?;
        let new = Layout {
            offset: layout.offset,
            shape,
            strides,
            itemsize: layout.itemsize,
        };
        let text = self.text(span);
        Ok(self.new_read_only_view(
            &array,
            array.data.with_layout(new, array.data.dtype),
            Rule::BroadcastTo,
            text,
        ))
    }

    fn np_concatenate(&mut self, args: &CallArgs) -> EvalResult<Value> {
        let span = args.span;
        let parts_value = args.require(0, "arrays")?.clone();
        let items = self.iterate(&parts_value, span)?;
        let arrays = items
            .iter()
            .map(|v| self.as_array_object(v, span))
            .collect::<EvalResult<Vec<_>>>()?;
        let axis = match args.get(1, "axis") {
            Some(Value::None) => None,
            Some(v) => Some(as_index_int(v, span)? as isize),
            None => Some(0),
        };
        let operands: Vec<Operand> = arrays.iter().map(|a| Operand::Array(&a.data)).collect();
        crate::eval::limits::check_concatenation(&arrays, axis, span)?;
        let id = self.new_buffer_id();
        let data = compute::concatenate(&operands, axis, id)
            .map_err(|e| EvalError::from_compute(e, span))?;
        Ok(self.new_array(data, Rule::Concatenate, None))
    }

    fn np_where(&mut self, args: &CallArgs) -> EvalResult<Value> {
        let span = args.span;
        if args.positional.len() != 3 {
            return Err(EvalError::unsupported(
                "np.where with other than three arguments",
                span,
            ));
        }
        let holders = (0..3)
            .map(|i| self.operand_holder(&args.positional[i].0.clone(), span))
            .collect::<EvalResult<Vec<_>>>()?;
        let operands: Option<Vec<Operand>> = holders.iter().map(|h| h.operand()).collect();
        let operands = operands.ok_or_else(|| {
            EvalError::type_error("np.where() arguments must be array-like", span)
        })?;
        crate::eval::limits::check_where(&operands, span)?;
        let id = self.new_buffer_id();
        let data = compute::where_select(operands[0], operands[1], operands[2], id)
            .map_err(|e| EvalError::from_compute(e, span))?;
        Ok(self.new_array(data, Rule::Where, None))
    }

    /// Applies a one-argument NumPy function (`absolute`) to any value.
    pub(crate) fn numpy_function_on(
        &mut self,
        value: &Value,
        name: &str,
        span: Span,
    ) -> EvalResult<Value> {
        let holder = self.operand_holder(value, span)?;
        let operand = holder.operand().ok_or_else(|| {
            EvalError::type_error(
                format!("bad operand type for {name}(): '{}'", value.type_name()),
                span,
            )
        })?;
        crate::eval::limits::check_allocation(operand.shape(), operand.own_dtype(), span)?;
        let id = self.new_buffer_id();
        let data = compute::unary(compute::UnaryOp::Abs, operand, id)
            .map_err(|e| EvalError::from_compute(e, span))?;
        Ok(self.ufunc_result(data, Rule::Arithmetic))
    }

    /// `np.int8(5)`, `np.float32(0.1)`.
    pub(crate) fn call_scalar_type(&mut self, dtype: DType, args: &CallArgs) -> EvalResult<Value> {
        args.at_most(1)?;
        let span = args.span;
        let value = args.get(0, "value").cloned().unwrap_or(Value::Int(0));
        if let (Value::Int(i), Some(range)) = (&value, dtype.integer_range())
            && !range.contains(&(*i as i128))
        {
            return Err(EvalError::new(
                ExceptionKind::OverflowError,
                format!("Python integer {i} out of bounds for {dtype}"),
                span,
            ));
        }
        let data = self.array_data_from(&value, Some(dtype), span)?;
        if data.shape().is_empty() {
            return Ok(Value::Scalar(dtype, data.get(&[])));
        }
        Ok(self.new_array(data, Rule::Constructor(dtype.name()), None))
    }
}

/// Strides that show `layout` as `shape` (NumPy's broadcasting), or `None` when impossible.
fn broadcast_strides(layout: &Layout, shape: &[usize]) -> Option<Vec<isize>> {
    if shape.len() < layout.ndim() {
        return None;
    }
    let extra = shape.len() - layout.ndim();
    let mut strides = vec![0isize; shape.len()];
    for axis in 0..layout.ndim() {
        let (have, want) = (layout.shape[axis], shape[extra + axis]);
        strides[extra + axis] = match (have == want, have == 1) {
            (true, _) => layout.strides[axis],
            (false, true) => 0,
            (false, false) => return None,
        };
    }
    Some(strides)
}
