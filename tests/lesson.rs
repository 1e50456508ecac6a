//! The lesson views: golden output of every view on every example lesson, the seed lesson's
//! execution table reproduced value for value, quiz answers replayed against real sessions,
//! the JSON trace, and the HTML handout opened in headless Chromium.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::rc::Rc;

use viewfinder::eval::{Dialect, Interpreter};
use viewfinder::memory::overlap;
use viewfinder::report::lesson::{Fact, LessonHistory, Question, Quiz, table_grid};
use viewfinder::value::Value;

use crate::util::{
    assert_golden, file_name, python_files_in, record_lesson, repo_root, run_viewfinder,
};

fn examples() -> Vec<PathBuf> {
    python_files_in(&repo_root().join("examples"))
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

/// `tests/lesson/<example>.<view>.out` for each example and each terminal view.
#[test]
fn every_view_of_every_example_matches_its_golden_file() {
    let views: [(&str, &[&str]); 5] = [
        ("table", &["--table"]),
        ("track", &["--track"]),
        ("diagram", &["--diagram"]),
        ("explain", &["--explain"]),
        ("quiz", &["--quiz", "--seed", "1"]),
    ];
    for example in examples() {
        let stem = file_name(&example).trim_end_matches(".py").to_string();
        for (view, flags) in views {
            let path = format!("examples/{stem}.py");
            let mut args = vec!["--quiet"];
            args.extend_from_slice(flags);
            args.push(&path);
            let run = run_viewfinder(&args, None);
            assert!(run.success(), "{path} {view}: {}", run.stderr_text());
            let golden = repo_root().join(format!("tests/lesson/{stem}.{view}.out"));
            assert_golden(&golden, &run.stdout_text());
        }
    }
}

/// The seed lesson's own execution table (steps 1 to 6: Action, arr, view).
const SEED_TABLE: [(&str, &str, &str); 6] = [
    ("arr = np.array([1, 2, 3])", "[1, 2, 3]", "N/A"),
    ("view = arr[1:]", "[1, 2, 3]", "[2, 3]"),
    ("view[0] = 10", "[1, 10, 3]", "[10, 3]"),
    ("print(arr)", "[1, 10, 3]", "[10, 3]"),
    ("arr[2] = 20", "[1, 10, 20]", "[10, 20]"),
    ("print(view)", "[1, 10, 20]", "[10, 20]"),
];

/// `[ 1 10  3]` and `[1, 10, 3]` both become `1 10 3`.
fn numbers(text: &str) -> String {
    let cleaned = text.replace(['[', ']', ','], " ");
    cleaned.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn seed_lesson_table_has_the_seeds_values_step_by_step() {
    let (history, _) = record_lesson(&read(&repo_root().join("examples/views_share_memory.py")));
    let grid = table_grid(&history);
    let column = |name: &str| grid.headers.iter().position(|h| h == name).unwrap();
    let (arr, view) = (column("arr"), column("view"));
    for (i, (action, arr_value, view_value)) in SEED_TABLE.iter().enumerate() {
        let row = &grid.rows[i];
        assert_eq!(row[0], (i + 1).to_string());
        assert_eq!(row[1], *action, "step {}", i + 1);
        assert_eq!(
            numbers(&row[arr]),
            numbers(arr_value),
            "arr at step {}",
            i + 1
        );
        assert_eq!(
            numbers(&row[view]),
            numbers(view_value),
            "view at step {}",
            i + 1
        );
    }
    assert!(grid.rows[1].last().unwrap().contains("view of arr"));
    assert!(grid.rows[2].last().unwrap().contains("visible in arr[1]"));
    assert!(grid.rows[4].last().unwrap().contains("visible in view[1]"));
}

#[test]
fn seed_lesson_table_flag_prints_the_seeds_values() {
    let run = run_viewfinder(
        &["--quiet", "--table", "examples/views_share_memory.py"],
        None,
    );
    let text = run.stdout_text();
    for (i, (action, arr_value, view_value)) in SEED_TABLE.iter().enumerate() {
        let row = text
            .lines()
            .find(|line| line.starts_with(&format!("│ {:<4} ┆", i + 1)))
            .unwrap_or_else(|| panic!("no row for step {}:\n{text}", i + 1));
        let cells: Vec<&str> = row.split('┆').map(str::trim).collect();
        assert_eq!(cells[1], *action);
        assert_eq!(numbers(cells[2]), numbers(arr_value), "{row}");
        assert_eq!(numbers(cells[3]), numbers(view_value), "{row}");
    }
}

#[test]
fn lesson_command_gives_table_diagram_and_key_moments() {
    let args = [
        "--table",
        "--diagram",
        "--explain",
        "examples/views_share_memory.py",
    ];
    let run = run_viewfinder(&args, None);
    let text = run.stdout_text();
    assert!(text.contains("[6] >>> arr = np.array([1, 2, 3])"), "{text}");
    for heading in [
        "== Execution table ==",
        "== Memory diagram ==",
        "== Key moments ==",
    ] {
        assert!(text.contains(heading), "{heading}\n{text}");
    }
    assert!(
        text.contains("Step 3: Why does writing `view[0]` also change arr?"),
        "{text}"
    );
    assert!(!text.contains('\u{1b}'), "no colour in a pipe");
}

/// Runs `source` up to and including the step numbered `step`.
fn session_after(source: &str, history: &LessonHistory, step: usize) -> Interpreter {
    let program = viewfinder::syntax::parse_program(source).unwrap();
    let shared: Rc<str> = Rc::from(source);
    let mut session = Interpreter::new(Dialect::Shorthand);
    for (stmt, record) in program.iter().zip(history.steps()) {
        let _ = session.run(stmt, &shared, &mut Vec::new());
        if record.number == Some(step) {
            break;
        }
    }
    session
}

fn shown(session: &Interpreter, name: &str) -> String {
    match session.lookup(name) {
        Some(Value::Array(array)) => array.to_str(),
        Some(other) => other.to_repr(),
        None => "N/A".into(),
    }
}

fn shares_with_another_name(session: &Interpreter, name: &str) -> bool {
    let Some(Value::Array(array)) = session.lookup(name) else {
        panic!("{name} is not an array")
    };
    session.names().iter().any(|(other, value)| match value {
        Value::Array(b) if other != name && Rc::ptr_eq(&b.data.buffer, &array.data.buffer) => {
            overlap::shares_memory(&array.data.layout, &b.data.layout)
        }
        Value::Buffer(o) => Rc::ptr_eq(&o.buffer, &array.data.buffer),
        _ => false,
    })
}

/// Replays the session to check the question's correct option really is correct.
fn verify(question: &Question, source: &str, history: &LessonHistory) {
    let correct = &question.options[question.correct];
    match &question.fact {
        Fact::ValueAfter { name, step } => {
            let session = session_after(source, history, *step);
            assert_eq!(&shown(&session, name), correct, "{}", question.prompt);
        }
        Fact::ViewOrCopy { name, step, view } => {
            let session = session_after(source, history, *step);
            assert_eq!(
                shares_with_another_name(&session, name),
                *view,
                "{}",
                question.prompt
            );
            assert_eq!(correct.starts_with("a view"), *view, "{}", question.prompt);
        }
        Fact::WhoSees { statement, names } => {
            verify_who_sees(source, history, statement, names, correct)
        }
        Fact::FirstVisible {
            through,
            seen,
            step,
        } => {
            let before = session_after(source, history, step - 1);
            let after = session_after(source, history, *step);
            assert_ne!(
                shown(&before, seen),
                shown(&after, seen),
                "{}",
                question.prompt
            );
            let record = history.step(*step).unwrap();
            assert!(
                record.statement.starts_with(through.as_str()),
                "{}",
                question.prompt
            );
            assert_eq!(correct, &format!("Step {step}"));
        }
    }
}

fn verify_who_sees(
    source: &str,
    history: &LessonHistory,
    statement: &str,
    names: &[String],
    correct: &str,
) {
    let last = history.numbered_steps().last().unwrap().0;
    let mut session = session_after(source, history, last);
    let before: Vec<(String, String)> = session
        .names()
        .keys()
        .map(|n| (n.clone(), shown(&session, n)))
        .collect();
    let write = statement.replace(" = 7", " = 123");
    let shared: Rc<str> = Rc::from(write.as_str());
    let stmt = &viewfinder::syntax::parse_program(&write).unwrap()[0];
    session.run(stmt, &shared, &mut Vec::new()).unwrap();
    let changed: Vec<String> = before
        .into_iter()
        .filter(|(n, value)| &shown(&session, n) != value)
        .map(|(n, _)| n)
        .collect();
    assert_eq!(changed, names, "{statement}");
    assert_eq!(correct, names.join(", "));
}

#[test]
fn every_quiz_answer_is_true_of_the_recorded_session() {
    let mut checked = 0;
    for example in examples() {
        let source = read(&example);
        let (history, session) = record_lesson(&source);
        for seed in 0..4 {
            let quiz = Quiz::generate(&history, &session, seed);
            assert!(!quiz.questions.is_empty(), "{}", example.display());
            for question in &quiz.questions {
                verify(question, &source, &history);
                checked += 1;
            }
        }
    }
    assert!(checked > 40, "only {checked} questions checked");
}

#[test]
fn quiz_is_deterministic_per_seed_and_checks_answers() {
    let source = read(&repo_root().join("examples/views_share_memory.py"));
    let (history, session) = record_lesson(&source);
    let render =
        |seed| viewfinder::report::lesson::render_quiz(&Quiz::generate(&history, &session, seed));
    assert_eq!(render(3), render(3));
    assert_ne!(render(3), render(4));
    let quiz = Quiz::generate(&history, &session, 3);
    let question = &quiz.questions[0];
    let right = Question::letter(question.correct).to_string();
    assert!(matches!(
        question.check(&right.to_lowercase()),
        viewfinder::report::lesson::Verdict::Correct(_)
    ));
    let wrong = Question::letter((question.correct + 1) % question.options.len()).to_string();
    assert!(matches!(
        question.check(&wrong),
        viewfinder::report::lesson::Verdict::Wrong { .. }
    ));
    assert!(matches!(
        question.check("Z"),
        viewfinder::report::lesson::Verdict::NotAnOption(_)
    ));
}

#[test]
fn json_trace_has_one_object_per_step() {
    let run = run_viewfinder(&["--json", "examples/views_share_memory.py"], None);
    assert!(run.success(), "{}", run.stderr_text());
    let steps: Vec<serde_json::Value> = run
        .stdout_text()
        .lines()
        .map(|line| serde_json::from_str(line).unwrap_or_else(|e| panic!("{e}: {line}")))
        .collect();
    assert_eq!(steps.len(), 15, "import plus 14 steps");
    let write = &steps[3];
    assert_eq!(write["step"], 3);
    assert_eq!(write["statement"], "view[0] = 10");
    assert_eq!(write["events"][0]["event"], "wrote");
    assert_eq!(write["events"][0]["seen_by"][0]["elements"], "arr[1]");
    let view = write["names"]
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["name"] == "view")
        .unwrap();
    assert_eq!(view["origin"], "view");
    assert_eq!(view["rule"], "basic slice");
    assert_eq!(view["offset"], 8);
    assert_eq!(view["base"], "arr");
    assert_eq!(write["overlaps"][0]["elements"], "arr[1:3] ↔ view[0:2]");
    assert_eq!(steps[4]["printed"], "[ 1 10  3]\n");
}

#[test]
fn json_trace_reports_the_error_of_a_failing_step() {
    let run = run_viewfinder(&["--json", "-c", "a = [1, 2]\na[5]"], None);
    let last = run.stdout_text().lines().last().unwrap().to_string();
    let step: serde_json::Value = serde_json::from_str(&last).unwrap();
    assert!(
        step["error"].as_str().unwrap().starts_with("IndexError"),
        "{last}"
    );
    assert_eq!(run.code, Some(1));
}

#[test]
fn markdown_export_has_tables_and_diagram() {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("lesson-md");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("lesson.md");
    let run = run_viewfinder(
        &[
            "--quiet",
            "--export",
            path.to_str().unwrap(),
            "examples/copy_vs_view.py",
        ],
        None,
    );
    assert!(run.success(), "{}", run.stderr_text());
    let md = read(&path);
    assert!(md.contains("| Step | Action | a |"), "{md}");
    assert!(
        md.contains("## Memory diagram\n\n```text\nbuffer b1"),
        "{md}"
    );
    assert!(md.contains("### Answer key"), "{md}");
}

/// Debian's Chromium; `VIEWFINDER_CHROMIUM` overrides. The test fails without it.
fn chromium() -> PathBuf {
    let path = std::env::var_os("VIEWFINDER_CHROMIUM")
        .map_or(PathBuf::from("/usr/bin/chromium"), PathBuf::from);
    assert!(
        path.exists(),
        "{} not found: the HTML export test needs headless Chromium (apt-get install -y chromium; .ci/run does it)",
        path.display()
    );
    path
}

fn run_chromium(page: &Path, profile: &Path, extra: &[String]) -> std::process::Output {
    Command::new(chromium())
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
        ])
        .args([
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(extra)
        .arg(format!("file://{}", page.display()))
        .output()
        .expect("chromium runs")
}

#[test]
fn html_export_renders_table_and_diagram_in_chromium() {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("lesson-html");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let page = dir.join("lesson.html");
    let run = run_viewfinder(
        &[
            "--quiet",
            "--export",
            page.to_str().unwrap(),
            "examples/views_share_memory.py",
        ],
        None,
    );
    assert!(run.success(), "{}", run.stderr_text());
    let html = read(&page);
    assert!(
        !html.contains("http://") || !html.contains("src=\"http"),
        "the page must not fetch anything"
    );
    let dom = run_chromium(&page, &dir.join("profile-dom"), &["--dump-dom".into()]);
    let dom = String::from_utf8_lossy(&dom.stdout);
    assert!(
        dom.contains("<table class=\"execution\">"),
        "no execution table in the rendered DOM"
    );
    assert_eq!(
        dom.matches("<tr>").count(),
        1 + 14 + 1 + 3,
        "header and 14 steps, header and 3 names"
    );
    assert!(dom.contains("<svg class=\"memory\""), "no diagram");
    assert!(
        dom.matches("class=\"mark\"").count() >= 7,
        "arr covers 3 cells, view 2, copy 2"
    );
    let png = dir.join("lesson.png");
    let shot = run_chromium(
        &page,
        &dir.join("profile-shot"),
        &[
            format!("--screenshot={}", png.display()),
            "--window-size=1200,1800".into(),
        ],
    );
    assert!(
        png.exists(),
        "no screenshot: {}",
        String::from_utf8_lossy(&shot.stderr)
    );
    let (inked, colours) = ink_in(&png);
    assert!(
        inked > 0.03,
        "the screenshot is nearly blank ({inked:.3} of pixels inked)"
    );
    assert!(colours > 50, "the screenshot has only {colours} colours");
}

/// The fraction of pixels that are not white, and how many distinct colours there are.
fn ink_in(png: &Path) -> (f64, usize) {
    let decoder = png::Decoder::new(std::io::BufReader::new(std::fs::File::open(png).unwrap()));
    let mut reader = decoder.read_info().unwrap();
    let mut pixels = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut pixels).unwrap();
    let channels = info.color_type.samples();
    let pixels = &pixels[..info.buffer_size()];
    let mut colours = std::collections::HashSet::new();
    let mut inked = 0usize;
    for pixel in pixels.chunks(channels) {
        colours.insert(pixel[..3.min(channels)].to_vec());
        inked += pixel.iter().take(3).any(|&c| c < 235) as usize;
    }
    (
        inked as f64 / (pixels.len() / channels) as f64,
        colours.len(),
    )
}
