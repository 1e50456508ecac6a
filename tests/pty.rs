//! The prompt driven through a real pseudo-terminal, as a person types into it.
//!
//! Each test starts the built `viewfinder` binary on a pty (expectrl), with colour off and a
//! history file of its own, types lines, Tab, arrows, Ctrl-C (while typing and while a step
//! runs) and Ctrl-D, and reads what the screen shows. A line is sent only after the prompt for it appeared: keys typed before
//! rustyline reads them would be lost, as they would for a person typing ahead of a slow step.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use expectrl::process::unix::{PtyStream, UnixProcess};
use expectrl::{ControlCode, Expect, Regex, Session};

use crate::util::{python_program, require_numpy, viewfinder_path};

/// How long to wait for any one thing to appear on the screen.
const SCREEN_TIMEOUT: Duration = Duration::from_secs(10);
/// A fresh `>>> ` prompt: at the start of a line, after nothing but terminal control codes.
/// (rustyline also redraws `>>> ` while a line is typed and when it is accepted, but never
/// right after a newline.)
const FRESH_PROMPT: &str = r"\n(\r|\x1b\[[0-9;?]*[A-Za-z])*>>> ";
/// Up arrow, as a terminal sends it.
const UP: &str = "\x1b[A";

type Pty = Session<UnixProcess, PtyStream>;

/// A scratch directory for one test (history file, saved scripts).
fn scratch(test: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join("pty")
        .join(test);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch directory");
    dir
}

/// Starts `viewfinder ARGS` on a pty with its history in `dir`, and waits for the first prompt.
fn start(dir: &Path, args: &[&str]) -> Pty {
    let mut command = Command::new(viewfinder_path());
    command
        .args(["--color", "never"])
        .args(args)
        .current_dir(dir)
        .env("VIEWFINDER_HISTORY", dir.join("history.txt"))
        .env("TERM", "xterm")
        .env_remove("COLUMNS");
    let mut pty = Session::spawn(command).expect("spawn viewfinder on a pty");
    pty.set_expect_timeout(Some(SCREEN_TIMEOUT));
    expect(&mut pty, "Ctrl-D quits.");
    expect(&mut pty, ">>> ");
    pty
}

/// Waits until `text` appears; returns everything shown up to and including it.
fn expect(pty: &mut Pty, text: &str) -> String {
    match pty.expect(text) {
        Ok(found) => String::from_utf8_lossy(found.before()).into_owned() + text,
        Err(error) => panic!("waiting for {text:?} on the screen: {error}"),
    }
}

/// Types `line`, presses Enter, and waits for the next `>>> ` prompt; returns what was shown.
fn enter(pty: &mut Pty, line: &str) -> String {
    pty.send(format!("{line}\r")).expect("type a line");
    expect_prompt(pty)
}

/// Waits for a fresh prompt; returns everything shown before it.
fn expect_prompt(pty: &mut Pty) -> String {
    match pty.expect(Regex(FRESH_PROMPT)) {
        Ok(found) => String::from_utf8_lossy(found.before()).into_owned(),
        Err(error) => panic!("waiting for a fresh >>> prompt: {error}"),
    }
}

/// Presses Ctrl-D at an empty prompt and waits for the process to end. The key is pressed
/// again every half second: one pressed while rustyline is between two reads can be lost.
fn quit(pty: &mut Pty) {
    let deadline = Instant::now() + SCREEN_TIMEOUT;
    let mut pressed = Instant::now() - Duration::from_secs(1);
    while pty.get_process().is_alive().unwrap_or(false) {
        assert!(
            Instant::now() < deadline,
            "viewfinder did not exit after Ctrl-D"
        );
        if pressed.elapsed() >= Duration::from_millis(500) {
            pty.send(ControlCode::EndOfTransmission)
                .expect("press Ctrl-D");
            pressed = Instant::now();
        }
        std::thread::sleep(Duration::from_millis(10));
    }
}

