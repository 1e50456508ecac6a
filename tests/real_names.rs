//! No made-up errors for real names: every name NumPy's and CPython's `dir()` lists give,
//! looked up on the object it belongs to, either works in viewfinder or is refused honestly
//! (`NotImplementedError`); where python3 itself raises on the lookup, viewfinder raises the
//! same kind of exception or refuses. The lists viewfinder holds must be the installed
//! python3's and NumPy's own.

use std::io::Write;
use std::process::{Command, Stdio};
use std::rc::Rc;

use viewfinder::eval::api::real_names;
use viewfinder::eval::{Dialect, Interpreter};

use crate::util::{python_program, repo_root, require_numpy};

/// Objects to look names up on: the expression making one, and its `dir()` key.
const OWNERS: &[(&str, &str)] = &[
    ("np", "module numpy"),
    ("np.linalg", "module numpy.linalg"),
    ("np.random", "module numpy.random"),
    ("np.lib", "module numpy.lib"),
    ("np.lib.stride_tricks", "module numpy.lib.stride_tricks"),
    ("np.fft", "module numpy.fft"),
    ("np.ma", "module numpy.ma"),
    ("np.char", "module numpy.char"),
    ("np.strings", "module numpy.strings"),
    ("np.rec", "module numpy.rec"),
    ("np.polynomial", "module numpy.polynomial"),
    ("np.emath", "module numpy.emath"),
    ("np.exceptions", "module numpy.exceptions"),
    ("np.dtypes", "module numpy.dtypes"),
    ("np.testing", "module numpy.testing"),
    ("array", "module array"),
    ("copy", "module copy"),
    ("math", "module math"),
    ("operator", "module operator"),
    ("sys", "module sys"),
    ("np.arange(6.0).reshape(2, 3)", "numpy.ndarray"),
    ("np.arange(3).flags", "numpy._core.multiarray.flagsobj"),
    ("np.dtype('int64')", "numpy.dtype"),
    ("np.int64(1)", "numpy.int64"),
    ("np.uint8(1)", "numpy.uint8"),
    ("np.float64(1)", "numpy.float64"),
    ("np.float32(1)", "numpy.float32"),
    ("np.bool_(True)", "numpy.bool"),
    ("[1, 2]", "list"),
    ("(1, 2)", "tuple"),
    ("'ab'", "str"),
    ("(5)", "int"),
    ("True", "bool"),
    ("1.5", "float"),
    ("None", "NoneType"),
    ("range(3)", "range"),
    ("b'ab'", "bytes"),
    ("bytearray(b'ab')", "bytearray"),
    ("array.array('i', [1])", "array.array"),
    ("np.zeros", "builtin_function_or_method"),
    ("np.linspace", "function"),
    ("np.abs", "numpy.ufunc"),
    ("len", "builtin_function_or_method"),
];

/// The statements to try, each alone: `owner.name` for every real name, every builtin by
/// name, and `from numpy import name` for every name of `numpy`.
fn lookups() -> Vec<String> {
    let mut all = Vec::new();
    for (owner, key) in OWNERS {
        let names = real_names(key).unwrap_or_else(|| panic!("no dir() list for {key}"));
        all.extend(names.iter().map(|name| format!("{owner}.{name}")));
    }
    let builtins = real_names("module builtins").expect("builtins' dir() list");
    all.extend(builtins.iter().map(|name| name.to_string()));
    let numpy = real_names("module numpy").expect("numpy's dir() list");
    all.extend(numpy.iter().map(|name| format!("from numpy import {name}")));
    all
}

/// What python3 says of each statement: `ok` or the exception's type name.
fn python_kinds(statements: &[String]) -> Vec<String> {
    let script = "import numpy as np, array, copy, math, operator, sys, warnings\nwarnings.simplefilter('ignore')\n\
        for text in sys.stdin.read().split('\\x00')[:-1]:\n    try:\n        exec(text, {'np': np, 'array': array, 'copy': copy, 'math': math, 'operator': operator, 'sys': sys})\n        print('ok')\n    \
        except BaseException as e:\n        print(type(e).__name__)\n";
    let mut child = Command::new(python_program())
        .args(["-c", script])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("python3 runs");
    let input: String = statements.iter().map(|s| format!("{s}\0")).collect();
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input.as_bytes())
        .expect("write");
    let output = child.wait_with_output().expect("python3 finishes");
    let kinds: Vec<String> = String::from_utf8_lossy(&output.stdout)
        .lines()
        .map(str::to_string)
        .collect();
    assert_eq!(
        kinds.len(),
        statements.len(),
        "python3 answered every lookup"
    );
    kinds
}

/// What viewfinder says of a statement in a fresh session: `ok`, or the exception's name.
fn viewfinder_kind(statement: &str) -> String {
    let source: Rc<str> = Rc::from(format!(
        "import numpy as np\nimport array\nimport copy\nimport math\nimport operator\nimport sys\n{statement}\n"
    ));
    let program = match viewfinder::syntax::parse_program(&source) {
        Ok(program) => program,
        Err(error) => return error.kind.to_string(),
    };
    let mut session = Interpreter::new(Dialect::Python);
    for stmt in &program {
        if let Err(error) = session.run(stmt, &source, &mut Vec::new()) {
            return error.kind.class_name().to_string();
        }
    }
    "ok".into()
}

#[test]
fn every_real_name_works_or_is_refused_honestly() {
    require_numpy();
    let statements = lookups();
    let python = python_kinds(&statements);
    let mut made_up = Vec::new();
    for (statement, real) in statements.iter().zip(&python) {
        let ours = viewfinder_kind(statement);
        let honest = ours == "ok" || ours == "NotImplementedError" || ours == *real;
        if !honest {
            made_up.push(format!("{statement}: python3 {real}, viewfinder {ours}"));
        }
    }
    println!("real names: {} lookups", statements.len());
    assert!(
        made_up.is_empty(),
        "{} made-up error(s):\n{}",
        made_up.len(),
        made_up.join("\n")
    );
}

#[test]
fn dir_lists_are_the_installed_pythons() {
    require_numpy();
    let output = Command::new(python_program())
        .arg("src/eval/dir_lists.py")
        .current_dir(repo_root())
        .output()
        .expect("python3 runs dir_lists.py");
    let generated = String::from_utf8_lossy(&output.stdout);
    let checked_in =
        std::fs::read_to_string(repo_root().join("src/eval/dir_lists.rs")).expect("read");
    assert!(
        generated == checked_in,
        "src/eval/dir_lists.rs differs from what this python3 and NumPy list: run `python3 src/eval/dir_lists.py > src/eval/dir_lists.rs`"
    );
}
