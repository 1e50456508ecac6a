//! The standard modules: `copy.copy` and `copy.deepcopy` of lists, dicts, tuples and arrays
//! made on the spot (one array held twice, views in every memory order), then the copy
//! written to and both printed with `is` and `np.shares_memory`; `math`'s functions on
//! Python numbers, NumPy scalars and 0-d arrays, its integer functions, `fsum`, `prod`,
//! `hypot` and `dist`; `operator`'s functions on arrays and numbers, `getitem` of views and
//! `setitem` through them; `sys.getsizeof` of arrays, views and scalars; `id()` against `is`.
//! Each error-prone call is under `try`, printing the error.
//!
//! Every name (`cm_`, `cc_`, …) is bound as `Ty::Other`, so no other maker computes with it.

use super::Generator;
use super::control::{Written, block};
use crate::differential::model::Ty;

/// Arrays made on the spot, as Python source: owners and views in C, F and strided order.
const ARRAYS: &[&str] = &[
    "np.arange(6).reshape(2, 3)",
    "np.arange(6.0).reshape(2, 3).T",
    "np.arange(10)[::3]",
    "np.arange(12).reshape(3, 4)[:, ::2]",
    "np.arange(5)[::-1]",
    "np.ones((2, 2), dtype=np.int8)",
    "np.zeros(3)",
    "np.linspace(0, 1, 4)",
    "np.arange(8).reshape(2, 2, 2).transpose(2, 0, 1)",
];

/// Real numbers `math` is given, as Python source.
const REALS: &[&str] = &[
    "0",
    "1",
    "-1",
    "2",
    "0.5",
    "-0.0",
    "3.7",
    "1e-300",
    "1e300",
    "100",
    "-2.5",
    "0.1",
    "math.pi",
    "math.inf",
    "-math.inf",
    "math.nan",
    "True",
    "np.float64(2.5)",
    "np.float32(0.1)",
    "np.int64(7)",
    "np.uint8(200)",
    "np.array(4.0)",
    "np.array(3)",
    "123456.789",
    "710",
];

/// `math`'s one-argument float functions.
const FLOAT_FUNCTIONS: &[&str] = &[
    "sqrt", "exp", "exp2", "expm1", "log", "log2", "log10", "log1p", "sin", "cos", "tan", "asin",
    "acos", "atan", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh", "cbrt", "fabs", "floor",
    "ceil", "trunc", "isfinite", "isinf", "isnan", "degrees", "radians", "ulp", "modf", "frexp",
];

/// `math`'s two-argument float functions.
const PAIR_FUNCTIONS: &[&str] = &[
    "atan2",
    "copysign",
    "fmod",
    "remainder",
    "pow",
    "hypot",
    "isclose",
    "log",
    "nextafter",
];

/// `operator`'s two-operand functions.
const BINARY: &[&str] = &[
    "add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "eq", "ne", "lt", "le", "gt", "ge",
    "and_", "or_", "xor",
];

/// Operands `operator` is given, as Python source.
const OPERANDS: &[&str] = &[
    "np.arange(4)",
    "np.arange(4.0)",
    "np.arange(6).reshape(2, 3)",
    "2",
    "-3",
    "0.5",
    "True",
    "np.int8(5)",
    "[1, 2]",
    "(3,)",
    "'ab'",
    "np.ones(3, dtype=np.uint8)",
];

impl Generator {
    /// One statement of the standard modules, with its import.
    pub(super) fn copymath_statement(&mut self) -> Option<Written> {
        let lines = match self.rng.below(9) {
            0 => self.container_copy(),
            1 => self.array_copy(),
            2 => self.math_float(),
            3 => self.math_pair(),
            4 => self.math_integers(),
            5 => self.math_sums(),
            6 => self.operator_binary(),
            7 => self.operator_items(),
            _ => self.sizes_and_ids(),
        };
        let names = ["cm_", "cc_", "ca_"].map(|name| (name.to_string(), Ty::Other));
        Some((lines.join("\n"), names.to_vec()))
    }

    /// `body` under `try`, printing the error it raises.
    fn guarded_line(body: String) -> String {
        block("try:", &[body])
            + "\n"
            + &block(
                "except (ArithmeticError, ValueError, TypeError, IndexError, KeyError) as exc_:",
                &["print(type(exc_).__name__, exc_)".to_string()],
            )
    }

