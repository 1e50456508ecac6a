//! Arrays derived from bound ones: every view and copy function of the subset (`.T`,
//! `transpose`, `reshape` with `-1` and `order=`, `swapaxes`, `ravel`, `flatten`, `copy`,
//! `view`, `astype`, `diagonal`, `broadcast_to`, `concatenate`, `where`, `sort`) and aliases.

use super::Generator;
use super::arrays::shape_tuple_of;
use crate::differential::model::{ArrayModel, Ty, broadcast};

impl Generator {
    /// `name = <view or copy of a bound array>`, or another name for the same array.
    pub(super) fn derived_array(&mut self) -> Option<String> {
        if self.rng.chance(8) {
            let (source, model) = self.array_where(|_| true)?;
            let how = self
                .rng
                .pick(&["{}", "np.asarray({})", "{}[...]"])
                .replace("{}", &source);
            let name = self.target_name();
            let ty = match how.ends_with("[...]") {
                true => Ty::array(model.borrow().clone()),
                false => Ty::Array(model),
            };
            self.bind(&name, ty);
            return Some(format!("{name} = {how}"));
        }
        let (source, model) = self.known_array()?;
        let (expr, result) = self.derive(&source, &model)?;
        Some(self.assign_array(expr, result))
    }

    /// A view or copy of `source` and what it is.
    pub(super) fn derive(
        &mut self,
        source: &str,
        model: &ArrayModel,
    ) -> Option<(String, ArrayModel)> {
        let ndim = model.shape.len();
        let keep = |result: ArrayModel| ArrayModel {
            writeable: model.writeable,
            ..result
        };
        let same = keep(ArrayModel::new(model.dtype, model.shape.clone()));
        let reversed: Vec<usize> = model.shape.iter().rev().copied().collect();
        let transposed = keep(ArrayModel::new(model.dtype, reversed));
        Some(
            match self
                .rng
                .weighted(&[3, 2, 2, 5, 2, 2, 2, 2, 3, 2, 2, 2, 2, 2, 2])
            {
                0 => (format!("{source}.T"), transposed),
                1 if self.rng.chance(50) => (format!("np.transpose({source})"), transposed),
                1 => (
                    format!("np.ravel({source})"),
                    keep(ArrayModel::new(model.dtype, vec![model.size()])),
                ),
                2 => self.transpose_axes(source, model)?,
                3 => self.reshape(source, model)?,
                4 => self.swapaxes(source, model)?,
                5 => (
                    format!("{source}.ravel()"),
                    keep(ArrayModel::new(model.dtype, vec![model.size()])),
                ),
                6 => {
                    let order = self
                        .rng
                        .pick(&["", "", "'C'", "'F'", "order='F'", "order='A'", "order='K'"])
                        .to_string();
                    (
                        format!("{source}.flatten({order})"),
                        ArrayModel::new(model.dtype, vec![model.size()]),
                    )
                }
                7 => {
                    let order = self
                        .rng
                        .pick(&["", "", "order='F'", "order='C'", "'K'"])
                        .to_string();
                    (
                        format!("{source}.copy({order})"),
                        ArrayModel::new(model.dtype, model.shape.clone()),
                    )
                }
                8 => self.view_or_astype(source, model)?,
                9 if ndim >= 2 => self.diagonal(source, model),
                10 => self.broadcast(source, model)?,
                11 => self.concatenate(source, model)?,
                12 => self.where_(source, model)?,
                13 if ndim > 0 => {
                    let axis = self.axis_text(ndim, true);
                    (
                        format!("np.sort({source}{axis})"),
                        ArrayModel::new(model.dtype, model.shape.clone()),
                    )
                }
                _ => (format!("{source}.view()"), same),
            },
        )
    }

    /// `x.transpose(axes)` with a permutation, in its forms.
    fn transpose_axes(&mut self, source: &str, model: &ArrayModel) -> Option<(String, ArrayModel)> {
        let ndim = model.shape.len();
        let mut axes: Vec<usize> = (0..ndim).collect();
        for i in (1..ndim).rev() {
            let j = self.rng.below(i + 1);
            axes.swap(i, j);
        }
        let shape: Vec<usize> = axes.iter().map(|&axis| model.shape[axis]).collect();
        let listed: Vec<String> = axes
            .iter()
            .map(|&axis| match self.rng.chance(25) {
                true => (axis as i64 - ndim as i64).to_string(),
                false => axis.to_string(),
            })
            .collect();
        let text = match self.rng.below(3) {
            0 => format!("{source}.transpose({})", listed.join(", ")),
            1 => format!(
                "{source}.transpose(({}))",
                listed.join(", ") + if ndim == 1 { "," } else { "" }
            ),
            _ => format!("np.transpose({source}, {})", shape_tuple_of(&listed)),
        };
        let text = if ndim == 0 {
            format!("{source}.transpose()")
        } else {
            text
        };
        Some((
            text,
            ArrayModel {
                writeable: model.writeable,
                ..ArrayModel::new(model.dtype, shape)
            },
        ))
    }

