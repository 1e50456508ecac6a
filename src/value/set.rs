//! Python's `set` and `frozenset`: CPython 3.11's own hash table (`Objects/setobject.c`), so
//! that iterating, printing and `pop()` visit the elements in the very order CPython's do.
//!
//! The table is a power-of-two array of slots, each unused, a dummy (an element was removed
//! there) or active. An element goes to the slot its hash picks, then the nine after it, then
//! a perturbed jump; a table more than 3/5 full grows fourfold; removing leaves a dummy that
//! a later addition may reuse. The set algebra (`|`, `&`, `-`, `^`) follows CPython's choice
//! of which operand to copy, which to walk and when to pre-size the result.
//!
//! `str`, `bytes` and `None` have no fixed hash in CPython (a per-process salt, an address):
//! a set that ever held one gets a stand-in hash for it, answers membership and size as
//! Python does, but knows that its order is not CPython's ([`SetObject::order_known`]).

use std::hash::{Hash, Hasher};

use super::hash::python_hash;
use super::{HashKey, Value};

/// `PySet_MINSIZE`: the size of a new table.
const MIN_SIZE: usize = 8;

/// `LINEAR_PROBES`: slots looked at next to the first before jumping.
const LINEAR_PROBES: usize = 9;

/// `PERTURB_SHIFT`: how fast the higher bits of the hash enter the jumps.
const PERTURB_SHIFT: u32 = 5;

/// One element: its hash, its normalised value (how `==` finds it) and the object itself.
#[derive(Clone, Debug)]
pub struct SetEntry {
    /// CPython's hash of the element (a stand-in when CPython's is salted).
    pub hash: i64,
    /// The element's normalised value.
    pub key: HashKey,
    /// The element first added (`{1, 1.0}` keeps `1`).
    pub value: Value,
    /// True when `hash` is a stand-in.
    salted: bool,
}

impl SetEntry {
    /// The entry for `value`, whose normalised value is `key`.
    pub fn new(key: HashKey, value: Value) -> SetEntry {
        let (hash, salted) = match python_hash(&key) {
            Some(hash) => (hash, false),
            None => (stand_in_hash(&key), true),
        };
        SetEntry {
            hash,
            key,
            value,
            salted,
        }
    }
}

/// A fixed hash for a value whose CPython hash changes from run to run.
fn stand_in_hash(key: &HashKey) -> i64 {
    let mut hasher = rustc_hash::FxHasher::default();
    key.hash(&mut hasher);
    match hasher.finish() as i64 {
        -1 => -2,
        hash => hash,
    }
}

/// One slot of the table.
#[derive(Clone, Debug, Default)]
enum Slot {
    /// Never used since the table was made.
    #[default]
    Unused,
    /// An element was removed here.
    Dummy,
    /// An element.
    Active(SetEntry),
}

/// A set's or frozenset's table.
#[derive(Clone, Debug)]
pub struct SetObject {
    slots: Vec<Slot>,
    /// Active and dummy slots.
    fill: usize,
    /// Active slots.
    used: usize,
    /// Where `pop()` looks first.
    finger: usize,
    order_known: bool,
    /// Changes with every change of the table, so an iterator knows it changed under it.
    pub version: u64,
}

impl Default for SetObject {
    fn default() -> SetObject {
        SetObject {
            slots: vec![Slot::Unused; MIN_SIZE],
            fill: 0,
            used: 0,
            finger: 0,
            order_known: true,
            version: 0,
        }
    }
}

/// What puts a set back as it was before one element was added or removed.
#[derive(Debug)]
pub struct SetUndo {
    slots: Option<Vec<Slot>>,
    index: usize,
    previous: Slot,
    counts: (usize, usize, usize, bool, u64),
}

impl SetObject {
    /// How many elements it holds.
    pub fn len(&self) -> usize {
        self.used
    }

    /// True when it holds none.
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// How many bytes its table takes.
    pub fn table_bytes(&self) -> usize {
        self.slots.len() * std::mem::size_of::<Slot>()
    }

    /// True when its slots are where CPython's are: it never held an element whose CPython
    /// hash is salted, and was not made by walking a set that did.
    pub fn order_known(&self) -> bool {
        self.order_known
    }

