//! Which elements a [`Selection`] names, as NumPy would evaluate it on the real array.
//!
//! A selection is applied to the grid of an array's C-order positions: `.reshape` keeps the
//! positions and changes the shape, an index keeps the positions it selects (Python's slice
//! rules, negative indices counted from the end), `.T`/`.transpose` reorders the block's
//! axes. An axis written `:` is how the renderer marks a broadcast axis, so it is set aside
//! when blocks are matched element for element ([`Picked::groups`]).

use super::notation::{Axis, Selection};

/// The elements a selection picks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Picked {
    /// The block's shape.
    pub shape: Vec<usize>,
    /// Per block axis: written `:` (a broadcast axis, set aside when matching).
    pub collapsed: Vec<bool>,
    /// The C-order positions (in the array) of the block's elements, in the block's C order.
    pub flat: Vec<usize>,
}

/// One axis of the block being built: the positions it walks and the grid step per position.
struct BlockAxis {
    positions: Vec<usize>,
    step: usize,
    collapsed: bool,
}

/// Applies `selection` to an array of `shape`.
pub fn pick(selection: &Selection, shape: &[usize]) -> Result<Picked, String> {
    let size: usize = shape.iter().product();
    let dims = selection.reshape.clone().unwrap_or_else(|| shape.to_vec());
    if dims.iter().product::<usize>() != size {
        return Err(format!("cannot reshape {shape:?} to {dims:?}"));
    }
    let steps = c_steps(&dims);
    let (mut axes, base) = match &selection.axes {
        None => (whole(&dims, &steps), 0),
        Some(items) if items.len() == dims.len() => index(items, &dims, &steps)?,
        Some(items) => {
            return Err(format!(
                "{} index items for {} axes",
                items.len(),
                dims.len()
            ));
        }
    };
    if let Some(order) = &selection.transpose {
        axes = transposed(axes, order)?;
    }
    Ok(enumerate(&axes, base))
}

/// Grid steps of a C-ordered shape.
fn c_steps(dims: &[usize]) -> Vec<usize> {
    let mut steps = vec![1; dims.len()];
    for i in (0..dims.len().saturating_sub(1)).rev() {
        steps[i] = steps[i + 1] * dims[i + 1];
    }
    steps
}

/// Every axis, whole.
fn whole(dims: &[usize], steps: &[usize]) -> Vec<BlockAxis> {
    dims.iter()
        .zip(steps)
        .map(|(&len, &step)| BlockAxis {
            positions: (0..len).collect(),
            step,
            collapsed: false,
        })
        .collect()
}

/// The block axes an index leaves, and the grid offset its integer items fix.
fn index(
    items: &[Axis],
    dims: &[usize],
    steps: &[usize],
) -> Result<(Vec<BlockAxis>, usize), String> {
    let (mut axes, mut base) = (vec![], 0);
    for ((item, &len), &step) in items.iter().zip(dims).zip(steps) {
        match *item {
            Axis::Index(i) => {
                let at = if i < 0 { i + len as i64 } else { i };
                if !(0..len as i64).contains(&at) {
                    return Err(format!("index {i} out of range for an axis of {len}"));
                }
                base += at as usize * step;
            }
            Axis::Slice(start, stop, by) => axes.push(BlockAxis {
                positions: slice_positions(len, start, stop, by)?,
                step,
                collapsed: (start, stop, by) == (None, None, None),
            }),
        }
    }
    Ok((axes, base))
}

/// The positions `start:stop:step` selects on an axis of `len` (Python's `slice.indices`).
pub fn slice_positions(
    len: usize,
    start: Option<i64>,
    stop: Option<i64>,
    step: Option<i64>,
) -> Result<Vec<usize>, String> {
    let (len, step) = (len as i64, step.unwrap_or(1));
    if step == 0 {
        return Err("slice step cannot be zero".to_string());
    }
    let (lower, upper) = if step > 0 { (0, len) } else { (-1, len - 1) };
    let clamp = |bound: Option<i64>, default: i64| match bound {
        None => default,
        Some(b) if b < 0 => (b + len).max(lower),
        Some(b) => b.min(upper),
    };
    let first = clamp(start, if step > 0 { lower } else { upper });
    let end = clamp(stop, if step > 0 { upper } else { lower });
    let mut positions = vec![];
    let mut at = first;
    while (step > 0 && at < end) || (step < 0 && at > end) {
        positions.push(at as usize);
        at += step;
    }
    Ok(positions)
}

