//! Tests of the overlap solver: named NumPy cases with their report text, timing of large
//! regular cases, and property tests against brute-force enumeration of byte addresses.

use super::*;
use proptest::prelude::*;
use std::collections::BTreeSet;
use std::time::{Duration, Instant};

fn layout(offset: isize, shape: &[usize], strides: &[isize], itemsize: usize) -> Layout {
    Layout {
        offset,
        shape: shape.to_vec(),
        strides: strides.to_vec(),
        itemsize,
    }
}

/// `np.arange(n)` of `itemsize`-byte items, 1-D.
fn arange(n: usize, itemsize: usize) -> Layout {
    Layout::c_contiguous(0, &[n], itemsize)
}

/// Brute force: every pair of elements, by byte ranges.
struct Truth {
    pairs: Vec<(usize, usize)>,
    a: BTreeSet<usize>,
    b: BTreeSet<usize>,
    may: bool,
}

fn addresses(l: &Layout) -> Vec<isize> {
    l.indices()
        .iter()
        .map(|index| l.byte_offset_of(index))
        .collect()
}

fn truth(a: &Layout, b: &Layout) -> Truth {
    let (at_a, at_b) = (addresses(a), addresses(b));
    let mut t = Truth {
        pairs: vec![],
        a: BTreeSet::new(),
        b: BTreeSet::new(),
        may: false,
    };
    for (i, &p) in at_a.iter().enumerate() {
        for (j, &q) in at_b.iter().enumerate() {
            if p < q + b.itemsize as isize && q < p + a.itemsize as isize {
                t.pairs.push((i, j));
                t.a.insert(i);
                t.b.insert(j);
            }
        }
    }
    let extent =
        |at: &[isize], size: usize| Some((*at.iter().min()?, *at.iter().max()? + size as isize));
    if let (Some((la, ha)), Some((lb, hb))) = (extent(&at_a, a.itemsize), extent(&at_b, b.itemsize))
    {
        t.may = la < hb && lb < ha;
    }
    t
}

fn flat(index: &[usize], shape: &[usize]) -> usize {
    index.iter().zip(shape).fold(0, |f, (&i, &n)| f * n + i)
}

/// Positions one axis selection takes on an axis of `len`.
fn positions(sel: AxisSel, len: usize) -> Vec<usize> {
    match sel {
        AxisSel::Index(i) => vec![i],
        AxisSel::All => (0..len).collect(),
        AxisSel::Slice { start, stop, step } => {
            let stop = stop.map_or(if step > 0 { len as isize } else { -1 }, |s| s as isize);
            let mut out = vec![];
            let mut i = start as isize;
            while (step > 0 && i < stop.min(len as isize)) || (step < 0 && i > stop) {
                out.push(i as usize);
                i += step;
            }
            out
        }
    }
}

/// The original multi-indices a selection takes, in the C order of its result (before the
/// transpose), with the result shape.
fn select(shape: &[usize], sel: &Selection) -> (Vec<usize>, Vec<Vec<usize>>) {
    let dims = sel.reshape.clone().unwrap_or_else(|| shape.to_vec());
    assert_eq!(dims.len(), sel.axes.len());
    let (owner, place) = split_of(shape, &dims);
    let lists: Vec<Vec<usize>> = (sel.axes.iter().zip(&dims))
        .map(|(&s, &n)| positions(s, n))
        .collect();
    for (list, &n) in lists.iter().zip(&dims) {
        assert!(list.iter().all(|&p| p < n), "selection out of bounds");
    }
    let kept: Vec<usize> = (sel.axes.iter().zip(&lists))
        .filter(|(s, _)| !matches!(s, AxisSel::Index(_)))
        .map(|(_, l)| l.len())
        .collect();
    let lens: Vec<usize> = lists.iter().map(Vec::len).collect();
    let original = |pick: Vec<usize>| {
        let mut index = vec![0; shape.len()];
        for (k, &p) in pick.iter().enumerate() {
            index[owner[k]] += lists[k][p] * place[k];
        }
        index
    };
    let items = Layout::c_contiguous(0, &lens, 1)
        .indices()
        .into_iter()
        .map(original);
    (kept, items.collect())
}

