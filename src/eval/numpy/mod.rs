//! The `numpy` module: one table row per function viewfinder models, its constants and types.
//!
//! Each row of [`FUNCTIONS`] is the function's name, its real signature, how its argument
//! errors read, the parameters viewfinder honours and the function that implements it (in the
//! files beside this one, by what the function makes: `views`, `copies`, `constructors`,
//! `reductions`, `ufuncs`, `introspection`). Attribute lookup, completion, `dir()` and the
//! honest refusal of every other name NumPy has all read this table.

pub(crate) mod constructors;
pub(crate) mod convert;
pub(crate) mod copies;
pub(crate) mod introspection;
pub(crate) mod ndarray;
pub(crate) mod objects;
pub(crate) mod reductions;
pub(crate) mod ufuncs;
pub(crate) mod views;

use crate::eval::args::CallStyle::*;
use crate::eval::args::Native;
use crate::memory::DType;
use crate::value::{Module, Table, Value};

/// NumPy's functions that viewfinder models, one row each.
#[rustfmt::skip]
pub(crate) static FUNCTIONS: &[Native] = &[
    Native::new("array", "(object, dtype=None, *, copy=True, order='K', subok=False, ndmin=0, ndmax=0, like=None)", NumPyArgs, &["object", "dtype", "copy", "order"], constructors::array),
    Native::new("asarray", "(a, dtype=None, order=None, *, device=None, copy=None, like=None)", NumPyArgs, &["a", "dtype", "copy", "order"], constructors::asarray),
    Native::new("arange", "(start_or_stop, /, stop=None, step=1, *, dtype=None, device=None, like=None)", NumPyArgs, &["start", "stop", "step", "dtype"], constructors::arange).parsed_as("(start=None, stop=None, step=None, dtype=None, *, device=None, like=None)"),
    Native::new("zeros", "(shape, dtype=None, order='C', *, device=None, like=None)", NumPyArgs, &["shape", "dtype", "order"], constructors::zeros),
    Native::new("ones", "(shape, dtype=None, order='C', *, device=None, like=None)", PythonDef, &["shape", "dtype", "order"], constructors::ones),
    Native::new("full", "(shape, fill_value, dtype=None, order='C', *, device=None, like=None)", PythonDef, &["shape", "fill_value", "dtype", "order"], constructors::full),
    Native::new("zeros_like", "(a, dtype=None, order='K', subok=True, shape=None, *, device=None)", PythonDef, &["a", "dtype", "order"], constructors::zeros_like),
    Native::new("ones_like", "(a, dtype=None, order='K', subok=True, shape=None, *, device=None)", PythonDef, &["a", "dtype", "order"], constructors::ones_like),
    Native::new("full_like", "(a, fill_value, dtype=None, order='K', subok=True, shape=None, *, device=None)", PythonDef, &["a", "fill_value", "dtype", "order"], constructors::full_like),
    Native::new("linspace", "(start, stop, num=50, endpoint=True, retstep=False, dtype=None, axis=0, *, device=None)", PythonDef, &["start", "stop", "num", "endpoint", "dtype"], constructors::linspace),
    Native::new("frombuffer", "(buffer, dtype=None, count=-1, offset=0, *, like=None)", CPythonArgs, &["buffer", "dtype", "count", "offset"], constructors::frombuffer),
    Native::new("copy", "(a, order='K', subok=False)", PythonDef, &["a", "order"], copies::np_copy),
    Native::new("concatenate", "(arrays, /, axis=0, out=None, *, dtype=None, casting='same_kind')", PythonDef, &["arrays", "axis"], copies::concatenate).parsed_as("(arrays, axis=None, out=None, *, dtype=None, casting=None)"),
    Native::new("where", "(condition, x=None, y=None, /)", PythonDef, &["condition", "x", "y"], copies::where_),
    Native::new("sort", "(a, axis=-1, kind=None, order=None, *, stable=None)", PythonDef, &["a", "axis"], copies::np_sort),
    Native::new("reshape", "(a, /, shape, order='C', *, copy=None)", PythonDef, &["a", "shape", "order", "copy"], views::np_reshape),
    Native::new("transpose", "(a, axes=None)", PythonDef, &["a", "axes"], views::np_transpose),
    Native::new("ndenumerate", "(arr)", PythonDef, &["self", "arr"], views::ndenumerate).named("ndenumerate.__init__").binds_receiver().parsed_as("(self, arr)"),
    Native::new("swapaxes", "(a, axis1, axis2)", PythonDef, &["a", "axis1", "axis2"], views::np_swapaxes),
    Native::new("ravel", "(a, order='C')", PythonDef, &["a", "order"], views::np_ravel),
    Native::new("diagonal", "(a, offset=0, axis1=0, axis2=1)", PythonDef, &["a", "offset"], views::np_diagonal),
    Native::new("broadcast_to", "(array, shape, subok=False)", PythonDef, &["array", "shape"], views::broadcast_to),
    Native::new("squeeze", "(a, axis=None)", PythonDef, &["a", "axis"], views::np_squeeze),
    Native::new("expand_dims", "(a, axis)", PythonDef, &["a", "axis"], views::expand_dims),
    Native::new("sum", "(a, axis=None, dtype=None, out=None, keepdims=<no value>, initial=<no value>, where=<no value>)", PythonDef, &["a", "axis"], reductions::np_sum),
    Native::new("min", "(a, axis=None, out=None, keepdims=<no value>, initial=<no value>, where=<no value>)", PythonDef, &["a", "axis"], reductions::np_min),
    Native::new("max", "(a, axis=None, out=None, keepdims=<no value>, initial=<no value>, where=<no value>)", PythonDef, &["a", "axis"], reductions::np_max),
    Native::new("amin", "(a, axis=None, out=None, keepdims=<no value>, initial=<no value>, where=<no value>)", PythonDef, &["a", "axis"], reductions::np_min),
    Native::new("amax", "(a, axis=None, out=None, keepdims=<no value>, initial=<no value>, where=<no value>)", PythonDef, &["a", "axis"], reductions::np_max),
    Native::new("mean", "(a, axis=None, dtype=None, out=None, keepdims=<no value>, *, where=<no value>)", PythonDef, &["a", "axis"], reductions::np_mean),
    Native::new("prod", "(a, axis=None, dtype=None, out=None, keepdims=<no value>, initial=<no value>, where=<no value>)", PythonDef, &["a", "axis"], reductions::np_prod),
    Native::new("any", "(a, axis=None, out=None, keepdims=<no value>, *, where=<no value>)", PythonDef, &["a", "axis"], reductions::np_any),
    Native::new("all", "(a, axis=None, out=None, keepdims=<no value>, *, where=<no value>)", PythonDef, &["a", "axis"], reductions::np_all),
    Native::new("absolute", "(x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True, signature=None)", Ufunc, &["x"], ufuncs::absolute),
    Native::new("abs", "(x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True, signature=None)", Ufunc, &["x"], ufuncs::absolute).named("absolute"),
    Native::new("shares_memory", "(a, b, /, max_work=-1)", PythonDef, &["a", "b"], introspection::shares_memory),
    Native::new("may_share_memory", "(a, b, /, max_work=0)", PythonDef, &["a", "b"], introspection::may_share_memory),
    Native::new("array_equal", "(a1, a2, equal_nan=False)", PythonDef, &["a1", "a2"], introspection::array_equal),
];

