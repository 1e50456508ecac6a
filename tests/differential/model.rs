//! What the generator believes each name holds, so most statements it writes are valid.
//!
//! The model is deliberately approximate: dtypes follow NumPy 2's promotion (NEP 50, Python
//! scalars weak), shapes follow indexing, broadcasting and reshaping, and anything it cannot
//! follow (a boolean mask's length, say) is marked unknown and used only in ways that work for
//! any value. A wrong belief costs coverage (the program stops at an error python3 raises too),
//! never a false finding: every verdict comes from comparing with python3.

use std::cell::RefCell;
use std::rc::Rc;

/// The dtypes viewfinder models.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DType {
    Bool,
    I8,
    I16,
    I32,
    I64,
    U8,
    U16,
    U32,
    U64,
    F32,
    F64,
}

/// Every dtype, for picking one.
pub const DTYPES: [DType; 11] = [
    DType::Bool,
    DType::I8,
    DType::I16,
    DType::I32,
    DType::I64,
    DType::U8,
    DType::U16,
    DType::U32,
    DType::U64,
    DType::F32,
    DType::F64,
];

impl DType {
    /// NumPy's name (`int8`).
    pub fn name(self) -> &'static str {
        match self {
            DType::Bool => "bool",
            DType::I8 => "int8",
            DType::I16 => "int16",
            DType::I32 => "int32",
            DType::I64 => "int64",
            DType::U8 => "uint8",
            DType::U16 => "uint16",
            DType::U32 => "uint32",
            DType::U64 => "uint64",
            DType::F32 => "float32",
            DType::F64 => "float64",
        }
    }

    /// The ways a program can name it: `np.int8`, `'int8'`, `'i1'`, `'b'`, ...
    pub fn spellings(self) -> &'static [&'static str] {
        match self {
            DType::Bool => &["np.bool_", "bool", "'bool'", "'?'", "np.bool"],
            DType::I8 => &["np.int8", "'int8'", "'i1'", "'b'"],
            DType::I16 => &["np.int16", "'int16'", "'i2'", "'h'", "'<i2'"],
            DType::I32 => &["np.int32", "'int32'", "'i4'", "'<i4'", "'i'"],
            DType::I64 => &["np.int64", "'int64'", "int", "'i8'", "'l'", "'q'"],
            DType::U8 => &["np.uint8", "'uint8'", "'u1'", "'B'"],
            DType::U16 => &["np.uint16", "'uint16'", "'H'", "'u2'"],
            DType::U32 => &["np.uint32", "'uint32'", "'u4'", "'I'"],
            DType::U64 => &["np.uint64", "'uint64'", "'u8'", "np.uint", "'L'", "'Q'"],
            DType::F32 => &["np.float32", "'float32'", "'f4'", "'f'"],
            DType::F64 => &["np.float64", "'float64'", "float", "'f8'", "'d'", "'<f8'"],
        }
    }

    /// Bytes per element.
    pub fn itemsize(self) -> usize {
        match self {
            DType::Bool | DType::I8 | DType::U8 => 1,
            DType::I16 | DType::U16 => 2,
            DType::I32 | DType::U32 | DType::F32 => 4,
            DType::I64 | DType::U64 | DType::F64 => 8,
        }
    }

    /// A signed or unsigned integer dtype.
    pub fn is_integer(self) -> bool {
        self.is_signed() || self.is_unsigned()
    }

    /// int8 ... int64.
    pub fn is_signed(self) -> bool {
        matches!(self, DType::I8 | DType::I16 | DType::I32 | DType::I64)
    }

    /// uint8 ... uint64.
    pub fn is_unsigned(self) -> bool {
        matches!(self, DType::U8 | DType::U16 | DType::U32 | DType::U64)
    }

    /// float32 or float64.
    pub fn is_float(self) -> bool {
        matches!(self, DType::F32 | DType::F64)
    }

    /// The signed integer dtype of `bytes` bytes (past 8: none).
    fn signed_of(bytes: usize) -> Option<DType> {
        match bytes {
            1 => Some(DType::I8),
            2 => Some(DType::I16),
            4 => Some(DType::I32),
            8 => Some(DType::I64),
            _ => None,
        }
    }

    /// `np.promote_types(self, other)` for two array dtypes.
    pub fn promote(self, other: DType) -> DType {
        use DType::*;
        match (self, other) {
            (a, b) if a == b => a,
            (Bool, x) | (x, Bool) => x,
            (F64, _) | (_, F64) => F64,
            (F32, x) | (x, F32) => match x.itemsize() {
                1 | 2 => F32,
                _ => F64,
            },
            (a, b) if a.is_signed() == b.is_signed() => {
                if a.itemsize() >= b.itemsize() {
                    a
                } else {
                    b
                }
            }
            (a, b) => {
                let (signed, unsigned) = if a.is_signed() { (a, b) } else { (b, a) };
                if signed.itemsize() > unsigned.itemsize() {
                    signed
                } else {
                    DType::signed_of(unsigned.itemsize() * 2).unwrap_or(F64)
                }
            }
        }
    }

    /// The dtype of `array OP python_scalar` (NEP 50: the Python scalar is weak).
    pub fn with_python_scalar(self, scalar: PyScalar) -> DType {
        match (scalar, self) {
            (PyScalar::Bool, dtype) => dtype,
            (PyScalar::Int, DType::Bool) => DType::I64,
            (PyScalar::Int, dtype) => dtype,
            (PyScalar::Float, dtype) if dtype.is_float() => dtype,
            (PyScalar::Float, _) => DType::F64,
        }
    }

    /// The smallest and largest value (integers; floats report a range their literals use).
    pub fn limits(self) -> (&'static str, &'static str) {
        match self {
            DType::Bool => ("0", "1"),
            DType::I8 => ("-128", "127"),
            DType::I16 => ("-32768", "32767"),
            DType::I32 => ("-2147483648", "2147483647"),
            // -9223372036854775808 is -(2**63), an int beyond 64 bits, which viewfinder refuses.
            DType::I64 => ("-9223372036854775807 - 1", "9223372036854775807"),
            DType::U8 => ("0", "255"),
            DType::U16 => ("0", "65535"),
            DType::U32 => ("0", "4294967295"),
            DType::U64 => ("0", "18446744073709551615"),
            DType::F32 => ("-3.4028235e+38", "3.4028235e+38"),
            DType::F64 => ("-1.7976931348623157e+308", "1.7976931348623157e+308"),
        }
    }
}