/// For each dim of a reshape that only splits axes: the original axis it belongs to, and the
/// original index per step along it.
fn split_of(shape: &[usize], dims: &[usize]) -> (Vec<usize>, Vec<usize>) {
    let (mut owner, mut place) = (vec![], vec![]);
    let mut d = 0;
    for (axis, &len) in shape.iter().enumerate() {
        let (start, mut product) = (d, 1);
        while d < dims.len() && (product < len || (d == start && len == 1)) {
            product *= dims[d];
            owner.push(axis);
            d += 1;
        }
        assert_eq!(product, len, "reshape {dims:?} does not split {shape:?}");
        place.extend((start..d).map(|k| dims[k + 1..d].iter().product::<usize>()));
    }
    (owner, place)
}

/// Applies `sel.transpose` to a C-ordered block of `shape`.
fn transposed(shape: &[usize], items: Vec<Vec<usize>>, order: &[usize]) -> Vec<Vec<usize>> {
    let new_shape: Vec<usize> = order.iter().map(|&k| shape[k]).collect();
    let block = Layout::c_contiguous(0, &new_shape, 1);
    let mut out = vec![];
    for index in block.indices() {
        let mut old = vec![0; shape.len()];
        for (k, &axis) in order.iter().enumerate() {
            old[axis] = index[k];
        }
        out.push(items[flat(&old, shape)].clone());
    }
    out
}

/// The selected elements of `l` as (flat index, address), in the block's C order.
fn selected(l: &Layout, sel: &Selection) -> Vec<(usize, isize)> {
    let (shape, mut items) = select(&l.shape, sel);
    if let Some(order) = &sel.transpose {
        items = transposed(&shape, items, order);
    }
    items
        .iter()
        .map(|i| (flat(i, &l.shape), l.byte_offset_of(i)))
        .collect()
}

fn check_block(a: &Layout, b: &Layout, block: &BlockOverlap, t: &Truth) {
    let (sel_a, sel_b) = (selected(a, &block.a), selected(b, &block.b));
    let set = |s: &[(usize, isize)]| s.iter().map(|x| x.0).collect::<BTreeSet<_>>();
    assert_eq!(set(&sel_a), t.a, "A side {:?}", block.a);
    assert_eq!(set(&sel_b), t.b, "B side {:?}", block.b);
    if block.bytes.is_none() && !block.reordered {
        let places = |s: &[(usize, isize)]| s.iter().map(|x| x.1).collect::<Vec<_>>();
        let (mut pa, mut pb) = (places(&sel_a), places(&sel_b));
        if block.a_repeats > 1 || block.b_repeats > 1 {
            (pa, pb) = (dedup(pa), dedup(pb));
        }
        assert_eq!(pa, pb, "blocks do not match element for element");
    }
}

/// Addresses in first-seen order without repeats.
fn dedup(places: Vec<isize>) -> Vec<isize> {
    let mut seen = BTreeSet::new();
    let mut out: Vec<isize> = places.into_iter().filter(|p| seen.insert(*p)).collect();
    out.sort_unstable();
    out
}

/// Compares everything against brute force.
fn check(a: &Layout, b: &Layout) {
    let t = truth(a, b);
    assert_eq!(may_share_memory(a, b), t.may, "may_share_memory");
    assert_eq!(shares_memory(a, b), !t.pairs.is_empty(), "shares_memory");
    let overlap = element_overlap(a, b);
    assert_eq!(overlap.is_empty(), t.pairs.is_empty());
    assert_eq!(overlap.count_a(), Some(t.a.len()), "count_a of {overlap:?}");
    assert_eq!(overlap.count_b(), Some(t.b.len()), "count_b of {overlap:?}");
    overlap.render("a", "b");
    match &overlap {
        ElementOverlap::Block(block) => check_block(a, b, block, &t),
        ElementOverlap::Pairs(list) => {
            let first: Vec<(usize, usize)> = list
                .first
                .iter()
                .map(|p| (flat(&p.a, &a.shape), flat(&p.b, &b.shape)))
                .collect();
            let shown = t.pairs.len().min(PAIRS_SHOWN);
            assert_eq!(first, t.pairs[..shown]);
            assert_eq!(list.total_pairs, t.pairs.len() as u64);
        }
        ElementOverlap::Disjoint => {}
        ElementOverlap::Uncounted => panic!("small arrays are always counted"),
    }
}

/// `l[start::step]` with `count` elements, for a 1-D `l`.
fn sliced(l: &Layout, start: usize, step: isize, count: usize) -> Layout {
    let (offset, stride) = (
        l.offset + start as isize * l.strides[0],
        l.strides[0] * step,
    );
    layout(offset, &[count], &[stride], l.itemsize)
}

