//! What a name can hold.
//!
//! Python values as viewfinder models them: NumPy arrays (data plus identity, flags and base),
//! NumPy and Python scalars, lists, tuples, strings, `array.array`, `bytearray`, `bytes`,
//! dtypes, modules and functions. Values that Python shares by reference are `Rc`s here, so
//! `b = a` aliases and `is` compares object identity, as in Python.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

mod class;
mod dict;
mod exception;
mod function;
mod hash;
mod iterator;
mod memoryview;
mod object_array;
mod origin;
mod set;

pub use class::{ClassObject, InstanceObject, interned_name};
pub use dict::{
    Dict, DictObject, DictViewKind, DictViewObject, Entry, HashKey, NotHashable, dict_repr,
};
pub use exception::{ExceptionObject, TraceFrame, exception_message};
pub use function::{Body, Code, Scope, UserFunction};
pub use hash::python_hash;
pub use iterator::{IterState, IteratorObject};
pub use memoryview::{ItemFormat, MemoryViewObject};
pub use object_array::{OBJECT_ITEMSIZE, ObjectArrayObject, ObjectBuffer, index_text};
pub use origin::{Origin, OriginKind, Rule};
pub use set::{SetEntry, SetObject, SetUndo};

/// The set algebra of CPython's tables (`set_copy`, `union`, `intersection`, …).
pub mod set_algebra {
    pub use super::set::{
        difference, difference_update, intersection, is_disjoint, is_subset, set_copy,
        symmetric_difference, symmetric_difference_update, union,
    };
}

use crate::format;
use crate::memory::{ArrayData, DType, Scalar, SharedBuffer};

