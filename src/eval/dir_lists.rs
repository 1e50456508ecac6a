//! What `dir()` lists for each kind of object, for CPython's AttributeError suggestions.
//!
//! CPython 3.11 suggests the closest name in `dir(obj)` ("Did you mean: 'reshape'?"), including
//! attributes viewfinder does not implement, so the lists are NumPy's and Python's own, printed
//! by `dir()` under CPython 3.11 and NumPy 2.4.6 (sorted, as `dir` returns them). Types whose
//! lists are identical (the eight NumPy integer scalars) share one.

/// `dir()` of an object of each type name (as [`crate::value::Value::type_name`] gives it;
/// modules as `module numpy`), or `None` for types viewfinder does not model.
pub fn dir_of(type_name: &str) -> Option<&'static [&'static str]> {
    Some(match type_name {
        "numpy.ndarray" => DIR_NUMPY_NDARRAY,
        "list" => DIR_LIST,
        "tuple" => DIR_TUPLE,
        "str" => DIR_STR,
        "int" | "bool" => DIR_INT,
        "float" => DIR_FLOAT,
        "NoneType" => DIR_NONETYPE,
        "range" => DIR_RANGE,
        "bytes" => DIR_BYTES,
        "bytearray" => DIR_BYTEARRAY,
        "array.array" => DIR_ARRAY_ARRAY,
        "memoryview" => DIR_MEMORYVIEW,
        dtype if dtype.starts_with("numpy.dtypes.") => DIR_NUMPY_DTYPE,
        "numpy._core.multiarray.flagsobj" => DIR_NUMPY__CORE_MULTIARRAY_FLAGSOBJ,
        "module numpy" => DIR_MODULE_NUMPY,
        "module array" => DIR_MODULE_ARRAY,
        "numpy.bool" => DIR_NUMPY_BOOL,
        "numpy.int8" | "numpy.int16" | "numpy.int32" | "numpy.int64" | "numpy.uint8"
        | "numpy.uint16" | "numpy.uint32" | "numpy.uint64" => DIR_NUMPY_INTEGER_SCALAR,
        "numpy.float32" => DIR_NUMPY_FLOAT32,
        "numpy.float64" => DIR_NUMPY_FLOAT64,
        _ => return None,
    })
}

#[rustfmt::skip]
const DIR_NUMPY_NDARRAY: &[&str] = &[
    "T", "__abs__", "__add__", "__and__", "__array__", "__array_finalize__", "__array_function__",
    "__array_interface__", "__array_namespace__", "__array_priority__", "__array_struct__",
    "__array_ufunc__", "__array_wrap__", "__bool__", "__class__", "__class_getitem__",
    "__complex__", "__contains__", "__copy__", "__deepcopy__", "__delattr__", "__delitem__",
    "__dir__", "__divmod__", "__dlpack__", "__dlpack_device__", "__doc__", "__eq__", "__float__",
    "__floordiv__", "__format__", "__ge__", "__getattribute__", "__getitem__", "__getstate__",
    "__gt__", "__hash__", "__iadd__", "__iand__", "__ifloordiv__", "__ilshift__", "__imatmul__",
    "__imod__", "__imul__", "__index__", "__init__", "__init_subclass__", "__int__", "__invert__",
    "__ior__", "__ipow__", "__irshift__", "__isub__", "__iter__", "__itruediv__", "__ixor__",
    "__le__", "__len__", "__lshift__", "__lt__", "__matmul__", "__mod__", "__mul__", "__ne__",
    "__neg__", "__new__", "__or__", "__pos__", "__pow__", "__radd__", "__rand__", "__rdivmod__",
    "__reduce__", "__reduce_ex__", "__repr__", "__rfloordiv__", "__rlshift__", "__rmatmul__",
    "__rmod__", "__rmul__", "__ror__", "__rpow__", "__rrshift__", "__rshift__", "__rsub__",
    "__rtruediv__", "__rxor__", "__setattr__", "__setitem__", "__setstate__", "__sizeof__",
    "__str__", "__sub__", "__subclasshook__", "__truediv__", "__xor__", "all", "any", "argmax",
    "argmin", "argpartition", "argsort", "astype", "base", "byteswap", "choose", "clip", "compress",
    "conj", "conjugate", "copy", "ctypes", "cumprod", "cumsum", "data", "device", "diagonal", "dot",
    "dtype", "dump", "dumps", "fill", "flags", "flat", "flatten", "getfield", "imag", "item",
    "itemsize", "mT", "max", "mean", "min", "nbytes", "ndim", "nonzero", "partition", "prod", "put",
    "ravel", "real", "repeat", "reshape", "resize", "round", "searchsorted", "setfield", "setflags",
    "shape", "size", "sort", "squeeze", "std", "strides", "sum", "swapaxes", "take", "to_device",
    "tobytes", "tofile", "tolist", "trace", "transpose", "var", "view",
];

