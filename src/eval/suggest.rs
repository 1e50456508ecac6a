//! "Did you mean" suggestions, computed exactly as CPython 3.11 computes them.
//!
//! CPython prints `NameError: name 'ar' is not defined. Did you mean: 'arr'?` when a close
//! enough name exists: it scans the module's globals, then the builtins, with a Levenshtein
//! distance that charges 2 for an insertion, deletion or substitution and 1 for a change of
//! case, and accepts a candidate only when at most about a third of the characters change
//! (`Python/suggestions.c`). `viewfinder --quiet` must print what python3 prints, so this is a
//! port of that function, not an approximation of it.

/// Cost of inserting, deleting or substituting a character.
const MOVE_COST: usize = 2;
/// Cost of changing a character's case.
const CASE_COST: usize = 1;
/// Names longer than this are never compared.
const MAX_STRING_SIZE: usize = 40;
/// CPython gives up on namespaces this large.
const MAX_CANDIDATE_ITEMS: usize = 750;

/// The globals every Python script starts with, in CPython's order.
pub const SCRIPT_GLOBALS: &[&str] = &[
    "__name__",
    "__doc__",
    "__package__",
    "__loader__",
    "__spec__",
    "__annotations__",
    "__builtins__",
    "__file__",
    "__cached__",
];

/// `builtins.__dict__` of CPython 3.11, in its order (ties go to the first candidate).
#[rustfmt::skip]
pub const PYTHON_BUILTINS: &[&str] = &[
    "__name__", "__doc__", "__package__", "__loader__", "__spec__", "__build_class__",
    "__import__", "abs", "all", "any", "ascii", "bin", "breakpoint", "callable", "chr", "compile",
    "delattr", "dir", "divmod", "eval", "exec", "format", "getattr", "globals", "hasattr", "hash",
    "hex", "id", "input", "isinstance", "issubclass", "iter", "aiter", "len", "locals", "max",
    "min", "next", "anext", "oct", "ord", "pow", "print", "repr", "round", "setattr", "sorted",
    "sum", "vars", "None", "Ellipsis", "NotImplemented", "False", "True", "bool", "memoryview",
    "bytearray", "bytes", "classmethod", "complex", "dict", "enumerate", "filter", "float",
    "frozenset", "property", "int", "list", "map", "object", "range", "reversed", "set", "slice",
    "staticmethod", "str", "super", "tuple", "type", "zip", "__debug__", "BaseException",
    "BaseExceptionGroup", "Exception", "GeneratorExit", "KeyboardInterrupt", "SystemExit",
    "ArithmeticError", "AssertionError", "AttributeError", "BufferError", "EOFError",
    "ImportError", "LookupError", "MemoryError", "NameError", "OSError", "ReferenceError",
    "RuntimeError", "StopAsyncIteration", "StopIteration", "SyntaxError", "SystemError",
    "TypeError", "ValueError", "Warning", "FloatingPointError", "OverflowError",
    "ZeroDivisionError", "BytesWarning", "DeprecationWarning", "EncodingWarning",
    "FutureWarning", "ImportWarning", "PendingDeprecationWarning", "ResourceWarning",
    "RuntimeWarning", "SyntaxWarning", "UnicodeWarning", "UserWarning", "BlockingIOError",
    "ChildProcessError", "ConnectionError", "FileExistsError", "FileNotFoundError",
    "InterruptedError", "IsADirectoryError", "NotADirectoryError", "PermissionError",
    "ProcessLookupError", "TimeoutError", "IndentationError", "IndexError", "KeyError",
    "ModuleNotFoundError", "NotImplementedError", "RecursionError", "UnboundLocalError",
    "UnicodeError", "BrokenPipeError", "ConnectionAbortedError", "ConnectionRefusedError",
    "ConnectionResetError", "TabError", "UnicodeDecodeError", "UnicodeEncodeError",
    "UnicodeTranslateError", "ExceptionGroup", "EnvironmentError", "IOError", "open", "quit",
    "exit", "copyright", "credits", "license", "help",
];

/// CPython's suggestion for a `NameError` on `name`: the closest of the globals (`SCRIPT_GLOBALS`
/// then `names`), else the closest builtin.
pub fn suggest_name<'a>(name: &str, names: impl Iterator<Item = &'a str>) -> Option<String> {
    let globals: Vec<&str> = SCRIPT_GLOBALS.iter().copied().chain(names).collect();
    closest(name, &globals).or_else(|| closest(name, PYTHON_BUILTINS))
}

/// The candidate closest to `name` within CPython's limit, first one on ties.
pub fn closest(name: &str, candidates: &[&str]) -> Option<String> {
    if candidates.len() >= MAX_CANDIDATE_ITEMS {
        return None;
    }
    let mut best: Option<(&str, usize)> = None;
    for &candidate in candidates.iter().filter(|c| **c != name) {
        let limit = (name.len() + candidate.len() + 3) * MOVE_COST / 6;
        let limit = best.map_or(limit, |(_, distance)| limit.min(distance.saturating_sub(1)));
        let distance = levenshtein(name.as_bytes(), candidate.as_bytes(), limit);
        let better = best.is_none_or(|(_, d)| distance < d);
        if distance <= limit && better {
            best = Some((candidate, distance));
        }
    }
    best.map(|(candidate, _)| candidate.to_string())
}

fn substitution_cost(a: u8, b: u8) -> usize {
    if a == b {
        0
    } else if a.eq_ignore_ascii_case(&b) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// CPython's `levenshtein_distance`: anything over `max_cost` comes back as `max_cost + 1`.
fn levenshtein<'a>(mut a: &'a [u8], mut b: &'a [u8], max_cost: usize) -> usize {
    while let (Some(x), Some(y)) = (a.first(), b.first()) {
        if x != y {
            break;
        }
        (a, b) = (&a[1..], &b[1..]);
    }
    while let (Some(x), Some(y)) = (a.last(), b.last()) {
        if x != y {
            break;
        }
        (a, b) = (&a[..a.len() - 1], &b[..b.len() - 1]);
    }
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    if b.len() < a.len() {
        (a, b) = (b, a);
    }
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    distance_table(a, b, max_cost)
}

/// The dynamic-programming part of [`levenshtein`], one row at a time.
fn distance_table(a: &[u8], b: &[u8], max_cost: usize) -> usize {
    let mut row: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (b_index, &code) in b.iter().enumerate() {
        let mut distance = b_index * MOVE_COST;
        result = distance;
        let mut minimum = usize::MAX;
        for (index, &item) in a.iter().enumerate() {
            let substitute = distance + substitution_cost(code, item);
            distance = row[index];
            let insert_delete = result.min(distance) + MOVE_COST;
            result = insert_delete.min(substitute);
            row[index] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_as_cpython_does() {
        let names = ["arr", "view"];
        let suggest = |name| suggest_name(name, names.iter().copied());
        assert_eq!(suggest("ar").as_deref(), Some("arr"));
        assert_eq!(suggest("vew").as_deref(), Some("view"));
        assert_eq!(suggest("veiw"), None, "a transposition costs two edits");
        assert_eq!(suggest("prnt").as_deref(), Some("print"));
        assert_eq!(suggest("Arr").as_deref(), Some("arr"));
        assert_eq!(suggest("zzzzzz"), None);
        assert_eq!(suggest("x"), None);
    }

    #[test]
    fn distance_charges_two_per_edit_and_one_per_case_change() {
        assert_eq!(levenshtein(b"arr", b"ar", 10), 2);
        assert_eq!(levenshtein(b"arr", b"ARR", 10), 3);
        assert_eq!(levenshtein(b"abc", b"xyz", 3), 4);
    }
}
