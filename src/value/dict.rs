//! Python's `dict`: a table of keys and values in insertion order, shared by every name bound
//! to it, and the view objects `d.keys()`, `d.values()` and `d.items()` look through.
//!
//! Keys are found by a [`HashKey`]: the value of a hashable key, normalised as Python's
//! hashing and `==` equate them (`1`, `1.0`, `True` and `np.int64(1)` are one key). Entries
//! sit in slots in the order they were inserted; deleting one leaves its slot empty until the
//! table is compacted, so an iterator can walk the slots by position as CPython's does.

use std::rc::Rc;

use rustc_hash::FxHashMap;

use super::{BufferKind, Value};
use crate::memory::{DType, Scalar};

/// The normalised value of a hashable key: two keys are the same dict key exactly when their
/// `HashKey`s are equal.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum HashKey {
    /// `None`.
    None,
    /// A whole number (a bool, an int, a float or NumPy scalar with an integral value).
    Int(i128),
    /// A float that is not a whole number, by its bits (never NaN, never `-0.0`).
    Float(u64),
    /// A `str`.
    Str(Rc<str>),
    /// A `bytes` object's bytes.
    Bytes(Rc<[u8]>),
    /// A tuple of hashable items.
    Tuple(Rc<[HashKey]>),
    /// A frozenset: its elements' keys, sorted (so equal frozensets are one key).
    FrozenSet(Rc<[HashKey]>),
}

/// Why a value cannot be a dict key here.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NotHashable {
    /// Python's `TypeError: unhashable type: 'list'`, with the type's name.
    Unhashable(&'static str),
    /// A key Python accepts but viewfinder does not model (its hash is its identity, or the
    /// program's `__hash__`), described for the refusal.
    Unmodelled(String),
}

impl HashKey {
    /// The key `value` is, as Python hashes and compares it.
    pub fn of(value: &Value) -> Result<HashKey, NotHashable> {
        Ok(match value {
            Value::None => HashKey::None,
            Value::Bool(b) => HashKey::Int(*b as i128),
            Value::Int(i) => HashKey::Int(*i as i128),
            Value::Float(x) => float_key(*x)?,
            Value::Scalar(dtype, scalar) => scalar_key(*dtype, *scalar)?,
            Value::Str(s) => HashKey::Str(Rc::clone(s)),
            Value::Buffer(object) if object.kind == BufferKind::Bytes => {
                HashKey::Bytes(object.buffer.data().as_bytes().into())
            }
            Value::Tuple(items) => HashKey::Tuple(
                items
                    .iter()
                    .map(HashKey::of)
                    .collect::<Result<Vec<_>, _>>()?
                    .into(),
            ),
            Value::FrozenSet(set) => super::set::frozenset_key(&set.borrow()),
            Value::List(_)
            | Value::Array(_)
            | Value::ObjectArray(_)
            | Value::Dict(_)
            | Value::Set(_)
            | Value::Buffer(_) => {
                return Err(NotHashable::Unhashable(value.type_name()));
            }
            Value::DictView(view) if view.kind != DictViewKind::Values => {
                return Err(NotHashable::Unhashable(value.type_name()));
            }
            other => {
                let what = format!("dict keys or set elements of type '{}'", other.type_name());
                return Err(NotHashable::Unmodelled(what));
            }
        })
    }
}

/// A float's key: a whole number is the int it equals (`1.0 == 1`).
fn float_key(x: f64) -> Result<HashKey, NotHashable> {
    if x.is_nan() {
        let what = "NaN as a dict key or set element (Python finds those by identity)".to_string();
        return Err(NotHashable::Unmodelled(what));
    }
    if x.fract() == 0.0 && x.abs() < 1e38 {
        return Ok(HashKey::Int(x as i128));
    }
    Ok(HashKey::Float(x.to_bits()))
}

/// A NumPy scalar's key: the Python number it equals.
fn scalar_key(dtype: DType, scalar: Scalar) -> Result<HashKey, NotHashable> {
    match scalar {
        Scalar::Bool(b) => Ok(HashKey::Int(b as i128)),
        Scalar::Int(i) => Ok(HashKey::Int(i as i128)),
        Scalar::UInt(u) => Ok(HashKey::Int(u as i128)),
        Scalar::Float(x) if dtype == DType::Float32 => float_key(x as f32 as f64),
        Scalar::Float(x) => float_key(x),
    }
}

/// One key and its value.
#[derive(Clone, Debug)]
pub struct Entry {
    /// The key's normalised value.
    pub hash: HashKey,
    /// The key object first inserted (`d[1] = 'a'; d[1.0] = 'b'` keeps `1`).
    pub key: Value,
    /// The value.
    pub value: Value,
}

