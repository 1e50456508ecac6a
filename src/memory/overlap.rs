//! Which elements two arrays over the same buffer have in common.
//!
//! viewfinder's aliasing report has to say more than NumPy's yes/no: it shows *which* elements
//! of one array are elements of the other (`view[0:2] ↔ arr[1:3]`), and how many, for arrays
//! that may hold 10^8 elements, without ever walking them. [`may_share_memory`] and
//! [`shares_memory`] are NumPy's two answers (extent test; exact bounded Diophantine search, a
//! port of `mem_overlap.c`). [`element_overlap`] answers the richer question: first by writing
//! both layouts as boxes of digits in a common mixed-radix address system, where the overlap is
//! a product of per-digit progression intersections (views, reversals, transposes, reshapes,
//! broadcasts, byte views); only for irregular layouts of small arrays by listing addresses; and
//! otherwise it says honestly that it did not count.

mod digits;
mod diophantine;
mod listing;
mod render;

use super::Layout;

/// Irregular overlaps are listed only when the two arrays hold at most this many elements.
pub const LISTING_LIMIT: usize = 100_000;

/// How many element pairs an irregular overlap shows before summarising.
pub const PAIRS_SHOWN: usize = 4;

/// NumPy's `np.may_share_memory`: true when the byte extents intersect (empty arrays: false).
pub fn may_share_memory(a: &Layout, b: &Layout) -> bool {
    match (a.byte_extent(), b.byte_extent()) {
        (Some((low_a, high_a)), Some((low_b, high_b))) => low_a < high_b && low_b < high_a,
        _ => false,
    }
}

/// NumPy's `np.shares_memory`: exact. Follows `numpy/_core/src/common/mem_overlap.c`: extent
/// check, then the bounded Diophantine problem over |strides| (negative strides flipped,
/// zero-stride and length-1 axes dropped, item sizes folded in as extra terms), solved by
/// NumPy's depth-first search without enumerating elements. Like NumPy's own default
/// (`max_work=None`) the search is unbounded; see [`shares_memory_bounded`] for a budget.
pub fn shares_memory(a: &Layout, b: &Layout) -> bool {
    diophantine::solve(a, b, None).unwrap_or(true)
}

/// [`shares_memory`] with NumPy's `max_work`: `None` when the search needed more than
/// `max_work` steps (NumPy raises `TooHardError`). `max_work = 0` is the extent test alone
/// (`Some(false)` when extents are disjoint, otherwise `None`).
pub fn shares_memory_bounded(a: &Layout, b: &Layout, max_work: u64) -> Option<bool> {
    diophantine::solve(a, b, Some(max_work))
}

/// Which elements of A are elements of B, for the aliasing report (see [`ElementOverlap`]).
pub fn element_overlap(a: &Layout, b: &Layout) -> ElementOverlap {
    if !may_share_memory(a, b) {
        return ElementOverlap::Disjoint;
    }
    if let Some(found) = digits::solve(a, b) {
        return found.map_or(ElementOverlap::Disjoint, ElementOverlap::Block);
    }
    if a.size() + b.size() <= LISTING_LIMIT {
        return listing::list(a, b, PAIRS_SHOWN)
            .map_or(ElementOverlap::Disjoint, ElementOverlap::Pairs);
    }
    if shares_memory(a, b) {
        ElementOverlap::Uncounted
    } else {
        ElementOverlap::Disjoint
    }
}

/// Every element of B (its multi-index, in C order) whose bytes meet an element of A, for
/// arrays of at most [`LISTING_LIMIT`] elements together; `None` for larger ones.
pub fn elements_meeting(a: &Layout, b: &Layout) -> Option<Vec<Vec<usize>>> {
    if !may_share_memory(a, b) {
        return Some(vec![]);
    }
    (a.size() + b.size() <= LISTING_LIMIT).then(|| listing::b_meeting(a, b))
}

/// The overlapping elements of two arrays A and B over one buffer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ElementOverlap {
    /// No byte of A is a byte of B.
    Disjoint,
    /// A rectangular block of A against a rectangular block of B (`view[0:2] ↔ arr[1:3]`).
    Block(BlockOverlap),
    /// An irregular overlap of small arrays, as element pairs (`v[0] ↔ a[0], v[1] ↔ a[2], …`).
    Pairs(PairList),
    /// The arrays share memory, but the layouts are irregular and too large to count.
    Uncounted,
}

