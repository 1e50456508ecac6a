//! The fast path of `element_overlap`: both arrays as boxes of digits.
//!
//! Addresses are written in a mixed-radix system (place values that divide each other, the top
//! digit unbounded), counted in units of the coarsest byte grain both arrays sit on; the bytes of
//! one element are an extra axis of stride one unit. An array is a *digit box* when each of its
//! axes moves exactly one digit without carrying and no two of its axes move the same digit.
//! Then its elements are exactly the digit vectors in a product of arithmetic progressions, and
//! the overlap of two digit boxes is the product of per-digit intersections (Chinese remainder
//! theorem): exact counts and NumPy slices at the cost of a few gcds, whatever the sizes. An axis
//! that carries is split when that is a clean reshape (`arr` against `arr.reshape(3, 4)`);
//! otherwise its digit is merged with the next one. Layouts that still collide are not boxes.

use super::diophantine::{ceil_div, ext_gcd};
use super::{AxisSel, BlockOverlap, Selection};
use crate::memory::Layout;

/// An ascending arithmetic progression: `count ≥ 1` values from `start`, `step > 0` apart.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Ap {
    start: i128,
    step: i128,
    count: i128,
}

impl Ap {
    fn single(value: i128) -> Ap {
        Ap {
            start: value,
            step: 1,
            count: 1,
        }
    }

    fn last(&self) -> i128 {
        self.start + self.step * (self.count - 1)
    }

    /// The common values of two progressions (CRT on the residues, then the bounds).
    fn intersect(self, other: Ap) -> Option<Ap> {
        let (gcd, inverse, _) = ext_gcd(self.step, other.step);
        let diff = other.start - self.start;
        if diff % gcd != 0 {
            return None;
        }
        let modulus = other.step / gcd;
        let t = ((diff / gcd).rem_euclid(modulus) * inverse.rem_euclid(modulus)) % modulus;
        let (anchor, lcm) = (self.start + self.step * t, self.step * modulus);
        let (low, high) = (self.start.max(other.start), self.last().min(other.last()));
        let first = anchor + ceil_div(low - anchor, lcm) * lcm;
        (first <= high).then_some(Ap {
            start: first,
            step: lcm,
            count: (high - first) / lcm + 1,
        })
    }
}

/// Indices along one axis: `count` indices from `first`, `step` (signed, nonzero) apart.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Run {
    first: i128,
    step: i128,
    count: i128,
}

/// What a lattice axis stands for: (part of) an axis of the layout, or the bytes of an item.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Origin {
    Axis(usize),
    Item,
}

/// One moving axis, in units; a split axis's parts have `place` = the flat index per step.
#[derive(Clone, Copy, Debug)]
struct Lax {
    origin: Origin,
    len: i128,
    stride: i128,
    place: i128,
}

/// One array in units from the common origin: moving axes, broadcast copies, item bytes.
#[derive(Clone, Debug)]
struct Side {
    offset: i128,
    axes: Vec<Lax>,
    repeats: usize,
    has_items: bool,
}

impl Side {
    fn new(layout: &Layout, unit: i128, origin: i128) -> Side {
        let mut side = Side {
            offset: (layout.offset as i128 - origin) / unit,
            axes: vec![],
            repeats: 1,
            has_items: false,
        };
        for (i, (&len, &stride)) in layout.shape.iter().zip(&layout.strides).enumerate() {
            match (len, stride) {
                (0..=1, _) => {}
                (_, 0) => side.repeats *= len,
                _ => side
                    .axes
                    .push(lax(Origin::Axis(i), len as i128, stride as i128 / unit)),
            }
        }
        let items = layout.itemsize as i128 / unit;
        if items > 1 {
            side.axes.push(lax(Origin::Item, items, 1));
            side.has_items = true;
        }
        side
    }