/// A dict's entries, in insertion order.
#[derive(Clone, Debug, Default)]
pub struct DictObject {
    slots: Vec<Option<Entry>>,
    index: FxHashMap<HashKey, usize>,
    /// Changes whenever a key is added or removed (not when a value is replaced): an iterator
    /// that sees it change while the size is the same knows the keys changed under it.
    pub key_version: u64,
}

impl DictObject {
    /// A dict of `entries`, later keys replacing the values of equal earlier ones.
    pub fn from_entries(entries: impl IntoIterator<Item = Entry>) -> DictObject {
        let mut dict = DictObject::default();
        for entry in entries {
            dict.insert(entry.hash, entry.key, entry.value);
        }
        dict
    }

    /// How many keys it holds.
    pub fn len(&self) -> usize {
        self.index.len()
    }

    /// True when it holds no keys.
    pub fn is_empty(&self) -> bool {
        self.index.is_empty()
    }

    /// The value of `hash`.
    pub fn get(&self, hash: &HashKey) -> Option<&Value> {
        let slot = *self.index.get(hash)?;
        self.slots[slot].as_ref().map(|entry| &entry.value)
    }

    /// Sets the value of `hash`, keeping the key object already there; returns the value
    /// replaced.
    pub fn insert(&mut self, hash: HashKey, key: Value, value: Value) -> Option<Value> {
        if let Some(&slot) = self.index.get(&hash)
            && let Some(entry) = self.slots[slot].as_mut()
        {
            return Some(std::mem::replace(&mut entry.value, value));
        }
        self.index.insert(hash.clone(), self.slots.len());
        self.slots.push(Some(Entry { hash, key, value }));
        self.key_version += 1;
        None
    }

    /// Removes `hash` and returns its entry.
    pub fn remove(&mut self, hash: &HashKey) -> Option<Entry> {
        let slot = self.index.remove(hash)?;
        self.key_version += 1;
        let entry = self.slots[slot].take();
        if self.slots.len() > 8 && self.slots.len() > 2 * self.index.len() {
            self.compact();
        }
        entry
    }

    /// Removes and returns the last entry inserted.
    pub fn pop_last(&mut self) -> Option<Entry> {
        let hash = self.entries().last()?.hash.clone();
        self.remove(&hash)
    }

    /// Removes every entry.
    pub fn clear(&mut self) {
        if !self.slots.is_empty() {
            self.key_version += 1;
        }
        self.slots.clear();
        self.index.clear();
    }

    /// The entries in insertion order.
    pub fn entries(&self) -> impl DoubleEndedIterator<Item = &Entry> {
        self.slots.iter().flatten()
    }

    /// The entry at slot `at` or the first one after it, with the slot after that: how an
    /// iterator walks the dict.
    pub fn entry_from(&self, at: usize) -> Option<(&Entry, usize)> {
        let found = self.slots.get(at..)?.iter().position(Option::is_some)?;
        let slot = at + found;
        self.slots[slot].as_ref().map(|entry| (entry, slot + 1))
    }

    /// How many slots there are (entries and the holes deleted ones left).
    pub fn slot_count(&self) -> usize {
        self.slots.len()
    }

    /// Cuts the slots back to `count`, forgetting the entries inserted after (to undo them).
    pub fn truncate(&mut self, count: usize, key_version: u64) {
        for entry in self.slots.drain(count.min(self.slots.len())..).flatten() {
            self.index.remove(&entry.hash);
        }
        self.key_version = key_version;
    }

    /// Puts back the value of the entry at `slot` (to undo a replacement).
    pub fn restore_value(&mut self, slot: usize, value: Value) {
        if let Some(Some(entry)) = self.slots.get_mut(slot) {
            entry.value = value;
        }
    }

    /// The slot holding `hash`.
    pub fn slot_of(&self, hash: &HashKey) -> Option<usize> {
        self.index.get(hash).copied()
    }

    /// Drops the holes deleted entries left.
    fn compact(&mut self) {
        self.slots.retain(Option::is_some);
        self.index.clear();
        for (slot, entry) in self.slots.iter().flatten().enumerate() {
            self.index.insert(entry.hash.clone(), slot);
        }
    }
}

/// Which view of a dict.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DictViewKind {
    /// `d.keys()`.
    Keys,
    /// `d.values()`.
    Values,
    /// `d.items()`: `(key, value)` pairs.
    Items,
}