    /// `x.reshape(...)` in its argument forms, with `-1` and `order=`.
    fn reshape(&mut self, source: &str, model: &ArrayModel) -> Option<(String, ArrayModel)> {
        let size = model.size();
        let shape = self.factor(size);
        let mut parts: Vec<String> = shape.iter().map(usize::to_string).collect();
        if !parts.is_empty() && size > 0 && self.rng.chance(30) {
            let at = self.rng.below(parts.len());
            parts[at] = "-1".to_string();
        }
        let arguments = match (parts.len(), self.rng.below(3)) {
            (0, _) => "()".to_string(),
            (_, 0) => parts.join(", "),
            (_, 1) => shape_tuple_of(&parts),
            _ => format!("[{}]", parts.join(", ")),
        };
        let order = match self.rng.weighted(&[6, 2, 1, 1]) {
            0 => "",
            1 => ", order='F'",
            2 => ", order='C'",
            _ => ", order='A'",
        };
        let text = match self.rng.chance(25) {
            true => format!(
                "np.reshape({source}, {}{order})",
                if parts.len() == 1 {
                    parts[0].clone()
                } else if arguments.starts_with('[') || arguments.starts_with('(') {
                    arguments.clone()
                } else {
                    format!("({arguments})")
                }
            ),
            false => format!("{source}.reshape({arguments}{order})"),
        };
        Some((
            text,
            ArrayModel {
                writeable: model.writeable,
                ..ArrayModel::new(model.dtype, shape)
            },
        ))
    }

    /// A shape with `size` elements, of one to three axes (sometimes 0-d when `size` is 1).
    fn factor(&mut self, size: usize) -> Vec<usize> {
        if size == 1 && self.rng.chance(30) {
            return Vec::new();
        }
        let divisors: Vec<usize> = (1..=size.max(1))
            .filter(|&d| size.is_multiple_of(d))
            .collect();
        let first = if size == 0 {
            self.rng.range(0, 3) as usize
        } else {
            *self.rng.pick(&divisors)
        };
        let rest = size.checked_div(first).unwrap_or(0);
        match self.rng.below(3) {
            0 => vec![size],
            1 => vec![first, rest],
            _ => {
                let divisors: Vec<usize> = (1..=rest.max(1))
                    .filter(|&d| rest.is_multiple_of(d))
                    .collect();
                let second = if rest == 0 {
                    1
                } else {
                    *self.rng.pick(&divisors)
                };
                vec![first, second, rest.checked_div(second).unwrap_or(0)]
            }
        }
    }

    /// `x.swapaxes(i, j)` or `np.swapaxes(x, i, j)`, negative axes sometimes.
    fn swapaxes(&mut self, source: &str, model: &ArrayModel) -> Option<(String, ArrayModel)> {
        let ndim = model.shape.len() as i64;
        if ndim == 0 {
            return None;
        }
        let (i, j) = (
            self.rng.range(-ndim, ndim - 1),
            self.rng.range(-ndim, ndim - 1),
        );
        let mut shape = model.shape.clone();
        shape.swap(i.rem_euclid(ndim) as usize, j.rem_euclid(ndim) as usize);
        let text = match self.rng.chance(50) {
            true => format!("{source}.swapaxes({i}, {j})"),
            false => format!("np.swapaxes({source}, {i}, {j})"),
        };
        Some((
            text,
            ArrayModel {
                writeable: model.writeable,
                ..ArrayModel::new(model.dtype, shape)
            },
        ))
    }

    /// `x.view(dtype)` (itemsizes permitting), `x.view()` or `x.astype(dtype)`.
    fn view_or_astype(&mut self, source: &str, model: &ArrayModel) -> Option<(String, ArrayModel)> {
        let dtype = self.dtype();
        let spelled = self.dtype_text(dtype);
        if self.rng.chance(60) {
            let copy = match self.rng.weighted(&[5, 1, 1]) {
                0 => "",
                1 => ", copy=False",
                _ => ", order='F'",
            };
            let mut result = ArrayModel::new(dtype, model.shape.clone());
            // Without a copy to make, `copy=False` returns the array itself.
            let itself = copy.contains("False") && dtype == model.dtype;
            result.writeable = model.writeable || !itself;
            return Some((format!("{source}.astype({spelled}{copy})"), result));
        }
        let mut shape = model.shape.clone();
        let last = shape.last_mut()?;
        let bytes = *last * model.dtype.itemsize();
        if !bytes.is_multiple_of(dtype.itemsize()) {
            return None;
        }
        *last = bytes / dtype.itemsize();
        let text = format!("{source}.view({spelled})");
        Some((
            text,
            ArrayModel {
                writeable: model.writeable,
                ..ArrayModel::new(dtype, shape)
            },
        ))
    }

