//! The `%` commands of the prompt, as one table.
//!
//! Each [`Command`] is a name, its arguments, a help line and the function that runs it;
//! dispatch, `%help` and Tab completion all read [`COMMANDS`], so adding a command is adding a
//! row. `%help`'s examples ([`HELP_EXAMPLES`]) are real sessions, checked by a test.

use std::io::Write;

use super::lesson_commands;
use super::save::saved_file;
use super::{EntryResult, ReplSession, run_source};
use crate::eval::Dialect;
use crate::report;

/// A `%` command.
pub struct Command {
    /// Its name, without the `%`.
    pub name: &'static str,
    /// Its arguments, for the help line (`FILE`, `[all]`).
    pub args: &'static str,
    /// What it does, in one line.
    pub help: &'static str,
    /// Runs it with the text after the name.
    pub run: fn(&str, &mut ReplSession, &mut dyn Write, &mut dyn Write) -> EntryResult,
}

/// Every command, in the order `%help` lists them.
pub const COMMANDS: &[Command] = &[
    Command {
        name: "help",
        args: "",
        help: "this help: the language, the commands, examples",
        run: help,
    },
    Command {
        name: "who",
        args: "",
        help: "the names defined",
        run: who,
    },
    Command {
        name: "whos",
        args: "[all]",
        help: "a table of names: type, dtype, shape, buffer, offset, strides, flags, base",
        run: whos,
    },
    Command {
        name: "mem",
        args: "",
        help: "a table of buffers: id, owner, dtype, size, bytes, names reaching it, read-only, exported",
        run: mem,
    },
    Command {
        name: "dialect",
        args: "[python|shorthand]",
        help: "show or switch the language",
        run: dialect,
    },
    Command {
        name: "reset",
        args: "[-f]",
        help: "delete every name (asks first at a terminal unless -f)",
        run: reset,
    },
    Command {
        name: "history",
        args: "",
        help: "the entries typed this session",
        run: history,
    },
    Command {
        name: "save",
        args: "FILE",
        help: "write this session's statements as a .py that python3 runs",
        run: save,
    },
    Command {
        name: "load",
        args: "FILE",
        help: "put a file's statements at the prompt, to edit and run",
        run: load,
    },
    Command {
        name: "run",
        args: "FILE",
        help: "run a script here, keeping its names",
        run: run_file,
    },
    Command {
        name: "table",
        args: "",
        help: "the execution table: every step, each array's value after it, what it did",
        run: lesson_commands::table,
    },
    Command {
        name: "track",
        args: "",
        help: "the variable tracker: each name's value at every step that changed it",
        run: lesson_commands::track,
    },
    Command {
        name: "diagram",
        args: "[names]",
        help: "memory as cells, and which cells each name visits, in order",
        run: lesson_commands::diagram,
    },
    Command {
        name: "explain",
        args: "[step]",
        help: "why each result is a view or a copy, and what to watch out for",
        run: lesson_commands::explain,
    },
    Command {
        name: "quiz",
        args: "[seed]",
        help: "questions about this session, checked as you answer",
        run: lesson_commands::quiz,
    },
    Command {
        name: "export",
        args: "FILE",
        help: "write this session as a handout: .html (offline page) or .md",
        run: lesson_commands::export,
    },
    Command {
        name: "quit",
        args: "",
        help: "leave (also %exit and Ctrl-D)",
        run: quit,
    },
];

/// The command names, for completion.
pub fn command_names() -> Vec<&'static str> {
    COMMANDS.iter().map(|c| c.name).chain(["exit"]).collect()
}

