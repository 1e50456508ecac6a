//! Evaluator tests: one line per behaviour, in the shorthand dialect unless a program imports.

use std::rc::Rc;

use crate::eval::{Dialect, Interpreter};
use crate::syntax::parse_program;

/// Runs `program` and returns what it printed, or the first error as `Kind: message`.
fn run(program: &str) -> (Interpreter, String) {
    let mut session = Interpreter::new(Dialect::Shorthand);
    let output = run_in(&mut session, program);
    (session, output)
}

fn run_in(session: &mut Interpreter, program: &str) -> String {
    let source: Rc<str> = Rc::from(program);
    let mut out = Vec::new();
    for stmt in parse_program(program).expect("test programs parse") {
        if let Err(error) = session.run(&stmt, &source, &mut out) {
            out.extend_from_slice(format!("{error}\n").as_bytes());
            break;
        }
    }
    String::from_utf8(out).expect("utf-8 output")
}

/// What a Python-dialect `program` prints, each failing statement's error skipped (the
/// statements after it still run): for tests of what a failing step leaves behind.
pub(crate) fn printed_past_errors(program: &str) -> String {
    let mut session = Interpreter::new(Dialect::Python);
    let source: Rc<str> = Rc::from(program);
    let mut out = Vec::new();
    for stmt in parse_program(program).expect("test programs parse") {
        let _ = session.run(&stmt, &source, &mut out);
    }
    String::from_utf8(out).expect("utf-8")
}

/// `evals!(name, program, expected_output)`.
macro_rules! evals {
    ($name:ident, $program:expr, $expected:expr) => {
        #[test]
        fn $name() {
            assert_eq!(run($program).1, $expected);
        }
    };
}

evals!(
    list_literal_is_an_int64_array,
    "a = [1, 2, 3]; print(a, a.dtype)",
    "[1 2 3] int64\n"
);
evals!(
    slice_is_a_view,
    "a = zeros(4); b = a[1:]; b[0] = 7; print(a)",
    "[0. 7. 0. 0.]\n"
);
evals!(
    view_sees_writes_to_base,
    "a = arange(4); v = a[::2]; a[2] = 9; print(v)",
    "[0 9]\n"
);
evals!(
    copy_does_not_see_writes,
    "a = arange(3); c = a.copy(); a[0] = 5; print(c)",
    "[0 1 2]\n"
);
evals!(
    fancy_index_is_a_copy,
    "a = arange(4); f = a[[0, 1]]; f[0] = 99; print(a)",
    "[0 1 2 3]\n"
);
evals!(
    chained_fancy_write_is_lost,
    "a = arange(3); a[[0, 1]][0] = 99; print(a)",
    "[0 1 2]\n"
);
evals!(
    mask_write_in_place,
    "a = arange(5); a[a > 2] = 0; print(a)",
    "[0 1 2 0 0]\n"
);
evals!(
    int_array_truncates_floats,
    "a = [1, 2]; a[0] = 2.9; print(a)",
    "[2 2]\n"
);
evals!(
    augmented_through_view,
    "a = arange(4); v = a[1:3]; v += 10; print(a)",
    "[ 0 11 12  3]\n"
);
evals!(
    overlapping_in_place_add,
    "a = arange(5); a[1:] += a[:-1]; print(a)",
    "[0 1 3 5 7]\n"
);
evals!(
    reshape_of_transpose_copies,
    "m = arange(6).reshape(2, 3); r = m.T.reshape(-1); r[0] = 9; print(m[0, 0], r.base is None)",
    "0 False\n"
);
evals!(
    reshape_of_contiguous_is_a_view,
    "m = arange(6); r = m.reshape(2, 3); r[1, 2] = 0; print(m)",
    "[0 1 2 3 4 0]\n"
);
evals!(
    base_is_the_owner,
    "a = arange(8); v = a[2:][::2]; print(v.base is a)",
    "True\n"
);
evals!(
    newaxis_and_ellipsis,
    "a = arange(6).reshape(2, 3); print(a[..., None].shape, a[None, :, 1].shape)",
    "(2, 3, 1) (1, 2)\n"
);
evals!(
    negative_step,
    "a = arange(5); print(a[::-2], a[3:0:-1])",
    "[4 2 0] [3 2 1]\n"
);
evals!(
    shares_vs_may_share,
    "a = arange(10); print(np.shares_memory(a[::2], a[1::2]), np.may_share_memory(a[::2], a[1::2]))",
    "False True\n"
);
evals!(
    out_of_bounds,
    "a = [1, 2, 3]; a[3]",
    "IndexError: index 3 is out of bounds for axis 0 with size 3\n"
);
evals!(
    broadcast_failure,
    "a = zeros(2); a[:] = [1, 2, 3]",
    "ValueError: could not broadcast input array from shape (3,) into shape (2,)\n"
);
evals!(
    unknown_name,
    "print(x)",
    "NameError: name 'x' is not defined\n"
);
evals!(
    python_lists_alias,
    "import numpy as np\na = [1, 2]\nb = a\nb.append(3)\nprint(a, a[:] is a)",
    "[1, 2, 3] False\n"
);
evals!(
    np_array_copies_a_list,
    "import numpy as np\na = [1, 2]\nb = np.array(a)\na[0] = 9\nprint(b)",
    "[1 2]\n"
);
evals!(
    frombuffer_shares_with_array_module,
    "import numpy as np\nimport array\na = array.array('i', [1, 2, 3])\nx = np.frombuffer(a, dtype='int32')\na[0] = 88\nx[1] = 7\nprint(x, a)",
    "[88  7  3] array('i', [88, 7, 3])\n"
);
evals!(
    exporting_array_cannot_grow,
    "import numpy as np\nimport array\na = array.array('i', [1])\nx = np.frombuffer(a, dtype='int32')\na.append(2)",
    "BufferError: cannot resize an array that is exporting buffers\n"
);
evals!(
    del_lifts_the_export,
    "import numpy as np\nimport array\na = array.array('i', [1])\nx = np.frombuffer(a, dtype='int32')\ndel x\na.append(2)\nprint(a)",
    "array('i', [1, 2])\n"
);
evals!(
    bytes_view_is_read_only,
    "import numpy as np\nb = np.frombuffer(b'AB', dtype='int8')\nb[0] = 1",
    "ValueError: assignment destination is read-only\n"
);

