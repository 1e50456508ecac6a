//! Indices (ints, negative ints, slices with odd steps, `...`, `None`, tuples of these,
//! integer lists and arrays, boolean masks) and the statements that read or write through
//! them.

use super::Generator;
use crate::differential::model::{ArrayModel, DType, Ty, broadcast, slice_len};

/// An index and the shape of what it selects (`None`: a single element, a NumPy scalar).
pub struct Index {
    /// The text between the brackets.
    pub text: String,
    /// The selected shape; `None` for one element.
    pub shape: Option<Vec<usize>>,
    /// False for a boolean mask computed from values (its length is unknown).
    pub known: bool,
    /// True for integer-list and mask indices (the result is a copy).
    pub advanced: bool,
}

impl Generator {
    /// An index into an array of `shape`: basic most of the time, sometimes advanced.
    pub fn index(&mut self, name: &str, model: &ArrayModel) -> Index {
        match self.rng.weighted(&[7, 2, 1, 1]) {
            0 => self.basic_index(&model.shape),
            1 => self.integer_list_index(&model.shape),
            2 => self.literal_mask_index(&model.shape),
            _ => self.value_mask_index(name, model),
        }
    }

    /// Ints, slices, `...` and `None` over the axes of `shape`.
    pub fn basic_index(&mut self, shape: &[usize]) -> Index {
        let ndim = shape.len();
        let consumed = self.rng.range(0, ndim as i64) as usize;
        let ellipsis = self.rng.chance(20);
        let (prefix, suffix) = match ellipsis {
            true => {
                let prefix = self.rng.range(0, consumed as i64) as usize;
                (prefix, consumed - prefix)
            }
            false => (consumed.max(1).min(ndim), 0),
        };
        // Each item, and how many axes of the result it makes.
        let mut items: Vec<(String, Vec<usize>)> = Vec::new();
        for &len in &shape[..prefix] {
            items.push(self.axis_item(len));
        }
        if ellipsis {
            items.push(("...".to_string(), shape[prefix..ndim - suffix].to_vec()));
        }
        for &len in &shape[ndim - suffix..] {
            items.push(self.axis_item(len));
        }
        if items.is_empty() || self.rng.chance(12) {
            let at = self.rng.below(items.len() + 1);
            items.insert(at, ("None".to_string(), vec![1]));
        }
        let mut result: Vec<usize> = items.iter().flat_map(|(_, axes)| axes.clone()).collect();
        if !ellipsis {
            result.extend_from_slice(&shape[prefix..]);
        }
        let scalar = !ellipsis
            && prefix == ndim
            && items
                .iter()
                .all(|(text, axes)| axes.is_empty() && text != "None");
        let texts: Vec<String> = items.into_iter().map(|(text, _)| text).collect();
        let text = texts.join(", ");
        let parenthesise = texts.len() > 1 && !text.contains(':') && self.rng.chance(10);
        let text = if parenthesise {
            format!("({text})")
        } else {
            text
        };
        Index {
            text,
            shape: (!scalar).then_some(result),
            known: true,
            advanced: false,
        }
    }

    /// One axis's item, an int or a slice, and the axes it leaves in the result.
    fn axis_item(&mut self, len: usize) -> (String, Vec<usize>) {
        if len > 0 && self.rng.chance(45) {
            let len = len as i64;
            return (self.rng.range(-len, len - 1).to_string(), Vec::new());
        }
        let (text, selected) = self.slice(len);
        (text, vec![selected])
    }

    /// A slice over an axis of `len` and how many items it selects.
    pub fn slice(&mut self, len: usize) -> (String, usize) {
        let bound = |generator: &mut Generator| -> Option<i64> {
            let reach = len as i64 + 2;
            generator
                .rng
                .chance(55)
                .then(|| generator.rng.range(-reach, reach))
        };
        let (start, stop) = (bound(self), bound(self));
        let step = self
            .rng
            .chance(45)
            .then(|| *self.rng.pick(&[-3, -2, -1, 1, 2, 3, 5]));
        let show = |bound: Option<i64>| bound.map_or(String::new(), |b| b.to_string());
        let text = match step {
            Some(step) => format!("{}:{}:{step}", show(start), show(stop)),
            None => format!("{}:{}", show(start), show(stop)),
        };
        (text, slice_len(len, start, stop, step.unwrap_or(1)))
    }

    /// `[0, -1]` on one axis (or two lists of one length on two axes), maybe as `np.array`.
    fn integer_list_index(&mut self, shape: &[usize]) -> Index {
        let Some(axis) = (0..shape.len()).rfind(|&axis| shape[axis] > 0) else {
            return self.basic_index(shape);
        };
        let axis = self.rng.below(axis + 1);
        if shape[axis] == 0 {
            return self.basic_index(shape);
        }
        let count = self.rng.range(0, 4) as usize;
        let list = self.int_list(shape[axis], count);
        let list = match self.rng.chance(25) {
            true => format!(
                "np.array({list}{})",
                if count == 0 { ", dtype=int" } else { "" }
            ),
            false => list,
        };
        let mut items: Vec<String> = vec![":".to_string(); axis];
        items.push(list);
        let mut result: Vec<usize> = shape[..axis].to_vec();
        result.push(count);
        result.extend_from_slice(&shape[axis + 1..]);
        if axis + 1 < shape.len() && shape[axis + 1] > 0 && self.rng.chance(30) {
            items.push(self.int_list(shape[axis + 1], count));
            result.remove(axis + 1);
        }
        Index {
            text: items.join(", "),
            shape: Some(result),
            known: true,
            advanced: true,
        }
    }

