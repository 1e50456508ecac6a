//! The standard library's `copy` module: `copy.copy` and `copy.deepcopy`, as `copy.py` runs
//! them on the objects viewfinder models.
//!
//! A shallow copy is a new container holding the very same objects (`lst.copy()`,
//! `d.copy()`, `s.copy()`, an instance whose new `__dict__` holds the same values); an
//! array's is `a.__copy__()`, a new buffer in the array's own memory order. A deep copy walks
//! the object graph with a memo keyed by identity, as `copy.deepcopy` does, so an object met
//! twice is copied once (`deepcopy([a, a])` holds one new array twice) and cycles end. Objects
//! CPython treats as atomic (numbers, strs, functions, classes, and tuples, frozensets and
//! bytes for a shallow copy) come back as themselves. What `copy.py` would pickle and
//! viewfinder does not model is refused honestly; what it cannot pickle is its `TypeError`.

use std::cell::RefCell;
use std::rc::Rc;

use rustc_hash::FxHashMap;

use crate::eval::args::CallStyle::*;
use crate::eval::args::{Args, Native};
use crate::eval::{EvalError, EvalResult, Interpreter};
use crate::memory::layout::Order;
use crate::syntax::Span;
use crate::value::{
    ArrayObject, BufferKind, DictObject, Entry, InstanceObject, ObjectArrayObject, Rule, Value,
};

/// The `copy` module's functions viewfinder models.
#[rustfmt::skip]
pub(crate) static FUNCTIONS: &[Native] = &[
    Native::new("copy", "(x)", PythonDef, &["x"], copy),
    Native::new("deepcopy", "(x, memo=None, _nil=[])", PythonDef, &["x"], deepcopy).parsed_as("(x, memo=None, _nil=None)"),
];

/// `copy.copy(x)`.
fn copy(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let value = args.value("x")?.clone();
    let text = vf.text(args.span);
    let copied = vf.shallow_copy(&value, &text, args.span)?;
    if let Some(note) = shallow_note(&value, &copied, &vf.text(args.span_of("x"))) {
        vf.outcome.record_note(note);
    }
    Ok(copied)
}

/// `copy.deepcopy(x)`.
fn deepcopy(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let value = args.value("x")?.clone();
    let text = vf.text(args.span);
    let mut memo = Memo::default();
    let copied = vf.deep_copy(&value, &mut memo, &text, args.span)?;
    if let Some(note) = deep_note(&value, &memo, &vf.text(args.span_of("x"))) {
        vf.outcome.record_note(note);
    }
    Ok(copied)
}

/// The buffers of the arrays among `items`, each once, in order.
fn array_buffers<'a>(items: impl Iterator<Item = &'a Value>) -> Vec<String> {
    let mut buffers: Vec<String> = Vec::new();
    for item in items {
        let id = match item {
            Value::Array(array) => array.data.buffer.id.to_string(),
            Value::ObjectArray(array) => array.buffer.id.to_string(),
            _ => continue,
        };
        if !buffers.contains(&id) {
            buffers.push(id);
        }
    }
    buffers
}

/// What a shallow copy of a container of arrays shares: the very arrays, so their buffers.
fn shallow_note(original: &Value, copied: &Value, source: &str) -> Option<String> {
    if matches!(original, Value::Tuple(_) | Value::FrozenSet(_)) {
        return Some(format!(
            "copy.copy gave back {source} itself: a {} cannot change, so it is never copied",
            original.type_name()
        ));
    }
    let items: Vec<Value> = match copied {
        Value::List(items) => items.borrow().clone(),
        Value::Dict(dict) => dict.borrow().entries().map(|e| e.value.clone()).collect(),
        Value::Instance(instance) => instance.attrs.borrow().values().cloned().collect(),
        _ => return None,
    };
    let buffers = array_buffers(items.iter());
    (!buffers.is_empty()).then(|| {
        format!(
            "shallow copy: a new {} holding the very objects {source} holds; its arrays are the same arrays, sharing buffers {} with {source}",
            copied.type_name(),
            buffers.join(", ")
        )
    })
}

/// What a deep copy made: a new buffer for every array it reached, each copied once.
fn deep_note(original: &Value, memo: &Memo, source: &str) -> Option<String> {
    if matches!(original, Value::Array(_)) {
        return None;
    }
    let copies: Vec<&Value> = memo
        .copies
        .values()
        .filter(|v| matches!(v, Value::Array(_) | Value::ObjectArray(_)))
        .collect();
    let mut buffers = array_buffers(copies.into_iter());
    buffers.sort_by_key(|id| id.trim_start_matches('b').parse::<u64>().unwrap_or(0));
    (!buffers.is_empty()).then(|| {
        let count = buffers.len();
        let arrays = if count == 1 { "array" } else { "arrays" };
        format!(
            "deep copy: {count} {arrays} reached from {source} copied into new buffers of their own ({}), each array once however often it is held; the copy shares no memory with {source}",
            buffers.join(", ")
        )
    })
}

