//! The `viewfinder` command: parses flags and hands over to a front end.

use std::io::{IsTerminal, Read};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, ValueEnum};
use viewfinder::eval::{Dialect, Interpreter};
use viewfinder::repl::{ReplOptions, run_repl};
use viewfinder::script::{ScriptOptions, run_script};

/// A REPL for NumPy statements that shows, after every step, which names share memory,
/// exactly which elements overlap, and whether a result is a view or a copy.
#[derive(Parser, Debug)]
#[command(name = "viewfinder", version, after_help = EXAMPLES)]
struct Cli {
    /// A script to run (`-` reads standard input). Without one: the prompt, or standard
    /// input when it is not a terminal.
    file: Option<PathBuf>,
    /// Run this program text instead of a file.
    #[arg(short = 'c', value_name = "PROGRAM", conflicts_with = "file")]
    command: Option<String>,
    /// Print only what python3 would print: no echo, no reports.
    #[arg(short, long)]
    quiet: bool,
    /// The language: shorthand (`arr = [1, 2, 3]` makes an array) or python. Any `import`
    /// switches to python.
    #[arg(long, value_enum, default_value_t = DialectArg::Shorthand)]
    dialect: DialectArg,
}

const EXAMPLES: &str = "\
Examples:
  viewfinder                                   start the prompt
  viewfinder examples/views_share_memory.py    annotated transcript of a lesson
  viewfinder --quiet lesson.py                 exactly what python3 lesson.py prints
  viewfinder -c 'a = [1,2,3]; v = a[1:]; v[0] = 9; print(a)'

Exit status: 0 on success, 1 after an uncaught error or a syntax error (as python3), 2 for bad
command-line use or an unreadable file.";

#[derive(Clone, Copy, Debug, ValueEnum)]
enum DialectArg {
    Shorthand,
    Python,
}

/// Where the program text comes from.
enum Source {
    Prompt,
    Text(String, &'static str),
    File(PathBuf),
    Stdin,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let dialect = match cli.dialect {
        DialectArg::Shorthand => Dialect::Shorthand,
        DialectArg::Python => Dialect::Python,
    };
    let session = Interpreter::new(dialect);
    let source = match (&cli.command, &cli.file) {
        (Some(text), _) => Source::Text(text.clone(), "<string>"),
        (None, Some(path)) if path.as_os_str() == "-" => Source::Stdin,
        (None, Some(path)) => Source::File(path.clone()),
        (None, None) if std::io::stdin().is_terminal() => Source::Prompt,
        (None, None) => Source::Stdin,
    };
    let status = match source {
        Source::Prompt => run_repl(session, &ReplOptions { quiet: cli.quiet }),
        Source::Text(text, label) => run_text(&text, label, session, cli.quiet),
        Source::File(path) => match std::fs::read(&path) {
            Ok(bytes) => run_text(
                &String::from_utf8_lossy(&bytes),
                &path.display().to_string(),
                session,
                cli.quiet,
            ),
            Err(error) => {
                eprintln!("viewfinder: can't open file '{}': {error}", path.display());
                2
            }
        },
        Source::Stdin => {
            let mut bytes = Vec::new();
            match std::io::stdin().read_to_end(&mut bytes) {
                Ok(_) => run_text(
                    &String::from_utf8_lossy(&bytes),
                    "<stdin>",
                    session,
                    cli.quiet,
                ),
                Err(error) => {
                    eprintln!("viewfinder: cannot read standard input: {error}");
                    2
                }
            }
        }
    };
    ExitCode::from(status as u8)
}

fn run_text(text: &str, label: &str, mut session: Interpreter, quiet: bool) -> i32 {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut err = std::io::stderr();
    run_script(
        text,
        &mut session,
        &ScriptOptions { quiet, label },
        &mut out,
        &mut err,
    )
}