#[rustfmt::skip]
const DIR_LIST: &[&str] = &[
    "__add__", "__class__", "__class_getitem__", "__contains__", "__delattr__", "__delitem__",
    "__dir__", "__doc__", "__eq__", "__format__", "__ge__", "__getattribute__", "__getitem__",
    "__getstate__", "__gt__", "__hash__", "__iadd__", "__imul__", "__init__", "__init_subclass__",
    "__iter__", "__le__", "__len__", "__lt__", "__mul__", "__ne__", "__new__", "__reduce__",
    "__reduce_ex__", "__repr__", "__reversed__", "__rmul__", "__setattr__", "__setitem__",
    "__sizeof__", "__str__", "__subclasshook__", "append", "clear", "copy", "count", "extend",
    "index", "insert", "pop", "remove", "reverse", "sort",
];

#[rustfmt::skip]
const DIR_TUPLE: &[&str] = &[
    "__add__", "__class__", "__class_getitem__", "__contains__", "__delattr__", "__dir__",
    "__doc__", "__eq__", "__format__", "__ge__", "__getattribute__", "__getitem__",
    "__getnewargs__", "__getstate__", "__gt__", "__hash__", "__init__", "__init_subclass__",
    "__iter__", "__le__", "__len__", "__lt__", "__mul__", "__ne__", "__new__", "__reduce__",
    "__reduce_ex__", "__repr__", "__rmul__", "__setattr__", "__sizeof__", "__str__",
    "__subclasshook__", "count", "index",
];

#[rustfmt::skip]
const DIR_STR: &[&str] = &[
    "__add__", "__class__", "__contains__", "__delattr__", "__dir__", "__doc__", "__eq__",
    "__format__", "__ge__", "__getattribute__", "__getitem__", "__getnewargs__", "__getstate__",
    "__gt__", "__hash__", "__init__", "__init_subclass__", "__iter__", "__le__", "__len__",
    "__lt__", "__mod__", "__mul__", "__ne__", "__new__", "__reduce__", "__reduce_ex__", "__repr__",
    "__rmod__", "__rmul__", "__setattr__", "__sizeof__", "__str__", "__subclasshook__",
    "capitalize", "casefold", "center", "count", "encode", "endswith", "expandtabs", "find",
    "format", "format_map", "index", "isalnum", "isalpha", "isascii", "isdecimal", "isdigit",
    "isidentifier", "islower", "isnumeric", "isprintable", "isspace", "istitle", "isupper", "join",
    "ljust", "lower", "lstrip", "maketrans", "partition", "removeprefix", "removesuffix", "replace",
    "rfind", "rindex", "rjust", "rpartition", "rsplit", "rstrip", "split", "splitlines",
    "startswith", "strip", "swapcase", "title", "translate", "upper", "zfill",
];

#[rustfmt::skip]
const DIR_INT: &[&str] = &[
    "__abs__", "__add__", "__and__", "__bool__", "__ceil__", "__class__", "__delattr__", "__dir__",
    "__divmod__", "__doc__", "__eq__", "__float__", "__floor__", "__floordiv__", "__format__",
    "__ge__", "__getattribute__", "__getnewargs__", "__getstate__", "__gt__", "__hash__",
    "__index__", "__init__", "__init_subclass__", "__int__", "__invert__", "__le__", "__lshift__",
    "__lt__", "__mod__", "__mul__", "__ne__", "__neg__", "__new__", "__or__", "__pos__", "__pow__",
    "__radd__", "__rand__", "__rdivmod__", "__reduce__", "__reduce_ex__", "__repr__",
    "__rfloordiv__", "__rlshift__", "__rmod__", "__rmul__", "__ror__", "__round__", "__rpow__",
    "__rrshift__", "__rshift__", "__rsub__", "__rtruediv__", "__rxor__", "__setattr__",
    "__sizeof__", "__str__", "__sub__", "__subclasshook__", "__truediv__", "__trunc__", "__xor__",
    "as_integer_ratio", "bit_count", "bit_length", "conjugate", "denominator", "from_bytes", "imag",
    "numerator", "real", "to_bytes",
];

