//! The API viewfinder models, listed from its tables: for the README's table, `%help`, and the
//! tests that check every row against python3 (its signature, its argument errors, the names
//! around it).

use crate::eval::args::Native;
use crate::eval::call::table;
use crate::value::Table;

/// One callable viewfinder models.
#[derive(Clone, Debug)]
pub struct ApiEntry {
    /// Who it belongs to, as users write it (`np`, `ndarray`, `list`; empty for builtins).
    pub owner: &'static str,
    /// Its name.
    pub name: &'static str,
    /// Its signature, as `inspect.signature` prints it.
    pub signature: &'static str,
    /// The parameters viewfinder honours (any other must be left at its default).
    pub honours: &'static [&'static str],
    /// True when the row checks its own arguments (their errors are not the binder's).
    pub custom: bool,
    /// A Python expression for the callable (`np.zeros`, `[3, 1, 2].pop`), for python3 and
    /// viewfinder alike.
    pub python: String,
}

/// The objects whose methods the tables hold, with an expression making one.
const METHOD_OWNERS: [(Table, &str, &str); 17] = [
    (Table::NdArray, "ndarray", "np.arange(6.0).reshape(2, 3)"),
    (Table::List, "list", "[3, 1, 2]"),
    (Table::Tuple, "tuple", "(3, 1, 2)"),
    (Table::Range, "range", "range(1, 12, 3)"),
    (Table::Bytes, "bytes", "b'ab'"),
    (Table::ByteArray, "bytearray", "bytearray(b'ab')"),
    (Table::ArrayArray, "array.array", "array.array('i', [1, 2])"),
    (Table::Str, "str", "'a b'"),
    (Table::Dict, "dict", "{'a': 1, 'b': 2}"),
    (Table::Set, "set", "{3, 1, 2}"),
    (Table::FrozenSet, "frozenset", "frozenset({3, 1, 2})"),
    (
        Table::MemoryView,
        "memoryview",
        "memoryview(bytearray(b'ab'))",
    ),
    (Table::NumPy, "np", "np"),
    (Table::Copy, "copy", "copy"),
    (Table::Math, "math", "math"),
    (Table::Operator, "operator", "operator"),
    (Table::Sys, "sys", "sys"),
];

/// Every callable in the tables, in table order: NumPy's functions, the methods, the builtins
/// and the classes that can be called.
pub fn entries() -> Vec<ApiEntry> {
    let mut all = Vec::new();
    for (owner_table, owner, receiver) in METHOD_OWNERS {
        let rows = table(owner_table).iter();
        all.extend(rows.map(|row| entry(owner, row, format!("{receiver}.{}", row.name))));
    }
    let builtins = table(Table::Builtins).iter();
    all.extend(builtins.map(|row| entry("", row, row.name.to_string())));
    let classes = crate::eval::python::builtins::CLASSES.iter();
    all.extend(classes.map(|row| entry("", row, row.name.to_string())));
    let numpy_classes = crate::eval::numpy::CLASSES.iter();
    all.extend(numpy_classes.map(|row| entry("np", row, format!("np.{}", row.name))));
    let scalar_types = crate::eval::numpy::constructors::SCALAR_TYPES.iter();
    all.extend(scalar_types.map(|row| entry("np", row, format!("np.{}", row.name))));
    all.extend(
        crate::eval::python::buffers::ARRAY_MODULE
            .iter()
            .map(|row| entry("array", row, format!("array.{}", row.name))),
    );
    all
}

fn entry(owner: &'static str, row: &'static Native, python: String) -> ApiEntry {
    ApiEntry {
        owner,
        name: row.name,
        signature: row.signature,
        honours: row.honours,
        custom: row.style == crate::eval::args::CallStyle::Custom,
        python,
    }
}

/// The README's table of every callable viewfinder models, one row each: the call as Python
/// writes it, its real signature, and the parameters viewfinder honours (any other must keep
/// its default, or the call is refused). A test checks the README holds exactly this.
pub fn markdown_table() -> String {
    let mut text = String::from("| callable | signature | honours |\n|---|---|---|\n");
    for entry in entries() {
        let shown = match entry.owner {
            "" => entry.name.to_string(),
            owner => format!("{owner}.{}", entry.name),
        };
        let honours = match (entry.custom, entry.honours) {
            (true, _) => "its own check (see the subset table)".to_string(),
            (false, []) => "(defaults only)".to_string(),
            (false, names) => names
                .iter()
                .map(|n| format!("`{n}`"))
                .collect::<Vec<_>>()
                .join(", "),
        };
        let signature = entry.signature.replace('|', "\\|");
        text += &format!("| `{shown}` | `{signature}` | {honours} |\n");
    }
    text
}

/// The real `dir()` list viewfinder holds for a type or module key (`module numpy`,
/// `numpy.ndarray`, `module builtins`), for the tests that walk every real name.
pub fn real_names(key: &str) -> Option<&'static [&'static str]> {
    crate::eval::dir_lists::dir_of(key)
}
