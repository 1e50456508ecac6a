//! Object arrays (`dtype=object`) in the evaluator: making them, what NumPy does with them
//! that viewfinder models, and an honest refusal for everything else.
//!
//! An object array's cells are references: `np.array(lst, dtype=object)` copies the list's
//! pointers, not its objects, so `obj_list[0].val = 88` shows through `obj_array[0]` while
//! `obj_list[1] = {}` rebinds a list slot the array never sees. Indexing with integers gives
//! the very object a cell points at; slices, transposes and reshapes are views of the pointer
//! buffer; arithmetic runs Python's operator on each pair of objects.

use std::rc::Rc;

use crate::eval::args::Args;
use crate::eval::index::{IndexItem, basic_layout};
use crate::eval::{EvalError, EvalResult, Interpreter, ObjectChange};
use crate::memory::layout::Layout;
use crate::memory::{ArrayData, DType, Scalar};
use crate::syntax::{BinOp, Expr, Span};
use crate::value::{
    OBJECT_ITEMSIZE, ObjectArrayObject, ObjectBuffer, Rule, Table, Value, index_text,
    object_element_text,
};

/// True when a `dtype=` argument asks for object arrays (`object`, `'O'`, `np.dtype('O')`).
pub(crate) fn is_object_dtype(value: Option<&Value>) -> bool {
    match value {
        Some(Value::Class("object") | Value::ObjectDType) => true,
        Some(Value::Str(name)) => matches!(name.as_ref(), "O" | "|O" | "=O" | "object"),
        _ => false,
    }
}

/// The rows that run on object arrays as they do on any value (they read them through
/// `len`, iteration, `repr` or identity only). Every other row given an object array is
/// refused honestly: its numeric implementation would not know what the cells are.
const ROWS_FOR_ANY_VALUE: &[(Table, &str)] = &[
    (Table::Builtins, "print"),
    (Table::Builtins, "repr"),
    (Table::Builtins, "str"),
    (Table::Builtins, "len"),
    (Table::Builtins, "type"),
    (Table::Builtins, "isinstance"),
    (Table::Builtins, "list"),
    (Table::Builtins, "tuple"),
    (Table::Builtins, "iter"),
    (Table::Builtins, "next"),
    (Table::Builtins, "enumerate"),
    (Table::Builtins, "zip"),
    (Table::Builtins, "callable"),
    (Table::Builtins, "hasattr"),
    (Table::Builtins, "getattr"),
    (Table::Builtins, "id"),
    (Table::Builtins, "format"),
    (Table::Str, "format"),
    (Table::List, "append"),
    (Table::List, "insert"),
    (Table::NumPy, "array"),
    (Table::NumPy, "asarray"),
    (Table::NumPy, "shares_memory"),
    (Table::NumPy, "may_share_memory"),
    (Table::Copy, "copy"),
    (Table::Copy, "deepcopy"),
    (Table::Sys, "getsizeof"),
    (Table::Operator, "truth"),
    (Table::Operator, "not_"),
];

/// The `ndarray` methods viewfinder models on object arrays.
const METHODS: &[&str] = &[
    "copy",
    "tolist",
    "reshape",
    "ravel",
    "flatten",
    "transpose",
    "fill",
    "view",
];

/// True when `value` is an object array or holds one at its top level (`[oa, oa]`).
fn holds_object_array(value: &Value) -> bool {
    let top = |v: &Value| matches!(v, Value::ObjectArray(_));
    match value {
        Value::List(items) => items.borrow().iter().any(top),
        Value::Tuple(items) => items.iter().any(top),
        other => top(other),
    }
}

/// True when a call's receiver or arguments bring an object array.
pub(crate) fn call_brings_object_array(
    receiver: Option<&Value>,
    call: &crate::eval::args::CallArgs,
) -> bool {
    receiver.is_some_and(|r| matches!(r, Value::ObjectArray(_)))
        || call.positional.iter().any(|(v, _)| holds_object_array(v))
        || call.keywords.iter().any(|(_, v, _)| holds_object_array(v))
}

