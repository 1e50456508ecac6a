//! Sets: a set made by a display (of constants, which CPython compiles to a frozenset, or not),
//! `set(...)`, `frozenset(...)` or a comprehension, over ints that collide in small tables
//! (multiples of 8, 16, 32), floats, bools, tuples and NumPy scalars (equal ones meet); then
//! operations that move its table about: adding and removing in loops (so dummies are
//! reused and the table grows and is rebuilt), `pop`, the methods and operators with sets,
//! frozensets, lists, ranges and dicts, comparisons, `in`, `hash`, another name and a copy,
//! each error-prone one under `try` printing the error; then the set printed.
//!
//! The set's name (`ss_`) is bound as `Ty::Other`, so no other maker computes with it.

use super::Generator;
use super::control::{Written, block};
use crate::differential::model::Ty;

/// Elements, as Python source: equal ones among them are one element.
const ELEMENTS: &[&str] = &[
    "0",
    "1",
    "2",
    "3",
    "5",
    "7",
    "8",
    "9",
    "16",
    "17",
    "24",
    "32",
    "33",
    "40",
    "64",
    "-1",
    "-2",
    "-8",
    "1.0",
    "0.5",
    "2.5",
    "-0.0",
    "1e20",
    "True",
    "False",
    "(1, 2)",
    "(8, (0,))",
    "()",
    "np.int64(8)",
    "np.float64(0.5)",
    "np.int8(-1)",
    "frozenset({1, 8})",
    "2**40",
    "2**61",
];

/// Elements whose CPython hash is salted per run (the order of a set holding one is refused).
const SALTED: &[&str] = &["'a'", "b'x'", "None"];

/// Values Python refuses as elements (`unhashable type`).
const UNHASHABLE: &[&str] = &["[1]", "{}", "{1}", "np.arange(2)", "(1, [2])"];

impl Generator {
    /// A set made, worked on and printed.
    pub(super) fn set_statement(&mut self) -> Option<Written> {
        let mut lines = vec![format!("ss_ = {}", self.set_expression())];
        for _ in 0..self.rng.range(2, 7) {
            let line = self.set_operation();
            lines.push(line);
        }
        let last = self.rng.pick(&[
            "print(ss_)",
            "print(len(ss_), list(ss_))",
            "print([e_ for e_ in ss_])",
        ]);
        lines.push(last.to_string());
        Some((lines.join("\n"), vec![("ss_".to_string(), Ty::Other)]))
    }

    /// An element: now and then one whose hash is salted.
    fn element(&mut self) -> String {
        if self.rng.chance(1) {
            return self.rng.pick(SALTED).to_string();
        }
        self.rng.pick(ELEMENTS).to_string()
    }

    /// `n` elements joined by `, `.
    fn elements(&mut self, n: i64) -> String {
        let items: Vec<String> = (0..n).map(|_| self.element()).collect();
        items.join(", ")
    }

    /// A display, `set(...)`, `frozenset(...)`, or a comprehension.
    fn set_expression(&mut self) -> String {
        let n = self.rng.range(0, 9);
        let step = self.rng.pick(&["1", "3", "8", "16", "32", "-7"]);
        match self.rng.below(9) {
            0..=2 if n > 0 => format!("{{{}}}", self.elements(n)),
            3 => format!("set([{}])", self.elements(n)),
            4 => format!("{{x_ * {step} for x_ in range({})}}", self.rng.range(0, 30)),
            5 => format!(
                "set(range(0, {}, {}))",
                self.rng.range(0, 200),
                self.rng.range(1, 9)
            ),
            6 => format!("{{*range({n}), {}}}", self.element()),
            7 => format!("set({{{}: 0, {}: 1}})", self.element(), self.element()),
            _ => format!("set(frozenset([{}]))", self.elements(n)),
        }
    }

    /// Another operand: a set, frozenset, list, range, tuple or dict of elements.
    fn set_operand(&mut self) -> String {
        let n = self.rng.range(0, 7);
        match self.rng.below(7) {
            0 | 1 => format!("{{{}}}", self.elements(n.max(1))),
            2 => format!("frozenset([{}])", self.elements(n)),
            3 => format!("[{}]", self.elements(n)),
            4 => format!(
                "range({}, {})",
                self.rng.range(-3, 10),
                self.rng.range(0, 70)
            ),
            5 => format!("({},)", self.elements(n.max(1))),
            _ => format!("dict.fromkeys([{}])", self.elements(n)),
        }
    }