    /// A list (or dict) of arrays, one held twice, copied shallowly or deeply, the copy
    /// written to, then both printed with what they share.
    fn container_copy(&mut self) -> Vec<String> {
        let first = *self.rng.pick(ARRAYS);
        let second = *self.rng.pick(ARRAYS);
        let how = *self.rng.pick(&["copy.copy", "copy.deepcopy"]);
        let mut lines = vec![
            "import copy".to_string(),
            format!("ca_ = {first}"),
            match self.rng.below(3) {
                0 => format!("cm_ = [ca_, {second}, ca_, [1, 2], (ca_, 3)]"),
                1 => format!("cm_ = {{'p': ca_, 'q': [ca_, {second}], 'r': (1, 2.5)}}"),
                _ => "cm_ = [[ca_], [ca_, [0]]]".to_string(),
            },
            format!("cc_ = {how}(cm_)"),
        ];
        lines.push(match self.rng.below(3) {
            0 if lines[2].contains("'p'") => "cc_['p'][0] = 9".to_string(),
            0 if lines[2].contains("[[ca_]") => "cc_[1][1].append(7)".to_string(),
            0 => "cc_[0][0] = 9".to_string(),
            1 if lines[2].contains("'q'") => "cc_['q'].append('z')".to_string(),
            1 if lines[2].contains("[1, 2]") => "cc_[3].append(3)".to_string(),
            _ => "cc_ = cc_".to_string(),
        });
        let probe = match lines[2].contains("'p'") {
            true => {
                "cc_['p'] is cm_['p'], cc_['p'] is cc_['q'][0], np.shares_memory(cc_['p'], ca_)"
            }
            false if lines[2].contains("[[ca_]") => {
                "cc_[0][0] is cc_[1][0], cc_[0][0] is ca_, cc_[1][1] is cm_[1][1]"
            }
            false => "cc_[0] is cc_[2], cc_[0] is ca_, cc_[4][0] is cc_[0], cc_[3] is cm_[3]",
        };
        lines.push(format!("print({probe})"));
        lines.push("print(cm_)".to_string());
        lines.push("print(cc_)".to_string());
        lines
    }

    /// `copy.copy` or `copy.deepcopy` of an array view: its memory order and flags.
    fn array_copy(&mut self) -> Vec<String> {
        let source = *self.rng.pick(ARRAYS);
        let how = *self.rng.pick(&["copy.copy", "copy.deepcopy"]);
        vec![
            "import copy".to_string(),
            format!("cm_ = {source}"),
            format!("cc_ = {how}(cm_)"),
            "cc_[0] = 42".to_string(),
            "print(cc_.flags.c_contiguous, cc_.flags.f_contiguous, cc_.flags.owndata, cc_.strides)"
                .to_string(),
            "print(cm_)".to_string(),
            "print(cc_, np.shares_memory(cm_, cc_), cc_.base is None)".to_string(),
        ]
    }

    /// A few of `math`'s one-argument functions on a few numbers.
    fn math_float(&mut self) -> Vec<String> {
        let mut lines = vec!["import math".to_string()];
        for _ in 0..self.rng.range(1, 4) {
            let f = *self.rng.pick(FLOAT_FUNCTIONS);
            let x = *self.rng.pick(REALS);
            lines.push(Self::guarded_line(format!("print(repr(math.{f}({x})))")));
        }
        lines
    }

    /// `math`'s two-argument functions, and `ldexp` and `dist`.
    fn math_pair(&mut self) -> Vec<String> {
        let mut lines = vec!["import math".to_string()];
        for _ in 0..self.rng.range(1, 4) {
            let (x, y) = (*self.rng.pick(REALS), *self.rng.pick(REALS));
            let call = match self.rng.below(4) {
                0 => format!("math.ldexp({x}, {})", self.rng.range(-1080, 1030)),
                1 => format!("math.dist([{x}, 1], [{y}, -2.5])"),
                _ => format!("math.{}({x}, {y})", self.rng.pick(PAIR_FUNCTIONS)),
            };
            lines.push(Self::guarded_line(format!("print(repr({call}))")));
        }
        lines
    }