evals!(
    unsigned_sums_are_uint64,
    "import numpy as np\nu = np.array([66], np.uint8)\nprint(repr(u.sum()), repr(np.array([1, 2], np.uint16).sum()))",
    "np.uint64(66) np.uint64(3)\n"
);
evals!(
    array_module_unsigned_typecodes_keep_their_dtype,
    "import numpy as np\nimport array\na = array.array('H', [1, 65535])\nprint(repr(np.array(a)), np.frombuffer(a, dtype='u2').sum())",
    "array([    1, 65535], dtype=uint16) 65536\n"
);
evals!(
    array_module_unsigned_overflow_names_the_c_type,
    "import array\na = array.array('I', [1])\na[0] = -1",
    "OverflowError: can't convert negative value to unsigned int\n"
);
evals!(
    arange_start_must_fit_an_unsigned_dtype,
    "import numpy as np\nprint(np.arange(3, -3, -1, dtype=np.uint16))\nnp.arange(-3, 3, dtype=np.uint16)",
    "[    3     2     1     0 65535 65534]\nOverflowError: Python integer -3 out of bounds for uint16\n"
);
evals!(
    numpy_scalars_cast_into_unsigned_arrays,
    "import numpy as np\na = np.zeros(2, np.uint32)\na[0] = np.int64(-1)\nprint(a)\na[1] = -1",
    "[4294967295          0]\nOverflowError: Python integer -1 out of bounds for uint32\n"
);

evals!(
    where_of_scalars_is_a_0d_array,
    "import numpy as np\nprint(repr(np.where(True, 1, 0)), repr(np.where(np.array([True]), 1, 0)))",
    "array(1) array([1])\n"
);
evals!(
    bool_slice_bounds_on_lists,
    "import numpy as np\nlst = [1, 2, 3]\nprint(lst[True:], np.arange(3)[True:])",
    "[2, 3] [1 2]\n"
);

