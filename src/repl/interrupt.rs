//! The prompt's SIGINT handler: Ctrl-C while a statement runs raises the evaluator's flag
//! ([`crate::eval::cancel`]) instead of ending the process.
//!
//! Scripts never install it: Ctrl-C ends them as it ends python3.

use std::sync::Once;

use crate::eval::cancel;

/// Makes SIGINT raise the flag instead of ending the process (once per process), and makes
/// the calling thread listen to it.
pub fn install() {
    static REGISTER: Once = Once::new();
    REGISTER.call_once(|| {
        if let Err(error) = signal_hook::flag::register(signal_hook::consts::SIGINT, cancel::flag())
        {
            eprintln!("viewfinder: Ctrl-C will end the session: {error}");
        }
    });
    cancel::listen();
}
