//! `memoryview`: the builtin that makes one, its attributes and methods (one table row each),
//! and what it shares: reading and writing items, slicing and `cast` as further views of the
//! exporter's memory, and its bytes for `bytes(m)`, `==` and the bytes methods.
//!
//! The rules and messages are CPython's `Objects/memoryobject.c`: a view is of a whole
//! exporter or a slice of one; `cast` needs a C-contiguous view and a byte format on one side;
//! indexing gives items, never sub-views, beyond one dimension.

use std::rc::Rc;

use crate::eval::args::CallStyle::*;
use crate::eval::args::{Args, Native};
use crate::eval::index::{resolve_position, slice_indices};
use crate::eval::numpy::convert::scalar_to_python;
use crate::eval::python::as_index_int;
use crate::eval::{EvalError, EvalResult, Interpreter};
use crate::memory::layout::Order;
use crate::memory::{AlignedBytes, ArrayData, Layout, Scalar};
use crate::syntax::{Expr, ExprKind, Span};
use crate::value::{BufferKind, ItemFormat, MemoryViewObject, Value};

/// `memoryview`'s methods that viewfinder models.
#[rustfmt::skip]
pub(crate) static METHODS: &[Native] = &[
    Native::new("tolist", "()", NoArguments, &[], tolist),
    Native::new("tobytes", "(order='C')", CPythonArgs, &["order"], tobytes),
    Native::new("hex", "(sep=None, bytes_per_sep=1)", CPythonArgs, &["sep", "bytes_per_sep"], hex),
    Native::new("toreadonly", "()", NoArguments, &[], toreadonly),
    Native::new("release", "()", NoArguments, &[], release),
    Native::new("cast", "(format, shape=<no value>)", CPythonArgs, &["format", "shape"], cast),
];

/// CPython's error for any use of a released view.
fn released_error(span: Span) -> EvalError {
    EvalError::value_error("operation forbidden on released memoryview object", span)
}

/// The memory of a view that has not been released.
pub(crate) fn live_memory(view: &MemoryViewObject, span: Span) -> EvalResult<ArrayData> {
    view.memory().ok_or_else(|| released_error(span))
}

/// What the buffer protocol exports for `value`, if it is bytes-like: its object (`m.obj`),
/// item format, whether it is read-only, and its memory.
fn exported(value: &Value, span: Span) -> EvalResult<Option<(Value, ItemFormat, bool, ArrayData)>> {
    Ok(Some(match value {
        Value::Buffer(object) => {
            let readonly = object.kind == BufferKind::Bytes;
            (
                value.clone(),
                object.item_format(),
                readonly,
                object.memory(),
            )
        }
        Value::Array(array) => {
            let format = ItemFormat::of_dtype(array.data.dtype);
            (
                value.clone(),
                format,
                !array.writeable.get(),
                array.data.clone(),
            )
        }
        Value::MemoryView(view) => {
            let memory = live_memory(view, span)?;
            (view.obj.clone(), view.format, view.readonly, memory)
        }
        Value::ObjectArray(_) => {
            return Err(EvalError::unsupported(
                "a memoryview of an object array",
                span,
            ));
        }
        Value::Scalar(..) => {
            return Err(EvalError::unsupported(
                "a memoryview of a NumPy scalar",
                span,
            ));
        }
        _ => return Ok(None),
    }))
}

/// `memoryview(object)`: a view of a bytes-like object's memory.
pub(crate) fn construct(_: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let object = args.value("object")?;
    match exported(object, args.span)? {
        Some((obj, format, readonly, memory)) => Ok(Value::MemoryView(MemoryViewObject::new(
            obj, format, readonly, memory,
        ))),
        None => {
            let message = format!(
                "memoryview: a bytes-like object is required, not '{}'",
                object.type_name()
            );
            Err(EvalError::type_error(message, args.span))
        }
    }
}

/// The bytes a bytes-like value holds, in C order (a memoryview's through its layout); `None`
/// for other values and for a released view.
pub(crate) fn bytes_of(value: &Value) -> Option<Vec<u8>> {
    match value {
        Value::Buffer(object) => Some(object.buffer.data().as_bytes().to_vec()),
        Value::MemoryView(view) => view.memory().map(|memory| ordered_bytes(&memory, Order::C)),
        _ => None,
    }
}

