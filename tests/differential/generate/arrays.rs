//! New arrays: every constructor with its keywords, copies of bound values, printing edges.

use super::Generator;
use crate::differential::model::{ArrayModel, DType, Elem, PyScalar, Ty, shape_tuple};

impl Generator {
    /// `name = <constructor>`.
    pub(super) fn new_array(&mut self) -> Option<String> {
        let (expr, model) = self.constructor();
        Some(self.assign_array(expr, model))
    }

    /// A constructor call and the array it makes.
    pub(super) fn constructor(&mut self) -> (String, ArrayModel) {
        match self.rng.weighted(&[10, 8, 8, 3, 3, 3, 3, 2, 2]) {
            0 => self.array_literal(),
            1 => self.arange(),
            2 => self.filled(),
            3 => self.like().unwrap_or_else(|| self.arange()),
            4 => self.linspace(),
            5 => self.copy_of_bound().unwrap_or_else(|| self.array_literal()),
            6 => self.numpy_scalar_array(),
            7 => self.frombuffer().unwrap_or_else(|| self.filled()),
            _ => self.printing_edge_array(),
        }
    }

    /// `np.array([[1, 2], [3, 4]], dtype=...)`.
    fn array_literal(&mut self) -> (String, ArrayModel) {
        let shape = match self.rng.chance(15) {
            true => Vec::new(),
            false => self.small_shape(),
        };
        if !shape.is_empty() && self.rng.chance(15) {
            return self.mixed_literal(shape);
        }
        let dtype = self.dtype();
        let literal = self.list_literal(&shape, dtype);
        let (text, dtype) = match self.rng.weighted(&[3, 2]) {
            0 => {
                let spelled = self.dtype_text(dtype);
                (format!("np.array({literal}, dtype={spelled})"), dtype)
            }
            _ => (format!("np.array({literal})"), inferred_dtype(dtype)),
        };
        (text, ArrayModel::new(dtype, shape))
    }

    /// `np.array([1, 2.5, True])`: Python scalars of several kinds, which NumPy promotes.
    fn mixed_literal(&mut self, shape: Vec<usize>) -> (String, ArrayModel) {
        let mut kinds = Vec::new();
        let literal = self.mixed_items(&shape, &mut kinds);
        let dtype = match kinds {
            _ if kinds.contains(&PyScalar::Float) => DType::F64,
            _ if kinds.contains(&PyScalar::Int) => DType::I64,
            _ => DType::Bool,
        };
        (
            format!("np.array({literal})"),
            ArrayModel::new(dtype, shape),
        )
    }

    /// The nested items of [`Self::mixed_literal`], noting each item's kind.
    fn mixed_items(&mut self, shape: &[usize], kinds: &mut Vec<PyScalar>) -> String {
        match shape.split_first() {
            None => {
                let (text, kind) = match self.rng.below(3) {
                    0 => (self.rng.range(-3, 9).to_string(), PyScalar::Int),
                    1 => (
                        format!("{:?}", self.rng.range(-8, 8) as f64 / 2.0),
                        PyScalar::Float,
                    ),
                    _ => (self.bool_text(), PyScalar::Bool),
                };
                kinds.push(kind);
                text
            }
            Some((&len, rest)) => {
                let items: Vec<String> = (0..len).map(|_| self.mixed_items(rest, kinds)).collect();
                format!("[{}]", items.join(", "))
            }
        }
    }

    /// A shape of at most 24 elements (the common case).
    pub(super) fn small_shape(&mut self) -> Vec<usize> {
        loop {
            let shape = self.shape();
            if shape.iter().product::<usize>() <= 24 {
                return shape;
            }
        }
    }