evals!(
    attribute_errors_suggest_like_cpython,
    "a = arange(3)\na.reshap(3)",
    "AttributeError: 'numpy.ndarray' object has no attribute 'reshap'. Did you mean: 'reshape'?\n"
);
evals!(
    module_attribute_errors_suggest_like_cpython,
    "import numpy as np\nnp.arang(3)",
    "AttributeError: module 'numpy' has no attribute 'arang'. Did you mean: 'arange'?\n"
);

#[test]
fn a_failing_step_undoes_its_writes() {
    let (mut session, _) = run("a = [1, 2, 3]; lst = np.zeros(2)");
    let output = run_in(&mut session, "x = (a.fill(7), a[99])");
    assert!(output.starts_with("IndexError"), "{output}");
    assert_eq!(run_in(&mut session, "print(a)"), "[1 2 3]\n");
    assert!(session.lookup("x").is_none());
}

#[test]
fn a_failing_step_undoes_list_changes_and_deletions() {
    let (mut session, _) = run("import numpy as np\nl = [1]\nkeep = 5");
    let output = run_in(&mut session, "y = (l.append(2), l[5])");
    assert!(output.starts_with("IndexError"), "{output}");
    let output = run_in(&mut session, "del keep, missing");
    assert!(output.starts_with("NameError"), "{output}");
    assert_eq!(run_in(&mut session, "print(l, keep)"), "[1] 5\n");
}

#[test]
fn a_failing_flag_change_is_undone() {
    let (mut session, _) = run("a = arange(3)");
    let output = run_in(&mut session, "a.flags.writeable = False; a[0] = 1");
    assert!(output.starts_with("ValueError"), "{output}");
    assert_eq!(run_in(&mut session, "print(a.flags.writeable)"), "False\n");
}

#[test]
fn a_last_write_that_fails_its_checks_changes_nothing() {
    // These writes skip the journal's copy (nothing after them can fail), so each must fail
    // before it writes a byte.
    let (mut session, _) = run("a = arange(6); v = a[::2]");
    for failing in [
        "a[1:3] = [1, 2, 3]",
        "v += 1.5",
        "a[::2] += [1, 2]",
        "v **= -1",
        "a[0:2] = 'x'",
        "a[:] = 2**70",
        "v += a[:2]",
    ] {
        let output = run_in(&mut session, failing);
        assert!(output.contains("Error"), "{failing}: {output}");
        assert_eq!(
            run_in(&mut session, "print(a)"),
            "[0 1 2 3 4 5]\n",
            "{failing}"
        );
    }
}

#[test]
fn in_place_updates_read_overlapping_operands_first() {
    let (_, output) =
        run("a = arange(6); a[1:] += a[:-1]; print(a); b = arange(4); b *= b[::-1]; print(b)");
    assert_eq!(output, "[0 1 3 5 7 9]\n[0 2 2 0]\n");
}

#[test]
fn ctrl_c_makes_the_step_fail_with_keyboard_interrupt_and_changes_nothing() {
    let (mut session, _) = run("a = [1, 2, 3]; y = 5");
    let output = crate::eval::cancel::with_ctrl_c_pressed(|| run_in(&mut session, "y = a * 2"));
    assert_eq!(output, "KeyboardInterrupt\n");
    assert_eq!(run_in(&mut session, "print(a, y)"), "[1 2 3] 5\n");
}

#[test]
fn ctrl_c_in_the_middle_of_a_step_undoes_what_it_wrote() {
    let (mut session, _) = run("a = [1, 2, 3]");
    let long_step = "x = (a.fill(7), list(range(20_000_000)))";
    let output = crate::eval::cancel::with_ctrl_c_pressed(|| {
        crate::eval::cancel::clear();
        let ctrl_c = std::thread::spawn(|| {
            std::thread::sleep(std::time::Duration::from_millis(50));
            crate::eval::cancel::request();
        });
        let output = run_in(&mut session, long_step);
        ctrl_c.join().unwrap();
        output
    });
    assert_eq!(output, "KeyboardInterrupt\n");
    assert_eq!(run_in(&mut session, "print(a)"), "[1 2 3]\n");
    assert!(session.lookup("x").is_none());
}

