//! Helpers shared by the integration tests: run the `viewfinder` binary or the real
//! `python3` on a script, capture what each printed, and describe where two outputs differ.
//!
//! Real CPython + NumPy is the ground truth of the differential tests, so a machine without it
//! must FAIL loudly ([`require_numpy`]) rather than skip: a skipped conformance suite looks green.
//! Child processes get a deadline, so an interpreter stuck in a loop or waiting on stdin shows up
//! as a timed-out case instead of a hung test run.

#![allow(dead_code)] // Not every suite uses every helper.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::OnceLock;
use std::thread;
use std::time::{Duration, Instant};

/// How long one viewfinder or python3 run may take before it is killed.
pub const RUN_TIMEOUT: Duration = Duration::from_secs(30);

/// What a finished (or killed) child process left behind.
#[derive(Debug, Clone)]
pub struct Run {
    /// Everything written to stdout, byte for byte.
    pub stdout: Vec<u8>,
    /// Everything written to stderr.
    pub stderr: Vec<u8>,
    /// The exit status code; `None` when killed by a signal or by the timeout.
    pub code: Option<i32>,
    /// True when the process was killed because it ran past [`RUN_TIMEOUT`].
    pub timed_out: bool,
}

impl Run {
    /// Stdout as text (lossy: invalid UTF-8 shows as U+FFFD, for messages only).
    pub fn stdout_text(&self) -> String {
        String::from_utf8_lossy(&self.stdout).into_owned()
    }

    /// Stderr as text (lossy).
    pub fn stderr_text(&self) -> String {
        String::from_utf8_lossy(&self.stderr).into_owned()
    }

    /// True when the process exited with status 0.
    pub fn success(&self) -> bool {
        self.code == Some(0)
    }

    /// The last non-blank line of stderr without its line ending: for an uncaught Python
    /// exception this is the `ErrorType: message` line. Trailing spaces are kept, because
    /// Python keeps them (`... with shapes (3,) (2,) `).
    pub fn last_stderr_line(&self) -> Option<String> {
        self.stderr_text()
            .lines()
            .map(|line| line.trim_end_matches('\r'))
            .rfind(|line| !line.trim().is_empty())
            .map(str::to_owned)
    }

    /// A one-line description of how the process ended.
    pub fn status_text(&self) -> String {
        match (self.timed_out, self.code) {
            (true, _) => format!("killed after {}s timeout", RUN_TIMEOUT.as_secs()),
            (false, Some(code)) => format!("exit status {code}"),
            (false, None) => "killed by a signal".to_owned(),
        }
    }
}

/// The repository root (where Cargo.toml is); tests run their children from here.
pub fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The `viewfinder` binary cargo built for this test run.
pub fn viewfinder_path() -> PathBuf {
    assert_cmd::cargo::cargo_bin!("viewfinder").to_path_buf()
}

/// The Python interpreter that defines the expected behaviour (`python3`, or
/// `$VIEWFINDER_PYTHON` when set).
pub fn python_program() -> String {
    std::env::var("VIEWFINDER_PYTHON").unwrap_or_else(|_| "python3".to_owned())
}

/// Runs `viewfinder ARGS...` from the repository root, feeding `stdin` if given (otherwise stdin
/// is empty, never the terminal).
pub fn run_viewfinder(args: &[&str], stdin: Option<&str>) -> Run {
    let mut command = Command::new(viewfinder_path());
    command.args(args).current_dir(repo_root());
    run_command(command, stdin)
}

/// Runs `viewfinder --quiet FILE`: the mode that must print exactly what Python prints.
pub fn run_viewfinder_quiet(file: &Path) -> Run {
    run_viewfinder(&["--quiet", &path_arg(file)], None)
}

/// [`run_viewfinder_quiet`], killed after `timeout` instead of [`RUN_TIMEOUT`].
pub fn run_viewfinder_quiet_within(file: &Path, timeout: Duration) -> Run {
    let mut command = Command::new(viewfinder_path());
    command
        .args(["--quiet", &path_arg(file)])
        .current_dir(repo_root());
    run_command_within(command, None, timeout)
}

/// Runs `viewfinder FILE` in its default, annotated mode.
pub fn run_viewfinder_annotated(file: &Path) -> Run {
    run_viewfinder(&[&path_arg(file)], None)
}

/// Runs `python3 FILE` from the repository root.
pub fn run_python(file: &Path) -> Run {
    let mut command = Command::new(python_program());
    command
        .arg(path_arg(file))
        .current_dir(repo_root())
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .env("PYTHONHASHSEED", "0")
        .env("PYTHONIOENCODING", "utf-8");
    run_command(command, None)
}