/// A Python value.
#[derive(Clone, Debug)]
pub enum Value {
    /// `None`.
    None,
    /// A Python `bool`.
    Bool(bool),
    /// A Python `int` (64-bit in viewfinder).
    Int(i64),
    /// A Python `float`.
    Float(f64),
    /// A Python `str`.
    Str(Rc<str>),
    /// A NumPy scalar such as `np.int64(5)`.
    Scalar(DType, Scalar),
    /// A NumPy array.
    Array(Rc<ArrayObject>),
    /// A NumPy array of `dtype=object`: cells pointing at Python objects.
    ObjectArray(Rc<ObjectArrayObject>),
    /// `dtype('O')`, the dtype of object arrays (`np.dtype(object)`, `a.dtype`).
    ObjectDType,
    /// A Python list (shared and mutable).
    List(Rc<RefCell<Vec<Value>>>),
    /// A Python tuple.
    Tuple(Rc<[Value]>),
    /// `range(start, stop, step)`.
    Range(i64, i64, i64),
    /// A `bytes`, `bytearray` or `array.array` object: Python objects over a buffer.
    Buffer(Rc<BufferObject>),
    /// A `memoryview` (what `np.frombuffer(...).base` is for `array.array` and `bytearray`).
    MemoryView(Rc<MemoryViewObject>),
    /// A dtype object (`a.dtype`, `np.dtype('int8')`).
    DType(DType),
    /// A NumPy scalar type such as `np.int8`: callable, and usable as a dtype.
    ScalarType(DType),
    /// Any other class, by its qualified name (`type(a)` is `numpy.ndarray`).
    Class(&'static str),
    /// The `a.flags` object of an array.
    Flags(Rc<ArrayObject>),
    /// A module (`np`, `array`).
    Module(Module),
    /// A function: a builtin, a module function, or a method bound to its object.
    Function(Rc<Function>),
    /// An iterator (`enumerate(x)`, `zip(a, b)`, `reversed(x)`).
    Iterator(Rc<IteratorObject>),
    /// An exception object (`ValueError('bad')`, what `except ... as e` binds).
    Exception(Rc<ExceptionObject>),
    /// An exception class (`ValueError`): callable, and what `except` matches.
    ExceptionType(crate::exception::ExceptionKind),
    /// A class the program defined with `class`.
    UserClass(Rc<ClassObject>),
    /// An instance of such a class.
    Instance(Rc<InstanceObject>),
    /// A Python dict (shared and mutable).
    Dict(Dict),
    /// `d.keys()`, `d.values()` or `d.items()`.
    DictView(Rc<DictViewObject>),
    /// A Python set (shared and mutable).
    Set(Set),
    /// A Python frozenset (its table is never changed once made).
    FrozenSet(Set),
}

/// A set's or frozenset's table, shared.
pub type Set = Rc<RefCell<SetObject>>;

/// The modules viewfinder knows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Module {
    /// `numpy`.
    NumPy,
    /// A submodule of `numpy`, by its path below it (`linalg`, `lib.stride_tricks`).
    NumPySub(&'static str),
    /// The standard library's `array`.
    Array,
    /// The standard library's `copy`.
    Copy,
    /// The standard library's `math`.
    Math,
    /// The standard library's `operator`.
    Operator,
    /// The standard library's `sys`.
    Sys,
}

impl Module {
    /// The module's name as Python prints it (`numpy.linalg`, `math`).
    pub fn python_name(self) -> String {
        match self {
            Module::NumPy => "numpy".into(),
            Module::NumPySub(path) => format!("numpy.{path}"),
            Module::Array => "array".into(),
            Module::Copy => "copy".into(),
            Module::Math => "math".into(),
            Module::Operator => "operator".into(),
            Module::Sys => "sys".into(),
        }
    }
}

/// A callable value: a row of one of the evaluator's tables, bare or bound to an object.
#[derive(Clone, Debug)]
pub enum Function {
    /// A builtin or module function (`print`, `np.zeros`).
    Native(NativeId),
    /// A method bound to the object it was looked up on (`a.copy`).
    Method {
        /// The object.
        receiver: Value,
        /// The method's row.
        id: NativeId,
    },
    /// A function the program defined with `def` or `lambda`.
    User(UserFunction),
    /// A program's function bound to the instance it was looked up on (`obj.method`).
    Bound {
        /// The instance (`self`).
        receiver: Value,
        /// The function.
        function: UserFunction,
    },
}

/// Where a native function's row is: its table and its place in it, with what its `repr`
/// needs (the table is the evaluator's; values only point into it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NativeId {
    /// The table.
    pub table: Table,
    /// The row's place in the table.
    pub index: usize,
    /// The name Python shows (`zeros`; `absolute` for `np.abs`).
    pub name: &'static str,
    /// How Python shows it.
    pub shown_as: FunctionKind,
}

/// The evaluator's tables of native functions, one per owner.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Table {
    /// Python's builtin functions (`print`, `len`).
    Builtins,
    /// The `numpy` module's functions.
    NumPy,
    /// `numpy.ndarray`'s methods (also those of NumPy scalars).
    NdArray,
    /// `list`'s methods.
    List,
    /// `tuple`'s methods.
    Tuple,
    /// `range`'s methods.
    Range,
    /// `bytes`'s methods.
    Bytes,
    /// `bytearray`'s methods.
    ByteArray,
    /// `array.array`'s methods.
    ArrayArray,
    /// `str`'s methods.
    Str,
    /// `dict`'s methods.
    Dict,
    /// `set`'s methods.
    Set,
    /// `frozenset`'s methods.
    FrozenSet,
    /// `memoryview`'s methods.
    MemoryView,
    /// The `copy` module's functions.
    Copy,
    /// The `math` module's functions.
    Math,
    /// The `operator` module's functions.
    Operator,
    /// The `sys` module's functions.
    Sys,
}