/// The report text, after checking small cases against brute force.
fn shown(a: &Layout, b: &Layout, a_name: &str, b_name: &str) -> String {
    if a.size() * b.size() <= 10_000 {
        check(a, b);
    }
    element_overlap(a, b).render(a_name, b_name)
}

fn counts(a: &Layout, b: &Layout) -> (Option<usize>, Option<usize>) {
    let overlap = element_overlap(a, b);
    (overlap.count_a(), overlap.count_b())
}

// ---- named cases ----------------------------------------------------------------------

#[test]
fn even_and_odd_elements_do_not_share() {
    let a = arange(10, 8);
    let (even, odd) = (sliced(&a, 0, 2, 5), sliced(&a, 1, 2, 5));
    assert!(may_share_memory(&even, &odd));
    assert!(!shares_memory(&even, &odd));
    assert!(element_overlap(&even, &odd).is_empty());
    assert_eq!(shown(&even, &odd, "even", "odd"), "no overlapping elements");
}

#[test]
fn a_view_against_its_base() {
    let arr = arange(10, 8);
    let view = sliced(&arr, 1, 1, 2);
    assert_eq!(shown(&view, &arr, "view", "arr"), "view[0:2] ↔ arr[1:3]");
    assert_eq!(shown(&arr, &view, "arr", "view"), "arr[1:3] ↔ view[0:2]");
    assert_eq!(counts(&view, &arr), (Some(2), Some(2)));
    let every_other = sliced(&arr, 0, 2, 3);
    assert_eq!(shown(&every_other, &arr, "e", "arr"), "e[0:3] ↔ arr[0:6:2]");
    let scalar = layout(16, &[], &[], 8);
    assert_eq!(shown(&scalar, &arr, "s", "arr"), "s ↔ arr[2]");
}

#[test]
fn reversed_views_walk_backwards() {
    let a = arange(10, 8);
    assert_eq!(
        shown(&sliced(&a, 2, -1, 3), &a, "r", "a"),
        "r[0:3] ↔ a[2::-1]"
    );
    assert_eq!(
        shown(&a, &sliced(&a, 9, -1, 10), "a", "r"),
        "a[0:10] ↔ r[9::-1]"
    );
    assert_eq!(
        shown(&sliced(&a, 7, -2, 3), &a, "r", "a"),
        "r[0:3] ↔ a[7:1:-2]"
    );
}

#[test]
fn strided_progressions_meet_where_both_step() {
    let a = arange(10, 8);
    let (x, y) = (sliced(&a, 0, 2, 5), sliced(&a, 0, 3, 4));
    assert_eq!(shown(&x, &y, "x", "y"), "x[0:5:3] ↔ y[0:4:2]");
    let (p, q) = (sliced(&a, 1, 2, 5), sliced(&a, 9, -3, 4));
    assert_eq!(shown(&p, &q, "p", "q"), "p[1:5:3] ↔ q[2::-2]");
}

#[test]
fn rows_and_columns_of_a_matrix() {
    let m = Layout::c_contiguous(0, &[3, 4], 8);
    let row = layout(32, &[4], &[8], 8);
    let column = layout(8, &[3], &[32], 8);
    assert_eq!(shown(&row, &m, "row", "m"), "row[0:4] ↔ m[1, 0:4]");
    assert_eq!(shown(&column, &m, "c", "m"), "c[0:3] ↔ m[0:3, 1]");
    assert_eq!(shown(&row, &column, "row", "c"), "row[1] ↔ c[1]");
    let x = layout(32, &[2, 2], &[32, 16], 8); // m[1:, ::2]
    let y = layout(8, &[3, 2], &[32, 8], 8); // m[:, 1:3]
    assert_eq!(shown(&x, &y, "x", "y"), "x[0:2, 1] ↔ y[1:3, 1]");
}