/// The bytes the buffer protocol gives for `value` in C order (`bytes(np.arange(2))` is 16
/// bytes), or `None` when it has no buffer.
pub(crate) fn exported_bytes(value: &Value, span: Span) -> EvalResult<Option<Vec<u8>>> {
    let exported = exported(value, span)?;
    Ok(exported.map(|(_, _, _, memory)| ordered_bytes(&memory, Order::C)))
}

/// The bytes of `memory`'s items, read in `order` (C or F).
fn ordered_bytes(memory: &ArrayData, order: Order) -> Vec<u8> {
    let itemsize = memory.dtype.itemsize();
    let data = memory.buffer.data();
    let bytes = data.as_bytes();
    let mut out = Vec::with_capacity(memory.layout.size() * itemsize);
    for index in indices_in(&memory.layout, order) {
        let at = memory.layout.byte_offset_of(&index) as usize;
        out.extend_from_slice(&bytes[at..at + itemsize]);
    }
    out
}

/// Every index of `layout`, the last axis fastest (C) or the first (F).
fn indices_in(layout: &Layout, order: Order) -> Vec<Vec<usize>> {
    if order != Order::F {
        return layout.indices();
    }
    let reversed: Vec<usize> = layout.shape.iter().rev().copied().collect();
    let c = Layout::c_contiguous(0, &reversed, 1);
    c.indices()
        .into_iter()
        .map(|index| index.into_iter().rev().collect())
        .collect()
}

/// The memoryview a method was called on.
fn receiver(args: &Args) -> EvalResult<&Rc<MemoryViewObject>> {
    match args.receiver()? {
        Value::MemoryView(view) => Ok(view),
        other => Err(EvalError::type_error(
            format!("expected a memoryview, not '{}'", other.type_name()),
            args.span,
        )),
    }
}

/// `m.attr` for the attributes that are not methods; a released view refuses them all.
pub(crate) fn attribute(owner: &Value, attr: &str, span: Span) -> EvalResult<Option<Value>> {
    let Value::MemoryView(view) = owner else {
        return Ok(None);
    };
    let property = |memory: &ArrayData| -> Option<Value> {
        let ints =
            |values: &[isize]| Value::Tuple(values.iter().map(|&v| Value::Int(v as i64)).collect());
        let layout = &memory.layout;
        Some(match attr {
            "obj" => view.obj.clone(),
            "nbytes" => Value::Int((layout.size() * layout.itemsize) as i64),
            "readonly" => Value::Bool(view.readonly),
            "itemsize" => Value::Int(layout.itemsize as i64),
            "format" => Value::Str(Rc::from(view.format.0.to_string())),
            "ndim" => Value::Int(layout.ndim() as i64),
            "shape" => ints(&layout.shape.iter().map(|&n| n as isize).collect::<Vec<_>>()),
            "strides" => ints(&layout.strides),
            "suboffsets" => Value::Tuple(Rc::from([])),
            "c_contiguous" => Value::Bool(layout.is_c_contiguous()),
            "f_contiguous" => Value::Bool(layout.is_f_contiguous()),
            "contiguous" => Value::Bool(layout.is_c_contiguous() || layout.is_f_contiguous()),
            _ => return None,
        })
    };
    if let Some(method) =
        crate::eval::call::method_named(crate::value::Table::MemoryView, attr, owner)
    {
        return Ok(Some(method));
    }
    match view.memory() {
        Some(memory) => Ok(property(&memory)),
        None if property_names().contains(&attr) => Err(released_error(span)),
        None => Ok(None),
    }
}

/// The attributes of a memoryview that are not methods.
fn property_names() -> [&'static str; 12] {
    [
        "obj",
        "nbytes",
        "readonly",
        "itemsize",
        "format",
        "ndim",
        "shape",
        "strides",
        "suboffsets",
        "c_contiguous",
        "f_contiguous",
        "contiguous",
    ]
}

