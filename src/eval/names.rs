//! Which names exist: what the prompt offers on Tab, derived from the evaluator's tables.
//!
//! Completion offers exactly what would run: the rows of the builtin, NumPy and method tables
//! and the attributes viewfinder models, nothing NumPy has that viewfinder does not.

use crate::eval::call::table;
use crate::eval::numpy::ndarray::{ATTRIBUTES, DTYPE_ATTRIBUTES, FLAG_NAMES};
use crate::value::{BufferKind, Module, Table, Value};

/// Python's builtins that viewfinder models.
pub fn builtin_names() -> Vec<&'static str> {
    crate::eval::python::builtin_names().collect()
}

/// The NumPy functions viewfinder models, sorted (what `%help` lists).
pub fn numpy_function_names() -> Vec<&'static str> {
    let mut names: Vec<&'static str> = table(Table::NumPy).iter().map(|row| row.name).collect();
    names.sort_unstable();
    names
}

/// Everything `np.<name>` can be: functions, constants, scalar types, submodules.
pub fn numpy_names() -> Vec<&'static str> {
    let functions = table(Table::NumPy).iter().map(|row| row.name);
    let submodules = crate::eval::numpy::SUBMODULES
        .iter()
        .copied()
        .filter(|path| !path.contains('.'));
    let mut names: Vec<&'static str> = functions
        .chain(crate::eval::numpy::CONSTANTS.iter().copied())
        .chain(submodules)
        .collect();
    names.sort_unstable();
    names.dedup();
    names
}

/// The names of the rows of `table`.
fn methods_of(table_name: Table) -> impl Iterator<Item = &'static str> {
    table(table_name).iter().map(|row| row.name)
}

/// The attributes and methods of `value` (what may follow `value.`), sorted.
pub fn attribute_names(value: &Value) -> Vec<&'static str> {
    let mut names: Vec<&'static str> = match value {
        Value::Array(_) | Value::Scalar(..) => ATTRIBUTES
            .iter()
            .map(|(name, _)| *name)
            .chain(methods_of(Table::NdArray))
            .collect(),
        Value::List(_) => methods_of(Table::List).collect(),
        Value::Str(_) => methods_of(Table::Str).collect(),
        Value::Tuple(_) => methods_of(Table::Tuple).collect(),
        Value::Dict(_) => methods_of(Table::Dict).collect(),
        Value::Set(_) => methods_of(Table::Set).collect(),
        Value::FrozenSet(_) => methods_of(Table::FrozenSet).collect(),
        Value::Range(..) => methods_of(Table::Range)
            .chain(["start", "step", "stop"])
            .collect(),
        Value::Buffer(object) => match object.kind {
            BufferKind::Bytes => methods_of(Table::Bytes).collect(),
            BufferKind::ByteArray => methods_of(Table::ByteArray).collect(),
            BufferKind::ArrayModule(..) => methods_of(Table::ArrayArray)
                .chain(["itemsize", "typecode"])
                .collect(),
        },
        Value::Flags(_) => FLAG_NAMES.to_vec(),
        Value::DType(_) => DTYPE_ATTRIBUTES.to_vec(),
        Value::Module(Module::NumPy) => numpy_names(),
        Value::Module(Module::Array) => vec!["array"],
        Value::Module(module) => crate::eval::python::module_names(*module),
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
        for name in [
            "arange",
            "shares_memory",
            "newaxis",
            "int8",
            "float64",
            "linalg",
        ] {
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
