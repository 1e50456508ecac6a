//! The `viewfinder` command: parses flags and hands over to a front end.

use std::io::{IsTerminal, Read};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, ValueEnum};
use viewfinder::cli::ExitStatus;
use viewfinder::cli::{self, LessonFlags};
use viewfinder::eval::{Dialect, Interpreter};
use viewfinder::repl::{ColorChoice, ReplOptions, run_file_then_repl, run_repl};
use viewfinder::report::lesson::LessonViews;
use viewfinder::script::{ScriptOptions, decode_source, run_script};

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
    /// Run FILE, then stay at the prompt with its names (as `python3 -i`).
    #[arg(short, long, requires = "file")]
    interactive: bool,
    /// Colour the prompt's input, hints and prompts: auto (a terminal without NO_COLOR),
    /// always, never.
    #[arg(long, value_enum, value_name = "WHEN", default_value_t = ColorArg::Auto)]
    color: ColorArg,
    /// Width of tables such as %whos and %mem (default: the terminal's).
    #[arg(long, value_name = "COLUMNS")]
    width: Option<u16>,
    /// The most memory the session's arrays and buffers may take together: bytes, or with a
    /// unit (512M, 4G, 4GiB, 2GB). Past it a statement fails with a MemoryError.
    #[arg(long, value_name = "SIZE", default_value = "4GiB", value_parser = cli::parse_memory_size)]
    max_memory: usize,
    #[command(flatten)]
    lesson: LessonFlags,
}

const EXAMPLES: &str = "\
Examples:
  viewfinder                                   start the prompt
  viewfinder examples/views_share_memory.py    annotated transcript of a lesson
  viewfinder --quiet lesson.py                 exactly what python3 lesson.py prints
  viewfinder -c 'a = [1,2,3]; v = a[1:]; v[0] = 9; print(a)'
  viewfinder -i lesson.py                      run a lesson, then keep its names at the prompt
  NO_COLOR=1 viewfinder --width 100            the prompt without colour, tables 100 wide
  VIEWFINDER_HISTORY=class.txt viewfinder      keep this class's history in class.txt

Exit status: 0 on success, 1 after an uncaught error or a syntax error (as python3), 2 for bad
command-line use or an unreadable file. The prompt exits 0 on Ctrl-D or %quit.
At the prompt: %help lists the commands; Tab completes; history is kept in
$VIEWFINDER_HISTORY, else viewfinder/history.txt in the user's data directory.";

#[derive(Clone, Copy, Debug, ValueEnum)]
enum ColorArg {
    Auto,
    Always,
    Never,
}

/// The prompt's settings from the flags.
fn repl_options(cli: &Cli) -> ReplOptions {
    let choice = match cli.color {
        ColorArg::Auto => ColorChoice::Auto,
        ColorArg::Always => ColorChoice::Always,
        ColorArg::Never => ColorChoice::Never,
    };
    ReplOptions {
        quiet: cli.quiet,
        color: choice.enabled(),
        width: cli.width,
    }
}

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

/// Stack for the session's thread. Values can nest as deep as a program makes them (100,000
/// lines of `l = [l]`), and printing, reporting and dropping them walk that nesting; the
/// memory is only reserved, and used as deep as the nesting goes.
const SESSION_STACK: usize = 1 << 30;

fn main() -> ExitCode {
    let session = std::thread::Builder::new()
        .stack_size(SESSION_STACK)
        .spawn(run_cli);
    match session.map(std::thread::JoinHandle::join) {
        Ok(Ok(status)) => status,
        Ok(Err(panic)) => std::panic::resume_unwind(panic),
        Err(_) => run_cli(),
    }
}

/// Parses the flags and runs the front end they ask for.
fn run_cli() -> ExitCode {
    let cli = Cli::parse();
    let dialect = match cli.dialect {
        DialectArg::Shorthand => Dialect::Shorthand,
        DialectArg::Python => Dialect::Python,
    };
    let mut session = Interpreter::new(dialect);
    session.set_max_memory(cli.max_memory);
    let source = match (&cli.command, &cli.file) {
        (Some(text), _) => Source::Text(text.clone(), "<string>"),
        (None, Some(path)) if path.as_os_str() == "-" => Source::Stdin,
        (None, Some(path)) => Source::File(path.clone()),
        (None, None) if std::io::stdin().is_terminal() => Source::Prompt,
        (None, None) => Source::Stdin,
    };
    if let (true, Some(path)) = (cli.interactive, &cli.file) {
        return run_file_then_repl(path, session, &repl_options(&cli)).into();
    }
    let status = match source {
        Source::Prompt => run_repl(session, &repl_options(&cli)),
        Source::Text(text, label) => run_text(&text, label, session, cli.quiet, cli.lesson.views()),
        Source::File(path) => match std::fs::read(&path) {
            Ok(bytes) => run_bytes(
                &bytes,
                &path.display().to_string(),
                session,
                cli.quiet,
                cli.lesson.views(),
            ),
            Err(error) => {
                eprintln!("viewfinder: can't open file '{}': {error}", path.display());
                ExitStatus::Usage
            }
        },
        Source::Stdin => {
            let mut bytes = Vec::new();
            match std::io::stdin().read_to_end(&mut bytes) {
                Ok(_) => run_bytes(&bytes, "<stdin>", session, cli.quiet, cli.lesson.views()),
                Err(error) => {
                    eprintln!("viewfinder: cannot read standard input: {error}");
                    ExitStatus::Usage
                }
            }
        }
    };
    status.into()
}

/// Runs a program read as bytes (a file, standard input); bytes that are not UTF-8 are
/// python3's `SyntaxError`, which names the file by its absolute path as python3 does.
fn run_bytes(
    bytes: &[u8],
    label: &str,
    session: Interpreter,
    quiet: bool,
    lesson: LessonViews,
) -> ExitStatus {
    let absolute = std::path::absolute(label).map(|path| path.display().to_string());
    let file = match label {
        "<stdin>" => label.to_string(),
        _ => absolute.unwrap_or_else(|_| label.to_string()),
    };
    match decode_source(bytes, &file) {
        Ok(text) => run_text(&text, label, session, quiet, lesson),
        Err(error) => {
            eprintln!("{error}");
            ExitStatus::Error
        }
    }
}

fn run_text(
    text: &str,
    label: &str,
    mut session: Interpreter,
    quiet: bool,
    lesson: LessonViews,
) -> ExitStatus {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut err = std::io::stderr();
    run_script(
        text,
        &mut session,
        &ScriptOptions {
            quiet,
            label,
            lesson,
        },
        &mut out,
        &mut err,
    )
}
