//! Bad input at the command line: bytes that are not UTF-8, NUL bytes, 10 MB lines, nesting
//! 100,000 deep, allocations far beyond memory, indices and shapes past 64 bits. None may
//! crash viewfinder; each gets python3's error (compared with python3 + NumPy run now), and
//! where viewfinder refuses what NumPy would attempt, its own clear wording.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};

use crate::util::{Run, python_program, repo_root, run_python_cached, run_viewfinder};

/// Writes `bytes` to a fresh file named `name` for one case.
fn case_file(name: &str, bytes: &[u8]) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("robustness");
    std::fs::create_dir_all(&dir).expect("temporary directory");
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("case file");
    path
}

/// `viewfinder --quiet FILE` for a case.
fn viewfinder_quiet(name: &str, bytes: &[u8]) -> Run {
    let path = case_file(name, bytes);
    run_viewfinder(&["--quiet", path.to_str().expect("utf-8 path")], None)
}

/// python3 and `viewfinder --quiet` on the same bytes.
fn both(name: &str, bytes: &[u8]) -> (Run, Run) {
    let path = case_file(name, bytes);
    let python = run_python_cached(&path);
    let viewfinder = run_viewfinder(&["--quiet", path.to_str().expect("utf-8 path")], None);
    (python, viewfinder)
}

/// viewfinder prints what python3 prints and exits the same way.
fn same_as_python(name: &str, source: &[u8]) {
    let (python, viewfinder) = both(name, source);
    assert!(
        !python.timed_out && !viewfinder.timed_out,
        "{name}: a run timed out"
    );
    assert_eq!(
        viewfinder.stdout_text(),
        python.stdout_text(),
        "{name}: stdout"
    );
    assert_eq!(viewfinder.code, python.code, "{name}: exit status");
    assert_eq!(
        viewfinder.last_stderr_line(),
        python.last_stderr_line(),
        "{name}: error line"
    );
}

/// NumPy's memory error, with viewfinder's note on its limit after NumPy's words.
fn memory_error_as_numpy_plus_limit(name: &str, source: &str) {
    let (python, viewfinder) = both(name, source.as_bytes());
    assert_eq!(viewfinder.code, python.code, "{name}: exit status");
    let expected = python.last_stderr_line().expect("python3's error");
    let got = viewfinder.last_stderr_line().expect("viewfinder's error");
    assert!(
        got.starts_with(&format!(
            "{expected} (viewfinder's memory limit is 4.00 GiB, "
        )),
        "{name}: {got}\nexpected NumPy's: {expected}"
    );
    assert!(got.ends_with(" in use; --max-memory sets it)"), "{got}");
}

const NUMPY: &str = "import numpy as np\na = np.arange(5)\n";

#[test]
fn null_bytes_are_a_syntax_error() {
    same_as_python("null.py", b"x = 1\x00\nprint(x)\n");
}

#[test]
fn bytes_that_are_not_utf8_are_a_syntax_error_naming_the_line() {
    same_as_python("latin.py", b"x = 1\nprint('caf\xe9')\n");
    same_as_python("comment.py", b"x = 1\n# \xff\nprint(x)\n");
}

#[test]
fn a_byte_order_mark_is_skipped() {
    same_as_python("bom.py", b"\xef\xbb\xbfprint(1)\n");
}

#[test]
fn bytes_that_are_not_utf8_on_stdin_are_a_syntax_error() {
    let source = b"x = 1\nprint('\xff')\n";
    let python = run_with_stdin(&mut Command::new(python_program()), source);
    let viewfinder = run_with_stdin(
        Command::new(crate::util::viewfinder_path()).arg("--quiet"),
        source,
    );
    assert_eq!(viewfinder, python);
}

/// Exit status and last stderr line of a command fed `stdin`.
fn run_with_stdin(command: &mut Command, stdin: &[u8]) -> (Option<i32>, String) {
    let mut child = command
        .current_dir(repo_root())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    let output = child.wait_with_output().expect("wait");
    let stderr = String::from_utf8_lossy(&output.stderr);
    let last = stderr.lines().rfind(|l| !l.trim().is_empty()).unwrap_or("");
    (output.status.code(), last.to_string())
}

#[test]
fn ten_megabyte_lines_run() {
    let string = format!("x = '{}'\nprint(len(x))\n", "a".repeat(10_000_000));
    same_as_python("long_string.py", string.as_bytes());
    let comment = format!("x = 1  # {}\nprint(x)\n", "c".repeat(10_000_000));
    same_as_python("long_comment.py", comment.as_bytes());
    let list = format!(
        "import numpy as np\nx = [{}]\nprint(len(x))\n",
        "0, ".repeat(20_000)
    );
    same_as_python("long_list.py", list.as_bytes());
}

#[test]
fn brackets_nested_100000_deep_are_python3s_syntax_error() {
    let deep = format!("x = {}{}\n", "[".repeat(100_000), "]".repeat(100_000));
    same_as_python("deep_brackets.py", deep.as_bytes());
}

