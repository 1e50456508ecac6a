//! How long the exact overlap questions take on layouts small and large.
//!
//! `cargo bench --bench overlap`. The large case is two strided views of a 10^8-byte buffer
//! (`buf[::4]` and `buf[2::6]`, 25,000,000 and 16,666,667 elements): NumPy's `shares_memory`
//! solver and the element overlap behind the report must answer without walking them.

use viewfinder::memory::Layout;
use viewfinder::memory::overlap::{element_overlap, shares_memory};

fn main() {
    divan::main();
}

/// Elements in the large buffer (one byte each, as `np.zeros(10**8, dtype=np.uint8)`).
const BIG: usize = 100_000_000;

/// `buf[start::step]` over a one-dimensional byte buffer of `len` elements.
fn strided(len: usize, start: usize, step: usize) -> Layout {
    Layout {
        offset: start as isize,
        shape: vec![(len - start).div_ceil(step)],
        strides: vec![step as isize],
        itemsize: 1,
    }
}

/// `arange(rows * cols).reshape(rows, cols)` of int64.
fn matrix(rows: usize, cols: usize) -> Layout {
    Layout::c_contiguous(0, &[rows, cols], 8)
}

#[divan::bench]
fn shares_memory_big_strided() -> bool {
    let (x, y) = (strided(BIG, 0, 4), strided(BIG, 2, 6));
    shares_memory(divan::black_box(&x), divan::black_box(&y))
}

#[divan::bench]
fn shares_memory_big_disjoint() -> bool {
    let (x, y) = (strided(BIG, 0, 4), strided(BIG, 3, 10));
    shares_memory(divan::black_box(&x), divan::black_box(&y))
}

#[divan::bench]
fn element_overlap_big_strided() -> Option<usize> {
    let (x, y) = (strided(BIG, 0, 4), strided(BIG, 2, 6));
    element_overlap(divan::black_box(&x), divan::black_box(&y)).count_a()
}

#[divan::bench]
fn element_overlap_big_slice() -> Option<usize> {
    let (a, view) = (strided(BIG, 0, 1), strided(BIG, 1_000, 3));
    element_overlap(divan::black_box(&a), divan::black_box(&view)).count_a()
}

#[divan::bench]
fn element_overlap_small_slice() -> Option<usize> {
    let (a, view) = (strided(8, 0, 1), strided(8, 1, 2));
    element_overlap(divan::black_box(&a), divan::black_box(&view)).count_a()
}

#[divan::bench]
fn element_overlap_small_transpose() -> Option<usize> {
    let m = matrix(3, 4);
    let transposed = Layout {
        offset: 0,
        shape: vec![4, 3],
        strides: vec![8, 32],
        itemsize: 8,
    };
    element_overlap(divan::black_box(&m), divan::black_box(&transposed)).count_a()
}

#[divan::bench]
fn element_overlap_small_irregular() -> Option<usize> {
    let (x, y) = (strided(120, 0, 4), strided(120, 2, 6));
    element_overlap(divan::black_box(&x), divan::black_box(&y)).count_a()
}

#[divan::bench]
fn element_overlap_render_small() -> String {
    let (a, view) = (strided(8, 0, 1), strided(8, 1, 2));
    element_overlap(divan::black_box(&view), divan::black_box(&a)).render("view", "a")
}