/// `m.tolist()`: the items as Python values, nested by the shape.
fn tolist(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let view = receiver(args)?;
    let memory = live_memory(view, args.span)?;
    crate::eval::limits::check_materialize(&memory, args.span)?;
    vf.nested_items(view.format, &memory, &mut Vec::new(), args.span)
}

/// `m.tobytes(order='C')`: a new `bytes` of the items read in that order.
fn tobytes(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let view = receiver(args)?;
    let memory = live_memory(view, args.span)?;
    let order = match args.get("order") {
        None | Some(Value::None) => Order::C,
        Some(Value::Str(text)) if matches!(&**text, "C" | "A") => Order::C,
        Some(Value::Str(text)) if &**text == "F" => Order::F,
        Some(_) => {
            let message = "order must be 'C', 'F' or 'A'";
            return Err(EvalError::value_error(message, args.span_of("order")));
        }
    };
    crate::eval::limits::check_materialize(&memory, args.span)?;
    let bytes = AlignedBytes::from_bytes(&ordered_bytes(&memory, order));
    vf.new_buffer_object(BufferKind::Bytes, bytes, args.span)
}

/// `m.hex()`: two lowercase hex digits per byte, in C order.
fn hex(_: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let view = receiver(args)?;
    let memory = live_memory(view, args.span)?;
    crate::eval::python::bytes::hex_of(&ordered_bytes(&memory, Order::C), args)
}

/// `m.toreadonly()`: a read-only view of the same memory.
fn toreadonly(_: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let view = receiver(args)?;
    let memory = live_memory(view, args.span)?;
    let copy = MemoryViewObject::new(view.obj.clone(), view.format, true, memory);
    Ok(Value::MemoryView(copy))
}

/// `m.release()`: lets go of the exporter's memory; a second release does nothing.
fn release(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let view = receiver(args)?;
    if let Some(memory) = view.memory() {
        let note = format!(
            "{}: the memoryview no longer holds buffer {}",
            vf.text(args.span),
            memory.buffer.id
        );
        vf.journal.release(view, memory);
        view.release();
        vf.outcome.record_note(note);
    }
    Ok(Value::None)
}

/// `m.cast(format, shape)`: the same bytes seen with another item format or shape.
fn cast(_: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let span = args.span;
    let view = receiver(args)?;
    let memory = live_memory(view, span)?;
    if !memory.layout.is_c_contiguous() {
        let message = "memoryview: casts are restricted to C-contiguous views";
        return Err(EvalError::type_error(message, span));
    }
    let shape = cast_shape(args)?;
    let has_zero = memory.layout.shape.contains(&0);
    if (shape.is_some() || memory.layout.ndim() != 1) && has_zero {
        let message = "memoryview: cannot cast view with zeros in shape or strides";
        return Err(EvalError::type_error(message, span));
    }
    if let Some(shape) = &shape
        && memory.layout.ndim() != 1
        && shape.len() != 1
    {
        let message = "memoryview: cast must be 1D -> ND or ND -> 1D";
        return Err(EvalError::type_error(message, span));
    }
    let format = cast_format(args.value("format")?, span)?;
    if !view.format.is_byte() && !format.is_byte() {
        let message = "memoryview: cannot cast between two non-byte formats";
        return Err(EvalError::type_error(message, span));
    }
    let nbytes = memory.layout.size() * memory.layout.itemsize;
    let itemsize = format.dtype().itemsize();
    if nbytes % itemsize != 0 {
        let message = "memoryview: length is not a multiple of itemsize";
        return Err(EvalError::type_error(message, span));
    }
    let shape = match shape {
        Some(shape) => checked_cast_shape(shape, itemsize, nbytes, span)?,
        None => vec![nbytes / itemsize],
    };
    let dtype = format.dtype();
    let layout = Layout::c_contiguous(memory.layout.offset, &shape, itemsize);
    let memory = ArrayData {
        buffer: memory.buffer,
        layout,
        dtype,
    };
    let cast = MemoryViewObject::new(view.obj.clone(), format, view.readonly, memory);
    Ok(Value::MemoryView(cast))
}