#[rustfmt::skip]
const DIR_FLOAT: &[&str] = &[
    "__abs__", "__add__", "__bool__", "__ceil__", "__class__", "__delattr__", "__dir__",
    "__divmod__", "__doc__", "__eq__", "__float__", "__floor__", "__floordiv__", "__format__",
    "__ge__", "__getattribute__", "__getformat__", "__getnewargs__", "__getstate__", "__gt__",
    "__hash__", "__init__", "__init_subclass__", "__int__", "__le__", "__lt__", "__mod__",
    "__mul__", "__ne__", "__neg__", "__new__", "__pos__", "__pow__", "__radd__", "__rdivmod__",
    "__reduce__", "__reduce_ex__", "__repr__", "__rfloordiv__", "__rmod__", "__rmul__", "__round__",
    "__rpow__", "__rsub__", "__rtruediv__", "__setattr__", "__sizeof__", "__str__", "__sub__",
    "__subclasshook__", "__truediv__", "__trunc__", "as_integer_ratio", "conjugate", "fromhex",
    "hex", "imag", "is_integer", "real",
];

#[rustfmt::skip]
const DIR_NONETYPE: &[&str] = &[
    "__bool__", "__class__", "__delattr__", "__dir__", "__doc__", "__eq__", "__format__", "__ge__",
    "__getattribute__", "__getstate__", "__gt__", "__hash__", "__init__", "__init_subclass__",
    "__le__", "__lt__", "__ne__", "__new__", "__reduce__", "__reduce_ex__", "__repr__",
    "__setattr__", "__sizeof__", "__str__", "__subclasshook__",
];

#[rustfmt::skip]
const DIR_RANGE: &[&str] = &[
    "__bool__", "__class__", "__contains__", "__delattr__", "__dir__", "__doc__", "__eq__",
    "__format__", "__ge__", "__getattribute__", "__getitem__", "__getstate__", "__gt__", "__hash__",
    "__init__", "__init_subclass__", "__iter__", "__le__", "__len__", "__lt__", "__ne__", "__new__",
    "__reduce__", "__reduce_ex__", "__repr__", "__reversed__", "__setattr__", "__sizeof__",
    "__str__", "__subclasshook__", "count", "index", "start", "step", "stop",
];

#[rustfmt::skip]
const DIR_BYTES: &[&str] = &[
    "__add__", "__bytes__", "__class__", "__contains__", "__delattr__", "__dir__", "__doc__",
    "__eq__", "__format__", "__ge__", "__getattribute__", "__getitem__", "__getnewargs__",
    "__getstate__", "__gt__", "__hash__", "__init__", "__init_subclass__", "__iter__", "__le__",
    "__len__", "__lt__", "__mod__", "__mul__", "__ne__", "__new__", "__reduce__", "__reduce_ex__",
    "__repr__", "__rmod__", "__rmul__", "__setattr__", "__sizeof__", "__str__", "__subclasshook__",
    "capitalize", "center", "count", "decode", "endswith", "expandtabs", "find", "fromhex", "hex",
    "index", "isalnum", "isalpha", "isascii", "isdigit", "islower", "isspace", "istitle", "isupper",
    "join", "ljust", "lower", "lstrip", "maketrans", "partition", "removeprefix", "removesuffix",
    "replace", "rfind", "rindex", "rjust", "rpartition", "rsplit", "rstrip", "split", "splitlines",
    "startswith", "strip", "swapcase", "title", "translate", "upper", "zfill",
];

