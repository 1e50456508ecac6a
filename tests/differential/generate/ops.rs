//! Operators on arrays (arithmetic, bitwise, comparisons, unary; Python scalars at the edges,
//! NumPy scalars, lists and arrays that broadcast), augmented assignment, and reductions with
//! `axis=`.

use super::Generator;
use crate::differential::model::{ArrayModel, DType, PyScalar, Ty, broadcast};

/// Operators and the dtypes they accept without raising.
const ARITHMETIC: &[&str] = &["+", "-", "*", "/", "//", "%", "**"];
const BITWISE: &[&str] = &["&", "|", "^", "<<", ">>"];
const COMPARISON: &[&str] = &["==", "!=", "<", "<=", ">", ">="];

/// What the right operand of a binary operation was, for typing the result.
enum Operand {
    Python(PyScalar),
    NumPy(DType),
    Array(ArrayModel),
}

impl Generator {
    /// `name = x OP y` or `name = OP x`.
    pub(super) fn arithmetic(&mut self) -> Option<String> {
        let (left, model) = self.some_array()?;
        if self.rng.chance(15) {
            return self.unary(&left, &model);
        }
        let op = self.operator_for(model.dtype);
        let (right, operand) = self.operand_for(&model, op)?;
        let dtype = result_dtype(model.dtype, &operand, op);
        let shape = match &operand {
            Operand::Array(other) if other.known && model.known => {
                broadcast(&model.shape, &other.shape)?
            }
            Operand::Array(_) => return None,
            _ => model.shape.clone(),
        };
        let reversible = !matches!(op, "**" | "<<" | ">>");
        let text = match reversible && self.rng.chance(15) {
            true => format!("{right} {op} {left}"),
            false => format!("{left} {op} {right}"),
        };
        let result = ArrayModel {
            known: model.known,
            ..ArrayModel::new(dtype, shape)
        };
        Some(self.assign_computed(text, result))
    }

    /// `-x`, `+x`, `~x`, `abs(x)` where the dtype allows it.
    fn unary(&mut self, operand: &str, model: &ArrayModel) -> Option<String> {
        let op = match model.dtype {
            DType::Bool => *self.rng.pick(&["~", "+", "abs("]),
            dtype if dtype.is_float() => *self.rng.pick(&["-", "+", "abs("]),
            _ => *self.rng.pick(&["-", "+", "~", "abs("]),
        };
        let text = match op {
            "abs(" => format!("abs({operand})"),
            _ => format!("{op}{operand}"),
        };
        let result = ArrayModel {
            known: model.known,
            ..ArrayModel::new(model.dtype, model.shape.clone())
        };
        Some(self.assign_computed(text, result))
    }

