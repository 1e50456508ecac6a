//! The command line's shared pieces, for the front ends (`main.rs`, the prompt, scripts): the
//! lesson flags (`--table`, `--track`, `--diagram`, `--explain`, `--quiz`, `--seed`,
//! `--export`, `--json`), declared here so `main.rs` only flattens them in and every flag is
//! tested beside its declaration; the terminal's width and colour; memory sizes; writing the
//! handout file. Nothing below the front ends reads the terminal or writes files.

use std::path::{Path, PathBuf};

use clap::Args;

use crate::eval::Interpreter;
use crate::report::lesson::{LessonHistory, LessonViews, render_handout};

/// How viewfinder exits, as python3 does: every front end returns one of these, and
/// `main` turns it into the process's status.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExitStatus {
    /// 0: the program ran to its end (or the prompt was left with Ctrl-D or `%quit`).
    Success,
    /// 1: an uncaught exception or a syntax error, as python3.
    Error,
    /// 2: bad command-line use, or a file that cannot be read.
    Usage,
}

impl ExitStatus {
    /// The process's exit status.
    pub fn code(self) -> u8 {
        match self {
            ExitStatus::Success => 0,
            ExitStatus::Error => 1,
            ExitStatus::Usage => 2,
        }
    }
}

impl From<ExitStatus> for std::process::ExitCode {
    fn from(status: ExitStatus) -> std::process::ExitCode {
        std::process::ExitCode::from(status.code())
    }
}

/// The lesson views a script run can end with.
#[derive(Args, Debug, Clone, Default)]
pub struct LessonFlags {
    /// After the program, print the execution table: one row per step, one column per name.
    #[arg(long)]
    pub table: bool,
    /// After the program, print the variable tracker: each name's value at each step that
    /// changed something.
    #[arg(long)]
    pub track: bool,
    /// After the program, draw memory: each buffer's cells and which cells each name covers,
    /// in visiting order. `--diagram=a,v` draws only those names.
    #[arg(long, value_name = "NAMES", num_args = 0..=1, require_equals = true, default_missing_value = "", value_delimiter = ',')]
    pub diagram: Option<Vec<String>>,
    /// After the program, explain each view, copy and shared write (the key moments).
    #[arg(long)]
    pub explain: bool,
    /// After the program, print a multiple-choice quiz about it, with the answer key.
    #[arg(long)]
    pub quiz: bool,
    /// The quiz's seed: the same seed gives the same questions and option order.
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub seed: u64,
    /// Write the lesson as a handout: FILE.html (one offline page with SVG) or FILE.md.
    #[arg(long, value_name = "FILE")]
    pub export: Option<PathBuf>,
    /// Print one JSON object per step on stdout (JSON Lines) instead of the transcript.
    #[arg(long, conflicts_with_all = ["table", "track", "diagram", "explain", "quiz"])]
    pub json: bool,
}

impl LessonFlags {
    /// The views asked for, fitted to the terminal (or 100 columns, no colour, in a pipe).
    pub fn views(&self) -> LessonViews {
        LessonViews {
            table: self.table,
            track: self.track,
            diagram: self
                .diagram
                .as_ref()
                .map(|names| names.iter().filter(|n| !n.is_empty()).cloned().collect()),
            explain: self.explain,
            quiz: self.quiz.then_some(self.seed),
            export: self.export.clone(),
            json: self.json,
            width: default_width(),
            color: stdout_wants_color(),
        }
    }
}

/// Whether standard output should get colour: a terminal, and no `NO_COLOR`
/// (anstream's rules, as clap uses).
pub fn stdout_wants_color() -> bool {
    anstream::AutoStream::choice(&std::io::stdout()) != anstream::ColorChoice::Never
}

/// The width to fit: the terminal's, or 100 columns when output is not a terminal.
pub fn default_width() -> usize {
    use std::io::IsTerminal;
    if !std::io::stdout().is_terminal() {
        return 100;
    }
    terminal_size::terminal_size().map_or(100, |(w, _)| (w.0 as usize).max(40))
}