/// The kind of a Python number literal, for promotion.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PyScalar {
    /// `True`, `False`.
    Bool,
    /// `5`, `-1`, `2**31`.
    Int,
    /// `1.5`, `float('nan')`.
    Float,
}

/// What the generator knows about an array.
#[derive(Clone, Debug)]
pub struct ArrayModel {
    /// Its dtype.
    pub dtype: DType,
    /// Its shape; meaningless when `known` is false.
    pub shape: Vec<usize>,
    /// False after a boolean mask or anything else whose shape the model does not follow.
    pub known: bool,
    /// Whether writes to it succeed.
    pub writeable: bool,
}

impl ArrayModel {
    /// An array the model knows all about.
    pub fn new(dtype: DType, shape: Vec<usize>) -> ArrayModel {
        ArrayModel {
            dtype,
            shape,
            known: true,
            writeable: true,
        }
    }

    /// Its number of elements.
    pub fn size(&self) -> usize {
        self.shape.iter().product()
    }

    /// The same array, read-only (as `broadcast_to` and `diagonal` make).
    pub fn read_only(mut self) -> ArrayModel {
        self.writeable = false;
        self
    }
}

/// The element kind of a Python list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Elem {
    /// Only Python ints.
    Int,
    /// Only Python floats.
    Float,
    /// Lists of `n` ints each (a 2-D nesting).
    Row(usize),
    /// Anything (mixed kinds).
    Any,
}

/// A Python list: its length and what it holds.
#[derive(Clone, Debug)]
pub struct ListModel {
    /// Number of items.
    pub len: usize,
    /// Their kind.
    pub elem: Elem,
}

/// A `bytearray` or `array.array`: its length, its typecode (`None` for a bytearray) and
/// whether NumPy looks into it (then resizing it is a `BufferError`).
#[derive(Clone, Debug)]
pub struct BufferModel {
    /// Number of items.
    pub len: usize,
    /// The `array.array` typecode, or `None` for a bytearray.
    pub code: Option<char>,
    /// True once an array was made over it with `np.frombuffer`/`np.asarray`.
    pub exported: bool,
}

/// A value a name holds. Mutable objects are shared, so an alias sees the changes.
#[derive(Clone, Debug)]
pub enum Ty {
    /// An ndarray.
    Array(Rc<RefCell<ArrayModel>>),
    /// A NumPy scalar (`np.int8(5)`, or an element read out of an array).
    NpScalar(DType),
    /// A Python int, float or bool.
    Py(PyScalar),
    /// A Python list.
    List(Rc<RefCell<ListModel>>),
    /// A tuple of ints of this length.
    Tuple(usize),
    /// `range(start, stop, step)`.
    Range(i64, i64, i64),
    /// `bytes` of this length.
    Bytes(usize),
    /// A bytearray or an array.array.
    Buffer(Rc<RefCell<BufferModel>>),
    /// Anything else (a string, None, a dtype): printed, never computed with.
    Other,
}

impl Ty {
    /// A new array value.
    pub fn array(model: ArrayModel) -> Ty {
        Ty::Array(Rc::new(RefCell::new(model)))
    }

    /// A new list value.
    pub fn list(len: usize, elem: Elem) -> Ty {
        Ty::List(Rc::new(RefCell::new(ListModel { len, elem })))
    }