/// Whether the row `name` of `table` may run with object arrays among its arguments (methods
/// of an object array itself are [`METHODS`]).
pub(crate) fn row_takes_object_arrays(table: Table, name: &str, on_object_array: bool) -> bool {
    if on_object_array {
        return table == Table::NdArray && METHODS.contains(&name);
    }
    ROWS_FOR_ANY_VALUE.contains(&(table, name))
}

/// The refusal for a row that does not model object arrays.
pub(crate) fn unmodelled_row(shown: &str, span: Span) -> EvalError {
    EvalError::unsupported(
        format!("{shown}() with an object array (dtype=object)"),
        span,
    )
}

/// The shape NumPy discovers in nested lists and tuples for `dtype=object`: the longest
/// shape every branch agrees on (a ragged level becomes cells holding the lists).
fn discovered_shape(value: &Value) -> Vec<usize> {
    let items: Vec<Value> = match value {
        Value::List(items) => items.borrow().clone(),
        Value::Tuple(items) => items.to_vec(),
        _ => return vec![],
    };
    let mut shape = vec![items.len()];
    let mut common: Option<Vec<usize>> = None;
    for item in &items {
        let inner = discovered_shape(item);
        common = Some(match common {
            None => inner,
            Some(prefix) => common_prefix(&prefix, &inner),
        });
    }
    shape.extend(common.unwrap_or_default());
    shape
}

fn common_prefix(a: &[usize], b: &[usize]) -> Vec<usize> {
    a.iter()
        .zip(b)
        .take_while(|(x, y)| x == y)
        .map(|(x, _)| *x)
        .collect()
}

/// The objects at depth `depth` of nested lists and tuples, in C order.
fn leaves(value: &Value, depth: usize, out: &mut Vec<Value>) {
    if depth == 0 {
        out.push(value.clone());
        return;
    }
    let items: Vec<Value> = match value {
        Value::List(items) => items.borrow().clone(),
        Value::Tuple(items) => items.to_vec(),
        _ => unreachable!("the discovered shape only goes as deep as every branch"),
    };
    for item in &items {
        leaves(item, depth - 1, out);
    }
}

/// True when nested lists and tuples hold a value whose conversion NumPy does differently
/// from "keep the object" (an array, a buffer object), down to the discovered depth.
fn holds_array_like(value: &Value, depth: usize) -> bool {
    match value {
        Value::Array(_) | Value::ObjectArray(_) | Value::Buffer(_) | Value::MemoryView(_) => true,
        Value::List(items) if depth > 0 => items
            .borrow()
            .iter()
            .any(|v| holds_array_like(v, depth - 1)),
        Value::Tuple(items) if depth > 0 => items.iter().any(|v| holds_array_like(v, depth - 1)),
        _ => false,
    }
}

impl Interpreter {
    /// A new object array of `shape` owning `cells` (in C order).
    pub(crate) fn new_object_array(
        &mut self,
        cells: Vec<Value>,
        shape: &[usize],
        rule: Rule,
        span: Span,
    ) -> EvalResult<Value> {
        if shape.is_empty() {
            return Err(EvalError::unsupported("0-d object arrays", span));
        }
        let id = self.allocate(shape, DType::Int64, span)?;
        let layout = Layout::new_array(shape, OBJECT_ITEMSIZE);
        Ok(Value::ObjectArray(Rc::new(ObjectArrayObject {
            buffer: ObjectBuffer::new(id, cells),
            layout,
            writeable: std::cell::Cell::new(true),
            base: None,
            rule,
        })))
    }

