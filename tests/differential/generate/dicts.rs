//! Dicts: a dict made by a display, `dict(...)`, `zip` or a comprehension, over keys of every
//! hashable kind viewfinder models (ints, floats equal to ints, bools, strings, bytes, None,
//! tuples, NumPy scalars: equal keys meet), holding numbers, strings, lists and the
//! program's arrays; then a few operations on it (item assignment, `del`, the methods,
//! `in`, `==`, `|`, iteration, another name for it, a shallow copy, a write into an array it
//! holds), each error-prone one under `try` printing the error; then the dict printed.
//!
//! The dict's name (`dd_`) is bound as `Ty::Other`, so no other maker computes with it.

use super::Generator;
use super::control::{Written, block};
use crate::differential::model::Ty;

/// Keys, as Python source: equal ones among them make one key.
const KEYS: &[&str] = &[
    "0",
    "1",
    "2",
    "-1",
    "1.0",
    "0.5",
    "-0.0",
    "True",
    "False",
    "'a'",
    "'b'",
    "'k'",
    "b'x'",
    "None",
    "(1, 2)",
    "(1, (2, 'a'))",
    "np.int64(1)",
    "np.float64(0.5)",
    "np.int8(2)",
    "2.0",
];

/// Keys Python refuses (`unhashable type`).
const UNHASHABLE: &[&str] = &["[1]", "{}", "np.arange(2)", "bytearray(b'x')", "(1, [2])"];

/// Values that are not the program's arrays.
const VALUES: &[&str] = &[
    "1",
    "-2",
    "2.5",
    "'s'",
    "None",
    "[1, 2]",
    "(3,)",
    "np.int64(4)",
    "np.float32(0.5)",
    "True",
];

impl Generator {
    /// A dict made, worked on and printed.
    pub(super) fn dict_statement(&mut self) -> Option<Written> {
        let mut lines = vec![format!("dd_ = {}", self.dict_expression())];
        for _ in 0..self.rng.range(2, 6) {
            let line = self.dict_operation();
            lines.push(line);
        }
        lines.push(
            self.rng
                .pick(&[
                    "print(dd_)",
                    "print(len(dd_), list(dd_))",
                    "print(dd_, dd_.items())",
                ])
                .to_string(),
        );
        Some((lines.join("\n"), vec![("dd_".to_string(), Ty::Other)]))
    }

    /// A key.
    fn key(&mut self) -> String {
        self.rng.pick(KEYS).to_string()
    }

    /// A value: sometimes one of the program's arrays.
    fn dict_value(&mut self) -> String {
        if self.rng.chance(30)
            && let Some((name, _)) = self.some_array()
        {
            return name;
        }
        self.rng.pick(VALUES).to_string()
    }

    /// `{...}`, `dict(...)`, `dict(zip(...))`, `dict.fromkeys(...)` or a comprehension.
    fn dict_expression(&mut self) -> String {
        let pairs: Vec<String> = (0..self.rng.range(0, 5))
            .map(|_| format!("{}: {}", self.key(), self.dict_value()))
            .collect();
        match self.rng.below(7) {
            0 | 1 => format!("{{{}}}", pairs.join(", ")),
            2 => format!(
                "dict([{}])",
                pairs
                    .iter()
                    .map(|p| format!("({})", p.replacen(": ", ", ", 1)))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            3 => format!("dict(a={}, b={})", self.dict_value(), self.dict_value()),
            4 => format!(
                "dict(zip([{}, {}], [{}, {}]))",
                self.key(),
                self.key(),
                self.dict_value(),
                self.dict_value()
            ),
            5 => format!(
                "dict.fromkeys([{}, {}], {})",
                self.key(),
                self.key(),
                self.dict_value()
            ),
            _ => {
                let n = self.rng.range(0, 6);
                let keys = self
                    .rng
                    .pick(&["i", "i % 3", "str(i)", "(i, i)", "i * 0.5"]);
                let cond = self.rng.pick(&["", " if i % 2", " if i > 1"]);
                format!("{{{keys}: i * i for i in range({n}){cond}}}")
            }
        }
    }

    /// One operation on `dd_`.
    fn dict_operation(&mut self) -> String {
        let (k, v) = (self.key(), self.dict_value());
        let guarded = |body: String| {
            block("try:", &[body])
                + "\n"
                + &block(
                    "except (KeyError, TypeError, ValueError, RuntimeError) as exc_:",
                    &["print(type(exc_).__name__, exc_)".to_string()],
                )
        };
        match self.rng.below(24) {
            0 | 1 => format!("dd_[{k}] = {v}"),
            2 => guarded(format!("del dd_[{k}]")),
            3 => guarded(format!("print(dd_[{k}])")),
            4 => format!("print(dd_.get({k}), dd_.get({k}, {v}))"),
            5 => guarded(format!("print(dd_.pop({k}))")),
            6 => format!("print(dd_.pop({k}, 'gone'), dd_.setdefault({k}, {v}))"),
            7 => guarded("print(dd_.popitem())".to_string()),
            8 => format!("dd_.update({{{k}: {v}}}, z={v})"),
            9 => format!("dd_.update([({k}, {v})])"),
            10 => format!("print({k} in dd_, {k} not in dd_.keys(), len(dd_), bool(dd_))"),
            11 => format!("print(dd_ == {{{k}: {v}}}, dd_ != dd_.copy(), dd_ | {{{k}: 0}})"),
            12 => format!("dd_ |= {{{k}: {v}}}"),
            13 => block("for k_, v_ in dd_.items():", &["print(k_, v_)".to_string()]),
            14 => block("for k_ in dd_:", &["print(k_, dd_[k_])".to_string()]),
            15 => "ee_ = dd_\nee_['new'] = 0\nprint(dd_ is ee_, dd_)".to_string(),
            16 => "cc_ = dd_.copy()\ncc_.clear()\nprint(dd_, cc_, list(dd_.values()))".to_string(),
            17 => guarded(format!("dd_[{}] = 1", self.rng.pick(UNHASHABLE))),
            18 => guarded(format!("print({} in dd_)", self.rng.pick(UNHASHABLE))),
            19 => guarded(block("for k_ in dd_:", &[format!("dd_[(k_, {k})] = 1")])),
            20 => self.write_through_dict(),
            21 => format!(
                "print({{**dd_, {k}: {v}}}, dict(dd_, q=1), {{v_: k_ for k_, v_ in [(1, {k})]}})"
            ),
            22 => guarded(format!("dd_.update([({k},), 5])")),
            _ => "print(dd_.keys(), dd_.values(), tuple(dd_), list(dd_.items()))".to_string(),
        }
    }

    /// A write into an array the dict holds, seen through every name holding it.
    fn write_through_dict(&mut self) -> String {
        match self.array_where(|m| m.known && m.writeable && !m.shape.is_empty() && m.size() > 0) {
            Some((name, _)) => format!(
                "dd_['arr'] = {name}\ndd_['arr'][...] = 1\nprint({name}, dd_['arr'] is {name})"
            ),
            None => "dd_['arr'] = np.arange(3)\ndd_['arr'][0] = 7\nprint(dd_)".to_string(),
        }
    }
}