    /// `np.arange` with one to three arguments, keywords and `dtype=`.
    fn arange(&mut self) -> (String, ArrayModel) {
        let (start, stop) = (self.rng.range(-4, 4), self.rng.range(-3, 14));
        let step = *self.rng.pick(&[-3, -2, -1, 1, 2, 3]);
        let (text, len, float) = match self.rng.weighted(&[4, 3, 3, 2, 1, 1]) {
            0 => (
                format!("np.arange({})", stop.max(0)),
                range_len(0, stop, 1),
                false,
            ),
            1 => (
                format!("np.arange({start}, {stop})"),
                range_len(start, stop, 1),
                false,
            ),
            2 => (
                format!("np.arange({start}, {stop}, {step})"),
                range_len(start, stop, step),
                false,
            ),
            3 => (
                format!("np.arange({stop}, step={step})"),
                range_len(0, stop, step),
                false,
            ),
            4 => (
                format!("np.arange(start={start}, stop={stop})"),
                range_len(start, stop, 1),
                false,
            ),
            _ => {
                let quarter = self.rng.range(1, 4) as f64 / 4.0;
                let n = (stop.max(1) as f64 / quarter).ceil() as usize;
                (
                    format!("np.arange(0, {}, {quarter:?})", stop.max(1)),
                    n,
                    true,
                )
            }
        };
        if self.rng.chance(30) {
            let dtype =
                *self
                    .rng
                    .pick(&[DType::I8, DType::I32, DType::U16, DType::F32, DType::F64]);
            let negative = start < 0 || stop < 0 || (text.contains("step=") && step < 0);
            let dtype = if dtype.is_unsigned() && negative {
                DType::I32
            } else {
                dtype
            };
            let spelled = self.dtype_text(dtype);
            let text = format!("{}, dtype={spelled})", text.trim_end_matches(')'));
            return (text, ArrayModel::new(dtype, vec![len]));
        }
        let dtype = if float { DType::F64 } else { DType::I64 };
        (text, ArrayModel::new(dtype, vec![len]))
    }

    /// `np.zeros`, `np.ones`, `np.full` in their shape forms, with and without `dtype=`.
    fn filled(&mut self) -> (String, ArrayModel) {
        let shape = self.shape();
        let shape_text = self.shape_text(&shape);
        let with_dtype = self.rng.chance(60);
        let dtype = if with_dtype { self.dtype() } else { DType::F64 };
        let dtype_arg = if with_dtype {
            format!(", dtype={}", self.dtype_text(dtype))
        } else {
            String::new()
        };
        match self.rng.below(3) {
            0 => (
                format!("np.zeros({shape_text}{dtype_arg})"),
                ArrayModel::new(dtype, shape),
            ),
            1 => (
                format!("np.ones({shape_text}{dtype_arg})"),
                ArrayModel::new(dtype, shape),
            ),
            _ => {
                let (value, kind) = match with_dtype {
                    true => self.scalar_for(dtype),
                    false => self.py_scalar(),
                };
                let dtype = match with_dtype {
                    true => dtype,
                    false => match kind {
                        PyScalar::Bool => DType::Bool,
                        PyScalar::Int => DType::I64,
                        PyScalar::Float => DType::F64,
                    },
                };
                (
                    format!("np.full({shape_text}, {value}{dtype_arg})"),
                    ArrayModel::new(dtype, shape),
                )
            }
        }
    }

    /// `np.zeros_like(x)`, `np.ones_like(x, dtype=...)`, `np.full_like(x, v)`.
    fn like(&mut self) -> Option<(String, ArrayModel)> {
        let (name, model) = self.known_array()?;
        let (dtype, dtype_arg) = match self.rng.chance(40) {
            true => {
                let dtype = self.dtype();
                (dtype, format!(", dtype={}", self.dtype_text(dtype)))
            }
            false => (model.dtype, String::new()),
        };
        let text = match self.rng.below(3) {
            0 => format!("np.zeros_like({name}{dtype_arg})"),
            1 => format!("np.ones_like({name}{dtype_arg})"),
            _ => {
                let (value, _) = self.scalar_for(dtype);
                format!("np.full_like({name}, {value}{dtype_arg})")
            }
        };
        Some((text, ArrayModel::new(dtype, model.shape)))
    }

