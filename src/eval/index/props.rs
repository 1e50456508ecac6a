//! Property test: any chain of basic indices gives a layout whose elements are exactly what
//! slicing a materialised copy gives, by an independent, naive reading of Python's rules.

use ndarray::{ArrayD, Axis, IxDyn};
use proptest::prelude::*;

use crate::eval::index::{IndexItem, basic_layout};
use crate::memory::Layout;
use crate::syntax::Span;

/// One basic index item, before it meets an array.
#[derive(Clone, Debug)]
enum Basic {
    Int(i64),
    Slice(Option<i64>, Option<i64>, Option<i64>),
    NewAxis,
}

fn basic_item() -> impl Strategy<Value = Basic> {
    let bound = prop::option::of(-7i64..7);
    let step = prop::option::of(prop_oneof![-3i64..=-1, 1i64..=3]);
    prop_oneof![
        (-6i64..6).prop_map(Basic::Int),
        (bound.clone(), bound, step).prop_map(|(a, b, c)| Basic::Slice(a, b, c)),
        Just(Basic::NewAxis),
    ]
}

/// Python's `range(len)[start:stop:step]`, written out the slow way.
fn python_slice(
    len: usize,
    start: Option<i64>,
    stop: Option<i64>,
    step: Option<i64>,
) -> Vec<usize> {
    let (len, step) = (len as i64, step.unwrap_or(1));
    let clip = |v: i64, low: i64, high: i64| {
        if v < 0 {
            (v + len).max(low)
        } else {
            v.min(high)
        }
    };
    let mut picked = Vec::new();
    if step > 0 {
        let (mut i, end) = (
            start.map_or(0, |s| clip(s, 0, len)),
            stop.map_or(len, |e| clip(e, 0, len)),
        );
        while i < end {
            picked.push(i as usize);
            i += step;
        }
    } else {
        let (mut i, end) = (
            start.map_or(len - 1, |s| clip(s, -1, len - 1)),
            stop.map_or(-1, |e| clip(e, -1, len - 1)),
        );
        while i > end {
            picked.push(i as usize);
            i += step;
        }
    }
    picked
}

/// Applies one index to a materialised array; `None` where NumPy raises.
fn index_materialised(array: &ArrayD<i64>, items: &[Basic]) -> Option<ArrayD<i64>> {
    let consumed = items
        .iter()
        .filter(|i| !matches!(i, Basic::NewAxis))
        .count();
    if consumed > array.ndim() {
        return None;
    }
    let mut result = array.clone();
    let mut axis = 0;
    for item in items {
        match item {
            Basic::Int(i) => {
                let len = result.shape()[axis] as i64;
                let at = if *i < 0 { i + len } else { *i };
                if at < 0 || at >= len {
                    return None;
                }
                result = result.index_axis(Axis(axis), at as usize).to_owned();
            }
            Basic::Slice(a, b, c) => {
                let picked = python_slice(result.shape()[axis], *a, *b, *c);
                result = result.select(Axis(axis), &picked);
                axis += 1;
            }
            Basic::NewAxis => {
                result.insert_axis_inplace(Axis(axis));
                axis += 1;
            }
        }
    }
    Some(result)
}

/// The elements a layout over `0, 1, 2, …` (int64) reaches, as an array.
fn elements_of(layout: &Layout) -> ArrayD<i64> {
    let values = layout
        .indices()
        .iter()
        .map(|i| (layout.byte_offset_of(i) / 8) as i64)
        .collect();
    ArrayD::from_shape_vec(IxDyn(&layout.shape), values).expect("one value per index")
}

fn to_items(items: &[Basic]) -> Vec<IndexItem> {
    let span = Span::default();
    items
        .iter()
        .map(|item| match item {
            Basic::Int(i) => IndexItem::Int(*i, span),
            Basic::Slice(a, b, c) => IndexItem::Slice(*a, *b, *c, span),
            Basic::NewAxis => IndexItem::NewAxis,
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    #[test]
    fn slicing_chains_match_a_materialised_copy(
        shape in prop::collection::vec(1usize..6, 1..4),
        chain in prop::collection::vec(prop::collection::vec(basic_item(), 0..4), 1..4),
    ) {
        let size: usize = shape.iter().product();
        let mut layout = Layout::c_contiguous(0, &shape, 8);
        let mut reference = ArrayD::from_shape_vec(IxDyn(&shape), (0..size as i64).collect()).unwrap();
        for items in &chain {
            let expected = index_materialised(&reference, items);
            let got = basic_layout(&layout, &to_items(items), Span::default());
            match (expected, got) {
                (None, Err(_)) => return Ok(()),
                (Some(expected), Ok((next, _))) => {
                    prop_assert_eq!(&elements_of(&next), &expected);
                    layout = next;
                    reference = expected;
                }
                (expected, got) => prop_assert!(false, "disagree on {:?}: {:?} vs {:?}", items, expected, got.map(|l| l.0)),
            }
        }
    }
}
