//! CPython's list sort (`Objects/listsort.txt`): natural runs extended by binary insertion to
//! `minrun`, merged in powersort order with galloping.
//!
//! Any stable sort agrees with CPython's when `<` is a total order, but Python's `<` is not
//! always one (a float NaN compares false with everything), and then the order depends on
//! exactly which comparisons are made. This is the same algorithm, comparison for comparison,
//! so `sorted([3.0, nan, 1.0])` comes out as CPython's does.

/// When a merge sees one run win this many times in a row, it starts galloping.
const MIN_GALLOP: usize = 7;

/// A run waiting to be merged: where it starts, how long it is, and its powersort power.
#[derive(Clone, Copy)]
struct Run {
    base: usize,
    len: usize,
    power: u32,
}

/// The state of one sort: the items, `<`, the pending runs and the galloping threshold.
struct MergeState<'a, T, E> {
    items: &'a mut [T],
    less: &'a mut dyn FnMut(&T, &T) -> Result<bool, E>,
    pending: Vec<Run>,
    min_gallop: usize,
    /// The merge's copy of its shorter run.
    scratch: Vec<T>,
}

/// Sorts `items` in place with `less` as CPython's `list.sort()` does (without `key` or
/// `reverse`); the first error `less` returns stops the sort (the items are then some
/// arrangement of the input, possibly with repeats: callers keep the original on error).
pub(crate) fn timsort<T: Clone, E>(
    items: &mut [T],
    less: &mut dyn FnMut(&T, &T) -> Result<bool, E>,
) -> Result<(), E> {
    let total = items.len();
    if total < 2 {
        return Ok(());
    }
    let mut state = MergeState {
        items,
        less,
        pending: Vec::new(),
        min_gallop: MIN_GALLOP,
        scratch: Vec::new(),
    };
    let minrun = compute_minrun(total);
    let mut low = 0;
    while low < total {
        let remaining = total - low;
        let (mut len, descending) = state.count_run(low, total)?;
        if descending {
            state.items[low..low + len].reverse();
        }
        if len < minrun {
            let forced = remaining.min(minrun);
            state.binary_sort(low, low + forced, low + len)?;
            len = forced;
        }
        state.found_new_run(len, total)?;
        state.pending.push(Run {
            base: low,
            len,
            power: 0,
        });
        low += len;
    }
    state.force_collapse()
}

/// CPython's `merge_compute_minrun`: `n` below 64, else between 32 and 64 so that `n / minrun`
/// is just below a power of two.
fn compute_minrun(mut n: usize) -> usize {
    let mut r = 0;
    while n >= 64 {
        r |= n & 1;
        n >>= 1;
    }
    n + r
}

/// CPython's `powerloop`: the depth of the boundary between two adjacent runs in the
/// conceptual merge tree.
fn powerloop(s1: usize, n1: usize, n2: usize, n: usize) -> u32 {
    let mut result = 0;
    let mut a = 2 * s1 + n1;
    let mut b = a + n1 + n2;
    loop {
        result += 1;
        if a >= n {
            a -= n;
            b -= n;
        } else if b >= n {
            break;
        }
        a <<= 1;
        b <<= 1;
    }
    result
}