/// What `copy.deepcopy` has copied so far: each original object's identity and its copy. The
/// originals are kept too, so no address is reused while the copy runs.
#[derive(Default)]
struct Memo {
    copies: FxHashMap<usize, Value>,
    originals: Vec<Value>,
}

impl Memo {
    fn get(&self, original: &Value) -> Option<Value> {
        identity(original).and_then(|key| self.copies.get(&key).cloned())
    }

    fn remember(&mut self, original: &Value, copy: &Value) {
        if let Some(key) = identity(original) {
            self.copies.insert(key, copy.clone());
            self.originals.push(original.clone());
        }
    }
}

/// The identity `deepcopy`'s memo keys an object by: its allocation, for the objects whose
/// copies may be met again.
fn identity(value: &Value) -> Option<usize> {
    Some(match value {
        Value::List(items) => Rc::as_ptr(items) as *const u8 as usize,
        Value::Tuple(items) => Rc::as_ptr(items) as *const u8 as usize,
        Value::Dict(dict) => Rc::as_ptr(dict) as *const u8 as usize,
        Value::Set(set) | Value::FrozenSet(set) => Rc::as_ptr(set) as *const u8 as usize,
        Value::Array(array) => Rc::as_ptr(array) as *const u8 as usize,
        Value::ObjectArray(array) => Rc::as_ptr(array) as *const u8 as usize,
        Value::Instance(instance) => Rc::as_ptr(instance) as *const u8 as usize,
        Value::Buffer(object) => Rc::as_ptr(object) as *const u8 as usize,
        _ => return None,
    })
}

/// True for what both copies return as itself (`copy._copy_immutable`, and what
/// `_deepcopy_atomic` also takes): numbers, strs, `None`, ranges, functions, classes, dtypes.
fn is_atomic(value: &Value) -> bool {
    use crate::value::Function;
    match value {
        Value::None
        | Value::Bool(_)
        | Value::Int(_)
        | Value::Float(_)
        | Value::Str(_)
        | Value::Scalar(..)
        | Value::Range(..)
        | Value::Class(_)
        | Value::ScalarType(_)
        | Value::ExceptionType(_)
        | Value::UserClass(_)
        | Value::DType(_)
        | Value::ObjectDType => true,
        Value::Function(function) => {
            matches!(function.as_ref(), Function::Native(_) | Function::User(_))
        }
        Value::Buffer(object) => object.kind == BufferKind::Bytes,
        _ => false,
    }
}

/// The `TypeError` of `copy.py` for an object pickle cannot reduce, or `None`.
fn unpicklable(value: &Value) -> Option<&'static str> {
    match value {
        Value::Module(_) => Some("module"),
        Value::DictView(view) => Some(view.kind.type_name()),
        Value::Iterator(iterator) if iterator.type_name == "generator" => Some("generator"),
        _ => None,
    }
}

/// The error for a value neither copy models.
fn uncopyable(value: &Value, span: Span) -> EvalError {
    if let Value::MemoryView(_) = value {
        return EvalError::type_error("cannot pickle memoryview objects", span);
    }
    if let Some(kind) = unpicklable(value) {
        return EvalError::type_error(format!("cannot pickle '{kind}' object"), span);
    }
    EvalError::unsupported(format!("copying a '{}' object", value.type_name()), span)
}

impl Interpreter {
    /// `copy.copy(value)`.
    fn shallow_copy(&mut self, value: &Value, text: &str, span: Span) -> EvalResult<Value> {
        if is_atomic(value) || matches!(value, Value::Tuple(_) | Value::FrozenSet(_)) {
            return Ok(value.clone());
        }
        match value {
            Value::List(items) => Ok(new_list(items.borrow().clone())),
            Value::Dict(dict) => Ok(dict_with(dict.borrow().entries().cloned().collect())),
            Value::Set(set) => Ok(Value::Set(Rc::new(RefCell::new(
                crate::value::set_algebra::set_copy(&set.borrow()),
            )))),
            Value::Array(array) => self.array_copy(array, Rule::CopyModule, text, span),
            Value::ObjectArray(array) => {
                let cells = object_cells_in_order(array, span)?;
                self.new_object_array(cells, array.shape(), Rule::CopyModule, span)
            }
            Value::Instance(instance) => {
                Ok(new_instance(instance, instance.attrs.borrow().clone()))
            }
            Value::Buffer(object) => self.buffer_copy(value, object.kind, span),
            other => Err(uncopyable(other, span)),
        }
    }