    /// Marks the order as not CPython's (a set made by walking one whose order is not).
    pub fn forget_order(&mut self, known: bool) {
        self.order_known &= known;
    }

    fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    /// The slot of the element equal to `entry`, if it holds one (`set_lookkey`).
    fn find(&self, hash: i64, key: &HashKey) -> Option<usize> {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = hash as u64 as usize & mask;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + probes {
                match &self.slots[j] {
                    Slot::Unused => return None,
                    Slot::Active(e) if e.hash == hash && e.key == *key => return Some(j),
                    _ => {}
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i * 5 + 1 + perturb as usize) & mask;
        }
    }

    /// The element equal to `entry`, if it holds one.
    pub fn get(&self, entry: &SetEntry) -> Option<&SetEntry> {
        match &self.slots[self.find(entry.hash, &entry.key)?] {
            Slot::Active(found) => Some(found),
            _ => None,
        }
    }

    /// True when it holds an element equal to `entry`.
    pub fn contains(&self, entry: &SetEntry) -> bool {
        self.find(entry.hash, &entry.key).is_some()
    }

    fn counts(&self) -> (usize, usize, usize, bool, u64) {
        (
            self.fill,
            self.used,
            self.finger,
            self.order_known,
            self.version,
        )
    }

    /// `set_add_entry`: adds `entry` unless an equal element is there, in the last dummy
    /// slot of its probe sequence before the first unused one, else the unused one (growing
    /// the table when it gets 3/5 full). Returns what undoes it.
    pub fn add(&mut self, entry: SetEntry) -> Option<SetUndo> {
        let mask = self.mask();
        let mut perturb = entry.hash as u64;
        let mut i = entry.hash as u64 as usize & mask;
        let mut free = None;
        let unused = 'search: loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + probes {
                match &self.slots[j] {
                    Slot::Unused => break 'search j,
                    Slot::Active(e) if e.hash == entry.hash && e.key == entry.key => return None,
                    Slot::Dummy => free = Some(j),
                    Slot::Active(_) => {}
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i * 5 + 1 + perturb as usize) & mask;
        };
        let counts = self.counts();
        self.order_known &= !entry.salted;
        self.version += 1;
        self.used += 1;
        let index = free.unwrap_or(unused);
        let previous = std::mem::replace(&mut self.slots[index], Slot::Active(entry));
        let mut slots = None;
        if free.is_none() {
            self.fill += 1;
            if self.fill * 5 >= mask * 3 {
                slots = self.resize(self.growth());
            }
        }
        Some(SetUndo {
            slots,
            index,
            previous,
            counts,
        })
    }

    /// The size CPython grows a table to after an addition fills it.
    fn growth(&self) -> usize {
        match self.used > 50_000 {
            true => self.used * 2,
            false => self.used * 4,
        }
    }

    /// `set_table_resize`: a new table of the smallest power of two above `min_used` (at least
    /// 8), the elements put in it in the order of the old one; returns the old table (`None`
    /// when a small table without dummies stays as it is).
    fn resize(&mut self, min_used: usize) -> Option<Vec<Slot>> {
        let mut size = MIN_SIZE;
        while size <= min_used {
            size <<= 1;
        }
        if size == MIN_SIZE && self.slots.len() == MIN_SIZE && self.fill == self.used {
            return None;
        }
        let old = std::mem::replace(&mut self.slots, vec![Slot::Unused; size]);
        for slot in &old {
            if let Slot::Active(entry) = slot {
                insert_clean(&mut self.slots, entry.clone());
            }
        }
        self.fill = self.used;
        self.version += 1;
        Some(old)
    }

    /// Puts the set back as it was before the change `undo` came from.
    pub fn undo(&mut self, undo: SetUndo) {
        if let Some(slots) = undo.slots {
            self.slots = slots;
        }
        if let Some(slot) = self.slots.get_mut(undo.index) {
            *slot = undo.previous;
        }
        (
            self.fill,
            self.used,
            self.finger,
            self.order_known,
            self.version,
        ) = undo.counts;
    }

    /// `set_discard_entry`: removes the element equal to `entry` (its slot becomes a dummy).
    pub fn discard(&mut self, entry: &SetEntry) -> Option<(SetEntry, SetUndo)> {
        let index = self.find(entry.hash, &entry.key)?;
        let counts = self.counts();
        let previous = std::mem::replace(&mut self.slots[index], Slot::Dummy);
        self.used -= 1;
        self.version += 1;
        let Slot::Active(removed) = previous.clone() else {
            return None;
        };
        let undo = SetUndo {
            slots: None,
            index,
            previous,
            counts,
        };
        Some((removed, undo))
    }

    /// `set.pop()`: the first element at or after the finger (wrapping around), removed; the
    /// finger moves past it.
    pub fn pop(&mut self) -> Option<(SetEntry, SetUndo)> {
        if self.used == 0 {
            return None;
        }
        let mask = self.mask();
        let mut i = self.finger & mask;
        while !matches!(self.slots[i], Slot::Active(_)) {
            i = if i == mask { 0 } else { i + 1 };
        }
        let counts = self.counts();
        let previous = std::mem::replace(&mut self.slots[i], Slot::Dummy);
        self.used -= 1;
        self.version += 1;
        self.finger = i + 1;
        let Slot::Active(removed) = previous.clone() else {
            return None;
        };
        let undo = SetUndo {
            slots: None,
            index: i,
            previous,
            counts,
        };
        Some((removed, undo))
    }

    /// `set.clear()`: back to an empty small table (the finger stays where it was).
    pub fn clear(&mut self) {
        let finger = self.finger;
        let version = self.version + 1;
        *self = SetObject {
            finger,
            version,
            ..SetObject::default()
        };
    }

    /// `set_merge`: adds every element of `other` (another set), sizing the table for them
    /// first; an empty table takes them by CPython's two fast paths.
    pub fn merge(&mut self, other: &SetObject) {
        if other.used == 0 {
            return;
        }
        self.order_known &= other.order_known;
        self.reserve(other.used);
        if self.fill == 0 && self.mask() == other.mask() && other.fill == other.used {
            self.slots = other.slots.clone();
            (self.fill, self.used) = (other.fill, other.used);
            self.version += 1;
            return;
        }
        if self.fill == 0 {
            (self.fill, self.used) = (other.used, other.used);
            for entry in other.entries() {
                insert_clean(&mut self.slots, entry.clone());
            }
            self.version += 1;
            return;
        }
        for entry in other.entries() {
            self.add(entry.clone());
        }
    }

    /// Takes `other`'s table, keeping its own finger (`set_swap_bodies`, which
    /// `intersection_update` uses).
    pub fn take_table_of(&mut self, other: SetObject) {
        let (finger, version) = (self.finger, self.version + 1);
        *self = SetObject {
            finger,
            version,
            ..other
        };
    }

    /// Grows the table at once for `incoming` elements, as CPython does before merging a
    /// set or a dict into it.
    pub fn reserve(&mut self, incoming: usize) {
        if (self.fill + incoming) * 5 >= self.mask() * 3 {
            self.resize((self.used + incoming) * 2);
        }
    }

    /// After removing many elements (`difference_update`): a table more than a quarter
    /// dummies is rebuilt.
    pub fn purge_dummies(&mut self) {
        if self.fill - self.used > self.mask() / 4 {
            self.resize(self.growth());
        }
    }

    /// The elements in table order: the order CPython iterates and prints them in.
    pub fn entries(&self) -> impl Iterator<Item = &SetEntry> {
        self.slots.iter().filter_map(|slot| match slot {
            Slot::Active(entry) => Some(entry),
            _ => None,
        })
    }

    /// The element at slot `at` or the first one after it, with the slot after that: how an
    /// iterator walks the table.
    pub fn entry_from(&self, at: usize) -> Option<(&SetEntry, usize)> {
        let slots = self.slots.get(at..)?;
        slots
            .iter()
            .enumerate()
            .find_map(|(offset, slot)| match slot {
                Slot::Active(entry) => Some((entry, at + offset + 1)),
                _ => None,
            })
    }
}

