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
    let (at_a, at_b) = (addresses(a), addresses(b));
    let (sorted_a, sorted_b) = (sorted(&at_a), sorted(&at_b));
    let partners_of_a = |p: isize| window(&sorted_b, p, a.itemsize, b.itemsize);
    let total_pairs: u64 = at_a.iter().map(|&p| partners_of_a(p).len() as u64).sum();
    if total_pairs == 0 {
        return None;
    }
    let count_a = at_a
        .iter()
        .filter(|&&p| !partners_of_a(p).is_empty())
        .count();
    let count_b = at_b
        .iter()
        .filter(|&&p| !window(&sorted_a, p, b.itemsize, a.itemsize).is_empty())
        .count();
    let mut first = vec![];
    for (flat_a, &p) in at_a.iter().enumerate() {
        if first.len() >= shown {
            break;
        }
        let mut partners: Vec<usize> = partners_of_a(p).iter().map(|&(_, flat)| flat).collect();
        partners.sort_unstable();
        for flat_b in partners.into_iter().take(shown - first.len()) {
            first.push(ElementPair {
                a: unravel(flat_a, &a.shape),
                b: unravel(flat_b, &b.shape),
            });
        }
    }
    let bytes = (a.itemsize != b.itemsize).then_some((a.itemsize, b.itemsize));
    Some(PairList {
        first,
        total_pairs,
        count_a,
        count_b,
        bytes,
    })
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

/// `(address, flat index)` pairs sorted by address.
fn sorted(addresses: &[isize]) -> Vec<(isize, usize)> {
    let mut pairs: Vec<(isize, usize)> = addresses.iter().copied().zip(0..).collect();
    pairs.sort_unstable();
    pairs
}

/// The entries of `sorted` (items of `other` bytes) whose bytes meet `[p, p + own)`.
fn window(sorted: &[(isize, usize)], p: isize, own: usize, other: usize) -> &[(isize, usize)] {
    let (low, high) = (p - other as isize + 1, p + own as isize);
    let from = sorted.partition_point(|&(q, _)| q < low);
    let to = sorted.partition_point(|&(q, _)| q < high);
    &sorted[from..to.max(from)]
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