/// The source text an error of the last statement of `program` points at, and its message.
fn error_place(program: &str) -> (String, String) {
    let source: Rc<str> = Rc::from(program);
    let mut session = Interpreter::new(Dialect::Shorthand);
    for stmt in parse_program(program).expect("test programs parse") {
        if let Err(error) = session.run(&stmt, &source, &mut Vec::new()) {
            return (
                program[error.span.start..error.span.end].to_string(),
                error.to_string(),
            );
        }
    }
    panic!("{program} raised nothing")
}

#[test]
fn errors_point_at_the_operand_or_subscript_at_fault() {
    assert_eq!(
        error_place("a = arange(6); b = a + arange(4)").0,
        "arange(4)"
    );
    assert_eq!(error_place("a = arange(6); a[1:] += a[:2]").0, "a[:2]");
    // CPython points at the whole subscript, its carets then mark the index: `~^^^^^^`.
    assert_eq!(error_place("m = zeros((2, 3)); m[0, 5] = 1").0, "m[0, 5]");
    assert_eq!(error_place("a = arange(6); a[9]").0, "a[9]");
}

#[test]
fn name_errors_suggest_the_name_python_would() {
    let (place, message) = error_place("arr = [1]; a = [2]; print(ar)");
    assert_eq!(place, "ar");
    assert_eq!(
        message,
        "NameError: name 'ar' is not defined. Did you mean: 'arr'?"
    );
    let (_, message) = error_place("arr = [1]; del ar");
    assert!(message.ends_with("Did you mean: 'arr'?"), "{message}");
    assert_eq!(error_place("zzz").1, "NameError: name 'zzz' is not defined");
}

evals!(
    abs_of_smallest_int_is_refused_not_a_panic,
    "import numpy as np\nx = abs(-9223372036854775807 - 1)",
    "NotImplementedError: integers beyond 64 bits is not supported by viewfinder yet\n"
);
evals!(
    int_of_infinity_is_an_overflow_error,
    "import numpy as np\nx = int(float('inf'))",
    "OverflowError: cannot convert float infinity to integer\n"
);
evals!(
    negative_left_shift_is_a_value_error,
    "import numpy as np\nx = 5 << -1",
    "ValueError: negative shift count\n"
);
evals!(
    writes_through_a_broadcast_view_made_writeable_are_refused,
    "import numpy as np\nt = np.broadcast_to(np.arange(3), (4, 3))\nt.flags.writeable = True\nt += 1",
    "NotImplementedError: writing through a broadcast view made writeable (several indices share one element) is not supported by viewfinder yet\n"
);
evals!(
    shapes_of_more_than_64_axes_are_refused,
    "import numpy as np\nz = np.zeros((1,) * 65)",
    "ValueError: maximum supported dimension for an ndarray is currently 64, found 65\n"
);
evals!(
    indexing_past_64_axes_is_refused,
    "import numpy as np\na = np.arange(3)\nb = a[None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None]",
    "IndexError: number of dimensions must be within [0, 64], indexing result would have 65\n"
);
evals!(
    printing_lists_nested_998_deep_is_a_recursion_error,
    &format!(
        "import numpy as np\nl = [1]\n{}print(len(l))\nprint(l)",
        "l = [l]\n".repeat(997)
    ),
    "1\nRecursionError: maximum recursion depth exceeded while getting the repr of an object\n"
);
evals!(
    huge_string_repeat_is_a_memory_error,
    "import numpy as np\nx = 'x' * 10**12",
    "MemoryError\n"
);
evals!(
    list_cannot_be_put_inside_itself,
    "import numpy as np\nx = [1]; y = (2, [x]); x.append(y)",
    "NotImplementedError: a list that contains itself is not supported by viewfinder yet\n"
);

#[test]
fn refused_self_insertion_changes_nothing() {
    let (mut session, _) = run("import numpy as np\nx = [1, 2]");
    let failed = run_in(&mut session, "x += [x]");
    assert!(failed.starts_with("NotImplementedError"), "{failed}");
    assert_eq!(run_in(&mut session, "print(x)"), "[1, 2]\n");
}