impl<T: Clone, E> MergeState<'_, T, E> {
    fn lt(&mut self, x: &T, y: &T) -> Result<bool, E> {
        (self.less)(x, y)
    }

    /// `items[i] < items[j]`.
    fn lt_at(&mut self, i: usize, j: usize) -> Result<bool, E> {
        let (x, y) = (self.items[i].clone(), self.items[j].clone());
        self.lt(&x, &y)
    }

    /// The run starting at `low`: ascending (`a <= b <= …`) or strictly descending.
    fn count_run(&mut self, low: usize, high: usize) -> Result<(usize, bool), E> {
        if low + 1 == high {
            return Ok((1, false));
        }
        let descending = self.lt_at(low + 1, low)?;
        let mut at = low + 2;
        while at < high && self.lt_at(at, at - 1)? == descending {
            at += 1;
        }
        Ok((at - low, descending))
    }

    /// Binary insertion of `items[start..high]` into the sorted `items[low..start]`.
    fn binary_sort(&mut self, low: usize, high: usize, mut start: usize) -> Result<(), E> {
        if low == start {
            start += 1;
        }
        while start < high {
            let pivot = self.items[start].clone();
            let (mut l, mut r) = (low, start);
            while l < r {
                let p = l + ((r - l) >> 1);
                let probe = self.items[p].clone();
                if self.lt(&pivot, &probe)? {
                    r = p;
                } else {
                    l = p + 1;
                }
            }
            self.items[l..=start].rotate_right(1);
            start += 1;
        }
        Ok(())
    }

    /// Powersort: merges the runs whose power is above the new boundary's.
    fn found_new_run(&mut self, n2: usize, total: usize) -> Result<(), E> {
        let Some(top) = self.pending.last().copied() else {
            return Ok(());
        };
        let power = powerloop(top.base, top.len, n2, total);
        while self.pending.len() > 1 && self.pending[self.pending.len() - 2].power > power {
            self.merge_at(self.pending.len() - 2)?;
        }
        if let Some(top) = self.pending.last_mut() {
            top.power = power;
        }
        Ok(())
    }

    /// Merges every pending run, the shorter neighbour first.
    fn force_collapse(&mut self) -> Result<(), E> {
        while self.pending.len() > 1 {
            let mut n = self.pending.len() - 2;
            if n > 0 && self.pending[n - 1].len < self.pending[n + 1].len {
                n -= 1;
            }
            self.merge_at(n)?;
        }
        Ok(())
    }

    /// Merges pending runs `i` and `i + 1`.
    fn merge_at(&mut self, i: usize) -> Result<(), E> {
        let (a, b) = (self.pending[i], self.pending[i + 1]);
        self.pending[i].len = a.len + b.len;
        self.pending.remove(i + 1);
        let key = self.items[b.base].clone();
        let k = self.gallop_right(&key, Side::Items(a.base), a.len, 0)?;
        let (base_a, len_a) = (a.base + k, a.len - k);
        if len_a == 0 {
            return Ok(());
        }
        let key = self.items[base_a + len_a - 1].clone();
        let len_b = self.gallop_left(&key, Side::Items(b.base), b.len, b.len - 1)?;
        if len_b == 0 {
            return Ok(());
        }
        if len_a <= len_b {
            self.merge_lo(base_a, len_a, b.base, len_b)
        } else {
            self.merge_hi(base_a, len_a, b.base, len_b)
        }
    }
}

/// Where a galloping search looks: the items, or the merge's scratch copy, from an index.
#[derive(Clone, Copy)]
enum Side {
    Items(usize),
    Scratch(usize),
}

/// How a merge's main loop ended: all placed, or one item of the scratch run left, which
/// goes after (`merge_lo`) or before (`merge_hi`) what remains of the other run.
enum MergeEnd {
    Done,
    OneLeft,
}

/// The positions of a merge in progress: the next slot to fill, the next item of each run
/// (`a` and `b`), and how many items each run still has.
struct Cursor {
    dest: isize,
    a: isize,
    b: isize,
    na: usize,
    nb: usize,
}