    /// A new bytearray (`code` None) or array.array.
    pub fn buffer(len: usize, code: Option<char>) -> Ty {
        Ty::Buffer(Rc::new(RefCell::new(BufferModel {
            len,
            code,
            exported: false,
        })))
    }
}

impl Ty {
    /// Whether `self` and `other` are one binding: the same shared object, or an immutable
    /// value of the same kind (a block that rebinds a name to such a value changed nothing
    /// the model knows).
    pub fn same_binding(&self, other: &Ty) -> bool {
        match (self, other) {
            (Ty::Array(a), Ty::Array(b)) => Rc::ptr_eq(a, b),
            (Ty::List(a), Ty::List(b)) => Rc::ptr_eq(a, b),
            (Ty::Buffer(a), Ty::Buffer(b)) => Rc::ptr_eq(a, b),
            (Ty::NpScalar(a), Ty::NpScalar(b)) => a == b,
            (Ty::Py(a), Ty::Py(b)) => a == b,
            (Ty::Tuple(a), Ty::Tuple(b)) | (Ty::Bytes(a), Ty::Bytes(b)) => a == b,
            (Ty::Range(a, b, c), Ty::Range(x, y, z)) => (a, b, c) == (x, y, z),
            (Ty::Other, Ty::Other) => true,
            _ => false,
        }
    }
}

/// `len(range(start, stop, step))[start:stop:step]` as Python computes it: the length of
/// `slice(start, stop, step)` applied to a sequence of `len` items.
pub fn slice_len(len: usize, start: Option<i64>, stop: Option<i64>, step: i64) -> usize {
    let len = len as i64;
    let clamp = |bound: Option<i64>, default: i64| -> i64 {
        match bound {
            None => default,
            Some(b) if b < 0 => {
                let b = b + len;
                if b < 0 {
                    if step < 0 { -1 } else { 0 }
                } else {
                    b
                }
            }
            Some(b) if b >= len => {
                if step < 0 {
                    len - 1
                } else {
                    len
                }
            }
            Some(b) => b,
        }
    };
    let (start, stop) = if step > 0 {
        (clamp(start, 0), clamp(stop, len))
    } else {
        (clamp(start, len - 1), clamp(stop, -1))
    };
    let count = if step > 0 {
        (stop - start + step - 1).div_euclid(step)
    } else {
        (start - stop - step - 1).div_euclid(-step)
    };
    count.max(0) as usize
}

/// The shape `a` and `b` broadcast to, if they do.
pub fn broadcast(a: &[usize], b: &[usize]) -> Option<Vec<usize>> {
    let ndim = a.len().max(b.len());
    let at = |shape: &[usize], i: usize| -> usize {
        let missing = ndim - shape.len();
        if i < missing { 1 } else { shape[i - missing] }
    };
    (0..ndim)
        .map(|i| match (at(a, i), at(b, i)) {
            (x, y) if x == y => Some(x),
            (1, y) => Some(y),
            (x, 1) => Some(x),
            _ => None,
        })
        .collect()
}

/// `(2, 3)`, `(4,)`, `()`: a shape as Python writes a tuple.
pub fn shape_tuple(shape: &[usize]) -> String {
    match shape {
        [one] => format!("({one},)"),
        _ => format!(
            "({})",
            shape
                .iter()
                .map(usize::to_string)
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slice_lengths_are_pythons() {
        assert_eq!(slice_len(5, None, None, 1), 5);
        assert_eq!(slice_len(5, None, None, -1), 5);
        assert_eq!(slice_len(5, Some(1), Some(-1), 2), 2);
        assert_eq!(slice_len(5, Some(-10), Some(10), 3), 2);
        assert_eq!(slice_len(5, Some(3), Some(1), 1), 0);
        assert_eq!(slice_len(5, Some(3), None, -2), 2);
        assert_eq!(slice_len(0, None, None, -1), 0);
        assert_eq!(slice_len(6, Some(10), Some(-10), -4), 2);
    }

    #[test]
    fn promotion_is_numpys() {
        assert_eq!(DType::I8.promote(DType::U8), DType::I16);
        assert_eq!(DType::U64.promote(DType::I64), DType::F64);
        assert_eq!(DType::U8.promote(DType::I32), DType::I32);
        assert_eq!(DType::I32.promote(DType::F32), DType::F64);
        assert_eq!(DType::U16.promote(DType::F32), DType::F32);
        assert_eq!(DType::Bool.with_python_scalar(PyScalar::Int), DType::I64);
        assert_eq!(DType::F32.with_python_scalar(PyScalar::Float), DType::F32);
    }

    #[test]
    fn shapes_broadcast() {
        assert_eq!(broadcast(&[3, 1], &[4]), Some(vec![3, 4]));
        assert_eq!(broadcast(&[2], &[3]), None);
        assert_eq!(broadcast(&[], &[0, 2]), Some(vec![0, 2]));
    }
}
