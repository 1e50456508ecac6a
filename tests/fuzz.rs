//! Fuzzing parse + evaluate + report, in process.
//!
//! A grammar-aware generator (proptest) writes programs from viewfinder's language — names,
//! literals with odd and huge values, slices with odd bounds and steps, fancy and boolean
//! indices, arithmetic, methods, `np.*` constructors with odd arguments, `print`, `del`,
//! augmented and chained assignments — and mutates some of them (truncation, stray bytes, deep
//! nesting). Each program runs three ways, statement by statement as at the prompt (an error
//! does not stop the rest): quietly, as the annotated transcript followed by every lesson view,
//! and as the JSON trace. A run fails on any panic, any `SystemError` (the evaluator's
//! name for an internal panic it caught), or a program taking absurdly long.
//!
//! `cargo test` replays `tests/fuzz/corpus/*.py` (seeds, and a minimised program for every bug
//! found) and runs a bounded number of generated programs; `VIEWFINDER_FUZZ_CASES=N` runs N
//! instead (a long campaign: build with `--release`).

use std::path::Path;
use std::time::{Duration, Instant};

use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::{Config, TestCaseError, TestRunner};
use viewfinder::eval::{Dialect, Interpreter};
use viewfinder::eval::{StepObserver, StepView};
use viewfinder::report::ErrorPlace;
use viewfinder::report::lesson::{JsonTrace, LessonHistory, LessonViews, render_lesson};
use viewfinder::script::run_statements;

use crate::util::{file_name, python_files_in, repo_root};

/// Generated programs run by `cargo test`.
const DEFAULT_CASES: u32 = 250;

/// The memory limit programs run under: small, so huge allocations fail fast.
const FUZZ_MAX_MEMORY: usize = 64 << 20;

/// Longer than this for one program (three runs) is a hang.
const TOO_LONG: Duration = Duration::from_secs(20);

/// How a program is shown while it runs.
#[derive(Clone, Copy)]
enum Mode {
    /// `--quiet`.
    Quiet,
    /// The transcript with every report, then every lesson view.
    Annotated,
    /// `--json`.
    Json,
}

/// Runs `source` one way, statement by statement as the prompt does (a failing statement does
/// not stop the rest); the problem if anything panicked or raised `SystemError`.
fn run_once(source: &str, mode: Mode) -> Result<(), String> {
    let attempt = std::panic::catch_unwind(|| {
        let Ok(program) = viewfinder::syntax::parse_program(source) else {
            return String::new();
        };
        let mut session = Interpreter::new(Dialect::Shorthand);
        session.set_max_memory(FUZZ_MAX_MEMORY);
        let place = ErrorPlace {
            file: "<fuzz>",
            source,
        };
        let annotated = matches!(mode, Mode::Annotated);
        let view = StepView {
            headers: annotated,
            echo: annotated,
            report: annotated,
        };
        let (mut out, mut err) = (Vec::new(), Vec::new());
        let mut each_statement = |observer: &mut dyn StepObserver| {
            for stmt in &program {
                let one = std::slice::from_ref(stmt);
                run_statements(
                    one,
                    &place,
                    &mut session,
                    view,
                    observer,
                    &mut out,
                    &mut err,
                );
            }
        };
        match mode {
            Mode::Json => each_statement(&mut JsonTrace::new(Vec::new())),
            _ => {
                let mut history = LessonHistory::new();
                each_statement(&mut history);
                if annotated {
                    let _ = render_lesson(&history, &session, &every_view());
                }
            }
        }
        String::from_utf8_lossy(&err).into_owned()
    });
    match attempt {
        Err(_) => Err("panicked".to_string()),
        Ok(err) if err.contains("SystemError") => Err(format!("raised {}", err.trim_end())),
        Ok(_) => Ok(()),
    }
}

/// Every lesson view the annotated run renders.
fn every_view() -> LessonViews {
    LessonViews {
        table: true,
        track: true,
        diagram: Some(Vec::new()),
        explain: true,
        quiz: Some(1),
        width: 80,
        ..LessonViews::default()
    }
}

/// Runs `source` quietly, annotated with every lesson view, and as JSON.
fn check_program(source: &str) -> Result<(), String> {
    let started = Instant::now();
    run_once(source, Mode::Quiet)?;
    run_once(source, Mode::Annotated)?;
    run_once(source, Mode::Json)?;
    if started.elapsed() > TOO_LONG {
        return Err(format!("took {:?}", started.elapsed()));
    }
    Ok(())
}