impl<T: Clone, E> MergeState<'_, T, E> {
    fn at(&self, side: Side, i: isize) -> T {
        match side {
            Side::Items(base) => self.items[(base as isize + i) as usize].clone(),
            Side::Scratch(base) => self.scratch[(base as isize + i) as usize].clone(),
        }
    }

    /// CPython's `gallop_left`: where `key` goes in the sorted `n` items at `side`, left of
    /// any equal ones, searching out from `hint`.
    fn gallop_left(&mut self, key: &T, side: Side, n: usize, hint: usize) -> Result<usize, E> {
        let (n, hint) = (n as isize, hint as isize);
        let (mut last, mut ofs) = (0isize, 1isize);
        if self.lt(&self.at(side, hint), key)? {
            let max = n - hint;
            while ofs < max && self.lt(&self.at(side, hint + ofs), key)? {
                last = ofs;
                ofs = (ofs << 1) + 1;
            }
            ofs = ofs.min(max);
            (last, ofs) = (last + hint, ofs + hint);
        } else {
            let max = hint + 1;
            while ofs < max && !self.lt(&self.at(side, hint - ofs), key)? {
                last = ofs;
                ofs = (ofs << 1) + 1;
            }
            ofs = ofs.min(max);
            (last, ofs) = (hint - ofs, hint - last);
        }
        last += 1;
        while last < ofs {
            let m = last + ((ofs - last) >> 1);
            if self.lt(&self.at(side, m), key)? {
                last = m + 1;
            } else {
                ofs = m;
            }
        }
        Ok(ofs as usize)
    }

    /// CPython's `gallop_right`: as [`Self::gallop_left`], right of any equal items.
    fn gallop_right(&mut self, key: &T, side: Side, n: usize, hint: usize) -> Result<usize, E> {
        let (n, hint) = (n as isize, hint as isize);
        let (mut last, mut ofs) = (0isize, 1isize);
        if self.lt(key, &self.at(side, hint))? {
            let max = hint + 1;
            while ofs < max && self.lt(key, &self.at(side, hint - ofs))? {
                last = ofs;
                ofs = (ofs << 1) + 1;
            }
            ofs = ofs.min(max);
            (last, ofs) = (hint - ofs, hint - last);
        } else {
            let max = n - hint;
            while ofs < max && !self.lt(key, &self.at(side, hint + ofs))? {
                last = ofs;
                ofs = (ofs << 1) + 1;
            }
            ofs = ofs.min(max);
            (last, ofs) = (last + hint, ofs + hint);
        }
        last += 1;
        while last < ofs {
            let m = last + ((ofs - last) >> 1);
            if self.lt(key, &self.at(side, m))? {
                ofs = m;
            } else {
                last = m + 1;
            }
        }
        Ok(ofs as usize)
    }

    /// Moves `count` items from `from` to `to` within the items (ranges may overlap).
    fn move_items(&mut self, from: isize, to: isize, count: usize) {
        let (from, to) = (from as usize, to as usize);
        if to < from {
            for k in 0..count {
                self.items[to + k] = self.items[from + k].clone();
            }
        } else {
            for k in (0..count).rev() {
                self.items[to + k] = self.items[from + k].clone();
            }
        }
    }

    /// Copies `count` scratch items from `from` into the items at `to`.
    fn unscratch(&mut self, from: isize, to: isize, count: usize) {
        let (from, to) = (from as usize, to as usize);
        self.items[to..to + count].clone_from_slice(&self.scratch[from..from + count]);
    }

    /// CPython's `merge_lo`: merges run `a` (the shorter, copied aside) into run `b` from the
    /// left.
    fn merge_lo(&mut self, base_a: usize, na: usize, base_b: usize, nb: usize) -> Result<(), E> {
        self.scratch = self.items[base_a..base_a + na].to_vec();
        let mut c = Cursor {
            dest: base_a as isize,
            a: 0,
            b: base_b as isize,
            na,
            nb,
        };
        self.move_items(c.b, c.dest, 1);
        (c.dest, c.b, c.nb) = (c.dest + 1, c.b + 1, c.nb - 1);
        let end = match (c.nb, c.na) {
            (0, _) => Ok(MergeEnd::Done),
            (_, 1) => Ok(MergeEnd::OneLeft),
            _ => self.merge_lo_loop(&mut c),
        };
        match end {
            Ok(MergeEnd::OneLeft) => {
                self.move_items(c.b, c.dest, c.nb);
                self.unscratch(c.a, c.dest + c.nb as isize, 1);
                Ok(())
            }
            other => {
                self.unscratch(c.a, c.dest, c.na);
                other.map(|_| ())
            }
        }
    }

    fn merge_lo_loop(&mut self, c: &mut Cursor) -> Result<MergeEnd, E> {
        let mut min_gallop = self.min_gallop;
        loop {
            let (mut acount, mut bcount) = (0, 0);
            loop {
                let (b, a) = (self.at(Side::Items(0), c.b), self.at(Side::Scratch(0), c.a));
                if self.lt(&b, &a)? {
                    self.take_b_lo(c);
                    (bcount, acount) = (bcount + 1, 0);
                    if c.nb == 0 {
                        return Ok(MergeEnd::Done);
                    }
                    if bcount >= min_gallop {
                        break;
                    }
                } else {
                    self.take_a_lo(c);
                    (acount, bcount) = (acount + 1, 0);
                    if c.na == 1 {
                        return Ok(MergeEnd::OneLeft);
                    }
                    if acount >= min_gallop {
                        break;
                    }
                }
            }
            min_gallop += 1;
            loop {
                min_gallop -= usize::from(min_gallop > 1);
                self.min_gallop = min_gallop;
                let key = self.at(Side::Items(0), c.b);
                let k = self.gallop_right(&key, Side::Scratch(c.a as usize), c.na, 0)?;
                acount = k;
                if k > 0 {
                    self.unscratch(c.a, c.dest, k);
                    (c.dest, c.a, c.na) = (c.dest + k as isize, c.a + k as isize, c.na - k);
                    match c.na {
                        1 => return Ok(MergeEnd::OneLeft),
                        0 => return Ok(MergeEnd::Done),
                        _ => {}
                    }
                }
                self.take_b_lo(c);
                if c.nb == 0 {
                    return Ok(MergeEnd::Done);
                }
                let key = self.at(Side::Scratch(0), c.a);
                let k = self.gallop_left(&key, Side::Items(c.b as usize), c.nb, 0)?;
                bcount = k;
                if k > 0 {
                    self.move_items(c.b, c.dest, k);
                    (c.dest, c.b, c.nb) = (c.dest + k as isize, c.b + k as isize, c.nb - k);
                    if c.nb == 0 {
                        return Ok(MergeEnd::Done);
                    }
                }
                self.take_a_lo(c);
                if c.na == 1 {
                    return Ok(MergeEnd::OneLeft);
                }
                if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                    break;
                }
            }
            min_gallop += 1;
            self.min_gallop = min_gallop;
        }
    }

    fn take_b_lo(&mut self, c: &mut Cursor) {
        self.move_items(c.b, c.dest, 1);
        (c.dest, c.b, c.nb) = (c.dest + 1, c.b + 1, c.nb - 1);
    }

    fn take_a_lo(&mut self, c: &mut Cursor) {
        self.unscratch(c.a, c.dest, 1);
        (c.dest, c.a, c.na) = (c.dest + 1, c.a + 1, c.na - 1);
    }

    /// CPython's `merge_hi`: merges run `b` (the shorter, copied aside) into run `a` from the
    /// right.
    fn merge_hi(&mut self, base_a: usize, na: usize, base_b: usize, nb: usize) -> Result<(), E> {
        self.scratch = self.items[base_b..base_b + nb].to_vec();
        let mut c = Cursor {
            dest: (base_b + nb - 1) as isize,
            a: (base_a + na - 1) as isize,
            b: nb as isize - 1,
            na,
            nb,
        };
        self.take_a_hi(&mut c);
        let end = match (c.na, c.nb) {
            (0, _) => Ok(MergeEnd::Done),
            (_, 1) => Ok(MergeEnd::OneLeft),
            _ => self.merge_hi_loop(&mut c, base_a),
        };
        match end {
            Ok(MergeEnd::OneLeft) => {
                let na = c.na as isize;
                self.move_items(c.a + 1 - na, c.dest + 1 - na, c.na);
                self.unscratch(c.b, c.dest - na, 1);
                Ok(())
            }
            other => {
                if c.nb > 0 {
                    self.unscratch(0, c.dest - (c.nb as isize - 1), c.nb);
                }
                other.map(|_| ())
            }
        }
    }

    fn merge_hi_loop(&mut self, c: &mut Cursor, base_a: usize) -> Result<MergeEnd, E> {
        let mut min_gallop = self.min_gallop;
        loop {
            let (mut acount, mut bcount) = (0, 0);
            loop {
                let (b, a) = (self.at(Side::Scratch(0), c.b), self.at(Side::Items(0), c.a));
                if self.lt(&b, &a)? {
                    self.take_a_hi(c);
                    (acount, bcount) = (acount + 1, 0);
                    if c.na == 0 {
                        return Ok(MergeEnd::Done);
                    }
                    if acount >= min_gallop {
                        break;
                    }
                } else {
                    self.take_b_hi(c);
                    (bcount, acount) = (bcount + 1, 0);
                    if c.nb == 1 {
                        return Ok(MergeEnd::OneLeft);
                    }
                    if bcount >= min_gallop {
                        break;
                    }
                }
            }
            min_gallop += 1;
            loop {
                min_gallop -= usize::from(min_gallop > 1);
                self.min_gallop = min_gallop;
                let key = self.at(Side::Scratch(0), c.b);
                let k = c.na - self.gallop_right(&key, Side::Items(base_a), c.na, c.na - 1)?;
                acount = k;
                if k > 0 {
                    let shift = k as isize;
                    (c.dest, c.a) = (c.dest - shift, c.a - shift);
                    self.move_items(c.a + 1, c.dest + 1, k);
                    c.na -= k;
                    if c.na == 0 {
                        return Ok(MergeEnd::Done);
                    }
                }
                self.take_b_hi(c);
                if c.nb == 1 {
                    return Ok(MergeEnd::OneLeft);
                }
                let key = self.at(Side::Items(0), c.a);
                let k = c.nb - self.gallop_left(&key, Side::Scratch(0), c.nb, c.nb - 1)?;
                bcount = k;
                if k > 0 {
                    let shift = k as isize;
                    (c.dest, c.b) = (c.dest - shift, c.b - shift);
                    self.unscratch(c.b + 1, c.dest + 1, k);
                    c.nb -= k;
                    match c.nb {
                        1 => return Ok(MergeEnd::OneLeft),
                        0 => return Ok(MergeEnd::Done),
                        _ => {}
                    }
                }
                self.take_a_hi(c);
                if c.na == 0 {
                    return Ok(MergeEnd::Done);
                }
                if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                    break;
                }
            }
            min_gallop += 1;
            self.min_gallop = min_gallop;
        }
    }

    fn take_a_hi(&mut self, c: &mut Cursor) {
        self.move_items(c.a, c.dest, 1);
        (c.dest, c.a, c.na) = (c.dest - 1, c.a - 1, c.na - 1);
    }

    fn take_b_hi(&mut self, c: &mut Cursor) {
        self.unscratch(c.b, c.dest, 1);
        (c.dest, c.b, c.nb) = (c.dest - 1, c.b - 1, c.nb - 1);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small deterministic generator, so the tests need no crate.
    fn numbers(seed: u64, len: usize, range: u64) -> Vec<u64> {
        let mut state = seed.wrapping_mul(6364136223846793005).wrapping_add(1);
        (0..len)
            .map(|_| {
                state = state
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                (state >> 33) % range
            })
            .collect()
    }

    #[test]
    fn total_orders_sort_stably() {
        for (seed, len) in (0..200u64).map(|s| (s, (s as usize * 37) % 700)) {
            let keys = numbers(seed, len, 1 + seed % 50);
            let mut items: Vec<(u64, usize)> = keys.into_iter().zip(0..).collect();
            let mut expected = items.clone();
            expected.sort_by_key(|item| item.0);
            let mut less = |x: &(u64, usize), y: &(u64, usize)| Ok::<_, ()>(x.0 < y.0);
            timsort(&mut items, &mut less).unwrap();
            assert_eq!(items, expected, "seed {seed}, {len} items");
        }
    }

    #[test]
    fn errors_stop_the_sort() {
        let mut items: Vec<u64> = numbers(7, 300, 1000);
        let mut calls = 0;
        let mut less = |x: &u64, y: &u64| {
            calls += 1;
            if calls == 500 { Err("stop") } else { Ok(x < y) }
        };
        assert_eq!(timsort(&mut items, &mut less), Err("stop"));
    }

    #[test]
    fn minrun_and_power_are_cpythons() {
        assert_eq!(compute_minrun(63), 63);
        assert_eq!(compute_minrun(64), 32);
        assert_eq!(compute_minrun(65), 33);
        assert_eq!(compute_minrun(2112), 33);
        assert_eq!(powerloop(0, 32, 32, 128), 2);
        assert_eq!(powerloop(0, 64, 64, 128), 1);
    }
}