    /// `np.array(object, dtype=object)`: the objects of nested lists, the elements of an
    /// array as Python numbers, or the same cells of an object array (copied).
    pub(crate) fn object_array_from(&mut self, object: &Value, span: Span) -> EvalResult<Value> {
        match object {
            Value::ObjectArray(array) => {
                let cells = array.values();
                self.new_object_array(cells, array.shape(), Rule::ArrayCopy, span)
            }
            Value::Array(array) => {
                let cells = python_numbers(&array.data, span)?;
                self.new_object_array(cells, array.data.shape(), Rule::ArrayCopy, span)
            }
            Value::List(_) | Value::Tuple(_) => {
                let shape = discovered_shape(object);
                if holds_array_like(object, shape.len()) {
                    return Err(EvalError::unsupported(
                        "an object array built from arrays or buffers inside a list",
                        span,
                    ));
                }
                let mut cells = Vec::new();
                leaves(object, shape.len(), &mut cells);
                self.new_object_array(cells, &shape, Rule::ObjectArrayFromList, span)
            }
            _ => Err(EvalError::unsupported("0-d object arrays", span)),
        }
    }

    /// `np.zeros(shape, dtype=object)` and its family: every cell pointing at `fill`.
    pub(crate) fn filled_object_array(
        &mut self,
        shape: &[usize],
        fill: &Value,
        name: &'static str,
        span: Span,
    ) -> EvalResult<Value> {
        let cells = vec![fill.clone(); shape.iter().product()];
        self.new_object_array(cells, shape, Rule::Constructor(name), span)
    }

    /// `np.arange(start, stop, step, dtype=object)` of Python ints: the ints themselves, as
    /// `range` gives them (other arguments are refused: NumPy computes those as objects).
    pub(crate) fn object_arange(
        &mut self,
        start: &Value,
        stop: &Value,
        step: &Value,
        span: Span,
    ) -> EvalResult<Value> {
        let (Value::Int(start), Value::Int(stop), Value::Int(step)) = (start, stop, step) else {
            return Err(EvalError::unsupported(
                "np.arange(dtype=object) of anything but Python ints",
                span,
            ));
        };
        if *step == 0 {
            return Err(EvalError::unsupported(
                "np.arange(dtype=object) with a step of 0",
                span,
            ));
        }
        let len = crate::eval::python::range_len(*start, *stop, *step);
        let len = usize::try_from(len)
            .map_err(|_| EvalError::unsupported("an object arange this long", span))?;
        crate::eval::limits::check_allocation(&[len], DType::Int64, span)?;
        let cells = (0..len as i64)
            .map(|i| Value::Int(start + i * step))
            .collect();
        self.new_object_array(cells, &[len], Rule::Constructor("arange"), span)
    }

    /// A view of `array`'s pointer buffer through `layout`.
    fn object_view(&self, array: &Rc<ObjectArrayObject>, layout: Layout, rule: Rule) -> Value {
        Value::ObjectArray(Rc::new(ObjectArrayObject::view(array, layout, rule)))
    }

    /// What basic indices selecting `layout` give: the object of one cell when every axis
    /// was taken by an integer, else a view made by `rule`.
    fn element_or_view(
        &self,
        array: &Rc<ObjectArrayObject>,
        (layout, all_ints): (Layout, bool),
        rule: Rule,
    ) -> Value {
        match all_ints {
            true => array.buffer.cells.borrow()[layout.offset as usize / OBJECT_ITEMSIZE].clone(),
            false => self.object_view(array, layout, rule),
        }
    }

    /// A new object array holding `array`'s objects in C order, shaped `shape`.
    fn object_copy(
        &mut self,
        array: &ObjectArrayObject,
        shape: &[usize],
        rule: Rule,
        span: Span,
    ) -> EvalResult<Value> {
        self.new_object_array(array.values(), shape, rule, span)
    }

    /// `oa[index]`: the object itself for one integer per axis, a view for basic indices.
    pub(crate) fn object_array_item(
        &mut self,
        array: &Rc<ObjectArrayObject>,
        index: &Expr,
        span: Span,
    ) -> EvalResult<Value> {
        let items = self.index_items(index)?;
        if items.iter().any(IndexItem::is_advanced) {
            return Err(EvalError::unsupported(
                "advanced indexing of object arrays",
                span,
            ));
        }
        let selected = basic_layout(&array.layout, &items, span)?;
        let rule = match items.iter().any(|i| matches!(i, IndexItem::Slice(..))) {
            true => Rule::BasicSlice,
            false => Rule::BasicIndex,
        };
        Ok(self.element_or_view(array, selected, rule))
    }