    /// `math`'s integer functions.
    fn math_integers(&mut self) -> Vec<String> {
        let (n, k) = (self.rng.range(-2, 40), self.rng.range(-2, 12));
        let call = match self.rng.below(6) {
            0 => format!("math.factorial({})", self.rng.range(-1, 22)),
            1 => format!("math.gcd({n}, {k}, {})", self.rng.range(-30, 30)),
            2 => format!("math.lcm({n}, {k})"),
            3 => format!("math.comb({n}, {k})"),
            4 => format!("math.perm({n}, {k})"),
            _ => format!("math.isqrt({})", self.rng.range(-3, 100_000)),
        };
        vec![
            "import math".to_string(),
            Self::guarded_line(format!("print({call})")),
        ]
    }

    /// `fsum`, `prod` and `hypot` over a few numbers.
    fn math_sums(&mut self) -> Vec<String> {
        let items: Vec<&str> = (0..self.rng.range(0, 6))
            .map(|_| {
                *self
                    .rng
                    .pick(&["0.1", "1e16", "-1e16", "1", "2.5", "-3", "1e-16", "7"])
            })
            .collect();
        let list = format!("[{}]", items.join(", "));
        let call = match self.rng.below(4) {
            0 => format!("math.fsum({list})"),
            1 => format!("math.prod({list})"),
            2 => format!("math.hypot(*{list})"),
            _ => format!("math.fsum(np.array({list} + [0.5]))"),
        };
        vec![
            "import math".to_string(),
            Self::guarded_line(format!("print(repr({call}), sum({list}))")),
        ]
    }

    /// `operator`'s functions on arrays and numbers, as the operators would run.
    fn operator_binary(&mut self) -> Vec<String> {
        let mut lines = vec!["import operator".to_string()];
        for _ in 0..self.rng.range(1, 4) {
            let f = *self.rng.pick(BINARY);
            let (a, b) = (*self.rng.pick(OPERANDS), *self.rng.pick(OPERANDS));
            lines.push(Self::guarded_line(format!("print(operator.{f}({a}, {b}))")));
        }
        let unary = *self
            .rng
            .pick(&["neg", "pos", "abs", "not_", "truth", "index"]);
        let a = *self.rng.pick(OPERANDS);
        lines.push(Self::guarded_line(format!("print(operator.{unary}({a}))")));
        lines
    }

    /// `operator.getitem` of a view, `operator.setitem` through it, the owner printed.
    fn operator_items(&mut self) -> Vec<String> {
        let index = *self
            .rng
            .pick(&["1", "(0, 1)", "[0, 1]", "-1", "(1, 2)", "5"]);
        let write = *self.rng.pick(&["0", "(0, 0)", "-1", "[1]"]);
        vec![
            "import operator".to_string(),
            "cm_ = np.arange(12).reshape(3, 4)".to_string(),
            "cc_ = cm_[0]".to_string(),
            Self::guarded_line(format!("cc_ = operator.getitem(cm_, {index})")),
            "cc_ = cm_[0] if not isinstance(cc_, np.ndarray) else cc_".to_string(),
            Self::guarded_line(format!("operator.setitem(cc_, {write}, 77)")),
            "operator.iadd(cc_, 1)".to_string(),
            "print(cm_)".to_string(),
            "print(cc_, np.shares_memory(cc_, cm_))".to_string(),
        ]
    }

    /// `sys.getsizeof` of arrays, views and scalars, and `id` against `is`.
    fn sizes_and_ids(&mut self) -> Vec<String> {
        let source = *self.rng.pick(ARRAYS);
        vec![
            "import sys".to_string(),
            format!("cm_ = {source}"),
            "cc_ = cm_[..., :1]".to_string(),
            "ca_ = cm_.copy()".to_string(),
            "print(sys.getsizeof(cm_), sys.getsizeof(cc_), sys.getsizeof(ca_), sys.getsizeof(cm_.sum()))"
                .to_string(),
            "print(id(cm_) == id(cm_), id(cm_) == id(cc_), id(cc_.base) == id(cm_.base), id(None) == id(None))"
                .to_string(),
        ]
    }
}