    /// Replaces axis `axis` by `(len / q, q)`, the outer part striding `q` times further.
    fn split(&mut self, axis: usize, q: i128) {
        let whole = self.axes[axis];
        let outer = Lax {
            len: whole.len / q,
            stride: whole.stride * q,
            place: whole.place * q,
            ..whole
        };
        self.axes
            .splice(axis..=axis, [outer, Lax { len: q, ..whole }]);
    }
}

fn lax(origin: Origin, len: i128, stride: i128) -> Lax {
    Lax {
        origin,
        len,
        stride,
        place: 1,
    }
}

/// The place values of the digits, each dividing the next; the last digit is unbounded.
#[derive(Clone, Debug)]
struct Frame {
    places: Vec<i128>,
}

impl Frame {
    fn new(sides: &[Side; 2]) -> Frame {
        let mut values: Vec<i128> = sides
            .iter()
            .flat_map(|s| s.axes.iter().map(|ax| ax.stride.abs()))
            .collect();
        values.sort_unstable();
        let mut places = vec![1];
        for value in values {
            if value % places[places.len() - 1] == 0 && !places.contains(&value) {
                places.push(value);
            }
        }
        Frame { places }
    }

    /// The highest digit whose place value divides `stride`.
    fn level(&self, stride: i128) -> usize {
        self.places
            .iter()
            .rposition(|&p| stride % p == 0)
            .unwrap_or(0)
    }

    /// How many values the digit at `level` takes (`None`: the unbounded top digit).
    fn radix(&self, level: usize) -> Option<i128> {
        Some(self.places.get(level + 1)? / self.places[level])
    }

    fn digit(&self, offset: i128, level: usize) -> i128 {
        let above = offset.div_euclid(self.places[level]);
        self.radix(level)
            .map_or(above, |radix| above.rem_euclid(radix))
    }

    /// How far one step of `ax` moves its digit.
    fn multiplier(&self, ax: &Lax) -> i128 {
        ax.stride / self.places[self.level(ax.stride)]
    }
}

/// What keeps a side from being a digit box in a frame.
enum Fix {
    Split { axis: usize, q: i128 },
    Merge(usize),
    Fail,
}

/// The structured overlap: `None` when the layouts are not digit boxes of one frame, else the
/// block (`Some(None)`: no element overlaps).
pub(super) fn solve(a: &Layout, b: &Layout) -> Option<Option<BlockOverlap>> {
    if a.size() == 0 || b.size() == 0 {
        return Some(None);
    }
    let unit = unit_of(a, b);
    let origins = origins(a, b, unit);
    let attempts = [false, true]
        .into_iter()
        .flat_map(|split| origins.iter().map(move |&o| (split, o)));
    attempts.into_iter().find_map(|(split, origin)| {
        let mut sides = [Side::new(a, unit, origin), Side::new(b, unit, origin)];
        let frame = settle(&mut sides, split)?;
        Some(overlap(a, b, &sides, &frame))
    })
}

/// The largest grain every address sits on: gcd of item sizes, moving strides, offset gap.
fn unit_of(a: &Layout, b: &Layout) -> i128 {
    let strides = [a, b].into_iter().flat_map(|l| {
        (l.shape.iter().zip(&l.strides))
            .filter(|&(&len, _)| len > 1)
            .map(|(_, &s)| s as i128)
    });
    let gap = a.offset as i128 - b.offset as i128;
    let all = strides.chain([a.itemsize as i128, b.itemsize as i128, gap]);
    all.fold(0, |g, x| ext_gcd(g, x.abs()).0).max(1)
}

/// Where digit 0 may start: the buffer's own grid, then either array's lowest byte.
fn origins(a: &Layout, b: &Layout, unit: i128) -> Vec<i128> {
    let mut origins = vec![(b.offset as i128).rem_euclid(unit)];
    for (low, _) in [a.byte_extent(), b.byte_extent()].into_iter().flatten() {
        if !origins.contains(&(low as i128)) {
            origins.push(low as i128);
        }
    }
    origins
}

