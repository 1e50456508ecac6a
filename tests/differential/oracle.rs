//! Running one program both ways and judging the difference.
//!
//! python3 runs in a long-lived worker (`tests/differential/driver.py`, JSON lines on its
//! stdin and stdout), so NumPy's import is paid once per worker, not once per program.
//! viewfinder runs in process, through [`viewfinder::script::run_script`] with exactly the
//! options `viewfinder --quiet FILE` passes (a fresh python-dialect-by-import session, the
//! default memory limit), on the lane's thread, which has a big stack as `main` gives its
//! session thread. The two results are compared by [`judge`].

use std::io::{BufRead, BufReader, Write};
use std::process::{Child, ChildStdin, ChildStdout, Command, Stdio};

use serde_json::{Value, json};
use viewfinder::cli::ExitStatus;
use viewfinder::eval::{Dialect, Interpreter};
use viewfinder::report::lesson::LessonViews;
use viewfinder::script::{ScriptOptions, run_script};

use crate::util;

/// The file name errors give the program (only the last error line is compared).
const LABEL: &str = "fuzz.py";

/// How one interpreter ran a program.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Ran {
    /// What it printed, with memory addresses (`0x7f...`) replaced by `0x…`.
    pub stdout: String,
    /// The last line of the uncaught exception (`IndexError: ...`), or `None` on success.
    pub error: Option<String>,
}

impl Ran {
    /// The exception's type as Python prints it (`numpy.exceptions.AxisError`), if it raised.
    pub fn error_type(&self) -> Option<&str> {
        self.error.as_deref().map(exception_type)
    }
}

/// The type part of a last traceback line: the text before the first `": "`.
pub fn exception_type(line: &str) -> &str {
    line.split_once(": ").map_or(line, |(kind, _)| kind).trim()
}

/// The verdict on one program.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// Same stdout, same way of ending.
    Match,
    /// viewfinder said `NotImplementedError` and had printed a prefix of what python3 printed.
    Refused(String),
    /// A difference; the text names its kind (see [`category`]).
    Mismatch(String),
    /// python3 timed out or its worker died: no ground truth.
    Skipped(String),
}

/// The python3 side: one worker process.
pub struct PythonWorker {
    child: Child,
    input: ChildStdin,
    output: BufReader<ChildStdout>,
}

impl PythonWorker {
    /// Starts `python3 tests/differential/driver.py` (NumPy must be installed).
    pub fn start() -> PythonWorker {
        util::require_numpy();
        let mut child = Command::new(util::python_program())
            .arg("tests/differential/driver.py")
            .current_dir(util::repo_root())
            .env("PYTHONHASHSEED", "0")
            .env("PYTHONIOENCODING", "utf-8")
            .env("PYTHONDONTWRITEBYTECODE", "1")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .unwrap_or_else(|err| panic!("cannot start the python3 driver: {err}"));
        let input = child.stdin.take().expect("stdin was piped");
        let output = BufReader::new(child.stdout.take().expect("stdout was piped"));
        PythonWorker {
            child,
            input,
            output,
        }
    }

    /// Sends one request without waiting for the answer.
    pub fn send(&mut self, request: &Value) -> Result<(), String> {
        let line = format!("{request}\n");
        self.input
            .write_all(line.as_bytes())
            .and_then(|_| self.input.flush())
            .map_err(|err| format!("the python3 driver stopped reading: {err}"))
    }

    /// Reads the answer to the oldest request sent.
    pub fn receive(&mut self) -> Result<Value, String> {
        let mut line = String::new();
        match self.output.read_line(&mut line) {
            Ok(0) | Err(_) => Err("the python3 driver died".to_string()),
            Ok(_) => {
                serde_json::from_str(&line).map_err(|err| format!("bad answer {line:?}: {err}"))
            }
        }
    }

    /// Sends a request and waits for its answer.
    pub fn ask(&mut self, request: &Value) -> Result<Value, String> {
        self.send(request)?;
        self.receive()
    }

    /// Runs `source` with python3.
    pub fn run(&mut self, source: &str) -> Result<Ran, String> {
        self.send(&json!({"op": "run", "src": source}))?;
        self.finish_run()
    }

    /// The result of a `run` request sent earlier.
    pub fn finish_run(&mut self) -> Result<Ran, String> {
        let answer = self.receive()?;
        if answer["timeout"].as_bool() == Some(true) {
            return Err("python3 timed out".to_string());
        }
        Ok(Ran {
            stdout: without_addresses(answer["stdout"].as_str().unwrap_or("")),
            error: answer["error"].as_str().map(without_addresses),
        })
    }
}

