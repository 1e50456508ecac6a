//! Tab completion: what the word before the cursor can become.
//!
//! The word is an identifier, a dotted path (`np.ar`, `arr.re`, `arr.flags.wr`) or a `%`
//! command at the start of the line. Candidates come from a [`NameSnapshot`] of the session
//! taken before each prompt: names and their members, never the values themselves (holding a
//! value would keep a deleted array alive, and with it an `array.array`'s export count).

use crate::eval::names::{attribute_names, builtin_names, numpy_names};
use crate::eval::{Dialect, Interpreter};
use crate::value::Value;

/// Python keywords the language accepts.
const KEYWORDS: &[&str] = &[
    "and", "as", "assert", "break", "continue", "def", "del", "elif", "else", "False", "for",
    "from", "global", "if", "import", "in", "is", "lambda", "None", "nonlocal", "not", "or",
    "pass", "return", "True", "while",
];

/// What completion knows about the session.
#[derive(Clone, Debug, Default)]
pub struct NameSnapshot {
    shorthand: bool,
    /// Each name with the members that may follow `name.`.
    names: Vec<(String, Vec<&'static str>)>,
    /// Members of `name.T`, `name.flags`, `name.dtype`, `name.base` for array names.
    nested: Vec<(String, Vec<&'static str>)>,
}

impl NameSnapshot {
    /// The names of `session` and what may follow each after a dot.
    pub fn of(session: &Interpreter) -> NameSnapshot {
        let mut snapshot = NameSnapshot {
            shorthand: session.dialect() == Dialect::Shorthand,
            ..NameSnapshot::default()
        };
        for (name, value) in session.names() {
            snapshot.names.push((name.clone(), attribute_names(value)));
            if let Value::Array(array) = value {
                snapshot.add_array_members(name, array);
            }
        }
        snapshot
    }

    fn add_array_members(&mut self, name: &str, array: &std::rc::Rc<crate::value::ArrayObject>) {
        let members = [
            ("T", Value::Array(array.clone())),
            ("flags", Value::Flags(array.clone())),
            ("dtype", Value::DType(array.data.dtype)),
            ("base", array.base.clone().unwrap_or(Value::None)),
        ];
        for (attr, value) in members {
            self.nested
                .push((format!("{name}.{attr}"), attribute_names(&value)));
        }
    }

    /// The members that may follow `path.` (`np`, `arr`, `arr.flags`).
    fn members_of(&self, path: &str) -> Vec<&'static str> {
        let found = self
            .names
            .iter()
            .chain(&self.nested)
            .find(|(n, _)| n == path);
        match found {
            Some((_, members)) => members.clone(),
            None if matches!(path, "np" | "numpy") => numpy_names(),
            None => Vec::new(),
        }
    }

    /// Every word that may start an expression: names, builtins, keywords, and in the
    /// shorthand dialect NumPy's names.
    fn words(&self) -> Vec<String> {
        let mut words: Vec<String> = self.names.iter().map(|(n, _)| n.clone()).collect();
        let fixed = builtin_names().into_iter().chain(KEYWORDS.iter().copied());
        words.extend(fixed.map(str::to_string));
        if self.shorthand {
            words.push("np".into());
            words.extend(numpy_names().into_iter().map(str::to_string));
        }
        words.sort();
        words.dedup();
        words
    }
}

/// Completes the word ending at byte `pos` of `line`: where the replaced part starts and the
/// candidates, sorted. `commands` are the `%` command names.
pub fn complete_at(
    line: &str,
    pos: usize,
    snapshot: &NameSnapshot,
    commands: &[&str],
) -> (usize, Vec<String>) {
    let before = &line[..pos];
    let start = before
        .rfind(|c: char| !(c.is_alphanumeric() || c == '_' || c == '.' || c == '%'))
        .map_or(0, |i| i + 1);
    let word = &before[start..];
    if let Some(prefix) = word.strip_prefix('%') {
        let is_first = before[..start].trim().is_empty();
        let found = if is_first {
            matching(commands.iter().copied(), prefix)
        } else {
            vec![]
        };
        let found = found.into_iter().map(|c| format!("%{c}")).collect();
        return (start, found);
    }
    match word.rfind('.') {
        Some(dot) => {
            let members = snapshot.members_of(&word[..dot]);
            (
                start + dot + 1,
                matching(members.into_iter(), &word[dot + 1..]),
            )
        }
        None => {
            let words = snapshot.words();
            (start, matching(words.iter().map(String::as_str), word))
        }
    }
}

/// The candidates starting with `prefix`; names starting with `_` only when asked for.
fn matching<'a>(candidates: impl Iterator<Item = &'a str>, prefix: &str) -> Vec<String> {
    let mut found: Vec<String> = candidates
        .filter(|c| c.starts_with(prefix) && (prefix.starts_with('_') || !c.starts_with('_')))
        .map(str::to_string)
        .collect();
    found.sort();
    found.dedup();
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::rc::Rc;

    fn snapshot_after(source: &str) -> NameSnapshot {
        let source: Rc<str> = Rc::from(source);
        let mut session = Interpreter::new(Dialect::Shorthand);
        for stmt in crate::syntax::parse_program(&source).unwrap() {
            session.run(&stmt, &source, &mut Vec::new()).unwrap();
        }
        NameSnapshot::of(&session)
    }

    fn complete(line: &str) -> (usize, Vec<String>) {
        let snapshot = snapshot_after("arr = arange(6)\narrow = [1]\nlst = 3\n");
        complete_at(line, line.len(), &snapshot, &["who", "whos", "help"])
    }

    #[test]
    fn array_methods_after_a_dot() {
        assert_eq!(complete("x = arr.re"), (8, vec!["reshape".to_string()]));
        assert!(complete("arr.").1.contains(&"T".to_string()));
        assert_eq!(
            complete("arr.flags.wri").1,
            ["writeable", "writebackifcopy"]
        );
    }

    #[test]
    fn numpy_functions_after_np() {
        let (start, found) = complete("np.shares");
        assert_eq!((start, found), (3, vec!["shares_memory".to_string()]));
        assert!(complete("np.").1.len() > 30);
    }

    #[test]
    fn names_builtins_and_keywords() {
        assert_eq!(
            complete("print(arr").1,
            ["arr", "array", "array_equal", "arrow"]
        );
        assert_eq!(complete("pri").1, ["print"]);
        let words = complete("x = 1 i").1;
        for word in ["if", "import", "in", "int", "is", "int8"] {
            assert!(words.contains(&word.to_string()), "{word}");
        }
    }

    #[test]
    fn commands_only_at_the_start() {
        assert_eq!(
            complete("%wh"),
            (0, vec!["%who".to_string(), "%whos".to_string()])
        );
        assert!(complete("a %wh").1.is_empty());
    }
}