impl Table {
    /// What a qualified name starts with as users write it (`np.`, `ndarray.`), for
    /// viewfinder's own messages.
    pub fn prefix(self) -> &'static str {
        match self {
            Table::Builtins => "",
            Table::NumPy => "np.",
            Table::NdArray => "ndarray.",
            Table::List => "list.",
            Table::Tuple => "tuple.",
            Table::Range => "range.",
            Table::Bytes => "bytes.",
            Table::ByteArray => "bytearray.",
            Table::ArrayArray => "array.array.",
            Table::Str => "str.",
            Table::Dict => "dict.",
            Table::Set => "set.",
            Table::FrozenSet => "frozenset.",
            Table::MemoryView => "memoryview.",
            Table::Copy => "copy.",
            Table::Math => "math.",
            Table::Operator => "operator.",
            Table::Sys => "sys.",
        }
    }

    /// What the callable's `__qualname__` starts with, as CPython's argument errors print
    /// it (`list.append()`, `array.append()`).
    pub fn python_prefix(self) -> &'static str {
        match self {
            Table::Builtins | Table::NumPy | Table::Copy | Table::Sys => "",
            Table::ArrayArray => "array.",
            Table::Operator => "_operator.",
            other => other.prefix(),
        }
    }
}

/// How Python's `repr` shows a function.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FunctionKind {
    /// `<built-in function print>`.
    Builtin,
    /// `<function linspace at 0x…>`: written in Python.
    Python,
    /// `<ufunc 'absolute'>`.
    Ufunc,
}

/// The kind of Python object that owns a buffer outside NumPy.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BufferKind {
    /// Immutable `bytes`.
    Bytes,
    /// Mutable, resizable `bytearray`.
    ByteArray,
    /// `array.array` with a typecode and the dtype its items have.
    ArrayModule(char, DType),
}

impl BufferKind {
    /// Python's name of the type (`'bytearray'`).
    pub fn type_name(self) -> &'static str {
        match self {
            BufferKind::Bytes => "bytes",
            BufferKind::ByteArray => "bytearray",
            BufferKind::ArrayModule(..) => "array.array",
        }
    }
}

/// A `bytes`, `bytearray` or `array.array`: a Python object whose items live in a buffer that
/// NumPy can look into with `np.frombuffer`.
#[derive(Debug)]
pub struct BufferObject {
    /// Which Python type this is.
    pub kind: BufferKind,
    /// The items.
    pub buffer: Rc<SharedBuffer>,
}

impl Value {
    /// The `bytes`, `bytearray` or `array.array` a value is, or a memoryview looks into.
    pub fn bytes_object(&self) -> Option<&Rc<BufferObject>> {
        match self {
            Value::Buffer(object) => Some(object),
            Value::MemoryView(view) => match &view.obj {
                Value::Buffer(object) => Some(object),
                _ => None,
            },
            _ => None,
        }
    }
}

impl BufferObject {
    /// A new `memoryview` of all of `object` (`bytes` read-only).
    pub fn new_memoryview(object: &Rc<BufferObject>) -> Rc<MemoryViewObject> {
        let readonly = object.kind == BufferKind::Bytes;
        let obj = Value::Buffer(Rc::clone(object));
        MemoryViewObject::new(obj, object.item_format(), readonly, object.memory())
    }

    /// All its items as a 1-d region of its buffer.
    pub fn memory(&self) -> ArrayData {
        let dtype = self.item_dtype();
        ArrayData {
            buffer: Rc::clone(&self.buffer),
            layout: crate::memory::Layout::c_contiguous(0, &[self.len()], dtype.itemsize()),
            dtype,
        }
    }

    /// The struct format of an item (`'B'` for bytes, the typecode for `array.array`).
    pub fn item_format(&self) -> ItemFormat {
        match self.kind {
            BufferKind::ArrayModule(code, _) => ItemFormat(code),
            _ => ItemFormat('B'),
        }
    }

    /// The dtype of one item (uint8 for bytes and bytearray).
    pub fn item_dtype(&self) -> DType {
        match self.kind {
            BufferKind::ArrayModule(_, dtype) => dtype,
            _ => DType::UInt8,
        }
    }

