//! Object arrays: `np.array(list, dtype=object)` over a list of numbers, strings, lists and
//! dicts (the mutable ones are where sharing shows), `np.zeros/ones/full(dtype=object)`;
//! then a few operations (cell reads and writes, a view's write seen by the array, a list
//! item changed through the array or rebound in the list, `copy()`, `tolist()`, identity,
//! arithmetic and comparisons on numeric cells, `reshape`, `T`, iteration), each
//! error-prone one under `try` printing the error; then the array and its list printed.
//!
//! The names (`oo_`, `ol_`) are bound as `Ty::Other`, so no other maker computes with them.

use super::Generator;
use super::control::{Written, block};
use crate::differential::model::Ty;

/// Cell values for a mixed array, as Python source.
const MIXED: &[&str] = &[
    "1", "-2", "2.5", "'s'", "None", "[1, 2]", "[]", "{'k': 1}", "(3,)", "True",
];

/// Cell values for a numeric array.
const NUMBERS: &[&str] = &["0", "1", "-3", "7", "2.5", "True", "10"];

impl Generator {
    /// An object array made, worked on and printed.
    pub(super) fn object_array_statement(&mut self) -> Option<Written> {
        let numeric = self.rng.chance(50);
        let pool = if numeric { NUMBERS } else { MIXED };
        let n = self.rng.range(1, 7);
        let items: Vec<&str> = (0..n).map(|_| *self.rng.pick(pool)).collect();
        let mut lines = vec![
            format!("ol_ = [{}]", items.join(", ")),
            self.object_array_maker(n).to_string(),
        ];
        for _ in 0..self.rng.range(2, 6) {
            let line = self.object_array_operation(numeric, n);
            lines.push(line);
        }
        lines.push(
            self.rng
                .pick(&[
                    "print(oo_)",
                    "print(repr(oo_), ol_)",
                    "print(oo_.tolist(), oo_.shape, oo_.dtype)",
                ])
                .to_string(),
        );
        let names = vec![
            ("oo_".to_string(), Ty::Other),
            ("ol_".to_string(), Ty::Other),
        ];
        Some((lines.join("\n"), names))
    }

    fn object_array_maker(&mut self, n: i64) -> String {
        match self.rng.below(6) {
            0 => format!("oo_ = np.zeros({n}, dtype=object)"),
            1 => format!("oo_ = np.ones({n}, dtype='O')"),
            2 => format!("oo_ = np.full({n}, 'f', dtype=object)\noo_[:] = ol_"),
            _ => "oo_ = np.array(ol_, dtype=object)".to_string(),
        }
    }

    /// One operation on `oo_` (whose list `ol_` has `n` items).
    fn object_array_operation(&mut self, numeric: bool, n: i64) -> String {
        let guarded = |body: String| {
            block("try:", &[body])
                + "\n"
                + &block(
                    "except (IndexError, TypeError, ValueError, AttributeError) as exc_:",
                    &["print(type(exc_).__name__, exc_)".to_string()],
                )
        };
        let i = self.rng.range(0, n + 2) - 1;
        let value = *self.rng.pick(MIXED);
        match self.rng.below(16) {
            0 => guarded(format!("print(oo_[{i}], oo_[{i}] is ol_[{i}])")),
            1 => guarded(format!("oo_[{i}] = {value}")),
            2 => guarded(format!("ol_[{i}] = {value}")),
            3 => "vv_ = oo_[1:]\nif len(vv_):\n    vv_[0] = 'v'\nprint(oo_, vv_.base is oo_)"
                .to_string(),
            4 => guarded(format!("ol_[{i}].append(9)\nprint(oo_)")),
            5 => "cc_ = oo_.copy()\ncc_[0] = 'c'\nprint(oo_[0], cc_[0], cc_.base is None)"
                .to_string(),
            6 => "print([x is y for x, y in zip(oo_, ol_)])".to_string(),
            7 if numeric => guarded(
                self.rng
                    .pick(&[
                        "print(repr(oo_ + 1), repr(oo_ * 2))",
                        "print(repr(oo_ - oo_), repr(oo_ == 1))",
                        "print(repr(oo_ > 0), repr(2 * oo_))",
                        "print(repr(oo_ + np.arange(len(oo_))))",
                    ])
                    .to_string(),
            ),
            8 => block(
                "for x_ in oo_:",
                &["print(type(x_).__name__, x_)".to_string()],
            ),
            9 => guarded("print(oo_.reshape(-1, 1).shape, oo_.reshape(1, -1).T.shape)".to_string()),
            10 => "print(np.shares_memory(oo_, oo_[::2]), oo_[::-1])".to_string(),
            11 => guarded("print(bool(oo_))".to_string()),
            12 => "print(oo_.ndim, oo_.size, oo_.itemsize, oo_.nbytes, oo_.strides)".to_string(),
            13 => "oo_.fill(0)\nprint(oo_, ol_)".to_string(),
            14 => format!("print(f'{{oo_}}', len(oo_), str(oo_), {n})"),
            _ => "print(oo_.tolist() == ol_, oo_.dtype == object)".to_string(),
        }
    }
}
