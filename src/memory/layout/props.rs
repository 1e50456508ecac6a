//! Property tests of the layout transforms: each view's elements are exactly the elements
//! ndarray's own operation picks from a materialised array of byte offsets, and the overlap
//! solver agrees that the view shares memory with what it came from.

use ndarray::{ArrayD, Axis, IxDyn};
use proptest::prelude::*;

use super::Layout;
use crate::memory::overlap;

/// A layout over a buffer: C-contiguous of up to 4 axes, possibly sliced with steps (negative
/// too) and transposed, so strides are irregular.
fn any_layout() -> impl Strategy<Value = Layout> {
    let shape = prop::collection::vec(1usize..4, 0..4);
    (shape, any::<u64>()).prop_map(|(shape, seed)| {
        let base = Layout::c_contiguous(0, &shape, 8);
        let mut layout = base;
        let mut bits = seed;
        for axis in 0..layout.ndim() {
            if bits & 1 == 1 && layout.shape[axis] > 1 {
                let len = layout.shape[axis];
                layout.offset += (len as isize - 1) * layout.strides[axis];
                layout.strides[axis] = -layout.strides[axis];
            }
            bits >>= 1;
        }
        if bits & 1 == 1 {
            layout = layout.transposed(None).expect("reversal is a permutation");
        }
        layout
    })
}

/// The byte offset of every element, as an ndarray of the layout's shape.
fn offsets(layout: &Layout) -> ArrayD<isize> {
    let values = layout
        .indices()
        .iter()
        .map(|i| layout.byte_offset_of(i))
        .collect();
    ArrayD::from_shape_vec(IxDyn(&layout.shape), values).expect("shape matches")
}

/// The view shares memory with its source exactly when it has elements.
fn agrees_with_overlap(source: &Layout, view: &Layout) -> bool {
    overlap::shares_memory(source, view) == (view.size() > 0)
}

proptest! {
    #[test]
    fn transpose_matches_ndarray(layout in any_layout(), seed in any::<u64>()) {
        let mut order: Vec<usize> = (0..layout.ndim()).collect();
        let n = order.len();
        for i in (1..n).rev() {
            order.swap(i, (seed as usize >> i) % (i + 1));
        }
        let axes: Vec<i64> = order.iter().map(|&a| a as i64).collect();
        let view = layout.transposed(Some(&axes)).unwrap();
        prop_assert_eq!(offsets(&view), offsets(&layout).permuted_axes(IxDyn(&order)));
        prop_assert!(agrees_with_overlap(&layout, &view));
    }

    #[test]
    fn reshape_without_copy_reads_in_c_order(layout in any_layout(), split in 1usize..4) {
        let size = layout.size();
        let shape = if size.is_multiple_of(split) { vec![split, size / split] } else { vec![size] };
        if let Some(view) = layout.reshaped_in_place(&shape) {
            let flat: Vec<isize> = offsets(&layout).iter().copied().collect();
            prop_assert_eq!(offsets(&view).iter().copied().collect::<Vec<_>>(), flat);
            prop_assert!(agrees_with_overlap(&layout, &view));
        } else {
            prop_assert!(!layout.is_c_contiguous());
        }
    }

    #[test]
    fn diagonal_steps_along_both_axes(layout in any_layout(), offset in -3i64..3) {
        prop_assume!(layout.ndim() >= 2);
        let view = layout.diagonal(offset, 0, 1).unwrap();
        let source = offsets(&layout);
        let (rows, cols) = (layout.shape[0] as i64, layout.shape[1] as i64);
        let (row0, col0) = if offset >= 0 { (0, offset) } else { (-offset, 0) };
        let len = (rows - row0).min(cols - col0).max(0) as usize;
        let expected: Vec<isize> = (0..len)
            .flat_map(|k| {
                let picked = source
                    .index_axis(Axis(0), row0 as usize + k)
                    .index_axis(Axis(0), col0 as usize + k)
                    .to_owned();
                picked.into_iter()
            })
            .collect();
        let got = offsets(&view);
        let moved = got.permuted_axes(IxDyn(&[view.ndim() - 1].into_iter().chain(0..view.ndim() - 1).collect::<Vec<_>>()));
        prop_assert_eq!(moved.iter().copied().collect::<Vec<_>>(), expected);
        prop_assert!(agrees_with_overlap(&layout, &view));
    }

    #[test]
    fn broadcast_matches_ndarray(layout in any_layout(), extra in 1usize..3) {
        let mut shape = vec![extra];
        shape.extend(&layout.shape);
        let view = layout.broadcast_to(&shape).unwrap();
        let source = offsets(&layout);
        prop_assert_eq!(offsets(&view), source.broadcast(IxDyn(&shape)).unwrap().to_owned());
        prop_assert!(agrees_with_overlap(&layout, &view));
    }

    #[test]
    fn squeeze_then_expand_keeps_every_element(layout in any_layout()) {
        let squeezed = layout.squeezed(None).unwrap();
        let flat = |l: &Layout| offsets(l).iter().copied().collect::<Vec<_>>();
        prop_assert_eq!(flat(&squeezed), flat(&layout));
        let expanded = squeezed.expanded(&[0]).unwrap();
        prop_assert_eq!(flat(&expanded), flat(&layout));
        prop_assert!(agrees_with_overlap(&layout, &expanded));
    }

    #[test]
    fn reinterpreting_keeps_the_bytes(layout in any_layout()) {
        prop_assume!(layout.ndim() >= 1 && layout.strides[layout.ndim() - 1] == 8);
        let view = layout.reinterpreted(4).unwrap();
        prop_assert_eq!(view.shape[view.ndim() - 1], 2 * layout.shape[layout.ndim() - 1]);
        prop_assert_eq!(view.byte_extent(), layout.byte_extent());
        prop_assert!(agrees_with_overlap(&layout, &view));
    }
}
