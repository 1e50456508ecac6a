//! NumPy arrays of `dtype=object`: cells that hold references to Python objects.
//!
//! NumPy stores an object array as a buffer of `PyObject *` pointers, eight bytes each, and
//! views of it (slices, transposes, reshapes) look into that same buffer of pointers. viewfinder
//! models it the same way: an [`ObjectBuffer`] is the pointer buffer (its cells are values,
//! which are references already), and an [`ObjectArrayObject`] sees it through a byte
//! [`Layout`] with an itemsize of 8, so the layout machinery and the overlap reports work on
//! object arrays unchanged. The objects themselves are not in the buffer: two arrays whose
//! cells point at the same objects share those objects, not memory.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::{Rule, Value};
use crate::memory::BufferId;
use crate::memory::layout::Layout;
use crate::memory::layout::advance_c_order;

/// The size of one cell: a pointer.
pub const OBJECT_ITEMSIZE: usize = 8;

/// The buffer of pointers an object array and its views look into.
#[derive(Debug)]
pub struct ObjectBuffer {
    /// The id the buffer is shown with (`b4`).
    pub id: BufferId,
    /// The cells in memory order (cell `k` is at byte `8 * k`). Shared with the undo log,
    /// which saves and restores them as it does a list's items.
    pub cells: Rc<RefCell<Vec<Value>>>,
}

impl ObjectBuffer {
    /// A buffer holding `cells`.
    pub fn new(id: BufferId, cells: Vec<Value>) -> Rc<ObjectBuffer> {
        Rc::new(ObjectBuffer {
            id,
            cells: Rc::new(RefCell::new(cells)),
        })
    }

    /// The buffer's size in bytes.
    pub fn len_bytes(&self) -> usize {
        self.cells.borrow().len() * OBJECT_ITEMSIZE
    }
}

/// A NumPy array of `dtype=object`.
#[derive(Debug)]
pub struct ObjectArrayObject {
    /// The pointer buffer.
    pub buffer: Rc<ObjectBuffer>,
    /// Where in it, in bytes.
    pub layout: Layout,
    /// `a.flags.writeable`.
    pub writeable: Cell<bool>,
    /// `a.base`: `None` when the array owns its buffer.
    pub base: Option<Value>,
    /// The rule that made the array.
    pub rule: Rule,
}

impl ObjectArrayObject {
    /// The array's shape.
    pub fn shape(&self) -> &[usize] {
        &self.layout.shape
    }

    /// Number of elements.
    pub fn size(&self) -> usize {
        self.layout.size()
    }

    /// A view of `array`'s pointer buffer through `layout`, made by `rule`; its base is the
    /// buffer's owner, as NumPy collapses a view of a view.
    pub fn view(array: &Rc<ObjectArrayObject>, layout: Layout, rule: Rule) -> ObjectArrayObject {
        let base = match &array.base {
            Some(owner) => owner.clone(),
            None => Value::ObjectArray(Rc::clone(array)),
        };
        ObjectArrayObject {
            buffer: Rc::clone(&array.buffer),
            layout,
            writeable: Cell::new(array.writeable.get()),
            base: Some(base),
            rule,
        }
    }

    /// The cell (position in the buffer) of the element at `index`.
    pub fn cell_of(&self, index: &[usize]) -> usize {
        self.layout.byte_offset_of(index) as usize / OBJECT_ITEMSIZE
    }

    /// The object at `index` (one entry per axis, each within the shape).
    pub fn get(&self, index: &[usize]) -> Value {
        self.buffer.cells.borrow()[self.cell_of(index)].clone()
    }

    /// Points the cell at `index` at `value`.
    pub fn set(&self, index: &[usize], value: Value) {
        let cell = self.cell_of(index);
        self.buffer.cells.borrow_mut()[cell] = value;
    }

    /// Every element's index and object, in C order.
    pub fn elements(&self) -> Vec<(Vec<usize>, Value)> {
        let mut out = Vec::with_capacity(self.size());
        if self.size() == 0 {
            return out;
        }
        let cells = self.buffer.cells.borrow();
        let mut index = vec![0; self.layout.ndim()];
        loop {
            out.push((index.clone(), cells[self.cell_of(&index)].clone()));
            if !advance_c_order(&mut index, &self.layout.shape) {
                return out;
            }
        }
    }

    /// The objects in C order.
    pub fn values(&self) -> Vec<Value> {
        self.elements()
            .into_iter()
            .map(|(_, value)| value)
            .collect()
    }
}

/// How an index is written after a name: `[2]`, `[0, 1]`.
pub fn index_text(index: &[usize]) -> String {
    let parts: Vec<String> = index.iter().map(usize::to_string).collect();
    format!("[{}]", parts.join(", "))
}