    /// Number of items.
    pub fn len(&self) -> usize {
        self.buffer.len() / self.item_dtype().itemsize()
    }

    /// True when there are no items.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The items as scalars.
    pub fn items(&self) -> Vec<Scalar> {
        let dtype = self.item_dtype();
        let data = self.buffer.data();
        data.as_bytes()
            .chunks_exact(dtype.itemsize())
            .map(|chunk| read_scalar(dtype, chunk))
            .collect()
    }
}

/// Reads one element of `dtype` from its bytes.
pub fn read_scalar(dtype: DType, bytes: &[u8]) -> Scalar {
    crate::dispatch_dtype!(dtype, T => {
        use crate::memory::Element;
        bytemuck::pod_read_unaligned::<T>(bytes).to_scalar()
    })
}

/// A NumPy array: its data plus what makes it a Python object.
#[derive(Debug)]
pub struct ArrayObject {
    /// Buffer, layout and dtype.
    pub data: ArrayData,
    /// `a.flags.writeable`.
    pub writeable: Cell<bool>,
    /// `a.base`: `None` when the array owns its data.
    pub base: Option<Value>,
    /// How the array came to be, for reports.
    pub origin: Origin,
}

impl ArrayObject {
    /// `a.flags.owndata`.
    pub fn owns_data(&self) -> bool {
        self.base.is_none()
    }

    /// The element-reading source the formatter uses.
    pub fn with_elements<R>(&self, f: impl FnOnce(&format::ElementSource) -> R) -> R {
        let get = |index: &[usize]| self.data.get(index);
        f(&format::ElementSource {
            shape: self.data.shape(),
            dtype: self.data.dtype,
            get: &get,
        })
    }

    /// `str(a)`.
    pub fn to_str(&self) -> String {
        self.with_elements(format::array_str)
    }

    /// `repr(a)`.
    pub fn to_repr(&self) -> String {
        self.with_elements(format::array_repr)
    }
}

