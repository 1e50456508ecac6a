//! Why an array is a view, a copy or a new array: the rule NumPy followed, as an enum.
//!
//! Every array remembers the rule that made it. The step report prints the rule's label, the
//! lesson views explain it, the quiz asks about it and `--json` names it, and all of them read
//! this enum: a new way of making arrays is a new variant, and the compiler then asks for its
//! label, its kind (view, copy or new) and its explanation before anything builds.

use std::rc::Weak;

use super::ArrayObject;
use crate::memory::DType;
use crate::memory::layout::Order;

/// Whether an array was made as a view or a copy, and by which rule.
#[derive(Clone, Debug)]
pub struct Origin {
    /// The rule that decided it.
    pub rule: Rule,
    /// The array it was made from, if any (weak: provenance never keeps memory alive).
    pub source: Option<Weak<ArrayObject>>,
    /// The memory owner behind the source, when the source was itself a view (so a copy of
    /// the temporary `arr[1:]` can still be described as coming from `arr`).
    pub source_owner: Option<Weak<ArrayObject>>,
    /// The expression that made the array, as the user wrote it (`arr[1:].copy()`).
    pub source_text: Option<String>,
}

impl Origin {
    /// View, copy or new: what the rule decided.
    pub fn kind(&self) -> OriginKind {
        self.rule.kind()
    }
}

/// See [`Origin`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OriginKind {
    /// Shares its source's buffer.
    View,
    /// Copied its source's elements into a new buffer.
    Copy,
    /// Made from scratch (`np.zeros`, a literal).
    New,
}