/// A worker that is no longer needed is ended (it would end at EOF on stdin anyway).
impl Drop for PythonWorker {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Runs `source` as `viewfinder --quiet FILE` does, in this thread.
pub fn run_viewfinder(source: &str) -> Ran {
    let mut session = Interpreter::new(Dialect::Shorthand);
    let options = ScriptOptions {
        quiet: true,
        label: LABEL,
        lesson: LessonViews::default(),
    };
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let status = run_script(source, &mut session, &options, &mut out, &mut err);
    let error = match status == ExitStatus::Success {
        true => None,
        false => Some(last_line(&String::from_utf8_lossy(&err))),
    };
    Ran {
        stdout: without_addresses(&String::from_utf8_lossy(&out)),
        error: error.map(|line| without_addresses(&line)),
    }
}

/// The last non-blank line of `text`, trailing spaces kept (Python keeps them).
fn last_line(text: &str) -> String {
    text.lines()
        .rfind(|line| !line.trim().is_empty())
        .unwrap_or("<no error line>")
        .to_string()
}

/// `text` with every `0x` followed by hex digits written `0x…`: addresses differ between
/// processes and are no part of the promise.
pub fn without_addresses(text: &str) -> String {
    let mut result = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find("0x") {
        result.push_str(&rest[..at + 2]);
        let after = &rest[at + 2..];
        let digits = after.len()
            - after
                .trim_start_matches(|c: char| c.is_ascii_hexdigit())
                .len();
        if digits >= 6 {
            result.push('…');
        } else {
            result.push_str(&after[..digits]);
        }
        rest = &after[digits..];
    }
    result.push_str(rest);
    result
}

/// Compares python3's run (`expected`) with viewfinder's (`got`).
pub fn judge(expected: &Ran, got: &Ran) -> Verdict {
    let refused = got.error_type() == Some("NotImplementedError")
        && expected.error_type() != Some("NotImplementedError");
    if refused && expected.stdout.starts_with(&got.stdout) {
        return Verdict::Refused(refusal_feature(got.error.as_deref().unwrap_or("")));
    }
    if expected == got {
        return Verdict::Match;
    }
    Verdict::Mismatch(category(expected, got))
}

/// What a refusal names, with numbers and quoted values generalised, for counting.
fn refusal_feature(line: &str) -> String {
    let message = line.split_once(": ").map_or(line, |(_, message)| message);
    message
        .chars()
        .map(|c| if c.is_ascii_digit() { '#' } else { c })
        .collect()
}

/// The kind of a mismatch: how each side ended, and whether stdout differs.
/// `viewfinder ok, python3 raised ValueError`, `both ok, stdout differs`,
/// `both raised TypeError, message differs`, ...
pub fn category(expected: &Ran, got: &Ran) -> String {
    let stdout = match expected.stdout == got.stdout {
        true => "",
        false => ", stdout differs",
    };
    match (expected.error_type(), got.error_type()) {
        (None, None) => format!("both ok{stdout}"),
        (Some(python), None) => format!("viewfinder ok, python3 raised {python}{stdout}"),
        (None, Some(vf)) => format!("viewfinder raised {vf}, python3 ok{stdout}"),
        (Some(python), Some(vf)) if python == vf => {
            let message = match expected.error == got.error {
                true => "",
                false => ", message differs",
            };
            format!("both raised {python}{message}{stdout}")
        }
        (Some(python), Some(vf)) => {
            format!("viewfinder raised {vf}, python3 raised {python}{stdout}")
        }
    }
}

/// How wrong a category is, for ordering findings: a silent wrong answer (viewfinder exits 0)
/// first, then a wrong error, then a message.
pub fn severity(category: &str) -> u8 {
    match category {
        c if c.starts_with("viewfinder ok") => 0,
        c if c.starts_with("both ok") => 0,
        c if c.contains("SystemError") => 1,
        c if c.starts_with("viewfinder raised") => 2,
        c if c.contains("stdout differs") => 1,
        _ => 3,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ran(stdout: &str, error: Option<&str>) -> Ran {
        Ran {
            stdout: stdout.to_string(),
            error: error.map(str::to_string),
        }
    }

    #[test]
    fn refusals_after_the_same_output_are_honest() {
        let python = ran("1\n2\n", None);
        let refused = ran(
            "1\n",
            Some("NotImplementedError: 'for' loops are not supported by viewfinder"),
        );
        assert!(matches!(judge(&python, &refused), Verdict::Refused(_)));
        let wrong_first = ran("9\n", Some("NotImplementedError: x"));
        assert!(matches!(judge(&python, &wrong_first), Verdict::Mismatch(_)));
    }

    #[test]
    fn categories_say_how_each_side_ended() {
        let python = ran("", Some("ValueError: bad"));
        assert_eq!(
            category(&python, &ran("False\n", None)),
            "viewfinder ok, python3 raised ValueError, stdout differs"
        );
        assert_eq!(
            category(&python, &ran("", Some("ValueError: other"))),
            "both raised ValueError, message differs"
        );
        assert_eq!(
            category(&ran("1\n", None), &ran("2\n", None)),
            "both ok, stdout differs"
        );
    }

    #[test]
    fn addresses_are_blanked() {
        assert_eq!(
            without_addresses("<memory at 0x7f3a2b1c0d40>"),
            "<memory at 0x…>"
        );
        assert_eq!(without_addresses("0x1f and 0xff"), "0x1f and 0xff");
    }
}
