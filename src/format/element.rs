//! Per-element formatters: NumPy's `IntegerFormat`, `BoolFormat` and `FloatingFormat`
//! behind one dispatch (`_get_format_function`).
//!
//! Each formatter is built from the displayed elements only (the summarised corners of a
//! large array) so that every element string has the same width and columns line up.

use super::dragon4::Width;
use super::float::FloatingFormat;
use crate::memory::{DType, Scalar};

/// Right-aligns integers to the widest displayed element (`IntegerFormat`, sign `-`).
#[derive(Clone, Debug)]
pub struct IntegerFormat {
    width: usize,
}

impl IntegerFormat {
    /// Measures the widest displayed element.
    pub fn new(data: &[Scalar]) -> IntegerFormat {
        let width = data.iter().map(|&v| int_str(v).len()).max().unwrap_or(0);
        IntegerFormat { width }
    }

    /// Formats one element, padded on the left.
    pub fn format(&self, value: Scalar) -> String {
        format!("{:>width$}", int_str(value), width = self.width)
    }
}

/// The decimal text of an integer element.
fn int_str(value: Scalar) -> String {
    match value {
        Scalar::Int(i) => i.to_string(),
        Scalar::UInt(u) => u.to_string(),
        other => other.as_i64().to_string(),
    }
}

/// `True`/`False`, with `True` padded to five characters except in 0-d arrays (`BoolFormat`).
#[derive(Clone, Debug)]
pub struct BoolFormat {
    true_str: &'static str,
}

impl BoolFormat {
    /// Chooses the spelling of `True` from the array's dimensionality.
    pub fn new(zero_dim: bool) -> BoolFormat {
        let true_str = if zero_dim { "True" } else { " True" };
        BoolFormat { true_str }
    }

    /// Formats one element.
    pub fn format(&self, value: Scalar) -> String {
        if value.is_truthy() {
            self.true_str.to_string()
        } else {
            "False".to_string()
        }
    }
}

/// The formatter for one array, chosen by dtype.
#[derive(Clone, Debug)]
pub enum ElementFormat {
    /// `bool` arrays.
    Bool(BoolFormat),
    /// Integer arrays.
    Int(IntegerFormat),
    /// Float arrays.
    Float(FloatingFormat),
}

impl ElementFormat {
    /// Builds the formatter for `dtype` from the displayed elements.
    pub fn new(dtype: DType, data: &[Scalar], zero_dim: bool) -> ElementFormat {
        match dtype {
            DType::Bool => ElementFormat::Bool(BoolFormat::new(zero_dim)),
            DType::Float32 | DType::Float64 => {
                let values: Vec<f64> = data.iter().map(|v| v.as_f64()).collect();
                ElementFormat::Float(FloatingFormat::new(&values, float_width(dtype)))
            }
            _ => ElementFormat::Int(IntegerFormat::new(data)),
        }
    }

    /// Formats one element.
    pub fn format(&self, value: Scalar) -> String {
        match self {
            ElementFormat::Bool(f) => f.format(value),
            ElementFormat::Int(f) => f.format(value),
            ElementFormat::Float(f) => f.format(value.as_f64()),
        }
    }
}

/// The digit-generation width of a float dtype (float64 for anything else).
pub fn float_width(dtype: DType) -> Width {
    if dtype == DType::Float32 {
        Width::F32
    } else {
        Width::F64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integers_align_right() {
        // str(np.array([1, 10, -3])) -> '[ 1 10 -3]'
        let data = [Scalar::Int(1), Scalar::Int(10), Scalar::Int(-3)];
        let f = ElementFormat::new(DType::Int64, &data, false);
        let out: Vec<String> = data.iter().map(|&v| f.format(v)).collect();
        assert_eq!(out, [" 1", "10", "-3"]);
    }

    #[test]
    fn bools_pad_true_except_zero_dim() {
        let f = ElementFormat::new(DType::Bool, &[], false);
        assert_eq!(f.format(Scalar::Bool(true)), " True");
        let f = ElementFormat::new(DType::Bool, &[], true);
        assert_eq!(f.format(Scalar::Bool(true)), "True");
        assert_eq!(f.format(Scalar::Bool(false)), "False");
    }
}