/// A memory size from the command line: a whole number of bytes (`1000000`), or a number
/// (fractions allowed) with a unit: `K`, `M`, `G`, `T` and `KiB`…`TiB` are powers of 1024,
/// `KB`…`TB` powers of 1000, `B` is bytes; case does not matter (`512M`, `4G`, `4GiB`,
/// `1.5gb`).
pub fn parse_memory_size(text: &str) -> Result<usize, String> {
    let text = text.trim();
    let split = text
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(text.len());
    let (number, unit) = text.split_at(split);
    let multiplier: f64 = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 1.0,
        "k" | "kib" => 1024.0,
        "m" | "mib" => 1024f64.powi(2),
        "g" | "gib" => 1024f64.powi(3),
        "t" | "tib" => 1024f64.powi(4),
        "kb" => 1e3,
        "mb" => 1e6,
        "gb" => 1e9,
        "tb" => 1e12,
        other => {
            return Err(format!(
                "unknown unit '{other}' (use K, M, G, T, KiB…TiB or KB…TB)"
            ));
        }
    };
    let value: f64 = number
        .parse()
        .map_err(|_| format!("'{text}' is not a size such as 512M, 4G or 1000000"))?;
    let bytes = (value * multiplier).round();
    if bytes >= usize::MAX as f64 {
        return Err(format!(
            "'{text}' is more memory than this machine can address"
        ));
    }
    Ok(bytes as usize)
}

/// Writes the handout to `path`: HTML for `.html`/`.htm`, Markdown otherwise.
pub fn write_handout(
    history: &LessonHistory,
    session: &Interpreter,
    path: &Path,
    seed: u64,
) -> std::io::Result<()> {
    let title = path
        .file_stem()
        .map_or("lesson".into(), |s| s.to_string_lossy().into_owned());
    let is_html = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("html") || e.eq_ignore_ascii_case("htm"));
    std::fs::write(
        path,
        render_handout(history, session, &title, is_html, seed),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser;

    #[derive(Parser)]
    struct Cli {
        file: Option<PathBuf>,
        #[command(flatten)]
        lesson: LessonFlags,
    }

    fn parse(args: &[&str]) -> Cli {
        Cli::try_parse_from(std::iter::once("viewfinder").chain(args.iter().copied())).unwrap()
    }

    #[test]
    fn table_flag() {
        assert!(parse(&["--table", "x.py"]).lesson.views().table);
    }

    #[test]
    fn track_flag() {
        assert!(parse(&["--track"]).lesson.views().track);
    }

    #[test]
    fn bare_diagram_draws_everything_and_leaves_the_file_alone() {
        let cli = parse(&["--diagram", "x.py"]);
        assert_eq!(cli.lesson.views().diagram, Some(vec![]));
        assert_eq!(cli.file, Some(PathBuf::from("x.py")));
    }

    #[test]
    fn diagram_with_names() {
        let cli = parse(&["--diagram=a,v", "x.py"]);
        assert_eq!(
            cli.lesson.views().diagram,
            Some(vec!["a".into(), "v".into()])
        );
    }

    #[test]
    fn explain_flag() {
        assert!(parse(&["--explain"]).lesson.views().explain);
    }

    #[test]
    fn quiz_takes_the_seed() {
        assert_eq!(
            parse(&["--quiz", "--seed", "7"]).lesson.views().quiz,
            Some(7)
        );
        assert_eq!(parse(&["--seed", "7"]).lesson.views().quiz, None);
    }

    #[test]
    fn export_flag() {
        let views = parse(&["--export", "l.html"]).lesson.views();
        assert_eq!(views.export, Some(PathBuf::from("l.html")));
    }

    #[test]
    fn json_excludes_the_terminal_views() {
        assert!(parse(&["--json"]).lesson.views().json);
        let both = Cli::try_parse_from(["viewfinder", "--json", "--table"]);
        assert!(both.is_err());
    }

    #[test]
    fn memory_sizes_parse_with_units() {
        assert_eq!(parse_memory_size("1000000"), Ok(1_000_000));
        assert_eq!(parse_memory_size("512M"), Ok(512 << 20));
        assert_eq!(parse_memory_size("4G"), Ok(4 << 30));
        assert_eq!(parse_memory_size("4GiB"), Ok(4 << 30));
        assert_eq!(parse_memory_size("2gb"), Ok(2_000_000_000));
        assert_eq!(parse_memory_size("1.5K"), Ok(1536));
        assert_eq!(parse_memory_size("64 B"), Ok(64));
        assert!(
            parse_memory_size("4X")
                .unwrap_err()
                .contains("unknown unit")
        );
        assert!(parse_memory_size("G").is_err());
        assert!(parse_memory_size("-1").is_err());
        assert!(parse_memory_size("99999999999T").is_err());
    }
}
