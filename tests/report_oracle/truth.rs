//! NumPy's side: the memory facts after each step, as `tests/differential/truth.py` records
//! them in python3 (one worker of the differential fuzzer answers `{"op": "trace"}`).
//!
//! Everything here is read from NumPy itself: element addresses, shapes, strides, the object
//! that owns each array's memory, and the addresses each assignment target covered. The
//! brute-force helpers list elements with their byte ranges, which is exact and cheap for the
//! small arrays the oracle generates (at most 64 elements).

use std::collections::BTreeMap;

use serde::Deserialize;

use crate::differential::oracle::PythonWorker;

/// A whole program's trace.
#[derive(Debug, Deserialize)]
pub struct Trace {
    /// One entry per statement run, up to and including the first that raised.
    pub steps: Vec<TruthStep>,
    /// True when the program ran out of time.
    pub timeout: bool,
}

/// The state after one statement.
#[derive(Debug, Deserialize)]
pub struct TruthStep {
    /// The statement's first line (1-based).
    pub line: usize,
    /// What it printed.
    pub printed: String,
    /// Its error line, if it raised.
    pub error: Option<String>,
    /// Every name after it.
    pub names: BTreeMap<String, TruthName>,
    /// What each assignment target wrote, computed before the statement ran.
    pub writes: Vec<TruthWrite>,
    /// Byte ranges `[low, high)` of memory reached before the step whose values changed.
    pub changed: Vec<[i64; 2]>,
    /// Names deleted by the step, with the owner of the memory each reached.
    pub deleted: BTreeMap<String, u64>,
}

/// One name after a step.
#[derive(Debug, Deserialize)]
pub struct TruthName {
    /// Python's type, spelled as the trace spells it (`numpy.ndarray`, `bytearray`).
    #[serde(rename = "type")]
    pub type_name: String,
    /// The object's identity.
    pub object: u64,
    /// The names that held this very object before the step.
    pub held_by_before: Vec<String>,
    /// `str()` for arrays, `repr()` otherwise.
    pub text: String,
    /// For arrays and buffer objects: where the elements are.
    pub memory: Option<Memory>,
}

/// Where an array's or buffer object's elements are.
#[derive(Clone, Debug, Deserialize)]
pub struct Memory {
    /// The object owning the memory (`.base` to the end; a buffer object owns itself).
    pub owner: u64,
    /// True when that owner's memory was reached by some name before the step.
    pub owner_existed: bool,
    /// Address of the owner's first byte.
    pub owner_address: i64,
    /// Address of element 0.
    pub address: i64,
    /// Bytes per element.
    pub itemsize: usize,
    /// Shape (`[len]` for a buffer object).
    pub shape: Vec<usize>,
    /// Byte strides.
    pub strides: Vec<i64>,
    /// Arrays only: dtype name.
    pub dtype: Option<String>,
    /// Arrays only: `flags.writeable`.
    pub writeable: Option<bool>,
    /// Arrays only: `flags.owndata`.
    pub owndata: Option<bool>,
    /// Arrays only: the identity of `.base`.
    pub base: Option<u64>,
    /// Arrays only: the type of `.base`.
    pub base_type: Option<String>,
}

/// The elements one assignment target wrote.
#[derive(Clone, Debug, Deserialize)]
pub struct TruthWrite {
    /// The target as written in the program.
    pub target: String,
    /// The object owning the memory written.
    pub owner: u64,
    /// Address of each element written, once each.
    pub addresses: Vec<i64>,
    /// Bytes per element written.
    pub itemsize: usize,
    /// Address of the first byte of the memory's owner.
    pub owner_address: i64,
    /// Bytes per item of the owner.
    pub owner_itemsize: usize,
}

/// One element: its C-order flat index and the bytes it covers.
#[derive(Clone, Copy, Debug)]
pub struct Element {
    /// Position in C order.
    pub flat: usize,
    /// First byte.
    pub low: i64,
    /// One past the last byte.
    pub high: i64,
}

impl Memory {
    /// Number of elements.
    pub fn size(&self) -> usize {
        self.shape.iter().product()
    }