/// The rule by which NumPy made an array. Each variant names an input that follows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rule {
    /// `[1, 2, 3]` in the shorthand dialect.
    ListLiteral,
    /// `np.arange(5)`, `np.zeros(3)`, `np.int8([1, 2])`: the constructor's name.
    Constructor(&'static str),
    /// The 0-d array a NumPy scalar's methods run on.
    ScalarTemporary,
    /// `np.asarray([1, 2])`: a list converted where an array was needed.
    ConvertedToArray,
    /// `np.array([1, 2])`: the values of a list, in a new array.
    ArrayFromList,
    /// `np.array(lst, dtype=object)`: the list's pointers, in a new buffer of pointers.
    ObjectArrayFromList,
    /// `np.array(5)`: a new array of anything else.
    ArrayFromOther,
    /// `a[1:]`, `m[:, ::2]`.
    BasicSlice,
    /// `m[0]`, `a[..., None]`: integers, `...` and `None` without a slice.
    BasicIndex,
    /// `a.view()`.
    View,
    /// `a.view(np.int32)`: the same bytes read as another dtype.
    ViewAsDtype(DType),
    /// `a.reshape(2, 3)` when new strides can walk the same memory, in C order (or F,
    /// `order='F'`).
    ReshapeView(Order),
    /// `a.ravel()` of a C-contiguous array (`ravel('F')` of an F-contiguous one, `ravel('K')`
    /// of one contiguous in some order).
    RavelView(Order),
    /// `a.T`, `a.transpose()`, `a.swapaxes(0, 1)`.
    Transpose,
    /// `m.diagonal()`.
    Diagonal,
    /// `np.broadcast_to(a, (2, 3))`.
    BroadcastTo,
    /// `np.frombuffer(ba, dtype=np.uint8)`: the Python type whose memory it reads.
    FromBuffer(&'static str),
    /// `np.squeeze(a)`, `a.squeeze()`.
    Squeeze,
    /// `np.expand_dims(a, 0)`.
    ExpandDims,
    /// `a[[0, 2]]`, `a[a > 1]`.
    AdvancedIndex,
    /// `m.T.reshape(6)`, `m.reshape(6, order='F')`.
    ReshapeCopy(Order),
    /// `m.T.ravel()`, `m.ravel('F')`.
    RavelCopy(Order),
    /// `a.copy()`.
    CopyMethod,
    /// `np.copy(a)`.
    NpCopy,
    /// `copy.copy(a)`: `a.__copy__()`, in the array's own memory order.
    CopyModule,
    /// `copy.deepcopy(a)`, or an array met inside a deep-copied container.
    DeepCopy,
    /// `a.flatten()`.
    Flatten,
    /// `a.astype(np.float32)`.
    Astype,
    /// `np.array(a)`.
    ArrayCopy,
    /// `np.concatenate((a, b))`.
    Concatenate,
    /// `np.where(a > 1, a, 0)`.
    Where,
    /// `np.sort(a)`.
    SortedCopy,
    /// `a + 1`, `-a`, `np.abs(a)`.
    Arithmetic,
    /// `a > 1`.
    Comparison,
    /// `m.sum(axis=0)`.
    Reduction,
}

impl Rule {
    /// What the rule made: a view, a copy or a new array.
    pub fn kind(self) -> OriginKind {
        use Rule::*;
        match self {
            ListLiteral | Constructor(_) | ScalarTemporary | ConvertedToArray | ArrayFromList
            | ObjectArrayFromList | ArrayFromOther => OriginKind::New,
            BasicSlice | BasicIndex | View | ViewAsDtype(_) | ReshapeView(_) | RavelView(_)
            | Transpose | Diagonal | BroadcastTo | FromBuffer(_) | Squeeze | ExpandDims => {
                OriginKind::View
            }
            AdvancedIndex | ReshapeCopy(_) | RavelCopy(_) | CopyMethod | NpCopy | CopyModule
            | DeepCopy | Flatten | Astype | ArrayCopy | Concatenate | Where | SortedCopy
            | Arithmetic | Comparison | Reduction => OriginKind::Copy,
        }
    }

    /// The rule in a few words, as the step report prints it after the name.
    pub fn label(self) -> String {
        use Rule::*;
        match self {
            ListLiteral => "list literal".into(),
            Constructor(name) => format!("np.{name}()"),
            ScalarTemporary => "scalar".into(),
            ConvertedToArray => "np.asarray() of a non-array".into(),
            ArrayFromList => "np.array() copies the list's values".into(),
            ObjectArrayFromList => {
                "np.array(dtype=object) copies the list's pointers, not its objects".into()
            }
            ArrayFromOther => "np.array()".into(),
            BasicSlice => "basic slice".into(),
            BasicIndex => "basic index".into(),
            View => "view()".into(),
            ViewAsDtype(dtype) => format!("view({dtype}): same bytes, new dtype"),
            ReshapeView(Order::C) => "reshape: the layout allows a view".into(),
            ReshapeView(order) => format!(
                "reshape in {} order: the layout allows a view",
                order_name(order)
            ),
            RavelView(Order::C) => "ravel: the layout allows a view".into(),
            RavelView(order) => format!(
                "ravel in {} order: the layout allows a view",
                order_name(order)
            ),
            Transpose => "transpose: same elements, axes swapped".into(),
            Diagonal => "diagonal(): a read-only view".into(),
            BroadcastTo => "np.broadcast_to: read-only, zero strides".into(),
            FromBuffer(owner) => format!("np.frombuffer() shares the memory of the {owner} object"),
            Squeeze => "squeeze: axes of length 1 dropped".into(),
            ExpandDims => "expand_dims: an axis of length 1 added".into(),
            AdvancedIndex => "advanced index: integer list or mask".into(),
            ReshapeCopy(Order::C) => "reshape of a non-contiguous layout needs a copy".into(),
            ReshapeCopy(order) => format!(
                "reshape in {} order needs a copy: the elements are not stored in that order",
                order_name(order)
            ),
            RavelCopy(Order::C) => "ravel of a non-contiguous layout copies".into(),
            RavelCopy(order) => format!(
                "ravel in {} order copies: the elements are not stored in that order",
                order_name(order)
            ),
            CopyMethod => "copy()".into(),
            NpCopy => "np.copy()".into(),
            CopyModule => "copy.copy(): a.__copy__(), a new buffer in memory order".into(),
            DeepCopy => "copy.deepcopy(): a new buffer of its own".into(),
            Flatten => "flatten()".into(),
            Astype => "astype()".into(),
            ArrayCopy => "np.array() copies its input".into(),
            Concatenate => "np.concatenate() copies".into(),
            Where => "np.where() result".into(),
            SortedCopy => "np.sort returns a sorted copy".into(),
            Arithmetic => "arithmetic result".into(),
            Comparison => "comparison result".into(),
            Reduction => "reduction result".into(),
        }
    }

    /// Why NumPy follows the rule, in plain words, for the lesson views and the quiz.
    pub fn explanation(self) -> &'static str {
        use Rule::*;
        match self {
            ObjectArrayFromList => {
                "An object array's buffer holds pointers: np.array copies the list's pointers into a new buffer, so the array's cells point at the very objects the list holds. Changing one of those objects shows through both; putting a new object into a list slot changes only the list."
            }
            ListLiteral | ArrayFromList => {
                "A list's values are read one by one into a new buffer: the array and the list share nothing."
            }
            Constructor(_) | ArrayFromOther | ConvertedToArray | ScalarTemporary => {
                "A constructor allocates a new buffer of its own."
            }
            BasicSlice | BasicIndex => {
                "Basic indexing (integers, slices, `...`, `None`) can always be described by a new offset, shape and strides over the same memory, so NumPy returns a view."
            }
            AdvancedIndex => {
                "Indexing with an integer list or a boolean mask can pick any elements in any order, which no single offset and strides can describe, so NumPy copies the chosen elements."
            }
            ReshapeView(_) => {
                "reshape returns a view when the new shape can walk the existing memory with new strides (here it can)."
            }
            ReshapeCopy(_) => {
                "reshape has to copy when the elements are not stored in the order the new shape reads them (for example after a transpose, or in F order of a C-ordered array)."
            }
            RavelView(_) | RavelCopy(_) => {
                "ravel gives a view when the elements are stored in the order it reads them (row order by default), and a copy when they are not."
            }
            Transpose => "Transposing only swaps the strides; every element stays where it was.",
            Diagonal => {
                "diagonal() is a view with a stride that jumps one row and one column at a time; NumPy makes it read-only."
            }
            BroadcastTo => {
                "np.broadcast_to repeats elements with a stride of zero: many positions, one memory cell, so NumPy makes it read-only."
            }
            FromBuffer(_) => {
                "np.frombuffer does not copy: the array looks straight into the Python object's memory."
            }
            View | ViewAsDtype(_) => "view() makes a new array object over the very same bytes.",
            Squeeze => {
                "Dropping an axis of length 1 changes the shape, not the memory: the elements stay where they are, so squeeze returns a view."
            }
            ExpandDims => {
                "An axis of length 1 needs no memory of its own, so expand_dims only adds it to the shape and strides: a view."
            }
            ArrayCopy => "np.array copies its input by default.",
            Arithmetic | Comparison | Reduction => {
                "Arithmetic, comparisons and reductions build their result in a new buffer."
            }
            Where => "np.where picks each element from one of its inputs into a new buffer.",
            Concatenate => "np.concatenate copies its inputs into a new buffer.",
            Astype => "astype converts into a new buffer.",
            CopyModule => {
                "copy.copy calls the array's __copy__, which copies the elements into a new buffer laid out in the array's own memory order (like np.copy); a list or dict copied by copy.copy is a new container holding the very same objects."
            }
            DeepCopy => {
                "copy.deepcopy copies everything it reaches: each array gets a new buffer of its own, and an object met twice is copied once, so two names for one array stay one (new) array."
            }
            CopyMethod | NpCopy | Flatten | SortedCopy => {
                "copy(), np.copy, flatten and sorted copies always allocate a new buffer."
            }
        }
    }
}

/// `F` for `Order::F`, as the labels name orders.
fn order_name(order: Order) -> &'static str {
    match order {
        Order::C => "C",
        Order::F => "F",
        Order::A => "A",
        Order::K => "memory (K)",
    }
}

impl std::fmt::Display for Rule {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.label())
    }
}

impl serde::Serialize for Rule {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.label())
    }
}