#[test]
fn corpus_programs_run_cleanly() {
    let corpus = repo_root().join("tests/fuzz/corpus");
    let programs = python_files_in(&corpus);
    assert!(programs.len() >= 5, "the corpus is in {}", corpus.display());
    let failures: Vec<String> = programs
        .iter()
        .filter_map(|path| {
            let source = read_lossy(path);
            check_program(&source)
                .err()
                .map(|problem| format!("{}: {problem}", file_name(path)))
        })
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// A corpus file as text (some hold bytes that are not UTF-8 on purpose).
fn read_lossy(path: &Path) -> String {
    String::from_utf8_lossy(&std::fs::read(path).expect("corpus file")).into_owned()
}

#[test]
fn generated_programs_run_cleanly() {
    let cases = std::env::var("VIEWFINDER_FUZZ_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(DEFAULT_CASES);
    let config = Config {
        cases,
        failure_persistence: None,
        max_shrink_iters: 2000,
        ..Config::default()
    };
    let started = Instant::now();
    let mut runner = TestRunner::new(config);
    let result = runner.run(&program(), |source| {
        check_program(&source).map_err(TestCaseError::fail)
    });
    if let Err(error) = result {
        panic!("{error}");
    }
    if std::env::var("VIEWFINDER_FUZZ_CASES").is_ok() {
        eprintln!(
            "fuzz: {cases} programs in {:?}, no failure",
            started.elapsed()
        );
    }
}

/// Names the programs use.
const NAMES: &[&str] = &["a", "b", "c", "l", "x", "ba", "e", "z", "u", "t", "f", "m"];

/// What every generated program starts with, so most statements have something to work on.
const PRELUDE: &str = "a = np.arange(12)\nb = a[1:7]\nc = np.ones((3, 4))\nl = [1, 2, 3]\n\
x = 5\nba = bytearray(8)\ne = np.zeros((0, 3))\nz = np.array(5)\nu = np.arange(8, dtype=np.uint8)\n\
t = np.broadcast_to(a, (1000, 12))\nf = c.T[::-1]\nm = np.frombuffer(ba, dtype=np.int16)\n";

fn name() -> impl Strategy<Value = String> {
    prop::sample::select(NAMES).prop_map(str::to_string)
}

/// Integers, including the edges of 64 bits and beyond.
fn int_literal() -> impl Strategy<Value = String> {
    prop_oneof![
        (-20i64..20).prop_map(|i| i.to_string()),
        prop::sample::select(vec![
            "2**62",
            "2**63-1",
            "-2**63",
            "9223372036854775807",
            "-9223372036854775807",
            "2**64",
            "10**12",
            "10**400",
            "0",
            "-0",
            "255",
            "256",
            "-129",
        ])
        .prop_map(str::to_string),
    ]
}

fn literal() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => int_literal(),
        1 => prop::sample::select(vec!["1.5", "-0.0", "1e308", "1e-320", "float('nan')", "float('inf')", "True", "False", "None", "'s'", "b'xy'", "(1, 2)", "()"])
            .prop_map(str::to_string),
    ]
}

fn slice() -> impl Strategy<Value = String> {
    let bound = || prop::option::of(int_literal());
    (bound(), bound(), bound()).prop_map(|(lo, hi, step)| {
        let part = |b: Option<String>| b.unwrap_or_default();
        match step {
            Some(step) => format!("{}:{}:{}", part(lo), part(hi), step),
            None => format!("{}:{}", part(lo), part(hi)),
        }
    })
}

fn index_item() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => int_literal(),
        3 => slice(),
        1 => Just("...".to_string()),
        1 => Just("None".to_string()),
        1 => prop::collection::vec(-4i64..6, 0..4)
            .prop_map(|v| format!("[{}]", v.iter().map(i64::to_string).collect::<Vec<_>>().join(", "))),
        1 => name().prop_map(|n| format!("{n} > 2")),
        1 => Just("[True, False, True]".to_string()),
    ]
}

fn index() -> impl Strategy<Value = String> {
    prop::collection::vec(index_item(), 1..4).prop_map(|items| items.join(", "))
}

fn dtype() -> impl Strategy<Value = String> {
    prop::sample::select(vec![
        "np.int8",
        "np.uint8",
        "np.int16",
        "np.int32",
        "np.int64",
        "np.uint64",
        "np.float32",
        "np.float64",
        "bool",
        "'f4'",
        "'<i4'",
        "'u8'",
        "'H'",
        "int",
        "float",
        "'complex'",
    ])
    .prop_map(str::to_string)
}

fn shape() -> impl Strategy<Value = String> {
    prop_oneof![
        int_literal(),
        prop::collection::vec(int_literal(), 0..4).prop_map(|v| format!("({},)", v.join(", "))),
    ]
}