/// Runs `%command args` (the text after the `%`).
pub fn run_command(
    text: &str,
    session: &mut ReplSession,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> EntryResult {
    let (name, args) = text
        .trim()
        .split_once(char::is_whitespace)
        .unwrap_or((text.trim(), ""));
    let name = if name == "exit" { "quit" } else { name };
    match COMMANDS.iter().find(|c| c.name == name) {
        Some(command) => (command.run)(args.trim(), session, out, err),
        None => {
            let _ = writeln!(
                err,
                "UsageError: unknown command '%{name}'. {}",
                command_list()
            );
            EntryResult::Continue
        }
    }
}

/// `Commands: %help %who ...`.
pub fn command_list() -> String {
    let names: Vec<String> = COMMANDS.iter().map(|c| format!("%{}", c.name)).collect();
    format!("Commands: {}", names.join(" "))
}

/// What the language is, before the command list in `%help`.
const HELP_INTRO: &str = "\
viewfinder runs NumPy statements and shows, after each one, which names share memory.

The language is Python's statements on arrays: assignments (a = ..., a[1:] = ...,
a += ...), del, import, expressions, if/while/for, def, lambda, class, try/except and
raise, with lists, dicts, sets, comprehensions and f-strings; basic indexing makes
VIEWS, advanced indexing and arithmetic make COPIES. In the shorthand dialect (the default) [1, 2, 3] makes an int64
array and np. is optional (arange(5)); `import numpy as np` switches to real Python.
Keys: Tab completes names, np. functions and methods; Up/Down walk the history;
Ctrl-C cancels the entry; Ctrl-D quits.
";

/// `%help`'s examples: each `>>> ` line is typed at a fresh prompt, and what follows is exactly
/// what viewfinder prints (a test runs them).
pub const HELP_EXAMPLES: &str = "\
>>> arr = [1, 2, 3]
arr: new int64 array (3,) (list literal), owns buffer b1 (24 bytes)
>>> view = arr[1:]
view: VIEW of arr (basic slice) — b1, offset 8 B, strides (8,)
      shares memory with arr: view[0:2] ↔ arr[1:3]
>>> view[0] = 10
wrote b1 element 1 (view[0]); also visible as arr[1]
      arr  = [ 1 10  3]
      view = [10  3]
>>> c = arr.copy()
c: COPY of arr (copy()) — new buffer b2, int64 (3,); shares memory with no other name
>>> np.shares_memory(arr, view)
True
>>> print(ar)
Traceback (most recent call last):
  File \"<stdin>\", line 1, in <module>
    print(ar)
          ^^
NameError: name 'ar' is not defined. Did you mean: 'arr'?
";

/// The whole `%help` text.
pub fn help_text() -> String {
    let mut text = format!("{HELP_INTRO}\nCommands:\n");
    for command in COMMANDS {
        let usage = format!("%{} {}", command.name, command.args);
        text.push_str(&format!("  {:<28} {}\n", usage.trim_end(), command.help));
    }
    text.push_str(
        "\nNumPy functions viewfinder models (np.<Tab> completes them; others are refused):\n",
    );
    text.push_str(&wrapped(
        &crate::eval::names::numpy_function_names(),
        88,
        "  ",
    ));
    text.push_str("\nExamples:\n");
    for line in HELP_EXAMPLES.lines() {
        text.push_str(&format!("  {line}\n"));
    }
    text
}

/// `words` joined by spaces in lines of at most `width` characters, each indented.
fn wrapped(words: &[&str], width: usize, indent: &str) -> String {
    let mut text = String::new();
    let mut line = String::from(indent);
    for word in words {
        if line.len() + word.len() + 1 > width && !line.trim().is_empty() {
            text += line.trim_end();
            text.push('\n');
            line = String::from(indent);
        }
        line += word;
        line.push(' ');
    }
    text += line.trim_end();
    text.push('\n');
    text
}

/// Prints `text` and keeps prompting.
pub(super) fn print(out: &mut dyn Write, text: &str) -> EntryResult {
    let _ = out.write_all(text.as_bytes());
    EntryResult::Continue
}

/// Prints `UsageError: message` and keeps prompting.
pub(super) fn usage_error(err: &mut dyn Write, message: &str) -> EntryResult {
    let _ = writeln!(err, "UsageError: {message}");
    EntryResult::Continue
}

fn help(_: &str, _: &mut ReplSession, out: &mut dyn Write, _: &mut dyn Write) -> EntryResult {
    print(out, &help_text())
}

fn who(_: &str, session: &mut ReplSession, out: &mut dyn Write, _: &mut dyn Write) -> EntryResult {
    print(out, &report::render_who(&session.interpreter))
}

/// Names `%whos` lists before saying how many more there are.
const WHOS_ROWS: usize = 30;