    /// Every element, in C order.
    pub fn elements(&self) -> Vec<Element> {
        (0..self.size())
            .map(|flat| {
                let low = self.address + self.offset_of(flat);
                Element {
                    flat,
                    low,
                    high: low + self.itemsize as i64,
                }
            })
            .collect()
    }

    /// Byte distance of the element at C-order position `flat` from element 0.
    fn offset_of(&self, mut flat: usize) -> i64 {
        let mut offset = 0;
        for (&len, &stride) in self.shape.iter().zip(&self.strides).rev() {
            offset += (flat % len) as i64 * stride;
            flat /= len;
        }
        offset
    }

    /// The elements whose bytes meet any of `ranges` (`[low, high)` each), as flat indices.
    pub fn meeting(&self, ranges: &[[i64; 2]]) -> Vec<usize> {
        self.elements()
            .into_iter()
            .filter(|e| {
                ranges
                    .iter()
                    .any(|&[low, high]| e.low < high && low < e.high)
            })
            .map(|e| e.flat)
            .collect()
    }
}

/// Every `(element of a, element of b)` whose bytes intersect, by flat index, sorted.
pub fn overlapping_pairs(a: &Memory, b: &Memory) -> Vec<(usize, usize)> {
    let (xs, ys) = (a.elements(), b.elements());
    let mut pairs = vec![];
    for x in &xs {
        for y in &ys {
            if x.low < y.high && y.low < x.high {
                pairs.push((x.flat, y.flat));
            }
        }
    }
    pairs
}

/// The multi-index of C-order position `flat` in `shape`.
pub fn unravel(mut flat: usize, shape: &[usize]) -> Vec<usize> {
    let mut index = vec![0; shape.len()];
    for (slot, &len) in index.iter_mut().zip(shape).rev() {
        *slot = flat % len;
        flat /= len;
    }
    index
}

impl TruthWrite {
    /// The byte ranges written.
    pub fn ranges(&self) -> Vec<[i64; 2]> {
        let size = self.itemsize as i64;
        self.addresses.iter().map(|&a| [a, a + size]).collect()
    }
}

impl TruthStep {
    /// Every byte range the step wrote: its targets' elements and the bytes that changed.
    pub fn written(&self) -> Vec<[i64; 2]> {
        let mut ranges: Vec<[i64; 2]> = self.writes.iter().flat_map(TruthWrite::ranges).collect();
        ranges.extend(self.changed.iter().copied());
        ranges
    }

    /// The names bound to arrays or buffer objects, with their memory.
    pub fn modelled(&self) -> impl Iterator<Item = (&String, &Memory)> {
        self.names
            .iter()
            .filter_map(|(name, truth)| truth.memory.as_ref().map(|memory| (name, memory)))
    }
}

/// The answer to a `trace` request sent earlier.
pub fn finish(worker: &mut PythonWorker) -> Option<Trace> {
    let answer = worker.receive().ok()?;
    let trace: Trace = serde_json::from_value(answer).ok()?;
    (!trace.timeout).then_some(trace)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn memory(address: i64, shape: &[usize], strides: &[i64], itemsize: usize) -> Memory {
        Memory {
            owner: 1,
            owner_existed: true,
            owner_address: 0,
            address,
            itemsize,
            shape: shape.to_vec(),
            strides: strides.to_vec(),
            dtype: None,
            writeable: None,
            owndata: None,
            base: None,
            base_type: None,
        }
    }

    #[test]
    fn elements_follow_strides_in_c_order() {
        let transposed = memory(0, &[3, 2], &[8, 24], 8);
        let lows: Vec<i64> = transposed.elements().iter().map(|e| e.low).collect();
        assert_eq!(lows, [0, 24, 8, 32, 16, 40]);
        assert_eq!(unravel(3, &[3, 2]), [1, 1]);
    }

    #[test]
    fn pairs_meet_by_bytes() {
        let longs = memory(0, &[2], &[8], 8);
        let ints = memory(4, &[2], &[4], 4);
        assert_eq!(overlapping_pairs(&longs, &ints), [(0, 0), (1, 1)]);
        assert_eq!(longs.meeting(&[[7, 9]]), [0, 1]);
    }
}
