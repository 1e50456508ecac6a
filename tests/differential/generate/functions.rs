//! Functions: a `def` whose parameter is another name for one of the program's arrays, called
//! at once; lambdas; a closure counting with `nonlocal`; a recursion splitting an array into
//! views; a mutable default shared by every call.
//!
//! Inside a function body the only name the statement makers see is the parameter, so what
//! they write goes through it into the caller's array, and what they bind stays local to the
//! call, as Python keeps it. The function is called exactly once, right after its `def`, so
//! the model's view of the array after the body's writes stays what it would be inline.

use super::Generator;
use super::control::{Written, block};
use crate::differential::model::{DType, Ty};

impl Generator {
    /// A function statement, chosen by weight.
    pub(super) fn function_statement(&mut self) -> Option<Written> {
        match self.rng.weighted(&[6, 2, 2, 1, 1, 2, 2]) {
            0 => self.function_on_array(),
            1 => self.lambda_call(),
            2 => self.counter_closure(),
            3 => self.recursive_split(),
            4 => Some(self.shared_default()),
            5 => self.raising_function(),
            _ => self.holder_class(),
        }
    }

    /// `def f_(p_): <statements on p_>; return ...`, then `r_ = f_(a)` or `print(f_(a))`.
    fn function_on_array(&mut self) -> Option<Written> {
        let (array, model) = self.array_where(|model| model.known)?;
        let caller_names =
            std::mem::replace(&mut self.names, vec![("p_".to_string(), Ty::Array(model))]);
        let in_for = std::mem::take(&mut self.in_for);
        let mut body = self.plain_body(4);
        self.in_for = in_for;
        self.names = caller_names;
        let returned = self
            .rng
            .pick(&["return p_", "return p_.sum()", "return None", ""]);
        if !returned.is_empty() {
            body.push(returned.to_string());
        }
        let def = block("def f_(p_):", &body);
        let (call, kept) = match self.rng.below(3) {
            0 => (
                format!("r_ = f_({array})"),
                vec![("r_".to_string(), Ty::Other)],
            ),
            1 => (format!("print(f_({array}))"), Vec::new()),
            _ => (format!("f_({array})\nprint({array})"), Vec::new()),
        };
        Some((def + "\n" + &call, kept))
    }

    /// `g_ = lambda q: ...`, called on an array.
    fn lambda_call(&mut self) -> Option<Written> {
        let (array, _) = self.array_where(|model| model.known && model.dtype != DType::Bool)?;
        let k = self.rng.range(-3, 3);
        let body = self.rng.pick(&[
            "q * 2", "q + q", "-q", "q[::-1]", "q.copy()", "q.T", "q.sum()",
        ]);
        let call = match self.rng.below(2) {
            0 => format!("print(g_({array}), g_({array}) is {array})"),
            _ => format!("print((lambda q, k={k}: q * k)({array}))"),
        };
        Some((format!("g_ = lambda q: {body}\n{call}"), Vec::new()))
    }

    /// A closure counting with `nonlocal`, called a few times.
    fn counter_closure(&mut self) -> Option<Written> {
        let start = self.rng.range(-3, 3);
        let steps: Vec<String> = (0..self.rng.range(1, 3))
            .map(|_| format!("c_({})", self.rng.range(-2, 5)))
            .collect();
        let inner = block(
            "def step_(by):",
            &[
                "nonlocal total".to_string(),
                "total += by".to_string(),
                "return total".to_string(),
            ],
        );
        let outer = block(
            "def make_counter_(start):",
            &[
                "total = start".to_string(),
                inner,
                "return step_".to_string(),
            ],
        );
        let text = format!(
            "{outer}\nc_ = make_counter_({start})\nprint({})",
            steps.join(", ")
        );
        Some((text, Vec::new()))
    }

    /// A recursion splitting an array's flat view into halves (views of it), then a write
    /// into one half.
    fn recursive_split(&mut self) -> Option<Written> {
        let (array, _) = self.array_where(|model| model.known && model.writeable)?;
        let split = block(
            "def halves_(q):",
            &[
                block("if q.size <= 1:", &["return [q]".to_string()]),
                "mid = q.size // 2".to_string(),
                "return halves_(q[:mid]) + halves_(q[mid:])".to_string(),
            ],
        );
        let text = format!(
            "{split}\nparts_ = halves_({array}.reshape(-1))\nprint([h.tolist() for h in parts_], [np.shares_memory(h, {array}) for h in parts_])"
        );
        Some((text, Vec::new()))
    }

    /// A list default, evaluated once and shared by every call.
    fn shared_default(&mut self) -> Written {
        let calls: Vec<String> = (0..self.rng.range(2, 3))
            .map(|_| format!("grow_({})", self.rng.range(0, 9)))
            .collect();
        let def = block(
            "def grow_(item, into=[]):",
            &["into.append(item)".to_string(), "return into".to_string()],
        );
        (format!("{def}\nprint({})", calls.join(", ")), Vec::new())
    }
}
