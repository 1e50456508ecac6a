//! NumPy's exact overlap test, ported from `numpy/_core/src/common/mem_overlap.c`.
//!
//! Two arrays overlap when a byte of an element of one is a byte of an element of the other.
//! With negative strides flipped this is a bounded linear Diophantine equation with positive
//! coefficients, `Σ a_i·x_i = b` with `0 ≤ x_i ≤ ub_i`, which NumPy solves by a depth-first
//! search over the general solutions of two-term equations. The arithmetic here is `i128`, so
//! NumPy's overflow exits cannot be reached by `isize` layouts.

use crate::memory::Layout;

/// One term `a·x` of the equation, with `0 ≤ x ≤ ub`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Term {
    a: i128,
    ub: i128,
}

/// NumPy's `solve_may_share_memory`: `None` when `max_work` ran out (`TooHardError`).
pub(super) fn solve(a: &Layout, b: &Layout, max_work: Option<u64>) -> Option<bool> {
    let (Some((start1, end1)), Some((start2, end2))) = (a.byte_extent(), b.byte_extent()) else {
        return Some(false);
    };
    if !(start1 < end2 && start2 < end1) {
        return Some(false);
    }
    if max_work == Some(0) {
        return None;
    }
    let rhs = (end2 - 1 - start1).min(end1 - 1 - start2) as i128;
    let mut terms = terms_of(a);
    terms.extend(terms_of(b));
    solve_diophantine(&simplify(terms, rhs), rhs, max_work)
}

/// One term per axis that moves (length > 1, stride ≠ 0), plus one for the bytes of an item.
fn terms_of(layout: &Layout) -> Vec<Term> {
    let mut terms: Vec<Term> = (layout.shape.iter().zip(&layout.strides))
        .filter(|&(&len, &stride)| len > 1 && stride != 0)
        .map(|(&len, &stride)| Term {
            a: (stride as i128).abs(),
            ub: len as i128 - 1,
        })
        .collect();
    if layout.itemsize > 1 {
        terms.push(Term {
            a: 1,
            ub: layout.itemsize as i128 - 1,
        });
    }
    terms
}

/// NumPy's `diophantine_simplify`: sort by coefficient (descending), merge equal coefficients,
/// cap each bound at `rhs / a` and drop terms that can only be zero.
fn simplify(mut terms: Vec<Term>, rhs: i128) -> Vec<Term> {
    terms.sort_by_key(|t| std::cmp::Reverse(t.a));
    let mut merged: Vec<Term> = Vec::with_capacity(terms.len());
    for term in terms {
        match merged.last_mut() {
            Some(last) if last.a == term.a => last.ub += term.ub,
            _ => merged.push(term),
        }
    }
    (merged.into_iter())
        .map(|t| Term {
            ub: t.ub.min(rhs / t.a),
            ..t
        })
        .filter(|t| t.ub > 0)
        .collect()
}

/// NumPy's `solve_diophantine` (without the `require_ub_nontrivial` variant).
fn solve_diophantine(terms: &[Term], rhs: i128, max_work: Option<u64>) -> Option<bool> {
    match terms {
        _ if rhs < 0 => Some(false),
        [] => Some(rhs == 0),
        [only] => Some(rhs % only.a == 0 && rhs / only.a <= only.ub),
        _ => Search::new(terms, max_work).dfs(terms.len() - 1, rhs),
    }
}

/// NumPy's `diophantine_dfs` state: the terms, the precomputed reductions and the work count.
struct Search<'t> {
    e: &'t [Term],
    /// `ep[j]`: terms `0..=j+1` folded into one term with coefficient their gcd.
    ep: Vec<Term>,
    /// Bézout coefficients: `ep[j-1].a·gamma[j] + e[j+1].a·epsilon[j] = ep[j].a`.
    gamma: Vec<i128>,
    epsilon: Vec<i128>,
    max_work: Option<u64>,
    count: u64,
}

impl<'t> Search<'t> {
    /// NumPy's `diophantine_precompute`.
    fn new(e: &'t [Term], max_work: Option<u64>) -> Search<'t> {
        let mut search = Search {
            e,
            ep: vec![],
            gamma: vec![],
            epsilon: vec![],
            max_work,
            count: 0,
        };
        let mut folded = e[0];
        for term in &e[1..] {
            let (gcd, gamma, epsilon) = ext_gcd(folded.a, term.a);
            folded = Term {
                a: gcd,
                ub: folded.a / gcd * folded.ub + term.a / gcd * term.ub,
            };
            search.ep.push(folded);
            search.gamma.push(gamma);
            search.epsilon.push(epsilon);
        }
        search
    }

    /// Is there `x_0..=x_v` within bounds with `Σ e[j].a·x_j = b`? `None`: out of work.
    fn dfs(&mut self, v: usize, b: i128) -> Option<bool> {
        if self.max_work.is_some_and(|max| self.count >= max) {
            return None;
        }
        let Some((t_low, t_high, x2, c2)) = self.candidates(v, b) else {
            self.count += 1;
            return Some(false);
        };
        if v == 1 {
            return Some(true);
        }
        for t in t_low..=t_high {
            let rest = b - self.e[v].a * (x2 - c2 * t);
            if self.dfs(v - 1, rest)? {
                return Some(true);
            }
        }
        self.count += 1;
        Some(false)
    }

    /// The solutions of `a1·x1 + a2·x2 = b` (x1 the folded terms `0..v`, x2 term `v`) are
    /// `x1 = gamma·c + c1·t`, `x2 = epsilon·c - c2·t`; returns the range of `t` keeping both
    /// within bounds, with `epsilon·c` and `c2`, or `None` when there is none.
    fn candidates(&self, v: usize, b: i128) -> Option<(i128, i128, i128, i128)> {
        let (a1, u1) = if v == 1 {
            (self.e[0].a, self.e[0].ub)
        } else {
            self.ep_parts(v - 2)
        };
        let (a2, u2) = (self.e[v].a, self.e[v].ub);
        let gcd = self.ep[v - 1].a;
        if b % gcd != 0 {
            return None;
        }
        let c = b / gcd;
        let (c1, c2) = (a2 / gcd, a1 / gcd);
        let (x1, x2) = (self.gamma[v - 1] * c, self.epsilon[v - 1] * c);
        let t_low = ceil_div(-x1, c1).max(ceil_div(x2 - u2, c2));
        let t_high = (u1 - x1).div_euclid(c1).min(x2.div_euclid(c2));
        (t_low <= t_high).then_some((t_low, t_high, x2, c2))
    }

    fn ep_parts(&self, j: usize) -> (i128, i128) {
        (self.ep[j].a, self.ep[j].ub)
    }
}

/// Extended Euclid: `(g, x, y)` with `a·x + b·y = g = gcd(a, b)`, for `a, b ≥ 0`.
pub(super) fn ext_gcd(a: i128, b: i128) -> (i128, i128, i128) {
    let (mut r0, mut r1, mut s0, mut s1, mut t0, mut t1) = (a, b, 1, 0, 0, 1);
    while r1 != 0 {
        let q = r0 / r1;
        (r0, r1) = (r1, r0 - q * r1);
        (s0, s1) = (s1, s0 - q * s1);
        (t0, t1) = (t1, t0 - q * t1);
    }
    (r0, s0, t0)
}

/// `⌈n / d⌉` for `d > 0`.
pub(super) fn ceil_div(n: i128, d: i128) -> i128 {
    -(-n).div_euclid(d)
}