/// The `shape=` of a cast, read as CPython does (a list or tuple of ints), unchecked.
fn cast_shape(args: &Args) -> EvalResult<Option<Vec<Value>>> {
    let span = args.span_of("shape");
    match args.get("shape") {
        None => Ok(None),
        Some(Value::List(items)) => Ok(Some(items.borrow().clone())),
        Some(Value::Tuple(items)) => Ok(Some(items.to_vec())),
        Some(_) => Err(EvalError::type_error(
            "shape must be a list or a tuple",
            span,
        )),
    }
}

/// The item format a cast names: a native single character, with an optional `'@'`.
fn cast_format(value: &Value, span: Span) -> EvalResult<ItemFormat> {
    let Value::Str(text) = value else {
        let message = format!(
            "memoryview.cast() argument 'format' must be str, not {}",
            value.type_name()
        );
        return Err(EvalError::type_error(message, span));
    };
    if let Some(format) = ItemFormat::parse(text) {
        return Ok(format);
    }
    let code = text.strip_prefix('@').unwrap_or(text);
    if matches!(code, "e" | "n" | "N" | "P") {
        let what = format!("a memoryview of format '{code}'");
        return Err(EvalError::unsupported(what, span));
    }
    let message = "memoryview: destination format must be a native single character format prefixed with an optional '@'";
    Err(EvalError::value_error(message, span))
}

/// A cast's new shape, with CPython's checks: positive ints whose product is the size.
fn checked_cast_shape(
    shape: Vec<Value>,
    itemsize: usize,
    nbytes: usize,
    span: Span,
) -> EvalResult<Vec<usize>> {
    let mut dims = Vec::with_capacity(shape.len());
    for item in &shape {
        let n = match item {
            Value::Int(n) => *n,
            Value::Bool(b) => *b as i64,
            _ => {
                let message = "memoryview.cast(): elements of shape must be integers";
                return Err(EvalError::type_error(message, span));
            }
        };
        if n <= 0 {
            let message = "memoryview.cast(): elements of shape must be integers > 0";
            return Err(EvalError::value_error(message, span));
        }
        dims.push(n as usize);
    }
    let total = dims.iter().try_fold(itemsize, |acc, &n| acc.checked_mul(n));
    if total != Some(nbytes) {
        let message = "memoryview: product(shape) * itemsize != buffer size";
        return Err(EvalError::type_error(message, span));
    }
    Ok(dims)
}

/// `len(m)`: the length of the first axis (1 for a 0-d view, as CPython counts it).
pub(crate) fn length(view: &MemoryViewObject, span: Span) -> EvalResult<usize> {
    let memory = live_memory(view, span)?;
    Ok(memory.layout.shape.first().copied().unwrap_or(1))
}

/// CPython's errors for `hash(m)` of a view that has none: released, writable, or of a
/// format other than a byte one. A view that passes hashes as its bytes, which are salted.
pub(crate) fn check_hashable(view: &MemoryViewObject, span: Span) -> EvalResult<()> {
    live_memory(view, span)?;
    if !view.readonly {
        let message = "cannot hash writable memoryview object";
        return Err(EvalError::value_error(message, span));
    }
    if !view.format.is_byte() {
        let message = "memoryview: hashing is restricted to formats 'B', 'b' or 'c'";
        return Err(EvalError::value_error(message, span));
    }
    Ok(())
}

/// `m == other`: equal shapes and equal items (as values: `'d'` 1.0 equals `'l'` 1); a
/// released view equals only itself; a value without a buffer is never equal.
pub(crate) fn memory_equal(view: &Rc<MemoryViewObject>, other: &Value) -> bool {
    if let Value::MemoryView(o) = other
        && Rc::ptr_eq(view, o)
    {
        return true;
    }
    let Some(memory) = view.memory() else {
        return false;
    };
    let Ok(Some((_, format, _, other_memory))) = exported(other, Span::default()) else {
        return false;
    };
    if memory.layout.shape != other_memory.layout.shape {
        return false;
    }
    if (view.format.0 == 'c') != (format.0 == 'c') {
        return false;
    }
    let mine = memory.layout.indices().into_iter().map(|i| memory.get(&i));
    let theirs = other_memory.layout.indices().into_iter();
    mine.zip(theirs.map(|i| other_memory.get(&i)))
        .all(|(a, b)| scalars_equal(a, b))
}