impl Value {
    /// Python's type name, as error messages spell it (`'numpy.ndarray'`, `'list'`).
    pub fn type_name(&self) -> &'static str {
        match self {
            Value::None => "NoneType",
            Value::Bool(_) => "bool",
            Value::Int(_) => "int",
            Value::Float(_) => "float",
            Value::Str(_) => "str",
            Value::Scalar(dtype, _) => scalar_type_name(*dtype),
            Value::Array(_) => "numpy.ndarray",
            Value::List(_) => "list",
            Value::Tuple(_) => "tuple",
            Value::Range(..) => "range",
            Value::Buffer(object) => object.kind.type_name(),
            Value::MemoryView(_) => "memoryview",
            Value::DType(dtype) => dtype_class_name(*dtype),
            Value::ObjectArray(_) => "numpy.ndarray",
            Value::ObjectDType => "numpy.dtypes.ObjectDType",
            Value::ScalarType(_)
            | Value::Class(_)
            | Value::ExceptionType(_)
            | Value::UserClass(_) => "type",
            Value::Instance(instance) => instance.class.name,
            Value::Flags(_) => "numpy._core.multiarray.flagsobj",
            Value::Module(_) => "module",
            Value::Function(function) => match function.as_ref() {
                Function::User(_) => "function",
                Function::Bound { .. } => "method",
                _ => "builtin_function_or_method",
            },
            Value::Iterator(iterator) => iterator.type_name,
            Value::Exception(exception) => exception.kind.dunder_name(),
            Value::Dict(_) => "dict",
            Value::DictView(view) => view.kind.type_name(),
            Value::Set(_) => "set",
            Value::FrozenSet(_) => "frozenset",
        }
    }

    /// Python's `str(value)`.
    pub fn to_str(&self) -> String {
        match self {
            Value::Str(s) => s.to_string(),
            Value::Scalar(dtype, value) => format::scalar_str(*dtype, *value),
            Value::Array(array) => array.to_str(),
            Value::DType(dtype) => dtype.name().to_string(),
            Value::ObjectArray(array) => object_array_text(array, false),
            Value::ObjectDType => "object".into(),
            Value::Flags(array) => flags_text(array),
            Value::Exception(exception) => exception.message.clone(),
            _ => self.to_repr(),
        }
    }

    /// Python's `repr(value)`.
    pub fn to_repr(&self) -> String {
        match self {
            Value::None => "None".into(),
            Value::Bool(b) => if *b { "True" } else { "False" }.into(),
            Value::Int(i) => i.to_string(),
            Value::Float(x) => format::py_float_repr(*x),
            Value::Str(s) => format::py_str_repr(s),
            Value::Scalar(dtype, value) => format::scalar_repr(*dtype, *value),
            Value::Array(array) => array.to_repr(),
            Value::List(items) => format!("[{}]", join_reprs(&items.borrow())),
            Value::Tuple(items) if items.len() == 1 => format!("({},)", items[0].to_repr()),
            Value::Tuple(items) => format!("({})", join_reprs(items)),
            Value::Range(start, stop, 1) => format!("range({start}, {stop})"),
            Value::Range(start, stop, step) => format!("range({start}, {stop}, {step})"),
            Value::Buffer(object) => buffer_object_repr(object),
            Value::MemoryView(view) => view.report_text(),
            Value::DType(dtype) => format::dtype_repr(*dtype),
            Value::ObjectArray(array) => object_array_text(array, true),
            Value::ObjectDType => "dtype('O')".into(),
            Value::ScalarType(dtype) => format!("<class 'numpy.{}'>", scalar_class(*dtype)),
            Value::Class(name) => format!("<class '{name}'>"),
            Value::Flags(array) => flags_text(array),
            Value::Module(Module::NumPy) => "<module 'numpy'>".into(),
            Value::Module(Module::NumPySub(path)) => format!("<module 'numpy.{path}'>"),
            Value::Module(Module::Array) => "<module 'array' (built-in)>".into(),
            Value::Module(Module::Sys) => "<module 'sys' (built-in)>".into(),
            Value::Module(module) => format!("<module '{}'>", module.python_name()),
            Value::Function(function) => function_repr(function),
            Value::Iterator(iterator) => format!("<{} object>", iterator.type_name),
            Value::Exception(exception) => exception
                .repr()
                .unwrap_or_else(|| format!("<{} object>", exception.kind.python_name())),
            Value::ExceptionType(kind) => format!("<class '{}'>", kind.python_name()),
            Value::UserClass(class) => format!("<class '__main__.{}'>", class.qualname),
            // Python shows an address here; viewfinder's reports show the class only (the
            // program's own `repr` goes through `Interpreter::repr_of`).
            Value::Instance(instance) => format!("<{} object>", instance.class.qualname),
            Value::Dict(dict) => dict_repr(&dict.borrow()),
            Value::DictView(view) => dict::view_repr(view),
            Value::Set(items) => set::set_repr(&items.borrow(), false),
            Value::FrozenSet(items) => set::set_repr(&items.borrow(), true),
        }
    }

    /// Python's `x is y`: object identity.
    pub fn is_same_object(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::None, Value::None) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::Int(a), Value::Int(b)) => a == b && (-5..=256).contains(a),
            (Value::Array(a), Value::Array(b)) | (Value::Flags(a), Value::Flags(b)) => {
                Rc::ptr_eq(a, b)
            }
            (Value::List(a), Value::List(b)) => Rc::ptr_eq(a, b),
            (Value::Iterator(a), Value::Iterator(b)) => Rc::ptr_eq(a, b),
            // NumPy's two bools are singletons, `np.True_` and `np.False_`.
            (Value::Scalar(DType::Bool, a), Value::Scalar(DType::Bool, b)) => {
                (a.as_f64() != 0.0) == (b.as_f64() != 0.0)
            }
            (Value::Tuple(a), Value::Tuple(b)) => Rc::ptr_eq(a, b),
            (Value::Str(a), Value::Str(b)) => Rc::ptr_eq(a, b),
            (Value::MemoryView(a), Value::MemoryView(b)) => Rc::ptr_eq(a, b),
            (Value::Buffer(a), Value::Buffer(b)) => Rc::ptr_eq(a, b),
            (Value::DType(a), Value::DType(b)) | (Value::ScalarType(a), Value::ScalarType(b)) => {
                a == b
            }
            (Value::Module(a), Value::Module(b)) => a == b,
            (Value::ObjectArray(a), Value::ObjectArray(b)) => Rc::ptr_eq(a, b),
            (Value::ObjectDType, Value::ObjectDType) => true,
            (Value::Class(a), Value::Class(b)) => a == b,
            // A table function is one object however it is reached (`np.zeros is np.zeros`).
            (Value::Function(a), Value::Function(b)) => match (a.as_ref(), b.as_ref()) {
                (Function::Native(x), Function::Native(y)) => x == y,
                _ => Rc::ptr_eq(a, b),
            },
            (Value::Exception(a), Value::Exception(b)) => Rc::ptr_eq(a, b),
            (Value::ExceptionType(a), Value::ExceptionType(b)) => a == b,
            (Value::UserClass(a), Value::UserClass(b)) => Rc::ptr_eq(a, b),
            (Value::Instance(a), Value::Instance(b)) => Rc::ptr_eq(a, b),
            (Value::Dict(a), Value::Dict(b)) => Rc::ptr_eq(a, b),
            (Value::DictView(a), Value::DictView(b)) => Rc::ptr_eq(a, b),
            (Value::Set(a), Value::Set(b)) | (Value::FrozenSet(a), Value::FrozenSet(b)) => {
                Rc::ptr_eq(a, b)
            }
            _ => false,
        }
    }

    /// Python's `type(value)`.
    pub fn class(&self) -> Value {
        match self {
            Value::Scalar(dtype, _) => Value::ScalarType(*dtype),
            Value::Exception(exception) => Value::ExceptionType(exception.kind),
            Value::Instance(instance) => Value::UserClass(Rc::clone(&instance.class)),
            other => Value::Class(other.type_name()),
        }
    }

    /// The table of a set or frozenset.
    pub fn as_any_set(&self) -> Option<&Set> {
        match self {
            Value::Set(set) | Value::FrozenSet(set) => Some(set),
            _ => None,
        }
    }

    /// The array inside, if this is one.
    pub fn as_array(&self) -> Option<&Rc<ArrayObject>> {
        match self {
            Value::Array(array) => Some(array),
            _ => None,
        }
    }
}