#[rustfmt::skip]
const DIR_BYTEARRAY: &[&str] = &[
    "__add__", "__alloc__", "__class__", "__contains__", "__delattr__", "__delitem__", "__dir__",
    "__doc__", "__eq__", "__format__", "__ge__", "__getattribute__", "__getitem__", "__getstate__",
    "__gt__", "__hash__", "__iadd__", "__imul__", "__init__", "__init_subclass__", "__iter__",
    "__le__", "__len__", "__lt__", "__mod__", "__mul__", "__ne__", "__new__", "__reduce__",
    "__reduce_ex__", "__repr__", "__rmod__", "__rmul__", "__setattr__", "__setitem__", "__sizeof__",
    "__str__", "__subclasshook__", "append", "capitalize", "center", "clear", "copy", "count",
    "decode", "endswith", "expandtabs", "extend", "find", "fromhex", "hex", "index", "insert",
    "isalnum", "isalpha", "isascii", "isdigit", "islower", "isspace", "istitle", "isupper", "join",
    "ljust", "lower", "lstrip", "maketrans", "partition", "pop", "remove", "removeprefix",
    "removesuffix", "replace", "reverse", "rfind", "rindex", "rjust", "rpartition", "rsplit",
    "rstrip", "split", "splitlines", "startswith", "strip", "swapcase", "title", "translate",
    "upper", "zfill",
];

#[rustfmt::skip]
const DIR_ARRAY_ARRAY: &[&str] = &[
    "__add__", "__class__", "__contains__", "__copy__", "__deepcopy__", "__delattr__",
    "__delitem__", "__dir__", "__doc__", "__eq__", "__format__", "__ge__", "__getattribute__",
    "__getitem__", "__getstate__", "__gt__", "__hash__", "__iadd__", "__imul__", "__init__",
    "__init_subclass__", "__iter__", "__le__", "__len__", "__lt__", "__module__", "__mul__",
    "__ne__", "__new__", "__reduce__", "__reduce_ex__", "__repr__", "__rmul__", "__setattr__",
    "__setitem__", "__sizeof__", "__str__", "__subclasshook__", "append", "buffer_info", "byteswap",
    "count", "extend", "frombytes", "fromfile", "fromlist", "fromunicode", "index", "insert",
    "itemsize", "pop", "remove", "reverse", "tobytes", "tofile", "tolist", "tounicode", "typecode",
];

#[rustfmt::skip]
const DIR_MEMORYVIEW: &[&str] = &[
    "__class__", "__delattr__", "__delitem__", "__dir__", "__doc__", "__enter__", "__eq__",
    "__exit__", "__format__", "__ge__", "__getattribute__", "__getitem__", "__getstate__", "__gt__",
    "__hash__", "__init__", "__init_subclass__", "__iter__", "__le__", "__len__", "__lt__",
    "__ne__", "__new__", "__reduce__", "__reduce_ex__", "__repr__", "__setattr__", "__setitem__",
    "__sizeof__", "__str__", "__subclasshook__", "c_contiguous", "cast", "contiguous",
    "f_contiguous", "format", "hex", "itemsize", "nbytes", "ndim", "obj", "readonly", "release",
    "shape", "strides", "suboffsets", "tobytes", "tolist", "toreadonly",
];

#[rustfmt::skip]
const DIR_NUMPY_DTYPE: &[&str] = &[
    "__bool__", "__class__", "__class_getitem__", "__delattr__", "__dir__", "__doc__", "__eq__",
    "__format__", "__ge__", "__getattribute__", "__getitem__", "__getstate__", "__gt__", "__hash__",
    "__init__", "__init_subclass__", "__le__", "__len__", "__lt__", "__mul__", "__ne__", "__new__",
    "__reduce__", "__reduce_ex__", "__repr__", "__rmul__", "__setattr__", "__setstate__",
    "__sizeof__", "__str__", "__subclasshook__", "alignment", "base", "byteorder", "char", "descr",
    "fields", "flags", "hasobject", "isalignedstruct", "isbuiltin", "isnative", "itemsize", "kind",
    "metadata", "name", "names", "ndim", "newbyteorder", "num", "shape", "str", "subdtype", "type",
];

#[rustfmt::skip]
const DIR_NUMPY__CORE_MULTIARRAY_FLAGSOBJ: &[&str] = &[
    "__class__", "__delattr__", "__delitem__", "__dir__", "__doc__", "__eq__", "__format__",
    "__ge__", "__getattribute__", "__getitem__", "__getstate__", "__gt__", "__hash__", "__init__",
    "__init_subclass__", "__le__", "__lt__", "__ne__", "__new__", "__reduce__", "__reduce_ex__",
    "__repr__", "__setattr__", "__setitem__", "__sizeof__", "__str__", "__subclasshook__",
    "_warn_on_write", "_writeable_no_warn", "aligned", "behaved", "c_contiguous", "carray",
    "contiguous", "f_contiguous", "farray", "fnc", "forc", "fortran", "num", "owndata", "writeable",
    "writebackifcopy",
];