/// Two items compared as Python compares the values they unpack to.
pub(crate) fn scalars_equal(a: Scalar, b: Scalar) -> bool {
    match (a, b) {
        (Scalar::Float(_), _) | (_, Scalar::Float(_)) => a.as_f64() == b.as_f64(),
        (Scalar::UInt(x), Scalar::UInt(y)) => x == y,
        (Scalar::UInt(x), other) | (other, Scalar::UInt(x)) => {
            i128::from(x) == i128::from(other.as_i64())
        }
        _ => a.as_i64() == b.as_i64(),
    }
}

/// A subscript of a memoryview, sorted as CPython's `memory_subscript` sorts keys.
pub(crate) enum MemoryKey {
    /// `m[i]` (anything with `__index__`).
    Index(i64),
    /// `m[a:b:c]`.
    Slice(Option<i64>, Option<i64>, Option<i64>),
    /// `m[i, j]`, and `m[()]`.
    Indices(Vec<i64>),
    /// `m[a:b, c:d]`.
    Slices,
    /// `m[...]`.
    Ellipsis,
    /// Anything else.
    Invalid,
}

impl MemoryKey {
    /// The key a value is (a slice is built from its bounds by the caller).
    pub(crate) fn of_value(value: &Value, span: Span) -> MemoryKey {
        match value {
            Value::Tuple(items) => {
                let indices: Option<Vec<i64>> = items
                    .iter()
                    .map(|item| as_index_int(item, span).ok())
                    .collect();
                indices.map_or(MemoryKey::Invalid, MemoryKey::Indices)
            }
            other => as_index_int(other, span).map_or(MemoryKey::Invalid, MemoryKey::Index),
        }
    }
}

impl Interpreter {
    /// The key of `m[index]`, each part evaluated in order.
    pub(crate) fn memory_key(&mut self, index: &Expr) -> EvalResult<MemoryKey> {
        match &index.kind {
            ExprKind::Slice { lower, upper, step } => {
                let lower = self.slice_part(lower)?;
                let upper = self.slice_part(upper)?;
                Ok(MemoryKey::Slice(lower, upper, self.slice_part(step)?))
            }
            ExprKind::Ellipsis => Ok(MemoryKey::Ellipsis),
            ExprKind::Tuple(items) if items.iter().any(is_slice) => {
                for item in items {
                    match &item.kind {
                        ExprKind::Slice { lower, upper, step } => {
                            self.slice_part(lower)?;
                            self.slice_part(upper)?;
                            self.slice_part(step)?;
                        }
                        _ => {
                            self.eval(item)?;
                        }
                    }
                }
                let all_slices = items.iter().all(is_slice);
                Ok(if all_slices {
                    MemoryKey::Slices
                } else {
                    MemoryKey::Invalid
                })
            }
            _ => {
                let key = self.eval(index)?;
                Ok(MemoryKey::of_value(&key, index.span))
            }
        }
    }

    /// One bound of a slice (`None` when left out), with Python's check of its type.
    fn slice_part(&mut self, part: &Option<Box<Expr>>) -> EvalResult<Option<i64>> {
        let Some(part) = part else { return Ok(None) };
        let value = self.eval(part)?;
        crate::eval::index::slice_bound(&value, part.span)
    }