#[test]
fn transposes_are_matched_axis_by_axis() {
    let m = Layout::c_contiguous(0, &[3, 4], 8);
    let mt = layout(0, &[4, 3], &[8, 32], 8);
    assert_eq!(shown(&mt, &m, "mt", "m"), "mt[0:4, 0:3] ↔ m[0:3, 0:4].T");
    let t = Layout::c_contiguous(0, &[2, 3, 4], 8);
    let tt = layout(0, &[4, 2, 3], &[8, 96, 32], 8); // t.transpose(2, 0, 1)
    let expected = "tt[0:4, 0:2, 0:3] ↔ t[0:2, 0:3, 0:4].transpose(2, 0, 1)";
    assert_eq!(shown(&tt, &t, "tt", "t"), expected);
    let part = layout(8, &[3, 2], &[48, 16], 8); // np.arange(24).reshape(4, 6)[:3, 1::2]
    let base_t = layout(0, &[6, 4], &[8, 48], 8);
    assert_eq!(
        shown(&part, &base_t, "p", "bt"),
        "p[0:3, 0:2] ↔ bt[1:5:2, 0:3].T"
    );
}

#[test]
fn reshapes_of_one_base() {
    let arr = arange(12, 8);
    let m = Layout::c_contiguous(0, &[3, 4], 8);
    assert_eq!(shown(&m, &arr, "m", "arr"), "m[0:3, 0:4] ↔ arr[0:12]");
    assert_eq!(shown(&arr, &m, "arr", "m"), "arr[0:12] ↔ m[0:3, 0:4]");
    let middle = layout(8, &[3, 2], &[32, 8], 8);
    assert_eq!(
        shown(&middle, &arr, "mid", "arr"),
        "mid[0:3, 0:2] ↔ arr.reshape(3, 4)[0:3, 1:3]"
    );
    let mt = layout(0, &[4, 3], &[8, 32], 8);
    let expected = "mt[0:4, 0:3] ↔ arr.reshape(3, 4)[0:3, 0:4].T";
    assert_eq!(shown(&mt, &arr, "mt", "arr"), expected);
}

#[test]
fn broadcasts_repeat_elements() {
    let a = arange(10, 8);
    let bt = layout(0, &[4, 3], &[0, 8], 8); // np.broadcast_to(a[:3], (4, 3))
    let note = "(each element of a appears 4 times in bt)";
    assert_eq!(
        shown(&bt, &a, "bt", "a"),
        format!("bt[:, 0:3] ↔ a[0:3] {note}")
    );
    assert_eq!(
        shown(&a, &bt, "a", "bt"),
        format!("a[0:3] ↔ bt[:, 0:3] {note}")
    );
    assert_eq!(counts(&bt, &a), (Some(12), Some(3)));
}

#[test]
fn an_int8_view_of_int32_overlaps_by_bytes() {
    let a = arange(10, 4);
    let bytes = layout(0, &[40], &[1], 1); // a.view(np.int8)
    assert_eq!(counts(&bytes, &a), (Some(40), Some(10)));
    let note = "(by bytes: c has 1-byte items, a has 4-byte items)";
    let c = layout(4, &[4], &[1], 1); // a.view(np.int8)[4:8]
    assert_eq!(shown(&c, &a, "c", "a"), format!("c[0:4] ↔ a[1] {note}"));
    let odd = layout(1, &[20], &[2], 1); // a.view(np.int8)[1::2]
    assert_eq!(counts(&odd, &a), (Some(20), Some(10)));
    let every_other = layout(0, &[5], &[8], 4); // a[::2]
    let skewed = layout(2, &[5], &[8], 4); // int32 items starting mid-item
    let note = "(by bytes: the 4-byte items are not aligned with each other)";
    let expected = format!("s[0:5] ↔ e[0:5] {note}");
    assert_eq!(shown(&skewed, &every_other, "s", "e"), expected);
    let straddling = layout(2, &[9], &[4], 4); // each item meets two of a
    let expected = "s[0] ↔ a[0], s[0] ↔ a[1], s[1] ↔ a[1], s[1] ↔ a[2], … \
                    (18 pairs in all: 9 elements of s, 10 of a)";
    assert_eq!(shown(&straddling, &a, "s", "a"), expected);
}

#[test]
fn empty_arrays_share_nothing() {
    let a = arange(10, 8);
    for empty in [layout(16, &[0], &[8], 8), layout(0, &[3, 0], &[8, 8], 8)] {
        assert!(!may_share_memory(&empty, &a) && !shares_memory(&a, &empty));
        assert!(element_overlap(&empty, &a).is_empty());
        assert_eq!(counts(&a, &empty), (Some(0), Some(0)));
    }
}