fn method_call() -> impl Strategy<Value = String> {
    prop_oneof![
        shape().prop_map(|s| format!("reshape({s})")),
        (int_literal(), int_literal()).prop_map(|(a, b)| format!("reshape({a}, {b})")),
        Just("T".to_string()),
        Just("copy()".to_string()),
        dtype().prop_map(|d| format!("view({d})")),
        dtype().prop_map(|d| format!("astype({d})")),
        Just("ravel()".to_string()),
        Just("flatten()".to_string()),
        prop::sample::select(vec!["sum", "min", "max", "mean", "prod", "any", "all"])
            .prop_flat_map(
                |m| prop::option::of(int_literal()).prop_map(move |axis| match axis {
                    Some(axis) => format!("{m}(axis={axis})"),
                    None => format!("{m}()"),
                })
            ),
        Just("tolist()".to_string()),
        Just("item()".to_string()),
        literal().prop_map(|v| format!("fill({v})")),
        Just("sort()".to_string()),
        Just("transpose()".to_string()),
        (int_literal(), int_literal()).prop_map(|(a, b)| format!("swapaxes({a}, {b})")),
        Just("diagonal()".to_string()),
        Just("base".to_string()),
        Just("flags".to_string()),
        Just("strides".to_string()),
        literal().prop_map(|v| format!("append({v})")),
        literal().prop_map(|v| format!("pop({v})")),
    ]
}

fn constructor() -> impl Strategy<Value = String> {
    prop_oneof![
        shape().prop_map(|s| format!("np.zeros({s})")),
        (shape(), dtype()).prop_map(|(s, d)| format!("np.ones({s}, dtype={d})")),
        (shape(), literal()).prop_map(|(s, v)| format!("np.full({s}, {v})")),
        int_literal().prop_map(|n| format!("np.arange({n})")),
        (int_literal(), int_literal(), int_literal())
            .prop_map(|(a, b, c)| format!("np.arange({a}, {b}, {c})")),
        (literal(), literal(), int_literal())
            .prop_map(|(a, b, n)| format!("np.linspace({a}, {b}, {n})")),
        (name(), dtype()).prop_map(|(n, d)| format!("np.array({n}, dtype={d})")),
        (name(), shape()).prop_map(|(n, s)| format!("np.broadcast_to({n}, {s})")),
        (name(), name()).prop_map(|(a, b)| format!("np.concatenate([{a}, {b}])")),
        (name(), name()).prop_map(|(a, b)| format!("np.where({a} > 1, {a}, {b})")),
        name().prop_map(|n| format!("np.sort({n})")),
        (name(), name()).prop_map(|(a, b)| format!("np.shares_memory({a}, {b})")),
        (name(), dtype()).prop_map(|(n, d)| format!("np.frombuffer({n}, dtype={d})")),
        name().prop_map(|n| format!("np.zeros_like({n})")),
        int_literal().prop_map(|n| format!("bytearray({n})")),
        int_literal().prop_map(|n| format!("bytes({n})")),
        int_literal().prop_map(|n| format!("[0] * {n}")),
        int_literal().prop_map(|n| format!("list(range({n}))")),
        prop::collection::vec(literal(), 0..5).prop_map(|v| format!("[{}]", v.join(", "))),
        (name(), name()).prop_map(|(a, b)| format!("[{a}, [{b}, 1]]")),
    ]
}

fn operator() -> impl Strategy<Value = &'static str> {
    prop::sample::select(vec![
        "+", "-", "*", "/", "//", "%", "**", "&", "|", "^", "<<", ">>", "==", "<", ">=", "!=",
        "is", "in", "and", "or",
    ])
}

fn expr() -> impl Strategy<Value = String> {
    let leaf = prop_oneof![
        3 => name(),
        2 => literal(),
        2 => constructor(),
    ];
    leaf.prop_recursive(3, 12, 3, |inner| {
        prop_oneof![
            (inner.clone(), index()).prop_map(|(e, i)| format!("{}[{i}]", primary(e))),
            (inner.clone(), method_call()).prop_map(|(e, m)| format!("{}.{m}", primary(e))),
            (inner.clone(), operator(), inner.clone())
                .prop_map(|(a, op, b)| format!("{a} {op} {b}")),
            inner.clone().prop_map(|e| format!("-{e}")),
            inner.clone().prop_map(|e| format!("~{e}")),
            inner.clone().prop_map(|e| format!("not {e}")),
            inner.clone().prop_map(|e| format!("({e})")),
            inner.clone().prop_map(|e| format!("len({e})")),
            inner.clone().prop_map(|e| format!("list({e})")),
            (inner.clone(), inner.clone(), inner)
                .prop_map(|(a, b, c)| format!("{a} if {b} else {c}")),
        ]
    })
}