/// `repr` of each item, joined by `, `.
fn join_reprs(items: &[Value]) -> String {
    items
        .iter()
        .map(Value::to_repr)
        .collect::<Vec<_>>()
        .join(", ")
}

/// `bytes`, `bytearray` and `array.array` reprs.
fn buffer_object_repr(object: &BufferObject) -> String {
    let data = object.buffer.data();
    match object.kind {
        BufferKind::Bytes => format::py_bytes_repr(data.as_bytes()),
        BufferKind::ByteArray => format::bytearray_repr(data.as_bytes()),
        BufferKind::ArrayModule(code, _) => {
            drop(data);
            format::array_module_repr(code, &object.items())
        }
    }
}

/// The text of `print(a.flags)`.
fn flags_text(array: &ArrayObject) -> String {
    let layout = &array.data.layout;
    let rows = [
        ("C_CONTIGUOUS", layout.is_c_contiguous()),
        ("F_CONTIGUOUS", layout.is_f_contiguous()),
        ("OWNDATA", array.owns_data()),
        ("WRITEABLE", array.writeable.get()),
        ("ALIGNED", is_aligned(array)),
        ("WRITEBACKIFCOPY", false),
    ];
    let text: String = rows
        .iter()
        .map(|(name, on)| format!("  {name} : {}\n", py_bool(*on)))
        .collect();
    text
}

