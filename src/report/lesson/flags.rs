//! The lesson flags of the command line (`--table`, `--track`, `--diagram`, `--explain`,
//! `--quiz`, `--seed`, `--export`, `--json`), declared here so `main.rs` only flattens them in
//! and every flag is tested beside its declaration.

use std::path::PathBuf;

use clap::Args;

use super::{LessonViews, default_width, stdout_wants_color};

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
}
