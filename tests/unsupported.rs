//! The constructs viewfinder parses but does not run yet: a program runs up to the first one
//! it reaches and stops there with `NotImplementedError: <construct> are not supported by
//! viewfinder yet`, the caret under the construct's keyword; everything before it ran.

use crate::util::run_viewfinder;

/// `viewfinder --quiet -c source`: stdout, the last stderr line, the exit status.
fn quiet(source: &str) -> (String, String, Option<i32>) {
    let run = run_viewfinder(&["--quiet", "-c", source], None);
    let last = run.last_stderr_line().unwrap_or_default();
    (run.stdout_text(), last, run.code)
}

#[test]
fn a_program_runs_up_to_its_first_unsupported_statement() {
    let source =
        "import numpy as np\na = np.arange(3)\nprint(a)\nwith a:\n    pass\nprint('never')\n";
    let run = run_viewfinder(&["--quiet", "-c", source], None);
    assert_eq!(run.stdout_text(), "[0 1 2]\n");
    assert_eq!(run.code, Some(1));
    let stderr = run.stderr_text();
    assert!(stderr.contains("line 4"), "{stderr}");
    assert!(stderr.contains("    with a:\n    ^^^^\n"), "{stderr}");
    assert!(
        stderr.ends_with(
            "NotImplementedError: 'with' statements are not supported by viewfinder yet\n"
        ),
        "{stderr}"
    );
}

#[test]
fn each_new_construct_is_refused_by_name() {
    let cases = [
        ("@decorator\ndef f(): pass", "decorators ('@')"),
        (
            "try:\n    pass\nexcept* ValueError:\n    pass",
            "exception groups ('except*')",
        ),
        ("with open('x') as f:\n    pass", "'with' statements"),
        ("match 1:\n    case 1:\n        pass", "'match' statements"),
        ("x: int = 3", "annotated assignments ('x: int = ...')"),
        ("s = (i for i in range(3))", "generator expressions"),
        ("n = 99999999999999999999", "integers beyond 64 bits"),
        ("z = 1j", "complex numbers"),
        ("print((y := 1))", "assignment expressions (':=')"),
        ("from numpy import *", "star imports ('import *')"),
    ];
    for (source, construct) in cases {
        let (stdout, last, code) = quiet(source);
        let expected =
            format!("NotImplementedError: {construct} are not supported by viewfinder yet");
        assert_eq!(
            (stdout.as_str(), last.as_str(), code),
            ("", expected.as_str(), Some(1)),
            "{source}"
        );
    }
}

#[test]
fn a_keyword_dict_parameter_collects_the_extra_keywords() {
    let source = "import numpy as np\ndef f(a, **options):\n    return options\nprint(f(1, b=2, **{'c': 3}))\n";
    let (stdout, last, code) = quiet(source);
    assert_eq!(
        (stdout.as_str(), last.as_str(), code),
        ("{'b': 2, 'c': 3}\n", "", Some(0))
    );
}

#[test]
fn a_syntax_error_anywhere_still_runs_nothing() {
    let (stdout, last, code) = quiet("print(1)\nfor x in y\n    pass\n");
    assert_eq!(
        (stdout.as_str(), last.as_str(), code),
        ("", "SyntaxError: expected ':'", Some(1))
    );
}

#[test]
fn an_import_inside_a_block_makes_the_whole_program_python() {
    let source = "x = [1, 2]\nprint(x)\nif True:\n    import numpy as np\nprint(np.array(x) * 2)\n";
    let (stdout, last, code) = quiet(source);
    assert_eq!(
        (stdout.as_str(), last.as_str(), code),
        ("[1, 2]\n[2 4]\n", "", Some(0))
    );
}