#[test]
fn tab_completes_array_methods_and_numpy_functions() {
    let mut pty = start(&scratch("tab"), &[]);
    enter(&mut pty, "arr = arange(6)");
    pty.send("arr.re\t").unwrap();
    expect(&mut pty, "arr.reshape");
    let shown = enter(&mut pty, "(2, 3)");
    assert!(shown.contains("[3, 4, 5]])"), "{shown}");
    pty.send("print(np.shares_mem\t").unwrap();
    expect(&mut pty, "np.shares_memory");
    let shown = enter(&mut pty, "(arr, arr[1:]))");
    assert!(shown.contains("True"), "{shown}");
    pty.send("%wh\t\t").unwrap();
    let shown = expect(&mut pty, "%whos");
    assert!(shown.contains("%who"), "{shown}");
    pty.send(ControlCode::EndOfText).unwrap();
    expect_prompt(&mut pty);
    quit(&mut pty);
}

#[test]
fn open_brackets_ask_for_more_with_the_continuation_prompt() {
    let mut pty = start(&scratch("continuation"), &[]);
    pty.send("m = [[1, 2],\r").unwrap();
    expect(&mut pty, "... ");
    let shown = enter(&mut pty, " [3, 4]]");
    assert!(shown.contains("m: new int64 array (2, 2)"), "{shown}");
    quit(&mut pty);
}

#[test]
fn ctrl_c_cancels_the_line_and_keeps_the_names() {
    let mut pty = start(&scratch("ctrl_c"), &[]);
    enter(&mut pty, "a = [1, 2, 3]");
    pty.send("b = a[").unwrap();
    expect(&mut pty, "b = a[");
    pty.send(ControlCode::EndOfText).unwrap();
    expect(&mut pty, "KeyboardInterrupt");
    expect_prompt(&mut pty);
    pty.send("c = (1,\r").unwrap();
    expect(&mut pty, "... ");
    pty.send(ControlCode::EndOfText).unwrap();
    expect(&mut pty, "KeyboardInterrupt");
    expect_prompt(&mut pty);
    let shown = enter(&mut pty, "%who");
    assert!(shown.ends_with("\na\r"), "only a is defined: {shown:?}");
    let shown = enter(&mut pty, "print(a)");
    assert!(shown.contains("[1 2 3]"), "{shown}");
    quit(&mut pty);
}

/// A statement that runs for about two minutes in a debug build (each `+` over 2,000,000 int8
/// elements takes about 0.4 s), and still for over a second were the kernels a hundred times
/// faster, so Ctrl-C surely lands while it runs, between two additions.
fn long_sum_statement() -> String {
    format!("y = x{}", " + x".repeat(299))
}

#[test]
fn ctrl_c_during_a_long_step_stops_it_and_keeps_the_session() {
    let mut pty = start(&scratch("ctrl_c_running"), &[]);
    enter(&mut pty, "x = np.ones(2_000_000, dtype=np.int8)");
    let statement = long_sum_statement();
    pty.send(format!("{statement}\r")).unwrap();
    let accepted = r"\+ x(\x1b\[[0-9;?]*[A-Za-z])*\r\n";
    pty.expect(Regex(accepted))
        .expect("the statement is accepted");
    std::thread::sleep(Duration::from_millis(300));
    let pressed = Instant::now();
    pty.send(ControlCode::EndOfText).unwrap();
    let shown = expect_prompt(&mut pty);
    let traceback = "Traceback (most recent call last):\r\n  File \"<stdin>\", line 1, in <module>\r\nKeyboardInterrupt\r";
    assert!(shown.contains(traceback), "{shown:?}");
    assert!(
        pressed.elapsed() < Duration::from_secs(5),
        "{:?}",
        pressed.elapsed()
    );
    let shown = enter(&mut pty, "print(y)");
    assert!(
        shown.contains("NameError: name 'y' is not defined"),
        "{shown}"
    );
    let shown = enter(&mut pty, "print(x[:3], x.dtype)");
    assert!(shown.contains("[1 1 1] int8"), "{shown}");
    pty.send(ControlCode::EndOfText).unwrap();
    let shown = expect_prompt(&mut pty);
    assert!(
        shown.ends_with("KeyboardInterrupt\r"),
        "idle Ctrl-C: {shown:?}"
    );
    let shown = enter(&mut pty, "%who");
    assert!(shown.ends_with("\nx\r"), "only x is defined: {shown:?}");
    quit(&mut pty);
}