    /// An operator that does not raise on `dtype` (and a Python-scalar operand).
    fn operator_for(&mut self, dtype: DType) -> &'static str {
        let choices: &[&'static str] = match (dtype, self.rng.weighted(&[6, 2, 3])) {
            (DType::Bool, 0) => &["+", "*"],
            (DType::Bool, 1) => &["&", "|", "^"],
            (dtype, 1) if dtype.is_integer() => BITWISE,
            (_, 2) => COMPARISON,
            _ => ARITHMETIC,
        };
        let chosen: &&'static str = self.rng.pick(choices);
        chosen
    }

    /// A right operand for `model OP ...`: a Python scalar, a NumPy scalar, a bound array or
    /// a new one that broadcasts.
    fn operand_for(&mut self, model: &ArrayModel, op: &str) -> Option<(String, Operand)> {
        if matches!(op, "<<" | ">>" | "**") {
            let amount = self.rng.range(0, 3).to_string();
            return Some((amount, Operand::Python(PyScalar::Int)));
        }
        let integer_only = BITWISE.contains(&op) || (model.dtype == DType::Bool && op != "/");
        match self.rng.weighted(&[5, 1, 4]) {
            0 | 1 if integer_only => {
                let (value, kind) = self.scalar_for(model.dtype);
                Some((value, Operand::Python(kind)))
            }
            0 => Some(self.python_operand(model.dtype, op)),
            1 => {
                let dtype = self.same_kind(model.dtype);
                let value = self.element_for(dtype);
                Some((
                    format!("np.{}({value})", dtype.name()),
                    Operand::NumPy(dtype),
                ))
            }
            _ => {
                let (name, other) = self.array_where(|other| {
                    other.known && model.known && broadcast(&model.shape, &other.shape).is_some()
                })?;
                let other = other.borrow().clone();
                let integers = other.dtype.is_integer() && model.dtype.is_integer();
                let fits = !integer_only || other.dtype == model.dtype || integers;
                fits.then_some((name, Operand::Array(other)))
            }
        }
    }

    /// A Python scalar operand: one that fits the dtype, or (where NumPy allows any) a float,
    /// a bool, or for comparisons any scalar at all.
    fn python_operand(&mut self, dtype: DType, op: &str) -> (String, Operand) {
        let (value, kind) = match self.rng.weighted(&[3, 1, 1]) {
            0 => self.scalar_for(dtype),
            1 if COMPARISON.contains(&op) => self.py_scalar(),
            1 => (self.float_text(), PyScalar::Float),
            _ => (self.bool_text(), PyScalar::Bool),
        };
        (value, Operand::Python(kind))
    }

    /// A dtype of the same kind as `dtype` (bool, signed, unsigned, float).
    fn same_kind(&mut self, dtype: DType) -> DType {
        let choices: &[DType] = match dtype {
            DType::Bool => &[DType::Bool],
            dtype if dtype.is_signed() => &[DType::I8, DType::I16, DType::I32, DType::I64],
            dtype if dtype.is_unsigned() => &[DType::U8, DType::U16, DType::U32, DType::U64],
            _ => &[DType::F32, DType::F64],
        };
        *self.rng.pick(choices)
    }

    /// `x OP= y` or `x[index] OP= y`, with operands whose result casts back (`same_kind`).
    pub(super) fn augmented_assignment(&mut self) -> Option<String> {
        let (target, model) = self.array_where(|model| model.writeable)?;
        let model = model.borrow().clone();
        Some(self.augment(target, &model))
    }

    /// `target OP= y` or `target[index] OP= y` for the array `target` holds.
    pub(super) fn augment(&mut self, target: String, model: &ArrayModel) -> String {
        let op = match model.dtype {
            DType::Bool => *self.rng.pick(&["|", "&", "^", "+", "*"]),
            dtype if dtype.is_float() => *self.rng.pick(&["+", "-", "*", "/", "//", "%", "**"]),
            _ => *self
                .rng
                .pick(&["+", "-", "*", "//", "%", "&", "|", "^", "<<", ">>", "**"]),
        };
        let indexed = model.known && self.rng.chance(35);
        let value = match op {
            "<<" | ">>" | "**" => self.rng.range(0, 3).to_string(),
            _ if indexed || self.rng.chance(70) || !model.known => self.scalar_for(model.dtype).0,
            _ => {
                let dtype = self.same_kind(model.dtype);
                let smaller =
                    match dtype.itemsize() <= model.dtype.itemsize() || model.dtype.is_float() {
                        true => dtype,
                        false => model.dtype,
                    };
                let shape = model.shape.last().map_or(Vec::new(), |&len| vec![len]);
                let literal = self.list_literal(&shape, smaller);
                format!("np.array({literal}, dtype=np.{})", smaller.name())
            }
        };
        let place = match indexed {
            true => format!("{target}[{}]", self.index(&target, model).text),
            false => target,
        };
        format!("{place} {op}= {value}")
    }

    /// `y = x.sum(axis=k)` and friends, or the same printed.
    pub(super) fn reduction(&mut self) -> Option<String> {
        let (source, model) = self.known_array()?;
        let nonempty = model.size() > 0;
        let method = match nonempty {
            true => *self
                .rng
                .pick(&["sum", "prod", "min", "max", "mean", "any", "all"]),
            false => *self.rng.pick(&["sum", "prod", "any", "all"]),
        };
        let axis = self.axis_text(model.shape.len(), true);
        let text = match self.rng.weighted(&[5, 3]) {
            0 => format!("{source}.{method}({})", axis.trim_start_matches(", ")),
            _ => format!("np.{method}({source}{axis})"),
        };
        let dtype = reduced_dtype(model.dtype, method);
        let ty = match axis.is_empty() {
            true => Ty::NpScalar(dtype),
            false => {
                let axis: i64 = axis.rsplit(['=', ' ']).next()?.parse().ok()?;
                let mut shape = model.shape.clone();
                shape.remove(axis.rem_euclid(model.shape.len() as i64) as usize);
                let empty_min = !nonempty
                    && shape.iter().product::<usize>() > 0
                    && matches!(method, "min" | "max");
                if empty_min {
                    return None;
                }
                match shape.is_empty() {
                    true => Ty::NpScalar(dtype),
                    false => Ty::array(ArrayModel::new(dtype, shape)),
                }
            }
        };
        match self.rng.chance(40) {
            true => Some(format!("print({text})")),
            false => {
                let name = self.target_name();
                self.bind(&name, ty);
                Some(format!("{name} = {text}"))
            }
        }
    }
}

/// The dtype of `left OP right`.
fn result_dtype(left: DType, right: &Operand, op: &str) -> DType {
    if COMPARISON.contains(&op) {
        return DType::Bool;
    }
    let promoted = match right {
        Operand::Python(kind) => left.with_python_scalar(*kind),
        Operand::NumPy(dtype) => left.promote(*dtype),
        Operand::Array(other) => left.promote(other.dtype),
    };
    match op {
        "/" if !promoted.is_float() => DType::F64,
        "<<" | ">>" if promoted == DType::Bool => DType::I64,
        _ => promoted,
    }
}

/// The dtype a reduction gives for an array of `dtype`.
fn reduced_dtype(dtype: DType, method: &str) -> DType {
    match method {
        "any" | "all" => DType::Bool,
        "mean" if dtype == DType::F32 => DType::F32,
        "mean" => DType::F64,
        "sum" | "prod" if dtype == DType::Bool || dtype.is_signed() => DType::I64,
        "sum" | "prod" if dtype.is_unsigned() => DType::U64,
        _ => dtype,
    }
}
