//! The undo log that makes every step atomic.
//!
//! Before a step changes anything that outlives it (a name, a buffer's bytes, a list, a flag)
//! it records the old state here; if the step fails, `undo` puts everything back in reverse.

use std::cell::RefCell;
use std::rc::Rc;

use crate::eval::namespace::Namespace;
use crate::memory::{AlignedBytes, ArrayData, SharedBuffer};
use crate::value::{
    ArrayObject, Dict, DictObject, MemoryViewObject, Set, SetObject, SetUndo, Value,
};

/// One thing to put back.
enum Undo {
    Name(String, Option<Value>),
    Bytes(Rc<SharedBuffer>, AlignedBytes),
    List(Rc<RefCell<Vec<Value>>>, Vec<Value>),
    ListLength(Rc<RefCell<Vec<Value>>>, usize),
    Writeable(Rc<ArrayObject>, bool),
    Attribute(Value, String, Option<Value>),
    Dict(Dict, DictObject),
    DictGrowth(Dict, usize, u64),
    DictValue(Dict, usize, Value),
    Set(Set, SetObject),
    SetChange(Set, SetUndo),
    Release(Rc<MemoryViewObject>, ArrayData),
}

/// The changes of the current step, oldest first.
#[derive(Default)]
pub struct Journal {
    entries: Vec<Undo>,
}

impl Journal {
    /// Records a name's previous binding.
    pub fn name(&mut self, name: &str, previous: Option<Value>) {
        self.entries.push(Undo::Name(name.to_string(), previous));
    }

    /// Records a buffer's bytes, once per step.
    pub fn bytes(&mut self, buffer: &Rc<SharedBuffer>) {
        let seen = self
            .entries
            .iter()
            .any(|e| matches!(e, Undo::Bytes(b, _) if Rc::ptr_eq(b, buffer)));
        if !seen {
            let saved = buffer.data().clone();
            self.entries.push(Undo::Bytes(Rc::clone(buffer), saved));
        }
    }

    /// How many references to `buffer` the journal holds (one once its bytes are saved, one
    /// for each memoryview released over it).
    pub fn holds(&self, buffer: &Rc<SharedBuffer>) -> usize {
        let held = |e: &Undo| match e {
            Undo::Bytes(b, _) => Rc::ptr_eq(b, buffer),
            Undo::Release(_, memory) => Rc::ptr_eq(&memory.buffer, buffer),
            _ => false,
        };
        self.entries.iter().filter(|e| held(e)).count()
    }

    /// Records a memoryview's memory before `release()` lets go of it.
    pub fn release(&mut self, view: &Rc<MemoryViewObject>, memory: ArrayData) {
        self.entries.push(Undo::Release(Rc::clone(view), memory));
    }

    /// Records a list's items.
    pub fn list(&mut self, list: &Rc<RefCell<Vec<Value>>>) {
        let saved = list.borrow().clone();
        self.entries.push(Undo::List(Rc::clone(list), saved));
    }

    /// Records a list's length before items are only appended to it (`append`, `extend`):
    /// putting it back is cutting them off, whatever the list's size.
    pub fn list_length(&mut self, list: &Rc<RefCell<Vec<Value>>>) {
        let length = list.borrow().len();
        self.entries.push(Undo::ListLength(Rc::clone(list), length));
    }

    /// Records an array's writeable flag.
    pub fn writeable(&mut self, array: &Rc<ArrayObject>) {
        self.entries
            .push(Undo::Writeable(Rc::clone(array), array.writeable.get()));
    }

    /// Records an attribute of a program's instance or class before it is set.
    pub fn attribute(&mut self, owner: &Value, attr: &str, previous: Option<Value>) {
        self.entries
            .push(Undo::Attribute(owner.clone(), attr.to_string(), previous));
    }

    /// Records a dict's entries.
    pub fn dict(&mut self, dict: &Dict) {
        let saved = dict.borrow().clone();
        self.entries.push(Undo::Dict(Rc::clone(dict), saved));
    }

    /// Records where a dict's slots end before a new key is stored: putting it back is
    /// cutting the key off.
    pub fn dict_growth(&mut self, dict: &Dict) {
        let (slots, version) = {
            let dict = dict.borrow();
            (dict.slot_count(), dict.key_version)
        };
        self.entries
            .push(Undo::DictGrowth(Rc::clone(dict), slots, version));
    }

    /// Records the value at a dict's `slot` before it is replaced.
    pub fn dict_value(&mut self, dict: &Dict, slot: usize, old: Value) {
        self.entries
            .push(Undo::DictValue(Rc::clone(dict), slot, old));
    }

    /// Records a set's whole table, once per step (a later record would only be undone
    /// before this one puts the table back as the step found it).
    pub fn set(&mut self, set: &Set) {
        let seen = self
            .entries
            .iter()
            .any(|e| matches!(e, Undo::Set(s, _) if Rc::ptr_eq(s, set)));
        if !seen {
            let saved = set.borrow().clone();
            self.entries.push(Undo::Set(Rc::clone(set), saved));
        }
    }

    /// Records how to take back one element added to or removed from a set.
    pub fn set_change(&mut self, set: &Set, undo: SetUndo) {
        self.entries.push(Undo::SetChange(Rc::clone(set), undo));
    }

    /// True when the step has changed nothing that needs putting back.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Puts everything back, newest first.
    pub fn undo(self, names: &mut Namespace) {
        for entry in self.entries.into_iter().rev() {
            match entry {
                Undo::Name(name, Some(value)) => {
                    names.insert(&name, value);
                }
                Undo::Name(name, None) => {
                    names.remove(&name);
                }
                Undo::Bytes(buffer, bytes) => *buffer.data_mut() = bytes,
                Undo::List(list, items) => *list.borrow_mut() = items,
                Undo::ListLength(list, length) => list.borrow_mut().truncate(length),
                Undo::Writeable(array, flag) => array.writeable.set(flag),
                Undo::Dict(dict, saved) => *dict.borrow_mut() = saved,
                Undo::DictGrowth(dict, slots, version) => {
                    dict.borrow_mut().truncate(slots, version)
                }
                Undo::DictValue(dict, slot, old) => dict.borrow_mut().restore_value(slot, old),
                Undo::Set(set, saved) => *set.borrow_mut() = saved,
                Undo::SetChange(set, undo) => set.borrow_mut().undo(undo),
                Undo::Release(view, memory) => view.restore(memory),
                Undo::Attribute(owner, attr, previous) => {
                    let attrs = match &owner {
                        Value::Instance(instance) => &instance.attrs,
                        Value::UserClass(class) => &class.attrs,
                        _ => continue,
                    };
                    let mut attrs = attrs.borrow_mut();
                    match previous {
                        Some(value) => attrs.insert(attr, value),
                        None => attrs.remove(&attr),
                    };
                }
            }
        }
    }
}
