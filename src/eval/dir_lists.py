"""Writes dir_lists.rs: what `dir()` lists for each kind of object viewfinder can meet.

Run with the python3 and NumPy the differential tests use:

    python3 src/eval/dir_lists.py > src/eval/dir_lists.rs

The test `dir_lists_are_pythons` in tests/ compares the checked-in file with this script's
output, so a NumPy or CPython with other names fails loudly instead of drifting.
"""
import array
import builtins
import copy
import math
import operator
import sys

import numpy as np

SUBMODULES = ["char", "core", "ctypeslib", "dtypes", "emath", "exceptions", "fft", "lib",
              "lib.stride_tricks", "linalg", "ma", "polynomial", "random", "rec", "strings",
              "testing", "typing"]


def function(): pass


def submodule(path):
    """`np.emath` is `numpy.lib.scimath`: reach submodules as scripts do, by attribute."""
    found = np
    for part in path.split("."):
        found = getattr(found, part)
    return found


# (type name as viewfinder spells it, constant name, the object whose dir() it is)
OBJECTS = [
    ("numpy.ndarray", "NUMPY_NDARRAY", np.arange(3)),
    ("list", "LIST", []),
    ("tuple", "TUPLE", ()),
    ("str", "STR", ""),
    ("int", "INT", 1),
    ("bool", "BOOL", True),
    ("float", "FLOAT", 1.0),
    ("NoneType", "NONETYPE", None),
    ("range", "RANGE", range(1)),
    ("bytes", "BYTES", b""),
    ("bytearray", "BYTEARRAY", bytearray()),
    ("array.array", "ARRAY_ARRAY", array.array("i")),
    ("memoryview", "MEMORYVIEW", memoryview(b"")),
    ("dict", "DICT", {}),
    ("dict_keys", "DICT_KEYS", {}.keys()),
    ("dict_values", "DICT_VALUES", {}.values()),
    ("dict_items", "DICT_ITEMS", {}.items()),
    ("set", "SET", set()),
    ("frozenset", "FROZENSET", frozenset()),
    ("complex", "COMPLEX", 1j),
    ("slice", "SLICE", slice(1)),
    ("type", "TYPE", int),
    ("object", "OBJECT", object()),
    ("builtin_function_or_method", "BUILTIN_FUNCTION", len),
    ("function", "FUNCTION", function),
    ("numpy.ufunc", "NUMPY_UFUNC", np.add),
    ("numpy.dtype", "NUMPY_DTYPE", np.dtype("int64")),
    ("numpy._core.multiarray.flagsobj", "NUMPY_FLAGSOBJ", np.arange(3).flags),
    ("numpy.flatiter", "NUMPY_FLATITER", np.arange(3).flat),
    ("numpy.bool", "NUMPY_BOOL", np.bool_(True)),
    ("numpy.int64", "NUMPY_INTEGER_SCALAR", np.int64(1)),
    ("numpy.float32", "NUMPY_FLOAT32", np.float32(1)),
    ("numpy.float64", "NUMPY_FLOAT64", np.float64(1)),
    ("module array", "MODULE_ARRAY", array),
    ("module copy", "MODULE_COPY", copy),
    ("module math", "MODULE_MATH", math),
    ("module operator", "MODULE_OPERATOR", operator),
    ("module sys", "MODULE_SYS", sys),
    ("module builtins", "MODULE_BUILTINS", builtins),
    ("module numpy", "MODULE_NUMPY", np),
] + [
    (f"module numpy.{path}", "MODULE_NUMPY_" + path.upper().replace(".", "_"), submodule(path))
    for path in SUBMODULES
]


# The exception classes viewfinder models, by the name `type(e).__name__` gives.
EXCEPTIONS = [
    "TypeError", "ValueError", "IndexError", "KeyError", "NameError", "UnboundLocalError",
    "AttributeError", "ZeroDivisionError", "OverflowError", "MemoryError", "NotImplementedError",
    "RecursionError", "KeyboardInterrupt", "SystemError", "ImportError", "ModuleNotFoundError",
    "BufferError", "UnicodeDecodeError", "SyntaxError", "IndentationError", "AssertionError",
    "StopIteration", "RuntimeError", "LookupError", "ArithmeticError", "Exception",
    "BaseException", "SystemExit", "GeneratorExit", "FloatingPointError", "UnicodeError",
    "OSError", "FileNotFoundError", "EOFError",
]


