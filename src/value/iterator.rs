//! Python's iterator objects (`enumerate`, `zip`, `reversed`, and the iterator a `for` loop
//! takes from a list, a range or an array): where each is in what it visits. The evaluator
//! takes the items (`Interpreter::next_item`); this is only the state, shared by every name
//! bound to the iterator, so an iterator is used up once as in Python.

use std::cell::RefCell;
use std::rc::Rc;

use super::{ArrayObject, Value};

/// An iterator object.
#[derive(Debug)]
pub struct IteratorObject {
    /// Python's name for its type (`enumerate`, `zip`, `list_reverseiterator`).
    pub type_name: &'static str,
    /// Where it is.
    pub state: RefCell<IterState>,
}

/// What an iterator has still to visit.
#[derive(Debug)]
pub enum IterState {
    /// A list, read at position `at` when the next item is asked for (items appended while
    /// it runs are visited).
    List {
        /// The list.
        list: Rc<RefCell<Vec<Value>>>,
        /// The next position.
        at: usize,
    },
    /// A list from its end: position `at - 1` next, while it is inside the list.
    ReversedList {
        /// The list.
        list: Rc<RefCell<Vec<Value>>>,
        /// One past the next position; 0 when done.
        at: usize,
    },
    /// The numbers of a range still to come.
    Range {
        /// The next number.
        next: i128,
        /// How many are left.
        left: u128,
        /// The step.
        step: i128,
    },
    /// `a[i]` for the positions of an array's first axis still to come, in order or from
    /// the end.
    Array {
        /// The array.
        array: Rc<ArrayObject>,
        /// The positions still to come, as a range walked from its start.
        positions: std::ops::Range<usize>,
        /// True for `reversed(a)`: the positions are taken from the end.
        reversed: bool,
    },
    /// Items taken all at once (a tuple, a string, a bytes object), next first.
    Values(std::vec::IntoIter<Value>),
    /// `enumerate`: the count, and the items counted.
    Enumerate {
        /// The number the next item gets.
        count: i64,
        /// The items.
        inner: Box<IterState>,
    },
    /// `zip`: a tuple of one item from each, until one runs out.
    Zip(Vec<IterState>),
    /// `map(func, *iterables)`: `func` called on one item of each source.
    Map {
        /// What is called.
        function: Value,
        /// The iterables' items.
        sources: Vec<IterState>,
    },
    /// `filter(function, iterable)`: the items `function` (or, for `None`, their own truth)
    /// keeps.
    Filter {
        /// What is called; `None` tests each item's truth.
        function: Option<Value>,
        /// The items.
        inner: Box<IterState>,
    },
    /// Another iterator object, shared: taking an item here takes it there.
    Shared(Rc<IteratorObject>),
    /// A dict or one of its views, walked by slot: the dict's size and key version when the
    /// walk began tell whether it changed under it.
    Dict {
        /// The dict.
        dict: super::Dict,
        /// What each step gives: a key, a value or a pair.
        kind: super::DictViewKind,
        /// The next slot.
        at: usize,
        /// The dict's size when the walk began.
        len: usize,
        /// Its key version then.
        version: u64,
    },
    /// A set or frozenset, walked by slot: its size and version when the walk began tell
    /// whether it changed under it.
    Set {
        /// The set.
        set: super::Set,
        /// The next slot.
        at: usize,
        /// Its size when the walk began.
        len: usize,
        /// Its version then.
        version: u64,
    },
    /// `np.ndenumerate(a)`: `(index, a[index])` for every index in C order, each element
    /// read when it is reached.
    NdEnumerate {
        /// The array.
        array: Rc<ArrayObject>,
        /// The next index; `None` once every element is visited.
        next: Option<Vec<usize>>,
    },
}

impl IteratorObject {
    /// A new iterator of type `type_name` at `state`, as a value.
    pub fn value(type_name: &'static str, state: IterState) -> Value {
        Value::Iterator(Rc::new(IteratorObject {
            type_name,
            state: RefCell::new(state),
        }))
    }
}
