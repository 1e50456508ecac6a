//! Classes: a holder of one of the program's arrays whose method works on it through
//! `self.arr`, with a `__repr__` showing it, a class attribute counting instances, and a
//! subclass overriding the method.
//!
//! The method's body is made by the other makers with `p_ = self.arr` as its only name, so
//! what it writes goes into the caller's array as the model expects (as in `functions`).

use super::Generator;
use super::control::{Written, block};
use crate::differential::model::Ty;

impl Generator {
    /// `class Holder_:` over an array, an instance made and its method called.
    pub(super) fn holder_class(&mut self) -> Option<Written> {
        let (array, model) = self.array_where(|model| model.known)?;
        let caller_names =
            std::mem::replace(&mut self.names, vec![("p_".to_string(), Ty::Array(model))]);
        let in_for = std::mem::take(&mut self.in_for);
        let mut work = vec!["p_ = self.arr".to_string()];
        work.extend(self.plain_body(3));
        self.in_for = in_for;
        self.names = caller_names;
        work.push(
            self.rng
                .pick(&["return p_.sum()", "return self", ""])
                .to_string(),
        );
        let init = block(
            "def __init__(self, arr):",
            &[
                "self.arr = arr".to_string(),
                "Holder_.made += 1".to_string(),
            ],
        );
        let repr = block(
            "def __repr__(self):",
            &["return 'Holder_(' + repr(self.arr) + ')'".to_string()],
        );
        let class = block(
            "class Holder_:",
            &[
                "made = 0".to_string(),
                init,
                block("def work(self):", &work),
                repr,
            ],
        );
        let subclass = self.rng.chance(30).then(|| {
            block(
                "class Twice_(Holder_):",
                &[block(
                    "def work(self):",
                    &[
                        "Holder_.work(self)".to_string(),
                        "return Holder_.work(self)".to_string(),
                    ],
                )],
            )
        });
        let made = match &subclass {
            Some(_) => "Twice_",
            None => "Holder_",
        };
        let call = match self.rng.below(3) {
            0 => format!("h_ = {made}({array})\nprint(h_.work())"),
            1 => format!("h_ = {made}({array})\nh_.work()\nprint(h_, Holder_.made)"),
            _ => format!("h_ = {made}({array})\nh_.arr = h_.arr.copy()\nh_.work()\nprint({array})"),
        };
        let text = [Some(class), subclass, Some(call)]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join("\n");
        Some((text, vec![("h_".to_string(), Ty::Other)]))
    }
}