#[rustfmt::skip]
const DIR_MODULE_NUMPY: &[&str] = &[
    "False_", "ScalarType", "True_", "_CopyMode", "_NoValue", "__NUMPY_SETUP__", "__all__",
    "__array_api_version__", "__array_namespace_info__", "__builtins__", "__cached__", "__config__",
    "__dir__", "__doc__", "__expired_attributes__", "__file__", "__former_attrs__",
    "__future_scalars__", "__getattr__", "__loader__", "__name__", "__numpy_submodules__",
    "__package__", "__path__", "__spec__", "__version__", "_array_api_info", "_core",
    "_distributor_init", "_expired_attrs_2_0", "_globals", "_int_extended_msg", "_mat", "_msg",
    "_pyinstaller_hooks_dir", "_pytesttester", "_specific_msg", "_type_info", "_typing", "_utils",
    "abs", "absolute", "acos", "acosh", "add", "all", "allclose", "amax", "amin", "angle", "any",
    "append", "apply_along_axis", "apply_over_axes", "arange", "arccos", "arccosh", "arcsin",
    "arcsinh", "arctan", "arctan2", "arctanh", "argmax", "argmin", "argpartition", "argsort",
    "argwhere", "around", "array", "array2string", "array_equal", "array_equiv", "array_repr",
    "array_split", "array_str", "asanyarray", "asarray", "asarray_chkfinite", "ascontiguousarray",
    "asfortranarray", "asin", "asinh", "asmatrix", "astype", "atan", "atan2", "atanh", "atleast_1d",
    "atleast_2d", "atleast_3d", "average", "bartlett", "base_repr", "binary_repr", "bincount",
    "bitwise_and", "bitwise_count", "bitwise_invert", "bitwise_left_shift", "bitwise_not",
    "bitwise_or", "bitwise_right_shift", "bitwise_xor", "blackman", "block", "bmat", "bool",
    "bool_", "broadcast", "broadcast_arrays", "broadcast_shapes", "broadcast_to", "busday_count",
    "busday_offset", "busdaycalendar", "byte", "bytes_", "c_", "can_cast", "cbrt", "cdouble",
    "ceil", "char", "character", "choose", "clip", "clongdouble", "column_stack", "common_type",
    "complex128", "complex256", "complex64", "complexfloating", "compress", "concat", "concatenate",
    "conj", "conjugate", "convolve", "copy", "copysign", "copyto", "core", "corrcoef", "correlate",
    "cos", "cosh", "count_nonzero", "cov", "cross", "csingle", "ctypeslib", "cumprod", "cumsum",
    "cumulative_prod", "cumulative_sum", "datetime64", "datetime_as_string", "datetime_data",
    "deg2rad", "degrees", "delete", "diag", "diag_indices", "diag_indices_from", "diagflat",
    "diagonal", "diff", "digitize", "divide", "divmod", "dot", "double", "dsplit", "dstack",
    "dtype", "dtypes", "e", "ediff1d", "einsum", "einsum_path", "emath", "empty", "empty_like",
    "equal", "errstate", "euler_gamma", "exceptions", "exp", "exp2", "expand_dims", "expm1",
    "extract", "eye", "f2py", "fabs", "fft", "fill_diagonal", "finfo", "fix", "flatiter",
    "flatnonzero", "flexible", "flip", "fliplr", "flipud", "float128", "float16", "float32",
    "float64", "float_power", "floating", "floor", "floor_divide", "fmax", "fmin", "fmod",
    "format_float_positional", "format_float_scientific", "frexp", "from_dlpack", "frombuffer",
    "fromfile", "fromfunction", "fromiter", "frompyfunc", "fromregex", "fromstring", "full",
    "full_like", "gcd", "generic", "genfromtxt", "geomspace", "get_include", "get_printoptions",
    "getbufsize", "geterr", "geterrcall", "gradient", "greater", "greater_equal", "half", "hamming",
    "hanning", "heaviside", "histogram", "histogram2d", "histogram_bin_edges", "histogramdd",
    "hsplit", "hstack", "hypot", "i0", "identity", "iinfo", "imag", "index_exp", "indices",
    "inexact", "inf", "info", "inner", "insert", "int16", "int32", "int64", "int8", "int_", "intc",
    "integer", "interp", "intersect1d", "intp", "invert", "is_busday", "isclose", "iscomplex",
    "iscomplexobj", "isdtype", "isfinite", "isfortran", "isin", "isinf", "isnan", "isnat",
    "isneginf", "isposinf", "isreal", "isrealobj", "isscalar", "issubdtype", "iterable", "ix_",
    "kaiser", "kron", "lcm", "ldexp", "left_shift", "less", "less_equal", "lexsort", "lib",
    "linalg", "linspace", "little_endian", "load", "loadtxt", "log", "log10", "log1p", "log2",
    "logaddexp", "logaddexp2", "logical_and", "logical_not", "logical_or", "logical_xor",
    "logspace", "long", "longdouble", "longlong", "ma", "mask_indices", "matmul", "matrix",
    "matrix_transpose", "matvec", "max", "maximum", "may_share_memory", "mean", "median", "memmap",
    "meshgrid", "mgrid", "min", "min_scalar_type", "minimum", "mintypecode", "mod", "modf",
    "moveaxis", "multiply", "nan", "nan_to_num", "nanargmax", "nanargmin", "nancumprod",
    "nancumsum", "nanmax", "nanmean", "nanmedian", "nanmin", "nanpercentile", "nanprod",
    "nanquantile", "nanstd", "nansum", "nanvar", "ndarray", "ndenumerate", "ndim", "ndindex",
    "nditer", "negative", "nested_iters", "newaxis", "nextafter", "nonzero", "not_equal", "number",
    "object_", "ogrid", "ones", "ones_like", "outer", "packbits", "pad", "partition", "percentile",
    "permute_dims", "pi", "piecewise", "place", "poly", "poly1d", "polyadd", "polyder", "polydiv",
    "polyfit", "polyint", "polymul", "polynomial", "polysub", "polyval", "positive", "pow", "power",
    "printoptions", "prod", "promote_types", "ptp", "put", "put_along_axis", "putmask", "quantile",
    "r_", "rad2deg", "radians", "random", "ravel", "ravel_multi_index", "real", "real_if_close",
    "rec", "recarray", "reciprocal", "record", "remainder", "repeat", "require", "reshape",
    "resize", "result_type", "right_shift", "rint", "roll", "rollaxis", "roots", "rot90", "round",
    "row_stack", "s_", "save", "savetxt", "savez", "savez_compressed", "sctypeDict", "searchsorted",
    "select", "set_printoptions", "setbufsize", "setdiff1d", "seterr", "seterrcall", "setxor1d",
    "shape", "shares_memory", "short", "show_config", "show_runtime", "sign", "signbit",
    "signedinteger", "sin", "sinc", "single", "sinh", "size", "sort", "sort_complex", "spacing",
    "split", "sqrt", "square", "squeeze", "stack", "std", "str_", "strings", "subtract", "sum",
    "swapaxes", "take", "take_along_axis", "tan", "tanh", "tensordot", "test", "testing", "tile",
    "timedelta64", "trace", "transpose", "trapezoid", "tri", "tril", "tril_indices",
    "tril_indices_from", "trim_zeros", "triu", "triu_indices", "triu_indices_from", "true_divide",
    "trunc", "typecodes", "typename", "typing", "ubyte", "ufunc", "uint", "uint16", "uint32",
    "uint64", "uint8", "uintc", "uintp", "ulong", "ulonglong", "union1d", "unique", "unique_all",
    "unique_counts", "unique_inverse", "unique_values", "unpackbits", "unravel_index",
    "unsignedinteger", "unstack", "unwrap", "ushort", "vander", "var", "vdot", "vecdot", "vecmat",
    "vectorize", "void", "vsplit", "vstack", "where", "zeros", "zeros_like",
];