fn whos(
    args: &str,
    session: &mut ReplSession,
    out: &mut dyn Write,
    _: &mut dyn Write,
) -> EntryResult {
    let rows = if args == "all" { usize::MAX } else { WHOS_ROWS };
    let width = session.table_width();
    print(
        out,
        &report::render_whos_capped(&session.interpreter, width, rows),
    )
}

fn mem(_: &str, session: &mut ReplSession, out: &mut dyn Write, _: &mut dyn Write) -> EntryResult {
    print(
        out,
        &report::render_mem(&session.interpreter, session.table_width()),
    )
}

fn dialect(
    args: &str,
    session: &mut ReplSession,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> EntryResult {
    let interpreter = &mut session.interpreter;
    let dialect = match args {
        "" => return print(out, &format!("{} dialect\n", interpreter.dialect().name())),
        "python" => Dialect::Python,
        "shorthand" => Dialect::Shorthand,
        other => {
            return usage_error(
                err,
                &format!("unknown dialect '{other}': %dialect [python|shorthand]"),
            );
        }
    };
    interpreter.set_dialect(dialect);
    print(out, &format!("{} dialect from here on\n", dialect.name()))
}

fn reset(
    args: &str,
    session: &mut ReplSession,
    out: &mut dyn Write,
    _: &mut dyn Write,
) -> EntryResult {
    let question = "Once deleted, variables cannot be recovered. Proceed (y/[n])? ";
    let confirmed = args == "-f" || session.confirm.as_mut().is_none_or(|ask| ask(question));
    if !confirmed {
        return print(out, "Nothing done.\n");
    }
    session.interpreter.reset();
    session.lesson.clear();
    print(out, "Every name deleted.\n")
}

fn history(
    _: &str,
    session: &mut ReplSession,
    out: &mut dyn Write,
    _: &mut dyn Write,
) -> EntryResult {
    let mut text = String::new();
    let typed = &session.inputs[..session.inputs.len().saturating_sub(1)];
    for (number, entry) in typed.iter().enumerate() {
        let entry = entry.replace('\n', "\n     ... ");
        text.push_str(&format!("{:>4}: {entry}\n", number + 1));
    }
    print(out, &text)
}

fn save(
    args: &str,
    session: &mut ReplSession,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> EntryResult {
    if args.is_empty() {
        return usage_error(err, "%save needs a file name: %save FILE");
    }
    let count = session.statements.len();
    match std::fs::write(args, saved_file(&session.statements)) {
        Ok(()) => print(out, &format!("saved {count} statements to {args}\n")),
        Err(error) => usage_error(err, &format!("cannot write {args}: {error}")),
    }
}

fn read_script(args: &str, command: &str, err: &mut dyn Write) -> Option<String> {
    if args.is_empty() {
        usage_error(
            err,
            &format!("%{command} needs a file name: %{command} FILE"),
        );
        return None;
    }
    match std::fs::read(args) {
        Ok(bytes) => Some(String::from_utf8_lossy(&bytes).into_owned()),
        Err(error) => {
            let _ = writeln!(err, "viewfinder: can't open file '{args}': {error}");
            None
        }
    }
}

fn load(args: &str, _: &mut ReplSession, _: &mut dyn Write, err: &mut dyn Write) -> EntryResult {
    match read_script(args, "load", err) {
        Some(text) => EntryResult::Edit(text.trim_end().to_string()),
        None => EntryResult::Continue,
    }
}

fn run_file(
    args: &str,
    session: &mut ReplSession,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> EntryResult {
    if let Some(text) = read_script(args, "run", err) {
        run_source(&text, args, true, session, out, err);
    }
    EntryResult::Continue
}

fn quit(_: &str, _: &mut ReplSession, _: &mut dyn Write, _: &mut dyn Write) -> EntryResult {
    EntryResult::Quit
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;
    use crate::eval::Interpreter;
    use crate::repl::run_entry;

    fn session() -> ReplSession {
        ReplSession::new(Interpreter::new(Dialect::Shorthand), false, Some(100))
    }

    /// Runs `entry`; returns what it printed (stdout then stderr) and the result.
    pub(in crate::repl) fn type_entry(
        session: &mut ReplSession,
        entry: &str,
    ) -> (String, EntryResult) {
        let (mut out, mut err) = (Vec::new(), Vec::new());
        let result = run_entry(entry, session, &mut out, &mut err);
        out.extend(err);
        (String::from_utf8(out).unwrap(), result)
    }

    #[test]
    fn help_examples_are_what_viewfinder_prints() {
        let mut session = session();
        let mut blocks = HELP_EXAMPLES.split(">>> ").skip(1);
        for block in blocks.by_ref() {
            let (entry, expected) = block.split_once('\n').unwrap();
            let (printed, _) = type_entry(&mut session, entry);
            assert_eq!(printed, expected, "after >>> {entry}");
        }
        assert!(help_text().contains("  %save FILE"));
    }

    #[test]
    fn unknown_command_lists_the_commands() {
        let (printed, result) = type_entry(&mut session(), "%frobnicate");
        assert_eq!(result, EntryResult::Continue);
        assert!(
            printed.starts_with("UsageError: unknown command '%frobnicate'. Commands: %help %who")
        );
        assert!(
            printed.contains("%mem") && printed.contains("%save"),
            "{printed}"
        );
    }

    #[test]
    fn reset_asks_and_respects_no() {
        let mut session = session();
        type_entry(&mut session, "a = [1, 2]");
        session.confirm = Some(Box::new(|_| false));
        assert_eq!(type_entry(&mut session, "%reset").0, "Nothing done.\n");
        assert!(session.interpreter.lookup("a").is_some());
        type_entry(&mut session, "%reset -f");
        assert!(session.interpreter.lookup("a").is_none());
    }

    #[test]
    fn history_numbers_the_entries_and_quit_quits() {
        let mut session = session();
        type_entry(&mut session, "a = [1,\n2]");
        type_entry(&mut session, "%who");
        let (printed, _) = type_entry(&mut session, "%history");
        assert_eq!(printed, "   1: a = [1,\n     ... 2]\n   2: %who\n");
        assert_eq!(type_entry(&mut session, "%exit").1, EntryResult::Quit);
    }

    #[test]
    fn dialect_switches_and_rejects_unknown_names() {
        let mut session = session();
        assert_eq!(
            type_entry(&mut session, "%dialect python").0,
            "python dialect from here on\n"
        );
        assert!(
            type_entry(&mut session, "%dialect klingon")
                .0
                .starts_with("UsageError")
        );
        assert_eq!(type_entry(&mut session, "%dialect").0, "python dialect\n");
    }

    #[test]
    fn save_keeps_only_statements_that_ran_as_python() {
        let mut session = session();
        type_entry(&mut session, "a = [1, 2, 3]\nb = a[5]");
        type_entry(&mut session, "c = arange(3) + a");
        let path = std::env::temp_dir().join(format!("vf-save-{}.py", std::process::id()));
        let (printed, _) = type_entry(&mut session, &format!("%save {}", path.display()));
        assert!(printed.starts_with("saved 2 statements"), "{printed}");
        let text = std::fs::read_to_string(&path).unwrap();
        let _ = std::fs::remove_file(&path);
        assert!(
            text.ends_with("import numpy as np\na = np.array([1, 2, 3])\nc = np.arange(3) + a\n"),
            "{text}"
        );
    }

    #[test]
    fn load_puts_the_file_at_the_prompt() {
        let path = std::env::temp_dir().join(format!("vf-load-{}.py", std::process::id()));
        std::fs::write(&path, "a = [1]\nb = a\n").unwrap();
        let (_, result) = type_entry(&mut session(), &format!("%load {}", path.display()));
        let _ = std::fs::remove_file(&path);
        assert_eq!(result, EntryResult::Edit("a = [1]\nb = a".into()));
    }

    #[test]
    fn whos_is_capped_unless_all() {
        let mut session = session();
        let many: String = (0..35).map(|i| format!("x{i:02} = {i}\n")).collect();
        type_entry(&mut session, &many);
        assert!(
            type_entry(&mut session, "%whos")
                .0
                .ends_with("… 5 more (%whos all)\n")
        );
        assert!(type_entry(&mut session, "%whos all").0.contains("x34"));
    }
}