    /// `oa[i]` for iteration: the object of a 1-D array's cell, a view of a row otherwise.
    pub(crate) fn object_array_row(
        &mut self,
        array: &Rc<ObjectArrayObject>,
        i: i64,
        span: Span,
    ) -> EvalResult<Value> {
        crate::eval::cancel::check(span)?;
        let selected = basic_layout(&array.layout, &[IndexItem::Int(i, span)], span)?;
        Ok(self.element_or_view(array, selected, Rule::BasicIndex))
    }

    /// `oa[index] = value`: the cells the index selects now point at `value` (or, for a
    /// list or an array of the selection's shape, at its items).
    pub(crate) fn set_object_array_item(
        &mut self,
        array: &Rc<ObjectArrayObject>,
        index: &Expr,
        value: Value,
        span: Span,
    ) -> EvalResult<()> {
        let items = self.index_items(index)?;
        if items.iter().any(IndexItem::is_advanced) {
            return Err(EvalError::unsupported(
                "advanced-index assignment to object arrays",
                span,
            ));
        }
        if !array.writeable.get() {
            return Err(EvalError::value_error(
                "assignment destination is read-only",
                span,
            ));
        }
        let (layout, all_ints) = basic_layout(&array.layout, &items, span)?;
        let target = ObjectArrayObject::view(array, layout, Rule::BasicSlice);
        let values = match all_ints {
            true => vec![value],
            false => self.values_for_cells(&value, target.shape(), span)?,
        };
        self.journal.list(&array.buffer.cells);
        let indices: Vec<Vec<usize>> = target.layout.indices();
        for (index, value) in indices.iter().zip(values.iter().cycle()) {
            target.set(index, value.clone());
        }
        let change = self.object_write_change(array, &target, span);
        self.outcome.record_object_change(change);
        Ok(())
    }

    /// What goes into the cells of `shape` for `oa[...] = value`: one object for all of them,
    /// or the items of a list, tuple or array shaped like them.
    fn values_for_cells(
        &mut self,
        value: &Value,
        target_shape: &[usize],
        span: Span,
    ) -> EvalResult<Vec<Value>> {
        let (given_shape, cells) = match value {
            Value::List(_) | Value::Tuple(_) => {
                // NumPy discovers the value's shape only as deep as the target's dimensions:
                // a tuple inside is one object for one cell.
                let mut shape = discovered_shape(value);
                shape.truncate(shape.len().min(target_shape.len()));
                let mut cells = Vec::new();
                leaves(value, shape.len(), &mut cells);
                (shape, cells)
            }
            Value::ObjectArray(other) => (other.shape().to_vec(), other.values()),
            Value::Array(other) => (
                other.data.shape().to_vec(),
                python_numbers(&other.data, span)?,
            ),
            other => return Ok(vec![other.clone()]),
        };
        if given_shape == target_shape {
            return Ok(cells);
        }
        if cells.len() == 1 {
            return Ok(cells);
        }
        Err(EvalError::unsupported(
            "broadcasting a sequence into an object array's cells",
            span,
        ))
    }