#[rustfmt::skip]
const DIR_MODULE_ARRAY: &[&str] = &[
    "ArrayType", "__doc__", "__file__", "__loader__", "__name__", "__package__", "__spec__",
    "_array_reconstructor", "array", "typecodes",
];

#[rustfmt::skip]
const DIR_NUMPY_BOOL: &[&str] = &[
    "T", "__abs__", "__add__", "__and__", "__array__", "__array_interface__", "__array_namespace__",
    "__array_priority__", "__array_struct__", "__array_wrap__", "__bool__", "__class__",
    "__class_getitem__", "__copy__", "__deepcopy__", "__delattr__", "__dir__", "__divmod__",
    "__doc__", "__eq__", "__float__", "__floordiv__", "__format__", "__ge__", "__getattribute__",
    "__getitem__", "__getstate__", "__gt__", "__hash__", "__init__", "__init_subclass__", "__int__",
    "__invert__", "__le__", "__lshift__", "__lt__", "__mod__", "__mul__", "__ne__", "__neg__",
    "__new__", "__or__", "__pos__", "__pow__", "__radd__", "__rand__", "__rdivmod__", "__reduce__",
    "__reduce_ex__", "__repr__", "__rfloordiv__", "__rlshift__", "__rmod__", "__rmul__", "__ror__",
    "__rpow__", "__rrshift__", "__rshift__", "__rsub__", "__rtruediv__", "__rxor__", "__setattr__",
    "__setstate__", "__sizeof__", "__str__", "__sub__", "__subclasshook__", "__truediv__",
    "__xor__", "all", "any", "argmax", "argmin", "argsort", "astype", "base", "byteswap", "choose",
    "clip", "compress", "conj", "conjugate", "copy", "cumprod", "cumsum", "data", "device",
    "diagonal", "dtype", "dump", "dumps", "fill", "flags", "flat", "flatten", "getfield", "imag",
    "item", "itemsize", "max", "mean", "min", "nbytes", "ndim", "nonzero", "prod", "put", "ravel",
    "real", "repeat", "reshape", "resize", "round", "searchsorted", "setfield", "setflags", "shape",
    "size", "sort", "squeeze", "std", "strides", "sum", "swapaxes", "take", "to_device", "tobytes",
    "tofile", "tolist", "trace", "transpose", "var", "view",
];