    /// `m[key]`: an item, or a view of a slice of the first axis.
    pub(crate) fn memoryview_item(
        &mut self,
        view: &Rc<MemoryViewObject>,
        key: MemoryKey,
        span: Span,
    ) -> EvalResult<Value> {
        let memory = live_memory(view, span)?;
        let ndim = memory.layout.ndim();
        match key {
            MemoryKey::Indices(indices) if ndim == 0 && indices.is_empty() => {
                self.item_value(view.format, &memory, &[], span)
            }
            MemoryKey::Ellipsis if ndim == 0 => Ok(Value::MemoryView(Rc::clone(view))),
            _ if ndim == 0 => Err(zero_dim_error(span)),
            MemoryKey::Index(i) if ndim == 1 => {
                let at = position(i, &memory.layout, 0, span)?;
                self.item_value(view.format, &memory, &[at], span)
            }
            MemoryKey::Index(_) => Err(EvalError::python_not_implemented(
                "multi-dimensional sub-views are not implemented",
                span,
            )),
            MemoryKey::Slice(a, b, c) => {
                let layout = sliced(&memory.layout, (a, b, c), span)?;
                let memory = memory.with_layout(layout, memory.dtype);
                let slice =
                    MemoryViewObject::new(view.obj.clone(), view.format, view.readonly, memory);
                Ok(Value::MemoryView(slice))
            }
            MemoryKey::Indices(indices) => {
                let index = multi_index(&memory.layout, &indices, span)?;
                self.item_value(view.format, &memory, &index, span)
            }
            MemoryKey::Slices => Err(EvalError::python_not_implemented(
                "multi-dimensional slicing is not implemented",
                span,
            )),
            MemoryKey::Ellipsis | MemoryKey::Invalid => Err(invalid_key(span)),
        }
    }

    /// `m[key] = value`: packs the value into the exporter's memory (a write every name on
    /// that memory sees).
    pub(crate) fn set_memoryview_item(
        &mut self,
        view: &Rc<MemoryViewObject>,
        key: MemoryKey,
        value: &Value,
        span: Span,
    ) -> EvalResult<()> {
        let memory = live_memory(view, span)?;
        if view.readonly {
            return Err(EvalError::type_error(
                "cannot modify read-only memory",
                span,
            ));
        }
        let ndim = memory.layout.ndim();
        let index = match key {
            MemoryKey::Indices(indices) if ndim == 0 && indices.is_empty() => Vec::new(),
            MemoryKey::Ellipsis if ndim == 0 => Vec::new(),
            _ if ndim == 0 => return Err(zero_dim_error(span)),
            MemoryKey::Index(_) if ndim > 1 => return Err(sub_view_error(span)),
            MemoryKey::Index(i) => vec![position(i, &memory.layout, 0, span)?],
            MemoryKey::Slice(a, b, c) if ndim == 1 => {
                let layout = sliced(&memory.layout, (a, b, c), span)?;
                let target = memory.with_layout(layout, memory.dtype);
                return self.assign_memory_slice(view.format, &target, value, span);
            }
            MemoryKey::Indices(indices) if indices.len() < ndim => {
                return Err(sub_view_error(span));
            }
            MemoryKey::Indices(indices) => multi_index(&memory.layout, &indices, span)?,
            MemoryKey::Slice(..) | MemoryKey::Slices => {
                return Err(EvalError::python_not_implemented(
                    "memoryview slice assignments are currently restricted to ndim = 1",
                    span,
                ));
            }
            MemoryKey::Ellipsis | MemoryKey::Invalid => return Err(invalid_key(span)),
        };
        let scalar = self.packed_item(view.format, value, span)?;
        let offset = memory.layout.byte_offset_of(&index);
        let element = Layout::c_contiguous(offset, &[], memory.layout.itemsize);
        let region = memory.with_layout(element, memory.dtype);
        self.before_write(&region.buffer);
        region.set(&[], scalar);
        let text = self.text(span);
        self.record_write(&text, &region);
        Ok(())
    }

    /// `m[a:b] = source`: a bytes-like source of the same format and shape, copied in (read
    /// whole first, so an overlapping source is copied as `memmove` does).
    fn assign_memory_slice(
        &mut self,
        format: ItemFormat,
        target: &ArrayData,
        source: &Value,
        span: Span,
    ) -> EvalResult<()> {
        let Some((_, source_format, _, source_memory)) = exported(source, span)? else {
            let message = format!(
                "a bytes-like object is required, not '{}'",
                source.type_name()
            );
            return Err(EvalError::type_error(message, span));
        };
        if source_format != format || source_memory.layout.shape != target.layout.shape {
            let message = "memoryview assignment: lvalue and rvalue have different structures";
            return Err(EvalError::value_error(message, span));
        }
        let values: Vec<Scalar> = source_memory
            .layout
            .indices()
            .iter()
            .map(|i| source_memory.get(i))
            .collect();
        self.before_write(&target.buffer);
        for (index, value) in target.layout.indices().iter().zip(values) {
            target.set(index, value);
        }
        let text = self.text(span);
        self.record_write(&text, target);
        Ok(())
    }

