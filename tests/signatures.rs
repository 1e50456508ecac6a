//! Every table row against python3: its signature text is what `inspect.signature` prints,
//! and badly made calls (no arguments, too many, an unknown keyword, an argument given twice)
//! fail with exactly python3's `TypeError`.
//!
//! The calls are generated from the rows, run in one python3 process (each in its own
//! `try`), and in viewfinder one by one in a fresh session. Where python3 raises, viewfinder
//! must raise the same exception with the same message, or refuse honestly
//! (`NotImplementedError`); where python3 succeeds, viewfinder must succeed or refuse.

use std::io::Write;
use std::process::{Command, Stdio};
use std::rc::Rc;

use viewfinder::eval::api::{ApiEntry, entries};
use viewfinder::eval::{Dialect, Interpreter};

use crate::util::{python_program, require_numpy};

/// What every probe program starts with.
const PRELUDE: &str =
    "import numpy as np\nimport array\nimport copy\nimport math\nimport operator\nimport sys\n";

/// The badly made calls to try on `entry`.
fn probes(entry: &ApiEntry) -> Vec<String> {
    let f = &entry.python;
    let mut calls = vec![
        format!("{f}()"),
        format!("{f}(0, 0, 0, 0, 0, 0, 0, 0, 0)"),
        format!("{f}(foo=1)"),
    ];
    if let Some(first) = first_keyword_parameter(entry.signature) {
        calls.push(format!("{f}(0, {first}=0)"));
    }
    calls
}

/// The first parameter of a signature that can be given by keyword (`shape` in
/// `(shape, dtype=None)`), if any.
fn first_keyword_parameter(signature: &str) -> Option<String> {
    let inner = signature.trim_start_matches('(').trim_end_matches(')');
    let before_slash = inner.contains('/');
    let mut past_slash = !before_slash;
    for part in inner.split(',').map(str::trim) {
        if part == "/" {
            past_slash = true;
            continue;
        }
        if part.is_empty() || part.starts_with('*') || !past_slash {
            continue;
        }
        return part.split('=').next().map(str::to_string);
    }
    None
}

/// python3's verdict on each call: `ok`, or `Kind: message`; and each entry's signature.
fn python_verdicts(calls: &[String], entries: &[ApiEntry]) -> (Vec<String>, Vec<String>) {
    let mut script = String::from(PRELUDE);
    script += "import contextlib, inspect, io, json\n";
    script += "def verdict(text):\n    try:\n        with contextlib.redirect_stdout(io.StringIO()):\n            eval(text)\n        return 'ok'\n    except Exception as e:\n        return type(e).__name__ + ': ' + str(e)\n";
    script += "def signature(text):\n    try:\n        return str(inspect.signature(eval(text)))\n    except Exception:\n        return '(none)'\n";
    script += "import sys\nfor line in sys.stdin.read().split('\\x00'):\n    kind, _, text = line.partition(' ')\n    if not text:\n        continue\n    print(json.dumps(verdict(text) if kind == 'call' else signature(text)))\n";
    let mut input = String::new();
    for call in calls {
        input += &format!("call {call}\0");
    }
    for entry in entries {
        input += &format!("sig {}\0", entry.python);
    }
    let mut child = Command::new(python_program())
        .args(["-c", &script])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("python3 runs");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input.as_bytes())
        .expect("write");
    let output = child.wait_with_output().expect("python3 finishes");
    let lines: Vec<String> = String::from_utf8_lossy(&output.stdout)
        .lines()
        .map(|line| serde_json::from_str::<String>(line).expect("json"))
        .collect();
    assert_eq!(
        lines.len(),
        calls.len() + entries.len(),
        "python3 answered every probe"
    );
    let (verdicts, signatures) = lines.split_at(calls.len());
    (verdicts.to_vec(), signatures.to_vec())
}

/// viewfinder's verdict on one call, in a fresh session.
fn viewfinder_verdict(call: &str) -> String {
    let source: Rc<str> = Rc::from(format!("{PRELUDE}{call}\n"));
    let program = match viewfinder::syntax::parse_program(&source) {
        Ok(program) => program,
        Err(error) => return format!("{error}"),
    };
    let mut session = Interpreter::new(Dialect::Python);
    let mut sink = Vec::new();
    for stmt in &program {
        if let Err(error) = session.run(stmt, &source, &mut sink) {
            return format!("{error}");
        }
    }
    "ok".into()
}

/// Whether viewfinder's verdict is acceptable beside python3's.
fn agrees(python: &str, viewfinder: &str) -> bool {
    python == viewfinder || viewfinder.starts_with("NotImplementedError:")
}

#[test]
fn rows_have_pythons_signatures_and_argument_errors() {
    require_numpy();
    let entries = entries();
    let calls: Vec<(usize, String)> = entries
        .iter()
        .enumerate()
        .flat_map(|(i, entry)| probes(entry).into_iter().map(move |call| (i, call)))
        .collect();
    let texts: Vec<String> = calls.iter().map(|(_, call)| call.clone()).collect();
    let (verdicts, signatures) = python_verdicts(&texts, &entries);
    let mut problems = Vec::new();
    for (entry, real) in entries.iter().zip(&signatures) {
        if real != "(none)" && real != entry.signature {
            problems.push(format!(
                "{}: signature {} but python3 has {real}",
                entry.python, entry.signature
            ));
        }
    }
    for ((i, call), python) in calls.iter().zip(&verdicts) {
        let ours = viewfinder_verdict(call);
        // A custom row checks its own arguments; only its TypeErrors must be python3's.
        let checked = !entries[*i].custom || python.starts_with("TypeError");
        if checked && !agrees(python, &ours) {
            problems.push(format!(
                "{call}\n    python3:    {python}\n    viewfinder: {ours}"
            ));
        }
    }
    println!("signatures: {} rows, {} calls", entries.len(), calls.len());
    assert!(
        problems.is_empty(),
        "{} disagreement(s):\n{}",
        problems.len(),
        problems.join("\n")
    );
}