    /// `np.linspace(a, b, n)`, with `endpoint=` and `dtype=` sometimes.
    fn linspace(&mut self) -> (String, ArrayModel) {
        let (start, stop) = (self.rng.range(-3, 3), self.rng.range(-2, 12));
        let num = self.rng.range(0, 9) as usize;
        let mut text = format!("np.linspace({start}, {stop}, {num}");
        let mut dtype = DType::F64;
        if self.rng.chance(30) {
            text += &format!(", endpoint={}", self.bool_text());
        }
        if self.rng.chance(20) {
            dtype = *self.rng.pick(&[DType::F32, DType::I64, DType::I32]);
            text += &format!(", dtype={}", self.dtype_text(dtype));
        }
        text.push(')');
        (text, ArrayModel::new(dtype, vec![num]))
    }

    /// `np.array(x)`, `np.asarray(x)`, `np.copy(x)` of a bound value: a list, a tuple, a
    /// range, a buffer (`np.asarray` looks into it), an array, or a list of arrays.
    fn copy_of_bound(&mut self) -> Option<(String, ArrayModel)> {
        match self.rng.weighted(&[3, 1, 2, 4, 2]) {
            0 => self.array_of_sequence(),
            1 => self.array_over_buffer(),
            2 => self.stacked(),
            _ => self.copy_of_array(),
        }
    }

    /// `np.array(L)`, `np.asarray(t, dtype=...)`, `np.array(range(...))` of a bound sequence.
    fn array_of_sequence(&mut self) -> Option<(String, ArrayModel)> {
        let sequences: Vec<(String, Ty)> = self
            .names
            .iter()
            .filter(|(_, ty)| matches!(ty, Ty::List(_) | Ty::Tuple(_) | Ty::Range(..)))
            .cloned()
            .collect();
        if sequences.is_empty() {
            return None;
        }
        let (name, ty) = self.rng.pick(&sequences).clone();
        let (dtype, shape) = match ty {
            Ty::List(list) => match (list.borrow().len, list.borrow().elem) {
                (len, Elem::Int) => (DType::I64, vec![len]),
                (len, Elem::Float) => (DType::F64, vec![len]),
                (len, Elem::Row(n)) => (DType::I64, vec![len, n]),
                (_, Elem::Any) => return None,
            },
            Ty::Tuple(len) => (DType::I64, vec![len]),
            Ty::Range(start, stop, step) => (DType::I64, vec![range_len(start, stop, step)]),
            _ => return None,
        };
        let function = self.rng.pick(&["np.array", "np.asarray"]).to_string();
        if self.rng.chance(30) {
            let wanted = *self
                .rng
                .pick(&[DType::F64, DType::I8, DType::F32, DType::U16]);
            let spelled = self.dtype_text(wanted);
            let text = format!("{function}({name}, dtype={spelled})");
            return Some((text, ArrayModel::new(wanted, shape)));
        }
        Some((format!("{function}({name})"), ArrayModel::new(dtype, shape)))
    }

    /// `np.asarray(ba)` over a bytearray or array.array: a view of its memory.
    fn array_over_buffer(&mut self) -> Option<(String, ArrayModel)> {
        let array_array = self.rng.chance(50);
        let (name, buffer) = self.some_buffer(array_array)?;
        let mut model = buffer.borrow_mut();
        model.exported = true;
        let dtype = match model.code {
            None | Some('B') => DType::U8,
            Some('b') => DType::I8,
            Some('h') => DType::I16,
            Some('H') => DType::U16,
            Some('i') => DType::I32,
            Some('I') => DType::U32,
            Some('l' | 'q') => DType::I64,
            Some('L' | 'Q') => DType::U64,
            Some('f') => DType::F32,
            Some(_) => DType::F64,
        };
        Some((
            format!("np.asarray({name})"),
            ArrayModel::new(dtype, vec![model.len]),
        ))
    }