/// `flags.aligned`: offset and strides are multiples of the item size.
pub fn is_aligned(array: &ArrayObject) -> bool {
    let layout = &array.data.layout;
    let size = layout.itemsize as isize;
    layout.offset % size == 0
        && layout
            .strides
            .iter()
            .zip(&layout.shape)
            .all(|(s, &n)| n <= 1 || s % size == 0)
}

/// `True` / `False`.
pub fn py_bool(b: bool) -> &'static str {
    if b { "True" } else { "False" }
}

/// The class name of a NumPy scalar type (`int64`, `float32`, `bool`).
pub fn scalar_class(dtype: DType) -> &'static str {
    dtype.name()
}

/// `numpy.int64` and friends, as error messages name them.
fn scalar_type_name(dtype: DType) -> &'static str {
    match dtype {
        DType::Bool => "numpy.bool",
        DType::Int8 => "numpy.int8",
        DType::Int16 => "numpy.int16",
        DType::Int32 => "numpy.int32",
        DType::Int64 => "numpy.int64",
        DType::UInt8 => "numpy.uint8",
        DType::UInt16 => "numpy.uint16",
        DType::UInt32 => "numpy.uint32",
        DType::UInt64 => "numpy.uint64",
        DType::Float32 => "numpy.float32",
        DType::Float64 => "numpy.float64",
    }
}

/// The class of a dtype object, as NumPy 2 names it in error messages.
fn dtype_class_name(dtype: DType) -> &'static str {
    match dtype {
        DType::Bool => "numpy.dtypes.BoolDType",
        DType::Int8 => "numpy.dtypes.Int8DType",
        DType::Int16 => "numpy.dtypes.Int16DType",
        DType::Int32 => "numpy.dtypes.Int32DType",
        DType::Int64 => "numpy.dtypes.Int64DType",
        DType::UInt8 => "numpy.dtypes.UInt8DType",
        DType::UInt16 => "numpy.dtypes.UInt16DType",
        DType::UInt32 => "numpy.dtypes.UInt32DType",
        DType::UInt64 => "numpy.dtypes.UInt64DType",
        DType::Float32 => "numpy.dtypes.Float32DType",
        DType::Float64 => "numpy.dtypes.Float64DType",
    }
}

/// `<built-in function print>`-style reprs.
fn function_repr(function: &Function) -> String {
    match function {
        Function::Native(id) => match id.shown_as {
            FunctionKind::Builtin => format!("<built-in function {}>", id.name),
            FunctionKind::Python => format!("<function {}>", id.name),
            FunctionKind::Ufunc => format!("<ufunc '{}'>", id.name),
        },
        Function::Method { receiver, id } => format!(
            "<built-in method {} of {} object>",
            id.name,
            receiver.type_name()
        ),
        // The report's text: Python's repr would show an address, which no report makes up.
        Function::User(user) => format!("<function {}>", user.code.qualname),
        Function::Bound { receiver, function } => format!(
            "<bound method {} of {}>",
            function.code.qualname,
            receiver.to_repr()
        ),
    }
}

/// `str(a)` or `repr(a)` of an object array, each element shown by its own `repr` (reports
/// use this; a program's `print` goes through the interpreter, which runs `__repr__`).
fn object_array_text(array: &ObjectArrayObject, repr: bool) -> String {
    let mut word = |index: &[usize]| Ok(object_element_text(&array.get(index), Value::to_repr));
    format::object_array_text(array.shape(), &mut word, repr).unwrap_or_default()
}

/// How an object array shows one element (NumPy's `_object_format`): `list([1, 2])` for a
/// list, the element's `repr` for anything else (`repr` given as `shown`).
pub fn object_element_text(element: &Value, shown: impl FnOnce(&Value) -> String) -> String {
    match element {
        Value::List(_) => format!("list({})", shown(element)),
        other => shown(other),
    }
}
