//! Statements that test the report more than the printed output, for the report oracle's
//! programs ([`memory_program`](super::memory_program)): chained assignments of a view,
//! views by dtype of a slice, sliced `np.frombuffer` (empty slices too), fancy writes naming
//! one element twice, byte views misaligned with the items they look into, and other names
//! for a bytearray or an `array.array`.

use super::Generator;
use super::arrays::typecode_size;
use crate::differential::model::{ArrayModel, DType, Ty};

impl Generator {
    /// One of the statements above.
    pub(super) fn memory_statement(&mut self) -> Option<String> {
        match self.rng.weighted(&[4, 3, 3, 3, 2, 2]) {
            0 => self.chained_view(),
            1 => self.sliced_dtype_view(),
            2 => self.sliced_frombuffer(),
            3 => self.repeated_fancy_write(),
            4 => self.buffer_alias(),
            _ => self.misaligned_view(),
        }
    }

    /// `x = y = <view or copy of a bound array>`: one new array, two names.
    fn chained_view(&mut self) -> Option<String> {
        let (source, model) = self.known_array()?;
        let (expr, result) = match self.rng.chance(50) {
            true => self.derive(&source, &model)?,
            false => {
                let index = self.basic_index(&model.shape);
                let shape = index.shape?;
                let result = ArrayModel {
                    writeable: model.writeable,
                    ..ArrayModel::new(model.dtype, shape)
                };
                (format!("{source}[{}]", index.text), result)
            }
        };
        let (first, second) = (self.target_name(), self.target_name());
        if first == second {
            return None;
        }
        let ty = Ty::array(result);
        self.bind(&first, ty.clone());
        self.bind(&second, ty);
        Some(format!("{first} = {second} = {expr}"))
    }

    /// `r = a.view(np.int32)[2:6]`: a slice of a view by another dtype.
    fn sliced_dtype_view(&mut self) -> Option<String> {
        let (source, model) = self.known_array()?;
        let last = *model.shape.last()?;
        let dtype = self.dtype();
        let bytes = last * model.dtype.itemsize();
        if !bytes.is_multiple_of(dtype.itemsize()) {
            return None;
        }
        let mut shape = model.shape.clone();
        *shape.last_mut()? = bytes / dtype.itemsize();
        let (slice, len) = self.slice(shape[0]);
        shape[0] = len;
        let spelled = self.dtype_text(dtype);
        let result = ArrayModel {
            writeable: model.writeable,
            ..ArrayModel::new(dtype, shape)
        };
        Some(self.assign_array(format!("{source}.view({spelled})[{slice}]"), result))
    }

    /// `e = np.frombuffer(ba, dtype=...)[...]`, sometimes the empty `[0:0]`.
    fn sliced_frombuffer(&mut self) -> Option<String> {
        let array_array = self.rng.chance(35);
        let (name, buffer) = self.some_buffer(array_array)?;
        let bytes = {
            let model = buffer.borrow();
            model.len * model.code.map_or(1, typecode_size)
        };
        let dtype = *self
            .rng
            .pick(&[DType::U8, DType::I16, DType::I32, DType::F64]);
        if !bytes.is_multiple_of(dtype.itemsize()) {
            return None;
        }
        buffer.borrow_mut().exported = true;
        let (slice, len) = match self.rng.chance(25) {
            true => ("0:0".to_string(), 0),
            false => self.slice(bytes / dtype.itemsize()),
        };
        let spelled = self.dtype_text(dtype);
        let text = format!("np.frombuffer({name}, dtype={spelled})[{slice}]");
        Some(self.assign_array(text, ArrayModel::new(dtype, vec![len])))
    }

    /// `a[np.array([-3, 1])] = v` on 4 elements: one element named twice.
    fn repeated_fancy_write(&mut self) -> Option<String> {
        let wanted = |m: &ArrayModel| m.known && m.writeable && m.shape.first() > Some(&0);
        let (target, model) = self.array_where(wanted)?;
        let model = model.borrow().clone();
        let len = model.shape[0] as i64;
        let at = self.rng.range(0, len - 1);
        let mut items = vec![(at - len).to_string(), at.to_string()];
        if self.rng.chance(30) {
            items.push(self.rng.range(-len, len - 1).to_string());
        }
        let value = self.value_for(&model, None);
        let list = items.join(", ");
        Some(match self.rng.chance(50) {
            true => format!("{target}[np.array([{list}])] = {value}"),
            false => format!("{target}[[{list}]] = {value}"),
        })
    }

    /// `al = ba`: another name for a bytearray or an `array.array`.
    fn buffer_alias(&mut self) -> Option<String> {
        let array_array = self.rng.chance(40);
        let (name, buffer) = self.some_buffer(array_array)?;
        let alias = self.target_name();
        self.bind(&alias, Ty::Buffer(buffer));
        Some(format!("{alias} = {name}"))
    }

    /// `w = np.frombuffer(ba, dtype=np.uint8)[1:5].view(np.int16)`, or the same over an
    /// array's bytes: items that straddle the items underneath.
    fn misaligned_view(&mut self) -> Option<String> {
        let (source, bytes, writeable) = match self.rng.chance(50) {
            true => {
                let (name, buffer) = self.some_buffer(false)?;
                buffer.borrow_mut().exported = true;
                let len = buffer.borrow().len;
                (format!("np.frombuffer({name}, dtype=np.uint8)"), len, true)
            }
            false => {
                let (name, model) = self.array_where(|m| m.known && m.shape.len() == 1)?;
                let model = model.borrow().clone();
                let bytes = model.size() * model.dtype.itemsize();
                (format!("{name}.view(np.uint8)"), bytes, model.writeable)
            }
        };
        let dtype = *self.rng.pick(&[DType::I16, DType::U16, DType::I32]);
        let start = self.rng.range(1, dtype.itemsize() as i64 - 1) as usize;
        let count = bytes.saturating_sub(start) / dtype.itemsize();
        if count == 0 {
            return None;
        }
        let end = start + count * dtype.itemsize();
        let spelled = self.dtype_text(dtype);
        let text = format!("{source}[{start}:{end}].view({spelled})");
        let result = ArrayModel {
            writeable,
            ..ArrayModel::new(dtype, vec![count])
        };
        Some(self.assign_array(text, result))
    }
}