    /// One item as the Python value it unpacks to (`'c'`: a one-byte `bytes`).
    fn item_value(
        &mut self,
        format: ItemFormat,
        memory: &ArrayData,
        index: &[usize],
        span: Span,
    ) -> EvalResult<Value> {
        let scalar = memory.get(index);
        if format.0 == 'c' {
            let byte = [scalar.as_i64() as u8];
            return self.new_buffer_object(
                BufferKind::Bytes,
                AlignedBytes::from_bytes(&byte),
                span,
            );
        }
        scalar_to_python(scalar, span)
    }

    /// The items under `prefix`, nested as lists by the remaining axes.
    fn nested_items(
        &mut self,
        format: ItemFormat,
        memory: &ArrayData,
        prefix: &mut Vec<usize>,
        span: Span,
    ) -> EvalResult<Value> {
        let depth = prefix.len();
        if depth == memory.layout.ndim() {
            return self.item_value(format, memory, prefix, span);
        }
        let mut items = Vec::with_capacity(memory.layout.shape[depth]);
        for i in 0..memory.layout.shape[depth] {
            crate::eval::cancel::check(span)?;
            prefix.push(i);
            items.push(self.nested_items(format, memory, prefix, span)?);
            prefix.pop();
        }
        Ok(Value::List(Rc::new(std::cell::RefCell::new(items))))
    }

    /// The items of a one-dimensional view, for iteration (`list(m)`, `for x in m`).
    pub(crate) fn memoryview_items(
        &mut self,
        view: &MemoryViewObject,
        span: Span,
    ) -> EvalResult<Vec<Value>> {
        let memory = live_memory(view, span)?;
        match memory.layout.ndim() {
            0 => Err(zero_dim_error(span)),
            1 => match self.nested_items(view.format, &memory, &mut Vec::new(), span)? {
                Value::List(items) => Ok(items.borrow().clone()),
                _ => Ok(Vec::new()),
            },
            _ => Err(EvalError::python_not_implemented(
                "multi-dimensional sub-views are not implemented",
                span,
            )),
        }
    }

    /// `value` packed as an item of `format`, with the struct module's checks.
    fn packed_item(&self, format: ItemFormat, value: &Value, span: Span) -> EvalResult<Scalar> {
        let invalid_type = || {
            let message = format!("memoryview: invalid type for format '{}'", format.0);
            EvalError::type_error(message, span)
        };
        let invalid_value = || {
            let message = format!("memoryview: invalid value for format '{}'", format.0);
            EvalError::value_error(message, span)
        };
        match format.0 {
            '?' => Ok(Scalar::Bool(self.truthy(value, span)?)),
            'c' => match bytes_of(value) {
                Some(bytes) if matches!(value, Value::Buffer(b) if b.kind == BufferKind::Bytes) => {
                    match bytes.as_slice() {
                        [byte] => Ok(Scalar::UInt(u64::from(*byte))),
                        _ => Err(invalid_value()),
                    }
                }
                _ => Err(invalid_type()),
            },
            'f' | 'd' => {
                let x = float_value(value).ok_or_else(invalid_type)?;
                Ok(Scalar::Float(if format.0 == 'f' {
                    x as f32 as f64
                } else {
                    x
                }))
            }
            _ => {
                let (Value::Int(_) | Value::Bool(_) | Value::Scalar(..)) = value else {
                    return Err(invalid_type());
                };
                let i = index_value(value).ok_or_else(invalid_type)?;
                let dtype = format.dtype();
                if !dtype
                    .integer_range()
                    .is_some_and(|range| range.contains(&i))
                {
                    return Err(invalid_value());
                }
                Ok(match i64::try_from(i) {
                    Ok(small) => Scalar::Int(small),
                    Err(_) => Scalar::UInt(i as u64),
                })
            }
        }
    }
}