/// Merges (and splits, when `split`) until both sides are digit boxes of one frame, or gives
/// up. Merging alone keeps the arrays' own axes, so it is tried first.
fn settle(sides: &mut [Side; 2], split: bool) -> Option<Frame> {
    let mut frame = Frame::new(sides);
    loop {
        let fix = (0..2).find_map(|s| find_fix(&sides[s], &frame, split).map(|fix| (s, fix)));
        match fix {
            None => return Some(frame),
            Some((_, Fix::Fail)) => return None,
            Some((_, Fix::Merge(level))) => _ = frame.places.remove(level + 1),
            Some((s, Fix::Split { axis, q })) => sides[s].split(axis, q),
        }
    }
}

/// The first problem of one side: two axes on one digit, or an axis that carries.
fn find_fix(side: &Side, frame: &Frame, split: bool) -> Option<Fix> {
    let mut taken = vec![false; frame.places.len()];
    for (i, ax) in side.axes.iter().enumerate() {
        let level = frame.level(ax.stride);
        if std::mem::replace(&mut taken[level], true) {
            return Some(Fix::Fail);
        }
        if let Some(fix) = carry_fix(side, frame, i, level, split) {
            return Some(fix);
        }
    }
    None
}

/// `None` when axis `i` stays within its digit; else a split when the axis is a whole number
/// of clean turns of the digit, else a merge with the next digit.
fn carry_fix(side: &Side, frame: &Frame, i: usize, level: usize, split: bool) -> Option<Fix> {
    let radix = frame.radix(level)?;
    let ax = &side.axes[i];
    let k = frame.multiplier(ax);
    let d = frame.digit(side.offset, level);
    if (0..radix).contains(&(d + k * (ax.len - 1))) {
        return None;
    }
    let q = radix / k.abs();
    let clean_turn = if k > 0 { d < k } else { d >= radix - k.abs() };
    let splits = split && radix % k.abs() == 0 && ax.len % q == 0 && clean_turn;
    Some(if splits {
        Fix::Split { axis: i, q }
    } else {
        Fix::Merge(level)
    })
}

/// The values one side's digit takes at `level`, and that side's multiplier there (0: fixed).
fn digit_values(side: &Side, frame: &Frame, level: usize) -> (Ap, i128) {
    let d = frame.digit(side.offset, level);
    let Some(ax) = side.axes.iter().find(|ax| frame.level(ax.stride) == level) else {
        return (Ap::single(d), 0);
    };
    let k = frame.multiplier(ax);
    let span = k * (ax.len - 1);
    (
        Ap {
            start: d + span.min(0),
            step: k.abs(),
            count: ax.len,
        },
        k,
    )
}

/// A lattice axis's overlapping indices, and the digit it moves.
#[derive(Clone, Copy, Debug)]
struct Pick {
    run: Run,
    level: usize,
}

/// Intersects digit by digit, then turns the common digits back into indices on each side.
fn overlap(a: &Layout, b: &Layout, sides: &[Side; 2], frame: &Frame) -> Option<BlockOverlap> {
    let mut common = vec![];
    let mut a_signs = vec![];
    for level in 0..frame.places.len() {
        let ((values_a, k_a), (values_b, _)) = (
            digit_values(&sides[0], frame, level),
            digit_values(&sides[1], frame, level),
        );
        common.push(values_a.intersect(values_b)?);
        a_signs.push(k_a.signum());
    }
    let picks_a = picks(&sides[0], frame, &common, None);
    let picks_b = picks(&sides[1], frame, &common, Some(&a_signs));
    Some(assemble([a, b], sides, [&picks_a, &picks_b]))
}

/// Each axis's indices over the common digits, ascending, or in A's direction for B.
fn picks(side: &Side, frame: &Frame, common: &[Ap], lead: Option<&[i128]>) -> Vec<Pick> {
    let pick = |ax: &Lax| {
        let level = frame.level(ax.stride);
        let k = frame.multiplier(ax);
        let flip = lead.is_some_and(|signs| signs[level] * k < 0);
        let run = index_run(common[level], k, frame.digit(side.offset, level), flip);
        Pick { run, level }
    };
    side.axes.iter().map(pick).collect()
}