    /// `np.array([x, y])` of bound arrays of one shape (or of NumPy scalars).
    fn stacked(&mut self) -> Option<(String, ArrayModel)> {
        let (first, model) = self.known_array()?;
        let shape = model.shape.clone();
        let (second, other) = self
            .array_where(|other| other.known && other.shape == shape)
            .map(|(name, other)| (name, other.borrow().clone()))?;
        let count = self.rng.range(1, 3) as usize;
        let items: Vec<&str> = [first.as_str(), second.as_str(), first.as_str()][..count].to_vec();
        let mut result = vec![count];
        result.extend_from_slice(&shape);
        let dtype = if count == 1 {
            model.dtype
        } else {
            model.dtype.promote(other.dtype)
        };
        Some((
            format!("np.array([{}])", items.join(", ")),
            ArrayModel::new(dtype, result),
        ))
    }

    /// `np.array(x)`, `np.asarray(x)`, `np.copy(x)`, `np.array(x, dtype=...)` of a bound array.
    fn copy_of_array(&mut self) -> Option<(String, ArrayModel)> {
        let (name, model) = self.known_array()?;
        let fresh = ArrayModel::new(model.dtype, model.shape.clone());
        let text = match self.rng.weighted(&[3, 2, 1]) {
            0 => format!("np.array({name})"),
            1 => format!("np.copy({name})"),
            _ => {
                let dtype = self.dtype();
                let spelled = self.dtype_text(dtype);
                let text = format!("np.array({name}, dtype={spelled})");
                return Some((text, ArrayModel::new(dtype, model.shape)));
            }
        };
        Some((text, fresh))
    }

    /// A 0-d array from a NumPy scalar type: `np.array(np.int8(5))`, or `np.float32(1.5) * ones`.
    fn numpy_scalar_array(&mut self) -> (String, ArrayModel) {
        let dtype = self.dtype();
        let value = self.element_for(dtype);
        let text = format!("np.array(np.{}({value}))", dtype.name());
        (text, ArrayModel::new(dtype, Vec::new()))
    }

    /// `np.frombuffer` over a bound bytes, bytearray or array.array, or a bytes literal.
    fn frombuffer(&mut self) -> Option<(String, ArrayModel)> {
        let array_array = self.rng.chance(40);
        if let Some((name, buffer)) = self.some_buffer(array_array) {
            let mut model = buffer.borrow_mut();
            let itemsize = model.code.map_or(1, typecode_size);
            let bytes = model.len * itemsize;
            let dtype = *self.rng.pick(&[
                DType::U8,
                DType::I8,
                DType::I16,
                DType::U32,
                DType::F64,
                DType::I64,
            ]);
            if !bytes.is_multiple_of(dtype.itemsize()) {
                return None;
            }
            model.exported = true;
            let spelled = self.dtype_text(dtype);
            let text = format!("np.frombuffer({name}, dtype={spelled})");
            return Some((text, ArrayModel::new(dtype, vec![bytes / dtype.itemsize()])));
        }
        let bytes_names: Vec<(String, usize)> = self
            .names
            .iter()
            .filter_map(|(name, ty)| match ty {
                Ty::Bytes(len) if len % 2 == 0 => Some((name.clone(), *len)),
                _ => None,
            })
            .collect();
        if !bytes_names.is_empty() && self.rng.chance(50) {
            let (name, len) = self.rng.pick(&bytes_names).clone();
            let text = format!("np.frombuffer({name}, dtype='<u2')");
            return Some((text, ArrayModel::new(DType::U16, vec![len / 2]).read_only()));
        }
        let len = 2 * self.rng.range(0, 4) as usize;
        let bytes: String = (0..len)
            .map(|i| format!("\\x{:02x}", (i * 37 + 1) % 256))
            .collect();
        let text = format!("np.frombuffer(b'{bytes}', dtype=np.int16)");
        Some((text, ArrayModel::new(DType::I16, vec![len / 2]).read_only()))
    }

