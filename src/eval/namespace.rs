//! The session's names, indexed by the memory they share.
//!
//! After every step the report asks which names see a buffer or hold a list. Scanning every
//! name for that would make each step cost as much as the session is big (2,000 live arrays,
//! 2,000 comparisons per step), so the namespace keeps, beside the names, an index from each
//! shared object (a buffer, a list) to the names bound to it, updated on every bind and
//! unbind. A step's report then costs what the step touched.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::rc::Rc;

use crate::memory::SharedBuffer;
use crate::value::Value;

/// The identity of the memory or list a value shares with others: its allocation's address,
/// which cannot be reused while a name in the index keeps the object alive.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct SharedKey(usize);

impl SharedKey {
    /// The key of a buffer.
    pub fn of_buffer(buffer: &Rc<SharedBuffer>) -> SharedKey {
        SharedKey(Rc::as_ptr(buffer) as usize)
    }

    /// The key of an object array's buffer of pointers.
    pub fn of_object_buffer(buffer: &Rc<crate::value::ObjectBuffer>) -> SharedKey {
        SharedKey(Rc::as_ptr(buffer) as usize)
    }

    /// The key of what `value` shares: its buffer (arrays, `bytearray`, `array.array`,
    /// `bytes`, `memoryview`) or itself (a list). `None` for values that share nothing.
    pub fn of_value(value: &Value) -> Option<SharedKey> {
        match value {
            Value::Array(array) => Some(SharedKey::of_buffer(&array.data.buffer)),
            Value::ObjectArray(array) => Some(SharedKey::of_object_buffer(&array.buffer)),
            Value::Buffer(object) => Some(SharedKey::of_buffer(&object.buffer)),
            // Its exporter's key, which stays the same after `release()`.
            Value::MemoryView(view) => SharedKey::of_value(&view.obj),
            Value::List(list) => Some(SharedKey(Rc::as_ptr(list) as *const () as usize)),
            Value::Dict(dict) => Some(SharedKey(Rc::as_ptr(dict) as *const () as usize)),
            Value::Set(set) => Some(SharedKey(Rc::as_ptr(set) as *const () as usize)),
            _ => None,
        }
    }
}

/// Names and their values, sorted by name, with the sharing index kept in step.
#[derive(Default)]
pub struct Namespace {
    values: BTreeMap<String, Value>,
    sharing: HashMap<SharedKey, BTreeSet<String>>,
}

impl Namespace {
    /// Every name and its value, sorted by name.
    pub fn all(&self) -> &BTreeMap<String, Value> {
        &self.values
    }

    /// The value bound to `name`.
    pub fn get(&self, name: &str) -> Option<&Value> {
        self.values.get(name)
    }

    /// Binds `name` to `value`, returning what it was bound to.
    pub fn insert(&mut self, name: &str, value: Value) -> Option<Value> {
        if let Some(key) = SharedKey::of_value(&value) {
            let names = self.sharing.entry(key).or_default();
            if !names.contains(name) {
                names.insert(name.to_string());
            }
        }
        let previous = match self.values.get_mut(name) {
            Some(slot) => Some(std::mem::replace(slot, value)),
            None => self.values.insert(name.to_string(), value),
        };
        self.forget_sharing(name, previous.as_ref());
        previous
    }

    /// Unbinds `name`, returning its value.
    pub fn remove(&mut self, name: &str) -> Option<Value> {
        let previous = self.values.remove(name);
        self.forget_sharing(name, previous.as_ref());
        previous
    }

    /// Unbinds every name.
    pub fn clear(&mut self) {
        self.values.clear();
        self.sharing.clear();
    }

    /// The names (in name order) bound to values that share `key`, with their values.
    pub fn sharing(&self, key: SharedKey) -> impl Iterator<Item = (&String, &Value)> {
        let names = self.sharing.get(&key).into_iter().flatten();
        names.filter_map(|name| self.values.get_key_value(name))
    }

    /// Drops `name` from the index entry of its old value, unless it is bound to the same
    /// shared object again.
    fn forget_sharing(&mut self, name: &str, previous: Option<&Value>) {
        let Some(old_key) = previous.and_then(SharedKey::of_value) else {
            return;
        };
        let still_shared = self.values.get(name).and_then(SharedKey::of_value) == Some(old_key);
        if still_shared {
            return;
        }
        if let Some(names) = self.sharing.get_mut(&old_key) {
            names.remove(name);
            if names.is_empty() {
                self.sharing.remove(&old_key);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::eval::{Dialect, Interpreter};
    use crate::syntax::parse_program;

    fn session(program: &str) -> Interpreter {
        let mut session = Interpreter::new(Dialect::Shorthand);
        let source: Rc<str> = Rc::from(program);
        for stmt in parse_program(program).expect("test programs parse") {
            let _ = session.run(&stmt, &source, &mut Vec::new());
        }
        session
    }

    fn names_sharing_with(session: &Interpreter, name: &str) -> Vec<String> {
        let key = SharedKey::of_value(session.lookup(name).expect("bound")).expect("shares");
        session.names_sharing(key).map(|(n, _)| n.clone()).collect()
    }

    #[test]
    fn the_index_follows_binds_rebinds_deletes_and_failed_steps() {
        let s = session("a = [1, 2, 3]; v = a[1:]; w = a[::2]; c = a.copy(); w = c; del v");
        assert_eq!(names_sharing_with(&s, "a"), ["a"]);
        assert_eq!(names_sharing_with(&s, "c"), ["c", "w"]);
        let s = session("a = [1, 2]; v = a[:]; x = (v, a[9])\nv = 5");
        assert_eq!(names_sharing_with(&s, "a"), ["a"]);
        let s = session("import numpy as np\nl = [1]; m = l; l = [2]");
        assert_eq!(names_sharing_with(&s, "m"), ["m"]);
    }
}
