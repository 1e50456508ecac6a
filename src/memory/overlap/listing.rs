//! The exact fallback for irregular overlaps of small arrays.
//!
//! Every element's address is listed once per array and sorted; the elements of B that overlap
//! one element of A are then a window of B's sorted addresses, found by binary search. Counts
//! and the number of pairs come from window sizes, so pairs are never enumerated one by one
//! (two broadcast arrays could have billions of them).

use super::{ElementPair, PairList};
use crate::memory::Layout;
use crate::memory::layout::advance_c_order;

/// Lists the overlap of two small arrays; `None` when no element overlaps.
pub(super) fn list(a: &Layout, b: &Layout, shown: usize) -> Option<PairList> {
    let (a, b) = (Listed::new(a), Listed::new(b));
    let (size_a, size_b) = (a.layout.itemsize, b.layout.itemsize);
    let total_pairs: u64 =
        a.at.iter()
            .map(|&p| b.meeting(p, size_a).len() as u64)
            .sum();
    (total_pairs > 0).then(|| PairList {
        first: first_pairs(&a, &b, shown),
        total_pairs,
        count_a: a.count_meeting(&b),
        count_b: b.count_meeting(&a),
        bytes: (size_a != size_b).then_some((size_a, size_b)),
    })
}

/// Every element of B whose bytes meet some element of A, in B's C order.
pub(super) fn b_meeting(a: &Layout, b: &Layout) -> Vec<Vec<usize>> {
    let (a, b) = (Listed::new(a), Listed::new(b));
    let size_a = a.layout.itemsize;
    let mut flat: Vec<usize> =
        a.at.iter()
            .flat_map(|&p| b.meeting(p, size_a).iter().map(|e| e.1))
            .collect();
    flat.sort_unstable();
    flat.dedup();
    flat.into_iter()
        .map(|i| unravel(i, &b.layout.shape))
        .collect()
}

/// One array's element addresses, in C order and sorted (with their flat indices).
struct Listed<'l> {
    layout: &'l Layout,
    at: Vec<isize>,
    sorted: Vec<(isize, usize)>,
}

impl<'l> Listed<'l> {
    fn new(layout: &'l Layout) -> Listed<'l> {
        let at = addresses(layout);
        let mut sorted: Vec<(isize, usize)> = at.iter().copied().zip(0..).collect();
        sorted.sort_unstable();
        Listed { layout, at, sorted }
    }

    /// The elements whose bytes meet `[p, p + size)`, as `(address, flat index)`.
    fn meeting(&self, p: isize, size: usize) -> &[(isize, usize)] {
        let (low, high) = (p - self.layout.itemsize as isize + 1, p + size as isize);
        let from = self.sorted.partition_point(|&(q, _)| q < low);
        let to = self.sorted.partition_point(|&(q, _)| q < high);
        &self.sorted[from..to.max(from)]
    }

    /// How many of these elements meet some element of `other`.
    fn count_meeting(&self, other: &Listed) -> usize {
        let size = self.layout.itemsize;
        self.at
            .iter()
            .filter(|&&p| !other.meeting(p, size).is_empty())
            .count()
    }
}

/// The first `shown` pairs, by A's flat index, then B's.
fn first_pairs(a: &Listed, b: &Listed, shown: usize) -> Vec<ElementPair> {
    let mut first = vec![];
    for (flat_a, &p) in a.at.iter().enumerate() {
        let room = shown.saturating_sub(first.len());
        if room == 0 {
            break;
        }
        let mut partners: Vec<usize> = b
            .meeting(p, a.layout.itemsize)
            .iter()
            .map(|e| e.1)
            .collect();
        partners.sort_unstable();
        first.extend(partners.into_iter().take(room).map(|flat_b| ElementPair {
            a: unravel(flat_a, &a.layout.shape),
            b: unravel(flat_b, &b.layout.shape),
        }));
    }
    first
}

/// Every element's byte address, in C order.
fn addresses(layout: &Layout) -> Vec<isize> {
    let mut out = Vec::with_capacity(layout.size());
    if layout.size() == 0 {
        return out;
    }
    let mut index = vec![0; layout.ndim()];
    loop {
        out.push(layout.byte_offset_of(&index));
        if !advance_c_order(&mut index, &layout.shape) {
            return out;
        }
    }
}

/// The multi-index of a flat C-order index.
fn unravel(mut flat: usize, shape: &[usize]) -> Vec<usize> {
    let mut index = vec![0; shape.len()];
    for (slot, &len) in index.iter_mut().zip(shape).rev() {
        *slot = flat % len;
        flat /= len;
    }
    index
}