/// `set_insert_clean`: puts an element known to be absent into a table without dummies.
fn insert_clean(slots: &mut [Slot], entry: SetEntry) {
    let mask = slots.len() - 1;
    let mut perturb = entry.hash as u64;
    let mut i = entry.hash as u64 as usize & mask;
    loop {
        let probes = if i + LINEAR_PROBES <= mask {
            LINEAR_PROBES
        } else {
            0
        };
        if let Some(j) = (i..=i + probes).find(|&j| matches!(slots[j], Slot::Unused)) {
            slots[j] = Slot::Active(entry);
            return;
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb as usize) & mask;
    }
}

/// A copy of `source` (`set_copy`: a new table merged from it).
pub fn set_copy(source: &SetObject) -> SetObject {
    let mut copy = SetObject::default();
    copy.merge(source);
    copy
}

/// `a | b` and `a.union(b)`: a copy of `a`, then `b` merged in.
pub fn union(a: &SetObject, b: &SetObject) -> SetObject {
    let mut result = set_copy(a);
    result.merge(b);
    result
}

/// `a & b`: the smaller set walked, each of its elements found in the larger one added (the
/// element kept is the walked set's).
pub fn intersection(a: &SetObject, b: &SetObject) -> SetObject {
    let (walked, searched) = if b.len() > a.len() { (a, b) } else { (b, a) };
    let mut result = SetObject::default();
    result.forget_order(walked.order_known);
    for entry in walked.entries() {
        if searched.contains(entry) {
            result.add(entry.clone());
        }
    }
    result
}