#[test]
fn irregular_small_overlaps_are_listed() {
    let m = Layout::c_contiguous(0, &[3, 4], 8);
    let x = layout(8, &[8], &[8], 8); // np.arange(12)[1:9] against its reshape
    let expected = "x[0] ↔ m[0, 1], x[1] ↔ m[0, 2], x[2] ↔ m[0, 3], x[3] ↔ m[1, 0], … \
                    (8 pairs in all: 8 elements of x, 8 of m)";
    assert_eq!(shown(&x, &m, "x", "m"), expected);
    let one = layout(40, &[2], &[24], 8);
    assert_eq!(shown(&one, &m, "o", "m"), "o[0] ↔ m[1, 1], o[1] ↔ m[2, 0]");
}

/// Runs `f` and checks it took well under a millisecond (generous for debug builds).
fn quick<T>(f: impl FnOnce() -> T) -> T {
    let start = Instant::now();
    let out = f();
    assert!(
        start.elapsed() < Duration::from_millis(5),
        "took {:?}",
        start.elapsed()
    );
    out
}

#[test]
fn large_regular_overlaps_are_exact_and_fast() {
    let n = 100_000_000;
    let a = arange(n, 8);
    let (x, y) = (sliced(&a, 0, 2, n / 2), sliced(&a, 0, 3, n.div_ceil(3)));
    assert_eq!(
        quick(|| counts(&x, &y)),
        (Some(16_666_667), Some(16_666_667))
    );
    assert!(!quick(|| shares_memory(&x, &sliced(&a, 1, 2, n / 2))));
    let rows = layout(80_000, &[9_999, 5_000], &[80_000, 16], 8); // m[1:, ::2], m 10^4 x 10^4
    let cols = layout(8, &[10_000, 2], &[80_000, 8], 8); // m[:, 1:3]
    let text = quick(|| element_overlap(&rows, &cols).render("x", "y"));
    assert_eq!(text, "x[0:9999, 1] ↔ y[1:10000, 1]");
    let mt = layout(0, &[10_000, 10_000], &[8, 80_000], 8);
    let text = quick(|| element_overlap(&mt, &a).render("mt", "a"));
    assert_eq!(
        text,
        "mt[0:10000, 0:10000] ↔ a.reshape(10000, 10000)[0:10000, 0:10000].T"
    );
    let wide = layout(0, &[1_000, n], &[0, 8], 8); // np.broadcast_to(a, (1000, n))
    assert_eq!(
        quick(|| counts(&wide, &mt)),
        (Some(100_000_000_000), Some(n))
    );
    assert!(quick(|| shares_memory(&wide, &mt)));
}

#[test]
fn large_irregular_overlaps_are_not_counted() {
    let a = arange(1_000_000, 8);
    let windows = layout(0, &[999_998, 3], &[8, 8], 8); // sliding_window_view(a, 3)
    let overlap = element_overlap(&windows, &a);
    assert_eq!(overlap, ElementOverlap::Uncounted);
    assert_eq!((overlap.count_a(), overlap.count_b()), (None, None));
    assert!(overlap.render("w", "a").contains("not computed"));
    assert!(shares_memory(&windows, &a));
}

#[test]
fn the_work_bound_gives_up_like_numpy() {
    let a = arange(10, 8);
    let b = sliced(&a, 1, 2, 5);
    assert_eq!(shares_memory_bounded(&a, &b, 0), None);
    assert_eq!(shares_memory_bounded(&a, &b, 1_000), Some(true));
    assert_eq!(
        shares_memory_bounded(&a, &layout(80, &[2], &[8], 8), 0),
        Some(false)
    );
}

// ---- random layouts -------------------------------------------------------------------

pub(super) fn random_layout() -> impl Strategy<Value = Layout> {
    let lens = vec![0usize, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6];
    let axis = (prop::sample::select(lens), -3isize..=3);
    let sizes = vec![1usize, 2, 4, 8];
    (
        prop::sample::select(sizes),
        prop::collection::vec(axis, 1..=3),
        0isize..40,
    )
        .prop_map(|(itemsize, axes, offset)| {
            let shape: Vec<usize> = axes.iter().map(|a| a.0).collect();
            let strides: Vec<isize> = axes.iter().map(|a| a.1 * itemsize as isize).collect();
            let back: isize = (shape.iter().zip(&strides))
                .map(|(&n, &s)| {
                    if s < 0 {
                        -(n.max(1) as isize - 1) * s
                    } else {
                        0
                    }
                })
                .sum();
            layout(offset + back, &shape, &strides, itemsize)
        })
}