/// The indices `j` with `d + k·j` in `values`, ascending (or descending when `flip`).
fn index_run(values: Ap, k: i128, d: i128, flip: bool) -> Run {
    let first_value = if k > 0 { values.start } else { values.last() };
    let ascending = Run {
        first: (first_value - d) / k,
        step: values.step / k.abs(),
        count: values.count,
    };
    if !flip {
        return ascending;
    }
    let last = ascending.first + ascending.step * (ascending.count - 1);
    Run {
        first: last,
        step: -ascending.step,
        count: ascending.count,
    }
}

/// Counts, selections on both sides and the notes of the block.
fn assemble(layouts: [&Layout; 2], sides: &[Side; 2], picks: [&[Pick]; 2]) -> BlockOverlap {
    let bytes = (sides[0].has_items || sides[1].has_items)
        .then_some((layouts[0].itemsize, layouts[1].itemsize));
    let (a, b, reordered) = if bytes.is_some() {
        let built = |s: usize| build(layouts[s], &sides[s], picks[s], true).selection;
        (built(0), built(1), false)
    } else {
        align(layouts, sides, picks)
    };
    let (count_a, count_b) = (count(&sides[0], picks[0]), count(&sides[1], picks[1]));
    let (a_repeats, b_repeats) = (sides[0].repeats, sides[1].repeats);
    BlockOverlap {
        a,
        b,
        count_a,
        count_b,
        a_repeats,
        b_repeats,
        bytes,
        reordered,
    }
}

/// Overlapping elements of one side: broadcast copies times the indices of each real axis.
fn count(side: &Side, picks: &[Pick]) -> usize {
    let real = side
        .axes
        .iter()
        .zip(picks)
        .filter(|(ax, _)| ax.origin != Origin::Item);
    real.fold(side.repeats, |n, (_, pick)| n * pick.run.count as usize)
}

/// Selections whose C orders match: flattened split axes when the digit orders agree, else
/// split axes shown as reshapes and B transposed into A's order (or flagged as reordered).
fn align(
    layouts: [&Layout; 2],
    sides: &[Side; 2],
    picks: [&[Pick]; 2],
) -> (Selection, Selection, bool) {
    let build_both = |flat| [0, 1].map(|s| build(layouts[s], &sides[s], picks[s], flat));
    let [flat_a, flat_b] = build_both(true);
    if digit_order(&flat_a.walks) == digit_order(&flat_b.walks) {
        return (flat_a.selection, flat_b.selection, false);
    }
    let [split_a, mut split_b] = build_both(false);
    match permutation(&split_a.walks, &split_b.walks) {
        Some(order) => {
            let identity = order.iter().enumerate().all(|(i, &axis)| i == axis);
            split_b.selection.transpose = (!identity).then_some(order);
            (split_a.selection, split_b.selection, false)
        }
        None => (flat_a.selection, flat_b.selection, true),
    }
}

/// A selection, and per axis of the selected block the digits it walks (`None`: broadcast).
struct Built {
    selection: Selection,
    walks: Vec<Option<Vec<usize>>>,
}

fn digit_order(walks: &[Option<Vec<usize>>]) -> Vec<usize> {
    walks.iter().flatten().flatten().copied().collect()
}

/// The axis order that puts B's walked digits in A's order, when every axis walks one digit.
fn permutation(a: &[Option<Vec<usize>>], b: &[Option<Vec<usize>>]) -> Option<Vec<usize>> {
    let single = |w: &Option<Vec<usize>>| match w.as_deref() {
        Some(&[digit]) => Some(digit),
        _ => None,
    };
    let b_digits: Vec<usize> = b.iter().map(single).collect::<Option<_>>()?;
    let a_digits: Vec<usize> = a
        .iter()
        .filter(|w| w.is_some())
        .map(single)
        .collect::<Option<_>>()?;
    if a_digits.len() != b_digits.len() {
        return None;
    }
    a_digits
        .iter()
        .map(|d| b_digits.iter().position(|x| x == d))
        .collect()
}