    /// `x.diagonal()`, with an offset sometimes; read-only.
    fn diagonal(&mut self, source: &str, model: &ArrayModel) -> (String, ArrayModel) {
        let (rows, cols) = (model.shape[0] as i64, model.shape[1] as i64);
        let offset = self.rng.range(-2, 2);
        let len = if offset >= 0 {
            (rows).min(cols - offset)
        } else {
            (rows + offset).min(cols)
        }
        .max(0) as usize;
        let mut shape: Vec<usize> = model.shape[2..].to_vec();
        shape.push(len);
        let text = match (offset, self.rng.below(3)) {
            (0, 0) => format!("{source}.diagonal()"),
            (_, 1) => format!("{source}.diagonal(offset={offset})"),
            _ => format!("{source}.diagonal({offset})"),
        };
        (text, ArrayModel::new(model.dtype, shape).read_only())
    }

    /// `np.broadcast_to(x, shape)` to a shape it broadcasts to; read-only.
    fn broadcast(&mut self, source: &str, model: &ArrayModel) -> Option<(String, ArrayModel)> {
        let mut shape = model.shape.clone();
        if self.rng.chance(60) || shape.is_empty() {
            shape.insert(0, self.rng.range(1, 3) as usize);
        }
        if let Some(axis) = shape.iter().position(|&len| len == 1) {
            shape[axis] = self.rng.range(1, 4) as usize;
        }
        broadcast(&model.shape, &shape)?;
        let shape_text = self.shape_text(&shape);
        let text = format!("np.broadcast_to({source}, {shape_text})");
        Some((text, ArrayModel::new(model.dtype, shape).read_only()))
    }

    /// `np.concatenate([x, y], axis=k)` of bound arrays that fit together (or `x` with itself).
    fn concatenate(&mut self, source: &str, model: &ArrayModel) -> Option<(String, ArrayModel)> {
        let ndim = model.shape.len();
        if ndim == 0 {
            return None;
        }
        let axis = self.rng.below(ndim);
        let other = self
            .array_where(|other| {
                other.known
                    && other.shape.len() == ndim
                    && (0..ndim).all(|i| i == axis || other.shape[i] == model.shape[i])
            })
            .map(|(name, other)| (name, other.borrow().clone()))?;
        let mut shape = model.shape.clone();
        shape[axis] += other.1.shape[axis];
        let dtype = model.dtype.promote(other.1.dtype);
        let axis_text = match (axis, self.rng.below(3)) {
            (0, 0) => String::new(),
            (_, 1) => format!(", axis={}", axis as i64 - ndim as i64),
            _ => format!(", axis={axis}"),
        };
        let brackets = self.rng.pick(&["[{}, {}]", "({}, {})"]).to_string();
        let pair = brackets
            .replacen("{}", source, 1)
            .replacen("{}", &other.0, 1);
        Some((
            format!("np.concatenate({pair}{axis_text})"),
            ArrayModel::new(dtype, shape),
        ))
    }

    /// `np.where(cond, x, y)` with a condition on `x` and `y` a scalar or a bound array.
    fn where_(&mut self, source: &str, model: &ArrayModel) -> Option<(String, ArrayModel)> {
        let (threshold, _) = self.scalar_for(model.dtype);
        let condition = format!("{source} > {threshold}");
        let (other, dtype, shape) = match self.rng.chance(50) {
            true => {
                let (value, kind) = self.scalar_for(model.dtype);
                (
                    value,
                    model.dtype.with_python_scalar(kind),
                    model.shape.clone(),
                )
            }
            false => {
                let (name, other) = self.known_array()?;
                let shape = broadcast(&model.shape, &other.shape)?;
                (name, model.dtype.promote(other.dtype), shape)
            }
        };
        Some((
            format!("np.where({condition}, {source}, {other})"),
            ArrayModel::new(dtype, shape),
        ))
    }

    /// `, axis=k` (or nothing) for an array of `ndim` axes; out of range only when `wrong`.
    pub(super) fn axis_text(&mut self, ndim: usize, allow_none: bool) -> String {
        let ndim = ndim as i64;
        if ndim == 0 || (allow_none && self.rng.chance(30)) {
            return String::new();
        }
        let axis = self.rng.range(-ndim, ndim - 1);
        match self.rng.chance(70) {
            true => format!(", axis={axis}"),
            false => format!(", {axis}"),
        }
    }
}