/// Deterministic choices from a random tape, so views can depend on earlier choices.
pub(super) struct Tape(pub(super) Vec<usize>, pub(super) usize);

impl Tape {
    pub(super) fn pick(&mut self, n: usize) -> usize {
        self.1 += 1;
        self.0[(self.1 - 1) % self.0.len()] % n.max(1)
    }
}

/// A random C-contiguous shape for the 192-byte buffer seen as `itemsize`-byte items.
fn base_shape(t: &mut Tape, itemsize: usize) -> Vec<usize> {
    let mut rest = 192 / itemsize;
    let mut shape = vec![];
    for _ in 0..t.pick(3) {
        let divisors: Vec<usize> = (2..rest).filter(|&d| rest.is_multiple_of(d)).collect();
        if divisors.is_empty() {
            break;
        }
        let d = divisors[t.pick(divisors.len())];
        shape.push(d);
        rest /= d;
    }
    shape.push(rest);
    shape
}

/// A random view of a base: slices with steps (reversed too), a transpose, maybe a
/// broadcast axis.
fn view_of(t: &mut Tape, shape: &[usize], itemsize: usize) -> Layout {
    let mut l = Layout::c_contiguous(0, shape, itemsize);
    for axis in 0..l.ndim() {
        slice_axis(&mut l, axis, t);
    }
    let mut order: Vec<usize> = (0..l.ndim()).collect();
    for i in (1..order.len()).rev() {
        order.swap(i, t.pick(i + 1));
    }
    l.shape = order.iter().map(|&k| l.shape[k]).collect();
    l.strides = order.iter().map(|&k| l.strides[k]).collect();
    if t.pick(3) == 0 {
        let at = t.pick(l.ndim() + 1);
        l.shape.insert(at, 1 + t.pick(3));
        l.strides.insert(at, 0);
    }
    l
}

/// Two views of one 192-byte buffer, usually with one item size, often one base shape.
pub(super) fn two_views(t: &mut Tape) -> (Layout, Layout) {
    let sizes = [1, 2, 4, 8];
    let size_a = sizes[t.pick(4)];
    let size_b = if t.pick(3) == 0 {
        sizes[t.pick(4)]
    } else {
        size_a
    };
    let shape_a = base_shape(t, size_a);
    let shape_b = if size_a == size_b && t.pick(2) == 0 {
        shape_a.clone()
    } else {
        base_shape(t, size_b)
    };
    (view_of(t, &shape_a, size_a), view_of(t, &shape_b, size_b))
}

fn slice_axis(l: &mut Layout, axis: usize, t: &mut Tape) {
    let len = l.shape[axis];
    let step = [-2isize, -1, 1, 1, 2, 3][t.pick(6)];
    let end = if step > 0 { 0 } else { len - 1 };
    let start = [end, end, t.pick(len)][t.pick(3)];
    let room = if step > 0 {
        (len - start).div_ceil(step as usize)
    } else {
        start / step.unsigned_abs() + 1
    };
    let count = [room, room, room, 1 + t.pick(room), t.pick(room + 1)][t.pick(5)];
    l.offset += start as isize * l.strides[axis];
    l.strides[axis] *= step;
    l.shape[axis] = count;
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn random_layouts_match_brute_force(a in random_layout(), b in random_layout()) {
        check(&a, &b);
    }

    #[test]
    fn views_of_one_buffer_match_brute_force(tape in prop::collection::vec(0usize..10_000, 32)) {
        let mut t = Tape(tape, 0);
        let (a, b) = two_views(&mut t);
        check(&a, &b);
        check(&b, &a);
    }
}

#[test]
fn elements_meeting_lists_every_straddled_element() {
    let written = layout(8, &[], &[], 8); // s[1] of an int64 array
    let misaligned = layout(1, &[11], &[2], 2); // s.view(np.uint8)[1:23].view(np.uint16)
    let expected: Vec<Vec<usize>> = (3..8).map(|i| vec![i]).collect();
    assert_eq!(elements_meeting(&written, &misaligned), Some(expected));
    let grid = layout(0, &[2, 3], &[24, 8], 8);
    assert_eq!(elements_meeting(&written, &grid), Some(vec![vec![0, 1]]));
    let elsewhere = layout(64, &[2], &[8], 8);
    assert_eq!(elements_meeting(&written, &elsewhere), Some(vec![]));
}