    /// One operation on `ss_`.
    fn set_operation(&mut self) -> String {
        let (e, o) = (self.element(), self.set_operand());
        let guarded = |body: String| {
            block("try:", &[body])
                + "\n"
                + &block(
                    "except (KeyError, TypeError, RuntimeError) as exc_:",
                    &["print(type(exc_).__name__, exc_)".to_string()],
                )
        };
        let set_only = self
            .rng
            .pick(&["{3, 8, 16}", "frozenset({0, 40})", "set()"]);
        match self.rng.below(30) {
            0..=2 => format!("ss_.add({e})"),
            3 => guarded(format!("ss_.remove({e})")),
            4 => format!("ss_.discard({e})"),
            5 => guarded("print(ss_.pop())".to_string()),
            6 => self.churn(),
            7 => format!("ss_.update({o})"),
            8 => format!("print(ss_.union({o}), ss_.intersection({o}))"),
            9 => format!("print(ss_.difference({o}), ss_.symmetric_difference({o}))"),
            10 => format!("ss_.intersection_update({o})"),
            11 => format!("ss_.difference_update({o})"),
            12 => format!("ss_.symmetric_difference_update({o})"),
            13 => format!("print(ss_.issubset({o}), ss_.issuperset({o}), ss_.isdisjoint({o}))"),
            14 => format!(
                "print(ss_ | {set_only}, ss_ & {set_only}, ss_ - {set_only}, ss_ ^ {set_only})"
            ),
            15 => format!("ss_ {}= {set_only}", self.rng.pick(&["|", "&", "-", "^"])),
            16 => format!(
                "print(ss_ == {set_only}, ss_ <= {set_only}, ss_ > {set_only}, ss_ != set(ss_))"
            ),
            17 => format!("print({e} in ss_, {e} not in ss_, len(ss_), bool(ss_))"),
            18 => block("for e_ in ss_:", &["print(e_, end=' ')".to_string()]) + "\nprint()",
            19 => "tt_ = ss_\ntt_.add(99)\nprint(tt_ is ss_, ss_)".to_string(),
            20 => "cc_ = ss_.copy()\ncc_.clear()\nprint(ss_, cc_)".to_string(),
            21 => guarded(format!("ss_.add({})", self.rng.pick(UNHASHABLE))),
            22 => guarded(format!("print({} in ss_)", self.rng.pick(UNHASHABLE))),
            23 => guarded(block("for e_ in ss_:", &[format!("ss_.add({e})")])),
            24 => "print(hash(frozenset(ss_)) == hash(frozenset(list(ss_))), frozenset(ss_))"
                .to_string(),
            25 => format!("print(hash(({e}, 1)), hash({e}))"),
            26 => guarded(format!(
                "ss_.update([{e}], [{}])",
                self.rng.pick(UNHASHABLE)
            )),
            27 => guarded("print(sorted(ss_), [x_ for x_ in ss_ if x_])".to_string()),
            28 => "ff_ = frozenset(ss_)\nprint(ff_ | {1}, {1} | ff_, ff_.copy() is ff_, ff_ - ss_)"
                .to_string(),
            _ => guarded(format!("ss_.remove({e})\nss_.add({e})\nprint(ss_)")),
        }
    }

    /// Adds and removes in a loop: dummies reused, the table grown and rebuilt.
    fn churn(&mut self) -> String {
        let (n, k) = (
            self.rng.range(1, 40),
            self.rng.pick(&["1", "3", "8", "16", "32", "5"]),
        );
        let m = self.rng.range(0, 3);
        let body = match self.rng.below(3) {
            0 => format!("ss_.add(i_ * {k})"),
            1 => format!("ss_.discard(i_ * {k})"),
            _ => format!("ss_.add(i_ * {k})\nif i_ % 3 == {m}:\n    ss_.discard(i_)"),
        };
        block(&format!("for i_ in range({n}):"), &[body])
    }
}