/// `.T` (an empty order: all axes reversed) or `.transpose(order)`.
fn transposed(mut axes: Vec<BlockAxis>, order: &[usize]) -> Result<Vec<BlockAxis>, String> {
    if order.is_empty() {
        axes.reverse();
        return Ok(axes);
    }
    let mut sorted = order.to_vec();
    sorted.sort_unstable();
    if sorted != (0..axes.len()).collect::<Vec<_>>() {
        return Err(format!("{order:?} is not an order of {} axes", axes.len()));
    }
    let mut slots: Vec<Option<BlockAxis>> = axes.into_iter().map(Some).collect();
    Ok(order.iter().filter_map(|&i| slots[i].take()).collect())
}

/// The block's positions in its C order.
fn enumerate(axes: &[BlockAxis], base: usize) -> Picked {
    let shape: Vec<usize> = axes.iter().map(|axis| axis.positions.len()).collect();
    let total: usize = shape.iter().product();
    let mut flat = Vec::with_capacity(total);
    for n in 0..total {
        let mut rest = n;
        let mut at = base;
        for axis in axes.iter().rev() {
            let len = axis.positions.len();
            at += axis.positions[rest % len] * axis.step;
            rest /= len;
        }
        flat.push(at);
    }
    Picked {
        shape,
        collapsed: axes.iter().map(|axis| axis.collapsed).collect(),
        flat,
    }
}

impl Picked {
    /// The block's elements grouped by position along the axes not set aside, in C order:
    /// group `i` of one side of a block claim is matched with group `i` of the other.
    pub fn groups(&self) -> Vec<Vec<usize>> {
        let kept: Vec<usize> = (0..self.shape.len())
            .filter(|&i| !self.collapsed[i])
            .collect();
        let count: usize = kept.iter().map(|&i| self.shape[i]).product();
        let mut groups = vec![vec![]; count];
        for (n, &flat) in self.flat.iter().enumerate() {
            let index = super::truth::unravel(n, &self.shape);
            let key = kept
                .iter()
                .fold(0, |key, &i| key * self.shape[i] + index[i]);
            groups[key].push(flat);
        }
        groups
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report_oracle::notation::selection;

    fn flat(text: &str, shape: &[usize]) -> Vec<usize> {
        pick(&selection(text).unwrap(), shape).unwrap().flat
    }

    #[test]
    fn slices_follow_python() {
        assert_eq!(
            slice_positions(5, Some(2), None, Some(-1)).unwrap(),
            [2, 1, 0]
        );
        assert_eq!(
            slice_positions(5, Some(-2), Some(10), None).unwrap(),
            [3, 4]
        );
        assert_eq!(slice_positions(5, None, None, Some(-2)).unwrap(), [4, 2, 0]);
        assert!(
            slice_positions(3, Some(1), Some(1), None)
                .unwrap()
                .is_empty()
        );
    }

    #[test]
    fn selections_pick_numpys_elements() {
        assert_eq!(flat("m[0:2, 1]", &[3, 4]), [1, 5]);
        assert_eq!(flat("m[0:3, 0:2].T", &[3, 4]), [0, 4, 8, 1, 5, 9]);
        assert_eq!(flat("a.reshape(2, 3)[1, ::2]", &[6]), [3, 5]);
        assert_eq!(flat("z", &[]), [0]);
        assert!(pick(&selection("m[0]").unwrap(), &[3, 4]).is_err());
    }

    #[test]
    fn broadcast_axes_group() {
        let picked = pick(&selection("b[:, 0:2]").unwrap(), &[3, 2]).unwrap();
        assert_eq!(picked.groups(), [vec![0, 2, 4], vec![1, 3, 5]]);
    }
}
