//! `memoryview`: Python's own view of another object's memory.
//!
//! A memoryview is the buffer protocol made visible: the exporter's memory (a `bytes`,
//! `bytearray`, `array.array` or NumPy array), seen through a layout and a struct format
//! exactly as NumPy sees an array's buffer. Slicing or casting one gives another view of the
//! same memory; while a view holds that memory, a `bytearray` or `array.array` under it cannot
//! be resized, which is why its memory is held here as an [`ArrayData`] (one more holder of the
//! buffer) until `release()`.

use std::cell::RefCell;
use std::rc::Rc;

use crate::memory::{ArrayData, DType, Scalar};

use super::Value;

/// The most items a report spells out for a memoryview.
const REPORTED_ITEMS: usize = 32;

/// The struct format of one item, as `m.format` spells it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ItemFormat(pub char);

impl ItemFormat {
    /// The format of an item of `dtype` in a NumPy array's buffer (`'l'` for int64).
    pub fn of_dtype(dtype: DType) -> ItemFormat {
        ItemFormat(match dtype {
            DType::Bool => '?',
            DType::Int8 => 'b',
            DType::Int16 => 'h',
            DType::Int32 => 'i',
            DType::Int64 => 'l',
            DType::UInt8 => 'B',
            DType::UInt16 => 'H',
            DType::UInt32 => 'I',
            DType::UInt64 => 'L',
            DType::Float32 => 'f',
            DType::Float64 => 'd',
        })
    }

    /// The format a `cast` names, if viewfinder models it (`'c'` is one byte as `bytes`).
    pub fn parse(text: &str) -> Option<ItemFormat> {
        let text = text.strip_prefix('@').unwrap_or(text);
        let mut chars = text.chars();
        let code = chars.next()?;
        let known = "?bhilqBHILQfdc".contains(code);
        (known && chars.next().is_none()).then_some(ItemFormat(code))
    }

    /// The dtype viewfinder reads such an item as.
    pub fn dtype(self) -> DType {
        match self.0 {
            '?' => DType::Bool,
            'b' => DType::Int8,
            'h' => DType::Int16,
            'i' => DType::Int32,
            'l' | 'q' => DType::Int64,
            'H' => DType::UInt16,
            'I' => DType::UInt32,
            'L' | 'Q' => DType::UInt64,
            'f' => DType::Float32,
            'd' => DType::Float64,
            _ => DType::UInt8,
        }
    }

    /// True for the formats CPython casts freely to and from: the one-byte ones.
    pub fn is_byte(self) -> bool {
        matches!(self.0, 'B' | 'b' | 'c')
    }
}

/// A `memoryview`: an object of its own (two are never `is` each other), looking into the
/// memory of the object it was made from.
#[derive(Debug)]
pub struct MemoryViewObject {
    /// What it was made from (`m.obj`): for a slice or a cast, the first view's object.
    pub obj: Value,
    /// How one item is read (`m.format`).
    pub format: ItemFormat,
    /// `m.readonly`: true over `bytes` and read-only arrays, and after `toreadonly()`.
    pub readonly: bool,
    /// Its items: the exporter's buffer seen through a layout, `None` once released.
    memory: RefCell<Option<ArrayData>>,
}

impl MemoryViewObject {
    /// A view of `memory`, which belongs to `obj`.
    pub fn new(obj: Value, format: ItemFormat, readonly: bool, memory: ArrayData) -> Rc<Self> {
        Rc::new(MemoryViewObject {
            obj,
            format,
            readonly,
            memory: RefCell::new(Some(memory)),
        })
    }

    /// Its items, unless it was released.
    pub fn memory(&self) -> Option<ArrayData> {
        self.memory.borrow().clone()
    }

    /// `m.release()`: lets go of the exporter's memory (which may be resized again).
    pub fn release(&self) {
        self.memory.borrow_mut().take();
    }

    /// How viewfinder's reports show it: its items as `tolist()` gives them (Python's own
    /// repr is an address, which a program printing it is refused).
    pub fn report_text(&self) -> String {
        match self.memory() {
            Some(memory) if memory.layout.size() > REPORTED_ITEMS => format!(
                "<memoryview '{}' of shape {:?}>",
                self.format.0, memory.layout.shape
            ),
            Some(memory) => format!("<memoryview {}>", self.items_text(&memory, &mut Vec::new())),
            None => "<released memoryview>".into(),
        }
    }

    fn items_text(&self, memory: &ArrayData, prefix: &mut Vec<usize>) -> String {
        if prefix.len() == memory.layout.ndim() {
            let item = memory.get(prefix);
            return match (self.format.0, item) {
                ('c', item) => crate::format::py_bytes_repr(&[item.as_i64() as u8]),
                (_, Scalar::Bool(b)) => if b { "True" } else { "False" }.into(),
                (_, Scalar::Float(x)) => crate::format::py_float_repr(x),
                (_, Scalar::Int(i)) => i.to_string(),
                (_, Scalar::UInt(u)) => u.to_string(),
            };
        }
        let mut parts = Vec::new();
        for i in 0..memory.layout.shape[prefix.len()] {
            prefix.push(i);
            parts.push(self.items_text(memory, prefix));
            prefix.pop();
        }
        format!("[{}]", parts.join(", "))
    }

    /// Undoes a `release()` (a failing statement changes nothing).
    pub fn restore(&self, memory: ArrayData) {
        *self.memory.borrow_mut() = Some(memory);
    }
}
