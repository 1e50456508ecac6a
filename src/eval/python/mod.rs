//! Python's own objects and builtins: numbers, strings, lists, tuples, ranges.

pub(crate) mod list;
pub(crate) mod ops;

pub(crate) use ops::*;