    /// `copy.deepcopy(value, memo)`.
    fn deep_copy(
        &mut self,
        value: &Value,
        memo: &mut Memo,
        text: &str,
        span: Span,
    ) -> EvalResult<Value> {
        crate::eval::cancel::check(span)?;
        if is_atomic(value) {
            return Ok(value.clone());
        }
        if let Some(copied) = memo.get(value) {
            return Ok(copied);
        }
        match value {
            Value::List(items) => self.deep_copy_list(value, items, memo, text, span),
            Value::Tuple(items) => self.deep_copy_tuple(value, items, memo, text, span),
            Value::Dict(dict) => self.deep_copy_dict(value, dict, memo, text, span),
            Value::Set(set) | Value::FrozenSet(set) => {
                self.deep_copy_set(value, set, memo, text, span)
            }
            Value::Array(array) => {
                let copied = self.array_copy(array, Rule::DeepCopy, text, span)?;
                memo.remember(value, &copied);
                Ok(copied)
            }
            Value::ObjectArray(array) => {
                self.deep_copy_object_array(value, array, memo, text, span)
            }
            Value::Instance(instance) => self.deep_copy_instance(value, instance, memo, text, span),
            Value::Buffer(object) => {
                let copied = self.buffer_copy(value, object.kind, span)?;
                memo.remember(value, &copied);
                Ok(copied)
            }
            other => Err(uncopyable(other, span)),
        }
    }

    /// `_deepcopy_list`: the new list is in the memo before its items are copied.
    fn deep_copy_list(
        &mut self,
        value: &Value,
        items: &Rc<RefCell<Vec<Value>>>,
        memo: &mut Memo,
        text: &str,
        span: Span,
    ) -> EvalResult<Value> {
        let copied = Rc::new(RefCell::new(Vec::new()));
        memo.remember(value, &Value::List(Rc::clone(&copied)));
        let mut at = 0;
        while let Some(item) = items.borrow().get(at).cloned() {
            let item = self.deep_copy(&item, memo, text, span)?;
            copied.borrow_mut().push(item);
            at += 1;
        }
        Ok(Value::List(copied))
    }

    /// Deep copies of `values`, in order, through one memo.
    fn deep_copy_all(
        &mut self,
        values: &[Value],
        memo: &mut Memo,
        text: &str,
        span: Span,
    ) -> EvalResult<Vec<Value>> {
        values
            .iter()
            .map(|value| self.deep_copy(value, memo, text, span))
            .collect()
    }

    /// `_deepcopy_tuple`: the tuple itself when every item copies to itself.
    fn deep_copy_tuple(
        &mut self,
        value: &Value,
        items: &Rc<[Value]>,
        memo: &mut Memo,
        text: &str,
        span: Span,
    ) -> EvalResult<Value> {
        let copied = self.deep_copy_all(items, memo, text, span)?;
        // A cycle through a list may have copied this tuple already.
        if let Some(found) = memo.get(value) {
            return Ok(found);
        }
        let same = items
            .iter()
            .zip(&copied)
            .all(|(a, b)| is_atomic(a) || a.is_same_object(b));
        let result = match same {
            true => value.clone(),
            false => Value::Tuple(copied.into()),
        };
        memo.remember(value, &result);
        Ok(result)
    }

    /// `_deepcopy_dict`: each key and value copied, in the dict's order.
    fn deep_copy_dict(
        &mut self,
        value: &Value,
        dict: &crate::value::Dict,
        memo: &mut Memo,
        text: &str,
        span: Span,
    ) -> EvalResult<Value> {
        let copied = dict_with(Vec::new());
        memo.remember(value, &copied);
        let Value::Dict(target) = &copied else {
            return Ok(copied);
        };
        let entries: Vec<Entry> = dict.borrow().entries().cloned().collect();
        for entry in entries {
            let key = self.deep_copy(&entry.key, memo, text, span)?;
            let item = self.deep_copy(&entry.value, memo, text, span)?;
            target.borrow_mut().insert(entry.hash, key, item);
        }
        Ok(copied)
    }

    /// A set or frozenset goes through pickle's reduction: `set(deepcopy(list(s)))`, a new
    /// table filled in the old one's order.
    fn deep_copy_set(
        &mut self,
        value: &Value,
        set: &crate::value::Set,
        memo: &mut Memo,
        text: &str,
        span: Span,
    ) -> EvalResult<Value> {
        let elements: Vec<Value> = set.borrow().entries().map(|e| e.value.clone()).collect();
        let copied = self.deep_copy_all(&elements, memo, text, span)?;
        let table = self.new_set_from(&new_list(copied), span)?.take();
        let frozen = matches!(value, Value::FrozenSet(_));
        let result = crate::eval::python::set::new_set_value(table, frozen);
        memo.remember(value, &result);
        Ok(result)
    }

