//! Python's string formatting, checked against python3 on thousands of generated cases:
//! `format(value, spec)` over the whole format-spec mini-language, f-strings, `str.format`
//! and `%`-formatting, for Python's numbers and strings and NumPy's scalars and arrays.
//!
//! Each case prints one line: the result's `repr`, or the exception's type and message. The
//! script is run by python3 and by `viewfinder --quiet`; every line must be the same, or
//! viewfinder's must be an honest `NotImplementedError` (then the script stops there, so a
//! refusal is reported as the case it stopped at). The cases come from the differential
//! fuzzer's seeded generator, so a seed names one script everywhere.

use crate::differential::rng::Rng;
use crate::util::{Run, describe_difference, require_numpy, run_python, run_viewfinder_quiet};
use std::fmt::Write as _;

/// How many cases each generated script holds.
const CASES: usize = 3000;

/// The values formatted: Python numbers and strings, NumPy scalars, arrays, other objects.
const VALUES: &[&str] = &[
    "0",
    "7",
    "-7",
    "1234567",
    "-1234567",
    "255",
    "10**15",
    "-(2**62) * 2",
    "9223372036854775807",
    "True",
    "False",
    "0.0",
    "-0.0",
    "1.5",
    "2.5",
    "-2.5",
    "0.125",
    "3.14159",
    "-3.14159",
    "1e16",
    "1e-5",
    "123456.789",
    "1e300",
    "1e-300",
    "float('inf')",
    "-float('inf')",
    "float('nan')",
    "0.1",
    "2/3",
    "100.0",
    "99.99",
    "0.00012345",
    "'abc'",
    "''",
    "'naïve'",
    "'a b'",
    "np.int8(-5)",
    "np.uint8(200)",
    "np.int64(-42)",
    "np.uint64(9223372036854775807) * np.uint64(2) + np.uint64(1)",
    "np.float64(1)/3",
    "np.float64(-0.0)",
    "np.float64(2.5)",
    "np.float32(0.1)",
    "np.float32(-1.5)",
    "np.bool_(True)",
    "np.array(2.5)",
    "np.array(7)",
    "np.arange(3)",
    "None",
    "[1, 2]",
    "(1, 'a')",
    "range(3)",
];

/// Pieces of a spec, picked one at a time from each slot.
const FILLS: &[&str] = &["", "", "", "*", "0", " ", "x"];
const ALIGNS: &[&str] = &["", "", "<", ">", "^", "="];
const SIGNS: &[&str] = &["", "", "+", "-", " "];
const FLAGS: &[&str] = &["", "", "", "z", "#", "z#"];
const ZEROS: &[&str] = &["", "", "0"];
const WIDTHS: &[&str] = &["", "", "1", "5", "8", "12", "20"];
const GROUPS: &[&str] = &["", "", "", ",", "_"];
const PRECISIONS: &[&str] = &["", "", ".0", ".1", ".3", ".6", ".12", "."];
const TYPES: &[&str] = &[
    "", "", "", "d", "f", "F", "e", "E", "g", "G", "%", "x", "X", "b", "o", "c", "n", "s", "y",
];

/// Picks one of `items`.
fn pick<'a>(rng: &mut Rng, items: &[&'a str]) -> &'a str {
    items[rng.below(items.len())]
}

/// A random spec: each slot of the mini-language filled or not.
fn random_spec(rng: &mut Rng) -> String {
    let mut spec = String::new();
    let align = pick(rng, ALIGNS);
    if !align.is_empty() {
        spec.push_str(pick(rng, FILLS));
    }
    for slot in [align, pick(rng, SIGNS), pick(rng, FLAGS), pick(rng, ZEROS)] {
        spec.push_str(slot);
    }
    for slot in [WIDTHS, GROUPS, PRECISIONS, TYPES] {
        spec.push_str(pick(rng, slot));
    }
    spec
}

/// A random printf-style conversion: flags, width, precision, type.
fn random_printf(rng: &mut Rng) -> String {
    let flags = ["", "", "-", "+", " ", "#", "0", "-0", "+0", "#0"];
    let widths = ["", "", "1", "6", "12"];
    let precisions = ["", "", ".0", ".2", ".5", "."];
    let types = [
        "s", "r", "a", "d", "i", "u", "o", "x", "X", "e", "E", "f", "F", "g", "G", "c", "y",
    ];
    let mut conversion = String::new();
    for slot in [&flags[..], &widths, &precisions, &types] {
        conversion.push_str(pick(rng, slot));
    }
    conversion
}

/// The script's prelude: `show` prints what an expression gives or raises.
const PRELUDE: &str = "import numpy as np
def show(make):
    try:
        print(repr(make()))
    except Exception as e:
        print(type(e).__name__, e)
";

/// One generated case: `format`, an f-string, `str.format` or `%`.
fn random_case(rng: &mut Rng) -> String {
    let value = pick(rng, VALUES);
    let spec = random_spec(rng);
    match rng.below(5) {
        0 => format!("show(lambda: format({value}, {spec:?}))"),
        1 => format!("show(lambda: f\"<{{{value}:{spec}}}>\")"),
        2 => format!("show(lambda: '[{{0:{spec}}}]'.format({value}))"),
        3 => format!("show(lambda: '<%{}>' % ({value},))", random_printf(rng)),
        _ => format!("show(lambda: f\"{{{value}!r:{spec}}}\")"),
    }
}

/// A script of [`CASES`] cases from `seed`.
fn script(seed: u64) -> String {
    let mut rng = Rng::new(seed);
    let mut text = String::from(PRELUDE);
    for _ in 0..CASES {
        let _ = writeln!(text, "{}", random_case(&mut rng));
    }
    text
}

/// Runs the script of `seed` both ways and describes the first difference, if any.
fn compare(seed: u64) -> Option<String> {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("formatting");
    std::fs::create_dir_all(&dir).expect("a scratch directory");
    let path = dir.join(format!("format_specs_{seed}.py"));
    std::fs::write(&path, script(seed)).expect("the script is written");
    let python: Run = run_python(&path);
    let viewfinder: Run = run_viewfinder_quiet(&path);
    let (want, got) = (python.stdout_text(), viewfinder.stdout_text());
    if want == got && python.status_text() == viewfinder.status_text() {
        return None;
    }
    let refused = viewfinder.stderr_text().contains("NotImplementedError");
    let agreed = got.lines().count();
    if refused && want.starts_with(&got) {
        let text = script(seed);
        let stopped = text.lines().nth(PRELUDE.lines().count() + agreed);
        return Some(format!(
            "refused at case {agreed}: {}\n{}",
            stopped.unwrap_or(""),
            viewfinder.stderr_text()
        ));
    }
    Some(format!(
        "{}: {}",
        path.display(),
        describe_difference(&want, &got)
    ))
}

/// How many scripts a run checks: two, or `VIEWFINDER_FORMAT_SCRIPTS` for a campaign (each
/// script is a seed; `VIEWFINDER_FORMAT_SEED` is the first).
fn seeds() -> std::ops::Range<u64> {
    let number = |name: &str, default: u64| {
        std::env::var(name)
            .ok()
            .and_then(|text| text.parse().ok())
            .unwrap_or(default)
    };
    let first = number("VIEWFINDER_FORMAT_SEED", 1);
    first..first + number("VIEWFINDER_FORMAT_SCRIPTS", 2)
}

#[test]
fn format_specs_match_python() {
    require_numpy();
    let failures: Vec<String> = seeds().filter_map(compare).take(3).collect();
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