def exception_instances():
    """(name, instance) of each exception class, NumPy's included."""
    found = [(name, getattr(builtins, name).__new__(getattr(builtins, name)))
             for name in EXCEPTIONS]
    core = np._core._exceptions
    found += [("AxisError", np.exceptions.AxisError(1, 1)),
              ("_ArrayMemoryError", core._ArrayMemoryError.__new__(core._ArrayMemoryError)),
              ("_UFuncNoLoopError", core._UFuncNoLoopError.__new__(core._UFuncNoLoopError)),
              ("_UFuncOutputCastingError",
               core._UFuncOutputCastingError.__new__(core._UFuncOutputCastingError))]
    return found


def exception_lists():
    """The distinct dir() lists of exception objects, each with the classes that have it."""
    groups = {}
    for name, instance in exception_instances():
        groups.setdefault(tuple(sorted(dir(instance))), []).append(name)
    return sorted(groups.items(), key=lambda item: EXCEPTIONS.index(item[1][0])
                  if item[1][0] in EXCEPTIONS else len(EXCEPTIONS))


def rust_list(names):
    lines, line = [], "   "
    for name in names:
        item = f' "{name}",'
        if len(line) + len(item) > 99:
            lines.append(line)
            line = "   "
        line += item
    lines.append(line)
    return "\n".join(lines)


def main():
    integers = [np.int8, np.int16, np.int32, np.uint8, np.uint16, np.uint32, np.uint64]
    assert all(dir(t(1)) == dir(np.int64(1)) for t in integers), "integer scalars differ"
    out = sys.stdout
    out.write('''//! What `dir()` lists for each kind of object, as CPython 3.11 and NumPy print it.
//!
//! Generated by `python3 src/eval/dir_lists.py > src/eval/dir_lists.rs` (do not edit by hand;
//! a test compares this file with the script's output under the installed python3 and NumPy).
//! These lists are the real names: CPython's "Did you mean" suggestions come from them, and a
//! name in them that viewfinder does not model is refused honestly, never an `AttributeError`.

/// `dir()` of an object of each type name (as [`crate::value::Value::type_name`] gives it;
/// modules as `module numpy`), or `None` for types viewfinder does not know.
pub fn dir_of(type_name: &str) -> Option<&'static [&'static str]> {
    Some(match type_name {
''')
    for key, const, _ in OBJECTS:
        out.write(f'        "{key}" => DIR_{const},\n')
    groups = exception_lists()
    for number, (_, names) in enumerate(groups):
        keys = [f'"exception {name}"' for name in names]
        arm = f"        {' | '.join(keys)} => DIR_EXCEPTION_{number},"
        if len(arm) > 100:
            arm = "        " + "\n        | ".join(keys) + f" => DIR_EXCEPTION_{number},"
        out.write(arm + "\n")
    out.write('''        // NumPy's integer scalars all list the same names (checked when this file is made).
        "numpy.int8" | "numpy.int16" | "numpy.int32" | "numpy.uint8" | "numpy.uint16"
        | "numpy.uint32" | "numpy.uint64" => DIR_NUMPY_INTEGER_SCALAR,
        dtype if dtype.starts_with("numpy.dtypes.") => DIR_NUMPY_DTYPE,
        _ => return None,
    })
}
''')
    for key, const, obj in OBJECTS:
        out.write(f"\n/// `dir()` of {key}.\n#[rustfmt::skip]\nconst DIR_{const}: &[&str] = &[\n")
        out.write(rust_list(sorted(dir(obj))) + "\n];\n")
    for number, (names_listed, classes) in enumerate(groups):
        shown = "most exceptions" if len(classes) > 4 else "an exception of " + ", ".join(classes)
        out.write(f"\n/// `dir()` of {shown}.\n#[rustfmt::skip]\n")
        out.write(f"const DIR_EXCEPTION_{number}: &[&str] = &[\n")
        out.write(rust_list(names_listed) + "\n];\n")


if __name__ == "__main__":
    main()