#[rustfmt::skip]
const DIR_NUMPY_INTEGER_SCALAR: &[&str] = &[
    "T", "__abs__", "__add__", "__and__", "__array__", "__array_interface__", "__array_namespace__",
    "__array_priority__", "__array_struct__", "__array_wrap__", "__bool__", "__class__",
    "__class_getitem__", "__copy__", "__deepcopy__", "__delattr__", "__dir__", "__divmod__",
    "__doc__", "__eq__", "__float__", "__floordiv__", "__format__", "__ge__", "__getattribute__",
    "__getitem__", "__getstate__", "__gt__", "__hash__", "__index__", "__init__",
    "__init_subclass__", "__int__", "__invert__", "__le__", "__lshift__", "__lt__", "__mod__",
    "__mul__", "__ne__", "__neg__", "__new__", "__or__", "__pos__", "__pow__", "__radd__",
    "__rand__", "__rdivmod__", "__reduce__", "__reduce_ex__", "__repr__", "__rfloordiv__",
    "__rlshift__", "__rmod__", "__rmul__", "__ror__", "__round__", "__rpow__", "__rrshift__",
    "__rshift__", "__rsub__", "__rtruediv__", "__rxor__", "__setattr__", "__setstate__",
    "__sizeof__", "__str__", "__sub__", "__subclasshook__", "__truediv__", "__xor__", "all", "any",
    "argmax", "argmin", "argsort", "astype", "base", "bit_count", "byteswap", "choose", "clip",
    "compress", "conj", "conjugate", "copy", "cumprod", "cumsum", "data", "denominator", "device",
    "diagonal", "dtype", "dump", "dumps", "fill", "flags", "flat", "flatten", "getfield", "imag",
    "is_integer", "item", "itemsize", "max", "mean", "min", "nbytes", "ndim", "nonzero",
    "numerator", "prod", "put", "ravel", "real", "repeat", "reshape", "resize", "round",
    "searchsorted", "setfield", "setflags", "shape", "size", "sort", "squeeze", "std", "strides",
    "sum", "swapaxes", "take", "to_device", "tobytes", "tofile", "tolist", "trace", "transpose",
    "var", "view",
];