/// `a - b`: for a much larger `a`, a copy of it with `b`'s elements removed; else `a` walked,
/// each element not in `b` added.
pub fn difference(a: &SetObject, b: &SetObject) -> SetObject {
    if (a.len() >> 2) > b.len() {
        let mut result = set_copy(a);
        difference_update(&mut result, b);
        return result;
    }
    let mut result = SetObject::default();
    result.forget_order(a.order_known);
    for entry in a.entries().filter(|entry| !b.contains(entry)) {
        result.add(entry.clone());
    }
    result
}

/// `a -= b` for another set `b`: each of `b`'s elements removed, then the dummies purged
/// when they are many.
pub fn difference_update(a: &mut SetObject, b: &SetObject) {
    for entry in b.entries() {
        a.discard(entry);
    }
    a.purge_dummies();
}

/// `a ^= b` for another set `b`: each of `b`'s elements removed when `a` holds it, else
/// added.
pub fn symmetric_difference_update(a: &mut SetObject, b: &SetObject) {
    a.forget_order(b.order_known);
    for entry in b.entries() {
        if a.discard(entry).is_none() {
            a.add(entry.clone());
        }
    }
}

/// `a ^ b`: a copy of `b`, updated by `a`.
pub fn symmetric_difference(a: &SetObject, b: &SetObject) -> SetObject {
    let mut result = set_copy(b);
    symmetric_difference_update(&mut result, a);
    result
}

/// `a <= b`: no larger, and every element of `a` in `b`.
pub fn is_subset(a: &SetObject, b: &SetObject) -> bool {
    a.len() <= b.len() && a.entries().all(|entry| b.contains(entry))
}

/// `a.isdisjoint(b)`.
pub fn is_disjoint(a: &SetObject, b: &SetObject) -> bool {
    let (walked, searched) = if b.len() > a.len() { (a, b) } else { (b, a) };
    !walked.entries().any(|entry| searched.contains(entry))
}

/// The normalised value of a frozenset holding these elements: their keys in a fixed order,
/// so equal frozensets are equal keys.
pub fn frozenset_key(set: &SetObject) -> HashKey {
    let mut keys: Vec<HashKey> = set.entries().map(|entry| entry.key.clone()).collect();
    keys.sort_unstable();
    HashKey::FrozenSet(keys.into())
}