    /// After `lst[at] = x`: when an object array's cells still point at the object the slot
    /// held, a note says so (the list slot was rebound; the array copied pointers, not the
    /// list). Only mutable objects are looked for, so a loop over numbers costs nothing.
    pub(crate) fn note_object_left_in_object_arrays(
        &mut self,
        list: &Rc<std::cell::RefCell<Vec<Value>>>,
        at: usize,
        old: &Value,
    ) {
        if !matches!(
            old,
            Value::Instance(_) | Value::List(_) | Value::Dict(_) | Value::Set(_)
        ) {
            return;
        }
        let mut holders = Vec::new();
        for (name, value) in self.names() {
            if let Value::ObjectArray(array) = value {
                let cells = array.elements().into_iter();
                let same = cells.filter(|(_, cell)| cell.is_same_object(old));
                holders.extend(same.map(|(index, _)| format!("{name}{}", index_text(&index))));
            }
        }
        if holders.is_empty() {
            return;
        }
        let list_value = Value::List(Rc::clone(list));
        let list_name = self
            .paths_to(&list_value)
            .into_iter()
            .next()
            .unwrap_or_else(|| "the list".into());
        self.outcome
            .record_object_change(ObjectChange::SlotRebound {
                slot: format!("{list_name}[{at}]"),
                old_type: old.type_name().to_string(),
                still_pointing: holders,
            });
    }

    /// The report's record of a write into an object array's cells.
    fn object_write_change(
        &self,
        array: &ObjectArrayObject,
        target: &ObjectArrayObject,
        span: Span,
    ) -> ObjectChange {
        let cells: std::collections::HashSet<usize> = target
            .layout
            .indices()
            .iter()
            .map(|i| target.cell_of(i))
            .collect();
        let mut seen = Vec::new();
        for (name, value) in self.names() {
            let Value::ObjectArray(other) = value else {
                continue;
            };
            if !Rc::ptr_eq(&other.buffer, &array.buffer) {
                continue;
            }
            for (index, _) in other.elements() {
                if cells.contains(&other.cell_of(&index)) {
                    seen.push(format!("{name}{}", index_text(&index)));
                }
            }
        }
        ObjectChange::Repointed {
            target: self.text(span).to_string(),
            buffer: array.buffer.id.to_string(),
            count: cells.len(),
            seen_as: seen,
        }
    }

    /// Runs a row on an object array receiver, or one given object arrays: the methods and
    /// functions viewfinder models for them, and a refusal for the rest.
    pub(crate) fn call_row_with_object_array(
        &mut self,
        row: &crate::eval::args::Native,
        table: Table,
        shown: &str,
        args: &Args,
    ) -> EvalResult<Value> {
        let span = args.span;
        if let Ok(Value::ObjectArray(array)) = args.receiver() {
            let array = Rc::clone(array);
            return match row_takes_object_arrays(table, row.name, true) {
                true => self.object_array_method(&array, row.name, args),
                false => Err(unmodelled_row(shown, span)),
            };
        }
        match (table, row.name) {
            (Table::NumPy, "shares_memory" | "may_share_memory") => self.objects_share_memory(args),
            (Table::NumPy, name @ ("array" | "asarray"))
                if !matches!(
                    args.get(if name == "array" { "object" } else { "a" }),
                    Some(Value::ObjectArray(_))
                ) =>
            {
                Err(unmodelled_row(shown, span))
            }
            _ if row_takes_object_arrays(table, row.name, false) => (row.run)(self, args),
            _ => Err(unmodelled_row(shown, span)),
        }
    }

    /// `np.array(x)` / `np.asarray(x)` of an object array, or with `dtype=object`: the same
    /// array when no copy is asked for, else a new object array.
    pub(crate) fn object_array_like(
        &mut self,
        object: &Value,
        dtype: Option<&Value>,
        copy_always: bool,
        span: Span,
    ) -> EvalResult<Value> {
        let keeps_objects =
            dtype.is_none_or(|d| matches!(d, Value::None) || is_object_dtype(Some(d)));
        if !keeps_objects {
            return Err(EvalError::unsupported(
                "converting an object array to another dtype",
                span,
            ));
        }
        match object {
            Value::ObjectArray(_) if !copy_always => Ok(object.clone()),
            _ => self.object_array_from(object, span),
        }
    }