/// A number as `float()` reads it for packing (ints, floats, NumPy numbers).
fn float_value(value: &Value) -> Option<f64> {
    match value {
        Value::Int(i) => Some(*i as f64),
        Value::Bool(b) => Some(f64::from(u8::from(*b))),
        Value::Float(x) => Some(*x),
        Value::Scalar(_, s) => Some(s.as_f64()),
        _ => None,
    }
}

/// A value with `__index__` as a wide integer (NumPy's bool has none).
fn index_value(value: &Value) -> Option<i128> {
    match value {
        Value::Int(i) => Some(i128::from(*i)),
        Value::Bool(b) => Some(i128::from(*b)),
        Value::Scalar(_, Scalar::UInt(u)) => Some(i128::from(*u)),
        Value::Scalar(dtype, s) if dtype.is_integer() => Some(i128::from(s.as_i64())),
        _ => None,
    }
}

fn is_slice(expr: &Expr) -> bool {
    matches!(expr.kind, ExprKind::Slice { .. })
}

/// `IndexError: index out of bounds on dimension 1`.
fn position(i: i64, layout: &Layout, axis: usize, span: Span) -> EvalResult<usize> {
    resolve_position(i, layout.shape[axis]).ok_or_else(|| {
        let message = format!("index out of bounds on dimension {}", axis + 1);
        EvalError::index_error(message, span)
    })
}

/// The element `m[i, j, …]` names, one index per axis.
fn multi_index(layout: &Layout, indices: &[i64], span: Span) -> EvalResult<Vec<usize>> {
    let ndim = layout.ndim();
    if indices.len() < ndim {
        return Err(sub_view_error(span));
    }
    if indices.len() > ndim {
        let message = format!(
            "cannot index {ndim}-dimension view with {}-element tuple",
            indices.len()
        );
        return Err(EvalError::type_error(message, span));
    }
    let resolved = indices.iter().enumerate();
    resolved
        .map(|(axis, &i)| position(i, layout, axis, span))
        .collect()
}

/// The layout of a slice of the first axis.
fn sliced(
    layout: &Layout,
    (start, stop, step): (Option<i64>, Option<i64>, Option<i64>),
    span: Span,
) -> EvalResult<Layout> {
    let (first, count, step) = slice_indices(start, stop, step, layout.shape[0], span)?;
    let mut sliced = layout.clone();
    sliced.offset += first as isize * layout.strides[0];
    sliced.shape[0] = count;
    sliced.strides[0] *= step as isize;
    Ok(sliced)
}

fn zero_dim_error(span: Span) -> EvalError {
    EvalError::type_error("invalid indexing of 0-dim memory", span)
}

fn sub_view_error(span: Span) -> EvalError {
    EvalError::python_not_implemented("sub-views are not implemented", span)
}

fn invalid_key(span: Span) -> EvalError {
    EvalError::type_error("memoryview: invalid slice key", span)
}

#[cfg(test)]
mod tests {
    use crate::eval::tests::printed_past_errors as printed;
    use crate::value::ItemFormat;

    #[test]
    fn formats_parse_as_cpythons_native_single_characters() {
        assert_eq!(ItemFormat::parse("@B"), Some(ItemFormat('B')));
        assert_eq!(ItemFormat::parse("<i"), None);
        assert_eq!(ItemFormat::parse("ii"), None);
        assert!(ItemFormat('c').is_byte() && !ItemFormat('d').is_byte());
    }

    #[test]
    fn a_failing_statement_undoes_its_release() {
        let program = "ba = bytearray(b'ab')\nm = memoryview(ba)\nt = (m.release(), m[0])\nprint(ba, m.tolist())\n";
        assert_eq!(printed(program), "bytearray(b'ab') [97, 98]\n");
    }

    #[test]
    fn a_view_keeps_its_exporter_from_growing_until_released() {
        let program = "ba = bytearray(b'ab')\nm = memoryview(ba)[1:]\nba.append(1)\nprint(len(ba))\nm.release()\nba.append(1)\nprint(len(ba))\n";
        assert_eq!(printed(program), "2\n3\n");
    }
}