/// python3 runs out of parser stack (`MemoryError`) or recursion (`RecursionError`) on these;
/// viewfinder says the expression is too deeply nested. Both fail with status 1, no crash.
#[test]
fn chains_100000_long_are_too_deeply_nested() {
    let chains = [
        format!("x = {}1\n", "- ".repeat(100_000)),
        format!("x = {}1\n", "not ".repeat(100_000)),
        format!("a = 2\nx = {}a\n", "a**".repeat(100_000)),
        format!("x = [[1]]\ny = x{}\n", "[0]".repeat(100_000)),
        format!("x = 1{}\n", "+1".repeat(100_000)),
    ];
    for (i, chain) in chains.iter().enumerate() {
        let (python, viewfinder) = both(&format!("chain{i}.py"), chain.as_bytes());
        assert_eq!(python.code, Some(1), "python3 refuses chain {i} too");
        assert_eq!(viewfinder.code, Some(1), "chain {i}");
        assert_eq!(
            viewfinder.last_stderr_line().as_deref(),
            Some("SyntaxError: expression is too deeply nested"),
            "chain {i}"
        );
    }
}

/// Values nested 100,000 deep (no loop needed: 100,000 lines) print as python3 refuses to, and
/// reporting and dropping them at exit does not overflow the stack.
#[test]
fn lists_nested_100000_deep_do_not_overflow_the_stack() {
    let nested = format!(
        "import numpy as np\nl = [1]\n{}",
        "l = [l]\n".repeat(100_000)
    );
    let length = format!("{nested}print(len(l))\n");
    same_as_python("nested_len.py", length.as_bytes());
    let printed = format!("{nested}print(l)\n");
    same_as_python("nested_print.py", printed.as_bytes());
}

#[test]
fn huge_arrays_are_numpys_memory_error_with_the_limit() {
    memory_error_as_numpy_plus_limit("zeros.py", &format!("{NUMPY}np.zeros(10**12)\n"));
    memory_error_as_numpy_plus_limit("arange.py", &format!("{NUMPY}np.arange(10**11)\n"));
    let broadcast = format!("{NUMPY}b = np.broadcast_to(a, (2**40, 5))\n");
    for (i, step) in [
        "c = b.copy()",
        "c = b.flatten()",
        "c = b + 1",
        "c = np.sort(b)",
    ]
    .iter()
    .enumerate()
    {
        let source = format!("{broadcast}{step}\n");
        memory_error_as_numpy_plus_limit(&format!("broadcast{i}.py"), &source);
    }
}

#[test]
fn shapes_past_64_bits_are_numpys_value_error() {
    same_as_python(
        "shape62.py",
        format!("{NUMPY}np.zeros((2**62, 4))\n").as_bytes(),
    );
    let square = format!("{NUMPY}np.zeros((10**10, 10**10))\n");
    same_as_python("shape_square.py", square.as_bytes());
}

#[test]
fn indices_steps_and_bounds_at_the_edges_of_64_bits() {
    let cases = [
        "a[9223372036854775807]",
        "a[-9223372036854775807]",
        "print(a[::2**62], a[2**62:], a[-9223372036854775807:9223372036854775807])",
        "print(a[::-9223372036854775807])",
        "a.reshape(-1, 2**62)",
        "print(np.arange(0, 9223372036854775807, 2**62))",
        "a[::0]",
    ];
    for (i, case) in cases.iter().enumerate() {
        same_as_python(
            &format!("edge{i}.py"),
            format!("{NUMPY}{case}\n").as_bytes(),
        );
    }
}

#[test]
fn huge_python_sequences_are_a_memory_error() {
    same_as_python("list_repeat.py", b"import numpy as np\nx = [0] * 10**12\n");
    same_as_python(
        "range_list.py",
        b"import numpy as np\nx = list(range(10**12))\n",
    );
    let run = viewfinder_quiet("bytearray.py", b"x = bytearray(10**12)\n");
    assert_eq!(
        run.last_stderr_line().as_deref(),
        Some(
            "MemoryError: cannot allocate a bytearray of 931. GiB (viewfinder's memory limit is 4.00 GiB, 0 bytes in use; --max-memory sets it)"
        )
    );
}

#[test]
fn max_memory_limits_the_live_buffers() {
    let program = "import numpy as np\na = np.zeros(100)\nb = np.zeros(100)\n";
    let run = run_viewfinder(&["--quiet", "--max-memory", "1K", "-c", program], None);
    assert_eq!(run.code, Some(1));
    assert_eq!(
        run.last_stderr_line().as_deref(),
        Some(
            "numpy._core._exceptions._ArrayMemoryError: Unable to allocate 800 bytes for an array with shape (100,) and data type float64 (viewfinder's memory limit is 1.00 KiB, 800 bytes in use; --max-memory sets it)"
        )
    );
    let freed = "import numpy as np\na = np.zeros(100)\ndel a\nb = np.zeros(100)\nprint(b.sum())\n";
    let run = run_viewfinder(&["--quiet", "--max-memory", "1000", "-c", freed], None);
    assert_eq!(run.stdout_text(), "0.0\n");
}

#[test]
fn max_memory_accepts_units_and_refuses_nonsense() {
    for size in ["512M", "4G", "4GiB", "2GB", "1000000"] {
        let run = run_viewfinder(&["--quiet", "--max-memory", size, "-c", "print(1)"], None);
        assert_eq!(run.stdout_text(), "1\n", "{size}");
    }
    let run = run_viewfinder(&["--max-memory", "4X", "-c", "print(1)"], None);
    assert_eq!(run.code, Some(2));
    assert!(
        run.stderr_text().contains("unknown unit"),
        "{}",
        run.stderr_text()
    );
}