impl DictViewKind {
    /// Python's name of the view's type.
    pub fn type_name(self) -> &'static str {
        match self {
            DictViewKind::Keys => "dict_keys",
            DictViewKind::Values => "dict_values",
            DictViewKind::Items => "dict_items",
        }
    }

    /// Python's name of the type of the iterator over it.
    pub fn iterator_name(self) -> &'static str {
        match self {
            DictViewKind::Keys => "dict_keyiterator",
            DictViewKind::Values => "dict_valueiterator",
            DictViewKind::Items => "dict_itemiterator",
        }
    }

    /// What the view shows of `entry`.
    pub fn item(self, entry: &Entry) -> Value {
        match self {
            DictViewKind::Keys => entry.key.clone(),
            DictViewKind::Values => entry.value.clone(),
            DictViewKind::Items => {
                Value::Tuple(vec![entry.key.clone(), entry.value.clone()].into())
            }
        }
    }
}

/// A view of a dict: an object of its own that always shows the dict as it is now.
#[derive(Debug)]
pub struct DictViewObject {
    /// The dict.
    pub dict: Dict,
    /// What it shows.
    pub kind: DictViewKind,
}

/// A dict, shared.
pub type Dict = Rc<std::cell::RefCell<DictObject>>;

/// `{'a': 1, 'b': array([1, 2])}`: `repr` of each key and value.
pub fn dict_repr(dict: &DictObject) -> String {
    let items: Vec<String> = dict
        .entries()
        .map(|entry| format!("{}: {}", entry.key.to_repr(), entry.value.to_repr()))
        .collect();
    format!("{{{}}}", items.join(", "))
}

/// `dict_keys(['a', 'b'])`.
pub fn view_repr(view: &DictViewObject) -> String {
    let dict = view.dict.borrow();
    let items: Vec<String> = dict
        .entries()
        .map(|entry| view.kind.item(entry).to_repr())
        .collect();
    format!("{}([{}])", view.kind.type_name(), items.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(value: Value) -> HashKey {
        HashKey::of(&value).expect("hashable")
    }

    #[test]
    fn equal_numbers_are_one_key() {
        let one = key(Value::Int(1));
        assert_eq!(key(Value::Bool(true)), one);
        assert_eq!(key(Value::Float(1.0)), one);
        assert_eq!(key(Value::Scalar(DType::Int64, Scalar::Int(1))), one);
        assert_eq!(key(Value::Float(-0.0)), key(Value::Int(0)));
        assert_ne!(key(Value::Float(0.5)), key(Value::Int(0)));
        let float32 = Value::Scalar(DType::Float32, Scalar::Float(0.1));
        assert_ne!(key(float32), key(Value::Float(0.1)));
    }

    #[test]
    fn lists_are_unhashable_and_nan_is_refused() {
        let list = Value::List(Default::default());
        assert_eq!(
            HashKey::of(&Value::Tuple(vec![Value::Int(1), list].into())),
            Err(NotHashable::Unhashable("list"))
        );
        assert!(matches!(
            HashKey::of(&Value::Float(f64::NAN)),
            Err(NotHashable::Unmodelled(_))
        ));
    }

    #[test]
    fn the_first_key_stays_and_order_is_insertion_order() {
        let mut dict = DictObject::default();
        dict.insert(key(Value::Int(1)), Value::Int(1), Value::Int(10));
        dict.insert(key(Value::Int(2)), Value::Int(2), Value::Int(20));
        dict.insert(key(Value::Bool(true)), Value::Bool(true), Value::Int(30));
        assert_eq!(dict_repr(&dict), "{1: 30, 2: 20}");
        dict.remove(&key(Value::Int(1)));
        dict.insert(key(Value::Int(1)), Value::Int(1), Value::Int(40));
        assert_eq!(dict_repr(&dict), "{2: 20, 1: 40}");
        let before = (dict.slot_count(), dict.key_version);
        dict.insert(key(Value::Int(3)), Value::Int(3), Value::Int(50));
        dict.truncate(before.0, before.1);
        assert_eq!(dict_repr(&dict), "{2: 20, 1: 40}");
    }

    #[test]
    fn many_deletions_compact_the_slots() {
        let mut dict = DictObject::default();
        for i in 0..20 {
            dict.insert(key(Value::Int(i)), Value::Int(i), Value::None);
        }
        for i in 0..15 {
            dict.remove(&key(Value::Int(i)));
        }
        assert!(dict.slot_count() < 20);
        assert_eq!(dict.entries().count(), 5);
        assert_eq!(
            dict.get(&key(Value::Int(17))).map(Value::to_repr),
            Some("None".into())
        );
    }
}
