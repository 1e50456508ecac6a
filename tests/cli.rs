//! The command line: `-c`, files, standard input, `--quiet`, exit statuses, and the annotated
//! transcript a lesson produces.

use crate::util::run_viewfinder;

#[test]
fn dash_c_runs_the_shorthand_card_example() {
    let run = run_viewfinder(
        &[
            "--quiet",
            "-c",
            "a = [1,2,3]; v = a[1:]; v[0] = 9; print(a)",
        ],
        None,
    );
    assert_eq!(run.stdout_text(), "[1 9 3]\n");
    assert!(run.success());
}

#[test]
fn quiet_prints_only_program_output() {
    let run = run_viewfinder(
        &["--quiet", "-"],
        Some("a = [1, 2]\nb = a[::-1]\nprint(b)\n"),
    );
    assert_eq!(run.stdout_text(), "[2 1]\n");
}

#[test]
fn piped_script_reads_as_a_transcript() {
    let run = run_viewfinder(&[], Some("arr = [1, 2, 3]\nview = arr[1:]\nview[0] = 10\n"));
    let text = run.stdout_text();
    assert!(text.contains("[1] >>> arr = [1, 2, 3]"), "{text}");
    assert!(text.contains("view: VIEW of arr (basic slice)"), "{text}");
    assert!(
        text.contains("shares memory with arr: view[0:2] ↔ arr[1:3]"),
        "{text}"
    );
    assert!(text.contains("also visible as arr[1]"), "{text}");
    assert!(text.contains("arr  = [ 1 10  3]"), "{text}");
}

#[test]
fn lesson_reports_every_write_through_the_other_name() {
    let run = run_viewfinder(&["examples/views_share_memory.py"], None);
    let text = run.stdout_text();
    assert!(run.success(), "{}", run.stderr_text());
    assert!(text.contains("(view[0]); also visible as arr[1]"), "{text}");
    assert!(text.contains("(arr[2]); also visible as view[1]"), "{text}");
}

#[test]
fn uncaught_error_exits_1_after_earlier_output() {
    let run = run_viewfinder(
        &[
            "--quiet",
            "-c",
            "a = [1, 2, 3]\nprint(a)\nprint(a[3])\nprint('never')",
        ],
        None,
    );
    assert_eq!(run.stdout_text(), "[1 2 3]\n");
    assert_eq!(run.code, Some(1));
    let stderr = run.stderr_text();
    assert!(stderr.contains("line 3"), "{stderr}");
    assert!(
        stderr.ends_with("IndexError: index 3 is out of bounds for axis 0 with size 3\n"),
        "{stderr}"
    );
}

#[test]
fn syntax_error_runs_nothing_and_points_at_the_column() {
    let run = run_viewfinder(&["--quiet", "-c", "print(1)\na = (1 +\n"], None);
    assert_eq!(run.stdout_text(), "");
    assert_eq!(run.code, Some(1));
    assert!(run.stderr_text().contains('^'), "{}", run.stderr_text());
}

#[test]
fn missing_file_exits_2() {
    let run = run_viewfinder(&["no/such/file.py"], None);
    assert_eq!(run.code, Some(2));
    assert!(run.stderr_text().contains("can't open file"));
}

#[test]
fn dialect_flag_makes_lists_lists() {
    let run = run_viewfinder(
        &[
            "--quiet",
            "--dialect",
            "python",
            "-c",
            "a = [1, 2]\nb = a\nb.append(3)\nprint(a)",
        ],
        None,
    );
    assert_eq!(run.stdout_text(), "[1, 2, 3]\n");
}

#[test]
fn a_late_import_makes_the_whole_program_python_and_the_transcript_says_so() {
    let source = "x = [1, 2, 3]\ny = x[:2]\ny[0] = 9\nprint(x, y)\nimport numpy as np\n";
    let run = run_viewfinder(&["-c", source], None);
    let stdout = run.stdout_text();
    let first = stdout.lines().next().unwrap_or_default();
    assert!(
        first.starts_with("(python dialect: this program imports a module"),
        "{stdout}"
    );
    assert!(stdout.contains("x: list [1, 2, 3]\n"), "{stdout}");
    assert!(!stdout.contains("python dialect from here on"), "{stdout}");
    let piped = run_viewfinder(&["--quiet"], Some(source));
    assert_eq!(piped.stdout_text(), "[1, 2, 3] [9, 2]\n");
}

#[test]
fn version_and_help() {
    let version = run_viewfinder(&["--version"], None);
    assert!(version.stdout_text().starts_with("viewfinder "));
    let help = run_viewfinder(&["--help"], None);
    assert!(help.stdout_text().contains("Examples:"));
    assert!(help.stdout_text().contains("--quiet"));
}

#[test]
fn a_loop_that_fails_reports_what_its_completed_steps_did() {
    let source = "import numpy as np\na = np.zeros(3)\nfor i in range(5):\n    a[i] = i\n";
    let run = run_viewfinder(&["-c", source], None);
    let stdout = run.stdout_text();
    let done = stdout
        .split_once("before it failed, this statement had done:\n")
        .map(|(_, after)| after)
        .unwrap_or_else(|| panic!("no report of the completed steps: {stdout}"));
    assert!(
        done.starts_with("i: int 3\nwrote b1 3 elements (a[i])"),
        "{done}"
    );
    assert!(done.contains("a = [0. 1. 2.]"), "{done}");
    assert!(
        run.stderr_text()
            .ends_with("IndexError: index 3 is out of bounds for axis 0 with size 3\n")
    );
    assert_eq!(run.code, Some(1));
}