    /// Arrays whose printing is hard: summarised, wrapped, nan and inf, dtype limits.
    pub(super) fn printing_edge_array(&mut self) -> (String, ArrayModel) {
        match self.rng.below(7) {
            0 => {
                let n = *self.rng.pick(&[1000, 1001, 1002, 2000, 4096]);
                (
                    format!("np.arange({n})"),
                    ArrayModel::new(DType::I64, vec![n]),
                )
            }
            1 => {
                let (rows, cols) = *self.rng.pick(&[(3, 400), (40, 30), (1, 1001), (501, 2)]);
                let text = format!("np.arange({}).reshape({rows}, {cols})", rows * cols);
                (text, ArrayModel::new(DType::I64, vec![rows, cols]))
            }
            2 => {
                let n = self.rng.range(12, 40) as usize;
                let scale = self
                    .rng
                    .pick(&["1000", "0.1", "1e-5", "123456789", "-7"])
                    .to_string();
                let text = format!("np.arange({n}) * {scale}");
                let dtype = if scale.contains(['.', 'e']) {
                    DType::F64
                } else {
                    DType::I64
                };
                (text, ArrayModel::new(dtype, vec![n]))
            }
            3 => {
                let dtype = self.dtype();
                let (low, high) = dtype.limits();
                let spelled = self.dtype_text(dtype);
                let text = match dtype {
                    DType::Bool => format!("np.array([True, False], dtype={spelled})"),
                    _ => format!("np.array([{low}, 0, {high}], dtype={spelled})"),
                };
                let len = if dtype == DType::Bool { 2 } else { 3 };
                (text, ArrayModel::new(dtype, vec![len]))
            }
            4 => {
                let parts = [
                    "np.nan", "np.inf", "-np.inf", "1.5", "-0.0", "0.1", "1e-8", "1e20", "5e-324",
                ];
                let items: Vec<String> = (0..self.rng.range(1, 6))
                    .map(|_| self.rng.pick(&parts).to_string())
                    .collect();
                let dtype = *self.rng.pick(&[DType::F64, DType::F32]);
                let text = format!(
                    "np.array([{}], dtype={})",
                    items.join(", "),
                    self.dtype_text(dtype)
                );
                (text, ArrayModel::new(dtype, vec![items.len()]))
            }
            5 => {
                let n = self.rng.range(2, 30) as usize;
                let text = format!("np.linspace(0, 1, {n})");
                (text, ArrayModel::new(DType::F64, vec![n]))
            }
            _ => {
                let shape = self.shape();
                let text = format!("np.ones({}) / 3", shape_tuple(&shape));
                (text, ArrayModel::new(DType::F64, shape))
            }
        }
    }

    /// `name = np.int8(5)`-style NumPy scalars.
    pub(super) fn numpy_scalar(&mut self) -> String {
        let dtype = self.dtype();
        let value = self.element_for(dtype);
        let name = self.target_name();
        self.bind(&name, Ty::NpScalar(dtype));
        format!("{name} = np.{}({value})", dtype.name())
    }
}

/// The dtype NumPy infers for a list literal whose elements were written for `dtype`.
fn inferred_dtype(dtype: DType) -> DType {
    match dtype {
        DType::Bool => DType::Bool,
        dtype if dtype.is_float() => DType::F64,
        _ => DType::I64,
    }
}

/// `len(range(start, stop, step))`.
fn range_len(start: i64, stop: i64, step: i64) -> usize {
    let count = if step > 0 {
        (stop - start + step - 1).div_euclid(step)
    } else {
        (start - stop - step - 1).div_euclid(-step)
    };
    count.max(0) as usize
}

/// `(a, b)` or `(a,)`.
pub(super) fn shape_tuple_of(parts: &[String]) -> String {
    match parts {
        [one] => format!("({one},)"),
        _ => format!("({})", parts.join(", ")),
    }
}

/// Bytes per item of an `array.array` typecode.
fn typecode_size(code: char) -> usize {
    match code {
        'b' | 'B' => 1,
        'h' | 'H' => 2,
        'i' | 'I' | 'f' => 4,
        _ => 8,
    }
}