    /// `count` valid indices into an axis of `len` (> 0), as a list literal.
    fn int_list(&mut self, len: usize, count: usize) -> String {
        let len = len as i64;
        let items: Vec<String> = (0..count)
            .map(|_| self.rng.range(-len, len - 1).to_string())
            .collect();
        format!("[{}]", items.join(", "))
    }

    /// `[True, False, ...]` over the first axis.
    fn literal_mask_index(&mut self, shape: &[usize]) -> Index {
        let Some((&len, rest)) = shape.split_first() else {
            return self.basic_index(shape);
        };
        let flags: Vec<bool> = (0..len).map(|_| self.rng.chance(50)).collect();
        let words: Vec<&str> = flags
            .iter()
            .map(|&f| if f { "True" } else { "False" })
            .collect();
        let mut result = vec![flags.iter().filter(|&&f| f).count()];
        result.extend_from_slice(rest);
        let text = match self.rng.chance(30) {
            true => format!("np.array([{}])", words.join(", ")),
            false => format!("[{}]", words.join(", ")),
        };
        let text = if len == 0 {
            "np.array([], dtype=bool)".to_string()
        } else {
            text
        };
        Index {
            text,
            shape: Some(result),
            known: true,
            advanced: true,
        }
    }

    /// `x > 2`, `x % 2 == 0`: a mask from the array's values (its length is unknown).
    fn value_mask_index(&mut self, name: &str, model: &ArrayModel) -> Index {
        let (value, _) = self.scalar_for(model.dtype);
        let comparison = self.rng.pick(&[">", "<", "==", "!=", ">="]).to_string();
        let text = match (model.dtype.is_integer(), self.rng.chance(30)) {
            (true, true) => format!("{name} % 2 == 0"),
            _ => format!("{name} {comparison} {value}"),
        };
        Index {
            text,
            shape: Some(vec![0]),
            known: false,
            advanced: true,
        }
    }

    /// `y = x[index]` (an array or a NumPy scalar).
    pub(super) fn index_read(&mut self) -> Option<String> {
        let (source, model) = self.known_array()?;
        let index = self.index(&source, &model);
        let target = self.target_name();
        let ty = match &index.shape {
            None => Ty::NpScalar(model.dtype),
            Some(shape) => {
                let mut result = ArrayModel::new(model.dtype, shape.clone());
                result.writeable = model.writeable || index.advanced;
                result.known = index.known;
                Ty::array(result)
            }
        };
        self.bind(&target, ty);
        Some(format!("{target} = {source}[{}]", index.text))
    }

    /// `x[index] = value`: a scalar, a list or an array that broadcasts to the selection.
    pub(super) fn item_assignment(&mut self) -> Option<String> {
        let (target, model) = self.array_where(|model| model.known && model.writeable)?;
        let model = model.borrow().clone();
        Some(self.assign_into(&target, &model))
    }

    /// `target[index] = value` for the array `target` holds.
    pub(super) fn assign_into(&mut self, target: &str, model: &ArrayModel) -> String {
        let index = match self.rng.chance(10) {
            true => Index {
                text: "...".to_string(),
                shape: Some(model.shape.clone()),
                known: true,
                advanced: false,
            },
            false => self.index(target, model),
        };
        let value = self.value_for(model, index.shape.as_deref().filter(|_| index.known));
        format!("{target}[{}] = {value}", index.text)
    }

    /// Something that can be written into a selection of `shape` of an array like `model`.
    pub(super) fn value_for(&mut self, model: &ArrayModel, shape: Option<&[usize]>) -> String {
        let spread = |shape: &&[usize]| shape.iter().all(|&len| len > 0);
        let Some(shape) = shape.filter(spread).filter(|_| self.rng.chance(45)) else {
            return match self.rng.chance(85) {
                true => self.scalar_for(model.dtype).0,
                false => format!(
                    "np.{}({})",
                    model.dtype.name(),
                    self.element_for(model.dtype)
                ),
            };
        };
        let trailing: Vec<usize> = match shape.len() > 1 && self.rng.chance(40) {
            true => shape[1..].to_vec(),
            false => shape.to_vec(),
        };
        let fitting = self.array_where(|other| {
            other.known && broadcast(&other.shape, &trailing).as_deref() == Some(&trailing[..])
        });
        if let Some((name, _)) = fitting.filter(|_| self.rng.chance(50)) {
            return name;
        }
        // A list's Python ints must fit the array's dtype (NumPy 2 raises OverflowError).
        let dtype = match model.dtype {
            DType::Bool => DType::Bool,
            dtype if dtype.is_float() => DType::F64,
            dtype if dtype.is_unsigned() => DType::U8,
            _ => DType::I8,
        };
        let literal = self.list_literal(&trailing, dtype);
        match self.rng.chance(40) {
            true => format!("np.array({literal})"),
            false => literal,
        }
    }
}