    fn object_array_method(
        &mut self,
        array: &Rc<ObjectArrayObject>,
        name: &str,
        args: &Args,
    ) -> EvalResult<Value> {
        let span = args.span;
        let shape = array.shape().to_vec();
        match name {
            "copy" => self.object_copy(array, &shape, Rule::CopyMethod, span),
            "tolist" => Ok(nested_list(array)),
            "flatten" => self.object_copy(array, &[array.size()], Rule::Flatten, span),
            "ravel" => match array.layout.raveled_in_place() {
                Some(layout) => Ok(self.object_view(
                    array,
                    layout,
                    Rule::RavelView(crate::memory::layout::Order::C),
                )),
                None => Err(EvalError::unsupported(
                    "a ravel of an object array that needs a copy",
                    span,
                )),
            },
            "transpose" if args.get("axes").is_none_or(|v| matches!(v, Value::None)) => {
                let layout = array.layout.transposed(None).expect("no axes given");
                Ok(self.object_view(array, layout, Rule::Transpose))
            }
            "view" if args.get("dtype").is_none() && args.get("type").is_none() => {
                Ok(self.object_view(array, array.layout.clone(), Rule::View))
            }
            "fill" => {
                let value = args.value("value")?.clone();
                self.journal.list(&array.buffer.cells);
                for index in array.layout.indices() {
                    array.set(&index, value.clone());
                }
                Ok(Value::None)
            }
            "reshape" => self.reshaped_object_array(array, args),
            other => Err(unmodelled_row(&format!("ndarray.{other}"), span)),
        }
    }

    /// `oa.reshape(shape)`: a view when the layout allows one (NumPy's copy otherwise keeps
    /// a hidden base, which viewfinder does not model for object arrays yet).
    fn reshaped_object_array(
        &mut self,
        array: &Rc<ObjectArrayObject>,
        args: &Args,
    ) -> EvalResult<Value> {
        let span = args.span;
        if args.keyword("order").is_some() || args.keyword("copy").is_some() {
            return Err(EvalError::unsupported(
                "reshape(order=, copy=) of an object array",
                span,
            ));
        }
        let asked = crate::eval::numpy::views::reshape_arguments(self, args)?;
        let shape = crate::eval::numpy::views::resolve_shape(&asked, array.size(), span)?;
        match array.layout.reshaped_in_place(&shape) {
            Some(layout) => Ok(self.object_view(
                array,
                layout,
                Rule::ReshapeView(crate::memory::layout::Order::C),
            )),
            None => Err(EvalError::unsupported(
                "a reshape of an object array that needs a copy",
                span,
            )),
        }
    }

    /// `str(oa)` or `repr(oa)`, each element shown by its `repr` (the program's `__repr__`
    /// for its instances).
    pub(crate) fn object_array_text(
        &mut self,
        array: &ObjectArrayObject,
        repr: bool,
        span: Span,
    ) -> EvalResult<String> {
        let mut failure = None;
        let mut word = |index: &[usize]| {
            element_word(self, &array.get(index), span).map_err(|error| {
                failure = Some(error);
                String::new()
            })
        };
        let text = crate::format::object_array_text(array.shape(), &mut word, repr);
        match (text, failure) {
            (Ok(text), _) => Ok(text),
            (Err(_), Some(error)) => Err(error),
            (Err(message), None) => Err(EvalError::unsupported(message, span)),
        }
    }

    /// `np.shares_memory(a, b)` when one of them is an object array: object arrays share
    /// memory only with views of the same pointer buffer.
    fn objects_share_memory(&mut self, args: &Args) -> EvalResult<Value> {
        let a = args.value("a")?;
        let b = args.value("b")?;
        let shared = match (a, b) {
            (Value::ObjectArray(x), Value::ObjectArray(y)) => {
                Rc::ptr_eq(&x.buffer, &y.buffer)
                    && !crate::memory::overlap::element_overlap(&x.layout, &y.layout).is_empty()
            }
            _ => false,
        };
        Ok(Value::Bool(shared))
    }