/// `{1, 2}`, `set()`, `frozenset({1, 2})`: `repr` of each element in table order. A set
/// whose order is not CPython's shows how many elements it has instead (for the report; a
/// program's output refuses it before it gets here).
pub fn set_repr(set: &SetObject, frozen: bool) -> String {
    let kind = if frozen { "frozenset" } else { "set" };
    if !set.order_known() && set.len() > 1 {
        return format!(
            "<{kind} of {} elements, in an order CPython picks per run>",
            set.len()
        );
    }
    let items: Vec<String> = set.entries().map(|e| e.value.to_repr()).collect();
    match (frozen, items.is_empty()) {
        (false, true) => "set()".into(),
        (true, true) => "frozenset()".into(),
        (false, false) => format!("{{{}}}", items.join(", ")),
        (true, false) => format!("frozenset({{{}}})", items.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(i: i64) -> SetEntry {
        SetEntry::new(HashKey::Int(i as i128), Value::Int(i))
    }

    fn of(items: &[i64]) -> SetObject {
        let mut set = SetObject::default();
        for &i in items {
            set.add(entry(i));
        }
        set
    }

    fn order(set: &SetObject) -> Vec<i64> {
        set.entries()
            .map(|e| match e.value {
                Value::Int(i) => i,
                _ => -1,
            })
            .collect()
    }

    #[test]
    fn small_ints_sit_at_their_own_slots_and_equal_elements_are_one() {
        let set = of(&[3, 1, 2, 1]);
        assert_eq!(order(&set), vec![1, 2, 3]);
        assert_eq!(set.len(), 3);
        assert!(set.contains(&entry(2)) && !set.contains(&entry(4)));
    }

    #[test]
    fn growing_keeps_every_element_and_removal_leaves_room_for_readding() {
        let mut set = of(&(0..100).collect::<Vec<_>>());
        assert_eq!(set.len(), 100);
        assert!((0..100).all(|i| set.contains(&entry(i))));
        let (removed, _) = set.discard(&entry(7)).expect("present");
        assert!(matches!(removed.value, Value::Int(7)));
        assert!(!set.contains(&entry(7)));
        set.add(entry(7));
        assert!(set.contains(&entry(7)));
    }

    #[test]
    fn undo_puts_back_the_very_table() {
        let mut set = of(&[1, 9, 17]);
        let before = format!("{:?}", set.slots);
        let undo = set.add(entry(25)).expect("new");
        set.undo(undo);
        assert_eq!(format!("{:?}", set.slots), before);
        let mut big = of(&[1, 2, 3, 4]);
        let before = format!("{:?}", big.slots);
        let undo = big.add(entry(5)).expect("new, and the table grows");
        assert_eq!(big.slots.len(), 32);
        big.undo(undo);
        assert_eq!(format!("{:?}", big.slots), before);
    }

    #[test]
    fn pop_walks_from_the_finger() {
        let mut set = of(&[1, 2, 3]);
        let popped: Vec<i64> = std::iter::from_fn(|| set.pop())
            .map(|(e, _)| match e.value {
                Value::Int(i) => i,
                _ => -1,
            })
            .collect();
        assert_eq!(popped, vec![1, 2, 3]);
        assert!(set.pop().is_none());
    }

    #[test]
    fn the_algebra_agrees_with_membership() {
        let (a, b) = (of(&[1, 2, 3, 4]), of(&[3, 4, 5]));
        assert_eq!(order(&union(&a, &b)), vec![1, 2, 3, 4, 5]);
        assert_eq!(order(&intersection(&a, &b)), vec![3, 4]);
        assert_eq!(order(&difference(&a, &b)), vec![1, 2]);
        assert_eq!(order(&symmetric_difference(&a, &b)), vec![1, 2, 5]);
        assert!(is_subset(&of(&[3]), &a) && !is_subset(&b, &a));
        assert!(is_disjoint(&of(&[9]), &a));
    }

    #[test]
    fn a_salted_element_makes_the_order_unknown_until_cleared() {
        let mut set = of(&[1]);
        set.add(SetEntry::new(
            HashKey::Str("a".into()),
            Value::Str("a".into()),
        ));
        assert!(!set.order_known());
        set.clear();
        assert!(set.order_known() && set.is_empty());
        assert_eq!(set_repr(&set, true), "frozenset()");
    }
}
