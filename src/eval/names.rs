//! Which names exist: what the prompt offers on Tab.
//!
//! The evaluator owns the lists of builtins, NumPy functions and methods it implements, so it is
//! the one to say what `np.<Tab>` or `arr.re<Tab>` can become; completion offers exactly what
//! would run, nothing NumPy has that viewfinder does not.

use crate::eval::attributes::{ARRAY_METHODS, BUFFER_METHODS, LIST_METHODS};
use crate::memory::DType;
use crate::value::{Module, Value};

/// Attributes of an array that are not methods.
const ARRAY_ATTRIBUTES: &[&str] = &[
    "T", "base", "dtype", "flags", "itemsize", "nbytes", "ndim", "shape", "size", "strides",
];
/// NumPy's constants and scalar types besides the dtype names.
const NUMPY_CONSTANTS: &[&str] = &[
    "newaxis", "nan", "inf", "pi", "e", "bool_", "int_", "intp", "uint", "uintp", "double",
];
/// `a.flags.<name>`.
const FLAG_NAMES: &[&str] = &[
    "aligned",
    "c_contiguous",
    "contiguous",
    "f_contiguous",
    "fortran",
    "owndata",
    "writeable",
    "writebackifcopy",
];
/// `a.dtype.<name>`.
const DTYPE_ATTRIBUTES: &[&str] = &["itemsize", "kind", "name", "type"];

/// Python's builtins that viewfinder implements.
pub fn builtin_names() -> Vec<&'static str> {
    crate::eval::python::BUILTINS.to_vec()
}

/// Everything `np.<name>` can be: functions, constants, scalar types.
pub fn numpy_names() -> Vec<&'static str> {
    let dtypes = DType::ALL.into_iter().map(DType::name);
    let mut names: Vec<&'static str> = crate::eval::numpy::FUNCTIONS.to_vec();
    names.extend(NUMPY_CONSTANTS.iter().copied().chain(dtypes));
    names.sort_unstable();
    names.dedup();
    names
}

/// The attributes and methods of `value` (what may follow `value.`), sorted.
pub fn attribute_names(value: &Value) -> Vec<&'static str> {
    let mut names: Vec<&'static str> = match value {
        Value::Array(_) | Value::Scalar(..) => [ARRAY_ATTRIBUTES, ARRAY_METHODS].concat(),
        Value::List(_) => LIST_METHODS.to_vec(),
        Value::Buffer(_) => [BUFFER_METHODS, &["itemsize", "typecode"]].concat(),
        Value::Flags(_) => FLAG_NAMES.to_vec(),
        Value::DType(_) => DTYPE_ATTRIBUTES.to_vec(),
        Value::Module(Module::NumPy) => numpy_names(),
        Value::Module(Module::Array) => vec!["array"],
        _ => Vec::new(),
    };
    names.sort_unstable();
    names.dedup();
    names
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numpy_names_include_functions_constants_and_dtypes() {
        let names = numpy_names();
        for name in ["arange", "shares_memory", "newaxis", "int8", "float64"] {
            assert!(names.contains(&name), "{name}");
        }
    }

    #[test]
    fn list_methods_are_not_array_methods() {
        let list = Value::List(Default::default());
        assert!(attribute_names(&list).contains(&"append"));
        assert!(!attribute_names(&list).contains(&"reshape"));
    }
}