/// NumPy's classes that viewfinder can call (`np.dtype('int8')`).
#[rustfmt::skip]
pub(crate) static CLASSES: &[Native] = &[
    Native::new("dtype", "(dtype, align=False, copy=False, **kwargs)", CPythonArgs, &["dtype"], introspection::dtype).parsed_as("(dtype, align=False, copy=False, metadata=None)"),
];

/// The submodules of `numpy` a script can reach (`np.linalg`, `np.lib.stride_tricks`); their
/// names are refused honestly until modelled.
pub(crate) const SUBMODULES: &[&str] = &[
    "char",
    "core",
    "ctypeslib",
    "dtypes",
    "emath",
    "exceptions",
    "fft",
    "lib",
    "lib.stride_tricks",
    "linalg",
    "ma",
    "polynomial",
    "random",
    "rec",
    "strings",
    "testing",
    "typing",
];

/// NumPy's constants and the names of its types, with their values.
pub(crate) fn constant(name: &str) -> Option<Value> {
    Some(match name {
        "newaxis" => Value::None,
        "ndarray" => Value::Class("numpy.ndarray"),
        "nan" => Value::Float(f64::NAN),
        "inf" => Value::Float(f64::INFINITY),
        "pi" => Value::Float(std::f64::consts::PI),
        "e" => Value::Float(std::f64::consts::E),
        "dtype" => Value::Class("numpy.dtype"),
        "bool_" | "bool" => Value::ScalarType(DType::Bool),
        "int_" | "intp" => Value::ScalarType(DType::Int64),
        "uint" | "uintp" => Value::ScalarType(DType::UInt64),
        "float64" | "double" => Value::ScalarType(DType::Float64),
        alias if is_numpy_name(alias) => Value::ScalarType(DType::parse(alias)?),
        _ => return None,
    })
}

/// True when `numpy` has an attribute called `name` (NumPy 2 dropped `np.int`, `np.float`).
fn is_numpy_name(name: &str) -> bool {
    crate::eval::dir_lists::dir_of("module numpy").is_some_and(|names| names.contains(&name))
}

/// The names [`constant`] knows, for completion and `dir`.
pub(crate) const CONSTANTS: &[&str] = &[
    "newaxis", "ndarray", "nan", "inf", "pi", "e", "dtype", "bool_", "bool", "int_", "intp",
    "uint", "uintp", "double", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32",
    "uint64", "float32", "float64", "byte", "ubyte", "short", "ushort", "intc", "uintc", "long",
    "ulong", "single",
];

/// `np.<name>` (or `np.linalg.<name>` for a submodule), if viewfinder models it.
pub(crate) fn attribute(module: Module, name: &str) -> Option<Value> {
    match module {
        Module::NumPy => crate::eval::call::function_named(Table::NumPy, name)
            .or_else(|| constant(name))
            .or_else(|| submodule(name)),
        Module::NumPySub(path) => submodule(&format!("{path}.{name}")),
        _ => None,
    }
}

/// The submodule `numpy.<path>`, if NumPy has it.
pub(crate) fn submodule(path: &str) -> Option<Value> {
    SUBMODULES
        .iter()
        .find(|known| **known == path)
        .map(|known| Value::Module(Module::NumPySub(known)))
}