#[test]
fn history_is_saved_on_ctrl_d_and_recalled_next_time() {
    let dir = scratch("history");
    let mut pty = start(&dir, &[]);
    enter(&mut pty, "x = [1, 2]");
    enter(&mut pty, "x[0] = 5");
    quit(&mut pty);
    let history = std::fs::read_to_string(dir.join("history.txt")).expect("history file");
    assert!(
        history.contains("x = [1, 2]\n") && history.contains("x[0] = 5\n"),
        "{history}"
    );

    let mut pty = start(&dir, &[]);
    pty.send(UP).unwrap();
    pty.send(UP).unwrap();
    expect(&mut pty, "x = [1, 2]");
    let shown = enter(&mut pty, "");
    assert!(shown.contains("x: new int64 array (2,)"), "{shown}");
    quit(&mut pty);
}

#[test]
fn a_mistyped_name_gets_a_suggestion_and_a_caret() {
    let mut pty = start(&scratch("name_error"), &[]);
    enter(&mut pty, "arr = [1, 2, 3]");
    let shown = enter(&mut pty, "print(ar)");
    assert!(
        shown.contains("    print(ar)\r\n          ^^\r\n"),
        "{shown:?}"
    );
    assert!(
        shown.contains("NameError: name 'ar' is not defined. Did you mean: 'arr'?"),
        "{shown}"
    );
    quit(&mut pty);
}

#[test]
fn a_pasted_lesson_runs_every_statement_in_order() {
    let mut pty = start(&scratch("paste"), &[]);
    let lesson =
        "a = [1, 2, 3]\rb = a[1:]\rb[0] = 9\rm = [[1, 2],\r     [3, 4]]\rprint(a, m.sum())\r";
    pty.send(format!("\x1b[200~{lesson}\x1b[201~")).unwrap();
    expect(&mut pty, "print(a, m.sum())");
    let shown = enter(&mut pty, "");
    let order = ["a: new", "b: VIEW of a", "wrote", "m: new", "[1 9 3] 10"];
    let positions: Vec<usize> = order
        .iter()
        .map(|text| {
            shown
                .find(text)
                .unwrap_or_else(|| panic!("{text:?} missing from {shown}"))
        })
        .collect();
    assert!(positions.is_sorted(), "{shown}");
    quit(&mut pty);
}

#[test]
fn saved_session_runs_under_python3() {
    require_numpy();
    let dir = scratch("save");
    let mut pty = start(&dir, &[]);
    enter(&mut pty, "a = [1, 2, 3]");
    enter(&mut pty, "v = a[1:]");
    enter(&mut pty, "v[0] = 10");
    enter(&mut pty, "a[7]");
    enter(&mut pty, "m = arange(6).reshape(2, 3)");
    enter(&mut pty, "print(a, np.shares_memory(a, v), m[:, 1])");
    let shown = enter(&mut pty, "%save lesson.py");
    assert!(shown.contains("saved 5 statements to lesson.py"), "{shown}");
    quit(&mut pty);
    let run = Command::new(python_program())
        .arg(dir.join("lesson.py"))
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(run.status.success(), "python3 failed: {stderr}");
    assert_eq!(
        String::from_utf8_lossy(&run.stdout),
        "[ 1 10  3] True [1 4]\n"
    );
}

#[test]
fn dash_i_runs_the_script_and_stays_with_its_names() {
    let dir = scratch("dash_i");
    std::fs::write(dir.join("lesson.py"), "a = [1, 2, 3]\nv = a[::2]\n").unwrap();
    let mut command_dir_pty = start(&dir, &["-i", "lesson.py"]);
    let shown = enter(&mut command_dir_pty, "v[1] = 7");
    assert!(shown.contains("also visible as a[2]"), "{shown}");
    quit(&mut command_dir_pty);
}
