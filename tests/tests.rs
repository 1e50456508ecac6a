//! Every integration test of viewfinder, built as one test binary.
//!
//! One binary links once and runs its tests in parallel, so the suites below share `util.rs`
//! (run the `viewfinder` binary, run `python3`, compare outputs) instead of each carrying a copy.
//!
//! - `conformance`: every `tests/numpy/*.py` must print the same under `viewfinder --quiet` as
//!   under real CPython + NumPy, and exit the same way.
//! - `corpus`: real teaching code (NumPy docs, the Python Data Science Handbook, numpy-100, the
//!   Scientific Python Lectures) in `tests/corpus/cases/`, each classified against python3 as
//!   `match`, `honest`, `fake` or `silent`; `fake` and `silent` only as listed in
//!   `tests/corpus/known_bad.txt`.
//! - `differential`: random programs over the supported subset, run by python3 + NumPy and by
//!   viewfinder, must agree (stdout, exit, error line); mismatches are minimised and must be
//!   recorded cases; `VIEWFINDER_DIFF_CASES=N` runs a long campaign.
//! - `report_oracle`: random programs run step by step in python3 and as `viewfinder --json`;
//!   after every step each claim of the report (sharing pairs, element maps, view/copy verdicts,
//!   `seen_by`, layouts) must agree with NumPy's memory; findings are minimised and must be
//!   recorded in `tests/report_oracle/known_report_bugs.txt`; `VIEWFINDER_ORACLE_CASES=N`
//!   runs a long campaign.
//! - `cli`: flags, standard input, exit statuses, the lesson transcript.
//! - `lesson`: the lesson views (`--table`, `--track`, `--diagram`, `--explain`, `--quiz`,
//!   `--export`, `--json`): golden files in `tests/lesson/`, the seed lesson's table, quiz answers
//!   replayed, and the HTML handout rendered by headless Chromium.
//! - `pty`: the prompt on a pseudo-terminal: Tab, continuation prompts, Ctrl-C, Ctrl-D, history,
//!   a pasted lesson, `%save` run by python3, `-i`.
//! - `readme`: the README's session is what viewfinder prints; its table of callables is the
//!   evaluator's tables.
//! - `signatures`: every table row's signature and argument errors are python3's.
//! - `real_names`: every name of NumPy's and CPython's `dir()` lists works or is refused
//!   honestly; the lists are the installed python3's.
//! - `fuzz`: generated programs (and the checked-in corpus) never panic, never raise
//!   `SystemError`, never hang; `VIEWFINDER_FUZZ_CASES=N` runs a long campaign.
//! - `robustness`: bad input at the command line (non-UTF-8 and NUL bytes, huge lines, deep
//!   nesting, huge allocations, overflowing indices) gets python3's error, never a crash.
//! - `syntax_errors`: snippets with mistakes get CPython 3.11's syntax errors (kind, message,
//!   line, column), compared with python3 run now.
//! - `unsupported`: constructs that parse but do not run yet stop the program where they are
//!   reached, with a `NotImplementedError` naming them.
//! - `examples`: every `examples/*.py` has a checked-in `.out` that is still what NumPy prints,
//!   and viewfinder reproduces it (quiet) or includes it (annotated).

mod util;

mod cli;
mod conformance;
mod corpus;
mod differential;
mod examples;
mod formatting;
mod fuzz;
mod lesson;
mod pty;
mod readme;
mod real_names;
mod report_oracle;
mod robustness;
mod signatures;
mod syntax_errors;
mod unsupported;