/// Like [`run_python`], but remembers the result under `CARGO_TARGET_TMPDIR`, keyed by the
/// script's bytes and the Python/NumPy versions, so unchanged cases do not pay NumPy's import
/// time on every test run. Set `VIEWFINDER_NO_PYTHON_CACHE=1` to always run python3.
/// Timed-out runs are never cached.
pub fn run_python_cached(file: &Path) -> Run {
    require_numpy();
    if std::env::var_os("VIEWFINDER_NO_PYTHON_CACHE").is_some() {
        return run_python(file);
    }
    let source =
        std::fs::read(file).unwrap_or_else(|err| panic!("cannot read {}: {err}", file.display()));
    let versions = NUMPY_VERSION
        .get()
        .and_then(|v| v.as_ref().ok())
        .cloned()
        .unwrap_or_default();
    let key = fnv1a(&[
        versions.as_bytes(),
        b"\0",
        path_arg(file).as_bytes(),
        b"\0",
        &source,
    ]);
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("python-expected");
    let stem = format!("{}-{key:016x}", file_name(file));
    if let Some(run) = load_cached_run(&dir, &stem) {
        return run;
    }
    let run = run_python(file);
    if !run.timed_out {
        store_cached_run(&dir, &stem, &run);
    }
    run
}

fn load_cached_run(dir: &Path, stem: &str) -> Option<Run> {
    let code_text = std::fs::read_to_string(dir.join(format!("{stem}.code"))).ok()?;
    let code = match code_text.trim() {
        "signal" => None,
        number => Some(number.parse().ok()?),
    };
    Some(Run {
        stdout: std::fs::read(dir.join(format!("{stem}.stdout"))).ok()?,
        stderr: std::fs::read(dir.join(format!("{stem}.stderr"))).ok()?,
        code,
        timed_out: false,
    })
}

/// Writes the three files, the `.code` one last (by rename), so a reader never sees half a run.
fn store_cached_run(dir: &Path, stem: &str, run: &Run) {
    let code = run
        .code
        .map_or("signal".to_owned(), |code| code.to_string());
    let write = || -> std::io::Result<()> {
        std::fs::create_dir_all(dir)?;
        std::fs::write(dir.join(format!("{stem}.stdout")), &run.stdout)?;
        std::fs::write(dir.join(format!("{stem}.stderr")), &run.stderr)?;
        let partial = dir.join(format!("{stem}.code.{}", std::process::id()));
        std::fs::write(&partial, code)?;
        std::fs::rename(partial, dir.join(format!("{stem}.code")))
    };
    // A cache that cannot be written only costs time.
    let _ = write();
}