    /// `op` applied elementwise with an object array on either side: Python's operator on
    /// each pair of objects, the result a new object array (`==` and the other comparisons
    /// give a bool array, as NumPy's object loops do).
    pub(crate) fn object_binary(
        &mut self,
        op: BinOp,
        left: &Value,
        right: &Value,
        span: Span,
    ) -> EvalResult<Value> {
        if op == BinOp::MatMul {
            return Err(EvalError::unsupported(
                "@ (np.matmul) of object arrays",
                span,
            ));
        }
        let (shape, lhs, rhs) = self.paired_cells(left, right, span)?;
        let mut cells = Vec::with_capacity(lhs.len());
        for (l, r) in lhs.iter().zip(&rhs) {
            cells.push(self.binary_op(op, l, r, span)?);
        }
        self.new_object_array(cells, &shape, Rule::Arithmetic, span)
    }

    /// A comparison with an object array on either side: a bool array of Python's answers.
    pub(crate) fn object_compare(
        &mut self,
        op: crate::syntax::CmpOp,
        left: &Value,
        right: &Value,
        span: Span,
    ) -> EvalResult<Value> {
        let (shape, lhs, rhs) = self.paired_cells(left, right, span)?;
        let mut answers = Vec::with_capacity(lhs.len());
        for (l, r) in lhs.iter().zip(&rhs) {
            let answer = self.compare(op, l, r, span)?;
            answers.push(Scalar::Bool(self.truthy(&answer, span)?));
        }
        let id = self.allocate(&shape, DType::Bool, span)?;
        let data = ArrayData::from_scalars(id, DType::Bool, &shape, &answers);
        Ok(self.new_array(data, Rule::Comparison, None))
    }

    /// The objects each side brings to an elementwise operation, paired: equal shapes, or
    /// one side a single value.
    fn paired_cells(
        &mut self,
        left: &Value,
        right: &Value,
        span: Span,
    ) -> EvalResult<(Vec<usize>, Vec<Value>, Vec<Value>)> {
        let (left_shape, lhs) = self.operand_cells(left, span)?;
        let (right_shape, rhs) = self.operand_cells(right, span)?;
        match (left_shape, right_shape) {
            (Some(l), Some(r)) if l == r => Ok((l, lhs, rhs)),
            (Some(l), None) => {
                let n = lhs.len();
                Ok((l, lhs, repeated(&rhs, n)))
            }
            (None, Some(r)) => {
                let n = rhs.len();
                Ok((r, repeated(&lhs, n), rhs))
            }
            _ => Err(EvalError::unsupported(
                "broadcasting object arrays of different shapes",
                span,
            )),
        }
    }

    /// The shape (none for a single value) and the objects one side of an elementwise
    /// operation brings: an object array's cells, an array's elements as Python numbers.
    fn operand_cells(
        &mut self,
        value: &Value,
        span: Span,
    ) -> EvalResult<(Option<Vec<usize>>, Vec<Value>)> {
        match value {
            Value::ObjectArray(array) => Ok((Some(array.shape().to_vec()), array.values())),
            Value::Array(array) if array.data.layout.ndim() > 0 => Ok((
                Some(array.data.shape().to_vec()),
                python_numbers(&array.data, span)?,
            )),
            Value::List(_) | Value::Tuple(_) => Err(EvalError::unsupported(
                "a list or tuple as the other operand of an object array",
                span,
            )),
            Value::Scalar(_, scalar) => Ok((
                None,
                vec![crate::eval::numpy::convert::scalar_to_python(
                    *scalar, span,
                )?],
            )),
            other => Ok((None, vec![other.clone()])),
        }
    }
}