#[rustfmt::skip]
const DIR_NUMPY_FLOAT32: &[&str] = &[
    "T", "__abs__", "__add__", "__and__", "__array__", "__array_interface__", "__array_namespace__",
    "__array_priority__", "__array_struct__", "__array_wrap__", "__bool__", "__class__",
    "__class_getitem__", "__copy__", "__deepcopy__", "__delattr__", "__dir__", "__divmod__",
    "__doc__", "__eq__", "__float__", "__floordiv__", "__format__", "__ge__", "__getattribute__",
    "__getitem__", "__getstate__", "__gt__", "__hash__", "__init__", "__init_subclass__", "__int__",
    "__invert__", "__le__", "__lshift__", "__lt__", "__mod__", "__mul__", "__ne__", "__neg__",
    "__new__", "__or__", "__pos__", "__pow__", "__radd__", "__rand__", "__rdivmod__", "__reduce__",
    "__reduce_ex__", "__repr__", "__rfloordiv__", "__rlshift__", "__rmod__", "__rmul__", "__ror__",
    "__round__", "__rpow__", "__rrshift__", "__rshift__", "__rsub__", "__rtruediv__", "__rxor__",
    "__setattr__", "__setstate__", "__sizeof__", "__str__", "__sub__", "__subclasshook__",
    "__truediv__", "__xor__", "all", "any", "argmax", "argmin", "argsort", "as_integer_ratio",
    "astype", "base", "byteswap", "choose", "clip", "compress", "conj", "conjugate", "copy",
    "cumprod", "cumsum", "data", "device", "diagonal", "dtype", "dump", "dumps", "fill", "flags",
    "flat", "flatten", "getfield", "imag", "is_integer", "item", "itemsize", "max", "mean", "min",
    "nbytes", "ndim", "nonzero", "prod", "put", "ravel", "real", "repeat", "reshape", "resize",
    "round", "searchsorted", "setfield", "setflags", "shape", "size", "sort", "squeeze", "std",
    "strides", "sum", "swapaxes", "take", "to_device", "tobytes", "tofile", "tolist", "trace",
    "transpose", "var", "view",
];

#[rustfmt::skip]
const DIR_NUMPY_FLOAT64: &[&str] = &[
    "T", "__abs__", "__add__", "__and__", "__array__", "__array_interface__", "__array_namespace__",
    "__array_priority__", "__array_struct__", "__array_wrap__", "__bool__", "__ceil__", "__class__",
    "__class_getitem__", "__copy__", "__deepcopy__", "__delattr__", "__dir__", "__divmod__",
    "__doc__", "__eq__", "__float__", "__floor__", "__floordiv__", "__format__", "__ge__",
    "__getattribute__", "__getformat__", "__getitem__", "__getnewargs__", "__getstate__", "__gt__",
    "__hash__", "__init__", "__init_subclass__", "__int__", "__invert__", "__le__", "__lshift__",
    "__lt__", "__mod__", "__mul__", "__ne__", "__neg__", "__new__", "__or__", "__pos__", "__pow__",
    "__radd__", "__rand__", "__rdivmod__", "__reduce__", "__reduce_ex__", "__repr__",
    "__rfloordiv__", "__rlshift__", "__rmod__", "__rmul__", "__ror__", "__round__", "__rpow__",
    "__rrshift__", "__rshift__", "__rsub__", "__rtruediv__", "__rxor__", "__setattr__",
    "__setstate__", "__sizeof__", "__str__", "__sub__", "__subclasshook__", "__truediv__",
    "__trunc__", "__xor__", "all", "any", "argmax", "argmin", "argsort", "as_integer_ratio",
    "astype", "base", "byteswap", "choose", "clip", "compress", "conj", "conjugate", "copy",
    "cumprod", "cumsum", "data", "device", "diagonal", "dtype", "dump", "dumps", "fill", "flags",
    "flat", "flatten", "fromhex", "getfield", "hex", "imag", "is_integer", "item", "itemsize",
    "max", "mean", "min", "nbytes", "ndim", "nonzero", "prod", "put", "ravel", "real", "repeat",
    "reshape", "resize", "round", "searchsorted", "setfield", "setflags", "shape", "size", "sort",
    "squeeze", "std", "strides", "sum", "swapaxes", "take", "to_device", "tobytes", "tofile",
    "tolist", "trace", "transpose", "var", "view",
];
