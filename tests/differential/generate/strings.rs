//! Text: a str made of a few pieces (letters of both cases, digits, spaces, tabs, line
//! breaks, separators, an apostrophe, now and then a non-ASCII letter), then several of
//! `str`'s methods on it, its encoding and `bytes`/`bytearray` methods on the result, each
//! printed with `repr` and each error-prone one under `try` printing the error.
//!
//! The names (`tx_`, `bx_`) are bound as `Ty::Other`, so no other maker computes with them.

use super::Generator;
use super::control::{Written, block};
use crate::differential::model::Ty;

/// The pieces a str is made of, as Python source inside quotes.
const PIECES: &[&str] = &[
    "a", "B", "cd", "Ef", "GH", "7", "42", " ", "  ", "\\t", "\\n", "\\r\\n", "\\r", "=", ",", "_",
    "\\'", "-", ".", "x1", "é", "", "ab=cd", "::",
];

/// Arguments a search or split may be given, as Python source.
const NEEDLES: &[&str] = &[
    "'a'", "'='", "' '", "','", "'cd'", "''", "'\\n'", "'zz'", "1",
];

/// `str` method calls on `tx_`, as Python source.
const STR_CALLS: &[&str] = &[
    "title()",
    "capitalize()",
    "swapcase()",
    "casefold()",
    "upper()",
    "lower()",
    "isupper()",
    "islower()",
    "istitle()",
    "isalnum()",
    "isdecimal()",
    "isnumeric()",
    "isascii()",
    "isidentifier()",
    "isprintable()",
    "isdigit()",
    "isalpha()",
    "isspace()",
    "splitlines()",
    "splitlines(True)",
    "expandtabs()",
    "expandtabs(3)",
    "expandtabs(0)",
    "strip()",
    "split()",
    "split(None, 1)",
    "rsplit(None, 1)",
    "zfill(6)",
    "center(9, '*')",
];

impl Generator {
    /// A str made, worked on with its methods, encoded and worked on as bytes.
    pub(super) fn string_statement(&mut self) -> Option<Written> {
        let pieces: Vec<&str> = (0..self.rng.range(1, 7))
            .map(|_| *self.rng.pick(PIECES))
            .collect();
        let mut lines = vec![format!("tx_ = '{}'", pieces.concat())];
        for _ in 0..self.rng.range(2, 6) {
            let line = self.string_operation();
            lines.push(line);
        }
        let names = vec![
            ("tx_".to_string(), Ty::Other),
            ("bx_".to_string(), Ty::Other),
        ];
        Some((lines.join("\n"), names))
    }

    /// One operation on `tx_`, or on `bx_`, its encoding.
    fn string_operation(&mut self) -> String {
        let guarded = |body: String| {
            block("try:", &[body])
                + "\n"
                + &block(
                    "except (IndexError, TypeError, ValueError, UnicodeDecodeError) as exc_:",
                    &["print(type(exc_).__name__, exc_)".to_string()],
                )
        };
        let needle = *self.rng.pick(NEEDLES);
        let start = self.rng.range(-3, 6);
        let codec = *self
            .rng
            .pick(&["", "'utf-8'", "'ascii'", "'latin-1'", "'UTF8'"]);
        let kind = *self.rng.pick(&["bytes", "bytearray"]);
        let bytes_needle = match needle {
            "1" => "49".to_string(),
            text => format!("{text}.encode()"),
        };
        match self.rng.below(12) {
            0..=2 => format!("print(repr(tx_.{}))", self.rng.pick(STR_CALLS)),
            3 => guarded(format!(
                "print(tx_.partition({needle}), tx_.rpartition({needle}))"
            )),
            4 => guarded(format!(
                "print(tx_.index({needle}), tx_.rindex({needle}, {start}))"
            )),
            5 => guarded(format!(
                "print(tx_.rfind({needle}), tx_.find({needle}, {start}), tx_.count({needle}))"
            )),
            6 => guarded(format!(
                "print(repr(tx_.removeprefix({needle})), repr(tx_.removesuffix({needle})))"
            )),
            7 => guarded(format!("bx_ = {kind}(tx_, {codec})\nprint(bx_)")),
            8 => guarded(format!(
                "bx_ = tx_.encode({codec})\nprint(bx_, bx_.decode({codec}), len(bx_))"
            )),
            9 => guarded(format!(
                "bx_ = {kind}(tx_.encode())\nprint(bx_.upper(), bx_.split(), bx_.strip(), bx_.replace(b'a', b'--'))"
            )),
            10 => guarded(format!(
                "bx_ = {kind}(tx_.encode())\nprint(bx_.rfind({bytes_needle}), bx_.split({bytes_needle}), b'|'.join(bx_.split()))"
            )),
            _ => guarded(format!(
                "bx_ = {kind}(tx_.encode())\nprint(bx_.rindex({bytes_needle}), bx_.lstrip(b' a'), bx_.rstrip(), bx_.lower())"
            )),
        }
    }
}