/// `e` as the object of a trailer: a name as it is, anything else in parentheses.
fn primary(e: String) -> String {
    match e.chars().all(|c| c.is_alphanumeric() || c == '_') && !e.starts_with(char::is_numeric) {
        true => e,
        false => format!("({e})"),
    }
}

fn statement() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => (name(), expr()).prop_map(|(n, e)| format!("{n} = {e}")),
        3 => (name(), index(), expr()).prop_map(|(n, i, e)| format!("{n}[{i}] = {e}")),
        2 => (name(), prop::sample::select(vec!["+=", "-=", "*=", "/=", "//=", "%=", "**=", "|=", "<<="]), expr())
            .prop_map(|(n, op, e)| format!("{n} {op} {e}")),
        1 => (name(), name(), index(), expr()).prop_map(|(a, b, i, e)| format!("{a} = {b}[{i}] = {e}")),
        2 => expr().prop_map(|e| format!("print({e})")),
        1 => expr().prop_map(|e| format!("print(repr({e}))")),
        1 => expr(),
        1 => name().prop_map(|n| format!("del {n}")),
        1 => (name(), index()).prop_map(|(n, i)| format!("del {n}[{i}]")),
        1 => (name(), prop::bool::ANY).prop_map(|(n, w)| format!("{n}.flags.writeable = {}", if w { "True" } else { "False" })),
        1 => Just("import numpy as np".to_string()),
        1 => Just("import array".to_string()),
        1 => (name(), prop::sample::select(vec!["'b'", "'d'", "'H'", "'q'"]))
            .prop_map(|(n, code)| format!("{n} = array.array({code}, [1, 2, 3])")),
    ]
}

/// Something done to a program's text after it was generated.
#[derive(Clone, Debug)]
enum Mutation {
    None,
    Truncate(usize),
    Insert(usize, Vec<u8>),
    DeepNesting(usize, &'static str),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        8 => Just(Mutation::None),
        1 => any::<usize>().prop_map(Mutation::Truncate),
        1 => (any::<usize>(), prop::collection::vec(any::<u8>(), 1..4))
            .prop_map(|(at, bytes)| Mutation::Insert(at, bytes)),
        1 => (
            prop::sample::select(vec![10usize, 199, 1000, 100_000]),
            prop::sample::select(vec!["[", "(", "-", "not ", "~", "a[0]", "+1", "**2"])
        )
            .prop_map(|(depth, unit)| Mutation::DeepNesting(depth, unit)),
    ]
}

/// Applies `mutation` to the program text (bytes that stop being UTF-8 are replaced, as the
/// command line's reader would refuse them before the parser sees them).
fn mutate(source: String, mutation: &Mutation) -> String {
    match mutation {
        Mutation::None => source,
        Mutation::Truncate(at) => {
            let bytes = source.as_bytes();
            String::from_utf8_lossy(&bytes[..at % (bytes.len() + 1)]).into_owned()
        }
        Mutation::Insert(at, extra) => {
            let mut bytes = source.into_bytes();
            let at = at % (bytes.len() + 1);
            bytes.splice(at..at, extra.iter().copied());
            String::from_utf8_lossy(&bytes).into_owned()
        }
        Mutation::DeepNesting(depth, unit) => {
            let nested = match *unit {
                "[" | "(" => {
                    let close = if *unit == "[" { "]" } else { ")" };
                    format!("{}1{}", unit.repeat(*depth), close.repeat(*depth))
                }
                "a[0]" | "+1" | "**2" => format!("1{}", unit.repeat(*depth)),
                _ => format!("{}1", unit.repeat(*depth)),
            };
            format!("{source}y = {nested}\nprint(y)\n")
        }
    }
}

/// A whole program: the prelude, some statements, maybe a mutation.
fn program() -> impl Strategy<Value = String> {
    let python = prop::bool::weighted(0.5);
    (
        python,
        prop::collection::vec(statement(), 1..16),
        mutation(),
    )
        .prop_map(|(python, statements, mutation)| {
            let import = if python { "import numpy as np\n" } else { "" };
            let source = format!("{import}{PRELUDE}{}\n", statements.join("\n"));
            mutate(source, &mutation)
        })
}

#[test]
fn the_generator_writes_programs_that_mostly_parse() {
    let mut runner = TestRunner::deterministic();
    let strategy = program();
    let parsed = (0..200)
        .filter(|_| {
            let source = strategy.new_tree(&mut runner).unwrap().current();
            viewfinder::syntax::parse_program(&source).is_ok()
        })
        .count();
    assert!(parsed > 100, "only {parsed} of 200 programs parse");
}