    /// `ndarray.__deepcopy__` of an object array: a new pointer buffer whose cells point at
    /// deep copies of the objects.
    fn deep_copy_object_array(
        &mut self,
        value: &Value,
        array: &Rc<ObjectArrayObject>,
        memo: &mut Memo,
        text: &str,
        span: Span,
    ) -> EvalResult<Value> {
        let cells = object_cells_in_order(array, span)?;
        let copied = self.deep_copy_all(&cells, memo, text, span)?;
        let result = self.new_object_array(copied, array.shape(), Rule::DeepCopy, span)?;
        memo.remember(value, &result);
        Ok(result)
    }

    /// `_reconstruct` of an instance: a new instance of the class, in the memo before its
    /// attributes are copied.
    fn deep_copy_instance(
        &mut self,
        value: &Value,
        instance: &Rc<InstanceObject>,
        memo: &mut Memo,
        text: &str,
        span: Span,
    ) -> EvalResult<Value> {
        let copied = new_instance(instance, Default::default());
        memo.remember(value, &copied);
        let Value::Instance(target) = &copied else {
            return Ok(copied);
        };
        let mut attrs: Vec<(String, Value)> = instance
            .attrs
            .borrow()
            .iter()
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        attrs.sort_by(|a, b| a.0.cmp(&b.0));
        for (name, attr) in attrs {
            let attr = self.deep_copy(&attr, memo, text, span)?;
            target.attrs.borrow_mut().insert(name, attr);
        }
        Ok(copied)
    }

    /// `a.__copy__()` and `a.__deepcopy__()` of a numeric array: a new buffer in the array's
    /// memory order (NumPy's `order='K'`), writeable.
    fn array_copy(
        &mut self,
        array: &Rc<ArrayObject>,
        rule: Rule,
        text: &str,
        span: Span,
    ) -> EvalResult<Value> {
        self.copy_of(array, rule, text.to_string(), span, Order::K)
    }

    /// A copy of a `bytearray` or `array.array` (its `__copy__`, or pickle's reduction).
    fn buffer_copy(&mut self, value: &Value, kind: BufferKind, span: Span) -> EvalResult<Value> {
        match kind {
            BufferKind::Bytes => Ok(value.clone()),
            BufferKind::ByteArray | BufferKind::ArrayModule(..) => Err(EvalError::unsupported(
                format!("copying a '{}' object", value.type_name()),
                span,
            )),
        }
    }
}

/// The cells of an object array in the order `order='K'` lays its copy out: C order, which
/// is the memory order of every layout but a transposed one (refused: its copy would be in
/// F order, which viewfinder's object arrays do not hold).
fn object_cells_in_order(array: &ObjectArrayObject, span: Span) -> EvalResult<Vec<Value>> {
    let layout = &array.layout;
    let axes: Vec<isize> = layout
        .shape
        .iter()
        .zip(&layout.strides)
        .filter(|(n, _)| **n > 1)
        .map(|(_, s)| s.abs())
        .collect();
    if axes.windows(2).any(|pair| pair[0] < pair[1]) {
        return Err(EvalError::unsupported(
            "copying an object array whose memory order is not C order",
            span,
        ));
    }
    Ok(array.values())
}

/// A new list of `items`.
fn new_list(items: Vec<Value>) -> Value {
    Value::List(Rc::new(RefCell::new(items)))
}

/// A new dict of `entries`, in their order.
fn dict_with(entries: Vec<Entry>) -> Value {
    crate::eval::python::dict::new_dict(DictObject::from_entries(entries))
}

/// A new instance of `instance`'s class holding `attrs`.
fn new_instance(instance: &InstanceObject, attrs: rustc_hash::FxHashMap<String, Value>) -> Value {
    Value::Instance(Rc::new(InstanceObject {
        class: Rc::clone(&instance.class),
        attrs: RefCell::new(attrs),
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_strs_and_functions_are_atomic_lists_are_not() {
        assert!(is_atomic(&Value::Int(3)));
        assert!(is_atomic(&Value::Str(Rc::from("a"))));
        assert!(!is_atomic(&new_list(vec![])));
        assert!(!is_atomic(&Value::Tuple(Rc::from(vec![]))));
    }

    #[test]
    fn the_memo_finds_an_object_by_identity() {
        let list = new_list(vec![Value::Int(1)]);
        let other = new_list(vec![Value::Int(1)]);
        let mut memo = Memo::default();
        memo.remember(&list, &Value::Int(7));
        assert!(matches!(memo.get(&list), Some(Value::Int(7))));
        assert!(memo.get(&other).is_none());
    }

    #[test]
    fn a_module_cannot_be_pickled() {
        let error = uncopyable(&Value::Module(crate::value::Module::Math), Span::default());
        assert_eq!(error.message, "cannot pickle 'module' object");
    }
}