impl ElementOverlap {
    /// The report text after "shares memory with b: ", e.g. `view[0:2] ↔ arr[1:3]`.
    pub fn render(&self, a_name: &str, b_name: &str) -> String {
        match self {
            ElementOverlap::Disjoint => "no overlapping elements".to_string(),
            ElementOverlap::Block(block) => block.render(a_name, b_name),
            ElementOverlap::Pairs(pairs) => pairs.render(a_name, b_name),
            ElementOverlap::Uncounted => {
                "irregular overlap (element count not computed for layouts this large)".to_string()
            }
        }
    }

    /// How many elements of A overlap B (`None` only for [`ElementOverlap::Uncounted`]).
    pub fn count_a(&self) -> Option<usize> {
        match self {
            ElementOverlap::Disjoint => Some(0),
            ElementOverlap::Block(block) => Some(block.count_a),
            ElementOverlap::Pairs(pairs) => Some(pairs.count_a),
            ElementOverlap::Uncounted => None,
        }
    }

    /// How many elements of B overlap A (`None` only for [`ElementOverlap::Uncounted`]).
    pub fn count_b(&self) -> Option<usize> {
        match self {
            ElementOverlap::Disjoint => Some(0),
            ElementOverlap::Block(block) => Some(block.count_b),
            ElementOverlap::Pairs(pairs) => Some(pairs.count_b),
            ElementOverlap::Uncounted => None,
        }
    }

    /// True when no element overlaps.
    pub fn is_empty(&self) -> bool {
        matches!(self, ElementOverlap::Disjoint)
    }
}

/// A block of A against a block of B. Without `bytes`, element `i` of A's block (C order,
/// broadcast axes aside) is element `i` of B's block: `a.render(..)` and `b.render(..)` are
/// NumPy expressions for the same memory.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BlockOverlap {
    /// The overlapping elements of A.
    pub a: Selection,
    /// The overlapping elements of B, walked in A's order.
    pub b: Selection,
    /// Exact number of overlapping elements of A (broadcast copies counted).
    pub count_a: usize,
    /// Exact number of overlapping elements of B (broadcast copies counted).
    pub count_b: usize,
    /// How many elements of A sit on each overlapping place (A's zero-stride axes; 1 if none).
    pub a_repeats: usize,
    /// How many elements of B sit on each overlapping place (B's zero-stride axes; 1 if none).
    pub b_repeats: usize,
    /// `Some((itemsize_a, itemsize_b))` when elements overlap by bytes, not one to one.
    pub bytes: Option<(usize, usize)>,
    /// True when B's block runs its axes in an order the selection could not express.
    pub reordered: bool,
}

/// Which elements of one array take part, as NumPy indexing: `name.reshape(..)[..].T`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Selection {
    /// When set, the array is first reshaped to this shape (only splitting axes, so a view).
    pub reshape: Option<Vec<usize>>,
    /// One entry per axis (of the reshaped array, when `reshape` is set).
    pub axes: Vec<AxisSel>,
    /// When set, the selected block is then transposed to this axis order.
    pub transpose: Option<Vec<usize>>,
}

/// One axis of a [`Selection`], in NumPy index notation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AxisSel {
    /// One position (`m[1, 0:3]`); the axis disappears from the block.
    Index(usize),
    /// The slice `start:stop:step`; `stop: None` means "through index 0" (`a[2::-1]`).
    Slice {
        /// First index taken.
        start: usize,
        /// NumPy's exclusive stop, or `None` when it must be left out.
        stop: Option<usize>,
        /// Nonzero step; negative walks the axis backwards.
        step: isize,
    },
    /// The whole of a broadcast (zero-stride) axis (`:`).
    All,
}

/// An irregular overlap: the first few overlapping element pairs and exact totals.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PairList {
    /// The first pairs, ordered by A's flat (C-order) index, then B's.
    pub first: Vec<ElementPair>,
    /// The number of overlapping (element of A, element of B) pairs.
    pub total_pairs: u64,
    /// Exact number of elements of A that overlap B.
    pub count_a: usize,
    /// Exact number of elements of B that overlap A.
    pub count_b: usize,
    /// `Some((itemsize_a, itemsize_b))` when the item sizes differ.
    pub bytes: Option<(usize, usize)>,
}

/// One element of A and one element of B whose bytes intersect.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct ElementPair {
    /// The multi-index in A.
    pub a: Vec<usize>,
    /// The multi-index in B.
    pub b: Vec<usize>,
}

#[cfg(test)]
mod tests;