/// 64-bit FNV-1a: a hash that stays the same across Rust versions and runs.
fn fnv1a(parts: &[&[u8]]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in parts.iter().flat_map(|part| part.iter()) {
        hash ^= u64::from(*byte);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    hash
}

static NUMPY_VERSION: OnceLock<Result<String, String>> = OnceLock::new();

/// Panics with instructions unless `python3` can `import numpy`. Checked once per test run.
/// CI must fail, not skip, when the ground truth is missing.
pub fn require_numpy() {
    let checked = NUMPY_VERSION.get_or_init(probe_numpy);
    if let Err(message) = checked {
        panic!("{message}");
    }
}

fn probe_numpy() -> Result<String, String> {
    let python = python_program();
    let output = Command::new(&python)
        .args([
            "-c",
            "import sys, numpy; print(sys.version.split()[0], numpy.__version__)",
        ])
        .output()
        .map_err(|err| {
            format!(
                "cannot run `{python}` ({err}). These tests compare viewfinder against real \
                 CPython + NumPy: install python3 and NumPy 2.x (`pip install numpy==2.4.6`), or \
                 point $VIEWFINDER_PYTHON at an interpreter that has it."
            )
        })?;
    if !output.status.success() {
        return Err(format!(
            "`{python} -c 'import numpy'` failed, so there is no ground truth to test against. \
             Install NumPy 2.x (`pip install numpy==2.4.6`) or set $VIEWFINDER_PYTHON.\n{}",
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    let versions = String::from_utf8_lossy(&output.stdout).trim().to_owned();
    if !versions.ends_with(" 2.4.6") {
        eprintln!(
            "note: expected outputs come from Python/NumPy {versions}; the corpus was written against NumPy 2.4.6"
        );
    }
    Ok(versions)
}

fn path_arg(file: &Path) -> String {
    let relative = file.strip_prefix(repo_root()).unwrap_or(file);
    relative.to_string_lossy().into_owned()
}

fn run_command(command: Command, stdin: Option<&str>) -> Run {
    run_command_within(command, stdin, RUN_TIMEOUT)
}

/// Runs `command` to completion, or kills it once `timeout` has passed.
fn run_command_within(mut command: Command, stdin: Option<&str>, timeout: Duration) -> Run {
    command
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = command
        .spawn()
        .unwrap_or_else(|err| panic!("cannot start {:?}: {err}", command.get_program()));
    if let Some(text) = stdin {
        let mut pipe = child.stdin.take().expect("stdin was piped");
        let text = text.to_owned();
        // A writer thread, so a child that never reads cannot block us.
        thread::spawn(move || {
            let _ = pipe.write_all(text.as_bytes());
        });
    }
    let stdout_reader = spawn_reader(child.stdout.take().expect("stdout was piped"));
    let stderr_reader = spawn_reader(child.stderr.take().expect("stderr was piped"));
    let (code, timed_out) = wait_with_deadline(&mut child, timeout);
    Run {
        stdout: stdout_reader.join().unwrap_or_default(),
        stderr: stderr_reader.join().unwrap_or_default(),
        code,
        timed_out,
    }
}

fn spawn_reader(mut pipe: impl Read + Send + 'static) -> thread::JoinHandle<Vec<u8>> {
    thread::spawn(move || {
        let mut bytes = Vec::new();
        let _ = pipe.read_to_end(&mut bytes);
        bytes
    })
}

fn wait_with_deadline(child: &mut Child, timeout: Duration) -> (Option<i32>, bool) {
    let deadline = Instant::now() + timeout;
    loop {
        match child.try_wait() {
            Ok(Some(status)) => return (status.code(), false),
            Ok(None) if Instant::now() >= deadline => {
                let _ = child.kill();
                let _ = child.wait();
                return (None, true);
            }
            Ok(None) => thread::sleep(Duration::from_millis(5)),
            Err(err) => panic!("waiting for child process failed: {err}"),
        }
    }
}

/// The `.py` files directly inside `dir`, sorted by name.
pub fn python_files_in(dir: &Path) -> Vec<PathBuf> {
    let entries =
        std::fs::read_dir(dir).unwrap_or_else(|err| panic!("cannot list {}: {err}", dir.display()));
    let mut files: Vec<PathBuf> = entries
        .map(|entry| entry.expect("readable directory entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "py"))
        .collect();
    files.sort();
    files
}

/// The file name of `path` as text (`001_slice_view_write.py`).
pub fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// Describes where `got` first departs from `expected`, line by line: the line number, up to two
/// lines of shared context, then the expected and the actual line (`<end of output>` when one
/// side is shorter). Lines are shown with `{:?}` so trailing spaces and odd bytes are visible.
pub fn describe_difference(expected: &str, got: &str) -> String {
    describe_difference_labeled(expected, got, "python3", "viewfinder")
}

/// [`describe_difference`] with the two sides named (`examples/x.out`, `python3`, ...).
pub fn describe_difference_labeled(
    expected: &str,
    got: &str,
    expected_label: &str,
    got_label: &str,
) -> String {
    let expected_lines: Vec<&str> = expected.split_inclusive('\n').collect();
    let got_lines: Vec<&str> = got.split_inclusive('\n').collect();
    let first = (0..expected_lines.len().max(got_lines.len()))
        .find(|&i| expected_lines.get(i) != got_lines.get(i));
    let Some(index) = first else {
        return "outputs are identical".to_owned();
    };
    let mut text = format!("first difference at line {}:\n", index + 1);
    for context in &expected_lines[index.saturating_sub(2)..index] {
        text += &format!("      {context:?}\n");
    }
    let show =
        |line: Option<&&str>| line.map_or("<end of output>".to_owned(), |l| format!("{l:?}"));
    text += &format!(
        "    - {}   ({expected_label})\n",
        show(expected_lines.get(index))
    );
    text += &format!("    + {}   ({got_label})\n", show(got_lines.get(index)));
    text += &format!(
        "    ({} lines from {expected_label}, {} from {got_label})",
        expected_lines.len(),
        got_lines.len()
    );
    text
}

/// The last `count` lines of `text`, indented, for showing a child's stderr in a failure.
pub fn tail(text: &str, count: usize) -> String {
    let lines: Vec<&str> = text.lines().collect();
    if lines.is_empty() {
        return "      (empty)\n".to_owned();
    }
    let start = lines.len().saturating_sub(count);
    lines[start..]
        .iter()
        .map(|line| format!("      | {line}\n"))
        .collect()
}

/// Runs `source` step by step in a fresh session, recording its lesson history (what the
/// `--table`, `--quiz` and friends read), and returns both.
pub fn record_lesson(
    source: &str,
) -> (
    viewfinder::report::lesson::LessonHistory,
    viewfinder::eval::Interpreter,
) {
    viewfinder::script::record_lesson(source)
}

/// Compares `got` with the golden file `path`, or rewrites it when `VIEWFINDER_BLESS=1`.
pub fn assert_golden(path: &Path, got: &str) {
    if std::env::var_os("VIEWFINDER_BLESS").is_some() {
        std::fs::write(path, got)
            .unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
        return;
    }
    let expected = std::fs::read_to_string(path).unwrap_or_else(|e| {
        panic!(
            "cannot read {} ({e}); run with VIEWFINDER_BLESS=1 to create it",
            path.display()
        )
    });
    assert!(
        expected == got,
        "{} is out of date (VIEWFINDER_BLESS=1 rewrites it):\n{}",
        path.display(),
        describe_difference_labeled(&expected, got, "golden", "viewfinder")
    );
}