/// `oa.attr`: the layout's attributes, `dtype('O')`, `base`, `T` and the `ndarray` methods
/// (those that do not model object arrays refuse when called).
pub(crate) fn attribute(array: &Rc<ObjectArrayObject>, attr: &str) -> Option<Value> {
    let ints = |items: &[usize]| {
        let items: Vec<Value> = items.iter().map(|&n| Value::Int(n as i64)).collect();
        Value::Tuple(Rc::from(items))
    };
    let layout = &array.layout;
    Some(match attr {
        "shape" => ints(&layout.shape),
        "strides" => {
            let items: Vec<Value> = layout
                .strides
                .iter()
                .map(|&s| Value::Int(s as i64))
                .collect();
            Value::Tuple(Rc::from(items))
        }
        "ndim" => Value::Int(layout.ndim() as i64),
        "size" => Value::Int(layout.size() as i64),
        "itemsize" => Value::Int(OBJECT_ITEMSIZE as i64),
        "nbytes" => Value::Int((layout.size() * OBJECT_ITEMSIZE) as i64),
        "dtype" => Value::ObjectDType,
        "base" => array.base.clone().unwrap_or(Value::None),
        "T" => {
            let layout = layout.transposed(None).expect("no axes given");
            Value::ObjectArray(Rc::new(ObjectArrayObject::view(
                array,
                layout,
                Rule::Transpose,
            )))
        }
        _ => {
            let owner = Value::ObjectArray(Rc::clone(array));
            return crate::eval::call::method_named(Table::NdArray, attr, &owner);
        }
    })
}

/// `dtype('O').attr`.
pub(crate) fn dtype_attribute(attr: &str) -> Option<Value> {
    let text = |s: &str| Value::Str(Rc::from(s));
    Some(match attr {
        "name" => text("object"),
        "kind" | "char" => text("O"),
        "str" => text("|O"),
        "itemsize" => Value::Int(OBJECT_ITEMSIZE as i64),
        _ => return None,
    })
}

/// `dtype('O') == x` and `!=`: equal to what names the object dtype (`object`, `'O'`); other
/// comparisons are refused (the error names them).
pub(crate) fn compare_object_dtype(
    op: crate::syntax::CmpOp,
    left: &Value,
    right: &Value,
) -> Option<Result<Value, String>> {
    use crate::syntax::CmpOp;
    let other = match (left, right) {
        (Value::ObjectDType, other) | (other, Value::ObjectDType) => other,
        _ => return None,
    };
    Some(match op {
        CmpOp::Eq => Ok(Value::Bool(is_object_dtype(Some(other)))),
        CmpOp::NotEq => Ok(Value::Bool(!is_object_dtype(Some(other)))),
        _ => Err("ordering comparisons of dtype('O')".to_string()),
    })
}

/// `items` `n` times over.
fn repeated(items: &[Value], n: usize) -> Vec<Value> {
    items
        .iter()
        .cycle()
        .take(items.len() * n)
        .cloned()
        .collect()
}

/// An array's elements as the Python numbers `tolist()` gives (`int`, `float`, `bool`).
fn python_numbers(data: &ArrayData, span: Span) -> EvalResult<Vec<Value>> {
    data.layout
        .indices()
        .iter()
        .map(|index| crate::eval::numpy::convert::scalar_to_python(data.get(index), span))
        .collect()
}

/// `oa.tolist()`: nested lists of the very objects the cells point at.
fn nested_list(array: &ObjectArrayObject) -> Value {
    fn build(array: &ObjectArrayObject, prefix: &mut Vec<usize>) -> Value {
        let axis = prefix.len();
        if axis == array.layout.ndim() {
            return array.get(prefix);
        }
        let mut items = Vec::with_capacity(array.shape()[axis]);
        for i in 0..array.shape()[axis] {
            prefix.push(i);
            items.push(build(array, prefix));
            prefix.pop();
        }
        Value::List(Rc::new(std::cell::RefCell::new(items)))
    }
    build(array, &mut Vec::new())
}

/// How `print` and `repr` show an element (through the interpreter, which runs the
/// program's `__repr__`).
pub(crate) fn element_word(
    vf: &mut Interpreter,
    element: &Value,
    span: Span,
) -> EvalResult<String> {
    let mut failed = None;
    let text = object_element_text(element, |v| match vf.repr_of(v, span) {
        Ok(text) => text,
        Err(error) => {
            failed = Some(error);
            String::new()
        }
    });
    match failed {
        Some(error) => Err(error),
        None => Ok(text),
    }
}
