//! Literals: numbers at the edges NumPy and Python care about, dtype spellings, shapes and
//! nested list literals of a given shape and dtype.

use super::Generator;
use crate::differential::model::{DTYPES, DType, PyScalar};

/// Python ints that sit on some boundary: zero, signs, the limits of 8 to 64 bits.
const EDGE_INTS: &[&str] = &[
    "0",
    "-1",
    "1",
    "2",
    "7",
    "127",
    "128",
    "-128",
    "-129",
    "255",
    "256",
    "65535",
    "2**31",
    "2**31 - 1",
    "-2**31",
    "2**32",
    "2**63 - 1",
    "-2**63",
    "2**53 + 1",
    "10**12",
];

/// Python floats with interesting printing or arithmetic.
const EDGE_FLOATS: &[&str] = &[
    "0.0",
    "-0.0",
    "0.1",
    "0.5",
    "1.5",
    "2.5",
    "-3.25",
    "1e-05",
    "1e-10",
    "123456.789",
    "1e16",
    "1e+300",
    "1e308",
    "5e-324",
    "float('nan')",
    "float('inf')",
    "-float('inf')",
    "np.nan",
    "np.inf",
    "1 / 3",
    "2.0**0.5",
];

impl Generator {
    /// A dtype, uniformly.
    pub fn dtype(&mut self) -> DType {
        *self.rng.pick(&DTYPES)
    }

    /// One of the ways to write `dtype` in a program.
    pub fn dtype_text(&mut self, dtype: DType) -> String {
        self.rng.pick(dtype.spellings()).to_string()
    }

    /// A small Python int, sometimes one at an edge.
    pub fn int_text(&mut self) -> String {
        match self.rng.chance(75) {
            true => self.rng.range(-5, 9).to_string(),
            false => self.rng.pick(EDGE_INTS).to_string(),
        }
    }

    /// A Python float, often one at an edge.
    pub fn float_text(&mut self) -> String {
        match self.rng.chance(50) {
            true => format!("{:?}", self.rng.range(-40, 40) as f64 / 4.0),
            false => self.rng.pick(EDGE_FLOATS).to_string(),
        }
    }

    /// A Python scalar of any kind, with its kind.
    pub fn py_scalar(&mut self) -> (String, PyScalar) {
        match self.rng.weighted(&[6, 3, 1]) {
            0 => (self.int_text(), PyScalar::Int),
            1 => (self.float_text(), PyScalar::Float),
            _ => (self.bool_text(), PyScalar::Bool),
        }
    }

    /// `True` or `False`.
    pub fn bool_text(&mut self) -> String {
        self.rng.pick(&["True", "False"]).to_string()
    }

    /// A Python scalar that fits `dtype` (writing it into such an array succeeds), with its kind.
    pub fn scalar_for(&mut self, dtype: DType) -> (String, PyScalar) {
        if dtype == DType::Bool {
            return match self.rng.chance(80) {
                true => (self.bool_text(), PyScalar::Bool),
                false => (self.rng.range(0, 1).to_string(), PyScalar::Int),
            };
        }
        if dtype.is_float() {
            return match self.rng.chance(70) {
                true => (self.float_text(), PyScalar::Float),
                false => (self.rng.range(-9, 9).to_string(), PyScalar::Int),
            };
        }
        (self.int_for(dtype), PyScalar::Int)
    }

    /// An int that `dtype` (an integer dtype) holds: small, or one of its limits.
    pub fn int_for(&mut self, dtype: DType) -> String {
        let (low, high) = dtype.limits();
        // uint64's maximum is an int beyond 64 bits to viewfinder (refused, as documented):
        // mostly use the largest int64 instead.
        let high = match dtype == DType::U64 && self.rng.chance(80) {
            true => "9223372036854775807",
            false => high,
        };
        match self.rng.weighted(&[12, 1, 1]) {
            0 if dtype.is_unsigned() => self.rng.range(0, 12).to_string(),
            0 => self.rng.range(-6, 9).to_string(),
            1 => low.to_string(),
            _ => high.to_string(),
        }
    }

    /// A literal element of an array of `dtype`, for a list literal.
    pub fn element_for(&mut self, dtype: DType) -> String {
        match dtype {
            DType::Bool => self.bool_text(),
            dtype if dtype.is_float() => match self.rng.chance(60) {
                true => format!("{:?}", self.rng.range(-20, 20) as f64 / 4.0),
                false => self.float_text(),
            },
            dtype => self.int_for(dtype),
        }
    }

    /// A nested list literal of `shape` whose elements suit `dtype` (`[]` for an empty axis).
    pub fn list_literal(&mut self, shape: &[usize], dtype: DType) -> String {
        match shape.split_first() {
            None => self.element_for(dtype),
            Some((&len, rest)) => {
                let items: Vec<String> = (0..len).map(|_| self.list_literal(rest, dtype)).collect();
                format!("[{}]", items.join(", "))
            }
        }
    }

    /// A shape for a new array: mostly small, sometimes 0-d, empty or big.
    pub fn shape(&mut self) -> Vec<usize> {
        match self.rng.weighted(&[8, 10, 6, 2, 2, 1]) {
            0 => vec![self.rng.range(1, 7) as usize],
            1 => vec![self.rng.range(1, 4) as usize, self.rng.range(1, 5) as usize],
            2 => (0..3).map(|_| self.rng.range(1, 3) as usize).collect(),
            3 => Vec::new(),
            4 => {
                let mut shape = vec![self.rng.range(0, 3) as usize, self.rng.range(0, 3) as usize];
                let at = self.rng.below(2);
                shape[at] = 0;
                shape
            }
            _ => self
                .rng
                .pick(&[
                    vec![1001],
                    vec![3, 400],
                    vec![40, 30],
                    vec![11, 10, 10],
                    vec![2000],
                ])
                .clone(),
        }
    }

    /// `shape` written as a constructor argument: `3`, `(3,)`, `[2, 3]`, `(2, 3)`, `()`.
    pub fn shape_text(&mut self, shape: &[usize]) -> String {
        let parts: Vec<String> = shape.iter().map(usize::to_string).collect();
        match (shape.len(), self.rng.below(3)) {
            (1, 0) => parts[0].clone(),
            (1, 1) => format!("({},)", parts[0]),
            (_, 2) => format!("[{}]", parts.join(", ")),
            _ => crate::differential::model::shape_tuple(shape),
        }
    }
}
