//! Exceptions: a program's deliberately wrong last statement, sometimes inside a `try` whose
//! handler prints what it caught (`type(e).__name__`, `e`, `e.args`), with `else` and
//! `finally` clauses; and a function that raises its own `ValueError` on some arguments,
//! called under a `try`, re-raising or chaining some of the time.
//!
//! A wrong statement is only ever the program's last, so what it may have changed before it
//! failed never misleads the model; the raising function only reads its parameter.

use super::Generator;
use super::control::{Written, block, clause};

impl Generator {
    /// `line` (a statement that raises, or where the model was wrong does not) under a
    /// `try` that catches and shows the exception, or lets some classes through.
    pub(super) fn caught(&mut self, line: &str) -> String {
        let body = [line.to_string()];
        let header = self.rng.pick(&[
            "except Exception as e_:",
            "except (ValueError, IndexError) as e_:",
            "except TypeError as e_:",
            "except BaseException as e_:",
            "except LookupError as e_:",
        ]);
        let shown = self.rng.pick(&[
            "print(type(e_).__name__, e_)",
            "print('caught', type(e_).__name__, e_.args)",
            "print(repr(e_))",
            "print(type(e_).__name__, str(e_) == e_.args[0])",
        ]);
        let mut text = clause(block("try:", &body), header, &[shown.to_string()]);
        if self.rng.chance(30) {
            text = clause(text, "else:", &["print('no error')".to_string()]);
        }
        if self.rng.chance(40) {
            text = clause(text, "finally:", &["print('finally')".to_string()]);
        }
        text
    }

    /// `def check_(p_):` raising a `ValueError` when its array's sum passes a bound, then
    /// called under a `try` that prints, re-raises, or raises another error `from` it.
    pub(super) fn raising_function(&mut self) -> Option<Written> {
        let (array, _) = self.array_where(|model| model.known)?;
        let bound = self.rng.range(-5, 20);
        let raise = self.rng.pick(&[
            "raise ValueError('too big', p_.sum())",
            "raise ValueError('sum over bound')",
            "raise ValueError",
        ]);
        let test = block(&format!("if p_.sum() > {bound}:"), &[raise.to_string()]);
        let def = block("def check_(p_):", &[test, "return p_.sum()".to_string()]);
        let handled = self.rng.pick(&[
            "print('caught', e_.args)",
            "print(type(e_).__name__, repr(e_))",
            "raise",
            "raise RuntimeError('check failed') from e_",
            "raise RuntimeError('while handling')",
        ]);
        let call = block("try:", &[format!("print(check_({array}))")]);
        let call = clause(call, "except ValueError as e_:", &[handled.to_string()]);
        Some((def + "\n" + &call, Vec::new()))
    }
}