/// Builds one side's selection; `flat` writes split axes as one slice where possible.
fn build(layout: &Layout, side: &Side, picks: &[Pick], flat: bool) -> Built {
    let mut built = Built::new();
    let (mut shape, mut reshaped) = (vec![], false);
    for (i, (&len, &stride)) in layout.shape.iter().zip(&layout.strides).enumerate() {
        let parts = parts_of(side, picks, i);
        match (len, stride) {
            (0..=1, _) => built.push(AxisSel::Index(0), None),
            (_, 0) => built.push(AxisSel::All, Some(None)),
            _ => match fold(&parts).filter(|_| flat || parts.len() == 1) {
                Some(run) => built.push_run(run, len as i128, parts.iter().map(|(_, p)| *p)),
                None => {
                    shape.extend(built.push_parts(&parts));
                    reshaped = true;
                    continue;
                }
            },
        }
        shape.push(len);
    }
    built.selection.reshape = reshaped.then_some(shape);
    built
}

/// The lattice axes (split parts, outer first) of the layout's axis `axis`, with their picks.
fn parts_of<'s>(side: &'s Side, picks: &'s [Pick], axis: usize) -> Vec<(&'s Lax, &'s Pick)> {
    let own = |(ax, _): &(&Lax, &Pick)| ax.origin == Origin::Axis(axis);
    side.axes.iter().zip(picks).filter(own).collect()
}

impl Built {
    fn new() -> Built {
        let selection = Selection {
            reshape: None,
            axes: vec![],
            transpose: None,
        };
        Built {
            selection,
            walks: vec![],
        }
    }

    /// Adds an axis; `walk` is `None` for an index (no axis in the block), `Some(None)` for a
    /// broadcast axis.
    fn push(&mut self, sel: AxisSel, walk: Option<Option<Vec<usize>>>) {
        self.selection.axes.push(sel);
        self.walks.extend(walk);
    }

    fn push_run<'p>(&mut self, run: Run, len: i128, parts: impl IntoIterator<Item = &'p Pick>) {
        if run.count == 1 {
            return self.push(AxisSel::Index(run.first as usize), None);
        }
        let digits = parts
            .into_iter()
            .filter(|p| p.run.count > 1)
            .map(|p| p.level)
            .collect();
        self.push(slice(run, len), Some(Some(digits)));
    }

    /// Adds each part of a split axis as an axis of its own; returns their lengths.
    fn push_parts(&mut self, parts: &[(&Lax, &Pick)]) -> Vec<usize> {
        for (ax, pick) in parts {
            self.push_run(pick.run, ax.len, [*pick]);
        }
        parts.iter().map(|(ax, _)| ax.len as usize).collect()
    }
}

/// The flat indices of a split axis as one run, when they form one.
fn fold(parts: &[(&Lax, &Pick)]) -> Option<Run> {
    let first = parts.iter().map(|(ax, p)| ax.place * p.run.first).sum();
    let mut walk: Option<(i128, i128)> = None;
    for (ax, pick) in parts.iter().rev().filter(|(_, p)| p.run.count > 1) {
        let step = ax.place * pick.run.step;
        walk = Some(match walk {
            None => (step, pick.run.count),
            Some((inner, count)) if step == inner * count => (inner, count * pick.run.count),
            Some(_) => return None,
        });
    }
    let (step, count) = walk.unwrap_or((1, 1));
    Some(Run { first, step, count })
}

/// NumPy's slice for a run of at least two indices on an axis of `len`.
fn slice(run: Run, len: i128) -> AxisSel {
    let end = run.first + run.step * run.count;
    let stop = if run.step > 0 {
        Some(end.min(len))
    } else {
        (end >= 0).then_some(end)
    };
    AxisSel::Slice {
        start: run.first as usize,
        stop: stop.map(|s| s as usize),
        step: run.step as isize,
    }
}
