//! Unit tests of the compile-time checks (the same messages are compared with python3 in
//! `tests/syntax_errors.rs`).

use crate::syntax::parse_program;
use crate::syntax::testing::fails;

#[test]
fn loops_and_functions() {
    fails("break", "SyntaxError", "'break' outside loop", 0);
    fails(
        "continue",
        "SyntaxError",
        "'continue' not properly in loop",
        0,
    );
    fails(
        "for x in y:\n    pass\nelse:\n    break",
        "SyntaxError",
        "'break' outside loop",
        31,
    );
    fails(
        "while x:\n    def f():\n        break",
        "SyntaxError",
        "'break'",
        30,
    );
    fails("return 1", "SyntaxError", "'return' outside function", 0);
    fails(
        "class A:\n  return 1",
        "SyntaxError",
        "'return' outside function",
        11,
    );
    fails("x = (yield)", "SyntaxError", "'yield' outside function", 5);
    fails("await x", "SyntaxError", "'await' outside function", 0);
    fails(
        "def f():\n    await x",
        "SyntaxError",
        "'await' outside async function",
        13,
    );
    let generator = "async def f():\n    yield x\n    return 1";
    fails(
        generator,
        "SyntaxError",
        "'return' with value in async generator",
        31,
    );
    for fine in [
        "for x in y:\n    if x:\n        break\n    continue",
        "def f():\n    return (yield)",
        "lambda: (yield)",
        "async def f():\n    await x\n    return 1",
    ] {
        assert!(parse_program(fine).is_ok(), "{fine}");
    }
}

#[test]
fn declarations() {
    fails(
        "nonlocal x",
        "SyntaxError",
        "nonlocal declaration not allowed at module level",
        0,
    );
    let unbound = "def f():\n    x = 1\n    def g():\n        nonlocal y";
    fails(
        unbound,
        "SyntaxError",
        "no binding for nonlocal 'y' found",
        40,
    );
    let after = "def f():\n  x = 1\n  global x";
    fails(
        after,
        "SyntaxError",
        "name 'x' is assigned to before global declaration",
        19,
    );
    let used = "def f():\n  print(x)\n  global x";
    fails(
        used,
        "SyntaxError",
        "name 'x' is used prior to global declaration",
        22,
    );
    fails(
        "def f(x):\n    global x",
        "SyntaxError",
        "name 'x' is parameter and global",
        14,
    );
    fails(
        "def f(x, x): pass",
        "SyntaxError",
        "duplicate argument 'x' in function definition",
        9,
    );
    let comprehension = "def f():\n    x = [(yield) for y in z]";
    fails(
        comprehension,
        "SyntaxError",
        "'yield' inside list comprehension",
        19,
    );
    let bound_later = "def f():\n    def g():\n        nonlocal x\n    x = 1";
    assert!(parse_program(bound_later).is_ok());
}

#[test]
fn targets_and_calls() {
    fails(
        "*a = 1",
        "SyntaxError",
        "starred assignment target must be in a list or tuple",
        0,
    );
    fails(
        "a, *b, *c = x",
        "SyntaxError",
        "multiple starred expressions in assignment",
        0,
    );
    fails(
        "x = *a",
        "SyntaxError",
        "can't use starred expression here",
        4,
    );
    fails(
        "f(x=1, x=2)",
        "SyntaxError",
        "keyword argument repeated: x",
        7,
    );
    fails(
        "__debug__ = 1",
        "SyntaxError",
        "cannot assign to __debug__",
        0,
    );
    let bare = "try:\n    pass\nexcept:\n    pass\nexcept ValueError:\n    pass";
    fails(bare, "SyntaxError", "default 'except:' must be last", 14);
    for fine in [
        "a, *b = x",
        "print(*a, *b)",
        "x = *a, *b",
        "[*a] = b",
        "f(**a, **b)",
    ] {
        assert!(parse_program(fine).is_ok(), "{fine}");
    }
}

#[test]
fn checks_reach_inside_f_string_fields() {
    for (source, message) in [
        ("x = f'{(yield)}'", "'yield' outside function"),
        ("f'{g(k=1, k=2)}'", "keyword argument repeated: k"),
        (
            "def f():\n    f'{(lambda a, a: 0)}'",
            "duplicate argument 'a' in function definition",
        ),
        (
            "def f():\n    f'{x}'\n    global x",
            "name 'x' is used prior to global declaration",
        ),
        (
            "def f():\n    f'{[(yield) for i in y]}'",
            "'yield' inside list comprehension",
        ),
    ] {
        let error = parse_program(source).unwrap_err();
        assert_eq!(error.message, message, "{source}");
    }
}
