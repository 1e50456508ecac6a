//! The round-trip property: a generated program, printed as source and parsed, is the same
//! tree (spans aside), and python3 compiles every generated program.

use std::io::Write;
use std::process::{Command, Stdio};

use proptest::prelude::*;

use super::generate::program;
use super::parse_program;
use super::unparse;

/// A tree's `Debug` text with every span erased, so that trees compare by content.
fn without_spans(tree: &impl std::fmt::Debug) -> String {
    let text = format!("{tree:?}");
    let mut out = String::with_capacity(text.len());
    let mut rest = text.as_str();
    while let Some(at) = rest.find("Span { start: ") {
        out.push_str(&rest[..at]);
        let after = &rest[at..];
        let end = after.find('}').map_or(after.len(), |n| n + 1);
        out.push_str("Span");
        rest = &after[end..];
    }
    out.push_str(rest);
    out
}

/// Checks one generated program: it parses back to itself, and prints the same again.
fn round_trips(seed: u64) -> Result<String, String> {
    let tree = program(seed);
    let source = unparse::program(&tree);
    let parsed = parse_program(&source).map_err(|e| format!("{source}\n{e} at {:?}", e.span))?;
    if without_spans(&parsed) != without_spans(&tree) {
        return Err(format!(
            "{source}\nparsed as\n{}",
            unparse::program(&parsed)
        ));
    }
    Ok(source)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]
    #[test]
    fn printed_programs_parse_back_to_themselves(seed in any::<u64>()) {
        if let Err(problem) = round_trips(seed) {
            prop_assert!(false, "seed {}: {}", seed, problem);
        }
    }
}

/// Compiles each source of a JSON list read from stdin; prints the errors as JSON.
const COMPILE_ALL: &str = r#"
import json, sys, warnings
warnings.simplefilter("ignore")
errors = []
for source in json.load(sys.stdin):
    try:
        compile(source, "<generated>", "exec")
    except SyntaxError as e:
        errors.append(f"{e}\n{source}")
print(json.dumps(errors))
"#;

#[test]
fn python_compiles_every_generated_program() {
    let sources: Vec<String> = (0..400u64)
        .map(|seed| {
            round_trips(seed * 7919).unwrap_or_else(|e| panic!("seed {}: {e}", seed * 7919))
        })
        .collect();
    let python = std::env::var("VIEWFINDER_PYTHON").unwrap_or_else(|_| "python3".to_owned());
    let mut child = Command::new(python)
        .args(["-c", COMPILE_ALL])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("python3 runs");
    let input = serde_json::to_string(&sources).expect("sources as JSON");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input.as_bytes())
        .expect("write the sources");
    let output = child.wait_with_output().expect("python3 finishes");
    let errors: Vec<String> = serde_json::from_slice(&output.stdout).expect("python3's answer");
    assert!(
        errors.is_empty(),
        "python3 rejects:\n{}",
        errors.join("\n---\n")
    );
}
