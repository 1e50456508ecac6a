//! Ctrl-C while a statement runs at the prompt: the flag the evaluator checks.
//!
//! rustyline reads a line in raw mode, where Ctrl-C is just a key. While a statement runs the
//! terminal is back in cooked mode, and Ctrl-C is a SIGINT whose default action ends the process,
//! taking every name of the session with it. So the prompt (and `-i`) installs a handler
//! (`repl::interrupt`) by which SIGINT only raises a process-wide [`flag`]. The evaluator calls [`check`] at every expression step
//! and in the loops that go element by element; once the flag is up it raises Python's
//! `KeyboardInterrupt`, and the step is undone from its journal like any failing step. Scripts
//! never install the handler: Ctrl-C ends them as it ends python3.
//!
//! Only the thread that installed the handler (the one running the prompt) listens to the flag,
//! so tests that raise it cannot interrupt other tests running on other threads.

use crate::exception::ExceptionKind;
use std::cell::Cell;
use std::sync::atomic::{AtomicBool, Ordering};

use crate::eval::{EvalError, EvalResult};
use crate::syntax::Span;

/// Raised by the SIGINT handler; lowered by [`clear`] before each entry at the prompt.
static INTERRUPTED: AtomicBool = AtomicBool::new(false);

thread_local! {
    /// Whether [`check`] on this thread honours [`INTERRUPTED`].
    static LISTENING: Cell<bool> = const { Cell::new(false) };
}

/// The flag Ctrl-C raises: the prompt's SIGINT handler (in `repl`) sets it.
pub fn flag() -> &'static AtomicBool {
    &INTERRUPTED
}

/// Makes [`check`] on the calling thread honour the flag.
pub fn listen() {
    LISTENING.with(|listening| listening.set(true));
}

/// Raises the flag, as Ctrl-C does.
pub fn request() {
    INTERRUPTED.store(true, Ordering::Relaxed);
}

/// Lowers the flag: a Ctrl-C pressed before now is forgotten.
pub fn clear() {
    INTERRUPTED.store(false, Ordering::Relaxed);
}

/// Whether Ctrl-C was pressed since the last [`clear`], on a thread that listens.
pub fn pending() -> bool {
    INTERRUPTED.load(Ordering::Relaxed) && LISTENING.with(Cell::get)
}

/// `KeyboardInterrupt` (no message) at `span` when Ctrl-C was pressed, else nothing.
pub fn check(span: Span) -> EvalResult<()> {
    match pending() {
        true => Err(EvalError::new(ExceptionKind::KeyboardInterrupt, "", span)),
        false => Ok(()),
    }
}

/// `item`, unless Ctrl-C was pressed: for `.map(|x| interrupt::checked(x, span))` in a loop
/// that builds a collection element by element.
pub fn checked<T>(item: T, span: Span) -> EvalResult<T> {
    check(span).map(|()| item)
}

/// Runs `f` on this thread as if Ctrl-C had just been pressed, then lowers the flag. Tests that
/// raise the flag go through here, one at a time.
#[cfg(test)]
pub(crate) fn with_ctrl_c_pressed<R>(f: impl FnOnce() -> R) -> R {
    static ONE_AT_A_TIME: std::sync::Mutex<()> = std::sync::Mutex::new(());
    let _turn = ONE_AT_A_TIME
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    listen();
    request();
    let result = f();
    clear();
    LISTENING.with(|listening| listening.set(false));
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn check_raises_keyboard_interrupt_while_the_flag_is_up() {
        let error = with_ctrl_c_pressed(|| check(Span::new(2, 5)).unwrap_err());
        assert_eq!(error.kind.python_name(), "KeyboardInterrupt");
        assert_eq!((error.message.as_str(), error.span), ("", Span::new(2, 5)));
        assert!(check(Span::default()).is_ok());
    }

    #[test]
    fn a_thread_that_does_not_listen_ignores_the_flag() {
        let other_thread_ok = with_ctrl_c_pressed(|| {
            std::thread::spawn(|| check(Span::default()).is_ok())
                .join()
                .unwrap()
        });
        assert!(other_thread_ok);
    }
}
